"""A catalogue's launches built together (``layers.catalogue._prepare``) are the launches each
built on its own (``build_event``): the same layers, features, sources, times and words; the
outlines the same within a fraction of the catalogue map's pixel; every other row built on
its own. Synthetic rows, not real launches."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import LineString

from alertmap.geo.coords import LonLat
from alertmap.geo.corridor import distance_m
from alertmap.layers.basemap import load_basemap
from alertmap.layers.build import build_event
from alertmap.layers.catalogue import (
    _at_sea,
    _prepare,
    _sectors,
    _simple,
    load_catalogue,
    read_catalogue,
)
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Kind
from alertmap.layers.placement import bearing_tolerance, from_point

WGS84 = Geodesic.WGS84

#: Sites (names and a position), compass points and degrees, short and long flights, alert
#: zones; a row with waypoints and a row whose sector lies on land are built on their own.
CSV = """date,time,site,direction,range_km,waypoints,alerts,source,id
2001-03-06,2001-03-06T05:00:00+09:00,Sohae,S,2300,,Okinawa,Synthetic A,a
2002-04-10,,Sinpo,E,4500,,Hokkaido;Aomori,Synthetic B,b
2003-05-14,,Tonghae,ENE,1200,,,Synthetic C,c
2004-06-18,,40-36N 126-24E,SE,900,,,Synthetic D,d
2005-07-22,,Wonsan Kalma Airport,95,650,,,Synthetic E,e
2006-08-26,,Sohae,SSE,3300,,Okinawa,Synthetic F,f
2007-09-02,,Sunan,ESE,250,,,Synthetic G,g
2008-10-06,,Sinpo,NE,1800,,,Synthetic H,h
2009-11-10,,Sohae,S,1000,Yellow Sea,,Synthetic I,waypoints
2010-12-14,,Sohae,N,400,,,Synthetic J,on-land
"""

#: A pixel at the catalogue's highest zoom (7) is about 0.011° of longitude.
PIXEL_DEG = 360.0 / 256 / 2**7


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "launches.csv"
    path.write_text(CSV, "utf-8")
    return path


def test_only_rows_of_a_site_a_direction_and_a_range_are_built_together(
    catalogue: Path,
) -> None:
    scenarios = read_catalogue(catalogue)
    prepared = dict(zip((s.id for s in scenarios), _prepare(scenarios), strict=True))
    assert prepared["waypoints"] is None and prepared["on-land"] is None
    assert all(p is not None for k, p in prepared.items() if k not in ("waypoints", "on-land"))


def test_built_together_is_built_alone(catalogue: Path) -> None:
    gazetteer = load_gazetteer()
    scenarios = read_catalogue(catalogue)
    together = load_catalogue(catalogue)
    alone = [build_event(s) for s in scenarios]
    for a, b, s in zip(together, alone, scenarios, strict=True):
        row = _simple(s, gazetteer)
        assert [(layer.name, layer.kind) for layer in a.layers] == [
            (layer.name, layer.kind) for layer in b.layers
        ]
        assert a.mentions == b.mentions and a.title == b.title and a.timezone == b.timezone
        for fa, fb in zip(a.features(), b.features(), strict=True):
            for field in fa.__dataclass_fields__:
                if field not in ("geometry", "position"):
                    assert getattr(fa, field) == getattr(fb, field), (a.id, fa.name, field)
            if fb.position is not None:
                assert fa.position is not None
                assert abs(fa.position.lon - fb.position.lon) < 2 * PIXEL_DEG
                assert abs(fa.position.lat - fb.position.lat) < 2 * PIXEL_DEG
            ga, gb = fa.geometry, fb.geometry
            if fa.kind is Kind.FALL_AREA and row is not None:
                # the sea in the sector: the two differ only along the sector's outline,
                # where each one's straight steps between vertices lie
                differ = shapely.symmetric_difference(ga, gb)
                assert differ.area <= 0.03 * gb.area
                sector = from_point(
                    row.origin.position,
                    row.distance_m,
                    row.bearing_deg,
                    about=True,
                    bearing_text=row.bearing_text,
                ).area
                assert sector is not None
                edge = shapely.buffer(shapely.boundary(sector), PIXEL_DEG)
                assert shapely.difference(differ, edge).area < 1e-6 * sector.area
            else:
                assert shapely.hausdorff_distance(ga, gb) < 2 * PIXEL_DEG, (a.id, fa.name)


def test_sectors_cover_the_reported_range_and_direction(catalogue: Path) -> None:
    gazetteer = load_gazetteer()
    rows = [r for r in map(lambda s: _simple(s, gazetteer), read_catalogue(catalogue)) if r]
    for row, sector in zip(rows, _sectors(rows), strict=True):
        origin = row.origin.position
        tol = bearing_tolerance(row.bearing_text)
        for lon, lat in shapely.get_coordinates(sector)[::3]:
            g = WGS84.Inverse(origin.lat, origin.lon, lat, lon)
            assert 0.9 * row.distance_m - 1.0 <= g["s12"] <= 1.1 * row.distance_m + 1.0
            off = (g["azi1"] - row.bearing_deg + 180.0) % 360.0 - 180.0
            assert abs(off) <= tol + 1e-6


def test_corridors_are_half_their_width_from_the_track(catalogue: Path) -> None:
    for event in load_catalogue(catalogue):
        if event.id in ("waypoints", "on-land"):
            continue
        (track,) = (f for f in event.features() if f.kind is Kind.TRACK)
        (lane,) = (f for f in event.features() if f.kind is Kind.CORRIDOR)
        line = LineString(track.geometry)
        outline = shapely.get_coordinates(lane.geometry)[::4]
        away = np.array([distance_m(LonLat(float(x), float(y)), line) for x, y in outline])
        assert np.all(np.abs(away - 50_000.0) < 500.0), event.id
        assert lane.geometry.is_valid and lane.geometry.exterior.is_ccw


def test_the_land_cut_in_pieces_is_the_cut_by_the_whole_land(catalogue: Path) -> None:
    """The batch cuts each sector by the pieces of land it meets, in threads; the same sectors
    cut one by one by the whole land of the bundled coastline leave the same sea."""
    gazetteer = load_gazetteer()
    rows = [r for r in (_simple(s, gazetteer) for s in read_catalogue(catalogue)) if r]
    sectors = _sectors(rows * 40)  # enough rows to be shared among threads
    areas, near = _at_sea(sectors)
    x0, y0, x1, y1 = shapely.total_bounds(sectors)
    land = shapely.union_all(
        [g for _, g in load_basemap((x0 - 1.0, y0 - 1.0, x1 + 1.0, y1 + 1.0)).countries]
    )
    whole = [shapely.difference(sector, land) for sector in sectors]
    cut = [n is not None for n in near]
    assert any(cut) and not all(cut)  # some sectors meet land, some do not
    for area, sea, sector, meets in zip(areas, whole, sectors, cut, strict=True):
        assert shapely.symmetric_difference(area, sea).area < 1e-9 * sector.area
        assert meets == shapely.intersects(sector, land)
        assert area.is_valid
