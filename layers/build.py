"""Scenario -> :class:`~layers.model.Event`: every reported item becomes a sourced feature.

Examples
--------
>>> from layers.scenario import load_scenario
>>> event = build_event(load_scenario("2023-08-24"))
>>> [layer.kind.value for layer in event.layers][:3]
['sea_area', 'alert_zone', 'hazard_area']
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.errors import GEOSException
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from alertmap.geo.antimeridian import unwrap_lons
from alertmap.geo.areas import rectangle
from alertmap.geo.bands import shift_near
from alertmap.geo.coords import GeoError, LonLat, parse_position
from alertmap.geo.corridor import corridor
from alertmap.geo.geodesic import (
    FloatArray,
    circle,
    circle_line,
    forward,
    geodesic_line,
    great_circle_m,
    inverse,
    track,
)
from alertmap.layers import placement
from alertmap.layers.eez import EEZ
from alertmap.layers.errors import InputWarning, LayersError, ScenarioError, shown
from alertmap.layers.falls import FallPlacer, Passage, PlacedFall, area_of, find_zone
from alertmap.layers.fusion import centre_of
from alertmap.layers.gazetteer import Gazetteer, Place, Region, load_gazetteer
from alertmap.layers.model import (
    AlertMessage,
    Basis,
    Event,
    Feature,
    Kind,
    Layer,
    Mention,
    MessageType,
    ReportConstraint,
    ReportedRange,
    ReportedTime,
    Source,
    Statement,
)
from alertmap.layers.placement import Placed
from alertmap.layers.scenario import (
    DEFAULT_FALL_LAYER,
    AlertSpec,
    FallSpec,
    HazardSpec,
    ItemSpec,
    MessageSpec,
    PositionSpec,
    ReportSpec,
    Scenario,
    SiteSpec,
    TrackFileSpec,
    parse_bearing,
)
from alertmap.layers.trajectory import (
    FlightEnds,
    ModelledFlight,
    model_flight,
    over_area,
    report_sources,
    schematic_profile,
)

#: The layer of the reports set aside from a fall's fused area.
SET_ASIDE_LAYER = "Fall area, report set aside (no common area with the others)"

#: What the geometry code raises for an input it cannot draw: a `GeoError` from ``geo``, or
#: an error of GEOS (shapely) on a degenerate geometry. Both reach the user as a
#: `ScenarioError` naming the file and the field whose geometry failed.
GEOMETRY_ERRORS = (GeoError, GEOSException)

#: The longest message of the geometry code echoed back, in characters.
GEOMETRY_MESSAGE_MAX_CHARS = 300


def geometry_message(err: Exception) -> str:
    """One line saying what went wrong in the geometry code, at most a few hundred characters.

    Examples
    --------
    >>> geometry_message(GeoError("circle: expected a radius\\nof 1 km"))
    'circle: expected a radius of 1 km'
    >>> geometry_message(GEOSException("TopologyException: side location conflict at 1 2"))
    'expected an area that can be computed, got a degenerate geometry (GEOS: ...)'
    """
    text = " ".join(str(err).split())
    if isinstance(err, GEOSException):
        text = f"expected an area that can be computed, got a degenerate geometry (GEOS: {text})"
    if len(text) > GEOMETRY_MESSAGE_MAX_CHARS:
        text = text[: GEOMETRY_MESSAGE_MAX_CHARS - 1] + "…"
    return text


def slug(text: str) -> str:
    """A stable identifier from a name.

    Examples
    --------
    >>> slug("Fall area: Yellow Sea (about 300 km)")
    'fall-area-yellow-sea-about-300-km'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"


@dataclasses.dataclass(frozen=True, slots=True)
class Prepared:
    """Geometry of one launch computed ahead of :func:`build_event`, for many launches at once
    (a catalogue's rows: :func:`layers.catalogue.load_catalogue`): where each fall was placed,
    the schematic track and its corridor. The rest of the event is built as usual.

    ``alert_areas`` holds the union of each set of J-Alert targets already drawn, shared by
    every launch of a catalogue (many launches name the same prefectures).
    """

    falls: tuple[PlacedFall, ...]
    path: FloatArray
    corridor: BaseGeometry
    alert_areas: dict[tuple[str, ...], BaseGeometry] = dataclasses.field(default_factory=dict)


