"""Geodesics on WGS84 through one ``pyproj.Geod``: inverse, forward, lines, tracks, circles.

Lines are returned as ``(N, 2)`` float arrays of lon, lat with **continuous** longitudes
(consecutive values differ by less than 180, so a line across the antimeridian runs 179 -> 181).
They are densified for Leaflet, which joins vertices with segments that are straight in Web
Mercator, i.e. rhumb lines: vertices are close enough that such a segment stays within
``max_deviation_m`` of the true geodesic. A rhumb chord of length L drifts from the geodesic by
about ``L**2 * tan(|lat|) / (8 R)`` (worst for an east-west chord), so the spacing is
``sqrt(8 R d / tan(|lat|))`` at the highest latitude of each stretch, and never more than 100 km.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pyproj
import shapely
from numpy.lib.stride_tricks import sliding_window_view
from shapely.geometry import Polygon

from alertmap.geo.antimeridian import enclosing_polygon, normalize_lon, unwrap_lons
from alertmap.geo.coords import GeoError, LonLat

__all__ = [
    "GEOD",
    "HALF_CIRCUMFERENCE_M",
    "MAX_SPACING_M",
    "MAX_VERTICES",
    "as_lonlat_array",
    "check_distance",
    "circle",
    "circle_line",
    "densify",
    "densify_parts",
    "forward",
    "geodesic_line",
    "great_circle_m",
    "inverse",
    "line_length_m",
    "sector",
    "track",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

GEOD = pyproj.Geod(ellps="WGS84")
"""The one WGS84 ellipsoid every geodesic in ``geo`` is computed on."""

MAX_SPACING_M = 100_000.0
"""Longest distance between consecutive vertices of a densified line or ring."""

HALF_CIRCUMFERENCE_M = 20_003_931.458625
"""The geodesic distance from one pole to the other on WGS84 (20,003.93 km): no point is
farther than this from another, so no report can put a point farther away."""

MAX_VERTICES = 5_000_000
"""Most vertices one densified line, ring or set of lines may have (80 MB of coordinates):
a request for more (a spacing of a millimetre) is refused before anything is allocated."""

#: Mean Earth radius (IUGG), metres. Great-circle distances on it are within 0.6 % of WGS84
#: geodesic ones: good for spacing vertices and for ruling candidates in or out with a margin,
#: never for a result.
SPHERE_RADIUS_M = 6_371_008.8

_MIN_DEVIATION_M = 1.0
# Latitudes above this are treated as this for spacing (Web Mercator stops at 85.05 anyway).
_SPACING_LAT_LIMIT_DEG = 89.9
# Spacing margin for the sphere-vs-ellipsoid and small-angle approximations of the sagitta.
_SAFETY = 0.9
# Samples used to find the highest latitude of each stretch of a line.
_LAT_PROBE_M = 10_000.0
_MIN_RING_VERTICES = 64


def _check_positive(value: float, name: str, *, minimum: float = 0.0, unit: str = "m") -> float:
    """``value`` as a finite float above ``minimum`` (or at least it, when ``minimum`` > 0)."""
    number = float(value)
    if minimum > 0.0:
        if not (math.isfinite(number) and number >= minimum):
            raise GeoError(f"{name}: expected at least {minimum:g} {unit}, got {value!r}")
    elif not (math.isfinite(number) and number > 0.0):
        raise GeoError(f"{name}: expected a positive distance in {unit}, got {value!r}")
    return number


def check_distance(distance_m: float, name: str = "distance") -> float:
    """``distance_m`` as a float of 0 m up to half the Earth's circumference, or `GeoError`.

    Examples
    --------
    >>> check_distance(820_000.0)
    820000.0
    >>> check_distance(50_000_000.0)
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: distance: expected at most 20,003.93 km (half the Earth's \
circumference: no point is farther from another), got 50,000 km
    """
    distance = float(distance_m)
    if not (math.isfinite(distance) and distance >= 0.0):
        raise GeoError(f"{name}: expected a distance of 0 km or more, got {distance_m!r}")
    if distance > HALF_CIRCUMFERENCE_M:
        raise GeoError(
            f"{name}: expected at most {HALF_CIRCUMFERENCE_M / 1000:,.2f} km (half the Earth's "
            f"circumference: no point is farther from another), got {distance / 1000:,.6g} km"
        )
    return distance


def _check_count(count: float, what: str) -> int:
    """``count`` vertices, or `GeoError` when that is more than `MAX_VERTICES`."""
    if not count <= MAX_VERTICES:  # also NaN
        raise GeoError(
            f"{what}: expected at most {MAX_VERTICES:,} vertices, the spacing asked for "
            f"would make {count:,.0f}"
        )
    return int(count)


def _check_deviation(max_deviation_m: float) -> float:
    return _check_positive(max_deviation_m, "max_deviation_m", minimum=_MIN_DEVIATION_M)


def as_lonlat_array(
    coords: npt.ArrayLike, *, name: str = "coords", min_points: int = 1
) -> FloatArray:
    """Validate and copy a lon, lat polyline into an ``(N, 2)`` float array.

    Longitudes may lie beyond ±180 (continuous lines); latitudes must be in -90..90.

    Examples
    --------
    >>> as_lonlat_array([(170, 35), (190, 40)]).shape
    (2, 2)
    >>> as_lonlat_array([(0, 95)])
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: coords: expected latitudes in -90..90, got 95.0 at row 0
    """
    try:
        array = np.array(coords, dtype=np.float64)
    except (TypeError, ValueError):
        raise GeoError(f"{name}: expected an (N, 2) array of lon, lat, got {coords!r}") from None
    if array.ndim != 2 or array.shape[1] != 2:
        raise GeoError(f"{name}: expected an (N, 2) array of lon, lat, got shape {array.shape}")
    if len(array) < min_points:
        raise GeoError(f"{name}: expected at least {min_points} points, got {len(array)}")
    bad = np.flatnonzero(~np.isfinite(array).all(axis=1))
    if bad.size:
        raise GeoError(
            f"{name}: expected finite numbers, got {array[bad[0]].tolist()} at row {bad[0]}"
        )
    bad = np.flatnonzero(np.abs(array[:, 1]) > 90.0)
    if bad.size:
        row = int(bad[0])
        raise GeoError(
            f"{name}: expected latitudes in -90..90, got {float(array[row, 1])!r} at row {row}"
        )
    return array


def inverse(a: LonLat, b: LonLat) -> tuple[float, float, float]:
    """Solve the inverse geodesic problem from ``a`` to ``b``.

    Returns
    -------
    tuple of float
        ``(azimuth at a towards b, back azimuth at b towards a, distance in metres)``;
        azimuths in degrees clockwise from north, in -180..180.

    Examples
    --------
    >>> az, back, metres = inverse(LonLat(124.705, 39.66), LonLat(128.6, 14.5))
    >>> round(az, 3), round(back, 3), round(metres)
    (171.138, -7.045, 2813981)
    """
    azimuth, back_azimuth, distance = GEOD.inv(a.lon, a.lat, b.lon, b.lat)
    return float(azimuth), float(back_azimuth), float(distance)


def inverse_many(start: FloatArray, end: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Vectorised :func:`inverse` over (N, 2) arrays of lon, lat (any longitudes).

    Examples
    --------
    >>> import numpy as np
    >>> az, back, metres = inverse_many(np.array([[0.0, 0.0]]), np.array([[1.0, 0.0]]))
    >>> round(float(az[0]), 6), round(float(metres[0]), 3)
    (90.0, 111319.491)
    """
    a = as_lonlat_array(start, name="start")
    b = as_lonlat_array(end, name="end")
    if a.shape != b.shape:
        raise GeoError(f"end: expected the shape of start {a.shape}, got {b.shape}")
    azimuth, back_azimuth, distance = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    return (
        np.asarray(azimuth, dtype=np.float64),
        np.asarray(back_azimuth, dtype=np.float64),
        np.asarray(distance, dtype=np.float64),
    )


def forward(origin: LonLat, azimuth_deg: float, distance_m: float) -> LonLat:
    """The point ``distance_m`` from ``origin`` along the geodesic with initial ``azimuth_deg``.

    Examples
    --------
    >>> p = forward(LonLat(0.0, 0.0), 90.0, 111_319.49079327357)
    >>> round(p.lon, 9), round(p.lat, 9)
    (1.0, 0.0)
    """
    azimuth = float(azimuth_deg)
    if not math.isfinite(azimuth):
        raise GeoError(f"azimuth: expected finite degrees, got {azimuth_deg!r}")
    distance = float(distance_m)
    if not (math.isfinite(distance) and distance >= 0.0):
        raise GeoError(f"distance_m: expected a distance of 0 m or more, got {distance_m!r}")
    lon, lat, _ = GEOD.fwd(origin.lon, origin.lat, azimuth, distance)
    return LonLat(normalize_lon(float(lon)) if abs(lon) > 180.0 else float(lon), float(lat))


def _rhumb_spacing_m(max_abs_lat: FloatArray, max_deviation_m: float) -> FloatArray:
    """Vertex spacing that keeps a rhumb chord within ``max_deviation_m`` of a geodesic."""
    lat = np.radians(np.minimum(np.abs(max_abs_lat), _SPACING_LAT_LIMIT_DEG))
    with np.errstate(divide="ignore"):
        spacing = np.sqrt(8.0 * SPHERE_RADIUS_M * max_deviation_m / np.tan(lat))
    return np.minimum(_SAFETY * spacing, MAX_SPACING_M)


def _subdivide(starts: FloatArray, lengths: FloatArray, counts: IntArray) -> FloatArray:
    """Distances ``start + length * k / count`` for k in 0..count-1 of every stretch, in order."""
    total = _check_count(float(counts.sum()), "densified line")
    stretch = np.repeat(np.arange(len(counts)), counts)
    first = np.cumsum(counts) - counts
    k = np.arange(total) - np.repeat(first, counts)
    return np.asarray(starts[stretch] + lengths[stretch] * k / counts[stretch], dtype=np.float64)


def _line_distances(
    a: LonLat, azimuth: float, length_m: float, max_deviation_m: float
) -> FloatArray:
    """Distances along the geodesic from ``a`` at which to put vertices, 0 and ``length_m`` incl.

    The line is probed every 10 km or less. Each probe interval gets the spacing required at the
    highest latitude within 100 km of it (the longest possible chord), and vertices are spread
    so that every chord spans at most one spacing's worth of this vertex density; so no chord
    is longer than the spacing its own highest latitude requires.
    """
    n_probes = _check_count(max(1, math.ceil(length_m / _LAT_PROBE_M)), "geodesic line")
    probe_s = np.linspace(0.0, length_m, n_probes + 1)
    _, probe_lat, _ = GEOD.fwd(
        np.full_like(probe_s, a.lon),
        np.full_like(probe_s, a.lat),
        np.full_like(probe_s, azimuth),
        probe_s,
    )
    probe_abs = np.abs(np.asarray(probe_lat, dtype=np.float64))
    interval_lat = np.maximum(probe_abs[:-1], probe_abs[1:])
    # padding beyond the line's own probes adds nothing (edge mode): a line a nanometre long
    # would otherwise ask for 1e14 of them
    reach = min(math.ceil(MAX_SPACING_M / (length_m / n_probes)), n_probes)
    padded = np.pad(interval_lat, reach, mode="edge")
    window_lat = sliding_window_view(padded, 2 * reach + 1).max(axis=1)
    density = (length_m / n_probes) / _rhumb_spacing_m(window_lat, max_deviation_m)
    cumulative = np.concatenate([[0.0], np.cumsum(density)])
    count = _check_count(max(1, math.ceil(cumulative[-1] - 1e-9)), "geodesic line")
    targets = np.linspace(0.0, cumulative[-1], count + 1)
    distances = np.interp(targets, cumulative, probe_s)
    distances[-1] = length_m
    return distances


def geodesic_line(a: LonLat, b: LonLat, *, max_deviation_m: float = 1000.0) -> FloatArray:
    """Densified geodesic a -> b as an (N, 2) array of lon, lat (lon unwrapped, continuous).

    Parameters
    ----------
    a, b : LonLat
        End points; they are the first and last rows exactly (b's longitude may be moved by
        360 to keep the line continuous).
    max_deviation_m : float, default 1000
        How far a straight Web Mercator segment between two vertices may stray from the
        geodesic (at least 1 m).

    Returns
    -------
    numpy.ndarray
        ``(N, 2)`` lon, lat with N >= 2 (a zero-length line is its point twice).

    Notes
    -----
    Spacing follows the highest latitude near each stretch (at most 100 km, about 80 km at
    80°N for the default 1 km). A geodesic that runs exactly through a pole (end points 180° of
    longitude apart) jumps by 180° of longitude there; Web Mercator cannot show it anyway.

    Examples
    --------
    >>> line = geodesic_line(LonLat(170.0, 35.0), LonLat(-170.0, 40.0))
    >>> line[0].tolist(), line[-1].tolist(), len(line)
    ([170.0, 35.0], [190.0, 40.0], 20)
    >>> geodesic_line(LonLat(1.0, 2.0), LonLat(1.0, 2.0)).tolist()
    [[1.0, 2.0], [1.0, 2.0]]
    """
    deviation = _check_deviation(max_deviation_m)
    azimuth, _, length = inverse(a, b)
    if length == 0.0:
        lons = unwrap_lons([a.lon, b.lon], reference=a.lon)
        return np.column_stack([lons, [a.lat, b.lat]])
    distances = _line_distances(a, azimuth, length, deviation)
    count = len(distances)
    lons, lats, _ = GEOD.fwd(
        np.full(count, a.lon), np.full(count, a.lat), np.full(count, azimuth), distances
    )
    lons = np.asarray(lons, dtype=np.float64)
    lats = np.asarray(lats, dtype=np.float64)
    lons[0], lats[0] = a.lon, a.lat
    lons[-1], lats[-1] = b.lon, b.lat
    return np.column_stack([unwrap_lons(lons, reference=a.lon), lats])


def track(points: Sequence[LonLat], *, max_deviation_m: float = 1000.0) -> FloatArray:
    """Piecewise-geodesic track through ``points`` in order; (N, 2) lon, lat, continuous lon.

    Each leg is a `geodesic_line`; a vertex shared by two legs appears once, and legs of
    zero length add nothing.

    Examples
    --------
    >>> path = track([LonLat(170.0, 0.0), LonLat(179.0, 0.0), LonLat(-179.0, 0.0)])
    >>> path[[0, -1]].tolist(), len(path)
    ([[170.0, 0.0], [181.0, 0.0]], 15)
    """
    stops = list(points)
    if len(stops) < 2:
        raise GeoError(f"track: expected at least 2 points, got {len(stops)}")
    lons = np.array([p.lon for p in stops])
    lats = np.array([p.lat for p in stops])
    _, _, leg_lengths = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])
    moving = [i for i, length in enumerate(np.atleast_1d(leg_lengths)) if length > 0.0]
    if not moving:
        return geodesic_line(stops[0], stops[-1], max_deviation_m=max_deviation_m)
    pieces: list[FloatArray] = []
    for i in moving:
        leg = geodesic_line(stops[i], stops[i + 1], max_deviation_m=max_deviation_m)
        if pieces:
            leg[:, 0] -= 360.0 * np.round((leg[0, 0] - pieces[-1][-1, 0]) / 360.0)
            leg = leg[1:]
        pieces.append(leg)
    return np.concatenate(pieces)


