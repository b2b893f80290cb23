"""Areas where a relative report holds: the distance band off a region's coast, a wedge of
flight directions, a ring of ranges; and moving geometries next to a longitude.

A report "about D km BEARING of REGION" holds at every point whose geodesic distance to the
region is about ``D`` and whose nearest point of the region lies in the opposite direction,
i.e. the point is seen from its nearest coast point on ``BEARING``. :func:`region_band` builds
that set by sampling: a square grid in an azimuthal equidistant frame around the region,
each cell's centre classified by its exact geodesic distance and azimuth from its nearest
coast point, the kept cells merged and their staircase outline straightened. The outline is
therefore exact to within a cell and a half (:func:`band_cell_m`: an eighth of the band's
width, 1-20 km), the point chosen in it to within a cell.

Examples
--------
>>> from shapely.geometry import box
>>> island = box(130.0, 30.0, 130.5, 30.5)
>>> band = region_band(island, 90_000.0, 110_000.0, 90.0, 22.5)
>>> from alertmap.geo.geodesic import inverse
>>> coast = LonLat(130.5, 30.25)
>>> across = band.intersection(shapely.LineString([(130.5, 30.25), (133.0, 30.25)]))
>>> [round(inverse(coast, LonLat(x, 30.25))[2] / 1000) for x in across.bounds[::2]]  # to a cell
[90, 111]
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.geodesic import FloatArray, inverse_many, sector
from alertmap.geo.projection import from_local, to_local

__all__ = ["band_cell_m", "flight_wedge", "range_ring", "region_band", "shift_near"]

#: Simplification of a region's outline before the band is built, in degrees (about 500 m):
#: far below the precision of any distance a report gives.
OUTLINE_TOLERANCE_DEG = 0.005
#: Smallest and largest grid cell of a band, in metres.
CELL_MIN_M = 1_000.0
CELL_MAX_M = 20_000.0
#: Cells across the width of a band.
CELLS_ACROSS = 8
#: Fine cells along each side of a coarse cell in the first pass.
COARSE = 4


def band_cell_m(inner_m: float, outer_m: float) -> float:
    """The grid cell used for a band from ``inner_m`` to ``outer_m``: an eighth of its width,
    1-20 km.

    Examples
    --------
    >>> band_cell_m(270_000.0, 330_000.0), band_cell_m(1_800_000.0, 2_200_000.0)
    (7500.0, 20000.0)
    """
    return float(np.clip((outer_m - inner_m) / CELLS_ACROSS, CELL_MIN_M, CELL_MAX_M))


def _angle_difference(a: FloatArray, b: float) -> FloatArray:
    return np.abs((a - b + 180.0) % 360.0 - 180.0)


@functools.lru_cache(maxsize=32)
def _outline(region: BaseGeometry) -> tuple[LonLat, BaseGeometry, shapely.STRtree, FloatArray]:
    """The region simplified, its frame centre, and an R-tree of its outline's edges in that
    frame (cached: one region is often the origin of several reports)."""
    simple = shapely.simplify(region, OUTLINE_TOLERANCE_DEG, preserve_topology=True)
    rp = simple.representative_point()
    centre = LonLat.wrapped(rp.x, rp.y)
    local = to_local(simple, centre)
    rings = shapely.get_rings(shapely.get_parts(local))
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    edge = np.flatnonzero(ring[:-1] == ring[1:])
    segments = np.stack([coords[edge], coords[edge + 1]], axis=1)
    return centre, local, shapely.STRtree(shapely.linestrings(segments)), segments


@functools.lru_cache(maxsize=64)
def _rough_tree(region: BaseGeometry, tolerance_m: float) -> shapely.STRtree:
    """An R-tree of the edges of the region's outline in its frame, simplified to
    ``tolerance_m`` (for the coarse levels of the search, whose cells are far larger)."""
    _, local, _, _ = _outline(region)
    rough = shapely.simplify(local, tolerance_m, preserve_topology=True)
    rings = shapely.get_rings(shapely.get_parts(rough))
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    edge = np.flatnonzero(ring[:-1] == ring[1:])
    return shapely.STRtree(shapely.linestrings(np.stack([coords[edge], coords[edge + 1]], axis=1)))


def _nearest(tree: shapely.STRtree, gx: FloatArray, gy: FloatArray) -> FloatArray:
    """For each point, the nearest point on an edge in ``tree`` (in the frame, as x, y)."""
    samples = shapely.points(gx, gy)
    which, nearest = tree.query_nearest(samples, all_matches=False)
    order = np.argsort(which)
    lines = shapely.shortest_line(samples[which[order]], tree.geometries[nearest[order]])
    ends: FloatArray = shapely.get_coordinates(shapely.get_point(lines, 1))
    return ends


def _keep(
    tree: shapely.STRtree,
    cx: FloatArray,
    cy: FloatArray,
    size: float,
    inner_m: float,
    outer_m: float,
    bearing_deg: float,
    tolerance_deg: float | None,
    slack_m: float = 0.0,
) -> npt.NDArray[np.bool_]:
    """Which cells of side ``size`` centred at (cx, cy) can hold a point of the band, judged
    from their centres: by distance from the outline (exact: no point of a cell is nearer or
    farther than its centre by more than half its diagonal), and with ``tolerance_deg`` also by
    the azimuth from the nearest edge (a heuristic: at a corner of the outline a point of the
    cell can have another nearest edge, so it is used on the last level only, on cells a
    third of the band's width)."""
    ends = _nearest(tree, cx, cy)
    dx, dy = cx - ends[:, 0], cy - ends[:, 1]
    d = np.hypot(dx, dy)
    half_diagonal = size * np.sqrt(0.5) + slack_m
    # a point of the cell is seen from the outline at up to the angle the cell subtends from
    # its centre's azimuth, plus the frame's distortion of azimuths (a few degrees far out)
    slack = np.degrees(np.arctan2(2 * half_diagonal, np.maximum(d, half_diagonal))) + 5.0
    azimuth = np.degrees(np.arctan2(dx, dy)) % 360.0
    keep: npt.NDArray[np.bool_] = (d + half_diagonal >= inner_m) & (d - half_diagonal <= outer_m)
    if tolerance_deg is not None:
        keep &= _angle_difference(azimuth, bearing_deg) <= tolerance_deg + slack
    return keep


def _candidates(
    region: BaseGeometry,
    local: BaseGeometry,
    tree: shapely.STRtree,
    inner_m: float,
    outer_m: float,
    bearing_deg: float,
    tolerance_deg: float,
    cell: float,
) -> tuple[FloatArray, FloatArray]:
    """Centres of the grid cells that can be in the band, found coarse to fine: cells
    ``COARSE``-fold larger at each level up (the largest at most half the band's distance)
    are measured first, and only those that can reach the band are divided (no buffer of the
    region: buffering thousands of islands is slow)."""
    levels = max(0, int(np.floor(np.log(max(outer_m / 2, cell) / cell) / np.log(COARSE))))
    size = cell * COARSE**levels
    x0, y0, x1, y1 = local.bounds
    margin = outer_m + size
    xs = np.arange(x0 - margin + size / 2, x1 + margin, size)
    ys = np.arange(y0 - margin + size / 2, y1 + margin, size)
    cx, cy = (a.ravel() for a in np.meshgrid(xs, ys))
    for level in range(levels, 0, -1):
        if level == 1:
            keep = _keep(tree, cx, cy, size, inner_m, outer_m, bearing_deg, tolerance_deg)
        else:  # by distance only, from an outline simplified to an eighth of a cell
            rough = _rough_tree(region, size / 8)
            keep = _keep(rough, cx, cy, size, inner_m, outer_m, bearing_deg, None, size / 8)
        size /= COARSE
        offsets = (np.arange(COARSE) - (COARSE - 1) / 2) * size
        ox, oy = (a.ravel() for a in np.meshgrid(offsets, offsets))
        cx = (cx[keep][:, None] + ox[None, :]).ravel()
        cy = (cy[keep][:, None] + oy[None, :]).ravel()
    return cx, cy


def region_band(
    region: BaseGeometry,
    inner_m: float,
    outer_m: float,
    bearing_deg: float,
    tolerance_deg: float,
) -> BaseGeometry:
    """Where "``inner_m``-``outer_m`` on ``bearing_deg`` (± ``tolerance_deg``) of a region" holds.

    Parameters
    ----------
    region : shapely geometry
        A (Multi)Polygon in lon/lat degrees.
    inner_m, outer_m : float
        The distance from the region's edge, metres, ``0 <= inner_m < outer_m``.
    bearing_deg, tolerance_deg : float
        The azimuth from the nearest point of the region to the point, and its precision.

    Returns
    -------
    shapely geometry
        (Multi)Polygon in lon/lat degrees, longitudes continuous around the region; empty when
        no point fits (the region has no coast facing that way).
    """
    if not (0.0 <= inner_m < outer_m):
        raise GeoError(
            f"region band: expected 0 <= inner < outer metres, got {inner_m:g}-{outer_m:g}"
        )
    centre, local, tree, _segments = _outline(region)
    cell = band_cell_m(inner_m, outer_m)
    gx, gy = _candidates(
        region, local, tree, inner_m * 0.97, outer_m * 1.03, bearing_deg, tolerance_deg, cell
    )
    if gx.size == 0:
        return Polygon()
    # the outline within a quarter of a cell: well inside the band's precision, and faster
    ends = _nearest(_rough_tree(region, cell / 4), gx, gy)
    ends_ll = shapely.get_coordinates(from_local(shapely.points(ends), centre))
    samples_ll = shapely.get_coordinates(from_local(shapely.points(gx, gy), centre))
    azimuth, _, distance = inverse_many(ends_ll, samples_ll)
    inland = shapely.contains_xy(local, gx, gy)
    keep = (
        ~inland
        & (distance >= inner_m)
        & (distance <= outer_m)
        & (_angle_difference(azimuth % 360.0, bearing_deg) <= tolerance_deg)
    )
    if not keep.any():
        return Polygon()
    half = cell / 2
    cells = shapely.box(gx[keep] - half, gy[keep] - half, gx[keep] + half, gy[keep] + half)
    merged = shapely.coverage_union_all(cells)
    # cells touching only at a corner joined (a quarter cell), the staircase of cell edges cut
    # to straight lines (within a cell of it), then back to lon/lat
    joined = shapely.buffer(merged, cell / 4, join_style="mitre")
    smooth = shapely.simplify(joined, cell, preserve_topology=True)
    smooth = shapely.segmentize(smooth, max(cell, 5_000.0))
    back = shapely.make_valid(from_local(smooth, centre))
    parts = [p for p in shapely.get_parts(back) if p.geom_type == "Polygon"]
    return shapely.union_all(parts) if parts else Polygon()


def range_ring(origin: LonLat, inner_m: float, outer_m: float) -> Polygon:
    """The ring of points ``inner_m``-``outer_m`` from ``origin`` (a reported range).

    Examples
    --------
    >>> ring = range_ring(LonLat(124.705, 39.66), 900_000.0, 1_100_000.0)
    >>> len(ring.interiors)
    1
    """
    return sector(origin, inner_m, outer_m, 0.0, 360.0)


def flight_wedge(origin: LonLat, from_deg: float, to_deg: float, reach_m: float) -> Polygon:
    """Points up to ``reach_m`` from ``origin`` whose azimuth from it runs clockwise from
    ``from_deg`` to ``to_deg`` (a reported flight direction).

    Examples
    --------
    >>> w = flight_wedge(LonLat(124.705, 39.66), 157.5, 202.5, 3_000_000.0)
    >>> w.contains(shapely.Point(125.0, 30.0)), w.contains(shapely.Point(135.0, 39.0))
    (True, False)
    """
    return sector(origin, 0.0, reach_m, from_deg, to_deg)


def shift_near(geometry: BaseGeometry, reference_lon: float) -> BaseGeometry:
    """Each part of a geometry moved by a multiple of 360° of longitude so that it lies within
    180° of ``reference_lon`` (so a sea cut at the antimeridian meets a wedge across it).

    Examples
    --------
    >>> from shapely.geometry import box
    >>> shift_near(box(-179.0, 0.0, -170.0, 5.0), 170.0).bounds
    (181.0, 0.0, 190.0, 5.0)
    """
    parts = shapely.get_parts(geometry)
    moved = []
    for part in parts:
        x0, _, x1, _ = part.bounds
        turns = np.round(((x0 + x1) / 2 - reference_lon) / 360.0)
        moved.append(shapely.transform(part, lambda xy, t=turns: xy - [360.0 * t, 0.0]))
    if len(moved) == 1:
        return moved[0]
    return shapely.union_all(moved)
