"""The trajectory in time and height on the map (issue 13): the profile's page data, its chart
and its words, checked against values computed here from the Profile, not by the code under
test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import re
from typing import Any

import numpy as np
import pytest
import shapely

from alertmap.layers.model import Crossing, Event, FlightReport, Kind, Profile, Source
from alertmap.maps import panels
from alertmap.maps.compose import (
    MAX_PROFILE_POINTS,
    PROFILE_TOLERANCE,
    MapOptions,
    compose,
    in_window,
    profile_data,
)
from alertmap.maps.elements import ProfilePanel
from alertmap.maps.errors import MapsError
from alertmap.maps.output import page_html
from alertmap.maps.panels import CHART_PLOT, ChartScale
from tests.profiles import track_of, with_track_profile

JST = dt.timezone(dt.timedelta(hours=9))
LAUNCH = dt.datetime(2022, 10, 4, 7, 22, tzinfo=JST)


def profile(times: Any, alts: Any, **changes: Any) -> Profile:
    alts = tuple(float(a) for a in alts)
    known = [a for a in alts if math.isfinite(a)]
    values: dict[str, Any] = {
        "launch": LAUNCH,
        "times_s": tuple(float(t) for t in times),
        "altitudes_m": alts,
        "apogee_m": max(known) if known else math.nan,
        "apogee_s": float(times[int(np.nanargmax(alts))]) if known else math.nan,
        "modelled": True,
        "method": "a test profile",
    }
    values.update(changes)
    return Profile(**values)


def path_vertices(d: str) -> list[list[tuple[float, float]]]:
    """An SVG path of M and L steps as its runs of vertices."""
    runs = []
    for run in re.findall(r"M[^M]*", d):
        numbers = [float(v) for v in re.findall(r"-?[0-9.]+", run)]
        runs.append(list(zip(numbers[::2], numbers[1::2], strict=True)))
    return runs


# --------------------------------------------------------------------------- the chart


def test_profile_path_is_drawn_at_the_pixels_of_its_times_and_heights() -> None:
    times = [0.0, 100.0, 250.0, 600.0, 1000.0]
    alts = [0.0, 50e3, 300e3, 800e3, 0.0]
    left, top, right, bottom = CHART_PLOT
    # 0..1000 s across the plot, 0..1,000 km up it
    expected = [
        (left + t / 1000.0 * (right - left), bottom - a / 1e6 * (bottom - top))
        for t, a in zip(times, alts, strict=True)
    ]
    d = panels.profile_path(profile(times, alts), ChartScale(0.0, 1000.0, 1e6))
    (run,) = path_vertices(d)
    assert len(run) == len(expected)
    for (x, y), (ex, ey) in zip(run, expected, strict=True):
        assert abs(x - ex) <= 0.05 and abs(y - ey) <= 0.05, (run, expected)


def test_profile_path_leaves_gaps_where_the_altitude_is_not_known() -> None:
    nan = math.nan
    p = profile([0, 60, 120, 180, 240, 300], [0, nan, nan, 5e5, 6e5, 0])
    runs = path_vertices(panels.profile_path(p, ChartScale(0.0, 300.0, 1e6)))
    assert [len(r) for r in runs] == [1, 3]
    left, _, right, _ = CHART_PLOT
    assert runs[1][0][0] == pytest.approx(left + 180 / 300 * (right - left), abs=0.05)


def test_a_long_profile_is_thinned_to_the_chart_not_bent() -> None:
    t = np.linspace(0.0, 1320.0, 20_001)
    alts = 4.0 * 950e3 * t * (1320.0 - t) / 1320.0**2  # a parabola, apogee 950 km at 660 s
    scale = ChartScale(0.0, 1320.0, 1e6)
    (run,) = path_vertices(panels.profile_path(profile(t, alts), scale))
    assert 10 < len(run) < 400
    left, top, right, bottom = CHART_PLOT
    xs = np.array([x for x, _ in run])
    ys = np.array([y for _, y in run])
    secs = (xs - left) / (right - left) * 1320.0
    want = bottom - 4.0 * 950e3 * secs * (1320.0 - secs) / 1320.0**2 / 1e6 * (bottom - top)
    assert np.abs(ys - want).max() < 0.1  # each kept vertex is on the curve (to rounding)


@pytest.mark.parametrize(
    ("highest_km", "top_km"),
    [
        (104.0, 120.0),
        (130.0, 150.0),
        (985.0, 1000.0),
        (1040.0, 1200.0),
        (2000.0, 2000.0),
        (4597.0, 5000.0),
    ],
)
def test_height_axis_is_round_and_just_above_the_highest(highest_km: float, top_km: float) -> None:
    top, step = panels.height_axis(highest_km * 1000.0)
    assert top == pytest.approx(top_km * 1000.0)
    parts = top / step
    assert parts == pytest.approx(round(parts)) and 3 <= round(parts) <= 6
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1.0, 2.0, 2.5, 5.0)


def test_chart_is_scaled_to_the_apogee_the_reports_and_the_100_km_line() -> None:
    low = profile([0, 100, 200], [0, 60e3, 0])  # below the edge of space
    assert panels.chart_scale(low).top_m >= 100e3 * 1.04
    p = profile([0, 700, 1320], [0, 947e3, 0])
    assert panels.chart_scale(p).top_m == 1_000e3
    said = FlightReport("apogee", 1_000e3, (Source("Japan MOD", "2022-10-04"),))
    assert panels.chart_scale(dataclasses.replace(p, reports=(said,))).top_m == 1_200e3
    nan = math.nan
    strip = panels.chart_scale(profile([0, 600, 900], [nan, nan, nan], modelled=False))
    assert not strip.heights and strip.plot == panels.TIME_STRIP_PLOT


def test_marks_words_never_overlap_in_a_row() -> None:
    rng = np.random.default_rng(13)
    for _ in range(200):
        xs = np.sort(rng.uniform(0.0, panels.CHART_WIDTH, rng.integers(1, 12))).tolist()
        words = [str(rng.choice(["launch", "J-Alert", "fell", "passed"])) for _ in xs]
        rows = panels.mark_rows(xs, words)
        spans: dict[int, list[tuple[float, float]]] = {}
        for x, word, row in zip(xs, words, rows, strict=True):
            if row is None:
                continue
            half = len(word) * panels.MARK_CHAR / 2
            centre = min(max(x, half), panels.CHART_WIDTH - half)
            assert centre - half >= 0.0 and centre + half <= panels.CHART_WIDTH
            spans.setdefault(row, []).append((centre - half, centre + half))
        for row_spans in spans.values():
            for (_, end), (start, _) in itertools.pairwise(row_spans):
                assert start >= end  # in order of x, each clear of the one before
        assert rows[0] == 0  # the first word always shows


def test_apogee_and_clock_times_are_placed_by_their_times() -> None:
    p = profile([0.0, 712.0, 1320.0], [0.0, 947e3, 0.0])
    chart = panels.profile_chart(p, [], "+09:00")
    left, top, right, bottom = CHART_PLOT
    # launch 07:22:00 at the left, the end (07:44:00) at the right; top 1,000 km
    assert float(chart["apogee"]["x"]) == pytest.approx(left + 712 / 1320 * (right - left), 0.06)
    assert float(chart["apogee"]["y"]) == pytest.approx(bottom - 0.947 * (bottom - top), abs=0.06)
    assert float(chart["space_y"]) == pytest.approx(bottom - 0.1 * (bottom - top), abs=0.06)
    clock = {c["label"]: float(c["x"]) for c in chart["clock"]}
    assert list(clock) == ["07:25", "07:30", "07:35", "07:40"]
    for label, x in clock.items():
        seconds = (int(label[3:]) - 22) * 60
        assert x == pytest.approx(left + seconds / 1320 * (right - left), abs=0.06)
    assert [h["label"] for h in chart["heights"]] == ["0", "250", "500", "750", "1,000"]


# --------------------------------------------------------------------------- the words


def test_crossing_gives_entry_and_exit_times_and_altitudes() -> None:
    p = profile([0.0, 1320.0], [0.0, 0.0])
    crossing = Crossing("Aomori", "prefecture", 400.6, 421.4, 640_400.0, 679_600.0)
    # 07:22:00 + 401 s = 07:28:41, + 421 s = 07:29:01 (JST); UTC nine hours earlier
    assert panels.crossing_text(crossing, p, "+09:00") == (
        "Aomori: 07:28:41–07:29:01 (22:28:41–22:29:01 UTC), altitude 640–680 km (modelled)"
    )
    schematic = dataclasses.replace(p, modelled=False)
    unknown = dataclasses.replace(crossing, enter_alt_m=math.nan)
    assert panels.crossing_text(unknown, schematic, "+09:00").endswith(
        "altitude not known (schematic)"
    )


def test_popup_rows_give_apogee_crossings_and_method() -> None:
    p = profile(
        [0.0, 712.0, 1320.0],
        [0.0, 947_346.0, 0.0],
        crossings=(Crossing("Aomori", "prefecture", 400.0, 427.0, 704e3, 745e3),),
        method="A Kepler arc.",
    )
    rows = panels.profile_rows(p, "+00:00")
    assert [r["label"] for r in rows] == ["Apogee:", "Over:", "Time and height:"]
    # 22:22:00 UTC + 712 s = 22:33:52
    assert rows[0]["text"] == (
        "947 km at 22:33:52 (22:33:52 UTC), 11 min 52 s after launch (modelled)"
    )
    assert rows[2]["text"] == "A Kepler arc."


# --------------------------------------------------------------------------- page data


@pytest.fixture(scope="module")
def october() -> Event:
    import alertmap

    return alertmap.load("2022-10-04")


def test_profile_data_gives_each_vertex_its_time_and_altitude(october: Event) -> None:
    track = track_of(october)
    coords = shapely.get_coordinates(track.geometry)
    n = len(coords)
    times = np.linspace(0.0, 1320.0, n)
    alts = np.concatenate([np.full(n - 1, 500e3), [math.nan]])
    f = dataclasses.replace(track, profile=profile(times, alts))
    data = profile_data(f, 1e-4, 5, "+09:00")
    assert len(data["points"]) == n
    for (lat, lon, t, alt), (x, y), want_t, want_alt in zip(
        data["points"], coords, times, alts, strict=True
    ):
        assert (lat, lon) == pytest.approx((y, x), abs=1e-5)
        assert t == pytest.approx(want_t, abs=0.05)
        assert alt is None if math.isnan(want_alt) else alt == round(want_alt)
    assert data["launch_ms"] == 1664835720000  # 2022-10-03T22:22:00Z
    assert data["offset_min"] == 540 and data["modelled"] is True


def test_profile_data_refuses_a_profile_that_does_not_fit_the_line(october: Event) -> None:
    track = track_of(october)
    f = dataclasses.replace(track, profile=profile([0.0, 1320.0], [0.0, 0.0]))
    with pytest.raises(MapsError, match=r"one time and one altitude per vertex .* got 2 times"):
        profile_data(f, 1e-4, 5, "+09:00")


def test_profile_data_follows_the_line_across_the_antimeridian(october: Event) -> None:
    track = track_of(october)
    # a line given a turn west of the map (-190..-175) is drawn where the map is fitted
    # (160..200°E), and so are its points
    line = shapely.LineString([(-190.0, 35.0), (-180.5, 34.0), (-175.0, 33.0)])
    f = dataclasses.replace(
        track, geometry=line, profile=profile([0.0, 600.0, 900.0], [0.0, 5e5, 0.0])
    )
    lons = [p[1] for p in profile_data(f, 1e-4, 5, "+09:00", (160.0, 200.0))["points"]]
    assert lons == pytest.approx([170.0, 179.5, 185.0])
    drawn = in_window(line, 160.0, 200.0)
    assert lons == pytest.approx([x for x, _ in drawn.coords])


def test_a_long_profile_keeps_its_time_and_height_within_tolerance(october: Event) -> None:
    track = track_of(october)
    n = 4 * MAX_PROFILE_POINTS
    lon = np.linspace(126.4, 177.2, n)
    lat = 40.6 - 0.2 * np.sin(np.linspace(0.0, math.pi, n))
    t = 1320.0 * np.linspace(0.0, 1.0, n) ** 1.1  # not evenly timed
    alt = 4.0 * 947e3 * t * (1320.0 - t) / 1320.0**2
    f = dataclasses.replace(
        track, geometry=shapely.LineString(np.column_stack([lon, lat])), profile=profile(t, alt)
    )
    points = np.array(profile_data(f, 1e-4, 5, "+09:00")["points"], dtype=float)
    assert len(points) < n / 4
    assert points[0, 2] == 0.0 and points[-1, 2] == 1320.0
    # every dropped vertex: its time and altitude interpolated from the kept ones along the
    # line (by longitude, which grows along it) are within the tolerances of the whole
    kept_t = np.interp(lon, points[:, 1], points[:, 2])
    kept_alt = np.interp(t, points[:, 2], points[:, 3])
    assert np.abs(kept_t - t).max() <= 2 * PROFILE_TOLERANCE * 1320.0 + 0.05
    assert np.abs(kept_alt - alt).max() <= 2 * PROFILE_TOLERANCE * 947e3 + 1.0


# --------------------------------------------------------------------------- the map


def test_a_profiled_track_gets_one_panel_and_its_data(october: Event) -> None:
    from tests.profiles import ballistic_profile

    event = with_track_profile(october, ballistic_profile(track_of(october)))
    doc = compose(event, MapOptions(checks=False))
    found = [e for e in _walk(doc) if isinstance(e, ProfilePanel)]
    assert len(found) == 1
    html = page_html(doc)
    assert html.count('class="am-panel am-profile"') == 1
    assert '"profile":{"launch_ms":' in html
    # the timeline's entries carry their times for the time control
    for t in ("2022-10-04T07:27:00+09:00", "2022-10-04T07:46:00+09:00"):
        assert f'data-am-time="{t}"' in html


def test_no_profile_no_panel(october: Event) -> None:
    event = with_track_profile(october, None)
    html = page_html(compose(event, MapOptions(checks=False)))
    assert 'class="am-panel am-profile"' not in html and '"profile":' not in html


def test_two_profiled_tracks_get_no_panel(october: Event) -> None:
    """Overlaid events each keep their track's time and altitude (tooltips, popups), but no
    one chart can speak for both."""
    from tests.profiles import ballistic_profile

    event = with_track_profile(october, ballistic_profile(track_of(october)))
    layers = event.layers + tuple(
        dataclasses.replace(layer, name=f"{layer.name} (again)", group="again")
        for layer in event.layers
        if layer.kind is Kind.TRACK
    )
    doc = compose(dataclasses.replace(event, layers=layers), MapOptions(checks=False))
    assert not [e for e in _walk(doc) if isinstance(e, ProfilePanel)]
    assert page_html(doc).count('"profile":{"launch_ms":') == 2


def _walk(element: Any) -> Any:
    yield element
    for child in element._children.values():
        yield from _walk(child)
