"""The 2023-08-24 event, checked against reference values computed independently.

Distances and directions are recomputed with the geographiclib package (not the pyproj code
under test); places come from the gazetteer's published coordinates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import LineString, Point

from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Basis, Event, Feature, Kind

WGS84 = Geodesic.WGS84
JST = dt.timezone(dt.timedelta(hours=9))


def by_kind(event: Event, kind: Kind) -> list[Feature]:
    return [f for f in event.features() if f.kind is kind]


def named(event: Event, fragment: str) -> Feature:
    hits = [f for f in event.features() if fragment in f.name]
    assert len(hits) == 1, [f.name for f in hits]
    return hits[0]


def place(name: str) -> tuple[float, float]:
    p = load_gazetteer().place(name).position
    return p.lon, p.lat


def inverse(a: tuple[float, float], b: tuple[float, float]) -> dict[str, float]:
    result: dict[str, float] = WGS84.Inverse(a[1], a[0], b[1], b[0])
    return result


def edge_distance_m(point: tuple[float, float], region: Any) -> float:
    """Geodesic distance from a point to the nearest vertex of a densified region outline."""
    outline = shapely.segmentize(region.boundary, 0.01)
    xy = shapely.get_coordinates(outline)
    lat0, lon0 = point[1], point[0]
    best = np.inf
    for lon, lat in xy:
        best = min(best, WGS84.Inverse(lat0, lon0, lat, lon, Geodesic.DISTANCE)["s12"])
    return float(best)


def test_launch_site_is_sohae(event_0824: Event) -> None:
    site = named(event_0824, "Sohae Satellite Launching Ground")
    assert site.geometry.x == pytest.approx(124.705, abs=1e-9)
    assert site.geometry.y == pytest.approx(39.660, abs=1e-9)
    assert site.times[0].time == dt.datetime(2023, 8, 24, 3, 50, tzinfo=JST)
    pad = named(event_0824, "new coastal launch pad")
    assert pad.basis is Basis.INFERRED and pad.approximate
    s = inverse((site.geometry.x, site.geometry.y), (pad.geometry.x, pad.geometry.y))
    assert 2_000 < s["s12"] < 3_500 and 110 < s["azi1"] < 160  # "about 2.7 km SE"


def test_waypoint_33_km_west_of_baengnyeongdo(event_0824: Event) -> None:
    wp = named(event_0824, "33 km west of Baengnyeongdo")
    s = inverse(place("Baengnyeongdo"), (wp.geometry.x, wp.geometry.y))
    assert s["s12"] == pytest.approx(33_000, abs=0.01)
    assert s["azi1"] % 360 == pytest.approx(270, abs=1e-6)


def track_line(event: Event) -> LineString:
    (track,) = by_kind(event, Kind.TRACK)
    assert isinstance(track.geometry, LineString)
    return track.geometry


def lon_at_lat(line: LineString, lat: float) -> float:
    xy = np.asarray(line.coords)
    i = int(np.flatnonzero((xy[:-1, 1] - lat) * (xy[1:, 1] - lat) <= 0)[0])
    t = (lat - xy[i, 1]) / (xy[i + 1, 1] - xy[i, 1])
    return float(xy[i, 0] + t * (xy[i + 1, 0] - xy[i, 0]))


def test_track_honours_the_reported_waypoints(event_0824: Event) -> None:
    line = track_line(event_0824)
    ieodo = place("Ieodo")
    baengnyeong = place("Baengnyeongdo")
    assert lon_at_lat(line, ieodo[1]) < ieodo[0] - 0.1  # west of Ieodo
    assert lon_at_lat(line, baengnyeong[1]) < baengnyeong[0] - 0.3  # west of Baengnyeongdo
    # the launch site is the first vertex
    assert line.coords[0] == pytest.approx((124.705, 39.66))


def test_a_single_great_circle_would_not_honour_them(event_0824: Event) -> None:
    """Why the track is piecewise: the direct geodesic passes east of Ieodo."""
    line = track_line(event_0824)
    (lon0, lat0), (lon1, lat1) = line.coords[0], line.coords[-1]
    g = WGS84.InverseLine(lat0, lon0, lat1, lon1)
    pts = [g.Position(s) for s in np.linspace(0, g.s13, 2000)]
    direct = LineString([(p["lon2"], p["lat2"]) for p in pts])
    assert lon_at_lat(direct, place("Ieodo")[1]) > place("Ieodo")[0]


def test_track_crosses_the_gate_between_okinawa_and_miyako(event_0824: Event) -> None:
    g = load_gazetteer()
    okinawa = g.region("Okinawa main island").geometry
    miyako = g.region("Miyako Island").geometry
    (gate,) = by_kind(event_0824, Kind.GATE)
    line = track_line(event_0824)
    crossing = line.intersection(gate.geometry)
    assert isinstance(crossing, Point)
    assert not okinawa.contains(crossing) and not miyako.contains(crossing)
    ends = [Point(c) for c in (gate.geometry.coords[0], gate.geometry.coords[-1])]
    assert okinawa.distance(ends[0]) < 0.01 or okinawa.distance(ends[1]) < 0.01
    assert miyako.distance(ends[0]) < 0.01 or miyako.distance(ends[1]) < 0.01
    gap = inverse(ends[0].coords[0], ends[1].coords[0])["s12"]
    assert 250_000 < gap < 300_000


@pytest.mark.parametrize(
    ("fragment", "region", "distance_km", "bearing", "sea", "time"),
    [
        ("Yellow Sea (about 300 km W", "Korean Peninsula", 300, 270, "Yellow Sea", "03:58"),
        (
            "East China Sea (about 350 km SW",
            "Korean Peninsula",
            350,
            225,
            "East China Sea",
            "03:59",
        ),
        ("Pacific (about 600 km E", "Philippines", 600, 90, "Philippine Sea", "04:05"),
    ],
)
def test_fall_areas(
    event_0824: Event,
    fragment: str,
    region: str,
    distance_km: float,
    bearing: float,
    sea: str,
    time: str,
) -> None:
    g = load_gazetteer()
    fall = named(event_0824, fragment)
    assert fall.kind is Kind.FALL_AREA and fall.approximate and fall.basis is Basis.DERIVED
    assert fall.times[0].time.strftime("%H:%M") == time
    assert fall.times[0].time.utcoffset() == dt.timedelta(hours=9)
    assert fall.position is not None and fall.anchor is not None
    pos = (fall.position.lon, fall.position.lat)
    anchor = (fall.anchor.lon, fall.anchor.lat)
    # the position lies in the reported sea, inside its own area, off the region's land
    assert g.sea(sea).geometry.contains(Point(pos))
    assert fall.geometry.contains(Point(pos))
    assert not g.region(region).geometry.contains(Point(pos))
    # measured from the nearest point of the region's edge: at the reported distance +/- 10 %,
    # in the reported direction +/- half a compass step (the band rule)
    assert edge_distance_m(anchor, g.region(region).geometry) < 1_500
    s = inverse(anchor, pos)
    assert 0.9 * distance_km * 1000 <= s["s12"] <= 1.1 * distance_km * 1000
    assert abs((s["azi1"] - bearing + 180) % 360 - 180) <= 22.5
    assert edge_distance_m(pos, g.region(region).geometry) == pytest.approx(s["s12"], rel=0.01)
    # every corner of the drawn area is within the band: 90-110 % of the distance from the
    # region, give or take a cell and a half of the band's grid (an eighth of its width:
    # geo.bands)
    cell = 1.5 * 0.2 * distance_km * 1000 / 8
    for part in shapely.get_parts(fall.geometry):
        ring = shapely.get_coordinates(part.exterior)
        for x, y in ring[:: max(1, len(ring) // 25)]:
            d = edge_distance_m((x, y), g.region(region).geometry)
            assert 0.9 * distance_km * 1000 - cell <= d <= 1.1 * distance_km * 1000 + cell


def test_conflicting_reports_are_both_shown_and_attributed(event_0824: Event) -> None:
    sw = named(event_0824, "about 350 km SW")
    w = named(event_0824, "about 350 km W of the Korean Peninsula, as relayed")
    assert sw.sources[0].organisation != w.sources[0].organisation
    layers = {layer.name: layer for layer in event_0824.layers}
    alt = next(layer for layer in layers.values() if w in layer.features)
    assert alt.conflicting
    topics = {s.topic for s in event_0824.statements}
    assert "Fall areas and the notified areas" in topics
    texts = " ".join(s.text for s in event_0824.statements)
    assert "outside" in texts and "near" in texts


@pytest.mark.parametrize(
    ("fragment", "reference", "distance_km", "azimuth"),
    [
        ("253 km W of Taean", "Taean", 253, 270),
        ("284 km W of Jindo", "Jindo", 284, 270),
        ("820 km E of Manila", "Manila", 820, 90),
    ],
)
def test_hazard_areas_from_descriptions_are_approximate(
    event_0824: Event, fragment: str, reference: str, distance_km: float, azimuth: float
) -> None:
    hz = named(event_0824, fragment)
    assert hz.kind is Kind.HAZARD_AREA and hz.approximate
    assert hz.position is not None
    ref = place(reference)
    direct = WGS84.Direct(ref[1], ref[0], azimuth, distance_km * 1000)
    assert hz.position.lon == pytest.approx(direct["lon2"], abs=1e-8)
    assert hz.position.lat == pytest.approx(direct["lat2"], abs=1e-8)
    labels = [t.label for t in hz.times]
    assert labels == ["window opens", "window closes"]
    assert hz.times[0].time == dt.datetime(2023, 8, 24, 0, 0, tzinfo=JST)


def test_okinawa_alert_zone(event_0824: Event) -> None:
    (zone,) = by_kind(event_0824, Kind.ALERT_ZONE)
    for name in ("Naha", "Miyakojima", "Ishigaki"):
        assert (
            zone.geometry.contains(Point(place(name)))
            or zone.geometry.distance(Point(place(name))) < 0.02
        ), name
    assert not zone.geometry.intersects(Point(129.49, 28.38))  # Amami Oshima: Kagoshima
    issued, lifted = zone.times
    assert (issued.label, issued.time) == (
        "J-Alert: launch",
        dt.datetime(2023, 8, 24, 3, 54, tzinfo=JST),
    )
    assert (lifted.label, lifted.time) == (
        "J-Alert: lifted",
        dt.datetime(2023, 8, 24, 4, 7, tzinfo=JST),
    )


def test_corridor_is_100_km_wide_around_the_track(event_0824: Event) -> None:
    (corridor,) = by_kind(event_0824, Kind.CORRIDOR)
    line = track_line(event_0824)
    xy = np.asarray(line.coords)
    mid = xy[len(xy) // 2]
    nxt = xy[len(xy) // 2 + 1]
    az = WGS84.Inverse(mid[1], mid[0], nxt[1], nxt[0])["azi1"]
    for side in (-90, 90):
        inside = WGS84.Direct(mid[1], mid[0], az + side, 48_000)
        outside = WGS84.Direct(mid[1], mid[0], az + side, 52_000)
        assert corridor.geometry.contains(Point(inside["lon2"], inside["lat2"]))
        assert not corridor.geometry.contains(Point(outside["lon2"], outside["lat2"]))


def test_sea_areas_and_every_feature_is_sourced(event_0824: Event) -> None:
    seas = {f.name for f in by_kind(event_0824, Kind.SEA_AREA)}
    assert seas == {"Yellow Sea", "East China Sea", "Philippine Sea"}
    for f in event_0824.features():
        assert f.sources, f.name
        for t in f.times:
            assert t.time.utcoffset() is not None
