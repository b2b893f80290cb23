"""The layer model: what a map shows, with where each thing came from and when.

A :class:`Layer` groups :class:`Feature` objects of one :class:`Kind`. Every feature carries
its :class:`Source` records and its reported times as timezone-aware datetimes, and says
whether its position is reported, derived from a report by a documented rule, or inferred
(an estimate nobody published).

Examples
--------
>>> from shapely.geometry import Point
>>> src = Source(organisation="Japan MOD", date="2023-08-24")
>>> f = Feature(name="Sohae", kind=Kind.LAUNCH_SITE, geometry=Point(124.705, 39.66),
...             sources=(src,))
>>> layer = Layer(name="Launch site", kind=Kind.LAUNCH_SITE, features=(f,))
>>> layer.features[0].sources[0].label()
'Japan MOD, 2023-08-24'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat

if TYPE_CHECKING:
    import geopandas as gpd

#: The UTC offset of an event whose scenario or catalogue row gives none: UTC. Every reported
#: time carries its own offset, and the event's offset only labels the timeline's local times;
#: without one, nothing says where a reader is (a scenario from Japan says ``"+09:00"``).
DEFAULT_TIMEZONE = "+00:00"


class Kind(StrEnum):
    """What a feature is, in the reader's terms. The value is the style key."""

    LAUNCH_SITE = "launch_site"
    LAUNCH_AREA = "launch_area"
    TRACK = "track"
    CORRIDOR = "corridor"
    HAZARD_AREA = "hazard_area"
    FALL_AREA = "fall_area"
    ALERT_ZONE = "alert_zone"
    PREDICTED_FALL = "predicted_fall"
    SEA_AREA = "sea_area"
    EEZ = "eez"
    RANGE_RING = "range_ring"
    WAYPOINT = "waypoint"
    GATE = "gate"
    REFERENCE = "reference"

    @property
    def label(self) -> str:
        """What the kind is called in popups, legends and layer names.

        Examples
        --------
        >>> Kind.ALERT_ZONE.label
        'J-Alert zone'
        """
        return _KIND_LABELS[self]


#: The one wording of each kind (read through :attr:`Kind.label`).
_KIND_LABELS: dict[Kind, str] = {
    Kind.LAUNCH_SITE: "Launch site",
    Kind.LAUNCH_AREA: "Launch area (as reported)",
    Kind.TRACK: "Ground track (schematic)",
    Kind.CORRIDOR: "Flight corridor (schematic)",
    Kind.HAZARD_AREA: "Notified hazard area",
    Kind.FALL_AREA: "Reported fall area",
    Kind.ALERT_ZONE: "J-Alert zone",
    Kind.PREDICTED_FALL: "Predicted fall (J-Alert)",
    Kind.SEA_AREA: "Sea area",
    Kind.EEZ: "EEZ (approximate, not a legal boundary)",
    Kind.RANGE_RING: "Range ring",
    Kind.WAYPOINT: "Reported waypoint",
    Kind.GATE: "Reported gate (passed between)",
    Kind.REFERENCE: "Reference place",
}


class Basis(StrEnum):
    """How a position was obtained."""

    #: The position was published as such (a coordinate, a named place).
    REPORTED = "reported"
    #: Computed from a relative report ("about 600 km east of ...") by a documented rule.
    DERIVED = "derived"
    #: An estimate that no source states; always labelled as such.
    INFERRED = "inferred"


@dataclass(frozen=True, slots=True)
class Source:
    """Who reported something, and when.

    Parameters
    ----------
    organisation
        The reporting body, and the outlet that relayed it if any.
    date
        ISO 8601 date of the report, e.g. ``2023-08-24``.
    url
        Where the report can be read, when known.
    quote
        The report's own words, when kept.
    """

    organisation: str
    date: str
    url: str | None = None
    quote: str | None = None
    id: str = ""

    def label(self) -> str:
        """One line naming the organisation and date."""
        return f"{self.organisation}, {self.date}"

    def citation(self) -> str:
        """The organisation, date and URL, those given, on one line.

        Examples
        --------
        >>> Source("JCS", "2023-08-24", url="https://example.org/jcs").citation()
        'JCS, 2023-08-24, https://example.org/jcs'
        """
        return ", ".join(x for x in (self.organisation, self.date, self.url) if x)


