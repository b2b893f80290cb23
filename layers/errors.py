"""Errors of the ``layers`` package, and the guards every reader shares before it trusts a text.

All errors are ``ValueError``: the input is at fault. A reader refuses a file that is too large
before reading it whole (:func:`read_limited`), names the line of a byte that is not UTF-8
(:func:`decode_utf8`), refuses control characters in text (:func:`control_character`), warns
about bidirectional controls (:func:`bidi_character`, :class:`InputWarning`) and echoes a value
back shortened (:func:`shown`) and refuses published corners that enclose no area
(:func:`encloses_area`).
"""

from __future__ import annotations

import codecs
import math
import os
import re
import reprlib
import stat
from pathlib import Path

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import Polygon

__all__ = [
    "SHOWN_MAX_CHARS",
    "InputWarning",
    "LayersError",
    "ScenarioError",
    "UnknownPlaceError",
    "bidi_character",
    "control_character",
    "decode_utf8",
    "encloses_area",
    "find_bidi",
    "find_control",
    "read_limited",
    "shown",
    "size_text",
]


class LayersError(ValueError):
    """Root error of ``layers``."""


class UnknownPlaceError(LayersError):
    """A place, region, sea or prefecture name that the gazetteer does not know."""


class ScenarioError(LayersError):
    """A scenario file that cannot be read or is invalid.

    The message always starts with the file, then the field (or line), then what was expected.
    """


class InputWarning(UserWarning):
    """Something odd but possible in an input, drawn as given: a bidirectional control
    character in a text, a fall timed before the launch. The message is one line naming the
    file and the field."""


#: The longest value echoed back in an error message, in characters (then an ellipsis).
SHOWN_MAX_CHARS = 80

_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxlevel = 3
_SHORT_REPR.maxstring = SHOWN_MAX_CHARS
_SHORT_REPR.maxother = SHOWN_MAX_CHARS


def shown(value: object, limit: int = SHOWN_MAX_CHARS) -> str:
    """A value as an error message echoes it: its ``repr``, at most about ``limit`` characters.

    A longer text is cut with an ellipsis and its length; lists and tables are cut the same way.

    Examples
    --------
    >>> shown("sideways")
    "'sideways'"
    >>> shown("x" * 1000, limit=10)
    "'xxxxxxxxxx'… (1,000 characters)"
    >>> shown(["a"] * 100, limit=20)
    "['a', 'a', 'a', 'a',…"
    """
    if isinstance(value, str):
        if len(value) <= limit:
            return repr(value)
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    text = _SHORT_REPR.repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
#: they can make a text read differently from what it holds.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def find_control(text: str, *, multiline: bool = False) -> int:
    """The offset of the first control character of ``text``, or -1. Tab, line feed and
    carriage return are allowed in multi-line text only."""
    found = (_CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE).search(text)
    return -1 if found is None else found.start()


def find_bidi(text: str) -> int:
    """The offset of the first bidirectional control character of ``text``, or -1."""
    found = _BIDI.search(text)
    return -1 if found is None else found.start()


def control_character(text: str, *, multiline: bool = False) -> str | None:
    """The first control character of ``text`` and where it is (``'U+0000 at character 3'``),
    or None. Tab, line feed and carriage return are allowed in multi-line text only.

    Examples
    --------
    >>> control_character("Sohae\\x00"), control_character("two\\nlines", multiline=True)
    ('U+0000 at character 6', None)
    >>> control_character("two\\nlines")
    'U+000A at character 4'
    """
    at = find_control(text, multiline=multiline)
    return None if at < 0 else f"U+{ord(text[at]):04X} at character {at + 1}"


def bidi_character(text: str) -> str | None:
    """The first bidirectional control character of ``text`` and where it is, or None.

    Examples
    --------
    >>> bidi_character("abc\\u202edef"), bidi_character("Hwasong-18")
    ('U+202E at character 4', None)
    """
    at = find_bidi(text)
    return None if at < 0 else f"U+{ord(text[at]):04X} at character {at + 1}"


def size_text(size: int) -> str:
    """A size limit in bytes as people write it.

    Examples
    --------
    >>> size_text(2_000_000), size_text(200_000_000), size_text(1500)
    ('2 MB', '200 MB', '1,500 bytes')
    """
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000:,} MB"
    return f"{size:,} bytes"


