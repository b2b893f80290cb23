"""The bundled data (layers/data), the gazetteer and the basemap."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point, shape
from shapely.ops import nearest_points

from alertmap.layers.basemap import load_basemap
from alertmap.layers.errors import LayersError, UnknownPlaceError
from alertmap.layers.gazetteer import Gazetteer, Place, Region, load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "layers" / "data"
NE_DIR = Path("/work/shared/data/naturalearth")
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return load_gazetteer()


def features(filename: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = json.loads((DATA / filename).read_text("utf-8"))["features"]
    return result


def geodesic_km(a: Point, b: Point) -> float:
    _, _, metres = GEOD.inv(a.x, a.y, b.x, b.y)
    return float(metres) / 1000.0


def gap_km(a: Any, b: Any) -> float:
    """Shortest geodesic distance between two geometries (via their nearest points)."""
    pa, pb = nearest_points(a, b)
    return geodesic_km(pa, pb)


# --------------------------------------------------------------------------- prefectures


def prefecture_at(g: Gazetteer, lon: float, lat: float, tolerance_km: float = 3.0) -> str:
    """The prefecture containing the point, else the nearest one within ``tolerance_km``."""
    point = Point(lon, lat)
    containing = [p.name for p in g.prefectures() if p.geometry.covers(point)]
    if containing:
        assert len(containing) == 1, containing
        return containing[0]
    distance, name = min((gap_km(point, p.geometry), p.name) for p in g.prefectures())
    assert distance <= tolerance_km, f"{lat}N {lon}E is {distance:.1f} km from {name}"
    return name


def test_47_prefectures_with_codes_01_to_47(g: Gazetteer) -> None:
    props = [f["properties"] for f in features("japan_prefectures.geojson")]
    assert [p["code"] for p in props] == [f"{n:02d}" for n in range(1, 48)]
    assert len({p["name"] for p in props}) == 47
    assert all(p["name_local"] and p["region"] for p in props)
    assert [p.name for p in g.prefectures()][:1] + [p.name for p in g.prefectures()][-2:] == [
        "Hokkaido",
        "Kagoshima",
        "Okinawa",
    ]


@pytest.mark.parametrize(
    ("place", "lat", "lon", "prefecture"),
    [
        ("Naha", 26.21, 127.68, "Okinawa"),
        ("Miyakojima", 24.80, 125.28, "Okinawa"),
        ("Ishigaki", 24.34, 124.16, "Okinawa"),
        ("Iotorishima", 27.87, 128.23, "Okinawa"),
        ("Iheyajima", 27.05, 127.97, "Okinawa"),
        ("Minami-Daito", 25.85, 131.24, "Okinawa"),
        ("Yonaguni", 24.46, 122.99, "Okinawa"),
        ("Amami Oshima", 28.38, 129.49, "Kagoshima"),
        ("Yoron", 27.04, 128.42, "Kagoshima"),
        ("Tokunoshima", 27.80, 128.95, "Kagoshima"),
        ("Kikaijima", 28.32, 129.98, "Kagoshima"),
        ("Kagoshima city", 31.60, 130.56, "Kagoshima"),
        ("Chichijima", 27.09, 142.19, "Tokyo"),
    ],
)
def test_prefecture_fix(g: Gazetteer, place: str, lat: float, lon: float, prefecture: str) -> None:
    assert prefecture_at(g, lon, lat) == prefecture, place


def test_okinawa_has_no_polygon_north_east_of_the_amami_corner(g: Gazetteer) -> None:
    okinawa = g.prefecture("Okinawa").geometry
    parts = shapely.get_parts(okinawa)
    amami_like = [p.bounds for p in parts if p.bounds[0] > 128.3 and p.bounds[1] > 27.0]
    assert amami_like == []
    assert len(parts) == 33  # 41 in the source, 8 moved
    assert len(shapely.get_parts(g.prefecture("Kagoshima").geometry)) == 28  # 20 + 8


@pytest.mark.skipif(not NE_DIR.exists(), reason="shared Natural Earth files not present")
def test_prefectures_keep_every_island_polygon() -> None:
    source = json.loads((NE_DIR / "ne_10m_admin_1_japan.json").read_text("utf-8"))
    count_in = sum(len(shapely.get_parts(shape(f["geometry"]))) for f in source["features"])
    count_out = sum(
        len(shapely.get_parts(shape(f["geometry"]))) for f in features("japan_prefectures.geojson")
    )
    assert count_out == count_in


@pytest.mark.parametrize(
    ("query", "code"),
    [("Okinawa", "47"), ("Okinawa Prefecture", "47"), ("沖縄県", "47"), ("47", "47"),
     ("JP-47", "47"), ("okinawa-ken", "47"), ("Tokyo Metropolis", "13"), ("東京都", "13"),
     ("Hokkaido", "01"), ("1", "01"), ("Hyōgo", "28"), ("静岡県", "22"), ("kagoshima", "46")],
)  # fmt: skip
def test_prefecture_lookup(g: Gazetteer, query: str, code: str) -> None:
    region = g.prefecture(query)
    assert region.kind == "prefecture"
    assert code in region.aliases


# --------------------------------------------------------------------------- regions


@pytest.mark.parametrize(
    "feature", features("regions.geojson"), ids=lambda f: f["properties"]["name"]
)
def test_region_contains_its_seed_points(feature: dict[str, Any]) -> None:
    geometry = shape(feature["geometry"])
    assert geometry.is_valid
    for lon, lat in feature["properties"]["seeds"]:
        assert geometry.contains(Point(lon, lat))


def test_required_regions(g: Gazetteer) -> None:
    expected = {
        "Korean Peninsula": "peninsula", "Philippines": "country", "Luzon": "island",
        "Japan": "country", "Taiwan": "island", "China": "country", "Jeju Island": "island",
        "Okinawa main island": "island", "Miyako Island": "island", "Ishigaki Island": "island",
        "Kyushu": "island", "Honshu": "island", "Hokkaido": "island", "Shikoku": "island",
        "Tsushima": "island",
    }  # fmt: skip
    for name, kind in expected.items():
        region = g.region(name)
        assert (region.name, region.kind) == (name, kind)
    assert (
        g.region("Okinawa Island") is g.region("Okinawa Honto") is g.region("okinawa main island")
    )
    assert g.region("Miyakojima").name == "Miyako Island"


NEW_REGIONS = {
    "Sakhalin": "island", "Kamchatka": "peninsula", "Shandong Peninsula": "peninsula",
    "Liaodong Peninsula": "peninsula", "Mindanao": "island", "Guam": "island",
    "Sakishima Islands": "island group", "Daito Islands": "island group",
    "Amami Islands": "island group", "Izu Islands": "island group",
    "Ogasawara Islands": "island group",
    # issue 11
    "Sado Island": "island", "Okushiri Island": "island", "Rishiri Island": "island",
    "Rebun Island": "island", "Iki Island": "island", "Tanegashima Island": "island",
    "Yakushima": "island", "Amami Oshima Island": "island", "Yonaguni Island": "island",
    "Ulleung Island": "island", "Samar": "island", "Hainan": "island",
    "Oki Islands": "island group", "Goto Islands": "island group",
}  # fmt: skip


@pytest.mark.parametrize(("name", "kind"), sorted(NEW_REGIONS.items()))
def test_new_regions(g: Gazetteer, name: str, kind: str) -> None:
    region = g.region(name)
    assert (region.name, region.kind) == (name, kind)
    assert region.geometry.is_valid and not region.geometry.is_empty


@pytest.mark.parametrize(
    ("alias", "name"),
    [("Bonin Islands", "Ogasawara Islands"), ("karafuto", "Sakhalin"),
     ("Jiaodong Peninsula", "Shandong Peninsula"), ("Liaotung Peninsula", "Liaodong Peninsula"),
     ("kamchatka peninsula", "Kamchatka"), ("Daitō Islands", "Daito Islands"),
     ("先島諸島", "Sakishima Islands"), ("Izu Shotō", "Izu Islands"), ("Guåhån", "Guam"),
     ("OKINAWA HONTO", "Okinawa main island")],
)  # fmt: skip
def test_region_aliases(g: Gazetteer, alias: str, name: str) -> None:
    assert g.region(alias).name == name


@pytest.mark.parametrize(
    ("region", "inside", "outside"),
    [("Kamchatka", (158.65, 53.02), (150.8, 59.56)),  # Petropavlovsk; Magadan
     ("Shandong Peninsula", (120.38, 36.07), (117.0, 36.67)),  # Qingdao; Jinan
     ("Liaodong Peninsula", (121.64, 38.92), (123.43, 41.8)),  # Dalian; Shenyang
     ("Sakhalin", (142.74, 46.96), (141.35, 43.06)),  # Yuzhno-Sakhalinsk; Sapporo
     ("Mindanao", (125.6, 7.07), (120.98, 14.6)),  # Davao; Manila
     ("Sakishima Islands", (124.16, 24.34), (127.68, 26.21)),  # Ishigaki; Naha
     ("Amami Islands", (129.49, 28.38), (127.68, 26.21))],  # Amami Oshima; Naha
)  # fmt: skip
def test_region_cuts(
    g: Gazetteer, region: str, inside: tuple[float, float], outside: tuple[float, float]
) -> None:
    geometry = g.region(region).geometry
    assert gap_km(Point(*inside), geometry) <= 2.0
    assert gap_km(Point(*outside), geometry) > 50.0


@pytest.mark.parametrize(
    ("region", "prefecture"),
    [("Izu Islands", "Tokyo"), ("Ogasawara Islands", "Tokyo"), ("Amami Islands", "Kagoshima"),
     ("Sakishima Islands", "Okinawa"), ("Daito Islands", "Okinawa")],
)  # fmt: skip
def test_island_groups_lie_in_their_prefecture(g: Gazetteer, region: str, prefecture: str) -> None:
    for part in shapely.get_parts(g.region(region).geometry):
        point = part.representative_point()
        assert prefecture_at(g, point.x, point.y) == prefecture


def test_korean_peninsula_is_one_mainland_polygon(g: Gazetteer) -> None:
    peninsula = g.region("Korean Peninsula").geometry
    assert peninsula.geom_type == "Polygon"
    assert peninsula.contains(Point(125.73806, 39.01944))  # Pyongyang
    assert peninsula.contains(Point(126.99, 37.56))  # Seoul
    assert not peninsula.contains(Point(126.53, 33.36))  # Jeju is an island
    assert not peninsula.contains(Point(124.65, 37.967))  # so is Baengnyeongdo


def test_okinawa_and_miyako_are_different_islands_250_to_300_km_apart(g: Gazetteer) -> None:
    okinawa = g.region("Okinawa main island").geometry
    miyako = g.region("Miyako Island").geometry
    assert not okinawa.intersects(miyako)
    assert okinawa.area > 5 * miyako.area
    assert 250.0 <= gap_km(okinawa, miyako) <= 300.0


# --------------------------------------------------------------------------- seas


REQUIRED_SEAS = [
    "Yellow Sea", "Bo Hai", "East China Sea", "Philippine Sea", "Sea of Japan", "Korea Strait",
    "South China Sea", "Luzon Strait", "Taiwan Strait", "Sea of Okhotsk", "Celebes Sea",
    "Sulu Sea", "NORTH PACIFIC OCEAN",
]  # fmt: skip


@pytest.mark.parametrize("name", REQUIRED_SEAS)
def test_required_seas(g: Gazetteer, name: str) -> None:
    sea = g.sea(name)
    assert sea.kind == "sea"
    assert sea.geometry.is_valid and not sea.geometry.is_empty


def test_seas_have_labels_inside(g: Gazetteer) -> None:
    for f in features("seas.geojson"):
        p = f["properties"]
        label = Point(p["label_lon"], p["label_lat"])
        geometry = shape(f["geometry"])
        if p.get("placeholder"):
            assert geometry.geom_type == "Point"
        else:
            assert geometry.contains(label), p["name"]
    assert g.sea("NORTH PACIFIC OCEAN").name == "North Pacific Ocean"
    assert g.sea("pacific ocean") is g.sea("North Pacific Ocean")
    assert g.sea("East Sea").name == "Sea of Japan"


def test_north_pacific_is_clipped_to_the_window(g: Gazetteer) -> None:
    pacific = g.sea("North Pacific Ocean").geometry
    for part in shapely.get_parts(pacific):
        min_lon, min_lat, max_lon, max_lat = part.bounds
        assert min_lat >= -15 and max_lat <= 60
        assert min_lon >= 95 or max_lon <= -160
    assert pacific.bounds[0] <= -179.99 and pacific.bounds[2] >= 179.99  # both sides of 180


def test_ieodo_is_in_the_east_china_sea(g: Gazetteer) -> None:
    ieodo = g.place("Ieodo").position
    east_china_sea = g.sea("East China Sea").geometry
    assert gap_km(Point(ieodo.lon, ieodo.lat), east_china_sea) <= 10.0


# --------------------------------------------------------------------------- places


#: Each place and the country (ISO alpha-3 in countries.geojson) or sea it lies in.
WITHIN = {
    "Sohae Satellite Launching Ground": "PRK", "Tonghae Satellite Launching Ground": "PRK",
    "Musudan-ri launch pad (2006)": "PRK", "Pyongyang Sunan International Airport": "PRK",
    "Pukchang Airfield": "PRK", "Panghyon Airport": "PRK", "Wonsan Kalma Airport": "PRK",
    "Sinpo": "PRK", "Pyongyang": "PRK", "Baengnyeongdo": "KOR", "Jeju": "KOR", "Taean": "KOR",
    "Byeonsan Peninsula": "KOR",
    "Jindo": "KOR", "Gunsan": "KOR", "Seoul": "KOR", "Naha": "JPN", "Miyakojima": "JPN",
    "Ishigaki": "JPN", "Yonaguni": "JPN", "Cape Irizaki": "JPN", "Tokyo": "JPN",
    "Manila": "PHL", "San Policarpo": "PHL", "Mercedes": "PHL", "Taipei": "TWN",
    "Shanghai": "CHN", "Eocheongdo": "Yellow Sea", "Ieodo": "East China Sea",
    "Okinotorishima": "Philippine Sea", "Sohae new coastal launch pad": "PRK",
    # DPRK launch areas
    "Taechon Airport": "PRK", "Pyongsong": "PRK", "Kusong City": "PRK", "Sunchon": "PRK",
    "Hamhung": "PRK", "Kaechon": "PRK",
    # Korea and Japan
    "Ulleungdo": "KOR", "Liancourt Rocks": "Sea of Japan", "Hachijojima": "JPN",
    "Chichijima": "JPN", "Minamitorishima": "JPN", "Sado Island": "JPN", "Oki Islands": "JPN",
    "Tsushima": "JPN", "Tanegashima": "JPN", "Amami Oshima": "JPN", "Sapporo": "JPN",
    "Hakodate": "JPN", "Cape Erimo": "JPN", "Kushiro": "JPN", "Nemuro": "JPN", "Misawa": "JPN",
    "Aomori City": "JPN", "Akita City": "JPN", "Niigata City": "JPN", "Fukuoka City": "JPN",
    "Kagoshima City": "JPN",
    # China, Taiwan, the Philippines
    "Dalian": "CHN", "Qingdao": "CHN", "Ningbo": "CHN", "Keelung": "TWN", "Aparri": "PHL",
    "Basco": "PHL", "Virac": "PHL", "Legazpi": "PHL", "Davao City": "PHL",
    # western Pacific (Wake and Midway are outside countries.geojson's detailed box)
    "Saipan": "MNP", "Hagåtña": "GUM", "Honolulu": "USA", "Wake Island": "North Pacific Ocean",
    "Midway Atoll": "North Pacific Ocean",
    # third batch (issue 11)
    "Kamaishi": "JPN", "Cape Soya": "JPN", "Oga Peninsula": "JPN", "Oshima Peninsula": "JPN",
    "Noto Peninsula": "JPN", "Okushiri": "JPN", "Chongjin": "PRK", "Sinuiju": "PRK",
    "Pohang": "KOR", "Sokcho": "KOR", "Gangneung": "KOR",
    # fourth batch (issue 11); small islands missing from the 10m layer are checked by sea
    "Cape Nosappu": "JPN", "Wakkanai": "JPN", "Matsumae": "JPN", "Shakotan Peninsula": "JPN",
    "Tobishima": "Sea of Japan", "Awashima": "Sea of Japan", "Kanazawa": "JPN",
    "Fukui City": "JPN", "Tottori City": "JPN", "Matsue": "JPN", "Sakaiminato": "JPN",
    "Fukue Island": "JPN", "Wonsan": "PRK", "Nampo": "PRK", "Haeju": "PRK",
    "Yeonpyeongdo": "KOR", "Marado": "East China Sea", "Gageodo": "KOR", "Heuksando": "KOR",
    "Mokpo": "KOR", "Busan": "KOR", "Donghae City": "KOR", "Uljin": "KOR",
    "Shiretoko Peninsula": "JPN", "Hamada": "JPN",
    # fifth batch (issue 11): capes, islands, ports; islands missing from the 10m layer by sea
    "Cape Tappi": "JPN", "Tsugaru Peninsula": "JPN", "Shimokita Peninsula": "JPN",
    "Cape Shiriya": "JPN", "Cape Oma": "JPN", "Cape Esan": "JPN", "Cape Shiretoko": "JPN",
    "Cape Nyudo": "JPN", "Kyogamisaki": "JPN", "Cape Sata": "JPN", "Oshima-Oshima": "JPN",
    "Hegurajima": "Sea of Japan", "Nishinoshima (Oki)": "JPN", "Rishiri Island": "JPN",
    "Rebun Island": "JPN", "Izu Oshima": "JPN", "Toshima Island": "North Pacific Ocean",
    "Niijima": "JPN", "Kozushima": "Philippine Sea", "Miyakejima": "JPN", "Mikurajima": "JPN",
    "Aogashima": "JPN", "Hahajima": "JPN", "Iwo Jima": "JPN", "Kumejima": "JPN",
    "Tarama": "East China Sea", "Iriomote": "JPN", "Hateruma": "East China Sea",
    "Minamidaitojima": "JPN", "Kitadaitojima": "JPN", "Okidaitojima": "Philippine Sea",
    "Kikaijima": "JPN", "Tokunoshima": "JPN", "Okinoerabujima": "JPN", "Yoronjima": "JPN",
    "Hachinohe": "JPN", "Miyako, Iwate": "JPN", "Otaru": "JPN", "Rumoi": "JPN", "Abashiri": "JPN",
    "Sakata": "JPN", "Wajima": "JPN", "Sondok Airport": "PRK", "Kangdong County": "PRK",
    "Punggye-ri Nuclear Test Site": "PRK", "Orang Airport": "PRK", "Daecheongdo": "KOR",
    "Vladivostok": "RUS",
}  # fmt: skip

#: New places and the gazetteer region (island, peninsula, island group) each lies on.
ON_REGION = {
    "Hachijojima": "Izu Islands", "Chichijima": "Ogasawara Islands",
    "Minamitorishima": "Ogasawara Islands", "Amami Oshima": "Amami Islands",
    "Tsushima": "Tsushima", "Sapporo": "Hokkaido", "Hakodate": "Hokkaido",
    "Cape Erimo": "Hokkaido", "Kushiro": "Hokkaido", "Nemuro": "Hokkaido", "Misawa": "Honshu",
    "Aomori City": "Honshu", "Akita City": "Honshu", "Niigata City": "Honshu",
    "Fukuoka City": "Kyushu", "Kagoshima City": "Kyushu", "Dalian": "Liaodong Peninsula",
    "Qingdao": "Shandong Peninsula", "Keelung": "Taiwan", "Aparri": "Luzon",
    "Legazpi": "Luzon", "Davao City": "Mindanao", "Hagåtña": "Guam",
    "Pyongsong": "Korean Peninsula", "Hamhung": "Korean Peninsula",
    "Kusong City": "Korean Peninsula", "Taechon Airport": "Korean Peninsula",
    "Sunchon": "Korean Peninsula", "Kaechon": "Korean Peninsula",
    "Miyakojima": "Sakishima Islands",
    "Ishigaki": "Sakishima Islands",
    "Kamaishi": "Honshu", "Cape Soya": "Hokkaido", "Oga Peninsula": "Honshu",
    "Oshima Peninsula": "Hokkaido", "Noto Peninsula": "Honshu", "Okushiri": "Okushiri Island",
    "Chongjin": "Korean Peninsula", "Sinuiju": "Korean Peninsula", "Pohang": "Korean Peninsula",
    "Sokcho": "Korean Peninsula", "Gangneung": "Korean Peninsula",
    "Sado Island": "Sado Island", "Oki Islands": "Oki Islands", "Tanegashima": "Tanegashima Island",
    "Ulleungdo": "Ulleung Island", "Yonaguni": "Yonaguni Island",
    # fourth batch (issue 11)
    "Cape Nosappu": "Hokkaido", "Wakkanai": "Hokkaido", "Matsumae": "Hokkaido",
    "Shakotan Peninsula": "Hokkaido", "Kanazawa": "Honshu", "Fukui City": "Honshu",
    "Tottori City": "Honshu", "Matsue": "Honshu", "Sakaiminato": "Honshu",
    "Fukue Island": "Goto Islands", "Wonsan": "Korean Peninsula", "Nampo": "Korean Peninsula",
    "Haeju": "Korean Peninsula", "Mokpo": "Korean Peninsula", "Busan": "Korean Peninsula",
    "Donghae City": "Korean Peninsula", "Uljin": "Korean Peninsula",
    "Shiretoko Peninsula": "Hokkaido", "Hamada": "Honshu",
    # fifth batch (issue 11)
    "Cape Tappi": "Honshu", "Tsugaru Peninsula": "Honshu", "Shimokita Peninsula": "Honshu",
    "Cape Shiriya": "Honshu", "Cape Oma": "Honshu", "Cape Nyudo": "Honshu",
    "Kyogamisaki": "Honshu", "Hachinohe": "Honshu", "Miyako, Iwate": "Honshu",
    "Sakata": "Honshu", "Wajima": "Honshu", "Cape Esan": "Hokkaido",
    "Cape Shiretoko": "Hokkaido", "Otaru": "Hokkaido", "Rumoi": "Hokkaido",
    "Abashiri": "Hokkaido", "Cape Sata": "Kyushu", "Nishinoshima (Oki)": "Oki Islands",
    "Rishiri Island": "Rishiri Island", "Rebun Island": "Rebun Island",
    "Izu Oshima": "Izu Islands", "Niijima": "Izu Islands", "Miyakejima": "Izu Islands",
    "Mikurajima": "Izu Islands", "Aogashima": "Izu Islands", "Hahajima": "Ogasawara Islands",
    "Iwo Jima": "Ogasawara Islands", "Iriomote": "Sakishima Islands",
    "Minamidaitojima": "Daito Islands", "Kitadaitojima": "Daito Islands",
    "Kikaijima": "Amami Islands", "Tokunoshima": "Amami Islands",
    "Okinoerabujima": "Amami Islands", "Yoronjima": "Amami Islands",
    "Sondok Airport": "Korean Peninsula", "Kangdong County": "Korean Peninsula",
    "Punggye-ri Nuclear Test Site": "Korean Peninsula", "Orang Airport": "Korean Peninsula",
}  # fmt: skip


@pytest.fixture(scope="module")
def countries() -> dict[str, Any]:
    return {f["properties"]["iso_a3"]: shape(f["geometry"]) for f in features("countries.geojson")}


@pytest.mark.parametrize(("name", "where"), sorted(WITHIN.items()))
def test_place_is_in_its_country_or_sea(
    g: Gazetteer, countries: dict[str, Any], name: str, where: str
) -> None:
    position = g.place(name).position
    point = Point(position.lon, position.lat)
    area = countries[where] if len(where) == 3 and where.isupper() else g.sea(where).geometry
    assert gap_km(point, area) <= 2.0  # coastal points may sit just off a simplified coast


#: Spot checks of new places against a second publisher (not the one the data quotes):
#: (lon, lat) as that publisher gives it, and the largest gap allowed in km.
SECOND_SOURCE = {
    # Okushiri Town, "location and geography": LON. 139-31.04 E LAT. 42-10.11 N (town office area)
    "Okushiri": ((139 + 31.04 / 60, 42 + 10.11 / 60), 6.0),
    # ports.com, Port of Pohang: 36°01'N 129°25'E (the port, east of the city point)
    "Pohang": ((129 + 25 / 60, 36 + 1 / 60), 6.0),
    # German Wikipedia, "Sokcho": 38°12'N 128°35'E
    "Sokcho": ((128 + 35 / 60, 38 + 12 / 60), 2.0),
    # German Wikipedia, "Gangneung": 37°45'N 128°53'E
    "Gangneung": ((128 + 53 / 60, 37.75), 2.0),
    # German Wikipedia (wikiwand), "Noto-Halbinsel": 37°15'N 136°58'E
    "Noto Peninsula": ((136 + 58 / 60, 37.25), 10.0),
    # funridejapan.com / n-nippon.jp: the monument at lat. 45°31'22"N (longitude: the data's)
    "Cape Soya": ((141.93660, 45 + 31 / 60 + 22 / 3600), 0.1),
    # fourth batch. perceptiono.com (Russian Wikipedia in Norwegian): 43°23′07″N 145°49′04″E
    "Cape Nosappu": ((145 + 49 / 60 + 4 / 3600, 43 + 23 / 60 + 7 / 3600), 0.1),
    # sagapedia.com (Swedish Wikipedia), "Matsue": 35°28′6″N 133°02′55″E
    "Matsue": ((133 + 2 / 60 + 55 / 3600, 35 + 28 / 60 + 6 / 3600), 0.1),
    # Finnish Wikipedia, "Mokpo": 34°46′0″N 126°21′0″E (~2.9 km from the English value)
    "Mokpo": ((126 + 21 / 60, 34 + 46 / 60), 4.0),
    # boysha.eth.limo (Wikipedia, "Awashimaura, Niigata"): 38°28′5.9″N 139°15′15.8″E (the village)
    "Awashima": ((139 + 15 / 60 + 15.8 / 3600, 38 + 28 / 60 + 5.9 / 3600), 3.0),
    # English Wikipedia, "Hamada, Shimane": 34°53′57″N 132°5′47″E (1′ of longitude east of the
    # German value used; the two disagree, so the check only bounds the gap)
    "Hamada": ((132 + 5 / 60 + 47 / 3600, 34 + 53 / 60 + 57 / 3600), 2.0),
    # fifth batch. Smithsonian Global Volcanism Program, Oshima-Oshima: 41.51N 139.367E
    "Oshima-Oshima": ((139.367, 41.51), 1.0),
    # hp1.cyberstation.ne.jp (Shiriyazaki lighthouse page): 41°25′42″N 141°27′54″E
    "Cape Shiriya": ((141 + 27 / 60 + 54 / 3600, 41 + 25 / 60 + 42 / 3600), 1.0),
    # the notice board at Nyudosaki lighthouse (torotomattari.uunyan.com): 40°00′9″N 139°42′18″E
    "Cape Nyudo": ((139 + 42 / 60 + 18 / 3600, 40 + 9 / 3600), 1.0),
    # English Wikipedia (jablog.org rendering), "Kōzu-shima": 34°12′58″N 139°09′23″E
    "Kozushima": ((139 + 9 / 60 + 23 / 3600, 34 + 12 / 60 + 58 / 3600), 1.0),
    # English Wikipedia (jmedia.wiki rendering), "Mikura-jima": 33°52′16″N 139°36′18″E
    "Mikurajima": ((139 + 36 / 60 + 18 / 3600, 33 + 52 / 60 + 16 / 3600), 1.0),
    # Miyake Village, "地理": 34°5′N 139°30′E (arc-minutes)
    "Miyakejima": ((139.5, 34 + 5 / 60), 3.0),
    # Chinese Wikipedia (brstjjy.blogspot.com), "南大東島": 25°50′30″N 131°14′30″E
    "Minamidaitojima": ((131 + 14.5 / 60, 25 + 50.5 / 60), 1.0),
    # Japanese Wikipedia, "北大東島": 25°56′41″N 131°18′23″E (the data quote the village's summit)
    "Kitadaitojima": ((131 + 18 / 60 + 23 / 3600, 25 + 56 / 60 + 41 / 3600), 2.5),
    # Tarama Village (utsukushii-mura.jp): 24°39′N 124°42′E (arc-minutes)
    "Tarama": ((124.7, 24.65), 3.0),
    # Kadokawa place-name dictionary (jlogos.com), "与論島": 27°1′N 128°24′E
    "Yoronjima": ((128.4, 27 + 1 / 60), 4.0),
    # Hachinohe City, "八戸市の概要": 40°30′N 141°30′E (arc-minutes)
    "Hachinohe": ((141.5, 40.5), 2.0),
    # English Wikipedia (current, rutheniumrug946.cfd mirror), "Rumoi": 43°56′27″N 141°38′13″E
    "Rumoi": ((141 + 38 / 60 + 13 / 3600, 43 + 56 / 60 + 27 / 3600), 1.5),
    # Jeffrey Lewis (armscontrolwonk.com), the test site: 41°16′45″N 129°05′10″E
    "Punggye-ri Nuclear Test Site": ((129 + 5 / 60 + 10 / 3600, 41 + 16 / 60 + 45 / 3600), 0.5),
    # aviationsmilitaires.net, Sondok: 39°44′49″N 127°28′27″E
    "Sondok Airport": ((127 + 28 / 60 + 27 / 3600, 39 + 44 / 60 + 49 / 3600), 0.2),
    # English Wikipedia (older revision, worddisk.com), "Vladivostok": 43°08′N 131°54′E
    "Vladivostok": ((131.9, 43 + 8 / 60), 4.0),
}


@pytest.mark.parametrize(("name", "expected"), sorted(SECOND_SOURCE.items()))
def test_new_place_agrees_with_a_second_source(
    g: Gazetteer, name: str, expected: tuple[tuple[float, float], float]
) -> None:
    (lon, lat), tolerance_km = expected
    position = g.place(name).position
    assert geodesic_km(Point(position.lon, position.lat), Point(lon, lat)) <= tolerance_km


#: New places checked against Natural Earth geometry instead: the named island's (or island
#: group's) 10m outline lies within 5 km of the point.
ON_NAMED_ISLAND = {
    "Okushiri": "Okushiri Island", "Sado Island": "Sado Island", "Oki Islands": "Oki Islands",
    "Amami Oshima": "Amami Oshima Island", "Tanegashima": "Tanegashima Island",
    "Ulleungdo": "Ulleung Island", "Yonaguni": "Yonaguni Island",
    "Fukue Island": "Goto Islands",
    "Rishiri Island": "Rishiri Island", "Rebun Island": "Rebun Island",
    "Nishinoshima (Oki)": "Oki Islands", "Iwo Jima": "Ogasawara Islands",
    "Tokunoshima": "Amami Islands", "Minamidaitojima": "Daito Islands",
}  # fmt: skip


@pytest.mark.parametrize(("name", "island"), sorted(ON_NAMED_ISLAND.items()))
def test_place_lies_on_the_island_it_names(g: Gazetteer, name: str, island: str) -> None:
    position = g.place(name).position
    assert gap_km(Point(position.lon, position.lat), g.region(island).geometry) <= 5.0


@pytest.mark.parametrize(
    ("query", "name"),
    [("Yeodo", "Ieodo"), ("Suyang Island", "Ieodo"), ("Iochong Island", "Eocheongdo"),
     ("San Policarpio", "San Policarpo"), ("마닐라", "Manila"), ("釜石", "Kamaishi"),
     ("Kap Soya", None), ("한반도", "Korean Peninsula"), ("朝鮮半島", "Korean Peninsula"),
     ("제주도", "Jeju Island"), ("沖縄本島", "Okinawa main island"), ("宮古島", "Miyako Island"),
     ("Miyako", "Miyako Island"), ("필리핀", "Philippines"), ("フィリピン", "Philippines"),
     ("Pusan", "Busan"), ("Nampho", "Nampo"), ("稚内", "Wakkanai"), ("納沙布岬", "Cape Nosappu"),
     ("Yeonpyeong Island", "Yeonpyeongdo"), ("Soheuksando", "Gageodo"), ("Fukue", "Fukue Island"),
     ("Oshima-Oshima", "Oshima-Oshima"), ("渡島大島", "Oshima-Oshima"),
     ("Oshima Town", "Izu Oshima"), ("Toshima Village", "Toshima Island"),
     ("Niijima Village", "Niijima"), ("Kozushima Village", "Kozushima"),
     ("Miyake Village", "Miyakejima"), ("Mikurajima Village", "Mikurajima"),
     ("Aogashima Village", "Aogashima"), ("襟裳岬", "Cape Erimo"), ("竜飛崎", "Cape Tappi"),
     ("Cholsan", "Sohae Satellite Launching Ground"), ("Miyako", "Miyako Island"),
     ("Toshima", None), ("Oshima", None)],
)  # fmt: skip
def test_names_from_the_shared_sources_resolve(g: Gazetteer, query: str, name: str | None) -> None:
    if name is None:
        with pytest.raises(UnknownPlaceError):
            g.resolve(query)
        return
    assert g.resolve(query).name == name


def test_every_place_has_a_source(g: Gazetteer) -> None:
    for place in g.places():
        assert place.source.strip() and (place.url or place.source.startswith("alertmap"))
    for region in g.regions():
        assert region.source.strip()


def test_gazetteer_size_and_sources(g: Gazetteer) -> None:
    places = g.places()
    assert len(places) >= 150
    assert len({p.name for p in places}) == len(places)
    assert len([r for r in g.regions() if r.kind != "sea"]) >= 40  # land regions
    for place in places:
        assert place.source.strip(), place.name
        assert place.url and place.url.startswith("http"), place.name


def test_every_place_is_listed_above(g: Gazetteer) -> None:
    assert {p.name for p in g.places()} == set(WITHIN)


@pytest.mark.parametrize(("name", "region"), sorted(ON_REGION.items()))
def test_place_is_on_its_island_or_peninsula(g: Gazetteer, name: str, region: str) -> None:
    position = g.place(name).position
    point = Point(position.lon, position.lat)
    assert gap_km(point, g.region(region).geometry) <= 2.0  # 10m coasts are simplified


def test_places_named_like_prefectures_leave_the_prefecture_name_alone(g: Gazetteer) -> None:
    for prefecture in ("Aomori", "Akita", "Niigata", "Fukuoka", "Kagoshima", "Fukui", "Tottori"):
        assert g.resolve(prefecture).kind == "prefecture"  # J-Alert zones keep their names
        city = g.place(f"{prefecture} City")
        assert city.kind == "city"
        assert g.prefecture(prefecture).geometry.contains(
            Point(city.position.lon, city.position.lat)
        )
    assert g.place("Kusong").name == "Panghyon Airport"  # as before; the city is "Kusong City"
    assert g.place("Dokdo") is g.place("Takeshima") is g.place("Liancourt Rocks")


_DMS = re.compile(
    r"(\d+)°(\d+)(?:′(\d+(?:\.\d+)?)″|\.(\d+)′|′)?([NS])\s*,?\s*(\d+)°(\d+)(?:′(\d+(?:\.\d+)?)″|\.(\d+)′|′)?([EW])"
)


def _degrees(d: str, m: str, s: str | None, frac_min: str | None, hemi: str) -> float:
    minutes = float(m) + (float("0." + frac_min) if frac_min else 0.0)
    value = float(d) + minutes / 60 + (float(s) / 3600 if s else 0.0)
    return -value if hemi in "SW" else value


@pytest.mark.parametrize("place", load_gazetteer().places(), ids=lambda p: p.name)
def test_place_matches_the_coordinate_its_source_quotes(place: Place) -> None:
    if place.source.startswith("alertmap estimate"):
        assert place.approximate and place.note, "an estimate must say so, and why"
        return
    match = _DMS.search(place.source)
    assert match is not None, f"{place.name}: no coordinate quoted in its source"
    lat = _degrees(*match.group(1, 2, 3, 4, 5))
    lon = _degrees(*match.group(6, 7, 8, 9, 10))
    assert place.position.lat == pytest.approx(lat, abs=1e-4)
    assert place.position.lon == pytest.approx(lon, abs=1e-4)


def test_place_records_are_complete(g: Gazetteer) -> None:
    for place in g.places():
        assert place.source and place.kind in {"launch_site", "island", "city", "rock", "reference"}
        assert place.url is None or place.url.startswith("http")
        if place.approximate:
            assert place.note
    sohae = g.place("Sohae")
    assert (round(sohae.position.lat, 3), round(sohae.position.lon, 3)) == (39.660, 124.705)
    new_pad = g.place("Sohae new coastal launch pad")
    assert new_pad.approximate
    assert geodesic_km(
        Point(sohae.position.lon, sohae.position.lat),
        Point(new_pad.position.lon, new_pad.position.lat),
    ) == pytest.approx(2.7, abs=0.2)


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("query", "name"),
    [("sohae", "Sohae Satellite Launching Ground"),
     ("TONGCHANG-RI", "Sohae Satellite Launching Ground"),
     ("tongchang ri", "Sohae Satellite Launching Ground"),
     ("Dongchang-ri", "Sohae Satellite Launching Ground"),
     ("Cholsan", "Sohae Satellite Launching Ground"),
     ("musudan-ri", "Tonghae Satellite Launching Ground"),
     ("  Baengnyeong Island ", "Baengnyeongdo"),
     ("socotra rock", "Ieodo"), ("Ieodo Ocean Research Station", "Ieodo"),
     ("Paengnyŏngdo", "Baengnyeongdo"), ("paengnyongdo", "Baengnyeongdo"),
     ("pyongyang international airport", "Pyongyang Sunan International Airport")],
)  # fmt: skip
def test_place_lookup_ignores_case_spaces_hyphens(g: Gazetteer, query: str, name: str) -> None:
    assert g.place(query).name == name


def test_resolve_prefers_places_then_regions(g: Gazetteer) -> None:
    assert isinstance(g.resolve("Jeju"), Place)
    assert isinstance(g.resolve("Jeju Island"), Region)
    assert g.resolve("Miyakojima").name == "Miyakojima"  # the city
    assert g.region("Miyakojima").name == "Miyako Island"  # the island
    assert g.resolve("Yellow Sea").kind == "sea"
    assert g.resolve("Okinawa").kind == "prefecture"
    assert g.resolve("Hokkaido").kind == "island"  # regions.geojson comes before prefectures


def test_unknown_place_suggests_a_close_name(g: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError) as info:
        g.place("Baengnyong")
    assert str(info.value) == (
        "unknown place 'Baengnyong': expected a name from the gazetteer "
        "(did you mean 'Baengnyeongdo'?)"
    )
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("call", "name", "start", "suggestion"),
    [("sea", "Yelow Sea", "unknown sea 'Yelow Sea': expected a sea name", "Yellow Sea"),
     ("prefecture", "Okinowa", "unknown prefecture 'Okinowa': expected a prefecture", "Okinawa"),
     ("region", "Kyusyu", "unknown region 'Kyusyu': expected a region", "Kyushu"),
     ("resolve", "Manilla", "unknown place 'Manilla': expected a place, region", "Manila")],
)  # fmt: skip
def test_unknown_names_raise_with_suggestions(
    g: Gazetteer, call: str, name: str, start: str, suggestion: str
) -> None:
    with pytest.raises(UnknownPlaceError) as info:
        getattr(g, call)(name)
    assert str(info.value).startswith(start)
    assert f"'{suggestion}'" in str(info.value)


def test_unknown_name_without_close_match(g: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError, match=r"^unknown prefecture 'Atlantis': expected [^(]*$"):
        g.prefecture("Atlantis")


# --------------------------------------------------------------------------- J-Alert sub-areas


TOKYO_ISLAND_MUNICIPALITIES = [
    "Oshima Town", "Toshima Village", "Niijima Village", "Kozushima Village", "Miyake Village",
    "Mikurashima Village", "Hachijo Town", "Aogashima Village", "Ogasawara Village",
]  # as named for the J-Alert of 4 Oct 2022  # fmt: skip
OKINAWA_SUB_AREAS = [
    "Okinawa: main island and neighbours", "Okinawa: Sakishima Islands", "Okinawa: Daito Islands",
]  # fmt: skip


def polygon_set(geometry: Any) -> set[bytes]:
    """The polygons of a geometry, as comparable WKB."""
    return {shapely.to_wkb(p) for p in shapely.get_parts(geometry)}


def test_alert_areas_listed(g: Gazetteer) -> None:
    areas = g.alert_areas()
    assert [a.name for a in areas] == [
        "Tokyo islands (Izu and Ogasawara)", "Izu Islands", "Ogasawara Islands",
        "Kagoshima islands (Amami)", "Okinawa: Sakishima Islands",
        "Okinawa: main island and neighbours", "Okinawa: Daito Islands",
        "Hokkaido: Rishiri and Rebun",
    ]  # fmt: skip
    for area in areas:
        assert area.kind == "alert area" and area.municipalities and area.source
        assert area.prefecture is not None and area.geometry.is_valid


@pytest.mark.parametrize(
    "feature", features("alert_areas.geojson"), ids=lambda f: f["properties"]["name"]
)
def test_alert_area_is_whole_polygons_of_its_prefecture(
    g: Gazetteer, feature: dict[str, Any]
) -> None:
    p = feature["properties"]
    geometry = shape(feature["geometry"])
    prefecture = g.prefecture(p["prefecture"])
    assert prefecture.name == p["prefecture_name"]
    assert polygon_set(geometry) < polygon_set(prefecture.geometry)  # a strict subset
    for lon, lat in p["seeds"]:
        assert geometry.contains(Point(lon, lat))
    for part in shapely.get_parts(geometry):
        assert any(shapely.box(*box).contains(part) for box in p["boxes"])


def test_tokyo_islands(g: Gazetteer) -> None:
    islands = g.alert_area("Tokyo islands (Izu and Ogasawara)")
    tokyo = g.prefecture("Tokyo")
    assert islands.prefecture == tokyo.prefecture == "13"
    assert list(islands.municipalities) == TOKYO_ISLAND_MUNICIPALITIES
    hachijojima, tokyo_city = Point(139.79, 33.11), Point(139.77, 35.68)
    assert islands.geometry.contains(hachijojima)
    assert not islands.geometry.intersects(tokyo_city) and tokyo.geometry.contains(tokyo_city)
    # Chichijima: Natural Earth's coarse admin-1 outline of the island misses both the
    # gazetteer's point (Wikipedia's 27°4′0″N 142°12′30″E) and 27.09N 142.19E by under 1 km
    chichijima = g.place("Chichijima").position
    for point in (Point(chichijima.lon, chichijima.lat), Point(142.19, 27.09)):
        assert gap_km(point, islands.geometry) <= 1.0
        assert gap_km(point, tokyo.geometry) == pytest.approx(gap_km(point, islands.geometry))
    assert islands.geometry.contains(Point(142.21, 27.08))  # a point well inside Chichijima
    izu, ogasawara = g.alert_area("Izu Islands"), g.alert_area("Ogasawara Islands")
    assert polygon_set(izu.geometry) | polygon_set(ogasawara.geometry) == polygon_set(
        islands.geometry
    )
    assert not izu.geometry.intersects(ogasawara.geometry)
    assert list(izu.municipalities) + list(ogasawara.municipalities) == list(islands.municipalities)
    assert izu.geometry.contains(hachijojima)


def test_okinawa_sub_areas_partition_the_prefecture(g: Gazetteer) -> None:
    okinawa = g.prefecture("Okinawa")
    subs = [g.alert_area(name) for name in OKINAWA_SUB_AREAS]
    sets = [polygon_set(a.geometry) for a in subs]
    assert sum(len(s) for s in sets) == len(polygon_set(okinawa.geometry)) == 33
    assert set().union(*sets) == polygon_set(okinawa.geometry)
    main, sakishima, daito = subs
    where = {
        "Naha": main, "Ishigaki": sakishima, "Miyakojima": sakishima, "Yonaguni": sakishima,
        "Minami-Daito": daito, "Iheyajima": main,
    }  # fmt: skip
    coords = {"Minami-Daito": (131.24, 25.85), "Iheyajima": (127.97, 27.05)}
    for name, area in where.items():
        lon, lat = coords.get(name) or (g.place(name).position.lon, g.place(name).position.lat)
        assert [a.name for a in subs if a.geometry.covers(Point(lon, lat))] == [area.name], name
    municipalities = [m for a in subs for m in a.municipalities]
    assert len(municipalities) == len(set(municipalities)) == 41  # 11 cities, 11 towns, 19 villages
    assert all(a.prefecture == "47" for a in subs)


def test_amami_and_rishiri_rebun(g: Gazetteer) -> None:
    amami = g.alert_area("Amami Islands")
    assert amami.name == "Kagoshima islands (Amami)" and amami.prefecture == "46"
    assert len(shapely.get_parts(amami.geometry)) == 8  # the polygons the Amami fix moved
    assert amami.geometry.contains(Point(129.49, 28.38))  # Amami Oshima
    assert not amami.geometry.intersects(Point(130.56, 31.60))  # Kagoshima city
    rr = g.alert_area("Rishiri and Rebun")
    assert rr.prefecture == "01" and len(shapely.get_parts(rr.geometry)) == 2
    assert not rr.geometry.intersects(Point(141.35, 43.06))  # Sapporo


@pytest.mark.parametrize(
    ("query", "name"),
    [("Okinawa", "Okinawa"), ("47", "Okinawa"), ("沖縄県", "Okinawa"), ("JP-13", "Tokyo"),
     ("tokyo-to", "Tokyo"), ("TOKYO ISLANDS", "Tokyo islands (Izu and Ogasawara)"),
     ("islands of tokyo", "Tokyo islands (Izu and Ogasawara)"),
     ("tokyo islands izu and ogasawara", "Tokyo islands (Izu and Ogasawara)"),
     ("東京都島しょ部", "Tokyo islands (Izu and Ogasawara)"),
     ("sakishima islands", "Okinawa: Sakishima Islands"),
     ("okinawa sakishima islands", "Okinawa: Sakishima Islands"),
     ("Okinawa - Daito Islands", "Okinawa: Daito Islands"), ("bonin islands", "Ogasawara Islands"),
     ("okinawa main island and neighbours", "Okinawa: main island and neighbours")],
)  # fmt: skip
def test_alert_area_lookup(g: Gazetteer, query: str, name: str) -> None:
    assert g.alert_area(query).name == name


def test_alert_area_of_a_prefecture_is_the_prefecture(g: Gazetteer) -> None:
    assert g.alert_area("Okinawa") is g.prefecture("Okinawa")
    assert g.alert_area("7") is g.prefecture("Fukushima")
    assert g.alert_area("Okinawa").kind == "prefecture"
    assert g.region("Tokyo islands").kind == "alert area"  # region() falls back to sub-areas
    assert g.region("Izu Islands").kind == "island group"  # ... after the regions


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("Sakishima Island", "Okinawa: Sakishima Islands"), ("Okinowa", "Okinawa"),
     ("Tokyo island", "Tokyo islands (Izu and Ogasawara)")],
)  # fmt: skip
def test_unknown_alert_area_suggests(g: Gazetteer, name: str, suggestion: str) -> None:
    with pytest.raises(UnknownPlaceError) as info:
        g.alert_area(name)
    assert str(info.value).startswith(f"unknown alert area '{name}': expected a prefecture name")
    assert f"'{suggestion}'" in str(info.value)
    with pytest.raises(UnknownPlaceError, match=r"^unknown alert area 'Xanadu': expected [^(]*$"):
        g.alert_area("Xanadu")


def test_alert_area_named_like_a_prefecture_is_refused(tmp_path: Path) -> None:
    (tmp_path / "japan_prefectures.geojson").write_bytes(
        (DATA / "japan_prefectures.geojson").read_bytes()
    )
    data = json.loads((DATA / "alert_areas.geojson").read_text("utf-8"))
    data["features"][0]["properties"]["aliases"].append("Tokyo")
    (tmp_path / "alert_areas.geojson").write_text(json.dumps(data), "utf-8")
    with pytest.raises(LayersError, match="alert area name 'Tokyo' is a prefecture name"):
        Gazetteer(tmp_path).alert_areas()


def test_broken_places_file_names_file_and_field(tmp_path: Path) -> None:
    for name in ("regions.geojson", "seas.geojson", "japan_prefectures.geojson"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "X"\nkind = "city"\nlat = 95\nlon = 10\nsource = "s"\n', "utf-8"
    )
    with pytest.raises(LayersError, match=r"^places.toml: place\[0\]: latitude: expected"):
        Gazetteer(tmp_path).place("X")
    (tmp_path / "places.toml").write_text(
        '[[place]]\nname = "X"\nkind = "town"\nlat = 5\nlon = 10\nsource = "s"\n', "utf-8"
    )
    with pytest.raises(LayersError, match=r"^places.toml: place\[0\].kind: expected one of"):
        Gazetteer(tmp_path).place("X")


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    record = '[[place]]\nname = "{}"\nkind = "city"\nlat = 5\nlon = 10\nsource = "s"\n'
    (tmp_path / "places.toml").write_text(record.format("Naha") + record.format("NAHA"), "utf-8")
    with pytest.raises(LayersError, match="used twice"):
        Gazetteer(tmp_path).places()


# --------------------------------------------------------------------------- basemap


@pytest.mark.parametrize(
    "bounds",
    [(115.0, 10.0, 150.0, 45.0), (123.0, 24.0, 126.0, 27.0), (-10.0, 35.0, 30.0, 60.0),
     (150.0, 40.0, 200.0, 70.0), (-200.0, 50.0, -150.0, 72.0), (0.0, -10.0, 1.0, -9.0)],
)  # fmt: skip
def test_basemap_clips_to_bounds(bounds: tuple[float, float, float, float]) -> None:
    basemap = load_basemap(bounds)
    min_lon, min_lat, max_lon, max_lat = bounds
    eps = 1e-9
    for name, geometry in basemap.countries:
        assert geometry.geom_type in ("Polygon", "MultiPolygon"), name
        bx = geometry.bounds
        assert bx[0] >= min_lon - eps and bx[2] <= max_lon + eps, name
        assert bx[1] >= min_lat - eps and bx[3] <= max_lat + eps, name
    for label, position in basemap.sea_labels:
        assert min_lon <= position.lon <= max_lon and min_lat <= position.lat <= max_lat, label
    assert len({name for name, _ in basemap.countries}) == len(basemap.countries)


def test_basemap_content() -> None:
    ryukyu = load_basemap((122.5, 24.0, 129.0, 28.0))
    assert [name for name, _ in ryukyu.countries] == ["Japan"]
    japan = ryukyu.countries[0][1]
    for lon, lat in [(125.33, 24.75), (124.19, 24.43), (122.99, 24.46), (127.9, 26.5)]:
        assert japan.contains(Point(lon, lat))  # Miyako, Ishigaki, Yonaguni, Okinawa
    assert load_basemap((0.0, -10.0, 1.0, -9.0)).countries == ()  # open ocean
    world = load_basemap()
    assert len(world.countries) > 240
    assert "Yellow Sea" in [label for label, _ in world.sea_labels]
    assert "Korea Strait" not in [label for label, _ in world.sea_labels]  # a point, not a sea


def test_basemap_across_the_antimeridian_shifts_the_far_side() -> None:
    basemap = dict(load_basemap((150.0, 40.0, 200.0, 70.0)).countries)
    assert basemap["United States of America"].bounds[2] > 180.0  # Alaska at 190..200
    russia = basemap["Russia"]
    assert russia.bounds[0] < 180.0 < russia.bounds[2]  # Chukotka on both sides
    west = dict(load_basemap((-200.0, 50.0, -150.0, 72.0)).countries)
    assert west["Russia"].bounds[0] < -180.0


@pytest.mark.parametrize(
    "bounds",
    [(10.0, 0.0, 5.0, 1.0), (0.0, 50.0, 10.0, 40.0), (0.0, -95.0, 10.0, 0.0),
     (0.0, 0.0, 400.0, 1.0), (0.0, 0.0, float("nan"), 1.0), (0.0, 0.0, 1.0)],
)  # fmt: skip
def test_basemap_refuses_bad_bounds(bounds: Any) -> None:
    with pytest.raises(LayersError, match=r"^basemap bounds: expected"):
        load_basemap(bounds)


# --------------------------------------------------------------------------- files


def test_every_file_named_in_provenance_exists() -> None:
    text = (DATA / "PROVENANCE.md").read_text("utf-8")
    named = set(re.findall(r"`([\w.-]+\.(?:geojson|toml|md))`", text))
    named = {n for n in named if not n.startswith("ne_")}
    assert {"countries.geojson", "seas.geojson", "japan_prefectures.geojson",
            "regions.geojson", "alert_areas.geojson", "places.toml"} <= named  # fmt: skip
    missing = sorted(n for n in named if not (DATA / n).exists())
    assert missing == []


@pytest.mark.parametrize(
    "filename",
    ["countries.geojson", "seas.geojson", "japan_prefectures.geojson", "regions.geojson",
     "alert_areas.geojson"],
)  # fmt: skip
def test_geojson_files_are_valid_and_rounded(filename: str) -> None:
    text = (DATA / filename).read_text("utf-8")
    assert re.search(r"\d\.\d{5,}", text.split('"features"', 1)[1]) is None
    for f in features(filename):
        geometry = shape(f["geometry"])
        assert geometry.is_valid and not geometry.is_empty, f["properties"]
        if geometry.geom_type != "Point":
            assert shapely.is_ccw(shapely.get_exterior_ring(shapely.get_parts(geometry))).all()


def test_countries_file() -> None:
    assert (DATA / "countries.geojson").stat().st_size < 2_500_000
    props = [f["properties"] for f in features("countries.geojson")]
    codes = [p["iso_a3"] for p in props]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    assert {"PRK", "KOR", "JPN", "CHN", "TWN", "PHL", "RUS", "USA"} <= set(codes)
    assert all(p["name"] for p in props)
    names = {p["iso_a3"]: p["name"] for p in props}
    assert names["PGA"] == "Spratly Islands"  # NAME_EN says "Wake Island" in NE 5.1.1
    assert names["CHN"] == "China"


@pytest.mark.parametrize("name", ["황해도", "黄海道", "黄海南道", "황해북도"])
def test_a_province_name_never_finds_a_sea(name: str) -> None:
    """Round 12: 황해도 / 黄海道 is the province Hwanghae, not the Yellow Sea (its stem)."""
    g = load_gazetteer()
    assert g.find(name) is None
    assert [f.entries[0].name for f in g.names_in(f"{name}에서 발사")] == []


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("황해", "Yellow Sea"),
        ("黄海", "Yellow Sea"),
        ("백령", "Baengnyeongdo"),
        ("제주섬", "Jeju Island"),
    ],
)
def test_stems_still_find_seas_and_islands(name: str, found: str) -> None:  # the controls
    entry = load_gazetteer().find(name)
    assert entry is not None and entry.name == found


def test_a_sea_before_the_particle_do_is_still_the_sea() -> None:  # the control
    names = load_gazetteer().names_in("동해도 포함해 서해상으로")
    assert [f.entries[0].name for f in names] == ["Sea of Japan", "Yellow Sea"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a katakana name standing alone, before kanji or in brackets
        ("ミサイルはムスダンリ付近から発射された", ["Tonghae Satellite Launching Ground"]),
        ("順安(スナン)空港から", ["Pyongyang Sunan International Airport"] * 2),
        # inside a longer katakana word it is no name (a county, then the village; a province,
        # then the city)
        ("ミサイルはファデグンムスダンリから発射された", []),
        ("平安南道(ピョンアンナムドピョンヤン)の", []),
    ],
)
def test_a_katakana_name_is_not_matched_inside_a_longer_katakana_word(
    g: Gazetteer, text: str, names: list[str]
) -> None:
    assert [e.name for f in g.names_in(text) for e in f.entries[:1]] == names


def test_wonsan_in_katakana_is_wonsan(g: Gazetteer) -> None:
    place = g.find("ウォンサン")
    assert place is not None and place.name == "Wonsan"
