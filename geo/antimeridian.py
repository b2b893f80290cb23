"""Longitudes across the antimeridian: unwrap for display, cut for GeoJSON; areas around a pole.

Inside ``geo`` lines and polygons keep **continuous** longitudes (a line from 170°E to 170°W
runs 170 -> 190), which is what Leaflet needs to draw it without a stroke across the world.
`cut_at_antimeridian` turns such a geometry into parts within [-180, 180], as RFC 7946 asks.

An area that holds a pole (a range ring of 7,000 km around Sohae holds the north pole) has an
outline that goes once around the world: in longitude and latitude it is the strip between
that outline and the pole's latitude, 360° wide. `enclosing_polygon` builds it, closed along
latitude ±90 (Web Mercator, and Leaflet, show it up to ±85.05, the map's edge).
"""

from __future__ import annotations

from typing import overload

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, MultiLineString, Polygon
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError

__all__ = ["cut_at_antimeridian", "enclosing_polygon", "normalize_lon", "unwrap_lons"]

FloatArray = npt.NDArray[np.float64]


@overload
def normalize_lon(lon: float) -> float: ...
@overload
def normalize_lon(lon: FloatArray) -> FloatArray: ...
def normalize_lon(lon: float | FloatArray) -> float | FloatArray:
    """Longitude(s) moved by multiples of 360 into [-180, 180).

    Examples
    --------
    >>> normalize_lon(190.0)
    -170.0
    >>> normalize_lon(180.0)
    -180.0
    >>> normalize_lon(np.array([-190.0, 10.0, 540.0]))
    array([ 170.,   10., -180.])
    """
    if isinstance(lon, np.ndarray):
        return np.mod(lon + 180.0, 360.0) - 180.0
    return float(np.mod(float(lon) + 180.0, 360.0) - 180.0)


def unwrap_lons(lons: npt.ArrayLike, reference: float | None = None) -> FloatArray:
    """A continuous copy of a longitude sequence: consecutive values differ by less than 180.

    Parameters
    ----------
    lons : array_like
        Longitudes in degrees, in order along a line or ring.
    reference : float, optional
        If given, the result is shifted by a multiple of 360 so that its first value is
        within 180 of ``reference``.

    Returns
    -------
    numpy.ndarray
        Float array of the same length.

    Examples
    --------
    >>> unwrap_lons([170.0, 179.0, -179.0, -170.0])
    array([170., 179., 181., 190.])
    >>> unwrap_lons([-179.0, 179.0], reference=180.0)
    array([181., 179.])
    """
    values = np.asarray(lons, dtype=np.float64)
    if values.size == 0:
        return values.copy()
    unwrapped = np.unwrap(values, period=360.0)
    if reference is not None:
        unwrapped -= 360.0 * np.round((unwrapped[0] - reference) / 360.0)
    return unwrapped


def _cut_line(coords: FloatArray) -> list[FloatArray]:
    """Split one continuous line at every lon = 180 + k * 360 and shift each part into range."""
    window = np.floor((coords[:, 0] + 180.0) / 360.0)
    parts: list[FloatArray] = []
    start = 0
    head: list[FloatArray] = []
    for i in map(int, np.flatnonzero(np.diff(window) != 0.0)):
        a, b = coords[i], coords[i + 1]
        step = 1.0 if window[i + 1] > window[i] else -1.0
        for crossed in np.arange(window[i], window[i + 1], step):
            boundary = 180.0 + 360.0 * (crossed if step > 0 else crossed - 1.0)
            lat = a[1] + (boundary - a[0]) / (b[0] - a[0]) * (b[1] - a[1])
            part = np.vstack([*head, coords[start : i + 1], [[boundary, lat]]])
            parts.append(part - [360.0 * crossed, 0.0])
            head = [np.array([[boundary, lat]])]
            start = i + 1
    last = np.vstack([*head, coords[start:]])
    parts.append(last - [360.0 * window[-1], 0.0])
    # A vertex exactly on the boundary leaves a repeated point or a one-point part behind.
    kept = []
    for part in parts:
        distinct = part[np.r_[True, np.any(np.diff(part, axis=0) != 0.0, axis=1)]]
        if len(distinct) >= 2:
            kept.append(distinct)
    return kept


