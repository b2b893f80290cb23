"""The antimeridian and the poles everywhere (issue 12, deliverable 5): areas given by corners,
positions, track files and waypoints across 180°, and range rings around a pole, render,
export (RFC 7946, cut at 180°) and check correctly.

Reference values are independent of the code under test: geodesic distances, azimuths and
polygon areas from the geographiclib package, areas of exported parts from ``pyproj.Geod``
(a different implementation from the ``geo`` code that makes them), and spherical facts
(the area of a latitude-longitude box, which points lie within a distance of a centre).
"""

from __future__ import annotations

import dataclasses
import json
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pyproj
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import shape

from alertmap.geo import LonLat
from alertmap.geo.antimeridian import cut_at_antimeridian, enclosing_polygon
from alertmap.geo.areas import corner_polygon, corner_ring, pole_turns
from alertmap.geo.corridor import corridor
from alertmap.geo.geodesic import circle, circle_line, sector
from alertmap.layers.basemap import load_basemap
from alertmap.layers.build import build_event, locate_geojson
from alertmap.layers.checks import check_event, findings_lines, findings_table
from alertmap.layers.export import rfc7946_geometry, to_feature_collection
from alertmap.layers.model import Event, Kind
from alertmap.layers.scenario import load_scenario
from alertmap.layers.warning import parse_warning
from alertmap.layers.warning import to_feature_collection as warning_collection
from alertmap.maps.compose import basemap_view, compose, event_bounds, lon_window
from alertmap.maps.elements import Features, Fit
from alertmap.maps.output import page_html
from tests.support import scenario_head

WGS84 = Geodesic.WGS84
GEOD = pyproj.Geod(ellps="WGS84")
SOHAE = LonLat(124.705, 39.66)  # the gazetteer's position, as the scenarios use it
#: Authalic radius of WGS84 (a sphere of the ellipsoid's area), metres.
AUTHALIC_R = 6_371_007.2
EARTH_AREA_M2 = 4.0 * np.pi * AUTHALIC_R**2  # 510,065,622 km²

HEAD = scenario_head("antimeridian", "Across the antimeridian")


def scenario_event(tmp_path: Path, body: str, name: str = "scenario.toml") -> Event:
    path = tmp_path / name
    path.write_text(HEAD + body, "utf-8")
    return build_event(load_scenario(str(path)))


def exported(event: Event) -> dict[str, dict[str, Any]]:
    """The RFC 7946 export, by feature id, checked to hold only longitudes in -180..180."""
    collection = to_feature_collection(event)
    text = json.dumps(collection, allow_nan=False)
    features = json.loads(text)["features"]
    for f in features:
        xy = shapely.get_coordinates(shape(f["geometry"]))
        assert np.all((xy[:, 0] >= -180.0) & (xy[:, 0] <= 180.0)), f["id"]
        assert np.all((xy[:, 1] >= -90.0) & (xy[:, 1] <= 90.0)), f["id"]
    return {f["id"]: f for f in features}


def children(element: Any) -> list[Any]:
    out = []
    for child in element._children.values():
        out.append(child)
        out.extend(children(child))
    return out


def rendered(event: Event) -> tuple[list[list[float]], list[dict[str, Any]]]:
    """The fitted bounds and every drawn shape of the page (the page is written too)."""
    doc = compose(event)
    html = page_html(doc)
    assert "alertmap.addFeatures" in html
    elements = children(doc)
    (fit,) = [e for e in elements if isinstance(e, Fit)]
    shapes = [f["shape"] for e in elements if isinstance(e, Features) for f in e.data["features"]]
    return fit.bounds, shapes


def assert_drawn_within(bounds: list[list[float]], shapes: list[dict[str, Any]]) -> None:
    """Every shape is drawn inside the map's fitted bounds (not a world away from them)."""
    (south, west), (north, east) = bounds
    assert east - west < 180.0  # one continuous picture, not a band round the world
    for s in shapes:
        if "point" in s:
            lat, lon = s["point"]
            assert west - 1e-6 <= lon <= east + 1e-6 and south - 1e-6 <= lat <= north + 1e-6
        else:
            (_, s_lon), (_, n_lon) = s["bounds"]
            assert west - 1e-6 <= s_lon and n_lon <= east + 1e-6, s["bounds"]


def box_area_m2(lon_span_deg: float, lat_south: float, lat_north: float) -> float:
    """Area of a latitude-longitude box on the authalic sphere: R² Δλ (sin φ2 - sin φ1)."""
    return float(
        AUTHALIC_R**2
        * np.radians(lon_span_deg)
        * (np.sin(np.radians(lat_north)) - np.sin(np.radians(lat_south)))
    )


