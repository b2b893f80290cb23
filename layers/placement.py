"""Turn relative reports into geometry, by rules stated here and shown on the map.

Rules
-----
*About D km BEARING of a point* (a place such as Manila): the point is ``D`` metres from the
place along the geodesic with the bearing's azimuth. With "about", the uncertainty area is the
annular sector from the place covering ``D`` +/- 10 % and the bearing +/- its precision: a
direction word covers half the gap to its neighbours on the rose it belongs to, so the eight
principal winds (N, NE, E, ...) are +/- 22.5 degrees, the intermediate ones (NNE, ENE, ...)
+/- 11.25 degrees, and a bearing given in degrees +/- 5 degrees (:func:`bearing_tolerance`).

*About D km BEARING of a region* (the Korean Peninsula, the Philippines): the distance is from
the region's edge. Every point whose nearest edge point is ``D`` away in the reported
direction fits the words, so the position along the edge is taken from the reported flight:

1. where the reported track (through the launch site and waypoints, extended along its last
   leg) crosses the line ``D`` from the edge, seen from the edge within half a compass point of
   the bearing, that crossing is the point; if it crosses more than once (a track passing
   outlying islands), the crossing whose edge point is nearest the middle of the region's side
   that faces the bearing (where a ray on the bearing from the region's centre leaves it);
2. otherwise, from the edge point nearest the part of the track that lies in the reported
   direction (the track's point whose distance to the edge is closest to ``D``), ``D`` along
   the bearing;
3. with no track in that direction, from the edge point where a ray on the bearing from the
   region's centre leaves the region.

The uncertainty area is the same sector as for a point, centred on that edge point.

*Between A and B* (Okinawa main island and Miyako Island): the gate is the shortest geodesic
between the two; the track crosses it at ``fraction`` (default: the middle), which is schematic.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.corridor import distance_m, nearest_point
from alertmap.geo.geodesic import (
    HALF_CIRCUMFERENCE_M,
    FloatArray,
    check_distance,
    forward,
    geodesic_line,
    inverse,
    inverse_many,
    sector,
)
from alertmap.geo.projection import from_local, to_local

#: Precision of a bearing given in degrees rather than as a direction word.
DEGREES_TOLERANCE_DEG = 5.0
_PRINCIPAL = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"}
_INTERMEDIATE = {"NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW"}


def bearing_tolerance(bearing_text: str) -> float:
    """How many degrees either side of its azimuth a reported direction covers.

    Examples
    --------
    >>> bearing_tolerance("E"), bearing_tolerance("ENE"), bearing_tolerance("95°")
    (22.5, 11.25, 5.0)
    """
    word = bearing_text.split(" ")[0].upper()
    if word in _PRINCIPAL:
        return 22.5
    if word in _INTERMEDIATE:
        return 11.25
    return DEGREES_TOLERANCE_DEG


#: Relative distance uncertainty of an "about" distance.
ABOUT_FRACTION = 0.10
#: Spacing of the samples taken along a track when searching for a region-relative position.
SAMPLE_SPACING_M = 5_000.0
#: Halvings of a 5 km sample interval when refining a crossing: 2**-14 of 5 km is 0.3 m.
BISECTION_STEPS = 14
#: Simplification of a region's outline for the search for candidate positions, degrees.
CANDIDATE_TOLERANCE_DEG = 0.01
#: How far a track is extended beyond its last waypoint when searching for a position.
EXTENSION_M = 5_000_000.0
#: The farthest an uncertainty area reaches: beyond about this, geodesics from one point
#: cross again near its antipode and a ring of points at one distance folds over itself.
MAX_REACH_M = HALF_CIRCUMFERENCE_M - 100_000.0
#: Two places closer than this have no gate between them.
MIN_GATE_M = 1.0


@dataclass(frozen=True, slots=True)
class Placed:
    """A position obtained from a report, and how."""

    point: LonLat
    area: Polygon | None
    anchor: LonLat | None
    method: str
    gate: LineString | None = None


def angle_difference(a: FloatArray | float, b: float) -> FloatArray:
    """Absolute difference of azimuths in degrees, 0-180.

    Examples
    --------
    >>> float(angle_difference(350.0, 10.0))
    20.0
    """
    return np.abs((np.asarray(a, dtype=float) - b + 180.0) % 360.0 - 180.0)


def uncertainty_area(
    anchor: LonLat, distance: float, bearing_deg: float, tolerance_deg: float
) -> Polygon:
    """The sector that "about ``distance`` on ``bearing`` from ``anchor``" covers."""
    inner, outer = about_range(distance)
    return sector(anchor, inner, outer, bearing_deg - tolerance_deg, bearing_deg + tolerance_deg)


def about_range(distance: float) -> tuple[float, float]:
    """The distances "about ``distance``" covers: ± `ABOUT_FRACTION`, reaching at most
    `MAX_REACH_M`.

    Examples
    --------
    >>> about_range(600_000.0)
    (540000.0, 660000.0)
    >>> [round(d / 1000) for d in about_range(19_000_000.0)]
    [17100, 19904]
    """
    return (1.0 - ABOUT_FRACTION) * distance, min((1.0 + ABOUT_FRACTION) * distance, MAX_REACH_M)


def _describe(distance: float, bearing_text: str, about: bool) -> str:
    km = distance / 1000.0
    inner, outer = about_range(distance)
    rule = (
        f"; area: {inner / 1000:.0f}-{outer / 1000:.0f} km, "
        f"bearing ±{bearing_tolerance(bearing_text):g}°"
        if about
        else ""
    )
    return f"{'about ' if about else ''}{km:g} km {bearing_text}{rule}"


def from_point(
    origin: LonLat, distance: float, bearing_deg: float, *, about: bool, bearing_text: str = ""
) -> Placed:
    """``distance`` metres on ``bearing_deg`` from a point.

    Examples
    --------
    >>> p = from_point(LonLat(120.9772, 14.5958), 820_000, 90.0, about=True, bearing_text="E")
    >>> round(p.point.lon, 1), round(p.point.lat, 1)
    (128.6, 14.5)
    >>> from_point(LonLat(120.9772, 14.5958), 50_000_000, 90.0, about=True)
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: distance: expected at most 20,003.93 km (half the Earth's ...
    """
    distance = check_distance(distance)
    point = forward(origin, bearing_deg, distance)
    text = bearing_text or f"{bearing_deg:g}°"
    tol = bearing_tolerance(text)
    area = uncertainty_area(origin, distance, bearing_deg, tol) if about else None
    text = _describe(distance, text, about)
    return Placed(point=point, area=area, anchor=origin, method=f"{text} from the place")


def _resample(guide: FloatArray, spacing: float) -> FloatArray:
    """Points every ``spacing`` metres along a densified lon/lat polyline (linear in lon/lat)."""
    seg = inverse_many(guide[:-1], guide[1:])[2]
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(2, int(cum[-1] // spacing) + 1)
    at = np.linspace(0.0, cum[-1], n)
    return np.column_stack([np.interp(at, cum, guide[:, 0]), np.interp(at, cum, guide[:, 1])])


@functools.lru_cache(maxsize=32)
def _coarse(region: BaseGeometry) -> BaseGeometry:
    """The region's outline within about a kilometre, for finding candidates (cached: several
    reports are often placed from one region)."""
    return shapely.simplify(region, CANDIDATE_TOLERANCE_DEG, preserve_topology=True)


def _edge_candidates(
    region: BaseGeometry, samples: FloatArray, bearing_deg: float
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Approximate distance to the region, its nearest point and the azimuth from it.

    In one AEQD frame centred on the region; each sample's nearest edge comes from an
    R-tree of the region's edges (``shapely.STRtree``), not from a scan of every edge.
    """
    centre_pt = region.representative_point()
    centre = LonLat.wrapped(centre_pt.x, centre_pt.y)
    local_region = to_local(region, centre)
    local_samples = to_local(shapely.points(samples), centre)
    rings = shapely.get_rings(shapely.get_parts(local_region))
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    edge = np.flatnonzero(ring[:-1] == ring[1:])
    edges = shapely.linestrings(np.stack([coords[edge], coords[edge + 1]], axis=1))
    (which, nearest), dist = shapely.STRtree(edges).query_nearest(
        local_samples, return_distance=True, all_matches=False
    )
    order = np.argsort(which)  # one nearest edge per sample, in sample order
    lines = shapely.shortest_line(local_samples[which[order]], edges[nearest[order]])
    dist = dist[order]
    xy = shapely.get_coordinates(local_samples)
    dist[shapely.contains_xy(local_region, xy[:, 0], xy[:, 1])] = 0.0
    ends = shapely.get_coordinates(from_local(shapely.get_point(lines, 1), centre))
    az = inverse_many(ends, samples)[0] % 360.0
    az[dist <= 0] = np.nan
    return dist, ends, az