def read_limited(path: Path, *, limit: int, what: str, error: type[LayersError]) -> bytes:
    """The bytes of the file at ``path``, refused with ``error`` when over ``limit`` bytes.

    A regular file is refused by its size before it is read; anything else (a device such as
    ``/dev/zero``, a pipe) is read up to ``limit + 1`` bytes, never further, and a named pipe
    that no one writes to reads as empty. ``OSError`` (a missing file, a folder) passes to the
    caller, which knows what to call the file.

    Examples
    --------
    >>> read_limited(Path("/dev/zero"), limit=10, what="a scenario", error=LayersError)
    Traceback (most recent call last):
    ...
    alertmap.layers.errors.LayersError: /dev/zero: expected a scenario of at most 10 bytes, ...
    """
    # not blocking at open: a named pipe that no one writes to reads as empty, not forever
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise error(
                f"{path}: expected {what} of at most {size_text(limit)}, got {info.st_size:,} bytes"
            )
        os.set_blocking(descriptor, True)  # a pipe with a writer: wait for what it writes
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise error(f"{path}: expected {what} of at most {size_text(limit)}, got more")
    return data


def decode_utf8(data: bytes, *, file: str | Path, error: type[LayersError]) -> str:
    """UTF-8 bytes as text, a byte order mark at the start dropped; a byte that is not UTF-8
    is refused with ``error`` naming its line.

    Examples
    --------
    >>> decode_utf8(b"\\xef\\xbb\\xbflon,lat\\n", file="t.csv", error=LayersError)
    'lon,lat\\n'
    >>> decode_utf8(b"lon,lat\\n1,2 caf\\xe9\\n", file="t.csv", error=LayersError)
    Traceback (most recent call last):
    ...
    alertmap.layers.errors.LayersError: t.csv: line 2: expected UTF-8 text, got the byte 0xE9 ...
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise error(
            f"{file}: line {line}: expected UTF-8 text, got the byte 0x{data[err.start]:02X} "
            f"at byte {column} of the line (save the file as UTF-8)"
        ) from None


#: The smallest area that corners may enclose, in km² (a hectare): less is corners repeated or
#: on one line, give or take the rounding of their minutes.
CORNERS_MIN_AREA_KM2 = 0.01
#: The least area / perimeter² of corners' polygon (a square has 1/16): below it the corners
#: are all but on one line (a rectangle over 25,000 times as long as it is wide).
CORNERS_MIN_ROUNDNESS = 1e-5
#: Metres per degree of latitude (mean), for the sizes above.
_M_PER_DEGREE = 111_195.0


def encloses_area(polygon: Polygon) -> bool:
    """Whether the polygon of published corners (lon, lat degrees, longitudes continuous) is
    simple and encloses an area: at least :data:`CORNERS_MIN_AREA_KM2`, and not a sliver.

    Measured in an equirectangular frame around its mean position (corners are joined by
    straight lines in longitude and latitude, and stay on one line in it), near enough for a
    sanity check.

    Examples
    --------
    >>> encloses_area(Polygon([(130, 35), (131, 35), (131, 36)]))
    True
    >>> encloses_area(Polygon([(130, 35), (131, 36), (132, 37.000001)]))
    False
    """
    if not polygon.is_valid or polygon.is_empty:
        return False
    coords = shapely.get_coordinates(polygon)
    lon0 = float(np.mean(coords[:, 0]))
    across = max(math.cos(math.radians(float(np.mean(coords[:, 1])))), 0.01)

    def equirectangular(xy: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        x = (xy[:, 0] - lon0) * across * _M_PER_DEGREE
        return np.column_stack([x, xy[:, 1] * _M_PER_DEGREE])

    local = shapely.transform(polygon, equirectangular)
    area_m2, perimeter_m = float(local.area), float(local.length)
    return (
        math.isfinite(area_m2)
        and area_m2 >= CORNERS_MIN_AREA_KM2 * 1e6
        and area_m2 >= CORNERS_MIN_ROUNDNESS * perimeter_m**2
    )