def geod_area_m2(geometry: Any) -> float:
    """Area by pyproj.Geod, the edges first cut to a degree or less: GeoJSON edges are straight
    in longitude and latitude, and one from pole to pole along a meridian is not a geodesic
    pyproj can tell (every meridian is one)."""
    total = 0.0
    for part in shapely.get_parts(shapely.orient_polygons(shapely.segmentize(geometry, 1.0))):
        lon, lat = part.exterior.xy
        # counter-clockwise, so positive; more than half the Earth comes back less the Earth
        total += GEOD.polygon_area_perimeter(lon, lat)[0] % EARTH_AREA_M2
        for hole in part.interiors:
            total -= abs(GEOD.polygon_area_perimeter(*hole.xy)[0])
    return total


# --------------------------------------------------------------------------- corners


SQUARE_ORDERS = {
    "from 179E, clockwise": (["1N 179E", "1N 179W", "1S 179W", "1S 179E"], False),
    "from 179W": (["1N 179W", "1S 179W", "1S 179E", "1N 179E"], False),
    "NW NE SW SE": (["1N 179E", "1N 179W", "1S 179E", "1S 179W"], True),
    "from 179W, SE NE SW NW": (["1S 179W", "1N 179W", "1S 179E", "1N 179E"], True),
}


@pytest.mark.parametrize(("corners", "reordered"), SQUARE_ORDERS.values(), ids=SQUARE_ORDERS.keys())
def test_square_across_180_by_corners_exports_as_two_one_degree_parts(
    tmp_path: Path, corners: list[str], reordered: bool
) -> None:
    quoted = ", ".join(f'"{c}"' for c in corners)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        event = scenario_event(
            tmp_path, f'[[hazard_areas]]\nname = "Square"\ncorners = [{quoted}]\nsource = "s"\n'
        )
    # an hourglass order is put right, and said so; the antimeridian alone is no reason
    assert any("reordered" in str(w.message) for w in caught) is reordered
    (area,) = [f for f in event.features() if f.kind is Kind.HAZARD_AREA]
    # drawn next to the launch site (124.7°E): 179 -> 181, not -181 -> -179
    assert area.geometry.bounds == pytest.approx((179.0, -1.0, 181.0, 1.0))

    geometry = shape(exported(event)["hazard_area-square"]["geometry"])
    assert geometry.geom_type == "MultiPolygon"
    parts = sorted(shapely.get_parts(geometry), key=lambda p: p.bounds[0])
    assert [p.bounds for p in parts] == [(-180.0, -1.0, -179.0, 1.0), (179.0, -1.0, 180.0, 1.0)]
    expected = box_area_m2(2.0, -1.0, 1.0)  # on the sphere: within 0.5 % of the ellipsoid
    for part in parts:
        assert geod_area_m2(part) == pytest.approx(expected / 2.0, rel=1e-2)
    square = WGS84.Polygon()
    for lon, lat in [(179.0, 1.0), (-179.0, 1.0), (-179.0, -1.0), (179.0, -1.0)]:
        square.AddPoint(lat, lon)
    _, _, reference = square.Compute(False, True)
    assert geod_area_m2(geometry) == pytest.approx(abs(reference), rel=1e-4)


def test_square_across_180_renders_and_checks(tmp_path: Path) -> None:
    body = '[[hazard_areas]]\nname = "Square"\n'
    body += 'corners = ["1N 179W", "1S 179W", "1S 179E", "1N 179E"]\nsource = "s"\n'
    body += '[[falls]]\nname = "Fall"\nposition = "0N 179.5W"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    bounds, shapes = rendered(event)
    assert_drawn_within(bounds, shapes)
    (fall_check,) = check_event(event).falls
    assert fall_check.position_inside and fall_check.area_overlaps  # 179.5°W is in it


def test_area_given_cut_at_180_is_joined_beside_the_launch_site(tmp_path: Path) -> None:
    """A warning's area arrives cut at ±180 (RFC 7946): drawn as one area again, not as two
    pieces a world apart (the 358-degree band of the report)."""
    path = tmp_path / "cut.toml"
    body = '[[hazard_areas]]\nname = "Square"\n'
    body += 'corners = ["1N 179E", "1N 179W", "1S 179W", "1S 179E"]\nsource = "s"\n'
    path.write_text(HEAD + body, "utf-8")
    scenario = load_scenario(str(path))
    cut = shapely.MultiPolygon(
        [shapely.box(179.0, -1.0, 180.0, 1.0), shapely.box(-180.0, -1.0, -179.0, 1.0)]
    )
    hazard = dataclasses.replace(scenario.hazards[0], polygon=cut)
    event = build_event(dataclasses.replace(scenario, hazards=(hazard,)))
    (area,) = [f for f in event.features() if f.kind is Kind.HAZARD_AREA]
    assert area.geometry.geom_type == "Polygon"
    assert area.geometry.bounds == pytest.approx((179.0, -1.0, 181.0, 1.0))
    bounds, shapes = rendered(event)
    assert_drawn_within(bounds, shapes)