def great_circle_m(a: npt.ArrayLike, b: npt.ArrayLike) -> FloatArray:
    """Haversine distances in metres on the mean sphere between rows of ``a`` and ``b``
    (lon, lat degrees; either may be a single row). Fast and approximate (0.6 %): for
    prefilters only; :func:`inverse_many` gives the geodesic distances.

    Examples
    --------
    >>> great_circle_m([0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]]).round(0).tolist()
    [111195.0, 111195.0]
    """
    pa, pb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    lon1, lat1 = np.radians(pa[..., 0]), np.radians(pa[..., 1])
    lon2, lat2 = np.radians(pb[..., 0]), np.radians(pb[..., 1])
    h = (
        np.sin((lat2 - lat1) / 2.0) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2
    )
    distance: FloatArray = 2.0 * SPHERE_RADIUS_M * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return distance


def _segment_points(
    starts: FloatArray, ends: FloatArray, spacing: float
) -> tuple[FloatArray, FloatArray, IntArray]:
    """Points every at most ``spacing`` metres along the geodesic of each segment, its start
    included and its end not: lons, lats and the segment each point belongs to, in order."""
    lon0, lat0 = starts[:, 0], starts[:, 1]
    azimuths, _, lengths = GEOD.inv(lon0, lat0, ends[:, 0], ends[:, 1])
    lengths = np.asarray(lengths, dtype=np.float64)
    wanted = np.maximum(np.ceil(lengths / spacing), 1)
    _check_count(float(wanted.sum()), "densified line")
    counts = wanted.astype(np.int64)
    segment = np.repeat(np.arange(len(counts)), counts)
    offsets = _subdivide(np.zeros(len(counts)), lengths, counts)
    lons, lats, _ = GEOD.fwd(lon0[segment], lat0[segment], np.asarray(azimuths)[segment], offsets)
    at_vertex = offsets == 0.0
    lons = np.where(at_vertex, lon0[segment], lons)
    lats = np.where(at_vertex, lat0[segment], lats)
    return lons, lats, segment


