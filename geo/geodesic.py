"""Geodesics on WGS84 through one ``pyproj.Geod`` (STUB: to be implemented)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from shapely.geometry import Polygon

from geo.coords import LonLat

FloatArray = npt.NDArray[np.float64]


def inverse(a: LonLat, b: LonLat) -> tuple[float, float, float]:
    """Return (forward azimuth at a, back azimuth at b, distance in metres)."""
    raise NotImplementedError


def forward(origin: LonLat, azimuth_deg: float, distance_m: float) -> LonLat:
    """The point ``distance_m`` from ``origin`` along the geodesic with initial ``azimuth_deg``."""
    raise NotImplementedError


def geodesic_line(a: LonLat, b: LonLat, *, max_deviation_m: float = 1000.0) -> FloatArray:
    """Densified geodesic a -> b as an (N, 2) array of lon, lat (lon unwrapped, continuous)."""
    raise NotImplementedError


def track(points: Sequence[LonLat], *, max_deviation_m: float = 1000.0) -> FloatArray:
    """Piecewise-geodesic track through ``points`` in order; (N, 2) lon, lat, continuous lon."""
    raise NotImplementedError


def circle(center: LonLat, radius_m: float, *, max_deviation_m: float = 1000.0) -> Polygon:
    """Geodesic circle (range ring) as a polygon, lon continuous around ``center``."""
    raise NotImplementedError


def sector(
    center: LonLat,
    inner_m: float,
    outer_m: float,
    azimuth_from_deg: float,
    azimuth_to_deg: float,
    *,
    max_deviation_m: float = 1000.0,
) -> Polygon:
    """Annular sector: distances [inner_m, outer_m] and azimuths clockwise from -> to."""
    raise NotImplementedError


def line_length_m(coords: FloatArray) -> float:
    """Geodesic length of a lon, lat polyline in metres."""
    raise NotImplementedError
