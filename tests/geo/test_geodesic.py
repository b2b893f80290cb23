"""geo.geodesic against the geographiclib package (GeographicLib's own Python port)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic

from alertmap.geo import GeoError, LonLat
from alertmap.geo.geodesic import (
    MAX_SPACING_M,
    circle,
    densify,
    forward,
    geodesic_line,
    inverse,
    line_length_m,
    sector,
    track,
)

WGS84 = Geodesic.WGS84
RNG_SEED = 20240531


def lon_difference(a: float, b: float) -> float:
    """|a - b| modulo 360, in 0..180."""
    return abs((a - b + 180.0) % 360.0 - 180.0)


def random_positions(count: int, seed: int) -> list[LonLat]:
    rng = np.random.default_rng(seed)
    lats = np.degrees(np.arcsin(rng.uniform(-1.0, 1.0, count)))  # uniform on the sphere
    lons = rng.uniform(-180.0, 180.0, count)
    return [LonLat(float(lon), float(lat)) for lon, lat in zip(lons, lats, strict=True)]


# --- inverse and forward ---------------------------------------------------------------


def test_inverse_matches_geographiclib_on_200_random_pairs() -> None:
    starts, ends = random_positions(200, RNG_SEED), random_positions(200, RNG_SEED + 1)
    for a, b in zip(starts, ends, strict=True):
        azimuth, back_azimuth, distance = inverse(a, b)
        expected = WGS84.Inverse(a.lat, a.lon, b.lat, b.lon)
        assert distance == pytest.approx(expected["s12"], abs=1e-3)
        assert lon_difference(azimuth, expected["azi1"]) < 1e-9
        # pyproj's back azimuth points from b back towards a: geographiclib's azi2 + 180.
        assert lon_difference(back_azimuth, expected["azi2"] + 180.0) < 1e-9


def test_forward_matches_geographiclib_on_200_random_cases() -> None:
    rng = np.random.default_rng(RNG_SEED + 2)
    origins = random_positions(200, RNG_SEED + 3)
    azimuths = rng.uniform(-180.0, 180.0, 200)
    distances = rng.uniform(0.0, 20_000_000.0, 200)
    for origin, azimuth, distance in zip(origins, azimuths, distances, strict=True):
        point = forward(origin, float(azimuth), float(distance))
        expected = WGS84.Direct(origin.lat, origin.lon, azimuth, distance)
        assert point.lat == pytest.approx(expected["lat2"], abs=1e-9)
        assert lon_difference(point.lon, expected["lon2"]) < 1e-9
        assert -180.0 <= point.lon <= 180.0


def test_inverse_zero_distance() -> None:
    assert inverse(LonLat(124.705, 39.66), LonLat(124.705, 39.66))[2] == 0.0


@pytest.mark.parametrize(
    ("azimuth", "distance", "expected"),
    [
        (float("nan"), 1000.0, "azimuth: expected finite degrees"),
        (0.0, -1.0, "distance_m: expected a distance of 0 m or more, got -1.0"),
        (0.0, float("inf"), "distance_m: expected a distance of 0 m or more, got inf"),
    ],
)
def test_forward_rejects_bad_input(azimuth: float, distance: float, expected: str) -> None:
    with pytest.raises(GeoError, match=expected):
        forward(LonLat(0.0, 0.0), azimuth, distance)


# --- densified geodesic lines ----------------------------------------------------------


def mercator_y(lat_deg: np.ndarray) -> np.ndarray:
    return np.log(np.tan(np.pi / 4.0 + np.radians(lat_deg) / 2.0))


def mercator_midpoints(coords: np.ndarray) -> np.ndarray:
    """Midpoints of each segment drawn straight in Web Mercator (as Leaflet draws it)."""
    mid_lon = (coords[:-1, 0] + coords[1:, 0]) / 2.0
    mid_y = (mercator_y(coords[:-1, 1]) + mercator_y(coords[1:, 1])) / 2.0
    mid_lat = np.degrees(2.0 * np.arctan(np.exp(mid_y)) - np.pi / 2.0)
    return np.column_stack([mid_lon, mid_lat])


def distance_to_geodesic(a: LonLat, b: LonLat, lon: float, lat: float, guess_m: float) -> float:
    """Distance from (lon, lat) to the geodesic a -> b: Newton on the foot of the perpendicular."""
    line = WGS84.InverseLine(a.lat, a.lon, b.lat, b.lon)
    s = guess_m
    offset = 0.0
    for _ in range(6):
        foot = line.Position(s)
        to_point = WGS84.Inverse(foot["lat2"], foot["lon2"], lat, lon)
        offset = to_point["s12"]
        step = offset * math.cos(math.radians(to_point["azi1"] - foot["azi2"]))
        s += step
        if abs(step) < 1e-3:
            break
    return offset


LINES = {
    "Sohae south": (LonLat(124.705, 39.66), LonLat(128.6, 14.5)),
    "60N across the antimeridian": (LonLat(150.0, 60.0), LonLat(-150.0, 60.0)),
    "70N east-west 5,000 km": (LonLat(10.0, 70.0), LonLat(120.0, 72.0)),
    "80N east-west": (LonLat(0.0, 80.0), LonLat(60.0, 80.0)),
    "75S east-west": (LonLat(-60.0, -75.0), LonLat(60.0, -78.0)),
    "long 14,000 km": (LonLat(-170.0, 10.0), LonLat(0.0, 30.0)),
    "near the pole": (LonLat(0.0, 84.0), LonLat(170.0, 84.0)),
    "short 10 km": (LonLat(124.7, 39.66), LonLat(124.8, 39.7)),
    "zero length": (LonLat(124.705, 39.66), LonLat(124.705, 39.66)),
}


@pytest.mark.parametrize("max_deviation_m", [1000.0, 100.0])
@pytest.mark.parametrize("name", list(LINES))
def test_geodesic_line_segments_stay_near_geodesic(name: str, max_deviation_m: float) -> None:
    a, b = LINES[name]
    coords = geodesic_line(a, b, max_deviation_m=max_deviation_m)
    expected = WGS84.Inverse(a.lat, a.lon, b.lat, b.lon)
    assert coords.shape[1] == 2
    assert len(coords) >= 2
    # Exact end points; b's longitude only moved by a multiple of 360.
    assert coords[0].tolist() == [a.lon, a.lat]
    assert coords[-1, 1] == b.lat
    assert (coords[-1, 0] - b.lon) % 360.0 == 0.0
    # Continuous longitudes.
    assert np.all(np.abs(np.diff(coords[:, 0])) < 180.0)
    # Every vertex lies on the geodesic, in order, no more than 100 km apart.
    along = [WGS84.Inverse(a.lat, a.lon, lat, lon)["s12"] for lon, lat in coords]
    assert np.all(np.diff(along) >= 0.0)
    assert np.all(np.diff(along) <= MAX_SPACING_M * (1 + 1e-9))
    assert along[-1] == pytest.approx(expected["s12"], abs=1e-3)
    for lon, lat, s in zip(coords[1:-1, 0], coords[1:-1, 1], along[1:-1], strict=True):
        on_line = WGS84.Direct(a.lat, a.lon, expected["azi1"], s)
        assert lat == pytest.approx(on_line["lat2"], abs=1e-9)
        assert lon_difference(lon, on_line["lon2"]) < 1e-9
    # What Leaflet draws (straight in Web Mercator) stays within max_deviation_m.
    guesses = (np.asarray(along[:-1]) + np.asarray(along[1:])) / 2.0
    worst = max(
        (
            distance_to_geodesic(a, b, lon, lat, guess)
            for (lon, lat), guess in zip(mercator_midpoints(coords), guesses, strict=True)
        ),
        default=0.0,
    )
    assert worst <= max_deviation_m


def test_geodesic_line_is_not_wastefully_dense() -> None:
    # About 95 km spacing at 80N for 1 km; at the equator only the 100 km cap applies.
    high = geodesic_line(LonLat(0.0, 80.0), LonLat(60.0, 80.0))
    equator = geodesic_line(LonLat(0.0, 0.0), LonLat(60.0, 0.0))
    assert len(high) <= 1.5 * line_length_m(high) / 80_000.0
    assert len(equator) == math.ceil(line_length_m(equator) / MAX_SPACING_M) + 1


def test_geodesic_line_across_antimeridian_is_continuous() -> None:
    coords = geodesic_line(LonLat(170.0, 35.0), LonLat(-170.0, 40.0))
    assert coords[0, 0] == 170.0
    assert coords[-1, 0] == 190.0
    assert np.all(np.diff(coords[:, 0]) > 0.0)


def test_geodesic_line_from_lon_180_stays_continuous() -> None:
    coords = geodesic_line(LonLat(180.0, 0.0), LonLat(-179.0, 1.0))
    assert coords[0, 0] == 180.0
    assert coords[-1, 0] == 181.0


def test_geodesic_line_zero_length() -> None:
    point = LonLat(124.705, 39.66)
    assert geodesic_line(point, point).tolist() == [[124.705, 39.66], [124.705, 39.66]]


@pytest.mark.parametrize("max_deviation_m", [0.0, -5.0, 0.5, float("nan")])
def test_geodesic_line_rejects_bad_deviation(max_deviation_m: float) -> None:
    with pytest.raises(GeoError, match="max_deviation_m: expected at least 1 m, got"):
        geodesic_line(LonLat(0.0, 0.0), LonLat(1.0, 1.0), max_deviation_m=max_deviation_m)


# --- tracks, densify, lengths ----------------------------------------------------------


def test_track_joins_legs_without_duplicates() -> None:
    stops = [LonLat(124.705, 39.66), LonLat(126.0, 30.0), LonLat(128.6, 14.5)]
    path = track(stops)
    legs = [geodesic_line(p, q) for p, q in itertools.pairwise(stops)]
    assert len(path) == len(legs[0]) + len(legs[1]) - 1
    assert np.all(np.any(np.diff(path, axis=0) != 0.0, axis=1))
    for stop in stops:
        assert np.any(np.all(path == [stop.lon, stop.lat], axis=1))
    leg_lengths = sum(
        WGS84.Inverse(p.lat, p.lon, q.lat, q.lon)["s12"] for p, q in itertools.pairwise(stops)
    )
    assert line_length_m(path) == pytest.approx(leg_lengths, abs=1e-3)


def test_track_skips_zero_length_legs_and_keeps_lon_continuous() -> None:
    stops = [LonLat(170.0, 0.0), LonLat(179.0, 0.0), LonLat(179.0, 0.0), LonLat(-179.0, 0.0)]
    path = track(stops)
    assert path[0].tolist() == [170.0, 0.0]
    assert path[-1].tolist() == [181.0, 0.0]
    assert np.all(np.diff(path[:, 0]) > 0.0)


def test_track_of_one_point_is_an_error() -> None:
    with pytest.raises(GeoError, match="track: expected at least 2 points, got 1"):
        track([LonLat(0.0, 0.0)])


def test_track_of_repeated_point() -> None:
    point = LonLat(10.0, 10.0)
    assert track([point, point, point]).tolist() == [[10.0, 10.0], [10.0, 10.0]]


def test_densify_keeps_vertices_and_spacing() -> None:
    coords = np.array([[179.0, 50.0], [-179.0, 51.0], [-170.0, 51.0]])
    dense = densify(coords, max_spacing_m=20_000.0)
    steps = [
        WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"]
        for (lon1, lat1), (lon2, lat2) in itertools.pairwise(dense)
    ]
    assert max(steps) <= 20_000.0 + 1e-6
    assert np.all(np.abs(np.diff(dense[:, 0])) < 180.0)
    assert dense[0].tolist() == [179.0, 50.0]
    assert dense[-1].tolist() == [190.0, 51.0]
    assert sum(steps) == pytest.approx(line_length_m(coords), abs=1e-3)


def test_line_length_across_antimeridian() -> None:
    expected = WGS84.Inverse(0.0, 179.0, 0.0, -179.0)["s12"]
    assert line_length_m(np.array([[179.0, 0.0], [181.0, 0.0]])) == pytest.approx(
        expected, abs=1e-6
    )
    assert line_length_m(np.array([[179.0, 0.0]])) == 0.0


@pytest.mark.parametrize(
    ("coords", "expected"),
    [
        (np.zeros((3, 3)), r"coords: expected an \(N, 2\) array of lon, lat, got shape \(3, 3\)"),
        (np.array([[0.0, 91.0]]), "coords: expected latitudes in -90..90, got 91.0 at row 0"),
        (np.array([[0.0, 0.0], [np.nan, 0.0]]), "coords: expected finite numbers"),
    ],
)
def test_line_length_rejects_bad_coords(coords: np.ndarray, expected: str) -> None:
    with pytest.raises(GeoError, match=expected):
        line_length_m(coords)


# --- circles and sectors ---------------------------------------------------------------


def ring_distances(center: LonLat, ring: np.ndarray) -> np.ndarray:
    return np.array([WGS84.Inverse(center.lat, center.lon, lat, lon)["s12"] for lon, lat in ring])


CIRCLES = {
    "Sohae 1,000 km": (LonLat(124.705, 39.66), 1_000_000.0),
    "antimeridian 500 km": (LonLat(179.5, 50.0), 500_000.0),
    "high latitude 800 km": (LonLat(-40.0, 72.0), 800_000.0),
    "small 2 km": (LonLat(130.0, 30.0), 2_000.0),
    "huge 9,000 km": (LonLat(0.0, 0.0), 9_000_000.0),
}


@pytest.mark.parametrize("name", list(CIRCLES))
def test_circle_vertices_on_the_radius(name: str) -> None:
    center, radius = CIRCLES[name]
    polygon = circle(center, radius)
    ring = np.asarray(polygon.exterior.coords)
    assert polygon.is_valid
    assert polygon.exterior.is_ccw
    assert len(ring) >= 65
    np.testing.assert_allclose(ring_distances(center, ring), radius, rtol=0, atol=1e-3)
    assert np.all(np.abs(np.diff(ring[:, 0])) < 180.0)
    assert abs(ring[0, 0] - center.lon) < 1e-9  # starts due north, no 360 shift
    # Edges drawn straight in Web Mercator stay within 1 km of the circle.
    mids = mercator_midpoints(ring)
    assert np.all(np.abs(ring_distances(center, mids) - radius) <= 1000.0)


def test_circle_across_antimeridian_has_lons_beyond_180() -> None:
    polygon = circle(LonLat(179.5, 50.0), 500_000.0)
    min_lon, _, max_lon, _ = polygon.bounds
    assert min_lon < 179.5 < 180.0 < max_lon < 190.0


@pytest.mark.parametrize(
    ("center", "radius", "pole"),
    [(LonLat(0.0, 80.0), 2_000_000.0, 90.0), (LonLat(0.0, -85.0), 600_000.0, -90.0)],
)
def test_circle_around_a_pole_is_drawn_to_the_pole(
    center: LonLat, radius: float, pole: float
) -> None:
    """Once refused; now the area between the ring and the pole, 360 degrees wide."""
    polygon = circle(center, radius)
    assert polygon.is_valid and polygon.exterior.is_ccw
    min_lon, min_lat, max_lon, max_lat = polygon.bounds
    assert (min_lon, max_lon) == (center.lon - 180.0, center.lon + 180.0)
    assert (max_lat if pole > 0 else min_lat) == pole
    ring = np.asarray(polygon.exterior.coords)
    on_ring = ring[np.abs(ring[:, 1]) < 90.0]
    on_ring = on_ring[np.abs(np.abs(on_ring[:, 0] - center.lon) - 180.0) > 1e-9]
    np.testing.assert_allclose(ring_distances(center, on_ring), radius, rtol=0, atol=1e-3)
    assert polygon.contains(shapely.Point(center.lon + 90.0, pole - np.sign(pole) * 0.5))


@pytest.mark.parametrize("radius", [0.0, -1.0, float("nan"), float("inf")])
def test_circle_rejects_bad_radius(radius: float) -> None:
    with pytest.raises(GeoError, match="radius_m: expected a positive distance in m, got"):
        circle(LonLat(0.0, 0.0), radius)


def azimuths_from(center: LonLat, ring: np.ndarray) -> np.ndarray:
    return np.array([WGS84.Inverse(center.lat, center.lon, lat, lon)["azi1"] for lon, lat in ring])


def test_annular_sector_edges() -> None:
    center = LonLat(124.705, 39.66)
    polygon = sector(center, 300_000.0, 1_500_000.0, 150.0, 210.0)
    ring = np.asarray(polygon.exterior.coords)
    assert polygon.is_valid
    assert polygon.exterior.is_ccw
    distances = ring_distances(center, ring)
    azimuths = azimuths_from(center, ring) % 360.0
    on_outer = np.abs(distances - 1_500_000.0) < 1e-3
    on_inner = np.abs(distances - 300_000.0) < 1e-3
    on_radial = np.isclose(azimuths, 150.0, atol=1e-9) | np.isclose(azimuths, 210.0, atol=1e-9)
    assert np.all(on_outer | on_inner | on_radial)
    assert on_outer.sum() > 10 and on_inner.sum() > 5
    assert np.all((azimuths >= 150.0 - 1e-9) & (azimuths <= 210.0 + 1e-9))
    # Radial edges are densified: no edge longer than 100 km.
    steps = [
        WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"]
        for (lon1, lat1), (lon2, lat2) in itertools.pairwise(ring)
    ]
    assert max(steps) <= MAX_SPACING_M + 1e-6


def test_pie_sector_across_north() -> None:
    center = LonLat(0.0, 0.0)
    polygon = sector(center, 0.0, 1_000_000.0, 350.0, 10.0)
    ring = np.asarray(polygon.exterior.coords)
    assert polygon.is_valid
    assert np.any(np.all(ring == [0.0, 0.0], axis=1))  # the apex
    assert polygon.contains(shapely.Point(0.0, 5.0))
    assert not polygon.contains(shapely.Point(0.0, -5.0))
    assert not polygon.contains(shapely.Point(5.0, 5.0))


def test_full_annulus_has_a_hole() -> None:
    polygon = sector(LonLat(10.0, 10.0), 100_000.0, 200_000.0, 0.0, 360.0)
    assert polygon.is_valid
    assert len(polygon.interiors) == 1
    assert not polygon.contains(shapely.Point(10.0, 10.0))
    assert polygon.contains(shapely.Point(10.0, 11.35))


@pytest.mark.parametrize(
    ("inner", "outer", "start", "end", "expected"),
    [
        (200_000.0, 100_000.0, 0.0, 90.0, r"outer_m: expected more than inner_m \(200000 m\)"),
        (-1.0, 100_000.0, 0.0, 90.0, "inner_m: expected a distance of 0 m or more"),
        (0.0, 100_000.0, 45.0, 45.0, "sector azimuths: expected two different azimuths"),
    ],
)
def test_sector_rejects_bad_input(
    inner: float, outer: float, start: float, end: float, expected: str
) -> None:
    with pytest.raises(GeoError, match=expected):
        sector(LonLat(0.0, 0.0), inner, outer, start, end)


def test_sector_containing_pole_is_drawn_and_one_facing_away_is_not_changed() -> None:
    center = LonLat(0.0, 80.0)
    polar = sector(center, 0.0, 2_000_000.0, 330.0, 30.0)
    assert polar.is_valid
    assert polar.contains(shapely.Point(90.0, 89.5)) and polar.contains(shapely.Point(0.0, 85.0))
    assert not polar.contains(shapely.Point(0.0, 70.0))  # behind the apex
    assert sector(center, 0.0, 2_000_000.0, 150.0, 210.0).is_valid


def test_densify_parts_matches_densify_line_by_line() -> None:
    """Many lines at once (across the antimeridian too) give what densify gives each line."""
    from alertmap.geo.geodesic import densify, densify_parts

    rng = np.random.default_rng(7)
    lines = [
        rng.uniform([-180.0, -70.0], [180.0, 70.0], (int(rng.integers(2, 6)), 2)) for _ in range(30)
    ]
    lines.append(np.array([[179.0, 10.0], [-179.0, 11.0], [-170.0, 12.0]]))
    coords = np.concatenate(lines)
    part = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    xy, owner = densify_parts(coords, part, max_spacing_m=250_000.0)
    for i, line in enumerate(lines):
        expected = densify(line, max_spacing_m=250_000.0)
        np.testing.assert_allclose(xy[owner == i], expected, rtol=0, atol=1e-9)
    assert len(xy) == sum(len(densify(line, max_spacing_m=250_000.0)) for line in lines)
