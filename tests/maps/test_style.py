"""How things look has one home, maps/style.py: the palette (the stylesheet and runtime read
it as custom properties) and the legend's wording (each kind's label, plus a qualifier)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from shapely.geometry import box

from alertmap.layers.model import Feature, Kind, Layer
from alertmap.maps.compose import MapOptions, compose
from alertmap.maps.output import page_html
from alertmap.maps.panels import legend_rows
from alertmap.maps.style import (
    CSS_COLOURS,
    LEGEND_QUALIFIERS,
    STYLES,
    css_custom_properties,
    legend_label,
    legend_labels,
    style_key,
)
from tests.support import Page

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "maps" / "static"

#: A colour written out: #rgb, #rrggbb (and with alpha), or a colour function.
COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(")


def colour_literals(text: str) -> list[str]:
    # comments may name colours; only what the browser reads counts
    code = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    code = re.sub(r"^\s*//.*$", "", code, flags=re.MULTILINE)
    return COLOUR_LITERAL.findall(code)


@pytest.mark.parametrize(
    ("sample", "found"),
    [
        (".a { color: #111; }", ["#111"]),
        ('x.setAttribute("fill", "#ffffff");', ["#ffffff"]),
        (".a { background: rgba(0,0,0,0.3); }", ["rgba("]),
        ("/* #111 */ .a { color: var(--am-ink); }", []),
    ],
)
def test_the_colour_check_finds_literals(sample: str, found: list[str]) -> None:
    assert colour_literals(sample) == found


@pytest.mark.parametrize("name", ["alertmap.css", "alertmap.js"])
def test_static_files_write_no_colour(name: str) -> None:
    assert colour_literals((STATIC / name).read_text("utf-8")) == []


def test_every_custom_property_comes_from_style() -> None:
    used = set(re.findall(r"var\(--am-([\w-]+)\)", (STATIC / "alertmap.css").read_text("utf-8")))
    assert used == set(CSS_COLOURS)  # none missing, none left over


@pytest.mark.parametrize("fragment", [False, True])
def test_page_and_fragment_define_the_palette_once(event_0824: Any, fragment: bool) -> None:
    html = page_html(compose(event_0824, MapOptions(fragment=fragment)))
    rule = css_custom_properties(".am-frame").strip()
    if fragment:  # inside the JSON of the styles the fragment adds to the host page
        rule = rule.replace("\n", "\\n")
    assert html.count(rule) == 1
    assert all(f"--am-{name}: {value};" in rule for name, value in CSS_COLOURS.items())


@pytest.mark.browser
def test_drawn_colours_are_the_palette(browser: Any, demo_page: Path) -> None:
    p = Page(browser, demo_page)
    try:
        page = p.page
        page.wait_for_function("() => window.alertmapReady === true")
        rgb = page.evaluate(
            """(colours) => {
                 const probe = document.createElement('div');
                 document.body.appendChild(probe);
                 const out = {};
                 for (const [name, value] of Object.entries(colours)) {
                   probe.style.color = value;
                   out[name] = getComputedStyle(probe).color;
                 }
                 probe.remove();
                 const css = sel => getComputedStyle(document.querySelector(sel));
                 return [out, css('.am-frame .leaflet-container').backgroundColor,
                         css('.am-panel').color, css('.am-sea-label div').color,
                         css('.am-sourceline').backgroundColor]; }""",
            CSS_COLOURS,
        )
        expected, sea, panel_text, sea_label, bar = rgb
        assert sea == expected["sea"]
        assert panel_text == expected["ink"]
        assert sea_label == expected["sea-label"]
        assert bar == expected["bar"]
    finally:
        p.close()


# --------------------------------------------------------------------------- legend wording


def test_qualifiers_are_for_style_keys() -> None:
    assert set(LEGEND_QUALIFIERS) <= set(STYLES)


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("conflicting", [False, True])
def test_legend_text_is_the_kinds_label(kind: Kind, conflicting: bool) -> None:
    layer = Layer("Any name", kind, (), conflicting=conflicting)
    label = legend_label(layer)
    assert label.startswith(kind.label)
    assert label == kind.label + LEGEND_QUALIFIERS.get(style_key(layer), "")


def test_legend_rows_of_an_event(event_0824: Any) -> None:
    rows = legend_rows(event_0824.layers)
    assert [r["label"] for r in rows] == list(
        dict.fromkeys(label for layer in event_0824.layers for label in legend_labels(layer))
    )
    # its two launch sites: the Sohae pad and an estimated one, a row each
    assert {"Launch site", "Launch site (approximate)"} <= {r["label"] for r in rows}
    assert "Reported fall area, conflicting report" in [r["label"] for r in rows]


def _hazard(name: str, approximate: bool) -> Feature:
    return Feature(name, Kind.HAZARD_AREA, box(123, 35, 124, 36), approximate=approximate)


@pytest.mark.parametrize(
    ("layers", "labels"),
    [
        # published corners only: never called approximate
        ([[_hazard("A", False), _hazard("B", False)]], ["Notified hazard area"]),
        # placed from descriptions only (the built-in scenarios)
        ([[_hazard("A", True)]], ["Notified hazard area (approximate)"]),
        # both, in one layer or in two: a row each, exact first within a layer
        (
            [[_hazard("A", True), _hazard("B", False)]],
            ["Notified hazard area", "Notified hazard area (approximate)"],
        ),
        (
            [[_hazard("A", True)], [_hazard("B", False)], [_hazard("C", True)]],
            ["Notified hazard area (approximate)", "Notified hazard area"],
        ),
    ],
)
def test_legend_calls_only_approximate_hazard_areas_approximate(
    layers: list[list[Feature]], labels: list[str]
) -> None:
    rows = legend_rows(Layer(f"L{i}", Kind.HAZARD_AREA, tuple(fs)) for i, fs in enumerate(layers))
    assert [r["label"] for r in rows] == labels
    assert len({(r["color"], r["dash"]) for r in rows}) == 1  # drawn alike; told apart in words


def test_legend_calls_only_approximate_launch_sites_approximate_and_dashes_them() -> None:
    from shapely.geometry import Point

    pad = Feature("Pad", Kind.LAUNCH_SITE, Point(124.7, 39.7), approximate=False)
    city = Feature("At a city", Kind.LAUNCH_SITE, Point(125.8, 39.0), approximate=True)
    exact = legend_rows([Layer("Sites", Kind.LAUNCH_SITE, (pad,))])
    assert [r["label"] for r in exact] == ["Launch site"]
    assert exact[0]["dash"] == "none"
    both = legend_rows([Layer("Sites", Kind.LAUNCH_SITE, (city, pad))])
    assert [r["label"] for r in both] == ["Launch site", "Launch site (approximate)"]
    assert both[0]["dash"] == "none" and both[1]["dash"] not in ("", "none")


def test_legend_of_a_warning_scenario_has_no_approximate_hazard_area() -> None:
    from alertmap.layers.build import build_event
    from alertmap.layers.scenario import load_scenario

    event = build_event(load_scenario(str(ROOT / "tests" / "data" / "exercise" / "exercise.toml")))
    labels = [r["label"] for r in legend_rows(event.layers)]
    assert "Notified hazard area" in labels
    assert "Notified hazard area (approximate)" not in labels


def _string_constants(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_maps_has_no_second_wording_of_a_kind() -> None:
    """A kind's wording (with or without a qualifier) is never written again in maps/."""
    wordings = {kind.label for kind in Kind} | {
        kind.label + q for kind in Kind for q in LEGEND_QUALIFIERS.values()
    }
    found = {
        str(path.relative_to(ROOT)): sorted(_string_constants(path) & wordings)
        for path in sorted((ROOT / "maps").rglob("*.py"))
    }
    assert {k: v for k, v in found.items() if v} == {}
