"""The draft's rules, each on sentences written for this file (not the corpus): denials,
times (minutes without their unit, other zones, after the place, before the verb), figures
(which noun a number belongs to, durations), spans, "the fall point" and "the launch site"
sentences, some of the objects, bearings with 沖/해상, and what is left as a TODO.

Every example is worded unlike the corpus sentences it stands for, so that a rule fitted to one
sentence fails here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from alertmap.layers.draft import read_draft
from alertmap.layers.gazetteer import load_gazetteer

JST = dt.timezone(dt.timedelta(hours=9))
DAY = dt.date(2021, 9, 15)


def _draft(text: str, source: str = "Test, 2021-09-15") -> Any:
    return read_draft([("t.txt", text)], source=source)


def _items(text: str, source: str = "Test, 2021-09-15") -> list[tuple[str, dict[str, Any]]]:
    return [(i.kind, dict(i.fields)) for i in _draft(text, source).items]


def _todos(text: str, source: str = "Test, 2021-09-15") -> list[str]:
    draft = _draft(text, source)
    return [s for _, s, _ in draft.unread] + [i.sentence for i in draft.items if i.todo]


def _at(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=JST)


# --------------------------------------------------------------------------- denials


@pytest.mark.parametrize(
    "text",
    [
        "政府はJアラートの発令を見送った。",
        "今回、Jアラートは発令されなかった。",
        "全国瞬時警報システム(Jアラート)による避難の呼びかけは行われなかった。",
        "정부는 이번에 J얼럿 경보를 발령하지 않았다.",
        "No J-Alert was issued for any prefecture this time.",
        "The J-Alert warning wasn't activated because the missile stayed far from land.",
    ],
)
def test_an_alert_that_was_not_issued_is_no_alert(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "alert"] == []


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched no fewer than three missiles from Pyongyang at 6:12 a.m.",
        "北朝鮮は午前6時12分ごろ、平壌近郊から弾道ミサイルを発射ないし試射した。",
    ],
)
def test_words_like_a_denial_that_are_none(text: str) -> None:
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert launch == {"time": _at(6, 12), "at": "Pyongyang"}


def test_an_alert_that_was_issued_is_an_alert() -> None:  # the control of the test above
    text = "政府は午前7時4分、北海道を対象にJアラートを発令した。"
    assert [(k, f["type"]) for k, f in _items(text) if k == "alert"] == [("alert", "launch")]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前6時ごろには弾道ミサイルを発射していないとみられる。",
        "북한은 오전 6시까지 추가로 미사일을 발사하지 않았다.",
        "The missile did not fall inside Japan's exclusive economic zone at 8:10 a.m.",
        "ミサイルは午前8時10分ごろまでに日本のEEZ内には落下しなかった。",
    ],
)
def test_a_denied_launch_or_fall_is_no_item(text: str) -> None:
    assert [f for _, f in _items(text) if f] == []


# --------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("北朝鮮は午前10時12ごろ、平壌近郊から弾道ミサイルを発射した。", 10, 12),
        ("북한은 오전 9시 41쯤 평양 일대에서 탄도미사일을 발사했다.", 9, 41),
        ("北朝鮮は午後3時8に、平壌近郊から発射した。", 15, 8),
    ],
)
def test_minutes_written_without_their_unit(text: str, hour: int, minute: int) -> None:
    ((kind, launch),) = _items(text)
    assert kind == "launch" and launch["time"] == _at(hour, minute)


def test_digits_after_the_hour_that_are_not_minutes_are_a_todo() -> None:
    text = "北朝鮮は午前9時 3発の弾道ミサイルを平壌近郊から発射した。"
    assert all("time" not in f for _, f in _items(text))
    assert text in _todos(text)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("The missile was launched from Pyongyang at 3:05 p.m. Beijing time.", 16, 5),
        ("The missile was launched from Pyongyang at 06:20 UTC on Wednesday.", 15, 20),
        ("North Korea fired it from Pyongyang at 1:15 a.m. Moscow time.", 7, 15),
        ("The missile was launched from Pyongyang at 9:40 KST.", 9, 40),
        ("The missile was launched from Pyongyang at 9:40 a.m. (0040 GMT).", 9, 40),
    ],
)
def test_times_in_another_zone_are_converted(text: str, hour: int, minute: int) -> None:
    launch = next(f for k, f in _items(text) if k == "launch")
    assert launch["time"] == _at(hour, minute)


def test_a_time_in_a_zone_of_unknown_offset_is_a_todo_not_local() -> None:
    text = "The missile was launched from Pyongyang at 6:30 p.m. Eastern Time."
    assert all("time" not in f for _, f in _items(text))
    assert text in _todos(text)


def test_pyongyang_time_is_read_by_its_date() -> None:
    # North Korea's own clock: UTC+08:30 from Aug 2015 to May 2018, UTC+09:00 since
    old = "평양시간 오전 7시 평양 순안 일대에서 발사했다."
    (launch,) = [f for k, f in _items(old, "Test, 2016-06-22") if k == "launch"]
    assert launch["time"] == dt.datetime(2016, 6, 22, 7, 30, tzinfo=JST)
    (launch,) = [f for k, f in _items(old) if k == "launch"]
    assert launch["time"] == _at(7, 0)


def test_a_time_after_the_place_of_a_fall() -> None:
    text = "ミサイルは奄美大島の東約400キロの太平洋上に午前5時2分ごろ落下したとみられる。"
    (fall,) = [f for k, f in _items(text) if k == "fall"]
    assert fall["time"] == _at(5, 2) and fall["distance_km"] == 400


def test_a_24_hour_time_before_an_english_fall_verb() -> None:
    text = "At about 13:20, the missile came down in the Sea of Japan some 250 km west of Okushiri."
    (fall,) = [f for k, f in _items(text) if k == "fall"]
    assert fall["time"] == _at(13, 20)
    assert (fall["sea"], fall["from"], fall["distance_km"]) == ("Sea of Japan", "Okushiri", 250)


def test_a_time_of_a_report_before_the_verb_is_not_the_fall_time() -> None:
    text = "The coast guard said at 8:40 a.m. that the missile had landed in the Sea of Japan."
    assert all("time" not in f for k, f in _items(text) if k == "fall")


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("비행거리는 800km가량이고 정점고도는 2000km를 넘었다.",
         [{"range_km": 800.0}, {"apogee_km": 2000.0}]),
        ("最高高度は約2500キロで、飛しょう距離はおよそ900キロだった。",
         [{"apogee_km": 2500.0}, {"range_km": 900.0}]),
        ("It flew a distance of 950 km after climbing to an altitude that may exceed 2,000 km.",
         [{"range_km": 950.0}, {"apogee_km": 2000.0}]),
        ("The altitude was later estimated to have topped 5,500 km.", [{"apogee_km": 5500.0}]),
        ("飛翔した距離は約800キロとみられる。", [{"range_km": 800.0}]),
        ("발사체는 비거리 약 900㎞를 기록했다.", [{"range_km": 900.0}]),
        ("Officials put the range at 1,200 km.", [{"range_km": 1200.0}]),
        ("It flew with a range of about 1,100 km.", [{"range_km": 1100.0}]),
        ("発射された物体は600キロほど移動した。", [{"range_km": 600.0}]),
    ],
)  # fmt: skip
def test_a_figure_belongs_to_the_noun_before_it(
    text: str, expected: list[dict[str, float]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == expected


def test_a_number_in_another_clause_is_not_the_figure_before_it() -> None:
    text = "It reached a record altitude and then fell about 300 km off the coast."
    assert [f for k, f in _items(text) if k == "figure"] == []


def test_a_range_of_a_flight_that_did_not_happen_is_not_a_figure() -> None:
    text = "On a normal angle its range is estimated at more than 13,000 kilometres."
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("飛しょう時間は約1時間5分だった。", 65.0),
        ("今回の飛行時間は過去2番目に長い約68分とみられる。", 68.0),
        ("방위성은 비행시간이 약 58분이라고 밝혔다.", 58.0),
        ("이번 미사일의 비행시간은 1시간 12분이었다.", 72.0),
        ("미사일은 약 62분간 비상했다.", 62.0),
        ("The flight lasted about 62 minutes.", 62.0),
        ("Its flight duration was 1 hour and 8 minutes.", 68.0),
        ("The duration of the flight was put at 57 minutes.", 57.0),
    ],
)
def test_flight_times_in_their_written_forms(text: str, minutes: float) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [{"flight_min": minutes}]


def test_a_clause_about_another_launch_is_cut_off() -> None:
    text = "飛翔時間は約68分で、昨年7月の74分に次ぐ長さだった。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"flight_min": 68.0}]


# --------------------------------------------------------------------------- positions


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは男鹿半島の西、約200〜250キロの日本海に落下した。",
        "The missiles landed between 200 and 250 km west of the Oga Peninsula.",
        "미사일은 오가반도 서쪽 200~250㎞ 해상에 떨어졌다.",
        "The missiles landed 200 to 250 km west of the Oga Peninsula.",
    ],
)
def test_a_span_of_distances_is_a_todo_never_one_end(text: str) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert all("distance_km" not in f for f in falls)
    assert text in _todos(text)


@pytest.mark.parametrize(
    ("text", "origin", "km", "bearing"),
    [
        ("ミサイルは能登半島の北西沖約300キロの日本海に落下した。", "Noto Peninsula", 300, "NW"),
        ("ミサイルは奥尻島の西方沖合約180キロに落下した。", "Okushiri", 180, "W"),
        ("미사일은 오쿠시리섬 서쪽 해상 약 200㎞ 지점에 떨어졌다.", "Okushiri", 200, "W"),
    ],
)
def test_a_bearing_with_off_the_coast_words(text: str, origin: str, km: int, bearing: str) -> None:
    (fall,) = [f for k, f in _items(text) if k == "fall"]
    assert (fall["from"], fall["distance_km"], fall["bearing"]) == (origin, km, bearing)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは午前8時ごろ日本海に落下した。落下地点は奥尻島の西約150キロで、EEZ外とみられる。",
        "미사일은 오전 8시쯤 동해상에 떨어졌다. 탄착 지점은 오쿠시리섬 서쪽 약 150㎞로, "
        "일본 EEZ 밖으로 추정된다.",
        "The missile came down at around 8 a.m. in the Sea of Japan. The point of impact was "
        "outside Japan's EEZ, about 150 km west of Okushiri.",
    ],
)
def test_a_sentence_about_the_fall_point_adds_to_the_fall(text: str) -> None:
    (fall,) = [f for k, f in _items(text) if k == "fall"]
    assert fall == {
        "time": _at(8, 0), "sea": "Sea of Japan", "from": "Okushiri", "distance_km": 150.0,
        "bearing": "W", "about": True, "outside": ["Japan EEZ"],
    }  # fmt: skip


def test_a_fall_point_alone_is_a_fall() -> None:
    text = "탄착지는 홋카이도 오시마 반도 서방 120㎞였다."
    assert _items(text) == [
        ("fall", {"from": "Oshima Peninsula", "distance_km": 120.0, "bearing": "W",
                  "about": False}),
    ]  # fmt: skip


def test_a_fall_point_elsewhere_is_a_fall_of_its_own() -> None:
    text = "一つは奥尻島の西約150キロに落下した。落下地点は男鹿半島の西約250キロとみられる。"
    assert [f["from"] for k, f in _items(text) if k == "fall"] == ["Okushiri", "Oga Peninsula"]


@pytest.mark.parametrize(
    "text",
    [
        "弾道ミサイル3発が日本海に落下し、うち2発は日本のEEZ内とみられる。",
        "ミサイル3発は日本海に落下した。うち2発は日本のEEZ内だった。",
        "Three missiles fell in the Sea of Japan. Two of them landed inside Japan's EEZ.",
    ],
)
def test_some_of_the_objects_are_a_fall_of_their_own(text: str) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert {"sea": "Sea of Japan"} in falls and {"inside": ["Japan EEZ"]} in falls


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("북한은 오전 7시쯤 탄도미사일을 발사했다. 발사 장소는 평양 순안 일대로 파악됐다.",
         "Pyongyang Sunan International Airport"),
        ("北朝鮮は午前7時ごろ弾道ミサイルを発射した。発射地点は北西部の東倉里付近とみられる。",
         "Sohae Satellite Launching Ground"),
        ("North Korea launched a missile at 7 a.m. The launch site was the Sunan Airfield.",
         "Pyongyang Sunan International Airport"),
    ],
)  # fmt: skip
def test_a_sentence_naming_the_launch_site_adds_it_to_the_launch(text: str, site: str) -> None:
    assert _items(text) == [("launch", {"time": _at(7, 0), "at": site})]


def test_sunan_airfield_is_an_alias_of_the_airport() -> None:
    found = load_gazetteer().find("Sunan Airfield")
    assert found is not None and found.name == "Pyongyang Sunan International Airport"


# --------------------------------------------------------------------------- left as TODOs


@pytest.mark.parametrize(
    "text",
    [
        "The missile came down some 200 km off the country's west coast.",
        "미사일은 오전 8시쯤 동해 쪽 400km 해상에 떨어졌다.",
        "The missile was fired at an angle of 70 degrees toward the Sea of Japan.",
        "미사일은 정북에서 60도 방향으로 발사됐다.",
    ],
)
def test_what_the_rules_cannot_place_is_a_todo_with_its_sentence(text: str) -> None:
    assert text in _todos(text)
    assert all("distance_km" not in f for _, f in _items(text))


# --------------------------------------------------------------------------- holdout 3's lessons
# (rules made general on the misses of holdout3/RUN.md; every sentence below is written here)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは能登半島の北西150キロから180キロの海域に落ちた。",
        "미사일은 오가반도 서쪽 150㎞에서 180㎞ 사이 해상에 떨어졌다.",
        "The missiles came down 150 km to 180 km west of the Noto Peninsula.",
    ],
)
def test_a_span_with_its_unit_written_twice_is_a_todo(text: str) -> None:
    assert all("distance_km" not in f for _, f in _items(text))
    assert text in _todos(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("북한은 오전 7시쯤 스커드-ER(최대 사거리 1000㎞) 2발을 쏘았으며 비행거리는 약 600㎞였다.",
         [{"range_km": 600.0}]),
        ("射程約1300キロとされる準中距離弾道ミサイルで、今回は約450キロ飛翔した。",
         [{"range_km": 450.0}]),
        ("The type has a maximum range of 5,500 km; this one travelled 950 km.",
         [{"range_km": 950.0}]),
        ("The new type has an estimated range of 12,000 km, analysts said.", []),
        ("이 미사일은 사거리 1만2천㎞로 미국 동부까지 타격할 수 있다.", []),
    ],
)  # fmt: skip
def test_the_range_of_a_missile_type_is_not_the_flight(
    text: str, figures: list[dict[str, float]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    "text",
    [
        "같은 계열 미사일은 지난 2019년 10월 시험에서 고도 910㎞, 비행거리 450㎞를 기록했다.",
        "同型は2020年3月の発射で最高高度約50キロ、約410キロ飛行した。",
        "In 2019 a missile of the same family flew 600 km at an altitude of 50 km.",
    ],
)
def test_figures_of_a_launch_in_another_year_or_month_are_not_items(text: str) -> None:
    assert [f for _, f in _items(text) if f] == []


def test_a_sentence_of_this_month_is_read() -> None:  # the control of the test above
    text = "2021年9月の今回の発射で、ミサイルは約410キロ飛行した。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 410.0}]


def test_that_day_is_the_day_last_named_not_the_statements() -> None:
    text = "북한이 15일 1발을 쐈다. 합참에 따르면 북한은 이날 오전 6시 10분께 평성 일대에서 쐈다."
    (launch,) = [f for k, f in _items(text, "Test, 2021-09-17") if k == "launch"]
    assert launch["time"] == _at(6, 10)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("北朝鮮は午前6時10分ごろ、東部の亀城(クソン)付近から1発を発射した。", "Kusong City"),
        ("北朝鮮は午前6時10分ごろ、平安北道・亀城から1発を発射した。", "Kusong City"),
        ("북한은 오전 6시 10분께 평안남도 순천 일대에서 1발을 쐈다고 밝혔다.", "Sunchon"),
        ("합참은 오전 6시 10분께 발사체가 함경남도 함흥 일대서 발사됐다고 전했다.", "Hamhung"),
        ("At 6:10 a.m. the missile was launched in the Kusong area, the JCS said.", "Kusong City"),
    ],
)
def test_a_city_named_without_its_suffix_or_by_its_area(text: str, site: str) -> None:
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert launch == {"time": _at(6, 10), "at": site}


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前6時10分ごろ、西部の粛川(スクチョン)付近から1発を発射した。",
        "북한은 오전 6시 10분께 평안남도 숙천 일대에서 1발을 쐈다.",
        "North Korea fired one missile from Sukchon in South Pyongan at 6:10 a.m.",
        "北朝鮮は午前6時10分ごろ1発を発射した。発射地点は北朝鮮西部の平安南道・粛川とみられる。",
    ],
)
def test_a_launch_site_the_gazetteer_does_not_know_is_a_todo_never_only_north_korea(
    text: str,
) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert all(f.get("at") in (None, "North Korea") for f in launches)
    assert any(text.endswith(s) or s in text for s in _todos(text))


def test_a_launch_site_the_gazetteer_knows_is_no_todo() -> None:  # the control
    text = "北朝鮮は午前6時10分ごろ、咸興(ハムフン)付近から1発を発射した。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 10), "at": "Hamhung"}]
    assert _todos(text) == []


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("北朝鮮は午前6時10分ごろ、新浦付近から北東へ向けて1発を発射した。", "NE"),
        ("북한은 오전 6시 10분께 신포 일대에서 북쪽 동해상으로 1발을 쐈다.", "N"),
        ("At 6:10 a.m. a missile was fired from Sinpo to the northeast.", "NE"),
    ],
)
def test_directions_in_their_written_forms(text: str, direction: str) -> None:
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert launch == {"time": _at(6, 10), "at": "Sinpo", "direction": direction}


def test_according_to_the_south_is_no_direction() -> None:
    text = "According to the South Korean JCS, the missile was fired from Sinpo at 6:10 a.m."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 10), "at": "Sinpo"}]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは北東方向に約700キロ飛翔した。",
        "미사일은 북동쪽으로 약 700㎞를 비행했다.",
        "The missile flew about 700 km northeast.",
        "The missile flew north-eastward for some 50 minutes.",
    ],
)
def test_a_direction_told_with_the_flight_is_the_launch_direction(text: str) -> None:
    assert ("launch", {"direction": "NE"}) in _items(text)


def test_a_direction_told_with_the_flight_joins_the_launch_of_its_sentence() -> None:
    text = "北朝鮮が午前6時10分ごろ新浦付近から発射した2発は、いずれも北東方向に約700キロ飛行。"
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert launch == {"time": _at(6, 10), "at": "Sinpo", "direction": "NE"}


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("ミサイルは約40分の間、約600キロ飛んだ。", 40.0),
        ("미사일은 약 40분간 600㎞를 비행했다.", 40.0),
        ("The missile flew 600 km in 40 minutes.", 40.0),
        ("미사일은 발사 12여분 만에 동해상에 떨어졌다.", 12.0),
        ("ミサイルは発射から約12分後に日本海に落下した。", 12.0),
        ("The missile came down 12 minutes after being launched.", 12.0),
        ("The U.S. military said it tracked the missile for eight minutes.", 8.0),
        ("미사일은 약 12분 동안 300여㎞를 날아갔다.", 12.0),
    ],
)
def test_flight_times_told_as_a_span_or_an_interval(text: str, minutes: float) -> None:
    assert {"flight_min": minutes} in [f for k, f in _items(text) if k == "figure"]


def test_the_minutes_of_a_clock_time_are_no_flight_time() -> None:
    text = "합참은 오전 7시 40분경 발사된 미사일이 600㎞를 비행했다고 밝혔다."
    assert all("flight_min" not in f for _, f in _items(text))


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("ミサイルは日本の排他的経済水域(EEZ)に落下したとみられる。", {"inside": ["Japan EEZ"]}),
        ("「ミサイルは日本海に落下した。わが国のEEZ内ではないとみられる」と述べた。",
         {"outside": ["Japan EEZ"]}),
        ("The missile landed in the sea, not within Japan's exclusive economic zone.",
         {"outside": ["Japan EEZ"]}),
        ("미사일은 동해상에 떨어졌으며 일본 EEZ 안이 아닌 것으로 보인다.",
         {"outside": ["Japan EEZ"]}),
        ("Tokyo said the missile splashed down beyond its exclusive economic zone.",
         {"outside": ["Japan EEZ"]}),
        ("The missile fell into Japan's exclusive economic zone.", {"inside": ["Japan EEZ"]}),
    ],
)  # fmt: skip
def test_eez_statements_in_their_forms(text: str, zones: dict[str, list[str]]) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls and all(f.get(k) == v for f in falls for k, v in zones.items()), falls


def test_where_it_fell_adds_to_the_fall() -> None:
    text = "ミサイルは日本海に落下した。落下したのは日本のEEZの外側とみられる。"
    assert [f for k, f in _items(text) if k == "fall"] == [
        {"sea": "Sea of Japan", "outside": ["Japan EEZ"]}
    ]


def test_all_of_them_falling_in_a_sea_is_a_fall_of_its_own() -> None:
    text = "2発はいずれも日本海の日本のEEZ外に落下したとみられる。"
    assert [f for k, f in _items(text) if k == "fall"] == [
        {"sea": "Sea of Japan", "outside": ["Japan EEZ"]}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは北朝鮮東岸付近の日本海に落下したとみられる。",
        "미사일은 북한 동해안 인근 해상에 떨어진 것으로 보인다.",
    ],
)
def test_a_coast_without_a_distance_is_a_todo(text: str) -> None:
    assert text in _todos(text)
    assert all("distance_km" not in f for _, f in _items(text))


def test_fired_into_a_sea_is_no_fall() -> None:
    text = "North Korea fired two missiles into the Sea of Japan from Sinpo at 6:10 a.m."
    assert [k for k, _ in _items(text)] == ["launch"]


# --------------------------------------------------------------------------- holdout 4's causes
# Each rule below was made on a cause found in holdout 4's misses; the sentences are written
# here, in other words, with other places, hours and figures than the statements it came from.


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は、本日9時12分頃及び9時40分頃、北朝鮮西岸の平壌付近から、合計2発の弾道ミサイルを発射しました。",
        "北朝鮮は午前9時12分と同40分、平壌付近から弾道ミサイルを相次いで発射した。",
        "政府によると、北朝鮮が午前9時12分と40分に平壌付近から弾道ミサイルを発射した。",
        "북한이 오늘 오전 9시12분경과 9시40분경 평양 일대에서 탄도미사일 2발을 쐈다.",
        "군은 북한이 오전 9시 12분께, 9시 40분께 평양 일대에서 발사한 미사일 2발을 포착했다.",
        "North Korea fired two ballistic missiles from Pyongyang at 9:12 a.m. and 9:40 a.m.",
    ],
)
def test_times_told_as_a_list_are_one_launch_each(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [
        {"time": _at(9, 12), "at": "Pyongyang"},
        {"time": _at(9, 40), "at": "Pyongyang"},
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (three missiles, or a number not told, or two: which was fired when is not said;
        # test_a_span_of_times_gives_no_launch_time_even_for_two_objects)
        "北朝鮮は午前6時2分から同19分にかけて、元山付近から弾道ミサイル3発を発射した。",
        "North Korea fired missiles from Wonsan between 6:02 a.m. and 6:19 a.m., officials said.",
        "북한은 오전 6시 2분부터 6시 19분까지 원산 일대에서 미사일 여러 발을 쐈다.",
        "이날 오전 6시55분과 56분 각각 경보와 문자가 발송됐다.",  # respectively: not two launches
    ],
)
def test_a_span_of_times_or_times_of_different_things_give_no_launch_times(text: str) -> None:
    assert all("time" not in f for k, f in _items(text) if k == "launch")
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前9時過ぎ、元山付近から弾道ミサイルを発射した。",
        "北朝鮮は午前9時前に元山付近から弾道ミサイルを発射した。",
        "북한은 오전 9시 넘어 원산 일대에서 탄도미사일을 발사했다.",
        "북한은 오전 9시 직전 원산 일대에서 탄도미사일을 발사했다.",
        "The missile was launched from Wonsan shortly after 9 a.m., officials said.",
        "The missile was launched from Wonsan just before 9 am, officials said.",
        "The missile was launched from Wonsan sometime before 0030 GMT.",
    ],
)
def test_a_time_told_as_a_bound_is_no_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Wonsan"}]


def test_a_time_told_exactly_is_kept_beside_a_bound() -> None:  # the control
    text = "北朝鮮は午前9時過ぎに1発目を、午前9時41分ごろ元山付近から2発目を発射した。"
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == [_at(9, 41)]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("北朝鮮は午前6時10分ごろ、東岸の宣徳(ソンドク)付近から1発を発射した。", "Sondok Airport"),
        (
            "北朝鮮は午前6時10分ごろ、東岸の宣徳付 近から1発を発射した。",
            "Sondok Airport",
        ),  # a PDF's space
        ("北朝鮮は午前6時10分ごろ、西岸の亀城 (クソン) 付近から 1発を 発射した。", "Kusong City"),
        (
            "North Korea fired a missile at 6:10 a.m. from the eastern port city of Wonsan.",
            "Wonsan",
        ),
        ("It was launched at 6:10 a.m. near the city of Kusong, officials said.", "Kusong City"),
        ("The missile was launched at 6:10 a.m. from Banghyeon, the JCS said.", "Panghyon Airport"),
        ("The missile blasted off at 6:10 a.m. from a facility near Sinpo.", "Sinpo"),
        ("North Korea test-fired a missile at 6:10 a.m. from Sinpo.", "Sinpo"),
    ],
)
def test_a_site_with_its_reading_a_pdf_space_or_an_english_city_of(text: str, site: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 10), "at": site}]


@pytest.mark.parametrize(
    "text",
    [
        "In Tokyo, the defence minister said the missile was launched at 6:10 a.m.",
        "At a news conference in Seoul, officials said North Korea fired a missile at 6:10 a.m.",
        "ソウルで記者団に対し、北朝鮮が午前6時10分ごろ弾道ミサイルを発射したと述べた。",
        "防衛相は東京から、北朝鮮が午前6時10分ごろ弾道ミサイルを発射したと発表した。",
        "국방부 장관은 서울에서 기자들에게 북한이 오전 6시 10분께 미사일을 발사했다고 말했다.",
    ],
)
def test_where_it_was_announced_is_no_launch_site(text: str) -> None:
    sites = [f.get("at") for k, f in _items(text) if k == "launch"]
    assert sites and all(at in (None, "North Korea") for at in sites)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a US page dated the day before, about a morning in Asia
        (
            "North Korea fired a missile Thursday morning. It was launched at 7:40 a.m.",
            "CNN, 2021-09-15",
        ),
        # a page dated the day after; "Thursday" names the day, the GMT time is the day before
        (
            "North Korea fired a missile early on Thursday. It was launched at 2240 GMT.",
            "AFP, 2021-09-17",
        ),
        ("North Korea fired a missile at 2240 GMT Wednesday from Wonsan.", "AFP, 2021-09-16"),
    ],
)
def test_an_english_time_takes_its_day_from_the_weekday(text: str, source: str) -> None:
    times = [f["time"] for k, f in _items(text, source) if k == "launch" and "time" in f]
    assert times == [_at(7, 40, dt.date(2021, 9, 16))]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日に弾道ミサイルを発射した。"
        "今回と似たミサイルは8月3日に高度約80キロ、約500キロ飛行した。",
        "북한은 15일 미사일을 발사했다. "
        "북한은 오늘 미사일과 비슷하게 지난 8월 3일에 고도 80km, 비행거리 500km의 발사체를 쐈다.",
        "North Korea fired a missile today. Today's missile resembled one fired on "
        "August 3, which flew 500 km at an altitude of 80 km.",
    ],
)
def test_figures_after_another_date_are_not_this_launchs(text: str) -> None:
    figures = [f for k, f in _items(text) if k == "figure"]
    assert {v for f in figures for v in f.values()} & {80.0, 500.0} == set()


def test_figures_before_another_date_are_this_launchs() -> None:  # the control
    text = (
        "북한은 15일 미사일을 발사했다. "
        "고도는 90km, 비행거리는 600km로, 지난 8월 3일에는 고도 80km였다."
    )
    assert [f for k, f in _items(text) if k == "figure"] == [
        {"apogee_km": 90.0},
        {"range_km": 600.0},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは80キロメートル未満の高度を、約300キロメートル飛翔したとみられる。",
        "미사일은 고도 50km 미만으로 약 300km를 비행했다.",
        "The missile flew about 300 km at an altitude of less than 50 km.",
        "The missile flew about 300 km, at an altitude of up to 50 km.",
        "最高高度は50キロ以下で、約300キロ飛翔した。",
    ],
)
def test_a_bound_is_no_figure_and_is_left_as_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 300.0}]
    assert text in _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルの高さは900キロにも達した。",
        "The missile reached as high as 900 kilometers.",
        "The missile reached an altitude of over 900 km.",
    ],
)
def test_apogee_in_other_words(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [{"apogee_km": 900.0}]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルはそれぞれおよそ310キロとおよそ330キロ飛翔した。",
        "미사일 2발은 각각 약 310㎞와 약 330㎞를 비행했다.",
        "비행거리는 각각 약 310km와 330km로 분석됐다.",
        "1発目は約310km、2発目は約330km飛翔したとみられる。",
        "The first flew 310 km and the second 330 km.",
    ],
)
def test_figures_told_as_a_list_share_their_noun(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [
        {"range_km": 310.0},
        {"range_km": 330.0},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは北朝鮮東岸から北東に約250kmの日本海上に落下したとみられる。",
        "ミサイルは北朝鮮の東岸から北東に 約250キロの日本海に落下した。",
        "미사일은 북한 동해안에서 북동쪽으로 약 250km 떨어진 동해상에 낙하했다.",
        "The missile fell in the Sea of Japan about 250 km northeast of North Korea's east coast.",
    ],
)
def test_a_distance_from_a_coast_is_from_the_country(text: str) -> None:
    (fall,) = [f for k, f in _items(text) if k == "fall"]
    assert (fall["from"], fall["distance_km"], fall["bearing"]) == ("North Korea", 250.0, "NE")


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは北朝鮮西岸の黄海に落下したと推定される。",
        "The missile splashed down in waters near the western coast of North Korea.",
    ],
)
def test_a_coasts_sea_without_a_distance_is_a_todo(text: str) -> None:
    assert text in _todos(text)
    assert all("distance_km" not in f for _, f in _items(text))


@pytest.mark.parametrize(
    "text",
    [
        "The missile traveled about 450 kilometers into the Sea of Japan, officials said.",
        "The missile flew some 300 km into the East Sea.",
        "The missile plunged into the Sea of Japan, the ministry said.",
        "The missile splashed into the Sea of Japan.",
    ],
)
def test_a_flight_that_ends_in_a_sea_is_a_fall_there(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Sea of Japan"}]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said the North fired a missile from an inland area at 6:10 a.m.",
        "The JCS said the North launched one missile at 6:10 a.m. into the East Sea.",
    ],
)
def test_the_north_is_north_korea_as_the_one_that_fired(text: str) -> None:
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert launch == {"time": _at(6, 10), "at": "North Korea"}


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean army fired a missile at 6:10 a.m.",  # an adjective, not the subject
        "The missile flew toward the North Pacific after its launch at 6:10 a.m.",
    ],
)
def test_north_in_other_names_is_not_north_korea(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [None]


def test_land_based_is_no_landing() -> None:
    text = "The missile lifted off at 6:10 a.m. from a land-based launcher near Sinpo."
    assert _items(text) == [("launch", {"time": _at(6, 10), "at": "Sinpo"})]


def test_one_launch_then_its_fall_is_not_a_list_of_launches() -> None:
    text = "North Korea launched a missile from Wonsan at 7:06 a.m. and at 7:15 a.m. it fell."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 6), "at": "Wonsan"}]


def test_a_number_after_a_figure_and_a_comma_keeps_no_noun() -> None:  # the control
    text = "ミサイルの高度は約60km、450kmだった。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"apogee_km": 60.0}]
    assert text in _todos(text)


def test_times_in_brackets_beside_a_list_are_the_same_launches() -> None:
    text = "North Korea fired two missiles at 7:06 a.m. and 7:25 a.m. (2206 GMT and 2225 GMT)."
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(7, 6), _at(7, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前7時4分、元山付近から弾道ミサイルを発射し、10分ほど飛行した。",
        "北朝鮮は午前7時4分と10分ほど後に元山付近から弾道ミサイルを発射した。",
        "북한은 오전 7시 4분과 10여분 뒤 원산 일대에서 미사일을 발사했다.",
    ],
)
def test_minutes_of_a_duration_are_no_second_launch(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(7, 4), "at": "Wonsan"}]


@pytest.mark.parametrize(
    "text",
    [
        "The launch came hours after the US and South Korea wrapped up drills at 5 p.m.",
        "Japan's Prime Minister spoke to reporters at 8:15 a.m., about an hour after the launch.",
        "Drills ended at 5 p.m., hours before North Korea launched a missile from Wonsan.",
    ],
)
def test_an_english_time_of_another_event_is_not_the_launchs(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch" and "time" in f] == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("North Korea fired the missile at 7:06 a.m., hours before the summit at 10 a.m.", (7, 6)),
        ("The satellite reached orbit at 22:54, 705 seconds after the launch at 22:42.", (22, 42)),
        ("The first launch occurred at 5:58 a.m. local time.", (5, 58)),
    ],
)
def test_an_english_launch_keeps_its_own_time(text: str, time: tuple[int, int]) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(*time)]


# --------------------------------------------------------------------------- holdout 5's causes


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午後3時12分と3時40分ごろ、元山付近から弾道ミサイルを発射した。",
        "북한은 오후 3시 12분과 3시 40분경 원산 일대에서 탄도미사일 2발을 발사했다.",
        "북한은 오늘 15:12분과 15:40분경 원산 일대에서 미사일 2발을 쐈다.",
        "The two missiles were fired from Wonsan, one at 3:12 p.m. and the other at 3:40 p.m.",
    ],
)
def test_a_list_of_times_shares_its_afternoon(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [
        {"time": _at(15, 12), "at": "Wonsan"},
        {"time": _at(15, 40), "at": "Wonsan"},
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("防衛省は9月15日、北朝鮮が同日午前7時3分ごろ、元山付近から弾道ミサイルを発射したと発表した。",
         "Test, 2021-09-18"),
        ("합참은 9월 15일 북한이 이날 오전 7시 3분쯤 원산 일대에서 미사일을 쐈다고 밝혔다.",
         "Test, 2021-09-17"),
        ("On Sept. 15, North Korea fired a missile from Wonsan that day at 7:03 a.m., Seoul said.",
         "Test, 2021-09-16"),
    ],
)  # fmt: skip
def test_the_same_day_is_the_day_named_before_it(text: str, source: str) -> None:
    assert [f["time"] for k, f in _items(text, source) if k == "launch"] == [_at(7, 3)]


def test_the_same_day_without_a_day_named_is_the_statements() -> None:  # the control
    text = "北朝鮮は同日午前7時3分ごろ、元山付近から弾道ミサイルを発射した。"
    day = dt.date(2021, 9, 18)
    assert [f["time"] for k, f in _items(text, "Test, 2021-09-18") if k == "launch"] == [
        _at(7, 3, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前7時12分から同40分にかけて、元山付近から弾道ミサイル2発を発射した。",
        "합참은 오전 7시 12분께부터 7시 40분께까지 원산 일대에서 발사된 2발을 포착했다.",
        "North Korea launched two missiles from Wonsan between 7:12 a.m. Wednesday "
        "(10:12 p.m. Tuesday GMT) and 7:40 a.m., Seoul said.",
    ],
)
def test_a_span_of_times_gives_no_launch_time_even_for_two_objects(text: str) -> None:
    # round 7 convention (README, Holdout 7): the two were launched within the span, neither
    # is said to be at one end; one launch without a time, and the sentence left as a TODO
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Wonsan"}]
    assert _todos(text) == [text]


def test_a_time_and_its_conversion_in_brackets_are_one_time() -> None:  # the control
    text = "The missile was fired from Wonsan at about 7:12 a.m. (10:12 p.m. Tuesday GMT)."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 12), "at": "Wonsan"}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は正午ごろ、元山付近から弾道ミサイルを発射した。",
        "북한은 정오쯤 원산 일대에서 탄도미사일을 발사했다.",
        "North Korea fired a missile from Wonsan around noon, the JCS said.",
        "North Korea fired a missile from Wonsan at 12:00 p.m., the JCS said.",
    ],
)
def test_noon_is_twelve_oclock(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(12, 0), "at": "Wonsan"}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は正午過ぎ、元山付近から弾道ミサイルを発射した。",
        "North Korea fired a missile from Wonsan shortly after noon, the JCS said.",
        "North Korea fired a missile from Wonsan in the afternoon, the JCS said.",
    ],
)
def test_noon_as_a_bound_or_afternoon_is_no_time(text: str) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Wonsan"}]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("北朝鮮は午前7時ごろ、平安北道・亀城で弾道ミサイルを発射した。", "Kusong City"),
        ("北朝鮮は午前7時ごろ、西部・平安北道泰川一帯から1発を発射した。", "Taechon Airport"),
        ("북한은 오전 7시쯤 평안북도 태천 일대에서 미사일을 쐈다.", "Taechon Airport"),
        ("The missile was fired at 7 a.m. from the northeastern area of Kusong.", "Kusong City"),
        ("Missiles were launched at 7 a.m. in Kusong, North Pyongan Province.", "Kusong City"),
        ("North Korea fired a missile at 7 a.m. from near its capital city, Pyongyang.",
         "Pyongyang"),
        # the other romanization of the first consonant (B/P, D/T, G/K, J/Ch)
        ("The missile was test-fired at 7 a.m. from Banghyon, the military said.",
         "Panghyon Airport"),
        ("The missile was launched at 7 a.m. from Bukchang, officials said.", "Pukchang Airfield"),
        ("Missiles were fired at 7 a.m. near Galma, officials said.", "Wonsan Kalma Airport"),
    ],
)  # fmt: skip
def test_a_site_after_its_province_or_told_as_a_city(text: str, site: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 0), "at": site}]


def test_a_place_where_it_was_said_is_no_site() -> None:  # the control for "で"
    text = "防衛相は防衛省で記者団に、北朝鮮が午前7時ごろ弾道ミサイルを発射したと述べた。"
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]
    text = "防衛相は東京で記者団に、北朝鮮が午前7時ごろ弾道ミサイルを発射したと述べた。"
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]
    text = "平壌で開かれた会議の後、北朝鮮が午前7時ごろ弾道ミサイルを発射した。"
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]


def test_a_province_as_the_only_site_is_a_todo() -> None:
    text = "北朝鮮が慈江道(Chagang Province)から弾道ミサイルを東方向に発射した。"
    assert text in _todos(text)
    control = "北朝鮮が平安北道・亀城から弾道ミサイルを東方向に発射した。"
    assert control not in _todos(control)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは約400キロ飛行し、日本の防空識別圏内の日本海に落下した。",
        "미사일은 약 400km를 비행한 뒤 일본 방공식별구역 안의 동해에 떨어졌다.",
        "The missile flew about 400 km and fell into the Sea of Japan inside Japan's air "
        "defense identification zone.",
    ],
)
def test_an_air_defence_zone_is_a_todo_not_the_eez(text: str) -> None:
    items = _items(text)
    assert text in _todos(text)
    assert [f for k, f in items if k == "fall"] == [{"sea": "Sea of Japan"}]
    assert {"range_km": 400.0} in [f for k, f in items if k == "figure"]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前7時ごろ、元山付近から1発を発射した。"
        "北朝鮮は9月3日にも弾道ミサイルを発射。秋田県沖の日本海に落下し、約700キロ飛行した。",
        "북한은 15일 오전 7시쯤 원산 일대에서 1발을 쐈다. "
        "북한은 지난 9월 3일에도 탄도미사일을 쐈다. 미사일은 약 700km를 비행해 동해에 떨어졌다.",
        "North Korea fired a missile from Wonsan at 7 a.m. today. "
        "North Korea also fired a missile on Sept. 3. It flew about 700 km into the Sea of Japan.",
    ],
)
def test_sentences_that_go_on_about_an_earlier_launch_give_nothing(text: str) -> None:
    assert _items(text) == [("launch", {"time": _at(7, 0), "at": "Wonsan"})]


def test_a_new_paragraph_or_a_date_of_this_launch_is_read() -> None:  # the controls
    first = "北朝鮮は15日午前7時ごろ、元山付近から1発を発射した。北朝鮮は9月3日にも発射。"
    text = first + "\nミサイルは約650キロ飛行し、日本海に落下した。"
    assert ("figure", {"range_km": 650.0}) in _items(text)
    text = first + "15日のミサイルは約650キロ飛行した。"
    assert ("figure", {"range_km": 650.0}) in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前7時ごろ、元山付近から1発を発射した。"
        "元山は8月3日にも発射実験が行われた場所。ミサイルは約650キロ飛行した。",
        "북한은 15일 오전 7시쯤 원산 일대에서 1발을 쐈다. "
        "이번 발사는 지난 8월 3일 발사에 이어 43일 만이다. 미사일은 약 650km를 비행했다.",
        "North Korea fired a missile from Wonsan at 7 a.m. today. The site was also used for a "
        "launch on Aug. 3. The missile flew about 650 km.",
    ],
)
def test_a_sentence_naming_another_launch_in_passing_does_not_carry_on(text: str) -> None:
    assert ("figure", {"range_km": 650.0}) in _items(text)  # the control


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2発目は最高高度およそ70キロで600キロ程度、飛翔。", [70.0, 600.0]),
        ("추정 비행거리는 각각 380여km, 290여km였다.", [380.0, 290.0]),
        ("推定飛行距離はそれぞれ約380キロ、約290キロとした。", [380.0, 290.0]),
        ("It landed in the Sea of Japan after traveling approximately 650 km.", [650.0]),
    ],
)
def test_ranges_per_missile_and_in_other_words(text: str, expected: list[float]) -> None:
    figures = [v for k, f in _items(text) if k == "figure" for v in f.values()]
    assert figures == expected


def test_a_flight_direction_with_yeo_is_the_launchs() -> None:
    text = "미사일은 발사지점에서 남동쪽으로 610여 킬로미터를 비행했다."
    assert ("launch", {"direction": "SE"}) in _items(text)
    assert ("figure", {"range_km": 610.0}) in _items(text)


@pytest.mark.parametrize(
    "text",
    ["ミサイルは能登半島北の日本海に落下した。", "1発は北海道西方の日本のEEZの外に落下した。"],
)
def test_a_side_of_a_place_without_a_distance_is_a_todo(text: str) -> None:
    assert text in _todos(text)


def test_a_direction_of_flight_is_no_side_of_a_place() -> None:  # the control
    text = "ミサイルは東方向へ飛行し、日本海に落下した。"
    assert text not in _todos(text)
    assert ("fall", {"sea": "Sea of Japan"}) in _items(text)


@pytest.mark.parametrize(
    "text",
    [
        "The missile landed within Japan's economic exclusive zone in the Sea of Japan.",
        "The missile landed within Japan's exclusive economic zone in the Sea of Japan.",
    ],
)
def test_the_eez_in_either_word_order(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [
        {"sea": "Sea of Japan", "inside": ["Japan EEZ"]}
    ]


def test_a_launch_into_a_sea_with_a_bracket_is_no_fall() -> None:
    text = "North Korea launched a missile (IRBM) into the Sea of Japan at 7 a.m."
    assert [k for k, _ in _items(text)] == ["launch"]
    control = "The missile flew 60 kilometers (37 miles) into the Sea of Japan."
    assert [f for k, f in _items(control) if k == "fall"] == [{"sea": "Sea of Japan"}]


def test_another_romanization_only_for_a_launch_site() -> None:  # the control
    text = "The missile was launched at 7 a.m., Dr. Bonn told reporters in Geneva."
    assert [f.get("at") for k, f in _items(text) if k == "launch"] in ([None], [])


# --------------------------------------------------------------------------- holdout 6's causes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("北朝鮮は午後3時10分ごろと、3時41分ごろ、2発を東に向けて発射した。", (10, 41)),
        ("Officials said the North fired two missiles at 3:10 and 3:41 p.m.", (10, 41)),
        ("합참은 북한이 오후 3시 10분경과 3시 41분경 신포 일대에서 2발을 쐈다.", (10, 41)),
    ],
)  # fmt: skip
def test_the_afternoon_carries_through_a_list_of_times(text: str, minutes: tuple[int, int]) -> None:
    times = sorted(f["time"] for k, f in _items(text) if k == "launch")
    assert times == [_at(15, minutes[0]), _at(15, minutes[1])]


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한이 오후 3시 10경부터 3시 41분경까지 신포 일대에서 2발을 쐈다.",
        "Two missiles were launched from Sinpo at about 3:10-41 p.m. Wednesday (6:10-41 a.m. "
        "GMT), the military said.",
    ],
)
def test_a_span_written_with_its_half_of_the_day_once_gives_no_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo"}]
    assert _todos(text) == [text]


def test_a_time_quoted_beside_another_shares_its_afternoon() -> None:
    text = (
        "합참은 북한이 오후 3시 12분께 미사일을 발사했다고 밝혔다. "
        "일본 정부는 이보다 1분 늦은 3시 13분에 발사됐다고 발표했다."
    )
    assert _at(15, 13) in [f.get("time") for k, f in _items(text) if k == "launch"]
    far = text.replace("3시 13분", "9시 13분")  # the control: too far from 15:12 to be its half
    assert _at(9, 13) in [f.get("time") for k, f in _items(far) if k == "launch"]
    morning = text.replace("오후 3시 12분", "오전 3시 12분")
    assert _at(3, 13) in [f.get("time") for k, f in _items(morning) if k == "launch"]


@pytest.mark.parametrize(
    "text",
    [
        "未明、北朝鮮東岸から2発が発射された。"
        "1発目は5時12分頃、2発目は5時31分頃で、いずれも約450キロ飛翔した。",
        "첫 번째는 오전 5시 12분, 두 번째는 5시 31분에 동해상으로 발사됐다.",
    ],
)  # fmt: skip
def test_each_missile_given_its_time_by_its_order(text: str) -> None:
    times = sorted(f["time"] for k, f in _items(text) if k == "launch")
    assert times == [_at(5, 12), _at(5, 31)]


def test_an_order_without_a_time_is_no_launch() -> None:  # the control
    assert [
        k for k, _ in _items("1発目は約450キロ、2発目は約600キロ飛翔した。") if k == "launch"
    ] == []


def test_the_launch_day_is_the_one_nearest_the_statements_date() -> None:
    text = (
        "防衛省によると、12日の1発目は午前6時ごろに発射され、約300キロ飛翔した。"
        "また、15日の1発目は午前5時12分ごろ、2発目は同31分ごろに発射され、いずれも約450キロ飛翔した。"
    )  # fmt: skip
    items = _items(text, "Test, 2021-09-17")
    assert sorted(f["time"] for k, f in items if k == "launch") == [_at(5, 12), _at(5, 31)]
    assert [f for k, f in items if k == "figure"] == [{"range_km": 450.0}]


def test_a_place_in_brackets_after_an_unknown_name_is_not_the_site() -> None:
    text = "합참은 북한이 오전 5시 12분께 함경남도 신상(함흥 남방) 일대에서 미사일을 쐈다."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches and all(f.get("at") != "Hamhung" for f in launches)
    assert any("신상(함흥 남방)" in t for t in _todos(text))
    gloss = "北朝鮮はシンポ(新浦)付近から弾道ミサイルを発射した。"  # the control: one name twice
    assert [f.get("at") for k, f in _items(gloss) if k == "launch"] == ["Sinpo"]


def test_the_fall_as_the_topic_of_a_sentence() -> None:
    text = "北朝鮮がミサイルを発射した。落下は日本海で、EEZの外と推定されるという。"
    assert ("fall", {"sea": "Sea of Japan", "outside": ["Japan EEZ"]}) in _items(text)
    denied = "北朝鮮がミサイルを発射した。EEZ内への落下は確認されていない。"  # the control
    assert [k for k, _ in _items(denied) if k == "fall"] == []


@pytest.mark.parametrize(
    "text",
    ["ミサイルは朝鮮半島の西側の黄海に落下した。", "ミサイルは朝鮮半島西側の黄海に落下した。"],
)
def test_a_side_of_a_place_written_with_gawa_is_a_todo(text: str) -> None:
    assert ("fall", {"sea": "Yellow Sea"}) in _items(text) and _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮がミサイルを発射した。EEZの中に落下したのは、3月24日以来だ。",
        "North Korea fired a missile. The test came less than a day after the North fired two "
        "cruise missiles on Monday.",
    ],
)
def test_a_comparison_with_another_launch_reports_nothing(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "fall"] == []
    assert all(f.get("time", _at(0, 0)).date() == DAY for k, f in _items(text))


def test_after_a_comparison_the_days_launch_keeps_its_day() -> None:
    text = (
        "North Korea fired a missile in the early hours of Wednesday. The test came less than a "
        "day after the North fired two cruise missiles on Tuesday. The newest missile flew 300 "
        "km after being launched at 2:40 a.m. local time from Sinpo."
    )
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(2, 40)]


@pytest.mark.parametrize(
    "text",
    [
        "It was launched at 6:40 a.m. from the Hyongjesan area of the capital Pyongyang.",
        "It was launched at 6:40 a.m. from the Sadong district of the capital, Pyongyang.",
    ],
)
def test_an_area_of_the_capital_is_the_capital(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["Pyongyang"]


def test_a_launch_off_a_coast_is_a_todo() -> None:
    text = "North Korea fired a ballistic missile off its western coast on Wednesday."
    assert any("off its western coast" in t for t in _todos(text))
    assert not _todos("North Korea fired a ballistic missile from Sinpo on Wednesday.")


def test_a_maximum_detected_is_this_flights() -> None:
    text = '합참은 "발사체의 최대 비행거리는 약 240㎞, 고도는 약 35㎞로 탐지됐다"고 밝혔다.'
    figures = [f for k, f in _items(text) if k == "figure"]
    assert {"range_km": 240.0} in figures and {"apogee_km": 35.0} in figures
    capability = "이 미사일의 최대 비행거리는 1000㎞에 이른다."  # the control: a type's reach
    assert [f for k, f in _items(capability) if k == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは黄海に落下したと推定される。なお、EEZ外に落下したと推定される。",
        "ミサイルは黄海に落下したとみられ、日本のEEZの外に落下したとしている。",
    ],
)
def test_a_zone_told_again_for_the_same_fall(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [
        {"sea": "Yellow Sea", "outside": ["Japan EEZ"]}
    ]


def test_another_speakers_zone_is_a_fall_of_its_own() -> None:  # the control
    text = "ミサイルは黄海に落下した。防衛相は日本のEEZ外に落下したと述べた。"
    assert len([k for k, _ in _items(text) if k == "fall"]) == 2


def test_already_fallen_by_a_time_gives_no_time() -> None:
    text = "海上保安庁は午前6時58分ごろ、すでに落下したとみられると発表した。"
    assert all("time" not in f for k, f in _items(text) if k == "fall")
    told = "ミサイルは午前6時58分ごろ、日本海に落下した。"  # the control
    assert [f.get("time") for k, f in _items(told) if k == "fall"] == [_at(6, 58)]


def test_all_of_them_outside_with_no_other_fall_is_a_fall() -> None:
    text = "防衛省によると、いずれも飛距離約600キロで、日本のEEZ外に落下した。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]
    with_sea = "ミサイルは黄海に落下した。いずれもEEZ外とみられる。"  # the control: added to it
    assert [f for k, f in _items(with_sea) if k == "fall"] == [
        {"sea": "Yellow Sea", "outside": ["Japan EEZ"]}
    ]


def test_them_launched_at_two_times() -> None:
    text = "Officials say Pyongyang launched them at 6:02 a.m. and 6:40 a.m. on Wednesday."
    times = sorted(f["time"] for k, f in _items(text) if k == "launch")
    assert times == [_at(6, 2), _at(6, 40)]
    one = "Officials say Pyongyang launched it at 6:02 a.m. and it fell at 6:40 a.m."
    assert [f["time"] for k, f in _items(one) if k == "launch"] == [_at(6, 2)]


def test_a_lost_space_after_a_full_stop_ends_a_sentence() -> None:
    text = "It flew 420 kilometers.The Sinpo shipyard built the submarine last year."
    assert {"range_km": 420.0} in [f for k, f in _items(text) if k == "figure"]


def test_a_place_that_is_the_eez() -> None:
    text = "미사일은 일본 배타적경제수역(EEZ)인 헤구라지마 북쪽 약 200㎞ 해상에 낙하했다."
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls and falls[0]["from"] == "Hegurajima" and falls[0]["inside"] == ["Japan EEZ"]


@pytest.mark.parametrize(
    "text",
    [
        "미사일들은 약 9분 간 비행한 후 동해상에 떨어졌다.",
        "The missiles reached 40 kilometers on their 9-minute flights.",
    ],
)
def test_flight_minutes_with_a_space_or_in_the_plural(text: str) -> None:
    assert {"flight_min": 9.0} in [f for k, f in _items(text) if k == "figure"]


def test_two_distances_with_one_unit() -> None:
    text = "Officials said the missiles flew about 600 and 650 kilometers."
    ranges = [f["range_km"] for k, f in _items(text) if k == "figure"]
    assert ranges == [600.0, 650.0]
    span = "Officials said the missiles flew between 600 and 650 kilometers."  # the control
    assert [f for k, f in _items(span) if k == "figure"] == []


def test_a_span_for_the_objects_counted_before_gives_no_time() -> None:
    text = (
        "North Korea fired two missiles on Wednesday. The missiles were launched from Sinpo "
        "between 5:10 a.m. and 5:31 a.m., the military said."
    )
    # round 7 convention (README, Holdout 7): no end of the span is a launch time, whatever the
    # count (it was both ends for two before)
    for told in (text, text.replace("two missiles", "three missiles")):
        assert [f for k, f in _items(told) if k == "launch" and "time" in f] == []
        assert [s for s in _todos(told) if "5:10 a.m." in s]


# --------------------------------------------------------------------------- round 7 (holdout 7)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前9時半から41分ごろにかけて、新浦付近から弾道ミサイルを発射した。",
        "북한은 밤 11시 48분께부터 자정까지 신포 일대에서 미사일 2발을 쐈다.",
        "오후 3시 5분부터 15분 사이 신포 일대에서 쏜 미사일 2발은 약 300㎞를 비행했다.",
        "The missiles were fired from Sinpo in a span of some 12 minutes from 4:05 p.m., "
        "officials said.",
    ],
)
def test_a_span_of_times_is_a_todo_and_no_launch_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch" and "time" in f] == []
    assert text in _todos(text)


def test_a_single_time_before_a_meeting_is_no_span() -> None:  # the control
    text = "北朝鮮は午前9時41分ごろ、新浦付近から弾道ミサイルを発射した。"
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(9, 41)]
    assert _todos(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮の発射は今年7回目で、今月8日には東部の新浦近くの海上から巡航ミサイルを発射した。",
        "北朝鮮は今月8日にも弾道ミサイルを発射していて、防衛省は約600キロ飛行したとみている。",
        "直近では今月8日に元山周辺から弾道ミサイルを3発発射した。",
    ],
)
def test_a_launch_of_another_day_this_month_gives_nothing(text: str) -> None:
    first = "北朝鮮は15日午前、東倉里付近から弾道ミサイル1発を発射した。"
    assert (
        _items(first + text)
        == _items(first)
        == [("launch", {"at": "Sohae Satellite Launching Ground"})]
    )


def test_the_day_of_the_launch_this_month_is_read() -> None:  # the control
    text = "北朝鮮は今月15日、新浦付近から弾道ミサイルを発射した。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo"}]


def test_a_day_counted_from_another_launch_is_not_this_launchs_day() -> None:
    text = (
        "지난 10일 오후 5시 12분께 원산 근처에서 미사일 4발을 쏜 뒤 닷새만이다.\n"
        "합참에 따르면 군은 이날 오전 8시 20분께 신포 일대에서 발사된 미사일 1발을 포착했다."
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(8, 20), "at": "Sinpo"}]


@pytest.mark.parametrize(
    "text",
    [
        "당시 북한은 원산 일대에서 동해상으로 미사일 1발을 발사한 바 있다. "
        "미사일은 약 800㎞ 비행 후 동해상에 탄착했다.",
        "Recently, Pyongyang also conducted a cruise missile test. According to state media, "
        "the missile flew 900 kilometers for 70 minutes.",
    ],
)
def test_what_follows_a_sentence_about_an_earlier_launch_is_that_launchs(text: str) -> None:
    assert _items(text) == []


def test_after_an_earlier_launch_the_latest_one_is_read_again() -> None:  # the control
    text = (
        "Recently, Pyongyang also conducted a cruise missile test. The latest missile flew "
        "about 300 kilometers."
    )
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 300.0}]


@pytest.mark.parametrize(
    "text",
    [
        "1発目は高度約30キロで消失し、2発目は最高高度約70キロで約500キロ飛行した。",
        "합참은 첫 번째 미사일이 고도 약 30㎞에서 소실됐고 두 번째 미사일의 고도는 약 70㎞라고 "
        "밝혔다.",
        "The first missile disappeared at an altitude of about 30 kilometers; the second reached "
        "an altitude of 70 kilometers.",
    ],
)
def test_an_altitude_where_a_missile_was_lost_is_no_apogee(text: str) -> None:
    apogees = [f["apogee_km"] for k, f in _items(text) if k == "figure" and "apogee_km" in f]
    assert apogees == [70.0]
    assert _todos(text)


def test_a_time_in_greenwich_mean_time_written_out() -> None:
    text = "The missile was launched from Sinpo at around 9:40 PM Greenwich Mean Time."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(6, 40), "at": "Sinpo"}]  # 21:40 GMT on the 14th


def test_a_direction_told_just_after_the_site() -> None:
    text = "北朝鮮は新浦付近から北東に弾道ミサイル1発を発射した。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo", "direction": "NE"}]
    plain = "北朝鮮は新浦付近から弾道ミサイル1発を発射した。"  # the control
    assert [f for k, f in _items(plain) if k == "launch"] == [{"at": "Sinpo"}]


def test_a_list_of_minutes_goes_on_after_a_comma() -> None:
    text = "北朝鮮は午前8時ごろと14分ごろ、29分ごろに計3発を新浦付近から発射した。"
    times = [f["time"] for k, f in _items(text) if k == "launch"]
    assert times == [_at(8, 0), _at(8, 14), _at(8, 29)]
    later = "北朝鮮は午前8時ごろ発射し、10分後、29分間飛行した。"  # the control: durations
    assert [f["time"] for k, f in _items(later) if k == "launch"] == [_at(8, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは新浦沖の日本海に落下。日本のEEZ外と推定されるという。",
        "미사일은 동해상에 낙하했다. 일본 EEZ 밖으로 추정된다.",
    ],
)
def test_a_sentence_that_only_tells_the_zone_of_the_fall_before(text: str) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls == [{"sea": "Sea of Japan", "outside": ["Japan EEZ"]}]


def test_a_zone_of_some_of_the_objects_is_not_added_to_the_fall_before() -> None:  # control
    text = "ミサイル3発は日本海に落下。うち2発は日本のEEZ内で、残る1発もEEZ付近だった。"
    falls = [f for k, f in _items(text) if k == "fall"]
    assert {"sea": "Sea of Japan"} in falls
    assert {"sea": "Sea of Japan", "inside": ["Japan EEZ"]} not in falls


def test_a_sea_near_a_coast_written_with_chikai_is_a_todo() -> None:
    text = "落下したのは北朝鮮西岸に近い黄海で、日本のEEZ外と推定される。"
    assert text in _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "미사일은 무인도 '모래섬' 방향으로 날아간 것으로 전해졌다.",
        "ミサイルは佐渡島の方向に飛翔したとみられる。",
    ],
)
def test_a_direction_towards_a_place_is_a_todo(text: str) -> None:
    assert text in _todos(text)


def test_a_compass_direction_is_no_todo() -> None:  # the control
    text = "북한은 신포 일대에서 북동쪽 방향으로 미사일을 쐈다."
    assert _todos(text) == []
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo", "direction": "NE"}]


# --------------------------------------------------------------------------- round 8 (holdout 8)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは高度30キロ以下の低い高度で約400キロ飛行したという。",
        "미사일은 고도 30㎞ 이하의 낮은 고도에서 약 400㎞ 비행했다.",
    ],
)
def test_a_number_after_an_altitude_told_as_the_setting_is_the_range(text: str) -> None:
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [{"range_km": 400.0}]  # the bound (30) no figure, 400 no apogee
    assert text in _todos(text)


def test_an_altitude_as_the_topic_keeps_its_number() -> None:  # the control
    text = "ミサイルの最高高度は約70キロで、約400キロ飛行した。"
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [{"apogee_km": 70.0}, {"range_km": 400.0}]


@pytest.mark.parametrize(
    "text",
    [
        "일본 방위성에 따르면 북한은 이날 5시대부터 6시대, 신포 부근에서 미사일 2발을 발사했다.",
        "北朝鮮は本日5時台、新浦付近から弾道ミサイルを発射した。",
    ],
)
def test_an_hour_band_gives_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches and all("time" not in f for f in launches)
    assert {"at": "Sinpo"} in launches


def test_an_hour_before_a_place_called_daegu_is_a_time() -> None:  # the control
    text = "북한은 오전 5시 대형 미사일 1발을 신포 일대에서 발사했다."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("time") for f in launches] == [_at(5, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "미사일은 동해상의 표적이 아닌 근처 다른 무인도에 떨어진 것으로 보인다.",
        "ミサイルは日本海の無人島に落下したとみられる。",
        "The missile struck a small uninhabited island in the East Sea, officials said.",
    ],
)
def test_a_fall_on_an_island_not_named_is_a_todo(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "fall"] == []
    assert text in _todos(text)


def test_a_fall_in_a_sea_is_still_a_fall() -> None:  # the control
    text = "미사일은 원산 동쪽 동해상에 떨어진 것으로 보인다."
    assert [k for k, _ in _items(text)].count("fall") == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "北朝鮮が同日午前6時10分ごろ、元山近郊の安辺付近から短距離弾道ミサイル1発を発射した。",
            "ja",
        ),
        ("북한은 이날 오전 6시 10분께 원산 인근의 안변 일대에서 미사일 1발을 쐈다.", "ko"),
        ("North Korea fired a missile from Anbyon, near Wonsan, at 6:10 a.m.", "en"),
    ],
)
def test_a_known_city_before_an_unknown_site_is_not_the_site(text: str, language: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert all(f.get("at") != "Wonsan" for f in launches), language
    assert launches and all(f.get("time") == _at(6, 10) for f in launches), language


def test_a_known_site_near_a_known_city_is_kept() -> None:  # the control
    text = "북한은 이날 오전 6시 10분께 함경남도 신포 인근 해상에서 미사일 1발을 쐈다."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 10), "at": "Sinpo"}]


def test_utteru_is_a_launch_verb() -> None:
    text = "北朝鮮は新浦付近から日本海に向けてミサイルを撃った。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo"}]
    shot_down = "迎撃ミサイルで撃墜したと述べた。"  # the control
    assert [k for k, _ in _items(shot_down) if k == "launch"] == []


def test_a_lost_space_after_a_bracketed_abbreviation_ends_a_sentence() -> None:
    text = (
        "Officials said the missile fell outside the exclusive economic zone(EEZ).Citing "
        "officials, a broadcaster said the North launched one missile at 6:10 a.m."
    )
    assert [f for k, f in _items(text) if k == "launch"] == [
        {"time": _at(6, 10), "at": "North Korea"}
    ]


def test_a_side_of_a_place_after_the_fall_point_topic_is_a_todo() -> None:
    text = (
        "北朝鮮は新浦付近から1発を発射し、日本のEEZ外に落下した。"
        "落下地点は朝鮮半島の北側で、日本のEEZの外側とみられる。"
    )
    assert any("朝鮮半島の北側" in t for t in _todos(text))


@pytest.mark.parametrize(
    "text",
    [
        "飛翔距離は1発目が約450キロ、2発目が約500キロだった。",
        "비행거리는 1번째 미사일이 약 450㎞, 2번째 미사일이 약 500㎞였다.",
    ],
)
def test_ranges_told_by_each_missiles_order(text: str) -> None:
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [{"range_km": 450.0}, {"range_km": 500.0}]


def test_a_number_after_a_comma_without_an_order_takes_no_noun() -> None:  # the control
    text = "最高高度は約60キロ、約450キロの距離を移動したという。"
    assert {"apogee_km": 450.0} not in [f for k, f in _items(text) if k == "figure"]


def test_a_side_of_a_place_in_a_sentence_for_every_fall_is_a_todo() -> None:
    text = (
        "北朝鮮は2発を発射した。いずれも日本のEEZの外に落下したとみられる。"
        "最高高度はいずれも約40キロで、いずれも朝鮮半島西岸付近の日本のEEZの外側に落下した。"
    )
    assert any("朝鮮半島西岸付近" in t for t in _todos(text))


@pytest.mark.parametrize(
    "text",
    [
        "今回のミサイルの発射は午前5時12分と5時31分の2回だったという。",
        "이번 미사일 발사는 오전 5시 12분과 5시 31분 두 차례였다.",
    ],
)
def test_a_launch_as_the_topic_of_its_times(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(5, 12)}, {"time": _at(5, 31)}]


def test_a_launch_as_the_topic_of_something_else_gives_no_time() -> None:  # the control
    text = "今回のミサイルの発射は国連決議違反で、午前9時に抗議した。"
    assert [k for k, _ in _items(text) if k == "launch"] == []


def test_flight_times_of_each_missile_in_words() -> None:
    text = "The two missiles came down some twelve minutes and 14 minutes later, officials said."
    minutes = [f["flight_min"] for k, f in _items(text) if k == "figure" and "flight_min" in f]
    assert minutes == [12.0, 14.0]
    control = "The missiles fell into the sea, and talks began 40 minutes later."
    assert [f for k, f in _items(control) if k == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は新浦付近から午前5時12分頃に1発、午前5時31分頃に2発のミサイルを発射した。",
        "북한은 신포 일대에서 오전 5시 12분께 한 발, 5시 31분께 2발을 쐈다.",
    ],
)
def test_a_count_told_after_each_time_keeps_the_list(text: str) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(5, 12), _at(5, 31)]


def test_a_count_then_a_later_time_of_another_event_is_no_list() -> None:  # the control
    text = "北朝鮮は午前5時12分頃に2発を新浦付近から発射し、午前6時に発表があった。"
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(5, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The missile launched from the country's eastern Sinpo area flew about 300 km.",
        "The missile launched from the North’s southeastern Sinpo area flew about 300 km.",
    ],
)
def test_a_site_after_the_countrys_side_is_the_site(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo"}]


def test_a_place_the_missile_flew_towards_is_no_site() -> None:  # the control
    text = "The missile launched at dawn flew toward the country's eastern Sinpo area."
    assert {"at": "Sinpo"} not in [f for k, f in _items(text) if k == "launch"]


# Round 9 (holdout 9): a bound after a bracket, another launch told "also on" its day or
# counted from, a site told by the vessel off it, a fall's zone told in a sentence of its own.


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前9時(現地時間同)すぎ、平城付近から弾道ミサイル1発を発射した。",
        "북한은 15일 오전 9시(한국시간) 넘어 평성 일대에서 탄도미사일 1발을 발사했다.",
    ],
)
def test_a_bound_after_a_bracket_is_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches and all("time" not in f for f in launches)


def test_a_time_with_a_bracket_and_no_bound_keeps_its_time() -> None:  # the control
    text = "北朝鮮は15日午前9時(日本時間同)ごろ、平城付近から弾道ミサイル1発を発射した。"
    assert {"time": _at(9, 0), "at": "Pyongsong"} in [f for k, f in _items(text) if k == "launch"]


@pytest.mark.parametrize(
    "text",
    [
        "북한은 앞서 14일에도 함흥 일대에서 단거리 탄도미사일 2발을 쐈다.",  # the day before
        "北朝鮮は今月14日にも咸興付近から短距離弾道ミサイル2発を発射していた。",
        "It was the regime's fifth provocation this year and followed a launch from Hamhung.",
        "The salvo, coming only three days after it fired two missiles from Hamhung, drew ire.",
    ],
)
def test_another_launch_told_also_on_its_day_or_counted_from_gives_nothing(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "launch"] == []


@pytest.mark.parametrize(
    "text",
    [
        "북한은 15일에도 함흥 일대에서 단거리 탄도미사일 2발을 쐈다.",  # its own day
        "North Korea fired two missiles from Hamhung, coming out of the fog at dawn.",
        "North Korea fired two missiles from Hamhung, its third military provocation this month.",
    ],
)
def test_this_launch_told_also_on_its_own_day_is_read(text: str) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한 함경남도 함흥 앞바다 일대의 바지선에서 발사한 미사일 1발을 포착했다.",
        "北朝鮮は咸興沖の海上の潜水艦からミサイル1発を発射した。",
        "The North fired one missile from a submarine in waters off the port of Hamhung.",
    ],
)
def test_a_vessel_off_a_place_gives_the_place(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "북한이 잠수함에서 발사한 미사일 1발은 함흥 앞바다 일대에 떨어졌다.",
        "The North fired one missile from a submarine, which then sailed off Hamhung.",
    ],
)
def test_a_place_a_vessel_missile_fell_off_is_no_site(text: str) -> None:  # the controls
    assert {"at": "Hamhung"} not in [f for k, f in _items(text) if k == "launch"]


def test_a_falls_zone_told_in_a_sentence_of_its_own_joins_it() -> None:
    text = (
        "The coast guard said the missile came down at around 0010 GMT.\n"
        "A broadcaster said the object splashed down outside Japan's exclusive economic zone, "
        "quoting officials."
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls == [{"time": _at(9, 10), "outside": ["Japan EEZ"]}]


@pytest.mark.parametrize(
    "text",
    [  # another object's fall; a fall placed by a distance (the corpus lists two items)
        "The coast guard said one missile came down at around 0010 GMT.\n"
        "The other one splashed down outside Japan's exclusive economic zone.",
        "防衛省によると、ミサイルは佐渡島の西約200キロの日本海に落下した。\n"
        "ミサイルは日本のEEZ外に落下したとみられる。",
    ],
)
def test_a_zone_fall_after_another_objects_or_a_placed_fall_stays_apart(text: str) -> None:
    assert len([f for k, f in _items(text) if k == "fall"]) == 2


def test_a_range_told_with_nalda_flown() -> None:
    text = "합참은 두 번째 미사일이 최고 고도 40km로 280km를 날았다고 밝혔다."
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [{"apogee_km": 40.0}, {"range_km": 280.0}]
    control = "합참은 280km 떨어진 섬 위를 정찰기가 날았다고 밝혔다."  # no range of the flight
    assert [f for k, f in _items(control) if k == "figure"] == []


# Round 10 (holdout 10): an open span (a start with no end) is a span; a place the gazetteer
# lacks told at, near or in a known city (a peninsula, "…に近い…") leaves the site a TODO.


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前9時(日本時間同)ごろから、咸興付近から弾道ミサイル数発を発射した。",
        "합참은 “오전 9시경부터 북한이 함흥 일대에서 발사한 탄도미사일 2발을 포착했다”고 밝혔다.",
        "The missiles were fired starting at about 9 a.m. from Hamhung, the military said.",
    ],
)
def test_an_open_span_gives_no_time_and_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]
    assert _todos(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前9時ごろ、咸興付近から弾道ミサイル1発を発射した。",
        "North Korea fired one missile from Hamhung at around 9 a.m., the military said.",
    ],
)
def test_a_time_without_from_keeps_its_time(text: str) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(9, 0), "at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮が咸興に近い咸鏡南道麻田付近から弾道ミサイル1発を発射した。",
        "합참은 북한이 함경남도 함흥의 마전반도 일대에서 발사한 미사일 1발을 포착했다.",
        "The North fired a missile from Majon Peninsula near its eastern coastal city of Hamhung.",
    ],
)
def test_an_unknown_site_at_a_known_city_is_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == []
    assert _todos(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮が平壌に近い順安付近から弾道ミサイル1発を発射した。",
        "합참은 북한이 평양의 순안 일대에서 발사한 미사일 1발을 포착했다.",
    ],
)
def test_a_known_site_at_a_known_city_is_the_site(text: str) -> None:  # the controls
    sunan = "Pyongyang Sunan International Airport"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": sunan}]


def test_from_near_a_known_city_is_the_city() -> None:  # the control
    text = "The North fired a missile from near the Hamhung area, the JCS said."
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "北朝鮮が午前9時ごろと同9時半ごろ、咸興付近から弾道ミサイル2発を発射した。",
            [(9, 0), (9, 30)],
        ),
        (
            "北朝鮮が午前9時10分ごろと同9時40分ごろ、咸興付近から弾道ミサイル2発を発射した。",
            [(9, 10), (9, 40)],
        ),
        # the control: a time of another event after 同 is no list
        ("北朝鮮が午前9時ごろ咸興付近から弾道ミサイル1発を発射し、同9時半ごろ落下した。", [(9, 0)]),
    ],
)
def test_a_list_of_times_with_dou_before_the_second(text: str, expected: list[Any]) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [(f["time"].hour, f["time"].minute) for f in launches] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北朝鮮が咸興付近から北東方面の海上に弾道ミサイル1発を発射した。", "NE"),
        ("北朝鮮は平城付近から南西方面に短距離弾道ミサイル2発を発射した。", "SW"),
    ],
)
def test_a_direction_told_as_houmen_after_the_site(text: str, expected: str) -> None:
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [expected]


def test_a_side_houmen_where_it_fell_is_no_direction() -> None:  # the control
    text = "北朝鮮は咸興付近から発射し、ミサイルは日本海の東北方面の海上に落下した。"
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [None]


def test_a_fall_before_reaching_the_eez_is_outside_it() -> None:
    text = "Officials said the missile splashed down in the sea before reaching Japan's EEZ."
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]


@pytest.mark.parametrize(
    "text",
    [  # the controls: a denial; a flight that entered the zone
        "Officials said no missile came down before reaching Japan's EEZ.",
        "Officials said the missile flew for ten minutes before entering Japan's EEZ and came "
        "down inside it.",
    ],
)
def test_no_fall_outside_the_eez_from_a_denial_or_a_flight_into_it(text: str) -> None:
    assert {"outside": ["Japan EEZ"]} not in [f for k, f in _items(text) if k == "fall"]


# --------------------------------------------------------------------------- round 11 (holdout 11)


@pytest.mark.parametrize(
    "text",
    [
        "발사체는 서해상이 아닌 평안남도 일대 내륙에 떨어졌다고 군은 전했다.",
        "飛翔体は黄海ではなく、北朝鮮の内陸部に落ちたとみられる。",
        "The rocket came down not in the Yellow Sea but on land, officials said.",
    ],
)
def test_a_sea_denied_as_the_place_is_no_fall_in_it(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall" and "sea" in f] == []
    assert _todos(text)  # the fall on land is left to the reader


def test_a_sea_not_denied_is_still_the_fall() -> None:  # the control
    text = "발사체는 서해상에 떨어졌으며 내륙이 아닌 것으로 보인다고 군은 전했다."
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]


@pytest.mark.parametrize(
    "text",
    [
        "북한은 지난 3월 함흥 일대에서 동해상으로 순항미사일 2발을 발사했다.",
        "North Korea last April fired two missiles from Hamhung into the East Sea.",
    ],
)
def test_a_launch_in_a_past_month_is_another_launch(text: str) -> None:
    assert _items(text) == []


def test_a_past_month_with_its_day_is_read_as_a_date() -> None:  # the control
    text = "북한은 지난 9월 14일 오후 3시 함흥 일대에서 탄도미사일을 발사했다."
    assert [f for k, f in _items(text) if k == "launch"] == [
        {"time": _at(15, 0, dt.date(2021, 9, 14)), "at": "Hamhung"}
    ]


def test_today_in_a_quote_told_the_day_before_is_that_day() -> None:
    text = (
        '16일 군 당국에 따르면 합참은 전날 "오늘 오후 9시12분경 함흥 일대에서 발사된 미사일 '
        '1발을 포착했다"고 밝혔다.'
    )
    launches = [f for k, f in _items(text, "Test, 2021-09-16") if k == "launch"]
    assert launches == [{"time": _at(21, 12), "at": "Hamhung"}]


def test_today_without_the_day_before_is_the_pages_day() -> None:  # the control
    text = '합참은 16일 "오늘 오후 9시12분경 함흥 일대에서 발사된 미사일 1발을 포착했다"고 밝혔다.'
    launches = [f for k, f in _items(text, "Test, 2021-09-16") if k == "launch"]
    assert launches == [{"time": _at(21, 12, dt.date(2021, 9, 16)), "at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        '합참은 이날 오전 6시 22분쯤 출입기자단에 문자메시지를 보내 "북한이 미사일을 '
        '발사했다"고 밝혔다.',
        "일본 방위성은 오전 6시 22분께 북한이 탄도미사일일 가능성이 있는 물체를 발사했다고 밝혔다.",
        "The JCS said in a text message at 6:22 a.m. that the North fired a missile from Hamhung.",
        "Tokyo's defence ministry said at 6:40 a.m. that the missile came down in the Yellow Sea.",
        '정부 관계자는 오전 6시 40분께 "미사일은 이미 EEZ 밖에 떨어진 것으로 보인다"고 말했다.',
    ],
)
def test_a_time_of_a_message_or_a_statement_is_no_event_time(text: str) -> None:
    assert [f["time"] for _, f in _items(text) if "time" in f] == []


def test_a_time_told_after_the_saying_stays() -> None:  # the control
    text = "The JCS said the North fired a missile from Hamhung at 6:22 a.m."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 22), "at": "Hamhung"}]


def test_a_launch_time_before_the_firing_clause_stays() -> None:  # the control
    text = "합참은 이날 오전 6시 22분쯤 북한이 함흥 일대에서 탄도미사일 1발을 발사했다고 밝혔다."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 22), "at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "The second may have landed near Hamhung, given its distance of 240 kilometers from Sunan.",
        "二発目は順安から約240キロ離れた地点に落ちた可能性がある。",
    ],
)
def test_a_distance_between_places_is_no_range(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


def test_a_flight_from_a_place_is_still_a_range() -> None:  # the control
    text = "The missile traveled about 240 kilometers from Sunan before splashing down."
    assert {"range_km": 240.0} in [f for k, f in _items(text) if k == "figure"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"06:41경 발사된 단거리 탄도미사일은 380여 km를 비행하였고, 06:52경 발사된 '
            "탄도미사일은 "
            '90여 km를 비행하였다"고 밝혔다.',
            [(6, 41), (6, 52)],
        ),
        (
            "합참은 오전 6시41분쯤 발사된 탄도미사일은 380여㎞, 오전 6시52분쯤 발사된 탄도미사일은 "
            "90여㎞를 비행했다고 밝혔다.",
            [(6, 41), (6, 52)],
        ),
    ],
)
def test_each_relative_clause_with_its_time_is_a_launch(text: str, expected: list[Any]) -> None:
    items = _items(text)
    assert [(f["time"].hour, f["time"].minute) for k, f in items if k == "launch"] == expected
    assert [f for k, f in items if k == "launch" and "at" in f] == []  # "북한의 …" no site
    assert [f for k, f in items if k == "figure"] == [{"range_km": 380.0}, {"range_km": 90.0}]


def test_one_launch_told_twice_is_one() -> None:  # the control
    text = (
        "북한은 오전 6시 41분쯤 함흥 일대에서 탄도미사일을 발사했으며, 발사된 미사일은 "
        "380여㎞를 비행했다."
    )
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 41), "at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한이 평양 순안, 함경남도 함흥, 평안북도 구성 일대에서 발사한 미사일을 "
        "포착했다고 밝혔다.",
        "北朝鮮は平壌の順安、咸興、平安北道亀城付近から弾道ミサイルを発射した。",
        "The missiles were launched from the Sunan area, the eastern city of Hamhung and Kusong.",
    ],
)
def test_sites_told_as_a_list_are_a_launch_each(text: str) -> None:
    sites = [f.get("at") for k, f in _items(text) if k == "launch"]
    assert sites == ["Pyongyang Sunan International Airport", "Hamhung", "Kusong City"]


def test_a_list_with_a_place_far_away_gives_no_list() -> None:  # the control
    text = "The missiles were launched from Sunan and Tokyo, the report said."
    assert len([f for k, f in _items(text) if k == "launch"]) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "The missiles were fired between 6:20 a.m. (21:20 GMT) to 6:48 a.m. from Hamhung.",
        "The missiles were fired from Hamhung for about 25 minutes from shortly after 6 a.m.",
    ],
)
def test_spans_written_with_to_or_a_length_give_no_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]
    assert _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "防衛省は、北朝鮮が午前6時20分ごろ、朝鮮の東岸付近から北方向に弾道ミサイルを発射したと発表した。",
    ],
)
def test_a_launch_from_a_coast_of_korea_is_from_north_korea(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(6, 20), "at": "North Korea", "direction": "N"}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮が発射したミサイルは、朝鮮半島付近の黄海に落下したとみられる。",
        "北朝鮮が発射したミサイルは、朝鮮半島西の黄海に落下したとみられる。",
    ],
)
def test_a_sea_near_or_beside_a_place_is_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]
    assert _todos(text)


def test_a_launch_from_a_side_of_a_place_is_a_todo() -> None:
    text = "The missile was fired at 6:20 a.m. from an area north of Hamhung, the JCS said."
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [None]
    assert _todos(text)


def test_the_north_korean_capital_of_pyongyang_is_the_site() -> None:
    text = "The missile was fired from an area near the North Korean capital of Pyongyang."
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Pyongyang"}]


@pytest.mark.parametrize(
    "text",
    [
        '통신은 "발사된 미사일은 함경남도 앞바다 섬의 목표물을 명중 타격했다"고 밝혔다.',
        "朝鮮中央通信は、ミサイルが咸鏡南道沖の標的に命中したと伝えた。",
        "KCNA said the missiles struck the designated target in North Hamgyong Province.",
    ],
)
def test_a_target_struck_is_a_todo_and_no_fall(text: str) -> None:
    assert _todos(text)
    assert [f for k, f in _items(text) if k == "fall"] == []


def test_a_guess_that_it_is_the_sea_is_no_denial() -> None:  # the control
    text = "ミサイルは黄海ではないかとみられる海域に落下した。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]


def test_a_time_before_a_closing_quote_stays() -> None:  # the control
    text = 'The JCS said, "The North fired a missile from Hamhung at 6:22" in its statement.'
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 22), "at": "Hamhung"}]


# --------------------------------------------------------------------------- round 12


@pytest.mark.parametrize(
    "text",
    [
        "Kyodo reported at 3 p.m. that North Korea had fired a ballistic missile from Hamhung.",
        "The ministry announced at 11:20 a.m. that a missile was fired from Hamhung.",
        "오전 9시 12분 국방부는 “북한이 함흥 일대에서 탄도미사일 1발을 발사했다”고 밝혔다.",
        "午前10時5分、防衛省は「北朝鮮が咸興付近から弾道ミサイルを発射した」と発表した。",
        "앞서 미국 국방부는 오후 3시 20분께 일본 정부 발표를 인용해 북한이 함흥에서 "
        "미사일을 발사했다고 밝혔다.",
        "이어 오후 1시 탄도미사일로 추정되는 물체가 함흥에서 발사됐다고 재차 발표했다.",
        "防衛省は午後1時10分、北朝鮮が咸興付近から弾道ミサイルを発射したと改めて発表した。",
        "At 1:10 p.m. the ministry said again that a missile had been fired from Hamhung.",
    ],
)
def test_a_report_time_is_no_launch_time(text: str) -> None:
    """The time of a report (reported at, a speaker before a quote, citing, said again)."""
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("North Korea fired a ballistic missile from Hamhung at 3 p.m., the ministry reported.",
         15, 0),
        ("북한이 오전 9시 12분 함흥 일대에서 탄도미사일 1발을 발사했다고 합참은 밝혔다.", 9, 12),
        ("North Korea fired again at 1:10 p.m. from Hamhung, the ministry said.", 13, 10),
    ],
)  # fmt: skip
def test_a_launch_time_with_a_report_stays(text: str, hour: int, minute: int) -> None:
    """The controls: the launch's own time before a reporting verb stays."""
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(hour, minute), "at": "Hamhung"}]


