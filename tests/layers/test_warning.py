"""Navigational warnings: real texts (launches-2023.md section 8.3), messy variants, errors.

The texts live in tests/data/warnings/; each file's first line says where it comes from and what
in it is invented. Corners are checked against values worked out by hand from the printed
degrees and minutes (to 1e-6 degrees), windows against the printed times.
"""

from __future__ import annotations

import ast
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LinearRing

from alertmap.geo.coords import LonLat
from alertmap.geo.geodesic import inverse
from alertmap.layers.errors import LayersError
from alertmap.layers.warning import NavWarning, WarningError, parse_warning, to_feature_collection

DATA = Path(__file__).resolve().parents[1] / "data" / "warnings"
ROOT = Path(__file__).resolve().parents[2]


def read(name: str, **kwargs: Any) -> NavWarning:
    return parse_warning((DATA / name).read_text("utf-8"), file=name, **kwargs)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def windows_of(area: Any) -> list[tuple[datetime, datetime, bool, bool]]:
    """(start, end, daily, alternate) of each of an area's windows."""
    return [(w.start, w.end, w.daily, w.alternate) for w in area.windows]


def assert_corners(actual: Any, expected: list[tuple[float, float]], tol: float = 1e-6) -> None:
    """``expected`` as (lat, lon), the order they are printed in."""
    assert len(actual) == len(expected)
    for corner, (lat, lon) in zip(actual, expected, strict=True):
        assert corner.lat == pytest.approx(lat, abs=tol)
        assert corner.lon == pytest.approx(lon, abs=tol)


def assert_polygon_is_corners(area: Any) -> None:
    """Closed, counter-clockwise, simple, and its vertices are the printed corners (1e-9)."""
    ring = list(area.polygon.exterior.coords)
    assert ring[0] == ring[-1]
    assert area.polygon.exterior.is_ccw
    assert area.polygon.is_valid
    vertices = sorted((round(x, 9), round(y, 9)) for x, y in ring[:-1])
    corners = sorted((round(c.lon, 9), round(c.lat, 9)) for c in area.corners)
    assert vertices == corners


# Hand-worked values: 28-39.92N = 28 + 39.92/60 = 28.665333..., 080-38.33W = -80.638833...
FLORIDA_A = [
    (28.6653333, -80.6388333),
    (28.6666667, -79.7333333),
    (28.4666667, -79.6666667),
    (28.4995000, -80.5381667),
]
FLORIDA_B = [
    (27.8500000, -73.9333333),
    (28.6166667, -73.9166667),
    (28.6666667, -71.3500000),
    (28.2166667, -69.9666667),
    (27.5166667, -69.9666667),
    (27.3500000, -71.7166667),
]


# --- The real examples of launches-2023.md section 8.3 ----------------------------------------


def test_navarea_iv_rocket_launch() -> None:
    warning = read("navarea_iv_rocket.txt")
    assert warning.id is None  # the quoted text starts at the general area
    assert warning.year == 2022
    assert warning.general_area == "WESTERN NORTH ATLANTIC"
    assert warning.subject == "HAZARDOUS OPERATIONS, ROCKET LAUNCHING"
    assert warning.cancels == ("NAVAREA IV 1165/22",)
    assert warning.cancel_at == utc(2022, 11, 18, 19, 54)
    assert warning.issued == utc(2022, 11, 7, 22, 3)  # the authority line's date-time group
    assert warning.warnings == ()
    # Each area once, with all the windows: the primary, the alternate, then the alternate
    # daily window on each of its five days.
    windows = [
        (utc(2022, 11, 12, 16, 6), utc(2022, 11, 12, 18, 54), False, False),
        (utc(2022, 11, 13, 16, 6), utc(2022, 11, 13, 18, 54), False, True),
    ] + [(utc(2022, 11, d, 16, 7), utc(2022, 11, d, 18, 54), True, True) for d in range(14, 19)]
    assert [a.letter for a in warning.areas] == ["A", "B"]
    a, b = warning.areas
    assert windows_of(a) == windows_of(b) == windows
    assert (a.window_start, a.window_end) == (utc(2022, 11, 12, 16, 6), utc(2022, 11, 18, 18, 54))
    assert_corners(a.corners, FLORIDA_A)
    assert_corners(b.corners, FLORIDA_B)
    assert (a.line, b.line) == (8, 10)
    assert a.text.startswith("A. 28-39.92N 080-38.33W") and a.text.endswith("080-32.29W")
    assert b.text.endswith("071-43.00W.")
    assert a.circle_centre is None and a.radius_m is None
    for area in warning.areas:
        assert_polygon_is_corners(area)


