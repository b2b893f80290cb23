"""geo.corridor: buffered tracks and point-to-geometry distances, against geographiclib."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic

from alertmap.geo import GeoError, LonLat
from alertmap.geo.corridor import corridor, distance_m, nearest_point
from alertmap.geo.geodesic import geodesic_line, track

WGS84 = Geodesic.WGS84

SOHAE = LonLat(124.705, 39.66)
TRACKS = {
    # About 2,800 km south from Sohae, the usual published southbound track.
    "Sohae south": [SOHAE, LonLat(128.6, 14.5)],
    # 8,000 km at high latitude and across the antimeridian: a single projection would not do.
    "60N across the antimeridian": [
        LonLat(120.0, 55.0),
        LonLat(-150.0, 65.0),
        LonLat(-110.0, 60.0),
    ],
}


def offset_points(stops: list[LonLat], offset_m: float, count: int = 60) -> np.ndarray:
    """Points ``offset_m`` either side of the track, perpendicular to it, and beyond its ends.

    Within 200 km of a turn a perpendicular offset from one leg may be nearer the next leg, so
    samples there are left out.
    """
    points = []
    legs = list(itertools.pairwise(stops))
    for index, (a, b) in enumerate(legs):
        line = WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)
        start = 0.0 if index == 0 else 200_000.0
        stop = line.s13 if index == len(legs) - 1 else line.s13 - 200_000.0
        for s in np.linspace(start, stop, count):
            on = line.Position(s)
            for turn in (-90.0, 90.0):
                off = WGS84.Direct(on["lat2"], on["lon2"], on["azi2"] + turn, offset_m)
                points.append((off["lon2"], off["lat2"]))
    first, second = stops[0], stops[1]
    ahead = WGS84.Inverse(first.lat, first.lon, second.lat, second.lon)["azi1"] + 180.0
    before = WGS84.Direct(first.lat, first.lon, ahead, offset_m)
    last, previous = stops[-1], stops[-2]
    onward = WGS84.Inverse(last.lat, last.lon, previous.lat, previous.lon)["azi1"] + 180.0
    after = WGS84.Direct(last.lat, last.lon, onward, offset_m)
    points += [(before["lon2"], before["lat2"]), (after["lon2"], after["lat2"])]
    return np.array(points)


def contains(area: shapely.Polygon, points: np.ndarray) -> np.ndarray:
    """Point-in-polygon with each point's longitude moved next to the polygon's."""
    mid_lon = (area.bounds[0] + area.bounds[2]) / 2.0
    lons = mid_lon + (points[:, 0] - mid_lon + 180.0) % 360.0 - 180.0
    return np.asarray(shapely.contains_xy(area, lons, points[:, 1]))


@pytest.mark.parametrize("name", list(TRACKS))
def test_corridor_is_width_over_two_either_side(name: str) -> None:
    stops = TRACKS[name]
    area = corridor(track(stops), 100_000.0)
    assert isinstance(area, shapely.Polygon)
    assert area.is_valid
    assert area.exterior.is_ccw
    assert contains(area, offset_points(stops, 49_000.0)).all()
    assert not contains(area, offset_points(stops, 51_000.0)).any()


def test_corridor_lon_continuous_with_the_track() -> None:
    coords = track(TRACKS["60N across the antimeridian"])
    area = corridor(coords, 100_000.0)
    ring = np.asarray(area.exterior.coords)
    assert np.all(np.abs(np.diff(ring[:, 0])) < 180.0)
    min_lon, _, max_lon, _ = area.bounds
    assert min_lon < coords[:, 0].min() and max_lon > coords[:, 0].max() > 180.0
    assert max_lon - min_lon < 140.0


def test_corridor_of_a_point_is_a_disc() -> None:
    area = corridor(np.array([[124.705, 39.66]]), 20_000.0)
    ring = np.asarray(area.exterior.coords)
    distances = [WGS84.Inverse(39.66, 124.705, lat, lon)["s12"] for lon, lat in ring]
    assert min(distances) > 9_990.0 and max(distances) < 10_001.0


def test_corridor_outline_is_dense() -> None:
    area = corridor(geodesic_line(SOHAE, LonLat(128.6, 14.5)), 100_000.0)
    ring = np.asarray(area.exterior.coords)
    steps = [
        WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"]
        for (lon1, lat1), (lon2, lat2) in itertools.pairwise(ring)
    ]
    assert max(steps) < 5_100.0


@pytest.mark.parametrize("width", [0.0, -100.0, float("nan")])
def test_corridor_rejects_bad_width(width: float) -> None:
    with pytest.raises(GeoError, match="width_m: expected a positive width in m, got"):
        corridor(np.array([[0.0, 0.0], [1.0, 1.0]]), width)


def test_corridor_over_a_pole_holds_it() -> None:
    """Once refused; now 360° wide round the pole (tests/geo/test_poles_antimeridian.py)."""
    lane = corridor(np.array([[0.0, 89.0], [180.0, 89.0]]), 100_000.0)
    assert lane.bounds[3] == 90.0 and lane.bounds[2] - lane.bounds[0] == 360.0


# --- distances -------------------------------------------------------------------------


def random_cases(count: int, seed: int) -> list[tuple[LonLat, np.ndarray]]:
    rng = np.random.default_rng(seed)
    cases = []
    for _ in range(count):
        point = LonLat(rng.uniform(-180.0, 180.0), rng.uniform(-60.0, 60.0))
        vertices = np.column_stack(
            [
                point.lon + rng.uniform(-40.0, 40.0, 5),
                np.clip(point.lat + rng.uniform(-25.0, 25.0, 5), -80, 80),
            ]
        )
        cases.append((point, vertices))
    return cases


@pytest.mark.parametrize(("point", "vertices"), random_cases(40, 7))
def test_distance_to_points_matches_geographiclib(point: LonLat, vertices: np.ndarray) -> None:
    expected = min(WGS84.Inverse(point.lat, point.lon, lat, lon)["s12"] for lon, lat in vertices)
    assert distance_m(point, shapely.MultiPoint(vertices)) == pytest.approx(expected, abs=1.0)


def test_distance_to_polygon_corner_matches_geographiclib() -> None:
    # The nearest point of this triangle is its corner at 30N 130E.
    triangle = shapely.Polygon([(130.0, 30.0), (135.0, 40.0), (125.0, 40.0)])
    point = LonLat(130.0, 20.0)
    expected = WGS84.Inverse(20.0, 130.0, 30.0, 130.0)["s12"]
    assert distance_m(point, triangle) == pytest.approx(expected, abs=1.0)
    nearest = nearest_point(point, triangle)
    assert WGS84.Inverse(nearest.lat, nearest.lon, 30.0, 130.0)["s12"] < 1.0


def test_distance_to_a_long_line_matches_a_fine_geodesic() -> None:
    a, b = LonLat(170.0, 35.0), LonLat(-170.0, 40.0)
    point = LonLat(178.0, 45.0)
    line = WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)

    def to_point(s: float) -> float:
        on = line.Position(s)
        return float(WGS84.Inverse(45.0, 178.0, on["lat2"], on["lon2"])["s12"])

    coarse = np.arange(0.0, line.s13, 5_000.0)
    closest = coarse[np.argmin([to_point(s) for s in coarse])]
    expected = min(to_point(s) for s in np.arange(closest - 5_000.0, closest + 5_000.0, 20.0))
    measured = distance_m(point, shapely.LineString(geodesic_line(a, b)))
    assert measured == pytest.approx(expected, abs=1.0)
    nearest = nearest_point(point, shapely.LineString(geodesic_line(a, b)))
    assert -180.0 <= nearest.lon <= 180.0
    assert WGS84.Inverse(45.0, 178.0, nearest.lat, nearest.lon)["s12"] == pytest.approx(
        measured, abs=1e-3
    )


def test_distance_inside_is_zero_and_nearest_is_the_point() -> None:
    area = corridor(track(TRACKS["Sohae south"]), 100_000.0)
    inside = LonLat(126.0, 30.0)
    assert distance_m(inside, area) == 0.0
    assert nearest_point(inside, area) == inside


def test_distance_to_corridor_edge() -> None:
    area = corridor(track(TRACKS["Sohae south"]), 100_000.0)
    outside = WGS84.Direct(39.66, 124.705, 90.0 + 171.14, 0.0)  # the start point itself
    start = LonLat(outside["lon2"], outside["lat2"])
    assert distance_m(start, area) == 0.0
    far = LonLat(150.0, 30.0)
    to_track = distance_m(far, shapely.LineString(track(TRACKS["Sohae south"])))
    assert distance_m(far, area) == pytest.approx(to_track - 50_000.0, abs=100.0)


def test_distance_to_empty_geometry_is_an_error() -> None:
    with pytest.raises(GeoError, match="geometry: expected a non-empty geometry"):
        distance_m(SOHAE, shapely.LineString())


def _measured_whole(point: LonLat, dense: shapely.Geometry) -> tuple[float, tuple[float, float]]:
    """Distance and nearest point with the whole (densified) geometry projected."""
    from alertmap.geo.projection import from_local, to_local

    local = to_local(dense, point)
    origin = shapely.Point(0.0, 0.0)
    if local.intersects(origin):
        return 0.0, (point.lon, point.lat)
    _, nearest = shapely.shortest_line(origin, local).coords
    found = from_local(shapely.Point(nearest), point)
    return float(shapely.distance(origin, local)), (found.x, found.y)


def _coastlines() -> list[shapely.Geometry]:
    from alertmap.layers.gazetteer import load_gazetteer

    g = load_gazetteer()
    regions = [g.region(n).geometry for n in ("Philippines", "Korean Peninsula", "Japan")]
    wiggly = shapely.LineString(
        [(125.0 + 0.05 * i, 30.0 + 0.3 * np.sin(i / 3.0)) for i in range(200)]
    )
    dots = shapely.MultiPoint([(120.0 + 0.1 * i, 20.0 + 0.07 * i) for i in range(150)])
    return [*regions, wiggly, dots]


@pytest.mark.parametrize("which", range(5))
def test_candidate_filter_gives_the_whole_geometry_answer(which: int) -> None:
    """Distances and nearest points with the candidate filter equal those measured on the whole
    projected geometry, for points near, far and inside (random, fixed seed). Within a
    centimetre: "inside" is decided on the outline in degrees, whose densified, projected copy
    can differ from it by millimetres."""
    from alertmap.geo.corridor import DENSIFY_SPACING_M, densify_geometry

    geom = _coastlines()[which]
    dense = densify_geometry(geom, max_spacing_m=DENSIFY_SPACING_M)
    assert len(shapely.get_coordinates(geom)) > 64  # the filter is used
    minx, miny, maxx, maxy = geom.bounds
    rng = np.random.default_rng(which)
    points = np.vstack(
        [
            np.column_stack([rng.uniform(minx, maxx, 15), rng.uniform(miny, maxy, 15)]),
            shapely.get_coordinates(shapely.point_on_surface(shapely.get_parts(geom)[:3])),
            np.column_stack(
                [rng.uniform(minx - 12, maxx + 12, 15), rng.uniform(miny - 12, maxy + 12, 15)]
            ),
        ]
    )
    inside = 0
    for lon, lat in points:
        p = LonLat(float(lon), float(lat))
        whole, (nlon, nlat) = _measured_whole(p, dense)
        inside += whole == 0.0
        assert distance_m(p, geom) == pytest.approx(whole, abs=0.01)
        near = nearest_point(p, geom)
        assert (near.lon, near.lat) == pytest.approx((nlon, nlat), abs=1e-7)
    if which < 3:
        assert inside > 0  # some points fell inside the region
