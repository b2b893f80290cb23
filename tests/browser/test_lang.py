"""The map in English, Japanese and Korean (issue 14, item 4), in Chromium: offline and
without errors in each language, its legend, timeline, popups' field names and dates in that
language, and the Noto CJK font of the language drawing it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from alertmap.layers.model import Kind
from alertmap.maps.compose import MapOptions, compose
from alertmap.maps.output import page_html, write_atomic
from tests.support import Page

#: What each language's page says, as a reader checks it: the legend's heading and a row, a
#: layer's name in the layer list, the timeline's heading and a time (the launch, at about 03:50
#: JST), the date in the title, a popup's field names and the fall's time (about 03:58 JST),
#: and the font family the frame asks for first.
EXPECTED: dict[str, dict[str, Any]] = {
    "en": {
        "legend": "Legend",
        "legend_row": "Reported fall area (approximate)",
        "layer": "Ground track (schematic)",
        "zoom": "Zoom in",
        "timeline": "Timeline",
        "time": "03:50",
        "date": "2023-08-24",
        "launch": "launch about 2023-08-24 03:50",
        "fields": ["Reported:", "How drawn:", "Source:"],
        "fell": "Fell:",
        "fall_when": "about 2023-08-24 03:58",
        "font": None,
    },
    "ja": {
        "legend": "凡例",
        "legend_row": "報告された落下区域(概略)",
        "layer": "地上軌跡(模式図)",
        "zoom": "拡大",
        "timeline": "時系列",
        "time": "3時50分",
        "date": "2023年8月24日",
        "launch": "発射 2023年8月24日 3時50分ごろ",
        "fields": ["発表内容:", "描画方法:", "出典:"],
        "fell": "落下:",
        "fall_when": "2023年8月24日 3時58分ごろ",
        "font": "Noto Sans CJK JP",
    },
    "ko": {
        "legend": "범례",
        "legend_row": "보고된 낙하 구역 (개략)",
        "layer": "지상 궤적 (모식도)",
        "zoom": "확대",
        "timeline": "시간순 경과",
        "time": "3시 50분",
        "date": "2023년 8월 24일",
        "launch": "발사 2023년 8월 24일 3시 50분경",
        "fields": ["보고 내용:", "표시 방법:", "출처:"],
        "fell": "낙하:",
        "fall_when": "2023년 8월 24일 3시 58분경",
        "font": "Noto Sans CJK KR",
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def lang_page(
    request: pytest.FixtureRequest,
    browser: Any,
    tmp_path_factory: pytest.TempPathFactory,
    event_0824: Any,
) -> Iterator[tuple[str, Page]]:
    lang = request.param
    path = tmp_path_factory.mktemp(f"lang-{lang}") / "map.html"
    write_atomic(path, page_html(compose(event_0824, MapOptions(lang=lang))))
    page = Page(browser, path)
    page.page.wait_for_function("() => window.alertmapReady === true")
    try:
        yield lang, page
    finally:
        page.close()


def test_offline_and_without_errors(lang_page: tuple[str, Page]) -> None:
    lang, p = lang_page
    assert p.requests == [], lang
    assert p.errors == [] and p.console_errors == [], (lang, p.errors, p.console_errors)
    assert p.page.evaluate("() => document.documentElement.lang") == lang
    assert p.page.evaluate("() => document.querySelector('.am-frame').lang") == lang


def test_legend_and_timeline_in_the_language(lang_page: tuple[str, Page]) -> None:
    lang, p = lang_page
    want = EXPECTED[lang]
    legend = p.page.locator(".am-legend")
    assert legend.locator("h2").inner_text() == want["legend"]
    assert want["legend_row"] in legend.inner_text()
    timeline = p.page.locator(".am-timeline")
    assert timeline.locator("h2").inner_text() == want["timeline"]
    first = timeline.locator(".am-timeline-item").first.inner_text()
    assert want["time"] in first, first
    assert any(want["fell"] in t for t in timeline.locator(".am-event").all_inner_texts())
    layers = p.page.locator(".leaflet-control-layers-overlays").inner_text()
    assert want["layer"] in layers, layers
    zoom = p.page.locator(".leaflet-control-zoom-in")
    assert zoom.get_attribute("title") == zoom.get_attribute("aria-label") == want["zoom"]


def test_dates_written_the_language_s_way(lang_page: tuple[str, Page]) -> None:
    lang, p = lang_page
    title = p.page.locator(".am-title .am-subtitle").inner_text()
    assert title.startswith(EXPECTED[lang]["date"]), title
    assert EXPECTED[lang]["launch"] in title, title
    if lang != "en":  # no ISO date left in the title's line
        assert "2023-08-24" not in title


def test_popup_field_names_in_the_language(lang_page: tuple[str, Page], event_0824: Any) -> None:
    lang, p = lang_page
    fall = next(f for f in event_0824.features() if f.kind is Kind.FALL_AREA)
    assert p.page.evaluate("id => alertmap.open(id)", fall.id)
    popup = p.page.locator(".leaflet-popup-content")
    popup.wait_for()
    labels = popup.locator(".am-label").all_inner_texts()
    for field in EXPECTED[lang]["fields"]:
        assert field in labels, (lang, labels)
    others = {other for code, want in EXPECTED.items() if code != lang for other in want["fields"]}
    assert not others & set(labels) - set(EXPECTED[lang]["fields"]), labels
    # the fall's time as the language writes it, after its label
    times = popup.locator(".am-time").all_inner_texts()
    assert any(EXPECTED[lang]["fall_when"] in t for t in times), times


def test_the_language_s_cjk_font_draws_it(lang_page: tuple[str, Page]) -> None:
    lang, p = lang_page
    font = EXPECTED[lang]["font"]
    family = p.page.evaluate(
        "() => getComputedStyle(document.querySelector('.am-frame')).fontFamily"
    )
    if font is None:
        assert not family.startswith('"Noto Sans CJK'), family
        return
    assert family.startswith(f'"{font}"'), family
    sample = {"ja": "落下区域", "ko": "낙하 구역"}[lang]
    # the font is installed (Debian's fonts-noto-cjk) and holds the glyphs: nothing downloaded
    assert p.page.evaluate('([f, s]) => document.fonts.check(`16px "${f}"`, s)', [font, sample])
