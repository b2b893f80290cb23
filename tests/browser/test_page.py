"""What a person sees, in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.model import Kind
from alertmap.maps.style import style_key
from tests.support import DRAWN_RINGS_JS, Page, laid_out_panels


@pytest.fixture()
def demo(browser: Any, demo_page: Path) -> Any:
    p = Page(browser, demo_page)
    yield p
    p.close()


def test_leaflet_loads_offline_with_no_errors_and_no_requests(demo: Page) -> None:
    assert demo.page.evaluate("L.version") == "1.9.3"
    assert demo.errors == []
    assert demo.console_errors == []
    assert demo.requests == []


def test_every_shown_layer_is_drawn(demo: Page, event_0824: Any) -> None:
    for layer in event_0824.layers:
        selector = f".am-kind-{style_key(layer)}"
        count = demo.page.locator(selector).count()
        if layer.show:
            assert count >= len(layer.features), (layer.name, count)
    # hidden-by-default layers are listed in the layer control and draw when switched on
    hidden = [layer for layer in event_0824.layers if not layer.show]
    assert hidden, "the 2023-08-24 scenario has a hidden range-ring layer"
    for layer in hidden:
        assert demo.page.locator(f".am-kind-{style_key(layer)}").count() == 0
        demo.page.get_by_label(layer.name, exact=False).first.check()
        paths = demo.page.locator(f"path.am-kind-{style_key(layer)}")
        assert paths.count() >= len(layer.features)
        assert all(len(paths.nth(i).get_attribute("d") or "") > 20 for i in range(paths.count()))


def test_layer_control_lists_every_layer(demo: Page, event_0824: Any) -> None:
    labels = demo.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    names = [t.strip() for t in labels]
    assert names == [layer.name for layer in event_0824.layers]


def test_basemap_title_legend_scale_visible(demo: Page) -> None:
    page = demo.page
    assert page.locator("path.am-basemap").is_visible()
    assert _basemap_vertices(page) > 1000
    assert page.locator(".am-title h1").is_visible()
    assert "2023-08-24" in page.locator(".am-title").inner_text()
    assert page.locator(".am-legend").is_visible()
    assert page.locator(".leaflet-control-scale").is_visible()
    assert "Natural Earth" in page.locator(".am-notes").inner_text()


def test_popup_shows_name_time_and_source(demo: Page, event_0824: Any) -> None:
    fall = next(f for f in event_0824.features() if f.kind is Kind.FALL_AREA)
    node = demo.page.locator(f"[data-am-id='{fall.id}']").first
    assert node.count() == 1
    assert demo.page.evaluate("id => alertmap.open(id)", fall.id)
    popup = demo.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert fall.name in text
    assert "03:58 UTC+09:00" in text
    assert fall.sources[0].organisation in text
    assert "approximate" in text


def test_popup_lists_each_report_with_its_verdict(demo: Page, event_0824: Any) -> None:
    """A fall's popup lists every constraint its reports give, with the source and whether the
    drawn fall agrees; a contradiction is set apart (issue 11)."""
    relay = next(f for f in event_0824.features() if "as relayed" in f.name)
    assert demo.page.evaluate("id => alertmap.open(id)", relay.id)
    popup = demo.page.locator(".leaflet-popup-content")
    popup.wait_for()
    rows = popup.locator(".am-row").all_inner_texts()
    reports = [r for r in rows if r.startswith("Report:")]
    assert len(reports) == len(relay.constraints) >= 2
    assert any("in the East China Sea" in r and "contradicts" in r for r in reports)
    # each names who said it: the relay, or for "at sea" the coastline it is measured on
    assert all(relay.sources[0].organisation in r or "Natural Earth" in r for r in reports)
    assert sum(relay.sources[0].organisation in r for r in reports) >= 2
    assert popup.locator(".am-disagrees").count() == 1


def test_map_is_fitted_to_the_event(demo: Page, event_0824: Any) -> None:
    from alertmap.maps.compose import FIT_PADDING_BOTTOM_RIGHT, FIT_PADDING_TOP_LEFT, event_bounds

    minx, miny, maxx, maxy = event_bounds(event_0824)
    fitted = demo.page.evaluate(
        """([s, w, n, e, tl, br]) => {
             const m = Object.values(window).find(v => v instanceof L.Map);
             const b = L.latLngBounds([s, w], [n, e]);
             const best = m.getBoundsZoom(b, false, L.point(tl).add(L.point(br)));
             return {contains: m.getBounds().contains(b), zoom: m.getZoom(), best: best}; }""",
        [miny, minx, maxy, maxx, list(FIT_PADDING_TOP_LEFT), list(FIT_PADDING_BOTTOM_RIGHT)],
    )
    assert fitted["contains"]
    assert fitted["zoom"] == fitted["best"]
    # Sohae and the Pacific fall area are both in the fitted extent
    assert minx < 124.8 and maxy > 39.6 and miny < 21.0


def test_paths_are_drawn_where_leaflet_projects_them(demo: Page) -> None:
    """A path in Web Mercator world units (svg_path: the basemap and every line and area) is
    drawn, at any zoom, where Leaflet itself puts the coordinates it was made from: holes, a
    line, and shapes across the antimeridian included."""
    import shapely

    from alertmap.maps.elements import svg_path

    shape = shapely.MultiPolygon(
        [
            shapely.Polygon(
                [(126.0, 37.5), (126.25, 37.5), (126.25, 37.75), (126.0, 37.75)],
                [[(126.1, 37.6), (126.2, 37.6), (126.2, 37.7)]],
            ),
            shapely.Polygon([(179.5, -10.0), (180.5, -10.5), (179.0, -11.0)]),
        ]
    )
    line = shapely.LineString([(179.2, -9.0), (180.3, -9.2), (181.0, -9.9), (180.9, -10.8)])
    rings = [r for p in shape.geoms for r in (p.exterior, *p.interiors)]
    latlngs = [[[lat, lon] for lon, lat in ring.coords[:-1]] for ring in rings]
    latlngs.append([[lat, lon] for lon, lat in line.coords])
    bits = 24
    outline = {"bits": bits, "path": svg_path([shape, line], bits)}
    views = (
        ([37.6, 126.1], 10, False),
        ([-10.5, 179.5], 8, False),
        ([20.0, 150.0], 3.5, False),
        ([-10.0, 179.0], 5, True),  # an animated zoom and pan, as a wheel or a drag makes
        ([-10.2, 179.4], 6, True),
    )
    for centre, zoom, animate in views:
        drawn, expected = demo.page.evaluate(
            """async ([outline, latlngs, centre, zoom, animate, drawnRings]) => {
                const map = Object.values(window).find(v => v instanceof L.Map);
                const moved = new Promise(r => map.once('moveend', r));
                map.setView(centre, zoom, {animate: animate});
                await moved;
                if (!window.__testOutline) {
                    window.__testOutline = alertmap.outlineLayer(
                        outline, {style: {className: 'am-test-outline'}}).addTo(map);
                }
                const path = document.querySelector('path.am-test-outline');
                const rings = latlngs.map(r => r.map(ll => {
                    const p = map.project(ll).subtract(map.getPixelOrigin());  // unrounded
                    return [p.x, p.y];
                }));
                return [(0, eval)(drawnRings)(path), rings];
            }""",
            [outline, latlngs, centre, zoom, animate, DRAWN_RINGS_JS],
        )
        assert len(drawn) == len(expected) == 4
        for got, want in zip(drawn, expected, strict=True):
            assert len(got) == len(want)
            for (gx, gy), (wx, wy) in zip(got, want, strict=True):
                # a world unit (2**-24 of the world's width) is under 0.02 px at zoom 10
                assert abs(gx - wx) < 0.05 and abs(gy - wy) < 0.05, (zoom, got, want)


def _basemap_vertices(page: Any) -> int:
    return int(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('path.am-basemap'))
                 .reduce((n, p) =>
                         n + (p.getAttribute('d').match(/-?[0-9]+/g) || []).length / 2, 0)"""
        )
    )


