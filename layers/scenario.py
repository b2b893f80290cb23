"""Read and validate a scenario file (TOML) into typed, immutable objects.

A scenario describes one event declaratively: the launch site and time, the reported
waypoints in flight order, the reported fall positions, the notified hazard areas, the alert
zones, the sea areas to show, and the sources behind every item. Every error names the file,
the field and what was expected::

    my.toml: falls[2].bearing: expected a compass point (N, NNE, ... NNW) or degrees 0-360,
    got 'sideways'

See ``layers/data/scenarios/2023-08-24.toml`` for a complete, commented example.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tomllib
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import Polygon

from alertmap.geo.areas import corner_ring
from alertmap.geo.coords import GeoError, LonLat, parse_position
from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.datafiles import DATA
from alertmap.layers.errors import ScenarioError
from alertmap.layers.model import (
    DEFAULT_TIMEZONE,
    AlertMessage,
    Basis,
    MessageType,
    Source,
    zone,
)

#: The 16 compass points and their azimuths in degrees.
COMPASS: dict[str, float] = {
    name: i * 22.5
    for i, name in enumerate(
        "N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split()  # noqa: SIM905
    )
}
#: The layer of falls that name no layer; falls in other layers are drawn as differing reports.
DEFAULT_FALL_LAYER = "Reported fall areas"
_WORDS = {
    "NORTH": "N",
    "SOUTH": "S",
    "EAST": "E",
    "WEST": "W",
    "NORTHEAST": "NE",
    "NORTHWEST": "NW",
    "SOUTHEAST": "SE",
    "SOUTHWEST": "SW",
}


def parse_bearing(value: object) -> tuple[float, str]:
    """Return (azimuth in degrees, the reported wording) for a compass point or degrees.

    Examples
    --------
    >>> parse_bearing("WSW")
    (247.5, 'WSW')
    >>> parse_bearing("south-west")
    (225.0, 'SW')
    >>> parse_bearing(95)
    (95.0, '95°')
    """
    if isinstance(value, bool):
        raise ValueError("expected a compass point (N, NNE, ... NNW) or degrees 0-360")
    if isinstance(value, int | float):
        if not (math.isfinite(value) and 0 <= value <= 360):
            raise ValueError(
                f"expected a compass point (N, NNE, ... NNW) or degrees 0-360, got {value!r}"
            )
        return float(value) % 360.0, f"{value:g}°"
    if isinstance(value, str):
        key = value.strip().upper().replace("-", "").replace(" ", "")
        key = _WORDS.get(key, key)
        if key in COMPASS:
            return COMPASS[key], key
    raise ValueError(f"expected a compass point (N, NNE, ... NNW) or degrees 0-360, got {value!r}")


# --------------------------------------------------------------------------- typed objects


@dataclass(frozen=True, slots=True)
class PositionSpec:
    """Where something is, as reported. Exactly one form is set.

    * ``at``: a gazetteer place or region name;
    * ``position``: explicit coordinates;
    * ``origin`` + ``distance_m`` + ``bearing_deg``: "D km BEARING of ORIGIN" (a place or a
      region; for a region the distance is from its edge);
    * ``between``: "between A and B" (a gate the track crosses; the point is at ``fraction``).
    """

    field: str
    at: str | None = None
    position: LonLat | None = None
    origin: str | None = None
    distance_m: float | None = None
    bearing_deg: float | None = None
    bearing_text: str = ""
    about: bool = False
    between: tuple[str, str] | None = None
    fraction: float = 0.5


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """Common fields of every reported item."""

    field: str
    name: str
    sources: tuple[Source, ...]
    basis: Basis
    reported: str
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SiteSpec:
    item: ItemSpec
    where: PositionSpec
    time: dt.datetime | None
    #: ``[launch] range_km``: the reported range of the flight in metres ("flew about 1,000
    #: km"), read as "about" (± 10 %); no fall should be farther from the launch site.
    range_m: float | None = None


@dataclass(frozen=True, slots=True)
class WaypointSpec:
    item: ItemSpec
    where: PositionSpec
    time: dt.datetime | None


@dataclass(frozen=True, slots=True)
class TrackFileSpec:
    """A ground track read from a CSV file (``[track] file = ...``): drawn as given."""

    item: ItemSpec
    path: str
    coords: Any  # (n, 2) float array of lon, lat in flight order


@dataclass(frozen=True, slots=True)
class ReportSpec:
    """What one report says about where a fall is, besides (or instead of) a position.

    A fall's own fields are its first report; each ``[[falls.reports]]`` table is another,
    with its own ``source``. Every field given is a constraint on the fall's drawn area.
    """

    field: str
    sources: tuple[Source, ...]
    reported: str = ""
    #: A position ("about 2,000 km S of Japan"), or None.
    where: PositionSpec | None = None
    #: ``sea``: the sea it fell in ("in the Pacific"), or ''.
    sea: str = ""
    #: ``range_km``: distance from the launch site in metres ("flew about 2,380 km"), ± 10 %.
    range_m: float | None = None
    #: ``direction``: the flight direction from the launch site ("southward"): azimuth, wording.
    direction: tuple[float, str] | None = None
    #: ``inside`` / ``outside``: names of areas it fell in or outside of: "notified areas" (every
    #: hazard area), a hazard area's name, "Japan EEZ", or a gazetteer region or sea.
    inside: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()

    def says_something(self) -> bool:
        """Whether the report constrains anything."""
        return bool(
            self.where or self.sea or self.range_m or self.direction or self.inside or self.outside
        )


@dataclass(frozen=True, slots=True)
class FallSpec:
    item: ItemSpec
    where: PositionSpec
    time: dt.datetime | None
    layer: str
    id: str
    end_of_track: bool
    #: ``sea``: the sea the report says it fell in ("fell in the Sea of Japan"), or ''.
    sea: str = ""
    #: ``range_km``: the reported distance from the launch site in metres ("fell about 1,000 km
    #: away"), read as "about" (± 10 %).
    range_m: float | None = None
    #: The fall's first report (its own fields) and every ``[[falls.reports]]``.
    reports: tuple[ReportSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class HazardSpec:
    item: ItemSpec
    where: PositionSpec | None
    corners: tuple[LonLat, ...]
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    layer: str
    #: The area's polygon: from a navigational warning (circles included), or its ``corners``
    #: joined into a simple ring (:func:`alertmap.geo.areas.corner_ring`).
    polygon: Any = None
    #: The warning's id, e.g. 'NAVAREA XI 123/23', when it comes from one.
    warning_id: str = ""
    #: ``size_km``: the east-west and north-south size in metres of a rectangle centred on
    #: ``where`` ("105 km by 302 km, about 136 km east of X").
    size_m: tuple[float, float] | None = None
    #: ``orientation_deg``: azimuth of the rectangle's north-south side, clockwise from north.
    orientation_deg: float = 0.0


@dataclass(frozen=True, slots=True)
class MessageSpec:
    """One J-Alert message of an alert (``[[alerts.messages]]``, or ``issued``/``lifted``).

    For a predicted fall, ``where`` is the predicted area as reported (none: the message's
    prefectures) and ``radius_m`` the reported distance around ``at``/``position`` ("within
    about 200 km of"), if any.
    """

    field: str
    message: AlertMessage
    where: PositionSpec | None = None
    radius_m: float | None = None
    about: bool = False
    #: The message's ``id``, by which a later correction may name it.
    id: str = ""


@dataclass(frozen=True, slots=True)
class AlertSpec:
    item: ItemSpec
    prefectures: tuple[str, ...]
    #: The alert's messages in time order.
    messages: tuple[MessageSpec, ...]
    #: The alert's wording in one text (the older ``message`` key): shown as a note.
    message: str


@dataclass(frozen=True, slots=True)
class SeaSpec:
    item: ItemSpec
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RingSpec:
    item: ItemSpec
    center: PositionSpec
    radii_m: tuple[float, ...]
    show: bool


@dataclass(frozen=True, slots=True)
class StatementSpec:
    topic: str
    text: str
    source: Source
    #: ``places``: the gazetteer places or regions the statement names, counted as mentioned
    #: by the checks (the text itself is never searched).
    places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scenario:
    """A validated scenario."""

    path: str
    id: str
    title: str
    date: str
    timezone: str
    summary: str
    notes: tuple[str, ...]
    sources: Mapping[str, Source]
    launch: SiteSpec
    sites: tuple[SiteSpec, ...]
    waypoints: tuple[WaypointSpec, ...]
    corridor_width_m: float
    falls: tuple[FallSpec, ...]
    hazards: tuple[HazardSpec, ...]
    alerts: tuple[AlertSpec, ...]
    seas: tuple[SeaSpec, ...]
    rings: tuple[RingSpec, ...]
    statements: tuple[StatementSpec, ...]
    track_file: TrackFileSpec | None = None


# --------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to one TOML table, with the file and field path for error messages."""

    def __init__(self, file: str, data: Mapping[str, Any], path: str) -> None:
        self.file = file
        self.data = data
        self.path = path

    def where(self, key: str | None = None) -> str:
        if key is None:
            return self.path or "(top level)"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str | None, expected: str, got: object = ...) -> ScenarioError:
        tail = "" if got is ... else f", got {got!r}"
        return ScenarioError(f"{self.file}: {self.where(key)}: expected {expected}{tail}")

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise ScenarioError(
                    f"{self.file}: {self.where(key)}: unexpected field; expected one of "
                    + ", ".join(sorted(allowed))
                )

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.data:
            if default is None:
                raise self.fail(key, "a text value (field is missing)")
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(key, "a text value", value)
        return value

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if key in self.data else None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "a list of text values", value)
        return tuple(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false", value)
        return value

    def number(self, key: str, *, lo: float, hi: float, default: float | None = None) -> float:
        if key not in self.data:
            if default is None:
                raise self.fail(key, f"a number {lo:g}-{hi:g} (field is missing)")
            return default
        value = self.data[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not lo <= value <= hi
        ):
            raise self.fail(key, f"a number {lo:g}-{hi:g}", value)
        return float(value)

    def time(self, key: str) -> dt.datetime | None:
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                raise self.fail(
                    key, "an ISO 8601 date-time with offset, e.g. 2023-08-24T03:58:00+09:00", value
                ) from None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise self.fail(
                key, "an ISO 8601 date-time with offset, e.g. 2023-08-24T03:58:00+09:00", value
            )
        return value

    def table(self, key: str) -> _Reader:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, "a table", value)
        return _Reader(self.file, value, self.where(key))

    def tables(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"an array of tables ([[{key}]])", value)
        return [_Reader(self.file, v, f"{self.where(key)}[{i}]") for i, v in enumerate(value)]


