"""The inset locator map of static output (issue 15, item 3), measured in Chromium: shown in
the static view (the PNG's) and on paper of each built-in event, not on screen; its view
rectangle where the map's bounds fall on it, projected here in Web Mercator from the region
the map may be moved in; clear of every panel, control, callout, label, leader line and
label point (getBoundingClientRect); drawn from what the page holds, with nothing loaded."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.build import build_event
from alertmap.layers.scenario import builtin_names, load_scenario
from alertmap.maps.compose import compose
from alertmap.maps.output import page_html, write_atomic
from tests.support import Page

pytestmark = pytest.mark.slow

#: Every built-in event (one home: the scenarios shipped with alertmap).
BUILT_IN = builtin_names()

#: The inset's boxes and what it shows, and every other box on the map, read in the page:
#: the region and the view as the map has them (maxBounds, getBounds), the rest as drawn.
READ_JS = """() => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const box = e => { const r = e.getBoundingClientRect();
                       return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
    const shown = e => { const r = e.getBoundingClientRect(), st = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && st.visibility !== 'hidden'
            && st.display !== 'none'; };
    const at = (el, x, y) => {
        const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM());
        return {x: p.x, y: p.y}; };
    const drawn = e => e.getAttribute('display') !== 'none';
    const insets = [...document.querySelectorAll('.am-inset')];
    const inset = insets.find(shown);
    const b = map.getBounds(), r = L.latLngBounds(map.options.maxBounds);
    const out = {
        count: insets.filter(shown).length,
        map: box(map.getContainer()),
        view: [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()],
        region: [r.getSouth(), r.getWest(), r.getNorth(), r.getEast()],
        others: [...map.getContainer().querySelectorAll(
                '.leaflet-control, .am-callout, .am-place-label')]
            .filter(e => shown(e) && !e.classList.contains('am-inset')
                    && !e.parentElement.closest('.leaflet-control'))
            .map(e => ({name: (e.getAttribute('class') || '') + ' ' + e.innerText.slice(0, 30),
                        ...box(e)})),
        points: [...map.getContainer().querySelectorAll('.am-leaders circle')].filter(drawn)
            .map(c => at(c, +c.getAttribute('cx'), +c.getAttribute('cy'))),
        leaders: [...map.getContainer().querySelectorAll('.am-leaders line')].filter(drawn)
            .map(l => [at(l, +l.getAttribute('x1'), +l.getAttribute('y1')),
                       at(l, +l.getAttribute('x2'), +l.getAttribute('y2'))]),
    };
    if (inset) {
        const svg = inset.querySelector('svg');
        out.inset = box(inset);
        out.svg = box(svg);
        out.rect = box(inset.querySelector('.am-inset-view'));
        out.land = inset.querySelector('.am-inset-land').getAttribute('d').length;
        out.external = inset.querySelectorAll('image, use, foreignObject').length;
    }
    return out;
}"""


def mercator(lat: float, lon: float) -> tuple[float, float]:
    """Web Mercator on the unit sphere, x east and y south (as on a screen), in radians."""
    phi = math.radians(lat)
    return math.radians(lon), -math.log(math.tan(math.pi / 4 + phi / 2))


def expected_rect(got: dict[str, Any]) -> dict[str, float]:
    """Where the map's view falls on the inset: the region fitted whole and centred in the
    inset's drawing (keeping its shape), the view's corners projected the same way."""
    south, west, north, east = got["region"]
    rx0, ry0 = mercator(north, west)
    rx1, ry1 = mercator(south, east)
    s = got["svg"]
    width, height = s["x1"] - s["x0"], s["y1"] - s["y0"]
    scale = min(width / (rx1 - rx0), height / (ry1 - ry0))
    ox = s["x0"] + (width - scale * (rx1 - rx0)) / 2
    oy = s["y0"] + (height - scale * (ry1 - ry0)) / 2
    vs, vw, vn, ve = got["view"]
    x0, y0 = mercator(vn, vw)
    x1, y1 = mercator(vs, ve)
    return {
        "x0": ox + scale * (x0 - rx0),
        "y0": oy + scale * (y0 - ry0),
        "x1": ox + scale * (x1 - rx0),
        "y1": oy + scale * (y1 - ry0),
    }


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 and (
        min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > 0.5
    )


def _width(b: dict[str, float]) -> float:
    return b["x1"] - b["x0"]


def _holds(b: dict[str, float], p: dict[str, float]) -> bool:
    return b["x0"] < p["x"] < b["x1"] and b["y0"] < p["y"] < b["y1"]


def assert_inset(got: dict[str, Any]) -> None:
    """One inset, inside the map, showing the view's rectangle where the map's bounds fall,
    overlapping no other box, no leader line and no label point."""
    assert got["count"] == 1, got["count"]
    inset, m = got["inset"], got["map"]
    assert m["x0"] <= inset["x0"] and inset["x1"] <= m["x1"] + 0.5, (inset, m)
    assert m["y0"] <= inset["y0"] and inset["y1"] <= m["y1"] + 0.5, (inset, m)
    assert got["land"] > 1000 and got["external"] == 0
    want, rect = expected_rect(got), got["rect"]
    # the drawn rectangle's box includes half its 2 px outline on each side
    for side in ("x0", "y0", "x1", "y1"):
        assert abs(rect[side] - want[side]) <= 1.5, (side, rect, want)
    for other in got["others"]:
        assert not _overlap(inset, other), other
    for p in got["points"]:
        assert not _holds(inset, p), p
    for a, b in got["leaders"]:
        n = max(2, int(max(abs(b["x"] - a["x"]), abs(b["y"] - a["y"])) * 2))
        for i in range(n + 1):
            p = {"x": a["x"] + (b["x"] - a["x"]) * i / n, "y": a["y"] + (b["y"] - a["y"]) * i / n}
            assert not _holds(inset, p), (a, b)


def settled(page: Any) -> None:
    page.wait_for_function("() => window.alertmapReady === true")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")


def static_view(page: Any) -> None:
    """What ``alertmap render --png`` does before its screenshot (maps.browser.capture)."""
    settled(page)
    page.evaluate("() => alertmap.setStatic()")
    settled(page)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("inset")
    return {
        name: write_atomic(
            folder / f"{name}.html", page_html(compose(build_event(load_scenario(name))))
        )
        for name in BUILT_IN
    }


@pytest.mark.parametrize("name", BUILT_IN)
def test_inset_in_the_static_view_of_each_built_in_event(
    browser: Any, pages: dict[str, Path], name: str
) -> None:
    p = Page(browser, pages[name])
    try:
        static_view(p.page)
        assert_inset(p.page.evaluate(READ_JS))
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_no_inset_on_screen(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        assert p.page.evaluate(READ_JS)["count"] == 0
    finally:
        p.close()


def test_inset_on_paper(browser: Any, pages: dict[str, Path]) -> None:
    """As ``--pdf`` prints it (an A4 page's frame), and gone again back on screen."""
    p = Page(browser, pages["2023-08-24"], size=(1039, 710))
    try:
        settled(p.page)
        p.page.emulate_media(media="print")
        p.page.evaluate("() => alertmap.refit()")
        settled(p.page)
        assert_inset(p.page.evaluate(READ_JS))
        p.page.emulate_media(media="screen")
        p.page.evaluate("() => alertmap.refit()")
        settled(p.page)
        assert p.page.evaluate(READ_JS)["count"] == 0
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_inset_follows_the_view(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-05-31"])
    try:
        static_view(p.page)
        before = p.page.evaluate(READ_JS)
        p.page.evaluate(
            "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
            " m.setZoom(m.getZoom() + 1, {animate: false}); }"
        )
        settled(p.page)
        after = p.page.evaluate(READ_JS)
        assert _width(after["rect"]) < 0.6 * _width(before["rect"])
        assert_inset(after)
    finally:
        p.close()