@pytest.mark.parametrize(
    "text",
    [
        "松野官房長官は、発射時刻について午前6時12分ごろと説明し、落下地点は分析中だとした。",
        "합참은 발사 시각에 대해 오전 6시 12분께라고 밝혔으며 낙하 지점은 분석 중이라고 했다.",
    ],
)
def test_a_launch_time_told_as_a_topic_is_the_launch_s_not_the_fall_s(text: str) -> None:
    items = _items(text)
    assert [f for k, f in items if k == "launch"] == [{"time": _at(6, 12)}]
    assert [f for k, f in items if k == "fall" and "time" in f] == []


@pytest.mark.parametrize(
    "text",
    [
        "북한이 15일 원산 남쪽 고성 일대에서 탄도미사일을 발사했다.",
        "北朝鮮は、元山の南の高城付近から弾道ミサイルを発射した。",
        "North Korea fired a missile from Kosong, south of Wonsan, on Wednesday.",
    ],
)
def test_a_site_told_by_a_side_of_a_known_place_is_a_todo(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] in ([], [None])
    assert _todos(text)


def test_the_known_place_itself_is_the_site() -> None:  # the control
    text = "북한이 15일 원산 일대에서 탄도미사일을 발사했다."
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Wonsan"}]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The missile fell about 200 km west of the island of Okushiri off Hokkaido.", "Okushiri"),
        ("It came down some 150 km north of the Oga Peninsula in Akita Prefecture.",
         "Oga Peninsula"),
    ],
)  # fmt: skip
def test_a_distance_is_from_the_first_place_not_the_one_that_locates_it(
    text: str, origin: str
) -> None:
    assert [f["from"] for k, f in _items(text) if k == "fall"] == [origin]


