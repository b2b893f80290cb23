"""Briefing-grade output (issue 3), in the real browser where a person would see it."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.build import build_event
from alertmap.layers.scenario import load_scenario
from alertmap.maps.compose import MapOptions, compose, event_bounds
from alertmap.maps.output import iframe_html, page_html, replace_atomic, write_atomic
from alertmap.maps.style import STYLES, style_key
from tests.support import Page, run_cli

ROOT = Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------- 1. reproducible


@pytest.mark.slow
@pytest.mark.parametrize("form", [[], ["--fragment"], ["--iframe"]])
def test_byte_identical_across_processes_and_hash_seeds(tmp_path: Path, form: list[str]) -> None:
    outs = []
    for seed in ("1", "2", "random"):
        out = tmp_path / f"m{seed}.html"
        result = run_cli("render", "2023-08-24", "-o", str(out), *form, cwd=tmp_path, seed=seed)
        assert result.returncode == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert b"2026-" not in outs[0]  # no render timestamp


def test_ids_come_from_content_not_randomness(event_0824: Any) -> None:
    page = page_html(compose(event_0824))
    ids = re.findall(r'id="([^"]+)"', page)
    assert ids and all(not re.fullmatch(r"[0-9a-f]{32}", i.split("_")[-1]) for i in ids)
    other = page_html(compose(build_event(load_scenario("2023-11-21"))))
    # the map elements' ids (map_<hash>, map_<hash>_frame), not other words of the script
    ids_here, ids_there = (set(re.findall(r"\bmap_[0-9a-f]{8,}\w*", p)) for p in (page, other))
    assert ids_here and ids_there and not ids_here & ids_there


# --------------------------------------------------------------------------- 3. embeddable


def host_page(tmp_path: Path, bodies: list[str]) -> Path:
    text = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Host</title>"
        "<style>body { font-family: serif; margin: 20px; } h2 { color: #333; }</style></head>"
        "<body><h1>Briefing</h1>"
        + "".join(
            f"<h2>Map {i + 1}</h2>{b}<p>Text after map {i + 1}.</p>" for i, b in enumerate(bodies)
        )
        + "</body></html>"
    )
    path = tmp_path / "host.html"
    path.write_text(text, "utf-8")
    return path


@pytest.fixture(scope="module")
def two_events() -> list[Any]:
    return [build_event(load_scenario(n)) for n in ("2023-08-24", "2023-11-21")]


def test_two_fragments_share_a_page(browser: Any, tmp_path: Path, two_events: list[Any]) -> None:
    bodies = [page_html(compose(e, MapOptions(fragment=True, height="500px"))) for e in two_events]
    assert all("<html" not in b and "<head" not in b and "html, body" not in b for b in bodies)
    p = Page(browser, host_page(tmp_path, bodies), size=(1400, 1400))
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        assert p.errors == [] and p.requests == []
        assert page.evaluate("window.alertmapLeafletLoads") == 1
        assert page.locator("style[data-alertmap-asset='leaflet']").count() == 1
        assert page.locator("style[data-alertmap-asset='alertmap']").count() == 1
        duplicates = page.evaluate(
            """() => { const seen = {}, dup = [];
                 document.querySelectorAll('[id]').forEach(e => {
                   if (seen[e.id]) dup.push(e.id); seen[e.id] = 1; });
                 return dup; }"""
        )
        assert duplicates == []
        frames = page.locator(".alertmap-fragment")
        assert frames.count() == 2
        for i, event in enumerate(two_events):
            frame = frames.nth(i)
            assert event.title in frame.locator(".am-title").inner_text()
            assert frame.locator(".leaflet-container").count() == 1
            for layer in event.layers:
                if layer.show:
                    drawn = frame.locator(f".am-kind-{style_key(layer)}").count()
                    assert drawn >= len(layer.features), (event.id, layer.name)
            box = frame.bounding_box()
            assert box is not None and 490 <= box["height"] <= 540
            # a small frame folds notes and legend so panels do not overlap
            assert frame.locator(".am-notes > details").get_attribute("open") is None
            assert frame.locator(".am-legend > details").get_attribute("open") is None
            assert frame.locator(".am-timeline > details").get_attribute("open") == ""
            boxes = [
                frame.locator(sel).bounding_box()
                for sel in (".am-timeline", ".am-notes", ".am-title", ".am-legend")
            ]
            for a_i, a in enumerate(boxes):
                for b in boxes[a_i + 1 :]:
                    assert a and b
                    overlap_x = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
                    overlap_y = min(a["y"] + a["height"], b["y"] + b["height"]) - max(
                        a["y"], b["y"]
                    )
                    assert overlap_x <= 0 or overlap_y <= 0
        # the host page's own text and styles are untouched
        assert page.locator("body > h1").inner_text() == "Briefing"
        assert page.evaluate("getComputedStyle(document.body).margin") == "20px"
    finally:
        p.close()


def test_two_fragments_each_open_their_own_features(
    browser: Any, tmp_path: Path, two_events: list[Any]
) -> None:
    """Both events have a feature with the launch site's and the alert zone's ids: a timeline
    entry opens the feature of its own map, never the other map's."""
    from alertmap.maps.panels import format_time

    shared = set.intersection(*({f.id for f in e.features()} for e in two_events))
    bodies = [page_html(compose(e, MapOptions(fragment=True, height="600px"))) for e in two_events]
    p = Page(browser, host_page(tmp_path, bodies), size=(1400, 1500))
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        frames = page.locator(".alertmap-fragment")
        for fid in (
            "launch_site-sohae-satellite-launching-ground-tongchang-ri",
            "alert_zone-j-alert-okinawa-prefecture",
        ):
            assert fid in shared
            for i, event in enumerate(two_events):
                frame, other = frames.nth(i), frames.nth(1 - i)
                page.evaluate(
                    "() => document.querySelectorAll('.leaflet-popup-close-button')"
                    ".forEach(b => b.click())"
                )
                page.wait_for_function("() => !document.querySelector('.leaflet-popup')")
                highlighted = f"[data-am-id='{fid}'].am-highlight"
                other_before = other.locator(highlighted).count()
                frame.locator(f".am-timeline button[data-am-target='{fid}']").first.click()
                popup = frame.locator(".leaflet-popup-content")
                popup.wait_for(timeout=5000)
                assert other.locator(".leaflet-popup").count() == 0
                feature = next(f for f in event.features() if f.id == fid)
                text = popup.inner_text()
                assert feature.name in text
                assert format_time(feature.times[0], event.timezone) in text, (event.id, fid)
                other_feature = next(f for f in two_events[1 - i].features() if f.id == fid)
                other_zone = two_events[1 - i].timezone
                assert format_time(other_feature.times[0], other_zone) not in text
                # the feature is highlighted in its map; the other map keeps its own choice
                assert frame.locator(highlighted).count() == 1
                assert other.locator(highlighted).count() == other_before
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_two_iframes_share_a_page(browser: Any, tmp_path: Path, two_events: list[Any]) -> None:
    bodies = [
        iframe_html(page_html(compose(e)), title=e.title, width="900px", height="500px")
        for e in two_events
    ]
    p = Page(browser, host_page(tmp_path, bodies), size=(1000, 1300), wait_for_leaflet=False)
    try:
        frames = [f for f in p.page.frames if f != p.page.main_frame]
        assert len(frames) == 2
        titles = []
        for f in frames:
            f.wait_for_function("() => window.alertmapReady === true")
            assert f.evaluate("L.version") == "1.9.3"
            titles.append(f.locator(".am-title h1").inner_text())
        assert sorted(titles) == sorted(e.title for e in two_events)
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


