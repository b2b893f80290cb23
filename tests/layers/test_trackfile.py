"""Ground tracks from CSV files: reading, bad input, building, and drawing to the pixel."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from pyproj import Geod

from alertmap.layers.build import build_event, locate_fall
from alertmap.layers.checks import check_event
from alertmap.layers.errors import ScenarioError
from alertmap.layers.model import Kind
from alertmap.layers.scenario import load_scenario
from alertmap.layers.trackfile import read_track_csv
from alertmap.maps.compose import MapOptions, _collection, compose, feature_bits, pixel_deg
from alertmap.maps.elements import world_fraction
from alertmap.maps.output import page_html
from tests.support import run_cli

GEOD = Geod(ellps="WGS84")

SCENARIO = """
[event]
title = "EXERCISE: track from a file"
date = 2025-03-01
[sources.radar]
organisation = "EXERCISE radar (fictional)"
date = 2025-03-01
[launch]
at = "Sohae"
time = 2025-03-01T07:00:00+09:00
source = "radar"
[track]
file = "{csv}"
name = "Ground track (exercise radar)"
source = "radar"
[[falls]]
name = "Fall: about 600 km E of the Philippines"
from = "Philippines"
distance_km = 600
bearing = "E"
about = true
source = "radar"
"""


def weaving_track(n: int) -> np.ndarray:
    """Sohae to the Philippine Sea along a geodesic, weaving 300 m either side every 40 km."""
    az, _, length = GEOD.inv(124.705, 39.66, 128.0, 19.0)
    along = np.linspace(0.0, length, n)
    lon, lat, back = GEOD.fwd(np.full(n, 124.705), np.full(n, 39.66), np.full(n, az), along)
    side = 300.0 * np.sin(along / 40_000.0 * 2 * np.pi)
    lon, lat, _ = GEOD.fwd(lon, lat, np.asarray(back) + 180.0 + 90.0, side)
    return np.column_stack([lon, lat])


def write_scenario(tmp_path: Path, rows: np.ndarray, header: str = "lon,lat") -> Path:
    csv = tmp_path / "track.csv"
    np.savetxt(csv, rows, fmt="%.6f", delimiter=",", header=header, comments="")
    path = tmp_path / "exercise-track.toml"
    path.write_text(SCENARIO.format(csv=csv.name), "utf-8")
    return path


@pytest.fixture(scope="module")
def track_event(tmp_path_factory: pytest.TempPathFactory) -> Any:
    rows = weaving_track(50_000)
    return rows, build_event(load_scenario(str(write_scenario(tmp_path_factory.mktemp("t"), rows))))


def test_columns_by_name_any_order(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("t_s, Latitude ,LONGITUDE,alt\n0,39.66,124.705,0\n1,39.5,124.7,12\n", "utf-8")
    assert read_track_csv(f).tolist() == [[124.705, 39.66], [124.7, 39.5]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x1,y1\n1,2\n3,4\n", "line 1: expected a header naming a 'lon' column"),
        ("lon,lat\n124.7,39.6\n124.7,north\n", "line 3: expected numbers in the lon and lat"),
        ("lon,lat\n124.7,39.6\n124.7\n", "line 3: expected numbers in the lon and lat"),
        ("lon,lat\n124.7,39.6\n190.0,39.0\n", "line 3: expected a longitude in -180..180"),
        ("lon,lat\n124.7,39.6\n124.0,-91\n", "line 3: expected a latitude in -90..90"),
        ("lon,lat\n124.7,39.6\n", "expected at least 2 positions, found 1"),
    ],
)
def test_bad_track_files_name_the_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(text, "utf-8")
    with pytest.raises(ScenarioError, match=r"bad\.csv: ") as err:
        read_track_csv(f)
    assert expected in str(err.value)


def test_bad_track_file_on_the_command_line(tmp_path: Path) -> None:
    scenario = write_scenario(tmp_path, weaving_track(10))
    (tmp_path / "track.csv").write_text("lon,lat\n124.7,39.6\n124.7,39.5\nabc,1\n", "utf-8")
    result = run_cli("render", scenario.name, "-o", "map.html", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "track.csv: line 4: expected numbers in the lon and lat columns" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "map.html").exists()


def test_track_file_needs_a_source(tmp_path: Path) -> None:
    scenario = write_scenario(tmp_path, weaving_track(10))
    text = scenario.read_text("utf-8").replace(
        'name = "Ground track (exercise radar)"\nsource = "radar"\n', ""
    )
    scenario.write_text(text, "utf-8")
    with pytest.raises(ScenarioError, match=r"track\.source: expected the source of the track"):
        load_scenario(str(scenario))


def test_track_is_drawn_as_given_with_a_corridor_around_it(track_event: Any) -> None:
    rows, event = track_event
    track = next(f for f in event.features() if f.kind is Kind.TRACK)
    np.testing.assert_allclose(shapely.get_coordinates(track.geometry), rows, rtol=0, atol=6e-7)
    assert track.name == "Ground track (exercise radar)"
    assert [s.organisation for s in track.sources] == ["EXERCISE radar (fictional)"]
    assert "50,000 positions of track.csv, as given" in track.method
    corridor = next(f for f in event.features() if f.kind is Kind.CORRIDOR)
    assert corridor.geometry.contains(track.geometry)
    # 50 km either side of the weaving track (100 km default width), measured on the ellipsoid
    for i in (1_000, 25_000, 49_000):
        lon, lat = rows[i]
        az, _, _ = GEOD.inv(*rows[i - 1], *rows[i + 1])
        for side, inside in ((48_000.0, True), (52_000.0, False)):
            x, y, _ = GEOD.fwd(lon, lat, az + 90.0, side)
            assert corridor.geometry.contains(shapely.Point(x, y)) is inside


def test_region_report_does_not_follow_the_file_track(track_event: Any) -> None:
    """The track is drawn through the fall, not the fall along the track: a region-relative
    report is placed as `alertmap locate` places the same words (issue 11)."""
    _, event = track_event
    fall = next(f for f in event.features() if f.kind is Kind.FALL_AREA)
    assert "band along the coast" in fall.method
    alone = locate_fall("about 600 km east of the Philippines")
    assert fall.position is not None
    assert GEOD.inv(fall.position.lon, fall.position.lat, alone.point.lon, alone.point.lat)[
        2
    ] == pytest.approx(0.0, abs=1.0)


def test_checks_run_on_a_long_track(track_event: Any) -> None:
    _, event = track_event
    findings = check_event(event)
    islands = {i.name: i.closest_km for i in findings.islands}
    assert "Baengnyeongdo" in islands


def test_drawn_track_stays_within_a_pixel_at_the_highest_zoom(track_event: Any) -> None:
    rows, event = track_event
    layer = next(layer for layer in event.layers if layer.kind is Kind.TRACK)
    zoom = MapOptions().max_zoom
    bits = feature_bits(zoom)
    shape = _collection(layer, 5, pixel_deg(zoom), bits, event.timezone)["features"][0]["shape"]
    # the path as sent to the page: one line, "M x y" then relative "l" steps in world units
    head, steps = shape["path"].split("l")
    assert head.startswith("M") and "M" not in steps
    xy = np.array([float(v) for v in re.findall(r"-?[0-9]+", head + " " + steps)])
    units = np.cumsum(xy.reshape(-1, 2), axis=0)
    assert len(units) < len(rows) / 10  # simplified...

    # ...and every given position within one screen pixel of the drawn line, measured where
    # the screen is: Web Mercator pixels at the highest zoom
    world_px = 256 * 2.0**zoom
    on_screen = shapely.LineString(units / 2.0**bits * world_px)
    off_px = shapely.distance(shapely.points(world_fraction(rows) * world_px), on_screen)
    assert off_px.max() <= 1.07  # a pixel, and the rounding to a sixteenth of one
    assert off_px.max() > 0.3  # and not far finer than needed


def test_page_of_a_long_track_is_small(track_event: Any) -> None:
    _, event = track_event
    html = page_html(compose(event, MapOptions()))
    assert len(html.encode("utf-8")) < 900_000


def test_long_track_draws_in_the_browser(browser: Any, track_event: Any, tmp_path: Path) -> None:
    from alertmap.maps.output import write_atomic
    from tests.support import DRAWN_RINGS_JS, Page

    rows, event = track_event
    page_file = write_atomic(tmp_path / "track.html", page_html(compose(event, MapOptions())))
    p = Page(browser, page_file)
    try:
        assert p.errors == [] and p.console_errors == [] and p.requests == []
        track = next(f for f in event.features() if f.kind is Kind.TRACK)
        node = p.page.locator(f"[data-am-id='{track.id}']")
        assert node.count() == 1
        assert node.get_attribute("d").startswith("M")
        assert p.page.evaluate("id => alertmap.open(id)", track.id)
        popup = p.page.locator(".leaflet-popup-content").inner_text()
        assert "50,000 positions of track.csv" in popup
        # at the highest zoom, on the track, its weave is drawn (300 m either side, every 40 km)
        lon, lat = rows[25_000]
        p.page.evaluate(
            """([lat, lon]) => {
                const name = Object.keys(window).find(k => window[k] instanceof L.Map);
                window[name].closePopup();
                window[name].setView([lat, lon], window[name].getMaxZoom(), {animate: false});
            }""",
            [float(lat), float(lon)],
        )
        p.page.wait_for_timeout(300)
        (line,), view = p.page.evaluate(
            """([drawnRings, id]) => {
                const map = Object.values(window).find(v => v instanceof L.Map);
                const b = map.getPixelBounds(), o = map.getPixelOrigin();
                const path = document.querySelector(`[data-am-id='${id}']`);
                return [(0, eval)(drawnRings)(path),
                        [b.min.x - o.x, b.min.y - o.y, b.max.x - o.x, b.max.y - o.y]];
            }""",
            [DRAWN_RINGS_JS, track.id],
        )
        pts = np.array(line)
        x0, y0, x1, y1 = view
        pts = pts[(pts[:, 0] >= x0) & (pts[:, 0] <= x1) & (pts[:, 1] >= y0) & (pts[:, 1] <= y1)]
        chord = shapely.LineString([pts[0], pts[-1]])
        weave = max(chord.distance(shapely.Point(xy)) for xy in pts)
        assert len(pts) > 4 and weave > 5.0  # pixels: the 300 m weave, not a straight stroke
    finally:
        p.close()