def test_navarea_xii_656_2019() -> None:
    warning = read("navarea_xii_656_2019.txt")
    assert warning.id == "NAVAREA XII 656/2019"
    assert warning.year == 2019
    assert warning.cancels == ()  # "(Cancelled by NAVAREA XII 657/2019)" is not a cancellation
    assert warning.warnings == ("the message says it was cancelled by NAVAREA XII 657/2019",)
    assert warning.cancel_at == utc(2019, 12, 22, 23, 58)
    assert warning.issued == utc(2019, 12, 22, 8, 21)
    assert warning.subject == "" and warning.general_area == ""
    a, b = warning.areas
    assert (a.letter, windows_of(a)) == (
        "A",
        [(utc(2019, 12, 22, 12, 23), utc(2019, 12, 22, 13, 12), False, False)],
    )
    assert (b.letter, windows_of(b)) == (
        "B",
        [(utc(2019, 12, 22, 20, 12), utc(2019, 12, 22, 22, 58), False, True)],
    )
    assert_corners(
        a.corners,
        [
            (8.1736667, -126.8203333),
            (14.6516667, -122.0380000),
            (16.7235000, -124.9898333),
            (10.2030000, -129.7375000),
        ],
    )
    assert_corners(
        b.corners,
        [
            (49.3020000, -145.2038333),
            (47.0413333, -133.8856667),
            (48.7333333, -132.7200000),
            (51.5870000, -144.3881667),
        ],
    )
    assert (a.line, b.line) == (4, 7)
    assert_polygon_is_corners(a)
    assert_polygon_is_corners(b)


def test_hydropac_daily_window_with_its_own_year() -> None:
    warning = read("hydropac_3475_25.txt")
    assert warning.id == "HYDROPAC 3475/25"
    assert warning.year == 2025
    assert (warning.general_area, warning.subject) == ("BAY OF BENGAL", "HAZARDOUS OPERATIONS")
    assert warning.issued == utc(2025, 12, 28, 0, 33)
    assert warning.cancel_at == utc(2026, 1, 31, 17, 0)
    (area,) = warning.areas
    assert windows_of(area) == [
        (utc(2026, 1, day, 0, 1), utc(2026, 1, day, 16, 0), True, False) for day in range(1, 32)
    ]
    # The first corner is printed in the source; the other three are the invented completion.
    assert_corners(
        area.corners,
        [(21.3471667, 91.4666667), (21.3471667, 91.6666667), (21.0833333, 91.6666667),
         (21.0833333, 91.4666667)],
    )  # fmt: skip


def test_chinese_msa_form_needs_a_year() -> None:
    warning = read("china_msa.txt", year=2024)
    (area,) = warning.areas
    assert area.letter == ""
    assert area.line == 2
    assert (area.window_start, area.window_end) == (utc(2024, 3, 13, 22, 0), utc(2024, 3, 14, 9))
    assert_corners(
        area.corners,
        [(38.7763333, 120.9850000), (38.7763333, 121.0980000), (38.6666667, 121.0980000),
         (38.6666667, 120.9850000)],
    )  # fmt: skip
    assert area.text.startswith("In Area Bounded By The Lines Joining 38-46.58N120-59.10E")
    assert read("china_msa.txt", year=24).areas[0].window_start == utc(2024, 3, 13, 22, 0)
    with pytest.raises(WarningError, match=r"^china_msa\.txt: line 2: expected a year"):
        read("china_msa.txt")


def test_navtex_envelope_is_skipped() -> None:
    warning = read("navtex_rocket.txt")
    assert warning.id == "NAVAREA XIV 115/26"
    assert warning.issued == utc(2026, 8, 1, 12, 0)
    assert (warning.general_area, warning.subject) == ("SOUTH PACIFIC", "ROCKET LAUNCHING")
    (area,) = warning.areas
    assert (area.window_start, area.window_end) == (utc(2026, 8, 2, 1), utc(2026, 8, 2, 3))
    assert warning.cancel_at == utc(2026, 8, 2, 4)
    assert_corners(
        area.corners,
        [(-39.1666667, 178.3333333), (-39.1666667, -179.8333333), (-39.8333333, -179.8333333),
         (-39.8333333, 178.3333333)],
    )  # fmt: skip
    # Continuous longitudes across the antimeridian: 178.33 -> 180.17, not a band round the world.
    min_lon, _, max_lon, _ = area.polygon.bounds
    assert min_lon == pytest.approx(178.3333333) and max_lon == pytest.approx(180.1666667)


def test_navtex_gale_warning_has_no_area() -> None:
    with pytest.raises(WarningError) as caught:
        read("navtex_gale.txt")
    assert str(caught.value).startswith("navtex_gale.txt: line 3: expected an area")
    assert str(caught.value).endswith("got '011200Z AUG 26'")


