"""Edges of geo.antimeridian that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills. Distances are checked with the geographiclib package,
not with the pyproj ``Geod`` the module uses.
"""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic
from shapely.geometry import Point

from alertmap.geo import LonLat
from alertmap.geo.geodesic import circle

WGS84 = Geodesic.WGS84


@pytest.mark.parametrize(
    ("lon", "lat", "radius_km"),
    [(90.0, 80.0, 2000.0), (30.0, 60.0, 4000.0), (-100.0, -75.0, 2500.0)],
)
def test_a_ring_round_a_pole_off_the_prime_meridian_is_the_cap_not_the_rest(
    lon: float, lat: float, radius_km: float
) -> None:
    """A range ring that holds a pole, centred away from 0° and 180°, is drawn as the cap
    round its centre and the pole: it holds both, reaches the pole's latitude and no further
    from the pole than the ring's point on the centre's meridian (geographiclib), and leaves
    out the other hemisphere. Kills ``inside[0] - west`` made ``inside[0] + west`` in
    ``enclosing_polygon`` (the probe then fell on the other side of the ring, and the rest of
    the world was drawn instead)."""
    ring = circle(LonLat(lon, lat), radius_km * 1000.0)
    pole = 90.0 if lat > 0 else -90.0
    # the ring's point on the centre's meridian, away from the pole: its farthest reach
    away = WGS84.Direct(lat, lon, 180.0 if lat > 0 else 0.0, radius_km * 1000.0)["lat2"]
    _, south, _, north = ring.bounds
    if lat > 0:
        assert north == pytest.approx(pole) and south == pytest.approx(away, abs=0.01)
    else:
        assert south == pytest.approx(pole) and north == pytest.approx(away, abs=0.01)
    assert ring.contains(Point(lon, lat))
    assert not ring.contains(Point(lon, -lat)) and not ring.contains(Point(lon, 0.0))
