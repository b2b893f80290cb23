"""Areas published as corners, or described by their size and centre.

:func:`corner_ring` joins published corners into a simple ring: as given when they already
make one, else in order of their angle around their centre (a press release often lists the
corners NW, NE, SW, SE, which joined in that order cross like an hourglass). Navigational
warnings and scenario ``corners`` share it.

:func:`rectangle` draws "105 km by 302 km, about 136 km east of X": a rectangle of the given
east-west and north-south size, centred on a position, built in the azimuthal equidistant
frame around that centre (where distances from the centre are exact) and densified there so
that its sides stay where the frame puts them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LinearRing, Polygon

from alertmap.geo.antimeridian import unwrap_lons
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.projection import aeqd_transformers, from_local

__all__ = ["corner_ring", "rectangle"]

FloatArray = npt.NDArray[np.float64]

#: Vertex spacing along a rectangle's sides, in the local frame.
RECTANGLE_SPACING_M = 5_000.0


def corner_ring(
    corners: Sequence[LonLat], *, reference: float | None = None
) -> tuple[FloatArray, bool]:
    """Distinct corners as an open ring of (lon, lat) rows that does not cross itself.

    Longitudes are made continuous (an area across the antimeridian runs 179 -> 181), a
    corner repeated next to itself and a closing repeat of the first are dropped. When the
    corners in the given order make a ring that crosses itself, they are put in order of their
    angle around their mean in the local azimuthal equidistant projection.

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
    """
    if not corners:
        return np.empty((0, 2)), False
    lons = unwrap_lons([c.lon for c in corners], reference=corners[0].lon)
    if reference is not None:
        middle = (lons.min() + lons.max()) / 2.0
        lons -= 360.0 * np.round((middle - float(reference)) / 360.0)
    ring = np.column_stack([lons, [c.lat for c in corners]]).astype(np.float64)
    ring = ring[np.r_[True, np.any(np.diff(ring, axis=0) != 0.0, axis=1)]]
    if len(ring) > 1 and np.array_equal(ring[0], ring[-1]):
        ring = ring[:-1]
    if len(ring) < 4 or LinearRing(ring).is_simple:
        return ring, False
    return _around_centre(ring), True


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