def test_corner_ring_reference_moves_the_ring_beside_it() -> None:
    corners = [LonLat(-179.0, 1.0), LonLat(-179.0, -1.0), LonLat(179.0, -1.0), LonLat(179.0, 1.0)]
    ring, _ = corner_ring(corners, reference=SOHAE.lon)
    assert ring[:, 0].min() == 179.0 and ring[:, 0].max() == 181.0
    ring, _ = corner_ring(corners, reference=-100.0)
    assert ring[:, 0].min() == -181.0 and ring[:, 0].max() == -179.0


# --------------------------------------------------------------------------- tracks


def geodesic_points(a: tuple[float, float], b: tuple[float, float], n: int) -> np.ndarray:
    """n points along the geodesic a -> b (lon, lat), by geographiclib, lon in -180..180."""
    line = WGS84.InverseLine(a[1], a[0], b[1], b[0])
    s = np.linspace(0.0, line.s13, n)
    points = [line.Position(d) for d in s]
    lons = [(p["lon2"] + 180.0) % 360.0 - 180.0 for p in points]
    return np.column_stack([lons, [p["lat2"] for p in points]])


def assert_track_cut_at_180(event: Event, a: tuple[float, float], b: tuple[float, float]) -> None:
    features = exported(event)
    track = shape(features["track-ground-track"]["geometry"])
    assert track.geom_type == "MultiLineString"
    west, east = track.geoms
    assert west.coords[-1][0] == 180.0 and east.coords[0][0] == -180.0
    assert west.coords[-1][1] == east.coords[0][1]
    corridor = shape(features["corridor-flight-corridor"]["geometry"])
    assert corridor.geom_type == "MultiPolygon"
    assert {round(p.bounds[0]) for p in corridor.geoms} >= {-180}
    assert {round(p.bounds[2]) for p in corridor.geoms} >= {180}
    # the part of the track from 170°E to 170°W: as long as the geodesic between them
    xy = shapely.get_coordinates(track)
    beyond = xy[(xy[:, 0] >= a[0]) | (xy[:, 0] <= b[0])]
    length = float(GEOD.line_length(beyond[:, 0], beyond[:, 1]))
    reference = WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"]
    assert length == pytest.approx(reference, rel=1e-3)


def test_track_file_from_170e_to_170w_renders_and_exports_cut(tmp_path: Path) -> None:
    a, b = (170.0, 42.0), (-170.0, 43.0)
    points = np.concatenate(
        [geodesic_points((SOHAE.lon, SOHAE.lat), a, 200), geodesic_points(a, b, 200)[1:]]
    )
    lines = "".join(f'"{lon:.6f}","{lat:.6f}"\n' for lon, lat in points)
    (tmp_path / "track.csv").write_text("lon,lat\n" + lines, "utf-8")
    body = '[track]\nfile = "track.csv"\nsource = "s"\n'
    body += '[[falls]]\nname = "Fall"\nposition = "43N 170W"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    (track,) = [f for f in event.features() if f.kind is Kind.TRACK]
    assert np.all(np.abs(np.diff(shapely.get_coordinates(track.geometry)[:, 0])) < 1.0)
    (fall,) = [f for f in event.features() if f.kind is Kind.FALL_AREA]
    assert fall.geometry.x == pytest.approx(190.0)  # beside the track's end, not at -170
    bounds, shapes = rendered(event)
    assert_drawn_within(bounds, shapes)
    assert bounds[1][1] == pytest.approx(190.0, abs=1.0)
    assert_track_cut_at_180(event, a, b)
    assert exported(event)["fall_area-fall"]["geometry"]["coordinates"] == [-170.0, 43.0]


def test_waypoints_from_170e_to_170w_render_and_export_cut(tmp_path: Path) -> None:
    a, b = (170.0, 42.0), (-170.0, 43.0)
    body = '[[track.waypoints]]\nname = "W1"\nposition = "42N 170E"\nsource = "s"\n'
    body += '[[track.waypoints]]\nname = "W2"\nposition = "43N 170W"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    waypoints = {f.name: f.geometry for f in event.features() if f.kind is Kind.WAYPOINT}
    assert waypoints["W2"].x == pytest.approx(190.0)
    bounds, shapes = rendered(event)  # once: basemap bounds: expected min_lon < max_lon
    assert_drawn_within(bounds, shapes)
    assert_track_cut_at_180(event, a, b)
    assert exported(event)["waypoint-w2"]["geometry"]["coordinates"] == [-170.0, 43.0]