def test_bombs_dropped_are_no_fall() -> None:
    text = "Two air force jets dropped four bombs on a village 25 kilometers east of Busan."
    assert [k for k, _ in _items(text) if k == "fall"] == []
    control = "The booster dropped into the sea 25 kilometers east of Busan."
    assert [f["from"] for k, f in _items(control) if k == "fall"] == ["Busan"]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は黄海道から弾道ミサイルを発射した。",
        "北朝鮮は黄海北道(ファンヘプクト)内陸から弾道ミサイルを発射した。",
        "북한은 황해도 내륙에서 탄도미사일을 발사했다.",
        "북한은 평남 내륙에서 탄도미사일을 쐈다.",
    ],
)
def test_a_province_as_the_site_is_a_todo_and_never_a_sea(text: str) -> None:
    items = _items(text)
    assert [f for k, f in items if k == "launch" and f.get("at")] == []
    assert "Yellow Sea" not in str(items)
    assert _todos(text)


@pytest.mark.parametrize("text", ["ミサイルは黄海に落下した。", "미사일은 서해상에 떨어졌다."])
def test_the_yellow_sea_is_still_a_sea(text: str) -> None:  # the control
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]


# --------------------------------------------------------------------------- round 12: misses


def test_a_direction_told_as_hoo_with_the_verb() -> None:
    text = "北朝鮮が午前9時ごろ、咸興付近から弾道ミサイル1発を北東方に発射した。"
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == ["NE"]
    control = "ミサイルは咸興付近から発射され、東方の日本海に落ちた。"  # 東方の + a fall: none
    assert [f.get("direction") for k, f in _items(control) if k == "launch"] == [None]


def test_same_hour_written_doji_is_a_list_of_times() -> None:
    text = "北朝鮮が午前9時12分と同時25分ごろ、咸興付近から弾道ミサイルを発射した。"
    times = [f["time"] for k, f in _items(text) if k == "launch"]
    assert times == [_at(9, 12), _at(9, 25)]
    control = "北朝鮮が午前9時12分ごろ咸興付近から発射し、同時に2発目も発射した。"
    assert [f["time"] for k, f in _items(control) if k == "launch"] == [_at(9, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は咸興付近から朝鮮半島東側の海上に向け、弾道ミサイルを発射した。",
        "北朝鮮が咸興付近から韓半島西の海、西海に向けて短距離弾道ミサイルを発射した。",
        "북한이 함흥 일대에서 한반도 서쪽 바다로 탄도미사일을 발사했다.",
    ],
)
def test_fired_towards_a_side_of_the_peninsula_is_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]
    assert _todos(text)


def test_fired_towards_a_sea_is_no_todo() -> None:  # the control
    assert _todos("北朝鮮は咸興付近から日本海に向けて弾道ミサイルを発射した。") == []


def test_a_clock_in_kanji_numerals_is_a_todo() -> None:
    text = "北朝鮮が三日午後二時十分ごろ、咸興付近から弾道ミサイルを発射した。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]
    assert _todos(text)


def test_kilometres_in_brackets_after_miles_are_the_figure() -> None:
    text = "The missile flew some 310 miles (500 kilometers) to an altitude of 31 miles (50 km)."
    assert [f for k, f in _items(text) if k == "figure"] == [
        {"range_km": 500.0},
        {"apogee_km": 50.0},
    ]
    control = "The missile has a maximum range of 800 miles (1,300 km)."  # a type's reach
    assert [f for k, f in _items(control) if k == "figure"] == []


def test_one_of_them_and_the_other_are_two_launches() -> None:
    text = ("One of them was launched around 5:12 a.m. (8:12 p.m. Sunday GMT) and the other "
            "around 5:30 a.m. from near Hamhung.")  # fmt: skip
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(5, 12), _at(5, 30)]
    control = "The missile was launched at 5:12 a.m. and landed around 5:30 a.m."
    assert [f["time"] for k, f in _items(control) if k == "launch"] == [_at(5, 12)]


def test_pyongyang_as_the_one_that_fired_is_north_korea() -> None:
    text = "The JCS said Pyongyang fired a missile eastward at 5:12 a.m."
    assert [f["at"] for k, f in _items(text) if k == "launch"] == ["North Korea"]
    control = "North Korea fired a missile from Pyongyang at 5:12 a.m."
    assert [f["at"] for k, f in _items(control) if k == "launch"] == ["Pyongyang"]


def test_a_target_struck_in_a_sea_is_a_fall_in_it() -> None:
    text = "KCNA said the unit struck the designated target in the Yellow Sea with a missile."
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]
    assert _todos(text)


def test_a_lost_space_before_an_acronym_ends_a_sentence() -> None:
    from alertmap.layers.draft import sentences

    text = "It was fired in South Hamgyong Province.JCS officials said so. It is on nippon.com."
    assert list(sentences(text)) == [
        "It was fired in South Hamgyong Province.", "JCS officials said so.",
        "It is on nippon.com.",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the missiles did not fall into Japan's exclusive economic zone.",
        "The missile didn't land in his country's EEZ, the minister said.",
    ],
)
def test_a_fall_denied_inside_the_eez_is_a_fall_outside(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]


def test_a_fall_that_may_be_inside_is_no_fall() -> None:  # the control
    assert [k for k, _ in _items("The missile may not fall into Japan's EEZ.") if k == "fall"] == []


def test_the_launch_site_told_with_toiu() -> None:
    text = "発射地点は北部咸鏡南道・咸興付近という。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung"}]


def test_a_county_after_its_reading_is_an_unknown_site() -> None:
    text = "北朝鮮が午前9時ごろ、中部の成川(ソンチョン)郡付近から弾道ミサイルを発射した。"
    assert _todos(text)


def test_a_sea_before_the_place_a_distance_is_from() -> None:
    text = "落下地点は日本海の秋田県男鹿半島から西へ約250キロの海域とみられる。"
    falls = [f for k, f in _items(text) if k == "fall"]
    assert [(f["from"], f["sea"]) for f in falls] == [("Oga Peninsula", "Sea of Japan")]


def test_a_further_track_detected_is_a_launch_of_its_own() -> None:
    text = (
        '합참은 "우리 군은 함흥 일대에서 오전 9시 2분쯤 동쪽으로 발사된 탄도미사일 1발을 '
        '포착했다"며 "오전 9시 20분쯤 미상 항적 1개를 추가 포착했다"고 밝혔다.'
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [(f["time"], f.get("direction")) for f in launches] == [
        (_at(9, 2), "E"),
        (_at(9, 20), None),
    ]
    control = "항적은 레이더에서 사라졌다."  # a track lost: no launch
    assert [k for k, _ in _items(control) if k == "launch"] == []


# --------------------------------------------------------------------------- round 13


def _launch_sites(text: str, source: str = "Test, 2021-09-15") -> list[str]:
    return [f.get("at", "") for k, f in _items(text, source) if k == "launch"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("北朝鮮は午前9時ごろ、元山北方の江原道・咸興付近から弾道ミサイルを発射した。", "Hamhung"),
        (
            "北朝鮮は午前8時ごろ、咸鏡南道・咸興の東にある新浦付近から弾道ミサイル1発を発射した。",
            "Sinpo",
        ),
    ],
)
def test_a_known_place_that_only_locates_a_known_site(text: str, site: str) -> None:
    assert _launch_sites(text) == [site]


def test_a_known_place_that_locates_an_unknown_site_after_a_province() -> None:
    text = "北朝鮮は午前9時ごろ、平壌南方の黄海北道・粛川付近から弾道ミサイルを発射した。"
    assert "Pyongyang" not in _launch_sites(text)
    assert _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前9時12分と27分ごろに飛翔体を発射した。",
        "北朝鮮は午後2時5分と、19分ごろに飛翔体を発射したという。",
    ],
)
def test_the_second_time_of_a_list_is_no_flight_time(text: str) -> None:
    assert [f for k, f in _items(text) if "flight_min" in f] == []


def test_a_flight_time_before_the_verb_still_reads() -> None:  # the control
    assert {"flight_min": 12.0} in [
        f for k, f in _items("ミサイルは約12分飛翔した。") if k == "figure"
    ]


@pytest.mark.parametrize(
    ("other", "then"),
    [
        (
            "北朝鮮は先月14日に咸興付近から弾道ミサイル2発を発射した。",
            "ミサイルは高度50キロで、600キロ飛行した。",
        ),
        (
            "북한은 지난해 3월 5일 함흥 일대에서 탄도미사일 2발을 발사했다.",
            "미사일은 정점 고도 50㎞로, 600㎞를 비행했다.",
        ),
        (
            "North Korea fired two missiles from Hamhung on March 5 last year.",
            "The missiles flew 600 kilometers at an altitude of 50 kilometers.",
        ),
    ],
)
def test_a_line_going_on_about_another_launch_is_that_launch(other: str, then: str) -> None:
    assert [f for k, f in _items(other + "\n" + then) if k == "figure"] == []
    # the control: the same line after a line about this launch is this launch's figures
    this = "북한은 오늘 오전 9시쯤 함흥 일대에서 탄도미사일 2발을 발사했다."
    assert {"range_km": 600.0} in [f for k, f in _items(this + "\n" + then) if k == "figure"]


def test_a_fall_into_the_zone_denied_in_japanese_is_a_fall_outside() -> None:
    text = "防衛省は、我が国の排他的経済水域(EEZ)の内側への落下はないと推定している。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]
    control = "防衛省によると、EEZ内への落下は確認されていない。"  # not confirmed: no fall
    assert [k for k, _ in _items(control) if k == "fall"] == []


@pytest.mark.parametrize(
    "text",
    [
        "海上保安庁は午前10時15分、航行警報を発表し、「ミサイルは日本海に落下したとみられる」と伝えた。",
        '해경은 오후 3시 10분 항행경보를 발령하고 "미사일은 동해에 낙하한 것으로 보인다"고 밝혔다.',
    ],
)
def test_the_time_a_warning_was_issued_is_no_fall_time(text: str) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls and all("time" not in f for f in falls)


def test_an_alert_keeps_the_time_it_was_issued() -> None:  # the control
    text = "Jアラートは午前7時10分、沖縄県を対象に国民保護情報を出した。"
    alerts = [f for k, f in _items(text) if k == "alert"]
    assert [f.get("time") for f in alerts] == [_at(7, 10)]


def test_the_day_after_an_english_list_of_times_is_every_times() -> None:
    text = "The military said it detected two missiles fired at 9:12 and 9:27 a.m. Thursday."
    times = [f["time"] for k, f in _items(text, "Test, 2021-09-17") if k == "launch"]
    assert times == [_at(9, 12, dt.date(2021, 9, 16)), _at(9, 27, dt.date(2021, 9, 16))]


@pytest.mark.parametrize(
    "text",
    [
        "In March, Japanese officials said a missile flew about 800 kilometers.",
        "Since February, the missiles have flown some 800 kilometers.",
    ],
)
def test_a_month_told_alone_in_english_is_another_launch(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


def test_this_month_told_alone_is_this_launch() -> None:  # the control
    text = "In September, officials said the missile flew about 800 kilometers."
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 800.0}]


def test_a_site_inside_the_city_named_before_it() -> None:
    text = "북한이 오전 9시 12분쯤 함경남도 함흥시 선덕 비행장 일대에서 탄도미사일 1발을 발사했다."
    assert _launch_sites(text) == ["Sondok Airport"]


def test_a_site_after_the_vicinity_of_in_another_romanization() -> None:
    text = "The North fired a missile from a base in the vicinity of Banghyon at 9:12 a.m."
    assert _launch_sites(text) == ["Panghyon Airport"]


def test_whose_launch_is_no_site() -> None:
    text = "North Korea fired a missile at 9:12 a.m., in Pyongyang's third such launch this month."
    assert "Pyongyang" not in _launch_sites(text)
    control = "North Korea fired a missile from Pyongyang at 9:12 a.m."
    assert _launch_sites(control) == ["Pyongyang"]


def test_a_city_with_its_reading_and_chikaku() -> None:
    text = "北朝鮮は午後3時ごろ、价川(ケチョン)市近くから短距離弾道ミサイル2発を発射した。"
    assert _launch_sites(text) == ["Kaechon"]


def test_a_falls_bearing_from_a_place_is_no_launch_direction() -> None:
    text = (
        "北朝鮮は午前8時ごろ弾道ミサイルを発射し、ミサイルは能登半島から北に約200キロに落下した。"
    )
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [None]
    control = "北朝鮮は午前8時ごろ、新浦付近から東に弾道ミサイルを発射した。"
    assert [f.get("direction") for k, f in _items(control) if k == "launch"] == ["E"]


def test_a_year_that_starts_a_period_is_no_other_launch() -> None:
    text = (
        "미사일은 북한이 2021년부터 계속 개량해온 단거리 탄도미사일로 보이며, "
        "동쪽으로 각각 300km, 420km 남짓한 거리를 날아 동해에 떨어졌다."
    )
    items = _items(text, "Test, 2023-06-15")
    assert sorted(f["range_km"] for k, f in items if k == "figure") == [300.0, 420.0]
    assert [f.get("direction") for k, f in items if k == "launch"] == ["E"]
    control = "미사일은 2021년 3월 시험발사에서 420km를 날아 동해에 떨어졌다."  # another launch's
    assert [f for k, f in _items(control, "Test, 2023-06-15") if k == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The two missiles were fired into the waters between the Korean Peninsula and Japan.",
        "미사일 2발은 한반도와 일본 사이 해역으로 발사됐다.",
        "ミサイル2発は朝鮮半島と日本の間の海域に向けて発射された。",
    ],
)
def test_a_sea_told_by_two_places_is_a_todo(text: str) -> None:
    assert _todos(text)
    assert [k for k, _ in _items(text) if k == "fall"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the rocket launched on Tuesday never left the country's territory.",
        "ミサイルは北朝鮮の内陸部に落下したとみられる。",
        "미사일은 북한 내륙에 떨어진 것으로 보인다.",
    ],
)
def test_a_fall_on_land_is_a_todo(text: str) -> None:
    assert _todos(text)


def test_a_fall_at_sea_is_no_fall_on_land() -> None:  # the control
    assert _todos("ミサイルは北朝鮮東岸から東に約300キロの日本海に落下した。") == []


def test_a_province_written_in_kana_with_its_kanji_is_a_todo() -> None:
    text = (
        "北朝鮮は午前7時ごろ、北部のハムギョン(咸鏡)北道から日本海に向けて弾道ミサイルを発射した。"
    )
    assert _todos(text)
    assert all(f.get("at") in (None, "North Korea") for k, f in _items(text) if k == "launch")


def test_a_side_of_the_country_in_english_is_a_todo() -> None:
    text = "North Korea fired a missile from an eastern region at 7:10 a.m., the military said."
    assert _todos(text)
    control = "North Korea fired a missile from Sinpo at 7:10 a.m., the military said."
    assert _todos(control) == []


def test_a_test_conducted_at_a_site_is_a_launch() -> None:
    text = "The Pentagon said the test was conducted near the city of Kusong at 2210 GMT Monday."
    launches = [f for k, f in _items(text, "Test, 2021-09-14") if k == "launch"]
    assert launches == [{"time": _at(7, 10, dt.date(2021, 9, 14)), "at": "Kusong City"}]
    control = "The agency said a nuclear test was conducted at Punggye-ri at 2210 GMT Monday."
    assert [k for k, _ in _items(control, "Test, 2021-09-14") if k == "launch"] == []


def test_an_unknown_site_placed_by_a_known_city_with_ni_aru() -> None:
    text = "韓国軍は、ミサイル1発が新浦にあるマヤン島の造船所近くから発射されたとみている。"
    assert "Sinpo" not in _launch_sites(text)
    assert _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "합참은 미사일의 표적이 함경남도 앞바다의 작은 무인도로 보인다고 밝혔다.",
        "防衛省は、標的は北朝鮮東岸沖の無人島だった可能性があるとみている。",
        "Officials believe the missiles targeted a small island off the east coast.",
    ],
)
def test_a_presumed_target_island_is_a_todo(text: str) -> None:
    assert _todos(text)
    assert [k for k, _ in _items(text) if k == "fall"] == []


# --------------------------------------------------------------------------- round 14


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한이 오후 2시 40분쯤 원산 비행장 인근에서 단거리 미사일 2발을 쐈다고 밝혔다.",
        "北朝鮮は午後2時40分ごろ、元山の飛行場付近から短距離ミサイル2発を発射した。",
        "The North fired two short-range missiles from near the Wonsan airfield at 2:40 p.m.",
    ],
)
def test_a_city_airfield_is_the_gazetteers_airfield(text: str) -> None:
    assert _launch_sites(text) == ["Wonsan Kalma Airport"]


def test_a_city_without_an_airfield_entry_stays_the_city() -> None:  # the controls
    text = "북한이 오후 2시 40분쯤 평양 비행장 인근에서 단거리 미사일 2발을 쐈다."
    assert _launch_sites(text) == ["Pyongyang"]
    text = "북한이 오후 2시 40분쯤 원산 일대에서 단거리 미사일 2발을 쐈다."
    assert _launch_sites(text) == ["Wonsan"]


def test_a_time_in_hawaii_on_a_day_told_as_koreas() -> None:
    text = (
        "Officials detected a missile launch on the morning of September 15 in Korea "
        "(2:05 p.m. Hawaii time) from Sinpo."
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("time") for f in launches] == [_at(9, 5)]  # 14:05 -10:00 on the 14th
    control = "Officials detected a missile launch at 2:05 p.m. ET from Sinpo on September 15."
    assert [f.get("time") for k, f in _items(control) if k == "launch"] == [None]


def test_a_quote_after_a_lost_space_is_its_own_sentence() -> None:
    text = (
        "The North tried to launch a missile from Sinpo on Wednesday, the ministry said."
        "“It fired one missile nearby Wonsan airbase at 6:20 a.m.,” it added."
    )
    assert _launch_sites(text) == ["Sinpo", "Wonsan Kalma Airport"]


@pytest.mark.parametrize(
    ("text", "apogee", "flown"),
    [
        ("두 발은 60km 높이로 350km 정도 비행한 것으로 분석됐다.", 60.0, 350.0),
        ("2発は40キロの高さで380キロ飛行したとみられる。", 40.0, 380.0),
    ],
)
def test_a_height_told_after_its_number_is_that_numbers(
    text: str, apogee: float, flown: float
) -> None:
    figures = [f for k, f in _items(text) if k == "figure"]
    assert {"apogee_km": apogee} in figures and {"range_km": flown} in figures
    assert {"apogee_km": flown} not in figures


def test_a_height_told_before_its_number_stays() -> None:  # the control
    text = "미사일은 높이 70km까지 올라 400km를 비행했다."
    figures = [f for k, f in _items(text) if k == "figure"]
    assert {"apogee_km": 70.0} in figures and {"apogee_km": 400.0} not in figures


def test_a_page_weeks_later_naming_only_an_old_launch_day() -> None:
    text = (
        "The missiles were fired at 7:10 a.m. and 7:18 a.m., officials said.\n"
        "On 25 August, North Korea launched two projectiles from near the city of Hamhung."
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("time") for f in launches] == [_at(7, 10), _at(7, 18)]
    assert all(f.get("at") != "Hamhung" for f in launches)


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は「北と南の方向」に向けて少なくとも8発を発射した。",
        "북한은 동쪽과 서쪽으로 최소 8발을 쐈다.",
        "North Korea fired at least eight missiles to the east and west.",
    ],
)
def test_two_ways_give_no_direction(text: str) -> None:
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] in ([], [None])


def test_one_way_still_gives_a_direction() -> None:  # the control
    text = "北朝鮮は午前9時ごろ、新浦付近から北の方向に弾道ミサイルを発射した。"
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == ["N"]


def test_a_seas_side_of_a_coast_is_no_fall_in_the_sea() -> None:
    text = "ミサイルは約300キロ飛行し、午前9時20分ごろ北朝鮮の黄海側の沿岸に落下したという。"
    falls = [f for k, f in _items(text) if k == "fall"]
    assert all("sea" not in f for f in falls)
    assert any("黄海側の沿岸" in s for s in _todos(text))
    control = "ミサイルは約300キロ飛行し、午前9時20分ごろ黄海に落下したという。"
    assert [f.get("sea") for k, f in _items(control) if k == "fall"] == ["Yellow Sea"]


def test_a_fall_not_into_the_zone_is_a_fall_outside_it() -> None:
    text = "防衛省によると、ミサイルは我が国のEEZには落下しなかったとみられる。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]
    for control in (
        "防衛省によると、ミサイルのEEZへの落下は確認されていない。",
        "ミサイルは午前9時半ごろまでに我が国のEEZには落下しなかった。",  # a report by a time
    ):
        assert [f for k, f in _items(control) if k == "fall"] == []


def test_a_launch_detected_flying_from_a_place() -> None:
    text = (
        "The military said it detected the missiles flying from the North Korean western "
        "port city of Nampo into the Yellow Sea."
    )
    assert _launch_sites(text) == ["Nampo"]


def test_a_fall_point_from_two_places_takes_the_seas_fall() -> None:
    text = (
        "합참은 “이 중 1발은 동해 공해상에 탄착됐다”고 밝혔다. "
        "탄착 지점은 속초 동방 80㎞, 울릉도 서북방 150㎞라고 군은 설명했다."
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert sorted((f["from"], f["distance_km"], f.get("sea")) for f in falls) == [
        ("Sokcho", 80.0, "Sea of Japan"),
        ("Ulleungdo", 150.0, "Sea of Japan"),
    ]


def test_a_fall_at_km_from_two_places_with_the_sea_before() -> None:
    text = (
        "북한은 미사일 2발을 쐈고, 이 중 1발은 동해 속초 동방 80㎞, 울릉도 서북방 150㎞에 떨어졌다."
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert sorted((f["from"], f["distance_km"], f.get("sea")) for f in falls) == [
        ("Sokcho", 80.0, "Sea of Japan"),
        ("Ulleungdo", 150.0, "Sea of Japan"),
    ]
    control = "미사일은 속초에서 80㎞ 떨어진 곳에서 발견됐다."
    assert [k for k, _ in _items(control) if k == "fall"] == []


def test_a_side_of_a_line_at_sea_is_a_todo() -> None:
    text = "북한 미사일 1발이 오전 9시 10분께 동해 NLL 이남 공해상으로 떨어졌다."
    assert [f.get("sea") for k, f in _items(text) if k == "fall"] == ["Sea of Japan"]
    assert any("NLL 이남 공해상" in s for s in _todos(text))


def test_a_site_after_north_koreas() -> None:
    text = "The missiles were fired into the sea from North Korea’s Sinpo coastal area, Seoul said."
    assert _launch_sites(text) == ["Sinpo"]
    control = "The missiles were fired into the sea by North Korea’s army, Seoul said."
    assert "Sinpo" not in _launch_sites(control)


# --------------------------------------------------------------------------- round 15


@pytest.mark.parametrize(
    "text",
    [
        # round 15: a span of times written with a wave dash and 同 before the second hour
        "ミサイルは15日午前8時12分~同8時40分ごろ、東部の咸興付近から発射された。",
        # round 15: a span whose ends are written with a dot ("7.10am to 07.35am")
        "North Korea fired missiles from Hamhung to the east from 7.10am to 07.35am today.",
    ],
)
def test_a_span_with_a_wave_dash_or_dotted_times_gives_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches and all("time" not in f for f in launches), launches
    assert _todos(text)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [  # the controls: one time, with a dash or a dot elsewhere in the sentence
        ("ミサイルは15日午前8時12分ごろ、東部の咸興付近から発射され、300~350キロ飛行した。", 8, 12),
        ("North Korea fired a missile from Hamhung at 7.10am today, flying 300 km.", 7, 10),
    ],
)
def test_one_time_near_a_span_of_distances_is_still_read(text: str, hour: int, minute: int) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(hour, minute)]


