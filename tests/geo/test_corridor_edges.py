"""Edges of geo.corridor that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills.
"""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point

from alertmap.geo import GeoError
from alertmap.geo.corridor import corridor


@pytest.mark.parametrize("fall_lon", [179.7, -179.7, 179.0])
def test_a_corridor_from_beside_the_pole_holds_its_own_track(fall_lon: float) -> None:
    """A track from 11 km beside the north pole, over it, to a fall on the far side of the
    world: the corridor is 360° wide round the pole and holds, in the longitudes the track
    gives, both its first point and the rest of the track. With the fall almost opposite the
    start the window's middle is almost 180° from the first point, so which way it is turned
    decides whether the first point is inside; kills ``round(... / 360.0)`` made
    ``round(... / 359.0)`` in ``_round_pole``."""
    start = (0.0, 89.9)
    lane = corridor(np.array([start, [fall_lon, 70.0]]), 100_000.0)
    west, _, east, north = lane.bounds
    assert east - west == pytest.approx(360.0) and north == pytest.approx(90.0)
    assert lane.contains(Point(*start))
    assert west < start[0] < east
    # the far leg, a meridian from about 85°N down to the fall, at the longitude given
    for lat in (85.0, 80.0, 75.0, 70.5):
        assert lane.contains(Point(fall_lon, lat)), lat


@pytest.mark.parametrize("end_lon", [-100.0, 260.0])
def test_a_corridor_over_the_pole_and_on_across_180_holds_every_point_of_its_track(
    end_lon: float,
) -> None:
    """From beside the pole, over it, down to 70°N 179.7°E and on east across 180° to 60°N
    100°W: the corridor (100 km wide) holds each point of the track, at its longitude or a
    whole turn from it; the part past 180° is moved into the corridor's 360° window by
    whole turns. Kills ``360.0 * k`` made ``361.0 * k`` in ``_round_pole`` (that part then
    sat a degree, 55 km, west of its track)."""
    track = np.array([[0.0, 89.9], [179.7, 70.0], [end_lon, 60.0]])
    lane = corridor(track, 100_000.0)
    west, _, east, _ = lane.bounds
    assert east - west == pytest.approx(360.0)
    for lon, lat in track:
        turns = [lon + 360.0 * k for k in (-1, 0, 1) if west <= lon + 360.0 * k <= east]
        assert any(lane.contains(Point(x, lat)) for x in turns), (lon, lat)


def test_a_corridor_round_the_world_and_up_to_the_pole_is_drawn_or_refused_cleanly() -> None:
    """Along 60°N once round the world and then up to beside the pole: the corridor (300 km
    wide) holds every point of its track, at its longitude or a whole turn from it, and the
    pole. Over the pole and then on round the world cannot be one area and is refused with a
    GeoError. Both need the window of a corridor whose pieces span 360° (`_window_middle`):
    kills ``starts + ...`` made ``starts | ...`` there (a TypeError in both)."""
    track = np.array([[0.0, 60.0], [120.0, 60.0], [240.0, 60.0], [360.0, 60.0], [360.0, 89.9]])
    lane = corridor(track, 300_000.0)
    assert lane.is_valid and lane.bounds[3] == pytest.approx(90.0)
    assert lane.contains(Point(0.0, 89.99)) and not lane.contains(Point(0.0, 50.0))
    for lon, lat in track:
        assert any(lane.contains(Point(lon + 360.0 * k, lat)) for k in (-1, 0, 1)), (lon, lat)
    over_then_round = np.array(
        [[0.0, 89.9], [180.0, 70.0], [300.0, 60.0], [420.0, 60.0], [540.0, 60.0]]
    )
    with pytest.raises(GeoError, match=r"^corridor: expected"):
        corridor(over_then_round, 300_000.0)
