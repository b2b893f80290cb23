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
    "FULL_DATES",
    "WORD_NUMBER",
    "ClockTime",
    "Quantity",
    "find_clock_times",
    "find_dates",
    "find_quantities",
    "find_spans",
    "find_unclear_times",
    "find_year_months",
    "full_date",
    "in_span",
    "normal",
    "number_value",
    "time_in_span",
    "vague_time",
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
    "キロ・メートル": ("km", 1000.0),  # Yomiuri's spelling
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
#: ("4천500", "1万5000", "六百"), or multipliers and Chinese digits alone ("千", "千二百");
#: round 22: a multiplier alone may start one ("천 5백", "천5백": 1,500); round 27: digits
#: after 万 / 만 and a space ("1만 199": 10,199).
NUMBER = (
    rf"(?:(?:(?:{_ARABIC})\s?)?[{_CJK}](?:\s?(?:{_ARABIC})?\s?[{_CJK}])*"
    rf"(?:(?<=[万만])\s(?=\d))?(?:{_ARABIC})?"
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
#: Round 31: a number in words joined to digits ("ten-thousand-234": 10,234, KBS WORLD's).
WORD_DIGITS_NUMBER = rf"(?:{WORD_NUMBER}(?:-(?:hundred|thousand))?-\d{{1,3}}(?![\d,]))"


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
        elif word.isdigit() and len(word) <= 3:  # round 31: "ten-thousand-234"
            current += int(word)
        else:
            return None
    return float(total + current)


def number_value(text: str) -> float | None:
    """The value of a number as written, or None when ``text`` is not one.

    Examples
    --------
    >>> [number_value(t) for t in ("5천700", "6천1백", "1万5000", "千二百", "1,000")]
    [5700.0, 6100.0, 15000.0, 1200.0, 1000.0]
    >>> number_value("１万１９９"), number_value("1만 199"), number_value("10,199")
    (10199.0, 10199.0, 10199.0)
    >>> number_value("six-thousand"), number_value("two hundred and fifty"), number_value("x")
    (6000.0, 250.0, None)
    """
    text = normal(text).strip()
    if re.fullmatch(_ARABIC, text):
        return float(text.replace(",", ""))
    if re.fullmatch(NUMBER, text):
        return _cjk_value(text)
    if re.fullmatch(WORD_NUMBER, text, re.IGNORECASE) or re.fullmatch(
        WORD_DIGITS_NUMBER, text, re.IGNORECASE
    ):
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
    # (round 31: not a multiplier after a Hangul digit word, "육백㎞", "이천 킬로미터": never
    # the multiplier alone)
    rf"(?<![수数몇何\d.,])(?!(?<=[일이삼사오육륙칠팔구])[십백천만])"
    # (round 33: a number in words joined to digits, "one-thousand-500", read whole, not
    # as its digits; a distance as an adjective of "distance", "a 1,500-kilometer distance")
    rf"(?P<number>{NUMBER}|\b{WORD_DIGITS_NUMBER}|\b{WORD_NUMBER})\s*(?P<mid>여|余|あまり|余り)?"
    rf"(?:-(?=(?:{_UNIT_WORDS})[\s-]+distance\b)|\s*)"
    rf"(?P<unit>{_UNIT_WORDS})(?![A-Za-z]|\s*/\s*[hs])\.?\s*"
    rf"(?P<after>{_alternation(HEDGES_AFTER)})?",
    re.IGNORECASE,
)