@dataclass(frozen=True, slots=True)
class ReportedTime:
    """A labelled time: ``label`` is e.g. 'fell', 'issued', 'lifted', 'launch'."""

    label: str
    time: dt.datetime
    approximate: bool = True
    #: What was said at that time, when it is worth showing (a J-Alert message's wording).
    detail: str = ""

    def iso(self) -> str:
        """ISO 8601 with offset, seconds precision: the offset as reported."""
        return self.time.isoformat(timespec="seconds")

    def in_zone(self, timezone: str) -> dt.datetime:
        """The time in the zone ``timezone`` (a UTC offset such as ``+09:00``; see
        :func:`zone`), whatever offset it was reported with.

        Examples
        --------
        >>> pyongyang = dt.timezone(dt.timedelta(hours=8, minutes=30))
        >>> t = ReportedTime("launch", dt.datetime(2016, 6, 22, 5, 58, tzinfo=pyongyang))
        >>> t.in_zone("+09:00").isoformat()
        '2016-06-22T06:28:00+09:00'
        >>> t.iso()
        '2016-06-22T05:58:00+08:30'
        """
        return self.time.astimezone(zone(timezone))


def zone(timezone: str) -> dt.timezone:
    """The fixed-offset zone of a UTC offset text such as ``+09:00`` or ``-03:30``.

    Every displayed time is converted to its event's zone (:attr:`Event.timezone`); what is
    exported keeps the offset it was reported with.

    Examples
    --------
    >>> zone("+09:00")
    datetime.timezone(datetime.timedelta(seconds=32400))
    >>> zone("+00:00")
    datetime.timezone.utc
    """
    offset = dt.datetime.fromisoformat(f"2000-01-01T00:00:00{timezone}").utcoffset()
    if offset is None:  # text that reads as part of a time, but no offset (".5")
        raise ValueError(f"expected a UTC offset such as +09:00, got {timezone!r}")
    return dt.timezone(offset)


class MessageType(StrEnum):
    """What a J-Alert message said. The value is the scenario's ``type``."""

    #: A missile was launched: take shelter.
    LAUNCH = "launch"
    #: The missile passed over, or moved away from, the area.
    PASSED = "passed"
    #: The missile is predicted to fall in or around an area.
    PREDICTED_FALL = "predicted_fall"
    #: A correction or withdrawal of an earlier message.
    CORRECTION = "correction"
    #: The call to shelter was lifted.
    LIFTED = "lifted"

    @property
    def label(self) -> str:
        """The message's wording as a time label, in popups, the timeline and exports.

        Examples
        --------
        >>> MessageType.PASSED.label
        'J-Alert: passed over'
        """
        return _MESSAGE_LABELS[self]


#: The one wording of each message type (read through :attr:`MessageType.label`).
_MESSAGE_LABELS: dict[MessageType, str] = {
    MessageType.LAUNCH: "J-Alert: launch",
    MessageType.PASSED: "J-Alert: passed over",
    MessageType.PREDICTED_FALL: "J-Alert: predicted fall",
    MessageType.CORRECTION: "J-Alert: correction",
    MessageType.LIFTED: "J-Alert: lifted",
}


@dataclass(frozen=True, slots=True)
class AlertMessage:
    """One J-Alert message, as reported.

    Parameters
    ----------
    type
        What the message said (:class:`MessageType`).
    time
        When it was sent, with the offset it was reported with.
    text
        The message's wording, in any language; shown as text, never as HTML.
    prefectures
        The prefectures or sub-areas it was sent to.
    sources
        Who reported it.
    withdraws
        For a correction: the number (from 1) of the earlier message of the same alert that
        it corrects or withdraws.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> m = AlertMessage(MessageType.LIFTED, dt.datetime(2023, 8, 24, 4, 7, tzinfo=jst))
    >>> m.reported_time().label
    'J-Alert: lifted'
    """

    type: MessageType
    time: dt.datetime
    text: str = ""
    prefectures: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    withdraws: int | None = None

    def reported_time(self, label: str | None = None) -> ReportedTime:
        """The message's time, labelled with its type's wording (or ``label``)."""
        return ReportedTime(label or self.type.label, self.time, detail=self.text)