# --------------------------------------------------------------------------- 4. static output


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.slow
def test_png_and_pdf_from_the_cli(tmp_path: Path) -> None:
    result = run_cli(
        "render",
        "2023-08-24",
        "--png",
        "a.png",
        "--pdf",
        "a.pdf",
        "--banner",
        "EXERCISE",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert png_size(tmp_path / "a.png") == (1600, 900)
    assert (tmp_path / "a.png").stat().st_size > 100_000
    pdf = (tmp_path / "a.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    box = [float(x) for x in re.search(rb"/MediaBox\s*\[([^\]]+)\]", pdf).group(1).split()]
    assert box[2] - box[0] > box[3] - box[1]  # landscape
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "a.png"]  # no temp files
    result = run_cli("render", "2023-08-24", "--png", "b.png", "--size", "800x600", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert png_size(tmp_path / "b.png") == (800, 600)
    # narrower than the panels need beside the map: they are set below it, the PNG taller
    result = run_cli("render", "2023-08-24", "--png", "c.png", "--size", "390x844", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    width, height = png_size(tmp_path / "c.png")
    assert width == 390 and height > 844


@pytest.mark.slow
def test_pdf_text_has_title_legend_sources_and_banner(tmp_path: Path) -> None:
    pdftotext = "/usr/bin/pdftotext"
    if not Path(pdftotext).exists():
        pytest.fail("pdftotext (Debian poppler-utils) is needed: see .ci/run")
    result = run_cli(
        "render", "2023-08-24", "--pdf", "a.pdf", "--banner", "EXERCISE ONLY", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    raw = subprocess.run(
        [pdftotext, "a.pdf", "-"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(raw.split())
    for expected in (
        "North Korea satellite launch attempt",
        "Legend",
        "Sources:",
        "EXERCISE ONLY",
        "03:50",
        "Timeline",
        "Ryukyu Shimpo",
    ):
        assert expected in text, expected
    assert text.count("EXERCISE ONLY") == 2


@pytest.mark.parametrize("bad", ["big", "10x10", "1600x", "99999x900"])
def test_bad_size_is_one_line(tmp_path: Path, bad: str) -> None:
    result = run_cli("render", "2023-08-24", "--png", "a.png", "--size", bad, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--size: expected WIDTHxHEIGHT" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture()
def banner_page(browser: Any, tmp_path: Path, event_0824: Any) -> Any:
    path = write_atomic(
        tmp_path / "b.html", page_html(compose(event_0824, MapOptions(banner="EXERCISE")))
    )
    p = Page(browser, path)
    p.page.wait_for_function("() => window.alertmapReady === true")
    yield p
    p.close()


def test_static_view_shows_title_legend_scale_sources_time_and_banner(banner_page: Any) -> None:
    page = banner_page.page
    view = {"width": 1600, "height": 900}

    def inside(selector: str) -> dict[str, float]:
        box = page.locator(selector).first.bounding_box()
        assert box is not None, selector
        assert box["x"] >= 0 and box["y"] >= 0, selector
        assert box["x"] + box["width"] <= view["width"] + 0.5, selector
        assert box["y"] + box["height"] <= view["height"] + 0.5, selector
        return box

    for selector in (
        ".am-title",
        ".am-legend",
        ".leaflet-control-scale",
        ".am-sourceline",
        ".am-timeline",
        ".am-notes",
    ):
        inside(selector)
    assert "launch about 2023-08-24 03:50 UTC+09:00" in page.locator(".am-title").inner_text()
    top, bottom = inside(".am-banner-top"), inside(".am-banner-bottom")
    assert top["y"] == 0 and bottom["y"] + bottom["height"] == pytest.approx(900, abs=1)
    assert page.locator(".am-banner-top").inner_text() == "EXERCISE"


# --------------------------------------------------------------------------- 5. print


def test_print_layout_is_one_landscape_page_with_legend(banner_page: Any, event_0824: Any) -> None:
    page = banner_page.page
    page.emulate_media(media="print")
    page.evaluate("() => alertmap.refit()")
    frame = page.locator(".am-frame").bounding_box()
    assert frame is not None
    mm = 96 / 25.4
    assert frame["width"] <= 277 * mm + 1 and frame["height"] <= 190 * mm + 1  # A4 landscape
    legend = page.locator(".am-legend").bounding_box()
    assert legend is not None
    assert (
        legend["x"] >= frame["x"] and legend["y"] + legend["height"] <= frame["y"] + frame["height"]
    )
    assert page.locator(".leaflet-control-layers").is_hidden()
    minx, miny, maxx, maxy = event_bounds(event_0824)
    contained = page.evaluate(
        """([s, w, n, e]) => { const m = Object.values(window).find(v => v instanceof L.Map);
              return m.getBounds().contains(L.latLngBounds([s, w], [n, e])); }""",
        [miny, minx, maxy, maxx],
    )
    assert contained
    pdf = page.pdf(format="A4", landscape=True, print_background=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


def test_printed_panels_stay_on_the_map_and_clear_of_each_other(
    demo_page: Path, browser: Any
) -> None:
    """On paper the panels are unfolded, except the long list of checks (it says where it is
    listed): timeline and notes both fit on the map without covering each other."""
    p = Page(browser, demo_page)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        page.emulate_media(media="print")
        page.evaluate("() => alertmap.refit()")
        boxes = {
            sel: page.locator(sel).bounding_box()
            for sel in (".am-map", ".am-timeline", ".am-notes", ".am-title", ".am-legend")
        }
        m = boxes.pop(".am-map")
        assert m is not None
        for name, b in boxes.items():
            assert b is not None
            assert m["y"] <= b["y"] and b["y"] + b["height"] <= m["y"] + m["height"] + 0.5, name
        t, n = boxes[".am-timeline"], boxes[".am-notes"]
        assert t is not None and n is not None and t["y"] + t["height"] <= n["y"]
        assert page.locator(".am-notes > details").get_attribute("open") == ""
        assert page.locator(".am-checks").get_attribute("open") is None
        assert "Checks (" in page.locator(".am-notes").inner_text()
    finally:
        p.close()


# --------------------------------------------------------------------------- 6. accessible


def _srgb_to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _linear_to_srgb(c: float) -> float:
    c = min(max(c, 0.0), 1.0)
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _hex(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB
CVD = {
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
}


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (_srgb_to_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def simulate(color: str, kind: str) -> tuple[float, float, float]:
    lin = [_srgb_to_linear(c) for c in _hex(color)]
    m = CVD[kind]
    out = [sum(m[i][j] * lin[j] for j in range(3)) for i in range(3)]
    return tuple(_linear_to_srgb(c) for c in out)  # type: ignore[return-value]


AREA_STYLES = ["sea_area", "alert_zone", "hazard_area", "corridor", "fall_area"]


@pytest.mark.parametrize("vision", sorted(CVD))
def test_area_colours_stay_distinct_under_colour_blindness(vision: str) -> None:
    for i, a in enumerate(AREA_STYLES):
        for b in AREA_STYLES[i + 1 :]:
            la = _lab(simulate(STYLES[a]["fillColor"], vision))
            lb = _lab(simulate(STYLES[b]["fillColor"], vision))
            delta = sum((x - y) ** 2 for x, y in zip(la, lb, strict=True)) ** 0.5
            assert delta >= 15, (vision, a, b, round(delta, 1))


def test_kinds_differ_by_line_style_or_shape_too() -> None:
    used = [
        "sea_area",
        "alert_zone",
        "hazard_area",
        "range_ring",
        "corridor",
        "track",
        "gate",
        "fall_area",
        "fall_area_alt",
        "predicted_fall",
        "predicted_fall_withdrawn",
        "waypoint",
        "launch_site",
    ]
    signatures = [
        (
            STYLES[k].get("marker"),
            STYLES[k].get("dashArray", "solid"),
            k in ("track", "gate", "range_ring"),
        )
        for k in used
    ]
    assert len(set(signatures)) == len(signatures)


def _contrast(fg: tuple[float, ...], bg: tuple[float, ...]) -> float:
    def lum(c: tuple[float, ...]) -> float:
        r, g, b = (_srgb_to_linear(x / 255) for x in c[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_contrast_at_least_4_5(demo: Any) -> None:
    pairs = demo.page.evaluate(
        """() => {
          const parse = s => s.match(/[\\d.]+/g).map(Number);
          const bgOf = el => { for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.length < 4 || c[3] > 0.5) { if (!(c.length === 4 && c[3] === 0)) return c; } }
              return [255, 255, 255]; };
          const out = [];
          const sel = '.am-legend span, .am-title h1, .am-title .am-subtitle, .am-timeline .am-utc,'
            + '.am-timeline .am-event, .am-notes li, .am-attrib, .am-sourceline,'
            + '.leaflet-control-layers label span, .am-tz';
          document.querySelectorAll(sel).forEach(e => out.push(
              [e.className || e.tagName, parse(getComputedStyle(e).color), bgOf(e)]));
          document.querySelectorAll('.am-sea-label div').forEach(e => out.push(
              ['sea-label', parse(getComputedStyle(e).color), [220, 235, 245]]));
          return out; }"""
    )
    assert len(pairs) > 20
    for name, fg, bg in pairs:
        assert _contrast(tuple(fg), tuple(bg)) >= 4.5, (name, fg, bg)


@pytest.fixture()
def demo(browser: Any, demo_page: Path) -> Any:
    p = Page(browser, demo_page)
    yield p
    p.close()


def test_layer_control_and_timeline_reachable_by_keyboard(demo: Any, event_0824: Any) -> None:
    page = demo.page
    reached: list[str] = []
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                """() => { const e = document.activeElement;
                   if (e.matches('.leaflet-control-layers input')) return 'layer:' +
                       e.closest('label').innerText.trim();
                   if (e.matches('.am-timeline button')) return 'timeline';
                   return e.tagName; }"""
            )
        )
    layers = [r.removeprefix("layer:") for r in reached if r.startswith("layer:")]
    assert set(layers) == {layer.name for layer in event_0824.layers}
    assert "timeline" in reached
    # toggle a layer from the keyboard
    first = event_0824.layers[0]
    page.get_by_label(first.name, exact=True).focus()
    before = page.locator(f".am-kind-{style_key(first)}").count()
    page.keyboard.press("Space")
    assert page.locator(f".am-kind-{style_key(first)}").count() == 0 < before


# --------------------------------------------------------------------------- 7. atomic writes


def test_interrupted_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    target.write_text("previous good map", "utf-8")

    def interrupted(tmp: Path) -> None:
        tmp.write_text("half a ma", "utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        replace_atomic(target, interrupted)
    assert target.read_text("utf-8") == "previous good map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_killed_render_leaves_no_partial_file(tmp_path: Path) -> None:
    """SIGKILL mid-write: the target is either absent or the previous file, never partial."""
    target = tmp_path / "map.html"
    target.write_text("previous", "utf-8")
    code = (
        "import os, signal, alertmap.maps.output as o\n"
        "def produce(tmp):\n"
        "    tmp.write_text('partial', 'utf-8')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"o.replace_atomic({str(target)!r}, produce)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=False)
    assert result.returncode == -9
    assert target.read_text("utf-8") == "previous"


# --------------------------------------------------------------------------- 8. timeline


def test_timeline_lists_times_in_order_and_highlights(demo: Any, event_0824: Any) -> None:
    page = demo.page
    buttons = page.locator(".am-timeline button[data-am-target]")
    labels = buttons.all_inner_texts()
    utc = [re.search(r"\((\d\d:\d\d) UTC\)", t).group(1) for t in labels]  # type: ignore[union-attr]
    assert utc == sorted(utc)
    for needed in ("Launch", "J-Alert: launch", "J-Alert: lifted", "Passed"):
        assert any(needed in t for t in labels), needed
    assert sum("Fell" in t for t in labels) == 4
    target = next(i for i, t in enumerate(labels) if "Pacific" in t)
    button = buttons.nth(target)
    fid = button.get_attribute("data-am-target")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator(f"[data-am-id='{fid}'].am-highlight").count() == 1
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    assert "Pacific" in page.locator(".leaflet-popup-content").inner_text()
    # choosing another moves the highlight
    buttons.nth(0).click()
    assert page.locator(f"[data-am-id='{fid}'].am-highlight").count() == 0


#: An invented J-Alert whose predicted fall on Hokkaido is withdrawn, with times given in
#: +08:30 (the launch), +09:00 and Z; the event's zone is +09:00.
WITHDRAWN_PREDICTION = ROOT / "tests" / "data" / "jalert" / "withdrawn-prediction.toml"


@pytest.fixture(scope="module")
def withdrawn_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    event = build_event(load_scenario(str(WITHDRAWN_PREDICTION)))
    path = tmp_path_factory.mktemp("jalert") / "withdrawn.html"
    write_atomic(path, page_html(compose(event)))
    p = Page(browser, path)
    p.page.wait_for_function("() => window.alertmapReady === true")
    yield p
    p.close()


def test_timeline_shows_every_time_in_the_event_zone(withdrawn_page: Any) -> None:
    page = withdrawn_page.page
    rows = [
        " ".join(t.split())
        for t in page.locator(".am-timeline button[data-am-target]").all_inner_texts()
    ]
    starts = [re.match(r"\d\d:\d\d \(\d\d:\d\d UTC\)", r).group(0) for r in rows]  # type: ignore[union-attr]
    assert starts == [
        "06:58 (21:58 UTC)",  # reported 06:28 +08:30
        "07:01 (22:01 UTC)",  # reported 07:01 +09:00
        "07:05 (22:05 UTC)",  # reported 22:05Z
        "07:06 (22:06 UTC)",
        "07:12 (22:12 UTC)",
        "07:20 (22:20 UTC)",  # reported 22:20Z
        "07:25 (22:25 UTC)",
        "07:40 (22:40 UTC)",
    ]
    assert "Times UTC+09:00" in page.locator(".am-tz").inner_text()
    subtitle = page.locator(".am-title .am-subtitle").inner_text()
    assert "launch about 2017-01-19 06:58 UTC+09:00 (21:58 UTC, 18 Jan)" in subtitle
    # a popup's times too
    page.locator(".am-timeline button").first.click()
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    assert "06:58 UTC+09:00" in page.locator(".leaflet-popup-content").inner_text()
    assert withdrawn_page.errors == [] and withdrawn_page.requests == []


def test_withdrawn_prediction_is_drawn_listed_and_labelled(withdrawn_page: Any) -> None:
    page = withdrawn_page.page
    fid = "predicted_fall-predicted-fall-j-alert-hokkaido"
    drawn = page.locator(f"path.am-kind-predicted_fall_withdrawn[data-am-id='{fid}']")
    assert drawn.count() == 1
    assert (
        drawn.first.get_attribute("stroke-dasharray")
        == STYLES["predicted_fall_withdrawn"]["dashArray"]
    )
    layers = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert "Predicted fall (J-Alert), withdrawn 07:25" in [x.strip() for x in layers]
    assert "Predicted fall (J-Alert), withdrawn" in page.locator(".am-legend").inner_text()
    # both messages are in the timeline, with their type and wording, as text
    buttons = page.locator(f".am-timeline button[data-am-target='{fid}']")
    texts = [" ".join(t.split()) for t in buttons.all_inner_texts()]
    assert len(texts) == 2
    assert "J-Alert: predicted fall: Predicted fall (J-Alert): Hokkaido" in texts[0]
    assert "<b>shortly</b>" in texts[0] and "withdrawn at 07:25" in texts[0]
    assert page.locator(".am-timeline b").count() == 0
    assert "J-Alert: correction" in texts[1]
    assert "withdraws the 07:05 message (predicted fall): Correction:" in texts[1]
    # the correction opens the prediction's popup, which says it was withdrawn and when
    buttons.nth(1).click()
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "Withdrawn:" in popup and "07:25 UTC+09:00" in popup
    assert "Withdrawn by a later J-Alert correction." in popup
    assert withdrawn_page.errors == [] and withdrawn_page.requests == []