_ITEM_KEYS = {"name", "source", "sources", "basis", "reported", "note", "notes"}
_POSITION_KEYS = {
    "at",
    "position",
    "from",
    "distance_km",
    "distance_nm",
    "bearing",
    "about",
    "between",
    "fraction",
}


_NO_KEYS: frozenset[str] = frozenset()
#: The largest reported range or distance from the launch site, in km (half the equator and
#: more: a fractional orbit).
RANGE_MAX_KM = 40_000


def _range(r: _Reader) -> float | None:
    """``range_km`` in metres, or None when absent."""
    if not r.has("range_km"):
        return None
    return r.number("range_km", lo=1, hi=RANGE_MAX_KM) * 1000.0


def _sources(r: _Reader, known: Mapping[str, Source]) -> tuple[Source, ...]:
    ids = r.texts("sources") + r.texts("source")
    out = []
    for sid in ids:
        if sid not in known:
            raise r.fail(
                "source",
                "the id of a [sources.ID] table (" + ", ".join(sorted(known)) + ")",
                sid,
            )
        out.append(known[sid])
    return tuple(out)


def _item(r: _Reader, known: Mapping[str, Source], default_name: str = "") -> ItemSpec:
    basis_text = r.text("basis", "reported")
    try:
        basis = Basis(basis_text)
    except ValueError:
        raise r.fail("basis", "'reported', 'derived' or 'inferred'", basis_text) from None
    notes = r.texts("notes") + r.texts("note")
    return ItemSpec(
        field=r.where(),
        name=r.text("name", default_name) if default_name else r.text("name"),
        sources=_sources(r, known),
        basis=basis,
        reported=r.text("reported", ""),
        notes=notes,
    )


