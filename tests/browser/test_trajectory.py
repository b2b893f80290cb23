"""The trajectory in time and height on the map (issue 13, item 3), in the real browser: the
track's tooltip and popup, the altitude profile panel, the time control, print and a phone.

The event is 2022-10-04 with a track profile made here (``tests.profiles``: a ballistic arc
from the track's first to its last vertex), so the expected times and altitudes come from
that Profile, interpolated in the test, and where on the chart and the map things belong from
the chart's own axis labels and Leaflet's projection, not from the code under test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.model import Crossing, Event, Kind, Profile
from alertmap.maps.compose import compose
from alertmap.maps.output import page_html, write_atomic
from tests.profiles import ballistic_profile, interpolate, track_of, with_track_profile
from tests.support import Page

MAP_JS = "Object.values(window).find(v => v instanceof L.Map)"

#: Page coordinates of [lat, lon] points, unrounded (Leaflet's latLngToContainerPoint rounds).
PAGE_POINTS_JS = f"""lls => {{
    const map = {MAP_JS};
    const box = map.getContainer().getBoundingClientRect();
    const origin = map.containerPointToLayerPoint([0, 0]);
    return lls.map(ll => {{
        const p = map.project(ll).subtract(map.getPixelOrigin()).subtract(origin);
        return [p.x + box.x, p.y + box.y];
    }});
}}"""

#: Where the chart's axis labels are, in chart units: clock times (x) and heights (y).
CHART_AXES_JS = """() => {
    const svg = document.querySelector('svg.am-profile-chart');
    const out = {clock: {}, heights: {}};
    svg.querySelectorAll('.am-profile-axes text').forEach(t => {
        const label = t.textContent.trim();
        if (/^\\d\\d:\\d\\d$/.test(label)) { out.clock[label] = Number(t.getAttribute('x')); }
        else if (/^[\\d,]+$/.test(label)) {
            out.heights[label.replace(/,/g, '')] = Number(t.getAttribute('y'));
        }
    });
    return out;
}"""


def event_with_profile(name: str = "2022-10-04") -> Event:
    import alertmap

    event = alertmap.load(name)
    return with_track_profile(event, ballistic_profile(track_of(event), prefectures=("Aomori",)))


@pytest.fixture(scope="module")
def october() -> Event:
    return event_with_profile()


@pytest.fixture(scope="module")
def october_page(tmp_path_factory: pytest.TempPathFactory, october: Event) -> Path:
    path = tmp_path_factory.mktemp("trajectory") / "october.html"
    write_atomic(path, page_html(compose(october)))
    return path


@pytest.fixture()
def page(browser: Any, october_page: Path) -> Any:
    p = Page(browser, october_page)
    p.page.wait_for_function("() => window.alertmapReady === true")
    yield p
    assert p.errors == [] and p.console_errors == []
    assert p.requests == []  # offline: nothing asked of the network
    p.close()


def profile_of(event: Event) -> Profile:
    profile = track_of(event).profile
    assert profile is not None
    return profile


def at_time(event: Event, t: float) -> tuple[float, float]:
    """[lat, lon] of the track at ``t`` s after launch: between the vertices around it, on
    the straight line of the map (Web Mercator), as the track is drawn."""
    profile = profile_of(event)
    coords = list(track_of(event).geometry.coords)
    times = profile.times_s
    i = max(k for k in range(len(times) - 1) if times[k] <= t)
    u = (t - times[i]) / (times[i + 1] - times[i])
    (lon0, lat0), (lon1, lat1) = coords[i], coords[i + 1]

    def north(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    y = north(lat0) + u * (north(lat1) - north(lat0))
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2), lon0 + u * (lon1 - lon0)


def clock(profile: Profile, t: float, offset_h: int = 9) -> str:
    """'HH:MM:SS (HH:MM:SS UTC)' of ``t`` s after launch, to the nearest second."""
    at = profile.launch + dt.timedelta(seconds=math.floor(t + 0.5))
    local = at.astimezone(dt.timezone(dt.timedelta(hours=offset_h)))
    return f"{local:%H:%M:%S} ({at.astimezone(dt.UTC):%H:%M:%S} UTC)"


def seconds_of(text: str, profile: Profile) -> float:
    """Seconds after launch of the first 'HH:MM:SS' (JST) in ``text``."""
    found = re.search(r"(\d\d):(\d\d):(\d\d) \(", text)
    assert found, text
    h, m, s = (int(g) for g in found.groups())
    launch = profile.launch.astimezone(dt.timezone(dt.timedelta(hours=9)))
    return h * 3600 + m * 60 + s - (launch.hour * 3600 + launch.minute * 60 + launch.second)


def km_of(text: str) -> float:
    found = re.search(r"[Aa]ltitude ([\d,.]+) km", text)
    assert found, text
    return float(found.group(1).replace(",", ""))


def chart_x(axes: dict[str, Any], profile: Profile, t: float) -> float:
    """Chart x of ``t`` s after launch, from two of the chart's clock labels."""
    (a, xa), (b, xb) = sorted(axes["clock"].items())[:2]
    launch = profile.launch.astimezone(dt.timezone(dt.timedelta(hours=9)))
    start = launch.hour * 3600 + launch.minute * 60 + launch.second

    def offset(label: str) -> float:
        return int(label[:2]) * 3600 + int(label[3:]) * 60 - start

    return xa + (t - offset(a)) / (offset(b) - offset(a)) * (xb - xa)