@pytest.mark.parametrize(
    "text",
    [
        # round 15: an unknown peninsula right after a known city, without 의
        '합참은 "북한이 오늘 오전 7시 10분쯤 함경남도 함흥 서호반도 일대에서 동쪽 방향으로 '
        '미사일을 발사했다"고 밝혔다.',
        # round 15: "from its … peninsula near the east coast town of …"
        "North Korea fired missiles from its Sorak peninsula near the east coast town of Hamhung "
        "to the east, the JCS said.",
    ],
)
def test_an_unknown_peninsula_at_a_known_city_is_not_the_city(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert all(f.get("at") != "Hamhung" for f in launches), launches
    assert _todos(text)


@pytest.mark.parametrize(
    "text",
    [  # the controls: the city itself is the site
        '합참은 "북한이 오늘 오전 7시 10분쯤 함경남도 함흥 일대에서 동쪽 방향으로 '
        '미사일을 발사했다"고 밝혔다.',
        "North Korea fired missiles from Hamhung, its east coast town, to the east, the JCS said.",
    ],
)
def test_a_known_city_without_a_peninsula_is_the_city(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["Hamhung"]


def test_a_number_then_high_is_an_apogee() -> None:
    # round 15: "soared 50 kilometers high covering about 200 kilometers"
    text = "The North fired a missile from Hamhung; it soared 60 km high covering about 300 km."
    figures = [f for k, f in _items(text) if k == "figure"]
    assert {"apogee_km": 60} in figures and {"range_km": 300} in figures, figures


def test_high_not_after_a_number_is_no_apogee() -> None:  # the control
    text = "The North fired a missile from Hamhung; it flew 300 km, with tensions high."
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [{"range_km": 300}], figures


# --------------------------------------------------------------------------- round 16


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a launch at sea off a known coastal place is a launch at that place (README, Holdout 16)
        (
            "北朝鮮は15日午後3時12分ごろ、咸鏡南道・咸興(ハムフン)付近の日本海で、弾道ミサイル1発を発射した。",
            "Hamhung",
        ),
        (
            "북한이 15일 오전 9시 5분께 강원도 원산 동남방 동해상에서 미사일 1발을 발사했다.",
            "Wonsan",
        ),
        (
            "북한이 15일 오전 9시 5분께 황해남도 남포 서방 서해상에서 미사일 1발을 발사했다.",
            "Nampo",
        ),
        # a reading in brackets after the name is not counted in the words before 付近から
        (
            "北朝鮮は15日午前9時5分ごろ、咸鏡南道咸興(カムギョンナムドハムフン)付近から1発を発射した。",
            "Hamhung",
        ),
    ],
)
def test_a_launch_off_a_known_place_or_after_its_reading_is_at_that_place(
    text: str, site: str
) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [site]


@pytest.mark.parametrize(
    "text",
    [  # the controls: a sea alone is no site; an unknown place beside a known one stays a TODO
        "北朝鮮は15日午後3時12分ごろ、日本海で弾道ミサイル1発を発射した。",
        "북한이 15일 오전 9시 5분께 함경남도 함흥 동쪽 마전 일대에서 미사일 1발을 발사했다.",
    ],
)
def test_a_sea_alone_or_an_unknown_place_beside_a_city_is_not_the_city(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # a time without its half, told before with 午後 / 오후, is that afternoon time
        (
            "北朝鮮は15日午後3時12分ごろにも1発を発射した。北朝鮮は午前8時5分ごろ1発目を発射。"
            "その後、3時12分ごろに2発目を発射した。",
            15,
            12,
        ),
        (
            "북한은 15일 오후 2시 47분께 1발을 더 발사했다. 북한은 오전 7시께 첫 발을 쐈다. "
            "이어 2시 47분께 다시 발사했다.",
            14,
            47,
        ),
        # told hours after the time before: the half those hours lead to
        ("北朝鮮は15日午前5時10分ごろ1発目を発射。9時間後の2時25分ごろに2発目を発射した。", 14, 25),
        (
            "북한은 15일 오전 8시께 첫 발을 쐈다. 이어 6시간 만인 2시 5분께 1발을 더 발사했다.",
            14,
            5,
        ),
    ],
)
def test_a_time_without_its_half_takes_the_half_the_statement_gives(
    text: str, hour: int, minute: int
) -> None:
    times = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert times[-1] == _at(hour, minute), times


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [  # the controls: a morning time that fits is left as written
        (
            "北朝鮮は15日午後3時12分ごろにも1発を発射した。北朝鮮は午前5時ごろ1発目を発射。"
            "その後、8時40分ごろに2発目を発射した。",
            8,
            40,
        ),
        ("北朝鮮は15日午前5時10分ごろ1発目を発射。2時間後の7時15分ごろに2発目を発射した。", 7, 15),
    ],
)
def test_a_time_without_its_half_that_fits_the_morning_stays(
    text: str, hour: int, minute: int
) -> None:
    times = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert times[-1] == _at(hour, minute), times


def test_a_time_that_fits_neither_half_of_the_hours_told_is_no_time() -> None:
    text = "北朝鮮は15日午前5時10分ごろ1発目を発射。3時間後の1時25分ごろに2発目を発射した。"
    times = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert times == [_at(5, 10)], times


@pytest.mark.parametrize(
    "text",
    [  # a range that qualifies a class of missile is the type's reach
        "북한이 15일 오전 7시께 평양 일대에서 사거리 1000㎞급 준중거리 탄도미사일 1발을 발사했다.",
        "북한은 창건일을 맞아 사거리 5500㎞ 이상인 장거리 미사일을 처음 쐈다.",
    ],
)
def test_a_range_that_qualifies_a_class_of_missile_is_no_figure(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    ("text", "km"),
    [  # the controls: no class word after it, or a flight's noun before it
        ("북한이 15일 오전 7시께 평양 일대에서 사거리 380㎞의 탄도미사일 1발을 발사했다.", 380),
        (
            "北朝鮮は15日午前7時ごろ、平壌付近から発射し、飛行距離は約380キロの短距離弾道ミサイルとみられる。",
            380,
        ),
    ],
)
def test_a_flights_range_before_a_missile_is_a_figure(text: str, km: int) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": km}]


def test_a_zone_told_after_a_figure_is_a_fall_of_its_own() -> None:
    text = (
        "It said the rocket splashed down in the East Sea. The rocket flew about 250 km, "
        "officials said. Tokyo said the rocket landed outside Japan's exclusive economic zone."
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls == [{"sea": "Sea of Japan"}, {"outside": ["Japan EEZ"]}], falls


def test_a_zone_told_just_after_a_fall_adds_to_it() -> None:  # the control
    text = (
        "It said the rocket splashed down in the East Sea. Tokyo said the rocket landed "
        "outside Japan's exclusive economic zone."
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls == [{"sea": "Sea of Japan", "outside": ["Japan EEZ"]}], falls


def test_waters_off_a_side_of_the_peninsula_are_a_todo_and_no_fall() -> None:
    text = (
        "The North fired a missile from Nampo at 6:10 a.m. into waters off the west of the "
        "Korean Peninsula."
    )
    items = _items(text)
    assert [k for k, _ in items if k == "fall"] == [] and _todos(text), items


def test_a_launch_placed_at_a_time_is_a_launch() -> None:
    text = "A military official placed the attempt at 6:47 a.m. local time."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(6, 47)}]


def test_blame_placed_at_a_time_is_no_launch() -> None:  # the control
    text = "The minister placed the blame on Pyongyang at 6:47 a.m. local time."
    assert [k for k, _ in _items(text) if k == "launch"] == []


# --------------------------------------------------------------------------- round 17


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the rocket has not been confirmed to have landed within Japan's EEZ.",
        "The second projectile was not confirmed to have fallen inside Japan's exclusive "
        "economic zone.",
        "No rocket has been confirmed to have splashed down in Japan's EEZ.",
        "Tokyo could not confirm that the rocket fell inside Japan's EEZ.",
        "ロケットが日本のEEZ内に落下したかどうかは確認されていない。",
        "2発目が我が国のEEZ内に落ちたかは確認できていない。",
        "발사체가 일본 EEZ 안에 떨어졌는지 여부는 아직 확인되지 않았다.",
        "두 번째 발사체가 일본 EEZ 내에 낙하했는지는 확인되지 않았다.",
    ],
)
def test_a_fall_not_confirmed_is_no_fall(text: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == []


@pytest.mark.parametrize(
    ("text", "fall"),
    [
        (
            "It was confirmed that the rocket fell in the East Sea outside Japan's EEZ.",
            {"sea": "Sea of Japan", "outside": ["Japan EEZ"]},
        ),
        (
            "The launch site has not been confirmed, but the rocket fell in the East Sea.",
            {"sea": "Sea of Japan"},
        ),
        ("防衛省は、ロケットが日本のEEZ外に落下したことを確認した。", {"outside": ["Japan EEZ"]}),
        ("발사체는 동해상에 낙하한 것으로 확인됐다.", {"sea": "Sea of Japan"}),
    ],
)
def test_a_fall_that_was_confirmed_stays(text: str, fall: dict[str, Any]) -> None:  # controls
    assert [f for k, f in _items(text) if k == "fall"] == [fall]


@pytest.mark.parametrize(
    "text",
    [
        "합참은 오전 11시41분경부터 정오 12시7분경까지 북한이 함흥 일대에서 발사한 미사일 2발을 "
        "포착했다.",
        "北朝鮮は午前11時48分ごろから正午12時9分ごろにかけて、咸興付近から弾道ミサイル2発を発射した。",
        "The rockets were launched from Hamhung around between 9:07 a.m. Japan time (0:07 a.m. "
        "GMT) and 9:31 a.m.",
        "The rockets were launched from Hamhung from about 7:20 a.m., and flew about 300 km.",
    ],
)
def test_spans_with_noon_a_named_zone_or_no_end_give_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"at": "Hamhung"}] and _todos(text), launches


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("북한은 정오 12시18분경 함흥 일대에서 미사일을 발사했다.", 12, 18),
        ("北朝鮮は正午12時5分ごろ、咸興付近から弾道ミサイルを発射した。", 12, 5),
        ("The rocket was launched from Hamhung at 7:20 a.m., officials said.", 7, 20),
        ("The rocket was launched from Hamhung at 6:12 a.m. Korea time (9:12 p.m. GMT).", 6, 12),
    ],
)
def test_one_time_with_noon_or_a_named_zone_is_read(text: str, hour: int, minute: int) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(hour, minute), "at": "Hamhung"}], launches


@pytest.mark.parametrize(
    "text",
    [
        "午後3時12分ごろ、防衛省が北朝鮮から弾道ミサイルの可能性があるものが発射されたと発表した。",
        "同日午前9時4分、海上保安庁が、弾道ミサイルとみられるものが発射されたと発表。",
        "오후 2시 10분께 국방부가 북한이 미사일을 발사했다고 밝혔다.",
    ],
)
def test_a_time_before_the_body_that_announced_is_no_launch_time(text: str) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("北朝鮮は午後3時12分ごろ、弾道ミサイルを発射したと防衛省が発表した。", 15, 12),
        ("午後3時12分ごろ、北朝鮮が弾道ミサイルを発射したと発表した。", 15, 12),
        ("국방부는 북한이 오후 2시 10분께 미사일을 발사했다고 밝혔다.", 14, 10),
    ],
)
def test_a_time_of_the_launch_before_an_announcement_stays(
    text: str, hour: int, minute: int
) -> None:  # the controls
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(hour, minute)], times


def test_a_time_before_already_in_quotes_is_no_fall_time() -> None:
    text = "防衛省は午後1時5分には「すでに日本海に落下した」と発表した。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Sea of Japan"}]


@pytest.mark.parametrize(
    "text",
    [
        "발사체의 비행시간은 7분 미만이었다.",
        "The rocket's flight time was less than 8 minutes, officials said.",
        "ロケットの飛行時間は12分未満だった。",
        "비행시간은 9분 이내였던 것으로 알려졌다.",
    ],
)
def test_a_flight_time_told_as_a_bound_is_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [] and _todos(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("ロケットの飛行時間は約12分だった。", 12.0),
        ("The rocket flew for about 14 minutes.", 14.0),
        ("발사체는 약 11분간 비행했다.", 11.0),
    ],
)
def test_a_flight_time_without_a_bound_is_a_figure(text: str, minutes: float) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [{"flight_min": minutes}]


@pytest.mark.parametrize(
    "text",
    [
        "북한이 오늘 새벽 평양 남방에서 동해 쪽으로 미사일 1발을 발사했다.",
        "北朝鮮は平壌の東方から弾道ミサイル1発を発射した。",
        "북한이 구성 서쪽 일대에서 미사일을 발사했다.",
    ],
)
def test_a_side_of_an_inland_place_is_no_site(text: str) -> None:
    sites = [f.get("at") for k, f in _items(text) if k == "launch"]
    assert sites in ([], ["North Korea"]) and _todos(text), sites


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("북한이 원산 북방 일대에서 미사일을 발사했다.", "Wonsan"),  # a coastal place
        ("북한이 신포 동남방 동해상에서 미사일을 발사했다.", "Sinpo"),  # at sea off it
        ("北朝鮮は新浦の東の海上から弾道ミサイルを発射した。", "Sinpo"),
        ("북한이 평양 일대에서 미사일을 발사했다.", "Pyongyang"),  # no side
        ("北朝鮮は平壌北部から弾道ミサイルを発射した。", "Pyongyang"),  # a part of it
    ],
)
def test_a_coastal_place_its_sea_or_the_place_itself_is_the_site(
    text: str, site: str
) -> None:  # the controls
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "ロケットは朝鮮半島を横断し、半島の東約300キロの日本海に落下した。",
        "발사체는 한반도를 가로질러 반도 동쪽 약 300㎞ 동해상에 떨어졌다.",
        "The rocket crossed the Korean Peninsula and fell about 300 km east of the peninsula "
        "in the East Sea.",
    ],
)
def test_the_peninsula_told_again_is_the_korean_peninsula(text: str) -> None:
    falls = [f for k, f in _items(text) if k == "fall"]
    assert falls == [
        {"from": "Korean Peninsula", "distance_km": 300.0, "bearing": "E", "about": True,
         "sea": "Sea of Japan"}
    ], falls  # fmt: skip


def test_a_bare_peninsula_not_named_before_places_nothing() -> None:  # the control
    falls = [f for k, f in _items("ロケットは半島の東約300キロの日本海に落下した。") if k == "fall"]
    assert falls == [{"sea": "Sea of Japan"}]


def test_one_at_a_time_and_another_at_a_time_are_two_launches() -> None:
    text = "North Korea fired a rocket at 4:05 a.m. and another at 4:19 a.m. from Hamhung."
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(4, 5), _at(4, 19)], times


def test_another_launch_of_another_day_is_no_second_time() -> None:  # the control
    text = "North Korea fired a rocket at 4:05 a.m. from Hamhung, another launch after May's."
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(4, 5)], times


# --------------------------------------------------------------------------- round 18


@pytest.mark.parametrize(
    "text",
    [
        "Officials believed them to be Nodong missiles with a range of roughly 1,300 kilometres.",
        "Analysts said they were Musudans with a range of about 3,000 km.",
        "The rockets, SRBMs with a range of some 300 km, came down in the East Sea.",
        "北朝鮮は射程約1300キロのノドンを発射したとみられる。",
        "防衛省は、射程およそ3000キロの中距離弾道ミサイルの可能性があるとした。",
    ],
)
def test_a_types_reach_in_english_or_japanese_is_no_figure(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("The rockets flew about 450 kilometres before landing.", 450),
        ("Seoul said at least four rockets were fired and flew about 380 km.", 380),
        ("ロケットは約450キロ飛行したとみられる。", 450),
    ],
)
def test_a_flights_own_range_stays_a_figure(text: str, km: int) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": float(km)}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前6時ごろ、元山の北約50キロの咸鏡南道付近から弾道ミサイル1発を発射した。",
        "北朝鮮は午前6時ごろ、平壌の北約60キロの粛川付近から弾道ミサイル1発を発射した。",
        "북한은 오전 6시쯤 평양 북쪽 60km 지점의 평안남도 숙천 일대에서 탄도미사일 1발을 발사했다.",
        "North Korea fired a missile at 6 a.m. from Sukchon, about 60 km north of Pyongyang.",
        "North Korea fired a missile at 6 a.m. from South Pyongan Province, about 60 km north of "
        "Pyongyang.",
    ],
)
def test_a_distance_that_only_locates_an_unknown_site_is_no_site(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(6, 0), "at": "North Korea"}] and _todos(text), launches


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午前6時ごろ、平壌の北約60キロの地点から弾道ミサイル1発を発射した。",
        "북한은 오전 6시쯤 평양 북쪽 60km 지점에서 탄도미사일 1발을 발사했다.",
        "North Korea fired a missile at 6 a.m. from a site about 60 km north of Pyongyang.",
    ],
)
def test_a_distance_from_a_known_place_with_no_name_after_is_the_site(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [
        {"time": _at(6, 0), "from": "Pyongyang", "distance_km": 60.0, "bearing": "N",
         "about": True}
    ], launches  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired rockets from Hamhung; the firing started at about 9:05 a.m. and went "
        "on for several minutes.",
        "North Korea fired rockets from Hamhung. The salvo began at 9:05 a.m. and lasted a while.",
    ],
)
def test_a_start_told_with_started_or_began_gives_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert all("time" not in f for f in launches) and _todos(text), launches


def test_a_time_after_something_else_began_stays() -> None:  # the control
    text = "The drills began last week; the rocket was fired from Hamhung at 7:10 a.m."
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(7, 10)], times


def test_a_compass_word_before_a_seas_way_is_the_direction() -> None:
    text = "북한이 오전 7시쯤 함흥 일대에서 남동쪽 동해 방향으로 미사일 1발을 발사했다."
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == ["SE"]


def test_a_seas_way_alone_is_no_direction() -> None:  # the control
    text = "북한이 오전 7시쯤 함흥 일대에서 동해 방향으로 미사일 1발을 발사했다."
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [None]


def test_the_north_opening_a_sentence_is_north_korea() -> None:
    text = '"The North launched a rocket at about 11am," a ministry official said.'
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(11, 0), "at": "North Korea"}], launches


def test_the_north_pacific_is_not_north_korea() -> None:  # the control
    text = "The North Pacific was calm; a rocket was launched at about 11am."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(11, 0)}], launches


@pytest.mark.parametrize(
    ("text", "fall"),
    [
        ("The rocket flew some 350 km before dropping into the East Sea.", {"sea": "Sea of Japan"}),
        ("The rockets came down in an area far away from Japan's EEZ, Tokyo said.",
         {"outside": ["Japan EEZ"]}),
        ("ロケットは北韓の内陸を飛んだあと、東海上に着弾したということです。",
         {"sea": "Sea of Japan"}),
    ],
)  # fmt: skip
def test_dropping_far_from_the_eez_and_the_east_sea_in_japanese_are_falls(
    text: str, fall: dict[str, Any]
) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [fall]


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets were dropping flares over the East Sea.",
        "The rocket came down not far from Japan's EEZ.",
        "部品は東海地方に落下したという。",
        "破片が東海沖に落下した。",
    ],
)
def test_flares_not_far_from_the_eez_and_tokai_are_no_such_falls(text: str) -> None:  # controls
    assert [f for k, f in _items(text) if k == "fall" and f] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は、北朝鮮北西部から南東部に向けてロケット1発を発射した。",
        "북한이 북한 동부 지역에서 발사체 1발을 쐈다.",
        "North Korea fired a rocket into its western waters on Friday.",
        "The second rocket came down into its eastern international waters.",
        "North Korea fired another rocket, this time from an inland site.",
    ],
)
def test_a_side_of_the_launching_country_is_a_todo(text: str) -> None:
    assert _todos(text)
    placed = [f for k, f in _items(text) if k in ("fall", "launch") and ("at" in f or "sea" in f)]
    assert placed in ([], [{"at": "North Korea"}]), placed


def test_a_side_of_the_country_before_a_known_site_is_that_site() -> None:  # the control
    text = "北朝鮮は北朝鮮西部の東倉里から弾道ミサイル1発を発射した。"
    assert _todos(text) == []
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [
        "Sohae Satellite Launching Ground"
    ]


# --------------------------------------------------------------------------- round 19


@pytest.mark.parametrize(
    "text",
    [
        "북한은 사거리 1,000㎞ 이상의 노동 미사일과 1,300㎞ 이상의 무수단 미사일을 보유하고 있다.",
        "군은 이 발사체를 사거리 300 킬로미터 내외의 KN-23 계열로 보고 있다.",
        "北朝鮮は射程1000キロ以上のノドンを保有している。",
        "The North has Scud missiles with a range of up to 700 km.",
    ],
)
def test_a_range_that_qualifies_a_named_type_is_no_figure(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("이 발사체의 사거리는 350여㎞ 내외로 판단된다고 합참은 밝혔다.", 350.0),
        ("북한은 사거리 450㎞의 탄도미사일 1발을 쐈다.", 450.0),
        ("비행거리 600㎞의 스커드 미사일이 동해상에 떨어졌다.", 600.0),
    ],
)
def test_a_flights_range_before_a_type_stays_a_figure(text: str, km: float) -> None:  # controls
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": km}]


@pytest.mark.parametrize(
    "text",
    [
        "Usually the North conducts its rocket tests from the western port of Nampo.",
        "Pyongyang typically fires such rockets from Sinpo on the east coast.",
        "北朝鮮は通常、東部の新浦付近から発射している。",
        "북한은 보통 평양 순안 일대에서 미사일을 발사한다.",
    ],
)
def test_a_habit_is_not_this_launch(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == []


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("North Korea fired a rocket from Nampo at 6:10 a.m., as it usually does.",
         {"time": _at(6, 10), "at": "Nampo"}),
        ("Such rockets are normally fired from trucks; this one was fired from Sinpo at 5:20 a.m.",
         {"time": _at(5, 20), "at": "Sinpo"}),
    ],
)  # fmt: skip
def test_a_launch_beside_a_habit_word_stays(text: str, launch: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [launch]  # controls


@pytest.mark.parametrize(
    "text",
    [
        "대통령이 탄 전용기가 김해공항에 오후 2시쯤 도착한 직후 북한이 미사일을 발사했다.",
        "首相を乗せた政府専用機が午後2時ごろ羽田空港に到着した直後、北朝鮮がミサイルを発射した。",
        "The minister's plane arrived in Busan at about 2 p.m., minutes before North Korea fired.",
    ],
)
def test_a_time_of_an_arrival_is_not_the_launchs(text: str) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "북한은 오후 2시쯤 함흥 일대에서 미사일 1발을 발사했으며, 미사일은 동해상에 떨어졌다.",
        "北朝鮮は午後2時ごろ、咸興付近からミサイル1発を発射し、ミサイルは日本海に落下した。",
        "North Korea fired a missile from Hamhung at 2 p.m. and it landed in the Sea of Japan.",
    ],
)
def test_a_launch_time_before_a_fall_stays(text: str) -> None:  # controls
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [_at(14, 0)]


def test_a_known_site_before_a_distance_from_another_place_is_the_site() -> None:
    text = "The rockets were launched near Sinpo City, 40 miles east of Hamhung, on Friday."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"at": "Sinpo"}], launches


def test_a_site_told_only_by_a_distance_stays_a_position() -> None:  # the control
    text = "The rockets were launched from a site 40 miles east of Hamhung on Friday."
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [(f.get("from"), f.get("bearing")) for f in launches] == [("Hamhung", "E")], launches


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は15日午前9時12分(日本時間同)ごろから同10時3分ごろにかけ、新浦付近から3発を発射した。",
        "北朝鮮は15日午後2時12分(日本時間同)頃から同3時3分頃にかけ、新浦付近から3発を発射した。",
    ],
)
def test_a_span_with_a_bracket_after_its_start_gives_no_time(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"at": "Sinpo"}], launches
    assert _todos(text)


def test_two_times_with_a_bracket_between_stay_two_launches() -> None:  # the control
    text = "北朝鮮は15日午後2時12分(日本時間同)ごろと同3時3分ごろ、新浦付近から1発ずつ発射した。"
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(14, 12), _at(15, 3)], times


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("북한이 함흥 남방 일대에서 미사일 2발을 발사했다.", "Hamhung"),
        ("北朝鮮は咸興南方から弾道ミサイル2発を発射した。", "Hamhung"),
        ("북한이 원산 북쪽에서 미사일 2발을 발사했다.", "Wonsan"),
    ],
)
def test_a_side_of_a_coastal_place_is_the_place(text: str, site: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "북한이 평양 남방에서 미사일 2발을 발사했다.",
        "北朝鮮は平壌南方から弾道ミサイル2発を発射した。",
    ],
)
def test_a_side_of_an_inland_place_stays_no_site_in_km(text: str) -> None:  # controls
    assert [f.get("at") for k, f in _items(text) if k == "launch"] in ([], ["North Korea"])
    assert _todos(text)


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("The rockets were fired from the North's northeastern coast at 4:40 p.m.",
         {"time": _at(16, 40), "at": "North Korea"}),
        ("The rockets were fired at 4:40 p.m. from the North's North Hamgyong Province.",
         {"time": _at(16, 40), "at": "North Korea"}),
        ("Two rockets were fired from the North's western coast and flew southeast.",
         {"at": "North Korea", "direction": "SE"}),
    ],
)  # fmt: skip
def test_a_coast_or_province_of_the_north_is_north_korea(text: str, launch: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [launch]


def test_the_norths_leader_is_no_site() -> None:  # the control
    text = "The North's leader watched as the rocket was fired at 4:40 p.m."
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(16, 40)}]


@pytest.mark.parametrize(
    "text",
    [
        "The first rocket was fired at 5:10 a.m., and the second one was launched about ten "
        "minutes later.",
        "北朝鮮は午前5時10分ごろ1発目を発射し、約10分後に2発目を発射した。",
        "북한은 오전 5시 10분 첫 번째 미사일을 발사하고 약 10분 뒤 두 번째 미사일을 발사했다.",
    ],
)
def test_a_second_launch_told_in_minutes_after_the_first(text: str) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(5, 10), _at(5, 20)], times


def test_a_fall_minutes_later_is_no_second_launch() -> None:  # the control
    text = "The rocket was fired at 5:10 a.m. and fell about 10 minutes later."
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [_at(5, 10)]


def test_minutes_after_a_conjunction_and_a_comma_are_a_second_time() -> None:
    text = "北朝鮮は15日午後5時5分と、17分ごろ、2回にわたって新浦付近から発射した。"
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(17, 5), _at(17, 17)], times


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("弾頭部の到達距離は約650キロ。", [{"range_km": 650.0}]),
        ("このミサイルの最大到達距離は約1万キロとされる。", []),
    ],
)
def test_a_reach_of_this_flight_is_a_range_and_a_maximum_is_not(
    text: str, figures: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


def test_a_launch_base_named_by_a_place_the_gazetteer_lacks_is_a_todo() -> None:
    text = "発射基地は北朝鮮北西部の義州(ウィジュ)付近。"
    assert _todos(text)
    assert [f for k, f in _items(text) if k == "launch"] == []


def test_a_launch_base_the_gazetteer_knows_is_the_site() -> None:  # the control
    text = "発射基地は北朝鮮東部の新浦付近。"
    assert _todos(text) == []
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Sinpo"}]


def test_a_side_of_a_place_the_gazetteer_lacks_is_a_todo() -> None:
    text = "북한군이 오전 4시 40분 평산 남쪽에서 동해상으로 미사일 1발을 발사했다."
    assert _todos(text)
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]


def test_a_direction_with_the_flight_and_no_distance_is_the_launchs() -> None:
    assert _items("2発とも太平洋へ向け南東方向に飛翔。") == [("launch", {"direction": "SE"})]


def test_the_sea_on_a_side_of_a_place_is_a_todo_beside_the_fall() -> None:
    text = "落下したのは日本列島寄りの日本海とみられる。"
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Sea of Japan"}]
    assert _todos(text)


def test_a_launch_detected_as_it_was_fired() -> None:
    text = "北朝鮮が15日午前7時5分ごろ、新浦付近から撃つのを探知した。"
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 5), "at": "Sinpo"}]


def test_fired_at_as_a_target_is_no_launch() -> None:  # the control
    assert [k for k, _ in _items("迎撃ミサイルで撃つのを探知した。") if k == "launch"] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は江原道通川(トンチョン)と、隣接する元山一帯から東方向に弾道ミサイルを発射した。",
        "북한이 강원도 통천 기지와 원산 주변 기지에서 동쪽으로 미사일을 발사했다.",
    ],
)
def test_an_unknown_site_listed_with_a_known_one(text: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"at": "North Korea", "direction": "E"}, {"at": "Wonsan", "direction": "E"}]
    assert _todos(text)


def test_an_unknown_site_listed_without_north_korea_named_is_not_split() -> None:  # control
    text = "통천 기지와 원산 주변 기지에서 동쪽으로 미사일이 발사됐다."
    assert [f for k, f in _items(text) if k == "launch" and f.get("at") == "North Korea"] == []


# --------------------------------------------------------------------------- round 20


def test_a_side_of_an_unknown_peninsula_after_a_city_is_no_site() -> None:
    text = (
        "합참은 “북한이 15일 오후 3시께 함경남도 함흥 대진반도 남쪽에서 "
        "동남부 방향으로 발사체 2발을 쐈다”고 밝혔다."
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == [{"time": _at(15, 0), "at": "North Korea", "direction": "SE"}]
    assert _todos(text)


def test_a_side_of_a_city_stays_the_city() -> None:  # the control (round 19: a coastal place)
    text = "북한이 15일 오후 3시께 함흥 남쪽에서 동남부 방향으로 발사체 2발을 쐈다."
    assert [f for k, f in _items(text) if k == "launch"] == [
        {"time": _at(15, 0), "at": "Hamhung", "direction": "SE"}
    ]


def test_a_part_of_the_country_is_no_direction() -> None:  # the control of "동남부 방향"
    assert [f.get("direction") for k, f in _items("북한은 서북부 지역에서 발사체를 쐈다.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "군은 그제 오전 6시 15분쯤 북한의 순항미사일 발사 징후를 포착해 감시 중이라고 밝혔다.",
        "防衛省は14日午前10時ごろ、北朝鮮の弾道ミサイル発射の兆候を把握していた。",
        "Officials said they had seen signs of an imminent launch at around 10 a.m. on Tuesday.",
    ],
)
def test_a_time_of_signs_of_a_launch_is_no_launch_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch" and "time" in f] == []


@pytest.mark.parametrize(
    "text",
    [
        "북한이 오전 6시 15분 순항미사일을 발사했고, 군은 추가 발사 징후를 감시하고 있다.",
        "북한은 발사 징후가 포착된 뒤 오전 6시 15분에 순항미사일을 쐈다.",
        "Seoul saw no signs of trouble, and North Korea fired a missile at 6:15 a.m.",
        "Seoul saw no signs of trouble before North Korea fired a missile at 6:15 a.m.",
    ],
)
def test_a_launch_time_beside_signs_stays(text: str) -> None:  # controls
    assert [f["time"] for k, f in _items(text) if k == "launch"] == [_at(6, 15)]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("North Korea fired a missile at 9 a.m. near an airfield in the eastern city of Wonsan.",
         "Wonsan Kalma Airport"),
        ("North Korea fired a missile at 9 a.m. from an air base in the city of Kusong.",
         "Panghyon Airport"),
        ("North Korea fired a missile at 9 a.m. from the northwestern city of Kusong.",
         "Kusong City"),  # the control: the city, no airfield named
        ("North Korea fired a missile at 9 a.m. from an air base in the city of Sunchon.",
         "Sunchon"),  # the control: no airfield of the gazetteer within 10 km
    ],
)  # fmt: skip
def test_an_airfield_in_a_city_is_the_gazetteers_airfield_there(text: str, site: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(9, 0), "at": site}]


@pytest.mark.parametrize(
    "text",
    [
        "북한은 지난달 12일 함흥 일대에서 동해상으로 발사체 2발을 쐈다.\n"
        "비행거리는 약 410㎞, 고도는 약 45㎞로 탐지됐다.",
        "北朝鮮は先月3日にも平壌付近から弾道ミサイル1発を発射した。\n"
        "飛行距離は約410キロ、高度は約45キロだった。",
    ],
)
def test_figures_on_the_line_after_another_launch_are_its(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "figure"] == []


def test_figures_on_the_line_after_this_launch_stay() -> None:  # the control
    text = (
        "북한은 15일 오전 6시 함흥 일대에서 발사체 2발을 쐈다.\n"
        "비행거리는 약 410㎞, 고도는 약 45㎞로 탐지됐다."
    )
    assert [f for k, f in _items(text) if k == "figure"] == [
        {"range_km": 410.0},
        {"apogee_km": 45.0},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The rockets were fired westward from areas near Hamhung at around 9 a.m. during a time "
        "period of more than 30 minutes, officials said.",
        "North Korea fired artillery rockets from Wonsan at 4 p.m. for about 25 minutes.",
    ],
)
def test_a_start_then_a_length_is_a_span(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch" and "time" in f] == []
    assert _todos(text)


def test_a_flight_of_minutes_after_a_launch_time_is_no_span() -> None:  # the control
    text = "North Korea fired a missile from Wonsan at 4 p.m. and it flew for about 25 minutes."
    assert _items(text) == [
        ("launch", {"time": _at(16, 0), "at": "Wonsan"}),
        ("figure", {"flight_min": 25.0}),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("ミサイルは東シナ海を1時間12分かけてS字の軌道で900キロ飛行したと主張した。", 72.0),
        ("楕円の軌道で3時間あまり、2000キロを飛行し、標的に命中したという。", 180.0),
    ],
)
def test_a_flight_time_in_hours_and_minutes(text: str, minutes: float) -> None:
    assert [f for k, f in _items(text) if k == "figure" and "flight_min" in f] == [
        {"flight_min": minutes}
    ]


@pytest.mark.parametrize(
    "text",
    ["北朝鮮は11時間後に再び発射した。", "発射の2時間前に飛行禁止区域が設定された。"],
)
def test_hours_before_or_after_are_no_flight_time(text: str) -> None:  # controls
    assert [f for k, f in _items(text) if k == "figure"] == []


def test_a_distance_the_flight_path_simulated_is_a_range() -> None:
    text = (
        '통신은 "발사된 미사일은 조선 서해에 설정된 800㎞ 계선의 거리를 모의한 타원형 비행궤도를 '
        '3,000초간 비행하여 표적을 명중 타격하였다"고 보도했다.'
    )
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 800.0}]
    assert _todos(text)  # the target struck


def test_a_distance_to_an_island_target_is_no_range() -> None:  # the control
    text = '통신은 "방사포탄은 600㎞ 거리의 섬 목표를 명중 타격하였다"고 보도했다.'
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The rockets flew for 3,100 to 3,150 seconds, KCNA said.",
        "ミサイルは3000～3100秒間飛行した。",
        "미사일은 3,100∼3,150초간 비행했다.",
    ],
)
def test_a_span_of_seconds_is_a_todo_and_no_flight_time(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []
    assert _todos(text)


def test_one_flight_time_in_seconds_stays() -> None:  # the control
    assert _items("ミサイルは3100秒間飛行した。") == [("figure", {"flight_s": 3100.0})]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は、ミサイルが標的を命中打撃したと主張した。",
        "통신은 미사일이 표적을 명중 타격하였다고 보도했다.",
        "KCNA said the rockets precisely hit designated targets.",
    ],
)
def test_a_target_struck_is_a_todo(text: str) -> None:
    assert _todos(text)
    assert [k for k, _ in _items(text) if k == "fall"] == []


def test_preset_targets_in_a_sea_are_a_fall_there() -> None:
    text = "The missiles accurately hit designated targets in the Yellow Sea, KCNA said."
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": "Yellow Sea"}]


