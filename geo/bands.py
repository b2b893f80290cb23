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
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.geodesic import SPHERE_RADIUS_M, FloatArray, inverse_many, sector
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


class _Edges(NamedTuple):
    """The edges of an outline in a local frame: an R-tree of them, their end points as an
    (n, 2, 2) array in the tree's order, and the outline as one prepared geometry."""

    tree: shapely.STRtree
    segments: FloatArray
    outline: BaseGeometry


def _edges(lines: npt.NDArray[np.object_]) -> _Edges:
    coords, line = shapely.get_coordinates(lines, return_index=True)
    edge = np.flatnonzero(line[:-1] == line[1:])
    segments = np.stack([coords[edge], coords[edge + 1]], axis=1)
    # nodes of three: nearest-edge queries of a few thousand points against a thousand short
    # segments ran in less than half the time of the default (ten)
    tree = shapely.STRtree(shapely.linestrings(segments), node_capacity=3)
    outline = shapely.multilinestrings(lines)
    shapely.prepare(outline)
    return _Edges(tree, segments, outline)


@functools.lru_cache(maxsize=32)
def _outline(region: BaseGeometry) -> tuple[LonLat, BaseGeometry]:
    """The region's frame centre, and the region simplified, in that frame (cached: one
    region is often the origin of several reports). Its edges are measured from copies
    simplified further (:func:`_rough_edges`)."""
    # Douglas-Peucker without topology checks is five times faster; the rare outline that
    # comes out crossing itself is repaired
    simple = shapely.simplify(region, OUTLINE_TOLERANCE_DEG, preserve_topology=False)
    if not simple.is_valid:
        simple = shapely.make_valid(simple, method="structure", keep_collapsed=False)
    rp = simple.representative_point()
    centre = LonLat.wrapped(rp.x, rp.y)
    return centre, to_local(simple, centre)


@functools.lru_cache(maxsize=64)
def _rough_edges(region: BaseGeometry, tolerance_m: float) -> _Edges:
    """The edges of the region's outline in its frame, simplified to ``tolerance_m`` (for the
    coarse levels of the search, whose cells are far larger). Each ring is simplified as a
    line, which keeps at least its first point: an islet smaller than the tolerance stays as
    a point rather than dropping out, as it would from a simplified polygon."""
    _, local = _outline(region)
    rings = shapely.get_rings(shapely.get_parts(local))
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    lines = shapely.linestrings(coords, indices=ring)
    return _edges(shapely.simplify(lines, tolerance_m, preserve_topology=False))


def _distance(edges: _Edges, gx: FloatArray, gy: FloatArray) -> FloatArray:
    """For each point, its distance to the nearest edge (in the frame, metres)."""
    which, distance = edges.tree.query_nearest(
        shapely.points(gx, gy), all_matches=False, return_distance=True
    )
    found: FloatArray = distance[np.argsort(which[0])]
    return found


def _nearest(edges: _Edges, gx: FloatArray, gy: FloatArray) -> FloatArray:
    """For each point, the nearest point on an edge (in the frame, as x, y): the nearest edge
    from the R-tree, the point on it by projection."""
    lines = shapely.shortest_line(edges.outline, shapely.points(gx, gy))
    ends: FloatArray = shapely.get_coordinates(lines)[::2]
    return ends