def test_event_bounds_join_features_given_in_another_turn() -> None:
    """An event built elsewhere (the Python API, a catalogue) may give a fall at -179.5 beside a
    track at 181: the map is fitted to one continuous stretch and draws the fall beside it."""
    assert lon_window([124.7, 124.7, -179.5], [124.7, 181.0, -179.5]) == (124.7, 181.0)
    assert lon_window([-179.5, 170.0], [-179.0, 175.0]) == pytest.approx((170.0, 181.0))
    assert lon_window([0.0], [360.0]) == (0.0, 360.0)
    west, _, east, _ = basemap_view((124.7, 30.0, 330.0, 45.0))
    assert east - west <= 360.0
    assert load_basemap((west, -10.0, east, 60.0)).countries  # once refused


def test_map_of_an_event_given_in_two_turns_draws_it_in_one(tmp_path: Path) -> None:
    """The fall of an event built elsewhere given at -170 beside a track that ends at 190."""
    body = '[[track.waypoints]]\nname = "W1"\nposition = "42N 170E"\nsource = "s"\n'
    body += '[[falls]]\nname = "Fall"\nposition = "43N 170W"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    layers = []
    for layer in event.layers:
        features = tuple(
            dataclasses.replace(f, geometry=shapely.Point(-170.0, 43.0))
            if f.kind is Kind.FALL_AREA
            else f
            for f in layer.features
        )
        layers.append(dataclasses.replace(layer, features=features))
    turned = dataclasses.replace(event, layers=tuple(layers))
    west, _, east, _ = event_bounds(turned)
    assert west == pytest.approx(event_bounds(event)[0]) and east == pytest.approx(190.0, abs=1.0)
    bounds, shapes = rendered(turned)
    assert_drawn_within(bounds, shapes)
    assert [s["point"] for s in shapes if "point" in s and s["point"][1] > 180.0] == [[43.0, 190.0]]


def test_basemap_in_any_turn_of_longitude() -> None:
    here = dict(load_basemap((150.0, 40.0, 200.0, 70.0)).countries)
    turned = dict(load_basemap((510.0, 40.0, 560.0, 70.0)).countries)
    assert here.keys() == turned.keys()
    for name, geometry in here.items():
        assert turned[name].bounds == pytest.approx(
            (geometry.bounds[0] + 360.0, geometry.bounds[1], geometry.bounds[2] + 360.0,
             geometry.bounds[3])
        )  # fmt: skip


# --------------------------------------------------------------------------- the poles


def distances_from(center: LonLat, xy: np.ndarray) -> np.ndarray:
    return np.array([WGS84.Inverse(center.lat, center.lon, lat, lon)["s12"] for lon, lat in xy])


def sample_points(seed: int, count: int = 3000) -> np.ndarray:
    """Points spread evenly over the sphere (uniform in longitude and in sin(latitude))."""
    rng = np.random.default_rng(seed)
    lons = rng.uniform(-180.0, 180.0, count)
    lats = np.degrees(np.arcsin(rng.uniform(-1.0, 1.0, count)))
    return np.column_stack([lons, lats])


def in_window(xy: np.ndarray, center_lon: float) -> np.ndarray:
    out = xy.copy()
    out[:, 0] = center_lon - 180.0 + np.mod(xy[:, 0] - (center_lon - 180.0), 360.0)
    return out


@pytest.mark.parametrize("radius_km", [7_000, 12_000, 15_000])
def test_ring_around_sohae_holding_a_pole(radius_km: int) -> None:
    radius = radius_km * 1000.0
    polygon = circle(SOHAE, radius)
    assert polygon.is_valid and polygon.exterior.is_ccw
    assert polygon.bounds[0] == SOHAE.lon - 180.0 and polygon.bounds[2] == SOHAE.lon + 180.0
    # every vertex of the ring (not of its closure along the pole's latitude) at the radius
    xy = shapely.get_coordinates(polygon)
    on_ring = xy[np.abs(xy[:, 1]) < 90.0]
    np.testing.assert_allclose(distances_from(SOHAE, on_ring), radius, rtol=0, atol=1e-3)
    assert len(on_ring) > 100
    # the north pole region inside, whatever the longitude
    for lon in np.linspace(-55.0, 300.0, 8):
        assert polygon.contains(shapely.Point(lon, 89.9))
    # a point is inside exactly when geographiclib puts it within the radius (20 km margin)
    samples = sample_points(radius_km)
    d = distances_from(SOHAE, samples)
    clear = np.abs(d - radius) > 20_000.0
    inside = shapely.contains_xy(polygon, *in_window(samples, SOHAE.lon).T)
    np.testing.assert_array_equal(inside[clear], (d < radius)[clear])
    # the south pole only for a ring beyond it (14,394 km from Sohae)
    south = WGS84.Inverse(SOHAE.lat, SOHAE.lon, -90.0, 0.0)["s12"]
    assert polygon.contains(shapely.Point(0.0, -89.9)) is (radius > south)
    # exported: cut at 180, the same area as geographiclib gives the ring
    cut = rfc7946_geometry(polygon)
    xy = shapely.get_coordinates(cut)
    assert xy[:, 0].min() >= -180.0 and xy[:, 0].max() <= 180.0
    ring = WGS84.Polygon()
    for lon, lat in circle_line(SOHAE, radius)[:-1]:
        ring.AddPoint(lat, lon)
    _, _, area = ring.Compute(False, True)
    expected = abs(area) if radius < 10_000_000.0 else EARTH_AREA_M2 - abs(area)
    assert geod_area_m2(cut) == pytest.approx(expected, rel=2e-3)