def densify_parts(
    coords: FloatArray, part: IntArray, *, max_spacing_m: float
) -> tuple[FloatArray, IntArray]:
    """:func:`densify` for many lines at once: ``coords`` (n, 2) with ``part`` numbering the
    line each row belongs to (rows of a line together, in order, as
    ``shapely.get_coordinates(lines, return_index=True)`` gives them).

    Returns the densified coordinates and their line numbers; longitudes are continuous along
    each line from its first one.

    Examples
    --------
    >>> xy, part = densify_parts(
    ...     np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 0.0], [5.0, 0.5]]),
    ...     np.array([0, 0, 1, 1]),
    ...     max_spacing_m=50_000,
    ... )
    >>> part.tolist(), xy[:, 1].round(4).tolist()
    ([0, 0, 0, 0, 1, 1, 1], [0.0, 0.3333, 0.6667, 1.0, 0.0, 0.25, 0.5])
    """
    spacing = _check_positive(max_spacing_m, "max_spacing_m")
    part = np.asarray(part, dtype=np.int64)
    inner = np.flatnonzero(part[:-1] == part[1:])  # segments: row i to row i + 1
    lons, lats, segment = _segment_points(coords[inner], coords[inner + 1], spacing)
    # every line's last vertex follows its segments' points (a stable sort by line keeps order)
    last = np.flatnonzero(np.append(part[:-1] != part[1:], True))
    xy = np.concatenate([np.column_stack([lons, lats]), coords[last, :2]])
    owner = np.concatenate([part[inner][segment], part[last]])
    order = np.argsort(owner, kind="stable")
    xy, owner = xy[order], owner[order]
    # longitudes continuous along each line from its first one, as densify() gives them
    new_line = np.append(True, owner[1:] != owner[:-1])
    correction = np.append(0.0, -360.0 * np.round(np.diff(xy[:, 0]) / 360.0))
    correction[new_line] = 0.0
    shift = np.cumsum(correction)
    first = np.flatnonzero(new_line)
    xy[:, 0] += shift - np.repeat(shift[first], np.diff(np.append(first, len(owner))))
    return xy, owner


