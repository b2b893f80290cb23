"""Ballistic flights on a rotating Earth: the free-flight arc from a launch to an impact.

The model
---------
A flight is fixed by its launch point, its impact point and its flight time. After an optional
short powered phase (`Boost`) the missile flies a Kepler conic: only the Earth's central
gravity acts (no drag, no oblateness in the force, no thrust). The conic is found in an inertial
frame, the Earth-centred Earth-fixed (ECEF) frame frozen at the launch instant: the start of the
free flight is the burnout point as it is at burnout, and the end is the impact point turned
with the Earth by ``omega * t``, where it will be when the missile arrives. Lambert's problem
(two positions and the time between them give one conic) is solved with universal variables
(Bate, Mueller & White, *Fundamentals of Astrodynamics*, 1971, section 5.3; the same
formulation as Vallado's and Curtis's algorithms), short way round, zero revolutions. Positions
along the arc come from Kepler's equation, and are turned back into the rotating frame to give
longitude, latitude and altitude above the WGS84 ellipsoid (pyproj, EPSG:4978 <-> EPSG:4979).

Everything is vectorised over many flights: `ballistic_arcs` takes arrays of launch and impact
points and flight times and solves them all in one pass of numpy operations.

Times are seconds after launch; distances and altitudes are metres. ``apogee_m`` is the greatest
altitude above the ellipsoid along the flight, ``ground_range_m`` the geodesic distance from
the launch to the impact point (what governments report as the distance flown).

The inverse relations: `minimum_energy_flight_s` (the flight time needing the least speed at
the start of the free flight), `flight_time_for_apogee` (the flight time that reaches a given
apogee) and `loft` (a flight's apogee against the minimum-energy one: depressed, standard or
lofted). `apogee_for_flight_time` is the forward relation without the track.

Examples
--------
A lofted test from Jagang Province into the Sea of Japan, 53 minutes, with a powered phase
of 250 seconds:

>>> from alertmap.geo import LonLat
>>> arc = ballistic_arc(LonLat(126.40, 40.60), LonLat(137.0, 40.7), flight_s=3180.0,
...                     boost=Boost(250.0))
>>> round(arc.ground_range_m / 1000), round(arc.apogee_m / 1000), round(arc.apogee_time_s)
(896, 4424, 1675)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

import numpy as np
import numpy.typing as npt
import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.geo.antimeridian import normalize_lon
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.geodesic import GEOD, as_lonlat_array

__all__ = [
    "MU_EARTH_M3_S2",
    "OMEGA_EARTH_RAD_S",
    "WGS84_EARTH",
    "Boost",
    "Earth",
    "Loft",
    "Overflight",
    "Trajectories",
    "Trajectory",
    "apogee_for_flight_time",
    "ballistic_arc",
    "ballistic_arcs",
    "ecef_to_geodetic",
    "flight_time_for_apogee",
    "geodetic_to_ecef",
    "kepler",
    "lambert",
    "loft",
    "minimum_energy_flight_s",
]

FloatArray = npt.NDArray[np.float64]

MU_EARTH_M3_S2 = 3.986004418e14
"""The Earth's gravitational parameter GM (WGS84, atmosphere included), m³/s²."""

OMEGA_EARTH_RAD_S = 7.292115e-5
"""The Earth's rotation rate relative to the stars (WGS84), rad/s."""

DEFAULT_SAMPLES = 121
"""Points along each free-flight arc (evenly spaced in time) when none is asked for."""

BOOST_SAMPLES = 16
"""Points along the powered phase of a `Boost` (its end is the first free-flight point)."""

# Lambert bisection bounds on the universal variable z = (change of eccentric anomaly)²:
# z = 4 pi² is one full turn (an infinitely long flight); very negative z is a fast hyperbola.
_Z_MAX = 4.0 * math.pi**2
_Z_MIN = -4.0 * math.pi**2
_BISECTIONS = 200
# Transfer angles closer than this to 0 or 180 degrees leave the orbit plane undefined.
_MIN_TRANSFER_SIN = 1e-9
_KEPLER_ITERATIONS = 60
# Boost without a given burnout point: fixed-point iterations (5-10 are needed)
_BURNOUT_ITERATIONS = 200
# inverse relations: times the search bracket may be widened
_WIDENINGS = 12
# apogee: the highest point above the ellipsoid is sought within this of the apoapsis
_APOGEE_WINDOW_S = 60.0
_GOLDEN_STEPS = 40
# time_over: points per sample interval when the closest approach is refined
_REFINE_POINTS = 401


# --------------------------------------------------------------------------------------------
# The Earth: gravity, spin and surface


@dataclass(frozen=True, slots=True)
class Earth:
    """The body a flight is on: its gravity, its spin and its surface.

    ``geodetic_crs`` and ``geocentric_crs`` are the CRS (EPSG code or PROJ string) in which
    longitude, latitude, height and Earth-centred x, y, z are given; ``semi_major_m`` and
    ``flattening`` define the surface the ground range is measured on.

    Examples
    --------
    >>> WGS84_EARTH.name, WGS84_EARTH.geocentric_crs
    ('WGS84', 'EPSG:4978')
    >>> Earth.sphere(6_371_000.0).omega_rad_s
    0.0
    """

    name: str
    mu_m3_s2: float
    omega_rad_s: float
    semi_major_m: float
    flattening: float
    geodetic_crs: str
    geocentric_crs: str

    @classmethod
    def sphere(
        cls, radius_m: float, *, mu_m3_s2: float = MU_EARTH_M3_S2, omega_rad_s: float = 0.0
    ) -> Earth:
        """A spherical Earth of ``radius_m``, by default not rotating (for textbook checks)."""
        radius = float(radius_m)
        if not (math.isfinite(radius) and radius > 0.0):
            raise GeoError(f"radius_m: expected a positive radius in metres, got {radius_m!r}")
        return cls(
            name=f"sphere R={radius:g} m",
            mu_m3_s2=float(mu_m3_s2),
            omega_rad_s=float(omega_rad_s),
            semi_major_m=radius,
            flattening=0.0,
            geodetic_crs=f"+proj=longlat +R={radius!r} +no_defs +type=crs",
            geocentric_crs=f"+proj=geocent +R={radius!r} +units=m +no_defs +type=crs",
        )

    @property
    def geod(self) -> pyproj.Geod:
        """The geodesic solver on this Earth's surface (`GEOD` for WGS84)."""
        return _geod(self.semi_major_m, self.flattening)


WGS84_EARTH = Earth(
    name="WGS84",
    mu_m3_s2=MU_EARTH_M3_S2,
    omega_rad_s=OMEGA_EARTH_RAD_S,
    semi_major_m=6_378_137.0,
    flattening=1.0 / 298.257223563,
    geodetic_crs="EPSG:4979",
    geocentric_crs="EPSG:4978",
)
"""The WGS84 Earth: ellipsoid, GM and rotation rate."""


