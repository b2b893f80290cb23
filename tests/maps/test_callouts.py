"""Where a callout's leader points: into the part of an area its feature's best position lies
in, for an area drawn in several parts."""

from __future__ import annotations

from typing import Any

import folium
import pytest
import shapely
from shapely.geometry import Point, box

from alertmap.layers.build import build_event
from alertmap.layers.scenario import load_scenario
from alertmap.maps.callouts import Callout, callout_data
from alertmap.maps.compose import compose
from alertmap.maps.elements import Callouts
from tests.support import scenario_head


def test_the_leader_points_into_the_part_holding_the_position() -> None:
    big, small = box(0.0, 0.0, 6.0, 2.0), box(0.0, 10.0, 1.0, 11.0)
    two = big.union(small)
    numbered = [Callout((1,), "fell", "a")]
    plain = callout_data(numbered, {"a": two}, 0.01)["callouts"][0]["anchor"]
    assert big.contains(Point(plain[1], plain[0]))  # no position: the largest part
    near = callout_data(numbered, {"a": two}, 0.01, positions={"a": (0.4, 10.2)})
    lat, lon = near["callouts"][0]["anchor"]
    assert small.contains(Point(lon, lat))
    # a position outside every part: the nearest part; longitudes a turn apart are the same
    east = callout_data(numbered, {"a": two}, 0.01, positions={"a": (-358.0, 12.0)})
    lat, lon = east["callouts"][0]["anchor"]
    assert small.contains(Point(lon, lat))


@pytest.mark.parametrize("name", ["2023-08-24", "2023-11-21"])
def test_every_callout_of_a_built_in_event_points_into_its_positions_part(name: str) -> None:
    event = build_event(load_scenario(name))
    features = {f.id: f for layer in event.layers for f in layer.features}
    doc = compose(event)
    (m,) = [c for c in doc._children.values() if isinstance(c, folium.Map)]
    (element,) = [c for c in m._children.values() if isinstance(c, Callouts)]
    checked = 0
    for callout in element.data["callouts"]:
        feature: Any = features[callout["target"]]
        parts = [p for p in shapely.get_parts(feature.geometry) if p.geom_type == "Polygon"]
        if feature.position is None or len(parts) < 2:
            continue
        lat, lon = callout["anchor"]
        spot = Point(feature.position.lon, feature.position.lat)
        home = min(parts, key=lambda p: p.distance(spot))
        # the drawn area is simplified to about a pixel: within a hundredth of a degree
        assert home.buffer(0.01).contains(Point(lon, lat)), (callout["text"], lon, lat)
        checked += 1
    if name == "2023-11-21":  # its East China Sea fall is drawn in two parts
        assert checked >= 1


@pytest.mark.parametrize("name", ["2017-11-29", "2023-08-24", "2023-11-21"])
def test_the_map_is_fitted_to_show_where_each_fall_is_told_from(name: str) -> None:
    """A fall "about 250 km W of Aomori Prefecture": the prefecture's coast is on the map."""
    from alertmap.maps.compose import event_bounds

    event = build_event(load_scenario(name))
    west, south, east, north = event_bounds(event)
    anchors = [f.anchor for f in event.features() if f.anchor is not None]
    assert anchors
    for a in anchors:
        lon = a.lon + 360.0 * round(((west + east) / 2 - a.lon) / 360.0)
        assert west <= lon <= east and south <= a.lat <= north, (a, (west, south, east, north))


@pytest.mark.parametrize("at", ["North Korea", "Sohae"])
def test_a_lone_site_is_shown_among_the_coasts_around_it(at: str) -> None:
    """A draft with only its launch site (a pad, or a country drawn at its centre) is fitted
    to about the Korean peninsula (at least 600 km each way, measured on the ellipsoid), with
    the site at the middle; not to the highest zoom on a blank patch of land."""
    from pyproj import Geod

    from alertmap.layers.scenario import parse_scenario
    from alertmap.maps.compose import event_bounds

    lone = scenario_head("lone", "A launch told only by its site").replace(
        'at = "Sohae"', f'at = "{at}"'
    )
    assert f'at = "{at}"' in lone
    event = build_event(parse_scenario(lone))
    (site,) = [f for f in event.features() if f.kind.value == "launch_site"]
    west, south, east, north = event_bounds(event)
    geod = Geod(ellps="WGS84")
    mid_lat = (south + north) / 2
    across = geod.inv(west, mid_lat, east, mid_lat)[2]
    up = geod.inv(site.geometry.x, south, site.geometry.x, north)[2]
    assert across >= 600_000 and up >= 600_000, (across, up)
    assert abs((west + east) / 2 - site.geometry.x) < 1e-6
    assert abs((south + north) / 2 - site.geometry.y) < 1e-6


def test_an_event_wider_than_a_region_keeps_its_bounds() -> None:
    from alertmap.maps.compose import at_least_a_region

    tall = (125.0, 30.0, 125.5, 40.0)  # half a degree wide, ten tall: as it is
    assert at_least_a_region(tall) == tall
