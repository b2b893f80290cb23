"""Corridors and distances in local azimuthal equidistant (AEQD) projections.

Distances from the centre of an AEQD projection are true geodesic distances, and other
distances are nearly so close to it. So a corridor is buffered piece by piece, each piece
(at most `PIECE_LENGTH_M` long) in an AEQD centred on its own midpoint, and a distance from a
point is measured in the AEQD centred on that point.
"""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LinearRing, LineString, MultiLineString, MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry, BaseMultipartGeometry

from alertmap.geo.antimeridian import enclosing_polygon, normalize_lon, unwrap_lons
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.geodesic import (
    GEOD,
    as_lonlat_array,
    densify,
    densify_parts,
    great_circle_m,
)
from alertmap.geo.projection import from_local, to_local

__all__ = [
    "DENSIFY_SPACING_M",
    "PIECE_LENGTH_M",
    "candidate_part",
    "corridor",
    "densify_geometry",
    "distance_m",
    "nearest_point",
]

FloatArray = npt.NDArray[np.float64]

PIECE_LENGTH_M = 400_000.0
"""Longest stretch of track buffered in one local projection."""

DENSIFY_SPACING_M = 5_000.0
"""Vertex spacing of tracks and outlines before they are projected."""

# Segments per quarter circle of a buffer's round ends: a 50 km cap strays by about 4 m.
_QUAD_SEGS = 32


def densify_geometry(geom: BaseGeometry, *, max_spacing_m: float) -> BaseGeometry:
    """Copy of ``geom`` with vertices added along geodesics, none more than ``max_spacing_m`` apart.

    Points stay as they are; lines, rings and the parts of collections are densified.

    Examples
    --------
    >>> line = densify_geometry(LineString([(0, 0), (0, 1)]), max_spacing_m=50_000)
    >>> len(line.coords)
    4
    """
    if geom.is_empty or isinstance(geom, Point | MultiPoint):
        return geom

    def dense(coords: object) -> FloatArray:
        xy = np.asarray(coords, dtype=np.float64)[:, :2]
        return densify(xy, max_spacing_m=max_spacing_m)

    if isinstance(geom, LinearRing):
        return LinearRing(dense(geom.coords))
    if isinstance(geom, LineString | MultiLineString):
        # every line at once (many short lines are the common case: candidate edges)
        lines = shapely.get_parts(geom)
        coords, part = shapely.get_coordinates(lines, return_index=True)
        xy, owner = densify_parts(coords, part, max_spacing_m=max_spacing_m)
        dense_lines = shapely.linestrings(xy, indices=owner)
        return (
            dense_lines[0] if isinstance(geom, LineString) else MultiLineString(list(dense_lines))
        )
    if isinstance(geom, Polygon):
        return Polygon(dense(geom.exterior.coords), [dense(ring.coords) for ring in geom.interiors])
    if isinstance(geom, BaseMultipartGeometry):
        parts = [densify_geometry(part, max_spacing_m=max_spacing_m) for part in geom.geoms]
        return type(geom)(parts)
    raise GeoError(f"geometry: expected a shapely geometry, got {type(geom).__name__}")


def _check_width(width_m: float) -> float:
    width = float(width_m)
    if not (math.isfinite(width) and width > 0.0):
        raise GeoError(f"width_m: expected a positive width in m, got {width_m!r}")
    return width


def _pole_loop(local_area: BaseGeometry, center: LonLat) -> tuple[FloatArray, float] | None:
    """The outline of a piece of corridor (in the AEQD centred on ``center``) that holds a
    pole, as lon, lat rows with continuous longitudes going once round the world and closed
    360° on, and the pole's latitude; None for a piece that keeps the poles outside."""
    held = [
        pole_lat
        for pole_lat in (90.0, -90.0)
        if local_area.intersects(to_local(Point(center.lon, pole_lat), center))
    ]
    if len(held) != 1 or not isinstance(local_area, Polygon):
        return None  # no pole (both would take a corridor 20,000 km wide; 2,000 km at most)
    outline = shapely.get_coordinates(from_local(local_area.exterior, center))[:-1]
    outline = outline[np.abs(outline[:, 1]) < 90.0 - 1e-9]  # on the pole: no longitude
    loop = np.column_stack([unwrap_lons(outline[:, 0]), outline[:, 1]])
    back = normalize_lon(float(loop[0, 0] - loop[-1, 0]))  # the step that closes it
    turns = round((float(loop[-1, 0] - loop[0, 0]) + back) / 360.0)
    if not turns:
        return None  # touches the pole and turns back: drawn as any other piece
    if abs(turns) > 1:
        raise GeoError(
            f"corridor: expected a corridor that goes round a pole at most once, got one near "
            f"{center.lat:.2f}, {center.lon:.2f}"
        )
    closing = loop[:1] + np.array([360.0 * turns, 0.0])
    return np.vstack([loop, closing]), held[0]