def test_dprk_style_invented_example() -> None:
    first_line = (DATA / "dprk_style_invented.txt").read_text("utf-8").splitlines()[0]
    assert first_line.startswith("# INVENTED") and "NOT the real 2023 corners" in first_line
    warning = read("dprk_style_invented.txt")
    assert warning.id == "NAVAREA XI 9001/23"
    assert warning.subject == "SATELLITE ROCKET LAUNCHING"
    assert warning.general_area == "YELLOW SEA, EAST CHINA SEA AND PHILIPPINE SEA"
    assert warning.issued == utc(2023, 5, 29, 15)
    assert warning.cancel_at == utc(2023, 6, 10, 16)
    assert [a.letter for a in warning.areas] == ["A", "B", "C"]
    for area in warning.areas:
        assert (area.window_start, area.window_end) == (utc(2023, 5, 30, 15), utc(2023, 6, 10, 15))
        assert len(area.corners) == 4
        assert_polygon_is_corners(area)
    assert_corners(warning.areas[2].corners[:1], [(15.5, 128.0)])


# --- Messy texts --------------------------------------------------------------------------------


def test_lower_case_and_broken_lines() -> None:
    text = (DATA / "messy_lowercase.txt").read_text("utf-8")
    warning = parse_warning(text, file="messy_lowercase.txt")
    assert warning.id == "NAVAREA IV 1201/23"
    assert warning.subject == "HAZARDOUS OPERATIONS, ROCKET LAUNCHING"
    assert warning.cancels == ("HYDROPAC 1742/19",)
    assert warning.cancel_at == utc(2023, 2, 14, 4, 30)
    (area,) = warning.areas
    assert area.letter == ""
    assert area.line == 6  # "28-39.92n" alone on its line
    assert_corners(area.corners, FLORIDA_A)
    assert area.window_start == utc(2023, 2, 6, 22, 30)
    assert area.window_end == utc(2023, 2, 14, 3, 30)
    assert area.text.startswith("in area bounded by the lines joining")
    upper = parse_warning(text.upper(), file="upper.txt")
    assert upper.areas[0].corners == area.corners


def test_missing_and_extra_spaces_and_commas() -> None:
    warning = read("messy_spacing.txt")
    clean = read("navarea_iv_rocket.txt").areas[0].corners
    assert [a.letter for a in warning.areas] == ["A", "B"]
    for area in warning.areas:
        assert_corners(area.corners, FLORIDA_A)
        assert_corners(area.corners, [(c.lat, c.lon) for c in clean], tol=1e-9)
        assert (area.window_start, area.window_end) == (
            utc(2022, 11, 12, 16, 6),
            utc(2022, 11, 12, 18, 54),
        )
    assert warning.subject == "MISSILE FIRING"


@pytest.mark.parametrize(
    "corners",
    [
        "28-39.92N080-38.33W",
        "28 - 39.92 N  080-38.33 W",
        "28-39.92N, 080-38.33W,,",
        "28-39.92N\n080-38.33W",
        "28-\n39.92N 080-38.33W",
        "28\u201339.92N 080\u221238.33W",
        "28-39.92N/080-38.33W",
    ],
)
def test_one_messy_position(corners: str) -> None:
    text = f"A. {corners}, 28-40.00N 079-44.00W,\n28-28.00N 079-40.00W, 28-29.97N 080-32.29W"
    (area,) = parse_warning(text).areas
    clean = read("navarea_iv_rocket.txt").areas[0].corners
    assert_corners(area.corners, [(c.lat, c.lon) for c in clean], tol=1e-9)


def test_crlf_line_ends() -> None:
    text = (DATA / "navtex_rocket.txt").read_text("utf-8").replace("\n", "\r\n")
    warning = parse_warning(text)
    unix = read("navtex_rocket.txt")
    assert (warning.id, warning.general_area, warning.subject, warning.issued) == (
        unix.id,
        unix.general_area,
        unix.subject,
        unix.issued,
    )
    assert [(a.corners, a.window_start, a.line) for a in warning.areas] == [
        (a.corners, a.window_start, a.line) for a in unix.areas
    ]
    # An envelope alone (NNNN before CR LF skipped too) has no area, from its first line.
    with pytest.raises(WarningError, match=r"^e\.txt: line 1: expected an area"):
        parse_warning("ZCZC GA14\r\nNNNN\r\n", file="e.txt")


def test_position_outside_the_lettered_areas_is_ignored_with_a_warning() -> None:
    text = (DATA / "dprk_style_invented.txt").read_text("utf-8")
    text += "3. LAUNCH SITE 39-39.60N 124-42.30E.\n"
    warning = parse_warning(text, year=2030)
    assert [a.letter for a in warning.areas] == ["A", "B", "C"]
    assert warning.warnings == (
        "line 14: position '39-39.60N 124-42.30E' is outside the lettered areas; ignored",
    )
    assert warning.year == 2023  # the year in the message wins over the argument