def _position(r: _Reader, *, required: bool = True) -> PositionSpec | None:
    forms = [k for k in ("at", "position", "from", "between") if r.has(k)]
    if not forms:
        if not required:
            return None
        raise r.fail(
            None,
            "one of 'at' (a place), 'position' (coordinates), 'from' + 'distance_km' + "
            "'bearing', or 'between' (two places) (none is given)",
        )
    if len(forms) > 1:
        raise r.fail(None, "only one of 'at', 'position', 'from', 'between'", forms)
    form = forms[0]
    if form == "at":
        return PositionSpec(field=r.where("at"), at=r.text("at"))
    if form == "position":
        text = r.text("position")
        try:
            pos = parse_position(text)
        except GeoError as err:
            raise ScenarioError(f"{r.file}: {r.where('position')}: {err}") from None
        return PositionSpec(field=r.where("position"), position=pos)
    if form == "from":
        raw = r.data.get("bearing")
        if raw is None:
            raise r.fail(
                "bearing", "a compass point (N, NNE, ... NNW) or degrees 0-360 (field is missing)"
            )
        try:
            bearing, wording = parse_bearing(raw)
        except ValueError as err:
            raise ScenarioError(f"{r.file}: {r.where('bearing')}: {err}") from None
        if r.has("distance_nm") and r.has("distance_km"):
            raise r.fail(None, "one of 'distance_km' or 'distance_nm', not both")
        if r.has("distance_nm"):
            distance = r.number("distance_nm", lo=0, hi=11000) * NAUTICAL_MILE_M
        else:
            distance = r.number("distance_km", lo=0, hi=20000) * 1000.0
        return PositionSpec(
            field=r.where("from"),
            origin=r.text("from"),
            distance_m=distance,
            bearing_deg=bearing,
            bearing_text=wording,
            about=r.boolean("about", False),
        )
    pair = r.texts("between")
    if len(pair) != 2:
        raise r.fail("between", "a list of two place names", list(pair))
    return PositionSpec(
        field=r.where("between"),
        between=(pair[0], pair[1]),
        fraction=r.number("fraction", lo=0, hi=1, default=0.5),
    )


