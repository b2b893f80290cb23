"""geo.antimeridian: continuous longitudes for Leaflet, cut parts for GeoJSON."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic

from alertmap.geo import GeoError, LonLat
from alertmap.geo.antimeridian import cut_at_antimeridian, normalize_lon, unwrap_lons
from alertmap.geo.geodesic import GEOD, circle, geodesic_line, line_length_m

WGS84 = Geodesic.WGS84


@pytest.mark.parametrize(
    ("lon", "expected"),
    [
        (0.0, 0.0),
        (179.5, 179.5),
        (180.0, -180.0),
        (-180.0, -180.0),
        (190.0, -170.0),
        (-190.0, 170.0),
        (725.0, 5.0),
    ],
)
def test_normalize_lon(lon: float, expected: float) -> None:
    assert normalize_lon(lon) == pytest.approx(expected, abs=1e-12)
    assert normalize_lon(np.array([lon]))[0] == pytest.approx(expected, abs=1e-12)


def test_unwrap_lons() -> None:
    np.testing.assert_allclose(unwrap_lons([170.0, 179.0, -179.0, -170.0]), [170, 179, 181, 190])
    np.testing.assert_allclose(unwrap_lons([-170.0, 179.0, 170.0]), [-170, -181, -190])
    np.testing.assert_allclose(unwrap_lons([190.0, 200.0], reference=0.0), [-170, -160])
    np.testing.assert_allclose(unwrap_lons([-179.0, 179.0], reference=180.0), [181, 179])
    assert unwrap_lons([]).shape == (0,)


def test_line_35n170e_to_40n170w_is_continuous_and_cuts_in_two() -> None:
    line = geodesic_line(LonLat(170.0, 35.0), LonLat(-170.0, 40.0))
    assert np.all(np.abs(np.diff(line[:, 0])) < 180.0)
    assert line[0, 0] == 170.0 and line[-1, 0] == 190.0

    cut = cut_at_antimeridian(shapely.LineString(line))
    assert cut.geom_type == "MultiLineString"
    west, east = cut.geoms  # in the order of the line
    west_xy, east_xy = np.asarray(west.coords), np.asarray(east.coords)
    assert west_xy[0].tolist() == [170.0, 35.0]
    assert west_xy[-1, 0] == 180.0
    assert east_xy[0, 0] == -180.0
    assert east_xy[0, 1] == west_xy[-1, 1]
    assert east_xy[-1].tolist() == [-170.0, 40.0]
    for part in (west_xy, east_xy):
        assert np.all((part[:, 0] >= -180.0) & (part[:, 0] <= 180.0))
    # Cutting adds one vertex at ±180 on a short straight piece; the length barely changes.
    assert line_length_m(west_xy) + line_length_m(east_xy) == pytest.approx(
        WGS84.Inverse(35.0, 170.0, 40.0, -170.0)["s12"], rel=1e-6
    )


def test_line_around_more_than_the_world_cuts_at_every_crossing() -> None:
    line = shapely.LineString([(170.0, 0.0), (300.0, 10.0), (550.0, 20.0)])
    cut = cut_at_antimeridian(line)
    assert cut.geom_type == "MultiLineString"
    assert len(cut.geoms) == 3
    assert cut.bounds[0] >= -180.0 and cut.bounds[2] <= 180.0


def test_circle_across_antimeridian_cuts_into_two_polygons() -> None:
    ring = circle(LonLat(179.5, 50.0), 500_000.0)
    cut = cut_at_antimeridian(ring)
    assert cut.geom_type == "MultiPolygon"
    assert len(cut.geoms) == 2
    assert cut.is_valid
    assert cut.bounds[0] >= -180.0 and cut.bounds[2] <= 180.0
    area = sum(abs(GEOD.geometry_area_perimeter(part)[0]) for part in cut.geoms)
    assert area == pytest.approx(abs(GEOD.geometry_area_perimeter(ring)[0]), rel=1e-4)


def test_geometry_within_range_is_unchanged() -> None:
    line = shapely.LineString([(-180.0, 0.0), (0.0, 10.0), (180.0, 0.0)])
    assert cut_at_antimeridian(line) is line


def test_geometry_entirely_east_of_180_is_shifted_not_cut() -> None:
    polygon = shapely.box(185.0, 10.0, 190.0, 20.0)
    shifted = cut_at_antimeridian(polygon)
    assert shifted.geom_type == "Polygon"
    assert shifted.equals(shapely.box(-175.0, 10.0, -170.0, 20.0))


def test_empty_geometry() -> None:
    assert cut_at_antimeridian(shapely.LineString()).is_empty


def test_self_crossing_line_is_cut_only_at_the_antimeridian() -> None:
    loop = shapely.LineString([(170, 0), (190, 10), (190, 0), (170, 10), (175, -5)])
    cut = cut_at_antimeridian(loop)
    assert [list(part.coords) for part in cut.geoms] == [
        [(170, 0), (180, 5)],
        [(-180, 5), (-170, 10), (-170, 0), (-180, 5)],
        [(180, 5), (170, 10), (175, -5)],
    ]


def test_vertex_on_the_antimeridian_leaves_no_stub() -> None:
    cut = cut_at_antimeridian(shapely.LineString([(170, 0), (180, 10), (190, 0)]))
    assert [list(part.coords) for part in cut.geoms] == [
        [(170, 0), (180, 10)],
        [(-180, 10), (-170, 0)],
    ]


def test_points_are_moved_into_range() -> None:
    moved = cut_at_antimeridian(shapely.MultiPoint([(170, 0), (600, 10)]))
    assert [(p.x, p.y) for p in moved.geoms] == [(170, 0), (-120, 10)]


def test_geometry_collection_is_an_error() -> None:
    collection = shapely.GeometryCollection([shapely.Point(190, 0)])
    with pytest.raises(GeoError, match="geometry: expected points, lines or polygons to cut"):
        cut_at_antimeridian(collection)


def test_line_ending_on_the_antimeridian_leaves_no_stub() -> None:
    cut = cut_at_antimeridian(shapely.LineString([(-190, 0), (-180, 10)]))
    assert cut.geom_type == "LineString"
    assert list(cut.coords) == [(170, 0), (180, 10)]


def test_polygon_with_two_prongs_across_the_antimeridian() -> None:
    # A "C" open to the east whose two prongs reach past 180: three pieces after the cut.
    c_shape = shapely.Polygon(
        [(170, 0), (190, 0), (190, 2), (175, 2), (175, 8), (190, 8), (190, 10), (170, 10)]
    )
    cut = cut_at_antimeridian(c_shape)
    assert cut.geom_type == "MultiPolygon"
    assert len(cut.geoms) == 3
    assert cut.area == pytest.approx(c_shape.area)
    assert cut.bounds == (-180.0, 0.0, 180.0, 10.0)
