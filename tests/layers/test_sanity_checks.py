"""Sanity checks (layers/sanity.py): a track over the land of a country no report mentions, a
fall on land, a fall outside the sea it was reported in, a fall beyond the reported range.

Each finding is made from a small invented scenario, with its negative case; every distance the
checks state is measured again here with geographiclib (not pyproj, which the code uses).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

import alertmap
from alertmap.layers.basemap import load_basemap
from alertmap.layers.build import build_event
from alertmap.layers.checks import check_event, findings_lines, findings_table
from alertmap.layers.errors import ScenarioError
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Event, Kind
from alertmap.layers.sanity import countries_of
from alertmap.layers.scenario import builtin_names, load_scenario, parse_scenario
from alertmap.maps.cli import main

WGS84 = Geodesic.WGS84
SOHAE = (124.705, 39.66)  # lon, lat of the gazetteer's Sohae

HEAD = """
[event]
id = "test"
title = "Invented launch"
date = 2030-01-01

[sources.s]
organisation = "Test source"
date = 2030-01-01
"""

#: Sohae, the Yellow Sea, a waypoint west of Kyushu, then a fall east of it: the track crosses
#: southern Kyushu (the Satsuma and Osumi peninsulas) and no other land but North Korea's.
OVER_KYUSHU = """
[launch]
at = "Sohae"
source = "s"

[[track.waypoints]]
name = "Yellow Sea"
position = "36.0N 124.0E"
source = "s"

[[track.waypoints]]
name = "West of Kyushu"
position = "31.5N 127.0E"
source = "s"

[[falls]]
name = "Fall east of Kyushu"
position = "31.5N 133.0E"
source = "s"
"""


def _event(tmp_path: Path, body: str) -> Event:
    path = tmp_path / "launch.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return build_event(load_scenario(str(path)))


def _geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km between two lon, lat pairs (geographiclib)."""
    return float(WGS84.Inverse(a[1], a[0], b[1], b[0])["s12"]) / 1000


def _nearest_km(point: tuple[float, float], lines: BaseGeometry) -> float:
    """Geodesic distance in km from ``point`` to ``lines``: the nearest of their vertices after
    adding one every 0.01 degree (the error is far below the 0.1 km the checks round to)."""
    xy = shapely.get_coordinates(shapely.segmentize(lines, 0.01))
    rough = np.hypot(xy[:, 0] - point[0], xy[:, 1] - point[1])
    near = xy[rough <= rough.min() + 0.5]
    return min(_geodesic_km(point, (float(x), float(y))) for x, y in near)


def _land_of(country: str, around: BaseGeometry) -> BaseGeometry:
    (land,) = [g for name, g in load_basemap(around.buffer(5).bounds).countries if name == country]
    return land


# --------------------------------------------------------------------------- track over land


def test_a_track_over_kyushu_that_no_report_mentions_is_a_finding(tmp_path: Path) -> None:
    event = _event(tmp_path, OVER_KYUSHU)
    findings = check_event(event)
    (finding,) = findings.unreported_land
    assert finding.country == "Japan"
    # the length over land, measured again with geographiclib along the drawn track
    track = next(f.geometry for f in event.features() if f.kind is Kind.TRACK)
    over = track.intersection(_land_of("Japan", track))
    expected = sum(
        _geodesic_km(tuple(a), tuple(b))
        for line in shapely.get_parts(over)
        for a, b in zip(line.coords[:-1], line.coords[1:], strict=True)
    )
    assert 20 < expected < 150
    assert finding.track_over_km == pytest.approx(expected, abs=0.1)
    line = f"Track over land of Japan, which no report mentions: {finding.track_over_km:g} km"
    assert line in findings_lines(findings)
    assert "Track over land of a country no report mentions" in findings_table(findings)
    assert findings.to_json()["unreported_land"] == [
        {"country": "Japan", "track_over_km": finding.track_over_km}
    ]