@lru_cache(maxsize=8)
def _geod(semi_major_m: float, flattening: float) -> pyproj.Geod:
    if semi_major_m == WGS84_EARTH.semi_major_m and flattening == WGS84_EARTH.flattening:
        return GEOD
    return pyproj.Geod(a=semi_major_m, f=flattening)


@lru_cache(maxsize=8)
def _transformers(geodetic: str, geocentric: str) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    # geo.projection builds the local (AEQD) transformers; these are the Earth-centred ones
    to_ecef = pyproj.Transformer.from_crs(geodetic, geocentric, always_xy=True)
    to_geodetic = pyproj.Transformer.from_crs(geocentric, geodetic, always_xy=True)
    return to_ecef, to_geodetic


def geodetic_to_ecef(
    lon: npt.ArrayLike, lat: npt.ArrayLike, alt_m: npt.ArrayLike, *, earth: Earth = WGS84_EARTH
) -> FloatArray:
    """Earth-centred, Earth-fixed x, y, z in metres (last axis) of positions given in degrees
    and metres above the ellipsoid.

    Examples
    --------
    >>> geodetic_to_ecef(0.0, 0.0, 0.0).round(3).tolist()
    [6378137.0, 0.0, 0.0]
    >>> geodetic_to_ecef([90.0], [90.0], [0.0]).round(3).tolist()
    [[0.0, 0.0, 6356752.314]]
    """
    lons, lats, alts = np.broadcast_arrays(
        np.asarray(lon, dtype=np.float64),
        np.asarray(lat, dtype=np.float64),
        np.asarray(alt_m, dtype=np.float64),
    )
    to_ecef, _ = _transformers(earth.geodetic_crs, earth.geocentric_crs)
    x, y, z = to_ecef.transform(lons.ravel(), lats.ravel(), alts.ravel())
    xyz = np.stack([np.asarray(x), np.asarray(y), np.asarray(z)], axis=-1)
    return xyz.reshape((*lons.shape, 3)).astype(np.float64)


