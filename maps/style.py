"""How each kind of feature is drawn.

Colours are the Okabe-Ito palette, which stays distinguishable under deuteranopia and
protanopia; kinds are also told apart by line style (solid, dashed, dotted) and marker shape,
so colour is never the only cue.
"""

from __future__ import annotations

from typing import Any

from alertmap.layers.model import Kind, Layer

BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#555555"
WHITE = "#ffffff"

LAND = "#f1eee6"
LAND_EDGE = "#8c8c8c"
SEA = "#dcebf5"

#: Colours of the frame, panels, popups and labels, by name: alertmap.css reads each as the
#: custom property ``--am-<name>``, which the page or fragment defines on its frame (see
#: :func:`css_custom_properties`). Text colours keep a contrast of at least 4.5:1 against
#: their backgrounds (WCAG AA).
CSS_COLOURS: dict[str, str] = {
    "ink": "#111",
    "ink-soft": "#222",
    "ink-muted": "#333",
    "paper": WHITE,
    "sea": SEA,
    "sea-label": "#1a4a73",
    "halo": WHITE,
    "banner": "#1b1b1b",
    "banner-ink": WHITE,
    "bar": "#f4f4f4",
    "rule": "#bbb",
    "rule-light": "#ccc",
    "print-border": "#999",
    "panel": "rgba(255,255,255,0.97)",
    "panel-shadow": "rgba(0,0,0,0.35)",
    "focus": BLUE,
    "selected": "#e8eef5",
    "glow": BLACK,
    "link": "#0a5a9c",
}


def css_custom_properties(selector: str) -> str:
    """A CSS rule defining :data:`CSS_COLOURS` as custom properties on ``selector``.

    Examples
    --------
    >>> css_custom_properties(".am-frame")[:40]
    '.am-frame { --am-ink: #111; --am-ink-sof'
    """
    values = " ".join(f"--am-{name}: {value};" for name, value in CSS_COLOURS.items())
    return f"{selector} {{ {values} }}\n"


#: Leaflet path options per style key; ``marker`` selects the point symbol.
STYLES: dict[str, dict[str, Any]] = {
    "sea_area": {
        "color": BLUE,
        "weight": 1,
        "dashArray": "1 6",
        "fillColor": SKY,
        "fillOpacity": 0.12,
        "opacity": 0.7,
    },
    # approximate and not a legal boundary: a thin dashed outline, no fill
    "eez": {"color": BLUE, "weight": 1.5, "dashArray": "12 4 2 4 2 4", "fill": False},
    "alert_zone": {
        "color": PURPLE,
        "weight": 3,
        "dashArray": "7 3 1 3",
        "fillColor": PURPLE,
        "fillOpacity": 0.45,
    },
    # a prediction, not a report: the alert's colour, dashed and lightly filled; once
    # withdrawn, dotted and nearly empty
    "predicted_fall": {
        "color": PURPLE,
        "weight": 2.5,
        "dashArray": "6 4",
        "fillColor": PURPLE,
        "fillOpacity": 0.15,
        "radius": 7,
    },
    "predicted_fall_withdrawn": {
        "color": PURPLE,
        "weight": 2,
        "dashArray": "2 3",
        "fillColor": PURPLE,
        "fillOpacity": 0.04,
        "opacity": 0.8,
        "radius": 7,
    },
    "hazard_area": {
        "color": ORANGE,
        "weight": 2,
        "dashArray": "8 5",
        "fillColor": ORANGE,
        "fillOpacity": 0.22,
    },
    "range_ring": {"color": GREY, "weight": 1, "dashArray": "4 6", "fill": False},
    # a site told only as a region ("from North Korea"): the region the launch was somewhere
    # in, dashed and barely filled; its triangle (dashed: approximate) at the region's centre
    "launch_area": {
        "color": BLACK,
        "weight": 1.5,
        "dashArray": "5 4",
        "fillColor": BLACK,
        "fillOpacity": 0.05,
    },
    "corridor": {
        "color": BLUE,
        "weight": 1,
        "dashArray": "10 6",
        "fillColor": BLUE,
        "fillOpacity": 0.10,
    },
    "track": {"color": BLACK, "weight": 2.5, "dashArray": "12 4 2 4"},
    "gate": {"color": GREEN, "weight": 4, "lineCap": "butt"},
    "fall_area": {"color": VERMILLION, "weight": 2.5, "fillColor": VERMILLION, "fillOpacity": 0.35},
    "fall_area_alt": {
        "color": VERMILLION,
        "weight": 2.5,
        "dashArray": "2 5",
        "fillColor": VERMILLION,
        "fillOpacity": 0.08,
    },
    "waypoint": {
        "color": BLUE,
        "weight": 2,
        "fillColor": WHITE,
        "fillOpacity": 1,
        "radius": 6,
        "marker": "circle",
    },
    "launch_site": {
        "color": BLACK,
        "weight": 1.5,
        "fillColor": WHITE,
        "fillOpacity": 1,
        "radius": 9,
        "marker": "triangle",
        # an approximate site (a city, a country told as the site, an estimated pad): the
        # triangle's outline dashed, on the map and in the legend's row for it
        "approximateDash": "3 2",
    },
    "reference": {
        "color": GREY,
        "weight": 1,
        "fillColor": GREY,
        "fillOpacity": 1,
        "radius": 3,
        "marker": "circle",
    },
}