@pytest.mark.parametrize(
    "mention",
    [
        # a statement naming Japan (or a place in it), in its structured 'places'
        '[[statements]]\ntext = "Japan protested."\nsource = "s"\nplaces = ["Japan"]\n',
        '[[statements]]\ntext = "It flew over Kagoshima."\nsource = "s"\nplaces = ["Kyushu"]\n',
        # a waypoint or fall 'from' a place in Japan
        '[[track.waypoints]]\nname = "w"\nfrom = "Fukuoka City"\ndistance_km = 900\n'
        'bearing = "SE"\nsource = "s"\n',
        # a gate between two of its places
        '[[track.waypoints]]\nname = "g"\nbetween = ["Okinawa main island", "Miyako Island"]\n'
        'source = "s"\n',
        # a J-Alert for a prefecture
        '[[alerts]]\nprefectures = ["Kagoshima"]\nissued = 2030-01-01T06:00:00+09:00\n'
        'source = "s"\n',
    ],
    ids=["statement-country", "statement-island", "from", "between", "alert"],
)
def test_a_track_over_a_mentioned_country_is_no_finding(tmp_path: Path, mention: str) -> None:
    findings = check_event(_event(tmp_path, OVER_KYUSHU + mention))
    assert findings.unreported_land == ()
    assert "unreported_land" not in findings.to_json()
    assert not [x for x in findings_lines(findings) if "no report mentions" in x]


def test_the_launch_country_is_always_mentioned(tmp_path: Path) -> None:
    # the track leaves North Korea's coast over land: not a finding, the launch site is there
    findings = check_event(_event(tmp_path, OVER_KYUSHU))
    north_korea = [x for x in findings.land if x.name == "North Korea"]
    assert north_korea and north_korea[0].under_track
    assert "North Korea" not in {x.country for x in findings.unreported_land}


def test_statement_places_must_be_known_names(tmp_path: Path) -> None:
    body = OVER_KYUSHU + '[[statements]]\ntext = "t"\nsource = "s"\nplaces = ["Atlantis"]\n'
    with pytest.raises(ScenarioError, match=r"statements\[0\]\.places\[0\]: unknown place"):
        _event(tmp_path, body)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Korean Peninsula", {"North Korea", "South Korea"}),  # an area: each large share
        ("Okinawa", {"Japan"}),  # a prefecture
        ("Baengnyeongdo", {"South Korea"}),  # a place on an island
        ("Ieodo", set()),  # a submerged rock far from any land
    ],
)
def test_countries_of_a_mentioned_place(name: str, expected: set[str]) -> None:
    thing = load_gazetteer().resolve(name)
    geometry = getattr(thing, "geometry", None)
    if geometry is None:
        geometry = Point(thing.position.lon, thing.position.lat)  # type: ignore[union-attr]
    assert countries_of(geometry) == expected


# --------------------------------------------------------------------------- fall on land


def _fall_at(position: str, extra: str = "") -> str:
    return f"""
[launch]
at = "Sohae"
source = "s"

[[falls]]
name = "The fall"
position = "{position}"
source = "s"
{extra}"""


def test_a_fall_placed_on_honshu_is_a_finding(tmp_path: Path) -> None:
    findings = check_event(_event(tmp_path, _fall_at("36.0N 138.5E")))
    (finding,) = findings.falls_on_land
    assert (finding.fall, finding.country) == ("The fall", "Japan")
    here = (138.5, 36.0)
    land = _land_of("Japan", Point(here))
    piece = next(p for p in shapely.get_parts(land) if p.contains(Point(here)))  # Honshu
    expected = _nearest_km(here, piece.exterior)
    assert 50 < expected < 150
    assert finding.coast_km == pytest.approx(expected, abs=0.2)
    assert f"The fall: on land (Japan), {finding.coast_km:g} km from the coast" in findings_lines(
        findings
    )


def test_a_fall_far_inland_is_measured_to_the_real_coast(tmp_path: Path) -> None:
    # central China, farther from the sea than the first window the coast is looked for in:
    # the window's edge is not a coast, and the borders between countries are not either
    here = (113.0, 34.0)
    (finding,) = check_event(_event(tmp_path, _fall_at("34.0N 113.0E"))).falls_on_land
    assert finding.country == "China"
    box = shapely.box(95.0, 15.0, 135.0, 50.0)
    land = shapely.union_all([g for _, g in load_basemap(box.bounds).countries])
    piece = next(p for p in shapely.get_parts(land) if p.contains(Point(here)))
    coast = shapely.intersection(piece.exterior, box.buffer(-0.01))
    expected = _nearest_km(here, coast)
    assert 350 < expected < 1000
    assert finding.coast_km == pytest.approx(expected, abs=0.2)


