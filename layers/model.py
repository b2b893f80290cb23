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

from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat


class Kind(StrEnum):
    """What a feature is, in the reader's terms. The value is the style key."""

    LAUNCH_SITE = "launch_site"
    TRACK = "track"
    CORRIDOR = "corridor"
    HAZARD_AREA = "hazard_area"
    FALL_AREA = "fall_area"
    ALERT_ZONE = "alert_zone"
    SEA_AREA = "sea_area"
    RANGE_RING = "range_ring"
    WAYPOINT = "waypoint"
    GATE = "gate"
    REFERENCE = "reference"


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


@dataclass(frozen=True, slots=True)
class ReportedTime:
    """A labelled time: ``label`` is e.g. 'fell', 'issued', 'lifted', 'launch'."""

    label: str
    time: dt.datetime
    approximate: bool = True

    def iso(self) -> str:
        """ISO 8601 with offset, seconds precision."""
        return self.time.isoformat(timespec="seconds")


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
    timezone: str = "+09:00"
    summary: str = ""
    notes: tuple[str, ...] = ()
    statements: tuple[Statement, ...] = field(default=())

    def features(self) -> tuple[Feature, ...]:
        """All features of all layers, in layer order."""
        return tuple(f for layer in self.layers for f in layer.features)


@dataclass(frozen=True, slots=True)
class Statement:
    """A sourced statement shown as text (e.g. one side of conflicting reports)."""

    text: str
    source: Source
    topic: str = ""
