"""Navigational warnings (NAVAREA, HYDROPAC, NAVTEX, coastal) read into hazard areas.

A warning in the IMO/IHO/WMO format (MSC.1/Circ.1310) gives its series and number
(``NAVAREA XI 123/23``), a general area, a key subject (``SATELLITE ROCKET LAUNCHING``), time
windows in UTC, the areas (polygons of ``DD-MM.mmN DDD-MM.mmE`` corners, lettered ``A.``
``B.`` ... or unlettered, and circles ``WITHIN 5 MILES OF ...``) and its cancellation.
`parse_warning` reads that into a `NavWarning`; `to_feature_collection` exports its areas as
RFC 7946 GeoJSON.

The reading is lenient where real warnings are messy, and strict where a value is wrong:

* any case; any spacing, commas and line breaks inside and between positions
  (``28-39.92N080-38.33W``, ``28 - 39.92 N  080-38.33 W``, ``28-39.92N,\\n080-38.33W,,``,
  ``38-46.58N/120-59.10E``); Unicode dashes; ``\\r\\n`` line ends;
* lines starting with ``#`` are comments, NAVTEX envelope lines (``ZCZC GA14``, ``NNNN``) are
  skipped; line numbers in errors are those of the original text;
* a position with minutes of 60 or more, or degrees out of range, an area with fewer than three
  corners (and no circle), a date that does not exist and a text with no area at all raise
  `WarningError` naming the file and line.

Windows
-------
``121606Z TO 121854Z NOV``, ``062230Z FEB TO 140330Z FEB``, ``301500 UTC MAY TO 101500 UTC
JUN``, ``From 132200UTC To 140900UTC March``, and daily windows in either order:
``1607Z TO 1854Z DAILY 14 THRU 18 NOV``, ``DAILY 2230Z TO 0330Z 06 THRU 13 FEB`` (the hours on
each of the days; hours across midnight end the next day) and ``062230Z FEB TO 140330Z FEB
DAILY 2230Z TO 0330Z`` (the hours on each day of the period, within the period). A daily window
becomes one `TimeWindow` per day. A missing month is taken from the other end of the window,
else from the next window of the same list, else from an earlier window. The windows printed
together (``W1, ALTERNATE W2 AND W3``) form one list; once ``ALTERNATE`` appears, the rest of
the list is alternate. An area gets the list printed inside its own lettered item, else the
latest list before it (so it applies "until the next window"), else the first list after it
(``... From 132200UTC To 140900UTC March.`` after the corners). Each area is returned once,
with every window of its list in `WarningArea.windows`, the primary window first: in the
NAVAREA IV example areas A and B each have seven (the primary, an alternate, and an alternate
daily window on five days), so a map can show or hide the alternates.

Years
-----
The warning's year is that of its number (``/23``, ``/2019``), else of ``CANCEL THIS MSG ...
22``, else of the first date-time group (``220821Z DEC 2019``), else the ``year`` argument. A
year printed with a time (``JAN 26``) wins; otherwise a window starts in the year that puts it
nearest to the date-time group of the message (or its cancellation time), or in the warning's
year, and a window whose end month is before its start month ends the next year. All times
are UTC and returned timezone-aware.

Polygons
--------
Corners are joined directly (no vertices added between them) in the order printed, with
longitudes made continuous (a polygon across the antimeridian runs 179 -> 181, as everywhere in
``geo``), closed and oriented counter-clockwise.
Corners printed out of order (a ring that crosses itself) are put in order of their angle around
their centre in a local azimuthal equidistant projection (:func:`alertmap.geo.areas.corner_ring`,
shared with a scenario's ``corners``), and the warning says so in `NavWarning.warnings`.
`WarningArea.corners` keeps the corners exactly as printed, in the printed order.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import Polygon

from alertmap.geo.areas import corner_polygon, corner_ring
from alertmap.geo.coords import GeoError, LonLat, parse_latitude, parse_longitude
from alertmap.geo.geodesic import circle
from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.errors import (
    LayersError,
    decode_utf8,
    encloses_area,
    find_bidi,
    find_control,
    read_limited,
)
from alertmap.layers.errors import shown as shortened
from alertmap.layers.export import geojson_collection, geojson_feature, geojson_position

__all__ = [
    "NavWarning",
    "TimeWindow",
    "WarningArea",
    "WarningError",
    "parse_warning",
    "read_warning_text",
    "to_feature_collection",
    "window_lines",
]


class WarningError(LayersError):
    """A navigational warning that cannot be read.

    The message starts with the file and the 1-based line in the original text:
    ``FILE: line N: expected ..., got '...'``.
    """


#: The largest warning text read, in bytes (a long NAVAREA warning is a few kB).
WARNING_MAX_BYTES = 1_000_000


def read_warning_text(path: str | Path) -> str:
    """The text of a warning file: UTF-8 (a byte order mark dropped), at most
    :data:`WARNING_MAX_BYTES` (a device or a pipe is read no further).

    Raises
    ------
    WarningError
        The file is larger, or has a byte that is not UTF-8 (its line is named).
    OSError
        The file cannot be opened (missing, a folder, no permission).
    """
    file = Path(path)
    data = read_limited(file, limit=WARNING_MAX_BYTES, what="a warning text", error=WarningError)
    return decode_utf8(data, file=file, error=WarningError)


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """One time window of an area, in UTC (timezone-aware).

    A window printed as daily (``2230Z TO 0330Z DAILY 06 THRU 13 FEB``) is one `TimeWindow`
    per day, each ``daily``; a daily window that crosses midnight ends the next day.

    Attributes
    ----------
    start, end : datetime
    daily : bool
        One day of a window printed as daily.
    alternate : bool
        An alternate (back-up) window.
    """

    start: datetime
    end: datetime
    daily: bool = False
    alternate: bool = False


@dataclass(frozen=True, slots=True)
class WarningArea:
    """One area of a warning, with all its time windows.

    Attributes
    ----------
    letter : str
        ``'A'``, ``'B'`` ... as printed (upper case), ``''`` for an unlettered area.
    polygon : shapely.Polygon
        Closed, counter-clockwise, longitudes continuous (may pass ±180).
    corners : tuple of LonLat
        The corners exactly as printed, in the printed order (empty for a circle).
    circle_centre : LonLat or None
        Centre of a ``WITHIN n MILES OF`` area.
    radius_m : float or None
        Its radius in metres (nautical miles x 1852).
    windows : tuple of TimeWindow
        Every window of the area, in the order printed (the primary window first, then the
        alternates), a daily window once per day; empty when the warning prints none.
    text : str
        The area's text as printed.
    line : int
        1-based line of the area's letter (or first corner, or circle) in the original text.
    """

    letter: str
    polygon: Polygon
    corners: tuple[LonLat, ...]
    circle_centre: LonLat | None
    radius_m: float | None
    windows: tuple[TimeWindow, ...]
    text: str
    line: int

    @property
    def window_start(self) -> datetime | None:
        """The first start of its windows, or None."""
        return min((w.start for w in self.windows), default=None)

    @property
    def window_end(self) -> datetime | None:
        """The last end of its windows, or None."""
        return max((w.end for w in self.windows), default=None)


@dataclass(frozen=True, slots=True)
class NavWarning:
    """A parsed navigational warning.

    Attributes
    ----------
    id : str or None
        Series and number, e.g. ``'NAVAREA XI 123/23'``, ``'HYDROPAC 3475/25'``,
        ``'NAVAREA XII 656/2019'`` (upper case, single spaces).
    year : int or None
        The warning's year (see the module notes).
    areas : tuple of WarningArea
        Every area once, in the order printed, with the windows of its window list.
    cancels : tuple of str
        Ids of the warnings this one cancels (``CANCEL NAVAREA IV 1165/22``).
    cancel_at : datetime or None
        ``CANCEL THIS MSG ddhhmmZ MON YY``, in UTC.
    subject : str
        Key subject, upper case: ``'HAZARDOUS OPERATIONS, ROCKET LAUNCHING'``; ``''`` if none.
    general_area : str
        First line of the preamble, upper case: ``'WESTERN NORTH ATLANTIC'``; ``''`` if none.
    issued : datetime or None
        The first date-time group standing alone (time of origin, or the authority's).
    warnings : tuple of str
        Soft problems: corners reordered, positions outside the lettered areas ignored, a note
        that the warning was cancelled by another.
    """

    id: str | None
    year: int | None
    areas: tuple[WarningArea, ...]
    cancels: tuple[str, ...]
    cancel_at: datetime | None
    subject: str
    general_area: str
    issued: datetime | None
    warnings: tuple[str, ...]


# --- Patterns ---------------------------------------------------------------------------------

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2212"
_DASH = f"[{_DASHES}]"
_MONTH = (
    r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![A-Z])"
)
_MONTHS = {name: number for number, name in enumerate(calendar.month_abbr) if name}


def _year_after(p: str) -> str:
    """A two- or four-digit year after a month, not a position's degrees or a day range."""
    return (
        rf"(?:[ \t]*,?[ \t]*(?P<{p}year>\d{{4}}|\d{{2}})"
        rf"(?![\d/:]|\.\d|\s*{_DASH}|\s*THRU))"
    )


def _coordinate(name: str, hemispheres: str) -> str:
    """Degrees-minutes(-seconds) with a hemisphere; any spacing around the parts."""
    return (
        rf"(?P<{name}>(?<![\d{_DASHES}])(?<!\d\.)\d{{1,3}}\s*{_DASH}\s*\d{{1,3}}(?:\.\d+)?"
        rf"(?:\s*{_DASH}\s*\d{{1,2}}(?:\.\d+)?)?\s*[{hemispheres}])"
    )


def _time(p: str, *, six_digits: bool = False, zone: bool = True) -> str:
    """``DDHHMMZ`` (or ``HHMMZ``), ``UTC``/``Z`` optional or not, then ``MON`` and ``YY``."""
    digits = r"\d{6}" if six_digits else r"\d{6}|\d{4}"
    zone_text = r"[ \t]*(?:UTC|GMT|UT|Z)(?![A-Z])"
    return (
        rf"(?<![\d/.{_DASHES}])(?P<{p}digits>{digits})(?!\d)"
        rf"{zone_text if zone else f'(?:{zone_text})?'}"
        rf"(?:\s*(?P<{p}month>{_MONTH}){_year_after(p)}?)?"
    )


def _hours(p: str) -> str:
    """A time of day ``HHMMZ`` (the hours of a daily window), ``UTC``/``Z`` optional."""
    return rf"(?<![\d/.{_DASHES}])(?P<{p}digits>\d{{4}})(?!\d)(?:[ \t]*(?:UTC|GMT|UT|Z)(?![A-Z]))?"


_FLAGS = re.IGNORECASE
_POSITION_RE = re.compile(
    _coordinate("lat", "NS") + r"[\s,;/]*" + _coordinate("lon", "EW") + r"(?![A-Z])", _FLAGS
)
_PARTS_RE = re.compile(rf"(\d+){_DASH}(\d+(?:\.\d+)?)(?:{_DASH}(\d+(?:\.\d+)?))?([NSEW])", _FLAGS)
_BROKEN_RE = re.compile(
    _coordinate("lat", "NS")
    + rf"[\s,;/]*(?P<rest>\d{{1,3}}\s*{_DASH}\s*\d{{1,3}}(?:\.\d+)?)(?![\d.])(?!\s*[EW](?![A-Z]))"
    + "|"
    + rf"(?P<head>(?<![\d{_DASHES}])(?<!\d\.)\d{{1,3}}\s*{_DASH}\s*\d{{1,3}}(?:\.\d+)?)(?![\d.])"
    + r"(?!\s*[NS])[\s,;/]*"
    + _coordinate("lon", "EW"),
    _FLAGS,
)
_DAYS = (
    rf"(?<![\d.])(?P<d1>\d{{1,2}})(?:\s*(?P<m1>{_MONTH}))?"
    rf"(?:\s*(?:THRU|THROUGH|TO|UNTIL|TILL|{_DASH})\s*(?P<d2>\d{{1,2}}))?"
    rf"\s*(?P<dmonth>{_MONTH}){_year_after('d')}?"
)
_WINDOW_RE = re.compile(
    rf"(?:(?P<daily0>DAILY)\s*,?\s*)?(?:(?:FROM|BETWEEN)\s+)?{_time('a')}"
    rf"\s*(?:TO|THRU|THROUGH|UNTIL|TILL|{_DASH})\s*{_time('b')}"
    rf"(?:\s*,?\s*(?P<daily1>DAILY)?\s*,?\s*(?:(?:FROM|ON)\s+)?{_DAYS})?"
    rf"(?:\s*,?\s*(?P<daily3>DAILY)\s*,?\s*(?:(?:FROM|BETWEEN)\s+)?{_hours('h')}"
    rf"\s*(?:TO|THRU|THROUGH|UNTIL|TILL|AND|{_DASH})\s*{_hours('i')})?"
    rf"(?:\s*,?\s*(?P<daily2>DAILY)(?![A-Z]))?",
    _FLAGS,
)
_CANCEL_THIS_RE = re.compile(
    r"\b(?:CANCEL|CNL|CANX)\s+(?:THIS\s+)?(?:MSG|MESSAGE)\b\s*[:.]?\s*(?:AT\s+)?"
    + _time("c", six_digits=True, zone=False),
    _FLAGS,
)
_DTG_RE = re.compile(_time("g", six_digits=True), _FLAGS)
_SERIES = r"NAVAREA\s+[IVXL]{1,5}|HYDRO(?:PAC|LANT|ARC)"
_ID_RE = re.compile(
    rf"(?<![A-Z])(?P<series>{_SERIES})\s*(?P<number>\d{{1,5}})\s*/\s*(?P<year>\d{{4}}|\d{{2}})(?!\d)",
    _FLAGS,
)
_CANCEL_IDS_RE = re.compile(
    r"\b(?:CANCEL|CNL|CANX)\b(?!\s+(?:THIS\s+)?(?:MSG|MESSAGE)\b)(?P<body>[^.]*)", _FLAGS
)
_BARE_NUMBER_RE = re.compile(r"(?<![\d/])(?P<number>\d{1,5})\s*/\s*(?P<year>\d{4}|\d{2})(?!\d)")
_CANCELLED_BY_RE = re.compile(r"\bCANCELL?ED\s+BY\s+", _FLAGS)
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s:;,/]))(?P<letter>[A-Z])[.)]"
    r"(?=\s*(?:\d|ALTERNAT|BACK|FROM|WITHIN|IN\s|AREA|DAILY|BOUND|BETWEEN|RADIUS))",
    _FLAGS | re.MULTILINE,
)
_PARAGRAPH_RE = re.compile(r"^[ \t]*\d{1,2}[.)](?=\s)", re.MULTILINE)
_AREA_PHRASE_RE = re.compile(
    r"\b(?:(?:IN|WITHIN)\s+)?(?:THE\s+|AN?\s+)?AREAS?\s+(?:BOUNDED|BOUND|ENCLOSED|DEFINED)\s+BY\b"
    r"(?:\s+THE\s+LINES?\s+JOINING\b)?|\bBOUNDED\s+BY\s+THE\s+LINES?\s+JOINING\b",
    _FLAGS,
)
_UNITS = {
    "NAUTICAL": NAUTICAL_MILE_M,
    "NM": NAUTICAL_MILE_M,
    "NMI": NAUTICAL_MILE_M,
    "MILE": NAUTICAL_MILE_M,
    "MILES": NAUTICAL_MILE_M,
    "KM": 1000.0,
    "KILOMETER": 1000.0,
    "KILOMETERS": 1000.0,
    "KILOMETRE": 1000.0,
    "KILOMETRES": 1000.0,
    "CABLE": 185.2,
    "CABLES": 185.2,
    "YARD": 0.9144,
    "YARDS": 0.9144,
    "YDS": 0.9144,
    "METER": 1.0,
    "METERS": 1.0,
    "METRE": 1.0,
    "METRES": 1.0,
}


