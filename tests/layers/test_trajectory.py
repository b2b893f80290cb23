"""The flight in time and height (issue 13): the ``[trajectory]`` keys, the ballistic model of
a built-in's track and its profile, the schematic profile of the satellite launches, the
reported figures against the model and the J-Alert timing.

The figures the model is held to are published ones (``../shared/reference`` and the
scenarios' sources) or computed here independently of the code under test: a Kepler ellipse
on a spherical Earth in closed form, distances with geographiclib.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
import warnings
from typing import Any

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from shapely.geometry import LineString, Point

import alertmap
from alertmap.layers.build import build_event
from alertmap.layers.checks import check_event, findings_lines, findings_table
from alertmap.layers.errors import InputWarning, ScenarioError
from alertmap.layers.export import profile_along, profile_properties, to_feature_collection
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Event, Feature, Kind, Layer, Profile
from alertmap.layers.scenario import builtin_text, parse_scenario
from tests.support import scenario_head

JST = dt.timezone(dt.timedelta(hours=9))
SATELLITES = ["2023-05-31", "2023-08-24", "2023-11-21"]


def _track(event: Event) -> Feature:
    (track,) = [f for f in event.features() if f.kind is Kind.TRACK]
    return track


@pytest.fixture(scope="module")
def october() -> Event:
    return alertmap.load("2022-10-04")


@pytest.fixture(scope="module")
def october_checks(october: Event) -> Any:
    return check_event(october)


# --------------------------------------------------------------------------- scenario keys

HEAD = (
    scenario_head("t", "A test")
    + """
[[falls]]
name = "Fall"
position = "33-00N 128-00E"
time = 2023-08-24T04:00:00+09:00
end_of_track = true
source = "s"
"""
)


def _parse(extra: str, head: str = HEAD) -> Any:
    return parse_scenario(head + extra, "t.toml")


def test_without_a_trajectory_table_the_track_is_schematic() -> None:
    spec = _parse("").trajectory
    assert (spec.model, spec.boost_s, spec.reports) == ("schematic", None, ())
    assert _track(build_event(_parse(""))).profile.modelled is False  # type: ignore[union-attr]


def test_trajectory_keys_are_read() -> None:
    spec = _parse(
        """