class _Builder:
    def __init__(
        self, scenario: Scenario, gazetteer: Gazetteer, prepared: Prepared | None = None
    ) -> None:
        self.s = scenario
        self.g = gazetteer
        #: Geometry computed ahead (a catalogue's launches), else None.
        self.prepared = prepared
        #: The track's last reported passage, once the waypoints are placed.
        self.last_passage: Passage | None = None

    # ---------------------------------------------------------------- lookups
    def fail(self, field: str, err: Exception) -> ScenarioError:
        message = geometry_message(err) if isinstance(err, GEOMETRY_ERRORS) else str(err)
        return ScenarioError(f"{self.s.path}: {field}: {message}")

    @contextlib.contextmanager
    def guard(self, field: str) -> Iterator[None]:
        """Geometry errors (:data:`GEOMETRY_ERRORS`) raised while ``field`` is drawn, as a
        `ScenarioError` naming the file and ``field``."""
        try:
            yield
        except GEOMETRY_ERRORS as err:
            raise self.fail(field, err) from None

    def lookup(self, name: str, field: str) -> Place | Region:
        try:
            return self.g.resolve(name)
        except LayersError as err:
            raise self.fail(field, err) from None

    def origin(self, text: str, field: str) -> Place | Region:
        """A gazetteer name, or coordinates ("39-16.5N 141-53.1E") for a place not in it."""
        try:
            return self.g.resolve(text)
        except LayersError as err:
            try:
                position = parse_position(text)
            except GeoError:
                raise self.fail(field, err) from None
            return Place(
                name=text,
                position=position,
                kind="position",
                aliases=(),
                source="scenario",
                url=None,
                note="",
                approximate=False,
            )

    @staticmethod
    def geometry_of(thing: Place | Region) -> BaseGeometry:
        if isinstance(thing, Place):
            return Point(thing.position.lon, thing.position.lat)
        return thing.geometry

    def place(self, where: PositionSpec, guide: FloatArray | None = None) -> Placed:
        with self.guard(where.field):
            return self._place(where, guide)

    def _place(self, where: PositionSpec, guide: FloatArray | None) -> Placed:
        if where.position is not None:
            return Placed(where.position, None, None, "position as given")
        if where.at is not None:
            thing = self.lookup(where.at, where.field)
            if isinstance(thing, Place):
                if where.about:  # "near Sunan", "the Sunan area": the point, approximate
                    return Placed(
                        thing.position,
                        None,
                        None,
                        f"near {thing.name} (reported as an area about it): drawn at its point",
                    )
                return Placed(thing.position, None, None, f"gazetteer: {thing.name}")
            area = area_of(thing)
            centre = centre_of(area)
            return Placed(
                centre,
                area,
                None,
                f"the area of {thing.name}"
                + (" (the envelope of its islands)" if thing.kind == "island group" else "")
                + "; the track is drawn through its centre (schematic)",
            )
        if where.between is not None:
            a = self.geometry_of(self.lookup(where.between[0], where.field))
            b = self.geometry_of(self.lookup(where.between[1], where.field))
            return placement.between(a, b, fraction=where.fraction, names=where.between)
        assert where.origin is not None and where.distance_m is not None
        assert where.bearing_deg is not None
        origin = self.origin(where.origin, where.field)
        if isinstance(origin, Place):
            return placement.from_point(
                origin.position,
                where.distance_m,
                where.bearing_deg,
                about=where.about,
                bearing_text=f"{where.bearing_text} of {origin.name}",
            )
        return placement.from_region(
            origin.geometry,
            where.distance_m,
            where.bearing_deg,
            about=where.about,
            bearing_text=f"{where.bearing_text} of {origin.name}",
            region_name=origin.name,
            guide=guide,
        )

    # ---------------------------------------------------------------- features
    @staticmethod
    def times(*pairs: tuple[str, dt.datetime | None]) -> tuple[ReportedTime, ...]:
        return tuple(ReportedTime(label, t) for label, t in pairs if t is not None)

    def feature(
        self,
        item: ItemSpec,
        kind: Kind,
        geometry: BaseGeometry,
        *,
        times: tuple[ReportedTime, ...] = (),
        placed: Placed | None = None,
        approximate: bool | None = None,
        name: str | None = None,
        extra_notes: Iterable[str] = (),
    ) -> Feature:
        derived = (
            placed is not None
            and placed.method not in ("position as given",)
            and not (placed.method.startswith("gazetteer"))
        )
        basis = item.basis
        if basis is Basis.REPORTED and derived:
            basis = Basis.DERIVED
        if approximate is None:
            approximate = basis is not Basis.REPORTED or (
                placed is not None and placed.area is not None
            )
        return Feature(
            name=name or item.name,
            kind=kind,
            geometry=geometry,
            sources=item.sources,
            times=times,
            basis=basis,
            approximate=approximate,
            reported=item.reported,
            method=placed.method if placed is not None else "",
            notes=item.notes + tuple(extra_notes),
            id=f"{kind.value}-{slug(name or item.name)}",
            position=placed.point if placed is not None and placed.area is not None else None,
            anchor=placed.anchor if placed is not None else None,
        )

    def site(self, spec: SiteSpec) -> tuple[LonLat, Feature, Feature | None]:
        """A launch site: its point, its feature, and, for a site told only as a region
        ("from North Korea", "from the west coast of the peninsula"), the region it was
        somewhere in, drawn as such beside the point at its centre (else ``None``)."""
        placed = self.place(spec.where)
        times = self.times(("launch", spec.time))
        f = self.feature(
            spec.item,
            Kind.LAUNCH_SITE,
            Point(placed.point.lon, placed.point.lat),
            times=times,
            placed=placed,
        )
        if spec.where.at is not None:
            thing = self.lookup(spec.where.at, spec.where.field)
            if isinstance(thing, Place) and thing.approximate and f.basis is Basis.REPORTED:
                f = dataclasses.replace(f, basis=Basis.INFERRED, approximate=True)
        area = None
        if placed.area is not None and spec.where.at is not None:
            area = self.feature(
                spec.item, Kind.LAUNCH_AREA, placed.area, placed=placed, approximate=True
            )
        return placed.point, f, area

    # ---------------------------------------------------------------- the event
    def build(self) -> Event:
        """The event: each kind built in turn (in this order, so the first error reported is
        the same), then the layers stacked bottom to top."""
        s = self.s
        launch_point, launch_feature, launch_area = self.site(s.launch)
        self.launch_lon = launch_point.lon
        others = [self.site(x) for x in s.sites]
        site_features = [launch_feature] + [f for _, f, _ in others]
        site_areas = [a for a in (launch_area, *(a for _, _, a in others)) if a is not None]
        waypoint_features, gate_features, passed = self.waypoints()
        route = [launch_point, *passed]

        measured = s.track_file
        path_given = None
        if measured is not None:
            # continuous from the launch site's longitude, as the schematic track is
            path_given = unwrap_lons_of(measured.coords, reference=launch_point.lon)
        with self.guard(
            "track.waypoints" if path_given is None else f"{_track_field(measured)}.file"
        ):
            guide = self.guide(route) if path_given is None else self.guide_along(path_given)
        hazard_layers = self.hazard_layers(guide)
        hazards = [f for layer in hazard_layers for f in layer.features]
        fall_layers, fall_points = self.fall_layers(launch_point, hazards)
        track_end, end_time = self.track_end(fall_points)
        route_times = [s.launch.time, *(w.time for w in s.waypoints)]
        if track_end is not None and path_given is None:
            route.append(track_end)
            route_times.append(end_time)
        with self.guard("track.waypoints"):
            path = (
                path_given
                if path_given is not None
                else self.prepared.path
                if self.prepared is not None
                else track(route)
                if len(route) >= 2
                else None
            )
        self.overflight_places()
        flight = None
        if s.trajectory.model == "ballistic":
            flight = self.ballistic_flight(launch_point, passed, fall_points)
            path, end_time = flight.path, flight.end_time

        alert_layers = self.alert_layers()
        sea_layers = self.sea_layers()
        ring_layers = self.ring_layers()
        if flight is not None:
            flight_layers = self.modelled_track_layers(
                flight, [launch_feature, *fall_features(fall_layers)]
            )
        else:
            flight_layers = self.flight_layers(
                path, end_time, route_features=[launch_feature, *waypoint_features]
            )
            if path is not None and path_given is None:
                flight_layers = self.timed(flight_layers, path, route, route_times)
            elif s.trajectory.reports:
                self.unchecked_reports()
        layers = [
            *sea_layers,
            *_layer_of("Launch area (as reported)", Kind.LAUNCH_AREA, site_areas),
            *alert_layers,
            *hazard_layers,
            *ring_layers,
            *flight_layers,
            *_layer_of("Reported gates", Kind.GATE, gate_features),
            *fall_layers,
            *_layer_of("Reported waypoints", Kind.WAYPOINT, waypoint_features),
            Layer("Launch site", Kind.LAUNCH_SITE, tuple(site_features)),
        ]
        layers = _beside_the_flight(layers, path, launch_point.lon)
        return Event(
            id=s.id,
            title=s.title,
            date=s.date,
            layers=tuple(layers),
            timezone=s.timezone,
            summary=s.summary,
            notes=s.notes,
            statements=tuple(Statement(st.text, st.source, st.topic) for st in s.statements),
            mentions=self.mentions(launch_feature),
            local_names=s.local_names,
        )

    def mentions(self, launch: Feature) -> tuple[Mention, ...]:
        """The places and regions the reports name, for the checks: the launch site (always),
        every gazetteer name or coordinate a launch site, waypoint, fall, hazard area or
        predicted fall is given ``at``, ``from`` or ``between``, each J-Alert target, and the
        ``places`` of each statement. Range rings and sea areas are drawing aids, not reports."""
        s = self.s
        out = [Mention(launch.name, launch.geometry, s.launch.where.field)]
        wheres = [s.launch.where, *(x.where for x in s.sites), *(w.where for w in s.waypoints)]
        wheres += [f.where for f in s.falls]
        wheres += [r.where for f in s.falls for r in f.reports[1:] if r.where is not None]
        wheres += [h.where for h in s.hazards if h.where is not None]
        wheres += [m.where for a in s.alerts for m in a.messages if m.where is not None]
        for where in wheres:
            if where.at is not None:
                names = [(where.at, f"{where.field}.at")]
            elif where.origin is not None:
                names = [(where.origin, f"{where.field}.from")]
            else:
                names = [(n, f"{where.field}.between") for n in where.between or ()]
            for name, field in names:
                out.append(Mention(name, self.geometry_of(self.origin(name, field)), field))
        for a in s.alerts:
            for target in a.prefectures:
                out.append(Mention(target, self.g.alert_area(target).geometry, a.item.field))
        for i, st in enumerate(s.statements):
            for j, name in enumerate(st.places):
                field = f"statements[{i}].places[{j}]"
                out.append(Mention(name, self.geometry_of(self.lookup(name, field)), field))
        return tuple(out)

    def waypoints(self) -> tuple[list[Feature], list[Feature], list[LonLat]]:
        """The reported waypoints in flight order, the gates of those reported as "between A
        and B", and the points the track passes."""
        waypoint_features: list[Feature] = []
        gate_features: list[Feature] = []
        passed: list[LonLat] = []
        self.last_passage = None
        for wp in self.s.waypoints:
            placed = self.place(wp.where)
            passed.append(placed.point)
            ends = _passage_ends(placed)
            self.last_passage = Passage(ends, wp.item.name, wp.item.sources)
            times = self.times(("passed", wp.time))
            waypoint_features.append(
                self.feature(
                    wp.item,
                    Kind.WAYPOINT,
                    placed.area
                    if placed.area is not None and wp.where.at is not None
                    else Point(placed.point.lon, placed.point.lat),
                    times=times,
                    placed=placed,
                )
            )
            if placed.gate is not None:
                gate_features.append(
                    self.feature(
                        wp.item,
                        Kind.GATE,
                        placed.gate,
                        times=times,
                        placed=placed,
                        approximate=False,
                        name=f"Gate: {wp.item.name}",
                    )
                )
        return waypoint_features, gate_features, passed

    def fall_layers(
        self, launch: LonLat, hazards: Sequence[Feature]
    ) -> tuple[list[Layer], list[PlacedFall]]:
        """The reported falls, one layer per named layer of the scenario, and where each fall
        was placed (in scenario order): each fall's reports fused (:mod:`layers.falls`). A
        report set aside because it leaves no common area with the others is drawn too, in a
        layer of its own. Each fall keeps the sea it was reported in and its reported range
        from ``launch``, if any, for the sanity checks."""
        features: dict[str, list[Feature]] = {}
        placed_falls: list[PlacedFall] = []
        flight = self.s.launch.range_m
        placer = FallPlacer(self.g, launch, hazards, self.last_passage, self.fail, self.origin)
        aside: list[Feature] = []
        for i, fall in enumerate(self.s.falls):
            placed = placer.place(fall) if self.prepared is None else self.prepared.falls[i]
            placed_falls.append(placed)
            feature = self.fall_feature(fall, placed)
            reported_range = (
                ReportedRange(launch, fall.range_m)
                if fall.range_m is not None
                else ReportedRange(launch, flight, of_flight=True)
                if flight is not None
                else None
            )
            feature = dataclasses.replace(
                feature,
                sea=self.reported_sea(fall.sea, f"{fall.item.field}.sea") if fall.sea else "",
                reported_range=reported_range,
            )
            features.setdefault(fall.layer, []).append(feature)
            aside += [self.set_aside(fall, c, area) for c, area in placed.set_aside]
        layers = [
            # a fall reported in a layer of its own is a second, differing report
            Layer(name, Kind.FALL_AREA, tuple(feats), conflicting=name != DEFAULT_FALL_LAYER)
            for name, feats in features.items()
        ]
        if aside:
            layers.append(Layer(SET_ASIDE_LAYER, Kind.FALL_AREA, tuple(aside), conflicting=True))
        return layers, placed_falls

    def fall_feature(self, fall: FallSpec, placed: PlacedFall) -> Feature:
        """A fall as drawn: its fused area (or reported point), with its constraints."""
        basis = fall.item.basis
        derived = placed.approximate or not placed.method.startswith(
            ("position as given", "gazetteer")
        )
        if basis is Basis.REPORTED and derived:
            basis = Basis.DERIVED
        return Feature(
            name=fall.item.name,
            kind=Kind.FALL_AREA,
            geometry=placed.geometry,
            sources=fall.item.sources,
            times=self.times(("fell", fall.time)),
            basis=basis,
            approximate=placed.approximate or basis is not Basis.REPORTED,
            reported=fall.item.reported,
            method=placed.method,
            notes=fall.item.notes,
            id=f"{Kind.FALL_AREA.value}-{slug(fall.item.name)}",
            position=placed.point if placed.approximate else None,
            anchor=placed.anchor,
            constraints=placed.constraints,
        )

    def set_aside(self, fall: FallSpec, c: ReportConstraint, area: BaseGeometry) -> Feature:
        """Where a report set aside from a fall's fused area puts it, drawn on its own."""
        name = f"{fall.item.name}: {c.text} (set aside, {c.gap_km:g} km from the others)"
        return Feature(
            name=name,
            kind=Kind.FALL_AREA,
            geometry=area,
            sources=c.sources,
            basis=Basis.DERIVED,
            approximate=True,
            reported=c.text,
            method="where this report alone puts the fall; it has no point in common with "
            "the fall's other reports",
            id=f"{Kind.FALL_AREA.value}-{slug(name)}",
        )

    def reported_sea(self, name: str, field: str) -> str:
        """The gazetteer name of the sea a fall was reported in; a sea known only by a label
        point (a strait) has no outline to check a fall against."""
        try:
            sea = self.g.sea(name)
        except LayersError as err:
            raise self.fail(field, err) from None
        if sea.geometry.geom_type not in ("Polygon", "MultiPolygon"):
            raise self.fail(
                field,
                ValueError(
                    f"expected a sea with an outline; {sea.name} is a label point only "
                    "(name the sea or ocean around it)"
                ),
            )
        return sea.name

    def track_end(
        self, placed_falls: Sequence[PlacedFall]
    ) -> tuple[LonLat | None, dt.datetime | None]:
        """Where and when the track ends: at the fall :meth:`end_fall` names, or nowhere."""
        end = self.end_fall()
        if end is None:
            return None, None
        return placed_falls[end].point, self.s.falls[end].time

    def end_fall(self) -> int | None:
        """The index of the fall that ends the track: the last fall marked as its end; else the
        latest fall if it is given as a position or as "D km BEARING of" somewhere; else
        none."""
        falls = self.s.falls
        ends = [i for i, f in enumerate(falls) if f.end_of_track]
        if ends:
            return ends[-1]
        if not falls:
            return None
        no_time = dt.datetime.min.replace(tzinfo=dt.UTC)
        latest = max(range(len(falls)), key=lambda i: falls[i].time or no_time)
        where = falls[latest].where
        if where.origin is not None or where.position is not None:
            return latest
        return None

    # ---------------------------------------------------------------- the flight in time
    def ballistic_flight(
        self, launch: LonLat, passed: Sequence[LonLat], placed_falls: Sequence[PlacedFall]
    ) -> ModelledFlight:
        """The ballistic model from the launch site to the fall that ends the track
        (:func:`layers.trajectory.model_flight`)."""
        s = self.s
        end = self.end_fall()
        if end is None:
            raise self.fail(
                f"{s.trajectory.field}.model",
                ValueError(
                    "expected, with model = 'ballistic', a fall that ends the track "
                    "(end_of_track = true, or a fall given as a position or as 'D km BEARING "
                    "of' a place)"
                ),
            )
        fall, placed = s.falls[end], placed_falls[end]
        assert s.launch.time is not None  # the scenario reader requires it for this model
        ends = FlightEnds(
            launch=launch,
            launch_time=s.launch.time,
            impact=placed.point,
            impact_time=fall.time,
            impact_area=placed.geometry if placed.approximate else None,
            fall_field=fall.item.field,
            fall_name=fall.item.name,
            passage=(s.waypoints[-1].item.name, passed[-1]) if passed else None,
        )
        return model_flight(s.trajectory, ends, self.g, self.fail)

    def overflight_places(self) -> None:
        """Each overflight report names a known place: a J-Alert area, region, sea or place
        (:func:`layers.trajectory.over_area`)."""
        for report in self.s.trajectory.reports:
            if report.over:
                try:
                    over_area(self.g, report.over)
                except LayersError as err:
                    raise self.fail(f"{report.field}.over", err) from None

    def modelled_track_layers(
        self, flight: ModelledFlight, route_features: Sequence[Feature]
    ) -> list[Layer]:
        """The corridor around the modelled ground track, and the track with its profile;
        sourced by the launch site, the fall that ends it and the reported figures."""
        s = self.s
        width_km = s.corridor_width_m / 1000
        with self.guard(f"{s.trajectory.field}.model"):
            corridor_area = corridor(flight.path, s.corridor_width_m)
        sources = _unique(
            [
                *(src for f in route_features for src in f.sources),
                *report_sources(flight.profile.reports),
            ]
        )
        corridor_feature = Feature(
            name=f"Flight corridor, {width_km:g} km wide (around the modelled track)",
            kind=Kind.CORRIDOR,
            geometry=corridor_area,
            sources=sources,
            basis=Basis.DERIVED,
            approximate=True,
            method=f"the modelled ground track buffered by {width_km / 2:g} km on each side",
            id="corridor-flight-corridor",
        )
        boost = (s.trajectory.boost_note,) if s.trajectory.boost_note else ()
        track_feature = Feature(
            name="Ground track (ballistic model)",
            kind=Kind.TRACK,
            geometry=LineString(flight.path),
            sources=sources,
            times=self.times(("launch", s.launch.time), ("end", flight.end_time)),
            basis=Basis.DERIVED,
            approximate=True,
            method=flight.profile.method,
            notes=s.trajectory.notes + boost,
            id="track-ground-track",
            profile=flight.profile,
        )
        return [
            Layer(
                "Flight corridor (around the modelled track)", Kind.CORRIDOR, (corridor_feature,)
            ),
            Layer("Ground track (ballistic model)", Kind.TRACK, (track_feature,)),
        ]

    def unchecked_reports(self) -> None:
        """A warning: the scenario reports figures of the flight, and its track has no times
        to check them against."""
        warnings.warn(
            f"{self.s.path}: {self.s.trajectory.field}.reports: the track has no times (a "
            "schematic track through the waypoints, with times for the launch and the fall "
            "that ends it), so the reported figures are not checked",
            InputWarning,
            stacklevel=3,
        )

    def timed(
        self,
        layers: list[Layer],
        path: FloatArray,
        route: Sequence[LonLat],
        times: Sequence[dt.datetime | None],
    ) -> list[Layer]:
        """The schematic track with its profile, timed from the reported times along it
        (:func:`layers.trajectory.schematic_profile`), when its two ends have times; the
        trajectory's notes added to it."""
        spec = self.s.trajectory
        with self.guard("track.waypoints"):
            profile = schematic_profile(path, route, times, spec, self.g)
        if profile is None and spec.reports:
            self.unchecked_reports()
        out = []
        for layer in layers:
            if layer.kind is Kind.TRACK:
                features = tuple(
                    dataclasses.replace(f, profile=profile, notes=f.notes + spec.notes)
                    for f in layer.features
                )
                layer = dataclasses.replace(layer, features=features)
            out.append(layer)
        return out

    def hazard_layers(self, guide: FloatArray | None) -> list[Layer]:
        """The notified hazard areas, one layer per named layer of the scenario."""
        features: dict[str, list[Feature]] = {}
        for hz in self.s.hazards:
            features.setdefault(hz.layer, []).append(self.hazard_area(hz, guide))
        return [Layer(name, Kind.HAZARD_AREA, tuple(feats)) for name, feats in features.items()]

    def hazard_area(self, hz: HazardSpec, guide: FloatArray | None) -> Feature:
        """One hazard area: its published polygon (a warning's area, or its corners), a
        rectangle of the reported size around a placed centre, else placed from a relative
        report."""
        times = self.times(("window opens", hz.window_start), ("window closes", hz.window_end))
        if hz.polygon is not None:
            # corners across the antimeridian are continuous from the first one: moved next
            # to the launch site (a warning's area, cut at 180, is joined up again)
            with self.guard(f"{hz.item.field}.corners" if hz.corners else hz.item.field):
                polygon = shift_near(hz.polygon, self.launch_lon)
            return self.feature(hz.item, Kind.HAZARD_AREA, polygon, times=times, approximate=False)
        assert hz.where is not None
        placed = self.place(hz.where, guide)
        if hz.size_m is not None:
            return self.sized_hazard_area(hz, placed, times)
        return self.feature(
            hz.item, Kind.HAZARD_AREA, _area_or_point(placed), times=times, placed=placed
        )

    def sized_hazard_area(
        self, hz: HazardSpec, placed: Placed, times: tuple[ReportedTime, ...]
    ) -> Feature:
        """A zone reported by its size and position ("105 km by 302 km, about 136 km east of
        X"): a rectangle of that size centred on the placed position; approximate, derived."""
        assert hz.size_m is not None
        width_m, height_m = hz.size_m
        with self.guard(f"{hz.item.field}.size_km"):
            zone = rectangle(placed.point, width_m, height_m, orientation_deg=hz.orientation_deg)
        item = hz.item
        if item.basis is Basis.REPORTED:
            item = dataclasses.replace(item, basis=Basis.DERIVED)
        turned = (
            f", its north-south side turned to {hz.orientation_deg:g}°"
            if hz.orientation_deg
            else ""
        )
        method = (
            f"a rectangle {width_m / 1000:g} km east-west by {height_m / 1000:g} km "
            f"north-south{turned}, the reported size, centred on the reported position "
            f"({placed.method}), in the azimuthal equidistant frame around that centre"
        )
        feature = self.feature(
            item, Kind.HAZARD_AREA, zone, times=times, placed=placed, approximate=True
        )
        return dataclasses.replace(feature, method=method, position=placed.point)

    def alert_layers(self) -> list[Layer]:
        """One layer per J-Alert alert: the union of the areas it was issued for, carrying
        its messages as times labelled with their type; then one layer per predicted fall."""
        layers = []
        predictions = []
        for al in self.s.alerts:
            messages = tuple(m.message for m in al.messages)
            notes = (f"Message: {al.message}",) if al.message else ()
            zone = self.feature(
                al.item,
                Kind.ALERT_ZONE,
                self.alerted_area(al.prefectures, f"{al.item.field}.prefectures"),
                times=message_times(messages),
                approximate=False,
                extra_notes=notes,
            )
            zone = dataclasses.replace(zone, targets=al.prefectures, messages=messages)
            layers.append(Layer(zone.name, Kind.ALERT_ZONE, (zone,)))
            for number, spec in enumerate(al.messages, 1):
                if spec.message.type is MessageType.PREDICTED_FALL:
                    predictions.append(self.predicted_fall(al, number, spec))
        return layers + predictions

    def alerted_area(self, names: Sequence[str], field: str) -> BaseGeometry:
        """The union of J-Alert targets: prefectures, or sub-areas such as the Tokyo islands."""
        shared = self.prepared.alert_areas if self.prepared is not None else None
        if shared is not None and tuple(names) in shared:
            return shared[tuple(names)]
        parts = []
        for name in names:
            try:
                parts.append(self.g.alert_area(name).geometry)
            except LayersError as err:
                raise self.fail(field, err) from None
        area = shapely.union_all(parts)
        if shared is not None:
            shared[tuple(names)] = area
        return area

    def predicted_fall(self, al: AlertSpec, number: int, spec: MessageSpec) -> Layer:
        """The area the ``number``-th message of ``al`` predicted a fall in, named as
        withdrawn when a later correction of the alert withdrew it."""
        m = spec.message
        withdrawal = next(
            (
                c.message
                for c in al.messages
                if c.message.type is MessageType.CORRECTION and c.message.withdraws == number
            ),
            None,
        )
        geometry, placed, area = self.predicted_area(spec)
        times: tuple[ReportedTime, ...] = (m.reported_time(),)
        notes: tuple[str, ...] = ("A prediction sent with the J-Alert, not a reported fall.",)
        if withdrawal is not None:
            times += (ReportedTime("withdrawn", withdrawal.time, detail=withdrawal.text),)
            notes += ("Withdrawn by a later J-Alert correction.",)
        item = ItemSpec(
            field=spec.field,
            name=f"{Kind.PREDICTED_FALL.label}: {area}",
            sources=m.sources,
            basis=Basis.REPORTED,
            reported=m.text,
            notes=notes,
        )
        feature = self.feature(
            item,
            Kind.PREDICTED_FALL,
            geometry,
            times=times,
            placed=placed,
            # a relative report is approximate when its placement says so; the rest as given
            approximate=True if spec.about else (None if placed is not None else False),
        )
        feature = dataclasses.replace(
            feature,
            targets=m.prefectures,
            messages=(m,) if withdrawal is None else (m, withdrawal),
        )
        name = Kind.PREDICTED_FALL.label
        if withdrawal is not None:
            local = withdrawal.reported_time().in_zone(self.s.timezone)
            name += f", withdrawn {local:%H:%M}"
        return Layer(name, Kind.PREDICTED_FALL, (feature,))

    def predicted_area(self, spec: MessageSpec) -> tuple[BaseGeometry, Placed | None, str]:
        """What a predicted fall covers, how it was placed, and its wording: the reported
        place or position (a circle when a distance around it is given), or the message's
        prefectures."""
        where = spec.where
        m = spec.message
        if where is None:
            area = self.alerted_area(m.prefectures, f"{spec.field}.prefectures")
            return area, None, ", ".join(m.prefectures)
        if where.origin is not None or where.between is not None:
            placed = self.place(where)
            return _area_or_point(placed), placed, placed.method
        if where.at is not None:
            thing = self.lookup(where.at, where.field)
            if isinstance(thing, Region):
                if spec.radius_m is not None:
                    raise self.fail(
                        f"{spec.field}.distance_km",
                        ValueError(
                            f"expected a distance only around a place or position; "
                            f"{thing.name} is an area"
                        ),
                    )
                return thing.geometry, None, thing.name
            centre, text = thing.position, thing.name
        else:
            assert where.position is not None
            centre = where.position
            text = f"{centre.lat:.2f}, {centre.lon:.2f}"
        if spec.radius_m is None:
            return Point(centre.lon, centre.lat), None, text
        words = f"within {'about ' if spec.about else ''}{spec.radius_m / 1000:g} km of {text}"
        with self.guard(f"{spec.field}.distance_km"):
            return circle(centre, spec.radius_m), None, words

    def sea_layers(self) -> list[Layer]:
        """The named sea areas, in one layer (none if no sea is named); an EEZ named among
        them (``"Japan EEZ"``) is drawn in a layer of its own, labelled approximate."""
        features = []
        zones = []
        for sea in self.s.seas:
            for i, name in enumerate(sea.names):
                zone = find_zone(name)
                if zone is not None:
                    zones.append(self.eez_feature(sea.item, zone))
                    continue
                try:
                    region = self.g.sea(name)
                except LayersError as err:
                    raise self.fail(f"{sea.item.field}.names[{i}]", err) from None
                features.append(
                    self.feature(
                        sea.item,
                        Kind.SEA_AREA,
                        region.geometry,
                        approximate=False,
                        name=region.name,
                    )
                )
        return _layer_of("Sea areas", Kind.SEA_AREA, features) + _layer_of(
            Kind.EEZ.label, Kind.EEZ, zones
        )

    def eez_feature(self, item: ItemSpec, zone: EEZ) -> Feature:
        """An approximate EEZ, its making and its disputed parts in the notes."""
        disputed = [f"Disputed: {d.name}. {d.note}" for d in zone.disputed]
        feature = self.feature(
            item,
            Kind.EEZ,
            zone.geometry,
            approximate=True,
            name=zone.name,
            extra_notes=[zone.note, *disputed],
        )
        return dataclasses.replace(feature, method=zone.source)

    def ring_layers(self) -> list[Layer]:
        """One layer of geodesic circles per set of range rings."""
        layers = []
        for rg in self.s.rings:
            centre = self.place(rg.center).point
            rings = []
            for i, r in enumerate(rg.radii_m):
                # a ring that holds a pole goes once around the world (circle_line)
                with self.guard(f"{rg.item.field}.radii_km[{i}]"):
                    line = LineString(circle_line(centre, r))
                rings.append(
                    self.feature(
                        rg.item,
                        Kind.RANGE_RING,
                        line,
                        approximate=False,
                        name=f"{r / 1000:g} km from {rg.item.name.removeprefix('Distance from ')}",
                    )
                )
            layers.append(Layer(rg.item.name, Kind.RANGE_RING, tuple(rings), show=rg.show))
        return layers

    def flight_layers(
        self,
        path: FloatArray | None,
        end_time: dt.datetime | None,
        *,
        route_features: Sequence[Feature],
    ) -> list[Layer]:
        """The corridor and track: as read from the track file, else schematic through the
        route (sourced by the launch site and the waypoints), else none."""
        measured = self.s.track_file
        if measured is not None and path is not None:
            return self.measured_track_layers(measured, path, end_time)
        if path is None:
            return []
        sources = _unique(src for f in route_features for src in f.sources)
        return self.schematic_track_layers(path, end_time, sources)

    def schematic_track_layers(
        self, path: FloatArray, end_time: dt.datetime | None, sources: tuple[Source, ...]
    ) -> list[Layer]:
        """The corridor and track drawn through the reported route (schematic)."""
        s = self.s
        width_km = s.corridor_width_m / 1000
        with self.guard("track.waypoints"):
            corridor_area = (
                corridor(path, s.corridor_width_m)
                if self.prepared is None
                else self.prepared.corridor
            )
        corridor_feature = Feature(
            name=f"Flight corridor, {width_km:g} km wide (schematic)",
            kind=Kind.CORRIDOR,
            geometry=corridor_area,
            sources=sources,
            basis=Basis.DERIVED,
            approximate=True,
            method=(
                f"the ground track buffered by {width_km / 2:g} km on each side; "
                "shows the direction of flight, not a measured trajectory"
            ),
            id="corridor-flight-corridor",
        )
        track_feature = Feature(
            name="Ground track (schematic)",
            kind=Kind.TRACK,
            geometry=LineString(path),
            sources=sources,
            times=self.times(("launch", s.launch.time), ("end", end_time)),
            basis=Basis.DERIVED,
            approximate=True,
            method=(
                "piecewise geodesic through the launch site, the reported waypoints in "
                "order and the last reported fall position"
            ),
            id="track-ground-track",
        )
        return [
            Layer("Flight corridor (schematic)", Kind.CORRIDOR, (corridor_feature,)),
            Layer("Ground track (schematic)", Kind.TRACK, (track_feature,)),
        ]

    def measured_track_layers(
        self, spec: TrackFileSpec, path: FloatArray, end_time: dt.datetime | None
    ) -> list[Layer]:
        """The corridor and track layers of a track read from a file (drawn as given)."""
        s = self.s
        width_km = s.corridor_width_m / 1000
        file = Path(spec.path).name
        # the corridor is schematic: buffered from the track simplified to a thousandth of its
        # width (100 m for 100 km), which keeps a million-point track quick to buffer
        with self.guard(f"{_track_field(spec)}.file"):
            outline = _simplified(path, s.corridor_width_m / 1000.0)
            corridor_area = corridor(outline, s.corridor_width_m)
        corridor_feature = Feature(
            name=f"Flight corridor, {width_km:g} km wide (around {spec.item.name.lower()})",
            kind=Kind.CORRIDOR,
            geometry=corridor_area,
            sources=spec.item.sources,
            basis=Basis.DERIVED,
            approximate=True,
            method=f"the track of {file} buffered by {width_km / 2:g} km on each side",
            id="corridor-flight-corridor",
        )
        track_feature = dataclasses.replace(
            self.feature(
                spec.item,
                Kind.TRACK,
                LineString(path),
                times=self.times(("launch", s.launch.time), ("end", end_time)),
                approximate=spec.item.basis is not Basis.REPORTED,
            ),
            method=f"the {len(path):,} positions of {file}, as given",
            id="track-ground-track",
        )
        return [
            Layer("Flight corridor", Kind.CORRIDOR, (corridor_feature,)),
            Layer(spec.item.name, Kind.TRACK, (track_feature,)),
        ]

    def guide_along(self, path: FloatArray) -> FloatArray:
        """A track from a file as the guide for region-relative positions (simplified to
        100 m, and extended along its last stretch like :meth:`guide`)."""
        lite = _simplified(path, GUIDE_TOLERANCE_M)
        a = LonLat.wrapped(*lite[-2])
        b = LonLat.wrapped(*lite[-1])
        return self._extended(lite, a, b)

    @staticmethod
    def guide(route: list[LonLat]) -> FloatArray | None:
        """The reported track, extended along its last leg, for region-relative positions."""
        if len(route) < 2:
            return None
        return _Builder._extended(track(route), route[-2], route[-1])

    @staticmethod
    def _extended(path: FloatArray, a: LonLat, b: LonLat) -> FloatArray:
        """``path`` continued beyond its end ``b`` along the geodesic from ``a``."""
        _, back_az, _ = inverse(a, b)
        ahead = forward(b, (back_az + 180.0) % 360.0, placement.EXTENSION_M)
        extension = geodesic_line(b, ahead)
        extension[:, 0] += round((path[-1, 0] - extension[0, 0]) / 360.0) * 360.0
        return np.concatenate([path, extension[1:]])