def _ray_edge(region: BaseGeometry, bearing_deg: float) -> LonLat:
    """Where a ray on ``bearing_deg`` from the region's centre leaves the region."""
    centre_pt = region.centroid
    centre = LonLat.wrapped(centre_pt.x, centre_pt.y)
    end = forward(centre, bearing_deg, 5_000_000.0)
    ray = geodesic_line(centre, end, max_deviation_m=100.0)
    samples = _resample(ray, 1_000.0)
    inside = shapely.contains_xy(region, samples[:, 0], samples[:, 1])
    if not inside.any():
        rp = region.representative_point()
        return LonLat.wrapped(rp.x, rp.y)
    last = int(np.flatnonzero(inside)[-1])
    return LonLat.wrapped(float(samples[last, 0]), float(samples[last, 1]))


def from_region(
    region: BaseGeometry,
    distance: float,
    bearing_deg: float,
    *,
    about: bool,
    bearing_text: str = "",
    region_name: str = "the region",
    guide: FloatArray | None = None,
) -> Placed:
    """``distance`` metres on ``bearing_deg`` from the edge of a region (module rules 1-3)."""
    distance = check_distance(distance)
    wording = bearing_text or f"{bearing_deg:g}°"
    tol = bearing_tolerance(wording)
    text = _describe(distance, wording, about)

    def area_at(anchor: LonLat) -> Polygon | None:
        return uncertainty_area(anchor, distance, bearing_deg, tol) if about else None

    if guide is not None and len(guide) >= 2:
        samples = _resample(guide, SAMPLE_SPACING_M)
        # candidates against an outline within about a kilometre; exact refinement follows
        coarse = _coarse(region)
        dist, ends, az = _edge_candidates(coarse, samples, bearing_deg)
        valid = (dist > 0) & (angle_difference(np.nan_to_num(az, nan=1e9), bearing_deg) <= tol)
        idx = np.flatnonzero(valid)
        # rule 1: crossings of the distance line by consecutive valid samples
        crossings = [
            int(i)
            for i in idx
            if i + 1 < len(samples)
            and valid[i + 1]
            and (dist[i] - distance) * (dist[i + 1] - distance) <= 0
        ]
        if crossings:
            side = _ray_edge(region, bearing_deg) if len(crossings) > 1 else None
            best_i = crossings[0]
            if side is not None:
                best_i = min(crossings, key=lambda i: inverse(side, LonLat.wrapped(*ends[i]))[2])
            lo_i, hi_i = max(0, best_i - 200), min(len(samples), best_i + 202)
            near = _near(region, samples[lo_i:hi_i], distance)
            bracket = _exact_bracket(near, samples, best_i, distance, lo_i, hi_i)
            point = _bisect(near, samples[bracket], samples[bracket + 1], distance)
            anchor = nearest_point(point, near)
            return Placed(
                point=point,
                area=area_at(anchor),
                anchor=anchor,
                method=f"{text} from the edge of {region_name}, "
                "where the reported track reaches that distance (rule 1)",
            )
        if idx.size:
            # rule 2: from the edge point nearest the part of the track in that direction
            best = idx[np.argmin(np.abs(dist[idx] - distance))]
            sample = samples[best : best + 1]
            anchor = nearest_point(LonLat.wrapped(*sample[0]), _near(region, sample, dist[best]))
            point = forward(anchor, bearing_deg, distance)
            return Placed(
                point=point,
                area=area_at(anchor),
                anchor=anchor,
                method=f"{text} from the edge of {region_name} nearest the reported track (rule 2)",
            )
    anchor = _ray_edge(region, bearing_deg)
    point = forward(anchor, bearing_deg, distance)
    return Placed(
        point=point,
        area=area_at(anchor),
        anchor=anchor,
        method=f"{text} from the edge of {region_name} on a ray from its centre (rule 3)",
    )


