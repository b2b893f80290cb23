"""Japanese and Korean names in the gazetteer, as phrases and statements write them: every
place, region, sea and prefecture named (or listed here as left without), matched in NFKC form,
without spaces, with or without a common suffix where that names one entry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from alertmap.layers.datafiles import DATA
from alertmap.layers.gazetteer import Gazetteer, load_gazetteer, name_key, name_stem

G = load_gazetteer()

#: Places with no Japanese or Korean name: their names_source says why.
PLACES_WITHOUT = {
    "Sohae new coastal launch pad", "Musudan-ri launch pad (2006)", "San Policarpo", "Mercedes",
    "Virac",
}  # fmt: skip
#: Seas left without Japanese and Korean names (small gulfs and straits far from any report).
SEAS_WITHOUT = {
    "Bristol Bay", "Ceram Sea", "Davao Gulf", "Gulf of Buli", "Gulf of Carpentaria",
    "Gulf of Kamchatka", "Gulf of Kau", "Gulf of Martaban", "Gulf of Papua", "Gulf of Sakhalin",
    "Gulf of Tomini", "Halmahera Sea", "Joseph Bonaparte Gulf", "Karaginskiy Gulf",
    "Kronotskiy Gulf", "Qiongzhou Strait", "Ragay Gulf", "Samar Sea", "Savu Sea",
    "Selat Dampier", "Shelikhova Gulf", "Surigao Strait", "Tayabas Bay", "Uda Bay",
}  # fmt: skip


def test_every_place_has_a_japanese_or_korean_name_or_says_why() -> None:
    for place in G.places():
        assert place.names_source, place.name
        if place.name in PLACES_WITHOUT:
            assert not (place.name_ja or place.name_ko)
            assert place.names_source.startswith("no Japanese or Korean name: "), place.name
        else:
            assert place.name_ja or place.name_ko, place.name


def test_every_region_sea_prefecture_and_alert_area_is_named() -> None:
    for region in (*G.regions(), *G.prefectures(), *G.alert_areas()):
        if region.kind == "sea" and region.name in SEAS_WITHOUT:
            assert not (region.name_ja or region.name_ko), region.name
            continue
        assert region.name_ja, region.name
        assert region.names_source, region.name
        if region.kind != "alert area":
            assert region.name_ko, region.name


def test_every_prefecture_in_korean_ends_as_korean_writes_it() -> None:
    names = {p.name: p.name_ko for p in G.prefectures()}
    assert names["Okinawa"] == "오키나와현" and names["Tokyo"] == "도쿄도"
    assert names["Hokkaido"] == "홋카이도" and names["Kyoto"] == "교토부"
    assert sum(n.endswith("현") for n in names.values()) == 43
    for prefecture in G.prefectures():
        assert prefecture.name_ja == {"Shizuoka": "静岡県"}.get(prefecture.name, prefecture.name_ja)
        assert prefecture.name_ja[-1] in "県府都道"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Dokdo", "Liancourt Rocks"),
        ("Takeshima", "Liancourt Rocks"),
        ("독도", "Liancourt Rocks"),
        ("竹島", "Liancourt Rocks"),
        ("獨島", "Liancourt Rocks"),
        ("Tongchang-ri", "Sohae Satellite Launching Ground"),
        ("Sohae", "Sohae Satellite Launching Ground"),
        ("東倉里", "Sohae Satellite Launching Ground"),
        ("トンチャンリ", "Sohae Satellite Launching Ground"),
        ("서해위성발사장", "Sohae Satellite Launching Ground"),
        ("동창리", "Sohae Satellite Launching Ground"),
        ("Musudan-ri", "Tonghae Satellite Launching Ground"),
        ("Tonghae", "Tonghae Satellite Launching Ground"),
        ("무수단리", "Tonghae Satellite Launching Ground"),
        ("舞水端里", "Tonghae Satellite Launching Ground"),
        ("Baengnyeongdo", "Baengnyeongdo"),
        ("백령도", "Baengnyeongdo"),
        ("白翎島", "Baengnyeongdo"),
        ("渡島大島", "Oshima-Oshima"),
        ("오시마오오시마", "Oshima-Oshima"),
        ("奥尻島", "Okushiri"),
        ("오쿠시리섬", "Okushiri"),
        ("沖ノ鳥島", "Okinotorishima"),
        ("平壌", "Pyongyang"),
        ("평양 순안", "Pyongyang Sunan International Airport"),
        ("竜飛岬", "Cape Tappi"),
        ("島後", "Oki Islands"),
        ("北朝鮮", "North Korea"),
        ("북한", "North Korea"),
        ("朝鮮民主主義人民共和国", "North Korea"),
        ("大韓民国", "South Korea"),
        ("フィリピン", "Philippines"),
        ("필리핀", "Philippines"),
        ("沖縄本島", "Okinawa main island"),
        ("오키나와 본섬", "Okinawa main island"),
        ("미야코섬", "Miyako Island"),
        ("日本海", "Sea of Japan"),
        ("동해", "Sea of Japan"),
        ("黄海", "Yellow Sea"),
        ("서해", "Yellow Sea"),
        ("황해", "Yellow Sea"),
        ("東シナ海", "East China Sea"),
        ("太平洋", "North Pacific Ocean"),
        ("沖縄県", "Okinawa"),
        ("오키나와현", "Okinawa"),
        ("아오모리", "Aomori"),
        ("伊豆諸島", "Izu Islands"),
        ("東京都島しょ部", "Tokyo islands (Izu and Ogasawara)"),
    ],
)
def test_names_in_three_languages(query: str, name: str) -> None:
    assert G.resolve(query).name == name


def test_the_dokdo_takeshima_dispute_is_noted() -> None:
    rocks = G.place("Liancourt Rocks")
    assert (rocks.name_ja, rocks.name_ko) == ("竹島", "독도")
    assert "Disputed" in rocks.names_source
    assert "South Korea" in rocks.names_source and "Japan" in rocks.names_source
    assert "disputed" in G.sea("Sea of Japan").names_source  # 동해 / 日本海


def test_west_sea_alone_is_the_yellow_sea_not_sohae() -> None:
    assert G.resolve("서해").kind == "sea"
    assert "서해 alone is not an alias" in G.place("Sohae").names_source


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ＯＫＩＮＡＷＡ", "Okinawa"),
        ("ﾌｨﾘﾋﾟﾝ", "Philippines"),
        ("오키나와본섬", "Okinawa main island"),
        ("沖縄 本島", "Okinawa main island"),
        ("利尻・礼文", "Hokkaido: Rishiri and Rebun"),
        ("백령", "Baengnyeongdo"),
        ("沖縄", "Okinawa"),
        ("제주섬", "Jeju Island"),
        ("宮古", "Miyako Island"),
        ("渡島大島", "Oshima-Oshima"),
    ],
)
def test_full_width_spacing_and_suffixes(query: str, name: str) -> None:
    assert G.resolve(query).name == name


def test_voiced_kana_stay_apart() -> None:
    assert name_key("グアム") != name_key("クアム")
    assert G.find("クアム") is None


@pytest.mark.parametrize(
    ("key", "stem"),
    [
        ("백령도", "백령"),
        ("沖縄県", "沖縄"),
        ("朝鮮半島", "朝鮮"),
        ("오가반도", "오가"),
        ("동중국해", "동중국"),
        ("독도", ""),
        ("竹島", ""),
        ("동해", ""),
        ("sohae", ""),
    ],
)
def test_name_stems(key: str, stem: str) -> None:
    assert name_stem(key) == stem


def test_a_stem_that_names_two_entries_finds_neither(tmp_path: Path) -> None:
    for path in DATA.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    place = """[[place]]
