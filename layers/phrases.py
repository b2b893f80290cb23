"""Reported positions written as people write them, in English, Japanese and Korean.

Understood forms (case-insensitive; the hedges below mark a distance as approximate):

* English: ``[about] D km|NM|nautical miles|miles BEARING of REFERENCE`` where BEARING is a
  compass word (east, north-east, northeast, east-northeast, E, ENE, ...), e.g. "about 600 km
  east of the Philippines", "33 km W of Baengnyeongdo"; ``between A and B``, e.g. "between
  Okinawa main island and Miyako Island". Hedges: "about", "approximately", "around", "some",
  "roughly", "nearly".
* Japanese: ``REFERENCE[の]BEARING[方|側][、][約]D キロ[の SEA 上]``, e.g.
  "フィリピンの東約600キロ",
  "フィリピンの東、約600キロの太平洋上", "青森県西方約250キロ", "島後から北寄りに370キロほど";
  ``AとBの間``, e.g. "沖縄本島と宮古島の間". Compass words 東, 北東, 東北東 ...; hedges 約, およそ,
  ほど, 程度, ごろ, と推定, とみられる.
* Korean: ``REFERENCE[에서] BEARING[쪽|방][으로] [약] D㎞[여] [지점의 SEA]``, e.g. "필리핀 동쪽 약
  600㎞", "백령도 서쪽 33km 지점", "어청도 서방 200여㎞ 해상"; ``A과/와 B 사이``, e.g.
  "오키나와 본섬과 미야코섬 사이". Compass words 동쪽, 북동쪽, 동북방, 남남서 ...; hedges 약, 여,
  가량, 쯤, 추정.

Numbers may be written in any of the forms :mod:`layers.numbers` reads (``1,180``, ``６００``,
``4천500``, ``1千``), with the units km, ㎞, キロ, キロメートル, 킬로미터, 海里, 해리, NM. A
Japanese
or Korean reference is matched against the gazetteer's names (the longest name the words end
with: "小笠原諸島の沖ノ鳥島" is Okinotorishima); an English one is passed on as written.

A phrase is refused when it is longer than :data:`PHRASE_MAX_CHARS`, holds a control
character, gives a distance beyond :data:`~layers.scenario.DISTANCE_MAX_KM` (short of the
antipode) or a "between" of one place and itself; a bidirectional control character is warned
about (:class:`~layers.errors.InputWarning`).

Examples
--------
>>> spec = parse_phrase("about 600 km east of the Philippines")
>>> spec.origin, spec.distance_m, spec.bearing_deg, spec.about
('Philippines', 600000.0, 90.0, True)
>>> parse_phrase("passed between Okinawa main island and Miyako Island").between
('Okinawa main island', 'Miyako Island')
>>> reading = read_phrase("フィリピンの東、約600キロの太平洋上")
>>> reading.language, reading.spec.origin, reading.spec.distance_m, reading.spec.bearing_deg
('ja', 'Philippines', 600000.0, 90.0)
>>> reading.sea, read_phrase("백령도 서쪽 33km 지점").spec.about
('North Pacific Ocean', False)
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.errors import (
    InputWarning,
    LayersError,
    bidi_character,
    control_character,
    shown,
)
from alertmap.layers.gazetteer import Place, Region, load_gazetteer
from alertmap.layers.numbers import (
    DISTANCE,
    Quantity,
    find_quantities,
    find_spans,
    in_span,
    normal,
)
from alertmap.layers.scenario import (
    COMPASS,
    DISTANCE_MAX_KM,
    PositionSpec,
    parse_bearing,
    same_place,
)

__all__ = [
    "PHRASE_MAX_CHARS",
    "PhraseError",
    "PhraseReading",
    "compass_word",
    "find_positions",
    "hedges_in",
    "language_of",
    "parse_phrase",
    "read_phrase",
    "understood",
]

#: The longest phrase read, in characters (a reported position is a sentence at most).
PHRASE_MAX_CHARS = 500

_ABOUT = r"(?:about|approximately|approx\.?|around|some|roughly|nearly|~)"
_UNITS = {
    "km": 1000.0,
    "kilometres": 1000.0,
    "kilometers": 1000.0,
    "nm": NAUTICAL_MILE_M,
    "nmi": NAUTICAL_MILE_M,
    "nautical miles": NAUTICAL_MILE_M,
    "miles": 1609.344,
    "mi": 1609.344,
}
#: A number, with thousands separators ("1,200") or a decimal point.
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_BEARING_WORD = (
    r"(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}|"
    r"[NSEW]{1,3})"
)
_DISTANCE = re.compile(
    rf"^\s*(?:.*?\b(?P<about>{_ABOUT})\s+)?(?P<value>{_NUMBER})\s*"
    r"(?P<unit>km|kilometres|kilometers|nautical miles|nmi|nm|miles|mi)\b\.?\s*"
    rf"(?:to\s+the\s+)?(?P<bearing>{_BEARING_WORD})\s+of\s+(?:the\s+)?(?P<ref>.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"^\s*(?:.*?\b)?between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\.?\s*$",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- Japanese, Korean

_POINTS = {"北": "N", "南": "S", "東": "E", "西": "W", "북": "N", "남": "S", "동": "E", "서": "W"}


def _compass_words(n: str, s: str, e: str, w: str) -> list[str]:
    """Every compass word of up to three characters in one script, longest first."""
    two = [a + b for a in (n, s) for b in (e, w)] + [b + a for a in (n, s) for b in (e, w)]
    three = [p + q for q in two[:4] for p in dict.fromkeys(q)]
    return three + two + [n, s, e, w]


_JA_BEARINGS = _compass_words("北", "南", "東", "西")
_KO_BEARINGS = ["이남", "이북", *_compass_words("북", "남", "동", "서")]
#: Words that make a statement's position or figure approximate ("約", "ごろ", "と推定",
#: "여", "약", "쯤", "추정", "about", "estimated"), by language.
HEDGES: dict[str, tuple[str, ...]] = {
    "ja": (
        r"約(?=\s*[\d〇一二三四五六七八九十百千万])", "おおよそ", "およそ", "凡そ", "ほど", "程度",
        "ごろ", "頃", "と?推定", "とみられ", "と見られ", "見込み", "余り", "あまり",
        # round 29: "350km付近" (near a distance: about it)
        r"(?:キロ(?:メートル)?|km|㎞)\s*付近",
    ),
    "ko": (
        r"약(?=\s*[\d천만백])", r"(?<=\d)\s?여", "가량", "정도", "쯤", "추정", r"것으로\s*보",
        r"(?<=[시분])\s?(?:경|께)", "내외", "남짓", "무렵",
        r"(?:km|㎞|킬로(?:미터)?)\s*(?:부근|인근)",  # round 29: "250㎞ 부근" (about it)
    ),
    "en": (
        r"\babout\b", r"\bapproximately\b", r"\baround\b", r"\bsome(?=\s+\d)", r"\broughly\b",
        r"\bnearly\b", r"\bestimated\b", r"\bbelieved\b", r"\bpresumed\b", r"\bassumed\b",
        r"\breportedly\b", r"\bapparently\b", r"\bappear(?:s|ed)?\b", r"\blikely\b",
    ),
}  # fmt: skip
_DIST = DISTANCE.pattern
#: The most characters read as the words naming a reference place ("小笠原諸島の沖ノ鳥島",
#: "the Pacific coastal city of Kamaishi in Iwate Prefecture"): it bounds the work per phrase.
_REF_MAX = 60
_JA_DISTANCE = re.compile(
    rf"(?P<ref>[^、。,;]{{1,{_REF_MAX}}}?)(?:の|から)?(?P<bearing>(?:{'|'.join(_JA_BEARINGS)})"
    rf"(?:方向|方|側|寄り)?)(?:の)?(?:沖合?|海上|海域|沿岸)?(?:に|へ)?[、,]?\s*(?P<dist>{_DIST})",
    re.IGNORECASE,
)
_KO_DISTANCE = re.compile(
    rf"(?P<ref>[^,.。;]{{1,{_REF_MAX}}}?)\s*(?:에서|으로부터|로부터|의)?\s*"
    # (?<!에): the 서 of 에서 ("오가반도에서 약 700㎞", from) is no bearing (west)
    # (round 26: "니가타 북서부 700㎞ 지점", a part of the place told with a distance: NW of it)
    rf"(?<!에)(?P<bearing>(?:{'|'.join(_KO_BEARINGS)})(?:쪽|방향|방|편|부)?)\s*(?:먼\s*바다|앞바다|해상|해역|바다)?"
    rf"\s*(?:으로|로)?\s*(?P<dist>{_DIST})",
    re.IGNORECASE,
)
_EN_DISTANCE = re.compile(
    # (round 26: the distance in other units in brackets, "165 kilometers (103 miles) west of")
    rf"(?P<dist>{_DIST})\s+(?:\([^()]{{1,24}}\)\s+)?(?:to\s+the\s+)?"
    rf"(?P<bearing>{_BEARING_WORD})(?:wards?)?\s+"
    rf"(?:of|from|off)\s+(?P<ref>[^,;:()]{{1,{_REF_MAX}}})",
    re.IGNORECASE,
)
#: "PLACEから約Dキロ", "PLACE에서 약 D㎞", "about D km from PLACE": a distance in no direction
#: (a ring), read only in a phrase given to :func:`read_phrase` when it holds no bearing, never
#: in a statement's sentences (:func:`find_positions`), where a bare distance from a place is
#: as often a flight's or a site's.
_JA_AROUND = re.compile(
    rf"(?P<ref>[^、。,;]{{1,{_REF_MAX}}}?)から(?:の距離は?)?[、,]?\s*(?P<dist>{_DIST})",
    re.IGNORECASE,
)
_KO_AROUND = re.compile(
    rf"(?P<ref>[^,.。;]{{1,{_REF_MAX}}}?)\s*(?:에서|으로부터|로부터)\s*(?P<dist>{_DIST})",
    re.IGNORECASE,
)
_EN_AROUND = re.compile(
    rf"(?P<dist>{_DIST})\s+(?:away\s+)?from\s+(?P<ref>[^,;:()]{{1,{_REF_MAX}}})",
    re.IGNORECASE,
)
_JA_BETWEEN = re.compile(
    rf"(?P<pair>[^、。,;]{{1,{_REF_MAX}}}?と[^、。,;]{{1,{_REF_MAX}}}?)と?の間"
)
_KO_BETWEEN = re.compile(
    rf"(?P<pair>[^,.。;]{{1,{_REF_MAX}}}?(?:과|와|및)\s*[^,.。;]{{1,{_REF_MAX}}}?)\s*(?:의\s*)?사이"
)
_EN_BETWEEN = re.compile(
    rf"\bbetween\s+(?P<pair>(?:the\s+)?[^,;:()]{{1,{_REF_MAX}}}?\s+and\s+(?:the\s+)?"
    rf"[^,;:()]{{1,{_REF_MAX}}}?)"
    r"(?=\s+(?:at|around|about|in|on|toward|towards|into|before|after|and then|to)\b|[,;.:()]|$)",
    re.IGNORECASE,
)
#: Words after a reference that say "near it", or which coast of it ("北朝鮮東岸", "북한
#: 동해안": the distance is from its outline), left off before the gazetteer is asked.
_NEAR = re.compile(
    r"(?:沖|付近|周辺|近海|沿岸|近く|上空|인근|부근|앞바다|일대|근해|해상|지역|지점|쪽|에서|의|"
    r"の?[東西南北]{1,2}(?:海岸|岸)|\s*[동서남북]{1,2}(?:해안|안))+$"
)
#: What follows a distance before the sea it names ("の太平洋上", "지점의 서해").
_TAIL_LEAD = re.compile(
    r"^(?:\s|の|地点|付近|周辺|離れた|離れ|海域|に|지점|떨어진|부근|인근|해상|의|쯤|정도)*"
)
_KO_PARTICLES = ("에서", "으로", "에", "로", "와", "과", "의", "상", "을", "를", "이", "가")
_STOP_WORDS = frozenset({"the", "a", "an", "of", "island", "islands", "city", "town", "coast"})


class PhraseError(LayersError):
    """A reported position that is not in a form alertmap understands."""


def language_of(text: str) -> str:
    """``'ko'`` for text with Hangul, ``'ja'`` for text with kana or Chinese characters, else
    ``'en'``.

    Examples
    --------
    >>> [language_of(t) for t in ("필리핀 동쪽", "沖縄本島と宮古島の間", "east of Manila")]
    ['ko', 'ja', 'en']
    """
    if re.search(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]", text):
        return "ko"
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]", text):
        return "ja"
    return "en"


def compass_word(word: str) -> str:
    """The compass point (N, NNE ... NNW) a Japanese or Korean compass word names, or ''.

    Examples
    --------
    >>> words = ("東", "北東", "東北東", "南南西", "동쪽", "서북방", "이남", "東西")
    >>> [compass_word(w) for w in words]
    ['E', 'NE', 'ENE', 'SSW', 'E', 'NW', 'S', '']
    """
    word = re.sub(r"(?:쪽|방향|방|편|方向|方|側|寄り)$", "", word.strip())
    if word in ("이남", "이북"):
        return "S" if word == "이남" else "N"
    letters = [_POINTS.get(c, "") for c in word]
    if not word or "" in letters or len(letters) > 3:
        return ""
    if len(letters) == 1:
        return letters[0]
    if len(letters) == 2:
        pair = sorted(letters, key=lambda c: c in "EW")  # N or S first: 東北 is NE
        name = "".join(pair)
        return name if name in COMPASS else ""
    rest = compass_word(word[1:])
    name = letters[0] + rest
    return name if len(rest) == 2 and letters[0] in rest and name in COMPASS else ""


def _bearing_word(text: str) -> str:
    word = text.strip().upper().replace(" ", "-")
    if re.fullmatch(r"[NSEW]{1,3}", word):
        return word
    # round 31: "west-northwest" -> WNW (the second half written as one word)
    word = re.sub(r"(NORTH|SOUTH)(EAST|WEST)", r"\1-\2", word)
    parts = [p[0] for p in word.split("-") if p]
    # "north-east" -> NE, "east-north-east" -> ENE, "northeast" -> NE
    if len(parts) == 1 and len(word) > 5:
        for a in ("NORTH", "SOUTH"):
            for b in ("EAST", "WEST"):
                if word == a + b:
                    return a[0] + b[0]
    return "".join(parts)


def _checked(text: object) -> str:
    """The phrase, if it is a text of bounded length without control characters."""
    if not isinstance(text, str):
        raise PhraseError(f"{shown(text)}: expected a phrase (text)")
    if len(text) > PHRASE_MAX_CHARS:
        raise PhraseError(
            f"{shown(text)}: expected a phrase of at most {PHRASE_MAX_CHARS} characters"
        )
    bad = control_character(text)
    if bad is not None:
        raise PhraseError(f"{shown(text)}: expected text without control characters (found {bad})")
    odd = bidi_character(text)
    if odd is not None:
        warnings.warn(
            f"{shown(text)}: a bidirectional control character ({odd}): the text may read "
            "differently from the characters it holds",
            InputWarning,
            stacklevel=4,
        )
    return text


# --------------------------------------------------------------------------- names


def _around_readings(text: str, work: str, language: str) -> list[PhraseReading]:
    """Every "D km from PLACE" (in no direction) in ``work`` (normalised) whose place the
    gazetteer knows, in the grammar of ``language``; [] when one of them is not understood."""
    pattern = {"ja": _JA_AROUND, "ko": _KO_AROUND, "en": _EN_AROUND}[language]
    out: list[PhraseReading] = []
    pos = 0
    while m := pattern.search(work, pos):
        quantity = _quantity(m, work)
        if quantity is None:
            return []
        reference = m.group("ref")
        pos = m.end()
        if language == "en":
            # "about 700 km from the Oga Peninsula and about 400 km from the Oki Islands": the
            # place ends before "and", and the next distance is read from there
            cut = re.search(
                r"\s+(?:in|at|and|while|which|where|that|according)\b|\s*[.]\s*$",
                reference,
                flags=re.IGNORECASE,
            )
            if cut:
                reference, pos = reference[: cut.start()], m.start("ref") + cut.start()
            found = _english_name(reference.strip())
        else:
            found = _name_ending(reference.strip())
        if found is None:
            return []
        origin, words = found[0], found[1].lstrip("・·、, ")
        _within_reach(text, quantity.metres)
        hedges = hedges_in(work, language)
        spec = PositionSpec(
            field="phrase",
            origin=origin,
            distance_m=quantity.metres,
            about=quantity.approximate or bool(hedges),
        )
        sea = _sea_in(work[m.end() :], language)
        out.append(
            PhraseReading(
                text=text,
                language=language,
                spec=spec,
                reference=words,
                distance=quantity,
                hedges=hedges,
                sea=sea[0] if sea else "",
                span=(m.start(), m.end()),
            )
        )
    if len({r.spec.origin for r in out}) < len(out):
        raise PhraseError(f"{shown(text)}: expected each distance from a different place")
    return out


def _lookup(name: str) -> Place | Region | None:
    name = name.strip()
    return load_gazetteer().find(name) if name else None


def _candidates(words: str) -> Iterator[str]:
    """The names a reference may stand for: as written, without bracketed text and with the
    bracketed text alone ("東倉里(トンチャンリ)"), each without words meaning "near"."""
    bracketed = re.findall(r"[(\[]([^()\[\]]+)[)\]]", words)
    plain = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*", " ", words).strip()
    for text in (words, plain, *bracketed):
        text = text.strip(" 、,.")
        yield text
        trimmed = _NEAR.sub("", text).strip()
        if trimmed and trimmed != text:
            yield trimmed


def _name_ending(words: str) -> tuple[str, str] | None:
    """(gazetteer name, the words it was found in) for the longest name that ``words`` ends
    with ("小笠原諸島の沖ノ鳥島" -> Okinotorishima), or None."""
    for text in _candidates(words[-_REF_MAX:]):
        compact = text
        for start in range(len(compact)):
            tail = compact[start:].strip()
            if not tail or (start and compact[start - 1].isalnum() and tail[0].isascii()):
                continue  # never cut an English word in two
            found = _lookup(tail)
            if found is not None:
                return found.name, tail
    return None


#: Words after a reference that say where it is ("Hegurajima off the Noto Peninsula").
_QUALIFIER_EN = re.compile(r",?\s+(?:off|near|in)\s+(?:the\s+)?(?=[A-Z])")


#: Round 26: a country's capital named after it ("South Korea's capital Seoul", "Japan's capital
#: city Tokyo").
_CAPITAL_OF_EN = re.compile(
    r"['’]s\s+capital(?:\s+city)?,?\s+(?P<city>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)",
    re.IGNORECASE,
)


def _english_name(words: str) -> tuple[str, str] | None:
    """(gazetteer name, words) for the longest run of words that names something ("the
    island of Oshima-Oshima" -> Oshima-Oshima, "Hokkaido's Okushiri Island"), or None; a place
    before a sea ("the Pacific coastal city of Kamaishi" is Kamaishi), the last of equals."""
    capital = _CAPITAL_OF_EN.search(words)
    if capital:  # round 26: "South Korea's capital Seoul" is Seoul, not the country
        named = _english_name(capital.group("city"))
        if named is not None:
            return named
    qualified = _QUALIFIER_EN.search(words)
    if qualified:  # round 12: "the island of Hegurajima off the Noto Peninsula" is Hegurajima
        head = _english_name(words[: qualified.start()])
        if head is not None:
            return head
    tokens = [re.sub(r"['’]s$", "", t) for t in words.split()]
    seas: list[tuple[str, str]] = []
    for size in range(len(tokens), 0, -1):
        found_here: list[tuple[str, str]] = []
        for start in range(len(tokens) - size + 1):
            run = tokens[start : start + size]
            if size == 1 and run[0].lower() in _STOP_WORDS:
                continue
            text = " ".join(run)
            found = _lookup(text)
            if found is None:
                continue
            if isinstance(found, Region) and found.kind == "sea":
                seas.append((found.name, text))
            else:
                found_here.append((found.name, text))
        if found_here:
            return found_here[-1]
    return seas[0] if seas else None


def _sea_in(tail: str, language: str) -> tuple[str, str] | None:
    """(sea name, words) for a sea named at the start of ``tail`` ("の太平洋上" -> Pacific)."""
    lead = _TAIL_LEAD.match(tail)
    text = tail[lead.end() if lead else 0 :]
    text = re.split(r"[、。,;.()]", text, maxsplit=1)[0][:24]
    gazetteer = load_gazetteer()
    if language == "en":
        m = re.match(r"\s*(?:in|into|over)\s+(?:the\s+)?(.+)", text, re.IGNORECASE)
        return None if m is None else _longest_sea(m.group(1), gazetteer, words=True)
    return _longest_sea(text, gazetteer, words=language == "ko")


def _longest_sea(text: str, gazetteer: Any, *, words: bool) -> tuple[str, str] | None:
    """The sea named by the longest start of ``text`` (whole words when ``words``)."""
    if words:
        tokens = text.split()
        options = [" ".join(tokens[:n]) for n in range(len(tokens), 0, -1)]
    else:
        options = [text[:n] for n in range(len(text), 1, -1)]
    for option in options:
        for candidate in (option, *_stripped_particles(option)):
            sea = gazetteer.find_sea(
                re.sub(r"(?:上空|上|海域|海上|해상|해역|상공)$", "", candidate)
            )
            if sea is not None:
                return sea.name, option
    return None


def _stripped_particles(word: str) -> Iterator[str]:
    for particle in _KO_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            yield word[: -len(particle)]


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True, slots=True)
class PhraseReading:
    """What was understood in a reported position, and the position it gives.

    Attributes
    ----------
    text
        The phrase as given.
    language
        ``'en'``, ``'ja'`` or ``'ko'`` (:func:`language_of`).
    spec
        The position, as a scenario gives it.
    reference
        The words naming the reference place, as written ('' for "between").
    distance
        The distance as read (None for "between").
    bearing
        The compass words as written, e.g. ``'北東'`` or ``'north-east'``.
    hedges
        The words that made it approximate, as written.
    sea
        The gazetteer's name of a sea the phrase names ("の太平洋上"), or ''.
    span
        Where the phrase was found in the normalised text it was read from.
    also
        Further distances in no direction from other places in the same phrase ("男鹿半島から
        約700キロ、隠岐諸島から約400キロ"): each a position of its own, to be fused with ``spec``.
    """

    text: str
    language: str
    spec: PositionSpec
    reference: str = ""
    distance: Quantity | None = None
    bearing: str = ""
    hedges: tuple[str, ...] = ()
    sea: str = ""
    between: tuple[str, str] = ("", "")
    span: tuple[int, int] = field(default=(0, 0))
    also: tuple[PhraseReading, ...] = ()

    def understood(self) -> dict[str, Any]:
        """What was understood, for a person to check: language, form and the parsed parts.

        Examples
        --------
        >>> read_phrase("필리핀 동쪽 약 600㎞").understood()["bearing"]
        '동쪽 (E)'
        """
        out: dict[str, Any] = {"language": self.language}
        spec = self.spec
        if spec.between is not None:
            out["form"] = "between"
            out["between"] = [
                f"{w} ({n})" if w and w != n else n
                for w, n in zip(self.between, spec.between, strict=True)
            ]
            return out
        out["form"] = (
            "distance and bearing from a place"
            if spec.bearing_deg is not None
            else "distance from a place, in no direction"
        )
        out["reference"] = (
            f"{self.reference} ({spec.origin})"
            if self.reference and self.reference != spec.origin
            else spec.origin
        )
        if self.distance is not None:
            out["distance"] = self.distance.text
        out["distance_km"] = round((spec.distance_m or 0.0) / 1000.0, 3)
        if spec.bearing_deg is not None:
            compass = spec.bearing_text
            out["bearing"] = f"{self.bearing} ({compass})" if self.bearing != compass else compass
        out["about"] = spec.about
        if self.also:
            out["also"] = [r.understood() for r in self.also]
        if self.hedges:
            out["hedges"] = list(self.hedges)
        if self.sea:
            out["sea"] = self.sea
        return out


def hedges_in(text: str, language: str) -> tuple[str, ...]:
    """The hedges (:data:`HEDGES`) written in ``text``, as written.

    Examples
    --------
    >>> hedges_in("午前4時5分ごろ、約600キロの太平洋上に落下したと推定", "ja")
    ('約', 'ごろ', 'と推定')
    >>> hedges_in("여객선이 정상 운항한다", "ko"), hedges_in("200여㎞, 8시 24분경", "ko")
    ((), ('여', '경'))
    """
    found = (re.search(p, text, re.IGNORECASE) for p in HEDGES[language])
    return tuple(m.group(0) for m in found if m is not None)


def _within_reach(text: str, metres: float) -> None:
    """Refuse a distance past :data:`DISTANCE_MAX_KM` (short of the antipode)."""
    if metres > DISTANCE_MAX_KM * 1000.0:
        raise PhraseError(
            f"{shown(text)}: expected a distance of at most {DISTANCE_MAX_KM:,} km "
            f"(short of the antipode), got {metres / 1000.0:,.0f} km"
        )


def _distance_spec(
    text: str, quantity: Quantity, bearing_text: str, compass: str, origin: str, about: bool
) -> PositionSpec:
    try:
        bearing, wording = parse_bearing(compass)
    except ValueError as err:
        raise PhraseError(f"{shown(text)}: {err}") from None
    _within_reach(text, quantity.metres)
    return PositionSpec(
        field="phrase",
        origin=origin,
        distance_m=quantity.metres,
        bearing_deg=bearing,
        bearing_text=wording,
        about=about,
    )


def _quantity(match: re.Match[str], work: str) -> Quantity | None:
    found = find_quantities(match.group("dist"))
    if not found:
        return None
    q = found[0]
    return Quantity(q.value, q.unit, q.approximate, q.text, match.start("dist"), match.end("dist"))


def _distance_readings(text: str, work: str, language: str) -> Iterator[PhraseReading]:
    """Every "D km BEARING of PLACE" in ``work`` (normalised), in the grammar of ``language``."""
    pattern = {"ja": _JA_DISTANCE, "ko": _KO_DISTANCE, "en": _EN_DISTANCE}[language]
    spans = [(a, b) for a, b, _ in find_spans(work)]
    for m in pattern.finditer(work):
        quantity = _quantity(m, work)
        if (
            quantity is None
            or in_span(work, m.start("number"))
            or any(a <= m.start("number") < b for a, b in spans)
        ):
            continue  # "300 to 350 km west of ...", "200キロから250キロ": a span, not one distance
        words = m.group("bearing")
        if language == "ko":
            words = re.sub(r"(?<=[동서남북])부$", "", words)  # round 26: "북서부 700㎞" is NW
        compass = compass_word(words) if language != "en" else _bearing_word(words)
        if compass not in COMPASS:
            continue
        reference = m.group("ref").strip()
        if language == "en":
            reference = re.split(
                r"\s+(?:in|at|around|outside|inside|within|on|before|after|according|toward|"
                r"towards|into|near|and|while|which|where|that)\b",
                reference,
                maxsplit=1,
                flags=re.IGNORECASE,
            )[0]
            found = _english_name(reference)
        else:
            found = _name_ending(reference)
        origin, words_found = found if found is not None else (reference, reference)
        sentence_hedges = hedges_in(work, language)
        about = quantity.approximate or bool(sentence_hedges)
        sea = _sea_in(work[m.end() :], language)
        spec = _distance_spec(text, quantity, words, compass, origin, about)
        yield PhraseReading(
            text=text,
            language=language,
            spec=spec,
            reference=words_found,
            distance=quantity,
            bearing=words,
            hedges=sentence_hedges,
            sea=sea[0] if sea else "",
            span=(m.start(), m.end()),
        )


def _pair(words: str, language: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The two places of "A and B" (split where both sides name something), as (names,
    words), or None."""
    joiners = {"ja": r"と", "ko": r"(?:과|와|및)", "en": r"\s+and\s+"}[language]
    for m in re.finditer(joiners, words, re.IGNORECASE):
        left, right = words[: m.start()].strip(), words[m.end() :].strip()
        if language == "en":
            islands = re.match(r"(?:the\s+)?islands\s+of\s+(.+)$", left, re.IGNORECASE)
            if islands:
                a = _english_name(islands.group(1) + " Island")
                b = _english_name(right + " Island")
                if a and b:
                    return (a[0], b[0]), (a[1], b[1])
            a, b = _english_name(left), _english_name(right)
        else:
            a, b = _name_ending(left), _lookup_whole(right)
        if a and b:
            return (a[0], b[0]), (a[1], b[1])
    return None


def _lookup_whole(words: str) -> tuple[str, str] | None:
    for text in _candidates(words):
        found = _lookup(text)
        if found is not None:
            return found.name, text
    return None


def _between_readings(text: str, work: str, language: str) -> Iterator[PhraseReading]:
    pattern = {"ja": _JA_BETWEEN, "ko": _KO_BETWEEN, "en": _EN_BETWEEN}[language]
    for m in pattern.finditer(work):
        pair = _pair(m.group("pair"), language)
        if pair is None:
            continue
        (a, b), said = pair
        if same_place(a, b):
            raise PhraseError(f"{shown(text)}: expected two different places, got {shown(a)} twice")
        yield PhraseReading(
            text=text,
            language=language,
            spec=PositionSpec(field="phrase", between=(a, b)),
            between=said,
            span=(m.start(), m.end()),
        )


def find_positions(text: str, language: str | None = None) -> list[PhraseReading]:
    """Every reported position written in ``text`` (a sentence of a statement), in order:
    "D km BEARING of PLACE" and "between A and B" whose places the gazetteer knows.

    Spans are positions in ``normal(text)``. Nothing is refused: a sentence may hold no
    position at all.

    Examples
    --------
    >>> found = find_positions("午前4時ごろ沖縄本島と宮古島の間の上空を通過し、午前4時5分ごろ、"
    ...                        "フィリピンの東、約600キロの太平洋上に落下したと推定")
    >>> [(r.spec.between or r.spec.origin) for r in found]
    [('Okinawa main island', 'Miyako Island'), 'Philippines']
    >>> r = find_positions("some 200 kilometers west of the island of Oshima-Oshima in Hokkaido")[0]
    >>> r.spec.origin, r.spec.bearing_text, r.spec.about
    ('Oshima-Oshima', 'W', True)
    """
    language = language or language_of(text)
    work = normal(text)
    found: list[PhraseReading] = []
    for reading in _distance_readings(text, work, language):
        if reading.reference and _lookup(reading.spec.origin or "") is not None:
            found.append(reading)
    with contextlib.suppress(PhraseError):  # "between A and A": no position
        found += list(_between_readings(text, work, language))
    return sorted(found, key=lambda r: r.span)


def _english(text: str) -> PositionSpec | None:
    """The English forms (as before the other languages were added), or None."""
    for work in dict.fromkeys((text, normal(text))):
        m = _DISTANCE.match(work)
        if m:
            value = float(m.group("value").replace(",", ""))
            unit = _UNITS[m.group("unit").lower()]
            try:
                bearing, wording = parse_bearing(_bearing_word(m.group("bearing")))
            except ValueError as err:
                raise PhraseError(f"{shown(text)}: {err}") from None
            _within_reach(text, value * unit)
            return PositionSpec(
                field="phrase",
                origin=m.group("ref").strip(),
                distance_m=value * unit,
                bearing_deg=bearing,
                bearing_text=wording,
                about=m.group("about") is not None,
            )
        m = _BETWEEN.match(work)
        if m:
            a, b = m.group("a").strip(), m.group("b").strip()
            if same_place(a, b):
                raise PhraseError(
                    f"{shown(text)}: expected two different places, got {shown(a)} twice"
                )
            return PositionSpec(field="phrase", between=(a, b))
    return None


def _english_reading(text: str, spec: PositionSpec) -> PhraseReading:
    """What the English grammar understood, for :meth:`PhraseReading.understood`."""
    quantity = next(iter(find_quantities(text)), None)
    m = _DISTANCE.match(normal(text))
    return PhraseReading(
        text=text,
        language="en",
        spec=spec,
        reference=spec.origin or "",
        distance=quantity,
        bearing=m.group("bearing") if m else "",
        hedges=(m.group("about"),) if m and m.group("about") else (),
        between=spec.between or ("", ""),
    )


def read_phrase(text: str) -> PhraseReading:
    """What a phrase says, in English, Japanese or Korean; ``PhraseError`` if not understood.

    Examples
    --------
    >>> r = read_phrase("沖縄本島と宮古島の間")
    >>> r.language, r.spec.between
    ('ja', ('Okinawa main island', 'Miyako Island'))
    >>> r = read_phrase("어청도 서방 200여㎞ 해상")
    >>> r.spec.origin, r.spec.distance_m, r.spec.bearing_text, r.spec.about
    ('Eocheongdo', 200000.0, 'W', True)
    """
    return _read(_checked(text))


def understood(text: str) -> dict[str, Any]:
    """What :func:`read_phrase` understands in a phrase it has read already (no warning is
    repeated), as :meth:`PhraseReading.understood` gives it.

    Examples
    --------
    >>> understood("沖縄本島と宮古島の間")["between"]
    ['沖縄本島 (Okinawa main island)', '宮古島 (Miyako Island)']
    """
    return _read(text).understood()


def _read(text: str) -> PhraseReading:
    language = language_of(text)
    if language == "en":
        spec = _english(text)
        if spec is not None:
            return _english_reading(text, spec)
        around = _around(text, normal(text), language)
        if around is not None:
            return around
        raise PhraseError(
            f"{shown(text)}: expected 'about D km BEARING of PLACE' (e.g. 'about 600 km east of "
            "Manila') or 'between PLACE and PLACE'"
        )
    work = normal(text)
    readings = list(_between_readings(text, work, language))
    readings += list(_distance_readings(text, work, language))
    if readings:
        return min(readings, key=lambda r: r.span)
    around = _around(text, work, language)
    if around is not None:
        return around
    example = (
        "'フィリピンの東約600キロ' or '沖縄本島と宮古島の間'"
        if language == "ja"
        else "'필리핀 동쪽 약 600㎞' or '오키나와 본섬과 미야코섬 사이'"
    )
    raise PhraseError(
        f"{shown(text)}: expected a distance and compass direction from a place, or two places "
        f"a track passed between, e.g. {example} (or in English: 'about D km BEARING of PLACE', "
        "'between PLACE and PLACE')"
    )


def _around(text: str, work: str, language: str) -> PhraseReading | None:
    """The phrase as distances in no direction from one place or more: the first, with the
    others as ``also`` (and the sea named after the last); None when it is not that."""
    readings = _around_readings(text, work, language)
    if not readings:
        return None
    first, *others = readings
    sea = next((r.sea for r in reversed(readings) if r.sea), "")
    return replace(first, also=tuple(others), sea=sea)


def parse_phrase(text: str) -> PositionSpec:
    """A :class:`~layers.scenario.PositionSpec` from a phrase; ``PhraseError`` if not understood.

    Examples
    --------
    >>> parse_phrase("필리핀 동쪽 약 600㎞").origin
    'Philippines'
    """
    return read_phrase(text).spec
