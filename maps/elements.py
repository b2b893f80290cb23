"""Folium elements that keep every input string as text.

Scripts receive data only as JSON (``|tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and
static HTML is rendered by a Jinja environment with autoescaping on; nothing from a scenario
is concatenated into HTML or JavaScript.
"""

from __future__ import annotations

from typing import Any

import jinja2
from branca.element import MacroElement
from folium.template import Template

from maps import assets

#: Autoescaping environment for the HTML of panels (title, legend, notes).
PANEL_ENV = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


class InlineAssets(MacroElement):
    """Leaflet and the alertmap runtime, inlined into the page head."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.leaflet_css }}</style>
        <style>{{ this.alertmap_css }}</style>
        <script>{{ this.leaflet_js }}</script>
        <script>{{ this.alertmap_js }}</script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "InlineAssets"
        self.leaflet_css = assets.leaflet_css()
        self.leaflet_js = assets.leaflet_js()
        self.alertmap_css = assets.static_text("alertmap.css")
        self.alertmap_js = assets.static_text("alertmap.js")


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
    """A map control whose HTML is rendered with autoescaping from a template and context."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <div id="{{ this.get_name() }}" class="am-panel {{ this.css_class }}"
             hidden>{{ this.body }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        alertmap.addPanel({{ this._parent.get_name() }}, {{ this.get_name()|tojson }},
                          {{ this.position|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self, template: str, context: dict[str, Any], *, position: str, css_class: str
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Panel"
        self.body = PANEL_ENV.from_string(template).render(**context)
        self.position = position
        self.css_class = css_class