def test_range_rings_of_7000_and_12000_km_are_drawn(tmp_path: Path) -> None:
    body = '[[range_rings]]\nname = "Distance from Sohae"\nat = "Sohae"\n'
    body += 'radii_km = [1000, 7000, 12000]\nshow = true\nsource = "s"\n'
    body += '[[falls]]\nname = "Fall"\nposition = "43N 170W"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    rings = {f.name: f.geometry for f in event.features() if f.kind is Kind.RANGE_RING}
    assert set(rings) == {"1000 km from Sohae", "7000 km from Sohae", "12000 km from Sohae"}
    for name, radius in (("7000 km from Sohae", 7e6), ("12000 km from Sohae", 12e6)):
        xy = shapely.get_coordinates(rings[name])
        assert xy[0, 0] == SOHAE.lon - 180.0 and xy[-1, 0] == SOHAE.lon + 180.0
        np.testing.assert_allclose(distances_from(SOHAE, xy), radius, rtol=0, atol=1e-3)
    _, shapes = rendered(event)
    ring_shapes = [s for s in shapes if "path" in s and s["bounds"][1][1] - s["bounds"][0][1] > 359]
    assert len(ring_shapes) == 2  # both drawn, round the world
    features = exported(event)
    cut = shape(features["range_ring-7000-km-from-sohae"]["geometry"])
    assert cut.geom_type == "MultiLineString"


def test_sector_holding_the_pole_against_geographiclib() -> None:
    inner, outer, start, end = 4_950_000.0, 6_050_000.0, 337.5, 22.5
    polygon = sector(SOHAE, inner, outer, start, end)
    assert polygon.is_valid and polygon.contains(shapely.Point(0.0, 89.9))
    samples = sample_points(5, 20_000)
    lines = [WGS84.Inverse(SOHAE.lat, SOHAE.lon, lat, lon) for lon, lat in samples]
    d = np.array([g["s12"] for g in lines])
    az = np.array([g["azi1"] for g in lines]) % 360.0
    off = np.minimum(np.abs(az - 0.0), 360.0 - np.abs(az - 0.0))
    expected = (d > inner) & (d < outer) & (off < 22.5)
    clear = (
        (np.abs(d - inner) > 20_000.0) & (np.abs(d - outer) > 20_000.0) & (np.abs(off - 22.5) > 0.5)
    )
    inside = shapely.contains_xy(polygon, *in_window(samples, SOHAE.lon).T)
    assert expected[clear].sum() > 20
    np.testing.assert_array_equal(inside[clear], expected[clear])


def test_fall_reported_over_the_pole_is_located() -> None:
    fc = locate_geojson("about 5500 km north of Sohae")
    point, area = fc["features"]
    expected = WGS84.Direct(SOHAE.lat, SOHAE.lon, 0.0, 5_500_000.0)
    assert point["geometry"]["coordinates"][1] == pytest.approx(expected["lat2"], abs=1e-6)
    region = shape(area["geometry"])
    assert region.is_valid and region.contains(shapely.Point(0.0, 89.5))


def test_enclosing_polygon_picks_the_side_of_the_inside_point() -> None:
    lons = np.linspace(-180.0, 180.0, 73)
    loop = np.column_stack([lons, np.full(73, 60.0)])
    north = enclosing_polygon(loop, (0.0, 80.0), center_lon=0.0)
    south = enclosing_polygon(loop, (0.0, 0.0), center_lon=0.0)
    assert north.bounds == (-180.0, 60.0, 180.0, 90.0)
    assert south.bounds == (-180.0, -90.0, 180.0, 60.0)
    assert north.area + south.area == pytest.approx(360.0 * 180.0)