def test_self_crossing_ring_is_reordered_with_a_warning() -> None:
    warning = read("crossing.txt")
    (area,) = warning.areas
    # Printed order kept: NW, SE, NE, SW.
    assert_corners(area.corners, [(30, 125), (29, 126), (30, 126), (29, 125)], tol=1e-12)
    assert LinearRing([(c.lon, c.lat) for c in area.corners]).is_simple is False
    assert_polygon_is_corners(area)
    assert area.polygon.area == pytest.approx(1.0)
    assert len(warning.warnings) == 1
    assert "line 6: area A" in warning.warnings[0] and "crosses itself" in warning.warnings[0]


def test_simple_ring_keeps_its_printed_order() -> None:
    # A U-shaped area (invented): simple, but not in angular order around its centre, so
    # sorting it by angle would change its shape.
    text = (
        "A. 03-00N 120-00E, 03-00N 121-00E, 01-00N 121-00E, 01-00N 122-00E,\n"
        "   03-00N 122-00E, 03-00N 123-00E, 00-00N 123-00E, 00-00N 120-00E."
    )
    warning = parse_warning(text)
    (area,) = warning.areas
    assert warning.warnings == ()
    assert area.polygon.area == pytest.approx(7.0)
    ring = area.polygon.exterior.coords[:-1]
    printed = [(c.lon, c.lat) for c in area.corners]
    # Clockwise as printed (MSC.1/Circ.1310), so the counter-clockwise ring is the reverse.
    start = ring.index(printed[0])
    assert ring[start:] + ring[:start] == [printed[0], *printed[:0:-1]]


def test_circle_areas() -> None:
    warning = read("circle.txt")
    assert [(a.letter, a.radius_m) for a in warning.areas] == [
        ("A", 9260.0),
        ("B", None),
        ("A", 3704.0),
        ("B", 3704.0),
    ]
    circle_a, polygon_b, second_a, second_b = warning.areas
    assert circle_a.corners == ()
    assert_corners([circle_a.circle_centre], [(18.5, -66.1666667)])
    centre = circle_a.circle_centre
    assert centre is not None
    for lon, lat in circle_a.polygon.exterior.coords:
        assert inverse(centre, LonLat.wrapped(lon, lat))[2] == pytest.approx(9260.0, abs=1e-3)
    assert polygon_b.circle_centre is None and len(polygon_b.corners) == 3
    assert_corners([second_b.circle_centre], [(17.1666667, -65.3333333)])
    # The FEB TO FEB window applies to paragraph 1, the second window to paragraph 2.
    assert (circle_a.window_start, circle_a.window_end) == (
        utc(2024, 2, 6, 22, 30),
        utc(2024, 2, 14, 3, 30),
    )
    assert second_a.window_start == utc(2024, 2, 15, 1)
    assert second_a.window_end == utc(2024, 2, 15, 3)
    assert (circle_a.line, polygon_b.line, second_a.line) == (5, 6, 9)


@pytest.mark.parametrize(
    ("phrase", "radius_m"),
    [
        ("WITHIN 5 MILES OF", 9260.0),
        ("WITHIN 2 NAUTICAL MILES OF", 3704.0),
        ("IN AREA 3 NM RADIUS CENTRED ON", 5556.0),
        ("within a radius of 2 nautical miles centered at", 3704.0),
        ("WITHIN 500 YARDS OF", 457.2),
        ("WITHIN 10 KM OF", 10_000.0),
    ],
)
def test_circle_phrasings(phrase: str, radius_m: float) -> None:
    text = f"HAZARD 121606Z TO 121854Z NOV {phrase} 39-39.60N 124-42.30E."
    (area,) = parse_warning(text, year=2023).areas
    assert area.radius_m == pytest.approx(radius_m)
    assert_corners([area.circle_centre], [(39.66, 124.705)], tol=1e-9)
    assert area.corners == () and area.letter == ""


def test_one_radius_around_several_positions() -> None:
    text = (
        "HAZARD 121606Z TO 121854Z NOV WITHIN 2 MILES OF 39-39.60N 124-42.30E AND 39-40N 124-43E."
    )
    first, second = parse_warning(text, year=2023).areas
    assert (first.radius_m, second.radius_m) == (3704.0, 3704.0)
    assert_corners(
        [first.circle_centre, second.circle_centre], [(39.66, 124.705), (39 + 2 / 3, 124 + 43 / 60)]
    )


def test_positions_with_seconds() -> None:
    text = "A. 39-39-36N 124-42-18E, 39-39-36N 125-42-18E, 38-39-36N 125-42-18E."
    (area,) = parse_warning(text).areas
    assert_corners(area.corners[:1], [(39.66, 124.705)], tol=1e-9)


def test_windows_over_new_year() -> None:
    warning = read("new_year.txt")
    a, b = warning.areas
    assert windows_of(a) == [(utc(2023, 12, 30, 15), utc(2024, 1, 2, 15), False, False)]
    # Overnight daily window: each night ends the next day, the last at 0200Z on 03 JAN.
    assert windows_of(b) == [
        (utc(2023, 12, 30, 22), utc(2023, 12, 31, 2), True, False),
        (utc(2023, 12, 31, 22), utc(2024, 1, 1, 2), True, False),
        (utc(2024, 1, 1, 22), utc(2024, 1, 2, 2), True, False),
        (utc(2024, 1, 2, 22), utc(2024, 1, 3, 2), True, False),
    ]