@dataclass(frozen=True, slots=True)
class ReportedRange:
    """A reported distance of a fall from its launch site: the fall's own ("fell about 1,000
    km away") or, with ``of_flight``, the range of the whole flight ("flew about 1,000 km"),
    which no part can exceed. Reported ranges are read as "about" (± 10 %)."""

    launch: LonLat
    distance_m: float
    of_flight: bool = False


@dataclass(frozen=True, slots=True)
class ReportConstraint:
    """One thing a report says about where an object is, and how the drawn object fares.

    ``agrees`` is False for a report set aside because no point satisfies it together with
    the reports before it; ``gap_km`` then says by how much. ``decided`` is False when the
    report is about an approximate area (a notified area drawn from a description, the
    approximate EEZ) whose edge is too near the drawn object to say. ``area`` names the area
    of an "inside"/"outside" report ('' for the others), ``inside`` says which.
    """

    text: str
    sources: tuple[Source, ...] = ()
    agrees: bool = True
    gap_km: float = 0.0
    decided: bool = True
    area: str = ""
    inside: bool = True

    def verdict(self) -> str:
        """'agrees', 'undecidable' or 'contradicts, N km'.

        Examples
        --------
        >>> ReportConstraint("in the Yellow Sea", agrees=False, gap_km=31.5).verdict()
        'contradicts, 31.5 km'
        """
        if not self.agrees:
            return f"contradicts, {self.gap_km:g} km"
        return "agrees" if self.decided else "undecidable"


@dataclass(frozen=True, slots=True)
class Mention:
    """A place or region a report names (or, for the launch site and J-Alert zones, is
    about), with its outline: what the checks count as mentioned (:mod:`layers.checks`)."""

    name: str
    geometry: BaseGeometry
    #: Where in the scenario it is named, e.g. ``falls[0].from``.
    field: str = ""


@dataclass(frozen=True, slots=True)
class Crossing:
    """A track's pass over a named area (a prefecture, a country, an EEZ): when it entered and
    left, and how high it was then. Times in seconds after launch; altitudes above the WGS84
    ellipsoid, metres."""

    name: str
    #: What the area is: 'prefecture', 'country', 'eez', 'sea', 'region'.
    kind: str
    enter_s: float
    exit_s: float
    enter_alt_m: float
    exit_alt_m: float


@dataclass(frozen=True, slots=True)
class FlightReport:
    """A figure a report gives of the whole flight (a scenario's ``[[trajectory.reports]]``):
    its apogee, its range or its flight time, or a window of time over a place. Each is
    checked against the profile (reported minus modelled, :mod:`alertmap.layers.checks`) and
    can be marked on it.

    Examples
    --------
    >>> FlightReport("apogee", 1_000_000.0, (Source("Japan MOD", "2022-10-04"),)).figure
    'apogee'
    """

    #: 'apogee', 'range', 'flight time' or 'overflight'.
    figure: str
    #: The figure: metres for an apogee or a range, seconds for a flight time; nan for an
    #: overflight (its window is ``start`` .. ``end``).
    value: float
    sources: tuple[Source, ...] = ()
    #: The report's words, when given.
    reported: str = ""
    #: For an overflight: the place (a prefecture, J-Alert area, region or place name).
    over: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    #: True when the figure is an input of the model (it fixed the flight time).
    used: bool = False


@dataclass(frozen=True, slots=True)
class Profile:
    """A track in time and height: one time and one altitude for each vertex of the track
    feature's line (in order), and what was derived from them.

    ``modelled`` says how: True for a ballistic arc computed from the reported launch and fall
    (:mod:`alertmap.geo.ballistic`), False for a schematic track (a satellite launch) timed
    from the reported times along it, whose altitudes are then the reported ones where given
    and otherwise unknown (``nan``).

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> p = Profile(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), (0.0, 60.0), (0.0, 90_000.0),
    ...             apogee_m=90_000.0, apogee_s=60.0, modelled=True, method="a test")
    >>> p.time_at(30.0).minute, p.time_at(30.0).second
    (22, 30)
    """

    #: The launch time the offsets count from (timezone-aware).
    launch: dt.datetime
    times_s: tuple[float, ...]
    altitudes_m: tuple[float, ...]
    apogee_m: float
    apogee_s: float
    modelled: bool
    #: How the profile was made, in a sentence (shown in the popup, like Feature.method).
    method: str
    crossings: tuple[Crossing, ...] = ()
    #: The reported figures of the flight (apogee, range, flight time, overflight windows).
    reports: tuple[FlightReport, ...] = ()

    def time_at(self, offset_s: float) -> dt.datetime:
        """The clock time ``offset_s`` seconds after launch."""
        return self.launch + dt.timedelta(seconds=offset_s)