def _site(
    r: _Reader,
    known: Mapping[str, Source],
    default_name: str = "",
    *,
    more: frozenset[str] = _NO_KEYS,
) -> SiteSpec:
    r.check_keys(_ITEM_KEYS | _POSITION_KEYS | {"time"} | more)
    where = _position(r)
    assert where is not None  # required=True
    return SiteSpec(item=_item(r, known, default_name), where=where, time=r.time("time"))


def _source_table(r: _Reader, sid: str) -> Source:
    r.check_keys({"organisation", "date", "url", "quote"})
    date = r.data.get("date")
    if isinstance(date, dt.date | dt.datetime):
        date_text = date.isoformat()
    elif isinstance(date, str) and re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?", date):
        date_text = date
        if len(date) == 10:
            try:
                date_text = dt.date.fromisoformat(date).isoformat()
            except ValueError:
                raise r.fail("date", "an ISO 8601 date such as 2023-08-24", date) from None
    else:
        raise r.fail("date", "an ISO 8601 date (2023-08-24), month (2023-11) or year", date)
    return Source(
        organisation=r.text("organisation"),
        date=date_text,
        url=r.opt_text("url"),
        quote=r.opt_text("quote"),
        id=sid,
    )


def _track_file(r: _Reader, known: Mapping[str, Source], base: Path) -> TrackFileSpec:
    """The ground track of a ``[track] file = ...`` CSV (see :mod:`layers.trackfile`)."""
    from alertmap.layers.trackfile import read_track_csv

    name = r.text("file")
    path = base / name  # an absolute name stays as it is
    item = _item(r, known, default_name="Ground track")
    if not item.sources:
        raise r.fail("source", "the source of the track file: the id of a [sources.ID] table")
    return TrackFileSpec(item=item, path=str(path), coords=read_track_csv(path))


def _warning_hazards(r: _Reader, known: Mapping[str, Source], base: Path) -> list[HazardSpec]:
    """The areas of a navigational warning file named by a [[warnings]] table."""
    from alertmap.layers.warning import parse_warning, window_lines

    r.check_keys({"file", "source", "sources", "layer", "year", "note", "notes", "name"})
    name = r.text("file")
    path = base / name  # an absolute name stays as it is
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise r.fail(
            "file", "a readable UTF-8 warning text file", f"{name} ({err.__class__.__name__})"
        ) from None
    year = int(r.number("year", lo=1900, hi=2200)) if r.has("year") else None
    warning = parse_warning(text, file=str(path), year=year)
    for soft in warning.warnings:
        warnings.warn(f"{path}: {soft}", stacklevel=2)
    sources = _sources(r, known)
    label = warning.id or r.text("name", Path(name).stem)
    issued = (
        warning.issued.date().isoformat()
        if warning.issued
        else (str(warning.year) if warning.year else "undated")
    )
    sources = (
        Source(organisation=label, date=issued, quote=warning.subject or None, id=label),
        *sources,
    )
    # each area once, with all its windows (primary, alternate, a daily window once a day)
    out = []
    for area in warning.areas:
        windows = window_lines(area.windows) if len(area.windows) > 1 else ()
        item = ItemSpec(
            field=f"{r.where()}.file",
            name=f"{label}, area {area.letter}" if area.letter else label,
            sources=sources,
            basis=Basis.REPORTED,
            reported=" ".join(area.text.split()),
            notes=r.texts("notes") + r.texts("note") + windows,
        )
        out.append(
            HazardSpec(
                item=item,
                where=None,
                corners=tuple(area.corners),
                window_start=area.window_start,
                window_end=area.window_end,
                layer=r.text("layer", "Notified hazard areas"),
                polygon=area.polygon,
                warning_id=label,
            )
        )
    return out


