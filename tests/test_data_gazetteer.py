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

from layers.basemap import load_basemap
from layers.errors import LayersError, UnknownPlaceError
from layers.gazetteer import Gazetteer, Place, Region, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
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
    "Jindo": "KOR", "Gunsan": "KOR", "Seoul": "KOR", "Naha": "JPN", "Miyakojima": "JPN",
    "Ishigaki": "JPN", "Yonaguni": "JPN", "Cape Irizaki": "JPN", "Tokyo": "JPN",
    "Manila": "PHL", "San Policarpo": "PHL", "Mercedes": "PHL", "Taipei": "TWN",
    "Shanghai": "CHN", "Eocheongdo": "Yellow Sea", "Ieodo": "East China Sea",
    "Okinotorishima": "Philippine Sea", "Sohae new coastal launch pad": "PRK",
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


def test_every_place_is_listed_above(g: Gazetteer) -> None:
    assert {p.name for p in g.places()} == set(WITHIN)


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
            "regions.geojson", "places.toml"} <= named  # fmt: skip
    missing = sorted(n for n in named if not (DATA / n).exists())
    assert missing == []


@pytest.mark.parametrize(
    "filename",
    ["countries.geojson", "seas.geojson", "japan_prefectures.geojson", "regions.geojson"],
)
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
