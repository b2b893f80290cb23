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
