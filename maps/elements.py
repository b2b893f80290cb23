"""Folium elements that keep every input string as text.

Scripts receive data only as JSON (``|tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and
static HTML is rendered by a Jinja environment with autoescaping on; nothing from a scenario
is concatenated into HTML or JavaScript.
"""

from __future__ import annotations

import math
from typing import Any

import jinja2
import numpy as np
import shapely
from branca.element import MacroElement
from folium.template import Template

# Compact JSON in every ``|tojson`` of folium's template environment (ours included): the
# default ", " and ": " separators add about a tenth to the coordinates written into a page.
Template("").environment.policies["json.dumps_kwargs"] = {
    "sort_keys": True,
    "separators": (",", ":"),
}

#: Autoescaping environment for the HTML of panels (title, legend, notes).
PANEL_ENV = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


class SafeGeoJson(MacroElement):
    """A GeoJSON FeatureCollection drawn with popups and tooltips built from text nodes."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = alertmap.addGeoJson(
            {{ this._parent.get_name() }}, {{ this.data|tojson }}, {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any], options: dict[str, Any]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "SafeGeoJson"
        self.data = data
        self.options = options


class Outlines(MacroElement):
    """Polygons drawn without interaction from one SVG path in Web Mercator world units (see
    :func:`outline_path`), with an optional finer one drawn instead from zoom ``detail_zoom``.

    Each of ``outline`` and ``detail`` is ``{"bits": k, "path": d}``: ``d`` is in units of
    2**-k of the world's width, and the runtime draws it with one transform to the map's
    pixels, so no vertex passes through script."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.addOutlines(
            {{ this._parent.get_name() }}, {{ this.outline|tojson }}, {{ this.options|tojson }},
            {{ this.detail|tojson }}, {{ this.detail_zoom|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        outline: dict[str, Any],
        options: dict[str, Any],
        detail: dict[str, Any] | None = None,
        detail_zoom: float = 0.0,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Outlines"
        self.outline = outline
        self.options = options
        self.detail = detail
        self.detail_zoom = round(detail_zoom, 2)


#: Leaflet's Web Mercator (EPSG:3857) stops at this latitude, where the map is square.
MERCATOR_MAX_LAT = 85.0511287798


def world_fraction(lonlat: Any) -> Any:
    """Longitude/latitude pairs as Leaflet's EPSG:3857 places them, in fractions of the
    world's width from its north-west corner (x east, y south); latitudes are clamped to
    :data:`MERCATOR_MAX_LAT` as Leaflet clamps them.

    Examples
    --------
    >>> world_fraction(np.array([[-180.0, 85.0511287798], [0.0, 0.0], [90.0, -90.0]])).round(9)
    array([[0.  , 0.  ],
           [0.5 , 0.5 ],
           [0.75, 1.  ]])
    """
    xy = np.asarray(lonlat, dtype=float)
    lat = np.radians(np.clip(xy[:, 1], -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT))
    north = np.log(np.tan(np.pi / 4 + lat / 2)) / (2 * np.pi)
    return np.column_stack([(xy[:, 0] + 180.0) / 360.0, 0.5 - north])


def outline_bits(tolerance_deg: float) -> int:
    """The coarsest world units (2**-bits of the world's width) that are at most an eighth of
    ``tolerance_deg`` (a simplification tolerance in degrees of longitude, or of Web Mercator
    at the equator), so rounding to them adds at most a sixteenth of it.

    Examples
    --------
    >>> outline_bits(0.02), 360 / 2**18 <= 0.02 / 8 < 360 / 2**17
    (18, True)
    """
    return max(1, math.ceil(math.log2(360.0 * 8 / tolerance_deg)))


def outline_path(geometries: Any, bits: int) -> str:
    """Polygons' rings as one SVG path in integer Web Mercator world units, 2**bits across
    the world (see :func:`world_fraction`): each ring an absolute ``M`` and relative ``l``
    steps, closed by ``z``. Vertices that round onto the one before are dropped, and so are
    rings left with fewer than three. Longitudes beyond ±180 (an outline carried across the
    antimeridian) stay continuous.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> outline_path([box(0.0, 0.0, 90.0, 45.0)], 8)
    'M192 128l0-36-64 0 0 36z'
    """
    scale = float(2**bits)
    parts = []
    for polygon in shapely.get_parts(np.asarray(geometries, dtype=object)):
        if not isinstance(polygon, shapely.Polygon) or polygon.is_empty:
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            ints = np.rint(world_fraction(xy) * scale).astype(np.int64)
            moved = np.ones(len(ints), dtype=bool)
            moved[1:] = np.any(ints[1:] != ints[:-1], axis=1)
            ints = ints[moved]
            if len(ints) > 1 and (ints[-1] == ints[0]).all():
                ints = ints[:-1]
            if len(ints) < 3:
                continue
            steps = " ".join(map(str, np.diff(ints, axis=0).ravel().tolist()))
            parts.append(f"M{ints[0, 0]} {ints[0, 1]}l{steps}z")
    return "".join(parts).replace(" -", "-")


class Labels(MacroElement):
    """Text labels at points (e.g. sea names), as non-interactive markers."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.addLabels({{ this._parent.get_name() }}, {{ this.labels|tojson }},
                           {{ this.css_class|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[dict[str, Any]], css_class: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Labels"
        self.labels = labels
        self.css_class = css_class


class Panel(MacroElement):
    """A map control whose HTML is rendered with autoescaping from a template and context.

    The template sees the context and ``panel_id``, the element's own id, for ARIA links.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <div id="{{ this.get_name() }}" class="am-panel {{ this.css_class }}"
             hidden>{{ this.body() }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        alertmap.{{ this.js_function }}({{ this._parent.get_name() }},
            {{ this.get_name()|tojson }}, {{ this.position|tojson }});
        {% endmacro %}
        """
    )
    #: The runtime function that attaches the panel to the map.
    js_function = "addPanel"

    def __init__(
        self, template: str, context: dict[str, Any], *, position: str, css_class: str
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Panel"
        self.template = template
        self.context = context
        self.position = position
        self.css_class = css_class

    def body(self) -> str:
        """The panel's HTML, every value escaped."""
        return PANEL_ENV.from_string(self.template).render(**self.context, panel_id=self.get_name())


class Timeline(Panel):
    """A panel listing the event's times; choosing one highlights and opens its feature."""

    js_function = "addTimeline"


class Fit(MacroElement):
    """Fit the map to bounds, and keep them so the map can be fitted again (e.g. to print).

    Added to the map before its layers, so that they are drawn once, at the fitted zoom.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.fit({{ this._parent.get_name() }}, {{ this.bounds|tojson }},
                     {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        padding_top_left: tuple[int, int],
        padding_bottom_right: tuple[int, int],
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Fit"
        self.bounds = bounds
        self.options = {
            "paddingTopLeft": list(padding_top_left),
            "paddingBottomRight": list(padding_bottom_right),
        }


class Ready(MacroElement):
    """Added last: sizes the panels and marks the map as drawn (``window.alertmapReady``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.ready({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Ready"
