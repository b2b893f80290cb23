"""Longitudes across the antimeridian: unwrap for display, cut for GeoJSON.

Inside ``geo`` lines and polygons keep **continuous** longitudes (a line from 170°E to 170°W
runs 170 -> 190), which is what Leaflet needs to draw it without a stroke across the world.
`cut_at_antimeridian` turns such a geometry into parts within [-180, 180], as RFC 7946 asks.
"""

from __future__ import annotations

from typing import overload

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError

__all__ = ["cut_at_antimeridian", "normalize_lon", "unwrap_lons"]

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
        return polygons[0] if len(polygons) == 1 else shapely.multipolygons(polygons)  # type: ignore[no-any-return]
    raise GeoError(f"geometry: expected points, lines or polygons to cut, got a {kind}")
