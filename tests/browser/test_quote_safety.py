"""A source's quote, organisation and URL reach a popup as text (issue 12, deliverable 6).

The safety test in ``test_safety.py`` puts no markup in a source's ``quote`` and never reads
the quote back, so a runtime that set the quote with ``innerHTML`` survived the whole suite.
Here each payload would run if it were parsed as HTML: an ``<img onerror>`` sets
``window.pwned``, and markup would turn into elements instead of text. With the quote set
through ``innerHTML`` (``maps/static/alertmap.js``) the popup holds an ``<img>``, its text
lacks the tags, and ``window.pwned`` is set: every test below fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support import Page

#: Payloads that would run or turn into elements if a popup parsed them as HTML.
QUOTE = "<img src=x onerror=\"window.pwned='quote'\"> said <b>bold</b> & \u201cquoted\u201d"
ORGANISATION = "<img src=x onerror=\"window.pwned='organisation'\">Agency <i>x</i>"
JS_URL = "javascript:window.pwned='url'"
#: A URL a popup links to (it is http), whose quote would end the attribute if it were pasted
#: into markup: it must stay one ``href`` value.
HTTP_URL = 'https://example.org/?q="><img/src=x/onerror="window.pwned=\'href\'">'
QUOTE_2 = "</div><img src=x onerror=\"window.pwned='second'\"><div>"


def _toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scenario(folder: Path) -> Path:
    text = f"""
[event]
title = "Quote safety"
date = 2024-01-01
timezone = "+09:00"

[sources.evil]
organisation = {_toml(ORGANISATION)}
date = 2024-01-01
url = {_toml(JS_URL)}
quote = {_toml(QUOTE)}

[sources.linked]
organisation = "Linked source"
date = 2024-01-02
url = {_toml(HTTP_URL)}
quote = {_toml(QUOTE_2)}

[launch]
at = "Sohae"
time = 2024-01-01T00:00:00+09:00
source = "evil"

[[falls]]
name = "Fall"
from = "Eocheongdo"
distance_km = 200
bearing = "W"
about = true
time = 2024-01-01T00:10:00+09:00
source = ["evil", "linked"]
"""
    path = folder / "quote.toml"
    path.write_text(text, "utf-8")
    return path


@pytest.fixture()
def page(browser: Any, tmp_path: Path) -> Any:
    import alertmap
    from alertmap.maps.compose import compose
    from alertmap.maps.output import page_html, write_atomic

    event = alertmap.load(scenario(tmp_path))
    out = tmp_path / "quote.html"
    write_atomic(out, page_html(compose(event)))
    p = Page(browser, out)
    yield p, event
    p.close()


def _open_popup(page: Any, feature_id: str) -> Any:
    page.evaluate("() => document.querySelectorAll('.leaflet-popup').forEach(e => e.remove())")
    assert page.evaluate("id => alertmap.open(id, 'popup')", feature_id), feature_id
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    return page.locator(".leaflet-popup-content")


def _pwned(page: Any) -> Any:
    # an <img src=x> fails to load asynchronously: give its onerror the time to run
    page.wait_for_timeout(300)
    return page.evaluate("() => window.pwned")


def test_quote_and_organisation_are_shown_as_text(page: Any) -> None:
    p, event = page
    features = [f for f in event.features() if any(s.id == "evil" for s in f.sources)]
    assert len(features) >= 2  # the launch site and the fall
    for feature in features:
        popup = _open_popup(p.page, feature.id)
        quotes = popup.locator(".am-quote").all_inner_texts()
        assert f"\u201c{QUOTE}\u201d" in quotes, quotes
        assert any(ORGANISATION in t for t in popup.locator(".am-source").all_inner_texts())
        assert QUOTE in popup.inner_text() and ORGANISATION in popup.inner_text()
        # nothing from the payloads became an element
        assert popup.locator("img, script, b, i").count() == 0
        assert _pwned(p.page) is None, feature.id
    assert p.errors == []


def test_source_links_are_http_only_and_one_attribute(page: Any) -> None:
    p, event = page
    fall = next(f for f in event.features() if f.name == "Fall")
    popup = _open_popup(p.page, fall.id)
    quotes = popup.locator(".am-quote").all_inner_texts()
    assert f"\u201c{QUOTE_2}\u201d" in quotes, quotes
    links = popup.locator("a")
    # the javascript: URL is no link; the http one is, its whole text one href value
    assert links.count() == 1
    assert links.first.get_attribute("href") == HTTP_URL
    names = links.first.evaluate("a => a.getAttributeNames().sort()")
    assert [n for n in names if n.startswith("on")] == []
    assert popup.locator("img").count() == 0
    assert _pwned(p.page) is None
    assert p.errors == []


def test_tooltip_shows_the_organisation_as_text(page: Any) -> None:
    p, event = page
    launch = next(f for f in event.features() if any(s.id == "evil" for s in f.sources))
    assert p.page.evaluate("id => alertmap.open(id, 'tooltip')", launch.id)
    tip = p.page.locator(".leaflet-tooltip").last
    assert ORGANISATION in tip.inner_text()
    assert tip.locator("img, i").count() == 0
    assert _pwned(p.page) is None