name = "{name}"
name_ko = "{ko}"
kind = "island"
lat = {lat}
lon = 125.0
source = "test (37°00′00″N 125°00′00″E)"
url = "https://example.org/"
"""
    text = "\n".join(
        place.format(name=n, ko=k, lat=lat)
        for n, k, lat in (("A", "가나도", 37.0), ("B", "가나섬", 37.1), ("C", "다라도", 37.2))
    )
    (tmp_path / "places.toml").write_text(text, "utf-8")
    g = Gazetteer(tmp_path)
    assert g.find("가나") is None  # 가나도 and 가나섬: two islands
    assert g.find("가나도").name == "A"  # type: ignore[union-attr]
    assert g.find("다라").name == "C"  # type: ignore[union-attr]


def test_names_found_in_a_text_longest_first() -> None:
    found = G.names_in("북한 서해위성발사장에서 동해상으로; 동해위성발사장")
    assert [f.entries[0].name for f in found] == [
        "North Korea", "Sohae Satellite Launching Ground", "Sea of Japan",
        "Tonghae Satellite Launching Ground",
    ]  # fmt: skip


def test_bundled_layers_carry_their_local_names() -> None:
    for name in ("regions", "seas", "japan_prefectures", "alert_areas"):
        text = (DATA / f"{name}.geojson").read_text("utf-8")
        features = json.loads(text)["features"]
        named = [f for f in features if f["properties"].get("name_ja")]
        assert named and all(f["properties"]["names_source"] for f in named)