def densify(coords: npt.ArrayLike, *, max_spacing_m: float) -> FloatArray:
    """Add vertices along the geodesic of every segment so none is longer than ``max_spacing_m``.

    Original vertices are kept; the result has continuous longitudes starting at the first
    input longitude.

    Examples
    --------
    >>> densify([(0.0, 0.0), (0.0, 1.0)], max_spacing_m=50_000).round(4).tolist()
    [[0.0, 0.0], [0.0, 0.3333], [0.0, 0.6667], [0.0, 1.0]]
    """
    spacing = _check_positive(max_spacing_m, "max_spacing_m")
    array = as_lonlat_array(coords)
    if len(array) < 2:
        return array
    lons, lats, _ = _segment_points(array[:-1], array[1:], spacing)
    lons = np.append(lons, array[-1, 0])
    lats = np.append(lats, array[-1, 1])
    return np.column_stack([unwrap_lons(lons, reference=array[0, 0]), lats])


def line_length_m(coords: FloatArray) -> float:
    """Geodesic length of a lon, lat polyline in metres.

    Examples
    --------
    >>> round(line_length_m(np.array([[179.0, 0.0], [181.0, 0.0]])))
    222639
    """
    array = as_lonlat_array(coords)
    if len(array) < 2:
        return 0.0
    return float(GEOD.line_length(array[:, 0], array[:, 1]))


