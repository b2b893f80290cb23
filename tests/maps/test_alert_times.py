"""Every displayed time in the event's zone, from whatever offset it was reported with; J-Alert
messages in the timeline with their type and wording; the predicted fall's style and legend."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from alertmap.layers.build import build_event
from alertmap.layers.model import Event, Kind, ReportedTime
from alertmap.layers.scenario import load_scenario
from alertmap.maps import panels
from alertmap.maps.compose import _display_properties
from alertmap.maps.style import STYLES, legend_label, style_key
from tests.support import TEST_DATA

PYONGYANG_2016 = dt.timezone(dt.timedelta(hours=8, minutes=30))


@pytest.fixture(scope="module")
def event() -> Event:
    return build_event(load_scenario(str(TEST_DATA / "jalert" / "withdrawn-prediction.toml")))


@pytest.mark.parametrize(
    ("time", "zone", "shown"),
    [
        # Pyongyang time (UTC+08:30) shown in Japan's zone
        (
            dt.datetime(2016, 6, 22, 9, 1, tzinfo=PYONGYANG_2016),
            "+09:00",
            "about 2016-06-22 09:31 UTC+09:00 (00:31 UTC, 22 Jun)",
        ),
        (
            dt.datetime(2016, 6, 22, 0, 31, tzinfo=dt.UTC),
            "+09:00",
            "about 2016-06-22 09:31 UTC+09:00 (00:31 UTC, 22 Jun)",
        ),
        (
            dt.datetime(2016, 6, 22, 9, 31, tzinfo=dt.timezone(dt.timedelta(hours=9))),
            "+00:00",
            "about 2016-06-22 00:31 UTC+00:00 (00:31 UTC, 22 Jun)",
        ),
    ],
)
def test_format_time_converts_to_the_event_zone(time: dt.datetime, zone: str, shown: str) -> None:
    assert panels.format_time(ReportedTime("launch", time), zone) == shown


def test_title_launch_line_is_in_the_event_zone(event: Event) -> None:
    # reported as 06:28 +08:30
    assert panels.launch_text(event) == "about 2017-01-19 06:58 UTC+09:00 (21:58 UTC, 18 Jan)"


def test_timeline_lists_times_in_the_event_zone_with_each_message(event: Event) -> None:
    items = panels.timeline_items(event)
    rows = [(i["local"], i["utc"], i["label"]) for i in items]
    assert rows == [
        ("06:58", "21:58 UTC", "Launch"),  # given as +08:30
        ("07:01", "22:01 UTC", "J-Alert: launch"),  # given as +09:00
        ("07:05", "22:05 UTC", "J-Alert: predicted fall"),  # given as Z
        ("07:06", "22:06 UTC", "Passed"),
        ("07:12", "22:12 UTC", "J-Alert: passed over"),
        ("07:20", "22:20 UTC", "Fell"),
        ("07:25", "22:25 UTC", "J-Alert: correction"),
        ("07:40", "22:40 UTC", "J-Alert: lifted"),
    ]
    # the reported offset is kept alongside
    assert items[0]["iso"] == "2017-01-19T06:28:00+08:30"
    by_label = {i["label"]: i for i in items}
    prediction = by_label["J-Alert: predicted fall"]
    correction = by_label["J-Alert: correction"]
    # both point at the predicted area, and say what they said
    assert prediction["id"] == correction["id"] == "predicted_fall-predicted-fall-j-alert-hokkaido"
    assert prediction["name"] == "Predicted fall (J-Alert): Hokkaido"
    assert prediction["detail"].startswith("withdrawn at 07:25: Missile may fall in or around")
    assert correction["detail"] == (
        "withdraws the 07:05 message (predicted fall): Correction: no fall on or near Hokkaido is "
        "now expected."
    )
    assert by_label["J-Alert: launch"]["detail"].startswith("ミサイル発射情報")
    assert by_label["J-Alert: lifted"]["detail"] == ""


def test_timeline_template_shows_message_text_as_text(event: Event) -> None:
    from alertmap.maps.templates import PANEL_ENV

    html = PANEL_ENV.from_string(panels.TIMELINE_TEMPLATE).render(
        items=panels.timeline_items(event), zone="UTC+09:00", panel_id="t"
    )
    assert "&lt;b&gt;shortly&lt;/b&gt;" in html and "<b>" not in html
    assert '<span class="am-detail">' in html


def test_popup_times_are_in_the_event_zone(event: Event) -> None:
    layer = next(x for x in event.layers if x.kind is Kind.LAUNCH_SITE)
    props: dict[str, Any] = _display_properties(layer.features[0], layer, event.timezone)
    assert props["times_display"] == [
        {"label": "Launch", "text": "about 2017-01-19 06:58 UTC+09:00 (21:58 UTC, 18 Jan)"}
    ]
    predicted = next(x for x in event.layers if x.kind is Kind.PREDICTED_FALL)
    props = _display_properties(predicted.features[0], predicted, event.timezone)
    assert [t["label"] for t in props["times_display"]] == ["J-Alert: predicted fall", "Withdrawn"]
    assert props["times_display"][1]["text"].startswith("about 2017-01-19 07:25 UTC+09:00")


def test_withdrawn_prediction_has_its_own_style_and_legend(event: Event) -> None:
    layer = next(x for x in event.layers if x.kind is Kind.PREDICTED_FALL)
    assert style_key(layer) == "predicted_fall_withdrawn"
    assert legend_label(layer) == "Predicted fall (J-Alert), withdrawn"
    rows = [r["label"] for r in panels.legend_rows(event.layers)]
    assert "Predicted fall (J-Alert), withdrawn" in rows
    assert STYLES["predicted_fall_withdrawn"]["dashArray"] != STYLES["alert_zone"]["dashArray"]
    assert STYLES["predicted_fall"]["dashArray"] != STYLES["predicted_fall_withdrawn"]["dashArray"]


def test_timeline_does_not_repeat_the_label_in_the_name() -> None:
    import alertmap
    from alertmap.maps.panels import timeline_items

    items = [i for i in timeline_items(alertmap.load("2023-08-24")) if "J-Alert" in i["label"]]
    assert items and {i["name"] for i in items} == {"Okinawa Prefecture"}
    assert all(not i["name"].startswith("J-Alert") for i in items)


def test_a_withdrawn_passed_message_says_so() -> None:
    import alertmap
    from alertmap.maps.panels import timeline_items

    items = {i["label"]: i for i in timeline_items(alertmap.load("2022-11-03"))}
    passed, correction = items["J-Alert: passed over"], items["J-Alert: correction"]
    assert passed["detail"].startswith(f"withdrawn at {correction['local']}: ")
    assert correction["detail"].startswith(f"withdraws the {passed['local']} message (passed over)")
