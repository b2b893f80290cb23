"""Clock times, zones and spans as :mod:`layers.numbers` reads them (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from alertmap.layers.numbers import (
    TIME_ZONES,
    find_clock_times,
    find_dates,
    find_quantities,
    find_spans,
    find_unclear_times,
    find_year_months,
    in_span,
    normal,
    number_value,
    time_in_span,
    vague_time,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午前9時59ごろ", (9, 59)),
        ("午後1時7頃に", (13, 7)),
        ("오전 9시 41쯤", (9, 41)),
        ("밤 10시 3경", (22, 3)),
        ("午前9時59分ごろ", (9, 59)),
        ("午前9時ごろ", (9, 0)),
    ],
)
def test_minutes_with_or_without_their_unit(text: str, expected: tuple[int, int]) -> None:
    ((clock,),) = [find_clock_times(text)]
    assert (clock.hour, clock.minute) == expected
    assert find_unclear_times(text) == []


@pytest.mark.parametrize("text", ["午前9時 5発を発射", "오전 9시 3발을 발사", "午前9時12キロ"])
def test_digits_after_the_hour_that_cannot_be_minutes(text: str) -> None:
    assert find_clock_times(text) == []
    (unclear,) = find_unclear_times(text)
    assert unclear[2].startswith(("午前9時", "오전 9시"))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("at 3:05 p.m. Beijing time", "+08:00"),
        ("at 1:15 a.m. Moscow time", "+03:00"),
        ("at 06:20 UTC", "UTC"),
        ("(11:02 p.m. Tuesday GMT)", "UTC"),
        ("at 9:40 KST", "+09:00"),
        ("at 9:40 a.m. local time", ""),
        ("at 6:30 p.m. Eastern Time", "?"),
        ("日本時間の15日午前7時34分", "+09:00"),
        ("평양시간 오전 7시", "Pyongyang"),
        ("午前7時34分", ""),
    ],
)
def test_the_zone_a_time_is_given_in(text: str, zone: str) -> None:
    (clock,) = find_clock_times(text)
    assert clock.zone == zone
    assert clock.utc == (zone == "UTC")


def test_every_zone_word_names_a_known_kind_of_zone() -> None:
    for word, zone in TIME_ZONES.items():
        assert word == word.lower()
        assert zone in ("UTC", "Pyongyang", "?") or (zone[0] in "+-" and zone[3] == ":"), word


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("西に約300～350キロの日本海", "300~350キロ"),
        ("서쪽 200〜250㎞ 해상", "200〜250km"),
        ("between 200 and 250 km west", "200 and 250 km"),
        ("200 to 250 kilometers west", "200 to 250 kilometers"),
        ("1천 내지 1천200㎞", "1천 내지 1천200km"),
        ("北西150キロから180キロの海域", "150キロから180キロ"),
        ("서쪽 150㎞에서 180㎞ 사이", "150km에서 180km"),
        ("150 km to 180 km off the coast", "150 km to 180 km"),
    ],
)
def test_a_span_is_found_and_neither_end_read_as_a_distance(text: str, span: str) -> None:
    assert [words for _, _, words in find_spans(text)] == [span]
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["2 and 350 km", "three missiles, 350 km", "約~350キロ"])
def test_one_distance_is_no_span(text: str) -> None:
    assert find_spans(text) == []
    assert [q.value for q in find_quantities(text)] == [350.0]
    work = normal(text)
    assert not in_span(work, work.index("350"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난 2019년 10월 시험에서", [(2019, 10)]),
        ("2020年3月の発射で、2021年にも", [(2020, 3), (2021, None)]),
        ("a test in July 2019, and in 2020", [(2019, 7), (2020, None)]),
        ("2021年9月15日午前6時; 2021-09-15; 2000 km; 1,2019 km", []),
        # round 21: a year in two digits with its month (not alone, not with a day)
        (
            "19年5月の試射で; 지난 18년 11월에; 21年; 21年9月15日; 2.21年3月",
            [(2019, 5), (2018, 11)],
        ),
    ],
)
def test_years_and_months_without_a_day(text: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(y, m) for _, y, m in find_year_months(text)] == expected


def test_that_day_is_the_day_given_not_the_base() -> None:
    base, named = dt.date(2021, 9, 17), dt.date(2021, 9, 15)
    found = find_dates("이날 오전; 同日; that day", base, same_day=named)
    assert [d for _, d in found] == [named] * 3
    assert [d for _, d in find_dates("오늘 오전", base, same_day=named)] == [base]


@pytest.mark.parametrize(
    "text",
    [
        "午前8時過ぎ", "午前8時すぎに", "午前8時前に", "午前8時5分過ぎ",
        "오전 8시 넘어", "오전 8시 직전",
        "shortly after 8 am", "just before 8:10 a.m.", "sometime after 2310 GMT", "by 8:10 a.m.",
        "午前6時2分から7時", "오전 6시부터 7시 사이", "between 6:02 a.m. and 6:40 a.m.",
    ],
)  # fmt: skip
def test_a_time_told_as_a_bound_or_a_span_is_not_read(text: str) -> None:
    assert find_clock_times(text) == []
    clocks = find_clock_times(text, vague=True)
    assert clocks and all(vague_time(text, c.start, c.end) for c in clocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午前8時ごろ", [(8, 0)]),
        ("午前8時前後", [(8, 0)]),  # "around 8", not "before 8"
        ("오전 8시 5분께", [(8, 5)]),
        ("at 8:10 a.m. and 8:25 a.m.", [(8, 10), (8, 25)]),
        ("between 6:02 a.m. and 6:19 a.m.", []),
        ("午前6時2分から6時19分にかけて", []),
    ],
)
def test_times_told_exactly_are_read(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(c.hour, c.minute) for c in find_clock_times(text)] == expected


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("Wednesday", dt.date(2021, 9, 15)),  # the statement's day
        ("Tuesday", dt.date(2021, 9, 14)),
        ("Thursday", dt.date(2021, 9, 16)),  # the day after: a page dated a day behind Asia
        ("Friday", dt.date(2021, 9, 10)),
    ],
)
def test_a_weekday_is_the_last_on_or_before_the_statement_or_the_day_after(
    weekday: str, expected: dt.date
) -> None:
    assert find_dates(f"on {weekday} morning", dt.date(2021, 9, 15)) == [(3, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午後2時5分と2時31分ごろ", [(14, 5), (14, 31)]),
        ("오후 2시 5분과 2시 31분께", [(14, 5), (14, 31)]),
        ("밤 9시와 10시 사이", [(21, 0), (22, 0)]),  # (a span, read as a bound elsewhere)
        # the controls: a list that names its own half of the day, or would go back in time
        ("午後4時と午前9時", [(16, 0), (9, 0)]),
        ("오후 11시와 1시", [(23, 0), (1, 0)]),
        ("午前10時と2時", [(10, 0), (2, 0)]),
        ("午後3時、2時間後", [(15, 0)]),
        # round 24: a list goes on sharing the afternoon past its second time
        ("오후 1시 15분, 3시, 4시 25분경", [(13, 15), (15, 0), (16, 25)]),
        ("午後1時10分と3時20分、5時ごろ", [(13, 10), (15, 20), (17, 0)]),
        # controls: after a 24-hour time, which took no half from a list
        ("15時10分と4時", [(15, 10), (4, 0)]),
        ("오전 9시, 11시, 1시 10분", [(9, 0), (11, 0), (1, 10)]),
    ],
)
def test_a_time_listed_after_an_afternoon_time_shares_it(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(c.hour, c.minute) for c in find_clock_times(text, vague=True)] == expected


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("正午", False),
        ("正午ごろ", True),
        ("정오쯤", True),
        ("around noon", True),
        ("at midday", False),
    ],
)
def test_noon_is_twelve(text: str, approximate: bool) -> None:
    assert [(c.hour, c.minute, c.approximate) for c in find_clock_times(text)] == [
        (12, 0, approximate)
    ]


@pytest.mark.parametrize(
    "text", ["afternoon", "午後", "正午過ぎ", "shortly after noon", "before noon"]
)
def test_afternoon_or_a_bound_at_noon_is_no_time(text: str) -> None:
    assert find_clock_times(text) == []


def test_the_same_day_is_the_day_named_before_it_in_the_text() -> None:
    base = dt.date(2021, 9, 18)
    found = find_dates("9月15日、同日午前; 그리고 이날", base, same_day=dt.date(2021, 9, 17))
    assert [d for _, d in found] == [dt.date(2021, 9, 15)] * 3
    # with no day named before it: the day last named (the control)
    assert [d for _, d in find_dates("同日午前", base, same_day=dt.date(2021, 9, 17))] == [
        dt.date(2021, 9, 17)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午後2時5分ごろと、2時48分ごろ", [(14, 5), (14, 48)]),
        ("오후 8시 2경부터 8시 30분경까지", [(20, 2), (20, 30)]),
        ("午後3時から4時にかけて", [(15, 0), (16, 0)]),
        ("at 8:02 and 8:30 p.m. on Friday", [(20, 2), (20, 30)]),
        ("between 9:15 and 9:50 a.m.", [(9, 15), (9, 50)]),
        ("around 8:02-30 p.m. (11:02-30 a.m. GMT)", [(20, 2), (20, 30), (11, 2), (11, 30)]),
        # the controls: back in time, another half named, words between
        ("午後11時から1時", [(23, 0), (1, 0)]),
        ("오후 8시 2분과 오전 8시 30분", [(20, 2), (8, 30)]),
        ("at 8:02, the ministry said at 8:30 p.m.", [(8, 2), (20, 30)]),
    ],
)
def test_a_half_of_the_day_shared_by_a_list_or_span(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(c.hour, c.minute) for c in find_clock_times(text, vague=True)] == expected


def test_both_ends_of_a_span_written_with_the_hour_once_keep_their_zone() -> None:
    found = find_clock_times("at 8:02-30 p.m. (11:02-30 a.m. GMT)", vague=True)
    assert [c.utc for c in found] == [False, False, True, True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they flew about 850 and 900 kilometers", [850.0, 900.0]),
        ("flew roughly 300 and 320 km", [300.0, 320.0]),
        ("between 850 and 900 kilometers", []),  # a span
        ("fired 2 and flew 350 km", [350.0]),  # not a distance of one size
    ],
)
def test_two_distances_with_their_unit_written_once(text: str, expected: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == expected


# --------------------------------------------------------------------------- round 7 (holdout 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午前9時半から41分ごろにかけて発射", [True]),
        ("오후 3시 5분부터 15분 사이에 쐈다", [True]),
        ("밤 11시 48분께부터 자정까지 발사", [True]),
        ("오전 8시13분께부터 낮 12시2분께까지", [True, True]),
        ("in a span of some 12 minutes from 4:05 p.m. local time", [True]),
        # (the bracketed conversion is the first end again, which the draft drops as such)
        ("between 4:05 a.m. Friday (7:05 p.m. Thursday GMT) and 4:17 a.m.", [True, False, True]),
        ("오전 8시 10~25분 발사", [True]),
        ("午前8時10分～25分ごろ発射", [True]),
        ("오전 8시 10분에서 25분 사이 발사", [True]),
        # round 10 (README, Holdout 10): an open span, a start with no end, is a span too
        ("午前9時半ごろから会議を開いた", [True]),
        ("오전 9시 반께부터 훈련을 이어갔다", [True]),
        ("drills went on starting around 9:30 a.m. local time", [True]),
        # the controls: one time; a time and a length after it; a time to the minute
        ("午前9時半ごろ会議を開いた", [False]),
        ("오전 9시 반께 훈련을 시작했다", [False]),
        ("drills started at around 9:30 a.m. local time", [False]),
        ("午前8時10~11分ごろ通過", [False]),
        ("오후 3시 5분 발사 후 15분 만에 낙하", [False]),
        ("passed over the island at about 9:14-15 a.m.", [False, False]),
    ],
)
def test_an_end_of_a_span_of_times(text: str, expected: list[bool]) -> None:
    found = find_clock_times(text, vague=True)
    assert [time_in_span(text, c.start, c.end) for c in found] == expected


def test_greenwich_mean_time_written_out_is_utc() -> None:
    found = find_clock_times("at around 9:40 PM Greenwich Mean Time on Tuesday")
    assert [(c.hour, c.minute, c.utc) for c in found] == [(21, 40, True)]
    local = find_clock_times("at around 9:40 PM local time on Tuesday")  # the control
    assert [c.utc for c in local] == [False]


def test_a_day_of_this_month_written_with_kongetsu() -> None:
    base = dt.date(2021, 9, 15)
    found = find_dates("今月8日には新浦付近から発射した。5月8日にも", base)
    assert [d for _, d in found] == [dt.date(2021, 9, 8), dt.date(2021, 5, 8)]


def test_kilometres_written_with_a_middle_dot() -> None:
    assert [q.value for q in find_quantities("約640キロ・メートル飛行した")] == [640.0]


@pytest.mark.parametrize("text", ["5시대부터 6시대 발사", "오후 9시대에 발사", "本日3時台に発射"])
def test_an_hour_band_is_no_time(text: str) -> None:  # round 8
    assert find_clock_times(text) == []


def test_an_hour_before_a_word_starting_with_dae_is_a_time() -> None:  # the control
    assert [(c.hour, c.minute) for c in find_clock_times("오전 5시 대형 미사일")] == [(5, 0)]


# round 11 (README, Holdout 11): the day before a named day, and spans written with "to" or as
# a length from a start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('9일 … 전날 "오늘 오후"', ["2022-03-09", "2022-03-08", "2022-03-08"]),
        ("10日、前日の午後", ["2022-03-10", "2022-03-09"]),
        ("on Thursday, the day before", ["2022-03-10", "2022-03-09"]),
        ("오늘 오후", ["2022-03-10"]),  # the control: no day before, the page's day
        ("전날에 이어 이틀 연속", []),  # the control: counting from another launch
    ],
)
def test_the_day_before_and_today_told_after_it(text: str, expected: list[str]) -> None:
    found = find_dates(text, dt.date(2022, 3, 10))
    assert [d.isoformat() for _, d in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the bracketed conversion is the start again, left out by the draft as one)
        ("between 6:02 a.m. (21:02 GMT) to 6:19 a.m.", [True, False, True]),
        ("over some 30 minutes from just after 5 a.m.; at 7:40 a.m.", [True, False]),
        ("launched at 6:02 a.m. to the east", [False]),  # the control
    ],
)
def test_spans_with_to_or_told_by_their_length(text: str, expected: list[bool]) -> None:
    found = find_clock_times(text, vague=True)
    assert [time_in_span(text, c.start, c.end) for c in found] == expected


def test_a_hyphen_for_the_colon_before_am_pm_is_a_time() -> None:  # round 13
    from alertmap.layers.numbers import find_clock_times

    found = [(c.hour, c.minute) for c in find_clock_times("It lifted off at about 9-47 PM.")]
    assert found == [(21, 47)]
    # controls: a span of hours, and a hyphen with no am/pm, are no time
    assert find_clock_times("between 10-11 a.m. local time") == []
    assert find_clock_times("the score was 7-35 in the end") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("오전 10시52분경부터 정오 12시3분경까지", [(10, 52, True), (12, 3, True)]),
        ("午前11時50分ごろから正午12時4分ごろにかけて", [(11, 50, True), (12, 4, True)]),
        ("정오 12시 21분쯤 발사", [(12, 21, False)]),  # the control: one time, noon its half
        ("正午0時21分ごろ発射", [(12, 21, False)]),
        ("정오쯤 발사", [(12, 0, False)]),  # the control: noon alone
    ],
)
def test_noon_written_before_a_time_of_its_hour_is_its_half(  # round 17
    text: str, expected: list[tuple[int, int, bool]]
) -> None:
    found = find_clock_times(text, vague=True)
    assert [(c.hour, c.minute, time_in_span(text, c.start, c.end)) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fired from about 8:10 a.m., and flew 400 km", [True]),
        ("fired from shortly after 8 a.m. on", [True]),
        ("fired at 8:10 a.m. from Hamhung", [False]),  # the control: "from" after the time
    ],
)
def test_a_time_after_from_is_an_open_span(text: str, expected: list[bool]) -> None:  # round 17
    found = find_clock_times(text, vague=True)
    assert [time_in_span(text, c.start, c.end) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the firing started around 10:41 a.m. and went on for a while", [True]),
        ("the salvo began at 3:02 p.m., a spokesman said", [True]),
        ("the drill began on Monday and a rocket flew at 3:02 p.m.", [False]),  # the control
        ("The firings began again at about 11:15 a.m., the army said", [True]),  # round 22
        ("the barrage resumed at 4:40 p.m. after a pause", [True]),  # round 22
        ("the launches were seen again at 4:40 p.m.", [False]),  # round 22: the control
    ],
)
def test_a_time_after_started_or_began_is_an_open_span(  # round 18
    text: str, expected: list[bool]
) -> None:
    found = find_clock_times(text, vague=True)
    assert [time_in_span(text, c.start, c.end) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "hours", "spans"),
    [
        ("午後8時41分(日本時間同)ごろから同9時2分ごろにかけ", [(20, 41), (21, 2)], [True, True]),
        ("오후 8시 41분(한국시간)경부터 9시 2분경까지 발사", [(20, 41), (21, 2)], [True, True]),
        # the control: a list, not a span
        ("午後8時41分(日本時間同)ごろと同9時2分ごろに発射", [(20, 41), (21, 2)], [False, False]),
    ],
)
def test_a_bracket_after_the_first_time_keeps_the_span_and_its_half(  # round 19
    text: str, hours: list[tuple[int, int]], spans: list[bool]
) -> None:
    found = find_clock_times(text, vague=True)
    assert [(c.hour, c.minute) for c in found] == hours
    assert [time_in_span(text, c.start, c.end) for c in found] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fired at around 9 a.m. during a time period of more than 30 minutes", [True]),
        ("fired at 4 p.m. for about 25 minutes", [True]),
        ("fired at 4 p.m. local time over some 20 minutes", [True]),
        ("fired at 4 p.m. and flew for about 25 minutes", [False]),  # the control: a flight
        ("fired at 4 p.m., 25 minutes before the drill ended", [False]),  # the control
    ],
)
def test_a_start_then_its_length_is_a_span(text: str, expected: list[bool]) -> None:  # round 20
    found = find_clock_times(text, vague=True)
    assert [time_in_span(text, c.start, c.end) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # round 22: a multiplier alone is one of it (values by hand: 1000 + 5 x 100 = 1500)
        ("순항미사일이 천 5백여 킬로미터를 비행", 1000 + 5 * 100),
        ("천5백여 킬로미터를 날아", 1000 + 5 * 100),
        ("千五百キロを飛行", 1000 + 5 * 100),
        ("약 2천 3백㎞", 2 * 1000 + 3 * 100),
        ("백 킬로미터", 100),
        ("천 킬로미터", 1000),
        ("천만 킬로미터", 1000 * 10_000),
        ("백5십 km", 100 + 5 * 10),
        ("千二百キロ", 1000 + 2 * 100),
    ],
)
def test_a_multiplier_alone_starts_a_number(text: str, expected: int) -> None:
    assert [q.value for q in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("천 5백", 1500), ("천5백", 1500), ("千", 1000), ("십", 10), ("천만", 10**7)],
)
def test_the_value_of_a_number_starting_with_a_multiplier(text: str, expected: int) -> None:
    assert number_value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # round 22: "同" before an hour shares the afternoon of the last time told
        (
            "午後6時20分ごろから10発、同8時すぎに8発、同9時半ごろに7発",
            [(18, 20), (20, 0), (21, 30)],
        ),
        ("午後2時ごろ1発、同4時ごろにもう1発", [(14, 0), (16, 0)]),
        ("오후 3시께, 同 5시께", [(15, 0), (17, 0)]),
        # controls: the morning kept, a time told without 同, one that would go back in time
        ("22日午前4時から同6時ごろにかけ", [(4, 0), (6, 0)]),
        ("午後6時ごろ1発、翌朝9時ごろ1発", [(18, 0), (9, 0)]),
        ("午後11時ごろ、同1時ごろ", [(23, 0), (1, 0)]),
    ],
)
def test_a_time_told_with_dou_shares_the_afternoon(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(c.hour, c.minute) for c in find_clock_times(text, vague=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # round 22: "on the 25th" is a day of the month (a later one: the month before)
        ("signs of a launch on the 14th and were ready.", ["2024-05-14"]),
        ("The unit fired again on the 3rd, at dawn.", ["2024-05-03"]),
        ("It was detected on the 30th.", ["2024-04-30"]),
        # controls: an ordinal that counts something else
        ("on the 25th anniversary of the party", []),
        ("on the 7th Party Congress", []),
    ],
)
def test_a_day_told_as_on_the_ordinal(text: str, expected: list[str]) -> None:
    assert [d.isoformat() for _, d in find_dates(text, dt.date(2024, 5, 28))] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1万199", 10_000 + 199),
        ("１万１９９", 10_000 + 199),
        ("1만 199", 10_000 + 199),
        ("1만199", 10_000 + 199),
        ("10,199", 10 * 1000 + 199),
        ("2万", 2 * 10_000),
        ("1만 2천", 10_000 + 2 * 1000),
    ],
)
def test_numbers_with_man_in_every_written_form(text: str, value: int) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 29: a day before, with its date in brackets, is told from "this day": 이날 after
        # them stays the day named before ("전날(9일) … 이날 오후")
        ("전날(9일) 남포항에서 열린 행사가 끝났다고 이날 오후 보도했다.", [9, 9, 10]),
        ("前日(9日)の式典について、同日午後に報じた。", [9, 9, 10]),
        # control: a day named plainly before 이날 is its day
        ("9일 남포항에서 행사가 열렸고, 이날 오후 보도가 나왔다.", [9, 9]),
    ],
)
def test_round29_this_day_after_the_day_before_stays_the_day(
    text: str, expected: list[int]
) -> None:
    base = dt.date(2021, 9, 10)
    assert [d.day for _, d in find_dates(text, base, same_day=base)] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # round 31: a multiplier after a Hangul digit word ("육백", "이천") is no number the
        # draft reads: never the multiplier alone (100, 1,000)
        ("로켓은 칠백㎞를 날았다", []),
        ("로켓은 약 이천 킬로미터를 비행했다", []),
        ("로켓은 수십㎞를 날았다", []),
        # controls: digits with a multiplier, or a multiplier starting a number
        ("로켓은 7백㎞를 날았다", [700.0]),
        ("로켓은 천 2백㎞를 날았다", [1200.0]),
    ],
)
def test_round31_a_multiplier_after_a_hangul_digit_word_is_not_read(
    text: str, values: list[float]
) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # round 31: a compact 24-hour time with its zone named, any zone the module knows
        ("The rocket lifted off at 0852 KST on Friday.", [(8, 52, "+09:00")]),
        ("The rocket lifted off at 2352 hours Korea time.", [(23, 52, "+09:00")]),
        ("The rocket lifted off at 0852 local time.", [(8, 52, "")]),
        ("The rocket lifted off at 2352 GMT.", [(23, 52, "UTC")]),
        # controls: a bare compact number, a year
        ("The rocket lifted off at 0852, officials said.", []),
        ("The rocket type first flew in 2016 Japan time records.", []),
    ],
)
def test_round31_a_compact_time_with_its_zone(text: str, times: list[tuple[int, int, str]]) -> None:
    assert [(c.hour, c.minute, c.zone) for c in find_clock_times(text)] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # round 31: a compact time with its conversion in brackets is the local time, and the
        # compact times listed after it are local times too
        ("It tracked launches at about 0512 (2012 GMT), 0549 and 0601, the JCS said.",
         [(5, 12, ""), (20, 12, "UTC"), (5, 49, ""), (6, 1, "")]),
        ("It tracked a launch at 0512 (2012 UTC).", [(5, 12, ""), (20, 12, "UTC")]),
        # controls: numbers listed without a compact time and its conversion before them
        ("It counted 0549 and 0601 on the list, the JCS said.", []),
        ("At 2012 GMT, 0549 and 0601 were the codes.", [(20, 12, "UTC")]),
    ],
)  # fmt: skip
def test_round31_compact_times_listed_after_a_converted_one(
    text: str, times: list[tuple[int, int, str]]
) -> None:
    assert [(c.hour, c.minute, c.zone) for c in find_clock_times(text)] == times


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # round 31: "tonight" (and "overnight" no) after a time is its half of the day
        ("The rocket lifted off at 9:25 tonight, the ministry said.", [21]),
        ("The rocket lifted off at 9:25 p.m. tonight.", [21]),
        # controls: the morning, a small hour at night
        ("The rocket lifted off at 9:25 this morning.", [9]),
        ("The rocket lifted off at 1:25 tonight.", [1]),
    ],
)
def test_round31_tonight_after_a_time(text: str, hours: list[int]) -> None:
    assert [c.hour for c in find_clock_times(text)] == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # round 31: the half of the day told just before an English time ("Thursday night at
        # 9:25", "in the evening at 8:05", "tonight at 9:25")
        ("The rocket lifted off on Thursday night at 9:25, the ministry said.", [21]),
        ("The rocket lifted off in the evening at 8:05.", [20]),
        ("The rocket lifted off tonight at around 9:25.", [21]),
        # controls: a morning; a small hour at night; the half told by a.m.
        ("The rocket lifted off this morning at 9:25.", [9]),
        ("The rocket lifted off on Thursday night at 1:25.", [1]),
        ("The rocket lifted off in the evening at 8:05 a.m. GMT.", [8]),
    ],
)
def test_round31_the_half_of_the_day_before_a_time(text: str, hours: list[int]) -> None:
    assert [c.hour for c in find_clock_times(text)] == hours


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # round 31: a numeric day and month in English, when only one order is a date
        ("The rocket lifted off on 11/23 at 9:25 a.m.", ["2021-11-23"]),
        ("The rocket lifted off on 23/11 at 9:25 a.m.", ["2021-11-23"]),
        # control: both orders are dates (no day), and a fraction
        ("The rocket lifted off on 11/10 at 9:25 a.m.", []),
        ("Some 3/4 of the rockets lifted off.", []),
    ],
)
def test_round31_a_numeric_day_and_month(text: str, days: list[str]) -> None:
    base = dt.date(2021, 11, 24)
    assert [d.isoformat() for _, d in find_dates(text, base)] == days


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # round 33: a number in words joined to digits before a unit ("one-thousand-500"), and
        # a distance told as an adjective of "distance" ("a 2,300-kilometre distance")
        ("after flying a two-thousand-300-kilometre distance over the sea", [2300.0]),
        ("the rockets flew a 2,300-kilometer distance before splashing down", [2300.0]),
        ("it covered a three-thousand-40 km distance", [3040.0]),
        ("the drones flew a 640-mile distance", [640.0]),
        # controls: an adjective of a type's reach or a road; words alone; digits alone
        ("a 2,300-kilometer range missile and a 90-km road", []),
        ("it flew two-thousand kilometres", [2000.0]),
        ("it flew 2,300 km", [2300.0]),
    ],
)
def test_round33_words_joined_to_digits_and_a_distance_as_adjective(
    text: str, values: list[float]
) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # round 33: a time counted from ("から4分後", "부터 5분 뒤") is no start of a span
        ("発射した午前7時10分から5分後の7時15分に指示した", [False, False]),
        ("발사한 오전 7시 10분부터 5분 뒤에 지시했다", [False]),
        # controls: a start with an end, an open start
        ("午前7時10分から7時30分にかけて発射した", [True, True]),
        ("午前7時10分から発射を続けた", [True]),
    ],
)
def test_round33_a_time_counted_from_is_no_span(text: str, spans: list[bool]) -> None:
    assert [time_in_span(text, c.start, c.end) for c in find_clock_times(text, vague=True)] == spans