def _poles_inside(
    center: LonLat, inner_m: float, outer_m: float, span: tuple[float, float] | None
) -> list[str]:
    """The poles ('north', 'south') that the ring or sector around ``center`` holds."""
    found = []
    for name, pole_lat, pole_azimuth in (("north", 90.0, 0.0), ("south", -90.0, 180.0)):
        _, _, to_pole = GEOD.inv(center.lon, center.lat, center.lon, pole_lat)
        if to_pole > outer_m or to_pole < inner_m:
            continue
        if span is None or to_pole == 0.0 or (pole_azimuth - span[0]) % 360.0 <= span[1]:
            found.append(name)
    return found


def _where(center: LonLat) -> str:
    return (
        f"{abs(center.lat):g}{'N' if center.lat >= 0 else 'S'} "
        f"{abs(center.lon):g}{'E' if center.lon >= 0 else 'W'}"
    )


def _check_radius(radius_m: float, name: str) -> float:
    """A radius above 0 and below half the Earth's circumference (where a ring shrinks back
    to a point, the antipode), or `GeoError`."""
    radius = _check_positive(radius_m, name)
    if radius >= HALF_CIRCUMFERENCE_M:
        raise GeoError(
            f"{name}: expected less than {HALF_CIRCUMFERENCE_M / 1000:,.2f} km (half the "
            f"Earth's circumference), got {radius / 1000:,.6g} km"
        )
    return radius