def _distance(n: str) -> str:
    """A radius and its unit (miles in warnings are nautical miles)."""
    return (
        rf"(?P<radius{n}>\d+(?:\.\d+)?)\s*(?P<unit{n}>NAUTICAL(?=\s+MILES?)|NMI|NM|MILES?"
        r"|KILOMET(?:ER|RE)S?|KM|CABLES?|YARDS?|YDS|MET(?:ER|RE)S?)(?:\s+MILES?)?\.?"
    )


_CIRCLE_RE = re.compile(
    rf"\bWITHIN\s+(?:A\s+)?(?:RADIUS\s+OF\s+)?{_distance('1')}\s+(?:RADIUS\s+)?(?:OF|FROM|AROUND)\b"
    rf"|\b{_distance('2')}\s+RADIUS\s+(?:OF|AROUND|FROM|CENT(?:ERE|RE)D\s+(?:ON|AT))\b"
    rf"|\bRADIUS\s+OF\s+{_distance('3')}\s+(?:CENT(?:ERE|RE)D\s+(?:ON|AT)|AROUND|FROM|OF)\b",
    _FLAGS,
)
_CENTRE_LEAD_RE = re.compile(r"\s*:?\s*(?:POSITION\s+)?")
_CHAIN_RE = re.compile(r"[\s,;]*(?:AND\s+)?", _FLAGS)
_RUN_GAP_RE = re.compile(r"[\s,;/]*(?:(?:AND|TO|THENCE|THEN)\b[\s,;/]*)?", _FLAGS)
_ALTERNATE_RE = re.compile(r"\b(?:ALTERNAT(?:E|IVE)(?:LY)?|BACK-?UP)\b", _FLAGS)
_IGNORED_LINE_RE = re.compile(r"^[ \t]*(?:#.*|ZCZC\b.*|NNNN[ \t\r]*)$", _FLAGS | re.MULTILINE)
_CHART_LINE_RE = re.compile(r"^(?:DNC|CHARTS?|INT|BA|JP|ENC)\b[\s.]*\d", _FLAGS)
_SUBJECT_WORDS_RE = re.compile(
    r"\b(?:OPERATIONS?|LAUNCH\w*|FIRING|EXERCISES?|ROCKETS?|MISSILES?|SATELLITES?|GUNNERY"
    r"|MILITARY|SPACE|DEBRIS|DANGEROUS|HAZARD\w*)\b",
    _FLAGS,
)
_TRAILING_WORDS = frozenset({"IN", "FROM", "DURING", "BETWEEN", "ON", "AT", "WITHIN", "OF"})


