"""The map's frame and the documents it is written into: a page, or a fragment to embed.

A frame is one block holding an optional banner (caption or classification line) at the top
and bottom, the Leaflet map, and the source line. A *page* is a whole HTML document that fills
the window with one frame; a *fragment* is the frame with its styles and scripts and nothing
that touches the host page (no ``html, body`` rules, no ``<head>``), so several fragments can
share a page. Leaflet is inlined once per page however many fragments it holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import folium
from branca.element import Element, Figure

from alertmap.maps import assets
from alertmap.maps.i18n import ENGLISH, Translator, language_css
from alertmap.maps.style import css_custom_properties
from alertmap.maps.templates import OnceRendered, Template, render_once
from alertmap.maps.translate import runtime_text


def alertmap_css() -> str:
    """alertmap's stylesheet, after the colours it uses (custom properties on the frame, from
    :data:`alertmap.maps.style.CSS_COLOURS`)."""
    return css_custom_properties(".am-frame") + assets.static_text("alertmap.css") + language_css()


#: More sources than this and the source line becomes a list, one source an entry in columns,
#: that scrolls within the line's few rows (a catalogue's).
FOLD_SOURCES = 20


class FramedMap(folium.Map):
    """A folium Map drawn inside an alertmap frame, linking no CDN assets.

    A user may add folium layers, markers and controls to it like to any ``folium.Map``;
    saving it writes the whole alertmap page (its :class:`Document`). What a user adds is
    drawn after alertmap's layers and before the elements marked ``after_user_layers`` (the
    layer list, which lists the user's layers too, and what follows it), see
    :meth:`mark_composed`.
    """

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 (folium's own declaration)
    default_css: list[tuple[str, str]] = []  # noqa: RUF012

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        #{{ this.get_name() }}_frame { height: {{ this.frame_height }}; }
        </style>
        {% endmacro %}

        {% macro html(this, kwargs) %}
        <div class="am-frame" id="{{ this.get_name() }}_frame" lang="{{ this.lang|e }}">
        {%- if this.banner %}
        <div class="am-banner am-banner-top" role="note">{{ this.banner|e }}</div>
        {%- endif %}
        <div class="folium-map am-map" id="{{ this.get_name() }}"
             role="region" aria-label="{{ this.label|e }}"></div>
        {%- if this.sources|length > this.fold_sources %}
        <div class="am-sourceline am-sources-list" tabindex="0"
         aria-label="{{ this.sources_head|e }}"><span class="am-sources-head">{{ this.sources_head|e
         }}:</span><ul>
        {%- for s in this.sources %}<li>{{ s|e }}</li>{% endfor %}</ul></div>
        {%- else %}
        <div class="am-sourceline">{{ this.source_line|e }}</div>
        {%- endif %}
        {%- if this.banner %}
        <div class="am-banner am-banner-bottom" role="note">{{ this.banner|e }}</div>
        {%- endif %}
        </div>
        {% endmacro %}

        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.map(
            {{ this.get_name()|tojson }},
            {
                center: {{ this.location|tojson }},
                crs: L.CRS.{{ this.crs }},
                ...{{ this.options|tojavascript }}
            }
        );
        {%- if this.control_scale %}
        alertmap.addNorthArrow({{ this.get_name() }});
        L.control.scale({ position: "bottomleft" }).addTo({{ this.get_name() }});
        {%- endif %}
        {%- if this.text %}
        alertmap.setText({{ this.get_name() }}, {{ this.text|tojson }});
        {%- endif %}
        alertmap.register({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        banner: str = "",
        source_line: str = "",
        sources: Sequence[str] = (),
        label: str = "Map",
        frame_height: str = "100%",
        translator: Translator = ENGLISH,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._name = "Map"
        self.banner = banner
        self.source_line = source_line
        #: Every source once; more than :attr:`fold_sources` are shown as a list.
        self.sources = list(sources)
        self.fold_sources = FOLD_SOURCES
        self.label = label
        self.frame_height = frame_height
        #: The language of the map's own text, and the runtime's words in it (none: English).
        self.lang = translator.lang
        self.text = {} if translator.english else runtime_text(translator)
        self.sources_head = translator("Sources ({count})", count=len(self.sources))
        self._composed: frozenset[str] = frozenset()

    def mark_composed(self) -> None:
        """Record the children added so far as alertmap's own; any added later are a user's."""
        self._composed = frozenset(self._children)

    def _children_in_order(self) -> list[Element]:
        """alertmap's children, with a user's inserted before the first of alertmap's marked
        ``after_user_layers``: a layer list written before a user's layer is defined in the
        script would list nothing for it, and the map is marked ready only when all is drawn."""
        own = [c for k, c in self._children.items() if k in self._composed]
        users = [c for k, c in self._children.items() if k not in self._composed]
        late = next(
            (i for i, c in enumerate(own) if getattr(c, "after_user_layers", False)), len(own)
        )
        return own[:late] + users + own[late:]

    def render(self, **kwargs: Any) -> str:
        # folium's Map links its CDN assets here; alertmap's are inlined (PageAssets)
        render_once(self, kwargs, self._children_in_order())
        return ""


DEFAULT_ICON_TEMPLATE = Template(
    """L.Icon.Default.imagePath = "";
