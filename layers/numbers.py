"""Numbers, distances, clock times and dates as Japanese, Korean and English reports write them.

Statements write one number many ways: ``1,180``, full-width ``６００``, ``4천500여`` (4,500 and
more), ``1千`` or ``千`` (1,000), ``5천700``, ``1万5000``, ``六百``, ``six-thousand``; units as
``km``, ``㎞``, ``キロ``, ``キロメートル``, ``킬로미터``, ``海里``, ``해리``, ``NM``, ``nautical
miles``; and hedges before or after (``約``, ``およそ``, ``약``, ``about``, ``some``; ``여``,
``余り``, ``ほど``, ``程度``, ``가량``, ``정도``). This module reads them; it knows no places.

Every text is first put in NFKC form (:func:`normal`): full-width digits and letters become ASCII,
``㎞`` becomes ``km``, the ideographic space a space.

Examples
--------
>>> number_value("4천500"), number_value("1千"), number_value("1,180"), number_value("６００")
(4500.0, 1000.0, 1180.0, 600.0)
>>> q = find_quantities("비행거리 4천500여㎞, 고도 970여㎞")[0]
>>> q.value, q.unit, q.approximate, q.metres
(4500.0, 'km', True, 4500000.0)
>>> [(c.hour, c.minute, c.approximate) for c in find_clock_times("午前4時5分ごろ")]
[(4, 5, True)]
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from alertmap.geo.units import NAUTICAL_MILE_M

__all__ = [
    "ClockTime",
    "Quantity",
    "find_clock_times",
    "find_dates",
    "find_quantities",
    "full_date",
    "normal",
    "number_value",
]

#: One statute mile in metres (exact).
MILE_M = 1609.344

#: Units by what they are written as (after :func:`normal`), longest first in the pattern:
#: (canonical unit, metres per unit).
UNITS: dict[str, tuple[str, float]] = {
    "km": ("km", 1000.0),
    "kilometres": ("km", 1000.0),
    "kilometers": ("km", 1000.0),
    "kilometre": ("km", 1000.0),
    "kilometer": ("km", 1000.0),
    "キロメートル": ("km", 1000.0),
    "キロ": ("km", 1000.0),
    "킬로미터": ("km", 1000.0),
    "킬로": ("km", 1000.0),
    "nautical miles": ("nm", NAUTICAL_MILE_M),
    "nautical mile": ("nm", NAUTICAL_MILE_M),
    "nmi": ("nm", NAUTICAL_MILE_M),
    "nm": ("nm", NAUTICAL_MILE_M),
    "海里": ("nm", NAUTICAL_MILE_M),
    "해리": ("nm", NAUTICAL_MILE_M),
    "miles": ("mi", MILE_M),
    "mile": ("mi", MILE_M),
    "mi": ("mi", MILE_M),
    "マイル": ("mi", MILE_M),
    "마일": ("mi", MILE_M),
}

#: Words before a number that make it approximate ("about 600 km", "約600キロ", "약 600㎞").
HEDGES_BEFORE = (
    "approximately", "approx.", "approx", "roughly", "around", "about", "nearly", "some",
    "おおよそ", "およそ", "凡そ", "約", "ほぼ", "대략", "약", "~",
)  # fmt: skip
#: Words after a number (before or after its unit) that make it approximate ("200여㎞",
#: "600キロ余り", "250キロほど", "65㎞가량", "1천㎞ 내외").
HEDGES_AFTER = (
    "あまり", "余り", "余", "ほど", "程度", "前後", "여", "가량", "정도", "쯤", "내외", "남짓",
    "or so",
)  # fmt: skip

_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CJK_DIGITS["零"] = 0
_SMALL_UNITS = {"十": 10, "십": 10, "百": 100, "백": 100, "千": 1000, "천": 1000}
_LARGE_UNITS = {"万": 10_000, "만": 10_000}
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CJK = "〇一二三四五六七八九零十百千万십백천만"
#: A number: Arabic digits, optionally mixed with Chinese-character or Hangul multipliers
#: ("4천500", "1万5000", "六百"), or multipliers and Chinese digits alone ("千", "千二百").
NUMBER = (
    rf"(?:(?:{_ARABIC})\s?[{_CJK}](?:\s?(?:{_ARABIC})?\s?[{_CJK}])*(?:{_ARABIC})?"
    rf"|{_ARABIC}|[{_CJK}]+)"
)
_WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "  # noqa: SIM905
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_WORD_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())  # noqa: SIM905
}
_WORD = "|".join(
    sorted([*_WORD_NUMBERS, *_WORD_TENS, "hundred", "thousand"], key=len, reverse=True)
)
#: A number in English words ("six-thousand", "two hundred and fifty").
WORD_NUMBER = rf"(?:(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*)"


def normal(text: str) -> str:
    """``text`` in NFKC form: full-width digits and letters as ASCII, ``㎞`` as ``km``.

    Examples
    --------
    >>> normal("約６００㎞"), normal("１，１８０キロ")
    ('約600km', '1,180キロ')
    """
    return unicodedata.normalize("NFKC", text)


def _cjk_value(text: str) -> float | None:
    """A number written with Chinese-character or Hangul digits and multipliers, mixed with
    Arabic digits ("4천500", "千二百", "1万5000"); None if it is not one."""
    total = 0.0
    section = 0.0
    current: float | None = None
    for token in re.findall(rf"{_ARABIC}|[{_CJK}]", text.replace(" ", "")):
        if token in _SMALL_UNITS:
            section += (1.0 if current is None else current) * _SMALL_UNITS[token]
            current = None
        elif token in _LARGE_UNITS:
            part = section + (current or 0.0)
            total += (part if part else 1.0) * _LARGE_UNITS[token]
            section, current = 0.0, None
        elif token in _CJK_DIGITS:
            current = (current or 0.0) * 10 + _CJK_DIGITS[token]
        else:
            current = float(token.replace(",", ""))
    return total + section + (current or 0.0)


def _word_value(text: str) -> float | None:
    """A number in English words ("six-thousand", "two hundred and fifty"), else None."""
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("", "and"):
            continue
        if word in _WORD_NUMBERS:
            current += _WORD_NUMBERS[word]
        elif word in _WORD_TENS:
            current += _WORD_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return float(total + current)


def number_value(text: str) -> float | None:
    """The value of a number as written, or None when ``text`` is not one.

    Examples
    --------
    >>> [number_value(t) for t in ("5천700", "6천1백", "1万5000", "千二百", "1,000")]
    [5700.0, 6100.0, 15000.0, 1200.0, 1000.0]
    >>> number_value("six-thousand"), number_value("two hundred and fifty"), number_value("x")
    (6000.0, 250.0, None)
    """
    text = normal(text).strip()
    if re.fullmatch(_ARABIC, text):
        return float(text.replace(",", ""))
    if re.fullmatch(NUMBER, text):
        return _cjk_value(text)
    if re.fullmatch(WORD_NUMBER, text, re.IGNORECASE):
        return _word_value(text)
    return None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A distance as written: its value in the unit given, and whether it is hedged.

    Attributes
    ----------
    value
        The number, in ``unit``.
    unit
        ``'km'``, ``'nm'`` (nautical miles) or ``'mi'``.
    approximate
        True when a hedge stands before or after it ("約", "about", "여", "ほど").
    text
        The words it was read from, as they stand in the (normalised) text.
    start, end
        Where those words are in the normalised text.
    """

    value: float
    unit: str
    approximate: bool
    text: str
    start: int = 0
    end: int = 0

    @property
    def metres(self) -> float:
        """The distance in metres."""
        return self.value * dict(UNITS.values())[self.unit]


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = _alternation(list(UNITS))
#: A distance: hedge, number, hedge, unit, hedge (after :func:`normal`).
DISTANCE = re.compile(
    rf"(?:(?P<before>{_alternation(HEDGES_BEFORE)})\s*)?"
    rf"(?<![수数몇何\d.,])(?P<number>{NUMBER}|\b{WORD_NUMBER})\s*(?P<mid>여|余|あまり|余り)?\s*"
    rf"(?P<unit>{_UNIT_WORDS})(?![A-Za-z]|\s*/\s*[hs])\.?\s*"
    rf"(?P<after>{_alternation(HEDGES_AFTER)})?",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Every distance written in ``text``, in order (positions in ``normal(text)``).

    Examples
    --------
    >>> [(q.value, q.unit, q.approximate) for q in find_quantities("約600キロ、200여㎞, 33 km")]
    [(600.0, 'km', True), (200.0, 'km', True), (33.0, 'km', False)]
    >>> [(q.value, q.unit) for q in find_quantities("237 nautical miles, 1千キロメートル, 50海里")]
    [(237.0, 'nm'), (1000.0, 'km'), (50.0, 'nm')]
    """
    found = []
    for m in DISTANCE.finditer(normal(text)):
        value = number_value(m.group("number"))
        if value is None:
            continue
        unit = UNITS[m.group("unit").lower()][0]
        hedged = any(m.group(g) for g in ("before", "mid", "after"))
        found.append(Quantity(value, unit, hedged, m.group(0).strip(), m.start(), m.end()))
    return found


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as written ("午前4時5分ごろ", "오후 10시 44분경", "5:21 p.m.").

    Attributes
    ----------
    hour, minute
        On the 24-hour clock, in the zone the text gives (``utc`` True: UTC/GMT).
    approximate
        True for "ごろ", "頃", "쯤", "경", "께", "about", "around".
    utc
        True when the text says GMT or UTC ("8:21 a.m. GMT").
    text
        The words it was read from; ``start``/``end`` where they are in the normalised text.
    """

    hour: int
    minute: int
    approximate: bool
    utc: bool
    text: str
    start: int = 0
    end: int = 0


_JA_TIME = re.compile(
    r"(?P<pre>午前|午後|未明|早朝|朝|昼|夕方|夜|深夜)?\s*(?P<h>\d{1,2})\s*時(?!間)\s*"
    r"(?:(?P<m>\d{1,2})(?:\s*[~〜\-–]\s*\d{1,2})?\s*分|(?P<half>半))?(?:\s*\d{1,2}\s*秒)?\s*"
    r"(?P<hedge>ごろ|頃|過ぎ|すぎ)?"
)
_KO_TIME = re.compile(
    r"(?P<pre>오전|오후|새벽|아침|낮|저녁|밤)?\s*(?P<h>\d{1,2})\s*시(?!간)\s*"
    r"(?:(?P<m>\d{1,2})(?:\s*[~〜\-–]\s*\d{1,2})?\s*분|(?P<half>반))?(?:\s*\d{1,2}\s*초)?\s*"
    r"(?P<hedge>쯤|경|께|무렵)?"
)
_EN_TIME = re.compile(
    r"(?P<hedge>(?:at\s+)?(?:about|around|approximately|some|roughly)\s+)?"
    r"(?<![\d:.,])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?(?!\d|[.,]\d)\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?|(?=\s*(?:JST|KST|GMT|UTC)\b)|(?<=\d\d))"
    r"(?:\s*\(?(?P<zone>JST|KST|GMT|UTC|local time))?",
    re.IGNORECASE,
)
_EN_COMPACT = re.compile(r"(?<!\d)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<zone>GMT|UTC)\b")
_AFTERNOON = {"午後", "夕方", "夜", "深夜", "오후", "저녁", "밤"}


def _hour(prefix: str | None, hour: int) -> int:
    if prefix in _AFTERNOON and hour < 12:
        return hour + 12
    if prefix in ("午前", "오전", "未明", "새벽") and hour == 12:
        return 0
    return hour


def _zone_in_brackets(text: str, at: int) -> str:
    """ "GMT" or "UTC" when the time at ``at`` stands in brackets that name that zone
    ("(10:22 p.m. Monday GMT)"), else ''."""
    opening = text.rfind("(", 0, at)
    if opening < 0 or ")" in text[opening:at]:
        return ""
    closing = text.find(")", at)
    inside = text[opening : closing if closing > 0 else len(text)]
    found = re.search(r"\b(GMT|UTC)\b", inside)
    return found.group(1) if found else ""


def find_clock_times(text: str) -> list[ClockTime]:
    """Every time of day written in ``text``, in order (positions in ``normal(text)``).

    Examples
    --------
    >>> [(c.hour, c.minute) for c in find_clock_times("午後10時43分ごろ、22時57分頃")]
    [(22, 43), (22, 57)]
    >>> found = find_clock_times("밤 10시43분 경, 오전 6시 45분쯤")
    >>> [(c.hour, c.minute, c.approximate) for c in found]
    [(22, 43, True), (6, 45, True)]
    >>> [(c.hour, c.minute, c.utc) for c in find_clock_times("around 5:21 p.m. (8:21 a.m. GMT)")]
    [(17, 21, False), (8, 21, True)]
    """
    work = normal(text)
    found: list[ClockTime] = []
    for pattern in (_JA_TIME, _KO_TIME):
        for m in pattern.finditer(work):
            hour = _hour(m.group("pre"), int(m.group("h")))
            minute = 30 if m.group("half") else int(m.group("m") or 0)
            if hour > 24 or minute > 59:
                continue
            found.append(
                ClockTime(
                    hour % 24,
                    minute,
                    bool(m.group("hedge")),
                    False,
                    m.group(0).strip(),
                    m.start(),
                    m.end(),
                )
            )
    for m in _EN_TIME.finditer(work):
        hour, ampm = int(m.group("h")), (m.group("ampm") or "").lower()
        zone = (m.group("zone") or "").upper() or _zone_in_brackets(work, m.start())
        if (m.group("m") is None or m.group("sep") == ".") and not (ampm or zone):
            continue  # a bare number ("600 km", "2023") or a decimal ("1.25") is no time
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        minute = int(m.group("m") or 0)
        if hour > 23 or minute > 59 or (ampm and int(m.group("h")) > 12):
            continue
        found.append(
            ClockTime(
                hour,
                minute,
                bool(m.group("hedge")),
                zone in ("GMT", "UTC"),
                m.group(0).strip(),
                m.start(),
                m.end(),
            )
        )
    for m in _EN_COMPACT.finditer(work):
        if not any(c.start <= m.start() < c.end for c in found):
            found.append(
                ClockTime(int(m.group("h")), int(m.group("m")), False, True, m.group(0),
                          m.start(), m.end())
            )  # fmt: skip
    return sorted(found, key=lambda c: c.start)


# --------------------------------------------------------------------------- dates

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}  # fmt: skip
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: Complete dates: 2023-08-24, 2023年8月24日, 2023년 8월 24일, Aug. 24, 2023, 24 August 2023.
FULL_DATES = (
    re.compile(r"(?P<y>(?:19|20|21)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?P<y>(?:19|20|21)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),
    re.compile(
        rf"\b(?P<mon>{_MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_WORDS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
)
_PARTIAL_DATES = (
    r"(?<![\d年월月])(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日(?!間|本|米|韓|中|朝)",
    r"(?<![\d년월])(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일(?!간|본)",
    r"\(\s*(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})\s*\.?\s*\)",
    rf"\b(?P<mon>{_MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})",
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_WORDS})\b(?!\.?,?\s+\d{{4}})",
)
_RELATIVE_DAYS = (
    (r"本日|今日|きょう|오늘|이날|同日|\btoday\b|\btonight\b", 0),
    (r"昨日|きのう|어제|\byesterday\b", -1),
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def full_date(text: str) -> dt.date | None:
    """The first complete date written in ``text``.

    Examples
    --------
    >>> full_date("2023年8月24日"), full_date("Aug. 24, 2023"), full_date("입력 2023-08-24 04:12")
    (datetime.date(2023, 8, 24), datetime.date(2023, 8, 24), datetime.date(2023, 8, 24))
    """
    for pattern in FULL_DATES:
        m = pattern.search(normal(text))
        if m is None:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["mon"].lower().rstrip(".")] if groups.get("mon") else groups["m"]
        try:
            return dt.date(int(groups["y"]), int(month), int(groups["d"]))
        except ValueError:
            continue
    return None