# --- Source text and tokens -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Source:
    """The original text, a copy with comments and envelope blanked, and line lookup."""

    text: str
    work: str
    file: str
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, file: str) -> _Source:
        work = _IGNORED_LINE_RE.sub(lambda m: " " * len(m.group()), text)
        starts = (0, *(m.end() for m in re.finditer("\n", text)))
        return cls(text, work, file, starts)

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def line_start(self, offset: int) -> int:
        return self.line_starts[self.line(offset) - 1]

    def error(self, offset: int, expected: str, got: str) -> WarningError:
        return WarningError(
            f"{self.file}: line {self.line(offset)}: expected {expected}, got {shortened(got)}"
        )


@dataclass(frozen=True, slots=True)
class _Position:
    start: int
    end: int
    point: LonLat


@dataclass(frozen=True, slots=True)
class _Stamp:
    """A UTC time as printed; day, month and year may be missing."""

    day: int | None
    hour: int
    minute: int
    month: int | None
    year: int | None


@dataclass(frozen=True, slots=True)
class _Window:
    start: int
    end: int
    first: _Stamp
    last: _Stamp
    days: tuple[_Stamp, _Stamp] | None  # an explicit day range (DAILY 14 THRU 18 NOV)
    daily: bool
    alternate: bool = False
    hours: tuple[_Stamp, _Stamp] | None = None  # ... 140330Z FEB DAILY 2230Z TO 0330Z

    def month(self) -> int | None:
        """The first month printed in the window, if any."""
        months = [self.first.month, self.last.month]
        if self.days is not None:
            months += [self.days[0].month, self.days[1].month]
        return next((m for m in months if m is not None), None)


@dataclass(frozen=True, slots=True)
class _Circle:
    start: int
    end: int
    radius_m: float
    centres: tuple[_Position, ...]


@dataclass(frozen=True, slots=True)
class _Draft:
    """An area before its window: letter, where it is, and its corners or circle."""

    letter: str
    start: int
    end: int
    corners: tuple[_Position, ...] = ()
    centre: _Position | None = None
    radius_m: float | None = None
    lettered: bool = False


