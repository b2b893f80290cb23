"""Issue 4: reported-position phrases, `locate`, `check`, and a launch toward the east that
crosses the antimeridian (the 2022-10-04 missile over Aomori)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic
from hypothesis import given
from hypothesis import strategies as st

from alertmap.layers.build import build_event, locate_geojson
from alertmap.layers.checks import check_event
from alertmap.layers.export import to_feature_collection
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Kind
from alertmap.layers.phrases import PhraseError, parse_phrase
from alertmap.layers.scenario import load_scenario
from alertmap.maps.cli import main
from alertmap.maps.style import style_key
from tests.support import Page

WGS84 = Geodesic.WGS84


@pytest.mark.parametrize(
    ("text", "origin", "km", "bearing", "about"),
    [
        ("about 600 km east of the Philippines", "Philippines", 600, 90, True),
        ("About 600km East of Manila.", "Manila", 600, 90, True),
        (
            "fell approximately 350 km south-west of the Korean Peninsula",
            "Korean Peninsula",
            350,
            225,
            True,
        ),
        ("33 km W of Baengnyeongdo", "Baengnyeongdo", 33, 270, False),
        ("around 1,200 km southwest of Okinotorishima", "Okinotorishima", 1200, 225, True),
        ("237 NM east-north-east of San Policarpo", "San Policarpo", 237 * 1.852, 67.5, False),
        ("about 200 km to the west of Eocheongdo", "Eocheongdo", 200, 270, True),
    ],
)
def test_phrases(text: str, origin: str, km: float, bearing: float, about: bool) -> None:
    spec = parse_phrase(text)
    assert spec.origin == origin
    assert spec.distance_m == pytest.approx(km * 1000)
    assert spec.bearing_deg == bearing
    assert spec.about is about


def test_between_phrase() -> None:
    spec = parse_phrase("passed between Okinawa main island and Miyako Island")
    assert spec.between == ("Okinawa main island", "Miyako Island")


@pytest.mark.parametrize("bad", ["somewhere east", "600 km sideways of Manila", "", "east"])
def test_phrases_not_understood(bad: str) -> None:
    with pytest.raises(PhraseError, match="expected 'about D km BEARING of PLACE'"):
        parse_phrase(bad)


@given(km=st.integers(1, 5000), word=st.sampled_from(["north", "north-east", "ENE", "S", "west"]))
def test_phrase_round_trip(km: int, word: str) -> None:
    spec = parse_phrase(f"about {km} km {word} of Manila")
    assert spec.distance_m == km * 1000 and spec.origin == "Manila"


def test_locate_point_reference_against_geographiclib() -> None:
    fc = locate_geojson("about 600 km east of Manila")
    point, area = fc["features"]
    manila = load_gazetteer().place("Manila").position
    expected = WGS84.Direct(manila.lat, manila.lon, 90, 600_000)
    lon, lat = point["geometry"]["coordinates"]
    assert lon == pytest.approx(expected["lon2"], abs=1e-6)
    assert lat == pytest.approx(expected["lat2"], abs=1e-6)
    assert area["properties"]["role"] == "uncertainty_area"
    assert "540-660 km" in area["properties"]["method"]


def test_locate_region_measures_from_the_edge() -> None:
    fc = locate_geojson("about 600 km east of the Philippines")
    point = fc["features"][0]
    anchor = point["properties"]["measured_from"]
    lon, lat = point["geometry"]["coordinates"]
    s = WGS84.Inverse(anchor[1], anchor[0], lat, lon)
    # in the band: 540-660 km from the nearest coast (to a grid cell, 15 km), about east
    assert 540_000 - 15_000 <= s["s12"] <= 660_000 + 15_000
    assert abs((s["azi1"] - 90 + 180) % 360 - 180) <= 22.5
    # the edge point is on the Philippines' coast
    philippines = load_gazetteer().region("Philippines").geometry
    from shapely.geometry import Point

    assert philippines.distance(Point(anchor)) < 0.02


def test_locate_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["locate", "about 600 km east of Manila"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    assert main(["locate", "about 600 km east of Atlantis"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown place 'Atlantis'" in err


# --------------------------------------------------------------------------- checks


def test_checks_2023_08_24_report_what_the_reports_say() -> None:
    findings = check_event(build_event(load_scenario("2023-08-24")))
    # the hazard areas are approximate (corners unpublished): no hard inside/outside claims
    assert {f.verdict for f in findings.falls} <= {"possibly inside", "probably outside"}
    pacific = [f for f in findings.falls if "Pacific" in f.fall]
    assert {f.verdict for f in pacific} == {"probably outside"}  # Japan: outside the areas
    islands = {i.name: i.closest_km for i in findings.islands}
    assert islands["Baengnyeongdo"] == pytest.approx(33, abs=2)  # JCS: 33 km west
    gap = (islands["Okinawa main island"], islands["Miyako Island"])
    assert all(100 < d < 160 for d in gap)  # between the two, about mid-way
    (alert,) = findings.alerts
    assert alert.alerted == ("Okinawa",) and alert.matches
    japan = [x for x in findings.land if x.name == "Japan"]
    assert japan and not japan[0].under_track  # no overflight of Japanese land


def test_check_cli_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "2023-08-24"]) == 0
    table = capsys.readouterr().out
    assert "J-Alert prefectures and the corridor" in table and "match" in table
    assert main(["check", "2023-08-24", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # fall_seas: the scenario names the sea of three falls
    assert set(data) == {"event", "falls", "land", "islands", "alerts", "fall_seas", "reports"}
    assert data["alerts"][0]["matches"] is True


# --------------------------------------------------------------------------- eastward


@pytest.fixture(scope="module")
def event_1004() -> Any:
    return build_event(load_scenario("2022-10-04"))


def test_eastward_track_over_aomori_to_the_antimeridian(event_1004: Any) -> None:
    (track,) = [f for f in event_1004.features() if f.kind is Kind.TRACK]
    lons = [x for x, _ in track.geometry.coords]
    assert lons == sorted(lons)  # continuous, eastward
    aomori = load_gazetteer().prefecture("Aomori").geometry
    assert track.geometry.intersects(aomori)
    fall = next(f for f in event_1004.features() if f.kind is Kind.FALL_AREA)
    assert fall.geometry.bounds[2] > 180  # the area reaches past the antimeridian, unbroken
    assert fall.geometry.geom_type == "Polygon"


def test_eastward_export_is_cut_at_the_antimeridian(event_1004: Any) -> None:
    fc = to_feature_collection(event_1004)
    fall = next(f for f in fc["features"] if f["properties"]["kind"] == "fall_area")
    assert fall["geometry"]["type"] == "MultiPolygon"
    lons = [pt[0] for poly in fall["geometry"]["coordinates"] for ring in poly for pt in ring]
    assert min(lons) >= -180 and max(lons) <= 180
    assert any(x == 180 for x in lons) and any(x == -180 for x in lons)


def test_eastward_checks(event_1004: Any) -> None:
    findings = check_event(event_1004)
    land = {x.name: x for x in findings.land}
    assert land["Aomori"].under_track and land["Japan"].under_track
    assert land["Aomori"].track_over_km > 30
    every = findings.alerts[-1]
    assert every.alert == "All J-Alerts together"
    assert set(every.alerted) == {"Aomori", "Hokkaido", "Tokyo"}
    # the Tokyo islands, far south of the path; the schematic track passes the centre of
    # Aomori, so whether the 100 km corridor reaches Hokkaido's south coast is not asserted
    assert "Tokyo" in every.alerted_but_not_under
    assert "Aomori" not in every.alerted_but_not_under


def test_eastward_renders_in_the_browser(browser: Any, tmp_path: Path, event_1004: Any) -> None:
    from alertmap.maps.compose import compose
    from alertmap.maps.output import page_html, write_atomic

    path = write_atomic(tmp_path / "east.html", page_html(compose(event_1004)))
    p = Page(browser, path)
    try:
        p.page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == [] and p.requests == []
        for layer in event_1004.layers:
            if layer.show:
                assert p.page.locator(f".am-kind-{style_key(layer)}").count() >= len(
                    layer.features
                ), layer.name
        # the fall area is drawn as one shape past 180 degrees, not split across the map
        width = p.page.locator(".am-kind-fall_area").first.bounding_box()["width"]
        assert 50 < width < 600
        west = p.page.evaluate(
            """() => Object.values(window).find(v => v instanceof L.Map).getBounds().getWest()"""
        )
        assert west < 126.4  # the launch site is in view
    finally:
        p.close()


# --------------------------------------------------------------------------- overlays


def test_overlay_of_several_events(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    assert main(["render", "2023-05-31", "2023-08-24", "2022-10-04", "-o", str(out)]) == 0
    p = Page(browser, out)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == [] and p.requests == []
        colours = page.evaluate(
            """() => [...document.querySelectorAll('path.am-kind-track')]
                      .map(e => e.getAttribute('stroke'))"""
        )
        assert len(colours) == 3 and len(set(colours)) == 3  # each event its own colour
        names = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        for event_id in ("2023-05-31", "2023-08-24", "2022-10-04"):
            assert any(n.strip().startswith(f"{event_id} · ") for n in names)
        ids = page.evaluate(
            "() => [...document.querySelectorAll('[data-am-id]')].map(e => e.dataset.amId)"
        )
        assert len(ids) == len(set(ids))
        assert page.locator(".am-legend").inner_text().count("2023-") >= 2
        seas = page.evaluate(
            """() => [...document.querySelectorAll('path.am-kind-sea_area')].length"""
        )
        assert seas == 5  # Yellow, East China, Philippine, Japan, North Pacific: each once
    finally:
        p.close()


def test_overlay_of_the_same_event_twice_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", "2023-08-24", "2023-08-24", "-o", "/tmp/never.html"]) == 2
    assert "the same event twice" in capsys.readouterr().err
    assert not Path("/tmp/never.html").exists()


# --------------------------------------------------------------------------- known corners

EXERCISE = Path(__file__).resolve().parents[1] / "data" / "exercise" / "exercise.toml"


def test_check_with_known_warning_corners_gives_the_reported_findings() -> None:
    """The exercise's reports say: stage 1 inside area A, stage 2 inside B (ministry A),
    stage 2 outside the areas (joint staff B); the check must say the same."""
    event = build_event(load_scenario(str(EXERCISE)))
    hazards = [f for f in event.features() if f.kind is Kind.HAZARD_AREA]
    assert [h.name for h in hazards] == ["NAVAREA XI 0999/25, area A", "NAVAREA XI 0999/25, area B"]
    corners_a = {(round(x, 6), round(y, 6)) for x, y in hazards[0].geometry.exterior.coords}
    assert corners_a == {(131.0, 41.0), (132.0, 41.0), (132.0, 40.0), (131.0, 40.0)}
    corners_b = {(round(x, 6), round(y, 6)) for x, y in hazards[1].geometry.exterior.coords}
    assert corners_b == {(137.0, 40.833333), (138.5, 40.833333), (138.5, 39.5), (137.0, 39.5)}
    assert all(not h.approximate for h in hazards)

    verdict = {(f.fall, f.hazard_area[-1]): f for f in check_event(event).falls}
    stage1 = "Stage 1: fell in the notified area A"
    stage2 = "Stage 2: about 700 km E of Tonghae"
    stage2_b = "Stage 2 as reported by B: about 850 km E of Tonghae"
    assert verdict[(stage1, "A")].verdict == "inside"
    assert verdict[(stage1, "B")].verdict == "outside"
    assert verdict[(stage2, "B")].verdict == "inside"
    assert verdict[(stage2_b, "B")].verdict == "outside"
    # 850 km E of Tonghae lies east of area B's 138-30E edge: independently, with geographiclib
    tonghae = load_gazetteer().place("Tonghae").position
    p = WGS84.Direct(tonghae.lat, tonghae.lon, 90, 850_000)
    edge_km = WGS84.Inverse(p["lat2"], p["lon2"], p["lat2"], 138.5)["s12"] / 1000
    assert verdict[(stage2_b, "B")].distance_km == pytest.approx(edge_km, abs=3)
    # each area keeps its warning id, window and source text
    assert hazards[0].times[0].iso() == "2025-01-14T22:00:00+00:00"
    assert hazards[0].sources[0].organisation == "NAVAREA XI 0999/25"
    assert "41-00N 131-00E" in hazards[0].reported


def test_warning_areas_with_alternate_windows_are_drawn_once(tmp_path: Path) -> None:
    warning = Path(__file__).resolve().parents[1] / "data" / "warnings" / "navarea_iv_rocket.txt"
    scenario = tmp_path / "s.toml"
    scenario.write_text(
        '[event]\ntitle = "NAVAREA IV example"\ndate = 2022-11-12\n'
        '[launch]\nposition = "28-30N 080-36W"\n'
        f'[[warnings]]\nfile = "{warning}"\n',
        "utf-8",
    )
    event = build_event(load_scenario(str(scenario)))
    hazards = [f for f in event.features() if f.kind is Kind.HAZARD_AREA]
    assert [h.name[-6:] for h in hazards] == ["area A", "area B"]
    for h in hazards:
        assert sum("window" in n for n in h.notes) == 3
        assert h.times[0].iso() == "2022-11-12T16:06:00+00:00"
    corner = (round(-80.638833, 6), round(28.665333, 6))
    assert corner in {(round(x, 6), round(y, 6)) for x, y in hazards[0].geometry.exterior.coords}


def test_north_eastward_over_hokkaido(tmp_path: Path) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "exercise" / "northeast.toml"
    event = build_event(load_scenario(str(path)))
    (track,) = [f for f in event.features() if f.kind is Kind.TRACK]
    (x0, y0), (x1, y1) = track.geometry.coords[0], track.geometry.coords[-1]
    azimuth = WGS84.Inverse(y0, x0, y1, x1)["azi1"]
    assert 45 < azimuth < 90  # north-east, then east
    findings = check_event(event)
    land = {x.name: x for x in findings.land}
    assert land["Hokkaido"].under_track and land["Hokkaido"].track_over_km > 30
    (alert,) = findings.alerts
    assert "Hokkaido" in alert.alerted and "Hokkaido" not in alert.not_alerted_but_under
    out = tmp_path / "ne.geojson"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert main(["render", str(path), "-o", str(tmp_path / "ne.html")]) == 0


@pytest.mark.parametrize("name", ["2023-08-24", "2022-10-04"])
@pytest.mark.parametrize("limit_km", [100.0, 300.0, 1000.0])
def test_island_prefilter_never_drops_an_island_within_reach(name: str, limit_km: float) -> None:
    """Every island the great-circle bound rules out is farther than the limit when measured
    exactly; and the bound does rule some out (it is not a no-op)."""
    import shapely
    from shapely.geometry import Point

    from alertmap.geo.geodesic import great_circle_m
    from alertmap.layers.checks import _closest_m, _surely_beyond

    track = next(f for f in build_event(load_scenario(name)).features() if f.kind is Kind.TRACK)
    xy = shapely.get_coordinates(track.geometry)
    step = float(great_circle_m(xy[:-1], xy[1:]).max())
    g = load_gazetteer()
    areas = [r.geometry for r in g.regions() if r.kind in ("island", "island group")]
    areas += [Point(p.position.lon, p.position.lat).buffer(1e-6) for p in g.places()]
    ruled_out = 0
    for area in areas:
        if _surely_beyond(xy, step, area, limit_km * 1000.0):
            ruled_out += 1
            assert _closest_m(track.geometry, area) > limit_km * 1000.0
    assert ruled_out > 0


@pytest.mark.parametrize("name", ["2023-08-24", "2022-10-04"])
def test_closest_approach_from_the_track_stretch_equals_the_whole_track(name: str) -> None:
    """_closest_m projects only the stretch of track that can hold the closest approach; it
    gives what projecting the whole track gives, for every island and prefecture."""
    import shapely

    from alertmap.geo.coords import LonLat
    from alertmap.geo.corridor import densify_geometry
    from alertmap.geo.projection import to_local
    from alertmap.layers.checks import _closest_m

    track = next(f for f in build_event(load_scenario(name)).features() if f.kind is Kind.TRACK)
    line = densify_geometry(track.geometry, max_spacing_m=2_000.0)  # thousands of vertices
    assert shapely.get_num_coordinates(line) > 1_000
    g = load_gazetteer()
    areas = [r.geometry for r in g.regions() if r.kind in ("island", "island group")]
    areas += [r.geometry for r in g.prefectures()][:20]
    # long strips whose nearest point to the track is far from their centre's nearest point
    areas += [shapely.box(130.0, 20.0, 130.2, 40.0), shapely.box(135.0, 38.0, 150.0, 38.3)]
    for area in areas:
        c = area.representative_point()
        centre = LonLat.wrapped(c.x, c.y)
        whole = shapely.distance(to_local(line, centre), to_local(area, centre))
        assert _closest_m(line, area) == pytest.approx(whole, abs=1e-6)
