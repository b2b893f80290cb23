"""A user's own folium layers on alertmap's map: drawn offline, listed with alertmap's layers,
saved reproducibly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import folium
import pytest

import alertmap
from alertmap.maps.frame import FramedMap
from tests.support import Page

#: What a user adds, with names that a template or HTML would read if given the chance.
USER_GROUP = "My stations {{ 7*7 }}"


def user_map(event: Any) -> Any:
    """``alertmap.folium_map(event)`` with a user's marker (Leaflet's default icon), GeoJSON
    and feature group holding a circle marker."""
    m = alertmap.folium_map(event)
    folium.Marker([26.2, 127.7], tooltip="Naha").add_to(m)
    folium.GeoJson(
        {
            "type": "Feature",
            "geometry": {"type": "LineString", "coordinates": [[127.0, 30.0], [129.0, 31.0]]},
            "properties": {},
        },
        name="User line",
    ).add_to(m)
    group = folium.FeatureGroup(name=USER_GROUP).add_to(m)
    folium.CircleMarker([30.0, 128.0], radius=8, tooltip="Station").add_to(group)
    return m


def test_user_layers_are_written_before_the_layer_list(event_0824: Any) -> None:
    m = user_map(event_0824)
    assert isinstance(m, FramedMap)
    page = m.get_root().render()
    group = next(c for c in m._children.values() if getattr(c, "layer_name", "") == USER_GROUP)
    defined = page.index(f"var {group.get_name()} = ")
    listed = page.index("alertmap.addLayerControl(")
    ready = page.index("alertmap.ready(")
    assert defined < listed < ready


def test_what_a_user_adds_to_the_page_stays_and_renders_once(event_0824: Any) -> None:
    m = user_map(event_0824)
    root = m.get_root()
    root.header.add_child(folium.Element("<style>.user-css { color: red; }</style>"))
    root.html.add_child(folium.Element("<h3 class='user-title'>Briefing</h3>"))
    pages = [root.render(), root.render(), root.render()]
    assert pages[0] == pages[1] == pages[2]
    assert pages[0].count("user-css") == 1 and pages[0].count("user-title") == 1
    # folium's layers add a child that adds them to the map while they render: once per page
    group = next(c for c in m._children.values() if getattr(c, "layer_name", "") == USER_GROUP)
    assert pages[2].count(f"{group.get_name()}.addTo(") == 1


@pytest.mark.browser
def test_user_layers_offline_listed_and_reproducible(
    browser: Any, tmp_path: Path, event_0824: Any
) -> None:
    first, second, other = (tmp_path / f"{n}.html" for n in ("first", "second", "other"))
    m = user_map(event_0824)
    m.save(str(first))
    m.save(str(second))  # saving leaves the map as it was
    user_map(event_0824).save(str(other))  # and the same map made again gives the same page
    assert first.read_bytes() == second.read_bytes() == other.read_bytes()

    p = Page(browser, first)
    try:
        page = p.page
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.reload(wait_until="load")
        page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == []
        assert p.console_errors == []
        # every image is a data: URI; nothing but the file itself is requested
        assert [u for u in requests if u != first.as_uri()] == []
        assert p.requests == []
        icons = page.evaluate(
            """() => [...document.querySelectorAll(
                   'img.leaflet-marker-icon, img.leaflet-marker-shadow')].map(
                   i => [i.complete, i.naturalWidth, i.src.slice(0, 22)])"""
        )
        assert len(icons) == 2  # the marker and its shadow
        for complete, width, src in icons:
            assert complete and width > 0 and src == "data:image/png;base64,"
        # the user's layers are in alertmap's layer list, after alertmap's own
        names = [
            t.strip()
            for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        ]
        assert names[: len(event_0824.layers)] == [layer.name for layer in event_0824.layers]
        assert names[len(event_0824.layers) :] == ["User line", USER_GROUP]
        # and the list switches them: the circle marker goes when its group is unchecked
        circles = "path.leaflet-interactive:not([class*='am-'])"
        before = page.locator(circles).count()
        page.get_by_label(USER_GROUP, exact=True).uncheck()
        assert page.locator(circles).count() == before - 1
    finally:
        p.close()