def _cut_polygons(geometry: BaseGeometry) -> list[BaseGeometry]:
    """Intersect polygons with each 360° window and shift the pieces into range."""
    min_lon, _, max_lon, _ = geometry.bounds
    parts: list[BaseGeometry] = []
    for window in range(
        int(np.floor((min_lon + 180.0) / 360.0)), int(np.ceil((max_lon + 180.0) / 360.0))
    ):
        shift = 360.0 * window
        piece = shapely.intersection(
            geometry, shapely.box(shift - 180.0, -90.0, shift + 180.0, 90.0)
        )
        piece = shapely.transform(piece, lambda xy, s=shift: xy - np.array([s, 0.0]))
        parts.extend(
            part
            for part in shapely.get_parts(piece)
            if part.geom_type == "Polygon" and not part.is_empty
        )
    return parts


def cut_at_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """Cut a lon-continuous geometry into parts with longitudes within [-180, 180].

    A geometry already within [-180, 180] is returned unchanged; one entirely inside a single
    360° window elsewhere (e.g. 185..190) is shifted into range; one that spans a multiple of
    ±180 is cut there into a ``MultiLineString`` / ``MultiPolygon`` (RFC 7946 section 3.1.9).
    Lines are cut vertex by vertex and keep their order and direction; the cut point is
    interpolated straight in longitude and latitude, so the input should be densified.

    Parameters
    ----------
    geometry : shapely geometry
        Points, lines or polygons with continuous longitudes (as made by ``geo``), possibly
        beyond ±180.

    Returns
    -------
    shapely geometry

    Raises
    ------
    GeoError
        For a geometry collection.

    Examples
    --------
    >>> from shapely import LineString
    >>> cut_at_antimeridian(LineString([(170, 35), (190, 40)])).wkt
    'MULTILINESTRING ((170 35, 180 37.5), (-180 37.5, -170 40))'
    >>> cut_at_antimeridian(LineString([(185, 35), (190, 40)])).wkt
    'LINESTRING (-175 35, -170 40)'
    """
    if geometry.is_empty:
        return geometry
    min_lon, _, max_lon, _ = geometry.bounds
    if min_lon >= -180.0 and max_lon <= 180.0:
        return geometry
    kind = geometry.geom_type
    if kind in ("Point", "MultiPoint"):
        return shapely.transform(
            geometry, lambda xy: np.column_stack([normalize_lon(xy[:, 0]), xy[:, 1]])
        )
    if kind in ("LineString", "MultiLineString"):
        lines = [
            part
            for line in shapely.get_parts(geometry)
            for part in _cut_line(np.asarray(line.coords, dtype=np.float64)[:, :2])
        ]
        return LineString(lines[0]) if len(lines) == 1 else MultiLineString(lines)
    if kind in ("Polygon", "MultiPolygon"):
        polygons = _cut_polygons(geometry)
        if len(polygons) == 1:
            return polygons[0]
        seamed = any(
            shapely.dwithin(a, b, 1e-9) for i, a in enumerate(polygons) for b in polygons[i + 1 :]
        )
        if seamed:
            # pieces from two turns that meet (an area 360° wide around a pole, seamed where
            # its turns meet): joined, on a grid of 1e-9° that closes the seam
            return _polygons_only(shapely.union_all(polygons, grid_size=1e-9))
        return shapely.multipolygons(polygons)  # type: ignore[no-any-return]
    raise GeoError(f"geometry: expected points, lines or polygons to cut, got a {kind}")


def _window_pieces(area: BaseGeometry, west: float) -> BaseGeometry:
    """The parts of a planar area in each 360° copy, moved into the window [west, west + 360]."""
    window = shapely.box(west, -90.0, west + 360.0, 90.0)
    min_lon, _, max_lon, _ = area.bounds
    pieces = []
    for turn in range(
        int(np.floor((min_lon - west) / 360.0)), int(np.floor((max_lon - west) / 360.0)) + 1
    ):
        moved = shapely.transform(area, lambda xy, t=turn: xy - np.array([360.0 * t, 0.0]))
        pieces.append(shapely.intersection(moved, window))
    return shapely.union_all(pieces)