def chart_y(axes: dict[str, Any], altitude_m: float) -> float:
    """Chart y of an altitude, from the chart's '0' label and its highest height label."""
    top = max(axes["heights"], key=float)
    y0, y_top = axes["heights"]["0"], axes["heights"][top]
    return y0 + altitude_m / (float(top) * 1000.0) * (y_top - y0)


def marker_centre(page: Any) -> tuple[float, float]:
    box = page.locator(".am-track-marker").bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


# --------------------------------------------------------------------------- 1. the track


@pytest.mark.parametrize("where", [(0.18, 0.37), (0.62, 0.81)])
def test_tooltip_anywhere_along_the_track_gives_its_time_and_altitude(
    page: Page, october: Event, where: tuple[float, float]
) -> None:
    """Between two vertices, a fraction of the way along the drawn segment, the tooltip says
    the time and altitude the Profile gives there (interpolated between the vertices)."""
    profile = profile_of(october)
    coords = list(track_of(october).geometry.coords)
    index, fraction = int(where[0] * (len(coords) - 1)), where[1]
    (lon0, lat0), (lon1, lat1) = coords[index], coords[index + 1]
    # zoomed in there: a pixel is a fraction of a second of flight
    page.page.evaluate(
        f"ll => {MAP_JS}.setView(ll, 9, {{animate: false}})", [(lat0 + lat1) / 2, (lon0 + lon1) / 2]
    )
    (xa, ya), (xb, yb) = page.page.evaluate(PAGE_POINTS_JS, [[lat0, lon0], [lat1, lon1]])
    page.page.mouse.move(xa + fraction * (xb - xa), ya + fraction * (yb - ya))
    tooltip = page.page.locator(".am-track-tooltip")
    tooltip.wait_for()
    text = tooltip.inner_text()
    want_t, want_alt = interpolate(profile, fraction, index)
    assert abs(seconds_of(text, profile) - want_t) <= 1.0, (text, want_t)
    assert clock(profile, seconds_of(text, profile)) in text  # local, then UTC
    assert abs(km_of(text) - want_alt / 1000.0) <= 1.0, (text, want_alt)
    assert "(modelled)" in text
    # the place is marked on the track, and on the chart's time axis
    assert page.page.locator(".am-profile-cursor").get_attribute("display") is None


def test_popup_gives_time_and_altitude_over_each_crossing(page: Page, october: Event) -> None:
    profile = profile_of(october)
    (crossing,) = profile.crossings
    assert crossing.name == "Aomori"
    assert page.page.evaluate("id => alertmap.open(id)", track_of(october).id)
    popup = page.page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    enter, leave = (
        clock(profile, crossing.enter_s).split(" (")[0],
        clock(profile, crossing.exit_s).split(" (")[0],
    )
    low, high = (math.floor(a / 1000 + 0.5) for a in (crossing.enter_alt_m, crossing.exit_alt_m))
    assert f"Aomori: {enter}–{leave} (" in text
    assert f"altitude {low}–{high} km (modelled)" in text
    assert f"{math.floor(profile.apogee_m / 1000 + 0.5)} km at " in text  # the apogee row
    assert profile.method in text


