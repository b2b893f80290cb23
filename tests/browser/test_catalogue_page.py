"""A catalogue's page in Chromium (issue 15, item 5): the filter of its years hides and shows
their layers and timeline rows, and each fall is a circle sized by its reported range below
the sector zoom, its sector from it. Built from a small synthetic catalogue (not real
launches), offline: no request leaves the page and nothing is logged as an error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.catalogue import CATALOGUE_MAX_ZOOM, by_year, load_catalogue
from alertmap.maps.compose import SECTOR_ZOOM, MapOptions, compose
from alertmap.maps.output import page_html, write_atomic
from tests.support import Page

#: Two synthetic launches a year, 2001-2006, from three sites, with launch times (so the
#: timeline lists them); the id names the year. Dates avoid every reserved launch date.
YEARS = [str(y) for y in range(2001, 2007)]
RANGES_KM = [300, 700, 1100, 1500, 1900, 2300, 2700, 3100, 3500, 3900, 4300, 4700]


def _rows() -> list[str]:
    sites = ["Sohae", "Sinpo", "Tonghae"]
    directions = ["E", "ESE", "SE"]
    rows = ["date,time,site,direction,range_km,source,id"]
    for i, km in enumerate(RANGES_KM):
        year = YEARS[i // 2]
        day = 6 if i % 2 else 18
        rows.append(
            f"{year}-03-{day:02d},{year}-03-{day:02d}T05:00:00+09:00,{sites[i % 3]},"
            f"{directions[i % 3]},{km},Synthetic test row {i},y{year}-{i}"
        )
    return rows


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catalogue-page")
    csv = folder / "launches.csv"
    csv.write_text("\n".join(_rows()) + "\n", "utf-8")
    event = by_year(load_catalogue(str(csv)))
    options = MapOptions(checks=False, max_zoom=CATALOGUE_MAX_ZOOM)  # as `alertmap render`
    return write_atomic(folder / "catalogue.html", page_html(compose(event, options)))


def settled(page: Any) -> None:
    page.wait_for_function("() => window.alertmapReady === true")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")


#: The map object (folium's global ``map_...`` variable).
MAP_JS = "Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map)"

#: Per year, the ids of the features drawn on the map (elements with ``data-am-id``).
DRAWN_JS = """() => {
    const out = {};
    document.querySelectorAll('.leaflet-pane [data-am-id]').forEach(e => {
        const id = e.getAttribute('data-am-id');
        const year = id.slice(1, 5);
        (out[year] = out[year] || []).push(id);
    });
    return out;
}"""


def _opened(page_path: Path, browser: Any) -> Page:
    p = Page(browser, page_path)
    settled(p.page)
    return p


def _clean(p: Page) -> None:
    assert p.errors == [] and p.console_errors == [] and p.requests == []


def test_the_year_filter_hides_and_shows_years(browser: Any, page_path: Path) -> None:
    p = _opened(page_path, browser)
    try:
        page = p.page
        drawn = page.evaluate(DRAWN_JS)
        assert sorted(drawn) == YEARS
        before = {y: sorted(ids) for y, ids in drawn.items()}
        timeline = page.locator(".am-timeline li")
        assert timeline.count() == 12  # each launch's time
        status = page.locator(".am-year-status")
        assert status.inner_text() == "2001–2006: 12 launches"

        # from 2003 to 2004, chosen with the keyboard: focus a list and step with the arrows
        start = page.locator("select[data-am-year='from']")
        start.focus()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        assert start.input_value() == "2003"
        page.locator("select[data-am-year='to']").select_option("2004")
        drawn = page.evaluate(DRAWN_JS)
        assert sorted(drawn) == ["2003", "2004"]
        assert {y: sorted(ids) for y, ids in drawn.items()} == {
            y: before[y] for y in ("2003", "2004")
        }
        shown = [t for t in timeline.all() if t.is_visible()]
        assert len(shown) == 4
        assert all(("y2003-" in t.inner_text()) != ("y2004-" in t.inner_text()) for t in shown)
        assert status.inner_text() == "2003–2004: 4 launches shown"
        # the legend names only the years shown (a few years have a row each)
        legend_years = page.locator(".am-legend .am-legend-row:has(svg line) span")
        named = [t.inner_text() for t in legend_years.all() if t.is_visible()]
        assert [t for t in named if t in YEARS] == ["2003", "2004"]
        # the layer list follows: a year's layers are unchecked
        overlays = page.locator(".leaflet-control-layers-overlays label")
        checked = [
            o.inner_text().strip()[:4] for o in overlays.all() if o.locator("input").is_checked()
        ]
        assert set(checked) == {"2003", "2004"}

        # "to" before "from" moves "from" with it
        page.locator("select[data-am-year='to']").select_option("2002")
        assert start.input_value() == "2002"
        assert sorted(page.evaluate(DRAWN_JS)) == ["2002"]

        # every year again: everything is back, as it was
        start.select_option("2001")
        page.locator("select[data-am-year='to']").select_option("2006")
        after = page.evaluate(DRAWN_JS)
        assert {y: sorted(ids) for y, ids in after.items()} == before
        assert sum(t.is_visible() for t in timeline.all()) == 12
        named = [t.inner_text() for t in legend_years.all() if t.is_visible()]
        assert [t for t in named if t in YEARS] == YEARS
        _clean(p)
    finally:
        p.close()


def test_falls_are_points_below_the_sector_zoom_and_sectors_from_it(
    browser: Any, page_path: Path
) -> None:
    p = _opened(page_path, browser)
    try:
        page = p.page
        zoom = page.evaluate(f"() => ({MAP_JS}).getZoom()")
        assert zoom < SECTOR_ZOOM  # the whole catalogue in view: zoomed out
        sectors = "path[data-am-id*='/fall_area-']"
        dots = page.locator("path.am-fall-dot")
        assert dots.count() == 12 and page.locator(sectors).count() == 0
        assert page.locator(".am-fall-dots").is_visible()

        # each circle sits on its fall's drawn position, sized by its range: the longest
        # flights have the largest circles (radius from the path's bounding box)
        radii = page.evaluate(
            "() => [...document.querySelectorAll('path.am-fall-dot')]"
            ".map(e => e.getBBox().width / 2)"
        )
        assert radii == sorted(radii)  # the rows are in order of their ranges
        assert radii[0] < radii[-1]
        expected = page.evaluate(f"() => {RANGES_KM}.map(km => alertmapCatalogue.radius(km))")
        assert radii == pytest.approx(expected, abs=1.6)  # plus the stroke's width

        # a circle opens the fall's popup, as the sector does
        page.evaluate(
            "() => document.querySelector('path.am-fall-dot')"
            ".dispatchEvent(new MouseEvent('click', {bubbles: true}))"
        )
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        assert "Fall area (from the reported range)" in popup.inner_text()
        assert "range about 300 km" in popup.inner_text()

        # from the sector zoom on: the sectors, no circles
        page.evaluate(f"() => ({MAP_JS}).setZoom({SECTOR_ZOOM}, {{animate: false}})")
        page.wait_for_function(f"() => ({MAP_JS}).getZoom() === {SECTOR_ZOOM}")
        assert dots.count() == 0 and page.locator(sectors).count() == 12
        assert not page.locator(".am-fall-dots").is_visible()
        # and back
        page.evaluate(f"() => ({MAP_JS}).setZoom({SECTOR_ZOOM - 1}, {{animate: false}})")
        page.wait_for_function(f"() => ({MAP_JS}).getZoom() === {SECTOR_ZOOM - 1}")
        assert dots.count() == 12 and page.locator(sectors).count() == 0

        # the filter hides a year's circles too
        page.locator("select[data-am-year='from']").select_option("2006")
        assert dots.count() == 2
        _clean(p)
    finally:
        p.close()


def test_texts_features_share_are_written_once_and_each_popup_shows_them(
    browser: Any, page_path: Path
) -> None:
    """A catalogue repeats a track's method, a corridor's, their kind labels, for every launch:
    each is written once per layer (``shared_text``), and the runtime puts it back in each
    feature, so every popup and tooltip reads as before; the tooltip's source line is the
    organisations of the feature's sources."""
    html = page_path.read_text("utf-8")
    method = "piecewise geodesic through the launch site"
    # two tracks in each of the six years' layers: once per layer, not once per track
    assert html.count(method) == len(YEARS)
    p = _opened(page_path, browser)
    try:
        page = p.page
        # the tooltip first (a popup, once open, keeps tooltips shut: issue 15, item 7)
        page.evaluate(
            "() => document.querySelector(\"[data-am-id='y2001-1/track-ground-track']\")"
            ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: 800,"
            " clientY: 450}))"
        )
        source = page.locator(".leaflet-tooltip .am-tooltip-source")
        source.wait_for()
        assert source.inner_text() == "Synthetic test row 1"
        for i in (0, 1):  # both tracks of a layer, the first and the second user of the text
            track = f"[data-am-id='y2001-{i}/track-ground-track']"
            page.evaluate(
                f'() => document.querySelector("{track}")'
                ".dispatchEvent(new MouseEvent('click', {bubbles: true}))"
            )
            popup = page.locator(".leaflet-popup-content")
            popup.wait_for()
            page.wait_for_function(
                f"() => document.querySelector('.leaflet-popup-content').innerText"
                f".includes('Synthetic test row {i}')"
            )
            text = popup.inner_text()
            assert "Ground track (schematic)" in text and method in text
        _clean(p)
    finally:
        p.close()