def _arc_vertex_count(
    center: LonLat, radius_m: float, span_deg: float, max_deviation_m: float
) -> int:
    """Edges for an arc of ``span_deg`` of the geodesic circle so each edge stays close to it."""
    angle = radius_m / SPHERE_RADIUS_M
    circumference = 2.0 * math.pi * SPHERE_RADIUS_M * math.sin(angle)
    circle_curvature = abs(1.0 / (SPHERE_RADIUS_M * math.tan(angle)))
    top_lat = min(abs(center.lat) + math.degrees(angle), _SPACING_LAT_LIMIT_DEG)
    curvature = circle_curvature + math.tan(math.radians(top_lat)) / SPHERE_RADIUS_M
    spacing = min(_SAFETY * math.sqrt(8.0 * max_deviation_m / curvature), MAX_SPACING_M)
    fraction = span_deg / 360.0
    return max(
        math.ceil(circumference * fraction / spacing), math.ceil(_MIN_RING_VERTICES * fraction), 1
    )


def _arc(center: LonLat, radius_m: float, azimuths: FloatArray) -> FloatArray:
    """Points at ``radius_m`` from ``center`` at each azimuth, as (N, 2) lon, lat."""
    count = len(azimuths)
    lons, lats, _ = GEOD.fwd(
        np.full(count, center.lon), np.full(count, center.lat), azimuths, np.full(count, radius_m)
    )
    return np.column_stack([lons, lats])


def _ring(center: LonLat, parts: list[FloatArray]) -> FloatArray:
    """Concatenate ring parts and unwrap their longitudes around ``center``."""
    ring = np.concatenate(parts)
    ring[:, 0] = unwrap_lons(ring[:, 0], reference=center.lon)
    return ring


def _counterclockwise(polygon: Polygon) -> Polygon:
    oriented: Polygon = shapely.orient_polygons(polygon, exterior_cw=False)
    return oriented