def test_a_click_on_the_track_says_when_and_how_high_there(page: Page, october: Event) -> None:
    profile = profile_of(october)
    t = 0.45 * profile.times_s[-1]
    ((x, y),) = page.page.evaluate(PAGE_POINTS_JS, [list(at_time(october, t))])
    page.page.mouse.click(x, y)
    here = page.page.locator(".leaflet-popup-content .am-track-here")
    here.wait_for()
    text = here.inner_text()
    assert text.startswith("Here:")
    # at the fitted zoom a pixel is a few seconds of this flight
    assert abs(seconds_of(text, profile) - t) <= 6.0, text


# --------------------------------------------------------------------------- 2. the panel


def test_profile_panel_marks_the_apogee_and_the_100_km_line(page: Page, october: Event) -> None:
    profile = profile_of(october)
    panel = page.page.locator(".am-profile")
    assert panel.is_visible()
    assert "Altitude profile" in panel.inner_text()
    axes = page.page.evaluate(CHART_AXES_JS)
    apogee = page.page.locator(".am-profile-apogee circle")
    cx, cy = (float(apogee.get_attribute(a) or "nan") for a in ("cx", "cy"))
    assert cx == pytest.approx(chart_x(axes, profile, profile.apogee_s), abs=0.2)
    assert cy == pytest.approx(chart_y(axes, profile.apogee_m), abs=0.2)
    apogee_km = math.floor(profile.apogee_m / 1000 + 0.5)
    assert page.page.locator(".am-profile-apogee text").text_content() == f"apogee {apogee_km} km"
    line = page.page.locator(".am-profile-space line")
    assert float(line.get_attribute("y1") or "nan") == pytest.approx(
        chart_y(axes, 100_000.0), abs=0.2
    )
    assert "100 km" in (page.page.locator(".am-profile-space").text_content() or "")
    # each reported time of the timeline is marked, at its time
    buttons = page.page.locator(".am-timeline button[data-am-time]")
    marks = page.page.locator(".am-profile-mark")
    assert marks.count() == buttons.count() >= 8
    for i in range(marks.count()):
        iso = marks.nth(i).get_attribute("data-am-time") or ""
        t = (dt.datetime.fromisoformat(iso) - profile.launch).total_seconds()
        x = float(marks.nth(i).locator("line").get_attribute("x1") or "nan")
        assert x == pytest.approx(chart_x(axes, profile, t), abs=0.2), iso


def test_pointer_on_the_profile_marks_the_place_on_the_track(page: Page, october: Event) -> None:
    profile = profile_of(october)
    axes = page.page.evaluate(CHART_AXES_JS)
    for t in (300.0, 950.0):
        x_units = chart_x(axes, profile, t)
        point = page.page.evaluate(
            """x => { const svg = document.querySelector('svg.am-profile-chart');
                 const p = svg.createSVGPoint(); p.x = x; p.y = 80;
                 const q = p.matrixTransform(svg.getScreenCTM());
                 return [q.x, q.y]; }""",
            x_units,
        )
        page.page.mouse.move(*point)
        ((want_x, want_y),) = page.page.evaluate(PAGE_POINTS_JS, [list(at_time(october, t))])
        got_x, got_y = marker_centre(page.page)
        # a screen pixel on the chart is about 5 s of this flight, some 10 km of track
        assert math.hypot(got_x - want_x, got_y - want_y) <= 3.0, (t, got_x, want_x)
        readout = page.page.locator(".am-profile-readout").inner_text()
        assert abs(seconds_of(readout, profile) - t) <= 5.0, readout
    page.page.mouse.move(5, 5)  # away: the marker goes
    assert page.page.locator(".am-track-marker").count() == 0


