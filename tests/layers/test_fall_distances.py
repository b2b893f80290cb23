"""A fall reported by its distances from places, in no direction ("男鹿半島から約700キロ、隠岐諸島
から約400キロ"): ``from`` + ``distance_km`` without ``bearing`` on a fall and its further reports.

The expected distances are computed here on a sphere (haversine, mean Earth radius), not by the
code under test (which solves geodesics on the WGS84 ellipsoid with pyproj): the two differ by
well under 0.5 %, allowed for below.
"""

from __future__ import annotations

import math
import re

import pytest
import shapely

from alertmap.layers.build import build_event
from alertmap.layers.errors import ScenarioError
from alertmap.layers.model import Event, Feature, Kind
from alertmap.layers.scenario import parse_scenario
from tests.support import (
    EARTH_MEAN_RADIUS_KM,
    MINIMAL_SCENARIO,
    OGA_PENINSULA,
    OKI_ISLANDS,
    haversine_km,
)

#: Sphere against ellipsoid, as a fraction of a distance, and a little for the drawn outline.
SLACK = 0.006
OGA, OKI = OGA_PENINSULA, OKI_ISLANDS

HEAD = MINIMAL_SCENARIO


def _fall(event: Event) -> Feature:
    (fall,) = [f for layer in event.layers for f in layer.features if f.kind is Kind.FALL_AREA]
    return fall


def _two(d1: float, d2: float, about: str = "true", sea: str = 'sea = "Sea of Japan"\n') -> str:
    return HEAD + (
        f'\n[[falls]]\nname = "Fall"\nfrom = "Oga Peninsula"\ndistance_km = {d1:g}\n'
        f'about = {about}\n{sea}source = "s"\n'
        f'\n[[falls.reports]]\nsource = "s"\nfrom = "Oki Islands"\ndistance_km = {d2:g}\n'
        f"about = {about}\n"
    )


#: Points in the Sea of Japan, as a reader would have them from a map.
SEA_POINTS = [(131.6, 39.5), (134.5, 40.5), (136.0, 38.2)]


@pytest.mark.parametrize("point", SEA_POINTS)
def test_two_distances_place_the_fall_where_both_hold(point: tuple[float, float]) -> None:
    d1, d2 = (round(haversine_km(point, ref), -1) for ref in (OGA, OKI))
    fall = _fall(build_event(parse_scenario(_two(d1, d2), "t.toml")))
    assert fall.approximate
    assert fall.geometry.buffer(0.05).contains(shapely.Point(point))
    # every corner of the drawn area is about d1 from Oga and about d2 from Oki (± 10 %)
    for x, y in shapely.get_coordinates(fall.geometry):
        for ref, d in ((OGA, d1), (OKI, d2)):
            assert (0.9 - SLACK) * d <= haversine_km((x, y), ref) <= (1.1 + SLACK) * d
    # the drawn point is in the area, and the method says how it was drawn
    assert fall.position is not None
    assert fall.geometry.buffer(1e-6).contains(shapely.Point(fall.position.lon, fall.position.lat))
    assert "no direction given" in fall.method


def test_one_distance_alone_leaves_an_arc_the_second_cuts_it() -> None:
    point = SEA_POINTS[0]
    d1, d2 = (round(haversine_km(point, ref), -1) for ref in (OGA, OKI))
    alone = HEAD + (
        f'\n[[falls]]\nname = "Fall"\nfrom = "Oga Peninsula"\ndistance_km = {d1:g}\n'
        'about = true\nsea = "Sea of Japan"\nsource = "s"\n'
    )
    arc = _fall(build_event(parse_scenario(alone, "t.toml"))).geometry
    both = _fall(build_event(parse_scenario(_two(d1, d2), "t.toml"))).geometry
    assert both.area < arc.area / 3
    assert arc.buffer(1e-6).contains(both)


def test_exact_distances_give_a_ring_two_per_cent_wide() -> None:
    point = SEA_POINTS[1]
    d1, d2 = (haversine_km(point, ref) for ref in (OGA, OKI))
    fall = _fall(build_event(parse_scenario(_two(d1, d2, about="false"), "t.toml")))
    assert fall.geometry.buffer(0.02).contains(shapely.Point(point))
    for x, y in shapely.get_coordinates(fall.geometry):
        assert (0.98 - SLACK) * d1 <= haversine_km((x, y), OGA) <= (1.02 + SLACK) * d1


def test_distances_that_cannot_both_hold_are_shown_apart() -> None:
    # 100 km from Oga and 100 km from Oki: about 700 km apart, no common point
    event = build_event(parse_scenario(_two(100, 100, sea=""), "t.toml"))
    falls = [f for layer in event.layers for f in layer.features if f.kind is Kind.FALL_AREA]
    # the fall, and the report set aside drawn apart, each where its own distance holds
    assert len(falls) == 2
    assert any(not c.agrees for f in falls for c in f.constraints)
    for f, ref in zip(falls, (OGA, OKI), strict=True):
        x, y = f.geometry.representative_point().coords[0]
        assert (0.9 - SLACK) * 100 <= haversine_km((x, y), ref) <= (1.1 + SLACK) * 100


def test_a_region_without_a_direction_is_a_band_all_round() -> None:
    # "about 300 km from Jeju Island": to its south and to its west alike
    text = HEAD + (
        '\n[[falls]]\nname = "Fall"\nfrom = "Jeju Island"\ndistance_km = 300\nabout = true\n'
        'source = "s"\n'
    )
    fall = _fall(build_event(parse_scenario(text, "t.toml")))
    south_coast, west_coast = (126.56, 33.24), (126.16, 33.30)
    south = (126.56, 33.24 - 300 / EARTH_MEAN_RADIUS_KM * 180 / math.pi)
    west = (
        126.16 - 300 / (EARTH_MEAN_RADIUS_KM * math.cos(math.radians(33.3))) * 180 / math.pi,
        33.30,
    )
    assert round(haversine_km(south_coast, south)) == round(haversine_km(west_coast, west)) == 300
    for p in (south, west):
        assert fall.geometry.buffer(0.1).contains(shapely.Point(p))


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ('[[track.waypoints]]\nfrom = "Baengnyeongdo"\ndistance_km = 33\n', "track.waypoints[0]"),
        ('[[hazard_areas]]\nname = "Z"\nfrom = "Taean"\ndistance_km = 136\n', "hazard_areas[0]"),
    ],
)
def test_other_positions_still_need_a_bearing(table: str, field: str) -> None:
    with pytest.raises(ScenarioError, match=re.escape(f"{field}.bearing: expected a compass")):
        parse_scenario(HEAD + "\n" + table, "t.toml")


def test_a_further_reports_place_is_named_by_the_event() -> None:
    # the map labels every place the reports name, and the land check counts it as mentioned
    point = SEA_POINTS[0]
    d1, d2 = (round(haversine_km(point, ref), -1) for ref in (OGA, OKI))
    event = build_event(parse_scenario(_two(d1, d2), "t.toml"))
    named = {m.name: m.field for m in event.mentions}
    assert named["Oki Islands"].startswith("falls[0].reports[0]")
    assert named["Oga Peninsula"].startswith("falls[0].from")