[trajectory]
model = "ballistic"
boost_s = 120
boost_note = "an estimate"
[[trajectory.reports]]
source = "s"
reported = "apogee about 500 km"
apogee_km = 500
[[trajectory.reports]]
source = "s"
flight_min = 10
[[trajectory.reports]]
source = "s"
over = "Okinawa"
from = 2023-08-24T03:55:00+09:00
to = 2023-08-24T03:56:00+09:00
"""
    ).trajectory
    assert (spec.model, spec.boost_s, spec.boost_note) == ("ballistic", 120.0, "an estimate")
    apogee, flight, over = spec.reports
    assert (apogee.apogee_m, apogee.reported, apogee.key) == (
        500_000.0,
        "apogee about 500 km",
        "apogee_km",
    )
    assert (flight.flight_s, flight.key) == (600.0, "flight_min")
    assert over.over == "Okinawa" and over.window is not None
    assert over.window[1] - over.window[0] == dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ('[trajectory]\nmodel = "rocket"\n', r"trajectory\.model: expected 'ballistic' or"),
        ("[trajectory]\nboost_s = 100\n", r"trajectory\.boost_s: expected no 'boost_s' except"),
        ('[trajectory]\nmodel = "ballistic"\nboost_s = 0\n', r"trajectory\.boost_s: expected a"),
        ('[trajectory]\nmodel = "ballistic"\nboost_note = "x"\n', r"trajectory\.boost_note"),
        ("[trajectory]\nwind = 3\n", r"trajectory\.wind: unexpected field"),
        (
            '[[trajectory.reports]]\nsource = "s"\napogee_km = 500\nrange_km = 900\n',
            r"trajectory\.reports\[0\]: expected exactly one figure",
        ),
        ('[[trajectory.reports]]\nsource = "s"\n', r"trajectory\.reports\[0\]: expected exactly"),
        ("[[trajectory.reports]]\napogee_km = 500\n", r"trajectory\.reports\[0\]\.source"),
        (
            '[[trajectory.reports]]\nsource = "nobody"\napogee_km = 500\n',
            r"trajectory\.reports\[0\]\.source: expected the id of a \[sources\.ID\]",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\napogee_km = -5\n',
            r"trajectory\.reports\[0\]\.apogee_km: expected a number 1-50000",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\nflight_min = nan\n',
            r"trajectory\.reports\[0\]\.flight_min: expected a number",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\nover = "Okinawa"\n',
            r"trajectory\.reports\[0\]\.from: expected an ISO 8601 date-time",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\nover = "Okinawa"\n'
            "from = 2023-08-24T03:56:00+09:00\nto = 2023-08-24T03:55:00+09:00\n",
            r"trajectory\.reports\[0\]\.to: expected a time not before 'from'",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\nrange_km = 900\n'
            "from = 2023-08-24T03:56:00+09:00\n",
            r"trajectory\.reports\[0\]\.from: expected no 'from'/'to' except with 'over'",
        ),
        (
            '[[trajectory.reports]]\nsource = "s"\nover = ""\n',
            r"trajectory\.reports\[0\]\.over: expected a text that is",
        ),
    ],
)
def test_bad_trajectory_keys_name_their_field(extra: str, field: str) -> None:
    with pytest.raises(ScenarioError, match=rf"^t\.toml: {field}"):
        _parse(extra)


def test_a_ballistic_model_needs_a_launch_time() -> None:
    head = HEAD.replace("time = 2023-08-24T03:50:00+09:00\n", "", 1)
    with pytest.raises(ScenarioError, match=r"^t\.toml: trajectory\.model: expected a launch"):
        _parse('[trajectory]\nmodel = "ballistic"\n', head)


def test_a_ballistic_model_needs_something_that_fixes_the_flight_time() -> None:
    untimed = HEAD.replace("time = 2023-08-24T04:00:00+09:00\n", "")
    with pytest.raises(ScenarioError, match=r"^t\.toml: trajectory\.model: expected, with model"):
        build_event(_parse('[trajectory]\nmodel = "ballistic"\n', untimed))


def test_a_fall_before_the_launch_is_refused_by_the_model_at_the_fall_time() -> None:
    early = HEAD.replace("time = 2023-08-24T04:00:00+09:00", "time = 2023-08-24T03:40:00+09:00")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InputWarning)  # "timed before the launch"
        scenario = _parse('[trajectory]\nmodel = "ballistic"\n', early)
    with pytest.raises(ScenarioError, match=r"^t\.toml: falls\[0\]\.time: flight_s: expected"):
        build_event(scenario)


def test_an_unknown_overflight_place_names_its_field() -> None:
    extra = (
        '[[trajectory.reports]]\nsource = "s"\nover = "Atlantis"\n'
        "from = 2023-08-24T03:55:00+09:00\nto = 2023-08-24T03:56:00+09:00\n"
    )
    with pytest.raises(
        ScenarioError, match=r"^t\.toml: trajectory\.reports\[0\]\.over: unknown place 'Atlantis'"
    ):
        build_event(_parse(extra))


def test_reports_on_an_untimed_track_are_warned_about() -> None:
    untimed = HEAD.replace("time = 2023-08-24T04:00:00+09:00\n", "")
    scenario = _parse('[[trajectory.reports]]\nsource = "s"\napogee_km = 500\n', untimed)
    with pytest.warns(InputWarning, match=r"t\.toml: trajectory\.reports: the track has no"):
        event = build_event(scenario)
    assert _track(event).profile is None


# --------------------------------------------------------------------------- the model


def test_october_track_is_the_ballistic_model_with_a_profile_per_vertex(october: Event) -> None:
    track = _track(october)
    profile = track.profile
    assert profile is not None and profile.modelled
    assert track.name == "Ground track (ballistic model)"
    coords = shapely.get_coordinates(track.geometry)
    assert len(profile.times_s) == len(profile.altitudes_m) == len(coords)
    assert profile.times_s[0] == 0.0 and np.all(np.diff(profile.times_s) > 0)
    # launch 07:22, fall 07:44 (Japan): 22 minutes
    assert profile.launch == dt.datetime(2022, 10, 4, 7, 22, tzinfo=JST)
    assert profile.times_s[-1] == 22 * 60
    assert max(np.diff(profile.times_s)) <= 10.0  # dense enough for a tooltip anywhere
    assert abs(profile.apogee_m - max(profile.altitudes_m)) < 1_000.0
    assert "powered phase of 150 s" in profile.method and "estimate" in profile.method


def test_october_track_passes_over_aomori_and_ends_in_the_fall_area(october: Event) -> None:
    track = _track(october)
    aomori = load_gazetteer().prefecture("Aomori").geometry
    assert track.geometry.intersects(aomori)
    end = shapely.get_coordinates(track.geometry)[-1]
    fall = next(f for f in october.features() if f.kind is Kind.FALL_AREA)
    assert fall.geometry.buffer(1e-6).contains(Point(end[0], end[1]))


def _conic_altitude_m(range_m: float, apogee_m: float, downrange_m: float) -> float:
    """The altitude ``downrange_m`` from the launch on the symmetric Kepler ellipse through
    the launch and the impact ``range_m`` apart, with its apogee ``apogee_m`` at mid-range, on
    a spherical, non-rotating Earth: r = p / (1 + e cos v), the apogee at v = pi."""
    radius = 6_371_000.0
    half = range_m / radius / 2.0
    r_apogee = radius + apogee_m
    e = (r_apogee - radius) / (r_apogee - radius * math.cos(half))
    p = r_apogee * (1.0 - e)
    v = math.pi - half + downrange_m / radius
    return p / (1.0 + e * math.cos(v)) - radius


def test_october_time_and_altitude_over_aomori(october: Event) -> None:
    profile = _track(october).profile
    assert profile is not None
    (over,) = [c for c in profile.crossings if c.name == "Aomori"]
    # published: over Aomori at about 07:28-07:29 (Japan, via Jiji): within a minute of it
    enter, leave = profile.time_at(over.enter_s), profile.time_at(over.exit_s)
    assert abs((enter - dt.datetime(2022, 10, 4, 7, 28, tzinfo=JST)).total_seconds()) <= 60
    assert abs((leave - dt.datetime(2022, 10, 4, 7, 29, tzinfo=JST)).total_seconds()) <= 60
    # independent: a Kepler ellipse with Japan's published range (about 4,600 km) and apogee
    # (about 1,000 km), at Aomori's distance from the launch point (geographiclib)
    centre = load_gazetteer().prefecture("Aomori").geometry.centroid
    downrange = Geodesic.WGS84.Inverse(40.60, 126.40, centre.y, centre.x)["s12"]
    expected = _conic_altitude_m(4_600_000.0, 1_000_000.0, downrange)
    modelled = (over.enter_alt_m + over.exit_alt_m) / 2.0
    assert 600_000.0 < expected < 900_000.0  # the estimate itself is sane
    assert abs(modelled / expected - 1.0) < 0.15


def test_october_apogee_and_range_within_the_issue_tolerances(october_checks: Any) -> None:
    rows = {(x.figure, x.reported_value): x for x in october_checks.trajectory}
    # a standard (minimum-energy) flight: within 10 % of each published apogee
    for published in (1000.0, 970.0):
        row = rows[("apogee", published)]
        assert row.unit == "km" and row.model == "ballistic" and not row.input
        assert row.residual == pytest.approx(published - row.modelled_value, abs=0.11)
        assert abs(row.residual_percent) < 10.0
    for published in (4600.0, 4500.0):
        assert abs(rows[("range", published)].residual_percent) < 5.0
    # JCS's 07:23-07:46 is 23 minutes; the model flies Japan's 22
    assert rows[("flight time", 1380.0)].residual == 60.0


def test_october_overflight_window_is_checked(october_checks: Any) -> None:
    (window,) = [x for x in october_checks.trajectory if x.figure == "overflight"]
    assert (window.place, window.window) == ("Aomori", "07:28-07:29 (to the minute)")
    assert window.verdict == "inside" and window.outside_s == 0
    assert window.source.startswith("Japan Ministry of Defense")


def test_residual_tables_are_in_the_text_and_json_output(october_checks: Any) -> None:
    table = findings_table(october_checks)
    assert "Reported figures of the flight against the model" in table
    assert "J-Alert timing against the modelled flight" in table
    data = october_checks.to_json()
    assert {"trajectory", "alert_timing"} <= set(data)
    assert all(math.isfinite(x["lead_s"]) for x in data["alert_timing"])
    lines = findings_lines(october_checks)
    assert any(line.startswith("Overflight of Aomori 07:28-07:29") for line in lines)


def _alert_times(name: str) -> dict[str, dict[str, dt.datetime]]:
    """Each alert's issued/lifted times, read from the scenario text with tomllib."""
    data = tomllib.loads(builtin_text(name))
    return {a["name"]: {k: a[k] for k in ("issued", "lifted") if k in a} for a in data["alerts"]}