#: Colours that tell events apart when several are overlaid (Okabe-Ito, without the colours
#: of the shared kinds: hazard areas, alert zones, seas).
EVENT_COLOURS = [BLACK, BLUE, GREEN, VERMILLION, "#7a5195", GREY]

#: The sequential ramp for more events than :data:`EVENT_COLOURS` holds (a catalogue's years):
#: viridis (matplotlib's perceptually uniform ramp, readable under the common colour-vision
#: deficiencies), from dark purple to yellow-green, without its palest yellow, which would not
#: show on the basemap.
SEQUENTIAL_STOPS = (
    "#440154",
    "#482878",
    "#3e4a89",
    "#31688e",
    "#26828e",
    "#1f9e89",
    "#35b779",
    "#6ece58",
    "#b5de2b",
)


def sequential_colours(count: int) -> list[str]:
    """``count`` colours evenly along :data:`SEQUENTIAL_STOPS` (interpolated in sRGB), its ends
    included, in order: an earlier year darker.

    Examples
    --------
    >>> sequential_colours(3)
    ['#440154', '#26828e', '#b5de2b']
    >>> len(set(sequential_colours(28))) == 28
    True
    """
    stops = [tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in SEQUENTIAL_STOPS]
    out = []
    for i in range(count):
        at = (len(stops) - 1) * (i / (count - 1) if count > 1 else 0.0)
        lo = min(int(at), len(stops) - 2)
        u = at - lo
        rgb = (round(a + u * (b - a)) for a, b in zip(stops[lo], stops[lo + 1], strict=True))
        out.append("#" + "".join(f"{v:02x}" for v in rgb))
    return out


#: Style keys drawn in the event's colour in an overlay; the rest keep their kind's colour.
EVENT_COLOURED = {
    "track",
    "corridor",
    "fall_area",
    "fall_area_alt",
    "waypoint",
    "launch_site",
    "launch_area",
    "gate",
}

#: What the legend adds to a kind's label (:attr:`Kind.label`) for the style keys that say
#: more than the kind: how exact the drawing is, or that the report conflicts with another.
LEGEND_QUALIFIERS: dict[str, str] = {
    "fall_area": " (approximate)",
    "fall_area_alt": ", conflicting report",
    "predicted_fall_withdrawn": ", withdrawn",
    "hazard_area": " (approximate)",
    "launch_site": " (approximate)",
}

#: Style keys whose qualifier says "approximate" of their approximate features only: a hazard
#: area drawn from published corners (a warning's, or a scenario's ``corners``) is exact, and
#: so is a launch site at a known pad; the legend gives each a row of its own without the
#: qualifier (:func:`legend_labels`).
QUALIFIED_WHEN_APPROXIMATE = frozenset({"hazard_area", "launch_site"})