def _buffer_piece(
    piece: FloatArray, along_m: FloatArray, radius_m: float
) -> BaseGeometry | tuple[FloatArray, float]:
    """Buffer one stretch of track in the AEQD centred on its midpoint; lon as in ``piece``.
    A stretch whose buffer holds a pole comes back as its outline (`_pole_loop`)."""
    middle = int(np.searchsorted(along_m, (along_m[0] + along_m[-1]) / 2.0))
    mid_lon, mid_lat = piece[min(middle, len(piece) - 1)]
    center = LonLat(normalize_lon(float(mid_lon)), float(mid_lat))
    shift = float(mid_lon) - center.lon
    if along_m[-1] == along_m[0]:
        shape: BaseGeometry = Point(piece[0])
    else:
        shape = LineString(piece)
    local_area = shapely.buffer(to_local(shape, center), radius_m, quad_segs=_QUAD_SEGS)
    local_area = shapely.segmentize(local_area, DENSIFY_SPACING_M)
    loop = _pole_loop(local_area, center)
    if loop is not None:
        return loop
    area = from_local(local_area, center)
    return shapely.transform(area, lambda xy: xy + np.array([shift, 0.0]))


def _window_middle(areas: list[BaseGeometry], default: float) -> float:
    """The middle of a 360° window of longitudes that holds ``areas`` as they are, its edges
    as far from them as can be; when they span 360° or more, one whose edges fall in the
    middle of the widest gap between them (taken modulo 360), so that no edge cuts one of
    them; ``default`` when there are none, or no gap."""
    if not areas:
        return default
    bounds = shapely.bounds(np.asarray(areas, dtype=object))
    west, east = float(bounds[:, 0].min()), float(bounds[:, 2].max())
    if east - west < 360.0:
        return (west + east) / 2.0
    starts = np.mod(bounds[:, 0], 360.0)
    order = np.argsort(starts)
    starts, ends = starts[order], (starts + bounds[:, 2] - bounds[:, 0])[order]
    reach = np.maximum.accumulate(ends)
    # the gap after each stretch: to the next start, and round the back of the world
    gaps = np.append(starts[1:], starts[0] + 360.0) - reach
    widest = int(np.argmax(gaps))
    if gaps[widest] <= 0.0:
        return default
    return float(reach[widest] + gaps[widest] / 2.0) + 180.0


def _round_pole(
    areas: list[BaseGeometry], loops: list[tuple[FloatArray, float]], first_lon: float
) -> Polygon:
    """Pieces of corridor and the outlines of the pieces that hold a pole, joined in one
    360° window: each piece holding a pole is the strip from its outline to the pole's
    latitude (:func:`alertmap.geo.antimeridian.enclosing_polygon`, as for a range ring round
    a pole). The window holds the other pieces where they are (in the track's turn of
    longitude) when it can (see `_window_middle`), and the track's first point."""
    middle = _window_middle(areas, first_lon)
    middle += 360.0 * round((first_lon - middle) / 360.0)
    west = middle - 180.0
    turns = np.floor((shapely.bounds(np.asarray(areas, dtype=object))[:, 0] - west) / 360.0)
    joined = [
        shapely.transform(area, lambda xy, k=float(k): xy - np.array([360.0 * k, 0.0]))
        for area, k in zip(areas, turns.reshape(-1), strict=True)
    ]
    for loop, pole_lat in loops:
        pole = (middle, pole_lat)
        joined.append(enclosing_polygon(loop, pole, center_lon=middle, name="corridor"))
    union = shapely.union_all(joined)
    if not isinstance(union, Polygon):
        raise GeoError(
            "corridor: expected the buffered pieces round the pole to form one polygon, got "
            f"{union.geom_type}"
        )
    return union