def test_pointer_on_the_track_marks_the_time_on_the_profile(page: Page, october: Event) -> None:
    profile = profile_of(october)
    axes = page.page.evaluate(CHART_AXES_JS)
    t = 0.7 * profile.times_s[-1]
    page.page.evaluate(
        f"ll => {MAP_JS}.setView(ll, 8, {{animate: false}})", list(at_time(october, t))
    )
    ((x, y),) = page.page.evaluate(PAGE_POINTS_JS, [list(at_time(october, t))])
    page.page.mouse.move(x, y)
    cursor = page.page.locator(".am-profile-cursor")
    page.page.wait_for_function(
        "() => !document.querySelector('.am-profile-cursor').hasAttribute('display')"
    )
    assert float(cursor.get_attribute("x1") or "nan") == pytest.approx(
        chart_x(axes, profile, t), abs=0.5
    )
    _, alt = interpolate(profile, *_segment(profile, t))
    dot = page.page.locator(".am-profile-dot")
    assert float(dot.get_attribute("cy") or "nan") == pytest.approx(chart_y(axes, alt), abs=0.5)


def _segment(profile: Profile, t: float) -> tuple[float, int]:
    times = profile.times_s
    i = max(k for k in range(len(times) - 1) if times[k] <= t)
    return (t - times[i]) / (times[i + 1] - times[i]), i


# --------------------------------------------------------------------------- 3. time control


def reported_times(event: Event) -> list[dt.datetime]:
    """Every time the timeline lists: the launch, overflights, falls and J-Alert messages."""
    kinds = {Kind.LAUNCH_SITE, Kind.WAYPOINT, Kind.FALL_AREA, Kind.ALERT_ZONE}
    return [t.time for f in event.features() if f.kind in kinds for t in f.times]


def set_slider(page: Any, seconds: float) -> None:
    page.evaluate(
        """s => { const r = document.querySelector('.am-profile-time');
             r.value = String(s); r.dispatchEvent(new Event('input', {bubbles: true})); }""",
        seconds,
    )


def test_time_control_moves_the_marker_and_lights_the_timeline(page: Page, october: Event) -> None:
    profile = profile_of(october)
    lit = page.page.locator(".am-timeline button.am-passed")
    assert lit.count() == 0  # nothing lit until the control is used
    for t in (400.0, 1000.0):
        set_slider(page.page, t)
        ((want_x, want_y),) = page.page.evaluate(PAGE_POINTS_JS, [list(at_time(october, t))])
        got_x, got_y = marker_centre(page.page)
        assert math.hypot(got_x - want_x, got_y - want_y) <= 1.5, (t, got_x, want_x)
        passed = [r for r in reported_times(october) if r <= profile.time_at(t)]
        assert lit.count() == len(passed), t
    assert lit.count() < page.page.locator(".am-timeline button").count()


def test_a_click_on_the_chart_sets_the_time_control(page: Page, october: Event) -> None:
    profile = profile_of(october)
    axes = page.page.evaluate(CHART_AXES_JS)
    t = 600.0
    point = page.page.evaluate(
        """x => { const svg = document.querySelector('svg.am-profile-chart');
             const p = svg.createSVGPoint(); p.x = x; p.y = 80;
             const q = p.matrixTransform(svg.getScreenCTM());
             return [q.x, q.y]; }""",
        chart_x(axes, profile, t),
    )
    page.page.mouse.click(*point)
    assert abs(float(page.page.locator(".am-profile-time").input_value()) - t) <= 5.0
    page.page.mouse.move(5, 5)  # the pointer leaves: the marker stays at the control's time
    ((want_x, want_y),) = page.page.evaluate(PAGE_POINTS_JS, [list(at_time(october, t))])
    got_x, got_y = marker_centre(page.page)
    assert math.hypot(got_x - want_x, got_y - want_y) <= 3.0
    passed = [r for r in reported_times(october) if r <= profile.time_at(t)]
    assert page.page.locator(".am-timeline button.am-passed").count() == len(passed)


def test_time_control_works_from_the_keyboard(page: Page, october: Event) -> None:
    slider = page.page.locator(".am-profile-time")
    slider.focus()
    page.page.keyboard.press("End")
    buttons = page.page.locator(".am-timeline button")
    assert page.page.locator(".am-timeline button.am-passed").count() == buttons.count()
    end = float(slider.input_value())
    page.page.keyboard.press("ArrowLeft")
    assert float(slider.input_value()) == end - 1
    page.page.keyboard.press("Home")
    # the launch is lit at the launch; nothing later is
    assert page.page.locator(".am-timeline button.am-passed").count() == 1
    text = slider.get_attribute("aria-valuetext") or ""
    assert text.startswith(clock(profile_of(october), 0.0)), text
    # play and pause from the keyboard
    page.page.keyboard.press("Shift+Tab")
    assert page.page.evaluate("document.activeElement.className") == "am-profile-play"
    page.page.keyboard.press("Enter")
    page.page.wait_for_function(
        "() => Number(document.querySelector('.am-profile-time').value) > 30"
    )
    page.page.keyboard.press("Enter")
    stopped = float(slider.input_value())
    page.page.wait_for_timeout(300)
    assert float(slider.input_value()) == stopped
    assert page.page.locator(".am-profile-play").inner_text() == "Play"