def _squash(text: str) -> str:
    return " ".join(text.split())


def _year(digits: str | None) -> int | None:
    if digits is None:
        return None
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def _month(name: str | None) -> int | None:
    return None if name is None else _MONTHS[name[:3].title()]


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


# --- Positions --------------------------------------------------------------------------------


def _coordinate_value(src: _Source, text: str, offset: int, kind: str) -> float:
    """Degrees of one latitude or longitude as printed; range and minutes checked."""
    compact = re.sub(r"\s+", "", text)
    shown = _squash(text)
    parts = _PARTS_RE.fullmatch(compact)
    if parts is None:  # pragma: no cover - the position pattern only lets these forms through
        raise src.error(offset, f"a {kind} in the form DD-MM.mm", shown)
    limit = 90.0 if kind == "latitude" else 180.0
    for unit, field in (("minutes", parts.group(2)), ("seconds", parts.group(3))):
        if field is not None and float(field) >= 60.0:
            raise src.error(offset, f"{kind} {unit} below 60", shown)
    try:
        value = parse_latitude(compact) if kind == "latitude" else parse_longitude(compact)
    except GeoError:
        raise src.error(offset, f"a {kind} within 0-{limit:g} degrees", shown) from None
    return value


def _positions(src: _Source) -> list[_Position]:
    """Every ``DD-MM.mmN DDD-MM.mmE`` position; broken ones raise `WarningError`."""
    found = []
    for m in _POSITION_RE.finditer(src.work):
        lat = _coordinate_value(src, m.group("lat"), m.start("lat"), "latitude")
        lon = _coordinate_value(src, m.group("lon"), m.start("lon"), "longitude")
        found.append(_Position(m.start(), m.end(), LonLat(lon, lat)))
    spans = [(p.start, p.end) for p in found]
    for m in _BROKEN_RE.finditer(src.work):
        if m.group("rest") is not None and not _overlaps(m.start("rest"), m.end("rest"), spans):
            raise src.error(
                m.start("rest"), "a longitude 'DDD-MM.mmE' or 'DDD-MM.mmW'", _squash(m.group())
            )
        if m.group("head") is not None and not _overlaps(m.start("head"), m.end("head"), spans):
            raise src.error(
                m.start("head"), "a latitude 'DD-MM.mmN' or 'DD-MM.mmS'", _squash(m.group())
            )
    return found


# --- Times ------------------------------------------------------------------------------------


def _stamp(src: _Source, m: re.Match[str], p: str) -> _Stamp:
    digits = m.group(f"{p}digits")
    day = int(digits[:2]) if len(digits) == 6 else None
    hour, minute = int(digits[-4:-2]), int(digits[-2:])
    if day is not None and not 1 <= day <= 31:
        raise src.error(m.start(f"{p}digits"), "a day 01-31 in DDHHMMZ", digits)
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        raise src.error(m.start(f"{p}digits"), "a time HHMM from 0000 to 2400", digits)
    groups = m.groupdict()  # the hours of a daily window have no month or year
    return _Stamp(day, hour, minute, _month(groups.get(f"{p}month")), _year(groups.get(f"{p}year")))


def _windows(src: _Source) -> list[_Window]:
    windows = []
    for m in _WINDOW_RE.finditer(src.work):
        first, last = _stamp(src, m, "a"), _stamp(src, m, "b")
        days = None
        if m.group("d1") is not None:
            year = _year(m.group("dyear"))
            month = _month(m.group("dmonth"))
            d1, d2 = int(m.group("d1")), int(m.group("d2") or m.group("d1"))
            days = (_Stamp(d1, 0, 0, _month(m.group("m1")), None), _Stamp(d2, 0, 0, month, year))
        daily = any(m.group(g) for g in ("daily0", "daily1", "daily2", "daily3"))
        hours = (_stamp(src, m, "h"), _stamp(src, m, "i")) if m.group("hdigits") else None
        if days is None and first.day is None:
            raise src.error(
                m.start(),
                "a window with days ('DDHHMMZ TO DDHHMMZ MON' or 'DAILY dd THRU dd MON')",
                _squash(m.group()),
            )
        windows.append(_Window(m.start(), m.end(), first, last, days, daily, hours=hours))
    return windows


def _date(
    src: _Source, offset: int, year: int, month: int, day: int, hour: int, minute: int
) -> datetime:
    if day > calendar.monthrange(year, month)[1]:
        raise src.error(
            offset, "a day that exists", f"{day:02d} {calendar.month_abbr[month].upper()} {year}"
        )
    return datetime(year, month, day, tzinfo=UTC) + timedelta(hours=hour, minutes=minute)


@dataclass(frozen=True, slots=True)
class _Years:
    """How to complete a date that was printed without a year."""

    message_year: int | None
    reference: datetime | None

    def pick(self, src: _Source, offset: int, month: int, day: int, shown: str) -> int:
        if self.reference is not None:
            ref = self.reference
            candidates = [
                y
                for y in (ref.year - 1, ref.year, ref.year + 1)
                if day <= calendar.monthrange(y, month)[1]
            ]
            if candidates:
                return min(candidates, key=lambda y: abs(datetime(y, month, day, tzinfo=UTC) - ref))
        if self.message_year is not None:
            return self.message_year
        raise src.error(
            offset,
            "a year (a warning number such as 123/23, a date-time group such as "
            "220821Z DEC 2019, or the year argument)",
            shown,
        )


def _previous_month(month: int) -> int:
    return 12 if month == 1 else month - 1


def _next_month(month: int) -> int:
    return 1 if month == 12 else month + 1


def _resolve_window(
    src: _Source, window: _Window, hint: int | None, years: _Years
) -> tuple[datetime, datetime]:
    """Start and end of a window in UTC, with missing months and years completed."""
    shown = _squash(src.text[window.start : window.end])
    first, last = window.first, window.last
    if window.days is not None:
        begin, finish = window.days
    else:
        assert first.day is not None  # _windows refuses a window without days
        begin = first
        finish = last if last.day is not None else _Stamp(first.day, 0, 0, last.month, last.year)
    start_day, end_day = begin.day or 1, finish.day or 1
    start_month, end_month = begin.month or first.month, finish.month or last.month
    if start_month is None and end_month is None:
        if hint is None:
            raise src.error(window.start, "a month in the window", shown)
        start_month = end_month = hint
    elif start_month is None:
        assert end_month is not None
        start_month = end_month if start_day <= end_day else _previous_month(end_month)
    elif end_month is None:
        end_month = start_month if end_day >= start_day else _next_month(start_month)
    start_year = begin.year or first.year
    end_year = finish.year or last.year
    if start_year is None:
        if end_year is not None:
            start_year = end_year if start_month <= end_month else end_year - 1
        else:
            start_year = years.pick(src, window.start, start_month, start_day, shown)
    if end_year is None:
        end_year = start_year if end_month >= start_month else start_year + 1
    start = _date(src, window.start, start_year, start_month, start_day, first.hour, first.minute)
    end = _date(src, window.start, end_year, end_month, end_day, last.hour, last.minute)
    if window.days is not None and (last.hour, last.minute) < (first.hour, first.minute):
        end += timedelta(days=1)  # overnight: 2200Z TO 0200Z DAILY ...
    elif window.days is None and window.last.day is None and end < start:
        end += timedelta(days=1)
    if end <= start:
        raise src.error(window.start, "a window that ends after it starts", shown)
    return start, end


