"""Text from a scenario is shown as text in the browser, never run as HTML or JavaScript."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support import Page

#: Jinja syntax: branca renders an element's output and compiles that text as a template again,
#: so without care ``{{ 7*7 }}`` in a name is shown as 49 (and an expression can reach Python).
JINJA = " {{ 7*7 }}{% if true %}evaluated{% endif %}{# comment #}"

EVIL = [
    "<img src=x onerror=\"window.__pwned='img'\">" + JINJA,
    "</script><script>window.__pwned='script'</script>" + JINJA,
    "`${window.__pwned='template'}`" + JINJA,
    "<b>bold</b> & \"quotes\" 'single'" + JINJA,
]


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def evil_scenario(tmp_path: Path) -> Path:
    e = [_toml_string(x) for x in EVIL]
    text = f"""
[event]
title = {e[0]}
date = 2024-01-01
notes = [{e[1]}, {e[2]}]

[sources.s]
organisation = {e[1]}
date = 2024-01-01
url = "javascript:window.__pwned='url'"
quote = {e[2]}

[launch]
name = {e[3]}
at = "Sohae"
time = 2024-01-01T00:00:00+09:00
source = "s"
reported = {e[0]}

[[falls]]
name = {e[1]}
layer = {e[0]}
from = "Manila"
distance_km = 800
bearing = "E"
about = true
time = 2024-01-01T00:10:00+09:00
source = "s"
reported = {e[2]}
note = {e[3]}

[[alerts]]
name = {e[2]}
prefectures = ["Okinawa"]
issued = 2024-01-01T00:05:00+09:00
message = {e[0]}
source = "s"

[[statements]]
topic = {e[0]}
text = {e[1]}
source = "s"
"""
    path = tmp_path / "evil.toml"
    path.write_text(text, "utf-8")
    return path


#: A user's folium layer and marker beside the scenario's, with text a template would evaluate:
#: folium renders the user's own text as folium does, and alertmap's text stays literal.
USER_TEXT = "User {{ 7*7 }} <script>"


def _add_user_layers(m: Any) -> None:
    import folium

    folium.Marker([26.2, 127.7], tooltip=USER_TEXT).add_to(m)
    group = folium.FeatureGroup(name=USER_TEXT).add_to(m)
    folium.CircleMarker([30.0, 128.0], radius=8).add_to(group)


@pytest.fixture(params=["compose", "folium_map"])
def evil(browser: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    import alertmap
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import page_html, write_atomic

    event = alertmap.load(evil_scenario(tmp_path))
    page = tmp_path / "evil.html"
    if request.param == "compose":
        write_atomic(page, page_html(compose(event, MapOptions(banner=EVIL[2]))))
    else:  # the Python API, with a user's folium elements rendered by folium and branca
        m = alertmap.folium_map(event, banner=EVIL[2])
        _add_user_layers(m)
        m.save(str(page))
    p = Page(browser, page)
    yield p, event
    p.close()


def test_no_script_runs_and_text_is_literal(evil: Any) -> None:
    p, event = evil
    page = p.page
    assert p.errors == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.locator(".am-title h1").inner_text() == EVIL[0]
    notes = page.locator(".am-notes").inner_text()
    assert EVIL[1] in notes and EVIL[2] in notes
    assert page.locator(".am-banner-top").inner_text() == EVIL[2]
    assert EVIL[1] in page.locator(".am-sourceline").inner_text()
    timeline = page.locator(".am-timeline").inner_text()
    assert EVIL[1] in timeline and EVIL[3] in timeline
    layer_names = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert EVIL[0] in [t.strip() for t in layer_names]
    if len(layer_names) > len(event.layers):  # a user's layer: listed, its name not evaluated
        assert layer_names[-1].strip() == "User {{ 7*7 }}"
    # open every popup and tooltip
    for feature in event.features():
        assert page.evaluate("id => alertmap.open(id, 'tooltip')", feature.id), feature.id
        tip = page.locator(".leaflet-tooltip").last
        assert feature.name in tip.inner_text()
        assert page.evaluate("id => alertmap.open(id, 'popup')", feature.id)
        page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
        text = page.locator(".leaflet-popup-content").inner_text()
        assert feature.name in text
        for s in feature.sources:
            assert s.organisation in text
        if feature.reported:
            assert feature.reported in text
        assert (
            page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
        )
        assert page.locator(".leaflet-popup-content a").count() == 0  # javascript: is no link
    assert page.evaluate("window.__pwned") is None
    assert p.errors == []