# --------------------------------------------------------------------------- 4. print, phone


PANELS = (".am-profile", ".am-timeline", ".am-notes", ".am-title", ".am-legend")


def assert_clear_of_each_other(page: Any, selectors: tuple[str, ...]) -> None:
    """Each panel is on the map, and no two overlap."""
    frame = page.locator(".am-map").bounding_box()
    assert frame is not None
    boxes = {}
    for sel in selectors:
        b = page.locator(sel).bounding_box()
        assert b is not None, sel
        assert frame["x"] <= b["x"] and b["x"] + b["width"] <= frame["x"] + frame["width"] + 0.5
        assert frame["y"] <= b["y"] and b["y"] + b["height"] <= frame["y"] + frame["height"] + 0.5
        boxes[sel] = b
    names = list(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pa, pb = boxes[a], boxes[b]
            dx = min(pa["x"] + pa["width"], pb["x"] + pb["width"]) - max(pa["x"], pb["x"])
            dy = min(pa["y"] + pa["height"], pb["y"] + pb["height"]) - max(pa["y"], pb["y"])
            assert dx <= 0.5 or dy <= 0.5, (a, b, pa, pb)


def test_print_shows_the_whole_profile_without_the_control(page: Page) -> None:
    set_slider(page.page, 500.0)  # what the control moved does not go to paper
    page.page.emulate_media(media="print")
    page.page.evaluate("() => alertmap.refit()")
    assert page.page.locator(".am-profile").is_visible()
    assert page.page.locator(".am-profile-line").is_visible()
    for hidden in (".am-profile-controls", ".am-profile-readout", ".am-track-marker"):
        assert page.page.locator(hidden).is_hidden(), hidden
    assert page.page.locator(".am-timeline button.am-passed .am-time").first.evaluate(
        "e => getComputedStyle(e, '::before').content"
    ) in ("none", "normal")
    assert_clear_of_each_other(page.page, PANELS)


@pytest.mark.parametrize("size", [(1600, 900), (1200, 720), (1000, 760)])
def test_panels_share_the_frame_with_the_profile(
    browser: Any, october_page: Path, size: tuple[int, int]
) -> None:
    p = Page(browser, october_page, size=size)
    try:
        p.page.wait_for_function("() => window.alertmapReady === true")
        p.page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")
        assert_clear_of_each_other(p.page, (*PANELS, ".leaflet-control-layers"))
        assert p.page.locator(".am-profile-time").is_visible()
    finally:
        p.close()


def test_pdf_prints_the_profile(tmp_path: Path, october_page: Path) -> None:
    from alertmap.maps.browser import capture

    pdf = tmp_path / "october.pdf"
    capture(october_page, pdf=pdf)
    text = subprocess.run(
        ["/usr/bin/pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "Altitude profile" in text and "apogee" in text and "100 km" in text
    assert "Play" not in text


@pytest.mark.parametrize("size", [(390, 844), (844, 390)])
def test_profile_is_legible_on_a_phone(browser: Any, october_page: Path, size: Any) -> None:
    p = Page(browser, october_page, size=size)
    try:
        p.page.wait_for_function("() => window.alertmapReady === true")
        # folded on a narrow or short frame, so as not to cover the map; a tap opens it
        details = p.page.locator(".am-profile details")
        assert details.get_attribute("open") is None
        p.page.locator(".am-profile summary").click()
        assert details.get_attribute("open") == ""
        box = p.page.locator(".am-profile").bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= size[0]
        chart = p.page.locator("svg.am-profile-chart").bounding_box()
        assert chart is not None and chart["width"] >= 240
        # the chart's words are at least 8 CSS pixels tall
        smallest = p.page.evaluate(
            """() => Math.min(...Array.from(
                 document.querySelectorAll('svg.am-profile-chart text'))
                 .map(t => t.getBoundingClientRect().height).filter(h => h > 0))"""
        )
        assert smallest >= 8.0
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_a_tap_on_the_track_gives_time_and_altitude(browser: Any, october_page: Path) -> None:
    """On a touch screen the track answers a tap: its popup says when and how high there."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    blocked: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "data:", "blob:", "about:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    try:
        page = context.new_page()
        page.goto(october_page.as_uri(), wait_until="load")
        page.wait_for_function("() => window.alertmapReady === true")
        event = event_with_profile()
        t = 0.8 * profile_of(event).times_s[-1]
        # the panels fold or leave the map's middle to the map; here they are set aside
        page.evaluate(
            "() => document.querySelectorAll('.am-panel, .leaflet-control-layers')"
            ".forEach(e => { e.style.display = 'none'; })"
        )
        page.evaluate(f"ll => {MAP_JS}.setView(ll, 6, {{animate: false}})", list(at_time(event, t)))
        ((x, y),) = page.evaluate(PAGE_POINTS_JS, [list(at_time(event, t))])
        page.touchscreen.tap(x, y)
        here = page.locator(".leaflet-popup-content .am-track-here")
        here.wait_for(timeout=5000)
        assert abs(seconds_of(here.inner_text(), profile_of(event)) - t) <= 10.0
        assert blocked == []
    finally:
        context.close()


# --------------------------------------------------------------------------- 5. safety, none


def test_script_in_a_crossing_or_method_is_shown_as_text(
    browser: Any, tmp_path: Path, october: Event
) -> None:
    evil = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'
    profile = profile_of(october)
    hostile = dataclasses.replace(
        profile,
        method=f"model {evil}",
        crossings=(*profile.crossings, Crossing(evil, "region", 500.0, 520.0, 800e3, 810e3)),
    )
    event = with_track_profile(october, hostile, name=f"Track {evil}")
    # a J-Alert named so: its messages are marks on the chart
    layers = tuple(
        dataclasses.replace(
            layer,
            features=tuple(
                dataclasses.replace(f, name=f"J-Alert {evil}") if f.kind is Kind.ALERT_ZONE else f
                for f in layer.features
            ),
        )
        for layer in event.layers
    )
    event = dataclasses.replace(event, layers=layers)
    path = write_atomic(tmp_path / "evil.html", page_html(compose(event)))
    assert "<script>window.__pwned" not in path.read_text("utf-8")
    p = Page(browser, path)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        t = 0.55 * profile.times_s[-1]  # over the sea, clear of the panels and other layers
        ((x, y),) = page.evaluate(PAGE_POINTS_JS, [list(at_time(event, t))])
        page.mouse.move(x, y)
        page.locator(".am-track-tooltip").wait_for()
        assert f"Track {evil}" in page.locator(".am-track-tooltip").inner_text()
        assert page.evaluate("id => alertmap.open(id)", track_of(event).id)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        text = popup.inner_text()
        assert f"model {evil}" in text and f"{evil}: " in text
        # the panel names the track in its description, as text
        assert evil in (page.locator("svg.am-profile-chart").get_attribute("aria-label") or "")
        titles = page.locator(".am-profile-mark-alert_zone title").all_text_contents()
        assert titles and all(evil in t for t in titles)
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img[src='x']").count() == 0
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_nothing_changes_without_a_profile(browser: Any, tmp_path: Path, october: Event) -> None:
    event = with_track_profile(october, None)
    path = write_atomic(tmp_path / "plain.html", page_html(compose(event)))
    p = Page(browser, path)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        assert page.locator(".am-profile").count() == 0
        assert page.locator(".am-track-hit").count() == 0
        track = track_of(event)
        coords = list(track.geometry.coords)
        (lon0, lat0), (lon1, lat1) = coords[len(coords) // 3], coords[len(coords) // 3 + 1]
        ((x, y),) = page.evaluate(PAGE_POINTS_JS, [[(lat0 + lat1) / 2, (lon0 + lon1) / 2]])
        page.mouse.move(x, y)
        tooltip = page.locator(".leaflet-tooltip")
        tooltip.wait_for()
        assert track.name in tooltip.inner_text()
        assert "after launch" not in tooltip.inner_text()
        assert p.errors == [] and p.requests == []
    finally:
        p.close()