def test_october_jalert_lead_times(october: Event, october_checks: Any) -> None:
    profile = _track(october).profile
    assert profile is not None
    times = _alert_times("2022-10-04")
    (aomori,) = [c for c in profile.crossings if c.name == "Aomori"]
    overflight = profile.time_at(aomori.enter_s)
    rows = [x for x in october_checks.alert_timing if x.area == "Aomori"]
    issued = times["J-Alert 07:29: Aomori"]["issued"]
    (launch_row,) = [x for x in rows if x.message == "J-Alert: launch"]
    assert launch_row.reference == "overflight"
    assert launch_row.lead_s == round((overflight - issued).total_seconds())
    # the 07:29 alert went out after the modelled overflight had begun: a finding
    assert launch_row.lead_s < 0 and "after the modelled overflight began" in launch_row.finding
    lifted = times["J-Alert 07:29: Aomori"]["lifted"]
    (lifted_row,) = [x for x in rows if x.message == "J-Alert: lifted"]
    assert lifted_row.lead_s == round((overflight - lifted).total_seconds())
    assert lifted_row.finding == ""
    # Hokkaido and the Tokyo islands: not under the modelled track, timed against its
    # closest approach, with the distance
    hokkaido = [x for x in october_checks.alert_timing if x.area == "Hokkaido"]
    assert {x.reference for x in hokkaido} == {"closest approach"}
    assert all(x.miss_km is not None and x.miss_km > 0 for x in hokkaido)
    sent = times["J-Alert 07:27: Hokkaido and Tokyo islands"]["issued"]
    assert [x.sent for x in hokkaido if x.message == "J-Alert: launch"] == [f"{sent:%H:%M:%S}"]