def test_cut_keeps_the_area_of_a_ring_round_a_pole() -> None:
    polygon = circle(SOHAE, 7_000_000.0)
    cut = cut_at_antimeridian(polygon)
    assert cut.area == pytest.approx(polygon.area)


# --------------------------------------------------------------------------- round a pole
# Corners that go round a pole, corridors over one and a launch site at one (issue 12, item
# 5). Reference areas: the ellipsoid's cap beyond a latitude from its authalic latitude (a
# closed formula, with geographiclib's WGS84 constants), and geographiclib's polygon areas.


def ellipsoid_cap_m2(lat: float) -> float:
    """Area of WGS84 poleward of geodetic latitude ``lat`` (either hemisphere): on the
    authalic sphere, 2πR_q²(1 - sin β) with sin β = q(φ)/q(90°) (Snyder, Map Projections, a
    Working Manual, eq. 3-12)."""
    a, f = WGS84.a, WGS84.f
    e2 = f * (2.0 - f)
    e = np.sqrt(e2)

    def q(phi: float) -> float:
        s = np.sin(np.radians(phi))
        return float(
            (1 - e2) * (s / (1 - e2 * s * s) - np.log((1 - e * s) / (1 + e * s)) / (2 * e))
        )

    return float(np.pi * a * a * q(90.0) * (1.0 - q(abs(lat)) / q(90.0)))


def geographiclib_area_m2(ring: list[tuple[float, float]]) -> float:
    """Area of a ring of (lon, lat) vertices joined by geodesics, by geographiclib."""
    polygon = WGS84.Polygon()
    for lon, lat in ring:
        polygon.AddPoint(lat, lon)
    _, _, area = polygon.Compute(False, True)
    return abs(float(area))


def assert_rfc7946(geometry: Any) -> None:
    """Valid, longitudes and latitudes in range, and no edge across the antimeridian: an
    edge more than 180° long in longitude may only run along a pole's latitude (where a
    polygon holding the pole is closed)."""
    assert geometry.is_valid and not geometry.is_empty
    for ring in shapely.get_rings(shapely.get_parts(geometry)):
        xy = shapely.get_coordinates(ring)
        assert np.all(np.abs(xy[:, 0]) <= 180.0) and np.all(np.abs(xy[:, 1]) <= 90.0)
        long_edges = np.flatnonzero(np.abs(np.diff(xy[:, 0])) > 180.0)
        on_pole = (np.abs(xy[long_edges, 1]) == 90.0) & (np.abs(xy[long_edges + 1, 1]) == 90.0)
        assert on_pole.all(), xy[long_edges[~on_pole]]


CAPS = {
    "89N eastward from 0": ([(0, 89), (90, 89), (180, 89), (-90, 89)], False),
    "89N westward from 90W": ([(-90, 89), (180, 89), (90, 89), (0, 89)], False),
    "89N from 180": ([(180, 89), (-90, 89), (0, 89), (90, 89)], False),
    "89N, the first corner again at the end": (
        [(0, 89), (90, 89), (180, 89), (-90, 89), (0, 89)],
        False,
    ),
    "85N listed across the pole": ([(0, 85), (180, 85), (90, 85), (-90, 85)], True),
    "80S, three corners westward": ([(0, -80), (-120, -80), (120, -80)], False),
    "60S, five corners eastward": (
        [(10, -60), (80, -60), (150, -60), (-140, -60), (-70, -60)],
        False,
    ),
}


@pytest.mark.parametrize(("corners", "reordered"), CAPS.values(), ids=CAPS.keys())
def test_corners_round_a_pole_enclose_its_cap(
    corners: list[tuple[float, float]], reordered: bool
) -> None:
    lat = float(corners[0][1])
    ring, put_in_order = corner_ring([LonLat(lon, la) for lon, la in corners])
    assert put_in_order is reordered
    assert pole_turns(ring) in (1, -1)
    area = corner_polygon(ring)
    assert isinstance(area, shapely.Polygon) and area.is_valid and area.exterior.is_ccw
    pole = 90.0 if lat > 0 else -90.0
    for lon in (-179.0, -45.0, 0.0, 135.0):
        assert area.covers(shapely.Point(lon, pole))
        assert not area.contains(shapely.Point(lon, lat - np.sign(lat)))  # not the rest
    cut = rfc7946_geometry(area)
    assert_rfc7946(cut)
    assert geod_area_m2(cut) == pytest.approx(ellipsoid_cap_m2(lat), rel=1e-4)
    # and by geographiclib: the parallel sampled every 0.1° (chords within metres of it)
    parallel = [(lon, lat) for lon in np.arange(-180.0, 180.0, 0.1)]
    assert geod_area_m2(cut) == pytest.approx(geographiclib_area_m2(parallel), rel=1e-4)


