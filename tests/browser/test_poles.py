"""The poles in the browser (issue 12, item 5): a track over the north pole, its corridor
round it and a hazard area round it load in Chromium with the rest of the map, drawn to the
map's edge (Web Mercator stops at 85.05°), and their popups say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.build import build_event
from alertmap.layers.scenario import load_scenario
from alertmap.maps.compose import compose
from alertmap.maps.output import page_html, write_atomic
from tests.support import DRAWN_RINGS_JS, Page, scenario_head

#: North from Sohae up its meridian, over the pole and down the opposite one (124.7°E and
#: 55.3°W) to 75°N.
TRACK_CSV = "lon,lat\n124.705,39.660\n124.7,60.0\n124.7,80.0\n124.7,89.5\n-55.3,85.0\n-55.3,75.0\n"

BODY = """\
[track]
file = "track.csv"
source = "s"
[[hazard_areas]]
name = "Polar cap"
corners = ["89N 0E", "89N 90E", "89N 180E", "89N 90W"]
source = "s"
[[falls]]
name = "Fall"
position = "75N 55.3W"
source = "s"
"""

#: Where Leaflet's Web Mercator ends (the map's top edge), in the page's own terms.
EDGE_JS = """([drawnRings]) => {
    const map = Object.values(window).find(v => v instanceof L.Map);
    const top = map.project([85.0511287798, 0]).subtract(map.getPixelOrigin()).y;
    const path = document.querySelector('path.am-kind-corridor');
    const ys = (0, eval)(drawnRings)(path).flat().map(p => p[1]);
    const b = map.getBounds();
    return {top: top, highest: Math.min(...ys), lowest: Math.max(...ys),
            bounds: [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]};
}"""


@pytest.fixture()
def polar_page(tmp_path: Path) -> Path:
    (tmp_path / "track.csv").write_text(TRACK_CSV, "utf-8")
    scenario = tmp_path / "polar.toml"
    scenario.write_text(scenario_head("polar", "Over the pole") + BODY, "utf-8")
    event = build_event(load_scenario(str(scenario)))
    return write_atomic(tmp_path / "polar.html", page_html(compose(event)))


def test_polar_flight_and_area_load_and_reach_the_maps_edge(browser: Any, polar_page: Path) -> None:
    p = Page(browser, polar_page)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == [] and p.console_errors == [] and p.requests == []
        for kind in ("corridor", "track", "hazard_area", "fall_area", "launch_site"):
            assert page.locator(f".am-kind-{kind}").count() >= 1, kind
        edge = page.evaluate(EDGE_JS, [DRAWN_RINGS_JS])
        assert all(isinstance(v, int | float) for v in edge["bounds"])  # a finite view
        # the corridor round the pole is drawn up to the map's top edge, and reaches down
        # the two meridians (Sohae at 39.7°N is 5,000 km south of the edge)
        assert edge["highest"] == pytest.approx(edge["top"], abs=0.5)
        assert edge["lowest"] - edge["top"] > 100
        # its popup and the polar cap's say what the map cannot show
        for fid in ("corridor-flight-corridor", "hazard_area-polar-cap"):
            page.evaluate("id => alertmap.open(id, 'popup')", fid)
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for(timeout=5000)
            assert "Reaches beyond 85.05°N, where this map (Web Mercator) ends" in (
                popup.inner_text()
            ), fid
            page.evaluate("() => Object.values(window).find(v => v instanceof L.Map).closePopup()")
        assert p.errors == [] and p.console_errors == []
    finally:
        p.close()
