"""The band "about D km BEARING of a region" (geo.bands.region_band).

Two kinds of check:

* the coarse-to-fine search loses no cell: every cell of the band's lattice that the final
  rule admits (exact geodesic distance and azimuth from the nearest outline point) is among
  the cells the search examines, for regions with bays, headlands and islands;
* the band itself against an independent measure: points of the band, their geodesic
  distance and azimuth from the region's outline computed by brute force over the densified
  outline with pyproj, not with the module's frames.
"""

from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

from alertmap.geo import bands
from alertmap.geo.coords import LonLat
from alertmap.geo.geodesic import inverse_many
from alertmap.geo.projection import from_local, to_local
from alertmap.layers.gazetteer import load_gazetteer

GEOD = pyproj.Geod(ellps="WGS84")

CASES = [
    ("Korean Peninsula", 300, 270.0),
    ("Korean Peninsula", 350, 225.0),
    ("Korean Peninsula", 150, 90.0),
    ("Philippines", 600, 90.0),
    ("Kyushu", 200, 180.0),
    ("Kamchatka", 900, 135.0),
    ("Hokkaido", 400, 45.0),
    # cells the search once lost, found by a mutation run (tools/mutation/)
    ("Kyushu", 300, 0.0),
    ("Hokkaido", 300, 180.0),
    ("Okinawa main island", 150, 270.0),
]


def _lattice_truth(
    region: shapely.Geometry, band: bands._Band, cell: float, origin: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Every cell centre of the lattice around the region that the final rule admits."""
    _, local = bands._outline(region)
    x0, y0, x1, y1 = local.bounds
    m = band.outer_m * 1.1
    ox, oy = origin
    xs = np.arange(np.floor((x0 - m - ox) / cell) * cell + ox, x1 + m, cell)
    ys = np.arange(np.floor((y0 - m - oy) / cell) * cell + oy, y1 + m, cell)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
    ends = bands._nearest(bands._rough_edges(region, cell / 4), gx, gy)
    ends_ll = shapely.get_coordinates(from_local(shapely.points(ends), band.centre))
    samples_ll = shapely.get_coordinates(from_local(shapely.points(gx, gy), band.centre))
    azimuth, _, distance = inverse_many(ends_ll, samples_ll)
    admitted = (
        ~shapely.contains_xy(local, gx, gy)
        & (distance >= band.inner_m)
        & (distance <= band.outer_m)
        & (bands._angle_difference(azimuth % 360.0, band.bearing_deg) <= band.tolerance_deg)
    )
    return gx[admitted], gy[admitted]


@pytest.mark.parametrize(("name", "km", "bearing"), CASES)
def test_the_search_loses_no_cell_of_the_band(name: str, km: float, bearing: float) -> None:
    region = load_gazetteer().region(name).geometry
    centre, local = bands._outline(region)
    band = bands._Band(km * 900.0, km * 1100.0, bearing, 22.5, centre)
    cell = bands.band_cell_m(band.inner_m, band.outer_m)
    gx, gy = bands._candidates(region, local, band, cell)
    assert gx.size
    origin = (float(gx[0] % cell), float(gy[0] % cell))
    tx, ty = _lattice_truth(region, band, cell, origin)
    assert tx.size > 50  # the band is not empty
    examined = set(
        zip(np.rint(gx / cell * 2).tolist(), np.rint(gy / cell * 2).tolist(), strict=True)
    )
    missed = [
        (x, y)
        for x, y in zip(
            np.rint(tx / cell * 2).tolist(), np.rint(ty / cell * 2).tolist(), strict=True
        )
        if (x, y) not in examined
    ]
    assert not missed, f"{len(missed)} of {tx.size} cells of the band were never examined"


def _outline_points(region: shapely.Geometry, spacing_deg: float = 0.02) -> np.ndarray:
    """The region's outline, densified, as lon/lat vertices."""
    rings = shapely.get_rings(shapely.get_parts(region))
    return shapely.get_coordinates(shapely.segmentize(rings, spacing_deg))


@pytest.mark.parametrize(("name", "km", "bearing"), CASES[::2])
def test_band_points_are_at_the_distance_and_bearing(name: str, km: float, bearing: float) -> None:
    region = load_gazetteer().region(name).geometry
    inner, outer = km * 900.0, km * 1100.0
    band = bands.region_band(region, inner, outer, bearing, 22.5)
    cell = bands.band_cell_m(inner, outer)
    # points well inside the band's cells (the outline is drawn to within a cell and a half)
    core = shapely.buffer(band, -0.02)
    rng = np.random.default_rng(7)
    x0, y0, x1, y1 = core.bounds
    xs, ys = rng.uniform(x0, x1, 4000), rng.uniform(y0, y1, 4000)
    inside = shapely.contains_xy(core, xs, ys)
    xs, ys = xs[inside][:40], ys[inside][:40]
    assert xs.size >= 20
    coast = _outline_points(region)
    for x, y in zip(xs, ys, strict=True):
        n = len(coast)
        az, _, dist = GEOD.inv(coast[:, 0], coast[:, 1], np.full(n, x), np.full(n, y))
        nearest = dist.min()
        assert inner - 1.5 * cell <= nearest <= outer + 1.5 * cell
        # seen on the bearing from a coast point as near as the nearest, give or take the
        # band's precision (a cell and a half; where two capes are about as near, either is)
        near = dist <= nearest + 1.5 * cell
        off = np.abs((az[near] - bearing + 180.0) % 360.0 - 180.0)
        assert off.min() <= 22.5 + np.degrees(np.arctan2(1.5 * cell, nearest)) + 0.5


@pytest.mark.parametrize("lat", [38.0, 55.0, 12.0, -60.0])
def test_north_turn_matches_the_frame(lat: float) -> None:
    """The frame's north at a point, found from two projected points a little apart in
    latitude, against the spherical formula."""
    centre = LonLat(127.0, lat)
    rng = np.random.default_rng(3)
    gx, gy = rng.uniform(-1.5e6, 1.5e6, 100), rng.uniform(-1.5e6, 1.5e6, 100)
    ll = shapely.get_coordinates(from_local(shapely.points(gx, gy), centre))
    ahead = shapely.get_coordinates(to_local(shapely.points(ll[:, 0], ll[:, 1] + 0.01), centre))
    frame_north = np.degrees(np.arctan2(ahead[:, 0] - gx, ahead[:, 1] - gy))
    turn = bands._north_turn(gx, gy, centre)
    error = (turn + frame_north + 180.0) % 360.0 - 180.0
    # the formula is spherical: within the slack the search allows for the ellipsoid
    assert np.abs(error).max() < bands._frame_slack(gx, gy)[1].min()
    assert np.abs(frame_north).max() > 3.0  # the turn matters: meridians converge