@dataclass(frozen=True, slots=True)
class Feature:
    """One thing on the map."""

    name: str
    kind: Kind
    geometry: BaseGeometry
    sources: tuple[Source, ...] = ()
    times: tuple[ReportedTime, ...] = ()
    basis: Basis = Basis.REPORTED
    approximate: bool = False
    reported: str = ""
    method: str = ""
    notes: tuple[str, ...] = ()
    id: str = ""
    #: For an area drawn from a relative report: the best single position.
    position: LonLat | None = None
    #: The point the reported distance was measured from (a place, or a region's edge point).
    anchor: LonLat | None = None
    #: For an alert zone: the prefectures or sub-areas it was issued for, as reported.
    targets: tuple[str, ...] = ()
    #: For an alert zone: its J-Alert messages in time order; for a predicted fall: the
    #: message that predicted it, then the correction that withdrew it, if any.
    messages: tuple[AlertMessage, ...] = ()
    #: For a fall area: the sea the report says it fell in (a gazetteer sea name), or ''.
    sea: str = ""
    #: For a fall area: how far from the launch site a report puts it, if one does.
    reported_range: ReportedRange | None = None
    #: For a fall area: every constraint its reports give, each with its verdict.
    constraints: tuple[ReportConstraint, ...] = ()
    #: For a ground track: its time and altitude at each vertex (None when the event gives no
    #: launch time, or the track is not timed).
    profile: Profile | None = None

    @property
    def withdrawn_by(self) -> AlertMessage | None:
        """For a predicted fall: the correction that withdrew it, or None.

        Examples
        --------
        >>> from shapely.geometry import Point
        >>> jst = dt.timezone(dt.timedelta(hours=9))
        >>> fall = AlertMessage(MessageType.PREDICTED_FALL, dt.datetime(2024, 1, 1, 9, tzinfo=jst))
        >>> fix = AlertMessage(MessageType.CORRECTION, dt.datetime(2024, 1, 1, 9, 20, tzinfo=jst),
        ...                    withdraws=1)
        >>> Feature("Hokkaido", Kind.PREDICTED_FALL, Point(142, 43),
        ...         messages=(fall, fix)).withdrawn_by.time.minute
        20
        """
        if self.kind is not Kind.PREDICTED_FALL:
            return None
        return next((m for m in self.messages if m.type is MessageType.CORRECTION), None)

    def source_line(self) -> str:
        """All sources of the feature on one line: 'Org, date, url; Org, date'.

        Examples
        --------
        >>> from shapely.geometry import Point
        >>> Feature("Sohae", Kind.LAUNCH_SITE, Point(124.7, 39.7),
        ...         sources=(Source("Japan MOD", "2023-08-24"), Source("JCS", "2023-08-24"))
        ...         ).source_line()
        'Japan MOD, 2023-08-24; JCS, 2023-08-24'
        """
        return "; ".join(s.citation() for s in self.sources)