def _daily_windows(
    src: _Source, window: _Window, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """The window, or for a daily window its hours on each day from ``start`` to ``end``
    (the parts of those hours inside the period; hours across midnight end the next day)."""
    if not window.daily:
        return [(start, end)]
    opens, closes = window.hours or (window.first, window.last)
    open_at = timedelta(hours=opens.hour, minutes=opens.minute)
    close_at = timedelta(hours=closes.hour, minutes=closes.minute)
    if close_at <= open_at:
        close_at += timedelta(days=1)  # overnight: 2230Z TO 0330Z
    day = datetime(start.year, start.month, start.day, tzinfo=UTC) - timedelta(days=1)
    out = []
    while day + open_at < end:
        first, last = max(day + open_at, start), min(day + close_at, end)
        if first < last:
            out.append((first, last))
        day += timedelta(days=1)
    if not out:
        shown = _squash(src.text[window.start : window.end])
        raise src.error(window.start, "daily hours that fall inside the window's days", shown)
    return out


def _resolve_stamp(
    src: _Source, offset: int, stamp: _Stamp, hint: int | None, years: _Years, shown: str
) -> datetime:
    month = stamp.month or hint
    if month is None or stamp.day is None:
        raise src.error(offset, "a date-time group 'DDHHMMZ MON YY'", shown)
    year = stamp.year or years.pick(src, offset, month, stamp.day, shown)
    return _date(src, offset, year, month, stamp.day, stamp.hour, stamp.minute)


# --- Ids and cancellations --------------------------------------------------------------------


def _id_text(m: re.Match[str]) -> str:
    return f"{_squash(m.group('series')).upper()} {m.group('number')}/{m.group('year')}"


@dataclass(frozen=True, slots=True)
class _Ids:
    own: re.Match[str] | None
    cancels: tuple[str, ...]
    cancelled_by: tuple[str, ...]


def _ids(src: _Source) -> _Ids:
    cancels: list[str] = []
    bodies: list[tuple[int, int]] = []
    for clause in _CANCEL_IDS_RE.finditer(src.work):
        bodies.append(clause.span("body"))
        series = None
        body = clause.group("body")
        at = 0
        while True:
            full = _ID_RE.search(body, at)
            bare = _BARE_NUMBER_RE.search(body, at)
            if full is not None and (bare is None or full.start() <= bare.start()):
                series = _squash(full.group("series")).upper()
                cancels.append(_id_text(full))
                at = full.end()
            elif bare is not None and series is not None:
                cancels.append(f"{series} {bare.group('number')}/{bare.group('year')}")
                at = bare.end()
            else:
                break
    cancelled_by: list[str] = []
    own = None
    for m in _ID_RE.finditer(src.work):
        before = _CANCELLED_BY_RE.search(src.work, max(0, m.start() - 40), m.start())
        if before is not None and before.end() == m.start():
            cancelled_by.append(_id_text(m))
        elif own is None and not _overlaps(m.start(), m.end(), bodies):
            own = m
    return _Ids(own, tuple(dict.fromkeys(cancels)), tuple(cancelled_by))


# --- Areas ------------------------------------------------------------------------------------


def _labels(src: _Source) -> list[tuple[int, str]]:
    """Area letters ``A.`` ``B.`` ... in sequence (a new ``A.`` starts a new sequence)."""
    accepted: list[tuple[int, str]] = []
    expected = "A"
    for m in _LABEL_RE.finditer(src.work):
        letter = m.group("letter").upper()
        if letter in (expected, "A"):
            accepted.append((m.start(), letter))
            expected = chr(ord(letter) + 1)
    return accepted


def _segments(
    src: _Source, labels: list[tuple[int, str]], paragraphs: list[int]
) -> list[tuple[str, int, int]]:
    """Each letter's stretch of text: to the next letter or numbered paragraph."""
    segments = []
    for i, (start, letter) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(src.work)
        end = next((p for p in paragraphs if start < p < end), end)
        segments.append((letter, start, end))
    return segments


def _circles(
    src: _Source, positions: list[_Position]
) -> tuple[list[_Circle], list[tuple[int, float]]]:
    """``WITHIN n MILES OF <position>[, <position> ...]``, and radii given before lettered
    single positions (``IN AREAS WITHIN 2 MILES OF: A. ... B. ...``)."""
    by_start = {p.start: p for p in positions}
    circles, shared = [], []
    for m in _CIRCLE_RE.finditer(src.work):
        n = next(i for i in "123" if m.group(f"radius{i}") is not None)
        unit = m.group(f"unit{n}").upper()
        radius_m = float(m.group(f"radius{n}")) * _UNITS[unit.split()[0]]
        if radius_m <= 0.0:
            raise src.error(m.start(), "a radius above 0", _squash(m.group()))
        lead = _CENTRE_LEAD_RE.match(src.work, m.end())
        centre = by_start.get(lead.end() if lead else m.end())
        if centre is None:
            shared.append((m.start(), radius_m))
            continue
        centres = [centre]
        while True:
            gap = _CHAIN_RE.match(src.work, centres[-1].end)
            following = by_start.get(gap.end()) if gap else None
            if following is None:
                break
            centres.append(following)
        circles.append(_Circle(m.start(), centres[-1].end, radius_m, tuple(centres)))
    return circles, shared


def _runs(src: _Source, corners: list[_Position]) -> list[list[_Position]]:
    """Unlettered corners split into lists printed together (only commas, spaces, AND between)."""
    runs: list[list[_Position]] = []
    for p in corners:
        gap = _RUN_GAP_RE.match(src.work, runs[-1][-1].end) if runs else None
        if gap is not None and gap.end() == p.start:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _unlettered(src: _Source, corners: list[_Position], circles: list[_Circle]) -> list[_Draft]:
    drafts = [
        _Draft("", circ.start, circ.end, centre=centre, radius_m=circ.radius_m)
        for circ in circles
        for centre in circ.centres
    ]
    previous_end = 0
    for run in _runs(src, corners):
        start = run[0].start
        phrases = [m.start() for m in _AREA_PHRASE_RE.finditer(src.work, previous_end, start)]
        if phrases:
            start = phrases[-1]
        end = run[-1].end + (1 if src.work[run[-1].end : run[-1].end + 1] == "." else 0)
        drafts.append(_Draft("", start, end, corners=tuple(run)))
        previous_end = end
    return sorted(drafts, key=_draft_order)


def _draft_order(draft: _Draft) -> int:
    return draft.centre.start if draft.centre is not None else draft.corners[0].start


def _drafts(
    src: _Source,
    positions: list[_Position],
    labels: list[tuple[int, str]],
    paragraphs: list[int],
) -> tuple[list[_Draft], list[str]]:
    """The areas: per letter (or unlettered), a polygon of corners or a circle per centre."""
    circles, shared = _circles(src, positions)
    centre_starts = {c.start for circ in circles for c in circ.centres}
    corners = [p for p in positions if p.start not in centre_starts]
    segments = _segments(src, labels, paragraphs)
    with_positions = [
        (start, letter)
        for (start, letter), (_, _, end) in zip(labels, segments, strict=True)
        if any(start <= p.start < end for p in positions)
    ]
    if not with_positions:
        return _unlettered(src, corners, circles), []
    drafts: list[_Draft] = []
    inside: set[int] = set()
    for letter, start, end in _segments(src, with_positions, paragraphs):
        own_circles = [c for c in circles if start <= c.start < end]
        own_corners = [p for p in corners if start <= p.start < end]
        inside.update(p.start for p in positions if start <= p.start < end)
        for circ in own_circles:
            drafts.extend(
                _Draft(letter, start, end, centre=c, radius_m=circ.radius_m, lettered=True)
                for c in circ.centres
            )
        if not own_corners:
            continue
        radius = next((r for at, r in reversed(shared) if at < start), None)
        if len(own_corners) == 1 and radius is not None and not own_circles:
            drafts.append(
                _Draft(letter, start, end, centre=own_corners[0], radius_m=radius, lettered=True)
            )
        else:
            drafts.append(_Draft(letter, start, end, corners=tuple(own_corners), lettered=True))
    ignored = [p for p in positions if p.start not in inside]
    notes = [
        f"line {src.line(p.start)}: position {_squash(src.text[p.start : p.end])!r} is outside "
        "the lettered areas; ignored"
        for p in ignored
    ]
    return drafts, notes


def _draft_line(draft: _Draft) -> int:
    """Offset whose line an area reports: its letter, first corner or circle."""
    return draft.start if draft.lettered or draft.centre is not None else draft.corners[0].start


def _area_name(draft: _Draft) -> str:
    return f"area {draft.letter}" if draft.letter else "the area"


def _polygon(src: _Source, draft: _Draft) -> tuple[Polygon, str | None]:
    """The draft's polygon (closed, counter-clockwise) and a note if corners were reordered."""
    shown = _squash(src.text[draft.start : draft.end])
    if draft.centre is not None:
        assert draft.radius_m is not None
        try:
            return circle(draft.centre.point, draft.radius_m), None
        except GeoError as error:
            raise src.error(
                _draft_line(draft), f"a circle that keeps the poles out ({error})", shown
            ) from None
    ring, reordered = corner_ring([p.point for p in draft.corners])
    if len(ring) < 3:
        raise src.error(
            _draft_line(draft),
            f"at least 3 corners (or 'WITHIN n MILES OF' a position) in {_area_name(draft)}",
            shown,
        )
    note = None
    if reordered:
        note = (
            f"line {src.line(_draft_line(draft))}: {_area_name(draft)}: the corners as printed "
            "make a ring that crosses itself; joined in order around their centre instead"
        )
    polygon = corner_polygon(ring)
    if not encloses_area(polygon):
        raise src.error(_draft_line(draft), f"corners that enclose {_area_name(draft)}", shown)
    oriented: Polygon = shapely.orient_polygons(polygon, exterior_cw=False)
    return oriented, note


# --- Windows to areas -------------------------------------------------------------------------


def _window_lists(
    src: _Source, windows: list[_Window], area_tokens: list[tuple[int, int]]
) -> list[list[_Window]]:
    """Windows printed together (no area letter or position between), alternate flags set."""
    lists: list[list[_Window]] = []
    token_ends = sorted(end for _, end in area_tokens)
    previous: _Window | None = None
    for window in sorted(windows, key=lambda w: w.start):
        together = previous is not None and not any(
            previous.end <= start < window.start for start, _ in area_tokens
        )
        boundary = max(
            [e for e in token_ends if e <= window.start] + ([previous.end] if previous else [0])
        )
        alternate = bool(_ALTERNATE_RE.search(src.work, boundary, window.start)) or (
            together and previous is not None and previous.alternate
        )
        window = replace(window, alternate=alternate)
        if together:
            lists[-1].append(window)
        else:
            lists.append([window])
        previous = window
    return lists


def _month_hints(lists: list[list[_Window]], fallback: int | None) -> dict[int, int | None]:
    """For each window (by start offset), the month to use if it prints none."""
    flat = [w for group in lists for w in group]
    hints: dict[int, int | None] = {}
    for group in lists:
        for i, window in enumerate(group):
            later_in_list = [w.month() for w in group[i + 1 :] if w.month() is not None]
            before = [w.month() for w in flat if w.start < window.start and w.month() is not None]
            after = [w.month() for w in flat if w.start > window.start and w.month() is not None]
            hints[window.start] = next(iter(later_in_list + before[::-1] + after), fallback)
    return hints


def _list_for(draft: _Draft, lists: list[list[_Window]]) -> list[_Window]:
    """The window list of an area: its own, else the latest before it, else the first after."""
    if draft.lettered:
        own = [g for g in lists if draft.start <= g[0].start < draft.end]
        if own:
            return own[0]
    before = [g for g in lists if g[0].start < draft.start]
    if before:
        return before[-1]
    return next((g for g in lists if g[0].start >= draft.start), [])


# --- Preamble: subject and general area ---------------------------------------------------------


def _clean_subject(text: str) -> str:
    """Upper case, single spaces, without the trailing 'IN', 'FROM' ... and punctuation."""
    words = _squash(text).upper().strip(" ,.:;-").split()
    while words and words[-1].strip(",.:;") in _TRAILING_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,.:;-")


def _preamble(
    src: _Source,
    first_content: int,
    paragraphs: list[int],
    skip_spans: list[tuple[int, int]],
) -> tuple[str, str]:
    """Key subject and general area, from the text before the first window or area."""
    numbered = [p for p in paragraphs if p < first_content]
    if numbered:
        number = _PARAGRAPH_RE.match(src.work, numbered[-1])
        assert number is not None
        subject = _clean_subject(src.work[number.end() : first_content])
        header_end = numbered[-1]
    else:
        header_end = src.line_start(first_content)
        subject = _clean_subject(src.work[header_end:first_content])
    header = []
    for m in re.finditer(r"[^\n]+", src.work[:header_end]):
        line = m.group().strip()
        rest = _DTG_RE.sub("", line).strip(" .,;:")
        if (
            not line
            or line.startswith("(")
            or _CHART_LINE_RE.match(line)
            or not rest
            or _overlaps(m.start(), m.end(), skip_spans)
        ):
            continue
        header.append(line)
    if not subject:
        keyed = [i for i, line in enumerate(header) if _SUBJECT_WORDS_RE.search(line)]
        if keyed:
            subject = _clean_subject(header.pop(keyed[-1]))
    general_area = _squash(header[0]).upper().rstrip(" .,;:") if header else ""
    return subject, general_area


# --- Public API -------------------------------------------------------------------------------


def parse_warning(text: str, *, file: str = "<warning>", year: int | None = None) -> NavWarning:
    """Read a navigational warning into its areas, windows and cancellations.

    Parameters
    ----------
    text : str
        The warning as broadcast or published (see the module notes for the forms read).
    file : str, default '<warning>'
        Name used in error messages.
    year : int, optional
        Year for dates when the message states none (``2023`` or ``23``).

    Returns
    -------
    NavWarning

    Raises
    ------
    WarningError
        ``FILE: line N: expected ..., got '...'`` for a wrong position, an area with fewer than
        three corners, an impossible date, a date whose year cannot be known, or no area.

    Examples
    --------
    >>> warning = parse_warning('''NAVAREA IV 1234/22
    ... WESTERN NORTH ATLANTIC.
    ... 1. ROCKET LAUNCHING 121606Z TO 121854Z NOV
    ...    IN AREA BOUND BY 28-39.92N 080-38.33W, 28-40.00N 079-44.00W,
    ...    28-28.00N 079-40.00W, 28-29.97N 080-32.29W.
    ... 2. CANCEL THIS MSG 121954Z NOV 22.''')
    >>> warning.id, warning.year, warning.subject, warning.general_area
    ('NAVAREA IV 1234/22', 2022, 'ROCKET LAUNCHING', 'WESTERN NORTH ATLANTIC')
    >>> area = warning.areas[0]
    >>> area.corners[0]
    LonLat(lon=-80.63883333333334, lat=28.665333333333333)
    >>> area.window_start.isoformat(), area.window_end.isoformat()
    ('2022-11-12T16:06:00+00:00', '2022-11-12T18:54:00+00:00')
    >>> warning.cancel_at.isoformat()
    '2022-11-12T19:54:00+00:00'
    >>> parse_warning("A. 28-60.00N 080-38.33W", file="w.txt")
    Traceback (most recent call last):
    ...
    alertmap.layers.warning.WarningError: w.txt: line 1: expected latitude minutes below 60, ...
    """
    if not isinstance(text, str):
        raise WarningError(f"{file}: line 1: expected the text of a warning, got {shortened(text)}")
    if len(text) > WARNING_MAX_BYTES:
        raise WarningError(
            f"{file}: expected a warning text of at most {WARNING_MAX_BYTES:,} characters, "
            f"got {len(text):,}"
        )
    text = text.removeprefix("\ufeff")
    year_argument = _year_argument(year, file)
    src = _Source.of(text, file)
    control = find_control(text, multiline=True)
    if control >= 0:
        raise src.error(
            control,
            "text without control characters (tab and line breaks only)",
            src.text[src.line_start(control) :].split("\n", 1)[0],
        )
    positions = _positions(src)
    windows = _windows(src)
    labels = _labels(src)
    paragraphs = [m.start() for m in _PARAGRAPH_RE.finditer(src.work)]
    drafts, notes = _drafts(src, positions, labels, paragraphs)
    if not drafts:
        raise _no_area(src)
    ids = _ids(src)
    dates = _message_dates(src, windows, ids, year_argument)
    area_tokens = [(at, at + 2) for at, _ in labels] + [(p.start, p.end) for p in positions]
    lists = _window_lists(src, windows, area_tokens)
    areas = _areas(src, drafts, lists, dates, notes)
    first_content = min(
        [d.start for d in drafts]
        + [w.start for w in windows]
        + [m.start() for m in _AREA_PHRASE_RE.finditer(src.work)]
    )
    skip = [ids.own.span()] if ids.own is not None else []
    skip += [m.span() for m in _CANCELLED_BY_RE.finditer(src.work)]
    subject, general_area = _preamble(src, first_content, paragraphs, skip)
    notes += [f"the message says it was cancelled by {other}" for other in ids.cancelled_by]
    bidi = find_bidi(text)
    if bidi >= 0:
        notes.append(
            f"line {src.line(bidi)}: a bidirectional control character "
            f"(U+{ord(text[bidi]):04X}): the text may read differently from the characters it holds"
        )
    return NavWarning(
        id=_id_text(ids.own) if ids.own is not None else None,
        year=dates.year,
        areas=areas,
        cancels=ids.cancels,
        cancel_at=dates.cancel_at,
        subject=subject,
        general_area=general_area,
        issued=dates.issued,
        warnings=tuple(notes),
    )


@dataclass(frozen=True, slots=True)
class _Dates:
    """The warning's year, date-time group and cancellation time."""

    year: int | None
    issued: datetime | None
    cancel_at: datetime | None


def _message_dates(
    src: _Source, windows: list[_Window], ids: _Ids, year_argument: int | None
) -> _Dates:
    """Year from the number, ``CANCEL THIS MSG``, the first date-time group or the argument."""
    window_spans = [(w.start, w.end) for w in windows]
    cancel = next(
        (m for m in _CANCEL_THIS_RE.finditer(src.work) if not _overlaps(*m.span(), window_spans)),
        None,
    )
    taken = window_spans + ([cancel.span()] if cancel else [])
    dtg = next(
        (
            m
            for m in _DTG_RE.finditer(src.work)
            if m.group("gmonth") is not None and not _overlaps(*m.span(), taken)
        ),
        None,
    )
    cancel_stamp = _stamp(src, cancel, "c") if cancel else None
    dtg_stamp = _stamp(src, dtg, "g") if dtg else None
    candidates = (
        _year(ids.own.group("year")) if ids.own is not None else None,
        cancel_stamp.year if cancel_stamp else None,
        dtg_stamp.year if dtg_stamp else None,
        year_argument,
    )
    year = next((y for y in candidates if y is not None), None)
    issued = None
    if dtg is not None and dtg_stamp is not None:
        shown = _squash(dtg.group())
        issued = _resolve_stamp(src, dtg.start(), dtg_stamp, None, _Years(year, None), shown)
    cancel_at = None
    if cancel is not None and cancel_stamp is not None:
        months = [w.month() for w in windows if w.month() is not None]
        hint = issued.month if issued else (months[-1] if months else None)
        shown = _squash(cancel.group())
        cancel_at = _resolve_stamp(
            src, cancel.start(), cancel_stamp, hint, _Years(year, issued), shown
        )
    return _Dates(year, issued, cancel_at)


def _areas(
    src: _Source,
    drafts: list[_Draft],
    lists: list[list[_Window]],
    dates: _Dates,
    notes: list[str],
) -> tuple[WarningArea, ...]:
    """Each draft once, with every window of its window list (a daily one once a day)."""
    reference = dates.issued or dates.cancel_at
    hints = _month_hints(lists, reference.month if reference else None)
    years = _Years(dates.year, reference)
    times = {
        w.start: _daily_windows(src, w, *_resolve_window(src, w, hints[w.start], years))
        for group in lists
        for w in group
    }
    areas: list[WarningArea] = []
    for draft in drafts:
        polygon, note = _polygon(src, draft)
        if note:
            notes.append(note)
        common: dict[str, Any] = {
            "letter": draft.letter,
            "polygon": polygon,
            "corners": tuple(p.point for p in draft.corners),
            "circle_centre": draft.centre.point if draft.centre else None,
            "radius_m": draft.radius_m,
            "text": src.text[draft.start : draft.end].strip(),
            "line": src.line(_draft_line(draft)),
        }
        windows = tuple(
            TimeWindow(start, end, daily=window.daily, alternate=window.alternate)
            for window in _list_for(draft, lists)
            for start, end in times[window.start]
        )
        areas.append(WarningArea(**common, windows=windows))
    return tuple(areas)


def _year_argument(year: int | None, file: str) -> int | None:
    if year is None:
        return None
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not (0 <= year < 100 or 1900 <= year <= 2200)
    ):
        raise WarningError(
            f"{file}: year: expected a year such as 2023 or 23, got {shortened(year)}"
        )
    return year + 2000 if year < 100 else year