def _near(region: BaseGeometry, samples: FloatArray, distance: float) -> BaseGeometry:
    """The part of the region that can hold the nearest point to the samples (for speed)."""
    reach_deg = (distance * 1.2 + 50_000.0) / 111_000.0
    lat = float(np.max(np.abs(samples[:, 1])))
    reach_lon = reach_deg / max(np.cos(np.radians(min(lat + reach_deg, 89.0))), 0.05)
    part = shapely.clip_by_rect(
        region,
        float(samples[:, 0].min()) - reach_lon,
        float(samples[:, 1].min()) - reach_deg,
        float(samples[:, 0].max()) + reach_lon,
        float(samples[:, 1].max()) + reach_deg,
    )
    return region if part.is_empty else part


def _exact_bracket(
    region: BaseGeometry, samples: FloatArray, start: int, distance: float, lo: int, hi: int
) -> int:
    """Index i near ``start`` where exact distances at samples i and i+1 bracket ``distance``.

    The search for crossings uses distances in one projection, which can be off by a few km
    far from its centre; this finds the true bracket by walking outwards with exact distances.
    """
    cache: dict[int, float] = {}

    def f(i: int) -> float:
        if i not in cache:
            cache[i] = distance_m(LonLat.wrapped(*samples[i]), region) - distance
        return cache[i]

    for k in range(0, max(start - lo, hi - start)):
        for i in (start + k, start - k):
            if lo <= i and i + 1 < hi and f(i) * f(i + 1) <= 0:
                return i
    return start