def test_basemap_sharpens_when_zoomed_in(demo: Page) -> None:
    """The basemap is first drawn coarse (about a pixel at the fitted zoom) and replaced by the
    finer outlines once the map is zoomed in; on a large frame the fine ones come at once."""
    page = demo.page
    container = page.locator(".am-map")
    assert container.get_attribute("data-am-detail") == "coarse"
    coarse = _basemap_vertices(page)
    page.evaluate(
        """() => {
            const name = Object.keys(window).find(k => window[k] instanceof L.Map);
            window[name].setView([33.0, 129.5], 6, {animate: false});
        }"""
    )
    page.wait_for_function(
        "() => document.querySelector('.am-map').getAttribute('data-am-detail') === 'fine'"
    )
    fine = _basemap_vertices(page)
    assert fine > 1.15 * coarse  # markedly finer, not the same outline again
    page.evaluate(
        """() => {
            const name = Object.keys(window).find(k => window[k] instanceof L.Map);
            window[name].setView([33.0, 129.5], 6, {animate: false});
        }"""
    )
    assert _basemap_vertices(page) == fine  # stays fine


def test_large_frame_gets_the_fine_basemap_at_once(browser: Any, demo_page: Path) -> None:
    p = Page(browser, demo_page, size=(3200, 1800))
    try:
        p.page.wait_for_function("() => window.alertmapReady === true")
        assert p.page.locator(".am-map").get_attribute("data-am-detail") == "fine"
        assert p.errors == []
    finally:
        p.close()


@pytest.mark.parametrize("size", [(1600, 900), (1000, 760), (1200, 720)])
def test_panels_fit_the_frame_without_overlapping(
    browser: Any, demo_page: Path, size: tuple[int, int]
) -> None:
    """Panels share the map's height: none overlaps another or leaves the map, the timeline
    takes at most 55 % of the height and the notes what is left above the scale bar."""
    p = Page(browser, demo_page, size=size)
    try:
        m, panels = laid_out_panels(p.page)
        assert len(panels) == 7
        for name, b in panels.items():
            assert m["x"] <= b["x"] and b["x"] + b["w"] <= m["x"] + m["w"] + 0.5, name
            assert m["y"] <= b["y"] and b["y"] + b["h"] <= m["y"] + m["h"] + 0.5, name
        names = list(panels)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pa, pb = panels[a], panels[b]
                dx = min(pa["x"] + pa["w"], pb["x"] + pb["w"]) - max(pa["x"], pb["x"])
                dy = min(pa["y"] + pa["h"], pb["y"] + pb["h"]) - max(pa["y"], pb["y"])
                assert dx <= 0 or dy <= 0, (a, b, pa, pb)
        assert panels[".am-timeline"]["h"] <= 0.55 * m["h"] + 1
        # at these sizes the notes are open (not folded as on a small frame)
        assert p.page.locator(".am-notes > details").get_attribute("open") == ""
        assert p.errors == []
    finally:
        p.close()