L.Icon.Default.mergeOptions({{ icons|tojson }});"""
)


def default_icon_js() -> str:
    """Script giving Leaflet's default marker icon (a folium ``Marker`` without an icon) its
    images as ``data:`` URIs. With ``imagePath`` empty Leaflet uses them as they are, instead
    of guessing a folder from its stylesheet (which would request ``marker-icon.png``)."""
    text: str = DEFAULT_ICON_TEMPLATE.render(icons=assets.leaflet_icons())
    return text


class PageAssets(OnceRendered):
    """Leaflet and the alertmap runtime for a whole page, inlined in the head."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; }</style>
        <style data-alertmap-asset="leaflet">{{ this.leaflet_css }}</style>
        <style data-alertmap-asset="alertmap">{{ this.alertmap_css }}</style>
        <script>{{ this.leaflet_js }}</script>
        <script>{{ this.default_icon_js }}</script>
        <script>{{ this.alertmap_js }}</script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "PageAssets"
        self.leaflet_css = assets.leaflet_css()
        self.leaflet_js = assets.leaflet_js()
        self.default_icon_js = default_icon_js()
        self.alertmap_css = alertmap_css()
        self.alertmap_js = assets.static_text("alertmap.js")


class FragmentAssets(OnceRendered):
    """The same assets for a fragment: each is added to the host page only once."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <script>
        (function () {
          var styles = {{ this.styles|tojson }};
          Object.keys(styles).forEach(function (key) {
            if (document.querySelector('style[data-alertmap-asset="' + key + '"]')) { return; }
            var s = document.createElement("style");
            s.setAttribute("data-alertmap-asset", key);
            s.textContent = styles[key];
            document.head.appendChild(s);
          });
        })();
        </script>
        <script>
        if (typeof window.L === "undefined") {
        window.alertmapLeafletLoads = (window.alertmapLeafletLoads || 0) + 1;
        {{ this.leaflet_js }}
        {{ this.default_icon_js }}
        }
        </script>
        <script>
        if (typeof window.alertmap === "undefined") {
        {{ this.alertmap_js }}
        }
        </script>
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "FragmentAssets"
        self.styles = {"leaflet": assets.leaflet_css(), "alertmap": alertmap_css()}
        self.leaflet_js = assets.leaflet_js()
        self.default_icon_js = default_icon_js()  # only with the Leaflet a fragment loads
        self.alertmap_js = assets.static_text("alertmap.js")


PAGE_TEMPLATE = Template(
    """<!DOCTYPE html>
<html lang="{{ this.lang|e }}">
<head>
<meta charset="utf-8">
<title>{{ this.title|e }}</title>
{{ this.header.render(**kwargs) }}
</head>
<body>
{{ this.html.render(**kwargs) }}
<script>
{{ this.script.render(**kwargs) }}
</script>
</body>
</html>
"""
)

FRAGMENT_TEMPLATE = Template(
    """<div class="alertmap-fragment" data-alertmap-event="{{ this.event_id|e }}"
 lang="{{ this.lang|e }}">
{{ this.header.render(**kwargs) }}
{{ this.html.render(**kwargs) }}
<script>
{{ this.script.render(**kwargs) }}
</script>
</div>
"""
)


def tree_elements(root: Element) -> list[Element]:
    """Every element of the tree, each before its children, in the children's order."""
    out: list[Element] = []

    def walk(element: Element) -> None:
        out.append(element)
        for child in element._children.values():
            walk(child)

    walk(root)
    return out


def assign_ids(root: Element, seed: str) -> None:
    """Give every element of the tree an id derived from ``seed`` and the element's place in
    the tree, in place of folium's random ones, so the same map always gives the same page."""
    prefix = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:10]
    for counter, element in enumerate(tree_elements(root)):
        element._id = f"{prefix}{counter:04d}"


class Document(Figure):
    """The root of a map's element tree, written as a page or as a fragment.

    Element ids are assigned when the document renders (:func:`assign_ids`), so elements a
    user adds to :attr:`map` get reproducible ids too. Rendering leaves the tree as it found it:
    the elements that rendering adds (the rendered parts in the header, html and script, and
    the children folium's layers add to themselves) are taken out again afterwards, while what
    a user added stays, so rendering or saving twice gives the same text.
    """

    def __init__(
        self, *, title: str, event_id: str, fragment: bool, seed: str, lang: str = "en"
    ) -> None:
        super().__init__()
        self.title = title
        self.lang = lang
        self.event_id = event_id
        self.fragment = fragment
        self.seed = seed
        self._template = FRAGMENT_TEMPLATE if fragment else PAGE_TEMPLATE

    @property
    def map(self) -> FramedMap:
        """The folium map this document holds."""
        for child in self._children.values():
            if isinstance(child, FramedMap):
                return child
        raise LookupError("the document holds no map")

    def render(self, **kwargs: Any) -> str:
        parts = [self.header, self.html, self.script]  # branca keeps these out of the children
        before = [(e, dict(e._children)) for e in [*parts, *tree_elements(self)]]
        assign_ids(self, self.seed)
        try:
            text: str = super().render(**kwargs)
        finally:
            for element, children in before:
                element._children.clear()
                element._children.update(children)
        return text
