"""Edges of the warning reader that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills. The expected windows are the date-time groups written in
the text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from alertmap.layers.warning import parse_warning

#: An invented warning in the NAVAREA XII layout whose area A prints two windows, the second
#: one the alternate, on its lettered line before its corners.
TWO_WINDOWS_IN_AN_AREA = """NAVAREA XII 100/19
   A. 221223Z TO 221312Z DEC, ALTERNATE 231223Z TO 231312Z DEC IN AREA BOUND BY
      08-10.42N 126-49.22W, 14-39.10N 122-02.28W,
      16-43.41N 124-59.39W, 10-12.18N 129-44.25W.
   B. 241223Z TO 241312Z DEC IN AREA BOUND BY
      49-18.12N 145-12.23W, 47-02.48N 133-53.14W,
      48-44.00N 132-43.20W, 51-35.22N 144-23.29W.
2. CANCEL THIS MSG 242358Z DEC 19.
"""


def utc(day: int, hour: int, minute: int) -> datetime:
    return datetime(2019, 12, day, hour, minute, tzinfo=UTC)


def test_an_area_keeps_both_windows_printed_after_its_letter() -> None:
    """Windows printed together after an area's letter belong to that area, the alternate
    included; the letter before them is no break between them. Kills ``previous.end <= start``
    to ``previous.end is not start`` in ``_window_lists`` (A's letter then splits its windows
    and its alternate window is lost)."""
    warning = parse_warning(TWO_WINDOWS_IN_AN_AREA, year=2019)
    a, b = warning.areas
    assert [(w.start, w.end, w.alternate) for w in a.windows] == [
        (utc(22, 12, 23), utc(22, 13, 12), False),
        (utc(23, 12, 23), utc(23, 13, 12), True),
    ]
    assert (a.window_start, a.window_end) == (utc(22, 12, 23), utc(23, 13, 12))
    assert [(w.start, w.end, w.alternate) for w in b.windows] == [
        (utc(24, 12, 23), utc(24, 13, 12), False)
    ]


def test_a_bidirectional_control_as_the_very_first_character_is_noted() -> None:
    """A right-to-left override (U+202E) or an isolate (U+2066) is noted wherever it is, the
    first character of the text included. Kills ``bidi >= 0`` to ``bidi >= 1`` in
    ``parse_warning`` (a control at offset 0 was then passed over)."""
    plain = TWO_WINDOWS_IN_AN_AREA
    assert not [n for n in parse_warning(plain, year=2019).warnings if "bidirectional" in n]
    for control in ("\u202e", "\u2066"):
        notes = parse_warning(control + plain, year=2019).warnings
        code = f"U+{ord(control):04X}"
        assert [n for n in notes if n.startswith("line 1: a bidirectional") and code in n], notes


#: The same layout the other way round: area A prints one window, area B two, the second the
#: alternate.
TWO_WINDOWS_IN_THE_SECOND_AREA = """NAVAREA XII 100/19
   A. 221223Z TO 221312Z DEC IN AREA BOUND BY
      08-10.42N 126-49.22W, 14-39.10N 122-02.28W,
      16-43.41N 124-59.39W, 10-12.18N 129-44.25W.
   B. 231223Z TO 231312Z DEC, ALTERNATE 241223Z TO 241312Z DEC IN AREA BOUND BY
      49-18.12N 145-12.23W, 47-02.48N 133-53.14W,
      48-44.00N 132-43.20W, 51-35.22N 144-23.29W.
2. CANCEL THIS MSG 242358Z DEC 19.
"""


def test_the_second_area_keeps_both_its_windows() -> None:
    """The alternate window printed with area B belongs to B, not to the first area. Kills
    ``lists[-1].append`` to ``lists[not 1].append`` in ``_window_lists`` (the window then
    joined A's list)."""
    a, b = parse_warning(TWO_WINDOWS_IN_THE_SECOND_AREA, year=2019).areas
    assert [(w.start, w.end, w.alternate) for w in a.windows] == [
        (utc(22, 12, 23), utc(22, 13, 12), False)
    ]
    assert [(w.start, w.end, w.alternate) for w in b.windows] == [
        (utc(23, 12, 23), utc(23, 13, 12), False),
        (utc(24, 12, 23), utc(24, 13, 12), True),
    ]


#: Area A in November; area B's first window prints no month, its alternate prints December.
MONTH_ONLY_ON_THE_ALTERNATE = """NAVAREA XII 100/19
   A. 201223Z TO 201312Z NOV IN AREA BOUND BY
      08-10.42N 126-49.22W, 14-39.10N 122-02.28W,
      16-43.41N 124-59.39W, 10-12.18N 129-44.25W.
   B. 221223Z TO 221312Z, ALTERNATE 231223Z TO 231312Z DEC IN AREA BOUND BY
      49-18.12N 145-12.23W, 47-02.48N 133-53.14W,
      48-44.00N 132-43.20W, 51-35.22N 144-23.29W.
2. CANCEL THIS MSG 242358Z DEC 19.
"""


def test_a_window_without_a_month_takes_the_month_printed_after_it_in_its_list() -> None:
    """Windows "221223Z TO 221312Z, ALTERNATE 231223Z TO 231312Z DEC" are on the 22nd and
    the 23rd of December, not of November, the month of the area printed before. Kills
    ``group[i + 1 :]`` to ``group[i + 2 :]`` in ``_month_hints`` (the month printed after the
    window in its own list was then skipped)."""
    a, b = parse_warning(MONTH_ONLY_ON_THE_ALTERNATE, year=2019).areas
    assert [(w.start, w.end) for w in a.windows] == [
        (datetime(2019, 11, 20, 12, 23, tzinfo=UTC), datetime(2019, 11, 20, 13, 12, tzinfo=UTC))
    ]
    assert [(w.start, w.end, w.alternate) for w in b.windows] == [
        (utc(22, 12, 23), utc(22, 13, 12), False),
        (utc(23, 12, 23), utc(23, 13, 12), True),
    ]