def ecef_to_geodetic(
    xyz_m: npt.ArrayLike, *, earth: Earth = WGS84_EARTH
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Longitude, latitude (degrees) and altitude above the ellipsoid (metres) of Earth-centred
    x, y, z positions (last axis of ``xyz_m``).

    Examples
    --------
    >>> lon, lat, alt = ecef_to_geodetic([0.0, 0.0, 7_000_000.0])
    >>> float(lat), round(float(alt), 3)
    (90.0, 643247.686)
    """
    xyz = np.asarray(xyz_m, dtype=np.float64)
    if xyz.shape[-1:] != (3,):
        raise GeoError(f"xyz_m: expected x, y, z on the last axis, got shape {xyz.shape}")
    _, to_geodetic = _transformers(earth.geodetic_crs, earth.geocentric_crs)
    flat = xyz.reshape(-1, 3)
    lon, lat, alt = to_geodetic.transform(flat[:, 0], flat[:, 1], flat[:, 2])
    shape = xyz.shape[:-1]
    return (
        np.asarray(lon, dtype=np.float64).reshape(shape),
        np.asarray(lat, dtype=np.float64).reshape(shape),
        np.asarray(alt, dtype=np.float64).reshape(shape),
    )


def _spin(xyz: FloatArray, angle_rad: FloatArray) -> FloatArray:
    """``xyz`` (last axis) turned by ``angle_rad`` about the z axis (eastward when positive)."""
    cos, sin = np.cos(angle_rad), np.sin(angle_rad)
    x, y = xyz[..., 0], xyz[..., 1]
    return np.stack([cos * x - sin * y, sin * x + cos * y, xyz[..., 2]], axis=-1)


# --------------------------------------------------------------------------------------------
# Two-body mechanics: Lambert's problem and Kepler's equation


def _stumpff(z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Stumpff functions C(z) and S(z), with their series near z = 0."""
    root = np.sqrt(np.abs(z))
    small = np.abs(z) < 1e-3
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        c_ell = (1.0 - np.cos(root)) / z
        s_ell = (root - np.sin(root)) / root**3
        c_hyp = (np.cosh(root) - 1.0) / -z
        s_hyp = (np.sinh(root) - root) / root**3
    c_series = 1 / 2 - z / 24 + z**2 / 720 - z**3 / 40_320
    s_series = 1 / 6 - z / 120 + z**2 / 5_040 - z**3 / 362_880
    c = np.where(small, c_series, np.where(z > 0, c_ell, c_hyp))
    s = np.where(small, s_series, np.where(z > 0, s_ell, s_hyp))
    return c, s


def _as_vectors(value: npt.ArrayLike, name: str) -> FloatArray:
    array = np.asarray(value, dtype=np.float64)
    if array.ndim not in (1, 2) or array.shape[-1] != 3:
        raise GeoError(f"{name}: expected x, y, z or an (N, 3) array, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        raise GeoError(f"{name}: expected finite coordinates, got {array.tolist()!r}")
    return np.atleast_2d(array)


def lambert(
    r1_m: npt.ArrayLike,
    r2_m: npt.ArrayLike,
    flight_s: npt.ArrayLike,
    *,
    mu_m3_s2: float = MU_EARTH_M3_S2,
) -> tuple[FloatArray, FloatArray]:
    """Solve Lambert's problem: the velocities at ``r1_m`` and ``r2_m`` of the conic that joins
    them in ``flight_s``, going the short way round (transfer angle below 180°), no full turns.

    Universal variables (Bate, Mueller & White 1971, section 5.3), with the universal variable
    z found by bisection: the flight time grows monotonically with z on a zero-turn transfer,
    so bisection always converges (to 1e-14 in z), for every transfer at once.

    Parameters
    ----------
    r1_m, r2_m : array_like
        Positions in an inertial frame, metres: ``(3,)`` or ``(N, 3)``.
    flight_s : array_like
        Flight time(s) in seconds, scalar or ``(N,)``.
    mu_m3_s2 : float
        Gravitational parameter of the central body.

    Returns
    -------
    tuple of numpy.ndarray
        ``(v1, v2)``, each ``(N, 3)`` in m/s.

    Examples
    --------
    Curtis, *Orbital Mechanics for Engineering Students*, Example 5.2 (km and km/s):

    >>> v1, v2 = lambert([5000.0, 10000.0, 2100.0], [-14600.0, 2500.0, 7000.0], 3600.0,
    ...                  mu_m3_s2=398600.0)
    >>> v1.round(4).tolist(), v2.round(4).tolist()
    ([[-5.9925, 1.9254, 3.2456]], [[-3.3125, -4.1966, -0.3853]])
    """
    r1 = _as_vectors(r1_m, "r1_m")
    r2 = _as_vectors(r2_m, "r2_m")
    r1, r2 = np.broadcast_arrays(r1, r2)
    dt = np.broadcast_to(np.asarray(flight_s, dtype=np.float64), r1.shape[:1])
    if not np.all(np.isfinite(dt) & (dt > 0.0)):
        raise GeoError(f"flight_s: expected positive flight times, got {dt.tolist()!r}")
    r1n = np.linalg.norm(r1, axis=1)
    r2n = np.linalg.norm(r2, axis=1)
    cos_angle = np.einsum("ij,ij->i", r1, r2) / (r1n * r2n)
    sin_angle = np.linalg.norm(np.cross(r1, r2), axis=1) / (r1n * r2n)
    bad = np.flatnonzero(sin_angle < _MIN_TRANSFER_SIN)
    if bad.size:
        row = int(bad[0])
        angle = math.degrees(math.atan2(sin_angle[row], cos_angle[row]))
        raise GeoError(
            f"r1_m, r2_m: expected positions at an angle between 0 and 180 degrees from the "
            f"Earth's centre, got {angle:g} degrees at row {row}"
        )
    a = np.sqrt(r1n * r2n * (1.0 + cos_angle))
    sqrt_mu = math.sqrt(mu_m3_s2)

    def y_of(z: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        c, s = _stumpff(z)
        return r1n + r2n + a * (z * s - 1.0) / np.sqrt(c), c, s

    def too_short(z: FloatArray) -> npt.NDArray[np.bool_]:
        """True where the flight time at z is below the one asked for (or z is infeasible)."""
        y, c, s = y_of(z)
        with np.errstate(invalid="ignore"):
            tof = ((y / c) ** 1.5 * s + a * np.sqrt(y)) / sqrt_mu
        short: npt.NDArray[np.bool_] = (y <= 0.0) | ~(tof >= dt)
        return short

    lo = np.full_like(dt, _Z_MIN)
    hi = np.full_like(dt, _Z_MAX)
    # a flight shorter than the fastest hyperbola at _Z_MIN: widen downwards (rare)
    for _ in range(8):
        down = ~too_short(lo)
        if not down.any():
            break
        lo = np.where(down, lo * 4.0, lo)
    if (~too_short(lo)).any():
        raise GeoError(f"flight_s: expected a longer flight time, got {dt.tolist()!r}")
    for _ in range(_BISECTIONS):
        mid = 0.5 * (lo + hi)
        short = too_short(mid)
        lo = np.where(short, mid, lo)
        hi = np.where(short, hi, mid)
        if np.all((hi - lo) <= 1e-14 * np.maximum(1.0, np.abs(lo))):
            break
    z = 0.5 * (lo + hi)
    y, _, _ = y_of(z)
    f = 1.0 - y / r1n
    g = a * np.sqrt(y / mu_m3_s2)
    g_dot = 1.0 - y / r2n
    v1 = (r2 - f[:, None] * r1) / g[:, None]
    v2 = (g_dot[:, None] * r2 - r1) / g[:, None]
    return v1, v2


def _solve_kepler(mean_anomaly: FloatArray, e: FloatArray) -> FloatArray:
    """Eccentric anomaly E with E - e sin E = M, for 0 <= e < 1 (safeguarded Newton)."""
    turns = np.round(mean_anomaly / (2.0 * math.pi))
    m = mean_anomaly - 2.0 * math.pi * turns  # in [-pi, pi]
    sign = np.where(m < 0.0, -1.0, 1.0)
    m_abs = np.abs(m)
    # E - M = e sin E lies in [0, e] for M in [0, pi]
    lo, hi = m_abs, np.minimum(m_abs + e, math.pi)
    ecc = np.zeros_like(m_abs) + e
    big = np.where(ecc > 0.8, math.pi, m_abs + 0.85 * ecc)
    big = np.clip(big, lo, hi)
    for _ in range(_KEPLER_ITERATIONS):
        residual = big - ecc * np.sin(big) - m_abs
        lo = np.where(residual < 0.0, big, lo)
        hi = np.where(residual > 0.0, big, hi)
        step = residual / (1.0 - ecc * np.cos(big))
        newton = big - step
        inside = (newton >= lo) & (newton <= hi)
        new = np.where(inside, newton, 0.5 * (lo + hi))
        done = np.abs(new - big) <= 1e-14
        big = new
        if np.all(done):
            break
    return sign * big + 2.0 * math.pi * turns


def _elements(
    r0: FloatArray, v0: FloatArray, mu: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(r0 norm, semi-major axis, mean motion, eccentricity, eccentric anomaly at r0)."""
    r0n = np.linalg.norm(r0, axis=-1)
    alpha = 2.0 / r0n - np.einsum("...i,...i->...", v0, v0) / mu  # 1 / a
    if not np.all(alpha > 0.0):
        raise GeoError(
            "flight: expected an elliptic arc (below escape speed), got a parabolic or "
            "hyperbolic one: the flight time is too short for the distance"
        )
    a = 1.0 / alpha
    e_cos = 1.0 - r0n * alpha
    e_sin = np.einsum("...i,...i->...", r0, v0) / np.sqrt(mu * a)
    return r0n, a, np.sqrt(mu * alpha**3), np.hypot(e_cos, e_sin), np.arctan2(e_sin, e_cos)


def kepler(
    r0_m: npt.ArrayLike,
    v0_m_s: npt.ArrayLike,
    dt_s: npt.ArrayLike,
    *,
    mu_m3_s2: float = MU_EARTH_M3_S2,
) -> tuple[FloatArray, FloatArray]:
    """Positions and velocities ``dt_s`` after the state ``(r0_m, v0_m_s)`` on its (elliptic)
    Kepler orbit, by Kepler's equation and the Lagrange f and g coefficients.

    Parameters
    ----------
    r0_m, v0_m_s : array_like
        Initial positions ``(N, 3)`` (or ``(3,)``) in metres and velocities in m/s.
    dt_s : array_like
        Times after the initial state: ``(M,)`` for every orbit or ``(N, M)``.

    Returns
    -------
    tuple of numpy.ndarray
        ``(r, v)``, each ``(N, M, 3)``.

    Examples
    --------
    A circular orbit returns to its start after one period:

    >>> import math
    >>> r, v = kepler([7e6, 0.0, 0.0], [0.0, math.sqrt(3.986004418e14 / 7e6), 0.0],
    ...               [0.0, 2 * math.pi * math.sqrt(7e6**3 / 3.986004418e14)])
    >>> (r.round(3) + 0.0).tolist()
    [[[7000000.0, 0.0, 0.0], [7000000.0, 0.0, 0.0]]]
    """
    r0 = _as_vectors(r0_m, "r0_m")
    v0 = _as_vectors(v0_m_s, "v0_m_s")
    r0, v0 = np.broadcast_arrays(r0, v0)
    dt = np.asarray(dt_s, dtype=np.float64)
    rows = dt if dt.ndim == 2 else np.atleast_1d(dt)[None, :]
    dt = np.broadcast_to(rows, (len(r0), rows.shape[-1]))
    r0n, a, n, e, e0 = _elements(r0, v0, mu_m3_s2)
    m0 = e0 - e * np.sin(e0)
    big = _solve_kepler(m0[:, None] + n[:, None] * dt, e[:, None])
    d_e = big - e0[:, None]
    rn = a[:, None] * (1.0 - e[:, None] * np.cos(big))
    f = 1.0 - a[:, None] / r0n[:, None] * (1.0 - np.cos(d_e))
    g = dt - (d_e - np.sin(d_e)) / n[:, None]
    f_dot = -np.sqrt(mu_m3_s2 * a)[:, None] / (rn * r0n[:, None]) * np.sin(d_e)
    g_dot = 1.0 - a[:, None] / rn * (1.0 - np.cos(d_e))
    r = f[..., None] * r0[:, None, :] + g[..., None] * v0[:, None, :]
    v = f_dot[..., None] * r0[:, None, :] + g_dot[..., None] * v0[:, None, :]
    return r, v


def _apoapsis_after_s(r0: FloatArray, v0: FloatArray, mu: float) -> FloatArray:
    """Time from the state to the next apoapsis (always in [0, one period))."""
    _, _, n, e, e0 = _elements(r0, v0, mu)
    m0 = e0 - e * np.sin(e0)
    return np.mod(math.pi - m0, 2.0 * math.pi) / n


# --------------------------------------------------------------------------------------------
# The value objects


@dataclass(frozen=True, slots=True)
class Boost:
    """A short powered phase before the free flight: its duration, and where it ends.

    The free flight starts ``duration_s`` after launch at the burnout point. Given
    ``altitude_m`` and ``downrange_m``, the burnout point is that high above the ellipsoid and
    that far along the geodesic from the launch point towards the impact point. Without them
    it is derived from the flight itself: the missile is taken to climb in a straight line
    (in the inertial frame) along its burnout velocity, its speed growing as ``(t/T)²``
    (``T = duration_s``; thrust against a falling mass), so the burnout point lies
    ``V T / 3`` from the launch point, ``V`` the burnout speed of the free-flight arc that
    starts there (found by fixed-point iteration with Lambert's problem). Gravity and drag
    during the climb are left out.

    The track drawn for the powered phase runs from the launch point towards the burnout
    point with altitude growing as ``(t/T)²`` and distance downrange as ``(t/T)³``: a picture
    of a vertical start turning over, not a model of the rocket.

    Examples
    --------
    >>> Boost(duration_s=240.0, altitude_m=300_000.0, downrange_m=100_000.0)
    Boost(duration_s=240.0, altitude_m=300000.0, downrange_m=100000.0)
    >>> Boost(250.0).altitude_m is None
    True
    >>> Boost(duration_s=-1.0)
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: boost.duration_s: expected a positive time in seconds, got -1.0
    """

    duration_s: float
    altitude_m: float | None = None
    downrange_m: float | None = None

    def __post_init__(self) -> None:
        checks = (
            ("duration_s", self.duration_s, "a positive time in seconds", False),
            ("altitude_m", self.altitude_m, "an altitude of 0 m or more", True),
            ("downrange_m", self.downrange_m, "a distance of 0 m or more", True),
        )
        for name, value, expected, zero_ok in checks:
            if value is None and name != "duration_s":
                continue
            try:
                number = float(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise GeoError(f"boost.{name}: expected {expected}, got {value!r}") from None
            if not (math.isfinite(number) and (number >= 0.0 if zero_ok else number > 0.0)):
                raise GeoError(f"boost.{name}: expected {expected}, got {value!r}")
            object.__setattr__(self, name, number)
        if (self.altitude_m is None) != (self.downrange_m is None):
            raise GeoError(
                "boost: expected both altitude_m and downrange_m (a given burnout point) or "
                f"neither (derived), got altitude_m={self.altitude_m!r}, "
                f"downrange_m={self.downrange_m!r}"
            )


@dataclass(frozen=True, slots=True)
class Overflight:
    """Where and when a flight passes closest over a point on the ground.

    ``time_s`` after launch; ``position`` the point below the missile then; ``alt_m`` its
    altitude; ``miss_m`` the ground distance from the point asked about to ``position``.
    """

    time_s: float
    position: LonLat
    alt_m: float
    miss_m: float


Shape = Literal["depressed", "minimum-energy", "lofted"]


@dataclass(frozen=True, slots=True)
class Loft:
    """A flight's apogee against the minimum-energy flight between the same two points.

    ``kind`` is ``"lofted"`` when ``apogee_ratio`` (the apogee over the minimum-energy apogee)
    is above ``1 + tolerance``, ``"depressed"`` below ``1 - tolerance``, else
    ``"minimum-energy"`` (a standard trajectory).
    """

    kind: Shape
    apogee_ratio: float
    minimum_energy_apogee_m: float
    minimum_energy_flight_s: float


@dataclass(frozen=True, slots=True, eq=False)
class Trajectory:
    """One flight: a time-tagged track from launch to impact, with apogee and ground range.

    ``times_s`` (seconds after launch), ``lon`` (continuous: no jump at the antimeridian),
    ``lat`` and ``alt_m`` (above the ellipsoid) are 1-D arrays of the same length; the powered
    phase, if any, comes first. ``position_at`` gives the exact position at any time;
    ``time_over`` and ``passes_over`` give the times over a point or an area.

    Examples
    --------
    >>> arc = ballistic_arc(LonLat(126.4, 40.6), LonLat(136.9, 40.7), flight_s=3180.0)
    >>> round(arc.apogee_m / 1000), round(arc.apogee_time_s)
    (4718, 1590)
    >>> over = arc.time_over(LonLat(130.0, 41.2))
    >>> round(over.time_s), round(over.alt_m / 1000), round(over.miss_m / 1000)
    (614, 3122, 18)
    """

    times_s: FloatArray
    lon: FloatArray
    lat: FloatArray
    alt_m: FloatArray
    launch: LonLat
    impact: LonLat
    flight_s: float
    apogee_m: float
    apogee_time_s: float
    ground_range_m: float
    boost: Boost | None
    burnout: FloatArray
    start_position_m: FloatArray
    start_velocity_m_s: FloatArray
    earth: Earth = WGS84_EARTH

    @property
    def burnout_s(self) -> float:
        """Time of the start of the free flight (0 without a powered phase)."""
        return 0.0 if self.boost is None else self.boost.duration_s

    def position_at(self, times_s: npt.ArrayLike) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Longitude, latitude and altitude at ``times_s`` after launch (0..flight_s)."""
        times = np.atleast_1d(np.asarray(times_s, dtype=np.float64))
        if not np.all((times >= 0.0) & (times <= self.flight_s)):
            raise GeoError(
                f"times_s: expected times within the flight, 0..{self.flight_s:g} s, "
                f"got {times.min():g}..{times.max():g}"
            )
        lon = np.empty_like(times)
        lat = np.empty_like(times)
        alt = np.empty_like(times)
        free = times >= self.burnout_s
        if free.any():
            flon, flat, falt = _free_positions(
                self.start_position_m[None, :],
                self.start_velocity_m_s[None, :],
                np.array([self.burnout_s]),
                times[free][None, :],
                self.earth,
            )
            lon[free], lat[free], alt[free] = flon[0], flat[0], falt[0]
        if self.boost is not None and (~free).any():
            blon, blat, balt = _boost_positions(
                np.array([[self.launch.lon, self.launch.lat]]),
                self.burnout[None, :],
                times[~free][None, :] / self.boost.duration_s,
                self.earth,
            )
            lon[~free], lat[~free], alt[~free] = blon[0], blat[0], balt[0]
        lon = np.unwrap(np.concatenate([[self.lon[0]], lon]), period=360.0)[1:]
        return lon, lat, alt

    def time_over(self, point: LonLat) -> Overflight:
        """When the point below the missile comes closest to ``point``, and how high it was.

        The closest sample of the track is found first, then the time is refined twice on the
        exact arc, to 1/40,000 of the sample spacing.
        """
        geod = self.earth.geod
        count = len(self.times_s)
        _, _, dist = geod.inv(
            np.full(count, point.lon), np.full(count, point.lat), self.lon, self.lat
        )
        k = int(np.argmin(dist))
        t0 = self.times_s[max(k - 1, 0)]
        t1 = self.times_s[min(k + 1, count - 1)]
        for _ in range(2):  # each pass narrows the interval 200 times
            fine = np.linspace(t0, t1, _REFINE_POINTS)
            lon, lat, alt = self.position_at(fine)
            _, _, dist = geod.inv(
                np.full(len(fine), point.lon), np.full(len(fine), point.lat), lon, lat
            )
            j = int(np.argmin(dist))
            t0, t1 = fine[max(j - 1, 0)], fine[min(j + 1, len(fine) - 1)]
        return Overflight(
            time_s=float(fine[j]),
            position=LonLat.wrapped(float(lon[j]), float(lat[j])),
            alt_m=float(alt[j]),
            miss_m=float(dist[j]),
        )

    def passes_over(self, area: BaseGeometry, *, step_s: float = 1.0) -> list[tuple[float, float]]:
        """The time intervals ``(enter_s, leave_s)`` in which the point below the missile is
        inside ``area`` (lon, lat in -180..180), to ``step_s`` (edges linearly interpolated).

        Examples
        --------
        >>> from shapely.geometry import box
        >>> arc = ballistic_arc(LonLat(126.4, 40.6), LonLat(177.2, 33.7), flight_s=1320.0,
        ...                     boost=Boost(150.0))
        >>> arc.passes_over(box(139.5, 40.5, 142.0, 42.0))
        [(381.5, 439.5)]
        """
        step = float(step_s)
        if not (math.isfinite(step) and step > 0.0):
            raise GeoError(f"step_s: expected a positive time in seconds, got {step_s!r}")
        times = np.linspace(0.0, self.flight_s, max(math.ceil(self.flight_s / step), 1) + 1)
        lon, lat, _ = self.position_at(times)
        inside = shapely.contains_xy(area, normalize_lon(lon), lat).astype(np.int8)
        change = np.flatnonzero(np.diff(inside))
        edges = 0.5 * (times[change] + times[change + 1])
        bounds = np.concatenate([[0.0] if inside[0] else [], edges])
        if inside[-1]:
            bounds = np.concatenate([bounds, [self.flight_s]])
        return [(float(a), float(b)) for a, b in bounds.reshape(-1, 2)]


@dataclass(frozen=True, slots=True, eq=False)
class Trajectories:
    """Many flights solved together: ``(N, M)`` arrays of the tracks and ``(N,)`` arrays of
    their figures. ``trajectories[i]`` is flight ``i`` as a `Trajectory`.

    Examples
    --------
    >>> import numpy as np
    >>> arcs = ballistic_arcs([[126.4, 40.6]], [[141.89, 39.28], [150.0, 40.0]], [600.0, 900.0])
    >>> len(arcs), arcs.lon.shape, (arcs.apogee_m / 1000).round().tolist()
    (2, (2, 121), [357.0, 724.0])
    >>> arcs[1].flight_s
    900.0
    """

    times_s: FloatArray
    lon: FloatArray
    lat: FloatArray
    alt_m: FloatArray
    launch: FloatArray
    impact: FloatArray
    flight_s: FloatArray
    apogee_m: FloatArray
    apogee_time_s: FloatArray
    ground_range_m: FloatArray
    boost: Boost | None
    burnout: FloatArray
    start_position_m: FloatArray
    start_velocity_m_s: FloatArray
    earth: Earth = WGS84_EARTH

    def __len__(self) -> int:
        return len(self.flight_s)

    def __getitem__(self, index: int) -> Trajectory:
        i = range(len(self))[index]
        return Trajectory(
            times_s=self.times_s[i],
            lon=self.lon[i],
            lat=self.lat[i],
            alt_m=self.alt_m[i],
            launch=LonLat.wrapped(*self.launch[i]),
            impact=LonLat.wrapped(*self.impact[i]),
            flight_s=float(self.flight_s[i]),
            apogee_m=float(self.apogee_m[i]),
            apogee_time_s=float(self.apogee_time_s[i]),
            ground_range_m=float(self.ground_range_m[i]),
            boost=self.boost,
            burnout=self.burnout[i],
            start_position_m=self.start_position_m[i],
            start_velocity_m_s=self.start_velocity_m_s[i],
            earth=self.earth,
        )


# --------------------------------------------------------------------------------------------
# Solving many flights at once


def _endpoints(
    launch: LonLat | npt.ArrayLike, impact: LonLat | npt.ArrayLike, values: npt.ArrayLike
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Broadcast launch points, impact points and one value per flight to N rows."""

    def rows(points: LonLat | npt.ArrayLike, name: str) -> FloatArray:
        if isinstance(points, LonLat):
            return np.array([[points.lon, points.lat]])
        return as_lonlat_array(np.atleast_2d(np.asarray(points, dtype=np.float64)), name=name)

    start, end = rows(launch, "launch"), rows(impact, "impact")
    per_flight = np.atleast_1d(np.asarray(values, dtype=np.float64))
    try:
        count = np.broadcast_shapes((len(start),), (len(end),), per_flight.shape)
    except ValueError:
        raise GeoError(
            f"launch, impact: expected matching numbers of flights, got {len(start)}, "
            f"{len(end)} and {per_flight.shape}"
        ) from None
    n = count[0]
    return (
        np.broadcast_to(start, (n, 2)).copy(),
        np.broadcast_to(end, (n, 2)).copy(),
        np.broadcast_to(per_flight, (n,)).copy(),
    )


class _Starts(NamedTuple):
    """Where and when each free flight starts: inertial state, time, burnout point."""

    position_m: FloatArray  # (N, 3) inertial (the ECEF frame at launch)
    velocity_m_s: FloatArray  # (N, 3)
    start_s: FloatArray  # (N,) burnout time (0 without a powered phase)
    burnout: FloatArray  # (N, 3) lon, lat, alt_m of the burnout point


def _initial_states(
    launch: FloatArray,
    impact: FloatArray,
    flight_s: FloatArray,
    boost: Boost | None,
    earth: Earth,
) -> _Starts:
    """Solve Lambert's problem from each burnout point to the impact point as it will be."""
    if not np.all(np.isfinite(flight_s) & (flight_s > 0.0)):
        raise GeoError(f"flight_s: expected positive flight times, got {flight_s.tolist()!r}")
    n = len(launch)
    start_s = np.zeros(n) if boost is None else np.full(n, boost.duration_s)
    if not np.all(flight_s > start_s):
        raise GeoError(
            f"flight_s: expected flight times longer than the powered phase "
            f"({start_s.max():g} s), got {flight_s.min():g} s"
        )
    launch_ecef = geodetic_to_ecef(launch[:, 0], launch[:, 1], np.zeros(n), earth=earth)
    impact_ecef = geodetic_to_ecef(impact[:, 0], impact[:, 1], np.zeros(n), earth=earth)
    r1 = _spin(impact_ecef, earth.omega_rad_s * flight_s)
    free_s = flight_s - start_s
    if boost is None:
        r0 = launch_ecef
    elif boost.altitude_m is not None and boost.downrange_m is not None:
        geod = earth.geod
        azimuth, _, _ = geod.inv(launch[:, 0], launch[:, 1], impact[:, 0], impact[:, 1])
        lon, lat, _ = geod.fwd(launch[:, 0], launch[:, 1], azimuth, np.full(n, boost.downrange_m))
        burnout = geodetic_to_ecef(lon, lat, np.full(n, boost.altitude_m), earth=earth)
        r0 = _spin(burnout, earth.omega_rad_s * start_s)
    else:
        r0 = _derived_burnout(launch_ecef, r1, free_s, boost.duration_s, earth)
    v0, _ = lambert(r0, r1, free_s, mu_m3_s2=earth.mu_m3_s2)
    lon, lat, alt = ecef_to_geodetic(_spin(r0, -earth.omega_rad_s * start_s), earth=earth)
    return _Starts(r0, v0, start_s, np.stack([lon, lat, alt], axis=-1))


def _derived_burnout(
    launch: FloatArray, target: FloatArray, free_s: FloatArray, duration_s: float, earth: Earth
) -> FloatArray:
    """Burnout points ``V T / 3`` from the launch along the burnout velocity (see `Boost`)."""
    start = launch.copy()
    for _ in range(_BURNOUT_ITERATIONS):
        velocity, _ = lambert(start, target, free_s, mu_m3_s2=earth.mu_m3_s2)
        moved = launch + velocity * (duration_s / 3.0)
        change = float(np.max(np.linalg.norm(moved - start, axis=1)))
        start = moved
        if change < 0.01:
            return start
    raise GeoError(
        f"boost: expected a burnout point that settles, got one still moving by {change:.3g} m "
        f"after {_BURNOUT_ITERATIONS} iterations (is the powered phase too long?)"
    )


def _free_positions(
    r0: FloatArray, v0: FloatArray, start_s: FloatArray, times_s: FloatArray, earth: Earth
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Geodetic lon, lat, alt at ``times_s`` (N, M) after launch on the free-flight arcs."""
    r, _ = kepler(r0, v0, times_s - start_s[:, None], mu_m3_s2=earth.mu_m3_s2)
    return ecef_to_geodetic(_spin(r, -earth.omega_rad_s * times_s), earth=earth)


def _boost_positions(
    launch: FloatArray, burnout: FloatArray, fraction: FloatArray, earth: Earth
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """The schematic powered phase at ``fraction`` (N, K) of its duration, from each launch
    point towards its burnout point (lon, lat, alt rows of ``burnout``)."""
    geod = earth.geod
    azimuth, _, distance = geod.inv(launch[:, 0], launch[:, 1], burnout[:, 0], burnout[:, 1])
    shape = fraction.shape
    lon, lat, _ = geod.fwd(
        np.broadcast_to(launch[:, :1], shape).ravel(),
        np.broadcast_to(launch[:, 1:2], shape).ravel(),
        np.broadcast_to(np.asarray(azimuth)[:, None], shape).ravel(),
        (np.asarray(distance)[:, None] * fraction**3).ravel(),
    )
    alt = burnout[:, 2:3] * fraction**2
    return np.asarray(lon).reshape(shape), np.asarray(lat).reshape(shape), alt


def _apogees(
    r0: FloatArray, v0: FloatArray, start_s: FloatArray, flight_s: FloatArray, earth: Earth
) -> tuple[FloatArray, FloatArray]:
    """Greatest altitude above the ellipsoid along each arc, and its time; NaN where the arc
    has no apoapsis (it would start downwards, under the ground: a flight faster than a
    circular orbit between the two points).

    The highest point above the ellipsoid is not quite the apoapsis (the ellipsoid's radius
    changes with latitude): it is found by golden-section search within a minute of it.
    """
    to_apo = _apoapsis_after_s(r0, v0, earth.mu_m3_s2)
    t_apo = start_s + to_apo
    underground = t_apo > flight_s
    lo = np.clip(t_apo - _APOGEE_WINDOW_S, start_s, flight_s)
    hi = np.clip(t_apo + _APOGEE_WINDOW_S, start_s, flight_s)

    def altitude(times: FloatArray) -> FloatArray:
        return _free_positions(r0, v0, start_s, times[:, None], earth)[2][:, 0]

    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    x1, x2 = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    f1, f2 = altitude(x1), altitude(x2)
    for _ in range(_GOLDEN_STEPS):
        left = f1 > f2  # the highest point is in [lo, x2]
        hi, lo = np.where(left, x2, hi), np.where(left, lo, x1)
        x2, x1 = (
            np.where(left, x1, lo + ratio * (hi - lo)),
            np.where(left, hi - ratio * (hi - lo), x2),
        )
        new = altitude(np.where(left, x1, x2))
        f2, f1 = np.where(left, f1, new), np.where(left, new, f2)
    best = np.where(f1 > f2, x1, x2)
    alt = np.maximum(f1, f2)
    return np.where(underground, np.nan, alt), np.where(underground, np.nan, best)


def _check_above_ground(apogee: FloatArray, flight_s: FloatArray) -> None:
    bad = np.flatnonzero(np.isnan(apogee))
    if bad.size:
        raise GeoError(
            f"flight_s: expected a flight slow enough to climb (a faster one runs under the "
            f"ground, beyond a circular orbit), got {flight_s[bad[0]]:g} s at row {bad[0]}"
        )


def ballistic_arcs(
    launch: LonLat | npt.ArrayLike,
    impact: LonLat | npt.ArrayLike,
    flight_s: npt.ArrayLike,
    *,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
    samples: int = DEFAULT_SAMPLES,
) -> Trajectories:
    """Solve many ballistic flights at once, each from its launch and impact point and time.

    Parameters
    ----------
    launch, impact : LonLat or array_like
        One point, or ``(N, 2)`` arrays of lon, lat (broadcast against each other).
    flight_s : array_like
        Time from launch to impact in seconds, scalar or ``(N,)``.
    boost : Boost, optional
        A powered phase before the free flight, the same for every flight.
    earth : Earth
        `WGS84_EARTH` (rotating) unless told otherwise.
    samples : int
        Points along each free-flight arc, evenly spaced in time (at least 2).

    Returns
    -------
    Trajectories

    Examples
    --------
    >>> arcs = ballistic_arcs(LonLat(126.4, 40.6), [[136.9, 40.7], [141.9, 39.3]], 1800.0)
    >>> (arcs.apogee_m / 1000).round().tolist(), (arcs.ground_range_m / 1000).round().tolist()
    ([2309.0, 2287.0], [888.0, 1331.0])
    """
    count = int(samples)
    if count < 2:
        raise GeoError(f"samples: expected at least 2 points per arc, got {samples!r}")
    start, end, flight = _endpoints(launch, impact, flight_s)
    starts = _initial_states(start, end, flight, boost, earth)
    r0, v0, start_s = starts.position_m, starts.velocity_m_s, starts.start_s
    fraction = np.linspace(0.0, 1.0, count)
    times = start_s[:, None] + (flight - start_s)[:, None] * fraction[None, :]
    times[:, -1] = flight
    lon, lat, alt = _free_positions(r0, v0, start_s, times, earth)
    if boost is not None:
        climb = np.linspace(0.0, 1.0, BOOST_SAMPLES + 1)[:-1][None, :].repeat(len(flight), 0)
        blon, blat, balt = _boost_positions(start, starts.burnout, climb, earth)
        times = np.concatenate([climb * boost.duration_s, times], axis=1)
        lon = np.concatenate([blon, lon], axis=1)
        lat = np.concatenate([blat, lat], axis=1)
        alt = np.concatenate([balt, alt], axis=1)
    lon = np.unwrap(lon, axis=1, period=360.0)
    lon -= 360.0 * np.round((lon[:, :1] - start[:, :1]) / 360.0)
    apo_alt, apo_time = _apogees(r0, v0, start_s, flight, earth)
    _check_above_ground(apo_alt, flight)
    highest = np.argmax(alt, axis=1)
    sampled = alt[np.arange(len(alt)), highest]
    use_sample = sampled > apo_alt
    _, _, ground = earth.geod.inv(start[:, 0], start[:, 1], end[:, 0], end[:, 1])
    return Trajectories(
        times_s=times,
        lon=lon,
        lat=lat,
        alt_m=alt,
        launch=start,
        impact=end,
        flight_s=flight,
        apogee_m=np.where(use_sample, sampled, apo_alt),
        apogee_time_s=np.where(use_sample, times[np.arange(len(alt)), highest], apo_time),
        ground_range_m=np.asarray(ground, dtype=np.float64),
        boost=boost,
        burnout=starts.burnout,
        start_position_m=r0,
        start_velocity_m_s=v0,
        earth=earth,
    )


def ballistic_arc(
    launch: LonLat,
    impact: LonLat,
    *,
    flight_s: float,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
    samples: int = DEFAULT_SAMPLES,
) -> Trajectory:
    """One ballistic flight from ``launch`` to ``impact`` taking ``flight_s`` seconds (the
    impact time minus the launch time); `ballistic_arcs` for one flight.

    Examples
    --------
    >>> arc = ballistic_arc(LonLat(126.4, 40.6), LonLat(141.9, 39.3), flight_s=600.0)
    >>> arc.flight_s, round(arc.apogee_time_s), round(arc.ground_range_m / 1000)
    (600.0, 300, 1331)
    >>> lon, lat, alt = arc.position_at([120.0])
    >>> round(float(lon[0]), 2), round(float(lat[0]), 2), round(float(alt[0] / 1000))
    (129.67, 40.56, 230)
    """
    arcs = ballistic_arcs(launch, impact, flight_s, boost=boost, earth=earth, samples=samples)
    one = arcs[0]
    return Trajectory(
        times_s=one.times_s,
        lon=one.lon,
        lat=one.lat,
        alt_m=one.alt_m,
        launch=launch,
        impact=impact,
        flight_s=one.flight_s,
        apogee_m=one.apogee_m,
        apogee_time_s=one.apogee_time_s,
        ground_range_m=one.ground_range_m,
        boost=boost,
        burnout=one.burnout,
        start_position_m=one.start_position_m,
        start_velocity_m_s=one.start_velocity_m_s,
        earth=earth,
    )


# --------------------------------------------------------------------------------------------
# The inverse relations


def apogee_for_flight_time(
    launch: LonLat | npt.ArrayLike,
    impact: LonLat | npt.ArrayLike,
    flight_s: npt.ArrayLike,
    *,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
) -> FloatArray:
    """Apogee (metres above the ellipsoid) of the flights from ``launch`` to ``impact`` that
    take ``flight_s``: `ballistic_arcs` without the tracks.

    Examples
    --------
    >>> (apogee_for_flight_time(LonLat(126.4, 40.6), LonLat(136.9, 40.7), [1800.0, 3180.0])
    ...  / 1000).round().tolist()
    [2309.0, 4718.0]
    """
    start, end, flight = _endpoints(launch, impact, flight_s)
    apogee = _apogee_or_nan(start, end, flight, boost, earth)
    _check_above_ground(apogee, flight)
    return apogee


def _apogee_or_nan(
    start: FloatArray, end: FloatArray, flight: FloatArray, boost: Boost | None, earth: Earth
) -> FloatArray:
    starts = _initial_states(start, end, flight, boost, earth)
    apogee, _ = _apogees(starts.position_m, starts.velocity_m_s, starts.start_s, flight, earth)
    return np.maximum(apogee, starts.burnout[:, 2])


def _apogee_or_low(
    start: FloatArray, end: FloatArray, flight: FloatArray, boost: Boost | None, earth: Earth
) -> FloatArray:
    """The apogee, or -inf for flights too fast to be ballistic (for the searches: the
    apogee grows with the flight time, and these are the fastest)."""
    try:
        apogee = _apogee_or_nan(start, end, flight, boost, earth)
    except GeoError:
        # one row failed (hyperbolic, or no burnout point): take them one at a time
        apogee = np.empty_like(flight)
        for i in range(len(flight)):
            try:
                apogee[i] = _apogee_or_nan(
                    start[i : i + 1], end[i : i + 1], flight[i : i + 1], boost, earth
                )[0]
            except GeoError:
                apogee[i] = np.nan
    return np.where(np.isnan(apogee), -np.inf, apogee)


def _speed_at_start(
    start: FloatArray, end: FloatArray, flight: FloatArray, boost: Boost | None, earth: Earth
) -> FloatArray:
    v0 = _initial_states(start, end, flight, boost, earth).velocity_m_s
    return np.asarray(np.linalg.norm(v0, axis=1), dtype=np.float64)


def _rough_minimum_energy_s(
    start: FloatArray, end: FloatArray, boost: Boost | None, earth: Earth
) -> FloatArray:
    """A scale for the searches: the minimum-energy flight time between the points on a
    sphere of the equatorial radius, not rotating (closed form), plus the powered phase.

    For a range angle psi the minimum-energy ellipse has semi-major axis
    a = R (1 + sin(psi/2)) / 2 and eccentricity e = sqrt(1 - Q (2 - Q) cos²(gamma)), with
    Q = 2 sin(psi/2) / (1 + sin(psi/2)) and gamma = (pi - psi) / 4; the flight is symmetric
    about apogee, where the eccentric anomaly is pi.
    """
    r = earth.semi_major_m
    _, _, ground = earth.geod.inv(start[:, 0], start[:, 1], end[:, 0], end[:, 1])
    half = np.sin(np.clip(np.asarray(ground) / r, 1e-6, math.pi - 1e-6) / 2.0)
    a = r * (1.0 + half) / 2.0
    q = 2.0 * half / (1.0 + half)
    gamma = (math.pi - 2.0 * np.arcsin(half)) / 4.0
    e = np.sqrt(1.0 - q * (2.0 - q) * np.cos(gamma) ** 2)
    e0 = np.arccos(np.clip((1.0 - r / a) / e, -1.0, 1.0))
    flight = 2.0 * (math.pi - (e0 - e * np.sin(e0))) / np.sqrt(earth.mu_m3_s2 / a**3)
    return np.asarray(flight + (0.0 if boost is None else boost.duration_s), dtype=np.float64)


def minimum_energy_flight_s(
    launch: LonLat | npt.ArrayLike,
    impact: LonLat | npt.ArrayLike,
    *,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
) -> FloatArray:
    """Flight time of the minimum-energy flight: the one needing the least speed (in the
    inertial frame) at the start of the free flight, found by golden-section search.

    Examples
    --------
    >>> round(float(minimum_energy_flight_s(LonLat(126.4, 40.6), LonLat(171.0, 39.5))[0]))
    1065
    """
    start, end, _ = _endpoints(launch, impact, 0.0)
    scale = _rough_minimum_energy_s(start, end, boost, earth)
    offset = 0.0 if boost is None else boost.duration_s
    lo = offset + 0.7 * (scale - offset)
    hi = offset + 1.6 * (scale - offset)
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    x1 = hi - ratio * (hi - lo)
    x2 = lo + ratio * (hi - lo)
    f1 = _speed_at_start(start, end, x1, boost, earth)
    f2 = _speed_at_start(start, end, x2, boost, earth)
    for _ in range(80):
        left = f1 < f2  # the minimum is in [lo, x2]
        hi = np.where(left, x2, hi)
        lo = np.where(left, lo, x1)
        x2, f2, x1, f1 = (
            np.where(left, x1, lo + ratio * (hi - lo)),
            np.where(left, f1, np.nan),
            np.where(left, hi - ratio * (hi - lo), x2),
            np.where(left, np.nan, f2),
        )
        todo1, todo2 = np.isnan(f1), np.isnan(f2)
        if todo1.any():
            f1[todo1] = _speed_at_start(start[todo1], end[todo1], x1[todo1], boost, earth)
        if todo2.any():
            f2[todo2] = _speed_at_start(start[todo2], end[todo2], x2[todo2], boost, earth)
        if np.all(hi - lo < 1e-3):
            break
    return 0.5 * (lo + hi)


def flight_time_for_apogee(
    launch: LonLat | npt.ArrayLike,
    impact: LonLat | npt.ArrayLike,
    apogee_m: npt.ArrayLike,
    *,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
) -> FloatArray:
    """Flight time of the flight from ``launch`` to ``impact`` whose apogee is ``apogee_m``.

    The apogee grows with the flight time between two fixed points, so the time is found by
    bisection, to a millisecond, between flight times that are widened until they bracket it.
    An apogee too low for a ballistic flight between the points is an error.

    Examples
    --------
    >>> round(float(flight_time_for_apogee(LonLat(126.4, 40.6), LonLat(136.9, 40.7),
    ...                                    4_718_000.0)[0]))
    3180
    """
    start, end, target = _endpoints(launch, impact, apogee_m)
    if not np.all(np.isfinite(target) & (target > 0.0)):
        raise GeoError(f"apogee_m: expected positive altitudes, got {target.tolist()!r}")
    scale = _rough_minimum_energy_s(start, end, boost, earth)
    offset = 0.0 if boost is None else boost.duration_s
    lo = offset + 0.6 * (scale - offset)
    hi = 2.0 * scale
    for _ in range(_WIDENINGS):
        low = _apogee_or_low(start, end, lo, boost, earth) > target
        high = _apogee_or_low(start, end, hi, boost, earth) < target
        if not (low.any() or high.any()):
            break
        lo = np.where(low, offset + 0.8 * (lo - offset), lo)
        hi = np.where(high, 2.0 * hi, hi)
    else:
        row = int(np.flatnonzero(low | high)[0])
        _, _, ground = earth.geod.inv(*start[row], *end[row])
        raise GeoError(
            f"apogee_m: expected an apogee that a ballistic flight of {ground / 1000:,.0f} km can "
            f"reach, got {target[row] / 1000:,.0f} km"
        )
    for _ in range(64):
        mid = 0.5 * (lo + hi)
        below = _apogee_or_low(start, end, mid, boost, earth) < target
        lo = np.where(below, mid, lo)
        hi = np.where(below, hi, mid)
        if np.all(hi - lo < 1e-3):
            break
    return 0.5 * (lo + hi)


def loft(
    launch: LonLat,
    impact: LonLat,
    apogee_m: float,
    *,
    tolerance: float = 0.25,
    boost: Boost | None = None,
    earth: Earth = WGS84_EARTH,
) -> Loft:
    """Is a flight with this apogee lofted, standard (minimum-energy) or depressed?

    Examples
    --------
    >>> shape = loft(LonLat(126.4, 40.6), LonLat(136.9, 40.7), 4_475_000.0)
    >>> shape.kind, round(shape.apogee_ratio, 1)
    ('lofted', 19.5)
    """
    flight = minimum_energy_flight_s(launch, impact, boost=boost, earth=earth)
    lowest = float(apogee_for_flight_time(launch, impact, flight, boost=boost, earth=earth)[0])
    ratio = float(apogee_m) / lowest
    kind: Shape = "minimum-energy"
    if ratio > 1.0 + tolerance:
        kind = "lofted"
    elif ratio < 1.0 - tolerance:
        kind = "depressed"
    return Loft(
        kind=kind,
        apogee_ratio=ratio,
        minimum_energy_apogee_m=lowest,
        minimum_energy_flight_s=float(flight[0]),
    )
