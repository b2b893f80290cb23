"""Reported positions written as people write them: "about 600 km east of Manila".

Understood forms (case-insensitive; "approximately", "around", "some", "roughly" and "about"
all mark the distance as approximate):

* ``[about] D km|NM|nautical miles|miles BEARING of REFERENCE`` where BEARING is a compass
  word (east, north-east, northeast, east-northeast, E, ENE, ...), e.g.
  "about 600 km east of the Philippines", "33 km W of Baengnyeongdo";
* ``between A and B``, e.g. "between Okinawa main island and Miyako Island".

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
"""

from __future__ import annotations

import re
import warnings

from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.errors import (
    InputWarning,
    LayersError,
    bidi_character,
    control_character,
    shown,
)
from alertmap.layers.scenario import DISTANCE_MAX_KM, PositionSpec, parse_bearing, same_place

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


class PhraseError(LayersError):
    """A reported position that is not in a form alertmap understands."""


def _bearing_word(text: str) -> str:
    word = text.strip().upper().replace(" ", "-")
    if re.fullmatch(r"[NSEW]{1,3}", word):
        return word
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
            stacklevel=3,
        )
    return text


def parse_phrase(text: str) -> PositionSpec:
    """A :class:`~layers.scenario.PositionSpec` from a phrase; ``PhraseError`` if not understood."""
    text = _checked(text)
    m = _DISTANCE.match(text)
    if m:
        value = float(m.group("value").replace(",", ""))
        unit = _UNITS[m.group("unit").lower()]
        try:
            bearing, wording = parse_bearing(_bearing_word(m.group("bearing")))
        except ValueError as err:
            raise PhraseError(f"{shown(text)}: {err}") from None
        if value * unit > DISTANCE_MAX_KM * 1000.0:
            raise PhraseError(
                f"{shown(text)}: expected a distance of at most {DISTANCE_MAX_KM:,} km "
                f"(short of the antipode), got {value * unit / 1000.0:,.0f} km"
            )
        return PositionSpec(
            field="phrase",
            origin=m.group("ref").strip(),
            distance_m=value * unit,
            bearing_deg=bearing,
            bearing_text=wording,
            about=m.group("about") is not None,
        )
    m = _BETWEEN.match(text)
    if m:
        a, b = m.group("a").strip(), m.group("b").strip()
        if same_place(a, b):
            raise PhraseError(f"{shown(text)}: expected two different places, got {shown(a)} twice")
        return PositionSpec(field="phrase", between=(a, b))
    raise PhraseError(
        f"{shown(text)}: expected 'about D km BEARING of PLACE' (e.g. 'about 600 km east of "
        "Manila') or 'between PLACE and PLACE'"
    )