# 2230Z to 0330Z on each night from 06 to 13 FEB: eight windows, the last ending on 14 FEB.
NIGHTS_FEB_2024 = [
    (utc(2024, 2, day, 22, 30), utc(2024, 2, day + 1, 3, 30), True, False) for day in range(6, 14)
]


@pytest.mark.parametrize(
    ("name", "year"),
    [("daily_period_then_hours.txt", None), ("daily_hours_then_days.txt", 2024)],
)
def test_daily_window_in_both_orders_gives_each_area_once_with_every_night(
    name: str, year: int | None
) -> None:
    warning = read(name, year=year)
    assert [a.letter for a in warning.areas] == ["A", "B"]
    for area in warning.areas:
        assert windows_of(area) == NIGHTS_FEB_2024
        assert (area.window_start, area.window_end) == (
            utc(2024, 2, 6, 22, 30),
            utc(2024, 2, 14, 3, 30),
        )
    assert warning.warnings == ()


def test_daily_window_without_a_year_needs_one() -> None:
    with pytest.raises(WarningError, match=r"daily_hours_then_days.txt: line 4: expected a year"):
        read("daily_hours_then_days.txt")


def test_daily_hours_outside_the_period_are_refused() -> None:
    text = f"ROCKET LAUNCHING 062230Z TO 062300Z FEB DAILY 0100Z TO 0200Z {AREA}"
    with pytest.raises(WarningError, match=r"w.txt: line 1: expected daily hours that fall inside"):
        parse_warning(text, file="w.txt", year=2024)


def test_feature_collection_lists_every_daily_window_of_each_area() -> None:
    warning = read("daily_period_then_hours.txt")
    features = to_feature_collection(warning, file="d.txt")["features"]
    assert [f["properties"]["area"] for f in features] == ["A", "B"]
    for feature in features:
        props = feature["properties"]
        assert props["windows"] == [
            [s.isoformat().replace("+00:00", "Z"), e.isoformat().replace("+00:00", "Z")]
            for s, e, _, _ in NIGHTS_FEB_2024
        ]
        assert (props["window_start"], props["window_end"]) == (
            "2024-02-06T22:30:00Z",
            "2024-02-14T03:30:00Z",
        )
        assert props["daily"] is True and props["alternate_windows"] == []


AREA = "IN AREA BOUND BY 10-00N 120-00E, 10-00N 121-00E, 09-00N 121-00E."


@pytest.mark.parametrize(
    ("window", "start", "end", "count"),
    [
        ("121606Z TO 121854Z NOV", (2023, 11, 12, 16, 6), (2023, 11, 12, 18, 54), 1),
        ("062230Z FEB TO 140330Z FEB", (2023, 2, 6, 22, 30), (2023, 2, 14, 3, 30), 1),
        ("1607Z TO 1854Z DAILY 14 THRU 18 NOV", (2023, 11, 14, 16, 7), (2023, 11, 18, 18, 54), 5),
        ("DAILY 0800Z TO 1000Z 05 THRU 07 MAR", (2023, 3, 5, 8), (2023, 3, 7, 10), 3),
        ("301500 UTC MAY TO 101500 UTC JUN", (2023, 5, 30, 15), (2023, 6, 10, 15), 1),
        ("From 132200UTC To 140900UTC March", (2023, 3, 13, 22), (2023, 3, 14, 9), 1),
        ("121606Z TO 1854Z NOV", (2023, 11, 12, 16, 6), (2023, 11, 12, 18, 54), 1),
        ("301500Z APR TO 021500Z", (2023, 4, 30, 15), (2023, 5, 2, 15), 1),
        ("281500Z TO 021500Z JAN", (2023, 12, 28, 15), (2024, 1, 2, 15), 1),
        ("301500Z DEC TO 021500Z JAN", (2023, 12, 30, 15), (2024, 1, 2, 15), 1),
        ("0001Z TO 1600Z DAILY 01 THRU 31 JAN 26", (2026, 1, 1, 0, 1), (2026, 1, 31, 16), 31),
        ("282200Z FEB TO 010200Z MAR 24", (2024, 2, 28, 22), (2024, 3, 1, 2), 1),
        ("0000Z TO 2400Z DAILY 01 THRU 02 JUL", (2023, 7, 1), (2023, 7, 3), 2),
        # daily hours after the period, and the same window with the hours first
        ("062230Z FEB TO 140330Z FEB DAILY 2230Z TO 0330Z", (2023, 2, 6, 22, 30),
         (2023, 2, 14, 3, 30), 8),
        ("DAILY 2230Z TO 0330Z 06 THRU 13 FEB", (2023, 2, 6, 22, 30), (2023, 2, 14, 3, 30), 8),
        ("DAILY 2230Z - 0330Z 06-13 FEB", (2023, 2, 6, 22, 30), (2023, 2, 14, 3, 30), 8),
        ("060000Z TO 072359Z MAR DAILY 0100Z TO 0300Z", (2023, 3, 6, 1), (2023, 3, 7, 3), 2),
        ("121606Z TO 181854Z NOV DAILY", (2023, 11, 12, 16, 6), (2023, 11, 18, 18, 54), 7),
    ],
)  # fmt: skip
def test_window_forms(
    window: str, start: tuple[int, ...], end: tuple[int, ...], count: int
) -> None:
    (area,) = parse_warning(f"ROCKET LAUNCHING {window} {AREA}", year=2023).areas
    assert (area.window_start, area.window_end) == (utc(*start), utc(*end))
    assert len(area.windows) == count
    assert all(w.daily for w in area.windows) == (count > 1)
    assert area.window_start is not None and area.window_start.tzinfo is UTC
    assert not any(w.alternate for w in area.windows)
    for w in area.windows:  # each window inside the printed span; a daily one within a day
        assert utc(*start) <= w.start < w.end <= utc(*end)
        assert w.end - w.start <= timedelta(days=1) or not w.daily