@dataclass(frozen=True, slots=True)
class Layer:
    """Features of one kind that are switched on and off together."""

    name: str
    kind: Kind
    features: tuple[Feature, ...]
    show: bool = True
    #: A report that conflicts with another layer of the same kind (e.g. a second source's
    #: fall area): drawn so that the two are told apart, and named as conflicting.
    conflicting: bool = False
    group: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """A whole event: its title, reference time, notes and layers."""

    id: str
    title: str
    date: str
    layers: tuple[Layer, ...]
    #: The UTC offset local times are shown in (the scenario's ``timezone``).
    timezone: str = DEFAULT_TIMEZONE
    summary: str = ""
    notes: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = field(default=())
    #: The places and regions the reports name (an event made by hand names none).
    mentions: tuple[Mention, ...] = ()
    #: Its own text (title, names, notes) in other languages, as ``(language, text as
    #: written, wording)``: a scenario's ``[names.ja]`` and ``[names.ko]``.
    local_names: tuple[tuple[str, str, str], ...] = ()

    def features(self) -> tuple[Feature, ...]:
        """All features of all layers, in layer order."""
        return tuple(f for layer in self.layers for f in layer.features)

    def sources(self) -> tuple[Source, ...]:
        """Every source once (by organisation and date), in order of use: the features' in
        layer order, then the statements'."""
        seen: dict[tuple[str, str], Source] = {}
        for f in self.features():
            for s in f.sources:
                seen.setdefault((s.organisation, s.date), s)
        for st in self.statements:
            seen.setdefault((st.source.organisation, st.source.date), st.source)
        return tuple(seen.values())

    def source_line(self) -> str:
        """Every source of the event once, on one line: 'Org, date; Org, date'.

        Examples
        --------
        >>> from shapely.geometry import Point
        >>> src = Source("Japan MOD", "2023-08-24")
        >>> site = Feature("Sohae", Kind.LAUNCH_SITE, Point(124.7, 39.7), sources=(src,))
        >>> Event("e", "A launch", "2023-08-24", (Layer("Site", Kind.LAUNCH_SITE, (site,)),),
        ...       statements=(Statement("No debris.", Source("JCS", "2023-08-24")),)
        ...       ).source_line()
        'Japan MOD, 2023-08-24; JCS, 2023-08-24'
        """
        return "; ".join(s.label() for s in self.sources())

    def to_geodataframe(self) -> gpd.GeoDataFrame:
        """Every feature as one row of a GeoDataFrame in EPSG:4326 (geopandas is imported
        only here, so ``import alertmap`` stays light).

        The geometries are those of the GeoJSON export: cut at the antimeridian (longitudes
        within [-180, 180]), exterior rings counter-clockwise, rounded to 1e-6 degree. The
        columns are the GeoJSON properties (:data:`alertmap.layers.export.FRAME_COLUMNS`):
        ``id``, ``layer``, ``kind``, ``kind_label``, ``name``, ``source`` (one line),
        ``sources`` and ``times`` and ``notes`` as JSON text, ``time`` (the first reported
        time) as a UTC datetime (NaT when none), ``basis``, ``approximate`` (bool),
        ``reported``, ``method``, the best single position as ``position_lon`` /
        ``position_lat`` and the point a distance was measured from as ``measured_from_lon`` /
        ``measured_from_lat`` (floats, NaN when none), then ``geometry``.

        Examples
        --------
        >>> import datetime as dt
        >>> from shapely.geometry import Point
        >>> launch = ReportedTime("launch", dt.datetime.fromisoformat("2023-08-24T03:50+09:00"))
        >>> site = Feature("Sohae", Kind.LAUNCH_SITE, Point(124.705, 39.66),
        ...                sources=(Source("Japan MOD", "2023-08-24"),), times=(launch,))
        >>> event = Event("e", "A launch", "2023-08-24",
        ...               (Layer("Launch site", Kind.LAUNCH_SITE, (site,)),))
        >>> frame = event.to_geodataframe()
        >>> frame.crs.to_epsg(), frame.loc[0, "geometry"].wkt
        (4326, 'POINT (124.705 39.66)')
        >>> frame.loc[0, ["kind", "name", "source", "times"]].tolist()
        ['launch_site', 'Sohae', 'Japan MOD, 2023-08-24', '{"launch": "2023-08-24T03:50:00+09:00"}']
        >>> frame.loc[0, "time"].isoformat()
        '2023-08-23T18:50:00+00:00'
        """
        from alertmap.layers.export import to_geodataframe

        return to_geodataframe(self)


@dataclass(frozen=True, slots=True)
class Statement:
    """A sourced statement shown as text (e.g. one side of conflicting reports)."""

    text: str
    source: Source
    topic: str = ""