def test_corners_that_keep_the_poles_outside_are_drawn_as_before() -> None:
    ring, _ = corner_ring([LonLat(123, 37), LonLat(124, 37), LonLat(124, 36), LonLat(123, 36)])
    assert pole_turns(ring) == 0
    assert corner_polygon(ring).equals(shapely.Polygon(ring))
    # three sides of 100° east at 89N, and the short way back from 60°W to 0 is east too
    ring, _ = corner_ring([LonLat(0, 89), LonLat(100, 89), LonLat(-160, 89), LonLat(-60, 88)])
    assert pole_turns(ring) == 1
    # 100° and 70° east, then 170° back west: no pole held
    ring, _ = corner_ring([LonLat(0, 80), LonLat(100, 80), LonLat(170, 70)])
    assert pole_turns(ring) == 0
    assert corner_polygon(ring).equals(shapely.Polygon(ring))


def test_scenario_area_round_the_pole_renders_exports_and_checks(tmp_path: Path) -> None:
    body = '[[hazard_areas]]\nname = "Polar cap"\n'
    body += 'corners = ["89N 0E", "89N 90E", "89N 180E", "89N 90W"]\nsource = "s"\n'
    body += '[[falls]]\nname = "Fall"\nposition = "36N 124E"\nsource = "s"\n'
    event = scenario_event(tmp_path, body)
    (area,) = [f for f in event.features() if f.kind is Kind.HAZARD_AREA]
    assert area.geometry.covers(shapely.Point(SOHAE.lon, 90.0))
    geometry = shape(exported(event)["hazard_area-polar-cap"]["geometry"])
    assert geometry.geom_type == "Polygon"
    assert_rfc7946(geometry)
    assert geod_area_m2(geometry) == pytest.approx(ellipsoid_cap_m2(89.0), rel=1e-4)
    _, shapes = rendered(event)  # the page is made
    assert any("path" in s and s["bounds"][1][0] >= 85.0 for s in shapes)
    findings = check_event(event)
    (fall,) = findings.falls
    # from 36N to 89N along a meridian: the distance to the area, by geographiclib
    assert fall.distance_km == pytest.approx(WGS84.Inverse(36, 124, 89, 124)["s12"] / 1000, abs=1)
    assert [(p.name, p.pole) for p in findings.poles] == [("Polar cap", "north")]
    assert any("Polar cap: at or round the north pole" in line for line in findings_lines(findings))
    assert "At or round a pole" in findings_table(findings)


def test_warning_area_round_the_pole() -> None:
    text = (
        "HYDROARC 13/23\nARCTIC OCEAN.\n1. ROCKET DEBRIS 301500Z MAY TO 101500Z JUN\n"
        "   IN AREA BOUND BY 89-00.00N 000-00.00E, 89-00.00N 090-00.00E,\n"
        "   89-00.00N 180-00.00E, 89-00.00N 090-00.00W.\n"
    )
    (area,) = parse_warning(text, year=2023).areas
    assert area.polygon.covers(shapely.Point(0.0, 90.0))
    collection = warning_collection(parse_warning(text, year=2023), file="w.txt")
    geometry = shape(collection["features"][0]["geometry"])
    assert_rfc7946(geometry)
    assert geod_area_m2(geometry) == pytest.approx(ellipsoid_cap_m2(89.0), rel=1e-4)


# corridors over a pole


def cross_track_km(xy: np.ndarray, meridian: float) -> np.ndarray:
    """Distance on the mean sphere from points to the great circle along ``meridian`` (and
    its opposite): asin(sin(colatitude) |sin(Δλ)|); near a pole the foot of each point is on
    the meridians within the track's reach."""
    colat = np.radians(90.0 - np.abs(xy[:, 1]))
    off = np.radians(xy[:, 0] - meridian)
    return 6371.0088 * np.arcsin(np.sin(colat) * np.abs(np.sin(off)))


