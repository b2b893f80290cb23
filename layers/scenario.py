"""Read and validate a scenario file (TOML) into typed, immutable objects.

A scenario describes one event declaratively: the launch site and time, the reported
waypoints in flight order, the reported fall positions, the notified hazard areas, the alert
zones, the sea areas to show, and the sources behind every item. Every error names the file,
the field and what was expected::

    my.toml: falls[2].bearing: expected a compass point (N, NNE, ... NNW) or degrees 0-360,
    got 'sideways'

See ``layers/data/scenarios/2023-08-24.toml`` for a complete, commented example.

What is read is bounded, each bound a constant below: the file's size
(:data:`SCENARIO_MAX_BYTES`), how deep arrays and tables nest (:data:`NESTING_MAX`), entries
of one array (:data:`ARRAY_MAX_ITEMS`), the length of a text (:data:`LINE_MAX_CHARS`,
:data:`URL_MAX_CHARS`, :data:`TEXT_MAX_CHARS`), the years of a time (:data:`YEARS`) and
distances (no farther than the antipode, :data:`DISTANCE_MAX_KM`). Texts hold no control
characters; names are not empty; fall ids differ; an alert is not lifted before it is issued,
nor a window closed before it opens; corners enclose an area; a ``between`` names two places.
What is odd but possible (a bidirectional control character in a text, a fall or a first alert
before the launch, a launch days from the event's date, corners reordered) is read with one
:class:`~alertmap.layers.errors.InputWarning` per field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import tomllib
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import Polygon

from alertmap.geo.areas import corner_polygon, corner_ring
from alertmap.geo.coords import GeoError, LonLat, parse_position
from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.datafiles import DATA
from alertmap.layers.errors import (
    SHOWN_MAX_CHARS,
    InputWarning,
    LayersError,
    ScenarioError,
    bidi_character,
    control_character,
    decode_utf8,
    encloses_area,
    read_limited,
    shown,
)
from alertmap.layers.gazetteer import load_gazetteer, name_key
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


#: The largest scenario file read, in bytes.
SCENARIO_MAX_BYTES = 2_000_000
#: How deep arrays and tables may nest in a scenario (a ``[[falls.reports]]`` table's
#: ``inside`` list is 5 deep).
NESTING_MAX = 10
#: The most entries of one array (``[[falls]]`` tables, ``corners``, ``notes`` ...).
ARRAY_MAX_ITEMS = 5_000
#: The years a date-time may fall in (a launch, an alert, a window): wider is a typing slip,
#: and a year 1 or 9999 time cannot be turned into UTC.
YEARS = (1900, 2200)
TIME_RANGE_TEXT = f"{YEARS[0]}-{YEARS[1]}"
#: The longest text of one line (a title, a name, an id, a place), in characters.
LINE_MAX_CHARS = 500
#: The longest URL (a source's ``url``), in characters: the limit the sitemaps protocol and
#: most browsers and servers keep to (a news site's redirect address runs past 500).
URL_MAX_CHARS = 2_048
#: The longest text that may run over lines (a summary, a note, a quote, a report), in
#: characters.
TEXT_MAX_CHARS = 20_000
#: The longest text of a position (``position``, each of ``corners``), in characters.
POSITION_MAX_CHARS = 200
#: The longest distance read, in km: short of the antipode (half a meridian, 20,003.9 km on
#: WGS84), the longest distance between two points of the Earth along its surface.
DISTANCE_MAX_KM = 20_000
#: The longest distance read in nautical miles (20,001.6 km).
DISTANCE_MAX_NM = 10_800


def in_time_range(moment: dt.datetime) -> bool:
    """Whether a date-time falls in :data:`YEARS` (its year as written).

    Examples
    --------
    >>> in_time_range(dt.datetime.fromisoformat("2023-08-24T03:50:00+09:00"))
    True
    >>> in_time_range(dt.datetime.fromisoformat("0001-01-01T00:00:00+09:00"))
    False
    """
    return YEARS[0] <= moment.year <= YEARS[1]


#: Degrees written as text: "160", "160.5", "160°".
_DEGREES_TEXT = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*°?\s*")


def parse_bearing(value: object) -> tuple[float, str]:
    """Return (azimuth in degrees, the reported wording) for a compass point or degrees.

    Examples
    --------
    >>> parse_bearing("WSW")
    (247.5, 'WSW')
    >>> parse_bearing("south-west")
    (225.0, 'SW')
    >>> parse_bearing(95), parse_bearing("160")
    ((95.0, '95°'), (160.0, '160°'))
    """
    expected = "expected a compass point (N, NNE, ... NNW) or degrees 0-360"
    if isinstance(value, bool):
        raise ValueError(expected)
    if isinstance(value, int | float):
        # an int too large for a float is compared, never converted
        if not ((isinstance(value, int) or math.isfinite(value)) and 0 <= value <= 360):
            raise ValueError(f"{expected}, got {shown(value)}")
        return float(value) % 360.0, f"{value:g}°"
    degrees = _DEGREES_TEXT.fullmatch(value) if isinstance(value, str) else None
    if degrees is not None and float(degrees.group(1)) <= 360:
        return parse_bearing(float(degrees.group(1)))
    if isinstance(value, str):
        key = value.strip().upper().replace("-", "").replace(" ", "")
        key = _WORDS.get(key, key)
        if key in COMPASS:
            return COMPASS[key], key
    raise ValueError(f"{expected}, got {shown(value)}")


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


#: The trajectory models: a Kepler arc from the launch to the fall, or the schematic track.
TRAJECTORY_MODELS = ("ballistic", "schematic")
#: The model of a scenario without ``[trajectory] model``: schematic. A ballistic arc is only
#: right for a ballistic missile, and nothing else in a scenario says what flew; a satellite
#: launch, whose rocket is steered into orbit, must stay schematic.
DEFAULT_TRAJECTORY_MODEL = "schematic"
#: The highest apogee read, in km (a lofted ICBM test reached about 6,250 km).
APOGEE_MAX_KM = 50_000
#: The longest powered phase read (``boost_s``), in seconds.
BOOST_MAX_S = 1_000
#: The longest flight read (``flight_min``, ``flight_s``), in seconds: a day.
FLIGHT_MAX_S = 86_400
#: The figures a ``[[trajectory.reports]]`` table may give, exactly one each.
FIGURE_KEYS = ("apogee_km", "range_km", "flight_min", "flight_s", "over")


@dataclass(frozen=True, slots=True)
class TrajectoryReportSpec:
    """One ``[[trajectory.reports]]`` table: one figure of the flight as a source reports it.

    Exactly one of ``apogee_m``, ``range_m``, ``flight_s`` and ``over`` (with ``window``) is
    set.
    """

    field: str
    sources: tuple[Source, ...]
    reported: str = ""
    apogee_m: float | None = None
    range_m: float | None = None
    flight_s: float | None = None
    #: An overflight: the place ("Aomori") and the reported window, first and last time.
    over: str = ""
    window: tuple[dt.datetime, dt.datetime] | None = None
    #: The scenario key the figure was given with, e.g. ``apogee_km`` (for messages).
    key: str = ""


@dataclass(frozen=True, slots=True)
class TrajectorySpec:
    """The ``[trajectory]`` table: how the track is drawn, and the flight's reported figures.

    ``model`` is ``"ballistic"`` (a Kepler arc on the rotating Earth from the launch to the
    fall that ends the track, :mod:`alertmap.geo.ballistic`) or ``"schematic"`` (the track
    through the reported waypoints, timed from the reported times; the default).
    """

    field: str = "trajectory"
    model: str = DEFAULT_TRAJECTORY_MODEL
    #: ``boost_s``: the powered phase in seconds before the free flight (an estimate), or None.
    boost_s: float | None = None
    #: ``boost_note``: the basis of that estimate.
    boost_note: str = ""
    notes: tuple[str, ...] = ()
    reports: tuple[TrajectoryReportSpec, ...] = ()


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
    #: The warning text files its ``[[warnings]]`` tables name, as read (beside the scenario).
    warning_files: tuple[str, ...] = ()
    #: ``[trajectory]``: the model of the track and the flight's reported figures.
    trajectory: TrajectorySpec = TrajectorySpec()
    #: ``[names.ja]``, ``[names.ko]``: its own text in those languages (:func:`_local_names`).
    local_names: tuple[tuple[str, str, str], ...] = ()


# --------------------------------------------------------------------------- reading


#: Fields whose text may run over several lines (tab and line breaks allowed).
_MULTILINE_KEYS = frozenset({"summary", "notes", "note", "reported", "quote", "message", "text"})
#: Fields that name something: not empty (nor only spaces) when given.
_NAME_KEYS = frozenset(
    {
        "name",
        "title",
        "id",
        "layer",
        "organisation",
        "at",
        "from",
        "between",
        "prefectures",
        "names",
        "inside",
        "outside",
        "places",
        "over",
        "file",
        "type",
        "source",
        "sources",
    }
)


def _choices(names: Iterable[str], *, limit: int = 10, ordered: bool = False) -> str:
    """Names for an error message (sorted, unless ``ordered``), the first ``limit`` of them."""
    listed = list(names) if ordered else sorted(names)
    more = f", ... ({len(listed)} in all)" if len(listed) > limit else ""
    return ", ".join(shown(n) if not n.isprintable() else n for n in listed[:limit]) + more


def _field_name(name: str) -> str:
    """A key or field path as a message shows it: as it is, or quoted and shortened when it is
    long, empty or holds characters that do not print."""
    if len(name) > SHOWN_MAX_CHARS or not name.isprintable() or not name:
        return shown(name)
    return name


class _Reader:
    """Typed access to one TOML table, with the file and field path for error messages.

    ``warned`` is shared by every reader of one file: the fields already warned about."""

    def __init__(
        self, file: str, data: Mapping[str, Any], path: str, warned: set[str] | None = None
    ) -> None:
        self.file = file
        self.data = data
        self.path = path
        self.warned: set[str] = set() if warned is None else warned

    def where(self, key: str | None = None) -> str:
        if key is None:
            return self.path or "(top level)"
        key = _field_name(key)
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str | None, expected: str, got: object = ...) -> ScenarioError:
        """The error of field ``key``: what was expected and (shortened) what arrived."""
        tail = "" if got is ... else f", got {shown(got)}"
        return ScenarioError(f"{self.file}: {self.where(key)}: expected {expected}{tail}")

    def wrap(self, key: str, err: Exception) -> ScenarioError:
        """The error of field ``key`` with the message of an error raised while reading it."""
        message = str(err)
        if len(message) > 4 * SHOWN_MAX_CHARS:
            message = message[: 4 * SHOWN_MAX_CHARS] + "…"
        return ScenarioError(f"{self.file}: {self.where(key)}: {message}")

    def warn(self, key: str, message: str) -> None:
        """One warning line about field ``key``, once per field."""
        field = self.where(key)
        if field not in self.warned:
            self.warned.add(field)
            warnings.warn(f"{self.file}: {field}: {message}", InputWarning, stacklevel=3)

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise ScenarioError(
                    f"{self.file}: {self.where(key)}: unexpected field; expected one of "
                    + ", ".join(sorted(allowed))
                )

    def has(self, key: str) -> bool:
        return key in self.data

    def _checked(self, key: str, field: str, value: str) -> str:
        """A text of field ``key`` (``field``: the key, or the key and index of a list's entry):
        no control characters, not empty when it names something; a bidirectional control
        character is warned about."""
        multiline = key in _MULTILINE_KEYS
        longest = TEXT_MAX_CHARS if multiline else URL_MAX_CHARS if key == "url" else LINE_MAX_CHARS
        if len(value) > longest:
            raise self.fail(field, f"a text of at most {longest:,} characters", value)
        bad = control_character(value, multiline=multiline)
        if bad is not None:
            raise self.fail(field, f"text without control characters (found {bad})", value)
        if key in _NAME_KEYS and not value.strip():
            raise self.fail(field, "a text that is not empty", value)
        bidi = bidi_character(value)
        if bidi is not None:
            self.warn(
                field,
                f"contains a bidirectional control character ({bidi}): the text may read "
                "differently from the characters it holds",
            )
        return value

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.data:
            if default is None:
                raise self.fail(key, "a text value (field is missing)")
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(key, "a text value", value)
        return self._checked(key, key, value)

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if key in self.data else None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            return (self._checked(key, key, value),)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "a list of text values", value)
        return tuple(self._checked(key, f"{key}[{i}]", v) for i, v in enumerate(value))

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
            # an int too large for a float is compared, never converted
            or not (isinstance(value, int) or math.isfinite(value))
            or not lo <= value <= hi
        ):
            raise self.fail(key, f"a number {lo:g}-{hi:g}", value)
        return float(value)

    def time(self, key: str) -> dt.datetime | None:
        if key not in self.data:
            return None
        value = self.data[key]
        expected = "an ISO 8601 date-time with offset, e.g. 2023-08-24T03:58:00+09:00"
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value)
            except ValueError:
                raise self.fail(key, expected, value) from None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise self.fail(key, expected, value)
        if not in_time_range(value):
            raise self.fail(key, f"a date-time in the years {TIME_RANGE_TEXT}", value.isoformat())
        return value

    def table(self, key: str) -> _Reader:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, "a table", value)
        return _Reader(self.file, value, self.where(key), self.warned)

    def tables(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"an array of tables ([[{key}]])", value)
        return [
            _Reader(self.file, v, f"{self.where(key)}[{i}]", self.warned)
            for i, v in enumerate(value)
        ]


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
#: The largest reported range of a flight (``[launch] range_km``), in km: half the equator
#: and more, a fractional orbit. A fall's ``range_km`` is a distance from the launch site, at
#: most :data:`DISTANCE_MAX_KM`.
RANGE_MAX_KM = 40_000


def _range(r: _Reader, *, hi: float = DISTANCE_MAX_KM) -> float | None:
    """``range_km`` in metres, or None when absent."""
    if not r.has("range_km"):
        return None
    return r.number("range_km", lo=1, hi=hi) * 1000.0


def _sources(r: _Reader, known: Mapping[str, Source]) -> tuple[Source, ...]:
    ids = r.texts("sources") + r.texts("source")
    out = []
    for sid in ids:
        if sid not in known:
            raise r.fail("source", f"the id of a [sources.ID] table ({_choices(known)})", sid)
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


def _position(
    r: _Reader, *, required: bool = True, any_direction: bool = False
) -> PositionSpec | None:
    """The position a table gives. With ``any_direction`` (a fall and its further reports),
    ``from`` + ``distance_km`` may come without ``bearing``: "about 700 km from X", in no
    direction said (``bearing_deg`` is None)."""
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
        # ``about = true``: "near X", "the X area": the place's point stands for an area
        return PositionSpec(field=r.where("at"), at=r.text("at"), about=r.boolean("about", False))
    if form == "position":
        return PositionSpec(field=r.where("position"), position=_parsed_position(r, "position"))
    if form == "from":
        raw = r.data.get("bearing")
        bearing: float | None = None
        wording = ""
        if raw is None and not any_direction:
            raise r.fail(
                "bearing", "a compass point (N, NNE, ... NNW) or degrees 0-360 (field is missing)"
            )
        if raw is not None:
            try:
                bearing, wording = parse_bearing(raw)
            except ValueError as err:
                raise r.wrap("bearing", err) from None
        if r.has("distance_nm") and r.has("distance_km"):
            raise r.fail(None, "one of 'distance_km' or 'distance_nm', not both")
        # no farther than the antipode: a distance along the surface
        if r.has("distance_nm"):
            distance = r.number("distance_nm", lo=0, hi=DISTANCE_MAX_NM) * NAUTICAL_MILE_M
        else:
            distance = r.number("distance_km", lo=0, hi=DISTANCE_MAX_KM) * 1000.0
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
    if same_place(pair[0], pair[1]):
        raise r.fail("between", "two different places (a gate between them)", list(pair))
    return PositionSpec(
        field=r.where("between"),
        between=(pair[0], pair[1]),
        fraction=r.number("fraction", lo=0, hi=1, default=0.5),
    )


def _parsed_position(r: _Reader, key: str, text: str | None = None) -> LonLat:
    """The position written in field ``key`` (its text, or ``text`` when given)."""
    text = r.text(key) if text is None else text
    if len(text) > POSITION_MAX_CHARS:
        raise r.fail(
            key,
            f"a position such as '39-39.60N 124-42.30E' ({POSITION_MAX_CHARS} characters at most)",
            text,
        )
    try:
        return parse_position(text)
    except GeoError as err:
        raise r.wrap(key, err) from None


def same_place(a: str, b: str) -> bool:
    """Whether two names of a ``between`` name one place: the same name, or two names the
    gazetteer finds as one entry (a name it does not know is left for the build to report)."""
    if name_key(a) == name_key(b):
        return True
    gazetteer = load_gazetteer()
    try:
        return gazetteer.resolve(a) is gazetteer.resolve(b)
    except LayersError:
        return False


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
    try:
        path.stat()  # a file that is not there is this field's error; what is in it, the file's
    except OSError as err:
        raise r.fail(
            "file", "a readable CSV track file", f"{name} ({err.__class__.__name__})"
        ) from None
    return TrackFileSpec(item=item, path=str(path), coords=read_track_csv(path))


def _warning_hazards(r: _Reader, known: Mapping[str, Source], base: Path) -> list[HazardSpec]:
    """The areas of a navigational warning file named by a [[warnings]] table."""
    from alertmap.layers.warning import parse_warning, read_warning_text, window_lines

    r.check_keys({"file", "source", "sources", "layer", "year", "note", "notes", "name"})
    name = r.text("file")
    path = base / name  # an absolute name stays as it is
    try:
        text = read_warning_text(path)
    except OSError as err:
        raise r.fail(
            "file", "a readable UTF-8 warning text file", f"{name} ({err.__class__.__name__})"
        ) from None
    year = int(r.number("year", lo=1900, hi=2200)) if r.has("year") else None
    warning = parse_warning(text, file=str(path), year=year)
    for soft in warning.warnings:
        warnings.warn(f"{path}: {soft}", InputWarning, stacklevel=2)
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
    "trajectory",
    "names",
}

#: The languages a scenario may give its own text in (``[names.ja]``, ``[names.ko]``), for maps
#: drawn in them (``alertmap render --lang ja``).
NAME_LANGUAGES = ("ja", "ko")


def _local_names(top: _Reader) -> tuple[tuple[str, str, str], ...]:
    """``[names.ja]`` and ``[names.ko]``: the scenario's own text (a title, a name, a layer's
    name, a note, a statement) as written, each with its wording in that language, as
    ``(language, text, wording)``.

    Examples
    --------
    >>> top = _Reader("s.toml", {"names": {"ja": {"Fall area: Pacific": "落下区域: 太平洋"}}}, "")
    >>> _local_names(top)
    (('ja', 'Fall area: Pacific', '落下区域: 太平洋'),)
    """
    names = top.table("names")
    names.check_keys(set(NAME_LANGUAGES))
    out = []
    for lang in NAME_LANGUAGES:
        table = names.table(lang)
        for text in table.data:
            table._checked("name", text, text)
            out.append((lang, text, table.text(text)))
    return tuple(out)


#: A key of more parts than this (``a.b.c ...``) is refused before the TOML is parsed: the
#: parser's time and memory grow with the square of a dotted key's length.
_KEY_PARTS_MAX = 100
_KEY_PART = r"""(?:[\w-]++|"[^"\\\n]*+"|'[^'\n]*+')[ \t]*+\.[ \t]*+"""
_LONG_DOTTED_KEY = re.compile(rf"""(?<![\w"'.-])(?:{_KEY_PART}){{{_KEY_PARTS_MAX}}}""")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _too_deep(text: str) -> int:
    """The line where brackets first nest deeper than :data:`NESTING_MAX`, or 1 (a rough
    count that ignores strings: for an error message only)."""
    depth = 0
    for found in re.finditer(r"[\[\]{}]", text):
        depth += 1 if found.group() in "[{" else -1
        if depth > NESTING_MAX:
            return _line_of(text, found.start())
    return 1


