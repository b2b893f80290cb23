"""Consistency checks of an event: do the reports agree with each other and with the map?

* each reported fall: inside or outside each notified hazard area, and how far from it;
* the land and the prefectures the corridor passes over, and the track's closest approach to
  each island near it;
* whether the J-Alert prefectures are the prefectures under the corridor;
* each report about a fall (its position, sea, range, direction, inside or outside a notified
  area or the EEZ) against the drawn fall: agrees, contradicts (by how many km), or
  undecidable (:mod:`layers.falls`);
* the sanity checks of :mod:`layers.sanity`: the track over the land of a country no report
  mentions, a fall on land, a fall outside the sea it was reported in, a fall farther from the
  launch site than the reported range.

Distances are geodesic: measured in an azimuthal equidistant projection centred on the object
measured from (exact from the centre, within 0.1 % out to 1,000 km).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from alertmap.geo.bands import shift_near
from alertmap.geo.coords import LonLat
from alertmap.geo.corridor import candidate_part, distance_m
from alertmap.geo.geodesic import FloatArray, great_circle_m, line_length_m
from alertmap.geo.projection import to_local
from alertmap.layers.basemap import load_basemap
from alertmap.layers.gazetteer import Gazetteer, load_gazetteer
from alertmap.layers.model import Event, Feature, FlightReport, Kind, MessageType, zone
from alertmap.layers.sanity import (
    RANGE_PRECISION,
    FallOnLand,
    FallRangeCheck,
    FallSeaCheck,
    UnreportedLand,
    fall_on_land,
    fall_range,
    fall_sea,
    mentioned_countries,
    unreported_land,
)
from alertmap.layers.trajectory import TimedTrack, ground_range_m, over_area

#: Islands farther than this from the track are not listed.
ISLAND_RADIUS_M = 300_000.0


@dataclass(frozen=True, slots=True)
class FallCheck:
    fall: str
    source: str
    hazard_area: str
    hazard_approximate: bool
    position_inside: bool
    area_overlaps: bool
    distance_km: float

    @property
    def verdict(self) -> str:
        """'inside', 'outside', or, for an approximate hazard area, 'possibly inside' or
        'probably outside': a drawn area that only locates a description cannot decide."""
        if self.hazard_approximate:
            return (
                "possibly inside"
                if self.position_inside or self.area_overlaps
                else ("probably outside")
            )
        return "inside" if self.position_inside else "outside"


@dataclass(frozen=True, slots=True)
class FallsNotListed:
    """Notified areas a fall was not listed against: more than :data:`HAZARDS_PER_FALL`, and
    each at least ``beyond_km`` from it."""

    fall: str
    count: int
    beyond_km: float


#: A fall is listed against every notified area it may lie in or overlap and, of the rest,
#: the nearest few: with hundreds of areas a table of every pair says nothing more.
HAZARDS_PER_FALL = 5


@dataclass(frozen=True, slots=True)
class LandCheck:
    name: str
    kind: str
    under_track: bool
    track_over_km: float
    closest_km: float


@dataclass(frozen=True, slots=True)
class IslandCheck:
    name: str
    closest_km: float


@dataclass(frozen=True, slots=True)
class AlertCheck:
    alert: str
    alerted: tuple[str, ...]
    under_corridor: tuple[str, ...]
    not_alerted_but_under: tuple[str, ...]
    alerted_but_not_under: tuple[str, ...]

    @property
    def matches(self) -> bool:
        return not self.not_alerted_but_under and not self.alerted_but_not_under


@dataclass(frozen=True, slots=True)
class PredictionCheck:
    """A fall a J-Alert predicted: when, whether a later message withdrew it, and whether
    the flight corridor reaches the predicted area (None when no corridor is drawn)."""

    prediction: str
    predicted: str
    withdrawn: str | None
    #: The predicted and withdrawal times in the event's zone, as HH:MM.
    predicted_local: str
    withdrawn_local: str | None
    corridor_reaches: bool | None


@dataclass(frozen=True, slots=True)
class ReportCheck:
    """One report about a fall against the drawn fall: agrees, contradicts (by how many km),
    or undecidable (an approximate area's edge is too near)."""

    fall: str
    report: str
    source: str
    verdict: str
    gap_km: float
    #: For an "inside"/"outside" report: the area it names, and which it says.
    area: str = ""
    inside: bool = True


@dataclass(frozen=True, slots=True)
class PoleCheck:
    """A feature drawn at or round a pole: a web map (Web Mercator) stops short of the poles,
    near 85°, and shows it only to its edge."""

    name: str
    kind: str
    pole: str


@dataclass(frozen=True, slots=True)
class Findings:
    event: str
    falls: tuple[FallCheck, ...]
    land: tuple[LandCheck, ...]
    islands: tuple[IslandCheck, ...]
    alerts: tuple[AlertCheck, ...]
    predictions: tuple[PredictionCheck, ...] = ()
    #: Countries whose land the track crosses and no report mentions.
    unreported_land: tuple[UnreportedLand, ...] = ()
    #: Falls whose position is on land.
    falls_on_land: tuple[FallOnLand, ...] = ()
    #: Each fall reported in a named sea, against that sea.
    fall_seas: tuple[FallSeaCheck, ...] = ()
    #: Each fall with a reported range, against it.
    fall_ranges: tuple[FallRangeCheck, ...] = ()
    #: Each report about each fall, against the drawn fall.
    reports: tuple[ReportCheck, ...] = ()
    #: For each fall with more notified areas than are listed against it: how many more.
    falls_not_listed: tuple[FallsNotListed, ...] = ()
    #: Features at or round a pole, which the map shows only to its edge.
    poles: tuple[PoleCheck, ...] = ()
    #: Each reported figure of the flight (apogee, range, flight time, overflight window)
    #: against the track's profile.
    trajectory: tuple[FigureCheck, ...] = ()
    #: Each J-Alert message against the modelled overflight (or fall) of each area it went to.
    alert_timing: tuple[AlertTimingCheck, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The findings as JSON data; the keys of the optional checks (``predicted_falls``,
        ``unreported_land``, ``falls_on_land``, ``fall_seas``, ``fall_ranges``, ``reports``,
        ``poles``, ``falls_not_listed``) only when they have entries."""
        out = {
            "event": self.event,
            "falls": [{**asdict(f), "verdict": f.verdict} for f in self.falls],
            "land": [asdict(x) for x in self.land],
            "islands": [asdict(x) for x in self.islands],
            "alerts": [{**asdict(a), "matches": a.matches} for a in self.alerts],
        }
        if self.predictions:
            out["predicted_falls"] = [asdict(x) for x in self.predictions]
        optional: dict[str, tuple[Any, ...]] = {
            "unreported_land": self.unreported_land,
            "falls_on_land": self.falls_on_land,
            "fall_seas": self.fall_seas,
            "fall_ranges": self.fall_ranges,
            "reports": self.reports,
            "trajectory": self.trajectory,
            "alert_timing": self.alert_timing,
            "poles": self.poles,
            "falls_not_listed": self.falls_not_listed,
        }
        out.update({key: [asdict(x) for x in rows] for key, rows in optional.items() if rows})
        return out


def _of(event: Event, kind: Kind) -> list[Feature]:
    return [f for f in event.features() if f.kind is kind]


def _position(f: Feature) -> LonLat:
    if f.position is not None:
        return f.position
    c = f.geometry.representative_point()
    return LonLat.wrapped(c.x, c.y)


def _mid_lon(f: Feature) -> float:
    x0, _, x1, _ = f.geometry.bounds
    return float(x0 + x1) / 2.0


def _length_inside(track: BaseGeometry, area: BaseGeometry) -> float:
    part = track.intersection(area)
    if part.is_empty:
        return 0.0
    total = 0.0
    for line in getattr(part, "geoms", [part]):
        if line.geom_type == "LineString" and len(line.coords) > 1:
            total += line_length_m(shapely.get_coordinates(line))
    return total


def _centre_and_radius(area: BaseGeometry) -> tuple[LonLat, float]:
    """A point inside ``area`` and the great-circle distance from it to the farthest vertex."""
    c = area.representative_point()
    radius = float(great_circle_m([c.x, c.y], shapely.get_coordinates(area)).max())
    return LonLat.wrapped(c.x, c.y), radius


def _surely_beyond(track_xy: FloatArray, step_m: float, area: BaseGeometry, limit_m: float) -> bool:
    """True when ``area`` is certainly more than ``limit_m`` from the track.

    A bound on the sphere with a 2 % margin (great-circle distances are within 0.6 % of
    geodesic ones): the track's nearest vertex to the area's centre, less half the longest
    track step, less the area's radius about that centre. Anything not ruled out is measured
    exactly by :func:`_closest_m`.
    """
    centre, radius = _centre_and_radius(area)
    bound = float(great_circle_m([centre.lon, centre.lat], track_xy).min()) - step_m / 2.0 - radius
    return bound > 1.02 * limit_m + 1_000.0


#: Tracks with more vertices than this (a measured track from a file) are checked on a copy
#: simplified to :data:`CHECK_TOLERANCE_DEG`: results are given to 0.1 km.
CHECK_MAX_VERTICES = 10_000
CHECK_TOLERANCE_DEG = 0.0005  # about 55 m


def _checked_track(track: BaseGeometry) -> BaseGeometry:
    if shapely.get_num_coordinates(track) <= CHECK_MAX_VERTICES:
        return track
    return shapely.simplify(track, CHECK_TOLERANCE_DEG, preserve_topology=False)


def _closest_m(track: BaseGeometry, area: BaseGeometry) -> float:
    """Geodesic closest approach of a line to an area (AEQD centred on the area).

    Only the stretch of track that can hold the closest approach is projected: track points
    are at most the area's diameter farther from its centre than the nearest one.
    """
    centre, radius = _centre_and_radius(area)
    near = candidate_part(centre, track, slack_m=2.0 * radius)
    return float(shapely.distance(to_local(near, centre), to_local(area, centre)))


def _prefecture_of(g: Gazetteer, target: str) -> str:
    """The prefecture holding most of an alert area (a prefecture, or a sub-area of one)."""
    area = g.alert_area(target).geometry
    # only prefectures whose box meets the area's can share any of it
    near = [r for r in g.prefectures() if shapely.intersects(shapely.box(*r.geometry.bounds), area)]
    best = max(near or g.prefectures(), key=lambda r: r.geometry.intersection(area).area)
    return best.name


def _hazards_near(
    fall: Feature,
    pos: LonLat,
    hazards: list[Feature],
    reach: list[tuple[LonLat, float]],
) -> tuple[list[Feature], list[float]]:
    """The notified areas to list a fall against (those it may lie in or overlap, and the
    nearest others up to :data:`HAZARDS_PER_FALL`), and for the rest, the least distance in
    metres each can be from the fall (a bound on the sphere, less 2 %)."""
    if len(hazards) <= HAZARDS_PER_FALL:
        return hazards, []
    centres = [[c.lon, c.lat] for c, _ in reach]
    radii = [r for _, r in reach]
    gap = great_circle_m([pos.lon, pos.lat], centres) - radii
    # great-circle distances are within 0.6 % of geodesic ones: a 2 % margin, as below
    _, fall_radius = _centre_and_radius(fall.geometry)
    order = sorted(range(len(hazards)), key=lambda i: float(gap[i]))
    touching = 1.02 * 2.0 * fall_radius + 1_000.0  # the fall's area can reach it
    near = [i for i in order if gap[i] <= touching]
    others = [i for i in order if gap[i] > touching]
    room = max(0, HAZARDS_PER_FALL - len(near))
    listed = sorted(near + others[:room])
    return [hazards[i] for i in listed], [max(0.0, 0.98 * float(gap[i])) for i in others[room:]]


def check_event(event: Event, gazetteer: Gazetteer | None = None) -> Findings:
    """Run every check on an event."""
    g = gazetteer or load_gazetteer()
    falls = _of(event, Kind.FALL_AREA)
    hazards = _of(event, Kind.HAZARD_AREA)
    fall_checks = []
    not_listed: list[FallsNotListed] = []
    hazard_reach = [_centre_and_radius(h.geometry) for h in hazards]
    for f in falls:
        pos = _position(f)
        listed, rest = _hazards_near(f, pos, hazards, hazard_reach)
        if rest:
            not_listed.append(FallsNotListed(f.name, len(rest), round(min(rest) / 1000, 1)))
        for h in listed:
            # the position in the turn of longitude the hazard area is drawn in (an area
            # across the antimeridian runs 179 -> 181; the position is kept in -180..180)
            inside = bool(h.geometry.contains(shift_near(Point(pos.lon, pos.lat), _mid_lon(h))))
            fall_checks.append(
                FallCheck(
                    fall=f.name,
                    source="; ".join(s.organisation for s in f.sources),
                    hazard_area=h.name,
                    hazard_approximate=h.approximate,
                    position_inside=inside,
                    area_overlaps=bool(f.geometry.intersects(h.geometry)),
                    distance_km=round(0.0 if inside else distance_m(pos, h.geometry) / 1000, 1),
                )
            )

    tracks = _of(event, Kind.TRACK)
    corridors = _of(event, Kind.CORRIDOR)
    land: list[LandCheck] = []
    islands: list[IslandCheck] = []
    under: set[str] = set()
    if tracks and corridors:
        track = _checked_track(tracks[0].geometry)
        corridor = corridors[0].geometry
        minx, miny, maxx, maxy = corridor.bounds
        pad = min(1.0, (360.0 - (maxx - minx)) / 2.0)  # a corridor round a pole: 360° wide
        basemap = load_basemap((minx - pad, max(miny - 1, -89.0), maxx + pad, min(maxy + 1, 89.0)))
        candidates: list[tuple[str, str, BaseGeometry]] = [
            (name, "country", geom) for name, geom in basemap.countries
        ]
        candidates += [(r.name, "prefecture", r.geometry) for r in g.prefectures()]
        for name, kind, geom in candidates:
            if not geom.intersects(corridor):
                continue
            over = _length_inside(track, geom)
            land.append(
                LandCheck(
                    name=name,
                    kind=kind,
                    under_track=over > 0,
                    track_over_km=round(over / 1000, 1),
                    closest_km=round(_closest_m(track, geom) / 1000, 1),
                )
            )
            if kind == "prefecture":
                under.add(name)
        track_xy = shapely.get_coordinates(track)
        step = float(great_circle_m(track_xy[:-1], track_xy[1:]).max(initial=0.0))
        seen: set[str] = set()
        for region in g.regions():
            if region.kind not in ("island", "island group") or region.name in seen:
                continue
            seen.add(region.name)
            if _surely_beyond(track_xy, step, region.geometry, ISLAND_RADIUS_M):
                continue
            d = _closest_m(track, region.geometry)
            if d <= ISLAND_RADIUS_M:
                islands.append(IslandCheck(region.name, round(d / 1000, 1)))
        for place in g.places():
            if place.kind != "island" or place.name in seen:
                continue
            seen.add(place.name)
            p = Point(place.position.lon, place.position.lat)
            if _surely_beyond(track_xy, step, p, ISLAND_RADIUS_M):
                continue
            d = _closest_m(track, p.buffer(1e-6))
            if d <= ISLAND_RADIUS_M:
                islands.append(IslandCheck(place.name, round(d / 1000, 1)))
        islands.sort(key=lambda i: i.closest_km)

    alert_checks = []
    for a in _of(event, Kind.ALERT_ZONE):
        # the prefectures the alert was issued for: each target (a prefecture or a sub-area
        # such as the Tokyo islands) belongs to the prefecture holding most of it
        alerted = tuple(sorted({_prefecture_of(g, name) for name in a.targets}))
        alert_checks.append(
            AlertCheck(
                alert=a.name,
                alerted=alerted,
                under_corridor=tuple(sorted(under)),
                not_alerted_but_under=tuple(sorted(under - set(alerted))),
                alerted_but_not_under=tuple(sorted(set(alerted) - under)),
            )
        )
    if len(alert_checks) > 1:
        every = set().union(*(a.alerted for a in alert_checks))
        alert_checks.append(
            AlertCheck(
                alert="All J-Alerts together",
                alerted=tuple(sorted(every)),
                under_corridor=tuple(sorted(under)),
                not_alerted_but_under=tuple(sorted(under - every)),
                alerted_but_not_under=tuple(sorted(every - under)),
            )
        )
    predictions = tuple(
        _prediction(f, event.timezone, corridors[0].geometry if corridors else None)
        for f in _of(event, Kind.PREDICTED_FALL)
    )
    over_land = [(x.name, x.track_over_km) for x in land if x.kind == "country"]
    positions = [(f, _position(f)) for f in falls]
    return Findings(
        event.id,
        tuple(fall_checks),
        tuple(land),
        tuple(islands),
        tuple(alert_checks),
        predictions,
        unreported_land=unreported_land(
            over_land,
            mentioned_countries(event.mentions, {name for name, km in over_land if km > 0}),
        )
        if any(km > 0 for _, km in over_land)
        else (),
        falls_on_land=tuple(x for f, p in positions if (x := fall_on_land(f, p)) is not None),
        fall_seas=tuple(fall_sea(f, p, g.sea_outline(f.sea)) for f, p in positions if f.sea),
        fall_ranges=tuple(r for f, p in positions if (r := fall_range(f, p)) is not None),
        reports=tuple(
            ReportCheck(
                fall=f.name,
                report=c.text,
                source="; ".join(s.organisation for s in c.sources),
                verdict=c.verdict(),
                gap_km=c.gap_km,
                area=c.area,
                inside=c.inside,
            )
            for f in falls
            for c in f.constraints
        ),
        poles=_at_poles(event),
        trajectory=figure_checks(event, g),
        alert_timing=alert_timing_checks(event, g),
        falls_not_listed=tuple(not_listed),
    )


def _at_poles(event: Event) -> tuple[PoleCheck, ...]:
    """The reported and derived features that reach a pole (an area round it is drawn to the
    pole's latitude); context (seas, EEZs) is left out."""
    out = []
    for f in event.features():
        if f.kind in (Kind.SEA_AREA, Kind.EEZ) or f.geometry.is_empty:
            continue
        _, south, _, north = f.geometry.bounds
        for pole, reached in (("north", north >= 90.0 - 1e-9), ("south", south <= -90.0 + 1e-9)):
            if reached:
                out.append(PoleCheck(f.name, f.kind.label, pole))
    return tuple(out)


def _prediction(f: Feature, timezone: str, corridor: BaseGeometry | None) -> PredictionCheck:
    """What the checks say of a J-Alert's predicted fall."""
    predicted = f.messages[0].reported_time()
    withdrawal = f.withdrawn_by
    withdrawn = withdrawal.reported_time() if withdrawal is not None else None
    return PredictionCheck(
        prediction=f.name,
        predicted=predicted.iso(),
        withdrawn=withdrawn.iso() if withdrawn is not None else None,
        predicted_local=f"{predicted.in_zone(timezone):%H:%M}",
        withdrawn_local=f"{withdrawn.in_zone(timezone):%H:%M}" if withdrawn is not None else None,
        corridor_reaches=bool(corridor.intersects(f.geometry)) if corridor is not None else None,
    )


def _prediction_line(x: PredictionCheck) -> str:
    status = f"withdrawn {x.withdrawn_local}" if x.withdrawn_local else "not withdrawn"
    reach = {True: "; the corridor reaches it", False: "; the corridor does not reach it"}
    tail = "" if x.corridor_reaches is None else reach[x.corridor_reaches]
    return f"{x.prediction}: predicted {x.predicted_local}, {status}{tail}"


def findings_lines(findings: Findings) -> list[str]:
    """The findings as short lines of text, for the terminal and the map's panel."""
    lines: list[str] = []
    for f in findings.falls:
        far = "" if f.position_inside else f", {f.distance_km:g} km"
        approx = " (approximate area)" if f.hazard_approximate else ""
        lines.append(f"{f.fall}: {f.verdict} {f.hazard_area}{approx}{far} [{f.source}]")
    for n in findings.falls_not_listed:
        lines.append(
            f"{n.fall}: outside {n.count:,} more notified areas, each more than "
            f"{n.beyond_km:g} km away (not listed)"
        )
    for x in findings.land:
        if x.under_track:
            lines.append(f"Track over {x.kind} {x.name}: {x.track_over_km:g} km")
        else:
            lines.append(f"Corridor over {x.kind} {x.name} (track {x.closest_km:g} km away)")
    for i in findings.islands:
        lines.append(f"Closest approach to {i.name}: {i.closest_km:g} km")
    for a in findings.alerts:
        verdict = "match" if a.matches else "differ"
        lines.append(
            f"{a.alert}: alerted {', '.join(a.alerted) or 'none'}; under the corridor "
            f"{', '.join(a.under_corridor) or 'none'}: {verdict}"
        )
    lines.extend(_prediction_line(x) for x in findings.predictions)
    lines.extend(
        f"{x.name}: at or round the {x.pole} pole, shown only to the map's edge (about 85°)"
        for x in findings.poles
    )
    lines.extend(_sanity_lines(findings))
    lines.extend(_flight_lines(findings))
    # every inside/outside report, and any other report that disagrees
    lines.extend(
        f"{x.fall}: report '{x.report}' [{x.source}]: {x.verdict}"
        for x in findings.reports
        if x.area or not x.verdict.startswith("agrees")
    )
    return lines


def _sanity_lines(findings: Findings) -> list[str]:
    """The sanity findings, one line each (a check that finds nothing has no line)."""
    lines = [
        f"Track over land of {x.country}, which no report mentions: {x.track_over_km:g} km"
        for x in findings.unreported_land
    ]
    lines += [
        f"{x.fall}: on land ({x.country}), {x.coast_km:g} km from the coast"
        for x in findings.falls_on_land
    ]
    lines += [
        f"{x.fall}: outside the {x.sea} it was reported in, {x.distance_km:g} km from it"
        for x in findings.fall_seas
        if not x.inside
    ]
    lines += [
        f"{x.fall}: {x.distance_km:g} km from the launch site, beyond the reported "
        f"{'flight range' if x.of_flight else 'distance'} of about {x.reported_km:g} km"
        for x in findings.fall_ranges
        if x.beyond
    ]
    return lines


def findings_table(findings: Findings) -> str:
    """A plain-text report with one table per check."""

    def table(title: str, header: list[str], rows: list[list[str]]) -> list[str]:
        if not rows:
            return [title, "  (none)", ""]
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        fmt = "  " + "  ".join(f"{{:<{w}}}" for w in widths)
        return (
            [title, fmt.format(*header), fmt.format(*("-" * w for w in widths))]
            + [fmt.format(*r) for r in rows]
            + [""]
        )

    out: list[str] = [f"Checks for {findings.event}", ""]
    out += table(
        "Reported falls and notified hazard areas",
        ["fall", "hazard area", "verdict", "distance km", "areas overlap", "source"],
        [
            [
                f.fall,
                f.hazard_area + (" (approximate)" if f.hazard_approximate else ""),
                f.verdict,
                f"{f.distance_km:g}",
                "yes" if f.area_overlaps else "no",
                f.source,
            ]
            for f in findings.falls
        ],
    )
    out += table(
        "Land and prefectures under the corridor",
        ["name", "kind", "track over it", "track over km", "closest km"],
        [
            [
                x.name,
                x.kind,
                "yes" if x.under_track else "no",
                f"{x.track_over_km:g}",
                f"{x.closest_km:g}",
            ]
            for x in findings.land
        ],
    )
    out += table(
        f"Islands within {ISLAND_RADIUS_M / 1000:g} km of the track",
        ["island", "closest approach km"],
        [[i.name, f"{i.closest_km:g}"] for i in findings.islands],
    )
    out += table(
        "J-Alert prefectures and the corridor",
        [
            "alert",
            "alerted",
            "under corridor",
            "under, not alerted",
            "alerted, not under",
            "verdict",
        ],
        [
            [
                a.alert,
                ", ".join(a.alerted),
                ", ".join(a.under_corridor) or "-",
                ", ".join(a.not_alerted_but_under) or "-",
                ", ".join(a.alerted_but_not_under) or "-",
                "match" if a.matches else "differ",
            ]
            for a in findings.alerts
        ],
    )
    out += _sanity_tables(findings, table)
    out += table(
        "Reports about each fall, against the drawn fall",
        ["fall", "report", "source", "verdict"],
        [[x.fall, x.report, x.source, x.verdict] for x in findings.reports],
    )
    if findings.predictions:
        out += table(
            "Falls predicted by J-Alert (times in the event's zone)",
            ["prediction", "predicted", "withdrawn", "corridor reaches it"],
            [
                [
                    x.prediction,
                    x.predicted_local,
                    x.withdrawn_local or "no",
                    {True: "yes", False: "no", None: "-"}[x.corridor_reaches],
                ]
                for x in findings.predictions
            ],
        )
    if findings.poles:
        out += table(
            "At or round a pole (a web map shows it only to its edge, about 85°)",
            ["name", "kind", "pole"],
            [[x.name, x.kind, x.pole] for x in findings.poles],
        )
    out += _flight_tables(findings, table)
    return "\n".join(out).rstrip() + "\n"


def _sanity_tables(
    findings: Findings, table: Callable[[str, list[str], list[list[str]]], list[str]]
) -> list[str]:
    """The tables of the sanity checks (:mod:`layers.sanity`)."""
    out = table(
        "Track over land of a country no report mentions",
        ["country", "track over km"],
        [[x.country, f"{x.track_over_km:g}"] for x in findings.unreported_land],
    )
    out += table(
        "Falls on land",
        ["fall", "country", "from the coast km"],
        [[x.fall, x.country, f"{x.coast_km:g}"] for x in findings.falls_on_land],
    )
    out += table(
        "Falls and the sea each was reported in",
        ["fall", "sea", "verdict", "distance km"],
        [
            [x.fall, x.sea, "inside" if x.inside else "outside", f"{x.distance_km:g}"]
            for x in findings.fall_seas
        ],
    )
    out += table(
        f"Falls and the reported range (about: ± {RANGE_PRECISION:.0%})",
        ["fall", "reported km", "of", "from the launch site km", "verdict"],
        [
            [
                x.fall,
                f"{x.reported_km:g}",
                "the flight" if x.of_flight else "this fall",
                f"{x.distance_km:g}",
                "beyond" if x.beyond else "within",
            ]
            for x in findings.fall_ranges
        ],
    )
    return out


# ------------------------------------------------------------------ the flight in time and height


@dataclass(frozen=True, slots=True)
class FigureCheck:
    """A reported figure of the flight (``[[trajectory.reports]]``) against the track's
    profile: the residual, reported minus modelled, in km (apogee, range) or seconds (flight
    time); for an overflight window, whether the modelled overflight lies inside it and by how
    many seconds it does not. ``model`` is 'ballistic' or 'schematic' (a schematic track has
    no apogee; its times are interpolated between the reported ones)."""

    figure: str
    reported: str
    source: str
    model: str
    #: The figure was an input of the model (it fixed the flight time): its residual is nil.
    input: bool = False
    unit: str = ""
    reported_value: float | None = None
    modelled_value: float | None = None
    residual: float | None = None
    residual_percent: float | None = None
    #: For an overflight: the place, the reported and the modelled window (event's zone).
    place: str = ""
    window: str = ""
    modelled_window: str = ""
    #: Seconds the modelled overflight lies outside the reported window (0 inside; None when
    #: the track is never over the place).
    outside_s: float | None = None
    verdict: str = ""


@dataclass(frozen=True, slots=True)
class AlertTimingCheck:
    """One J-Alert message against the modelled flight over one area it was sent to: the
    lead time, the modelled overflight (its start), or else the fall in the area, or else the
    closest approach, less the time the message was sent (positive: sent before). A finding
    is a "passed over" message sent before the modelled overflight ended or for an area the
    track does not pass over, or a first message sent after the overflight or fall began."""

    alert: str
    area: str
    message: str
    #: Times in the event's zone, HH:MM:SS.
    sent: str
    reference: str
    reference_time: str
    lead_s: float
    #: The closest approach in km, when the track is never over the area.
    miss_km: float | None = None
    finding: str = ""


def _local(profile_launch: Any, seconds: float, timezone: str) -> str:
    moment = profile_launch + dt.timedelta(seconds=seconds)
    return f"{moment.astimezone(zone(timezone)):%H:%M:%S}"


def _profiled(event: Event) -> list[tuple[str, Feature]]:
    """Each timed track of the event, with its layer's group (one per event when merged)."""
    return [
        (layer.group, f)
        for layer in event.layers
        if layer.kind is Kind.TRACK
        for f in layer.features
        if f.profile is not None
    ]


def _timed(track: Feature) -> TimedTrack:
    assert track.profile is not None
    return TimedTrack.of(shapely.get_coordinates(track.geometry), track.profile)


#: Reported times to the minute (seconds nil) are read as covering the whole minute.
MINUTE_S = 59.0


def _to_the_minute(report: FlightReport) -> bool:
    times = [t for t in (report.start, report.end) if t is not None]
    return all(t.second == 0 and t.microsecond == 0 for t in times)


def figure_checks(event: Event, g: Gazetteer) -> tuple[FigureCheck, ...]:
    """Every reported figure of every timed track against its profile."""
    out = []
    for _, track in _profiled(event):
        profile = track.profile
        assert profile is not None
        model = "ballistic" if profile.modelled else "schematic"
        timed = _timed(track) if any(r.figure == "overflight" for r in profile.reports) else None
        for r in profile.reports:
            source = "; ".join(s.organisation for s in r.sources)
            common = FigureCheck(r.figure, r.reported, source, model, input=r.used)
            if r.figure == "overflight":
                assert timed is not None
                out.append(_overflight_check(common, r, track, timed, g, event.timezone))
                continue
            unit, scale = ("s", 1.0) if r.figure == "flight time" else ("km", 1000.0)
            modelled = {
                "apogee": profile.apogee_m,
                "range": ground_range_m(shapely.get_coordinates(track.geometry)),
                "flight time": profile.times_s[-1],
            }[r.figure]
            known = math.isfinite(modelled)
            residual = (r.value - modelled) / scale if known else None
            out.append(
                dataclasses.replace(
                    common,
                    unit=unit,
                    reported_value=_rounded(r.value / scale),
                    modelled_value=_rounded(modelled / scale) if known else None,
                    residual=None if residual is None else _rounded(residual),
                    residual_percent=None
                    if residual is None
                    else _rounded(100.0 * (r.value - modelled) / modelled),
                    verdict="input of the model"
                    if r.used
                    else ("" if known else "not modelled (schematic track)"),
                )
            )
    return tuple(out)


def _rounded(value: float) -> float:
    """To 0.1, never -0.0."""
    return round(value, 1) + 0.0


def _overflight_check(
    common: FigureCheck,
    r: FlightReport,
    track: Feature,
    timed: TimedTrack,
    g: Gazetteer,
    timezone: str,
) -> FigureCheck:
    """An overflight window against the modelled passes over its place."""
    profile = track.profile
    assert profile is not None and r.start is not None and r.end is not None
    start = (r.start - profile.launch).total_seconds()
    end = (r.end - profile.launch).total_seconds()
    minute = _to_the_minute(r)
    if minute:
        end += MINUTE_S
    shown_tz = zone(timezone)
    window = f"{r.start.astimezone(shown_tz):%H:%M}-{r.end.astimezone(shown_tz):%H:%M}"
    if not minute:
        window = f"{r.start.astimezone(shown_tz):%H:%M:%S}-{r.end.astimezone(shown_tz):%H:%M:%S}"
    passes = timed.passes(over_area(g, r.over))
    if not passes:
        when, _, miss = timed.closest(over_area(g, r.over))
        return dataclasses.replace(
            common,
            place=r.over,
            window=window,
            verdict=f"not over it: closest {miss / 1000:,.1f} km, at "
            f"{_local(profile.launch, when, timezone)}",
        )
    enter, leave = passes[0][0], passes[-1][1]
    outside = max(start - enter, leave - end, 0.0)
    return dataclasses.replace(
        common,
        place=r.over,
        window=window + (" (to the minute)" if minute else ""),
        modelled_window=f"{_local(profile.launch, enter, timezone)}-"
        f"{_local(profile.launch, leave, timezone)}",
        outside_s=round(outside),
        verdict="inside" if outside <= 0.0 else f"outside by {outside:,.0f} s",
    )


def alert_timing_checks(event: Event, g: Gazetteer) -> tuple[AlertTimingCheck, ...]:
    """Each message of each J-Alert against the modelled flight over each area it went to
    (only for a ballistic model: a schematic track's times are interpolations)."""
    modelled = {
        group: track
        for group, track in _profiled(event)
        if track.profile is not None and track.profile.modelled
    }
    out: list[AlertTimingCheck] = []
    for layer in event.layers:
        track = modelled.get(layer.group)
        if layer.kind is not Kind.ALERT_ZONE or track is None:
            continue
        timed = _timed(track)
        end = shapely.get_coordinates(track.geometry)[-1]
        for zone_feature in layer.features:
            for target in zone_feature.targets:
                area = g.alert_area(target).geometry
                reference = _reference(timed, area, end)
                out.extend(
                    _message_timing(zone_feature.name, target, m, reference, track, event)
                    for m in zone_feature.messages
                    if not m.prefectures or target in m.prefectures
                )
    return tuple(out)


def _reference(
    timed: TimedTrack, area: BaseGeometry, end: Any
) -> tuple[str, float, float, float | None]:
    """What a message to ``area`` is timed against: ``(kind, start_s, end_s, miss_m)``: the
    overflight, else the fall in the area, else the closest approach."""
    passes = timed.passes(area)
    if passes:
        return "overflight", passes[0][0], passes[-1][1], None
    if area.intersects(shift_near(Point(end[0], end[1]), float(end[0]))):
        return "fall", float(timed.times_s[-1]), float(timed.times_s[-1]), None
    when, _, miss = timed.closest(area)
    return "closest approach", when, when, miss


def _message_timing(
    alert: str,
    target: str,
    message: Any,
    reference: tuple[str, float, float, float | None],
    track: Feature,
    event: Event,
) -> AlertTimingCheck:
    profile = track.profile
    assert profile is not None
    kind, start_s, end_s, miss = reference
    sent_s = (message.time - profile.launch).total_seconds()
    lead = start_s - sent_s
    finding = ""
    if message.type is MessageType.PASSED:
        if kind != "overflight":
            finding = "says it passed over; the modelled track does not pass over it"
        elif sent_s < end_s:
            finding = f"sent {end_s - sent_s:,.0f} s before the modelled overflight ended"
    elif message.type is MessageType.LAUNCH and kind != "closest approach" and lead < 0:
        finding = f"sent {-lead:,.0f} s after the modelled {kind} began"
    return AlertTimingCheck(
        alert=alert,
        area=target,
        message=message.type.label,
        sent=_local(message.time, 0.0, event.timezone),
        reference=kind,
        reference_time=_local(profile.launch, start_s, event.timezone),
        lead_s=round(lead),
        miss_km=None if miss is None else round(miss / 1000, 1),
        finding=finding,
    )


def _flight_lines(findings: Findings) -> list[str]:
    """The flight's findings, one line each: every residual and window, every J-Alert
    finding."""
    lines = []
    for x in findings.trajectory:
        words = f" '{x.reported}'" if x.reported else ""
        if x.figure == "overflight":
            lines.append(
                f"Overflight of {x.place} {x.window}{words} [{x.source}]: modelled "
                f"{x.modelled_window or '-'}: {x.verdict}"
            )
            continue
        head = f"{x.figure.capitalize()}{words} [{x.source}]"
        if x.residual is not None and not x.input:
            lines.append(
                f"{head}: modelled {x.modelled_value:g} {x.unit}, residual "
                f"{x.residual:+g} {x.unit} ({x.residual_percent:+g} %)"
            )
    lines += [
        f"{x.alert}: {x.message} to {x.area} at {x.sent}: {x.finding}"
        for x in findings.alert_timing
        if x.finding
    ]
    return lines


def _figure_row(x: FigureCheck) -> list[str]:
    """One row of the table of the flight's figures."""
    figure = x.figure + ("" if x.model == "ballistic" else " (schematic)")
    if x.figure == "overflight":
        return [
            figure,
            f"over {x.place} {x.window}",
            x.source,
            x.modelled_window or "-",
            "-",
            x.verdict,
        ]
    modelled = "-" if x.modelled_value is None else f"{x.modelled_value:g} {x.unit}"
    residual = (
        "-" if x.residual is None else f"{x.residual:+g} {x.unit} ({x.residual_percent:+g} %)"
    )
    return [figure, f"{x.reported_value:g} {x.unit}", x.source, modelled, residual, x.verdict]


def _timing_row(x: AlertTimingCheck) -> list[str]:
    """One row of the table of the J-Alert timing."""
    against = x.reference + ("" if x.miss_km is None else f" ({x.miss_km:g} km)")
    return [
        x.alert,
        x.area,
        x.message,
        x.sent,
        against,
        x.reference_time,
        f"{x.lead_s:+g}",
        x.finding or "-",
    ]


def _flight_tables(
    findings: Findings, table: Callable[[str, list[str], list[list[str]]], list[str]]
) -> list[str]:
    """The tables of the flight's figures and of the J-Alert timing, when there are any."""
    out: list[str] = []
    if findings.trajectory:
        out += table(
            "Reported figures of the flight against the model (residual: reported minus "
            "modelled; times in the event's zone)",
            ["figure", "reported", "source", "modelled", "residual", "verdict"],
            [_figure_row(x) for x in findings.trajectory],
        )
    if findings.alert_timing:
        out += table(
            "J-Alert timing against the modelled flight (lead: seconds before the overflight, "
            "fall or closest approach; times in the event's zone)",
            ["alert", "area", "message", "sent", "against", "at", "lead s", "finding"],
            [_timing_row(x) for x in findings.alert_timing],
        )
    return out