def _bisect(region: BaseGeometry, a: FloatArray, b: FloatArray, distance: float) -> LonLat:
    """The point between samples a and b whose geodesic distance to the region is ``distance``."""
    lo, hi = 0.0, 1.0
    f_lo = distance_m(LonLat.wrapped(*a), region) - distance
    for _ in range(BISECTION_STEPS):
        mid = (lo + hi) / 2
        p = LonLat.wrapped(*(a + (b - a) * mid))
        f_mid = distance_m(p, region) - distance
        if (f_mid <= 0) == (f_lo <= 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return LonLat.wrapped(*(a + (b - a) * ((lo + hi) / 2)))


def between(
    a: BaseGeometry,
    b: BaseGeometry,
    *,
    fraction: float = 0.5,
    names: tuple[str, str] = ("the first place", "the second"),
) -> Placed:
    """The gate between two places or regions, and the point at ``fraction`` along it.

    Two places that are one, or that meet (regions that touch or overlap), have no gate
    between them: `GeoError` (``names`` say which they are).

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> g = between(Point(127.0, 26.0), Point(125.0, 25.0))
    >>> round(g.point.lon, 2), round(g.point.lat, 2)
    (126.0, 25.5)
    >>> between(Point(124.705, 39.66), Point(124.705, 39.66), names=("Sohae", "Sohae"))
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: between: expected two places apart, got Sohae and Sohae, \
which are the same place (no gate between them)
    """
    ca, cb = a.representative_point(), b.representative_point()
    centre = LonLat.wrapped((ca.x + cb.x) / 2, (ca.y + cb.y) / 2)
    line = shapely.shortest_line(to_local(a, centre), to_local(b, centre))
    ends = shapely.get_coordinates(from_local(line, centre))
    start, end = LonLat.wrapped(*ends[0]), LonLat.wrapped(*ends[1])
    az, _, length = inverse(start, end)
    if not length >= MIN_GATE_M:
        raise GeoError(
            f"between: expected two places apart, got {names[0]} and {names[1]}, which "
            f"{'are the same place' if a.equals(b) else 'meet'} (no gate between them)"
        )
    point = forward(start, az, fraction * length)
    gate = LineString(geodesic_line(start, end))
    return Placed(
        point=point,
        area=None,
        anchor=None,
        method=(
            f"gate: the shortest line between the two ({length / 1000:.0f} km); the track is "
            f"drawn through its {'middle' if fraction == 0.5 else f'{fraction:.0%} point'} "
            "(schematic)"
        ),
        gate=gate,
    )
