"""J-Alert alerts as typed messages: the scenario syntax, its errors, the older ``issued`` /
``lifted`` form, the predicted fall drawn and withdrawn, and the checks."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from shapely.geometry import Point

from alertmap.layers.build import build_event
from alertmap.layers.checks import check_event, findings_lines, findings_table
from alertmap.layers.errors import ScenarioError
from alertmap.layers.export import to_geojson_text
from alertmap.layers.model import Event, Kind, MessageType
from alertmap.layers.scenario import builtin_text, load_scenario, parse_scenario
from tests.support import TEST_DATA

WITHDRAWN = TEST_DATA / "jalert" / "withdrawn-prediction.toml"
JST = dt.timezone(dt.timedelta(hours=9))

#: A small invented scenario whose one alert the tests below give messages of their own.
HEAD = """
[event]
title = "Invented test launch"
date = 2017-01-19
timezone = "+09:00"
[sources.log]
organisation = "Invented J-Alert log"
date = 2017-01-19
[sources.press]
organisation = "Invented newspaper"
date = 2017-01-20
[launch]
position = "39.2N 125.7E"
source = "log"
[[alerts]]
prefectures = ["Hokkaido", "Aomori"]
source = "log"
"""

LAUNCH = """
[[alerts.messages]]
type = "launch"
time = 2017-01-19T07:01:00+09:00
text = "Missile launched: take shelter."
"""
PREDICTED = """
[[alerts.messages]]
id = "fall"
type = "predicted_fall"
time = 2017-01-19T07:05:00+09:00
prefectures = ["Hokkaido"]
"""
CORRECTION = """
[[alerts.messages]]
type = "correction"
time = 2017-01-19T07:25:00+09:00
withdraws = "fall"
"""


def alert_of(text: str) -> Any:
    (alert,) = parse_scenario(HEAD + text, "test.toml").alerts
    return alert


@pytest.fixture(scope="module")
def withdrawn() -> Event:
    return build_event(load_scenario(str(WITHDRAWN)))


def test_messages_are_read_with_their_type_time_text_and_prefectures() -> None:
    alert = alert_of(
        LAUNCH
        + PREDICTED
        + CORRECTION
        + '[[alerts.messages]]\ntype = "lifted"\ntime = 2017-01-18T22:40:00Z\nsource = "press"\n'
    )
    messages = [spec.message for spec in alert.messages]
    assert [m.type for m in messages] == [
        MessageType.LAUNCH,
        MessageType.PREDICTED_FALL,
        MessageType.CORRECTION,
        MessageType.LIFTED,
    ]
    assert messages[0].text == "Missile launched: take shelter."
    assert messages[0].time == dt.datetime(2017, 1, 19, 7, 1, tzinfo=JST)
    # the time keeps the offset it was given with
    assert messages[3].time.utcoffset() == dt.timedelta(0)
    # prefectures and sources default to the alert's
    assert messages[0].prefectures == ("Hokkaido", "Aomori")
    assert messages[1].prefectures == ("Hokkaido",)
    assert [s.organisation for s in messages[0].sources] == ["Invented J-Alert log"]
    assert [s.organisation for s in messages[3].sources] == ["Invented newspaper"]
    # the correction names the message it withdraws by id; a number works as well
    assert messages[2].withdraws == 2
    by_number = alert_of(LAUNCH + PREDICTED + CORRECTION.replace('"fall"', "2"))
    assert by_number.messages[2].message.withdraws == 2


def test_predicted_area_forms() -> None:
    alert = alert_of(
        PREDICTED.replace('prefectures = ["Hokkaido"]', 'position = "42.5N 141.0E"\n')
        + "distance_km = 150\nabout = true\n"
    )
    (spec,) = alert.messages
    assert spec.where is not None and spec.where.position is not None
    assert (spec.radius_m, spec.about) == (150_000.0, True)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            LAUNCH.replace('"launch"', '"fell"'),
            "test.toml: alerts[0].messages[0].type: expected one of launch, passed, "
            "predicted_fall, correction, lifted, got 'fell'",
        ),
        (
            LAUNCH.replace("time = 2017-01-19T07:01:00+09:00", ""),
            "alerts[0].messages[0].time: expected an ISO 8601 date-time with offset "
            "(field is missing)",
        ),
        (
            LAUNCH.replace("+09:00", ""),
            "alerts[0].messages[0].time: expected an ISO 8601 date-time with offset",
        ),
        (
            PREDICTED + LAUNCH,
            "alerts[0].messages[1].time: expected messages in time order",
        ),
        (
            LAUNCH.replace('type = "launch"', 'type = "launch"\nprefectures = ["Akita"]'),
            "alerts[0].messages[0].prefectures[0]: expected one of the alert's prefectures "
            "(Hokkaido, Aomori), got 'Akita'",
        ),
        (
            LAUNCH + CORRECTION.replace('withdraws = "fall"', ""),
            "alerts[0].messages[1].withdraws: expected the number (from 1) or 'id' of an "
            "earlier message of this alert (field is missing)",
        ),
        (
            LAUNCH + CORRECTION.replace('"fall"', "2"),
            "alerts[0].messages[1].withdraws: expected the number (from 1) or 'id' of an "
            "earlier message of this alert, got 2",
        ),
        (
            LAUNCH + CORRECTION,
            "alerts[0].messages[1].withdraws: expected the number (from 1) or 'id' of an "
            "earlier message of this alert, got 'fall'",
        ),
        (
            LAUNCH.replace('type = "launch"', 'type = "launch"\nwithdraws = 1'),
            "alerts[0].messages[0].withdraws: expected no 'withdraws' except in a message of "
            "type 'correction'",
        ),
        (
            LAUNCH.replace('type = "launch"', 'type = "launch"\nat = "Hokkaido"'),
            "alerts[0].messages[0].at: unexpected field",
        ),
        (
            PREDICTED + PREDICTED.replace("07:05", "07:06"),
            "alerts[0].messages[1].id: expected an id not used by an earlier message",
        ),
        (
            "issued = 2017-01-19T07:01:00+09:00\n" + LAUNCH,
            "alerts[0].issued: expected either 'issued'/'lifted' or [[alerts.messages]], not both",
        ),
        ("messages = []\n", "alerts[0].messages: expected one or more [[alerts.messages]]"),
    ],
)
def test_message_errors_name_file_field_and_expectation(text: str, error: str) -> None:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(HEAD + text, "test.toml")
    message = str(info.value)
    assert error in message
    assert message.startswith("test.toml: ") and "\n" not in message


def test_a_distance_around_an_area_is_an_error() -> None:
    text = HEAD + PREDICTED.replace('prefectures = ["Hokkaido"]', 'at = "Hokkaido"\n')
    with pytest.raises(ScenarioError, match=r"messages\[0\]\.distance_km: expected a distance"):
        build_event(parse_scenario(text + "distance_km = 100\n", "test.toml"))


def test_issued_and_lifted_are_a_launch_and_a_lifted_message() -> None:
    older = parse_scenario(
        HEAD + "issued = 2017-01-19T07:01:00+09:00\nlifted = 2017-01-19T07:40:00+09:00\n",
        "test.toml",
    )
    newer = parse_scenario(
        HEAD
        + '[[alerts.messages]]\ntype = "launch"\ntime = 2017-01-19T07:01:00+09:00\n'
        + '[[alerts.messages]]\ntype = "lifted"\ntime = 2017-01-19T07:40:00+09:00\n',
        "test.toml",
    )
    assert [m.message for m in older.alerts[0].messages] == [
        m.message for m in newer.alerts[0].messages
    ]
    (zone,) = [f for f in build_event(older).features() if f.kind is Kind.ALERT_ZONE]
    assert [t.label for t in zone.times] == ["J-Alert: launch", "J-Alert: lifted"]


@pytest.mark.parametrize("name", ["2022-10-04", "2023-05-31", "2023-08-24", "2023-11-21"])
def test_builtins_give_the_same_export_in_the_message_syntax(name: str) -> None:
    """Each built-in's issued/lifted rewritten as [[alerts.messages]] exports byte for byte
    the same GeoJSON."""
    text = builtin_text(name)

    def as_messages(match: re.Match[str]) -> str:
        table = match.group(0)
        times = dict(re.findall(r"^(issued|lifted) = (\S+)\n", table, flags=re.M))
        table = re.sub(r"^(issued|lifted) = \S+\n", "", table, flags=re.M)
        kinds = {"issued": "launch", "lifted": "lifted"}
        return table + "".join(
            f'\n[[alerts.messages]]\ntype = "{kinds[k]}"\ntime = {v}\n' for k, v in times.items()
        )

    rewritten = re.sub(r"^\[\[alerts\]\]\n(?:[^\[\n].*\n)*", as_messages, text, flags=re.M)
    assert rewritten != text and "[[alerts.messages]]" in rewritten
    before = to_geojson_text(build_event(parse_scenario(text, f"{name}.toml")))
    after = to_geojson_text(build_event(parse_scenario(rewritten, f"{name}.toml")))
    assert after == before
    assert '"J-Alert: launch": "' in after


def test_zone_carries_every_message_as_a_labelled_time(withdrawn: Event) -> None:
    (zone,) = [f for f in withdrawn.features() if f.kind is Kind.ALERT_ZONE]
    assert [t.label for t in zone.times] == [
        "J-Alert: launch",
        "J-Alert: predicted fall",
        "J-Alert: passed over",
        "J-Alert: correction",
        "J-Alert: lifted",
    ]
    assert [m.type for m in zone.messages][1] is MessageType.PREDICTED_FALL
    assert zone.times[2].detail.startswith("The missile appears to have passed over")


def test_withdrawn_prediction_is_a_layer_of_its_own(withdrawn: Event) -> None:
    (layer,) = [x for x in withdrawn.layers if x.kind is Kind.PREDICTED_FALL]
    # 2017-01-18T22:25Z is 07:25 in the event's zone (+09:00)
    assert layer.name == "Predicted fall (J-Alert), withdrawn 07:25"
    (feature,) = layer.features
    assert feature.name == "Predicted fall (J-Alert): Hokkaido"
    assert feature.withdrawn_by is not None
    assert feature.withdrawn_by.text.startswith("Correction:")
    assert [t.label for t in feature.times] == ["J-Alert: predicted fall", "withdrawn"]
    assert any("Withdrawn" in n for n in feature.notes)
    # the predicted area is the prefecture named: Sapporo and Kushiro are inside it
    assert feature.geometry.contains(Point(141.35, 43.06))
    assert feature.geometry.contains(Point(144.38, 43.0))


def test_prediction_not_withdrawn_is_named_plainly() -> None:
    event = build_event(parse_scenario(HEAD + LAUNCH + PREDICTED, "test.toml"))
    (layer,) = [x for x in event.layers if x.kind is Kind.PREDICTED_FALL]
    assert layer.name == "Predicted fall (J-Alert)"
    assert layer.features[0].withdrawn_by is None


def test_export_keeps_every_time_with_its_reported_offset(withdrawn: Event) -> None:
    features = json.loads(to_geojson_text(withdrawn))["features"]
    by_kind = {f["properties"]["kind"]: f["properties"] for f in features}
    assert by_kind["launch_site"]["times"] == {"launch": "2017-01-19T06:28:00+08:30"}
    assert by_kind["alert_zone"]["times"]["J-Alert: correction"] == "2017-01-18T22:25:00+00:00"
    assert by_kind["predicted_fall"]["times"] == {
        "J-Alert: predicted fall": "2017-01-18T22:05:00+00:00",
        "withdrawn": "2017-01-18T22:25:00+00:00",
    }
    assert by_kind["predicted_fall"]["reported"].startswith("Missile may fall in or around")


def test_check_reports_the_withdrawn_prediction_and_still_compares_prefectures(
    withdrawn: Event,
) -> None:
    findings = check_event(withdrawn)
    (alert,) = findings.alerts
    assert "Hokkaido" in alert.under_corridor and "Aomori" in alert.alerted_but_not_under
    (prediction,) = findings.predictions
    assert (prediction.predicted_local, prediction.withdrawn_local) == ("07:05", "07:25")
    assert prediction.withdrawn == "2017-01-18T22:25:00+00:00"
    assert prediction.corridor_reaches is True
    assert (
        "Predicted fall (J-Alert): Hokkaido: predicted 07:05, withdrawn 07:25; the corridor "
        "reaches it" in findings_lines(findings)
    )
    assert "Falls predicted by J-Alert" in findings_table(findings)
    assert findings.to_json()["predicted_falls"][0]["withdrawn_local"] == "07:25"