def _check_shape(data: dict[str, Any], file: str) -> None:
    """Refuse arrays and tables nested deeper than :data:`NESTING_MAX`, and arrays of more
    than :data:`ARRAY_MAX_ITEMS` entries (walked without recursion)."""
    pending: list[tuple[object, str, int]] = [(data, "", 0)]
    while pending:
        value, path, depth = pending.pop()
        if depth > NESTING_MAX:
            raise ScenarioError(
                f"{file}: {_field_name(path)}: expected arrays and tables nested at most "
                f"{NESTING_MAX} deep"
            )
        if isinstance(value, dict):
            pending.extend(
                (v, f"{path}.{k}" if path else str(k), depth + 1) for k, v in value.items()
            )
        elif isinstance(value, list):
            if len(value) > ARRAY_MAX_ITEMS:
                raise ScenarioError(
                    f"{file}: {_field_name(path)}: expected at most {ARRAY_MAX_ITEMS:,} entries, "
                    f"got {len(value):,}"
                )
            pending.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))


def _top(text: str, file: str) -> _Reader:
    """The whole file: valid TOML of bounded size and nesting, known top-level tables,
    format 1."""
    if len(text) > SCENARIO_MAX_BYTES:
        raise ScenarioError(
            f"{file}: expected a scenario of at most {SCENARIO_MAX_BYTES:,} characters, "
            f"got {len(text):,}"
        )
    text = text.removeprefix("\ufeff")  # a byte order mark: harmless, TOML does not allow it
    long_key = _LONG_DOTTED_KEY.search(text)
    if long_key is not None:
        raise ScenarioError(
            f"{file}: line {_line_of(text, long_key.start())}: expected a key of at most "
            f"{_KEY_PARTS_MAX} dotted parts, got {shown(long_key.group())}"
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ScenarioError(f"{file}: invalid TOML: {err}") from None
    except RecursionError:
        raise ScenarioError(
            f"{file}: line {_too_deep(text)}: expected arrays and tables nested at most "
            f"{NESTING_MAX} deep"
        ) from None
    _check_shape(data, file)
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
    for sid in sources_table.data:
        sources_table._checked("source", sid, sid)  # the id: not empty, no control characters
    return {sid: _source_table(sources_table.table(sid), sid) for sid in sources_table.data}


def _launch(top: _Reader, known: Mapping[str, Source]) -> SiteSpec:
    """The ``[launch]`` table, which every scenario has."""
    if not top.has("launch"):
        raise top.fail("launch", "a [launch] table with the launch site (field is missing)")
    t = top.table("launch")
    site = _site(t, known, default_name="Launch site", more=frozenset({"range_km"}))
    return dataclasses.replace(site, range_m=_range(t, hi=RANGE_MAX_KM))


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
            raise r.wrap("direction", err) from None
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
    report = _report(r, sources, _position(r, required=False, any_direction=True))
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
    where = _position(t, any_direction=True)
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
    corners = [_parsed_position(t, f"corners[{i}]", c) for i, c in enumerate(corners_text)]
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
    polygon = corner_polygon(ring) if len(ring) >= 3 else None
    if polygon is None or not encloses_area(polygon):
        raise t.fail(
            "corners",
            "at least three corners that enclose an area (not on one line, not repeated, "
            "not crossing)",
            list(t.texts("corners")),
        )
    if reordered:
        t.warn(
            "corners",
            "the corners as given make a ring that crosses itself; reordered into a simple "
            "polygon (joined in order around their centre)",
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
    start, end = t.time("window_start"), t.time("window_end")
    if start is not None and end is not None and end <= start:
        raise t.fail(
            "window_end", f"a time after window_start ({start.isoformat()})", end.isoformat()
        )
    return HazardSpec(
        item=_item(t, known),
        where=where,
        corners=corners,
        window_start=start,
        window_end=end,
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
        issued, lifted = t.time("issued"), t.time("lifted")
        if issued is not None and lifted is not None and lifted < issued:
            raise t.fail(
                "lifted", f"a time not before 'issued' ({issued.isoformat()})", lifted.isoformat()
            )
        messages = tuple(
            MessageSpec(
                t.where(key), AlertMessage(kind, time, prefectures=prefs, sources=item.sources)
            )
            for key, kind, time in (
                ("issued", MessageType.LAUNCH, issued),
                ("lifted", MessageType.LIFTED, lifted),
            )
            if time is not None
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
            "time",
            "messages in time order: not before the message above it "
            f"({earlier[-1].message.time.isoformat()})",
            time.isoformat(),
        )
    prefs = r.texts("prefectures") or alerted
    for i, name in enumerate(prefs):
        if name not in alerted:
            raise r.fail(
                f"prefectures[{i}]",
                f"one of the alert's prefectures ({_choices(alerted, ordered=True)})",
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


_TRAJECTORY_KEYS = {"model", "boost_s", "boost_note", "note", "notes", "reports"}
_FIGURE_REPORT_KEYS = {"source", "sources", "reported", "from", "to", *FIGURE_KEYS}


def _trajectory(
    top: _Reader,
    known: Mapping[str, Source],
    launch: SiteSpec,
    track_file: TrackFileSpec | None,
) -> TrajectorySpec:
    """The ``[trajectory]`` table (absent: a schematic track, no reported figures)."""
    t = top.table("trajectory")
    t.check_keys(_TRAJECTORY_KEYS)
    model = t.text("model", DEFAULT_TRAJECTORY_MODEL)
    if model not in TRAJECTORY_MODELS:
        raise t.fail("model", "'ballistic' or 'schematic'", model)
    ballistic = model == "ballistic"
    if ballistic and launch.time is None:
        raise t.fail(
            "model",
            "a launch time ([launch] time) with model = 'ballistic': the arc is timed from it",
        )
    if ballistic and track_file is not None:
        raise t.fail(
            "model",
            "either model = 'ballistic' or a track file ([track] file, drawn as given), not both",
        )
    boost = None
    if t.has("boost_s"):
        if not ballistic:
            raise t.fail("boost_s", "no 'boost_s' except with model = 'ballistic'")
        boost = t.number("boost_s", lo=1, hi=BOOST_MAX_S)
    if t.has("boost_note") and boost is None:
        raise t.fail("boost_note", "no 'boost_note' without 'boost_s'")
    reports = tuple(_figure_report(r, known, launch) for r in t.tables("reports"))
    return TrajectorySpec(
        field=t.where(),
        model=model,
        boost_s=boost,
        boost_note=t.text("boost_note", ""),
        notes=t.texts("notes") + t.texts("note"),
        reports=reports,
    )


def _figure_report(
    r: _Reader, known: Mapping[str, Source], launch: SiteSpec
) -> TrajectoryReportSpec:
    """One ``[[trajectory.reports]]`` table: a source and exactly one figure of the flight."""
    r.check_keys(_FIGURE_REPORT_KEYS)
    sources = _sources(r, known)
    if not sources:
        raise r.fail("source", "the id of the [sources.ID] table the figure comes from")
    given = [k for k in FIGURE_KEYS if r.has(k)]
    if len(given) != 1:
        raise r.fail(
            None,
            "exactly one figure per report: one of " + ", ".join(FIGURE_KEYS),
            given or "none",
        )
    key = given[0]
    for time_key in ("from", "to"):
        if r.has(time_key) and key != "over":
            raise r.fail(time_key, "no 'from'/'to' except with 'over' (an overflight window)")
    report = TrajectoryReportSpec(
        field=r.where(), sources=sources, reported=r.text("reported", ""), key=key
    )
    if key == "apogee_km":
        return dataclasses.replace(report, apogee_m=r.number(key, lo=1, hi=APOGEE_MAX_KM) * 1000.0)
    if key == "range_km":
        return dataclasses.replace(report, range_m=r.number(key, lo=1, hi=RANGE_MAX_KM) * 1000.0)
    if key == "flight_min":
        minutes = r.number(key, lo=0.1, hi=FLIGHT_MAX_S / 60)
        return dataclasses.replace(report, flight_s=minutes * 60.0)
    if key == "flight_s":
        return dataclasses.replace(report, flight_s=r.number(key, lo=1, hi=FLIGHT_MAX_S))
    return dataclasses.replace(report, over=r.text("over"), window=_window(r, launch))


def _window(r: _Reader, launch: SiteSpec) -> tuple[dt.datetime, dt.datetime]:
    """An overflight report's ``from`` and ``to``: both given, ``to`` not before ``from``; a
    window that opens before the launch is read with a warning."""
    start, end = r.time("from"), r.time("to")
    for key, value in (("from", start), ("to", end)):
        if value is None:
            raise r.fail(key, "an ISO 8601 date-time with offset (field is missing)")
    assert start is not None and end is not None
    if end < start:
        raise r.fail("to", f"a time not before 'from' ({start.isoformat()})", end.isoformat())
    if launch.time is not None and start < launch.time:
        r.warn(
            "from",
            f"the window ({start.isoformat()}) opens before the launch "
            f"({launch.time.isoformat()}); checked as given",
        )
    return start, end


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
    warning_tables = top.tables("warnings")
    for t in warning_tables:
        hazards.extend(_warning_hazards(t, known, base=base))
    alerts = tuple(_alert(t, known) for t in top.tables("alerts"))
    seas = tuple(_sea(t, known) for t in top.tables("seas"))
    rings = tuple(_ring(t, known) for t in top.tables("range_rings"))
    statements = tuple(_statement(t, known) for t in top.tables("statements"))
    trajectory = _trajectory(top, known, launch, track_file)
    _check_fall_ids(top, falls)
    _check_times(top, date_text, launch, falls, alerts)
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
        warning_files=tuple(str(base / t.text("file")) for t in warning_tables),
        falls=falls,
        hazards=tuple(hazards),
        alerts=alerts,
        seas=seas,
        rings=rings,
        statements=statements,
        trajectory=trajectory,
        local_names=_local_names(top),
    )


def _check_fall_ids(top: _Reader, falls: tuple[FallSpec, ...]) -> None:
    """Every fall's id (given, or ``fall-N``) differs from the others'."""
    first: dict[str, str] = {}
    for fall in falls:
        earlier = first.setdefault(fall.id, fall.item.field)
        if earlier != fall.item.field:
            raise top.fail(
                f"{fall.item.field}.id", f"an id not used by another fall ({earlier})", fall.id
            )


def _check_times(
    top: _Reader,
    date: str,
    launch: SiteSpec,
    falls: tuple[FallSpec, ...],
    alerts: tuple[AlertSpec, ...],
) -> None:
    """Times that are possible but odd, drawn with a warning each: a launch more than a day
    from the event's date, a fall or a first alert message before the launch (a time zone or
    a clock slip in a report)."""
    if launch.time is None:
        return
    days = abs((launch.time.date() - dt.date.fromisoformat(date)).days)
    if days > 1:
        top.warn(
            "launch.time",
            f"the launch ({launch.time.isoformat()}) is {days:,} days from the event's date "
            f"({date}); drawn as given",
        )
    for alert in alerts:
        first = alert.messages[0] if alert.messages else None
        if first is not None and first.message.time < launch.time:
            top.warn(
                first.field if first.field.endswith(".issued") else f"{first.field}.time",
                f"the first message ({first.message.time.isoformat()}) is before the launch "
                f"({launch.time.isoformat()}); drawn as given",
            )
    for fall in falls:
        if fall.time is not None and fall.time < launch.time:
            top.warn(
                f"{fall.item.field}.time",
                f"the fall ({fall.time.isoformat()}) is timed before the launch "
                f"({launch.time.isoformat()}); drawn as given",
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
            data = read_limited(
                path, limit=SCENARIO_MAX_BYTES, what="a scenario file", error=ScenarioError
            )
        except FileNotFoundError:
            raise ScenarioError(
                f"{name_or_path}: file not found: expected a scenario .toml file "
                "or a built-in name (" + ", ".join(builtin_names()) + ")"
            ) from None
        except OSError as err:
            raise ScenarioError(
                f"{name_or_path}: cannot read: expected a UTF-8 text file "
                f"({err.__class__.__name__})"
            ) from None
        return parse_scenario(
            decode_utf8(data, file=name_or_path, error=ScenarioError), name_or_path
        )
    return parse_scenario(builtin_text(name_or_path), f"{name_or_path}.toml")