def style_key(layer: Layer) -> str:
    """The key of :data:`STYLES` a layer is drawn with: its kind, ``fall_area_alt`` for a
    fall area from a conflicting report, and ``predicted_fall_withdrawn`` for a J-Alert's
    predicted fall that a later message withdrew.

    Examples
    --------
    >>> style_key(Layer("Fall (JCS)", Kind.FALL_AREA, (), conflicting=True))
    'fall_area_alt'
    """
    if layer.conflicting and layer.kind is Kind.FALL_AREA:
        return "fall_area_alt"
    if (
        layer.kind is Kind.PREDICTED_FALL
        and layer.features
        and all(f.withdrawn_by is not None for f in layer.features)
    ):
        return "predicted_fall_withdrawn"
    return layer.kind.value


def legend_label(layer: Layer, *, approximate: bool = True) -> str:
    """The legend's text for a layer's style: its kind's label and the style's qualifier
    (for a style of :data:`QUALIFIED_WHEN_APPROXIMATE`, only when ``approximate``).

    Examples
    --------
    >>> legend_label(Layer("Fall (JCS)", Kind.FALL_AREA, (), conflicting=True))
    'Reported fall area, conflicting report'
    >>> legend_label(Layer("Track", Kind.TRACK, ()))
    'Ground track (schematic)'
    >>> legend_label(Layer("Areas", Kind.HAZARD_AREA, ()), approximate=False)
    'Notified hazard area'
    """
    key = style_key(layer)
    if not approximate and key in QUALIFIED_WHEN_APPROXIMATE:
        return layer.kind.label
    return layer.kind.label + LEGEND_QUALIFIERS.get(key, "")


def legend_labels(layer: Layer) -> list[str]:
    """The legend rows of a layer: one label, or for a style of
    :data:`QUALIFIED_WHEN_APPROXIMATE` one per kind of feature it holds, exact first (an empty
    layer gets the qualified label).

    Examples
    --------
    >>> from shapely.geometry import box
    >>> from alertmap.layers.model import Feature
    >>> exact = Feature("A", Kind.HAZARD_AREA, box(123, 35, 124, 36), approximate=False)
    >>> placed = Feature("B", Kind.HAZARD_AREA, box(125, 35, 126, 36), approximate=True)
    >>> legend_labels(Layer("Areas", Kind.HAZARD_AREA, (exact,)))
    ['Notified hazard area']
    >>> legend_labels(Layer("Areas", Kind.HAZARD_AREA, (placed, exact)))
    ['Notified hazard area', 'Notified hazard area (approximate)']
    """
    return [label for label, _ in legend_variants(layer)]


def legend_variants(layer: Layer) -> list[tuple[str, bool | None]]:
    """:func:`legend_labels` with whether each row is of approximate features (None for a
    style that is not :data:`QUALIFIED_WHEN_APPROXIMATE`: one row for all).

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> from alertmap.layers.model import Feature
    >>> pad = Feature("Pad", Kind.LAUNCH_SITE, Point(124.7, 39.7), approximate=False)
    >>> city = Feature("City", Kind.LAUNCH_SITE, Point(125.8, 39.0), approximate=True)
    >>> legend_variants(Layer("Sites", Kind.LAUNCH_SITE, (city, pad)))
    [('Launch site', False), ('Launch site (approximate)', True)]
    """
    if style_key(layer) not in QUALIFIED_WHEN_APPROXIMATE:
        return [(legend_label(layer), None)]
    precisions = sorted({f.approximate for f in layer.features}) or [True]
    return [(legend_label(layer, approximate=a), a) for a in precisions]


def style_for(key: str, event_colour: str | None = None) -> dict[str, Any]:
    """Leaflet options for a style key, with the CSS class that names the kind.

    ``event_colour`` recolours the kinds that belong to one event when several are overlaid.
    """
    base = dict(STYLES.get(key, STYLES["reference"]))
    base["className"] = f"am-kind-{key}"
    if event_colour and key in EVENT_COLOURED:
        base["color"] = event_colour
        if base.get("fillColor") not in (None, WHITE):
            base["fillColor"] = event_colour
    return base