def test_a_passed_message_for_an_area_the_model_never_crosses_is_a_finding() -> None:
    findings = check_event(alertmap.load("2022-11-03"))
    passed = [x for x in findings.alert_timing if x.message == "J-Alert: passed over"]
    assert sorted(x.area for x in passed) == ["Miyagi", "Niigata", "Yamagata"]
    assert all("does not pass over it" in x.finding for x in passed)
    (apogee,) = [x for x in findings.trajectory if x.figure == "apogee" and x.input]
    assert (apogee.reported_value, apogee.residual) == (1920.0, 0.0)


def test_a_passed_message_before_the_overflight_ends_is_a_finding() -> None:
    text = builtin_text("2022-10-04").replace(
        'issued = 2022-10-04T07:29:00+09:00\nlifted = 2022-10-04T07:42:00+09:00\nsource = "teller"',
        'source = "teller"\n[[alerts.messages]]\ntype = "launch"\n'
        'time = 2022-10-04T07:25:00+09:00\n[[alerts.messages]]\ntype = "passed"\n'
        "time = 2022-10-04T07:28:30+09:00\n",
    )
    findings = check_event(build_event(parse_scenario(text, "x.toml")))
    (early,) = [
        x for x in findings.alert_timing if x.area == "Aomori" and x.message.endswith("passed over")
    ]
    assert "before the modelled overflight ended" in early.finding
    (launch,) = [x for x in findings.alert_timing if x.area == "Aomori" and x.sent == "07:25:00"]
    assert launch.lead_s > 0 and launch.finding == ""


def test_lofted_2017_apogee_within_5_percent_of_kcna() -> None:
    findings = check_event(alertmap.load("2017-11-29"))
    (kcna,) = [x for x in findings.trajectory if (x.figure, x.reported_value) == ("apogee", 4475)]
    assert abs(kcna.residual_percent) < 5.0  # a lofted flight: the issue's 5 %


# --------------------------------------------------------------------------- satellites