def corridor(coords: FloatArray, width_m: float) -> Polygon:
    """The area within ``width_m / 2`` of the polyline ``coords`` (lon, lat), round-ended.

    The track is densified along geodesics, cut into stretches of at most 400 km, and each
    stretch is buffered in metres in an AEQD projection centred on its own midpoint, so a track
    thousands of kilometres long is not distorted. Outline vertices are at most 5 km apart.

    A corridor that holds a pole (a track over it, or from a launch site at it) is, in
    longitude and latitude, 360° wide round that pole: the strip between its outline and the
    pole's latitude (±90), as a range ring round a pole is drawn. Its window of longitudes
    holds the rest of the corridor where the track puts it, with the window's edges as far
    from it as they can be.

    Parameters
    ----------
    coords : numpy.ndarray
        ``(N, 2)`` lon, lat, e.g. from `geo.geodesic.track`; N >= 1 (one point gives a disc).
    width_m : float
        Full width in metres.

    Returns
    -------
    shapely.Polygon
        Counter-clockwise exterior; longitudes continuous with ``coords`` (round a pole:
        within the 360° window, which holds the first point of ``coords`` as given).

    Raises
    ------
    GeoError
        If the width is not positive, the coordinates are invalid, or the corridor cannot be
        drawn as one area in longitude and latitude (it goes round a pole and also round the
        world off it).

    Examples
    --------
    >>> lane = corridor(np.array([[179.0, 0.0], [181.0, 0.0]]), 100_000.0)
    >>> [round(v, 3) for v in lane.bounds]
    [178.551, -0.452, 181.449, 0.452]

    Over the north pole, from 89°N 0°E to 89°N 180°: 360° wide, up to the pole's latitude.

    >>> polar = corridor(np.array([[0.0, 89.0], [180.0, 89.0]]), 100_000.0)
    >>> [round(v, 3) for v in polar.bounds]
    [-180.0, 88.552, 180.0, 90.0]
    """
    radius = _check_width(width_m) / 2.0
    line = densify(as_lonlat_array(coords), max_spacing_m=DENSIFY_SPACING_M)
    _, _, steps = GEOD.inv(line[:-1, 0], line[:-1, 1], line[1:, 0], line[1:, 1])
    along = np.concatenate([[0.0], np.cumsum(steps)])
    pieces = max(1, math.ceil(along[-1] / PIECE_LENGTH_M))
    cuts = np.searchsorted(along, np.linspace(0.0, along[-1], pieces + 1)[1:-1])
    bounds = np.unique(np.concatenate([[0], cuts, [len(line) - 1]]))
    if len(bounds) == 1:
        bounds = np.array([0, 0])
    buffered = [
        _buffer_piece(line[start : stop + 1], along[start : stop + 1], radius)
        for start, stop in itertools.pairwise(bounds)
    ]
    areas = [p for p in buffered if isinstance(p, BaseGeometry)]
    loops = [p for p in buffered if not isinstance(p, BaseGeometry)]
    if loops:
        off_pole = line[np.abs(line[:, 1]) < 90.0]
        first_lon = float(off_pole[0, 0]) if len(off_pole) else 0.0
        union = _round_pole(areas, loops, first_lon)
    else:
        union = shapely.union_all(areas)
    if not isinstance(union, Polygon):
        raise GeoError(
            f"corridor: expected the buffered pieces to form one polygon, got {union.geom_type}"
        )
    oriented: Polygon = shapely.orient_polygons(union, exterior_cw=False)
    return oriented


#: Geometries with more vertices than this are cut down to their candidate parts first.
_PREFILTER_MIN_VERTICES = 64


