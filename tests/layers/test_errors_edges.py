"""Edges of alertmap.layers.errors that mutation testing found untested
(tools/mutation/README.md). Areas are measured with the geographiclib package."""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic
from shapely.geometry import Polygon

from alertmap.layers.errors import CORNERS_MIN_AREA_KM2, LayersError, decode_utf8, encloses_area


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


@pytest.mark.parametrize(
    ("data", "line", "byte"),
    [
        (b"\xe9lon,lat\n", 1, 1),  # the first byte of the file
        (b"lon,lat\n1,2 caf\xe9\n", 2, 8),  # "1,2 caf" is 7 bytes: the 8th is bad
        (b"a\nb\n\ncaf\xc3\xa9 \xff\n", 4, 7),  # the 2-byte \xc3\xa9 is good: \xff is the 7th
    ],
)
def test_a_byte_that_is_not_utf8_is_placed_by_line_and_byte(
    data: bytes, line: int, byte: int
) -> None:
    """The message places a bad byte by its line and by its byte in that line, counted from
    1 as an editor's column is. Kills ``... + 1`` made ``... / 1`` in the column of
    ``decode_utf8`` (the byte then one to the left, as a float)."""
    with pytest.raises(LayersError) as info:
        decode_utf8(data, file="t.csv", error=LayersError)
    bad = data.splitlines()[line - 1][byte - 1]
    assert str(info.value) == (
        f"t.csv: line {line}: expected UTF-8 text, got the byte 0x{bad:02X} "
        f"at byte {byte} of the line (save the file as UTF-8)"
    )