_TOP_KEYS = {
    "format",
    "event",
    "sources",
    "launch",
    "sites",
    "track",
    "falls",
    "hazard_areas",
    "warnings",
    "alerts",
    "seas",
    "range_rings",
    "statements",
}


def _top(text: str, file: str) -> _Reader:
    """The whole file: valid TOML, known top-level tables, format 1."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioError(f"{file}: invalid TOML: {err}") from None
    top = _Reader(file, data, "")
    top.check_keys(_TOP_KEYS)
    top.number("format", lo=1, hi=1, default=1)
    return top


def _event_date(event: _Reader) -> str:
    """``[event] date`` as an ISO 8601 date (a TOML date or a text)."""
    date = event.data.get("date")
    if isinstance(date, dt.date) and not isinstance(date, dt.datetime):
        return date.isoformat()
    if isinstance(date, str):
        try:
            return dt.date.fromisoformat(date).isoformat()
        except ValueError:
            raise event.fail("date", "an ISO 8601 date such as 2023-08-24", date) from None
    raise event.fail("date", "an ISO 8601 date such as 2023-08-24", date)


def _event_timezone(event: _Reader) -> str:
    """``[event] timezone``, a UTC offset; :data:`~layers.model.DEFAULT_TIMEZONE` if none."""
    timezone = event.text("timezone", DEFAULT_TIMEZONE)
    try:
        zone(timezone)
    except ValueError:
        raise event.fail("timezone", "a UTC offset such as +09:00", timezone) from None
    return timezone


def _source_tables(top: _Reader) -> dict[str, Source]:
    """Every ``[sources.ID]`` table, by id."""
    sources_table = top.table("sources")
    return {sid: _source_table(sources_table.table(sid), sid) for sid in sources_table.data}


def _launch(top: _Reader, known: Mapping[str, Source]) -> SiteSpec:
    """The ``[launch]`` table, which every scenario has."""
    if not top.has("launch"):
        raise top.fail("launch", "a [launch] table with the launch site (field is missing)")
    t = top.table("launch")
    site = _site(t, known, default_name="Launch site", more=frozenset({"range_km"}))
    return dataclasses.replace(site, range_m=_range(t))


def _track(
    top: _Reader, known: Mapping[str, Source], base: Path
) -> tuple[float, TrackFileSpec | None, tuple[WaypointSpec, ...]]:
    """The ``[track]`` table: corridor width in metres, track file, waypoints in order."""
    track = top.table("track")
    track.check_keys({"corridor_width_km", "waypoints", "file"} | _ITEM_KEYS)
    width = track.number("corridor_width_km", lo=1, hi=2000, default=100) * 1000.0
    track_file = _track_file(track, known, base=base) if track.has("file") else None
    waypoints = tuple(_waypoint(t, known) for t in track.tables("waypoints"))
    return width, track_file, waypoints


def _waypoint(t: _Reader, known: Mapping[str, Source]) -> WaypointSpec:
    """One ``[[track.waypoints]]`` table."""
    t.check_keys(_ITEM_KEYS | _POSITION_KEYS | {"time"})
    where = _position(t)
    assert where is not None
    return WaypointSpec(item=_item(t, known), where=where, time=t.time("time"))


_REPORT_KEYS = {"sea", "range_km", "direction", "inside", "outside"}


def _report(r: _Reader, sources: tuple[Source, ...], where: PositionSpec | None) -> ReportSpec:
    """The constraints one report gives (a fall's own fields, or a ``[[falls.reports]]``)."""
    direction = None
    if r.has("direction"):
        try:
            direction = parse_bearing(r.data["direction"])
        except ValueError as err:
            raise ScenarioError(f"{r.file}: {r.where('direction')}: {err}") from None
    return ReportSpec(
        field=r.where(),
        sources=sources,
        reported=r.text("reported", ""),
        where=where,
        sea=r.text("sea", ""),
        range_m=_range(r),
        direction=direction,
        inside=r.texts("inside"),
        outside=r.texts("outside"),
    )


def _further_report(r: _Reader, known: Mapping[str, Source]) -> ReportSpec:
    """One ``[[falls.reports]]`` table: a source and at least one constraint."""
    r.check_keys(_POSITION_KEYS | _REPORT_KEYS | {"source", "sources", "reported"})
    sources = _sources(r, known)
    if not sources:
        raise r.fail("source", "the id of the [sources.ID] table the report comes from")
    report = _report(r, sources, _position(r, required=False))
    if not report.says_something():
        raise r.fail(
            None,
            "at least one of a position (at, from ...), sea, range_km, direction, inside, outside",
        )
    return report


def _fall(t: _Reader, known: Mapping[str, Source], number: int) -> FallSpec:
    """The ``number``-th (from 1) ``[[falls]]`` table."""
    t.check_keys(
        _ITEM_KEYS
        | _POSITION_KEYS
        | _REPORT_KEYS
        | {"time", "layer", "id", "end_of_track"}
        | {"reports"}
    )
    where = _position(t)
    assert where is not None
    item = _item(t, known)
    first = _report(t, item.sources, where)
    further = tuple(_further_report(r, known) for r in t.tables("reports"))
    return FallSpec(
        reports=(first, *further),
        item=item,
        where=where,
        time=t.time("time"),
        layer=t.text("layer", DEFAULT_FALL_LAYER),
        id=t.text("id", f"fall-{number}"),
        end_of_track=t.boolean("end_of_track", False),
        sea=t.text("sea", ""),
        range_m=_range(t),
    )


def _corners(t: _Reader) -> tuple[LonLat, ...]:
    """A hazard area's ``corners``: none, or at least three positions."""
    corners_text = t.texts("corners")
    corners: list[LonLat] = []
    for i, c in enumerate(corners_text):
        try:
            corners.append(parse_position(c))
        except GeoError as err:
            raise ScenarioError(f"{t.file}: {t.where('corners')}[{i}]: {err}") from None
    if corners and len(corners) < 3:
        raise t.fail("corners", "at least three corner positions", list(corners_text))
    return tuple(corners)


def _corner_polygon(t: _Reader, corners: tuple[LonLat, ...]) -> Polygon | None:
    """The polygon of a hazard area's ``corners`` (none without corners): joined in the order
    given, or, when that order crosses itself (corners listed NW, NE, SW, SE as in a press
    release), in order around their centre, with a soft warning."""
    if not corners:
        return None
    ring, reordered = corner_ring(corners)
    polygon = Polygon(ring) if len(ring) >= 3 else None
    if polygon is None or not polygon.is_valid or polygon.area == 0.0:
        raise t.fail(
            "corners", "at least three corners that enclose an area", list(t.texts("corners"))
        )
    if reordered:
        warnings.warn(
            f"{t.file}: {t.where('corners')}: the corners as given make a ring that crosses "
            "itself; reordered into a simple polygon (joined in order around their centre)",
            stacklevel=2,
        )
    oriented: Polygon = shapely.orient_polygons(polygon, exterior_cw=False)
    return oriented


def _size(t: _Reader) -> tuple[float, float] | None:
    """``size_km = [east-west, north-south]`` in metres, or None."""
    if not t.has("size_km"):
        if t.has("orientation_deg"):
            raise t.fail("orientation_deg", "no 'orientation_deg' without 'size_km'")
        return None
    value = t.data["size_km"]
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(
            isinstance(x, int | float) and not isinstance(x, bool) and 0 < x <= 5000 for x in value
        )
    ):
        raise t.fail(
            "size_km",
            "two sizes in km, east-west then north-south, each above 0 and up to 5000 "
            "(e.g. [105, 302] for '가로 105㎞, 세로 302㎞')",
            value,
        )
    return float(value[0]) * 1000.0, float(value[1]) * 1000.0