def circle_line(center: LonLat, radius_m: float, *, max_deviation_m: float = 1000.0) -> FloatArray:
    """The geodesic circle (range ring) of ``radius_m`` around ``center`` as a line to draw.

    Every vertex is exactly ``radius_m`` from ``center``. A ring that keeps both poles outside
    is closed (its last row is its first), counter-clockwise from due north, longitudes
    continuous around ``center``. A ring that holds one pole (7,000 km around Sohae holds the
    north pole) goes once around the world: it runs west to east from the meridian opposite
    ``center`` (``center.lon - 180``) to the same meridian 360° on (``center.lon + 180``). A
    ring that holds both poles is a closed loop around the antipode of ``center``.

    Examples
    --------
    >>> line = circle_line(LonLat(124.705, 39.66), 7_000_000.0)
    >>> line[[0, -1], 0].tolist(), round(float(line[:, 1].max()), 2)
    ([-55.295, 304.705], 77.56)
    >>> bool(np.all(np.diff(line[:, 0]) > 0))
    True
    >>> ring = circle_line(LonLat(124.705, 39.66), 500_000.0)
    >>> len(ring), ring[0].tolist() == ring[-1].tolist()
    (65, True)
    """
    radius = _check_radius(radius_m, "radius_m")
    deviation = _check_deviation(max_deviation_m)
    count = _arc_vertex_count(center, radius, 360.0, deviation)
    poles = _poles_inside(center, 0.0, radius, None)
    # counter-clockwise: from the azimuth opposite a pole held (over that pole the ring meets
    # the meridian opposite the centre), turning left
    start = 180.0 if poles == ["south"] else 0.0
    ring = _arc(center, radius, start - 360.0 * np.arange(count + 1) / count)
    if len(poles) != 1:
        closed = _ring(center, [ring[:-1]])
        return np.concatenate([closed, closed[:1]])
    west, east = center.lon - 180.0, center.lon + 180.0
    ring = ring[np.abs(ring[:, 1]) < 90.0 - 1e-9]  # a ring through the pole: the pole drops
    ring[:, 0] = unwrap_lons(ring[:, 0], reference=east if poles == ["south"] else west)
    if poles == ["south"]:
        ring = ring[::-1]
    # the ends on the meridian opposite the centre, exactly
    ends = np.array([[west, ring[0, 1]], [east, ring[-1, 1]]])
    inner = ring[(ring[:, 0] > west) & (ring[:, 0] < east)]
    return np.concatenate([ends[:1], inner, ends[1:]])


def _around_poles(
    loop: FloatArray, center: LonLat, inside: LonLat, shape: str, got: str
) -> Polygon:
    """The area of an outline that holds a pole, or both, in the window around ``center``."""
    try:
        area = enclosing_polygon(loop, (inside.lon, inside.lat), center_lon=center.lon, name=shape)
    except GeoError as err:
        raise GeoError(f"{err}, got {got}") from None
    if not isinstance(area, Polygon):
        raise GeoError(f"{shape}: expected an area that can be drawn in one piece, got {got}")
    return area


def circle(center: LonLat, radius_m: float, *, max_deviation_m: float = 1000.0) -> Polygon:
    """Geodesic circle (range ring) as a polygon, lon continuous around ``center``.

    Every vertex of the ring is exactly ``radius_m`` from ``center``; the exterior runs
    counter-clockwise and, for a circle that keeps the poles outside, starts due north.

    A circle that holds a pole (from 5,610 km around Sohae the north pole) is the area between
    the ring and the pole, which in longitude and latitude is 360° wide: from the meridian
    opposite ``center`` round to it again (``center.lon - 180`` to ``center.lon + 180``),
    closed along the pole's latitude (±90; Leaflet draws it to ±85.05, the map's edge). A
    circle that holds both poles is that whole window less the small cap around the antipode.

    Examples
    --------
    >>> ring = circle(LonLat(124.705, 39.66), 500_000.0)
    >>> len(ring.exterior.coords)
    65
    >>> polar = circle(LonLat(124.705, 39.66), 7_000_000.0)
    >>> polar.bounds[0], polar.bounds[2], polar.bounds[3]
    (-55.295, 304.705, 90.0)
    >>> polar.contains(shapely.Point(0.0, 89.0)), polar.contains(shapely.Point(124.705, 39.66))
    (True, True)
    """
    radius = _check_radius(radius_m, "radius_m")
    deviation = _check_deviation(max_deviation_m)
    poles = _poles_inside(center, 0.0, radius, None)
    if not poles:
        count = _arc_vertex_count(center, radius, 360.0, deviation)
        azimuths = -360.0 * np.arange(count) / count
        return Polygon(_ring(center, [_arc(center, radius, azimuths)]))
    line = circle_line(center, radius, max_deviation_m=deviation)
    inside = forward(center, 90.0, radius / 2.0)
    got = f"{radius / 1000:,.6g} km around {_where(center)}"
    return _around_poles(line, center, inside, "circle", got)