def test_a_storm_that_hit_a_region_is_no_target() -> None:  # the control
    assert _todos("A typhoon hit the region on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("北朝鮮は15日午前9時ごろ、咸興付近から東の日本海へ向けミサイル1発を発射した。", "E"),
        ("北朝鮮は15日、数発の飛翔体を南西の黄海側に向けて発射した。", "SW"),
    ],
)
def test_a_compass_word_before_a_sea_and_towards_is_the_direction(
    text: str, direction: str
) -> None:
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [direction]


def test_a_side_of_a_place_before_a_sea_is_no_direction() -> None:  # the control
    text = "ミサイルは朝鮮半島の東の日本海に向けて飛んだ。"
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は午後3時ごろ、東部の咸興に近い大津半島から日本海に向けて2発を発射した。",
        "합참은 “15일 오후 3시쯤 북한 함경남도 함흥 인근 대진반도에서 발사체 2발이 "
        "발사됐다”고 말했다.",
        "북한 잠수함이 동해 신창만 수역에서 미사일 2기를 발사하였다.",
        "訓練が、15日未明、東部の平安北道の湾で行われたと伝えた。",
    ],
)
def test_a_peninsula_or_bay_the_gazetteer_lacks_is_a_todo(text: str) -> None:
    assert _todos(text)
    assert [f.get("at") for k, f in _items(text) if k == "launch"] in ([], ["North Korea"])


def test_a_room_is_no_site() -> None:  # the control ("…에서" after a word that is no feature)
    assert _todos("북한이 15일 오전 국회에서 발표했다.") == []


@pytest.mark.parametrize(
    "text",
    [
        "북한이 함경남도 신포 인근 잠수함에서 미사일 2기를 발사했다.",
        "합참은 북한이 신포 인근 해상의 '영웅잠수함'에서 시험 발사한 미사일을 포착했다고 밝혔다.",
        "North Korea fired a missile from a submarine in waters off the North's eastern coastal "
        "city of Sinpo.",
    ],
)
def test_a_submarine_near_a_place_is_a_launch_there(text: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["Sinpo"]


def test_a_place_near_a_site_the_gazetteer_lacks_stays_no_site() -> None:  # the control
    text = "북한이 15일 오전 7시 평양 인근 상원 일대에서 발사체를 쐈다."
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["North Korea"]


@pytest.mark.parametrize(
    "text",
    [
        "巡航ミサイルは午後3時以降、複数発発射され、約200キロ飛行した。",
        "The missile flew 300 km into the western waters.",
    ],
)
def test_an_open_span_and_a_side_of_the_country_are_todos(text: str) -> None:
    assert _todos(text)
    assert [f for k, f in _items(text) if k == "launch" and "time" in f] == []


def test_a_side_of_the_peninsula_and_its_sea_is_a_todo() -> None:
    text = "北朝鮮が同日午前9時ごろ、朝鮮半島東側の日本海上に弾道ミサイル1発を発射した。"
    assert _todos(text)
    assert [k for k, _ in _items(text) if k == "fall"] == []


# --------------------------------------------------------------------------- round 21


@pytest.mark.parametrize(
    "text",
    [
        "발사된 미사일은 약 15㎞의 고도에서 공중폭발한 것으로 보인다.",
        "軍によると、ミサイルは高度約15キロで空中爆発した。",
        "Officials said the rocket blew up at an altitude of roughly 15 kilometers.",
        "The missile exploded shortly after lift-off at a height of about 15km, officials said.",
    ],
)
def test_an_altitude_where_a_missile_exploded_is_no_apogee(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []
    assert _todos(text)


@pytest.mark.parametrize(
    "text",
    [
        "ミサイルは高度約15キロメートルまで上昇し、その後空中で爆発した。",
        "미사일은 최고고도 15㎞까지 올라간 뒤 공중에서 폭발했다.",
        "The missile reached an altitude of 15 km before it exploded.",
    ],
)
def test_an_apogee_told_before_an_explosion_stays(text: str) -> None:  # the control
    assert [f for k, f in _items(text) if k == "figure"] == [{"apogee_km": 15.0}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は3月にも、SLBM1発を発射しており、40キロほどを飛行した。",
        "북한은 3월에도 SLBM 1발을 발사했으며 40여㎞를 비행했다.",
    ],
)
def test_figures_of_a_launch_in_another_month_named_alone_are_not_items(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


def test_a_month_named_alone_that_is_the_statements_stays() -> None:  # the control
    text = "北朝鮮は9月にも、ミサイル1発を発射しており、40キロほどを飛行した。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 40.0}]


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は19年5月、新型ミサイルの試射に成功したと伝えたことがある。"
        "3時間あまりにわたって900キロメートル飛行したという。",
        "The North said it had tested a new missile in March 2019. It flew 900 km in 30 minutes.",
    ],
)
def test_figures_right_after_a_launch_of_another_year_are_not_items(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は19年5月、新型ミサイルの試射に成功したと伝えたことがある。"
        "今回のミサイルは約900キロ飛行した。",
        "北朝鮮は19年5月、新型ミサイルの試射に成功したと伝えたことがある。\n"
        "ミサイルは約900キロ飛行した。",
    ],
)
def test_figures_of_this_launch_after_another_years_stay(text: str) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 900.0}]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("KCNAによると、ミサイルは1時間5分10秒にわたって飛行した。", [3910.0]),
        ("통신은 미사일이 1시간 40분 20초를 비행해 표적에 명중했다고 전했다.", [6020.0]),
        ("ミサイルは1時間5分10秒、1時間6分20秒、東の海の上空を飛行した。", [3910.0, 3980.0]),
    ],
)
def test_a_flight_in_hours_minutes_and_seconds(text: str, seconds: list[float]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure" and "flight_s" in f] == (
        seconds
    )


@pytest.mark.parametrize(
    "text",
    [
        "미사일은 5,000(1시간23분20초)∼5,010s(1시간23분30초)간 비행하였다.",
        "発表は1時間5分10秒遅れて行われた。",
    ],
)
def test_seconds_told_again_in_brackets_or_without_a_flight_are_none(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure" and "flight_s" in f] == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("통신은 미사일들이 약 1시간 20분을 비행했다고 밝혔다.", 80.0),
        ("KCNAは、ミサイルは3時間強にわたって約900キロ飛行したとしている。", 180.0),
        ("ミサイル2発は東の海の上空をそれぞれ3時間超、飛翔した。", 180.0),
        ("2発のミサイルはそれぞれ約3時間、円形に900キロの距離を飛行した。", 180.0),
    ],
)
def test_flight_times_in_hours_told_with_their_path(text: str, minutes: float) -> None:
    assert [f["flight_min"] for k, f in _items(text) if k == "figure" and "flight_min" in f] == [
        minutes
    ]


def test_hours_after_a_launch_are_no_flight_time() -> None:  # the control
    text = "発射から3時間後、軍は別のミサイルが飛行したと発表した。"
    assert [f for k, f in _items(text) if k == "figure" and "flight_min" in f] == []


@pytest.mark.parametrize(
    "text",
    [
        "통신은 “서해에 설정된 900km 거리의 원형 비행 궤도를 따라 1시간 넘게 비행해 표적을 "
        "명중했다”고 전했다.",
        "통신은 “미사일들이 3시간 10분을 비행하여 900㎞계선의 표적 섬에 명중했다”고 전했다.",
        "訓練では2発のミサイルが3時間近く飛行し、900キロ先の黄海に設定された目標に命中したという。",
        "The missiles hit their targets, flying in circular and oval patterns for some 900 "
        "kilometres, KCNA said.",
    ],
)
def test_kcnas_ranges_told_by_a_path_or_a_target(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure" and "range_km" in f] == [
        {"range_km": 900.0}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "통신은 900km 거리의 섬 목표를 타격하는 훈련이라고 설명했다.",
        "The drill showed that the missiles can hit targets 900 kilometers away.",
        "ミサイルは900キロ先まで届く能力があるとされる。",
    ],
)
def test_a_target_at_a_distance_not_struck_or_a_bound_is_no_range(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure" and "range_km" in f] == []


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        ("4発のミサイルは黄海に設定された標的に命中したという。", "Yellow Sea"),
        ("통신은 미사일들이 서해상에 설정된 표적을 정확히 타격했다고 밝혔다.", "Yellow Sea"),
    ],
)
def test_a_target_set_in_a_named_sea_is_a_fall_there(text: str, sea: str) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [{"sea": sea}]


def test_a_path_set_over_a_sea_is_no_fall() -> None:  # the control
    text = "통신은 미사일들이 서해에 설정된 타원형 비행 궤도를 따라 비행했다고 밝혔다."
    assert [k for k, _ in _items(text) if k == "fall"] == []


@pytest.mark.parametrize(
    "text",
    [
        "韓国軍は15日朝、北朝鮮東部の元山付近の海上で巡航ミサイル数発を探知していた。",
        '합참은 "오늘 오전 6시경 북한 원산 인근 해상에서 순항미사일 여러 발을 포착했다"고 밝혔다.',
        "The JCS said the launch took place around 6 a.m. in waters off Wonsan.",
        "The missiles were fired from waters northeast of the port city of Wonsan.",
    ],
)
def test_missiles_detected_or_launched_in_waters_off_a_place_are_a_launch_there(
    text: str,
) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ["Wonsan"]


@pytest.mark.parametrize(
    "text",
    [
        "合同参謀本部は元山付近の海上で潜水艦の動きを捕捉したと明らかにした。",
        "합참은 원산 인근 해상에서 잠수함의 움직임을 포착했다고 밝혔다.",
    ],
)
def test_a_vessel_detected_is_no_launch(text: str) -> None:  # the controls
    assert [f for k, f in _items(text) if k == "launch" and f.get("at") == "Wonsan"] == []


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮は咸興付近から北東に向けて撃ち、射程は300キロ前後とみられるという。",
        "The rockets were launched from Hamhung and flew about 190 miles northeast.",
    ],
)
def test_a_launch_verbs_stem_and_a_direction_after_miles(text: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"at": "Hamhung", "direction": "NE"}]


def test_shooting_down_is_no_launch() -> None:  # the control
    assert [
        k for k, _ in _items("迎撃ち落とす訓練を、北朝鮮は元山付近で行った。") if k == "launch"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "북한이 15일 서해안 일대에서 방사포 4발을 서쪽으로 발사했다.",
        "2発は南部から日本海に向けて発射されたという。",
        "An official said they were fired from inland North Korea.",
        "巡航ミサイルとみられ、内陸部を中心に飛行したと推定される。",
        "군은 미사일이 내륙 상공을 대부분 비행한 것으로 본다.",
        "The missiles are thought to have flown largely over inland areas.",
        "ミサイルは目標の島に命中したと伝えた。",
        "통신은 순항미사일이 목표 섬을 명중했다고 밝혔다.",
        "北朝鮮は平壌近くの大同江河口から発射したとしている。",
        "The missile was launched in waters west of the Korean peninsula, the JCS said.",
    ],
)
def test_sides_inland_flights_target_islands_and_river_mouths_are_todos(text: str) -> None:
    assert _todos(text)
    assert [f.get("at") for k, f in _items(text) if k == "launch"] in ([], ["North Korea"])


@pytest.mark.parametrize(
    "text",
    [
        "북한이 15일 오전 원산 일대에서 미사일 2발을 발사했다.",
        "北朝鮮は平安北道西部の亀城付近から発射した。",
    ],
)
def test_a_named_site_is_no_side(text: str) -> None:  # the controls
    assert _todos(text) == []


def test_a_later_page_reads_the_day_most_statements_tell() -> None:
    texts = (
        "출처: A, 2021-09-15, http://a.example\n북한이 15일 오전 순항미사일 2발을 발사했다.\n\n"
        "출처: B, 2021-09-15, http://b.example\n北朝鮮は15日、巡航ミサイル2発を発射した。\n\n"
        "출처: C, 2021-09-18, http://c.example\n통신은 어제 발사한 로켓에 대해 보도했다. 또한 지난 "
        '15일 발사한 순항미사일이 "1시간 40분 20초를 비행했다"고 전했다.'
    )
    draft = read_draft([("t.txt", texts)])
    assert [dict(i.fields) for i in draft.items if i.kind == "figure"] == [{"flight_s": 6020.0}]
    alone = read_draft([("t.txt", texts.split("\n\n")[2])])  # the control: that page alone
    assert [i for i in alone.items if i.kind == "figure"] == []


def test_a_period_from_another_month_up_to_now_stays_read() -> None:  # the control
    text = "北朝鮮は3月以降、ミサイル発射を繰り返しており、今回のミサイルは約40キロ飛行した。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"range_km": 40.0}]


# --------------------------------------------------------------------------- round 22


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The rockets' maximum range is estimated to be 90 km, the ministry added.", []),
        ("Its maximum range was believed to be 300 kilometers.", []),
        # controls: a flight told with "maximum" elsewhere, a plain flight
        ("The shells flew about 90 km, the maximum the army had expected.", [{"range_km": 90.0}]),
        ("The rockets flew 55 km before landing, the ministry said.", [{"range_km": 55.0}]),
    ],
)  # fmt: skip
def test_a_maximum_range_told_with_a_guess_is_no_figure(
    text: str, figures: list[dict[str, float]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "ats"),
    [
        ("北朝鮮は15日午前10時ごろ、黄海沿岸地域から西に短距離弾を5発発射した。発射地点は元山付近とみられる。",
         ["North Korea", "Wonsan"]),
        ("北朝鮮は15日午前9時ごろ、東海岸一帯からロケット弾を発射した。発射地点は咸興付近だった。",
         ["North Korea", "Hamhung"]),
        # the control: a launch told without a coast takes the site told after it
        ("北朝鮮は15日午前9時ごろ、ロケット弾を5発発射した。"
         "発射地点は咸興付近だった。", ["Hamhung"]),
    ],
)  # fmt: skip
def test_a_launch_told_from_a_coast_keeps_it_beside_the_site_told_later(
    text: str, ats: list[str]
) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ats
    assert (text.split("。")[0] + "。" in _todos(text)) == (len(ats) == 2)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Two rockets were fired at 9:10 a.m. from the DPRK's western Nampo area.", "Nampo"),
        ("The shells were launched at 5 a.m. from the DPRK's eastern Hamhung area.", "Hamhung"),
        # the control: the country's coast alone names no site (the firer only)
        ("The DPRK fired two rockets at 9:10 a.m. from the DPRK's east coast.", "North Korea"),
    ],
)
def test_a_city_after_the_dprks_side_is_the_site(text: str, at: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [at]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("北朝鮮は午前7時ごろ、平壌の北約100キロ地点の亀城付近から弾道ミサイル1発を発射した。",
         "Kusong City"),
        ("북한이 오전 7시쯤 평안북도 방현(평양 북방 100㎞) 일대에서 탄도미사일 1발을 발사했다.",
         "Panghyon Airport"),
        ("北朝鮮は午前7時ごろ、新浦(咸興の東60キロ)付近から1発を発射した。", "Sinpo"),
    ],
)  # fmt: skip
def test_a_known_site_placed_by_a_distance_from_another_is_the_site(text: str, at: str) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 0), "at": at}]


@pytest.mark.parametrize(
    "text",
    [  # controls: a distance from a place with no site named is the position
        "북한이 오전 7시쯤 평양 북방 100㎞ 지점에서 탄도미사일 1발을 발사했다.",
        "北朝鮮は午前7時ごろ、平壌の北100キロ地点から弾道ミサイル1発を発射した。",
    ],
)
def test_a_distance_from_a_place_alone_is_the_launch_position(text: str) -> None:
    (launch,) = [f for k, f in _items(text) if k == "launch"]
    assert (launch["from"], launch["distance_km"], launch["bearing"]) == ("Pyongyang", 100.0, "N")


def test_the_day_told_in_the_sentence_before_holds_for_a_time_after_it() -> None:
    text = (
        "The military had seen signs of the launch on the 14th and was ready. "
        "We tracked two missiles fired from North Korea around 9 p.m., the military said."
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f["time"] for f in launches] == [_at(21, 0, dt.date(2021, 9, 14))]
    alone = "We tracked two missiles fired from North Korea around 9 p.m., the military said."
    assert [f["time"] for k, f in _items(alone) if k == "launch"] == [_at(21, 0)]  # the control


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("북한은 이날 오전 7시께 평양 순안 일대에서 동쪽으로 미사일 3발을 발사하고, "
         "오전 9시께 2발을 추가로 발사했다.",
         [_at(7, 0), _at(9, 0)]),
        ("北朝鮮は午前7時ごろ平壌から東に3発を発射し、午前9時ごろ2発を追加で発射した。",
         [_at(7, 0), _at(9, 0)]),
        # the control: a second verb with no count of its own is no second salvo
        ("북한은 이날 오전 7시께 평양 순안 일대에서 미사일을 발사하고, 오전 9시께 이를 발표했다.",
         [_at(7, 0)]),
    ],
)  # fmt: skip
def test_salvos_told_with_their_counts_in_one_sentence_are_launches_each(
    text: str, times: list[dt.datetime]
) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f["time"] for f in launches] == times
    assert launches[0]["direction"] == "E" if len(times) == 2 else "direction" not in launches[0]
    # (round 25: a later salvo keeps the first's site, as the corpus lists holdout 22's salvos,
    # but not its direction)
    assert all("direction" not in f and f["at"] == launches[0]["at"] for f in launches[1:])


@pytest.mark.parametrize(
    ("text", "at", "todo"),
    [
        ("북한이 함흥 인근 동해안에서 오전 8시께 로켓 4발을 발사했다.", "Hamhung", False),
        ("北朝鮮は午前8時ごろ、元山近くの海岸からロケット4発を発射した。", "Wonsan", False),
        # controls: the country's coast alone, an unknown peninsula near the town
        ("북한이 동해안에서 오전 8시께 로켓 4발을 발사했다.", "North Korea", True),
        ("북한이 원산 인근 갈마반도에서 오전 8시께 로켓 4발을 발사했다.", "North Korea", True),
    ],
)
def test_the_coast_near_a_town_is_the_town(text: str, at: str, todo: bool) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(8, 0), "at": at}]
    assert bool(_todos(text)) == todo


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("통신은 미사일들이 1230㎞ 타원형 궤도를 따라 비행했다고 밝혔다.", [{"range_km": 1230.0}]),
        ("미사일은 940㎞의 8자형 궤도를 따라 비행한 뒤 낙하했다.", [{"range_km": 940.0}]),
        ("The shells followed an oval trajectory of 820 kilometers, the agency said.",
         [{"range_km": 820.0}]),
        ("ミサイルは800キロを約1時間5分飛行した。", [{"range_km": 800.0}, {"flight_min": 65.0}]),
        # controls: a distance not flown along the path, a type's reach
        ("발사 지점은 평양에서 120㎞ 떨어진 곳으로 알려졌다.", []),
        ("The type has a maximum range of 2,000 kilometers.", []),
    ],
)  # fmt: skip
def test_the_length_of_a_path_flown_is_a_range(text: str, figures: list[dict[str, float]]) -> None:
    assert sorted(map(str, (f for k, f in _items(text) if k == "figure"))) == sorted(
        map(str, figures)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The drones flew for almost 4,000 seconds before reaching their targets, KCNA said.",
        "통신은 순항미사일이 표적에 명중했다고 전했다.",
        "同通信によると、ミサイルは標的に「命中」したという。",
        "Pyongyang said it carried out a test from its east coast on Monday.",
        "北朝鮮は朝鮮半島東側の日本海上で巡航ミサイルの発射訓練を行った。",
    ],
)
def test_bounds_struck_targets_and_sides_are_todos(text: str) -> None:
    assert text in _todos(text)
    assert [f for k, f in _items(text) if k in ("figure", "fall")] == []


def test_a_flight_time_in_seconds_told_exactly_is_read() -> None:  # the control
    text = "The drones flew for 4,000 seconds before reaching their targets, KCNA said."
    assert [f for k, f in _items(text) if k == "figure"] == [{"flight_s": 4000.0}]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("통신은 두 미사일이 각각 5120초와 5133초 동안 비행했다고 밝혔다.", [5120.0, 5133.0]),
        ("통신은 미사일이 4410초 동안 비행했다고 밝혔다.", [4410.0]),
        ("통신은 미사일이 4410~4425초 동안 비행했다고 밝혔다.", []),  # the control: a span
    ],
)
def test_flight_times_in_seconds_told_in_korean(text: str, seconds: list[float]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure"] == seconds


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("通信によると、ミサイルは1200キロの飛行区間を円形軌道に沿って飛行した。",
         [{"range_km": 1200.0}]),
        ("통신은 미사일이 1200㎞의 비행구간을 원형 및 8자형 궤도를 따라 비행했다고 전했다.",
         [{"range_km": 1200.0}]),
        ("通信によると、ミサイルは約3時間かけて、円形の軌道で900キロ飛行した。",
         [{"flight_min": 180.0}, {"range_km": 900.0}]),
        ("통신은 미사일이 약 1시간 10분 동안 9백 킬로미터를 날아갔다고 전했다.",
         [{"flight_min": 70.0}, {"range_km": 900.0}]),
        ("The drones flew along oval orbits of 900 km for more than three hours, KCNA said.",
         [{"flight_min": 180.0}, {"range_km": 900.0}]),
        # controls: hours that are no flight time
        ("通信によると、準備に3時間かけて、ミサイルは900キロ先の標的を狙った。", []),
        ("The drill lasted for more than three hours, officials said.", []),
    ],
)  # fmt: skip
def test_kcna_stretches_flown_and_hours_taken(text: str, figures: list[dict[str, float]]) -> None:
    assert sorted(map(str, (f for k, f in _items(text) if k == "figure"))) == sorted(
        map(str, figures)
    )


@pytest.mark.parametrize(
    "text",
    [
        "합참은 북한이 오전 9시께 내륙에서 동해상으로 미사일 2발을 발사했다고 밝혔다.",
        "We detected two missiles fired from the mainland into the sea at 9 a.m.",
    ],
)
def test_inland_and_the_mainland_are_todos(text: str) -> None:
    assert text in _todos(text)
    assert {f.get("at") for k, f in _items(text) if k == "launch"} <= {None, "North Korea"}


def test_a_day_named_only_to_compare_leaves_the_sentence_this_launchs() -> None:
    base = "출처: T, 2021-09-15, http://t.example\n북한이 15일 오전 9시께 미사일 2발을 발사했다.\n"
    told = (
        base
        + "이번 발사 장소는 지난 9일 발사 때와 같은 함흥 인근 무명반도 쪽이며, "
        + "낙하지점은 공해상이다."
    )
    other = (
        base + "지난 9일에는 함흥 인근 무명반도 쪽에서 발사했으며, 낙하지점은 공해상이었다."
    )  # control
    assert any("무명반도" in s for s in _todos(told))
    assert not any("무명반도" in s for s in _todos(other))
    assert [f for k, f in _items(told) if k == "launch"] == [
        {"time": _at(9, 0), "at": "North Korea"}
    ]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The first salvo of four rockets was launched around 5:10 a.m., followed by two more at "
         "5:40 a.m. and three more at 6:02 a.m.", [_at(5, 10), _at(5, 40), _at(6, 2)]),
        ("Six shells were fired at 5:10 a.m. KST, followed by an additional four at 5:40 a.m.",
         [_at(5, 10), _at(5, 40)]),
        # the control: what follows is no salvo
        ("North Korea fired a missile at 5:10 a.m., followed by a statement at 6 a.m.",
         [_at(5, 10)]),
    ],
)  # fmt: skip
def test_salvos_followed_by_more_at_a_time_are_launches_each(
    text: str, times: list[dt.datetime]
) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch"] == times


# --------------------------------------------------------------------------- round 23


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("북한은 이날 오후 함흥 일대에서 발사체 3발을 동해로 발사했다. "
         "북한은 2시5분 1발, 2시40분에 2발을 쏘아 올렸다.", [_at(14, 5), _at(14, 40)]),
        ("北朝鮮は15日午後、咸興付近から飛翔体を発射した。北朝鮮は3時10分に1発、3時50分に2発を"
         "発射した。", [_at(15, 10), _at(15, 50)]),
        # controls: the sentence before tells the morning, or both halves, or a time of its own;
        # or the sentence itself tells its half
        ("북한은 이날 오전 함흥 일대에서 발사체 3발을 발사했다. 북한은 2시5분 1발을 쏘아 올렸다.",
         [_at(2, 5)]),
        ("북한은 이날 오전과 오후 함흥 일대에서 발사체를 쐈다. 북한은 2시5분 1발을 쏘아 올렸다.",
         [_at(2, 5)]),
        ("북한은 이날 오후 1시 함흥 일대에서 발사체를 발사했다. 북한은 5시5분 1발을 쏘아 올렸다.",
         [_at(13, 0), _at(5, 5)]),
        ("북한은 이날 오후 함흥 일대에서 발사체를 발사했다. 북한은 새벽 2시5분 1발을 쏘아 올렸다.",
         [_at(2, 5)]),
    ],
)  # fmt: skip
def test_times_after_a_sentence_telling_the_afternoon_alone(
    text: str, times: list[dt.datetime]
) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("북한은 이날 함흥 일대에서 사거리 70km가량의 발사체 2발을 발사했다.", []),
        ("北朝鮮は咸興付近から射程約70キロの飛翔体2発を発射した。", []),
        ("북한은 이날 함흥 일대에서 사거리 70km 정도의 단거리 발사체 2발을 발사했다.", []),
        # controls: the flight's own figure stays
        ("북한은 이날 함흥 일대에서 발사체 2발을 발사했으며 발사체는 70km가량을 비행했다.", [70.0]),
        ("北朝鮮は咸興付近から飛翔体2発を発射し、約70キロ飛行した。", [70.0]),
    ],
)
def test_a_range_qualifying_a_projectile_is_no_figure(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure" and "range_km" in f] == ranges


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("합참에 따르면 우리 군은 이날 오전 7시경 북측이 함흥 남동방 해상으로 발사한 미사일을 "
         "포착했다.", {"time": _at(7, 0)}),
        # controls: from the place, the side is the way they flew; from the sea off the place
        # (round 16) the place is the site
        ("북한은 이날 오전 7시경 함흥에서 남동방 해상으로 미사일을 발사했다.",
         {"time": _at(7, 0), "at": "Hamhung", "direction": "SE"}),
        ("북한은 이날 오전 7시경 신포 동북방 동해상에서 미사일을 발사했다.",
         {"time": _at(7, 0), "at": "Sinpo"}),
    ],
)  # fmt: skip
def test_missiles_fired_into_the_sea_off_a_place(text: str, launch: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [launch]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "The JCS said it detected missiles launched into waters southeast of Hamhung in the "
            "North's South Hamgyong Province at around 7 a.m.",
            None,
        ),
        # controls: from the place, or from the province alone
        (
            "The JCS said missiles were launched from Hamhung in the North's South Hamgyong "
            "Province at around 7 a.m.",
            "Hamhung",
        ),
        (
            "The JCS said missiles were launched from the North's South Hamgyong Province at "
            "around 7 a.m.",
            "North Korea",
        ),
    ],
)
def test_a_province_telling_where_a_place_is_gives_no_site(text: str, at: str | None) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [at]


def test_a_lost_space_after_a_sea_or_a_clock_ends_the_sentence() -> None:
    text = (
        "The military said North Korea fired missiles toward the Yellow Sea.The military said "
        "it detected missiles launched into waters west of Nampho at around 7 a.m.The US agreed."
    )
    assert [f for k, f in _items(text) if k == "launch"] == [{"time": _at(7, 0)}]


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("防衛省は15日午前7時20分ごろ、北朝鮮から弾道ミサイルの可能性があるものが発射されたと発表"
         "した。", False),
        # control: the launch told as a launch, not as the flash's possibility
        ("防衛省は、15日午前7時20分ごろ、北朝鮮が内陸部から弾道ミサイル1発を発射したと発表した。",
         True),
    ],
)  # fmt: skip
def test_the_time_of_a_flash_in_japanese_is_no_launch_time(text: str, timed: bool) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert (times == [_at(7, 20)]) is timed and (times in ([], [None]) or timed)


@pytest.mark.parametrize(
    ("between", "falls"),
    [
        ("Information is being shared closely with the United States and Japan. "
         "Japan lodges protest after missile launch\n", 1),
        # controls: a second missile told between, or a place named between
        ("A second missile was launched minutes later.\n", 2),
        ("Officials in Hamhung were told of it.\n", 2),
    ],
)  # fmt: skip
def test_a_zone_told_after_sentences_naming_other_countries_joins_the_fall(
    between: str, falls: int
) -> None:
    text = (
        "The JCS said the missile was launched from Hamhung at 7 a.m. and flew about 400 "
        "kilometers before landing in the East Sea.\n"
        + between
        + "Japan's government said the projectile likely landed outside Japan's exclusive "
        "economic zone."
    )
    assert len([f for k, f in _items(text) if k == "fall"]) == falls


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("합참은 북측이 함흥 남동방 해상으로 발사한 미사일 수발을 포착했다고 밝혔다.", True),
        ("북한은 함흥 인근 동해상으로 미사일 2발을 발사했다.", True),
        ("The military said it detected missiles launched into waters southeast of Hamhung.", True),
        # controls: fired from the sea off the place, or into a sea alone
        ("북한은 신포 동북방 동해상에서 미사일 2발을 발사했다.", False),
        ("북한은 함흥 일대에서 동해상으로 미사일 2발을 발사했다.", False),
        ("The military said North Korea fired missiles into the East Sea from Hamhung.", False),
    ],
)
def test_missiles_fired_into_the_sea_off_a_place_are_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("The missiles were launched about 7 a.m. Wednesday off the eastern coastal city of "
         "Hamhung, the military said.", "Hamhung"),
        ("The missiles were launched at 7 a.m. off the port city of Hamhung.", "Hamhung"),
        # control: "off" alone is not read
        ("The missiles were launched at 7 a.m. off Hamhung.", None),
    ],
)  # fmt: skip
def test_launched_off_a_city_told_as_one_is_the_city(text: str, at: str | None) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [at]


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("The ministry said North Korea fired two volleys from its southeastern coast.", True),
        ("The ministry said North Korea fired two volleys off its northern coast.", True),
        # control: another country's coast is no side of North Korea
        ("The ministry said a ship sailed from the southwestern coast of Japan.", False),
    ],
)
def test_a_compound_side_of_the_countrys_coast_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("사진을 보면 북한은 고속도로로 보이는 곳에서 이동식발사대로 미사일을 쐈다.", True),
        ("北朝鮮は滑走路とみられる場所から弾道ミサイルを発射した。", True),
        ("North Korea fired the missile from what appeared to be a highway.", True),
        ("North Korea fired missiles near Hamhung towards sea off east of the peninsula.", True),
        # controls: a site named; what a missile looks like
        ("북한은 함흥 일대에서 신형으로 보이는 미사일을 발사했다.", False),
        ("North Korea fired what appeared to be a new missile from Hamhung.", False),
    ],
)  # fmt: skip
def test_a_site_told_by_its_look_or_the_sea_off_the_peninsula_is_a_todo(
    text: str, todo: bool
) -> None:
    assert (text in _todos(text)) is todo


# --------------------------------------------------------------------------- round 24


def test_a_position_a_missile_went_to_is_no_launch_position() -> None:
    text = (
        "2発目は午前6時12分に発射されて青森県の西約400キロに、3発目は午前6時40分に発射されて"
        "秋田県の西約300キロに、それぞれ着弾した。"
    )
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches and not any("distance_km" in f for f in launches)
    # control: a position the launch was made from ("…の地点から") stays the launch's
    control = "北朝鮮は午前6時12分、平壌の北約50キロの地点から弾道ミサイルを発射した。"
    assert [f.get("from") for k, f in _items(control) if k == "launch"] == ["Pyongyang"]


def test_a_verb_ending_in_the_bo_hais_korean_name_is_no_sea() -> None:
    text = "미사일은 발사 직후 공중에서 폭발해 여러 조각으로 흩어지며 추락했다."
    assert not any(f.get("sea") for _, f in _items(text))
    # control: the sea named on its own
    assert _items("미사일은 발해만 인근 해상에 떨어졌다.") == [("fall", {"sea": "Bo Hai"})]


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("北朝鮮は15日午前9時10分ごろ「人工衛星」と称する長距離ミサイルを平壌から発射した。", True),
        ("북한은 15일 오전 9시 10분께 “위성”이라고 주장하는 로켓을 평양에서 발사했다.", True),
        ("北朝鮮は午前9時5分ごろ、新型とみられる「火星」ミサイルを発射した。", True),
        ("오전 9시 20분께 북한이 함흥에서 미사일 1발을 발사했다.", True),
        # the speaker's time: before a quote that tells the launch, after the grounds, or
        # before a speaker "also" confirming it
        ("防衛省は15日午前9時20分ごろ「北朝鮮がミサイルを発射した」と発表した。", False),
        ("政府は午前9時14分、韓国からの情報などに基づき、「北朝鮮からミサイルが発射された模様だ」"
         "と発表した。", False),
        ('오전 9시 20분께, 합참 작전본부도 "북한이 함흥에서 미사일 1발을 발사했다"고 '
         "확인했다.", False),
    ],
)  # fmt: skip
def test_a_quoted_label_keeps_the_time_and_a_quoted_report_does_not(text: str, timed: bool) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch" and f.get("time")]
    assert bool(times) is timed


def test_a_time_things_are_known_until_is_no_launch_time() -> None:
    text = (
        "일본 정부는 이날 오전 9시 5분 북한에서 미사일이 발사됐다고 발표했고 오전 9시 30분까지 "
        "피해 보고는 없다고 밝혔다."
    )
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [_at(9, 5)]


def test_the_end_of_a_stretch_tracked_is_no_fall_point() -> None:
    text = (
        "落下物は日本の東約900キロの太平洋に落下したとみられ、追跡を終えた日本の東1500キロまでの"
        "間には見つからなかった。"
    )
    assert [f.get("distance_km") for k, f in _items(text) if k == "fall"] == [900]
    control = "落下物は日本の東約1500キロの太平洋に落下したとみられる。"
    assert [f.get("distance_km") for k, f in _items(control) if k == "fall"] == [1500]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("15일 오전 9시 10분 동창리의 북한 미사일 발사장 발사대에서 로켓이 발사됐다.",
         "Sohae Satellite Launching Ground"),
        # control: the country's launching ground, no place named
        ("15일 오전 9시 10분 북한 미사일 발사장에서 로켓이 발사됐다.", "North Korea"),
    ],
)  # fmt: skip
def test_a_launching_ground_told_as_a_places_is_that_place(text: str, at: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [at]


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("북한은 이날 오전 6시 10분 평양 순안에서 1발을, 오전 7시 함흥 일대에서 2발을 각각 "
         "발사했다.",
         [(_at(6, 10), "Pyongyang Sunan International Airport"), (_at(7, 0), "Hamhung")]),
        # control: two times and one site
        ("북한은 오전 6시 10분과 오전 7시 함흥 일대에서 미사일을 발사했다.",
         [(_at(6, 10), "Hamhung"), (_at(7, 0), "Hamhung")]),
    ],
)  # fmt: skip
def test_each_time_with_its_own_site_is_a_launch_there(
    text: str, launches: list[tuple[dt.datetime, str]]
) -> None:
    assert [(f.get("time"), f.get("at")) for k, f in _items(text) if k == "launch"] == launches


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("The military said up to four Rodong-type missiles were launched from the east coast "
         "on Monday, with a range of about 1,300km.", []),
        ("군은 북한이 단거리 미사일(사거리 120km) 3발을 쐈다고 밝혔다.", []),
        ("Officials said the missiles had a range of about 120 km.", []),
        # controls: no type named before ", with a range of"; the flight's own distance
        ("Three missiles were fired on Monday, with a range of about 250km.", [250]),
        ("The missiles flew about 120 km.", [120]),
    ],
)  # fmt: skip
def test_a_types_reach_is_no_figure(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure" and "range_km" in f] == ranges


def test_salvos_listed_after_the_first_one_are_launches_each() -> None:
    text = (
        "합참에 따르면 북한은 이날 오전 7시경 미사일 3발을 시작으로 오전 9시 20분과 오후 1시, "
        "3시 30분, 4시 50분경에 각 1발씩 발사했다."
    )
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(7, 0), _at(9, 20), _at(13, 0), _at(15, 30), _at(16, 50)]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("北朝鮮は14日午後3時、平壌から1発を発射したのに続いて、翌15日の午前9時に2発を発射した。",
         [_at(9, 0)]),
        # control: the day before named as a US date of the same moment
        ("North Korea launched the missile at 6:10 a.m., or 5:10 p.m. Tuesday EDT.", [_at(6, 10)]),
    ],
)  # fmt: skip
def test_a_launch_on_the_day_before_the_next_day_told_is_the_other_launchs(
    text: str, times: list[dt.datetime]
) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == times


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("飛翔体は2分以上飛行し、洋上に落下した模様だ。", [2]),
        ("1発目は午前6時12分に発射され、9分後に秋田県の西約300キロの日本海に落下した。", [9]),
        ("政府は発射3分余りで洋上に落下したことを確認した。", [3]),
        # controls: minutes told of no fall, and a clock time's minutes
        ("1発目は午前6時12分に発射され、9分後に政府が発表した。", []),
        ("北朝鮮は午前6時12分にミサイルを発射した。", []),
    ],
)
def test_minutes_from_the_launch_to_the_fall_and_a_lower_bound_are_the_flight(
    text: str, minutes: list[float]
) -> None:
    assert [f["flight_min"] for k, f in _items(text) if "flight_min" in f] == minutes