def candidate_part(point: LonLat, geom: BaseGeometry, *, slack_m: float = 0.0) -> BaseGeometry:
    """The part of ``geom`` that can hold its nearest point to ``point`` (with ``slack_m``:
    every point of ``geom`` up to ``slack_m`` farther than the nearest one).

    Distances from ``point`` to the result, and the nearest point, are those to ``geom``: the
    result is ``point`` itself when a polygon holds it, else the edges (or points) that pass a
    great-circle test with wide margins, else ``geom``. Measuring then projects a few dozen
    vertices instead of a whole coastline.

    Examples
    --------
    >>> ring = shapely.Point(0, 0).buffer(1.0, quad_segs=64)
    >>> part = candidate_part(LonLat(3.0, 0.0), ring)
    >>> part.geom_type, len(part.geoms), len(ring.exterior.coords) - 1
    ('MultiLineString', 26, 256)
    >>> candidate_part(LonLat(0.2, 0.1), ring).wkt
    'POINT (0.2 0.1)'
    """
    kind = geom.geom_type
    if shapely.get_num_coordinates(geom) <= _PREFILTER_MIN_VERTICES or kind not in (
        "Polygon",
        "MultiPolygon",
        "LineString",
        "MultiLineString",
        "MultiPoint",
    ):
        return geom
    min_lon, _, max_lon, _ = geom.bounds
    if min_lon < -180.0 or max_lon > 180.0 or max_lon - min_lon > 180.0:
        return geom  # unwrapped longitudes: measured whole
    if kind in ("Polygon", "MultiPolygon"):
        if not slack_m and shapely.intersects_xy(geom, point.lon, point.lat):
            return Point(point.lon, point.lat)
        lines = shapely.get_rings(shapely.get_parts(geom))
    else:
        lines = shapely.get_parts(geom)
    coords, index = shapely.get_coordinates(lines, return_index=True)
    d = great_circle_m(np.array([point.lon, point.lat]), coords)
    # the nearest vertex bounds the true distance; any nearer point lies on an edge whose
    # nearer end is at most about half the edge's length farther (margins: sphere vs WGS84)
    reach = 1.02 * (float(d.min()) + slack_m) + 10.0
    if kind == "MultiPoint":
        return MultiPoint(coords[d <= reach])
    same = index[:-1] == index[1:]
    length = great_circle_m(coords[:-1], coords[1:])
    keep = np.flatnonzero(same & (np.minimum(d[:-1], d[1:]) - length <= reach))
    ends = np.stack([coords[keep], coords[keep + 1]], axis=1)
    return shapely.multilinestrings(shapely.linestrings(ends))


def _local_target(point: LonLat, geom: BaseGeometry, densify: bool = True) -> BaseGeometry:
    if geom.is_empty:
        raise GeoError("geometry: expected a non-empty geometry, got an empty one")
    part = candidate_part(point, geom)
    if densify:
        part = (
            _densified(part)
            if part is geom
            else densify_geometry(part, max_spacing_m=DENSIFY_SPACING_M)
        )
    return to_local(part, point)


@functools.lru_cache(maxsize=64)
def _densified(geom: BaseGeometry) -> BaseGeometry:
    """``geom`` densified along geodesics, cached: repeated queries against one region are
    the common case (a search along a track), and densifying is the costly step."""
    return densify_geometry(geom, max_spacing_m=DENSIFY_SPACING_M)


def distance_m(point: LonLat, geom: BaseGeometry, *, densify: bool = True) -> float:
    """Geodesic distance in metres from ``point`` to ``geom`` (lon, lat); 0 if inside.

    ``geom`` is densified to 5 km along geodesics and projected into the AEQD centred on
    ``point``, where the distance from the origin is the geodesic distance. Pass
    ``densify=False`` for a geometry already densified with :func:`densify_geometry`.

    Examples
    --------
    >>> round(distance_m(LonLat(0.0, 0.0), Point(1.0, 0.0)), 3)
    111319.491
    >>> distance_m(LonLat(0.5, 0.5), shapely.box(0, 0, 1, 1))
    0.0
    """
    local = _local_target(point, geom, densify)
    return float(shapely.distance(Point(0.0, 0.0), local))


def nearest_point(point: LonLat, geom: BaseGeometry, *, densify: bool = True) -> LonLat:
    """The point of ``geom`` nearest to ``point`` (``point`` itself if inside).

    Edges of ``geom`` are geodesics, so the top edge of this box bulges 4 m north of 1°N:

    Examples
    --------
    >>> nearest = nearest_point(LonLat(0.5, 3.0), shapely.box(0, 0, 1, 1))
    >>> round(nearest.lon, 6), round(nearest.lat, 6)
    (0.5, 1.000038)
    """
    local = _local_target(point, geom, densify)
    if local.intersects(Point(0.0, 0.0)):
        return point
    _, nearest = shapely.shortest_line(Point(0.0, 0.0), local).coords
    found = from_local(Point(nearest), point)
    return LonLat.wrapped(found.x, found.y)