@dataclass(frozen=True, slots=True)
class _Band:
    """What a band asks of a point: its distance from the region's outline and the azimuth it
    is seen on from its nearest outline point, in the region's frame (centred on ``centre``)."""

    inner_m: float
    outer_m: float
    bearing_deg: float
    tolerance_deg: float
    centre: LonLat

    def could_hold(
        self, gx: FloatArray, gy: FloatArray, d: FloatArray, ends: FloatArray | None, reach_m: float
    ) -> npt.NDArray[np.bool_]:
        """Which squares centred at (gx, gy), each point of them within ``reach_m`` of its
        centre, can hold a point of the band, judged from the centre's distance ``d`` to the
        outline and, given the ``ends`` of those distances, its azimuth. The distance test is
        exact up to the frame's distortion (allowed for: :func:`_frame_slack`); the azimuth
        test is a heuristic where the nearest outline point is a corner whose neighbourhood
        a square straddles, so it is used on squares a third of the band's width or less."""
        stretch, turn = _frame_slack(gx, gy)
        fits: npt.NDArray[np.bool_] = (d * (1.0 + stretch) + reach_m >= self.inner_m) & (
            d * (1.0 - stretch) - reach_m <= self.outer_m
        )
        if ends is not None:
            dx, dy = gx - ends[:, 0], gy - ends[:, 1]
            # the azimuth at the outline point (where a geodesic's azimuth is measured)
            turn_at = _north_turn(ends[:, 0], ends[:, 1], self.centre)
            azimuth = (np.degrees(np.arctan2(dx, dy)) + turn_at) % 360.0
            # a point of the square is seen from the outline at up to the angle the square
            # subtends from its centre, and as much again where its nearest point slides
            # along a curving coast (taken twice); the frame turns directions a little
            slack = np.degrees(np.arctan2(4 * reach_m, np.maximum(d, reach_m))) + turn
            fits &= _angle_difference(azimuth, self.bearing_deg) <= self.tolerance_deg + slack
        return fits


