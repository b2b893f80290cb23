"""Folium elements that keep every input string as text.

Scripts receive data only as JSON (``|tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and
static HTML is rendered by a Jinja environment with autoescaping on; nothing from a scenario
is concatenated into HTML or JavaScript.
"""

from __future__ import annotations

import json
from typing import Any

import jinja2
import numpy as np
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
    """Polygons sent compactly (see :func:`encode_outline`) and drawn without interaction,
    with an optional finer version (a JSON string, read only when the map shows zoom
    ``detail_zoom`` or more)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.addOutlines(
            {{ this._parent.get_name() }}, {{ this.outlines|tojson }}, {{ this.options|tojson }},
            {{ this.detail|tojson }}, {{ this.detail_zoom|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        outlines: list[dict[str, Any]],
        options: dict[str, Any],
        detail: list[dict[str, Any]] | None = None,
        detail_zoom: float = 0.0,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Outlines"
        self.outlines = outlines
        self.options = options
        self.detail = json.dumps(detail, separators=(",", ":")) if detail else None
        self.detail_zoom = round(detail_zoom, 2)


def encode_outline(geometry: Any) -> list[list[list[int]]]:
    """A (multi)polygon as its polygons' rings of integer thousandths of a degree: each ring's
    first vertex absolute, the others as differences from the vertex before. The runtime's
    ``addOutlines`` decodes them.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> encode_outline(box(126.0, 37.5, 126.25, 37.75))
    [[[126250, 37500, 0, 250, -250, 0, 0, -250, 250, 0]]]
    """
    polygons = list(getattr(geometry, "geoms", [geometry]))
    out = []
    for polygon in polygons:
        rings = []
        for ring in (polygon.exterior, *polygon.interiors):
            ints = np.rint(np.asarray(ring.coords)[:, :2] * 1000.0).astype(np.int64)
            ints[1:] -= ints[:-1].copy()
            rings.append(ints.ravel().tolist())
        out.append(rings)
    return out


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