def test_window_year_follows_the_date_time_group_over_new_year() -> None:
    # Issued late December for a window in January: the January after.
    text = f"281200Z DEC 23\nNAVAREA XI 9004/23\nROCKET LAUNCHING 050100Z TO 050300Z JAN {AREA}"
    (area,) = parse_warning(text).areas
    assert area.window_start == utc(2024, 1, 5, 1)


def test_an_area_without_a_window() -> None:
    warning = parse_warning(f"HYDROPAC 1/24\nDERELICT {AREA}")
    (area,) = warning.areas
    assert (area.window_start, area.window_end, area.windows) == (None, None, ())
    assert warning.cancel_at is None and warning.year == 2024


def test_cancellation_forms() -> None:
    text = (
        f"NAVAREA XI 12/23\n1. ROCKET LAUNCHING {AREA}\n"
        "2. CANCEL HYDROPAC 1742/19, 1743/19 AND NAVAREA XI 10/23.\n"
        "3. CANCEL THIS MSG 181954Z NOV 22."
    )
    warning = parse_warning(text)
    assert warning.cancels == ("HYDROPAC 1742/19", "HYDROPAC 1743/19", "NAVAREA XI 10/23")
    assert warning.cancel_at == utc(2022, 11, 18, 19, 54)
    assert warning.id == "NAVAREA XI 12/23" and warning.year == 2023


# --- Errors ------------------------------------------------------------------------------------