def _hazard(t: _Reader, known: Mapping[str, Source]) -> HazardSpec:
    """One ``[[hazard_areas]]`` table: its corners, or a position (the centre of a rectangle of
    ``size_km``, or a place to draw the report around)."""
    t.check_keys(
        _ITEM_KEYS
        | _POSITION_KEYS
        | {"corners", "window_start", "window_end", "layer", "size_km", "orientation_deg"}
    )
    corners = _corners(t)
    where = _position(t, required=not corners)
    if corners and where is not None:
        raise t.fail(None, "either 'corners' or a position, not both")
    size = _size(t)
    if size is not None and corners:
        raise t.fail("size_km", "either 'corners' or 'size_km' with a position, not both")
    return HazardSpec(
        item=_item(t, known),
        where=where,
        corners=corners,
        window_start=t.time("window_start"),
        window_end=t.time("window_end"),
        layer=t.text("layer", "Notified hazard areas"),
        polygon=_corner_polygon(t, corners),
        size_m=size,
        orientation_deg=t.number("orientation_deg", lo=0, hi=360, default=0.0),
    )


def _alert(t: _Reader, known: Mapping[str, Source]) -> AlertSpec:
    """One ``[[alerts]]`` table: its messages as ``[[alerts.messages]]`` tables, or (the
    older form) ``issued`` and ``lifted``, read as a launch and a lifted message."""
    t.check_keys(_ITEM_KEYS | {"prefectures", "issued", "lifted", "message", "messages"})
    prefs = t.texts("prefectures")
    if not prefs:
        raise t.fail("prefectures", "a list of one or more prefecture names")
    item = _item(t, known, default_name="J-Alert: " + ", ".join(prefs))
    older = [k for k in ("issued", "lifted") if t.has(k)]
    if older and t.has("messages"):
        raise t.fail(older[0], "either 'issued'/'lifted' or [[alerts.messages]], not both")
    if t.has("messages"):
        tables = t.tables("messages")
        if not tables:
            raise t.fail("messages", "one or more [[alerts.messages]] tables")
        messages: tuple[MessageSpec, ...] = ()
        for r in tables:
            messages += (_message(r, messages, prefs, item.sources, known),)
    else:
        messages = tuple(
            MessageSpec(
                t.where(key), AlertMessage(kind, time, prefectures=prefs, sources=item.sources)
            )
            for key, kind in (("issued", MessageType.LAUNCH), ("lifted", MessageType.LIFTED))
            if (time := t.time(key)) is not None
        )
    return AlertSpec(item=item, prefectures=prefs, messages=messages, message=t.text("message", ""))