def test_a_salvo_launched_then_more_each_at_its_time() -> None:
    text = (
        "북한이 이날 오전 7시경 동해상으로 단거리 미사일 3발을 발사한 이후, 오전 9시20분경과 "
        "낮 12시경, 오후 2시경, 이어 3시30분에도 미사일 1발씩을 발사했다."
    )
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert times == [_at(7, 0), _at(9, 20), _at(12, 0), _at(14, 0), _at(15, 30)]


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("飛翔体は青森県と秋田県上空を通過した。", ["Aomori", "Akita"]),
        ("미사일은 아오모리현과 아키타현 상공을 통과했다.", ["Aomori", "Akita"]),
        # controls: one place over, the other only named beside it
        ("飛翔体は青森県上空を通過し、秋田県の沖に落下した。", ["Aomori"]),
        ("青森県の住民と秋田県上空", []),
    ],
)
def test_places_joined_before_one_over_are_passages_each(text: str, over: list[str]) -> None:
    assert [f.get("over") for k, f in _items(text) if k == "passage"] == over


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("北朝鮮が15日午前9時50分、「衛星打ち上げ」名目でミサイルを、同国北西部・東倉里(トンチャン"
         "リ)の西海(ソヘ)衛星発射場から発射した。",
         (_at(9, 50), "Sohae Satellite Launching Ground")),
        # control: a quote after the time that tells the launch is the speaker's
        ("政府は15日午前9時50分、「北朝鮮が東倉里からミサイルを発射した」と発表した。",
         (None, "Sohae Satellite Launching Ground")),
    ],
)  # fmt: skip
def test_a_label_in_quotes_and_a_grounds_own_name_after_its_place(
    text: str, launch: tuple[dt.datetime | None, str]
) -> None:
    assert [(f.get("time"), f.get("at")) for k, f in _items(text) if k == "launch"] == [launch]


def test_each_numbered_missile_with_its_time_and_fall_before_a_shared_verb() -> None:
    text = (
        "1発目は午前6時5分に発射されて青森県の西約400キロに、2発目は午前6時48分に発射されて"
        "秋田県の西北西約350キロに、それぞれ落下した。"
    )
    items = [(k, f.get("time"), f.get("from")) for k, f in _items(text)]
    assert items == [
        ("launch", _at(6, 5), None), ("fall", None, "Aomori"),
        ("launch", _at(6, 48), None), ("fall", None, "Akita"),
    ]  # fmt: skip
    # control: one missile, no "それぞれ"
    control = "1発目は午前6時5分に発射されて青森県の西約400キロに落下した。"
    expected = [("launch", None), ("fall", "Aomori")]
    assert [(k, f.get("from")) for k, f in _items(control)] == expected


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("北朝鮮からの発射は2回にわたり、時間は午前6時10分ごろ、午前7時ごろ。",
         [_at(6, 10), _at(7, 0)]),
        ("북한의 발사는 2차례에 걸쳐, 시각은 오전 6시 10분, 오전 7시였다.",
         [_at(6, 10), _at(7, 0)]),
        # control: how many times, then no times
        ("北朝鮮からの発射は2回にわたり、いずれも日本海に落下した。", []),
    ],
)  # fmt: skip
def test_how_many_launches_then_their_times(text: str, times: list[dt.datetime]) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == times


# --------------------------------------------------------------------------- round 25


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("ミサイルは発射から約50秒後に日本海へ落下したとみられる。", [50.0]),
        ("발사 55초 만에 로켓이 서해상에 추락했다고 군 관계자가 밝혔다.", [55.0]),
        ("발사 후 38초 뒤에 미사일이 바다에 떨어졌다.", [38.0]),
        ("The rocket crashed into the Yellow Sea 65 seconds after it was launched.", [65.0]),
        ("Some 48 seconds after launch, the missile fell into the sea off the coast.", [48.0]),
        # controls: seconds with no fall after them, and a clock's seconds
        ("발사 55초 만에 2단 분리가 이뤄졌다.", []),
        ("The second stage separated 120 seconds after launch.", []),
        ("午前6時3分20秒に発射され、日本海に落下した。", []),
    ],
)
def test_seconds_from_the_launch_to_the_fall_are_the_flight_time(
    text: str, seconds: list[float]
) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure" and "flight_s" in f] == seconds


@pytest.mark.parametrize(
    "text",
    [
        "The rocket broke apart after 50 or 55 seconds, an official said.",
        "The test missile failed less than a minute after lift-off, officials said.",
        "The missile flew for about one or two minutes before it fell.",
        "The rocket was airborne for under a minute.",
        "ロケットは発射から1分足らずで落下した。",
        "로켓은 발사 1분도 안 돼 바다에 떨어졌다.",
    ],
)
def test_a_flight_time_told_as_two_values_or_under_a_minute_is_a_todo(text: str) -> None:
    figures = [f for k, f in _items(text) if k == "figure"]
    assert figures == [] and text in _todos(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The rocket flew for more than two minutes, the ministry said.", [2.0]),
        ("The projectile was airborne for over three minutes.", [3.0]),
        # control: an upper bound is no figure
        ("The projectile was airborne for less than three minutes.", []),
    ],
)
def test_a_flight_for_more_than_n_minutes_is_n_minutes(text: str, minutes: list[float]) -> None:
    assert [f["flight_min"] for k, f in _items(text) if k == "figure"] == minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("North Korea fired the rocket from its west coast at 9:15 a.m. Nine minutes later, its "
         "second stage was thought to have fallen into the Yellow Sea.", [9.0]),
        ("北朝鮮は午前9時15分、ミサイル1発を発射した。その約9分後、ミサイルは日本海に落下した。",
         [9.0]),
        ("북한은 오전 9시 15분 미사일 1발을 발사했다. 9분 뒤 미사일은 동해상에 떨어졌다.", [9.0]),
        # controls: the sentence before told no launch; no fall after the minutes
        ("The first stage fell into the Yellow Sea at 9:20 a.m. Nine minutes later, the second "
         "stage fell into the sea.", []),
        ("North Korea fired the rocket at 9:15 a.m. Nine minutes later, the ministry confirmed "
         "the launch.", []),
    ],
)  # fmt: skip
def test_minutes_later_after_a_launch_sentence_are_the_flight_time(
    text: str, minutes: list[float]
) -> None:
    assert [f["flight_min"] for k, f in _items(text) if k == "figure"] == minutes


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("로켓은 일본 열도를 통과해 태평양 쪽으로 날아갔다.", ["Japan"]),
        ("미사일은 홋카이도를 통과한 뒤 태평양에 떨어졌다.", ["Hokkaido"]),
        ("ミサイルは日本列島を通過し、太平洋に落下した。", ["Japan"]),
        ("For ten minutes the missile raced through the skies over Hokkaido before it fell.",
         ["Hokkaido"]),
        # controls: a strait passed is no place flown over; a zone after the country
        ("미사일은 쓰가루 해협을 통과해 태평양에 떨어졌다.", []),
        ("미사일은 일본 배타적경제수역을 통과했다.", []),
        ("The missile raced through the skies toward the Pacific.", []),
    ],
)  # fmt: skip
def test_a_land_passed_through_is_flown_over(text: str, over: list[str]) -> None:
    assert [f.get("over") for k, f in _items(text) if k == "passage"] == over


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("防衛省によると、ミサイルは午前8時12分ごろに太平洋へ通過した模様だ。", [_at(8, 12)]),
        ("국방부는 미사일이 오전 8시 12분쯤 태평양 쪽으로 통과했다고 밝혔다.", [_at(8, 12)]),
        # control: a passage with no time and no place gives nothing
        ("防衛省によると、ミサイルは太平洋へ通過した模様だ。", []),
    ],
)
def test_a_passage_told_with_its_time_alone(text: str, times: list[dt.datetime]) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "passage"] == times


@pytest.mark.parametrize(
    "text",
    [
        "The missile flew over the Kanto region on Tuesday morning.",
        "The rocket crossed northern Kyushu before it fell into the Pacific.",
        "The missile passed over southern Hokkaido, the ministry said.",
        "North Korea launched a rocket over the Kanto region on Tuesday.",
        "Radar lost the missile after it had crossed southern Kyushu.",
    ],
)
def test_a_passage_over_a_region_or_a_side_of_a_place_is_a_todo(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "passage"] == [] and text in _todos(text)


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("Radar lost the missile at 7:05 a.m. when it was some 900 km east of Japan.", True),
        ("レーダーは午前7時5分、秋田県の西約300キロで飛翔体を見失った。", True),
        # controls: the position of a fall, and of a passage
        ("The missile fell some 900 km east of Japan at 7:05 a.m.", False),
        ("The missile passed some 90 km south of Cape Erimo at 7:05 a.m.", False),
    ],
)
def test_a_position_that_no_event_takes_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("미사일은 발사지점으로부터 약 350km 떨어진 해상에 낙하했다.", [350.0]),
        ("3발이 발사 지점에서 610km 거리의 해상에 떨어졌다.", [610.0]),
        ("ミサイルは発射地点から約350キロ離れた日本海に落下した。", [350.0]),
        ("弾道ミサイルは発射地点から約610キロ先の海上に着弾した。", [610.0]),
        ("The missile landed about 350 km from its launch site.", [350.0]),
        ("The missiles splashed down some 610 kilometers away from the launch point.", [610.0]),
        # controls: a distance from a place is a position, not a range
        ("미사일은 원산으로부터 약 350km 떨어진 해상에 낙하했다.", []),
        ("The missile landed about 350 km from Wonsan.", []),
    ],
)
def test_a_distance_from_the_launch_point_is_the_range(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure"] == ranges


@pytest.mark.parametrize(
    ("text", "fall"),
    [
        ("미사일은 북한이 20일까지 항해금지구역으로 선포한 서해상에 떨어졌다.",
         {"sea": "Yellow Sea", "inside": ["notified areas"]}),
        ("ミサイルは北朝鮮が20日まで航行禁止区域に設定した日本海に落下した。",
         {"sea": "Sea of Japan", "inside": ["notified areas"]}),
        # control: a zone declared, the fall told elsewhere
        ("미사일은 동해상에 떨어졌다.", {"sea": "Sea of Japan"}),
    ],
)  # fmt: skip
def test_a_fall_in_the_sea_declared_closed_is_inside_the_notified_areas(
    text: str, fall: dict[str, Any]
) -> None:
    assert [f for k, f in _items(text, "Test, 2021-09-15") if k == "fall"] == [fall]


@pytest.mark.parametrize(
    "text",
    [
        "이들 미사일의 비행거리는 300350km로 모두 동해상에 떨어졌다.",
        "ミサイルの飛行距離は300350キロで、いずれも日本海に落下した。",
        "The missiles flew 300350 km before falling into the sea.",
    ],
)
def test_a_distance_too_long_for_any_flight_is_a_todo(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == [] and text in _todos(text)


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("北朝鮮は14日から15日にかけて、日本海に向けて弾道ミサイル3発を発射した。", True),
        ("북한은 14일부터 15일까지 동해상으로 탄도미사일 3발을 발사했다.", True),
        ("North Korea fired three ballistic missiles between the 14th and the 15th.", True),
        # control: one day
        ("北朝鮮は15日、日本海に向けて弾道ミサイル3発を発射した。", False),
    ],
)
def test_a_span_of_days_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("북한은 이날 함흥 인근 마전리 미사일 기지에서 단거리 미사일 3발을 쏘았다.", True),
        ("북한이 오전 6시 함남 금야군 소재 발사장에서 미사일 2발을 발사했다.", True),
        ("北朝鮮は馬田里(マジョンリ)のミサイル基地から短距離ミサイル3発を発射した。", True),
        # controls: a base the gazetteer knows; a base told by its country alone
        ("북한은 이날 동창리 미사일 기지에서 단거리 미사일 3발을 쏘았다.", False),
        ("북한은 이날 북한 미사일 기지에서 단거리 미사일 3발을 쏘았다.", False),
    ],
)
def test_a_base_the_gazetteer_does_not_know_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Officials said two missiles were fired early in the day, a third around noon, three "
         "more in the evening and the last at about 9:15 p.m.", [_at(12, 0), _at(21, 15)]),
        ("The military said rockets were launched at 6:10 a.m., two more in the morning and the "
         "fifth at around 1:30 p.m.", [_at(6, 10), _at(13, 30)]),
        # control: a launch and then its fall
        ("The missile was fired around noon and it fell at about 12:40 p.m.", [_at(12, 0)]),
    ],
)  # fmt: skip
def test_salvos_listed_with_untimed_ones_between(text: str, times: list[dt.datetime]) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == times


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("The liftoff took place at 6:12 a.m. from the Sohae launch site, officials said.",
         {"time": _at(6, 12), "at": "Sohae Satellite Launching Ground"}),
        ("The launch occurred at 6:12 a.m., the ministry said.", {"time": _at(6, 12)}),
        ("At 6:12 a.m. the rocket took off from Tongchang-ri, officials said.",
         {"time": _at(6, 12), "at": "Sohae Satellite Launching Ground"}),
        # control: aircraft that took off are no launch
        ("At 6:12 a.m. fighter jets took off from Misawa, officials said.", None),
    ],
)  # fmt: skip
def test_a_liftoff_that_took_place_is_a_launch(text: str, launch: dict[str, Any] | None) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert launches == ([launch] if launch else [])


@pytest.mark.parametrize(
    ("text", "apogee"),
    [
        ("미사일은 서해 상공 95㎞까지 올라갔다가 추락했다.", [95.0]),
        ("ロケットは高度を上げ、約95キロまで上昇した後に分解した。", [95.0]),
        ("The rocket climbed to about 95 km before it broke apart.", [95.0]),
        # controls: a flight to a distance, and a fall up to a distance
        ("미사일은 동해상으로 95㎞까지 날아갔다.", []),
        ("The missile flew up to 95 km east of the coast.", []),
    ],
)
def test_a_height_climbed_to_is_the_apogee(text: str, apogee: list[float]) -> None:
    assert [f["apogee_km"] for k, f in _items(text) if "apogee_km" in f] == apogee


def test_a_height_climbed_to_inside_a_position_s_stretch_is_the_apogee() -> None:
    text = (
        "이 로켓은 공중에서 두 조각으로 갈라진 뒤 연평도 상공 88㎞까지 올라가다가 추락하며 "
        "목포 서쪽 120㎞ 해상에 떨어졌다."
    )
    items = _items(text)
    assert [f["apogee_km"] for k, f in items if "apogee_km" in f] == [88.0]
    assert [f.get("distance_km") for k, f in items if k == "fall"] == [120.0]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("The rocket was fired at 6:12 a.m. from the west coast launch pad in the hamlet of "
         "Tongchang-ri, officials said.", "Sohae Satellite Launching Ground"),
        ("The missile was fired at 6:12 a.m. from a mobile launcher near the eastern port city "
         "of Wonsan, officials said.", "Wonsan"),
        # control: a hamlet the gazetteer lacks gives no site
        ("The rocket was fired at 6:12 a.m. from the west coast launch pad in the hamlet of "
         "Pyoksong, officials said.", None),
    ],
)  # fmt: skip
def test_a_site_told_after_the_pad_and_its_hamlet(text: str, at: str | None) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [at]


@pytest.mark.parametrize(
    ("text", "launches", "todo"),
    [
        ("Officials said North Korea fired two missiles in the early hours of\nWednesday at around "
         "6:05 AM and 6:20 AM from its northern county of Kusong in\nNorth Pyongan Province.",
         [_at(6, 5), _at(6, 20)], "county of Kusong in North Pyongan"),
        ("合同参謀本部によると、北朝鮮は15日朝、北西部のピョンアン北道\n(平安北道)から日本海に向けて"
         "飛しょう体を2回発射した。", [], "ピョンアン北道(平安北道)から"),
        ("北朝鮮は15日午前6時5分ごろ、\n平壌付近から弾道ミサイル1発を発射した。", [_at(6, 5)], ""),
        # control: a headline without an end mark stays its own line
        ("North Korea fires two missiles\nThe launches came at 6:05 a.m. and 6:20 a.m., officials "
         "said.", [_at(6, 5), _at(6, 20)], ""),
    ],
)  # fmt: skip
def test_a_line_broken_inside_a_sentence_is_joined(
    text: str, launches: list[dt.datetime | None], todo: str
) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == launches
    assert not todo or any(todo in t for t in _todos(text))


def test_the_early_hours_of_a_day_are_no_time_of_another_event() -> None:
    text = "North Korea fired two missiles in the early hours of Wednesday at 6:05 AM and 6:20 AM."
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [_at(6, 5), _at(6, 20)]
    control = "North Korea fired two missiles hours after the drills ended at 6:05 AM."
    assert [f.get("time") for k, f in _items(control) if k == "launch"] == []


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("北, 단거리 미사일 2발 발사..신포에서 동해로", ["Sinpo"]),
        ("北朝鮮が弾道ミサイル2発発射、新浦から日本海へ", ["Sinpo"]),
        # controls: a sentence with its end mark; a place after a comma that is no site
        ("북한이 미사일을 발사했고, 원산에서 행사를 열었다.", []),
        ("北, 단거리 미사일 2발 발사..신포 앞바다", []),
    ],
)
def test_a_headline_s_site_after_its_verb(text: str, at: list[str]) -> None:
    assert [f["at"] for k, f in _items(text) if k == "launch" and "at" in f] == at


def test_a_headline_s_way_towards_a_place_is_a_todo() -> None:
    text = "北, 단거리 미사일 2발 발사..신포에서 금강 방향 주목"
    assert text in _todos(text)
    control = "北, 단거리 미사일 2발 발사..신포에서 동쪽 방향 주목"
    assert control not in _todos(control)


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("군에 따르면 북한은 이날 오전 6시10분께 강원도 고성 일대에서 단거리 발사체 5발을 "
         "발사하고, 오전 7시40분께 4발을 추가로 발사했다.",
         [(_at(6, 10), "North Korea"), (_at(7, 40), "North Korea")]),
        ("防衛省によると、北朝鮮は午前6時10分ごろ、高城付近から短距離弾道ミサイル5発を発射し、"
         "午前7時40分ごろにも4発を追加で発射した。",
         [(_at(6, 10), "North Korea"), (_at(7, 40), "North Korea")]),
        ("북한은 이날 오전 6시10분께 원산 일대에서 단거리 발사체 5발을 발사하고, 오전 7시40분께 "
         "4발을 추가로 발사했다.", [(_at(6, 10), "Wonsan"), (_at(7, 40), "Wonsan")]),
        ("북한은 원산 인근에서 이날 오전 6시10분부터 10분간 5발을 발사한데 이어 오전 7시40분께 "
         "4발을 쏘았다.", [(None, "Wonsan"), (_at(7, 40), "Wonsan")]),
        # control: a second salvo told with a site of its own keeps it
        ("북한은 이날 오전 6시10분께 원산 일대에서 단거리 발사체 5발을 발사하고, 오전 7시40분께 "
         "함흥 일대에서 4발을 추가로 발사했다.", [(_at(6, 10), "Wonsan"), (_at(7, 40), "Hamhung")]),
    ],
)  # fmt: skip
def test_a_second_salvo_keeps_the_sentence_s_firer(
    text: str, launches: list[tuple[dt.datetime, str | None]]
) -> None:
    assert [(f.get("time"), f.get("at")) for k, f in _items(text) if k == "launch"] == launches


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        ("1단계 추진체는 9시 12분 목포 서쪽 200㎞ 해상에, 2단계 추진체는 9시 20분 필리핀 동쪽 "
         "해상에 낙하했다.", [(_at(9, 12), "Mokpo"), (_at(9, 20), None)]),
        ("1段目は9時12分に秋田県の西約200キロの日本海に、2段目は9時20分に太平洋に落下した。",
         [(_at(9, 12), "Akita"), (_at(9, 20), None)]),
        # control: one stage, one fall
        ("1단계 추진체는 9시 12분 목포 서쪽 200㎞ 해상에 낙하했다.", [(_at(9, 12), "Mokpo")]),
    ],
)  # fmt: skip
def test_stages_told_before_one_shared_fall_verb_are_falls_each(
    text: str, falls: list[tuple[dt.datetime, str | None]]
) -> None:
    assert [(f.get("time"), f.get("from")) for k, f in _items(text) if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        ("北朝鮮はこの日、東倉里長距離ミサイル発射場近隣から南側に発射した。",
         {"at": "Sohae Satellite Launching Ground", "direction": "S"}),
        ("북한은 이날 동창리 장거리 미사일 발사장 인근에서 남쪽으로 발사했다.",
         {"at": "Sohae Satellite Launching Ground", "direction": "S"}),
        # control: the ground of a place the gazetteer lacks gives only the firer (and a TODO)
        ("北朝鮮はこの日、馬田里長距離ミサイル発射場近隣から南側に発射した。",
         {"at": "North Korea", "direction": "S"}),
    ],
)  # fmt: skip
def test_a_ground_named_right_after_its_place(text: str, launch: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [launch]
    assert (text in _todos(text)) is ("馬田里" in text)


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("통신은 “위성 발사가 15일 오전 6시 12분 동창리 발사장에서 성공적으로 진행됐다”고 밝혔다.",
         [(_at(6, 12), "Sohae Satellite Launching Ground")]),
        ("同通信によると、衛星の発射は15日午前6時12分、東倉里の発射場で行われた。",
         [(_at(6, 12), "Sohae Satellite Launching Ground")]),
        # control: a launch told before a time of something else
        ("북한의 발사가 있은 뒤 오전 6시 12분 회의가 진행됐다.", []),
    ],
)  # fmt: skip
def test_a_launch_as_the_subject_of_carried_out(
    text: str, launches: list[tuple[dt.datetime, str]]
) -> None:
    assert [(f.get("time"), f.get("at")) for k, f in _items(text) if k == "launch"] == launches


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("北朝鮮は15日、平壌付近から弾道ミサイルを北東の日本海方向に発射した。", "NE"),
        ("North Korea fired two missiles from near Pyongyang towards the southeastern sea.", "SE"),
        # controls: the sea on a side of the country, a side of a place
        ("North Korea fired two missiles from near Pyongyang into its eastern waters.", None),
        ("北朝鮮は15日、平壌付近から弾道ミサイルを発射し、秋田県の西の日本海に落下した。", None),
    ],
)
def test_a_way_told_to_a_sea_on_one_side(text: str, direction: str | None) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("direction") for f in launches] == [direction]


@pytest.mark.parametrize(
    ("text", "seas"),
    [
        ("発射された飛翔体は、黄海海上まで約50kmから90kmまで飛行した。", ["Yellow Sea"]),
        ('합참은 "발사체는 서해상까지 약 50km에서 90km까지 비행했다"고 밝혔다.', ["Yellow Sea"]),
        # controls: a flight towards a sea; a fall told of its own
        ("飛翔体は黄海に向けて約90km飛行した。", []),
        ("발사체는 서해상까지 비행한 뒤 서해상에 떨어졌다.", ["Yellow Sea"]),
    ],
)
def test_a_flight_as_far_as_a_sea_is_a_fall_there(text: str, seas: list[str]) -> None:
    assert [f.get("sea") for k, f in _items(text) if k == "fall"] == seas


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("防衛相は、約600キロ飛翔した1発について高度約70キロで飛行した可能性があると述べた。",
         [{"range_km": 600.0}, {"apogee_km": 70.0}]),
        ('관계자는 "1발은 610㎞로 비행했다"면서 "나머지 1발은 더 길게 평가한다"고 말했다.',
         [{"range_km": 610.0}]),
        # controls: a capability stays no figure; a noun with a distance of its own after it
        ("このミサイルは射程約600キロで、米軍基地を攻撃可能とされる。", []),
        ("비행거리는 600km 정도이고 최고 고도는 60km였다.",
         [{"range_km": 600.0}, {"apogee_km": 60.0}]),
    ],
)  # fmt: skip
def test_a_figure_before_a_count_and_a_possible_flight(
    text: str, figures: list[dict[str, float]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("North Korea fired two cruise missiles towards its west coast, Seoul said.", True),
        ("North Korea fired a missile into the sea off it western coast, officials said.", True),
        # control: a town's coast named is the town
        ("North Korea fired a missile from Sinpo on its east coast at 9:05 a.m.", False),
    ],
)
def test_a_way_towards_the_country_s_coast_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("発射地点は平壌付近で、1発目の発射が15日6時12分ごろ、約300キロ飛翔した。", [_at(6, 12)]),
        ("첫 번째 미사일의 발사가 15일 6시 12분께였고, 약 300㎞를 비행했다.", [_at(6, 12)]),
        # control: the launch's subject with no time after it
        ("1発目の発射が確認され、約300キロ飛翔した。", []),
    ],
)
def test_the_launch_as_the_subject_of_its_time(text: str, times: list[dt.datetime]) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch" and "time" in f] == times


# --------------------------------------------------------------------------- round 26


@pytest.mark.parametrize(
    ("text", "sites", "todo"),
    [
        ("北朝鮮は15日、新浦(シンポ)から咸興(ハムフン)市にかけての海岸から3発を発射した。",
         [], True),
        ("북한은 15일 신포 이남에서 함경남도 함흥시 사이의 해안 일대에서 3발을 발사했다.",
         [], True),
        ("North Korea fired three rockets from the coast between Sinpo and Hamhung on Wednesday.",
         [], True),
        # controls: a site with the way it flew; a site and a fall between other places
        ("北朝鮮は15日、新浦付近から咸興方面に3発を発射した。", ["Sinpo"], False),
        ("北朝鮮は15日、新浦付近から日本海にかけて3発を発射した。", ["Sinpo"], False),
        ("북한은 15일 신포에서 3발을 발사했다.", ["Sinpo"], False),
        ("North Korea fired three rockets from Sinpo on Wednesday.", ["Sinpo"], False),
    ],
)  # fmt: skip
def test_a_stretch_between_two_places_is_no_site(text: str, sites: list[str], todo: bool) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f["at"] for f in launches if f.get("at") not in (None, "North Korea")] == sites
    assert (text in _todos(text)) is todo


def _pages(dates: list[str], texts: list[str]) -> list[tuple[str, dict[str, Any]]]:
    joined = "\n\n".join(
        f"Source: Paper {n}, {d}, https://example.org/{n}\n{t}"
        for n, (d, t) in enumerate(zip(dates, texts, strict=True))
    )
    return [(i.kind, dict(i.fields)) for i in read_draft([("t.txt", joined)]).items]


@pytest.mark.parametrize(
    ("late", "late_text", "day"),
    [
        ("2021-10-01", "北朝鮮は9月15日、弾道ミサイルを発射した。"
         "2発は午前6時12分と6時20分に発射された。", DAY),
        ("2021-10-01", "북한은 9월 15일 탄도미사일을 쐈다. "
         "미사일은 오전 6시12분과 6시20분에 발사됐다.", DAY),
        ("2021-10-01", "On September 15, North Korea fired two missiles. It fired one at "
         "6:12 a.m. It fired another missile at 6:20 a.m.", DAY),
        # controls: a page of the next day keeps its own; one that names no launch day too
        ("2021-09-16", "北朝鮮は弾道ミサイルを発射した。2発は午前6時12分と6時20分に発射された。",
         dt.date(2021, 9, 16)),
        ("2021-10-01", "北朝鮮は弾道ミサイルを発射した。2発は午前6時12分と6時20分に発射された。",
         dt.date(2021, 10, 1)),
    ],
)  # fmt: skip
def test_a_late_page_gives_the_launch_day_it_names_to_its_times(
    late: str, late_text: str, day: dt.date
) -> None:
    first = "北朝鮮は15日午前6時10分ごろ、弾道ミサイルを発射した。"
    second = "북한이 15일 오전 6시10분께 탄도미사일을 발사했다."
    items = _pages(["2021-09-15", "2021-09-15", late], [first, second, late_text])
    times = sorted({f["time"] for k, f in items if k == "launch" and "time" in f})
    assert times == [_at(6, 10), _at(6, 12, day), _at(6, 20, day)]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("North Korea fired a missile from Sinpo at 6:15 this Wednesday evening.", _at(18, 15)),
        ("North Korea fired a missile from Sinpo at 8:20 in the evening on Wednesday.",
         _at(20, 20)),
        ("North Korea fired a missile from Sinpo at 9:05 Wednesday night.", _at(21, 5)),
        # controls: a morning; an early hour at night
        ("North Korea fired a missile from Sinpo at 6:15 this Wednesday morning.", _at(6, 15)),
        ("North Korea fired a missile from Sinpo at 2:30 Wednesday night.", _at(2, 30)),
    ],
)  # fmt: skip
def test_an_evening_told_after_a_time_is_p_m(text: str, time: dt.datetime) -> None:
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [time]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The JCS reported the firing by North Korea into the Yellow Sea at 6:12 a.m. via a "
         "text message to reporters.", []),
        ("Military officials reported the launch from Sinpo at 7:05 a.m. through a message "
         "sent to journalists.", []),
        # control: the launch's time, then who said it in a message
        ("North Korea fired a missile from Sinpo at 6:12 a.m., the JCS said later in a text "
         "message to reporters.", [_at(6, 12)]),
    ],
)  # fmt: skip
def test_a_time_of_a_report_by_message_is_no_launch_time(
    text: str, times: list[dt.datetime]
) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("In that earlier launch, the North fired two missiles from Sinpo into the sea.", []),
        ("During the earlier tests, North Korea said it fired rockets from near Hamhung.", []),
        # control: this launch told the same way
        ("In the launch, the North fired two missiles from Sinpo into the sea.", ["Sinpo"]),
    ],
)
def test_an_earlier_test_is_another_launch(text: str, sites: list[str]) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == sites


@pytest.mark.parametrize(
    ("text", "seas", "todo"),
    [
        ("弾頭は、太平洋側の銚子沖に落下したとみられる。", [], True),
        ("탄두는 태평양 쪽 조시 앞바다에 떨어졌다.", [], True),
        # controls: the ocean itself; a coast
        ("弾頭は太平洋に落下した。", ["North Pacific Ocean"], False),
        ("탄두는 태평양 해상에 떨어졌다.", ["North Pacific Ocean"], False),
    ],
)
def test_the_sea_off_a_place_on_a_side_is_no_fall_in_that_sea(
    text: str, seas: list[str], todo: bool
) -> None:
    assert [f.get("sea") for k, f in _items(text) if k == "fall" and "sea" in f] == seas
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("北朝鮮のミサイルが日本列島越え、三陸沖の太平洋に落下", ["Japan"]),
        ("ロケットは日本列島を越えて太平洋に落ちた。", ["Japan"]),
        ("로켓은 일본 열도를 지나 태평양에 떨어졌다.", ["Japan"]),
        ("로켓은 일본 본토를 가로질러 북태평양에 떨어졌다.", ["Japan"]),
        # controls: the fall point told as past a land; a time that passed
        ("낙하 지점은 일본 열도를 지난 곳이다.", []),
        ("발사 후 10분이 지나 태평양에 떨어졌다.", []),
    ],
)
def test_a_land_crossed_in_older_words_is_flown_over(text: str, over: list[str]) -> None:
    assert [f.get("over") for k, f in _items(text) if k == "passage"] == over


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("로켓은 1천2백50㎞를 날아 일본 하코다테 동방 3백㎞ 지점 공해상에 떨어졌다.",
         [{"range_km": 1250.0}]),
        ("로켓은 1천2백50㎞를 날아 북위 41도30분, 동경 144도 지점 공해상에 떨어졌다.",
         [{"range_km": 1250.0}]),
        # control: a second figure of the noun's own after the verb
        ("비행거리는 약 600㎞로 비행했고 최고 고도는 60㎞였다.", [{"range_km": 600.0},
                                                {"apogee_km": 60.0}]),
    ],
)  # fmt: skip
def test_a_distance_flown_before_a_position(text: str, figures: list[dict[str, float]]) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("北朝鮮は新浦付近から1発を発射した。300キロ以上、飛行したとみられる。",
         [{"range_km": 300.0}]),
        ("北朝鮮は新浦付近から1発を発射した。300キロ超、飛翔したという。", [{"range_km": 300.0}]),
        # control: a bound below stays a TODO
        ("北朝鮮は新浦付近から1発を発射した。300キロ未満、飛行したとみられる。", []),
    ],
)  # fmt: skip
def test_a_lower_bound_before_a_comma_and_the_verb(
    text: str, figures: list[dict[str, float]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("防衛相は「1発目は6時12分頃発射され、約300km飛翔した。2発目は6時30分頃発射され、約"
         "320km飛翔した」と述べた。",
         [(_at(6, 12), 300.0), (_at(6, 30), 320.0)]),
        ("防衛相は「1発目は6時12分頃に発射した。2発目は6時30分頃に発射した」と述べた。",
         [(_at(6, 12), None), (_at(6, 30), None)]),
        # control: one missile's quote
        ("防衛相は「1発目は6時12分頃発射され、約300km飛翔した」と述べた。", [(_at(6, 12), 300.0)]),
    ],
)  # fmt: skip
def test_a_quote_of_a_sentence_for_each_missile(
    text: str, launches: list[tuple[dt.datetime, float | None]]
) -> None:
    items = _items(text)
    ranges = [f["range_km"] for k, f in items if k == "figure" and "range_km" in f]
    times = [f["time"] for k, f in items if k == "launch"]
    assert times == [t for t, _ in launches]
    assert ranges == [r for _, r in launches if r is not None]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("ミサイルが発射されたのは午前6時12分頃と6時30分頃。", [_at(6, 12), _at(6, 30)]),
        ("로켓이 발사된 것은 오전 6시12분께였다.", [_at(6, 12)]),
        # control: the time of another verb after "発射されたのは"
        ("ミサイルが発射されたのは新浦付近で、落下は午前6時30分頃。", []),
    ],
)
def test_the_launch_as_the_topic_of_its_times(text: str, times: list[dt.datetime]) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("北朝鮮が午前6時12分頃にミサイルを発射し、約300km飛翔、その後、午前6時30分頃にも発射した。",
         [_at(6, 12), _at(6, 30)]),
        ("북한이 오전 6시12분께 미사일을 발사해 300㎞를 비행했고, 이어 오전 6시30분께에도 1발을 "
         "발사했다.", [_at(6, 12), _at(6, 30)]),
        # control: a time of the fall after the launch
        ("北朝鮮が午前6時12分頃にミサイルを発射し、午前6時20分頃に落下した。", [_at(6, 12)]),
    ],
)  # fmt: skip
def test_a_launch_also_at_a_later_time(text: str, times: list[dt.datetime]) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("북한은 이날 함경북도 대포동 미사일시험기지에서 로켓을 발사했다.",
         "Tonghae Satellite Launching Ground"),
        ("북한은 동해안 소재 대포동 미사일실험장에서 로켓을 쏘아 올렸다.",
         "Tonghae Satellite Launching Ground"),
        # control: the missile named after the place is no site
        ("북한은 이날 대포동2호 미사일을 발사했다.", None),
    ],
)  # fmt: skip
def test_the_taepodong_test_base_in_korean(text: str, site: str | None) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == ([site] if site else [])