#: Tolerance of the copy of a track file used to place region-relative reports.
GUIDE_TOLERANCE_M = 100.0


def unwrap_lons_of(coords: FloatArray, *, reference: float | None = None) -> FloatArray:
    """lon, lat rows with longitudes made continuous (a track across the antimeridian), the
    first within 180 of ``reference`` if given.

    Examples
    --------
    >>> unwrap_lons_of(np.array([[-179.0, 0.0], [179.0, 1.0]]), reference=170.0).tolist()
    [[181.0, 0.0], [179.0, 1.0]]
    """
    out = np.array(coords, dtype=np.float64)
    out[:, 0] = unwrap_lons(out[:, 0], reference=reference)
    return out


def fall_features(layers: Sequence[Layer]) -> list[Feature]:
    """The features of the fall layers."""
    return [f for layer in layers if layer.kind is Kind.FALL_AREA for f in layer.features]


def _track_field(spec: TrackFileSpec | None) -> str:
    return spec.item.field if spec is not None else "track"


#: Kinds drawn where the reports put them, moved by whole turns of longitude next to the flight:
#: across the antimeridian a position reported at 179°W is drawn at 181°E beside a track there.
BESIDE_THE_FLIGHT = frozenset(
    {
        Kind.LAUNCH_SITE,
        Kind.WAYPOINT,
        Kind.GATE,
        Kind.FALL_AREA,
        Kind.HAZARD_AREA,
        Kind.PREDICTED_FALL,
    }
)
#: Vertices of a track used to find the part of it next to a feature (a track from a file can
#: have a million).
_BESIDE_SAMPLES = 20_000


