"""Edges of alertmap.layers.errors that mutation testing found untested
(tools/mutation/README.md). Areas are measured with the geographiclib package."""

from __future__ import annotations

from geographiclib.geodesic import Geodesic
from shapely.geometry import Polygon

from alertmap.layers.errors import CORNERS_MIN_AREA_KM2, encloses_area


def geodesic_area_km2(polygon: Polygon) -> float:
    outline = Geodesic.WGS84.Polygon()
    for lon, lat in list(polygon.exterior.coords)[:-1]:
        outline.AddPoint(lat, lon)
    _, _, area_m2 = outline.Compute(reverse=False, sign=False)
    return float(area_m2) / 1e6


def square(lon: float, lat: float, side_deg: float) -> Polygon:
    return Polygon(
        [(lon, lat), (lon + side_deg, lat), (lon + side_deg, lat + side_deg), (lon, lat + side_deg)]
    )


def test_corners_under_a_hectare_are_no_area_and_four_hectares_are() -> None:
    """Measured east-west in metres: kills ``(lon - lon0) * across`` to ``// across`` in
    ``encloses_area`` (east-west sizes then round to whole degrees, and a square of corners
    50 m apart passes as 6 km²)."""
    small, larger = square(130.0, 35.0, 0.0005), square(130.0, 35.0, 0.002)
    assert geodesic_area_km2(small) < CORNERS_MIN_AREA_KM2 < geodesic_area_km2(larger)
    assert encloses_area(small) is False
    assert encloses_area(larger) is True


def test_a_north_south_sliver_is_no_area() -> None:
    """Three corners 111 km long and 1 m wide are all but on one line (the same mutant)."""
    sliver = Polygon([(130.0, 35.0), (130.00001, 35.5), (130.0, 36.0)])
    assert encloses_area(sliver) is False
    assert encloses_area(Polygon([(130.0, 35.0), (130.5, 35.5), (130.0, 36.0)])) is True