_MESSAGE_KEYS = {"id", "type", "time", "text", "prefectures", "source", "sources", "withdraws"}


def _message(
    r: _Reader,
    earlier: tuple[MessageSpec, ...],
    alerted: tuple[str, ...],
    alert_sources: tuple[Source, ...],
    known: Mapping[str, Source],
) -> MessageSpec:
    """One ``[[alerts.messages]]`` table, the ``len(earlier) + 1``-th of its alert."""
    kind_text = r.text("type")
    try:
        kind = MessageType(kind_text)
    except ValueError:
        raise r.fail(
            "type", "one of " + ", ".join(m.value for m in MessageType), kind_text
        ) from None
    predicted = kind is MessageType.PREDICTED_FALL
    r.check_keys(_MESSAGE_KEYS | (_POSITION_KEYS if predicted else set()))
    time = r.time("time")
    if time is None:
        raise r.fail("time", "an ISO 8601 date-time with offset (field is missing)")
    if earlier and time < earlier[-1].message.time:
        raise r.fail(
            "time", "messages in time order: not before the message above it", time.isoformat()
        )
    prefs = r.texts("prefectures") or alerted
    for i, name in enumerate(prefs):
        if name not in alerted:
            raise r.fail(
                f"prefectures[{i}]",
                "one of the alert's prefectures (" + ", ".join(alerted) + ")",
                name,
            )
    withdraws = _withdrawn(r, earlier) if kind is MessageType.CORRECTION else None
    if withdraws is None and r.has("withdraws"):
        raise r.fail("withdraws", "no 'withdraws' except in a message of type 'correction'")
    where = _position(r, required=False) if predicted else None
    radius = None
    if where is not None and where.origin is None and r.has("distance_km"):
        radius = r.number("distance_km", lo=0.1, hi=2000) * 1000.0
    message = AlertMessage(
        type=kind,
        time=time,
        text=r.text("text", ""),
        prefectures=prefs,
        sources=_sources(r, known) or alert_sources,
        withdraws=withdraws,
    )
    number = len(earlier) + 1
    ident = r.text("id", "")
    if ident and any(e.id == ident for e in earlier):
        raise r.fail("id", "an id not used by an earlier message of this alert", ident)
    return MessageSpec(
        r.where(),
        message,
        where,
        radius,
        about=r.boolean("about", False) if predicted else False,
        id=ident or str(number),
    )


def _withdrawn(r: _Reader, earlier: tuple[MessageSpec, ...]) -> int:
    """A correction's ``withdraws``: the number (from 1) of an earlier message, given as that
    number or as the earlier message's ``id``."""
    expected = "the number (from 1) or 'id' of an earlier message of this alert"
    if not r.has("withdraws"):
        raise r.fail("withdraws", expected + " (field is missing)")
    value = r.data["withdraws"]
    if isinstance(value, str):
        named = [i for i, e in enumerate(earlier, 1) if e.id == value]
        if named:
            return named[0]
    elif isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= len(earlier):
        return value
    raise r.fail("withdraws", expected, value)


def _sea(t: _Reader, known: Mapping[str, Source]) -> SeaSpec:
    """One ``[[seas]]`` table."""
    t.check_keys(_ITEM_KEYS | {"names"})
    names = t.texts("names")
    if not names:
        raise t.fail("names", "a list of one or more sea names")
    return SeaSpec(item=_item(t, known, default_name="Sea areas"), names=names)


