"""Reported positions in Japanese, Korean and English (``alertmap locate``), and the numbers,
units, hedges and compass words they are written with.

Expected values are written by hand from the phrases; a phrase's placement is checked against
the same phrase in English, which the placement rules were built on."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from alertmap.layers.build import locate_fall, locate_geojson
from alertmap.layers.numbers import find_clock_times, find_dates, find_quantities, number_value
from alertmap.layers.phrases import (
    PhraseError,
    compass_word,
    find_positions,
    hedges_in,
    language_of,
    parse_phrase,
    read_phrase,
)
from alertmap.maps.cli import main

# (phrase, language, origin, km, bearing, about, sea)
DISTANCES = [
    ("フィリピンの東約600キロ", "ja", "Philippines", 600, "E", True, ""),
    ("フィリピンの東、約600キロの太平洋上", "ja", "Philippines", 600, "E", True,
     "North Pacific Ocean"),
    ("필리핀 동쪽 약 600㎞", "ko", "Philippines", 600, "E", True, ""),
    ("백령도 서쪽 33km 지점", "ko", "Baengnyeongdo", 33, "W", False, ""),
    ("朝鮮半島の南西、約350キロの東シナ海", "ja", "Korean Peninsula", 350, "SW", True,
     "East China Sea"),
    ("小笠原諸島の沖ノ鳥島の南西およそ1200キロ", "ja", "Okinotorishima", 1200, "SW", True, ""),
    ("青森県西方約250キロ", "ja", "Aomori", 250, "W", True, ""),
    ("北海道・渡島大島の西約200キロ", "ja", "Oshima-Oshima", 200, "W", True, ""),
    ("島根県の島後から北寄りに370キロほど", "ja", "Oki Islands", 370, "N", True, ""),
    ("沖縄本島の東北東1千キロ", "ja", "Okinawa main island", 1000, "ENE", False, ""),
    ("어청도 서방 200여㎞ 해상", "ko", "Eocheongdo", 200, "W", True, ""),
    ("한반도 서쪽 약 300㎞ 지점의 서해", "ko", "Korean Peninsula", 300, "W", True, "Yellow Sea"),
    ("충남 태안군에서 서쪽으로 약 253km", "ko", "Taean", 253, "W", True, ""),
    ("홋카이도 오쿠시리섬에서 서쪽으로 약 250㎞", "ko", "Okushiri", 250, "W", True, ""),
    ("울릉도 서북방 167㎞", "ko", "Ulleungdo", 167, "NW", False, ""),
    ("독도 남남서 ４천500여㎞", "ko", "Liancourt Rocks", 4500, "SSW", True, ""),
    ("about 600 km east of Manila", "en", "Manila", 600, "E", True, ""),
    ("about 1,200 km SSE of Sohae", "en", "Sohae", 1200, "SSE", True, ""),
    ("33 km W of Baengnyeongdo", "en", "Baengnyeongdo", 33, "W", False, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "origin", "km", "bearing", "about", "sea"), DISTANCES)
def test_distance_phrases(
    text: str, language: str, origin: str, km: float, bearing: str, about: bool, sea: str
) -> None:
    reading = read_phrase(text)
    spec = reading.spec
    assert reading.language == language
    assert (spec.origin, spec.distance_m, spec.bearing_text, spec.about) == (
        origin, km * 1000.0, bearing, about
    )  # fmt: skip
    assert reading.sea == sea


@pytest.mark.parametrize(
    "text",
    ["沖縄本島と宮古島の間", "沖縄本島と宮古島との間の上空", "오키나와 본섬과 미야코섬 사이",
     "passed between Okinawa main island and Miyako Island"],
)  # fmt: skip
def test_between_phrases(text: str) -> None:
    assert parse_phrase(text).between == ("Okinawa main island", "Miyako Island")


def test_three_languages_give_one_position() -> None:
    """The Japanese and Korean phrases are placed exactly as the English one."""
    english = locate_fall("about 600 km east of the Philippines")
    for text in ("フィリピンの東約600キロ", "필리핀 동쪽 약 600㎞"):
        placed = locate_fall(text)
        assert (placed.point.lon, placed.point.lat) == (english.point.lon, english.point.lat)
        assert placed.geometry.equals(english.geometry)


def test_a_sea_in_the_phrase_narrows_the_area_as_sea_does() -> None:
    with_sea = locate_fall("フィリピンの東、約600キロの太平洋上")
    english = locate_fall("about 600 km east of the Philippines", sea="Pacific")
    assert with_sea.geometry.equals(english.geometry)


def test_locate_says_what_it_understood(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["locate", "フィリピンの東、約600キロの太平洋上"]) == 0
    feature = json.loads(capsys.readouterr().out)["features"][0]
    assert feature["properties"]["understood"] == {
        "language": "ja",
        "form": "distance and bearing from a place",
        "reference": "フィリピン (Philippines)",
        "distance": "約600キロ",
        "distance_km": 600.0,
        "bearing": "東 (E)",
        "about": True,
        "hedges": ["約"],
        "sea": "North Pacific Ocean",
    }
    understood = locate_geojson("between Okinawa main island and Miyako Island")["features"][0]
    assert understood["properties"]["understood"]["language"] == "en"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("フィリピンのどこか", "expected a distance and compass direction from a place"),
        ("필리핀 어딘가", "'필리핀 동쪽 약 600㎞' or '오키나와 본섬과 미야코섬 사이'"),
        ("somewhere over the rainbow", "expected 'about D km BEARING of PLACE'"),
        ("フィリピンの東約５万キロ", "expected a distance of at most 20,000 km"),
        ("沖縄本島と沖縄島の間", "expected two different places"),
    ],
)
def test_phrases_refused(text: str, message: str) -> None:
    with pytest.raises(PhraseError, match=message):
        parse_phrase(text)


def test_english_messages_unchanged() -> None:
    with pytest.raises(PhraseError) as info:
        parse_phrase("somewhere over the rainbow")
    assert str(info.value) == (
        "'somewhere over the rainbow': expected 'about D km BEARING of PLACE' (e.g. 'about 600 "
        "km east of Manila') or 'between PLACE and PLACE'"
    )


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("word", "point"),
    [("東", "E"), ("北東", "NE"), ("東北", "NE"), ("東北東", "ENE"), ("北北西", "NNW"),
     ("南南西", "SSW"), ("西南西", "WSW"), ("동쪽", "E"), ("북동쪽", "NE"), ("동북방", "NE"),
     ("서북방", "NW"), ("남남서", "SSW"), ("동북동", "ENE"), ("이남", "S"), ("西方", "W"),
     ("東西", ""), ("北北", ""), ("東南北", "")],
)  # fmt: skip
def test_compass_words(word: str, point: str) -> None:
    assert compass_word(word) == point


@pytest.mark.parametrize(
    ("text", "value"),
    [("600", 600), ("1,180", 1180), ("６００", 600), ("4천500", 4500), ("5천700", 5700),
     ("6천1백", 6100), ("1千", 1000), ("千", 1000), ("千二百", 1200), ("1万5000", 15000),
     ("3万", 30000), ("六百", 600), ("0.5", 0.5), ("six-thousand", 6000),
     ("two hundred and fifty", 250), ("１，１８０", 1180)],
)  # fmt: skip
def test_numbers_in_every_written_form(text: str, value: float) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedged"),
    [("約600キロ", 600, "km", True), ("4천500여㎞", 4500, "km", True),
     ("200여 km", 200, "km", True), ("600キロほど", 600, "km", True),
     ("65㎞가량", 65, "km", True), ("1千キロメートル", 1000, "km", False),
     ("237 NM", 237, "nm", False), ("50海里", 50, "nm", False), ("30 해리", 30, "nm", False),
     ("some 3,200 kilometers", 3200, "km", True), ("33km", 33, "km", False),
     ("about 300 nautical miles", 300, "nm", True)],
)  # fmt: skip
def test_distances_and_units(text: str, value: float, unit: str, hedged: bool) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.approximate) == (value, unit, hedged)


@pytest.mark.parametrize("text", ["수백㎞", "数百キロ", "233km/h", "1.25"])
def test_not_distances(text: str) -> None:
    assert find_quantities(text) == []


def test_metres() -> None:
    (nm,) = find_quantities("237 NM")
    assert math.isclose(nm.metres, 237 * 1852.0)


@pytest.mark.parametrize(
    ("text", "times"),
    [("午前4時5分ごろ", [(4, 5, True)]), ("午後10時43分", [(22, 43, False)]),
     ("22時57分頃", [(22, 57, True)]), ("오전 6시 45분쯤", [(6, 45, True)]),
     ("밤 10시43분 경", [(22, 43, True)]), ("오후 5시 22분께", [(17, 22, True)]),
     ("around 5:21 p.m.", [(17, 21, True)]), ("at 7.23 am local time", [(7, 23, False)]),
     ("午前7時28~29分ごろ", [(7, 28, True)]), ("24時間", []), ("1시간", []),
     ("600 km", []), ("1.25 km", [])],
)  # fmt: skip
def test_clock_times(text: str, times: list[tuple[int, int, bool]]) -> None:
    assert [(c.hour, c.minute, c.approximate) for c in find_clock_times(text)] == times


def test_utc_times_and_dates() -> None:
    (_, utc) = find_clock_times("around 5:21 p.m. Saturday (8:21 a.m. GMT)")
    assert (utc.hour, utc.minute, utc.utc) == (8, 21, True)
    base = dt.date(2023, 2, 18)
    assert [d for _, d in find_dates("2023年8月24日; 24일; 오늘", base)] == [
        dt.date(2023, 8, 24), dt.date(2023, 1, 24), base
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "hedges"),
    [("約600キロの太平洋上に落下したと推定", "ja", ("約", "と推定")),
     ("落下したとみられる", "ja", ("とみられ",)), ("200여㎞ 해상에 낙하", "ko", ("여",)),
     ("약 600㎞", "ko", ("약",)), ("여객선이 운항한다", "ko", ()),
     ("about 600 km", "en", ("about",)),
     ("a treaty (条約) of 600", "ja", ())],
)  # fmt: skip
def test_hedges(text: str, language: str, hedges: tuple[str, ...]) -> None:
    assert hedges_in(text, language) == hedges


def test_languages() -> None:
    assert [language_of(t) for t in ("필리핀", "フィリピン", "沖縄本島", "Philippines")] == [
        "ko", "ja", "ja", "en"
    ]  # fmt: skip


def test_find_positions_skips_unknown_places() -> None:
    assert find_positions("青森県深浦町の久六島から西方へ約210キロ") == []


@pytest.mark.parametrize(
    ("text", "origin", "km", "bearing"),
    [
        ("能登半島の北西沖約300キロ", "Noto Peninsula", 300, "NW"),
        ("奥尻島の西方沖合約180キロ", "Okushiri", 180, "W"),
        ("오쿠시리섬 서쪽 해상 약 200㎞", "Okushiri", 200, "W"),
        ("오가반도 서쪽 먼바다 150㎞", "Oga Peninsula", 150, "W"),
    ],
)
def test_bearings_with_words_for_off_the_coast(
    text: str, origin: str, km: int, bearing: str
) -> None:
    (found,) = find_positions(text)
    spec = found.spec
    assert (spec.origin, spec.distance_m, spec.bearing_text) == (origin, km * 1000.0, bearing)


@pytest.mark.parametrize(
    "text",
    [
        "男鹿半島から西に約300～350キロの日本海",
        "오가반도 서쪽 300~350㎞ 해상",
        "300 to 350 km west of the Oga Peninsula",
        "between 300 and 350 km west of the Oga Peninsula",
    ],
)
def test_a_span_of_distances_is_no_position(text: str) -> None:
    assert find_positions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 26: a part of a place told with a distance is the bearing from it
        ("로켓은 하코다테 남동부 300㎞ 지점에 떨어졌다.", [("Hakodate", 300.0, "SE")]),
        ("로켓은 아키타 서부 250㎞ 해상에 떨어졌다.", [("Akita", 250.0, "W")]),
        # round 26: the capital after its country, and other units in brackets
        ("It fell 120 kilometers (75 miles) east of Japan's capital Tokyo, officials said.",
         [("Tokyo", 120.0, "E")]),
        ("It splashed down 90 km west of South Korea's capital city Busan on Monday.",
         [("Busan", 90.0, "W")]),
        # controls: a part of a place without a distance; a country alone
        ("로켓은 북한 동부에서 발사됐다.", []),
        ("It fell 200 km east of South Korea, officials said.", [("South Korea", 200.0, "E")]),
    ],
)  # fmt: skip
def test_a_part_of_a_place_and_a_capital_after_its_country(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = [
        (r.spec.origin, (r.spec.distance_m or 0.0) / 1000.0, r.spec.bearing_text)
        for r in find_positions(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "bearing"),
    [
        # round 31: a sixteen-point bearing with its second half written as one word
        ("It came down some 310 km west-northwest of Hegurajima.", "WNW"),
        ("It came down some 310 km south-southeast of Hegurajima.", "SSE"),
        ("It came down some 310 km east northeast of Hegurajima.", "ENE"),
        # controls: eight-point bearings
        ("It came down some 310 km northwest of Hegurajima.", "NW"),
        ("It came down some 310 km north-east of Hegurajima.", "NE"),
    ],
)
def test_round31_a_sixteen_point_bearing_in_english(text: str, bearing: str) -> None:
    assert [r.spec.bearing_text for r in find_positions(text, "en")] == [bearing]