#: What joins the two ends of a span of numbers ("300～350キロ", "300-350 km", "300 to 350 km",
#: "300から350キロ", "300에서 350㎞"), after :func:`normal` ("～" is "~").
_SPAN_JOIN = r"\s*(?:~|〜|∼|-|–|—|to|から|ないし|乃至|에서|내지)\s*"
#: A span of distances: two numbers joined, then a unit.
SPAN = re.compile(
    rf"(?<![\d.,])(?P<low>{NUMBER})(?:\s*(?:{_UNIT_WORDS})(?![A-Za-z])\.?)?"
    rf"(?:{_SPAN_JOIN}|(?<=\d)\s+and\s+(?=\d))"
    rf"(?:(?:{_alternation(HEDGES_BEFORE)})\s*)?"
    rf"(?P<high>{NUMBER})\s*(?:여|余|あまり|余り)?\s*(?P<unit>{_UNIT_WORDS})(?![A-Za-z])",
    re.IGNORECASE,
)


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Every span of distances written in ``text`` ("300～350キロ", "300 to 350 km"), as
    ``(start, end, words)`` in ``normal(text)``: one distance cannot stand for it, so
    :func:`find_quantities` leaves both ends out.

    Examples
    --------
    >>> find_spans("西に約300～350キロの日本海"), find_spans("about 300 km")
    ([(3, 12, '300~350キロ')], [])
    >>> [w for _, _, w in find_spans("西200キロから250キロの海域; 300 km to 350 km")]
    ['200キロから250キロ', '300 km to 350 km']
    >>> find_quantities("300 to 350 km west"), find_quantities("2 to 3 missiles, 350 km")[0].value
    ([], 350.0)
    """
    work = normal(text)
    out = []
    for m in SPAN.finditer(work):
        if number_value(m.group("low")) is None or number_value(m.group("high")) is None:
            continue
        if re.search(r"\sand\s", m.group(0)) and not re.search(
            r"\bbetween\s+$", work[: m.start()], re.IGNORECASE
        ):
            continue  # "2 and 350 km" is no span; "between 300 and 350 km" is
        out.append((m.start(), m.end(), m.group(0)))
    return out


def in_span(text: str, start: int) -> bool:
    """Whether the distance whose number starts at ``start`` of ``text`` (normalised) is the
    upper end of a span ("300～[350キロ]", "300 to [350 km]")."""
    before = text[max(0, start - 30) : start]
    return bool(
        re.search(rf"[\d{_CJK}](?:\s*(?:{_UNIT_WORDS})\.?)?{_SPAN_JOIN}"
                  rf"(?:(?:{_alternation(HEDGES_BEFORE)})\s*)?$", before, re.IGNORECASE)
        or re.search(r"\bbetween\s+[\d,.]+\s+and\s+$", before, re.IGNORECASE)
    )  # fmt: skip


#: The first of two distances written with their unit once ("flew about 850 and 900
#: kilometers"): a list, not a span (that is "between 850 and 900 kilometers").
_SHARED_UNIT = re.compile(
    rf"(?:(?P<before>{_alternation(HEDGES_BEFORE)})\s*)?(?<![\d.,])(?P<number>{NUMBER})"
    rf"\s+and\s+(?:(?:{_alternation(HEDGES_BEFORE)})\s*)?"
    rf"(?={NUMBER}\s*(?P<unit>{_UNIT_WORDS})(?![A-Za-z]))",
    re.IGNORECASE,
)


def _shared_unit(work: str, spans: list[tuple[int, int]]) -> list[Quantity]:
    """The first distance of each list whose unit is written once ("about 850 and 900 km":
    850 km), when both numbers are of one size (not "2 and 350 km")."""
    out = []
    for m in _SHARED_UNIT.finditer(work):
        if any(a <= m.start("number") < b for a, b in spans):
            continue  # "between 850 and 900 kilometers": a span
        value = number_value(m.group("number"))
        second = DISTANCE.match(work, m.end())
        other = number_value(second.group("number")) if second else None
        if value is None or not other or not 0.1 <= value / other <= 10:
            continue
        unit = UNITS[m.group("unit").lower()][0]
        told = work[m.start() : m.end("number")].strip()
        out.append(Quantity(value, unit, bool(m.group("before")), told, m.start(),
                            m.end("number")))  # fmt: skip
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every distance written in ``text``, in order (positions in ``normal(text)``).

    Examples
    --------
    >>> [(q.value, q.unit, q.approximate) for q in find_quantities("約600キロ、200여㎞, 33 km")]
    [(600.0, 'km', True), (200.0, 'km', True), (33.0, 'km', False)]
    >>> [(q.value, q.unit) for q in find_quantities("237 nautical miles, 1千キロメートル, 50海里")]
    [(237.0, 'nm'), (1000.0, 'km'), (50.0, 'nm')]
    >>> [q.value for q in find_quantities("flew about 850 and 900 km; between 600 and 700 km")]
    [850.0, 900.0]
    """
    found = []
    work = normal(text)
    spans = [(a, b) for a, b, _ in find_spans(work)]
    for m in DISTANCE.finditer(work):
        value = number_value(m.group("number"))
        if value is None or in_span(work, m.start("number")):
            continue
        if any(a <= m.start("number") < b for a, b in spans):
            continue  # the lower end of "200キロから250キロ"
        unit = UNITS[m.group("unit").lower()][0]
        hedged = any(m.group(g) for g in ("before", "mid", "after"))
        found.append(Quantity(value, unit, hedged, m.group(0).strip(), m.start(), m.end()))
    found += _shared_unit(work, spans)
    return sorted(found, key=lambda q: q.start)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day as written ("午前4時5分ごろ", "오후 10시 44분경", "5:21 p.m.").

    Attributes
    ----------
    hour, minute
        On the 24-hour clock, in the zone the text gives (``zone``).
    approximate
        True for "ごろ", "頃", "쯤", "경", "께", "about", "around".
    utc
        True when the text says GMT or UTC ("8:21 a.m. GMT").
    text
        The words it was read from; ``start``/``end`` where they are in the normalised text.
    zone
        The zone the text names for it, as a key of :data:`TIME_ZONES` ("UTC", "+09:00",
        "Pyongyang", "+03:00" ...), '' when it names none (the statement's zone, "local time"),
        or "?" for a zone named but not known ("Eastern Time": its offset depends on the day).
    """

    hour: int
    minute: int
    approximate: bool
    utc: bool
    text: str
    start: int = 0
    end: int = 0
    zone: str = ""


#: The zones a time may be given in, by the words that name them (lower case, after
#: :func:`normal`): an offset from UTC as "+HH:MM", "UTC", "Pyongyang" (North Korea's own
#: time, whose offset changed in 2015 and 2018: the reader of a statement resolves it), or
#: "?" (named, but its offset depends on a daylight-saving rule this module does not know).
TIME_ZONES: dict[str, str] = {
    **dict.fromkeys(("gmt", "utc", "greenwich mean time", "coordinated universal time",
                     "協定世界時", "世界標準時", "グリニッジ標準時",
                     "협정세계시", "세계표준시", "그리니치 표준시"), "UTC"),
    **dict.fromkeys(("jst", "kst", "japan time", "japanese time", "tokyo time", "korea time",
                     "korean time", "seoul time", "日本時間", "韓国時間", "ソウル時間",
                     "東京時間", "일본 시간", "일본시간", "한국 시간", "한국시간",
                     "서울 시간", "서울시간"), "+09:00"),
    **dict.fromkeys(("pyongyang time", "north korean time", "平壌時間", "北朝鮮時間",
                     "평양 시간", "평양시간", "북한 시간", "북한시간"), "Pyongyang"),
    **dict.fromkeys(("moscow time", "msk", "モスクワ時間", "모스크바 시간", "모스크바시간"),
                    "+03:00"),
    **dict.fromkeys(("beijing time", "china standard time", "北京時間", "베이징 시간",
                     "베이징시간"), "+08:00"),
    # round 14: Hawaii keeps no daylight-saving time ("12:49 p.m. Hawaii time")
    **dict.fromkeys(("hst", "hawaii time", "hawaii standard time", "hawaiian time", "ハワイ時間",
                     "하와이 시간", "하와이시간"), "-10:00"),
    **dict.fromkeys(("est",), "-05:00"),
    **dict.fromkeys(("edt",), "-04:00"),
    **dict.fromkeys(("pst",), "-08:00"),
    **dict.fromkeys(("pdt",), "-07:00"),
    **dict.fromkeys(("cet",), "+01:00"),
    **dict.fromkeys(("cest",), "+02:00"),
    **dict.fromkeys(("et", "eastern time", "eastern standard time", "eastern daylight time",
                     "washington time", "new york time", "pacific time", "central european time",
                     "london time", "bst", "british summer time", "ワシントン時間", "米東部時間",
                     "워싱턴 시간", "미국 동부 시간"), "?"),
}  # fmt: skip
_ZONE_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s*") for w in sorted(TIME_ZONES, key=len, reverse=True)
)
#: A zone named just after a time, perhaps after its weekday ("2:36 a.m. Moscow time",
#: "11:36 p.m. Wednesday GMT", "午前7時34分(日本時間)").
_ZONE_AFTER = re.compile(
    r"^\s*[(（]?\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?"
    rf"(?P<zone>{_ZONE_WORDS})(?![A-Za-z])",
    re.IGNORECASE,
)
#: A zone named just before a time, perhaps with its day between ("日本時間の6日午前7時",
#: "한국시간 오전 7시", "UTC 22:36").
_ZONE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<zone>{_ZONE_WORDS})\s*(?:の|で|기준으로|기준|으로|로)?"
    r"[^。、,時시分분:()（）]{0,8}$",
    re.IGNORECASE,
)


def _zone_near(text: str, start: int, end: int) -> str:
    """The zone (a :data:`TIME_ZONES` value) the words around a time at ``start:end`` name,
    or ''."""
    after = _ZONE_AFTER.match(text[end : end + 40])
    before = _ZONE_BEFORE.search(text[max(0, start - 20) : start])
    found = after or before
    if found is None:
        return ""
    key = re.sub(r"\s+", " ", found.group("zone").lower())
    return TIME_ZONES.get(key, TIME_ZONES.get(key.replace(" ", ""), "?"))


#: The minutes of a time written without their unit ("午前9時59ごろ", "9시59쯤"): two digits (or
#: one) that a hedge, a particle or a punctuation mark follows, so that they can only be minutes.
_BARE_MINUTES = {
    "ja": r"(?P<bare>\d{1,2})(?=\s*(?:ごろ|頃|過ぎ|すぎ|に|の|、|,|。|\)|）|$))",
    "ko": r"(?P<bare>\d{1,2})(?=\s*(?:쯤|경|께|무렵|에|의|,|\.|\)|$))",
}
_JA_TIME = re.compile(
    # (round 17: "正午12時18分", noon written before a time of the noon hour, as its half)
    r"(?P<pre>午前|午後|未明|早朝|朝|昼|夕方|夜|深夜|正午(?=\s*(?:12|0)\s*時))?"
    r"\s*(?P<h>\d{1,2})\s*時(?!間)\s*"
    r"(?:(?P<m>\d{1,2})(?:\s*[~〜\-–]\s*\d{1,2})?\s*分|(?P<half>半)|"
    + _BARE_MINUTES["ja"]
    + r")?(?:\s*\d{1,2}\s*秒)?\s*(?P<hedge>ごろ|頃|過ぎ|すぎ)?"
)
_KO_TIME = re.compile(
    # (round 17: "정오 12시18분경까지", noon written before a time of the noon hour)
    r"(?P<pre>오전|오후|새벽|아침|낮|저녁|밤|정오(?=\s*(?:12|0)\s*시))?"
    r"\s*(?P<h>\d{1,2})\s*시(?!간)\s*"
    r"(?:(?P<m>\d{1,2})(?:\s*[~〜\-–]\s*\d{1,2})?\s*분|(?P<half>반)|"
    + _BARE_MINUTES["ko"]
    + r")?(?:\s*\d{1,2}\s*초)?\s*(?P<hedge>쯤|경|께|무렵)?"
)
_EN_TIME = re.compile(
    r"(?P<hedge>(?:at\s+)?(?:about|around|approximately|some|roughly)\s+)?"
    # (round 13: "at around 6-53 AM", a hyphen for the colon, only before am/pm and with
    # minutes past 12, so that "10-11 a.m." stays a span of hours)
    r"(?<![\d:.,])(?P<h>\d{1,2})(?:(?P<sep>[:.]|-(?=(?:1[3-9]|[2-5]\d)\s*[ap]\.?\s?m\b))"
    r"(?P<m>\d{2}))?(?!\d|[.,]\d)\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?|(?=\s*(?:JST|KST|GMT|UTC)\b)|(?<=\d\d))"
    r"(?:\s*\(?(?P<zone>JST|KST|GMT|UTC|local time))?",
    re.IGNORECASE,
)
_EN_COMPACT = re.compile(r"(?<!\d)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<zone>GMT|UTC)\b")
#: Round 31: a compact time with its conversion in brackets ("at around 0600 (2100 GMT)") is the
#: local time, and so are the compact times listed right after the bracket (", 0637 and 0642").
_EN_COMPACT_CONVERTED = re.compile(
    r"(?<![\d.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\s*\)"
    r"(?P<list>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:[01]\d|2[0-3])[0-5]\d(?![\d.,:]?\d))*)",
    re.IGNORECASE,
)
#: Round 31: a compact time with another zone named ("at 0852 KST", "at 2352 hours Korea time",
#: "at 0852 local time"), after "at" / "around" / a bracket (not a year: "in 2016 Japan time").
_EN_COMPACT_ZONED = re.compile(
    r"(?:(?<=\bat\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\()|(?<=\(\s))"
    r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hours?\s+|hrs\s+)?"
    r"(?P<zone>KST|JST|(?:Korea|Korean|Seoul|Japan|Japanese|Tokyo|Pyongyang)\s+time|local\s+time)\b",
    re.IGNORECASE,
)
#: Noon as a word ("正午ごろ", "정오쯤", "around noon", "at midday"): 12:00.
_NOON = re.compile(
    r"(?P<before>(?:at\s+)?(?:about|around|approximately|roughly)\s+)?"
    r"(?:正午|정오|(?<![A-Za-z])(?:noon|midday)(?![A-Za-z]))"
    r"(?P<after>\s*(?:頃|ごろ|ころ|쯤|경|께|무렵)+)?",
    re.IGNORECASE,
)
_AFTERNOON = {"午後", "夕方", "夜", "深夜", "오후", "저녁", "밤"}


def _hour(prefix: str | None, hour: int) -> int:
    if prefix in _AFTERNOON and hour < 12:
        return hour + 12
    if prefix in ("午前", "오전", "未明", "새벽") and hour == 12:
        return 0
    if prefix in ("正午", "정오") and hour == 0:
        return 12  # "正午0時18分": the noon hour
    return hour


#: What joins two times of one list or span ("午後4時29分と4時49分", "午後7時24分ごろと、
#: 7時36分ごろ", "오후 4시 29분과 4시 49분경", "오후 7시 25분께부터 7시 37분께까지",
#: "午後3時から4時").
_LIST_JOIN = re.compile(
    # (round 19: a bracket and "ごろ" after the first, "同" before the second: "午後3時19分
    # (日本時間同)ごろから同4時5分ごろ" is 15:19 to 16:05)
    r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:ごろ|頃|경|께|쯤)?\s*"
    r"(?:(?:と|及び|および|과|와|및|그리고)\s*[、,]?|[、,]|から|より|부터|~|〜|-|–)\s*(?:同\s*)?"
    # round 24: "4시10분께, 이어 5시40분에도" ("then" after the comma)
    r"(?:이어\s*|続いて\s*)?"
)


def _afternoon_listed(text: str, previous: tuple[re.Match[str], int], m: re.Match[str]) -> bool:
    """Whether the time at ``m``, written without 午前/午後 and before noon, follows an
    afternoon time (``previous``: its match and its hour) in one list, so that it shares its
    午後/오후: "午後4時29分と4時49分ごろ" is 16:29 and 16:49 (not "午後4時と午前9時", nor "午後
    11時と1時", which would go back in time)."""
    before, hour_before = previous
    hour = int(m.group("h"))
    return bool(
        m.group("pre") is None
        # round 24: also after a time that took the afternoon from the one before it ("오후 2시
        # 50분, 4시 10분, 5시 40분경": 14:50, 16:10, 17:40)
        and (before.group("pre") in _AFTERNOON or (int(before.group("h")) < 12 <= hour_before))
        and hour < 12
        and hour + 12 >= hour_before
        and _LIST_JOIN.fullmatch(text, before.end(), m.start())
    )


def _same_half_told(text: str, halves: list[tuple[str, int]], m: re.Match[str], hour: int) -> bool:
    """Whether the time at ``m`` (``hour`` as written, no 午前/午後) is told with "同" ("the
    same") after an afternoon time, so that it shares its half of the day: "午後6時20分ごろから
    10発、同9時半ごろに7発" is 21:30 (round 22; "午前4時から同6時" stays 06:00, and a time that
    would go back before the last one told is not moved)."""
    if m.group("pre") or not halves or hour >= 12:
        return False
    if not text[: m.start("h")].rstrip().endswith("同"):
        return False
    told, hour_before = halves[-1]
    return told in _AFTERNOON and hour + 12 >= hour_before


#: An English time without a.m./p.m. before one with it, in one list or span ("at 7:24 and
#: 7:36 p.m.", "between 9:10 and 9:40 a.m."): the first shares the second's half of the day.
_EN_SHARED_HALF = re.compile(
    r"\s*(?:and|or|to|until|till|,|-|–)\s*(?:(?:at\s+)?(?:about|around|approximately)\s+)?",
    re.IGNORECASE,
)
#: A span written with the hour once ("7:25-37 p.m.", "10:25-37 a.m. GMT"): two times.
_EN_MINUTE_SPAN = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>\d{2})\s*[-–]\s*(?P<m2>\d{2})\s*"
    r"(?P<ampm>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)


#: Round 26: the half of the day told after an English time in words ("at 5:42 this Thursday
#: evening", "at 7:15 in the evening", "8:30 Tuesday night"): p.m.
_EN_EVENING_AFTER = re.compile(
    r"\s+(?:(?:this|on|last|that|in\s+the|on\s+the)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?P<half>evening|afternoon|night)\b"
    r"|\s+(?P<tonight>tonight)\b",  # (round 31: "at 9:25 tonight", as "… night")
    re.IGNORECASE,
)
#: Round 31: the same told just before the time ("on Thursday night at 9:25", "in the evening
#: at 8:05", "tonight at around 9:25").
_EN_EVENING_BEFORE = re.compile(
    r"\b(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:in|on)\s+the\s+|this\s+|that\s+)"
    r"(?P<half>evening|afternoon|night)|(?P<tonight>tonight))\s*,?\s+"
    r"(?:at\s+)?(?:about\s+|around\s+|approximately\s+|some\s+)?$",
    re.IGNORECASE,
)


def _en_half(ampm: str, hour: int) -> int:
    if ampm == "p" and hour < 12:
        return hour + 12
    if ampm == "a" and hour == 12:
        return 0
    return hour


def _zone_in_brackets(text: str, at: int) -> str:
    """The zone (a :data:`TIME_ZONES` value) named in the brackets the time at ``at`` stands
    in ("(10:22 p.m. Monday GMT)"), else ''."""
    opening = text.rfind("(", 0, at)
    if opening < 0 or ")" in text[opening:at]:
        return ""
    closing = text.find(")", at)
    inside = text[opening : closing if closing > 0 else len(text)]
    found = re.search(rf"(?<![A-Za-z])({_ZONE_WORDS})(?![A-Za-z])", inside, re.IGNORECASE)
    if found is None:
        return ""
    key = re.sub(r"\s+", " ", found.group(1).lower())
    return TIME_ZONES.get(key, "?")


#: Digits after "時"/"시" that are not read as minutes ("午前9時59キロ"): the time is unclear.
_DIGITS_AFTER_HOUR = re.compile(r"\s*[時시]\s*\d")


def find_unclear_times(text: str) -> list[tuple[int, int, str]]:
    """The times of day whose minutes cannot be told: digits after the hour that neither
    "分"/"분" nor a hedge or particle marks as minutes; ``(start, end, words)``.

    Examples
    --------
    >>> find_unclear_times("午前9時59ごろ"), find_unclear_times("午前9時 5発を")
    ([], [(0, 6, '午前9時 5')])
    """
    work = normal(text)
    out = []
    for pattern in (_JA_TIME, _KO_TIME):
        for m in pattern.finditer(work):
            if m.group("m") or m.group("half") or m.group("bare") or m.group("hedge"):
                continue
            if _DIGITS_AFTER_HOUR.match(work, m.end("h")):
                digits = re.match(r"\s*\d+", work[m.end() :])
                end = m.end() + (digits.end() if digits else 0)
                out.append((m.start(), end, work[m.start() : end].strip()))
    return out


def _clock_read(m: re.Match[str], hour: int, minute: int, zone: str) -> ClockTime:
    """The :class:`ClockTime` a match of a time pattern (with a ``hedge`` group) reads as."""
    return ClockTime(
        hour,
        minute,
        bool(m.group("hedge")),
        zone == "UTC",
        m.group(0).strip(),
        m.start(),
        m.end(),
        zone,
    )


#: Words that make a time a bound, not a time ("午前8時過ぎ", "8時前に", "8시 넘어", "shortly
#: after 8 am", "just before 6 am", "by 9:00"), or an hour band ("3時台", "7시대부터"): such a
#: time is not read.
_VAGUE_AFTER = re.compile(
    r"^\s*(?:過ぎ|すぎ|前(?!後)|台|以降|以前|넘어|넘은|넘겨|직전|직후|이전|이후|전후|"
    r"대(?=부터|까지|에|,|\s|$))",
    re.IGNORECASE,
)
#: The start of a span of times ("6時2分から同19分にかけて", "6시부터 7시 사이", "6-7 a.m.",
#: "7時半から39分ごろにかけて", "6시 10분부터 20분 사이", "11시 55분경부터 자정까지",
#: "6時10分～20分").
_SPAN_START = re.compile(
    r"^\s*(?:ごろ|頃|경|께|쯤)?\s*(?:から|より|~|〜|-|–|부터|to|until|till)\s*"
    r"(?:(?:午前|午後|오전|오후|낮|밤|새벽|아침|저녁)?\s*\d{1,2}\s*(?:時|시|:|\.\d{2}\s*[ap]\.?m|\s*[ap]\.?m)|同\s*(?:午前|午後)?\s*\d{1,2}\s*(?:時|分)|"
    r"\d{1,2}\s*(?:分|분)\s*(?:ごろ|頃|경|께|쯤)?\s*(?:にかけ|まで|까지|사이)|"
    r"(?:午前|午後|오전|오후|낮|밤)?\s*(?:零時|正午|真夜中|자정|정오)|\bmidnight\b|\bnoon\b)|"
    # "6時10分～20分ごろ", "6시 10분에서 20분 사이"
    r"^\s*(?:ごろ|頃|경|께|쯤)?\s*[~〜\-–]\s*\d{1,2}\s*(?:分|분)|"
    r"^\s*(?:경|께|쯤)?\s*에서\s*(?:(?:오전|오후)\s*)?\d{1,2}\s*(?:시|분)[^.,]{0,10}?사이",
    re.IGNORECASE,
)
#: The end of a span of times ("…から同19分にかけて", "between 6:02 a.m. and 6:19 a.m."), or a
#: span told by its start and length ("in a period of about 10 minutes from 6:10 p.m.").
_SPAN_END = re.compile(
    # (round 19: a bracket after the start, "午後3時19分(日本時間同)ごろから同4時5分ごろにかけ")
    r"(?:\d\s*(?:分|분|時|시|[ap]\.?m\.?|GMT|UTC)?\s*(?:[(（][^()（）]{0,24}[)）])?\s*"
    r"(?:ごろ|頃|경|께|쯤)?\s*"
    r"(?:から|より|~|〜|-|–|부터|to|until|till)\s*(?:同|午前|午後|오전|오후)?\s*$)|"
    # "between 9:08 a.m. (00:08 GMT) to 9:43 a.m.": "to" for "and", a bracket between
    r"\bbetween\s+(?:[^,;()]|\([^()]*\)){1,60}?\s+(?:and|to)\s+$|"
    r"\b(?:period|span|space|window)\s+of\s+[^,;.]{0,25}?\bfrom\s+$|"
    # "during about 40 minutes from just after 9 a.m.": a length and its start, a span
    r"\b(?:during|for|over|in|within)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?\d+\s+"
    r"(?:minutes|hours)\s+(?:from|starting)\s+(?:(?:just|shortly|right|soon)\s+)?(?:after\s+)?$",
    re.IGNORECASE,
)
#: Round 32: the end of a Korean span told "A에서 B 사이" ("오후 2시 10분에서 오후 3시 5분 사이에"):
#: the start before it, and 사이 after it.
_KO_SPAN_FROM = re.compile(
    r"\d\s*(?:시|분)\s*(?:경|께|쯤)?\s*에서\s*(?:오전|오후|낮|밤|새벽|아침|저녁)?\s*$"
)
_KO_BETWEEN_AFTER = re.compile(r"^\s*(?:경|께|쯤)?\s*(?:의\s*)?사이")
#: An open span, a start with no end ("午前8時(日本時間同)ごろから、", "오전 8시경부터 북한이",
#: "starting around 8 am"): round 10 (README, Holdout 10) reads it as a span, no time.
_OPEN_SPAN_AFTER = re.compile(
    r"^\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:ごろ|頃|경|께|쯤)?\s*(?:[(（][^()（）]{0,24}[)）])?"
    # (round 33: not the time counted from, "6時42分から4分後の", "6시 42분부터 4분 뒤")
    r"\s*(?:から|부터)(?!\s*(?:約|およそ|약)?\s*\d+\s*(?:分|時間|秒|분|시간|초)\s*(?:後|뒤|후))"
)
#: Round 20: a span told by its start and then its length ("at around 7 a.m. during a time
#: period of more than 40 minutes", "from 6 p.m. local time over about half an hour" reads
#: the start's "from"; "at 9 a.m. for some 20 minutes"): the launches happened within it.
_LENGTH_AFTER = re.compile(
    r"^\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:local\s+time\s*)?,?\s*"
    r"(?:during|over|for|in|within)\s+(?:a\s+|the\s+)?(?:(?:time\s+)?(?:period|span|window)\s+of\s+)?"
    r"(?:(?:more\s+than|over|about|some|around|roughly|nearly|almost|at\s+least|up\s+to)\s+)?"
    r"(?:\d+|[a-z]+|half\s+an)\s+(?:minutes?|hours?)\b",
    re.IGNORECASE,
)
_OPEN_SPAN_BEFORE = re.compile(
    r"\b(?:starting|beginning)\s+(?:(?:at|around|about|from|some|shortly)\s+)*$|"
    # round 18: "The launches started around 6:18 a.m. and continued for several minutes" (the
    # firing's start: "drills started at around 9:30 a.m." stays one time)
    # (round 22: "The launches began again at around 8:03 p.m.", "firing resumed at 9 p.m.")
    r"\b(?:launch(?:es|ings?)?|firings?|salvos?|barrages?)\s+(?:had\s+)?(?:started|began|begun|"
    r"commenced|resumed)\s+(?:again\s+)?"
    r"(?:(?:at|around|about|from|some|shortly|approximately|after|just)\s+)*$|"
    # round 17: "fired … from about 11:40 a.m., and flew …": a start told, no end
    r"\bfrom\s+(?:(?:around|about|approximately|roughly|some|shortly|just|soon|right|after)\s+)*$|"
    # round 29: "A number of cruise missiles launched since around 4 a.m. … were detected"
    r"\bsince\s+(?:(?:around|about|approximately|roughly|some|shortly|just|after)\s+)*$|"
    # round 28: "The rockets were first fired at 5:12 a.m." (several, the first of them: the
    # start of the firing; "the first missile was fired at …" stays that missile's time)
    r"\bwere\s+first\s+(?:launched|fired|shot|test-fired)\s+"
    r"(?:(?:at|around|about|approximately|shortly|just|after)\s+)*$",
    re.IGNORECASE,
)
#: A bracket right after a time ("(日本時間同)", "(현지시간)", "(GMT 0500)"), skipped to
#: read the word after it.
_BRACKET_AFTER_TIME = re.compile(r"^\s*[(（][^()（）]{0,24}[)）]")
_VAGUE_BEFORE = re.compile(
    r"(?:\b(?:after|before|past|until|till|by|since)|\bshortly|\bjust|\bsoon|\blittle)"
    r"\s+(?:(?:after|before|past)\s+)?$",
    re.IGNORECASE,
)


def time_in_span(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` of ``text`` is an end of a span of times ("18시
    10분경부터 18시 20분경까지", "午前7時半から39分ごろにかけて", "between 6:01 a.m. and 6:23
    a.m.", "in a period of about 10 minutes from 6:10 p.m."): the launches happened within it,
    none is said to be at either end.

    Examples
    --------
    >>> text = "오후 3시 5분부터 15분 사이 발사; 오후 3시 40분경 발사"
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False]
    >>> text = "fired between 9:02 a.m. and 9:14 a.m.; one more at 9:40 a.m."
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, True, False]
    >>> text = "for about 20 minutes from shortly after 6 a.m.; at 7 a.m."
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False]
    >>> text = "at around 7 a.m. during a time period of more than 40 minutes; at 9 a.m."
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False]
    >>> text = "오후 2시 10분에서 오후 3시 5분 사이에 발사; 오후 3시 40분에서 출발"
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, True, False]
    >>> text = "between 7:12 a.m. (22:12 GMT) to 7:30 a.m."
    >>> [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False, True]
    """
    work = normal(text)
    written = re.search(r"(\d{1,2})\s*[~〜\-–]\s*(\d{1,2})\s*[分분]", work[start:end])
    if written:  # "6時10～20分ごろ", "6시 10~20분": one written time that is a span
        return int(written.group(2)) - int(written.group(1)) != 1  # "7時28~29分": to the minute
    minute = re.search(r":(\d{2})$", work[start:end].strip())
    one_minute = re.match(r"\s*[-–]\s*(\d{2})\s*[ap]\.?m", work[end : end + 12], re.IGNORECASE)
    if minute and one_minute and int(one_minute.group(1)) - int(minute.group(1)) == 1:
        return False  # "around 7:28-29 a.m.": a time to the minute, 7:28, not a span
    start_minute = re.search(r":(\d{2})\s*[-–]\s*$", work[max(0, start - 8) : start])
    end_minute = re.match(r"\d{2}\b", work[start:end])
    if start_minute and end_minute and int(end_minute.group(0)) - int(start_minute.group(1)) == 1:
        return False  # its end, "29"
    return bool(
        _SPAN_START.match(work[end : end + 24])
        or _OPEN_SPAN_AFTER.match(work[end : end + 40])
        or _LENGTH_AFTER.match(work[end : end + 90])
        or _OPEN_SPAN_BEFORE.search(work[max(0, start - 40) : start])
        or _SPAN_END.search(work[max(0, start - 90) : start])
        or (
            _KO_SPAN_FROM.search(work[max(0, start - 30) : start]) is not None
            and _KO_BETWEEN_AFTER.match(work[end : end + 12]) is not None
        )
        or re.search(
            r"\bbetween\s+(?:around\s+|about\s+)?$", work[max(0, start - 20) : start], re.IGNORECASE
        )
    )


def vague_time(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` of ``text`` is told only as a bound: before or after
    it, past it ("午前8時過ぎ", "8時前", "8시 넘어", "shortly after 8 am", "just before 6 am").

    Examples
    --------
    >>> text = "午前8時過ぎに発射、午前6時42分ごろ発射"
    >>> [vague_time(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False]
    >>> text = "午後3時(日本時間同)すぎに発射"
    >>> [vague_time(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True]
    >>> text = "launched shortly after 8 am; the other at 6:42 a.m."
    >>> [vague_time(text, c.start, c.end) for c in find_clock_times(text, vague=True)]
    [True, False]
    """
    work = normal(text)
    told = work[start:end]
    # "午後2時(日本時間同)すぎ", "8시(현지시간) 넘어": a bracket between the time and its bound
    after = _BRACKET_AFTER_TIME.sub("", work[end : end + 40], count=1)
    return bool(
        re.search(r"(?:過ぎ|すぎ)$", told)
        or _VAGUE_AFTER.match(after[:6])
        or _VAGUE_BEFORE.search(work[max(0, start - 24) : start])
        or time_in_span(text, start, end)
    )


def find_clock_times(text: str, *, vague: bool = False) -> list[ClockTime]:
    """Every time of day written in ``text``, in order (positions in ``normal(text)``); a time
    told only as a bound (:func:`vague_time`) is left out unless ``vague``.

    Examples
    --------
    >>> [(c.hour, c.minute) for c in find_clock_times("午後10時43分ごろ、22時57分頃")]
    [(22, 43), (22, 57)]
    >>> found = find_clock_times("밤 10시43분 경, 오전 6시 45분쯤")
    >>> [(c.hour, c.minute, c.approximate) for c in found]
    [(22, 43, True), (6, 45, True)]
    >>> [(c.hour, c.minute, c.utc) for c in find_clock_times("around 5:21 p.m. (8:21 a.m. GMT)")]
    [(17, 21, False), (8, 21, True)]
    >>> [(c.hour, c.minute) for c in find_clock_times("午前8時過ぎ, after 8 am; 7:06 a.m.")]
    [(7, 6)]
    >>> [(c.hour, c.minute) for c in find_clock_times("오후 4시 29분과 4시 49분경")]
    [(16, 29), (16, 49)]
    >>> [(c.hour, c.minute) for c in find_clock_times("正午ごろ; 정오쯤; around noon; afternoon")]
    [(12, 0), (12, 0), (12, 0)]
    """
    work = normal(text)
    found: list[ClockTime] = []
    unclear = {start for start, _, _ in find_unclear_times(work)}
    for pattern in (_JA_TIME, _KO_TIME):
        previous: tuple[re.Match[str], int] | None = None
        halves: list[tuple[str, int]] = []
        for m in pattern.finditer(work):
            if m.start() in unclear:
                continue
            hour = _hour(m.group("pre"), int(m.group("h")))
            minute = 30 if m.group("half") else int(m.group("m") or m.group("bare") or 0)
            if hour > 24 or minute > 59:
                continue
            if previous is not None and _afternoon_listed(work, previous, m):
                hour += 12  # "午後4時29分と4時49分": the second is in the afternoon too
            elif _same_half_told(work, halves, m, hour):
                hour += 12  # round 22: "午後6時20分ごろから10発、同9時半ごろに7発" is 21:30
            if m.group("pre"):
                halves.append((m.group("pre"), hour))
            previous = (m, hour)
            zone = _zone_near(work, m.start(), m.end())
            found.append(_clock_read(m, hour % 24, minute, zone))
    english = list(_EN_TIME.finditer(work))
    spans = list(_EN_MINUTE_SPAN.finditer(work))
    for m in spans:  # "7:25-37 p.m.": both ends in the hour and half of the day written once
        hour, ampm = int(m.group("h")), m.group("ampm").lower()
        if hour > 12 or int(m.group("m")) > 59 or int(m.group("m2")) > 59:
            continue
        zone = _zone_near(work, m.start(), m.end()) or _zone_in_brackets(work, m.start())
        hedged = bool(re.search(r"(?:about|around|approximately)\s+$", work[: m.start()]))
        for told, start, end in ((m.group("m"), m.start(), m.start("m2") - 1),
                                 (m.group("m2"), m.start("m2"), m.end())):  # fmt: skip
            found.append(ClockTime(_en_half(ampm, hour), int(told), hedged, zone == "UTC",
                                   work[start:end].strip(), start, end, zone))  # fmt: skip
    english = [m for m in english if not any(s.start() <= m.start("h") < s.end() for s in spans)]
    for i, m in enumerate(english):
        hour, ampm = int(m.group("h")), (m.group("ampm") or "").lower()
        if not ampm and not m.group("zone") and i + 1 < len(english):
            after = english[i + 1]
            if after.group("ampm") and _EN_SHARED_HALF.fullmatch(work, m.end(), after.start()):
                ampm = after.group("ampm").lower()  # "at 7:24 and 7:36 p.m."
        evening = _EN_EVENING_AFTER.match(work, m.end()) or _EN_EVENING_BEFORE.search(
            work[max(0, m.start() - 40) : m.start()]
        )
        if (
            not ampm
            and not m.group("zone")
            and evening
            and ((evening.group("half") or "night").lower() != "night" or 6 <= hour <= 11)
        ):
            ampm = "p"  # round 26: "at 5:42 this Thursday evening" (not "2 a.m." at night)
        named = (m.group("zone") or "").lower()
        zone = (
            ""
            if named == "local time"
            else TIME_ZONES.get(named, "")
            or _zone_near(work, m.start(), m.end())
            or _zone_in_brackets(work, m.start())
        )
        zoned_after = named or _ZONE_AFTER.match(work[m.end() : m.end() + 40])
        if (m.group("m") is None or m.group("sep") == ".") and not (ampm or zoned_after):
            continue  # a bare number ("600 km", "2023", "15日") or a decimal ("1.25") is no time
        hour = _en_half(ampm, hour)
        minute = int(m.group("m") or 0)
        if hour > 23 or minute > 59 or (ampm and int(m.group("h")) > 12):
            continue
        found.append(_clock_read(m, hour, minute, zone))
    for m in _EN_COMPACT.finditer(work):
        if not any(c.start <= m.start() < c.end for c in found):
            found.append(
                ClockTime(int(m.group("h")), int(m.group("m")), False, True, m.group(0),
                          m.start(), m.end(), "UTC")
            )  # fmt: skip
    for m in _EN_COMPACT_CONVERTED.finditer(work):
        listed = [m.start("list") + n.start() for n in re.finditer(r"\d{4}", m.group("list"))]
        for at in [m.start("h"), *listed]:
            text = work[at : at + 4]
            found.append(ClockTime(int(text[:2]), int(text[2:]), False, False, text, at,
                                   at + 4, ""))  # fmt: skip
    for m in _EN_COMPACT_ZONED.finditer(work):
        if not any(c.start <= m.start() < c.end for c in found):
            named = re.sub(r"\s+", " ", m.group("zone").lower())
            zone = "" if named == "local time" else TIME_ZONES[named]
            found.append(
                ClockTime(int(m.group("h")), int(m.group("m")), False, False, m.group(0),
                          m.start(), m.end(), zone)
            )  # fmt: skip
    for m in _NOON.finditer(work):
        if any(c.start <= m.start() < c.end for c in found):
            continue  # round 17: "정오 12시18분": the noon word is that time's half of the day
        hedged = bool(m.group("before") or m.group("after"))
        zone = _zone_near(work, m.start(), m.end())
        found.append(ClockTime(12, 0, hedged, zone == "UTC", m.group(0).strip(), m.start(),
                               m.end(), zone))  # fmt: skip
    if not vague:
        found = [c for c in found if not vague_time(work, c.start, c.end)]
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
    # ("今月12日", "本月12日": this month's 12th; not the "12" of "5月12日" read alone)
    r"(?<![\d年월])(?:(?<=今月)|(?<=本月)|(?<!月))(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日"
    r"(?!間|本|米|韓|中|朝)",
    r"(?<![\d년월])(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일(?!간|본)",
    r"\(\s*(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})\s*\.?\s*\)",
    rf"\b(?P<mon>{_MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})",
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_WORDS})\b(?!\.?,?\s+\d{{4}})",
    # round 22: "launch signs on the 25th and was prepared" (a day of the month as an
    # ordinal; not "on the 25th anniversary", "on the 7th Party Congress")
    r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$|(?:and|at|around|about|in|when|but|after|before)\b))",
)
#: Round 31: a numeric day and month in English ("on 11/23", "on 23/11"), read only when one
#: order alone is a date (not "on 11/10": the tenth of November or the eleventh of October).
_EN_NUMERIC_DAY = re.compile(r"\bon\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?!/)")
_RELATIVE_DAYS = (
    (r"本日|今日|きょう|오늘|\btoday\b|\btonight\b", 0),
    (r"昨日|きのう|어제|\byesterday\b", -1),
)
#: Words for the day last named ("이날", "同日", "that day"): the statement's own day when
#: none was named before.
#: Words for the day before the day last named ("18일 … 전날", "前日", "the day before").
#: Not when it only counts this launch from another ("전날에 이어 이틀 연속", "前日に続き").
_DAY_BEFORE = r"(?:전날|前日|\bthe (?:day before|previous day)\b)(?!\s*(?:에\s*이어|に続))"
_SAME_DAY = r"이날|그날|同日|当日|この日|その日|\bthat day\b|\bthe same day\b"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


_YEAR_MONTHS = (
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[年년](?:\s*(?P<m>\d{1,2})\s*[月월](?!\s*\d{1,2}\s*[日일]))?"
    ),
    # round 21: a year in two digits, with its month ("21年9月", "21년 9월"; 2000 + the digits)
    re.compile(
        r"(?<![\d.,'’])(?P<yy>\d\d)\s*[年년]\s*(?P<m>1[0-2]|0?[1-9])\s*[月월](?!\s*\d{1,2}\s*[日일])"
    ),
    re.compile(
        rf"\b(?:(?P<mon>{_MONTH_WORDS})\.?\s+|(?:in|since|during)\s+)"
        r"(?P<y>(?:19|20)\d\d)\b(?![-/.,]\d|\s*(?:km|kilomet))",
        re.IGNORECASE,
    ),
)


def find_year_months(text: str) -> list[tuple[int, int, int | None]]:
    """Every year, or year and month, written without a day ("2017년 5월", "2017年", "May
    2017", "in 2017"), as ``(start, year, month or None)`` in ``normal(text)``; complete dates
    are :func:`find_dates`'.

    Examples
    --------
    >>> find_year_months("지난 2017년 5월 시험발사에서; in 2019; 2023年8月24日")
    [(3, 2017, 5), (20, 2019, None)]
    >>> find_year_months("21年9月、…; 21年9月15日")
    [(0, 2021, 9)]
    """
    work = normal(text)
    full = [(m.start(), m.end()) for p in FULL_DATES for m in p.finditer(work)]
    out = []
    for pattern in _YEAR_MONTHS:
        for m in pattern.finditer(work):
            if any(a <= m.start() < b for a, b in full):
                continue
            groups = m.groupdict()
            month = (
                _MONTHS[groups["mon"].lower()] if groups.get("mon")
                else int(groups["m"]) if groups.get("m") else None
            )  # fmt: skip
            year = int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"])
            out.append((m.start(), year, month))
    return sorted(out)


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


def find_dates(
    text: str, base: dt.date | None, same_day: dt.date | None = None
) -> list[tuple[int, dt.date]]:
    """Every date ``text`` names, with where (in ``normal(text)``): complete dates, and with a
    ``base`` date (the statement's) days of the month ("24日", "24일", "(5. 27)", "Aug. 24"),
    weekdays ("Saturday": the last on or before ``base``, or the day after it: a page dated in
    America about a morning in Asia) and "today"/"yesterday" in three languages; "이날",
    "同日", "that day" are the day named before them in ``text``, else ``same_day`` (the day
    last named, by default ``base``). A day after ``base``'s day is in the month before. Dates
    in brackets that name GMT or UTC ("(10:22 p.m. Monday GMT)") are not counted.

    Examples
    --------
    >>> base = dt.date(2024, 5, 28)
    >>> [d.isoformat() for _, d in find_dates("어제(5. 27) 22시 44분경", base)]
    ['2024-05-27', '2024-05-27']
    >>> [d.isoformat() for _, d in find_dates("27日午後10時46分; on Saturday", base)]
    ['2024-05-27', '2024-05-25']
    >>> [d.isoformat() for _, d in find_dates("이날 오후", base, same_day=dt.date(2024, 5, 27))]
    ['2024-05-27']
    >>> [d.isoformat() for _, d in find_dates("5月26日、同日午前", base, same_day=base)]
    ['2024-05-26', '2024-05-26']
    >>> [d.isoformat() for _, d in find_dates('28일 … 전날 "오늘 오후 10시"', base)]
    ['2024-05-28', '2024-05-27', '2024-05-27']
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
        for m in _EN_NUMERIC_DAY.finditer(work):
            a, b = int(m.group("a")), int(m.group("b"))
            month, day = (a, b) if a <= 12 < b else (b, a) if b <= 12 < a else (0, 0)
            if month and day <= 31:
                year = base.year - (1 if month > base.month else 0)
                try:
                    found.append((m.start(), dt.date(year, month, day)))
                except ValueError:
                    continue
        # "18일 … 전날 \"오늘 오후 10시38분경 …\"": the day before the day named before it, and
        # a "today" told after it is that day's (the speaker's), not the page's
        before_named = sorted(found)
        said_on: list[tuple[int, dt.date]] = []
        for m in re.finditer(_DAY_BEFORE, work, re.IGNORECASE):
            earlier = [d for at, d in before_named if at < m.start()]
            said_on.append((m.start(), (earlier[-1] if earlier else base) - dt.timedelta(days=1)))
        found += said_on
        for word, days in _RELATIVE_DAYS:
            for m in re.finditer(word, work, re.IGNORECASE):
                speaker = [d for at, d in said_on if at < m.start()]
                found.append(
                    (m.start(), (speaker[-1] if speaker else base) + dt.timedelta(days=days))
                )
        for m in re.finditer(r"\b(" + "|".join(_WEEKDAYS) + r")\b", work, re.IGNORECASE):
            back = (base.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
            back = -1 if back == 6 else back  # the day after: a page dated a day behind Asia
            found.append((m.start(), base - dt.timedelta(days=back)))
        named = sorted((at, d) for at, d in found if not any(a <= at < b for a, b in utc_brackets))
        # round 29: "전날(21일) … 진수하는 데 실패했다고 이날 오전 …": the day before and its
        # date in brackets are told from "this day", which stays the day named before them
        told_from = [
            at for at, _ in named
            if any(at == b or re.fullmatch(r"\S{1,3}\s?[(（]", work[b:at]) for b, _ in said_on)
        ]  # fmt: skip
        named = [(at, d) for at, d in named if at not in told_from]
        for m in re.finditer(_SAME_DAY, work, re.IGNORECASE):
            # "9月25日、北朝鮮が同日…": the day named before it in the same text, if any
            earlier = [d for at, d in named if at < m.start()]
            found.append((m.start(), earlier[-1] if earlier else same_day or base))
    return sorted((at, d) for at, d in found if not any(a <= at < b for a, b in utc_brackets))