def _bracketed(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]


def find_dates(text: str, base: dt.date | None) -> list[tuple[int, dt.date]]:
    """Every date ``text`` names, with where (in ``normal(text)``): complete dates, and with a
    ``base`` date (the statement's) days of the month ("24日", "24일", "(5. 27)", "Aug. 24"),
    weekdays ("Saturday": the last on or before ``base``) and "today"/"yesterday" in three
    languages. A day after ``base``'s day is in the month before. Dates in brackets that name
    GMT or UTC ("(10:22 p.m. Monday GMT)") are not counted.

    Examples
    --------
    >>> base = dt.date(2024, 5, 28)
    >>> [d.isoformat() for _, d in find_dates("어제(5. 27) 22시 44분경", base)]
    ['2024-05-27', '2024-05-27']
    >>> [d.isoformat() for _, d in find_dates("27日午後10時46分; on Saturday", base)]
    ['2024-05-27', '2024-05-25']
    """
    work = normal(text)
    utc_brackets = [b for b in _bracketed(work) if re.search(r"GMT|UTC", work[b[0] : b[1]])]
    found: list[tuple[int, dt.date]] = []
    for pattern in FULL_DATES:
        for m in pattern.finditer(work):
            date = full_date(m.group(0))
            if date is not None:
                found.append((m.start(), date))
    if base is not None:
        for partial in _PARTIAL_DATES:
            for m in re.finditer(partial, work, re.IGNORECASE):
                groups = m.groupdict()
                explicit = groups.get("mon") or groups.get("m")
                month = (
                    _MONTHS[groups["mon"].lower()]
                    if groups.get("mon")
                    else int(groups.get("m") or base.month)
                )
                day, year = int(groups["d"]), base.year
                if not explicit and day > base.day:
                    month -= 1  # a day after the statement's: the month before
                if month < 1:
                    year, month = year - 1, 12
                try:
                    found.append((m.start(), dt.date(year, month, day)))
                except ValueError:
                    continue
        for word, days in _RELATIVE_DAYS:
            for m in re.finditer(word, work, re.IGNORECASE):
                found.append((m.start(), base + dt.timedelta(days=days)))
        for m in re.finditer(r"\b(" + "|".join(_WEEKDAYS) + r")\b", work, re.IGNORECASE):
            back = (base.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
            found.append((m.start(), base - dt.timedelta(days=back)))
    return sorted((at, d) for at, d in found if not any(a <= at < b for a, b in utc_brackets))