def test_a_fall_at_sea_is_not_on_land(tmp_path: Path) -> None:
    findings = check_event(_event(tmp_path, _fall_at("33.0N 138.0E")))  # south of Honshu
    assert findings.falls_on_land == ()
    assert "falls_on_land" not in findings.to_json()


def test_a_fall_area_is_checked_at_its_best_position(tmp_path: Path) -> None:
    # "about 110 km east of Tokyo" reaches over Choshi (its area), but its position is at sea
    body = _fall_at("33.0N 138.0E").replace(
        'position = "33.0N 138.0E"',
        'from = "Tokyo"\ndistance_km = 110\nbearing = "E"\nabout = true',
    )
    event = _event(tmp_path, body)
    fall = next(f for f in event.features() if f.kind is Kind.FALL_AREA)
    assert fall.position is not None and fall.geometry.intersects(_land_of("Japan", fall.geometry))
    assert check_event(event).falls_on_land == ()


# --------------------------------------------------------------------------- the reported sea


def test_a_fall_reported_in_the_sea_of_japan_but_drawn_in_the_pacific(tmp_path: Path) -> None:
    findings = check_event(_event(tmp_path, _fall_at("35.0N 145.0E", 'sea = "Sea of Japan"')))
    (check,) = findings.fall_seas
    assert (check.sea, check.inside) == ("Sea of Japan", False)
    sea = load_gazetteer().sea("Sea of Japan").geometry
    expected = _nearest_km((145.0, 35.0), sea.boundary)
    assert 400 < expected < 1000
    assert check.distance_km == pytest.approx(expected, abs=0.2)
    line = (
        f"The fall: outside the Sea of Japan it was reported in, {check.distance_km:g} km from it"
    )
    assert line in findings_lines(findings)
    assert findings.to_json()["fall_seas"][0]["inside"] is False


def test_a_fall_in_the_sea_it_was_reported_in(tmp_path: Path) -> None:
    # any of the sea's names will do ("East Sea" is an alias of the Sea of Japan)
    findings = check_event(_event(tmp_path, _fall_at("40.0N 135.0E", 'sea = "East Sea"')))
    (check,) = findings.fall_seas
    assert (check.sea, check.inside, check.distance_km) == ("Sea of Japan", True, 0.0)
    assert not [x for x in findings_lines(findings) if "reported in" in x]


@pytest.mark.parametrize(
    ("sea", "message"),
    [
        ("Sea of Atlantis", r"falls\[0\]\.sea: unknown sea 'Sea of Atlantis'"),
        ("Korea Strait", r"falls\[0\]\.sea: expected a sea with an outline; Korea Strait"),
    ],
)
def test_a_reported_sea_must_have_an_outline(tmp_path: Path, sea: str, message: str) -> None:
    with pytest.raises(ScenarioError, match=message):
        _event(tmp_path, _fall_at("35.0N 145.0E", f'sea = "{sea}"'))


# --------------------------------------------------------------------------- the reported range


def _at_distance(km: float, azimuth: float = 120.0) -> str:
    """A position ``km`` from Sohae along ``azimuth`` (geographiclib), as a scenario position."""
    g = WGS84.Direct(SOHAE[1], SOHAE[0], azimuth, km * 1000)
    return f"{g['lat2']:.6f}, {g['lon2']:.6f}"


def test_a_fall_beyond_the_reported_flight_range_is_a_finding(tmp_path: Path) -> None:
    body = _fall_at(_at_distance(1150)).replace('at = "Sohae"', 'at = "Sohae"\nrange_km = 1000')
    findings = check_event(_event(tmp_path, body))
    (check,) = findings.fall_ranges
    assert (check.reported_km, check.of_flight, check.beyond) == (1000, True, True)
    assert check.distance_km == pytest.approx(1150, abs=0.1)
    line = (
        "The fall: 1150 km from the launch site, beyond the reported flight range of about 1000 km"
    )
    assert line in findings_lines(findings)
    assert findings.to_json()["fall_ranges"][0]["beyond"] is True