def _no_area(src: _Source) -> WarningError:
    phrase = _AREA_PHRASE_RE.search(src.work)
    if phrase is not None:
        offset = phrase.start()
    else:
        first = re.search(r"\S", src.work)
        offset = first.start() if first else 0
    line = src.text[src.line_start(offset) :].split("\n", 1)[0].strip()
    return src.error(
        offset,
        "an area (corners such as 'A. 28-39.92N 080-38.33W, ...' or "
        "'WITHIN 5 MILES OF 28-39.92N 080-38.33W')",
        line,
    )


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%MZ")


def window_lines(windows: Iterable[TimeWindow]) -> tuple[str, ...]:
    """An area's windows in words, one line per window, a daily window's days on one line.

    Examples
    --------
    >>> night = [TimeWindow(datetime(2024, 2, d, 22, 30, tzinfo=UTC),
    ...                     datetime(2024, 2, d + 1, 3, 30, tzinfo=UTC), daily=True)
    ...          for d in (6, 7, 8)]
    >>> backup = TimeWindow(datetime(2024, 2, 10, 1, tzinfo=UTC),
    ...                     datetime(2024, 2, 10, 3, tzinfo=UTC), alternate=True)
    >>> for line in window_lines([*night, backup]):
    ...     print(line)
    daily window 22:30Z to 03:30Z, 3 days from 2024-02-06 to 2024-02-08 (ends 2024-02-09 03:30Z)
    alternate window 2024-02-10 01:00Z to 2024-02-10 03:00Z
    """
    runs: list[list[TimeWindow]] = []
    for w in windows:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and w.daily
            and last.daily
            and w.alternate == last.alternate
            and (w.start.time(), w.end.time()) == (last.start.time(), last.end.time())
            and w.start - last.start == timedelta(days=1)
        ):
            runs[-1].append(w)
        else:
            runs.append([w])
    lines = []
    for run in runs:
        first, last = run[0], run[-1]
        alternate = "alternate " if first.alternate else ""
        if len(run) == 1:
            daily = "daily " if first.daily else ""
            lines.append(
                f"{alternate}{daily}window {_utc_text(first.start)} to {_utc_text(first.end)}"
            )
        else:
            lines.append(
                f"{alternate}daily window {first.start:%H:%M}Z to {first.end:%H:%M}Z, "
                f"{len(run)} days from {first.start:%Y-%m-%d} to {last.start:%Y-%m-%d} "
                f"(ends {_utc_text(last.end)})"
            )
    return tuple(lines)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def to_feature_collection(warning: NavWarning, *, file: str) -> dict[str, Any]:
    """The warning's areas as an RFC 7946 FeatureCollection, one feature per area.

    Parameters
    ----------
    warning : NavWarning
    file : str
        The file the warning was read from; written to each feature as ``source_file``.

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "features": [...]}``. Each feature's properties:
        ``warning_id``, ``area`` (letter), ``windows`` (every window as an ISO 8601
        ``[start, end]`` pair with ``Z``, in the order printed, a daily window once a day),
        ``alternate_windows`` (those of them that are alternates), ``window_start`` (the first
        start) and ``window_end`` (the last end), or null without a window, ``daily`` (a
        window is printed as daily), ``subject``, ``source_text``, ``cancels``,
        ``cancel_at``, and ``general_area``, ``issued``, ``source_file``, ``line``,
        ``circle_centre`` ([lon, lat] or null), ``radius_m``. Written by
        :func:`alertmap.layers.export.geojson_feature`: coordinates rounded to 1e-6 degree, and
        an area across the antimeridian becomes a MultiPolygon cut at ±180.

    Examples
    --------
    >>> warning = parse_warning('''NAVAREA XIV 12/26
    ... ROCKET LAUNCHING 020100Z TO 020300Z AUG IN AREA BOUND BY
    ... 39-10.00S 178-20.00E, 39-10.00S 179-50.00W, 39-50.00S 179-50.00W, 39-50.00S 178-20.00E.''')
    >>> collection = to_feature_collection(warning, file="w.txt")
    >>> feature = collection["features"][0]
    >>> feature["geometry"]["type"], feature["properties"]["windows"]
    ('MultiPolygon', [['2026-08-02T01:00:00Z', '2026-08-02T03:00:00Z']])
    >>> [part[0][:3] for part in feature["geometry"]["coordinates"]]
    [[[178.333333, -39.833333], [180.0, -39.833333], [180.0, -39.166667]],
     [[-179.833333, -39.166667], [-180.0, -39.166667], [-180.0, -39.833333]]]
    """
    features = []
    for area in warning.areas:
        centre = area.circle_centre
        properties = {
            "warning_id": warning.id,
            "area": area.letter,
            "windows": [[_iso(w.start), _iso(w.end)] for w in area.windows],
            "alternate_windows": [
                [_iso(w.start), _iso(w.end)] for w in area.windows if w.alternate
            ],
            "window_start": _iso(area.window_start),
            "window_end": _iso(area.window_end),
            "daily": any(w.daily for w in area.windows),
            "subject": warning.subject,
            "general_area": warning.general_area,
            "source_text": area.text,
            "cancels": list(warning.cancels),
            "cancel_at": _iso(warning.cancel_at),
            "issued": _iso(warning.issued),
            "source_file": file,
            "line": area.line,
            "circle_centre": geojson_position(centre),
            "radius_m": area.radius_m,
        }
        features.append(geojson_feature(area.polygon, properties))
    return geojson_collection(features)