@pytest.mark.parametrize("name", SATELLITES)
def test_satellite_launches_stay_schematic_and_say_so(name: str) -> None:
    event = alertmap.load(name)
    track = _track(event)
    assert track.name == "Ground track (schematic)"
    assert any("satellite launch" in n and "not a ballistic" in n for n in track.notes)
    if track.profile is not None:
        assert track.profile.modelled is False
        assert track.profile.method.startswith("Schematic, not a trajectory model")
        assert all(math.isnan(a) for a in track.profile.altitudes_m)
    assert check_event(event).alert_timing == ()


def test_the_first_satellite_attempt_has_no_times_along_its_track() -> None:
    # its fall (about 200 km W of Eocheongdo) has no reported time: nothing to time by
    assert _track(alertmap.load("2023-05-31")).profile is None


def test_schematic_profile_keeps_the_reported_times() -> None:
    track = _track(alertmap.load("2023-11-21"))
    profile = track.profile
    assert profile is not None
    coords = shapely.get_coordinates(track.geometry)
    # "between Okinawa main island and Miyako Island at about 22:55"; launch 22:42:28
    gate = alertmap.locate("between Okinawa main island and Miyako Island")
    (point,) = [f for f in gate["features"] if f["properties"]["role"] == "position"]
    lon, lat = point["geometry"]["coordinates"]
    nearest = int(np.argmin(np.hypot(coords[:, 0] - lon, coords[:, 1] - lat)))
    assert profile.times_s[nearest] == pytest.approx((12 * 60 + 32), abs=0.5)
    # and the end, the Pacific fall at about 22:57
    assert profile.times_s[-1] == 14 * 60 + 32
    assert np.all(np.diff(profile.times_s) >= 0)


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_of_a_profiled_track_has_a_time_and_altitude_per_vertex(october: Event) -> None:
    fc = to_feature_collection(october)
    (track,) = [f for f in fc["features"] if f["properties"]["kind"] == "track"]
    props = track["properties"]
    count = len(track["geometry"]["coordinates"])
    assert len(props["vertex_times"]) == len(props["altitudes_m"]) == count
    assert props["vertex_times"][0] == "2022-10-04T07:22:00+09:00"
    assert props["vertex_times"][-1] == "2022-10-04T07:44:00+09:00"
    assert props["profile"]["modelled"] is True
    assert [c["name"] for c in props["profile"]["crossings"] if c["kind"] == "prefecture"] == [
        "Aomori"
    ]
    assert all(len(xy) == 2 for xy in track["geometry"]["coordinates"])  # lon, lat only
    others = [f for f in fc["features"] if f["properties"]["kind"] != "track"]
    assert all("vertex_times" not in f["properties"] for f in others)


def test_a_profiled_track_cut_at_the_antimeridian_keeps_a_time_per_written_vertex() -> None:
    launch = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    line = LineString([(170.0, 10.0), (178.0, 11.0), (186.0, 12.0), (190.0, 13.0)])
    profile = Profile(
        launch, (0.0, 80.0, 160.0, 200.0), (0.0, 500.0, 300.0, 0.0), 500.0, 80.0, True, "a test"
    )
    feature = Feature("t", Kind.TRACK, line, profile=profile)
    event = Event("e", "E", "2024-01-01", (Layer("Track", Kind.TRACK, (feature,)),))
    (written,) = to_feature_collection(event)["features"]
    parts = written["geometry"]["coordinates"]
    assert written["geometry"]["type"] == "MultiLineString" and len(parts) == 2
    props = written["properties"]
    assert len(props["altitudes_m"]) == sum(len(p) for p in parts) == 6
    # the vertex added at 180 (twice: the end of one part, the start of the next) lies a
    # quarter of the way from 178 to 186: 100 s after launch, 450 m high
    assert props["altitudes_m"] == [0, 500, 450, 450, 300, 0]
    assert props["vertex_times"][2] == props["vertex_times"][3] == "2024-01-01T00:01:40+00:00"
    along = profile_along(feature)
    assert along is not None and along[0].tolist() == [0.0, 80.0, 100.0, 100.0, 160.0, 200.0]
    assert profile_properties(Feature("p", Kind.WAYPOINT, Point(1, 2))) == {}