TWO_CORNERS = """NAVAREA XI 1/23
1. ROCKET LAUNCHING 121606Z TO 121854Z NOV IN AREAS BOUND BY:
   A. 30-00.00N 125-00.00E, 30-00.00N 126-00.00E,
      29-00.00N 126-00.00E.
   B. 28-00.00N 125-00.00E,
      28-00.00N 126-00.00E.
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "NAVAREA XI 1/23\nA. 30-00.00N 125-00.00E,\n   30-00.00N 126-60.00E,\n"
            "   29-00.00N 126-00.00E.",
            "x.txt: line 3: expected longitude minutes below 60, got '126-60.00E'",
        ),
        (
            "NAVAREA XI 1/23\nA. 30-60.00N 125-00.00E, 30-00.00N 126-00.00E, 29-00.00N 126-00.00E.",
            "x.txt: line 2: expected latitude minutes below 60, got '30-60.00N'",
        ),
        (
            "NAVAREA XI 1/23\nA. 30-00.00N\n125-00.00E, 30-00.00N\n126-60.00E,"
            " 29-00.00N 126-00.00E",
            "x.txt: line 4: expected longitude minutes below 60, got '126-60.00E'",
        ),
        (
            "NAVAREA XI 1/23\nROCKET LAUNCHING 121606Z TO 121854Z NOV\nIN AREA BOUND BY "
            "30-00.00N 125-00.00E,\n91-00.00N 125-00.00E, 29-00.00N 126-00.00E.",
            "x.txt: line 4: expected a latitude within 0-90 degrees, got '91-00.00N'",
        ),
        (
            "A. 30-00.00N 125-00.00E, 30-00.00N 181-00.00E, 29-00.00N 126-00.00E.",
            "x.txt: line 1: expected a longitude within 0-180 degrees, got '181-00.00E'",
        ),
        (
            TWO_CORNERS,
            "x.txt: line 5: expected at least 3 corners (or 'WITHIN n MILES OF' a position) in "
            "area B, got 'B. 28-00.00N 125-00.00E, 28-00.00N 126-00.00E.'",
        ),
        (
            "# comment\nROCKET LAUNCHING IN AREA BOUND BY\n"
            "30-00.00N 125-00.00E, 30-00.00N 126-00.00E.",
            "x.txt: line 3: expected at least 3 corners (or 'WITHIN n MILES OF' a position) in "
            "the area, got 'IN AREA BOUND BY 30-00.00N 125-00.00E, 30-00.00N 126-00.00E.'",
        ),
        (
            "NAVAREA XI 1/23\nEAST CHINA SEA.\nROCKET LAUNCHING 121606Z TO 121854Z NOV.",
            "x.txt: line 1: expected an area (corners such as 'A. 28-39.92N 080-38.33W, ...' or "
            "'WITHIN 5 MILES OF 28-39.92N 080-38.33W'), got 'NAVAREA XI 1/23'",
        ),
        (
            "\nNAVAREA XI 1/23\nEAST CHINA SEA.\nROCKET LAUNCHING 121606Z TO 121854Z NOV\n"
            "IN AREA BOUND BY:\n",
            "x.txt: line 5: expected an area (corners such as 'A. 28-39.92N 080-38.33W, ...' or "
            "'WITHIN 5 MILES OF 28-39.92N 080-38.33W'), got 'IN AREA BOUND BY:'",
        ),
        (
            "A. 28-39.92N 080-38.33, 28-40.00N 079-44.00W, 28-28.00N 079-40.00W",
            "x.txt: line 1: expected a longitude 'DDD-MM.mmE' or 'DDD-MM.mmW', "
            "got '28-39.92N 080-38.33'",
        ),
        (
            f"NAVAREA XI 1/23\n\nROCKET LAUNCHING 310000Z TO 310100Z FEB {AREA}",
            "x.txt: line 3: expected a day that exists, got '31 FEB 2023'",
        ),
        (
            f"NAVAREA XI 1/23\nROCKET LAUNCHING 121606Z TO 121854Z {AREA}",
            "x.txt: line 2: expected a month in the window, got '121606Z TO 121854Z'",
        ),
    ],
)
def test_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(WarningError) as caught:
        parse_warning(text, file="x.txt")
    assert str(caught.value) == message


def test_error_is_a_layers_value_error() -> None:
    assert issubclass(WarningError, LayersError) and issubclass(WarningError, ValueError)
    with pytest.raises(WarningError, match=r"^x\.txt: year: expected a year"):
        parse_warning(AREA, file="x.txt", year=123)


# --- Property: positions printed in warning style parse back exactly ------------------------------

SPACE = st.sampled_from(["", " ", "  ", "\n", "\n   "])
SEPARATOR = st.sampled_from([", ", ",", ",,", " , ", "\n", ",\n   ", " ", "", ",, \n"])


@st.composite
def coordinate(draw: st.DrawFn, limit: int, hemispheres: str) -> tuple[int, int, int, str]:
    """(degrees, minute units, decimals, hemisphere) of a valid coordinate."""
    degrees = draw(st.integers(0, limit))
    decimals = draw(st.integers(0, 3))
    units = 0 if degrees == limit else draw(st.integers(0, 60 * 10**decimals - 1))
    return degrees, units, decimals, draw(st.sampled_from(hemispheres))


def neighbour(value: tuple[int, int, int, str]) -> tuple[int, int, int, str]:
    """One degree away, in range (so three corners always make a triangle)."""
    degrees, units, decimals, hemisphere = value
    return (degrees - 1 if degrees >= 1 else degrees + 1, units, decimals, hemisphere)


def printed(data: st.DataObject, value: tuple[int, int, int, str], width: int) -> str:
    degrees, units, decimals, hemisphere = value
    minutes = f"{units / 10**decimals:0{2 + decimals + bool(decimals)}.{decimals}f}"
    digits = f"{degrees:0{width}d}" if data.draw(st.booleans()) else str(degrees)
    letter = hemisphere if data.draw(st.booleans()) else hemisphere.lower()
    return f"{digits}{data.draw(SPACE)}-{data.draw(SPACE)}{minutes}{data.draw(SPACE)}{letter}"


def degrees_of(value: tuple[int, int, int, str]) -> float:
    degrees, units, decimals, hemisphere = value
    magnitude = degrees + units / 10.0**decimals / 60.0
    return -magnitude if hemisphere in "SW" else magnitude


@given(data=st.data())
@settings(max_examples=300, deadline=None)
def test_positions_parse_back_exactly(data: st.DataObject) -> None:
    lat = data.draw(coordinate(90, "NS"))
    lon = data.draw(coordinate(180, "EW"))
    corners = [(lat, lon), (neighbour(lat), lon), (lat, neighbour(lon))]
    listed = data.draw(SEPARATOR).join(
        printed(data, la, 2) + data.draw(SEPARATOR) + printed(data, lo, 3) for la, lo in corners
    )
    text = f"NAVAREA XI 1/23\n1. TEST IN AREA BOUND BY:\nA. {listed}"
    (area,) = parse_warning(text).areas
    assert_corners(area.corners, [(degrees_of(la), degrees_of(lo)) for la, lo in corners], tol=1e-9)
    assert area.polygon.is_valid


# --- GeoJSON ------------------------------------------------------------------------------------


def test_feature_collection_properties_and_rounding() -> None:
    warning = read("navarea_iv_rocket.txt")
    collection = to_feature_collection(warning, file="navarea_iv_rocket.txt")
    json.dumps(collection, allow_nan=False)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == len(warning.areas) == 2  # one feature per area
    first = features[0]
    assert first["type"] == "Feature"
    assert first["properties"] == {
        "warning_id": None,
        "area": "A",
        "windows": [
            ["2022-11-12T16:06:00Z", "2022-11-12T18:54:00Z"],
            ["2022-11-13T16:06:00Z", "2022-11-13T18:54:00Z"],
            *([f"2022-11-{d}T16:07:00Z", f"2022-11-{d}T18:54:00Z"] for d in range(14, 19)),
        ],
        "alternate_windows": [
            ["2022-11-13T16:06:00Z", "2022-11-13T18:54:00Z"],
            *([f"2022-11-{d}T16:07:00Z", f"2022-11-{d}T18:54:00Z"] for d in range(14, 19)),
        ],
        "window_start": "2022-11-12T16:06:00Z",
        "window_end": "2022-11-18T18:54:00Z",
        "daily": True,
        "subject": "HAZARDOUS OPERATIONS, ROCKET LAUNCHING",
        "general_area": "WESTERN NORTH ATLANTIC",
        "source_text": warning.areas[0].text,
        "cancels": ["NAVAREA IV 1165/22"],
        "cancel_at": "2022-11-18T19:54:00Z",
        "issued": "2022-11-07T22:03:00Z",
        "source_file": "navarea_iv_rocket.txt",
        "line": 8,
        "circle_centre": None,
        "radius_m": None,
    }
    assert [f["properties"]["area"] for f in features] == ["A", "B"]
    geometry = first["geometry"]
    assert geometry["type"] == "Polygon"
    (ring,) = geometry["coordinates"]
    assert ring[0] == ring[-1] and len(ring) == 5
    assert LinearRing(ring).is_ccw  # RFC 7946: exterior rings counter-clockwise
    for lon, lat in ring:  # the one GeoJSON writer's rounding: 1e-6 degree
        assert (lon, lat) == (round(lon, 6), round(lat, 6))
    assert [-80.638833, 28.665333] in ring


def test_feature_collection_cuts_at_the_antimeridian() -> None:
    warning = read("navtex_rocket.txt")
    (feature,) = to_feature_collection(warning, file="navtex_rocket.txt")["features"]
    geometry = feature["geometry"]
    assert geometry["type"] == "MultiPolygon" and len(geometry["coordinates"]) == 2
    parts = [shapely.Polygon(polygon[0]) for polygon in geometry["coordinates"]]
    for part in parts:
        assert part.exterior.is_ccw
        lon_min, _, lon_max, _ = part.bounds
        assert lon_min >= -180.0 and lon_max <= 180.0
    assert sum(p.area for p in parts) == pytest.approx(warning.areas[0].polygon.area, rel=1e-6)
    assert feature["properties"]["window_start"] == "2026-08-02T01:00:00Z"


def test_feature_collection_circle() -> None:
    warning = read("circle.txt")
    feature = to_feature_collection(warning, file="circle.txt")["features"][0]
    assert feature["properties"]["radius_m"] == 9260.0
    assert feature["properties"]["circle_centre"] == [-66.166667, 18.5]  # rounded as exported
    assert feature["geometry"]["type"] == "Polygon"
    assert len(feature["geometry"]["coordinates"][0]) > 60


# --- The module keeps to the package's imports ----------------------------------------------------


def test_warning_module_imports_only_stdlib_numpy_shapely_geo_and_layers_errors() -> None:
    tree = ast.parse((ROOT / "layers" / "warning.py").read_text("utf-8"))
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    third_party = {
        m
        for m in modules
        if m.split(".")[0] not in sys.stdlib_module_names and m.split(".")[0] != "__future__"
    }
    assert {m.split(".")[0] for m in third_party} <= {"numpy", "shapely", "alertmap"}
    assert {m for m in third_party if m.startswith("alertmap.")} <= {
        "alertmap.geo.areas",  # the corner ordering shared with scenario corners
        "alertmap.geo.coords",
        "alertmap.geo.geodesic",
        "alertmap.geo.projection",
        "alertmap.geo.antimeridian",
        "alertmap.geo.units",
        "alertmap.layers.errors",
        "alertmap.layers.export",  # the one GeoJSON writer
    }