def _beside_the_flight(
    layers: Sequence[Layer], path: FloatArray | None, launch_lon: float
) -> list[Layer]:
    """Each feature of a kind in :data:`BESIDE_THE_FLIGHT` moved by whole turns of longitude
    next to the flight: to within 180° of the track's vertex nearest it, or of the launch site
    when there is no track. Longitudes then agree across every layer, so the map, the checks
    and the export see one continuous picture of a flight across the antimeridian."""
    samples = None
    # longitudes within 180° of every sample of the flight: beside whichever is nearest
    west, east = launch_lon - 180.0, launch_lon + 180.0
    if path is not None:
        samples = path[:: max(1, len(path) // _BESIDE_SAMPLES)]
        west, east = float(samples[:, 0].max()) - 180.0, float(samples[:, 0].min()) + 180.0

    def beside(geometry: BaseGeometry) -> BaseGeometry:
        if geometry.is_empty:
            return geometry
        x0, _, x1, _ = geometry.bounds
        if west <= x0 and x1 <= east:
            return geometry  # beside every sample, so beside the nearest: left as it is
        reference = launch_lon
        if samples is not None:
            p = geometry.representative_point()
            reference = float(samples[int(np.argmin(great_circle_m([p.x, p.y], samples))), 0])
        x0, _, x1, _ = geometry.bounds
        if reference - 180.0 <= x0 and x1 <= reference + 180.0:
            return geometry  # already beside it: left exactly as it is
        return shift_near(geometry, reference)

    out = []
    for layer in layers:
        if layer.kind in BESIDE_THE_FLIGHT:
            moved = [(f, beside(f.geometry)) for f in layer.features]
            if any(g is not f.geometry for f, g in moved):
                features = tuple(dataclasses.replace(f, geometry=g) for f, g in moved)
                layer = dataclasses.replace(layer, features=features)
        out.append(layer)
    return out


def _simplified(path: FloatArray, tolerance_m: float) -> FloatArray:
    """``path`` with the vertices that lie within ``tolerance_m`` of the line dropped
    (Douglas-Peucker in degrees; a degree of latitude or longitude is at most 111.32 km)."""
    line = shapely.simplify(LineString(path), tolerance_m / 111_320.0, preserve_topology=False)
    out: FloatArray = shapely.get_coordinates(line)
    return out if len(out) >= 2 else path[[0, -1]]


def message_times(messages: Sequence[AlertMessage]) -> tuple[ReportedTime, ...]:
    """The messages' times, each labelled with its type's wording; a type's second and later
    messages are numbered, so that every label of a feature is its own.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> at = [dt.datetime(2024, 5, 1, 7, m, tzinfo=jst) for m in (2, 9, 15)]
    >>> [t.label for t in message_times([AlertMessage(MessageType.PASSED, at[0]),
    ...  AlertMessage(MessageType.PASSED, at[1]), AlertMessage(MessageType.LIFTED, at[2])])]
    ['J-Alert: passed over', 'J-Alert: passed over (2)', 'J-Alert: lifted']
    """
    seen: dict[MessageType, int] = {}
    out = []
    for m in messages:
        seen[m.type] = seen.get(m.type, 0) + 1
        n = seen[m.type]
        out.append(m.reported_time(m.type.label if n == 1 else f"{m.type.label} ({n})"))
    return tuple(out)


def _passage_ends(placed: Placed) -> tuple[LonLat, ...]:
    """The points a passage spans: a gate's two ends, an area's outline, or its one point."""
    if placed.gate is not None:
        xy = shapely.get_coordinates(placed.gate)[[0, -1]]
    elif placed.area is not None and placed.method.startswith("the area of"):
        xy = shapely.get_coordinates(shapely.convex_hull(placed.area))
    else:
        return (placed.point,)
    return tuple(LonLat.wrapped(float(x), float(y)) for x, y in xy)


def _area_or_point(placed: Placed) -> BaseGeometry:
    """What is drawn of a placed report: its area, or its point when it has none."""
    return placed.area if placed.area is not None else Point(placed.point.lon, placed.point.lat)


def _layer_of(name: str, kind: Kind, features: Sequence[Feature]) -> list[Layer]:
    """One layer of ``features``, or none when there are none."""
    return [Layer(name, kind, tuple(features))] if features else []


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    seen: dict[tuple[str, str, str | None], Source] = {}
    for s in sources:
        seen.setdefault((s.organisation, s.date, s.url), s)
    return tuple(seen.values())


class _PhraseBuilder(_Builder):
    """Placement for a single phrase, outside any scenario: errors name the phrase (or the
    option, such as ``--launch``) instead of a file and field."""

    def __init__(self, gazetteer: Gazetteer, phrase: str = "") -> None:
        self.g = gazetteer
        self.phrase = phrase
        self.prepared = None

    def fail(self, field: str, err: Exception) -> ScenarioError:
        message = geometry_message(err) if isinstance(err, GEOMETRY_ERRORS) else str(err)
        if field == "phrase" and self.phrase:
            return ScenarioError(f"{shown(self.phrase)}: {message}")
        if field.startswith("--"):
            return ScenarioError(f"{field}: {message}")
        return ScenarioError(message)


def locate(
    where: PositionSpec, gazetteer: Gazetteer | None = None, *, guide: FloatArray | None = None
) -> Placed:
    """Place one reported position (see :mod:`layers.placement` for the rules).

    Examples
    --------
    >>> from layers.phrases import parse_phrase
    >>> placed = locate(parse_phrase("about 820 km east of Manila"))
    >>> round(placed.point.lon, 2), round(placed.point.lat, 2), placed.area is not None
    (128.58, 14.47, True)
    """
    return _PhraseBuilder(gazetteer or load_gazetteer()).place(where, guide)


def locate_fall(
    text: str,
    *,
    launch: str | None = None,
    direction: str | None = None,
    sea: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> PlacedFall:
    """Place a phrase by the same rules as a scenario's fall (:mod:`layers.falls`), with the
    same context a scenario gives: the launch site, the flight direction, the sea.

    Examples
    --------
    >>> placed = locate_fall("about 820 km east of Manila")
    >>> round(placed.point.lon, 2), round(placed.point.lat, 2), placed.approximate
    (128.58, 14.47, True)
    >>> narrowed = locate_fall("about 600 km east of the Philippines", launch="Sohae",
    ...                        direction="S", sea="Pacific")
    >>> [c.verdict() for c in narrowed.constraints]
    ['agrees', 'agrees', 'agrees', 'agrees']
    """
    from alertmap.layers.phrases import read_phrase

    g = gazetteer or load_gazetteer()
    builder = _PhraseBuilder(g, text)
    reading = read_phrase(text)
    where = reading.spec
    sea = sea if sea is not None else (reading.sea or None)  # "...の太平洋上": the phrase's sea
    site: LonLat | None = None
    if launch is not None:
        thing = builder.origin(launch, "--launch")
        site = thing.position if isinstance(thing, Place) else _centre(thing.geometry)
    if site is None and direction is not None:
        raise ScenarioError("--direction: expected --launch too (a direction from where?)")
    try:
        bearing = parse_bearing(direction) if direction is not None else None
    except ValueError as err:
        raise ScenarioError(f"--direction: {err}") from None
    if sea is not None:
        try:
            outline = g.sea_outline(sea)
        except LayersError as err:
            raise ScenarioError(f"--sea: {err}") from None
        if outline.geom_type not in ("Polygon", "MultiPolygon"):
            raise ScenarioError(
                f"--sea: expected a sea with an outline; {sea!r} is a label point only "
                "(name the sea or ocean around it)"
            )
    report = ReportSpec(field="phrase", sources=(), where=where, sea=sea or "", direction=bearing)
    # "男鹿半島から約700キロ、隠岐諸島から約400キロ": each further distance is a report of its own
    further = tuple(ReportSpec(field="phrase", sources=(), where=r.spec) for r in reading.also)
    item = ItemSpec(
        field="phrase", name=text, sources=(), basis=Basis.REPORTED, reported=text, notes=()
    )
    fall = FallSpec(
        item, where, None, DEFAULT_FALL_LAYER, "phrase", False, reports=(report, *further)
    )
    placer = FallPlacer(g, site, (), None, builder.fail, builder.origin)
    with builder.guard("phrase"):
        return placer.place(fall)


def _centre(geometry: BaseGeometry) -> LonLat:
    rp = geometry.representative_point()
    return LonLat(rp.x, rp.y)


def locate_geojson(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    launch: str | None = None,
    direction: str | None = None,
    sea: str | None = None,
) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection for a phrase: the point, the area where the phrase and
    the context agree, and the gate of a "between"; each constraint with its verdict."""
    placed = locate_fall(text, launch=launch, direction=direction, sea=sea, gazetteer=gazetteer)
    with _PhraseBuilder(gazetteer or load_gazetteer(), text).guard("phrase"):
        return _located_collection(text, placed)


def _located_collection(text: str, placed: PlacedFall) -> dict[str, Any]:
    from alertmap.layers.export import geojson_collection, geojson_feature, geojson_position
    from alertmap.layers.phrases import understood

    common: dict[str, Any] = {
        "phrase": text,
        "understood": understood(text),
        "method": placed.method,
        "reports": [{"report": c.text, "verdict": c.verdict()} for c in placed.constraints],
    }
    position = {**common, "role": "position", "measured_from": geojson_position(placed.anchor)}
    features = [geojson_feature(Point(placed.point.lon, placed.point.lat), position)]
    if placed.approximate:
        features.append(geojson_feature(placed.geometry, {**common, "role": "uncertainty_area"}))
    if placed.gate is not None:
        features.append(geojson_feature(placed.gate, {**common, "role": "gate"}))
    return geojson_collection(features)


def merge_events(events: Sequence[Event]) -> Event:
    """Several events on one map: each layer keeps its event as ``group``, and names, notes,
    statements and feature ids are prefixed with the event's date so they stay apart.

    Examples
    --------
    >>> from layers.scenario import load_scenario
    >>> a, b = (build_event(load_scenario(n)) for n in ("2023-05-31", "2023-11-21"))
    >>> merged = merge_events([a, b])
    >>> merged.title
    'Launches compared: 2023-05-31, 2023-11-21'
    >>> merged.layers[0].name, merged.layers[0].group
    ('2023-05-31 · Sea areas', '2023-05-31')
    """
    if len(events) == 1:
        return events[0]
    ids = [e.id for e in events]
    if len(set(ids)) != len(ids):
        raise LayersError(
            "render: expected different events to overlay, got the same event twice ("
            + ", ".join(sorted({i for i in ids if ids.count(i) > 1}))
            + ")"
        )
    layers: list[Layer] = []
    seas_shown: set[str] = set()
    for e in events:
        for layer in e.layers:
            if layer.kind is Kind.SEA_AREA:
                # the same sea for several events is drawn once
                fresh = tuple(f for f in layer.features if f.name not in seas_shown)
                seas_shown.update(f.name for f in fresh)
                if not fresh:
                    continue
                layer = dataclasses.replace(layer, features=fresh)
            layers.append(
                Layer(
                    name=f"{e.id} · {layer.name}",
                    kind=layer.kind,
                    features=tuple(
                        dataclasses.replace(f, id=f"{e.id}/{f.id}") for f in layer.features
                    ),
                    show=layer.show,
                    conflicting=layer.conflicting,
                    group=e.id,
                )
            )
    return Event(
        id="+".join(ids),
        title="Launches compared: " + ", ".join(e.date for e in events),
        date=f"{min(e.date for e in events)} to {max(e.date for e in events)}",
        layers=tuple(layers),
        timezone=events[0].timezone,
        summary="",
        notes=tuple(f"{e.id} ({e.title}): {n}" for e in events for n in e.notes),
        statements=tuple(
            dataclasses.replace(st, topic=f"{e.id}: {st.topic or 'Statements'}")
            for e in events
            for st in e.statements
        ),
        mentions=tuple(m for e in events for m in e.mentions),
        local_names=tuple(dict.fromkeys(n for e in events for n in e.local_names)),
    )


def build_event(scenario: Scenario, gazetteer: Gazetteer | None = None) -> Event:
    """Build the layers of an event from a validated scenario.

    Raises
    ------
    ScenarioError
        A report that cannot be placed or drawn, naming the file and the field; a geometry
        error that no field claims names the file.
    """
    return _build(_Builder(scenario, gazetteer or load_gazetteer()))


def build_prepared(
    scenario: Scenario, prepared: Prepared, gazetteer: Gazetteer | None = None
) -> Event:
    """:func:`build_event`, with the falls, track and corridor computed ahead
    (:class:`Prepared`: many launches of a catalogue at once)."""
    return _build(_Builder(scenario, gazetteer or load_gazetteer(), prepared))


def _build(builder: _Builder) -> Event:
    try:
        return builder.build()
    except GEOMETRY_ERRORS as err:  # every step guards its own field: this is a safety net
        raise ScenarioError(f"{builder.s.path}: {geometry_message(err)}") from None