def _polygons_only(geometry: BaseGeometry) -> BaseGeometry:
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]
    if not parts:
        return Polygon()
    return parts[0] if len(parts) == 1 else shapely.multipolygons(parts)


def enclosing_polygon(
    loop: npt.ArrayLike, inside: tuple[float, float], *, center_lon: float, name: str = "area"
) -> BaseGeometry:
    """The area a closed outline on the sphere encloses on the side of ``inside``, in lon/lat.

    Use it for outlines that go around a pole, or enclose both poles: the result lies in the
    360° window centred on ``center_lon`` (``center_lon - 180`` to ``center_lon + 180``) and
    runs along the window's edges and the pole's latitude (±90) where the area holds a pole.

    Parameters
    ----------
    loop : array_like, shape (n, 2)
        The outline as lon, lat rows with continuous longitudes (consecutive values less than
        180 apart), its last row the first one again, possibly 360° on: an outline that goes
        once around a pole ends 360° east or west of where it starts.
    inside : (lon, lat)
        A point of the area, well inside it: it decides which of the two sides of the outline
        is meant.
    center_lon : float
        The middle of the window of longitudes to draw in.
    name : str, default "area"
        What the area is, for error messages.

    Returns
    -------
    shapely Polygon or MultiPolygon
        Exterior rings counter-clockwise.

    Raises
    ------
    GeoError
        An outline that winds around the world more than once, or that crosses itself so that
        neither side holds ``inside``.

    Examples
    --------
    A cap of everything north of 80°N (the outline runs east along 80°N):

    >>> lons = np.linspace(-180.0, 180.0, 37)
    >>> cap = enclosing_polygon(np.column_stack([lons, np.full(37, 80.0)]), (0.0, 89.0),
    ...                         center_lon=0.0)
    >>> cap.bounds, round(cap.area)
    ((-180.0, 80.0, 180.0, 90.0), 3600)
    """
    ring = np.asarray(loop, dtype=np.float64)
    west = float(center_lon) - 180.0
    # the poles themselves (longitude undefined) are on the pole's line anyway
    ring = ring[np.abs(ring[:, 1]) < 90.0 - 1e-9]
    if len(ring) < 3:
        raise GeoError(f"{name}: expected an outline of at least three points off the poles")
    turns = round((ring[-1, 0] - ring[0, 0]) / 360.0)
    window = shapely.box(west, -90.0, west + 360.0, 90.0)
    if turns == 0:
        plain = Polygon(ring)
        if not plain.is_valid:
            raise GeoError(f"{name}: expected an outline that does not cross itself")
        own = _window_pieces(plain, west)
        candidates = [own, shapely.difference(window, own)]
    elif abs(turns) == 1:
        # three turns of the outline one after the other, the middle one starting in the
        # window (an outline given whole turns away from it): the window lies within them
        ring = ring - np.array([360.0 * np.floor((ring[0, 0] - west) / 360.0), 0.0])
        step = np.array([360.0 * turns, 0.0])
        body = ring[:-1]
        lift = np.concatenate([body - step, body, body + step, ring[-1:] + step])
        if turns < 0:
            lift = lift[::-1]
        first, last = float(lift[0, 0]), float(lift[-1, 0])
        candidates = []
        for pole_lat in (90.0, -90.0):
            strip = Polygon([*lift.tolist(), [last, pole_lat], [first, pole_lat]])
            if not strip.is_valid:
                raise GeoError(f"{name}: expected an outline that does not cross itself")
            candidates.append(shapely.intersection(strip, window))
    else:
        raise GeoError(f"{name}: expected an outline that goes around the world at most once")
    lon = west + float(np.mod(inside[0] - west, 360.0))
    probe = shapely.Point(lon, inside[1])
    for candidate in candidates:
        area = _polygons_only(candidate)
        if not area.is_empty and area.covers(probe):
            oriented: BaseGeometry = shapely.orient_polygons(area, exterior_cw=False)
            return oriented
    raise GeoError(f"{name}: expected an outline that does not cross itself")