def sector(
    center: LonLat,
    inner_m: float,
    outer_m: float,
    azimuth_from_deg: float,
    azimuth_to_deg: float,
    *,
    max_deviation_m: float = 1000.0,
) -> Polygon:
    """Annular sector: distances [inner_m, outer_m] and azimuths clockwise from -> to.

    Parameters
    ----------
    center : LonLat
    inner_m, outer_m : float
        Radii in metres, ``0 <= inner_m < outer_m`` < half the Earth's circumference;
        ``inner_m == 0`` gives a pie slice.
    azimuth_from_deg, azimuth_to_deg : float
        The sector runs clockwise from the first azimuth to the second (so 350 -> 10 is
        20° wide across north); from 0 to 360 is a full ring.
    max_deviation_m : float, default 1000

    Returns
    -------
    shapely.Polygon
        Counter-clockwise exterior, lon continuous around ``center``; a full ring with
        ``inner_m > 0`` has a hole. A sector that holds a pole is drawn as `circle` draws
        one: 360° wide, closed along the pole's latitude.

    Raises
    ------
    GeoError
        Bad radii or azimuths; a sector around a pole whose outline crosses itself in
        longitude and latitude (cannot be drawn as one area).

    Examples
    --------
    >>> fan = sector(LonLat(124.705, 39.66), 100_000.0, 600_000.0, 150.0, 210.0)
    >>> fan.is_valid, round(fan.bounds[1], 2)
    (True, 34.26)
    >>> north = sector(LonLat(124.705, 39.66), 5_000_000.0, 7_000_000.0, 337.5, 22.5)
    >>> north.contains(shapely.Point(-55.0, 89.0)), north.contains(shapely.Point(-55.0, 60.0))
    (True, False)
    """
    inner = float(inner_m)
    if not (math.isfinite(inner) and inner >= 0.0):
        raise GeoError(f"inner_m: expected a distance of 0 m or more, got {inner_m!r}")
    outer = _check_radius(outer_m, "outer_m")
    if inner >= outer:
        raise GeoError(f"outer_m: expected more than inner_m ({inner:g} m), got {outer:g} m")
    start, end = float(azimuth_from_deg), float(azimuth_to_deg)
    if not (math.isfinite(start) and math.isfinite(end)):
        raise GeoError(f"sector azimuths: expected finite degrees, got {start!r} -> {end!r}")
    span = (end - start) % 360.0
    if span == 0.0:
        if start == end:
            raise GeoError(f"sector azimuths: expected two different azimuths, got {start:g} twice")
        span = 360.0
    deviation = _check_deviation(max_deviation_m)
    if span == 360.0:
        ring = circle(center, outer, max_deviation_m=deviation)
        if inner == 0.0:
            return ring
        hole = circle(center, inner, max_deviation_m=deviation)
        if not _poles_inside(center, 0.0, outer, None):
            return Polygon(ring.exterior.coords, [hole.exterior.coords[::-1]])
        annulus = shapely.difference(ring, hole)
        if not isinstance(annulus, Polygon):
            raise GeoError(
                f"sector: expected an area that can be drawn in one piece, got "
                f"{inner / 1000:,.6g}-{outer / 1000:,.6g} km around {_where(center)}"
            )
        return _counterclockwise(annulus)

    def arc(radius_m: float) -> FloatArray:
        count = _arc_vertex_count(center, radius_m, span, deviation)
        return _arc(center, radius_m, start + span * np.arange(count + 1) / count)

    def edge(a: FloatArray, b: FloatArray) -> FloatArray:
        """Interior vertices of the radial geodesic from a to b."""
        line = geodesic_line(LonLat.wrapped(*a), LonLat.wrapped(*b), max_deviation_m=deviation)
        return line[1:-1]

    outer_arc = arc(outer)
    if inner == 0.0:
        apex = np.array([[center.lon, center.lat]])
        parts = [outer_arc, edge(outer_arc[-1], apex[0]), apex, edge(apex[0], outer_arc[0])]
    else:
        inner_arc = arc(inner)[::-1]
        parts = [
            outer_arc,
            edge(outer_arc[-1], inner_arc[0]),
            inner_arc,
            edge(inner_arc[-1], outer_arc[0]),
        ]
    ring = _ring(center, parts)
    if not _poles_inside(center, inner, outer, (start, span)):
        return _counterclockwise(Polygon(ring))
    loop = np.concatenate([ring, ring[:1]])
    loop[:, 0] = unwrap_lons(loop[:, 0], reference=center.lon)
    inside = forward(center, start + span / 2.0, (inner + outer) / 2.0)
    got = (
        f"{inner / 1000:,.6g}-{outer / 1000:,.6g} km at {start % 360:g}-{end % 360:g}° "
        f"around {_where(center)}"
    )
    return _counterclockwise(_around_poles(loop, center, inside, "sector", got))
