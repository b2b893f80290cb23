"""Hazard areas as drawn: exact from published corners, approximate from a size and a position,
and one feature per warning area with all its windows. Sizes and distances are measured with
geographiclib (not the pyproj code under test)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic

from alertmap.layers.build import build_event
from alertmap.layers.export import feature_properties
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Basis, Event, Feature, Kind, Layer
from alertmap.layers.scenario import load_scenario, parse_scenario

WGS84 = Geodesic.WGS84
WARNINGS = Path(__file__).resolve().parents[1] / "data" / "warnings"

HEAD = """
[event]
title = "Test launch"
date = 2024-02-07

[sources.s]
organisation = "Test source"
date = 2024-02-07

[launch]
at = "Tonghae"
source = "s"
"""

CORNERS = """
[[hazard_areas]]
name = "Area from corners"
corners = ["37-00N 131-00E", "37-00N 132-00E", "36-00N 132-00E", "36-00N 131-00E"]
source = "s"
"""

SIZED = """
[[hazard_areas]]
name = "Zone: 105 km by 302 km, about 136 km east of Tonghae"
from = "Tonghae"
distance_km = 136
bearing = "E"
size_km = [105, 302]
source = "s"
reported = "가로 105㎞, 세로 302㎞, 동해 동쪽 약 136㎞"
"""


def hazards(event: Event) -> list[Feature]:
    return [f for f in event.features() if f.kind is Kind.HAZARD_AREA]


def geodesic_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"])


def test_published_corners_are_exact() -> None:
    (area,) = hazards(build_event(parse_scenario(HEAD + CORNERS, "t.toml")))
    assert (area.basis, area.approximate) == (Basis.REPORTED, False)
    layer = Layer("Notified hazard areas", Kind.HAZARD_AREA, (area,))
    assert feature_properties(area, layer)["approximate"] is False  # the export and popups


def test_size_and_position_draw_an_approximate_rectangle_of_that_size() -> None:
    (zone,) = hazards(build_event(parse_scenario(HEAD + SIZED, "t.toml")))
    assert (zone.basis, zone.approximate) == (Basis.DERIVED, True)
    assert "105 km east-west by 302 km north-south" in zone.method
    assert "136 km" in zone.method  # how the centre was placed
    # the centre: 136 km due east of Tonghae, by geographiclib
    tonghae = load_gazetteer().place("Tonghae").position
    east = WGS84.Direct(tonghae.lat, tonghae.lon, 90.0, 136_000.0)
    assert zone.position is not None
    assert geodesic_m((zone.position.lon, zone.position.lat), (east["lon2"], east["lat2"])) < 1.0
    # width and height: between the midpoints of opposite sides, and along the sides
    ring = np.asarray(zone.geometry.exterior.coords)[:-1]
    c = zone.position.lon, zone.position.lat
    az = [WGS84.Inverse(c[1], c[0], lat, lon)["azi1"] % 360.0 for lon, lat in ring]

    def toward(azimuth: float) -> tuple[float, float]:
        i = int(np.argmin([abs((a - azimuth + 180.0) % 360.0 - 180.0) for a in az]))
        return float(ring[i][0]), float(ring[i][1])

    assert geodesic_m(toward(270.0), toward(90.0)) == pytest.approx(105_000.0, rel=0.005)
    assert geodesic_m(toward(180.0), toward(0.0)) == pytest.approx(302_000.0, rel=0.005)
    lons, lats = ring[:, 0], ring[:, 1]
    nw, ne = (lons.min(), lats.max()), (lons.max(), lats.max())
    assert geodesic_m(nw, ne) == pytest.approx(105_000.0, rel=0.005)


def test_warning_with_a_daily_window_gives_one_exact_feature_per_area(tmp_path: Path) -> None:
    shutil.copy(WARNINGS / "daily_period_then_hours.txt", tmp_path / "navarea.txt")
    scenario = tmp_path / "s.toml"
    scenario.write_text(HEAD + '\n[[warnings]]\nfile = "navarea.txt"\nsource = "s"\n', "utf-8")
    areas = hazards(build_event(load_scenario(str(scenario))))
    assert [a.name for a in areas] == ["NAVAREA XI 0412/24, area A", "NAVAREA XI 0412/24, area B"]
    for area in areas:
        assert area.approximate is False and area.basis is Basis.REPORTED
        assert [(t.label, t.time) for t in area.times] == [
            ("window opens", dt.datetime(2024, 2, 6, 22, 30, tzinfo=dt.UTC)),
            ("window closes", dt.datetime(2024, 2, 14, 3, 30, tzinfo=dt.UTC)),
        ]
        assert (
            "daily window 22:30Z to 03:30Z, 8 days from 2024-02-06 to 2024-02-13 "
            "(ends 2024-02-14 03:30Z)"
        ) in area.notes


def test_size_around_a_given_position_is_still_derived_and_approximate() -> None:
    text = HEAD + (
        '\n[[hazard_areas]]\nname = "Zone"\nposition = "38-30N 131-00E"\nsize_km = [40, 80]\n'
        'source = "s"\n'
    )
    (zone,) = hazards(build_event(parse_scenario(text, "t.toml")))
    assert (zone.basis, zone.approximate) == (Basis.DERIVED, True)
    assert zone.method.startswith("a rectangle 40 km east-west by 80 km north-south")
    assert zone.geometry.contains(zone.geometry.centroid)
