"""The flight in time and height: a ballistic model of the track, or the schematic track
timed from the reported times, and where it was over what.

A scenario's ``[trajectory] model`` chooses (:mod:`alertmap.layers.scenario`):

* ``"ballistic"`` (`model_flight`): the free-flight arc on the rotating WGS84 Earth from the
  launch site and time to the fall that ends the track (:func:`alertmap.geo.ballistic.
  ballistic_arc`), after the powered phase ``boost_s`` if one is given. The flight time is the
  fall's time less the launch time; without a fall time, the first reported flight time, else
  the flight time that reaches the first reported apogee. When the track has reported
  waypoints and the fall is an area, the impact point is turned about the launch site so that
  the arc passes over the last waypoint's point, as the schematic track does, if the turned
  point stays inside the fall's drawn area. The track drawn is the modelled ground track, a
  vertex at most `MAX_STEP_S` seconds apart, each with its time and altitude (`Profile`).
* ``"schematic"`` (`schematic_profile`, the default): the track through the reported
  waypoints, timed by distance between the reported times (the launch, each timed waypoint,
  the fall that ends the track); altitudes unknown. A satellite launch is drawn so.

`TimedTrack` samples a profiled track densely (a second and 2 km apart at most) to find when
it was over an area (`TimedTrack.passes`) or nearest it (`TimedTrack.closest`); `crossings`
lists its passes over Japan's prefectures, the countries of the basemap and Japan's EEZ.

Examples
--------
>>> import datetime as dt
>>> from alertmap.layers.model import Profile
>>> jst = dt.timezone(dt.timedelta(hours=9))
>>> profile = Profile(dt.datetime(2024, 1, 1, 7, 0, tzinfo=jst), (0.0, 600.0), (0.0, 0.0),
...                   apogee_m=float("nan"), apogee_s=float("nan"), modelled=False,
...                   method="a test")
>>> timed = TimedTrack.of(np.array([[130.0, 40.0], [140.0, 40.0]]), profile)
>>> from shapely.geometry import box
>>> [(round(a), round(b)) for a, b, _, _ in timed.passes(box(134.0, 39.0, 136.0, 41.0))]
[(240, 360)]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from alertmap.geo.antimeridian import cut_at_antimeridian, normalize_lon
from alertmap.geo.ballistic import Boost, Trajectory, ballistic_arc, flight_time_for_apogee
from alertmap.geo.bands import shift_near
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.geodesic import GEOD, FloatArray, inverse
from alertmap.layers.basemap import countries_touching
from alertmap.layers.eez import load_eez
from alertmap.layers.errors import LayersError, ScenarioError
from alertmap.layers.gazetteer import Gazetteer, Place
from alertmap.layers.model import Crossing, FlightReport, Profile, Source
from alertmap.layers.scenario import TrajectoryReportSpec, TrajectorySpec

__all__ = [
    "MAX_STEP_S",
    "FlightEnds",
    "ModelledFlight",
    "TimedTrack",
    "crossings",
    "flight_reports",
    "ground_range_m",
    "model_flight",
    "over_area",
    "report_sources",
    "schematic_profile",
]

#: The longest time between two vertices of a modelled track, in seconds.
MAX_STEP_S = 5.0
#: Vertices of a modelled track's free flight: at least the model's default, at most this.
MAX_SAMPLES = 2001
#: `TimedTrack` samples: at most this far apart in time and along the ground.
SAMPLE_STEP_S = 1.0
SAMPLE_STEP_M = 2_000.0
#: The most samples of a `TimedTrack` (a very long track is sampled more coarsely).
MAX_TIMED_SAMPLES = 400_000
#: The arc is turned until it passes this close to the last waypoint's point, in metres.
AIM_MISS_M = 50.0
_AIM_ITERATIONS = 8

#: The figure each report key gives.
FIGURES = {
    "apogee_km": "apogee",
    "range_km": "range",
    "flight_min": "flight time",
    "flight_s": "flight time",
    "over": "overflight",
}

#: Fail: (field, error) -> the error to raise (the builder's, naming the file and field).
Fail = Callable[[str, Exception], ScenarioError]


# --------------------------------------------------------------------------------------------
# The ballistic model


@dataclass(frozen=True, slots=True)
class FlightEnds:
    """What the scenario says of the flight's two ends, for the model.

    ``impact`` is the drawn point of the fall that ends the track and ``impact_area`` its drawn
    area (None for an exact position, which the model keeps); ``passage`` the last reported
    waypoint's name and point, if any.
    """

    launch: LonLat
    launch_time: dt.datetime
    impact: LonLat
    impact_time: dt.datetime | None
    impact_area: BaseGeometry | None
    fall_field: str
    fall_name: str
    passage: tuple[str, LonLat] | None = None


@dataclass(frozen=True, slots=True, eq=False)
class ModelledFlight:
    """The model's ground track (lon, lat rows, longitudes continuous from the launch), its
    profile, the impact point used and the time of the impact."""

    path: FloatArray
    profile: Profile
    impact: LonLat
    end_time: dt.datetime
    arc: Trajectory


@dataclass(frozen=True, slots=True)
class _FlightTime:
    """How the flight time is fixed: from the fall's time, a reported flight time or a
    reported apogee; ``field`` is the scenario field it comes from."""

    field: str
    words: str
    seconds: float | None = None
    apogee_m: float | None = None
    report: int | None = None


def _flight_time(spec: TrajectorySpec, ends: FlightEnds, fail: Fail) -> _FlightTime:
    if ends.impact_time is not None:
        seconds = (ends.impact_time - ends.launch_time).total_seconds()
        return _FlightTime(f"{ends.fall_field}.time", "the launch and fall times", seconds)
    for i, report in enumerate(spec.reports):
        if report.flight_s is not None:
            where = f"{report.field}.{report.key}"
            return _FlightTime(
                where, _reported_by("the flight time", report), report.flight_s, report=i
            )
    for i, report in enumerate(spec.reports):
        if report.apogee_m is not None:
            where = f"{report.field}.apogee_km"
            words = _reported_by(f"the apogee of {report.apogee_m / 1000:,.0f} km", report)
            return _FlightTime(where, words, apogee_m=report.apogee_m, report=i)
    raise fail(
        f"{spec.field}.model",
        ValueError(
            "expected, with model = 'ballistic', a time for the fall that ends the track "
            f"({ends.fall_field}.time), or a flight time or an apogee in "
            "[[trajectory.reports]]: one of them fixes the flight time"
        ),
    )


def _reported_by(what: str, report: TrajectoryReportSpec) -> str:
    who = "; ".join(s.organisation for s in report.sources)
    return f"{what} reported by {who}"


@functools.lru_cache(maxsize=64)
def _flight_s_for_apogee(
    launch: LonLat, impact: LonLat, apogee_m: float, boost: Boost | None
) -> float:
    """:func:`~alertmap.geo.ballistic.flight_time_for_apogee` for one flight, remembered: it
    takes about a second with a powered phase, and a scenario is often built more than once."""
    return float(flight_time_for_apogee(launch, impact, apogee_m, boost=boost)[0])


def _arc(
    ends: FlightEnds, impact: LonLat, timing: _FlightTime, boost: Boost | None, fail: Fail
) -> Trajectory:
    """The arc to ``impact``, its flight time fixed as ``timing`` says."""
    try:
        seconds = timing.seconds
        if seconds is None:
            assert timing.apogee_m is not None
            seconds = _flight_s_for_apogee(ends.launch, impact, timing.apogee_m, boost)
        free_s = seconds - (boost.duration_s if boost is not None else 0.0)
        samples = int(np.clip(math.ceil(free_s / MAX_STEP_S) + 1, 121, MAX_SAMPLES))
        return ballistic_arc(ends.launch, impact, flight_s=seconds, boost=boost, samples=samples)
    except GeoError as err:
        raise fail(timing.field, err) from None


def _turned(launch: LonLat, point: LonLat, degrees: float) -> LonLat:
    """``point`` turned about ``launch`` by ``degrees`` (clockwise), at the same distance."""
    azimuth, _, distance = inverse(launch, point)
    lon, lat, _ = GEOD.fwd(launch.lon, launch.lat, azimuth + degrees, distance)
    return LonLat.wrapped(float(lon), float(lat))


def _aimed(
    ends: FlightEnds, arc: Trajectory, timing: _FlightTime, boost: Boost | None, fail: Fail
) -> tuple[Trajectory, LonLat, str]:
    """The arc turned about the launch site to pass over the last waypoint's point, when the
    fall is an area that still holds the turned impact; else as it is. With the words that
    say which."""
    impact = ends.impact
    where = f"the drawn position of '{ends.fall_name}'"
    if ends.passage is None:
        return arc, impact, f"the impact point is {where}"
    name, target = ends.passage
    first_miss = arc.time_over(target).miss_m
    if first_miss <= AIM_MISS_M:
        return arc, impact, f"the impact point is {where}; the arc passes over '{name}'"
    if ends.impact_area is None:
        return (
            arc,
            impact,
            (
                f"the impact point is {where} (an exact position, kept): the arc misses the last "
                f"reported waypoint, '{name}', by {first_miss / 1000:,.1f} km"
            ),
        )
    turned, aimed, total = arc, impact, 0.0
    try:
        for _ in range(_AIM_ITERATIONS):
            over = turned.time_over(target)
            if over.miss_m <= AIM_MISS_M:
                break
            below, _, _ = inverse(ends.launch, over.position)
            wanted, _, _ = inverse(ends.launch, target)
            step = (wanted - below + 180.0) % 360.0 - 180.0
            total += step
            aimed = _turned(ends.launch, impact, total)
            turned = _arc(ends, aimed, timing, boost, fail)
    except ScenarioError:
        turned = arc  # the turned flight cannot be flown: keep the fall's position
    area = ends.impact_area
    x0, _, x1, _ = area.bounds
    inside = turned is not arc and area.intersects(
        shift_near(Point(aimed.lon, aimed.lat), (x0 + x1) / 2.0)
    )
    if not inside:
        return (
            arc,
            impact,
            (
                f"the impact point is {where}: the arc misses the last reported waypoint, "
                f"'{name}', by {first_miss / 1000:,.1f} km, and turning it to pass over would "
                "put the impact outside the fall's drawn area"
            ),
        )
    return (
        turned,
        aimed,
        (
            f"the impact point is {where} turned {abs(total):.1f}° "
            f"{'clockwise' if total > 0 else 'anticlockwise'} about the launch site, so that the "
            f"arc passes over the last reported waypoint, '{name}', as the schematic track does "
            "(it stays inside the fall's drawn area)"
        ),
    )


def model_flight(
    spec: TrajectorySpec, ends: FlightEnds, gazetteer: Gazetteer, fail: Fail
) -> ModelledFlight:
    """The ballistic model of a flight: its ground track and `Profile`.

    Raises
    ------
    ScenarioError
        Through ``fail``: nothing fixes the flight time (``trajectory.model``), or the flight
        cannot be flown ballistically (the field that fixed its time: the fall's ``time``, or
        the report's ``flight_min``, ``flight_s`` or ``apogee_km``).
    """
    boost = Boost(spec.boost_s) if spec.boost_s is not None else None
    timing = _flight_time(spec, ends, fail)
    arc = _arc(ends, ends.impact, timing, boost, fail)
    arc, impact, aim_words = _aimed(ends, arc, timing, boost, fail)
    path = np.column_stack([arc.lon, arc.lat])
    end_time = ends.launch_time + dt.timedelta(seconds=arc.flight_s)
    profile = Profile(
        launch=ends.launch_time,
        times_s=tuple(float(t) for t in arc.times_s),
        altitudes_m=tuple(float(a) for a in arc.alt_m),
        apogee_m=float(arc.apogee_m),
        apogee_s=float(arc.apogee_time_s),
        modelled=True,
        method=_method(spec, arc, timing, aim_words),
        reports=flight_reports(spec, used=timing.report),
    )
    timed = TimedTrack.of(path, profile)
    profile = dataclasses.replace(profile, crossings=crossings(timed, gazetteer))
    return ModelledFlight(path, profile, impact, end_time, arc)


def _duration(seconds: float) -> str:
    """'22 min 00 s'.

    Examples
    --------
    >>> _duration(1320.0), _duration(59.6)
    ('22 min 00 s', '1 min 00 s')
    """
    whole = round(seconds)
    return f"{whole // 60} min {whole % 60:02d} s"


def _method(spec: TrajectorySpec, arc: Trajectory, timing: _FlightTime, aim_words: str) -> str:
    if spec.boost_s is not None:
        note = f": {spec.boost_note.rstrip('. ')}" if spec.boost_note else ""
        boost = f"after a powered phase of {spec.boost_s:g} s, an estimate{note}"
    else:
        boost = (
            "from the ground, with no powered phase (none given; without one the published "
            "flights' apogees come out 4-13 % high, bench/ballistic.md)"
        )
    return (
        "Ballistic model (alertmap.geo.ballistic): a Kepler arc on the rotating WGS84 Earth "
        f"(no drag, no thrust in free flight), {boost}; the flight takes "
        f"{_duration(arc.flight_s)}, fixed by {timing.words}; {aim_words}. Apogee "
        f"{arc.apogee_m / 1000:,.0f} km, {_duration(arc.apogee_time_s)} after launch; ground "
        f"range {arc.ground_range_m / 1000:,.0f} km. An estimate from the reports, not a "
        "measured trajectory."
    )


def flight_reports(spec: TrajectorySpec, *, used: int | None = None) -> tuple[FlightReport, ...]:
    """The scenario's reported figures of the flight; the ``used``-th fixed the model."""
    out = []
    for i, report in enumerate(spec.reports):
        value = report.apogee_m or report.range_m or report.flight_s or math.nan
        start, end = report.window if report.window is not None else (None, None)
        out.append(
            FlightReport(
                figure=FIGURES[report.key],
                value=float(value),
                sources=report.sources,
                reported=report.reported,
                over=report.over,
                start=start,
                end=end,
                used=i == used,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------------------------
# The schematic track, timed


def _leg_lengths(points: Sequence[LonLat]) -> FloatArray:
    lons = np.array([p.lon for p in points])
    lats = np.array([p.lat for p in points])
    _, _, lengths = GEOD.inv(lons[:-1], lats[:-1], lons[1:], lats[1:])
    return np.asarray(lengths, dtype=np.float64)


def ground_range_m(path: npt.ArrayLike) -> float:
    """The geodesic distance from a track's first point to its last (what governments report
    as the distance flown), metres.

    Examples
    --------
    >>> round(ground_range_m([[126.4, 40.6], [130.0, 41.0], [141.9, 39.3]]) / 1000)
    1331
    """
    xy = np.asarray(path, dtype=np.float64)
    _, _, distance = GEOD.inv(xy[0, 0], xy[0, 1], xy[-1, 0], xy[-1, 1])
    return float(distance)


def _along(path: FloatArray) -> FloatArray:
    """Distance along ``path`` at each vertex, metres."""
    _, _, steps = GEOD.inv(path[:-1, 0], path[:-1, 1], path[1:, 0], path[1:, 1])
    return np.concatenate([[0.0], np.cumsum(steps)])


def schematic_profile(
    path: FloatArray,
    route: Sequence[LonLat],
    times: Sequence[dt.datetime | None],
    spec: TrajectorySpec,
    gazetteer: Gazetteer,
) -> Profile | None:
    """The schematic track through ``route`` (``path``, piecewise geodesic) timed by distance
    between the reported ``times`` of its points (None where a point has none); None unless
    its first and last points are timed. Points timed out of order are left out.
    Altitudes are unknown (nan).
    """
    if len(route) < 2 or times[0] is None or times[-1] is None:
        return None
    launch = times[0]
    at = np.concatenate([[0.0], np.cumsum(_leg_lengths(route))])
    kept: list[tuple[float, float]] = []
    left_out = 0
    for distance, moment in zip(at, times, strict=True):
        if moment is None:
            continue
        seconds = (moment - launch).total_seconds()
        if kept and seconds < kept[-1][1]:
            left_out += 1
            continue
        kept.append((float(distance), seconds))
    if kept[-1][0] < at[-1] or len(kept) < 2 or kept[-1][1] <= 0.0:
        return None  # the end is out of order: no time for it
    along = _along(path)
    along *= at[-1] / along[-1] if along[-1] > 0 else 1.0  # chords: the legs' lengths exactly
    times_s = np.interp(along, [d for d, _ in kept], [s for _, s in kept])
    words = ", ".join(f"{(launch + dt.timedelta(seconds=s)).strftime('%H:%M:%S')}" for _, s in kept)
    skipped = f"; {left_out} reported time(s) out of order left out" if left_out else ""
    profile = Profile(
        launch=launch,
        times_s=tuple(float(t) for t in times_s),
        altitudes_m=tuple(math.nan for _ in times_s),
        apogee_m=math.nan,
        apogee_s=math.nan,
        modelled=False,
        method=(
            "Schematic, not a trajectory model: the track's times are interpolated by "
            f"distance between the reported times along it ({words}){skipped}; altitudes "
            "are unknown."
        ),
        reports=flight_reports(spec),
    )
    timed = TimedTrack.of(path, profile)
    return dataclasses.replace(profile, crossings=crossings(timed, gazetteer))


# --------------------------------------------------------------------------------------------
# Over what, and when


@dataclass(frozen=True, slots=True, eq=False)
class TimedTrack:
    """A profiled track sampled densely: time (seconds after launch), longitude (continuous),
    latitude and altitude (nan where unknown), a second and 2 km apart at most (coarser for a
    track of more than `MAX_TIMED_SAMPLES` samples), interpolated linearly between the
    profile's vertices."""

    times_s: FloatArray
    lon: FloatArray
    lat: FloatArray
    alt_m: FloatArray

    @classmethod
    def of(cls, path: npt.ArrayLike, profile: Profile) -> TimedTrack:
        """The samples of a track (lon, lat rows, one per profile vertex) and its profile."""
        xy = np.asarray(path, dtype=np.float64)
        t = np.asarray(profile.times_s, dtype=np.float64)
        alt = np.asarray(profile.altitudes_m, dtype=np.float64)
        if len(xy) != len(t) or len(t) != len(alt):
            raise LayersError(
                f"profile: expected a time and an altitude per track vertex ({len(xy)}), got "
                f"{len(t)} and {len(alt)}"
            )
        if len(t) < 2:
            return cls(t, xy[:, 0], xy[:, 1], alt)
        _, _, steps = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
        pieces = np.maximum(
            np.ceil(np.diff(t) / SAMPLE_STEP_S), np.ceil(np.asarray(steps) / SAMPLE_STEP_M)
        )
        pieces = np.maximum(pieces, 1.0)
        if pieces.sum() > MAX_TIMED_SAMPLES:
            pieces = np.maximum(np.floor(pieces * MAX_TIMED_SAMPLES / pieces.sum()), 1.0)
        counts = pieces.astype(np.int64)
        segment = np.repeat(np.arange(len(counts)), counts)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        fraction = (np.arange(counts.sum()) - np.repeat(starts, counts)) / np.repeat(counts, counts)
        position = np.concatenate([segment + fraction, [len(t) - 1.0]])
        index = np.arange(len(t), dtype=np.float64)
        return cls(
            np.interp(position, index, t),
            np.interp(position, index, xy[:, 0]),
            np.interp(position, index, xy[:, 1]),
            np.interp(position, index, alt),
        )

    def altitude_at(self, time_s: float) -> float:
        """The altitude at ``time_s`` (linear between samples; nan where unknown)."""
        return float(np.interp(time_s, self.times_s, self.alt_m))

    def passes(self, area: BaseGeometry) -> list[tuple[float, float, float, float]]:
        """Each pass over ``area`` (lon, lat within -180..180): ``(enter_s, exit_s,
        enter_alt_m, exit_alt_m)``, the edges half-way between samples."""
        if len(self.times_s) == 0:
            return []
        inside = shapely.contains_xy(area, normalize_lon(self.lon), self.lat).astype(np.int8)
        change = np.flatnonzero(np.diff(inside))
        edges = 0.5 * (self.times_s[change] + self.times_s[change + 1])
        bounds = np.concatenate([[self.times_s[0]] if inside[0] else [], edges])
        if inside[-1]:
            bounds = np.concatenate([bounds, [self.times_s[-1]]])
        return [
            (float(a), float(b), self.altitude_at(float(a)), self.altitude_at(float(b)))
            for a, b in bounds.reshape(-1, 2)
        ]

    def closest(self, area: BaseGeometry) -> tuple[float, float, float]:
        """When the track comes nearest ``area``: ``(time_s, altitude_m, distance_m)``, the
        distance geodesic from the sample to the area's point nearest the track."""
        line = LineString(np.column_stack([self.lon, self.lat]))
        near = shift_near(area, float(np.median(self.lon)))
        _, point = nearest_points(line, near)
        count = len(self.lon)
        _, _, distance = GEOD.inv(
            np.full(count, point.x), np.full(count, point.y), self.lon, self.lat
        )
        k = int(np.argmin(distance))
        return float(self.times_s[k]), float(self.alt_m[k]), float(distance[k])

    def line(self) -> BaseGeometry:
        """The samples as a line cut at the antimeridian (longitudes within -180..180)."""
        return cut_at_antimeridian(LineString(np.column_stack([self.lon, self.lat])))


def crossings(track: TimedTrack, gazetteer: Gazetteer) -> tuple[Crossing, ...]:
    """Every pass of ``track`` over one of Japan's prefectures, a country of the basemap or
    Japan's EEZ (approximate), in time order."""
    if len(track.times_s) < 2:
        return ()
    line = track.line()
    areas: list[tuple[str, str, BaseGeometry]] = [
        (r.name, "prefecture", r.geometry)
        for r in gazetteer.prefectures()
        if line.intersects(shapely.box(*r.geometry.bounds))
    ]
    areas += [(name, "country", outline) for name, outline in countries_touching(line)]
    eez = load_eez()
    if line.intersects(shapely.box(*eez.geometry.bounds)):
        areas.append((eez.name, "eez", eez.geometry))
    out = [
        Crossing(name, kind, enter, leave, enter_alt, leave_alt)
        for name, kind, area in areas
        for enter, leave, enter_alt, leave_alt in track.passes(area)
    ]
    return tuple(sorted(out, key=lambda c: (c.enter_s, c.kind, c.name)))


def over_area(gazetteer: Gazetteer, name: str) -> BaseGeometry:
    """The area an overflight report names: a J-Alert area (a prefecture or a sub-area), else
    a gazetteer region or sea, else a place (a point).

    Raises
    ------
    LayersError
        No prefecture, J-Alert area, region, sea or place has that name.

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> over_area(g, "Aomori").geom_type, over_area(g, "Jeju").geom_type
    ('Polygon', 'Point')
    """
    try:
        return gazetteer.alert_area(name).geometry
    except LayersError:
        thing = gazetteer.resolve(name)
    if isinstance(thing, Place):
        return Point(thing.position.lon, thing.position.lat)
    return thing.geometry


def report_sources(reports: Sequence[FlightReport]) -> tuple[Source, ...]:
    """Every source of the reports once, in order."""
    seen: dict[tuple[str, str], Source] = {}
    for r in reports:
        for s in r.sources:
            seen.setdefault((s.organisation, s.date), s)
    return tuple(seen.values())