@pytest.mark.parametrize(
    ("text", "seas", "todo"),
    [
        ("미사일은 600㎞를 비행해 한국과 일본 사이의 동해상에 떨어졌다.", ["Sea of Japan"], True),
        ("ミサイルは約600キロ飛行し、韓国と日本の間の日本海に落下した。", ["Sea of Japan"], True),
        # control: the sea alone
        ("미사일은 600㎞를 비행해 동해상에 떨어졌다.", ["Sea of Japan"], False),
    ],
)  # fmt: skip
def test_a_sea_between_two_places_is_the_sea_and_a_todo(
    text: str, seas: list[str], todo: bool
) -> None:
    assert [f.get("sea") for k, f in _items(text) if k == "fall"] == seas
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("The JCS said it detected a launch from North Korea's capital region at 6:12 a.m.", True),
        ("Seoul said the rockets were fired from the capital area early on Wednesday.", True),
        # control: the capital named
        ("The JCS said it detected a launch from the capital, Pyongyang, at 6:12 a.m.", False),
    ],
)
def test_a_capital_region_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("Officials said the rockets were launched north of Sinpo on Wednesday.", ["Sinpo"]),
        ("The rockets were fired just south of Hamhung, a source said.", ["Hamhung"]),
        # control: a side of an inland city is no site
        ("Officials said the rockets were launched north of Pyongyang on Wednesday.", []),
    ],
)
def test_a_side_of_a_coastal_place_in_english_is_the_place(text: str, sites: list[str]) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == sites


def test_a_korean_sentence_whose_space_was_lost_is_read_alone() -> None:
    text = (
        "합참은 북한이 15일 탄도미사일을 발사했다고 밝혔습니다."
        "지난해 10월 1일 발사 이후 처음입니다."
        "일본 방위성은 미사일이 배타적 경제수역 밖에 낙하했다고 발표했습니다."
    )
    assert [f for k, f in _items(text) if k == "fall"] == [{"outside": ["Japan EEZ"]}]


# --------------------------------------------------------------------------- round 27


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("通信は「ロケットは２万４０５秒（約５時間４０分）、２万４１１秒間、東海上空の軌道を飛行した」"
         "と伝えた。", [20_000 + 405, 20_000 + 411]),
        ("通信によると、ミサイルは1万1020秒間、設定された軌道を飛行したという。", [10_000 + 1020]),
        ("통신은 순항미사일들이 각각 2만 405초(약 5시간 40분)와 2만 411초(약 5시간 40분) 동안 동해 "
         "상공의 궤도를 비행했다고 밝혔다.", [20_000 + 405, 20_000 + 411]),
        ("The cruise missiles flew along set routes above the sea east of the peninsula for "
         "20,405 seconds and 20,411 seconds before hitting their targets.", [20_405, 20_411]),
        # controls: a count after 만 is no flight; one value keeps its 万
        ("훈련에는 병력 약 1만 200명이 참가했다.", []),
    ],
)  # fmt: skip
def test_flight_seconds_written_with_man(text: str, seconds: list[int]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure" and "flight_s" in f] == seconds


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("首相らは15日午前10時、弾道ミサイル発射を受けて国家安全保障会議を開いた。", None),
        ("국가안보실장은 15일 오전 10시 탄도미사일 발사와 관련해 긴급회의를 주재했다.", None),
        ("At 10 a.m., the president convened an emergency meeting on the missile launch.", None),
        # controls: the launch's own time, a meeting told after it
        ("北朝鮮は15日午前10時、弾道ミサイルを発射し、政府は会議を開いた。", (10, 0)),
        ("북한은 15일 오전 10시 탄도미사일을 발사했고, 정부는 회의를 열었다.", (10, 0)),
    ],
)
def test_the_time_of_a_meeting_about_the_launch_is_not_its_time(
    text: str, time: tuple[int, int] | None
) -> None:
    times = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert [t for t in times if t] == ([_at(*time)] if time else [])


@pytest.mark.parametrize(
    ("text", "source", "day"),
    [
        # a US-dated page: its local time told with the same instant in the US (a Tuesday
        # evening there, 21:40 UTC) is the Korean morning after the page's date
        ("North Korea fired the missile at about 6:40 a.m. (5:40 p.m. EDT Tuesday), "
         "Yonhap said.", "AP, 2021-09-14", DAY),
        ("North Korea fired the missile at about 6:40 a.m. (4:40 p.m. EST Tuesday), "
         "Yonhap said.", "AP, 2021-09-14", DAY),
        # controls: a page of the launch day; no bracket (the page's date is kept)
        ("North Korea fired the missile at about 6:40 a.m. (5:40 p.m. EDT Tuesday), "
         "Yonhap said.", "AP, 2021-09-15", DAY),
        ("North Korea fired the missile at about 6:40 a.m., Yonhap said.", "AP, 2021-09-14",
         dt.date(2021, 9, 14)),
    ],
)  # fmt: skip
def test_a_time_told_with_its_us_instant_takes_that_instants_day(
    text: str, source: str, day: dt.date
) -> None:
    times = [f.get("time") for k, f in _items(text, source) if k == "launch"]
    assert times == [_at(6, 40, day)]


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("ミサイルは新浦近くの日本海上にいた艦艇から北朝鮮の陸地側となる南西方向に発射された。",
         {"direction": "SW"}),
        # control: the firer named as such keeps North Korea
        ("北朝鮮は日本海上の艦艇から南西方向にミサイルを発射した。",
         {"at": "North Korea", "direction": "SW"}),
    ],
)  # fmt: skip
def test_north_korea_named_as_the_land_a_way_points_to_is_not_the_firer(
    text: str, fields: dict[str, Any]
) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [fields]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("北朝鮮は15日午前6時ごろ、東方の日本海上に弾道ミサイル1発を発射した。", "E"),
        ("北朝鮮は15日午前6時ごろ、西方の黄海上に巡航ミサイル数発を発射した。", "W"),
        # controls: a side of the peninsula is no direction; a fall in the sea on one side
        ("北朝鮮は15日午前6時ごろ、朝鮮半島西側の黄海上に巡航ミサイル数発を発射した。", None),
    ],
)
def test_a_way_to_the_sea_on_one_side_before_the_verb_is_the_direction(
    text: str, direction: str | None
) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("direction") for f in launches] == [direction]
    assert launches[0]["time"] == _at(6, 0)


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("関係者によると、ミサイルは内陸から発射され、約600キロ飛行したとみられる。", True),
        ("軍関係者は、ミサイルは内陸の咸興付近から発射された可能性があるとの見方を示した。", True),
        # control: a named site, told as a report
        ("軍関係者によると、ミサイルは咸興付近から発射された。", False),
    ],
)
def test_an_inland_launch_or_a_site_told_as_a_possibility_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo
    if todo:
        assert all("at" not in f or f["at"] == "North Korea" for k, f in _items(text))


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("ミサイルは金策近くの日本海上にいた艦艇から東方向に発射された。", True),
        ("미사일은 함경북도 김책 인근 동해상에 있던 함정에서 동쪽으로 발사됐다.", True),
        # control: a vessel near a known place names it
        ("ミサイルは清津近くの日本海上にいた艦艇から東方向に発射された。", False),
    ],
)
def test_a_vessel_near_a_place_the_gazetteer_lacks_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo
    assert all(f.get("at") != "North Korea" for k, f in _items(text) if k == "launch")


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("北朝鮮が弾道ミサイル発射 今月2回目、東方の日本海上に", "E"),
        # control: a headline ending with its fall
        ("北朝鮮が弾道ミサイル発射 東方の日本海上に落下", None),
    ],
)
def test_a_headline_ending_with_the_way_to_a_sea(text: str, direction: str | None) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("direction") for f in launches] == ([direction] if direction else [])


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("KCNA said the test was held on Tuesday over the East Sea, east of the Korean "
         "Peninsula, watched by its leader.", True),
        ("The missiles flew into the Yellow Sea west of the peninsula, the JCS said.", True),
        # control: the sea alone
        ("KCNA said the test was held on Tuesday over the East Sea, watched by its leader.", False),
    ],
)  # fmt: skip
def test_a_sea_told_again_as_a_side_of_the_peninsula_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("미사일은 함경북도 김책 인근 동해상에 있던 함정에서 남서쪽 육지방향인 해상으로 발사됐다.",
         "SW"),
        ("미사일은 강원도 통천 앞바다의 함정에서 서쪽 내륙 방향으로 발사됐다.", "W"),
        # control: a side of the land is no way told ("육지 쪽에", no 방향)
        ("미사일은 김책 인근 동해상에 있던 함정에서 발사돼 육지 쪽에 떨어졌다.", None),
    ],
)  # fmt: skip
def test_a_way_told_towards_the_land_in_korean(text: str, direction: str | None) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("direction") for f in launches] == ([direction] if direction else [])


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("They were fired at 5:31 a.m. and 5:47 a.m., the JCS said.", [(5, 31), (5, 47)]),
        ("Launches were detected at 5:31 a.m. and 5:47 a.m. respectively.", [(5, 31), (5, 47)]),
        # control: one object, then its fall
        ("It was fired at 5:31 a.m. and at 5:47 a.m. it fell into the sea.", [(5, 31)]),
    ],
)
def test_plural_or_respective_times_in_english_are_a_launch_each(
    text: str, times: list[tuple[int, int]]
) -> None:
    got = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert got == [_at(*t) for t in times]


def test_a_headline_control_a_launch_clause_before_the_way_is_not_a_headline() -> None:
    text = "ミサイルは咸興付近から発射され、東方の日本海に"  # a clause cut before its verb
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("ミサイルは北朝鮮東海岸のウォンサン付近から発射された。", ["Wonsan"]),
        # a reading in brackets is the name before it, not a second site nor a second end
        ("ミサイルは元山(ウォンサン)付近から発射された。", ["Wonsan"]),
        ("ミサイルは新浦(シンポ)から元山(ウォンサン)にかけての海岸から発射された。", []),
    ],
)
def test_wonsan_in_katakana_and_readings_in_brackets(text: str, sites: list[str]) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch" and f.get("at")] == sites


# --------------------------------------------------------------------------- round 28


@pytest.mark.parametrize(
    "text",
    [
        "防衛省は「我が国の排他的経済水域(EEZ)内に落下するというミサイルは確認されていない」と発表した。",
        "北朝鮮の飛翔体が日本海に落下したとの情報は確認されていない。",
        "None of the rockets fell inside Japan's exclusive economic zone, officials said.",
        "None of the rockets fell into the East Sea, officials said.",
        '합참은 "일본 EEZ 안에 떨어진 발사체는 확인되지 않았다"고 밝혔다.',
        # forms the rules already read (guards): the fall's confirmation denied
        "防衛省は、飛翔体が日本海に落下したとは確認されていないと説明した。",
        '합참은 "발사체가 동해상에 낙하한 것은 확인되지 않았다"고 설명했다.',
        "The ministry said no rocket was confirmed to have fallen into the East Sea.",
        "The second rocket did not fall into the sea, the ministry said.",
    ],
)
def test_a_fall_not_confirmed_in_a_relative_clause_is_no_fall(text: str) -> None:
    assert [(k, f) for k, f in _items(text) if k == "fall"] == []


@pytest.mark.parametrize(
    ("text", "fall"),
    [  # controls: a fall told, then damage not confirmed; a fall denied into the zone
        ("飛翔体は日本海に落下したとみられ、被害は確認されていない。", {"sea": "Sea of Japan"}),
        ("The rocket did not fall in Japan's exclusive economic zone.", {"outside": ["Japan EEZ"]}),
        (
            "ミサイルは日本海に落下したもようで、日本のEEZに落下するミサイルは確認されていない。",
            {"sea": "Sea of Japan"},
        ),
    ],
)
def test_a_fall_told_beside_a_denial_stays_a_fall(text: str, fall: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == [fall]


def test_a_launch_before_an_unconfirmed_fall_point_stays() -> None:  # control of the above
    text = "北朝鮮が午前6時に発射したミサイルの落下地点は確認されていない。"
    assert [f.get("time") for k, f in _items(text) if k == "launch"] == [_at(6, 0)]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("북한은 오후 4시10분께 1발을 쐈다. 앞서 북한은 오전 5시20분과 5시35분쯤 2발을 쐈다.",
         [(16, 10), (5, 20), (5, 35)]),
        ("北朝鮮は午後4時10分ごろ1発を発射した。北朝鮮はこれに先立ち、午前5時20分と5時35分ごろ2発を発射した。",
         [(16, 10), (5, 20), (5, 35)]),
        # control: a time without its half right after an afternoon stays that afternoon
        ("북한은 오후 4시10분께 1발을 쐈다. 이어 북한은 4시 50분쯤 1발을 더 쐈다.",
         [(16, 10), (16, 50)]),
    ],
)  # fmt: skip
def test_a_morning_list_after_an_afternoon_keeps_its_morning(
    text: str, times: list[tuple[int, int]]
) -> None:
    got = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert got == [_at(*t) for t in times]


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("The rockets were first fired at 5:12 a.m. (20:12 GMT), the Joint Chiefs said.", None),
        # control: the first one as a noun is that one's time
        ("The first rocket was fired at 5:12 a.m. (20:12 GMT), the Joint Chiefs said.", (5, 12)),
    ],
)
def test_several_first_fired_at_a_time_is_an_open_span(
    text: str, time: tuple[int, int] | None
) -> None:
    got = [f.get("time") for k, f in _items(text) if k == "launch"]
    assert got == ([_at(*time)] if time else [])
    assert (text in _todos(text)) is (time is None)


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("Tensions rose after two weeks earlier, North Korea fired six rockets eastward.", 0),
        ("北朝鮮は3週間前にも新浦付近から東に向けて弾道ミサイル2発を発射していた。", 0),
        ("북한은 두 달 전에 신포 일대에서 동쪽으로 탄도미사일 2발을 발사했다.", 0),
        # controls: a day before the statement, minutes before something else
        ("North Korea said it fired two rockets eastward from Sinpo a day earlier.", 1),
        ("North Korea fired a rocket eastward at 6:40 a.m., ten minutes earlier than forecast.", 1),
    ],
)
def test_a_launch_told_weeks_or_days_back_is_another_launch(text: str, launches: int) -> None:
    assert len([k for k, _ in _items(text) if k == "launch"]) == launches


@pytest.mark.parametrize(
    ("text", "direction", "todo"),
    [
        ("북한이 오전 9시께 함흥 일대에서 서남방 내륙 지역으로 발사체 1발을 발사했다.", "SW", True),
        ("The rocket took off at 9 a.m. from Hamhung and flew about 150 kilometers toward the "
         "southwestern inland areas, officials said.", "SW", True),
        # (its miles in brackets are a distance left unread: no check of the TODO)
        ("The rocket took off at 9 a.m. from Hamhung and flew about 150 kilometers (93 miles) to "
         "the country's southwest.", "SW", None),
        # control: a way with no land told
        ("북한이 오전 9시께 함흥 일대에서 서남방으로 발사체 1발을 발사했다.", "SW", False),
    ],
)  # fmt: skip
def test_a_way_towards_the_inland_is_the_direction_and_a_todo(
    text: str, direction: str, todo: bool | None
) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [f.get("direction") for f in launches] == [direction]
    if todo is not None:
        assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("2発目は北朝鮮の内陸に落ちた可能性があるという。", True),
        ("두 번째 발사체는 내륙에 떨어졌을 가능성이 크다.", True),
        ('The second rocket seems to have "made contact" with the mainland.', True),
        # a fall in a sea, told as a possibility: no fall (README, Holdout 5), and a TODO
        # (round 31, as round 29's "太平洋に着弾した可能性も", README "Holdout 28")
        ("2発目は日本海に落ちた可能性があるという。", True),
    ],
)
def test_a_fall_on_the_land_or_its_possibility_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo
    assert [k for k, _ in _items(text) if k == "fall"] == []


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("ミサイルは約320キロ東北東方向に飛行した。", [320.0]),
        ('군 관계자는 "북한이 발사체 2발을 쏴 각각 180여㎞와 90여㎞를 날아갔다"면서 "180여㎞를 '
         '비행한 발사체는 동해상에 떨어졌다"고 말했다.', [180.0, 90.0]),
        # control: a number then another with a noun of its own, no quote between
        ("1발은 180㎞ 정도이고 최고 고도는 90㎞였다.", []),
    ],
)  # fmt: skip
def test_ranges_before_a_way_flown_or_a_closing_quote(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure" and "range_km" in f] == ranges


@pytest.mark.parametrize(
    ("text", "site", "todo"),
    [
        ("북한은 오전 9시께 함경도에서 동해상으로 발사체를 발사했다.", "North Korea", True),
        ("North Korea fired two rockets from near the country's west coast at 9 a.m.",
         "North Korea", True),
        # control: a province with a known place after it is that place
        ("북한은 오전 9시께 함경남도 함흥 일대에서 동해상으로 발사체를 발사했다.", "Hamhung",
         False),
    ],
)  # fmt: skip
def test_an_undivided_province_or_a_coast_told_from_near_is_a_todo(
    text: str, site: str, todo: bool
) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [site]
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("米軍は、北朝鮮が同日朝に発射した2発の弾道ミサイルについて、約300キロ東方向に飛行したとした。",
         "North Korea"),
        # control: the firer named with another year (the type's history) is not this launch's
        ("발사체 2발은 북한이 2020년부터 계속 시험발사했던 신형 전술유도무기로 추정되며, 동쪽으로 "
         "각각 300km, 320km 남짓한 거리를 날아갔다.", None),
    ],
)  # fmt: skip
def test_the_firer_named_goes_with_a_direction_told_with_the_flight(
    text: str, at: str | None
) -> None:
    launches = [f for k, f in _items(text, "Test, 2022-12-23") if k == "launch"]
    assert [(f.get("at"), f.get("direction")) for f in launches] == [(at, "E")]


# --------------------------------------------------------------------------- round 29


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        # hours, minutes and seconds told in words: the sum, never the minutes and seconds alone
        ("The drones circled above the sea east of the peninsula for three hours, 12 minutes and "
         "5 seconds, the agency said.", [3 * 3600 + 12 * 60 + 5]),
        ("The missile flew for 1 hour, 7 minutes, 40 seconds before reaching its target.",
         [3600 + 7 * 60 + 40]),
        # seconds told before a distance, the verb of flight after both
        ("통신은 미사일이 동해 상공의 궤도를 따라 9,150초, 1,600km를 비행했다고 밝혔다.", [9150]),
        # seconds with 여 and "s" (KCNA's unit), the seconds told again in brackets
        ("통신은 순항미사일들이 6200여s(초) 간 동해 상공을 비행하였다고 밝혔다.", [6200]),
        ("통신은 순항미사일들이 6200여s(1시간43분)간 동해 상공을 비행하였다고 했다.", [6200]),
        # seconds restated by つまり: one figure (the seconds)
        ("通信によると、ミサイルはおよそ6,300秒、つまり1時間45分ほど飛行したという。", [6300]),
        # a lower bound is the figure
        ("The missiles flew for over 6,300 seconds along a set route, KCNA said.", [6300]),
        # controls: no verb of flight; a count of seconds to another step; nearly (a bound)
        ("発表によると、演習は6,300秒、つまり1時間45分ほど続いたという。", []),
        ("통신은 훈련이 6200여s(초) 간 진행됐다고 밝혔다.", []),
        ("The missiles flew for nearly 6,300 seconds, KCNA said.", []),
    ],
)  # fmt: skip
def test_round29_flight_seconds_in_more_forms(text: str, seconds: list[int]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure" and "flight_s" in f] == seconds


@pytest.mark.parametrize(
    "text",
    [
        "通信によると、ミサイルはおよそ6,300秒、つまり1時間45分ほど飛行したという。",
        "The missiles flew for about 6,300 seconds, i.e. about 105 minutes, KCNA said.",
        "통신은 미사일이 약 6300초, 즉 1시간 45분 동안 비행했다고 밝혔다.",
    ],
)
def test_round29_minutes_restating_seconds_are_no_second_figure(text: str) -> None:
    assert [f for k, f in _items(text) if k == "figure" and "flight_min" in f] == []


def test_round29_minutes_alone_stay_a_figure() -> None:  # control of the above
    text = "通信によると、ミサイルは1時間45分ほど飛行したという。"
    assert [f for k, f in _items(text) if k == "figure"] == [{"flight_min": 105.0}]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # the country's sea is no site: the launch keeps its time alone
        ("합참은 \"오전 10시쯤 북한 동해 남부 해상에서 순항미사일을 포착했다\"고 밝혔다.", None),
        ("防衛省によると、午前10時ごろ、北朝鮮の東海の海上から巡航ミサイルが発射された。", None),
        # control: the country named as the firer before another place
        ("합참은 \"오전 10시쯤 북한이 평안남도 개천 일대에서 순항미사일을 발사했다\"고 밝혔다.",
         "Kaechon"),
    ],
)  # fmt: skip
def test_round29_a_sea_of_the_country_is_no_site(text: str, at: str | None) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [(f.get("at"), f.get("time")) for f in launches] == [(at, _at(10, 0))]


@pytest.mark.parametrize(
    "text",
    [
        "落下地点は秋田県男鹿半島の西方250km付近と考えられているが、太平洋に落ちた可能性も指摘された。",
        "탄착 지점은 울릉도 동방 250㎞ 부근으로 보이나, 태평양에 떨어졌을 가능성도 제기됐다.",
    ],
)
def test_round29_a_sea_told_as_a_possibility_is_no_fall_sea(text: str) -> None:
    falls = [f for k, f in _items(text, "Test, 1998-08-31") if k == "fall"]
    assert [(f["distance_km"], f["about"], f.get("sea")) for f in falls] == [(250.0, True, None)]
    assert text in _todos(text, "Test, 1998-08-31")


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        # controls: the sea reported (no possibility after it) is the fall's
        ("落下地点は男鹿半島の西方250kmの日本海と推定される。", "Sea of Japan"),
        ("탄착 지점은 울릉도 동방 250㎞ 부근 동해상으로 추정된다.", "Sea of Japan"),
    ],
)
def test_round29_a_sea_reported_stays_the_fall_sea(text: str, sea: str) -> None:
    falls = [f for k, f in _items(text, "Test, 1998-08-31") if k == "fall"]
    assert [(f["about"], f.get("sea")) for f in falls] == [(True, sea)]


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("朝鮮中央通信は、東海の北部の海上で対艦ミサイルの発射試験を行ったと伝えた。", True),
        ("통신은 \"조선 동해 해상 상공에서 순항미사일 시험사격을 진행했다\"고 밝혔다.", True),
        ("통신은 순항미사일이 서해 남부 해상에서 시험사격됐다고 밝혔다.", True),
        ("KCNA said the anti-ship missile test was conducted in the West Sea on Friday.", True),
        ("KCNA said the test was performed from the sea near the coast.", True),
        # controls: a fall in the sea; a way to the sea
        ("ミサイルは黄海の海上に落下した。", False),
        ("북한은 순항미사일 2발을 서해상으로 발사했다.", False),
        ("The missiles fell in the Yellow Sea, the JCS said.", False),
    ],
)  # fmt: skip
def test_round29_a_sea_as_the_place_of_a_test_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("발사체는 함흥 인근의 대평반도에 위치한 이동식 발사대에서 발사된 것으로 알려졌다.", True),
        ("발사체는 함흥 부근 대평반도의 이동식 발사 차량에서 발사돼 80여㎞를 비행했다.", True),
        ("ミサイルは咸興近郊の大平半島にある移動式発射台から発射されたという。", True),
        # controls: the known place as the site; no launch verb
        ("발사체는 강원도 원산 인근의 이동식 발사대에서 발사된 것으로 알려졌다.", False),
        ("함흥 인근의 대평반도에는 해안포 진지가 있다.", False),
    ],
)  # fmt: skip
def test_round29_a_site_the_gazetteer_lacks_near_a_known_place_is_a_todo(
    text: str, todo: bool
) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # an open span told with "since": no time, a TODO
        ("Several rockets launched since around 6 a.m. Thursday were detected, the military said.",
         None),
        ("Artillery rounds fired since 7:30 a.m. landed near the border, the JCS said.", None),
        # control: a time told with "at"
        ("Several rockets launched at around 6 a.m. Thursday were detected, the military said.",
         (6, 0)),
    ],
)  # fmt: skip
def test_round29_since_a_time_is_an_open_span(text: str, time: tuple[int, int] | None) -> None:
    times = [f.get("time") for k, f in _items(text, "Test, 2021-09-16") if k == "launch"]
    day = dt.date(2021, 9, 16)
    assert times == ([_at(*time, day)] if time else []) or (time is None and times == [None])
    assert (text in _todos(text, "Test, 2021-09-16")) is (time is None)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # missiles detected, told with them as the subject: a launch with its time and site
        ("합참에 따르면 오전 10시쯤 평안남도 개천 일대에서 미상 순항미사일 수발이 포착됐다.",
         "Kaechon"),
        ("合同参謀本部によると、午前10時ごろ、平安南道の价川付近から巡航ミサイル数発が探知された。",
         "Kaechon"),
    ],
)  # fmt: skip
def test_round29_missiles_detected_as_the_subject_are_a_launch(text: str, site: str) -> None:
    launches = [f for k, f in _items(text) if k == "launch"]
    assert [(f.get("at"), f.get("time")) for f in launches] == [(site, _at(10, 0))]


def test_round29_a_ship_detected_is_no_launch() -> None:  # control
    text = "합참에 따르면 오전 10시쯤 평안남도 남포 인근에서 북한 함정 여러 척이 포착됐다."
    assert [f for k, f in _items(text) if k == "launch"] == []


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("北朝鮮は15日、ロシアと朝鮮半島(Korean Peninsula)の間にある日本海に向けて"
         "ミサイルを発射した。", True),
        ("北朝鮮が15日午前、黄海側の地域で短距離ミサイル数発を発射したと発表した。", True),
        ("The projectiles were fired over its own western waters, the ministry said.", True),
        # controls: a sea with no between; a place on the coast
        ("北朝鮮は15日、日本海に向けてミサイルを発射した。", False),
        ("北朝鮮が15日午前、元山付近から短距離ミサイル数発を発射したと発表した。", False),
    ],
)  # fmt: skip
def test_round29_a_between_or_a_side_of_the_country_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("이 순항미사일은 3시간을 넘게 비행한 것으로 분석됐다.", [180.0]),
        ("이 순항미사일은 1시간 20분 이상 비행한 것으로 분석됐다.", [80.0]),
        # control: hours after, no flight
        ("북한은 3시간 넘게 지난 뒤 발표했다.", []),
    ],
)
def test_round29_korean_hours_as_a_lower_bound_are_the_figure(
    text: str, minutes: list[float]
) -> None:
    assert [f["flight_min"] for k, f in _items(text) if k == "figure"] == minutes


# --------------------------------------------------------------------------- round 30


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        # a type's reach stretched: no figure of this flight
        ("처음 최대 사거리는 300㎞였으나 북한은 사거리를 450㎞까지 늘린 것으로 알려졌다.", []),
        ("当初の射程は300キロだったが、北朝鮮は射程を450キロまで延ばしたとされる。", []),
        ("North Korea has since extended its range to 450 km, officials said.", []),
        # controls: a flight's range told with まで/까지 and no stretching verb
        ("미사일은 450㎞까지 비행했다.", [450.0]),
        ("The missile flew about 450 km before falling into the sea.", [450.0]),
    ],
)  # fmt: skip
def test_round30_a_reach_stretched_is_no_figure(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure"] == ranges


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # the pluperfect day before: another launch
        ("North Korea had launched two rockets the previous day from near Hamhung.", []),
        # control: the day before told of the reported launch
        ("North Korea said Thursday it launched two rockets the previous day from near Hamhung.",
         ["Hamhung"]),
    ],
)  # fmt: skip
def test_round30_the_previous_day_in_the_pluperfect_is_another_launch(
    text: str, sites: list[str]
) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == sites


@pytest.mark.parametrize(
    ("text", "launch"),
    [
        # a border between two countries: no place, no position from it
        ("The DPRK fired a rocket from a site 40 km north of the border between the DPRK and "
         "South Korea at 9:10 a.m.", {"time": _at(9, 10), "at": "North Korea"}),
        ("The rocket was fired at 9:10 a.m. from a site near the North Korea-Russia border.",
         {"time": _at(9, 10)}),
        # control: a distance from a town is a position
        ("The DPRK fired a rocket from a site 40 km north of Pyongyang at 9:10 a.m.",
         {"time": _at(9, 10), "from": "Pyongyang", "distance_km": 40.0, "bearing": "N",
          "about": False}),
    ],
)  # fmt: skip
def test_round30_a_border_between_countries_is_no_place(text: str, launch: dict[str, Any]) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == [launch]


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # a test's place told as a possibility: a TODO, no site
        ("The launch might have taken place near the port of Nampo, analysts said.", []),
        # control: the place reported
        ("The launch took place near the port of Nampo, the military said.", ["Nampo"]),
    ],
)
def test_round30_a_place_told_as_a_possibility_is_no_site(text: str, sites: list[str]) -> None:
    launches = [f.get("at") for k, f in _items(text) if k == "launch"]
    assert launches == sites
    assert (text in _todos(text)) is (not sites)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        # seconds as the object of the flight, digits or 천
        ("발사된 미사일은 원형 궤도를 따라 6,240초를 비행했다.", [6240.0]),
        ("발사된 미사일은 원형 궤도를 따라 6천240초를 비행했다.", [6240.0]),
        ("The cruise missiles travelled for 6,240 seconds along circular orbits.", [6240.0]),
        # controls: the seconds of hours, minutes and seconds are their sum; a delay is no flight
        ("미사일은 1시간 44분 12초를 비행했다.", [6252.0]),
        ("북한은 6,240초를 기다린 뒤 발표했다.", []),
    ],
)
def test_round30_seconds_as_the_object_of_the_flight(text: str, seconds: list[float]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure"] == seconds


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("The North fired two rockets into its west sea on Wednesday, the JCS said.", True),
        ("북한이 14∼15일 이틀 연속으로 단거리 미사일을 서해상으로 발사했다.", True),
        ("北朝鮮は14～15日、短距離ミサイルを日本海に向けて発射した。", True),
        # controls: a named sea; a span of hours
        ("The North fired two rockets into the Yellow Sea on Wednesday, the JCS said.", False),
        ("북한이 15일 오전 8∼11시에 단거리 미사일을 서해상으로 발사했다.", False),
    ],
)
def test_round30_its_side_sea_and_a_dashed_span_of_days_are_todos(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


# --------------------------------------------------------------------------- round 31


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        # a target struck N km away: the range (the convention settled in round 31)
        ("KCNA said the new rocket precisely struck a target 820 km away.", [820.0]),
        ("The two cruise missiles hit their targets 1,350 kilometers away after a long flight.",
         [1350.0]),
        ("The state media said the rockets hit targets about 640 km away on Tuesday.", [640.0]),
        ("발사된 미사일은 820㎞ 떨어진 표적을 정확히 명중했다고 통신은 전했다.", [820.0]),
        ("조선중앙통신은 미사일이 820㎞ 밖의 목표를 타격했다고 보도했다.", [820.0]),
        ("朝鮮中央通信は、ミサイルが820キロ離れた標的に命中したと伝えた。", [820.0]),
        # controls: a bearing, a place or a sea after; a capability; a distance from a place
        ("KCNA said the rocket struck a target 820 km east of Kimchaek.", []),
        ("The rocket struck a target 820 km away off the country's east coast.", []),
        ("The rocket struck a target 820 km away from the port of Kimchaek.", []),
        ("Such rockets can hit targets 820 kilometers away, experts said.", []),
        ("미사일은 김책에서 820㎞ 떨어진 표적을 명중했다.", []),
        ("ミサイルは金策から820キロ離れた標的に命中した。", []),
    ],
)  # fmt: skip
def test_round31_a_target_struck_so_far_away_is_the_range(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure" and "range_km" in f] == ranges


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # a fall into the zone denied, alone or with the territorial waters: a fall outside it
        ("弾道ミサイルは日本のEEZには落下していないとみられる。", [["Japan EEZ"]]),
        ("飛翔体は我が国の排他的経済水域(EEZ)及び領海には落下していないと推定される。",
         [["Japan EEZ"]]),
        ("이번 미사일은 일본 EEZ와 영해에는 떨어지지 않은 것으로 보인다.", [["Japan EEZ"]]),
        ("미사일은 일본의 배타적경제수역(EEZ)에는 낙하하지 않았다고 밝혔다.", [["Japan EEZ"]]),
        ("The rocket did not fall in Japan's EEZ or its territorial waters, Tokyo said.",
         [["Japan EEZ"]]),
        # controls: a fall not confirmed is no fall; a fall into the zone stays inside
        ("日本のEEZ内への落下は確認されていない。", []),
        ("EEZ와 영해에 떨어진 것은 확인되지 않았다.", []),
        ("미사일은 일본 EEZ 안에 떨어졌다.", None),
    ],
)  # fmt: skip
def test_round31_a_fall_into_the_zone_denied_is_a_fall_outside(
    text: str, falls: list[list[str]] | None
) -> None:
    got = [f.get("outside") for k, f in _items(text) if k == "fall"]
    if falls is None:  # the fall stays inside
        assert [f.get("inside") for k, f in _items(text) if k == "fall"] == [["Japan EEZ"]]
    else:
        assert got == falls


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # hours and minutes in words: their sum, as in digits
        ("The rocket flew for about one hour and twelve minutes before it came down.", [72.0]),
        ("State media said the missiles traveled for roughly three hours and four minutes.",
         [184.0]),
        ("The projectile flew for fourteen minutes, the ministry said.", [14.0]),
        ("The projectile flew for 3 hours and twenty-five minutes, the ministry said.", [205.0]),
        # controls: seconds after the minutes (read in seconds); a wait is no flight
        ("The missile flew for one hour, two minutes and ten seconds, KCNA said.", []),
        ("The ministry waited for about one hour and twelve minutes before announcing it.", []),
    ],
)  # fmt: skip
def test_round31_hours_and_minutes_in_words(text: str, minutes: list[float]) -> None:
    assert [f["flight_min"] for k, f in _items(text) if k == "figure" and "flight_min" in f] == (
        minutes
    )


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        # a part of the country told as the site or the fall, no place named: a TODO
        ("North Korea fired a ballistic missile from its northwestern region on Wednesday.", True),
        ("The rockets were launched from the central part of the country toward the east.", True),
        ("The missile was launched from somewhere near the capital, officials said.", True),
        ("北朝鮮は15日午前、北部の山間地域から弾道ミサイルを発射した。", True),
        ("北朝鮮は15日、首都近郊から短距離弾道ミサイルを発射した。", True),
        ("ミサイルは北朝鮮北東部沿岸の沖合に落下したとみられる。", True),
        ("북한은 15일 오전 북부 산악지역에서 탄도미사일을 발사했다.", True),
        ("북한은 15일 중부 내륙 일대에서 동쪽으로 미사일을 발사했다.", True),
        ("미사일은 북한 북동부 해안 앞바다에 떨어진 것으로 보인다.", True),
        # controls: a named place, with or without a side of the country before it
        ("North Korea fired a ballistic missile from Kusong on Wednesday.", False),
        ("北朝鮮は15日午前、亀城から弾道ミサイルを発射した。", False),
        ("북한은 15일 오전 구성 일대에서 탄도미사일을 발사했다.", False),
    ],
)  # fmt: skip
def test_round31_a_part_of_the_country_is_a_todo(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "falls", "sites"),
    [
        # a fall or a site told as a possibility, in any of its wordings: a TODO, no value
        ("The rocket may have fallen into the Yellow Sea, officials said.", [], []),
        ("It is possible that the rocket came down in the Yellow Sea.", [], []),
        ("The rocket possibly landed in the Yellow Sea.", [], []),
        ("ロケットは黄海に落下したかもしれない。", [], []),
        ("로켓은 서해상에 떨어졌을 수도 있다.", [], []),
        ("The rocket was possibly launched from Kusong, an analyst said.", [], []),
        ("로켓은 구성에서 발사됐을 수도 있다고 전문가는 말했다.", [], []),
        ("ロケットは亀城から発射されたかもしれないとの見方もある。", [], []),
        # controls: a fall or a site reported (a presumption is a report, as "とみられる")
        ("The rocket fell into the Yellow Sea, officials said.", ["Yellow Sea"], []),
        ("로켓은 서해상에 떨어진 것으로 추정된다.", ["Yellow Sea"], []),
        ("로켓은 구성에서 발사됐다고 군은 밝혔다.", [], ["Kusong City"]),
    ],
)  # fmt: skip
def test_round31_a_fall_or_site_told_as_a_possibility(
    text: str, falls: list[str], sites: list[str]
) -> None:
    items = _items(text)
    assert [f.get("sea") for k, f in items if k == "fall" and f.get("sea")] == falls
    assert [f.get("at") for k, f in items if k == "launch" and f.get("at")] == sites
    assert (text in _todos(text)) is (not falls and not sites)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # compact times: with a zone named, or listed after one told with its conversion
        ("North Korea fired a rocket at 0852 KST, the JCS said.", [_at(8, 52)]),
        ("The JCS said it detected launches at around 0512 (2012 GMT), 0549 and 0601 from "
         "Kusong.", [_at(5, 12), _at(5, 49), _at(6, 1)]),
        # control: bare compact numbers
        ("North Korea fired a rocket; the codes were 0549 and 0601, the JCS said.", []),
    ],
)  # fmt: skip
def test_round31_compact_times(text: str, times: list[dt.datetime]) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    "text",
    [
        # another launch, told by a past week or month, or counted among this period's launches
        "Earlier this month, North Korea launched a cruise missile from Kusong at 5:40 a.m.",
        "Last week's rocket flew about 480 km and reached an altitude of 45 km.",
        "The rocket launched last week from Kusong flew about 480 km.",
        "It was the North's fourth launch this year, after it fired a rocket from Kusong.",
        "지난번 발사 때 로켓은 약 480㎞를 비행했다.",
        "북한은 지난주 구성에서 로켓을 발사해 480㎞를 비행했다.",
        "北朝鮮は先週、亀城からロケットを発射し、約480キロ飛行した。",
        "北朝鮮は今月上旬にも亀城からロケットを発射し、約480キロ飛行した。",
    ],
)
def test_round31_another_week_or_month_is_another_launch(text: str) -> None:
    assert [k for k, _ in _items(text) if k in ("launch", "figure")] == []


