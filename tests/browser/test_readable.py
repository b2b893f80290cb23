"""A map that reads without clicking (issue 15), measured in Chromium with
getBoundingClientRect: numbered callouts beside every reported item, place and sea labels,
and panels, none covering another or a numbered feature's label point, at desktop, embed
and phone sizes; the static PNG without controls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import box

from alertmap.layers.build import build_event
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.scenario import builtin_names, load_scenario
from alertmap.maps.compose import compose
from alertmap.maps.output import iframe_html, page_html, write_atomic
from tests.support import Page

pytestmark = pytest.mark.slow

#: Every built-in event (one home: the scenarios shipped with alertmap).
BUILT_IN = builtin_names()

#: Everything that is drawn on the map as a box, read in the page. Leader lines are read from
#: their SVG attributes through the element's own screen matrix, the label points from the
#: dots drawn at them, and each callout's feature from its drawn element (``data-am-id``):
#: none of it from the placement's own numbers.
MEASURE_JS = """() => {
    const map = document.querySelector('.am-map');
    const box = r => ({x0: r.left, y0: r.top, x1: r.right, y1: r.bottom});
    const shown = e => {
        const r = e.getBoundingClientRect(), st = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && st.display !== 'none';
    };
    const drawn = e => e.getAttribute('display') !== 'none';
    const at = (el, x, y) => {
        const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM());
        return {x: p.x, y: p.y};
    };
    return {
        map: box(map.getBoundingClientRect()),
        panels: [...map.querySelectorAll('.leaflet-control')]
            .filter(e => shown(e) && !e.parentElement.closest('.leaflet-control')).map(e => ({
            name: e.className.split(' ').filter(c => c !== 'leaflet-control').join(' '),
            ...box(e.getBoundingClientRect())})),
        callouts: [...map.querySelectorAll('.am-callout')].filter(shown).map(e => ({
            numbers: e.getAttribute('data-am-numbers').split(' '),
            target: e.getAttribute('data-am-target'),
            short: e.classList.contains('am-callout-short'),
            overlap: e.getAttribute('data-am-overlap'),
            text: e.innerText,
            clipped: e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1,
            ...box(e.getBoundingClientRect())})),
        labels: [...map.querySelectorAll('.am-place-label')].filter(shown).map(e => ({
            text: e.innerText, ...box(e.getBoundingClientRect())})),
        points: [...map.querySelectorAll('.am-leaders circle.am-anchor')].filter(drawn).map(c =>
            at(c, +c.getAttribute('cx'), +c.getAttribute('cy'))),
        dots: [...map.querySelectorAll('.am-leaders circle.am-place-dot')].filter(drawn).map(c =>
            at(c, +c.getAttribute('cx'), +c.getAttribute('cy'))),
        leaders: [...map.querySelectorAll('.am-leaders line')].filter(drawn).map(l =>
            [at(l, +l.getAttribute('x1'), +l.getAttribute('y1')),
             at(l, +l.getAttribute('x2'), +l.getAttribute('y2'))]),
        numbers: [...document.querySelectorAll('.am-timeline [data-am-number]')].map(
            e => e.getAttribute('data-am-number')),
    };
}"""

#: Whether a callout's box meets its own feature as drawn: for an area or line, points along
#: the drawn SVG path (every 2 px on screen) inside the box, or the box's points inside the
#: area's fill; for a marker, its box.
MEETS_OWN_FEATURE_JS = """([id, b]) => {
    const node = document.querySelector(`.am-map [data-am-id="${id}"]`);
    if (!node) { return 'not drawn'; }
    const inside = p =>
        p.x > b.x0 + 0.5 && p.x < b.x1 - 0.5 && p.y > b.y0 + 0.5 && p.y < b.y1 - 0.5;
    if (node.tagName.toLowerCase() !== 'path') {
        const r = node.getBoundingClientRect();
        return r.left < b.x1 && b.x0 < r.right && r.top < b.y1 && b.y0 < r.bottom ? 'marker' : '';
    }
    const m = node.getScreenCTM(), inv = m.inverse();
    const length = node.getTotalLength();
    const scale = Math.hypot(m.a, m.b);
    const step = Math.max(2 / scale, length / 200000);
    for (let s = 0; s <= length; s += step) {
        const p = node.getPointAtLength(s).matrixTransform(m);
        if (inside(p)) { return 'outline'; }
    }
    if (getComputedStyle(node).fill !== 'none' && node.getAttribute('fill') !== 'false') {
        for (let x = b.x0 + 1; x < b.x1; x += 4) {
            for (let y = b.y0 + 1; y < b.y1; y += 4) {
                if (node.isPointInFill(new DOMPoint(x, y).matrixTransform(inv))) { return 'fill'; }
            }
        }
    }
    return '';
}"""

#: Whether a label point lies on its feature: in an area's fill, within 3 px of a line, on
#: a marker.
POINT_ON_FEATURE_JS = """([id, p]) => {
    const node = document.querySelector(`.am-map [data-am-id="${id}"]`);
    if (node.tagName.toLowerCase() !== 'path') {
        const r = node.getBoundingClientRect();
        return p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 1 && p.y <= r.bottom + 1;
    }
    const m = node.getScreenCTM();
    if (node.getAttribute('fill') !== 'none' && getComputedStyle(node).fill !== 'none'
        && node.isPointInFill(new DOMPoint(p.x, p.y).matrixTransform(m.inverse()))) {
        return true;
    }
    const length = node.getTotalLength();
    const step = Math.max(1 / Math.hypot(m.a, m.b), length / 100000);
    for (let s = 0; s <= length; s += step) {
        const q = node.getPointAtLength(s).matrixTransform(m);
        if (Math.hypot(q.x - p.x, q.y - p.y) <= 3) { return true; }
    }
    return false;
}"""


def _overlap(a: dict[str, float], b: dict[str, float], slack: float = 0.5) -> bool:
    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    dy = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
    return dx > slack and dy > slack


def _holds(b: dict[str, float], p: dict[str, float]) -> bool:
    return b["x0"] < p["x"] < b["x1"] and b["y0"] < p["y"] < b["y1"]


def _cross(a: list[dict[str, float]], b: list[dict[str, float]]) -> bool:
    """Whether two segments cross (sharing an end does not count)."""

    def side(p: dict[str, float], q: dict[str, float], r: dict[str, float]) -> float:
        return (q["x"] - p["x"]) * (r["y"] - p["y"]) - (q["y"] - p["y"]) * (r["x"] - p["x"])

    d1, d2 = side(b[0], b[1], a[0]), side(b[0], b[1], a[1])
    d3, d4 = side(a[0], a[1], b[0]), side(a[0], a[1], b[1])
    return d1 * d2 < -1e-6 and d3 * d4 < -1e-6


def _segment_meets(seg: list[dict[str, float]], b: dict[str, float]) -> bool:
    """Whether a segment passes through the inside of a box (sampled every 0.5 px)."""
    (p, q) = seg
    n = max(2, int(max(abs(q["x"] - p["x"]), abs(q["y"] - p["y"])) * 2))
    inner = {"x0": b["x0"] + 1, "y0": b["y0"] + 1, "x1": b["x1"] - 1, "y1": b["y1"] - 1}
    return any(
        _holds(
            inner,
            {"x": p["x"] + (q["x"] - p["x"]) * i / n, "y": p["y"] + (q["y"] - p["y"]) * i / n},
        )
        for i in range(n + 1)
    )


def assert_readable(
    page: Any, *, full: bool | None = None, every_number: bool = True
) -> dict[str, Any]:
    """The done-when geometry (issue 15), measured in ``page`` (a Playwright page or frame):
    no box on the map (panel, control, callout, label) overlaps another or covers a label
    point; each callout's label point is on its feature, its box off it, its leader clear of
    other boxes and leaders; with ``every_number``, every number of the timeline on the map;
    ``full``: every callout shows its text (True) or only its numbers (False)."""
    got: dict[str, Any] = page.evaluate(MEASURE_JS)
    m, panels, callouts, labels = got["map"], got["panels"], got["callouts"], got["labels"]
    boxes = (
        [("panel " + p["name"], p) for p in panels]
        + [("callout " + " ".join(c["numbers"]), c) for c in callouts]
        + [("label " + lb["text"], lb) for lb in labels]
    )
    # every box on the map, and no two overlapping
    for name, b in boxes:
        if not name.startswith("panel"):
            assert m["x0"] <= b["x0"] and b["x1"] <= m["x1"] + 0.5, name
            assert m["y0"] <= b["y0"] and b["y1"] <= m["y1"] + 0.5, name
    for i, (a, ba) in enumerate(boxes):
        for b, bb in boxes[i + 1 :]:
            assert not _overlap(ba, bb), (a, b, ba, bb)
    # no label point covered (nor a named place's dot); each callout's point on its feature,
    # its box off it
    for name, b in boxes:
        for p in got["points"] + got["dots"]:
            assert not _holds(b, p), (name, p)
    assert len(got["points"]) == len(callouts) == len(got["leaders"])
    for c in callouts:
        assert c["overlap"] is None and not c["clipped"], c
        assert page.evaluate(MEETS_OWN_FEATURE_JS, [c["target"], c]) == "", c
    # each leader runs from a label point to its callout, through no other box, crossing no
    # other leader
    for seg in got["leaders"]:
        owner = [
            c
            for c in callouts
            if _holds(
                {
                    k: v + d
                    for k, v, d in (
                        ("x0", c["x0"], -1),
                        ("y0", c["y0"], -1),
                        ("x1", c["x1"], 1),
                        ("y1", c["y1"], 1),
                    )
                },
                seg[1],
            )
        ]
        assert len(owner) == 1, seg
        assert page.evaluate(POINT_ON_FEATURE_JS, [owner[0]["target"], seg[0]]), (owner, seg)
        for name, b in boxes:
            if b is not owner[0]:
                assert not _segment_meets(seg, b), (name, seg)
    for i, a in enumerate(got["leaders"]):
        for b in got["leaders"][i + 1 :]:
            assert not _cross(a, b), (a, b)
    # every number of the timeline on the map
    shown = {n for c in callouts for n in c["numbers"]}
    if every_number:
        assert got["numbers"] and set(got["numbers"]) <= shown, (got["numbers"], shown)
    if full is not None:
        assert all(c["short"] != full for c in callouts), callouts
    return got


def settled(page: Any) -> None:
    page.wait_for_function("() => window.alertmapReady === true")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("readable")
    out = {}
    for name in BUILT_IN:
        out[name] = write_atomic(
            folder / f"{name}.html", page_html(compose(build_event(load_scenario(name))))
        )
    return out


# --------------------------------------------------------------------------- 1. callouts


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720), (1024, 768)])
def test_callouts_are_clear_of_each_other_panels_and_their_features(
    browser: Any, pages: dict[str, Path], size: tuple[int, int]
) -> None:
    p = Page(browser, pages["2023-08-24"], size=size)
    try:
        settled(p.page)
        got = assert_readable(p.page)
        assert len(got["callouts"]) == 7  # the J-Alert's two messages share one
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_built_in_event_has_a_full_callout_for_each_item(
    browser: Any, pages: dict[str, Path], name: str
) -> None:
    p = Page(browser, pages[name])
    try:
        settled(p.page)
        got = assert_readable(p.page, full=True)
        # the label says the time and what happened, as the timeline does
        texts = " ".join(c["text"] for c in got["callouts"])
        for row in p.page.locator(".am-timeline .am-time").all_inner_texts():
            if row != "time not reported":
                assert row in texts, row
        assert p.errors == []
    finally:
        p.close()


def test_callouts_shorten_to_their_numbers_when_zoomed_out(
    browser: Any, pages: dict[str, Path]
) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        assert_readable(p.page, full=True)
        p.page.evaluate(
            "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
            " m.setZoom(m.getZoom() - 1, {animate: false}); }"
        )
        settled(p.page)
        got = assert_readable(p.page, full=False)
        assert all(c["text"].split() == c["numbers"] for c in got["callouts"])
        p.page.evaluate(
            "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
            " m.setZoom(m.getZoom() + 1, {animate: false}); }"
        )
        settled(p.page)
        assert_readable(p.page, full=True)
    finally:
        p.close()


def test_a_callout_opens_its_features_popup(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        callout = p.page.locator(".am-callout[data-am-numbers='7']")
        assert "Philippines" in callout.inner_text()
        # a line of the callout's text: opening the feature moves the map and lays the
        # callouts out again, which replaces these lines while the click is on its way
        callout.locator(".am-callout-text span").first.click()
        popup = p.page.locator(".leaflet-popup-content")
        popup.wait_for()
        assert "Pacific" in popup.inner_text()
        p.page.wait_for_timeout(300)  # a click that reached the map would have closed it by now
        assert popup.is_visible()
    finally:
        p.close()


def test_callouts_follow_the_layers_shown(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        p.page.get_by_label("Reported fall areas", exact=True).uncheck()
        settled(p.page)
        got = assert_readable(p.page, every_number=False)
        numbers = sorted(n for c in got["callouts"] for n in c["numbers"])
        assert numbers == ["1", "2", "5", "6", "8"]  # falls 3, 4 and 7 are not drawn
        p.page.get_by_label("Reported fall areas", exact=True).check()
        settled(p.page)
        assert len(assert_readable(p.page)["callouts"]) == 7
    finally:
        p.close()


def test_callouts_on_paper(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        p.page.emulate_media(media="print")
        p.page.evaluate("() => alertmap.refit()")
        settled(p.page)
        assert_readable(p.page, full=True)
    finally:
        p.close()


def test_callout_text_is_text(browser: Any, tmp_path: Path) -> None:
    """A name with markup is shown as its characters in the callout."""
    from tests.support import scenario_head

    evil = "<img src=x onerror=alert(1)>{{7*7}}"
    path = tmp_path / "evil.toml"
    path.write_text(
        scenario_head("evil", "Evil")
        + f'[[falls]]\nname = "Fall {evil}"\nfrom = "Manila"\ndistance_km = 800\n'
        'bearing = "E"\nabout = true\ntime = 2023-08-24T03:58:00+09:00\nsource = "s"\n',
        "utf-8",
    )
    page = write_atomic(
        tmp_path / "evil.html", page_html(compose(build_event(load_scenario(str(path)))))
    )
    p = Page(browser, page)
    try:
        settled(p.page)
        texts = [c["text"] for c in p.page.evaluate(MEASURE_JS)["callouts"]]
        assert any(evil in " ".join(t.split()) for t in texts), texts
        assert p.page.locator(".am-callout img").count() == 0
        assert p.errors == []
    finally:
        p.close()


def _iframe_host(folder: Path, page: str, size: tuple[int, int]) -> Path:
    snippet = iframe_html(page, title="Map", width=f"{size[0]}px", height=f"{size[1]}px")
    return write_atomic(
        folder / "host.html",
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Host</title></head>"
        f"<body style='margin:0'>{snippet}</body></html>",
    )


def test_callouts_in_a_900x500_iframe(browser: Any, tmp_path: Path) -> None:
    page = page_html(compose(build_event(load_scenario("2023-08-24"))))
    host = _iframe_host(tmp_path, page, (900, 500))
    p = Page(browser, host, size=(900, 500), wait_for_leaflet=False)
    try:
        frame = p.page.frames[1]
        settled(frame)
        assert_readable(frame)
    finally:
        p.close()


# --------------------------------------------------------------------------- 3. static output

#: What a static view shows of the controls: each selector's visible count.
CONTROLS_JS = """() => {
    const visible = sel => [...document.querySelectorAll(sel)].filter(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    }).length;
    const out = {};
    for (const sel of ['.leaflet-control-zoom', '.leaflet-control-layers',
                       '.am-profile-controls', '.am-profile-time', '.am-profile-play', 'input',
                       'button:not(.am-timeline-item)', '.am-north', '.leaflet-control-scale']) {
        out[sel] = visible(sel);
    }
    return out;
}"""

#: The legend's visible rows, and the kinds drawn on the map (by their class, am-kind-KEY).
LEGEND_JS = """() => {
    const rows = [...document.querySelectorAll('.am-legend [data-am-legend]')]
        .filter(r => r.getBoundingClientRect().height > 0)
        .map(r => r.getAttribute('data-am-legend').split('|')[0]);
    const drawn = new Set();
    document.querySelectorAll('.am-map [class*="am-kind-"]').forEach(e => {
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) { return; }
        for (const c of (e.getAttribute('class') || '').split(/\\s+/)) {
            if (c.startsWith('am-kind-')) { drawn.add(c.slice(8)); }
        }
    });
    return [rows, [...drawn]];
}"""


def static_view(page: Any) -> None:
    """What ``alertmap render --png`` does before its screenshot (maps.browser.capture)."""
    settled(page)
    page.evaluate("() => alertmap.setStatic()")
    settled(page)


@pytest.mark.parametrize("name", BUILT_IN)
def test_static_view_of_each_built_in_event(
    browser: Any, pages: dict[str, Path], name: str
) -> None:
    """As the PNG shows it: a full label on every reported item, no control that only works
    on screen, a north arrow and a scale bar, and a legend of what is drawn."""
    p = Page(browser, pages[name])
    try:
        static_view(p.page)
        assert_readable(p.page, full=True)
        controls = p.page.evaluate(CONTROLS_JS)
        assert controls.pop(".am-north") == 1 and controls.pop(".leaflet-control-scale") == 1
        assert set(controls.values()) == {0}, controls
        rows, drawn = p.page.evaluate(LEGEND_JS)
        assert set(rows) == set(drawn), (rows, drawn)
    finally:
        p.close()


def test_legend_follows_the_layers_shown(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        rows, drawn = p.page.evaluate(LEGEND_JS)
        assert "range_ring" not in rows and set(rows) == set(drawn)  # hidden at first
        p.page.get_by_label("Distance from Sohae").check()
        rows, drawn = p.page.evaluate(LEGEND_JS)
        assert "range_ring" in rows and set(rows) == set(drawn)
        p.page.get_by_label("Reported gates").uncheck()
        rows, drawn = p.page.evaluate(LEGEND_JS)
        assert "gate" not in rows and set(rows) == set(drawn)
    finally:
        p.close()


#: Each launch site's marker on the map: its name (from the marker's popup data is not in the
#: DOM, so by its position's order) and its triangle's stroke-dasharray.
SITE_DASH_JS = """() => [...document.querySelectorAll('.am-map .am-marker.am-kind-launch_site')]
    .map(e => { const s = e.querySelector('polygon');
                return s ? (s.getAttribute('stroke-dasharray') || '') : null; })"""


def test_an_approximate_launch_site_is_dashed_on_the_map_and_in_the_legend(
    browser: Any, pages: dict[str, Path]
) -> None:
    # 2023-08-24: the Sohae pad (exact) and the new coastal pad (an estimated position)
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        dashes = p.page.evaluate(SITE_DASH_JS)
        assert len(dashes) == 2
        assert sorted(bool(d) for d in dashes) == [False, True]
        legend = p.page.evaluate(
            """() => [...document.querySelectorAll('.am-legend [data-am-legend]')]
                .filter(r => r.getBoundingClientRect().height > 0)
                .map(r => [r.textContent.trim(),
                           r.querySelector('polygon')?.getAttribute('stroke-dasharray')])"""
        )
        sites = dict((text, dash) for text, dash in legend if dash is not None)
        assert sites.get("Launch site") == "none"
        assert sites.get("Launch site (approximate)") in dashes
    finally:
        p.close()


def test_the_screen_keeps_its_controls_and_no_north_arrow(
    browser: Any, pages: dict[str, Path]
) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        controls = p.page.evaluate(CONTROLS_JS)
        assert controls[".leaflet-control-zoom"] == controls[".leaflet-control-layers"] == 1
        assert controls[".am-profile-time"] == 1 and controls[".am-north"] == 0
    finally:
        p.close()


def _png_size(path: Path) -> tuple[int, int]:
    import struct

    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _pdf_pages(path: Path) -> list[tuple[float, float]]:
    import re

    pdf = path.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    box = re.search(rb"/MediaBox\s*\[([^\]]+)\]", pdf)
    assert box is not None
    x0, y0, x1, y1 = (float(v) for v in box.group(1).split())
    return [(x1 - x0, y1 - y0)]


@pytest.mark.parametrize(
    ("args", "png", "page_mm"),
    [
        ([], (1600, 900), (297.0, 210.0)),
        (["--size", "800x1200"], (800, 1200), (211.67, 317.5)),  # portrait, as asked
        (["--size", "1920x1080"], (1920, 1080), (508.0, 285.75)),
        (["--layout", "slide"], (1920, 1080), (338.67, 190.5)),
        (["--layout", "a4"], (1683, 1191), (297.0, 210.0)),
        (["--layout", "slide", "--size", "1000x600"], (1000, 600), (338.67, 190.5)),
    ],
)
def test_png_and_pdf_sizes(
    tmp_path: Path, args: list[str], png: tuple[int, int], page_mm: tuple[float, float]
) -> None:
    from tests.support import run_cli

    result = run_cli(
        "render", "2023-08-24", "--png", "a.png", "--pdf", "a.pdf", *args, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(tmp_path / "a.png") == png
    ((width_pt, height_pt),) = _pdf_pages(tmp_path / "a.pdf")
    mm = 25.4 / 72
    assert abs(width_pt * mm - page_mm[0]) < 0.5 and abs(height_pt * mm - page_mm[1]) < 0.5


def test_a_bad_layout_is_one_line(tmp_path: Path) -> None:
    from tests.support import run_cli

    result = run_cli("render", "2023-08-24", "--png", "a.png", "--layout", "poster", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--layout" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- 7. tooltips, popups


def _label_point(page: Any, numbers: str) -> dict[str, float]:
    """The label point of the callout with these numbers (its leader's dot), on screen."""
    got = page.evaluate(MEASURE_JS)
    callout = next(c for c in got["callouts"] if " ".join(c["numbers"]) == numbers)
    for seg in got["leaders"]:
        end = seg[1]
        if callout["x0"] - 1 <= end["x"] <= callout["x1"] + 1 and (
            callout["y0"] - 1 <= end["y"] <= callout["y1"] + 1
        ):
            return dict(seg[0])
    raise AssertionError(f"no leader for callout {numbers}")


VISIBLE_JS = """sel => [...document.querySelectorAll(sel)].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
}).map(e => { const r = e.getBoundingClientRect();
              return {w: r.width, h: r.height, text: e.innerText,
                      clipped: e.scrollWidth > e.clientWidth + 1}; })"""


def test_tooltips_wrap_and_give_way_to_popups(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        page = p.page
        settled(page)
        relayed = _label_point(page, "5")  # the longest name: "... as relayed)"
        page.mouse.move(relayed["x"], relayed["y"])
        page.wait_for_selector(".leaflet-tooltip")
        (tip,) = page.evaluate(VISIBLE_JS, ".leaflet-tooltip")
        assert "as relayed" in tip["text"]
        assert tip["w"] <= 300 and not tip["clipped"], tip  # wrapped, at a readable width
        assert tip["h"] > 40  # more than one line
        # a click opens the popup and the tooltip goes
        page.mouse.click(relayed["x"], relayed["y"])
        page.wait_for_selector(".leaflet-popup-content")
        assert page.evaluate(VISIBLE_JS, ".leaflet-tooltip") == []
        # while it is open no other tooltip shows (the popup may have moved the map: the
        # other feature's point is read again)
        settled(page)
        other = next(
            " ".join(c["numbers"])
            for c in page.evaluate(MEASURE_JS)["callouts"]
            if c["numbers"] != ["5"] and not c["target"].startswith("alert_zone")
        )
        there = _label_point(page, other)
        page.mouse.move(there["x"], there["y"])
        page.wait_for_timeout(200)
        assert page.evaluate(VISIBLE_JS, ".leaflet-tooltip") == []
        assert len(page.evaluate(VISIBLE_JS, ".leaflet-popup")) == 1
        # closed, tooltips come back
        page.locator(".leaflet-popup-close-button").click()
        page.wait_for_function("() => !document.querySelector('.leaflet-popup')")
        settled(page)
        there = _label_point(page, other)
        page.mouse.move(there["x"] + 40, there["y"] + 40, steps=4)
        page.mouse.move(there["x"], there["y"], steps=4)
        page.wait_for_function(
            "sel => (" + VISIBLE_JS + ")(sel).length === 1", arg=".leaflet-tooltip"
        )
    finally:
        p.close()


# --------------------------------------------------------------------------- 6. tiles


def test_online_tiles_add_to_the_basemap_and_say_when_they_fail(
    browser: Any, tmp_path: Path
) -> None:
    from alertmap.maps.compose import MapOptions

    event = build_event(load_scenario("2023-08-24"))
    path = write_atomic(
        tmp_path / "tiles.html",
        page_html(compose(event, MapOptions(tiles="OpenStreetMap.Mapnik"))),
    )
    p = Page(browser, path)  # every request outside the file is refused: tiles fail
    try:
        page = p.page
        settled(page)
        page.wait_for_selector(".am-notice")
        assert any("tile.openstreetmap.org" in url for url in p.requests)
        (notice,) = page.evaluate(VISIBLE_JS, ".am-notice")
        assert "did not load" in notice["text"] and "OpenStreetMap.Mapnik" in notice["text"]
        assert notice["h"] < 24 and "\n" not in notice["text"]  # one line
        # the bundled basemap is drawn, below the tiles
        assert page.locator("path.am-basemap").is_visible()
        below = page.evaluate(
            """() => {
                const z = e => Number(getComputedStyle(e.closest('.leaflet-pane')).zIndex);
                return [z(document.querySelector('path.am-basemap')),
                        z(document.querySelector('.leaflet-tile-container'))]; }"""
        )
        assert below[0] < below[1], below
        assert_readable(page)
    finally:
        p.close()


def test_offline_pages_say_nothing_of_tiles(browser: Any, pages: dict[str, Path]) -> None:
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        assert p.page.locator(".am-notice").count() == 0 and p.requests == []
    finally:
        p.close()


# --------------------------------------------------------------------------- 2. place labels


def _screen_point(page: Any, lat: float, lon: float) -> dict[str, float]:
    return dict(
        page.evaluate(
            """([lat, lon]) => { const m = Object.values(window).find(v => v instanceof L.Map);
                const p = m.latLngToContainerPoint([lat, lon]);
                const r = m.getContainer().getBoundingClientRect();
                return {x: p.x + r.left, y: p.y + r.top}; }""",
            [lat, lon],
        )
    )


def _gap(b: dict[str, float], p: dict[str, float]) -> float:
    """Pixels from a box to a point (0 inside)."""
    dx = max(b["x0"] - p["x"], 0.0, p["x"] - b["x1"])
    dy = max(b["y0"] - p["y"], 0.0, p["y"] - b["y1"])
    return float((dx * dx + dy * dy) ** 0.5)


def test_places_the_reports_name_are_labelled_beside_them(
    browser: Any, pages: dict[str, Path]
) -> None:
    """The ends of the "between" gate, the places distances are measured from, and the
    regions reports name, each beside or on its place (read from the gazetteer's outline)."""
    from alertmap.layers.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        got = assert_readable(p.page)
        labels = {lb["text"].casefold(): lb for lb in got["labels"]}  # regions in capitals
        for name in ("Baengnyeongdo", "Ieodo", "Taean", "Jindo", "Manila"):
            place = gazetteer.place(name).position
            at = _screen_point(p.page, place.lat, place.lon)
            label = labels.get(name.casefold())
            assert label is not None, (name, sorted(labels))
            assert _gap(label, at) <= 12, name  # beside its dot
            assert any(
                abs(d["x"] - at["x"]) < 1.5 and abs(d["y"] - at["y"]) < 1.5 for d in got["dots"]
            )
        for name in ("Okinawa main island", "Miyako Island", "Korean Peninsula", "Philippines"):
            west, south, east, north = gazetteer.region(name).geometry.bounds
            a, b = _screen_point(p.page, north, west), _screen_point(p.page, south, east)
            box = {"x0": a["x"], "y0": a["y"], "x1": b["x"], "y1": b["y"]}
            label = labels.get(name.casefold())
            assert label is not None, (name, sorted(labels))
            centre = {"x": (label["x0"] + label["x1"]) / 2, "y": (label["y0"] + label["y1"]) / 2}
            assert _gap(box, centre) <= label["x1"] - label["x0"], name
    finally:
        p.close()


def test_range_rings_are_labelled_with_their_distance(browser: Any, pages: dict[str, Path]) -> None:
    from pyproj import Geod

    from alertmap.layers.gazetteer import load_gazetteer

    sohae = load_gazetteer().place("Sohae").position
    p = Page(browser, pages["2023-08-24"])
    try:
        settled(p.page)
        assert not [lb for lb in p.page.evaluate(MEASURE_JS)["labels"] if "km" in lb["text"]]
        p.page.get_by_label("Distance from Sohae").check()
        settled(p.page)
        got = assert_readable(p.page)
        rings = [lb for lb in got["labels"] if lb["text"].endswith(" km")]
        assert len(rings) >= 2, got["labels"]
        for lb in rings:
            lat, lon = p.page.evaluate(
                """([x, y]) => { const m = Object.values(window).find(v => v instanceof L.Map);
                    const r = m.getContainer().getBoundingClientRect();
                    const ll = m.containerPointToLatLng([x - r.left, y - r.top]);
                    return [ll.lat, ll.lng]; }""",
                [(lb["x0"] + lb["x1"]) / 2, (lb["y0"] + lb["y1"]) / 2],
            )
            _, _, metres = Geod(ellps="WGS84").inv(sohae.lon, sohae.lat, lon, lat)
            km = float(lb["text"].split()[0].replace(",", ""))
            # on its ring, to within the label's half height at this zoom (about 20 km)
            assert abs(metres / 1000 - km) < 0.03 * km + 25, (lb["text"], metres)
    finally:
        p.close()


#: The map's lat/lon at a point of the page ([x, y]).
LATLNG_JS = """([x, y]) => { const m = Object.values(window).find(v => v instanceof L.Map);
    const r = m.getContainer().getBoundingClientRect();
    const ll = m.containerPointToLatLng([x - r.left, y - r.top]);
    return [ll.lat, ll.lng]; }"""

#: Whether a box meets any drawn feature but the seas (and the EEZ line): the feature ids met.
FEATURES_MET_JS = (
    """([b]) => {
    const meets = ("""
    + MEETS_OWN_FEATURE_JS
    + """);
    return [...document.querySelectorAll('.am-map [data-am-id]')]
        .map(e => e.getAttribute('data-am-id'))
        .filter(id => !id.startsWith('sea_area') && !id.startsWith('eez'))
        .filter((id, i, all) => all.indexOf(id) === i)
        .filter(id => meets([id, b]) !== '');
}"""
)


@pytest.mark.parametrize("name", ["2023-08-24", "2023-11-21", "2017-11-29"])
def test_sea_labels_are_where_no_feature_is(
    browser: Any, pages: dict[str, Path], name: str
) -> None:
    p = Page(browser, pages[name])
    try:
        settled(p.page)
        got = assert_readable(p.page)
        seas = p.page.evaluate(
            """() => [...document.querySelectorAll('.am-sea-label')].filter(e => !e.hidden)
                .map(e => { const r = e.getBoundingClientRect();
                            return {text: e.innerText, x0: r.left, y0: r.top, x1: r.right,
                                    y1: r.bottom}; })"""
        )
        assert seas and all(s["text"] in {lb["text"] for lb in got["labels"]} for s in seas)
        for sea in seas:
            assert p.page.evaluate(FEATURES_MET_JS, [sea]) == [], sea["text"]
        # each name on its own sea (its box meets the gazetteer's outline: a small sea's name
        # may run over its shores), and the seas the falls were reported in all named
        gazetteer = load_gazetteer()
        for sea in seas:
            north, west = p.page.evaluate(LATLNG_JS, [sea["x0"], sea["y0"]])
            south, east = p.page.evaluate(LATLNG_JS, [sea["x1"], sea["y1"]])
            outline = gazetteer.sea(sea["text"]).geometry
            assert outline.intersects(box(west, south, east, north)), (sea["text"], west, north)
        event = build_event(load_scenario(name))
        # (not an ocean: its label point lies far off)
        reported = {f.sea for f in event.features() if f.sea and not f.sea.endswith("Ocean")}
        assert reported <= {s["text"] for s in seas}, (reported, seas)
    finally:
        p.close()


# --------------------------------------------------------------------------- 4. phones, embeds

PHONE = (390, 844)

#: Every tap target shown in the frame that is smaller than 44 px either way.
SMALL_TARGETS_JS = """() => {
    const sel = 'button, a[href], input, select, summary, .leaflet-control-layers label';
    return [...document.querySelector('.am-frame').querySelectorAll(sel)].filter(e => {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') {
            return false;
        }
        if (e.matches('.leaflet-control-layers input')) { return false; }  // its label is
        return r.height < 44 || r.width < 44;
    }).map(e => [e.tagName, e.className, e.innerText.slice(0, 30),
                 Math.round(e.getBoundingClientRect().width),
                 Math.round(e.getBoundingClientRect().height)]);
}"""

#: The share of the screen where the map shows: the frame's map, less the boxes of the panels
#: and controls over it (which do not overlap: assert_readable).
MAP_SHARE_JS = """() => {
    const map = document.querySelector('.am-map').getBoundingClientRect();
    const screen = window.innerWidth * window.innerHeight;
    let covered = 0;
    for (const e of document.querySelectorAll('.am-map .leaflet-control')) {
        if (e.parentElement.closest('.leaflet-control')) { continue; }
        const r = e.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, map.right) - Math.max(r.left, map.left));
        const h = Math.max(0, Math.min(r.bottom, map.bottom) - Math.max(r.top, map.top));
        covered += w * h;
    }
    return (map.width * map.height - covered) / screen;
}"""


def popup_on_screen(page: Any) -> None:
    """The popup fits the screen, once the map has panned it into view (an animation)."""
    page.wait_for_function(
        """([w, h]) => { const p = document.querySelector('.leaflet-popup');
            if (!p || document.querySelector('.leaflet-pan-anim')) { return false; }
            const r = p.getBoundingClientRect();
            return r.left >= 0 && r.right <= w && r.top >= 0 && r.bottom <= h; }""",
        arg=list(PHONE),
        timeout=5000,
    )


@pytest.fixture()
def phone(browser: Any, pages: dict[str, Path]) -> Any:
    p = Page(browser, pages["2023-08-24"], size=PHONE, touch=True)
    settled(p.page)
    yield p
    p.close()


def _tabs(page: Any) -> list[str]:
    return [t.strip() for t in page.locator(".am-sheet-tab").all_inner_texts()]


def test_phone_folds_the_panels_into_a_sheet_and_keeps_the_map(phone: Page) -> None:
    page = phone.page
    assert _tabs(page) == ["Timeline", "Layers", "Legend", "Notes"]
    assert page.locator(".am-profile > details").get_attribute("open") is None  # folded
    assert page.locator(".am-sheet-body").is_hidden()  # folded at first
    assert_readable(page)
    assert page.evaluate(MAP_SHARE_JS) >= 0.6
    assert page.evaluate(SMALL_TARGETS_JS) == []
    for tab in _tabs(page):
        page.locator(".am-sheet-tab", has_text=tab).click()
        settled(page)
        assert page.locator(".am-sheet-body").is_visible(), tab
        assert page.evaluate(MAP_SHARE_JS) >= 0.6, tab
        assert page.evaluate(SMALL_TARGETS_JS) == [], tab
        got = assert_readable(page, every_number=False)
        assert any("am-sheet" in p["name"] for p in got["panels"])
    page.locator(".am-sheet-tab[aria-expanded='true']").click()  # folds again
    assert page.locator(".am-sheet-body").is_hidden()
    assert phone.errors == []


def test_phone_tap_on_each_feature_opens_its_popup(phone: Page) -> None:
    event = build_event(load_scenario("2023-08-24"))
    names = {f.id: f.name for f in event.features()}
    page = phone.page
    callouts = page.evaluate(MEASURE_JS)["callouts"]
    assert len(callouts) == 7
    for c in callouts:
        page.evaluate(
            "() => document.querySelectorAll('.leaflet-popup-close-button').forEach(b => b.click())"
        )
        page.wait_for_function("() => !document.querySelector('.leaflet-popup')")
        page.evaluate("() => alertmap.refit()")  # back to the view before the popup's pan
        settled(page)
        point = _label_point(page, " ".join(c["numbers"]))
        page.touchscreen.tap(point["x"], point["y"])
        page.wait_for_function("() => document.querySelectorAll('.leaflet-popup').length === 1")
        popup = page.locator(".leaflet-popup-content")
        assert names[c["target"]] in popup.inner_text(), c
        popup_on_screen(page)


def test_a_popup_that_grows_once_open_is_panned_into_view_again(phone: Page) -> None:
    """A popup's text reflowed after it opened (a late font) makes it taller, upwards from
    its point: it is panned into view again."""
    page = phone.page
    page.locator(".am-sheet-tab", has_text="Timeline").tap()
    page.locator(".am-timeline button[data-am-number='1']").tap()
    popup_on_screen(page)
    top = page.evaluate(
        "() => document.querySelector('.leaflet-popup').getBoundingClientRect().top"
    )
    # taller by more than the room above it: without panning again its top leaves the screen
    grow = int(top) + 150
    page.evaluate(
        """(px) => { const d = document.createElement('div'); d.style.height = px + 'px';
            document.querySelector('.leaflet-popup-content').appendChild(d); }""",
        grow,
    )
    popup_on_screen(page)


def test_phone_tap_on_each_timeline_entry_opens_its_popup(phone: Page) -> None:
    event = build_event(load_scenario("2023-08-24"))
    names = {f.id: f.name for f in event.features()}
    page = phone.page
    count = page.locator(".am-timeline button[data-am-number]").count()
    assert count == 8
    for n in range(1, count + 1):
        page.locator(".am-sheet-tab", has_text="Timeline").tap()
        entry = page.locator(f".am-timeline button[data-am-number='{n}']")
        entry.scroll_into_view_if_needed()
        box = entry.bounding_box()
        assert box is not None and box["height"] >= 44
        entry.tap()
        page.wait_for_function("() => document.querySelectorAll('.leaflet-popup').length === 1")
        popup = page.locator(".leaflet-popup-content")
        assert names[entry.get_attribute("data-am-target") or ""] in popup.inner_text(), n
        assert page.locator(".am-sheet-body").is_hidden()  # the sheet folds for the popup
        popup_on_screen(page)


@pytest.mark.parametrize(
    "size", [(1600, 900), (1280, 720), (1024, 768)], ids=["1600", "1280", "1024"]
)
def test_desktop_sizes_keep_the_panels_in_the_corners(
    browser: Any, pages: dict[str, Path], size: tuple[int, int]
) -> None:
    p = Page(browser, pages["2023-08-24"], size=size)
    try:
        settled(p.page)
        assert p.page.locator(".am-sheet").count() == 0
        assert p.page.locator(".am-compact").count() == 0
    finally:
        p.close()


def test_an_iframe_is_compact_by_its_own_size(browser: Any, tmp_path: Path) -> None:
    """A 900x500 iframe in a wide window is laid out by the iframe's size."""
    page = page_html(compose(build_event(load_scenario("2023-08-24"))))
    host = _iframe_host(tmp_path, page, (900, 500))
    p = Page(browser, host, size=(1600, 900), wait_for_leaflet=False)
    try:
        frame = p.page.frames[1]
        settled(frame)
        assert frame.locator(".am-frame.am-compact").count() == 1
        assert frame.locator(".am-sheet-body").is_hidden()
        assert_readable(frame)
        assert frame.evaluate(SMALL_TARGETS_JS) == []
    finally:
        p.close()


def test_a_window_that_narrows_becomes_compact_and_back(
    browser: Any, pages: dict[str, Path]
) -> None:
    p = Page(browser, pages["2023-08-24"], size=(1280, 720))
    try:
        settled(p.page)
        p.page.set_viewport_size({"width": 600, "height": 720})
        p.page.wait_for_selector(".am-compact")
        settled(p.page)
        assert_readable(p.page)
        p.page.set_viewport_size({"width": 1280, "height": 720})
        p.page.wait_for_function("() => !document.querySelector('.am-compact')")
        settled(p.page)
        assert_readable(p.page)
        assert p.page.locator(".am-timeline").is_visible()
        assert p.page.locator(".leaflet-control-layers-overlays label").count() == 11
    finally:
        p.close()


# --------------------------------------------------------------------------- done when

#: The done-when sizes besides 1600x900 (test_every_built_in_event_has_a_full_callout...):
#: (width, height, how the page is shown).
SIZES = [(1280, 720, "page"), (1024, 768, "page"), (390, 844, "touch"), (900, 500, "iframe")]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}-{how}" for w, h, how in SIZES])
@pytest.mark.parametrize("name", BUILT_IN)
def test_every_built_in_event_reads_at_every_size(
    browser: Any, pages: dict[str, Path], tmp_path: Path, name: str, size: tuple[int, int, str]
) -> None:
    width, height, how = size
    if how == "iframe":
        host = _iframe_host(tmp_path, pages[name].read_text("utf-8"), (width, height))
        p = Page(browser, host, size=(width, height), wait_for_leaflet=False)
        target = p.page.frames[1]
    else:
        p = Page(browser, pages[name], size=(width, height), touch=how == "touch")
        target = p.page
    try:
        settled(target)
        assert_readable(target)
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


# --------------------------------------------------------------------------- 5. catalogues


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """25 synthetic launches, one a year (not real events; 6 March avoids every reserved
    date), each with a source of its own."""
    from alertmap.layers.catalogue import by_year, load_catalogue

    folder = tmp_path_factory.mktemp("catalogue")
    rows = ["date,site,direction,range_km,source"]
    for i in range(25):
        direction = "S" if i % 2 else "E"
        rows.append(f"{1999 + i}-03-06,Sohae,{direction},{600 + 40 * i},Synthetic test row {i}")
    path = folder / "launches.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return by_year(load_catalogue(str(path)))


def test_catalogue_years_take_a_sequential_ramp_without_repeats(catalogue: Any) -> None:
    from alertmap.maps.compose import event_colours
    from alertmap.maps.style import EVENT_COLOURS, SEQUENTIAL_STOPS

    colours = event_colours(catalogue)
    assert list(colours) == [str(y) for y in range(1999, 2024)]
    assert len(set(colours.values())) == 25  # no year shares a colour
    assert colours["1999"] == SEQUENTIAL_STOPS[0] and colours["2023"] == SEQUENTIAL_STOPS[-1]

    # darker to lighter, year by year (relative luminance of sRGB)
    def luminance(c: str) -> float:
        r, g, b = (int(c[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    values = [luminance(c) for c in colours.values()]
    assert values == sorted(values)
    # a few events keep the qualitative colours
    assert set(EVENT_COLOURS) & set(colours.values()) == set()


def test_catalogue_page_lists_its_sources_and_shows_the_years_as_a_ramp(
    browser: Any, catalogue: Any, tmp_path: Path
) -> None:
    path = write_atomic(tmp_path / "catalogue.html", page_html(compose(catalogue)))
    p = Page(browser, path)
    try:
        page = p.page
        settled(page)
        got = assert_readable(page, every_number=False)
        assert got["callouts"] == [] and got["numbers"] == []  # no times: nothing numbered
        assert got["labels"] == []  # no names over a catalogue's fan of areas
        # the sources as a list, one entry each, scrolling within the line's few rows
        listed = page.locator(".am-sources-list")
        assert listed.locator(".am-sources-head").inner_text().split() == ["Sources", "(25):"]
        assert listed.locator("li").all_inner_texts()[3].startswith("Synthetic test row 3")
        assert listed.evaluate("e => e.getBoundingClientRect().height") < 80
        assert listed.evaluate("e => e.scrollHeight > e.clientHeight")
        ramp = page.locator(".am-legend-ramp")
        assert ramp.inner_text().split() == ["1999", "2023"]
        assert ramp.locator("stop").count() == 25
    finally:
        p.close()


#: The static view's panels as laid out: the map's box, the title's, and each panel set below
#: the map (its box, whether its content is cut, its folded parts), and the page's height.
STACKED_JS = """() => {
    const box = e => { const r = e.getBoundingClientRect();
        return {x0: r.left, y0: r.top + scrollY, x1: r.right, y1: r.bottom + scrollY}; };
    const map = document.querySelector('.am-map');
    const below = [...document.querySelectorAll('.am-below > .am-panel')].map(p => ({
        name: p.className, box: box(p), cut: p.scrollHeight > p.clientHeight + 1,
        folded: [...p.querySelectorAll('details:not([open]):not(.am-checks)')].length}));
    const inMap = [...map.querySelectorAll('.am-panel')].map(p => p.className);
    return {map: box(map), title: box(document.querySelector('.am-title')), below, inMap,
            height: document.documentElement.scrollHeight};
}"""


@pytest.mark.parametrize("name", ["2023-08-24", "2022-10-04", "2023-05-31"])
def test_a_narrow_static_view_sets_the_panels_below_the_map(
    browser: Any, pages: dict[str, Path], name: str
) -> None:
    """As ``--png --size 390x844`` shows it: no room for the panels in the map's corners, so
    the timeline, the flight time, the legend and the notes are set below the map, unfolded,
    none over another, none cut; the title stays on the map, and what is on the map stays
    readable; the page (and so the PNG) grows taller than the frame."""
    p = Page(browser, pages[name], size=PHONE)
    try:
        static_view(p.page)
        got = p.page.evaluate(STACKED_JS)
        m, title, below = got["map"], got["title"], got["below"]
        assert [n.split()[1] for n in got["inMap"]] == ["am-title"], got["inMap"]
        names = [b["name"].split()[1] for b in below]
        assert {"am-timeline", "am-legend", "am-notes"} <= set(names), names
        assert m["y1"] - m["y0"] >= PHONE[1] * 0.8  # the map keeps (about) the frame's height
        assert m["x0"] <= title["x0"] and title["x1"] <= m["x1"] and title["y1"] <= m["y1"]
        for i, b in enumerate(below):
            assert b["box"]["y0"] >= m["y1"] - 0.5, b
            assert b["box"]["x0"] >= 0 and b["box"]["x1"] <= PHONE[0], b
            assert not b["cut"] and b["folded"] == 0, b
            for other in below[i + 1 :]:
                assert not _overlap(b["box"], other["box"]), (b, other)
        assert got["height"] > PHONE[1]
        assert_readable(p.page)
    finally:
        p.close()