def _ring(t: _Reader, known: Mapping[str, Source]) -> RingSpec:
    """One ``[[range_rings]]`` table: a centre and radii in km."""
    t.check_keys(_ITEM_KEYS | _POSITION_KEYS | {"radii_km", "show"})
    radii = t.data.get("radii_km")
    if (
        not isinstance(radii, list)
        or not radii
        or not all(
            isinstance(x, int | float) and not isinstance(x, bool) and 0 < x <= 15000 for x in radii
        )
    ):
        raise t.fail("radii_km", "a list of distances in km, each 0-15000", radii)
    center = _position(t)
    assert center is not None
    return RingSpec(
        item=_item(t, known, default_name="Range rings"),
        center=center,
        radii_m=tuple(float(x) * 1000.0 for x in radii),
        show=t.boolean("show", False),
    )


def _statement(t: _Reader, known: Mapping[str, Source]) -> StatementSpec:
    """One ``[[statements]]`` table, with exactly one source."""
    t.check_keys({"topic", "text", "source", "places"})
    sources = _sources(t, known)
    if len(sources) != 1:
        raise t.fail("source", "the id of exactly one [sources.ID] table")
    return StatementSpec(
        topic=t.text("topic", ""),
        text=t.text("text"),
        source=sources[0],
        places=t.texts("places"),
    )


def parse_scenario(text: str, file: str = "<scenario>") -> Scenario:
    """Parse scenario TOML text; ``file`` names it in error messages.

    The sections are read in this order, each by a function of its own; the first error found
    is raised.
    """
    top = _top(text, file)
    event = top.table("event")
    event.check_keys({"id", "title", "date", "timezone", "summary", "notes"})
    date_text = _event_date(event)
    timezone = _event_timezone(event)
    known = _source_tables(top)
    launch = _launch(top, known)
    sites = tuple(_site(t, known) for t in top.tables("sites"))
    base = Path(file).parent
    width, track_file, waypoints = _track(top, known, base)
    falls = tuple(_fall(t, known, n) for n, t in enumerate(top.tables("falls"), 1))
    hazards = [_hazard(t, known) for t in top.tables("hazard_areas")]
    for t in top.tables("warnings"):
        hazards.extend(_warning_hazards(t, known, base=base))
    alerts = tuple(_alert(t, known) for t in top.tables("alerts"))
    seas = tuple(_sea(t, known) for t in top.tables("seas"))
    rings = tuple(_ring(t, known) for t in top.tables("range_rings"))
    statements = tuple(_statement(t, known) for t in top.tables("statements"))
    return Scenario(
        path=file,
        id=event.text("id", Path(file).stem),
        title=event.text("title"),
        date=date_text,
        timezone=timezone,
        summary=event.text("summary", ""),
        notes=event.texts("notes"),
        sources=known,
        launch=launch,
        sites=sites,
        waypoints=waypoints,
        corridor_width_m=width,
        track_file=track_file,
        falls=falls,
        hazards=tuple(hazards),
        alerts=alerts,
        seas=seas,
        rings=rings,
        statements=statements,
    )


# --------------------------------------------------------------------------- built-ins


def builtin_names() -> tuple[str, ...]:
    """Names of the scenarios shipped with alertmap, oldest first.

    Examples
    --------
    >>> "2023-08-24" in builtin_names()
    True
    """
    folder = DATA / "scenarios"
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    )


def builtin_text(name: str) -> str:
    """The TOML text of a built-in scenario."""
    if name not in builtin_names():
        raise ScenarioError(
            f"{name}: unknown scenario: expected a built-in name ("
            + ", ".join(builtin_names())
            + ") or a path to a .toml file"
        )
    return (DATA / "scenarios" / f"{name}.toml").read_text("utf-8")


def load_scenario(name_or_path: str) -> Scenario:
    """Load a built-in scenario by name, or a scenario file by path."""
    path = Path(name_or_path)
    if name_or_path.endswith(".toml") or path.exists():
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            raise ScenarioError(
                f"{name_or_path}: file not found: expected a scenario .toml file "
                "or a built-in name (" + ", ".join(builtin_names()) + ")"
            ) from None
        except (OSError, UnicodeDecodeError) as err:
            raise ScenarioError(
                f"{name_or_path}: cannot read: expected a UTF-8 text file "
                f"({err.__class__.__name__})"
            ) from None
        return parse_scenario(text, name_or_path)
    return parse_scenario(builtin_text(name_or_path), f"{name_or_path}.toml")
