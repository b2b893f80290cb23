"""Edges of geo.geodesic that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills. Distances are checked with the geographiclib package,
not with the pyproj ``Geod`` the module wraps.
"""

from __future__ import annotations

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic

from alertmap.geo import LonLat
from alertmap.geo.geodesic import circle_line, densify

WGS84 = Geodesic.WGS84


def distance_m(a: LonLat, lon: float, lat: float) -> float:
    return float(WGS84.Inverse(a.lat, a.lon, lat, lon)["s12"])


@pytest.mark.parametrize(
    "vertices",
    [
        # decimal degrees whose latitude pyproj's forward step at distance 0 returns one
        # unit in the last place off (39.66 -> 39.65999999999999)
        [(124.705, 39.66), (131.0, 41.2), (140.5, 38.25)],
        [(127.123456789, 26.987654321), (127.5, 30.1)],
    ],
)
def test_densify_keeps_the_given_vertices_exactly(vertices: list[tuple[float, float]]) -> None:
    """The docstring's promise "original vertices are kept", to the bit: a launch site drawn
    at 39.66 must not be exported as 39.65999999999999. Kills the mutant that stops putting the
    given vertices back (``offsets == 0.0`` to ``offsets < 0.0`` in ``_segment_points``)."""
    line = densify(vertices, max_spacing_m=50_000.0)
    assert len(line) > len(vertices)
    rows = {tuple(row) for row in line.tolist()}
    for vertex in vertices:
        assert vertex in rows


@pytest.mark.parametrize(
    ("center", "pole_lat"),
    [(LonLat(124.705, 39.66), 90.0), (LonLat(10.0, -20.0), -90.0)],
)
def test_a_ring_through_a_pole_runs_east_without_a_spike(center: LonLat, pole_lat: float) -> None:
    """A ring whose radius is exactly the distance to a pole passes through it. The line goes
    once round the world, west to east, from the meridian opposite the centre to the same
    meridian 360° on; the pole, whose longitude is undefined, must not put a vertex back at
    the centre's longitude. Kills ``90.0 - 1e-9`` to ``90.0 // 1e-9`` in ``circle_line``
    (the pole kept: longitudes jump back)."""
    radius = distance_m(center, center.lon, pole_lat)
    line = circle_line(center, radius)
    assert line[0, 0] == center.lon - 180.0 and line[-1, 0] == center.lon + 180.0
    assert bool(np.all(np.diff(line[:, 0]) > 0.0))
    # every vertex between the two ends is on the ring (the ends are put on the meridian)
    for lon, lat in line[1:-1]:
        assert distance_m(center, lon, lat) == pytest.approx(radius, abs=0.01)
    assert float(np.abs(line[:, 1]).max()) < 90.0
