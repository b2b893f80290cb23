"""A launch site told only as a region ("from North Korea"): on the page, the region is drawn
and named in the legend, its triangle is the approximate one, the map is fitted to the region,
and the timeline keeps one launch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alertmap.layers.build import build_event
from alertmap.layers.scenario import parse_scenario
from alertmap.maps.compose import compose
from alertmap.maps.output import page_html, write_atomic
from tests.support import Page, scenario_head

SCENARIO = scenario_head("told-by-country", "A launch told only by the country that fired").replace(
    'name = "Sohae"\nat = "Sohae"', 'name = "Launch site: North Korea"\nat = "North Korea"'
)

#: The region's drawn outline (screen box), the legend's rows, the timeline's entries, and
#: the site's triangle (screen box, whether its outline is dashed).
MEASURE_JS = """() => {
    const box = e => { const r = e.getBoundingClientRect();
        return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
    const area = document.querySelector('path.am-kind-launch_area');
    const rows = [...document.querySelectorAll('.am-legend [data-am-legend]')]
        .filter(r => r.getBoundingClientRect().height > 0).map(r => r.textContent.trim());
    const entries = document.querySelectorAll('.am-timeline button').length;
    const frame = document.querySelector('.am-map').getBoundingClientRect();
    return {area: area && box(area), dash: area && getComputedStyle(area).strokeDasharray,
            rows, entries, frame: {x0: frame.left, y0: frame.top, x1: frame.right,
            y1: frame.bottom}};
}"""


def test_the_region_a_site_was_told_by_is_drawn(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "country.html"
    write_atomic(path, page_html(compose(build_event(parse_scenario(SCENARIO)))))
    p = Page(browser, path)
    try:
        p.page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == [] and p.requests == []
        got = p.page.evaluate(MEASURE_JS)
        assert got["area"] is not None, got
        assert got["dash"] not in ("", "none"), got["dash"]
        assert "Launch area (as reported)" in got["rows"], got["rows"]
        assert "Launch site (approximate)" in got["rows"], got["rows"]
        assert got["entries"] == 1
        # fitted to the region: it spans a good part of the frame and lies inside it
        a, f = got["area"], got["frame"]
        assert (
            f["x0"] <= a["x0"] and a["x1"] <= f["x1"] and f["y0"] <= a["y0"] and a["y1"] <= f["y1"]
        )
        assert a["y1"] - a["y0"] >= 0.4 * (f["y1"] - f["y0"]), (a, f)
    finally:
        p.close()