@pytest.mark.parametrize(("meridian", "pole"), [(124.7, 90.0), (-30.0, -90.0)])
def test_corridor_over_a_pole(meridian: float, pole: float) -> None:
    """From 80° up the meridian, over the pole and down the opposite one to 80°: 100 km wide."""
    lat = 80.0 * np.sign(pole)
    opposite = meridian + 180.0 if meridian < 0 else meridian - 180.0
    path = np.array([[meridian, lat], [meridian, pole], [opposite, lat]])
    lane = corridor(path, 100_000.0)
    assert isinstance(lane, shapely.Polygon) and lane.is_valid
    west, _, east, _ = lane.bounds
    assert east - west == pytest.approx(360.0)
    # the track as given lies in the window: both meridians where the path has them
    assert lane.contains(shapely.Point(meridian, 0.5 * (lat + pole)))
    assert lane.contains(shapely.Point(opposite, 0.5 * (lat + pole)))
    # a point within 9° of the pole is inside exactly when within 50 km of the track
    rng = np.random.default_rng(12)
    colat = np.degrees(np.arccos(rng.uniform(np.cos(np.radians(9.0)), 1.0, 4000)))
    xy = np.column_stack([rng.uniform(-180.0, 180.0, 4000), np.sign(pole) * (90.0 - colat)])
    d = cross_track_km(xy, meridian)
    clear = np.abs(d - 50.0) > 1.0  # the sphere is within 0.5 % of WGS84
    inside = shapely.contains_xy(lane, *in_window(xy, (west + east) / 2.0).T)
    assert (d < 50.0).sum() > 100
    np.testing.assert_array_equal(inside[clear], (d < 50.0)[clear])
    # exported: one polygon in -180..180 closed along 180 and the pole's latitude; its area is
    # the length by the width and the two round ends
    cut = rfc7946_geometry(lane)
    assert_rfc7946(cut)
    length = 2.0 * WGS84.Inverse(lat, meridian, pole, meridian)["s12"]
    expected = length * 100_000.0 + np.pi * 50_000.0**2
    assert geod_area_m2(cut) == pytest.approx(expected, rel=1e-3)


def test_track_past_a_pole_holds_it_in_its_corridor() -> None:
    """Two points at 89.5N 140° apart: the geodesic passes 19 km from the pole (by
    geographiclib), so a 100 km corridor holds it and a 30 km one does not."""
    a, b = (124.7, 89.5), (-95.3, 89.5)
    line = WGS84.InverseLine(a[1], a[0], b[1], b[0])
    top = max(line.Position(s)["lat2"] for s in np.linspace(0.0, line.s13, 2001))
    nearest_km = WGS84.Inverse(top, 0.0, 90.0, 0.0)["s12"] / 1000
    assert 18.0 < nearest_km < 20.0
    path = np.array([[124.7, 80.0], a, b, [-95.3, 80.0]])
    wide = corridor(path, 100_000.0)
    west, _, east, north = wide.bounds
    assert east - west == pytest.approx(360.0) and north == 90.0
    assert wide.covers(shapely.Point((west + east) / 2.0, 90.0))
    narrow = corridor(path, 30_000.0)
    assert narrow.bounds[3] < 90.0
    assert_rfc7946(rfc7946_geometry(wide))


def test_launch_at_the_pole_renders_exports_and_checks(tmp_path: Path) -> None:
    body = '[[falls]]\nname = "Fall"\nposition = "60N 150E"\nsource = "s"\n'
    body += "end_of_track = true\n"
    head = HEAD.replace('at = "Sohae"', 'position = "90N 0E"')
    assert head != HEAD
    path = tmp_path / "pole.toml"
    path.write_text(head + body, "utf-8")
    event = build_event(load_scenario(str(path)))
    (lane,) = [f.geometry for f in event.features() if f.kind is Kind.CORRIDOR]
    west, _, east, north = lane.bounds
    assert east - west == pytest.approx(360.0) and north == 90.0
    assert lane.covers(shapely.Point((west + east) / 2.0, 90.0))
    features = exported(event)
    cut = shape(features["corridor-flight-corridor"]["geometry"])
    assert_rfc7946(cut)
    length = WGS84.Inverse(90.0, 0.0, 60.0, 150.0)["s12"]
    expected = length * 100_000.0 + np.pi * 50_000.0**2
    assert geod_area_m2(cut) == pytest.approx(expected, rel=2e-3)
    _, shapes = rendered(event)
    assert shapes
    poles = {(p.kind, p.pole) for p in check_event(event).poles}
    assert {(Kind.LAUNCH_SITE.label, "north"), (Kind.CORRIDOR.label, "north")} <= poles


@pytest.mark.parametrize("turns", [-3, -1, 1, 2])
@pytest.mark.parametrize("eastward", [True, False])
def test_enclosing_polygon_of_an_outline_given_whole_turns_away(turns: int, eastward: bool) -> None:
    """An outline round a pole given in another turn of longitude than the window (a
    corridor's piece over the pole, continuous from a track 360° on) is the same strip."""
    lons = np.linspace(-180.0, 180.0, 73) + 360.0 * turns
    loop = np.column_stack([lons, np.full(73, 70.0)])
    if not eastward:
        loop = loop[::-1]
    strip = enclosing_polygon(loop, (10.0, 90.0), center_lon=10.0)
    assert strip.bounds == pytest.approx((-170.0, 70.0, 190.0, 90.0))
    assert strip.area == pytest.approx(360.0 * 20.0)