def _jumps(
    cx: FloatArray, cy: FloatArray, ends: FloatArray, size: float, reach_m: float
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Pairs of neighbouring cells of a grid (centres cx, cy, step ``size``), both ways round,
    whose nearest outline points are farther apart than the two centres and the outline's
    simplification (``reach_m`` beyond the half diagonal) explain: the nearest point jumps
    between them (across a bay, round a headland)."""
    ij = np.rint(np.column_stack([cx, cy]) / size).astype(np.int64)
    code = ij[:, 0] * (1 << 32) + ij[:, 1]
    order = np.argsort(code)
    sorted_code = code[order]
    allowed = np.hypot(size, size) + 2.0 * (reach_m - size * np.sqrt(0.5)) + 1.0
    firsts, seconds = [], []
    for di, dj in ((1, 0), (0, 1), (1, 1), (1, -1)):
        target = (ij[:, 0] + di) * (1 << 32) + (ij[:, 1] + dj)
        pos = np.minimum(np.searchsorted(sorted_code, target), len(code) - 1)
        found = np.flatnonzero(sorted_code[pos] == target)
        other = order[pos[found]]
        step = np.linalg.norm(ends[found] - ends[other], axis=1)
        apart = np.hypot(cx[found] - cx[other], cy[found] - cy[other])
        jump = step > apart + allowed
        firsts += [found[jump], other[jump]]
        seconds += [other[jump], found[jump]]
    return np.concatenate(firsts), np.concatenate(seconds)


def _candidates(
    region: BaseGeometry, local: BaseGeometry, band: _Band, cell: float
) -> tuple[FloatArray, FloatArray]:
    """Centres of the grid cells that can be in the band, found coarse to fine: cells
    ``COARSE``-fold larger at each level up (the largest at most half the band's distance)
    are measured first, and only those that can reach the band are divided (no buffer of the
    region: buffering thousands of islands is slow). The coarse levels measure from an
    outline simplified to an eighth of their cell, by distance only; the last, from the
    outline the cells are classified with, by distance and azimuth."""
    reach = band.outer_m * 1.03  # and the frame's stretch
    levels = max(0, int(np.floor(np.log(max(reach / 2, cell) / cell) / np.log(COARSE))))
    size = cell * COARSE**levels
    x0, y0, x1, y1 = local.bounds
    margin = reach + size
    xs = np.arange(x0 - margin + size / 2, x1 + margin, size)
    ys = np.arange(y0 - margin + size / 2, y1 + margin, size)
    cx, cy = (a.ravel() for a in np.meshgrid(xs, ys))
    for level in range(levels, 0, -1):
        tolerance = cell / 4 if level == 1 else size / 8
        edges = _rough_edges(region, tolerance)
        reach = size * np.sqrt(0.5) + tolerance
        if level == 1:
            ends = _nearest(edges, cx, cy)
            d = np.hypot(cx - ends[:, 0], cy - ends[:, 1])
            keep = band.could_hold(cx, cy, d, ends, reach)
            # where the nearest coast jumps from one cell to the next, a part of a cell can
            # see its neighbour's coast rather than its own: judged from that one too
            a, b = _jumps(cx, cy, ends, size, reach)
            keep[a[band.could_hold(cx[a], cy[a], d[a], ends[b], reach)]] = True
        else:
            keep = band.could_hold(cx, cy, _distance(edges, cx, cy), None, reach)
        size /= COARSE
        offsets = (np.arange(COARSE) - (COARSE - 1) / 2) * size
        ox, oy = (a.ravel() for a in np.meshgrid(offsets, offsets))
        cx = (cx[keep][:, None] + ox[None, :]).ravel()
        cy = (cy[keep][:, None] + oy[None, :]).ravel()
    return cx, cy


def _frame_slack(gx: FloatArray, gy: FloatArray) -> tuple[FloatArray, FloatArray]:
    """How much a local frame can misstate distances (a fraction) and directions (degrees,
    once :func:`_north_turn` is applied) at points (gx, gy): the AEQD scale runs from 1 to
    k = (r/R) / sin(r/R) at the radius r from the frame's centre, which stretches a distance by
    at most k - 1 and turns a direction by at most 2(k - 1) radians; a half per cent and a
    degree more for the ellipsoid."""
    r = np.minimum(np.hypot(gx, gy) / SPHERE_RADIUS_M, 3.0)
    k = np.where(r > 1e-9, r / np.sin(np.maximum(r, 1e-9)), 1.0)
    return (k - 1.0) + 0.005, np.degrees(2.0 * (k - 1.0)) + 2.0


def _north_turn(gx: FloatArray, gy: FloatArray, centre: LonLat) -> FloatArray:
    """Degrees to add to a direction measured in the frame (clockwise from the frame's y
    axis) at (gx, gy) to make it an azimuth from true north there (on the sphere).

    In an azimuthal equidistant frame the line from the centre at azimuth a is straight and
    keeps the frame direction a, while the great circle arrives at the point with the
    azimuth a2 given by spherical trigonometry: the frame's north turns by a2 - a (the
    meridians converge, by about the longitude difference times the sine of the latitude).
    """
    a = np.arctan2(gx, gy)
    c = np.hypot(gx, gy) / SPHERE_RADIUS_M
    lat0 = np.radians(centre.lat)
    sin_lat = np.clip(np.sin(lat0) * np.cos(c) + np.cos(lat0) * np.sin(c) * np.cos(a), -1.0, 1.0)
    cos_lat = np.sqrt(1.0 - sin_lat**2)
    # the azimuth at the point back towards the centre, turned half a circle
    dlon = np.arctan2(np.sin(a) * np.sin(c) * np.cos(lat0), np.cos(c) - np.sin(lat0) * sin_lat)
    back = np.arctan2(
        -np.sin(dlon) * np.cos(lat0), cos_lat * np.sin(lat0) - sin_lat * np.cos(lat0) * np.cos(dlon)
    )
    turn: FloatArray = (np.degrees(back - a) + 180.0 + 180.0) % 360.0 - 180.0
    return np.where(c > 1e-12, turn, 0.0)


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
    centre, local = _outline(region)
    band = _Band(inner_m, outer_m, bearing_deg, tolerance_deg, centre)
    cell = band_cell_m(inner_m, outer_m)
    gx, gy = _candidates(region, local, band, cell)
    if gx.size == 0:
        return Polygon()
    # the outline within a quarter of a cell: well inside the band's precision, and faster;
    # the frame leaves out what surely lies outside the band before the exact geodesic is
    # solved for the rest
    ends = _nearest(_rough_edges(region, cell / 4), gx, gy)
    near = band.could_hold(gx, gy, np.hypot(gx - ends[:, 0], gy - ends[:, 1]), ends, 0.0)
    gx, gy, ends = gx[near], gy[near], ends[near]
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
    bounds = shapely.bounds(parts)
    turns = np.round(((bounds[:, 0] + bounds[:, 2]) / 2 - reference_lon) / 360.0)
    if turns.size == 0 or (turns == turns[0]).all():  # one move for all: nothing to merge
        shift = 360.0 * (float(turns[0]) if turns.size else 0.0)
        return shapely.transform(geometry, lambda xy: xy - [shift, 0.0]) if shift else geometry
    moved = [
        shapely.transform(part, lambda xy, t=t: xy - [360.0 * t, 0.0])
        for part, t in zip(parts, turns, strict=True)
    ]
    return shapely.union_all(moved)
