"""Areas published as corners, or described by their size and centre.

:func:`corner_ring` joins published corners into a simple ring: as given when they already
make one, else in order of their angle around their centre (a press release often lists the
corners NW, NE, SW, SE, which joined in that order cross like an hourglass). Navigational
warnings and scenario ``corners`` share it.

:func:`rectangle` draws "105 km by 302 km, about 136 km east of X": a rectangle of the given
east-west and north-south size, centred on a position, built in the azimuthal equidistant
frame around that centre (where distances from the centre are exact) and densified there so
that its sides stay where the frame puts them.

Corners that go round a pole (89°N at 0°, 90°E, 180° and 90°W) enclose the polar cap: read as
a ring on the sphere, their longitudes turn by a whole 360° (:func:`pole_turns`), and
:func:`corner_polygon` closes the area along the pole's latitude as
:func:`alertmap.geo.antimeridian.enclosing_polygon` does for a range ring around a pole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LinearRing, LineString, Polygon

from alertmap.geo.antimeridian import enclosing_polygon, normalize_lon, unwrap_lons
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.projection import aeqd_transformers, from_local

__all__ = ["corner_polygon", "corner_ring", "pole_turns", "rectangle"]

FloatArray = npt.NDArray[np.float64]

#: Vertex spacing along a rectangle's sides, in the local frame.
RECTANGLE_SPACING_M = 5_000.0

#: Vertex spacing, in degrees of longitude and latitude, along the sides of corners round a
#: pole: a geodesic between vertices half a degree apart on a parallel strays from it by
#: L² tan φ / 8R, at most 30 m (at 45°), 10 m at 80°.
POLAR_SPACING_DEG = 0.5


def corner_ring(
    corners: Sequence[LonLat], *, reference: float | None = None
) -> tuple[FloatArray, bool]:
    """Distinct corners as an open ring of (lon, lat) rows that does not cross itself.

    Longitudes are made continuous (an area across the antimeridian runs 179 -> 181), a
    corner repeated next to itself and a closing repeat of the first are dropped. When the
    corners in the given order make a ring that crosses itself, they are put in order of their
    angle around their mean in the local azimuthal equidistant projection; corners that go
    round a pole (:func:`pole_turns`) are put in order of longitude, their angle around it.

    Parameters
    ----------
    corners : sequence of LonLat
    reference : float, optional
        A longitude to draw the area next to (the launch site's): the ring is moved by whole
        turns so that its middle lies within 180° of it. Without it the first corner keeps its
        longitude.

    Returns
    -------
    ring : ndarray, shape (n, 2)
        lon, lat rows, not closed; fewer than three rows when fewer distinct corners were given.
        A ring round a pole ends less than 360° on from its first corner (the side back to it
        closes the turn): :func:`corner_polygon` makes its area.
    reordered : bool
        True when the given order crossed itself and the corners were put in order.

    Examples
    --------
    Corners listed NW, NE, SW, SE (an hourglass when joined as given):

    >>> ring, reordered = corner_ring([LonLat(123, 37), LonLat(124, 37), LonLat(123, 36),
    ...                                LonLat(124, 36)])
    >>> reordered, ring.tolist()
    (True, [[123.0, 36.0], [124.0, 36.0], [124.0, 37.0], [123.0, 37.0]])
    >>> corner_ring([LonLat(179.5, 1), LonLat(-179.5, 1), LonLat(-179.5, 0)])[0].tolist()
    [[179.5, 1.0], [180.5, 1.0], [180.5, 0.0]]
    >>> corner_ring([LonLat(-179.5, 1), LonLat(179.5, 1), LonLat(179.5, 0)])[0].tolist()
    [[-179.5, 1.0], [-180.5, 1.0], [-180.5, 0.0]]
    >>> corner_ring([LonLat(-179.5, 1), LonLat(179.5, 1), LonLat(179.5, 0)],
    ...             reference=124.7)[0].tolist()
    [[180.5, 1.0], [179.5, 1.0], [179.5, 0.0]]

    Round the north pole, listed across it:

    >>> corner_ring([LonLat(0, 89), LonLat(180, 89), LonLat(90, 89), LonLat(-90, 89)])
    (array([[  0.,  89.],
           [ 90.,  89.],
           [180.,  89.],
           [270.,  89.]]), True)
    """
    if not corners:
        return np.empty((0, 2)), False
    lons = unwrap_lons([c.lon for c in corners], reference=corners[0].lon)
    if reference is not None:
        middle = (lons.min() + lons.max()) / 2.0
        lons -= 360.0 * np.round((middle - float(reference)) / 360.0)
    ring = np.column_stack([lons, [c.lat for c in corners]]).astype(np.float64)
    ring = ring[np.r_[True, np.any(np.diff(ring, axis=0) != 0.0, axis=1)]]
    if len(ring) > 1 and ring[0, 1] == ring[-1, 1] and (ring[-1, 0] - ring[0, 0]) % 360.0 == 0.0:
        ring = ring[:-1]  # the first corner again (round a pole: 360° on)
    if len(ring) >= 3 and pole_turns(ring):
        if _lifted(_closed(ring)).is_simple:
            return ring, False
        return _by_longitude(ring), True
    if len(ring) < 4 or LinearRing(ring).is_simple:
        return ring, False
    ordered = _around_centre(ring)
    # sides of 180° of longitude (across a pole) leave the round of a pole to the order
    return (_by_longitude(ordered) if pole_turns(ordered) else ordered), True


def _by_longitude(ring: FloatArray) -> FloatArray:
    """Corners round a pole in order of longitude eastward from the first: their angle
    around it."""
    east = np.mod(ring[:, 0] - ring[0, 0], 360.0)
    order = np.argsort(east, kind="stable")
    return np.column_stack([ring[0, 0] + east[order], ring[order, 1]])


def pole_turns(ring: npt.ArrayLike) -> int:
    """How many times a closed ring of corners goes round a pole: 1 eastward
    (counter-clockwise seen from above the north pole), -1 westward, 0 not round one.

    Read on the sphere, each side of the ring goes the short way in longitude, less than 180°
    (as a geodesic between two corners does, and a rhumb line); the side from the last corner
    back to the first closes the ring. The ring goes round a pole when these steps add up to
    ±360°. Longitudes may be given continuous or each within -180..180.

    Examples
    --------
    >>> pole_turns([(0, 89), (90, 89), (180, 89), (-90, 89)])
    1
    >>> pole_turns([(0, -60), (-120, -60), (120, -60)])
    -1
    >>> pole_turns([(179, 1), (-179, 1), (-179, -1), (179, -1)])
    0
    """
    xy = np.asarray(ring, dtype=np.float64)
    if xy.ndim != 2 or len(xy) < 3:
        return 0
    lons = unwrap_lons(xy[:, 0])
    back = normalize_lon(float(lons[0] - lons[-1]))
    return round((float(lons[-1] - lons[0]) + back) / 360.0)


def _closed(ring: FloatArray) -> FloatArray:
    """The ring with its first corner again at its end, as far on as the side back to it
    goes in longitude (360° on round a pole)."""
    back = normalize_lon(float(ring[0, 0] - ring[-1, 0]))
    return np.vstack([ring, [[float(ring[-1, 0]) + back, float(ring[0, 1])]]])


def _lifted(loop: FloatArray) -> LineString:
    """Three turns of a closed loop round a pole one after the other: it crosses itself on
    the sphere exactly when this line crosses itself."""
    step = np.array([float(loop[-1, 0] - loop[0, 0]), 0.0])
    body = loop[:-1]
    return LineString(np.concatenate([body - step, body, body + step, loop[-1:] + step]))


def corner_polygon(ring: npt.ArrayLike, *, center_lon: float = 0.0) -> Polygon:
    """The area a ring of corners (as :func:`corner_ring` gives it) encloses, in lon, lat.

    Sides are straight in longitude and latitude, as every area given by corners is drawn
    (along a parallel between corners at one latitude). A ring that keeps the poles outside is
    the polygon of its corners as they are. One that goes round a pole (:func:`pole_turns`)
    encloses the smaller of the two sides of it on the sphere, which holds a pole: in
    longitude and latitude the strip between the ring and the pole's latitude, 360° wide,
    from ``center_lon - 180`` to ``center_lon + 180``
    (:func:`alertmap.geo.antimeridian.enclosing_polygon`).

    Parameters
    ----------
    ring : array_like, shape (n, 2)
        lon, lat rows, not closed, longitudes continuous.
    center_lon : float, default 0
        The middle of the window of longitudes an area round a pole is drawn in.

    Returns
    -------
    shapely.Polygon
        Round a pole: counter-clockwise, valid; empty when its corners cross each other. Else
        the corners' polygon as given, which may be invalid (the caller checks it).

    Examples
    --------
    Four corners at 89°N round the pole enclose the cap north of 89°N:

    >>> cap = corner_polygon([(0, 89), (90, 89), (180, 89), (270, 89)])
    >>> cap.bounds, cap.area
    ((-180.0, 89.0, 180.0, 90.0), 360.0)
    >>> corner_polygon([(123, 36), (124, 36), (124, 37)]).wkt
    'POLYGON ((123 36, 124 36, 124 37, 123 36))'
    """
    xy = np.asarray(ring, dtype=np.float64)
    turns = pole_turns(xy) if xy.ndim == 2 else 0
    if not turns:
        return Polygon(xy)
    xy = np.column_stack([unwrap_lons(xy[:, 0]), xy[:, 1]])
    # vertices along the sides every half degree, so that read as geodesics (as distances are
    # measured) the sides stay within metres of where they are drawn
    loop = shapely.get_coordinates(shapely.segmentize(LineString(_closed(xy)), POLAR_SPACING_DEG))
    # the side that is smaller on the sphere: the area north of the loop, eastward, is
    # R² ∫(1 - sin φ) dλ, and south of it R² ∫(1 + sin φ) dλ
    sin_lat = np.sin(np.radians(loop[:, 1]))
    northing = float(np.sum(np.diff(loop[:, 0]) * (sin_lat[:-1] + sin_lat[1:]))) * turns
    pole = 90.0 if northing > 0.0 else -90.0
    try:
        area = enclosing_polygon(loop, (center_lon, pole), center_lon=center_lon, name="corners")
    except GeoError:
        return Polygon()
    return area if isinstance(area, Polygon) else Polygon()


def _around_centre(ring: FloatArray) -> FloatArray:
    """Corners in order of their angle around their mean, in a local AEQD projection."""
    centre = LonLat.wrapped(float(ring[:, 0].mean()), float(ring[:, 1].mean()))
    to_local, _ = aeqd_transformers(centre)
    x, y = to_local.transform(ring[:, 0], ring[:, 1])
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    order = np.argsort(np.arctan2(y - y.mean(), x - x.mean()), kind="stable")
    out: FloatArray = ring[order]
    return out


def _check_size(value: float, name: str) -> float:
    size = float(value)
    if not (math.isfinite(size) and 0.0 < size <= 5_000_000.0):
        raise GeoError(f"{name}: expected a size above 0 m and up to 5000 km, got {value!r}")
    return size


def rectangle(
    center: LonLat, width_m: float, height_m: float, *, orientation_deg: float = 0.0
) -> Polygon:
    """A rectangle ``width_m`` across and ``height_m`` along, centred on ``center``.

    Built in the azimuthal equidistant frame centred on ``center``: the sides are at
    ``±width_m / 2`` and ``±height_m / 2`` from the centre, measured along the geodesics
    through it, so the distance between the midpoints of opposite sides is exactly the size
    given. The sides are densified in that frame (a vertex every 5 km).

    Parameters
    ----------
    center : LonLat
    width_m, height_m : float
        The east-west and north-south sizes in metres (up to 5,000 km), before rotation.
    orientation_deg : float, default 0
        Azimuth of the rectangle's "north-south" axis, degrees clockwise from true north.

    Returns
    -------
    shapely.Polygon
        Counter-clockwise exterior, lon continuous around ``center``.

    Examples
    --------
    >>> zone = rectangle(LonLat(130.0, 40.0), 105_000.0, 302_000.0)
    >>> [round(v, 3) for v in zone.bounds]
    [129.373, 38.638, 130.627, 41.36]
    >>> zone.exterior.is_ccw
    True
    >>> rectangle(LonLat(130.0, 40.0), 0.0, 1000.0)
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: width_m: expected a size above 0 m and up to 5000 km, got 0.0
    """
    width = _check_size(width_m, "width_m")
    height = _check_size(height_m, "height_m")
    turn = float(orientation_deg)
    if not math.isfinite(turn):
        raise GeoError(f"orientation_deg: expected finite degrees, got {orientation_deg!r}")
    half_w, half_h = width / 2.0, height / 2.0
    corners = np.array([[-half_w, -half_h], [half_w, -half_h], [half_w, half_h], [-half_w, half_h]])
    sides = []
    for a, b in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        count = max(1, math.ceil(float(np.hypot(*(b - a))) / RECTANGLE_SPACING_M))
        steps = np.arange(count)[:, None] / count
        sides.append(a + (b - a) * steps)
    xy = np.concatenate(sides)
    angle = math.radians(turn)  # clockwise from north: rotate the frame's axes
    x = xy[:, 0] * math.cos(angle) + xy[:, 1] * math.sin(angle)
    y = -xy[:, 0] * math.sin(angle) + xy[:, 1] * math.cos(angle)
    local = Polygon(np.column_stack([x, y]))
    area: Polygon = shapely.orient_polygons(from_local(local, center), exterior_cw=False)
    return area
