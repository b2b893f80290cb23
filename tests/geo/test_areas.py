"""Areas from corners and from a size: corner order, and rectangles measured with geographiclib
(independent of pyproj, which the code under test uses)."""

from __future__ import annotations

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic
from shapely.geometry import LinearRing, Polygon

from alertmap.geo.areas import corner_ring, rectangle
from alertmap.geo.coords import GeoError, LonLat

WGS84 = Geodesic.WGS84


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two (lon, lat) points, by geographiclib."""
    return float(WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"])


def azimuth_deg(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(WGS84.Inverse(a[1], a[0], b[1], b[0])["azi1"]) % 360.0


def extreme(ring: np.ndarray, centre: LonLat, azimuth: float) -> tuple[float, float]:
    """The ring's vertex nearest the ray from ``centre`` at ``azimuth`` (a side's midpoint)."""
    c = (centre.lon, centre.lat)
    off = [abs((azimuth_deg(c, tuple(p)) - azimuth + 180.0) % 360.0 - 180.0) for p in ring]
    best = ring[int(np.argmin(off))]
    return float(best[0]), float(best[1])


# --- corner_ring -------------------------------------------------------------------------------


def test_press_order_corners_are_put_around_their_centre() -> None:
    # NW, NE, SW, SE: joined as given, an hourglass
    nw, ne, sw, se = LonLat(123, 37), LonLat(124, 37), LonLat(123, 36), LonLat(124, 36)
    assert not LinearRing([(c.lon, c.lat) for c in (nw, ne, sw, se)]).is_simple
    ring, reordered = corner_ring([nw, ne, sw, se])
    assert reordered
    assert LinearRing(ring).is_simple
    assert Polygon(ring).area == pytest.approx(1.0)
    assert sorted(map(tuple, ring.tolist())) == sorted((c.lon, c.lat) for c in (nw, ne, sw, se))


def test_simple_corners_keep_their_order() -> None:
    corners = [LonLat(123, 37), LonLat(124, 37), LonLat(124, 36), LonLat(123, 36)]
    ring, reordered = corner_ring(corners)
    assert not reordered
    assert ring.tolist() == [[c.lon, c.lat] for c in corners]


def test_repeated_and_closing_corners_are_dropped() -> None:
    a, b, c = LonLat(123, 37), LonLat(124, 37), LonLat(124, 36)
    ring, reordered = corner_ring([a, b, b, c, a])
    assert (ring.tolist(), reordered) == ([[123, 37], [124, 37], [124, 36]], False)
    assert len(corner_ring([a, a, b])[0]) == 2  # too few: the caller says so


# --- rectangle ----------------------------------------------------------------------------------

SIZES = [
    # "105 km by 302 km" east of the Korean peninsula; a small box; a wide one far north
    (LonLat(131.9, 37.6), 105_000.0, 302_000.0),
    (LonLat(124.2, 35.2), 20_000.0, 40_000.0),
    (LonLat(-179.5, 58.0), 600_000.0, 250_000.0),
]


@pytest.mark.parametrize(("centre", "width_m", "height_m"), SIZES)
def test_rectangle_width_and_height_against_geographiclib(
    centre: LonLat, width_m: float, height_m: float
) -> None:
    zone = rectangle(centre, width_m, height_m)
    assert zone.is_valid and zone.exterior.is_ccw
    ring = np.asarray(zone.exterior.coords)[:-1]
    east, west = extreme(ring, centre, 90.0), extreme(ring, centre, 270.0)
    north, south = extreme(ring, centre, 0.0), extreme(ring, centre, 180.0)
    assert distance_m(west, east) == pytest.approx(width_m, rel=0.005)
    assert distance_m(south, north) == pytest.approx(height_m, rel=0.005)
    c = (centre.lon, centre.lat)
    for side, half in ((east, width_m), (west, width_m), (north, height_m), (south, height_m)):
        assert distance_m(c, side) == pytest.approx(half / 2, rel=0.005)
    # the corners: half the diagonal from the centre, and the sides as long as the size
    corners = sorted(ring.tolist(), key=lambda p: -distance_m(c, tuple(p)))[:4]
    diagonal = float(np.hypot(width_m, height_m))
    for corner in corners:
        assert distance_m(c, tuple(corner)) == pytest.approx(diagonal / 2, rel=0.005)
    ne = max(corners, key=lambda p: p[0] + p[1])
    nw = min(corners, key=lambda p: p[0] - p[1])
    se = max(corners, key=lambda p: p[0] - p[1])
    assert distance_m(tuple(nw), tuple(ne)) == pytest.approx(width_m, rel=0.005)
    assert distance_m(tuple(se), tuple(ne)) == pytest.approx(height_m, rel=0.005)


def test_rectangle_orientation_turns_the_long_side() -> None:
    centre = LonLat(131.9, 37.6)
    zone = rectangle(centre, 105_000.0, 302_000.0, orientation_deg=90.0)
    ring = np.asarray(zone.exterior.coords)[:-1]
    east, west = extreme(ring, centre, 90.0), extreme(ring, centre, 270.0)
    north, south = extreme(ring, centre, 0.0), extreme(ring, centre, 180.0)
    # turned a quarter: the 302 km side now runs east-west
    assert distance_m(west, east) == pytest.approx(302_000.0, rel=0.005)
    assert distance_m(south, north) == pytest.approx(105_000.0, rel=0.005)


@pytest.mark.parametrize(("width", "height"), [(0.0, 1000.0), (1000.0, -5.0), (float("nan"), 1.0)])
def test_rectangle_refuses_sizes(width: float, height: float) -> None:
    with pytest.raises(GeoError, match="expected a size above 0 m"):
        rectangle(LonLat(130, 40), width, height)