def test_a_fall_within_about_the_reported_range_is_no_finding(tmp_path: Path) -> None:
    # 1,090 km is "about 1,000 km" (within 10 %)
    body = _fall_at(_at_distance(1090)).replace('at = "Sohae"', 'at = "Sohae"\nrange_km = 1000')
    findings = check_event(_event(tmp_path, body))
    (check,) = findings.fall_ranges
    assert check.distance_km == pytest.approx(1090, abs=0.1) and not check.beyond
    assert not [x for x in findings_lines(findings) if "reported" in x]


def test_a_fall_s_own_range_is_checked_before_the_flight_s(tmp_path: Path) -> None:
    body = _fall_at(_at_distance(700), "range_km = 500").replace(
        'at = "Sohae"', 'at = "Sohae"\nrange_km = 1000'
    )
    (check,) = check_event(_event(tmp_path, body)).fall_ranges
    assert (check.reported_km, check.of_flight, check.beyond) == (500, False, True)
    assert check.distance_km == pytest.approx(700, abs=0.1)


def test_no_reported_range_no_range_check(tmp_path: Path) -> None:
    findings = check_event(_event(tmp_path, _fall_at(_at_distance(5000))))
    assert findings.fall_ranges == () and "fall_ranges" not in findings.to_json()


@pytest.mark.parametrize("value", ["0", "-5", '"far"', "50000"])
def test_range_km_is_a_distance(value: str) -> None:
    text = HEAD + _fall_at("35.0N 145.0E", f"range_km = {value}")
    with pytest.raises(ScenarioError, match=r"falls\[0\]\.range_km: expected a number 1-20000"):
        parse_scenario(text, "t.toml")


# --------------------------------------------------------------------------- the interfaces


def test_the_command_line_and_the_api_report_the_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = OVER_KYUSHU.replace('at = "Sohae"', 'at = "Sohae"\nrange_km = 300')
    path = tmp_path / "launch.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unreported_land"][0]["country"] == "Japan"
    assert data["fall_ranges"][0]["beyond"] is True
    assert main(["check", str(path)]) == 0
    table = capsys.readouterr().out
    assert "Track over land of a country no report mentions" in table and "beyond" in table
    assert alertmap.check(alertmap.load(str(path))).to_json() == data


@pytest.mark.parametrize("name", builtin_names())
def test_what_the_builtins_report(name: str) -> None:
    findings = check_event(build_event(load_scenario(name)))
    # every track crosses only the launch country or Japan where a report names it; no fall
    # is on land, and no fall lies beyond a range a report gives
    assert findings.unreported_land == () and findings.falls_on_land == ()
    assert not [x.fall for x in findings.fall_ranges if x.beyond]
    if name == "2022-11-03":  # JCS: "flew about 760 km"; the estimated fall is drawn at it
        assert [(x.reported_km, x.beyond) for x in findings.fall_ranges] == [(760, False)]
    if name == "2023-04-13":  # MOD, JCS: "about 1,000 km" flown; the estimated fall is nearer
        assert [(x.reported_km, x.beyond) for x in findings.fall_ranges] == [(1000, False)]
    if name == "2017-11-29":  # Japan: "about 1,000 km" flown; both reported falls lie within it
        assert [(x.reported_km, x.beyond) for x in findings.fall_ranges] == [
            (1000, False),
            (1000, False),
        ]
    outside = {x.fall for x in findings.fall_seas if not x.inside}
    # "about 350 km west of the Korean Peninsula", measured from the peninsula's west coast,
    # is in the Yellow Sea, not in the East China Sea the reports name: a real disagreement
    # between the drawing rule and the report
    expected = {
        "2023-08-24": {
            "Fall area: East China Sea (about 350 km W of the Korean Peninsula, as relayed)"
        },
        "2023-11-21": {"Fall area: East China Sea (about 350 km W of the Korean Peninsula)"},
    }
    assert outside == expected.get(name, set())