@pytest.mark.parametrize(
    "text",
    [
        # controls: this launch, told with this week's day or a count of its missiles
        "North Korea launched a rocket from Kusong at 5:40 a.m. on Wednesday, the JCS said.",
        "北朝鮮は15日午前5時40分ごろ、亀城からロケットを発射し、約480キロ飛行した。",
    ],
)
def test_round31_this_launch_is_kept(text: str) -> None:
    assert [k for k, _ in _items(text) if k == "launch"] == ["launch"]


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # a place's name as part of a type's ("-class", "級", "급", "型", "형"): no site
        ("The DPRK fired a rocket from a Hamhung-class destroyer on Wednesday.", []),
        ("The DPRK fired a rocket from a Hamhung class destroyer on Wednesday.", []),
        ("北朝鮮は15日、咸興級駆逐艦からロケットを発射した。", []),
        ("北朝鮮は15日、咸興型駆逐艦からロケットを発射した。", []),
        ("북한은 15일 함흥급 구축함에서 로켓을 발사했다.", []),
        ("북한은 15일 함흥형 구축함에서 로켓을 발사했다.", []),
        # controls: the place itself
        ("북한은 15일 함흥에서 로켓을 발사했다.", ["Hamhung"]),
        ("The DPRK fired a rocket from Hamhung on Wednesday.", ["Hamhung"]),
        ("北朝鮮は15日、咸興からロケットを発射した。", ["Hamhung"]),
    ],
)  # fmt: skip
def test_round31_a_place_as_part_of_a_type_name_is_no_site(text: str, sites: list[str]) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch" and f.get("at")] == sites


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a verb denied through a belief ("not believed to have …"): nothing told
        ("The rocket is not believed to have flown over Hokkaido.", []),
        ("The rocket isn't thought to have passed over Japanese territory.", []),
        ("The rocket was not assessed to have fallen into the Sea of Japan.", []),
        ("The rocket is not believed to have been launched from Hamhung.", []),
        # controls: the belief told, not denied
        ("The rocket is believed to have flown over Hokkaido.", ["passage"]),
        ("The rocket is believed to have been launched from Hamhung.", ["launch"]),
    ],
)  # fmt: skip
def test_round31_a_verb_denied_through_a_belief(text: str, kinds: list[str]) -> None:
    assert [k for k, f in _items(text) if f] == kinds


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        # an alert told with another verb; a lifting told later than the time (no time of its own)
        ("J-Alert was triggered in Aomori and Iwate prefectures around 6:40 a.m.",
         [("launch", ["Aomori", "Iwate"], _at(6, 40))]),
        ("Sirens sounded as a J-Alert went off for Aomori Prefecture at 6:40 a.m.",
         [("launch", ["Aomori"], _at(6, 40))]),
        ("A J-Alert was issued for Aomori Prefecture at 6:40 a.m. but was later lifted.",
         [("launch", ["Aomori"], _at(6, 40)), ("lifted", ["Aomori"], None)]),
        ("青森県にJアラートが6時40分に発令され、その後解除された。",
         [("launch", ["Aomori"], _at(6, 40)), ("lifted", ["Aomori"], None)]),
        # control: a lifting told with its own time
        ("The J-Alert for Aomori Prefecture was lifted at 6:52 a.m.",
         [("lifted", ["Aomori"], _at(6, 52))]),
    ],
)  # fmt: skip
def test_round31_alert_verbs_and_a_later_lifting(
    text: str, alerts: list[tuple[str, list[str], dt.datetime | None]]
) -> None:
    got = [(f["type"], f["prefectures"], f.get("time")) for k, f in _items(text) if k == "alert"]
    assert sorted(got, key=lambda a: a[0]) == sorted(alerts, key=lambda a: a[0])


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        # a number in words joined to digits ("ten-thousand-234"): the whole number
        ("KCNA said the cruise missiles flew for nine-thousand-412 seconds over the sea.",
         [9412.0]),
        ("KCNA said the cruise missiles flew for 9,412 seconds over the sea.", [9412.0]),
        # control: words alone
        ("KCNA said the cruise missiles flew for nine thousand seconds over the sea.", [9000.0]),
    ],
)  # fmt: skip
def test_round31_a_number_in_words_joined_to_digits(text: str, seconds: list[float]) -> None:
    assert [f["flight_s"] for k, f in _items(text) if k == "figure" and "flight_s" in f] == (
        seconds
    )


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a day after a time is its day only when nothing but a bracket or "on" stands between
        ("Wednesday's launch, from Hamhung at 6:25 a.m., followed Monday's test from Kusong.",
         [_at(6, 25)]),
        # controls: the day right after the time, or after "on"
        ("The rocket was launched from Hamhung at 6:25 a.m. Wednesday.", [_at(6, 25)]),
        ("The rocket was launched from Hamhung at 6:25 a.m., on Tuesday.",
         [_at(6, 25, dt.date(2021, 9, 14))]),
    ],
)  # fmt: skip
def test_round31_a_day_after_a_time_and_a_verb_is_not_its_day(
    text: str, times: list[dt.datetime]
) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a sixteen-point way in English: that point, never its first half
        ("North Korea fired a rocket from Hamhung at 7 a.m.; it flew east-northeast.", "ENE"),
        ("North Korea fired a rocket west-southwestward from Hamhung at 7 a.m.", "WSW"),
        ("North Korea fired a rocket from Hamhung toward the north-northeast at 7 a.m.", "NNE"),
        # control: an eight-point way
        ("North Korea fired a rocket from Hamhung at 7 a.m.; it flew northeast.", "NE"),
    ],
)
def test_round31_a_sixteen_point_way_in_english(text: str, direction: str) -> None:
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] == [direction]


@pytest.mark.parametrize(
    ("text", "over"),
    [
        # a passage told with another verb
        ("The rocket overflew Aomori Prefecture and landed in the Pacific Ocean.", ["Aomori"]),
        ("The rocket traversed Aomori Prefecture before it fell.", ["Aomori"]),
        ("ロケットは青森県上空を飛び越え、太平洋に落下した。", ["Aomori"]),
        ("ロケットは青森県の上空を越えて太平洋に落下した。", ["Aomori"]),
        # controls: no passage
        ("The rocket fell 300 km east of Aomori Prefecture.", []),
        ("ロケットは青森県の東約300キロに落下した。", []),
    ],
)  # fmt: skip
def test_round31_a_passage_told_with_another_verb(text: str, over: list[str]) -> None:
    assert [f.get("over") for k, f in _items(text) if k == "passage"] == over


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # the sea on one side of the peninsula or of a place, with 쪽 as with 방: no direction
        ("북한은 15일 한반도 서쪽 해상으로 로켓 2발을 발사했다.", None),
        ("북한은 15일 함흥 남동쪽 먼바다로 로켓 2발을 발사했다.", None),
        # controls: a way, then a sea named
        ("북한은 15일 함흥에서 남동쪽 동해상으로 로켓 2발을 발사했다.", "SE"),
        ("북한은 15일 함흥에서 남동쪽으로 로켓 2발을 발사했다.", "SE"),
    ],
)
def test_round31_the_sea_on_one_side_is_no_direction(text: str, direction: str | None) -> None:
    assert [f.get("direction") for k, f in _items(text) if k == "launch"] in ([direction], [])
    assert (text in _todos(text)) is (direction is None)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a height told after its number ("… km in altitude", "… in height"): the apogee
        ("The rocket climbed steeply, reaching 4,350 km in altitude.", [{"apogee_km": 4350.0}]),
        ("The rocket rose to about 4,350 km in height.", [{"apogee_km": 4350.0}]),
        # control: a distance told before "in" something else
        ("The rocket flew 4,350 km in 50 minutes.", [{"range_km": 4350.0}, {"flight_min": 50.0}]),
    ],
)  # fmt: skip
def test_round31_a_height_told_after_its_number(text: str, figures: list[dict[str, float]]) -> None:
    got = [sorted(f.items()) for k, f in _items(text) if k == "figure"]
    assert sorted(got) == sorted(sorted(f.items()) for f in figures)


@pytest.mark.parametrize(
    ("text", "times", "todo"),
    [
        # a numeric day and month: read when one order alone is a date; else no time, a TODO
        ("North Korea fired a rocket at 7:10 a.m. on 9/14, the JCS said.",
         [_at(7, 10, dt.date(2021, 9, 14))], False),
        ("North Korea fired a rocket at 7:10 a.m. on 9/10, the JCS said.", [], True),
        # control: no numeric day
        ("North Korea fired a rocket at 7:10 a.m., the JCS said.", [_at(7, 10)], False),
    ],
)  # fmt: skip
def test_round31_a_numeric_day_and_month(text: str, times: list[dt.datetime], todo: bool) -> None:
    assert [f["time"] for k, f in _items(text) if k == "launch" and "time" in f] == times
    assert (text in _todos(text)) is todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        # a side of a place as the site, in English: a TODO (the place itself stays a coastal
        # one's site, README "Holdout 17"; an inland one's is none)
        ("North Korea fired a rocket from north of Kusong at 7 a.m.", True),
        ("North Korea fired a rocket from just southeast of Kusong at 7 a.m.", True),
        # controls: the place itself; a distance from it
        ("North Korea fired a rocket from Kusong at 7 a.m.", False),
        ("North Korea fired a rocket from a site 20 km north of Kusong at 7 a.m.", False),
    ],
)
def test_round31_a_side_of_a_place_as_the_site_in_english(text: str, todo: bool) -> None:
    assert (text in _todos(text)) is todo


# --------------------------------------------------------------------------- round 32


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # the country told as the one that fired, when no site is named: the page's launch
        ("韓国軍は本日、黄海に向けて弾道ミサイル2発を発射した。", "South Korea"),
        (
            "フィリピンが午前、南シナ海へ向けてミサイルを発射したと日本政府が発表した。",
            "Philippines",
        ),
        ("한국군이 오늘 서해상으로 탄도미사일 1발을 발사했다고 국방부가 밝혔다.", "South Korea"),
        ("South Korea test-fired a cruise missile into the Yellow Sea on Tuesday.", "South Korea"),
        (
            "Two missiles launched by the Philippines fell into the sea, Japan's ministry said.",
            "Philippines",
        ),
        # controls: the reporting country, a country protesting another's launch, no firer
        ("日本政府によると、ミサイルは日本海に落下した。", None),
        ("日本はフィリピンの発射に抗議した。", None),
        ("Japan's Defense Ministry said a missile was launched on Tuesday.", None),
        ("国防省は本日、ミサイルを発射したと発表した。", None),
    ],
)
def test_round32_the_launch_falls_back_to_the_country_that_fired(text: str, at: str | None) -> None:
    import tomllib

    from alertmap.layers.draft import draft_toml

    toml = draft_toml(_draft(text))
    launch = tomllib.loads(toml)["launch"]
    assert launch.get("at") == at
    assert ("TODO" in toml) is True


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a time on another clock with the Japanese / Korean one beside it: the bracket's
        (
            "フィリピン軍は15日午前10時12分(日本時間同11時12分)、巡航ミサイルを発射した。",
            [(11, 12)],
        ),
        ("필리핀군은 15일 오전 10시12분(한국시간 오전 11시12분) 미사일을 발사했다.", [(11, 12)]),
        (
            "The missile was launched at 10:12 a.m. (11:12 a.m. Japan time), the ministry said.",
            [(11, 12)],
        ),
        # controls: the same clock told again, the statement's own zone named in the bracket
        ("北朝鮮は午前6時12分(日本時間同)ごろ、弾道ミサイルを発射した。", [(6, 12)]),
        ("북한은 오전 6시 12분(한국시간 오전 6시 12분) 미사일을 발사했다.", [(6, 12)]),
    ],
)
def test_round32_the_japanese_time_beside_another_clock(
    text: str, times: list[tuple[int, int]]
) -> None:
    found = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert [(t.astimezone(JST).hour, t.astimezone(JST).minute) for t in found] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # another country's launch told on its clock: no time, a TODO
        ("South Korea said the Philippines test-fired a missile at 10:12 a.m. Wednesday.", []),
        (
            "15일(이하 현지시각) 필리핀 국방부에 따르면 필리핀군은 이날 오전 10시12분 남중국해로 "
            "미사일을 발사했다.",
            [],
        ),
        (
            "필리핀이 미사일을 발사했다. 국방부는 미사일이 오전 10시 12분(현지 시간)에 "
            "발사되었다고 말했다.",
            [],
        ),
        # controls: North Korea's local time, a Japanese statement on Japan's clock
        ("North Korea fired a missile at 10:12 a.m. local time, Seoul said.", [(10, 12)]),
        ("防衛省によると、フィリピン軍は午前10時12分ごろ、ミサイルを発射した。", [(10, 12)]),
    ],
)
def test_round32_another_countrys_clock_is_a_todo(text: str, times: list[tuple[int, int]]) -> None:
    found = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert [(t.hour, t.minute) for t in found] == times
    assert bool(_todos(text)) == (not times)


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("합참에 따르면 미사일 3발은 9일 오전 7시 12분에서 오전 8시 3분 사이에 발사됐다.", []),
        ("미사일은 오후 1시 5분에서 2시 40분 사이 발사됐다.", []),
        # control: "에서" after a time that is no span's start
        ("북한은 오전 7시 12분 평양에서 미사일을 발사했다.", [(7, 12)]),
    ],
)
def test_round32_a_korean_span_between_two_times(text: str, times: list[tuple[int, int]]) -> None:
    found = [f["time"] for k, f in _items(text) if k == "launch" and "time" in f]
    assert [(t.hour, t.minute) for t in found] == times


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # a first-time remark after the fall was told: no fall of its own
        (
            "巡航ミサイル2発は日本のEEZ内に落下した。北朝鮮の巡航ミサイルが日本のEEZ内に落下するのは"
            "初めてだ。",
            1,
        ),
        (
            "순항미사일 2발이 일본 EEZ 안에 떨어졌다. 북한 순항미사일이 일본 EEZ 안에 떨어진 것은 "
            "처음이다.",
            1,
        ),
        (
            "Two cruise missiles fell inside Japan's EEZ. It was the first time a North Korean "
            "cruise missile fell in Japan's EEZ.",
            1,
        ),
        # controls: the remark alone tells the fall (README, 2016-08-03), a fall told with "for
        # the first time", a first launch after the fall
        ("北朝鮮の巡航ミサイルが日本のEEZ内に落下したのは初めてだ。", 1),
        (
            "For the first time in five years, North Korea fired a missile that fell in "
            "Japan's EEZ.",
            1,
        ),
        ("北朝鮮は弾道ミサイルを発射し、日本のEEZ内に落下した。初めての発射だ。", 1),
    ],
)
def test_round32_a_first_time_remark_is_no_fall(text: str, falls: int) -> None:
    assert len([k for k, _ in _items(text) if k == "fall"]) == falls


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        (
            "군 당국은 북한이 이날 오전 사거리 120여km의 지대함 미사일 수발을 서해상으로 "
            "발사했다고 밝혔다.",
            [],
        ),
        ("北朝鮮は射程120キロ程度の地対艦ミサイル数発を日本海に発射した。", []),
        # control: a reach with no class word stays the flight's (README, round 16)
        ("북한은 사거리 450㎞의 탄도미사일을 발사했다.", [450.0]),
    ],
)
def test_round32_a_reach_of_a_role_class_is_no_figure(text: str, ranges: list[float]) -> None:
    assert [f["range_km"] for k, f in _items(text) if k == "figure" and "range_km" in f] == ranges


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "北朝鮮が予告していた沖縄の南に設定された訓練海域に落下したと推定される。",
            [["notified areas"]],
        ),
        ("ミサイルは予定した海域に落下させたと発表した。", [["notified areas"]]),
        ("미사일은 지정된 바다 구역에 떨어졌다고 말했다.", [["notified areas"]]),
        (
            "The missile fell into a designated area in the high seas of the Pacific Ocean.",
            [["notified areas"]],
        ),
        (
            "The missiles fell in the EEZ part of a North Korean-designated training area.",
            [["Japan EEZ", "notified areas"]],
        ),
        # controls: an area named for the launch, an area with no fall
        ("북한은 지정된 구역에서 미사일을 발사했다.", []),
        ("The designated area was announced on Monday.", []),
    ],
)
def test_round32_a_fall_in_an_area_announced(text: str, inside: list[list[str]]) -> None:
    assert [f.get("inside") for k, f in _items(text) if k == "fall"] == inside


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("2発は九州本島上空を飛翔したものと推定される。", ["Kyushu"]),
        ("미사일 2발은 규슈 본섬 상공을 넘은 것으로 보인다.", ["Kyushu"]),
        ("미사일은 삿포로 주변 상공을 통과한 것으로 보인다.", ["Sapporo"]),
        ("The ministry said two of them likely crossed over Hokkaido.", ["Hokkaido"]),
        # controls: a side of a place, a crossing of no place
        ("미사일은 삿포로 서쪽 상공을 통과했다.", []),
        ("The troops crossed over the border on Monday.", []),
    ],
)
def test_round32_a_passage_over_a_main_island_or_near_a_place(text: str, over: list[str]) -> None:
    assert [f["over"] for k, f in _items(text) if k == "passage" and "over" in f] == over


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        (
            "北朝鮮は同日、北朝鮮の西側沿岸部から黄海に、東側沿岸部から日本海にミサイルを発射した。",
            True,
        ),
        ("The missiles were fired from the isolated country's west coast on Friday.", True),
        ("North Korea fired missiles into the sea that lies between it and Japan.", True),
        # controls: a named place on its coast, a sea by its name
        ("North Korea fired from Wonsan on its east coast.", False),
        ("North Korea fired two missiles into the Sea of Japan.", False),
    ],
)
def test_round32_a_sides_coast_or_a_sea_told_between_is_a_todo(text: str, todo: bool) -> None:
    assert bool(_todos(text)) == todo


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        ("② 10時05分頃、広東省沿岸から発射し、約400km程度飛翔。", True),
        ("⑤ 11時20分頃、中国内陸部から発射し、約600km程度飛翔。", True),
        ("The missile was fired from Guangdong Province, the ministry said.", True),
        # control: a place the gazetteer knows
        ("③ 10時05分頃、東倉里から発射し、約400km程度飛翔。", False),
    ],
)
def test_round32_a_provinces_coast_or_a_countrys_inland_is_a_todo(text: str, todo: bool) -> None:
    assert bool(_todos(text)) == todo


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        (
            "The closest one came to Japanese territory was about 120 kilometers west of Okushiri.",
            [{"from": "Okushiri", "distance_km": 120.0, "bearing": "W", "about": True}],
        ),
        (
            "The nearest one was some 200 km north of Sado.",
            [{"from": "Sado Island", "distance_km": 200.0, "bearing": "N", "about": True}],
        ),
        # controls: the closest one's launch, a distance that is no fall point
        ("The closest one was launched from Wonsan.", []),
        ("The closest one was the second of the day.", []),
    ],
)
def test_round32_the_closest_one_was_so_far_from_a_place(
    text: str, falls: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        # another country told as the firer, with the launch's time: its site
        (
            "フィリピン軍は午前10時12分ごろ、南シナ海に向けてミサイルを発射した。",
            [{"at": "Philippines", "time": _at(10, 12)}],
        ),
        (
            "필리핀군이 오전 10시 12분 남중국해로 미사일을 발사했다.",
            [{"at": "Philippines", "time": _at(10, 12)}],
        ),
        # controls: the firer alone is no launch item; Seoul's and Tokyo's forces only report
        ("The Philippines test-fired a cruise missile into the South China Sea.", []),
        (
            "韓国軍は北朝鮮が午前7時に発射したと発表した。",
            [{"at": "North Korea", "time": _at(7, 0)}],
        ),
        ("한국군이 오전 7시 발사를 포착했다.", [{"time": _at(7, 0)}]),
    ],
)
def test_round32_another_country_as_the_firer_is_the_site(
    text: str, launches: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "launch"] == launches


@pytest.mark.parametrize(
    ("text", "falls", "todo"),
    [
        # the zone's waters ("EEZ 수역"), a sea around a place fired into
        (
            "그중 3발이 이시카와현 노토반도 북쪽에 자리한 일본 EEZ 수역에 떨어진 것으로 추정된다.",
            [{"inside": ["Japan EEZ"]}],
            True,
        ),
        ("미사일은 일본 EEZ 수역 밖에 떨어졌다.", [{"outside": ["Japan EEZ"]}], True),
        ("북한은 어제 원산 주변 해역에 발사한 미사일 2발의 사진을 공개했다.", [], True),
        # control: a site told with 앞바다에서
        ("북한이 원산 앞바다에서 미사일을 발사했다.", [], False),
    ],
)
def test_round32_the_zones_waters_and_a_sea_around_a_place(
    text: str, falls: list[dict[str, Any]], todo: bool
) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls
    assert bool(_todos(text)) == todo


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # missiles told by their numbers before one fall verb: a fall each
        (
            "- ①については、予告していた佐渡島の北に設定されている訓練海域内の我が国EEZ外に、③から⑥"
            "については、予告していた隠岐の北西に設定されている訓練海域内の我が国EEZ内に落下したもの"
            "と推定されます。",
            [
                {"inside": ["notified areas"], "outside": ["Japan EEZ"]},
                {"inside": ["notified areas", "Japan EEZ"]},
            ],
        ),
        (
            "- なお、②及び③については、北朝鮮が公表していた日本海に設定されている訓練海域に、④に"
            "ついては、北朝鮮が公表していた黄海に設定されている訓練海域に落下したものと推定されます。",
            [
                {"sea": "Sea of Japan", "inside": ["notified areas"]},
                {"sea": "Yellow Sea", "inside": ["notified areas"]},
            ],
        ),
        # control: one missile's number, one fall
        ("①については、日本海に落下したものと推定されます。", [{"sea": "Sea of Japan"}]),
    ],
)
def test_round32_falls_told_by_missile_numbers(text: str, falls: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # "the others, all of them": the rest's zone, not every fall's
        (
            "3発が日本のEEZ内に落下した。他の2発はいずれもEEZ外で、1発は佐渡島の北、1発は隠岐の北西に"
            "設定された各訓練海域に落下したと推定される。",
            # (round 33: a fall for each count told as a topic, "1発は…、1発は…": two)
            [
                {"inside": ["Japan EEZ"]},
                {"outside": ["Japan EEZ"], "inside": ["notified areas"]},
                {"outside": ["Japan EEZ"], "inside": ["notified areas"]},
            ],
        ),
        # control: "all of them" after the fall told, for every fall
        (
            "2発が日本海に落下した。いずれもEEZ外と推定される。",
            [{"sea": "Sea of Japan", "outside": ["Japan EEZ"]}],
        ),
    ],
)
def test_round32_the_others_all_of_them(text: str, falls: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls


# --------------------------------------------------------------------------- round 33


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a range told in words joined to digits, or as an adjective of "distance"
        (
            "The agency said the rockets hit a buoy after flying a two-thousand-300-kilometre "
            "distance along an oval path.",
            [{"range_km": 2300.0}],
        ),
        ("Its drones flew a 640-kilometer distance, the agency said.", [{"range_km": 640.0}]),
        # controls: a type's reach told as an adjective; the digits of "one-thousand-500" alone
        ("The 2,300-kilometer range missile was shown at the parade.", []),
        ("The rocket flew three-thousand-40 km.", [{"range_km": 3040.0}]),
    ],
)
def test_round33_a_range_in_words_and_digits_or_as_an_adjective(
    text: str, figures: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a part of the country, then the place in it in brackets: the place is the site
        (
            "北朝鮮が午前7時15分ごろ東部(咸鏡南道・咸興付近)から弾道ミサイル2発を発射した。",
            "Hamhung",
        ),
        ("北朝鮮が午前7時15分ごろ北朝鮮東部(元山)から弾道ミサイル2発を発射した。", "Wonsan"),
        ("북한이 오전 7시 15분께 동부(강원도 원산 일대)에서 탄도미사일 2발을 발사했다.", "Wonsan"),
        ("북한이 오전 7시 15분께 북한 동부(함흥)에서 탄도미사일 2발을 발사했다.", "Hamhung"),
        # controls: a side of a place in the brackets says where, and is no site
        ("北朝鮮が午前7時15分ごろ北西部(平壌の北)から弾道ミサイル2発を発射した。", "North Korea"),
        ("北朝鮮が午前7時15分ごろ東部(元山の北)から弾道ミサイル2発を発射した。", "North Korea"),
        (
            "북한이 오전 7시 15분께 문천(원산 북방) 일대에서 탄도미사일 2발을 발사했다.",
            "North Korea",
        ),
    ],
)
def test_round33_a_part_of_the_country_then_its_place_in_brackets(text: str, site: str) -> None:
    assert [f.get("at") for k, f in _items(text) if k == "launch"] == [site]


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # two seas joined before one fall verb: a fall in each
        (
            "Debris of the rocket fell into the Sea of Japan and the Pacific Ocean, outside "
            "Japan's exclusive economic zone.",
            [
                {"sea": "Sea of Japan", "outside": ["Japan EEZ"]},
                {"sea": "North Pacific Ocean", "outside": ["Japan EEZ"]},
            ],
        ),
        (
            "Two stages dropped into the Yellow and East China Sea.",
            [{"sea": "Yellow Sea"}, {"sea": "East China Sea"}],
        ),
        (
            "ロケットの一部は日本海と太平洋に落下した。",
            [{"sea": "Sea of Japan"}, {"sea": "North Pacific Ocean"}],
        ),
        (
            "로켓 잔해는 서해와 동중국해에 떨어졌다.",
            [{"sea": "Yellow Sea"}, {"sea": "East China Sea"}],
        ),
        # controls: a sea between two; a sea flown over, then the sea fallen into; one sea
        (
            "The debris fell into the waters between the Yellow Sea and the East China Sea.",
            [{"sea": "Yellow Sea"}],
        ),
        (
            "The rocket flew over the Yellow Sea and fell into the East China Sea.",
            [{"sea": "East China Sea"}],
        ),
        ("ロケットの一部は黄海と東シナ海の間に落下した。", [{"sea": "East China Sea"}]),
        ("로켓 잔해는 동중국해에 떨어졌다.", [{"sea": "East China Sea"}]),
    ],
)
def test_round33_two_seas_joined_before_one_fall_verb(
    text: str, falls: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # the zone told with "maritime" before it
        (
            "The rockets flew about 400 kilometers before splashing down outside Japan's "
            "maritime exclusive economic zone, the minister said.",
            [{"outside": ["Japan EEZ"]}],
        ),
        (
            "One rocket came down inside Japan's maritime EEZ off Akita.",
            [{"inside": ["Japan EEZ"]}],
        ),
        # control: a maritime border is no zone (a fall with no place, a TODO)
        ("The rocket came down south of the maritime border.", [{}]),
    ],
)
def test_round33_the_maritime_zone(text: str, falls: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text) if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a range whose verb of flight ends its clause before another distance
        ("그중 1발은 420㎞를 비행해 목표 섬 50㎞ 앞에 떨어졌다.", [{"range_km": 420.0}]),
        ("나머지는 420㎞를 날아가 섬 30㎞ 너머로 떨어졌다.", [{"range_km": 420.0}]),
        ("1発は420キロ飛行し目標の島の50キロ先に落下した。", [{"range_km": 420.0}]),
        (
            "오전에 쏜 2발은 70km를 비행했으며 오후에 쏜 240mm 포탄 3발은 120여km를 날아갔다.",
            [{"range_km": 70.0}, {"range_km": 120.0}],
        ),
        # controls: a noun with its own number after the range; no verb of flight
        (
            "비행거리는 1000km 정도이고 최고 고도는 6000km였다.",
            [{"range_km": 1000.0}, {"apogee_km": 6000.0}],
        ),
        ("목표 섬은 해안에서 420㎞ 떨어져 있고 50㎞ 너머에 암초가 있다.", []),
    ],
)
def test_round33_a_range_before_the_next_clauses_distance(
    text: str, figures: list[dict[str, Any]]
) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # counts told as topics, their places sharing one noun before one fall verb: a fall each
        ("2発は佐渡島の北、1発は隠岐の北西に設定された訓練海域に落下したと推定される。", 2),
        ("1発は能登半島の北、2発は隠岐の北、1発は佐渡島の西に設定された各訓練海域に落下した。", 3),
        ("미사일 중 1발은 울릉도 북쪽, 2발은 독도 서쪽에 설정된 훈련 구역에 떨어졌다.", 2),
        # controls: one count; counts with different seas (one fall, as before); "1発目"
        ("1発は隠岐の北西に設定された訓練海域に落下した。", 1),
        ("1発は日本海に、1発は太平洋に落下した。", 1),
        ("2発を発射し、1発は日本海に落下した。", 1),
    ],
)
def test_round33_counts_as_topics_sharing_one_place_noun(text: str, count: int) -> None:
    assert len([f for k, f in _items(text) if k == "fall"]) == count


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        # areas the firer announced, told by their places with no verb: a TODO
        ("北朝鮮が予告した海域は、沖縄本島の東1カ所と、石垣島の南1カ所。", True),
        ("中国側が公表した区域は、台湾の東2カ所と与那国島周辺1カ所だった。", True),
        ("북한이 설정한 해역은 제주도 남쪽 2곳과 오키나와 동쪽 1곳이다.", True),
        ("The designated areas were two east of Luzon and one south of Guam.", True),
        # controls: no place named; a fall in the area
        ("中国側が指定した海域は3カ所。", False),
        ("The designated areas were not disclosed.", False),
    ],
)
def test_round33_announced_areas_told_with_no_verb(text: str, todo: bool) -> None:
    assert bool(_todos(text, "Test, 2024-09-25")) == todo


@pytest.mark.parametrize(
    ("text", "falls"),
    [
        # after a fall, a sentence that says where its point was, with no fall word
        (
            "1発は日本海に落下した。隠岐の北西200キロの地点だった。",
            [
                {
                    "sea": "Sea of Japan",
                    "from": "Oki Islands",
                    "distance_km": 200.0,
                    "bearing": "NW",
                    "about": False,
                }
            ],
        ),
        (
            "1발은 동해상에 떨어졌다. 울릉도 북쪽 200㎞, 속초에서 동쪽으로 150㎞ 떨어진 "
            "지점이었다.",
            [
                {"sea": "Sea of Japan"},
                {"from": "Ulleungdo", "distance_km": 200.0, "bearing": "N", "about": False},
                {"from": "Sokcho", "distance_km": 150.0, "bearing": "E", "about": False},
            ],
        ),
        # controls: no fall before it (a TODO); a point told with a verb of its own
        ("北朝鮮はミサイルを発射した。隠岐の北西200キロの地点だった。", []),
        (
            "1発は日本海に落下した。艦艇は隠岐の北西200キロの地点を航行していた。",
            [{"sea": "Sea of Japan"}],
        ),
    ],
)
def test_round33_a_fall_point_told_by_a_copula(text: str, falls: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text, "Test, 2022-11-02") if k == "fall"] == falls


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # another day told in a clause before "…北朝鮮はこの日": the rest is this launch's
        (
            "今月3日に日本海へロケット砲を発射した北朝鮮はこの日、元山付近からミサイルを発射した。",
            ["Wonsan"],
        ),
        ("지난 3일 동해로 방사포를 쏜 북한은 이날 원산 일대에서 미사일을 발사했다.", ["Wonsan"]),
        (
            "先月末に黄海へ砲弾を発射した北朝鮮はこの日、咸興付近からミサイルを発射した。",
            ["Hamhung"],
        ),
        # controls: the other day alone; "同日" (the day just named)
        ("今月3日に北朝鮮は元山付近からミサイルを発射した。", []),
        ("今月3日に日本海へロケット砲を発射した北朝鮮は同日、元山付近からミサイルを発射した。", []),
    ],
)
def test_round33_this_day_after_a_clause_about_another(text: str, sites: list[str]) -> None:
    items = _items(text, "Test, 2016-04-20")
    assert [f.get("at") for k, f in items if k == "launch"] == sites


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the same figure told again for the next missile: its own
        (
            "The first rocket reached an altitude of 60 km and flew 300 km, while the second "
            "one rose as high as 60 km and flew 350 km.",
            [{"apogee_km": 60.0}, {"range_km": 300.0}, {"apogee_km": 60.0}, {"range_km": 350.0}],
        ),
        (
            "첫 번째 미사일은 고도 60㎞로 300㎞를, 두 번째 미사일은 고도 60㎞로 350㎞를 비행했다.",
            [{"apogee_km": 60.0}, {"apogee_km": 60.0}, {"range_km": 350.0}],
        ),
        # control: the same figure told twice of one missile
        (
            "The rocket reached an altitude of 60 km and flew 300 km; its altitude of 60 km was "
            "lower than expected.",
            [{"apogee_km": 60.0}, {"range_km": 300.0}],
        ),
    ],
)
def test_round33_the_next_missiles_same_figure(text: str, figures: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a time the launch clause qualifies, counted from
        (
            "総理は、北朝鮮がミサイルを発射したとみられる7時10分から5分後の7時15分に指示した。",
            [(7, 10)],
        ),
        (
            "총리는 북한이 미사일을 발사한 것으로 추정되는 오전 7시 10분부터 5분 뒤에 지시를 "
            "내렸다.",
            [(7, 10)],
        ),
        # controls: a span of times; a meeting's time
        ("北朝鮮は午前7時10分から7時30分にかけてミサイルを発射した。", []),
        ("북한이 미사일을 발사한 오전 7시 10분에 회의가 열렸다.", []),
    ],
)
def test_round33_a_time_qualified_by_the_launch_clause(
    text: str, times: list[tuple[int, int]]
) -> None:
    items = _items(text, "Test, 2017-04-05")
    got = [f["time"] for k, f in items if k == "launch" and "time" in f]
    assert got == [_at(h, m, dt.date(2017, 4, 5)) for h, m in times]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the range as the topic, its number after a comparison: "came to only N"
        ("비행거리는 당초 예상에 크게 못 미치는 800㎞에 그쳤다.", [{"range_km": 800.0}]),
        ("飛行距離は当初の想定を大きく下回る800キロにとどまった。", [{"range_km": 800.0}]),
        # controls: a height as the topic (no range); no "only"
        ("정점고도는 당초 예상에 크게 못 미치는 80㎞에 그쳤다.", []),
        ("飛行距離は当初の想定を大きく下回り、800キロ先の目標は外れた。", []),
    ],
)
def test_round33_a_range_told_as_all_it_came_to(text: str, figures: list[dict[str, Any]]) -> None:
    assert [f for k, f in _items(text) if k == "figure"] == figures


@pytest.mark.parametrize(
    ("text", "todo"),
    [
        # a place the gazetteer lacks, named in a side of the country as the site: a TODO
        ("北朝鮮が午後0時半すぎ、北朝鮮北西部の大館から弾道ミサイル1発を発射しました。", True),
        ("북한이 오후 0시 30분께 북한 북서부 대관에서 탄도미사일 1발을 발사했다.", True),
        # controls: a place it knows there
        ("北朝鮮が午後0時半すぎ、北朝鮮東部の元山付近から弾道ミサイル1発を発射しました。", False),
        ("북한이 오후 0시 30분께 북한 동부 원산 일대에서 탄도미사일 1발을 발사했다.", False),
    ],
)
def test_round33_an_unknown_place_in_a_side_of_the_country(text: str, todo: bool) -> None:
    assert bool(_todos(text, "Test, 2025-11-07")) == todo
