"""Folium elements that keep every input string as text.

Scripts receive data only as JSON (``|tojson`` escapes ``<``, ``>``, ``&`` and ``'``), and
static HTML is rendered by a Jinja environment with autoescaping on; nothing from a scenario
is concatenated into HTML or JavaScript.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from typing import Any

import jinja2
import numpy as np
import shapely
from folium.map import Layer, LayerControl

from alertmap.maps import assets
from alertmap.maps.i18n import ENGLISH, Translator
from alertmap.maps.templates import (
    OnceRendered,
    Template,
    compiled,
    layer_name,
    render_once,
)


class Features(OnceRendered):
    """A layer's features drawn with popups and tooltips built from text nodes.

    ``data`` is ``{"bits": k, "features": [{"shape": ..., "properties": ...}]}``, each shape
    from :func:`feature_shape`: lines and areas as SVG paths in world units of 2**-k of the
    world's width (drawn like the basemap, with one transform and no vertex through script),
    points as their latitude and longitude; ``"text"``, when present, holds the texts features
    share, which their properties give by index (``maps.compose.shared_text``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = alertmap.addFeatures(
            {{ this._parent.get_name() }}, {{ this.data|tojson }}, {{ this.options|tojson }});
        {% endmacro %}
        """
    )

    def __init__(
        self, data: dict[str, Any], options: dict[str, Any], *, kind: str = "", event: str = ""
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Features"
        self.data = data
        self.options = options
        #: The kind's label and the event (layer group) of the layer these features make: a
        #: long layer list lists the layers of one kind of one event as one entry (LayerList).
        self.kind = kind
        self.event = event


class Outlines(OnceRendered):
    """Polygons drawn without interaction from one SVG path in Web Mercator world units (see
    :func:`svg_path`), with an optional finer one drawn instead from zoom ``detail_zoom``.

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


def mercator_deg(lonlat: Any) -> Any:
    """Longitude/latitude pairs in Web Mercator, in degrees: x the longitude, y the Mercator
    northing in the same units (so a screen pixel is the same size in both). Latitudes are
    clamped to :data:`MERCATOR_MAX_LAT`, where Leaflet stops.

    Examples
    --------
    >>> mercator_deg(np.array([[126.0, 45.0], [126.0, 85.0511287798]])).round(3)
    array([[126.   ,  50.499],
           [126.   , 180.   ]])
    """
    xy = np.asarray(lonlat, dtype=float)
    lat = np.clip(xy[:, 1], -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT)
    y = np.degrees(np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)))
    return np.column_stack([xy[:, 0], y])


def lonlat_from_mercator_deg(xy: Any) -> Any:
    """The inverse of :func:`mercator_deg`.

    Examples
    --------
    >>> lonlat = np.array([[126.0, 37.5], [-170.0, -60.0]])
    >>> bool(np.allclose(lonlat_from_mercator_deg(mercator_deg(lonlat)), lonlat))
    True
    """
    lat = np.degrees(2 * np.arctan(np.exp(np.radians(xy[:, 1]))) - np.pi / 2)
    return np.column_stack([xy[:, 0], lat])


def world_fraction(lonlat: Any) -> Any:
    """Longitude/latitude pairs as Leaflet's EPSG:3857 places them, in fractions of the
    world's width from its north-west corner (x east, y south); latitudes are clamped as in
    :func:`mercator_deg`.

    Examples
    --------
    >>> world_fraction(np.array([[-180.0, 85.0511287798], [0.0, 0.0], [90.0, -90.0]])).round(9)
    array([[0.  , 0.  ],
           [0.5 , 0.5 ],
           [0.75, 1.  ]])
    """
    return mercator_fraction(mercator_deg(lonlat))


def mercator_fraction(xy: Any) -> Any:
    """:func:`world_fraction` of points given in Web Mercator degrees (:func:`mercator_deg`).

    Examples
    --------
    >>> mercator_fraction(np.array([[-180.0, 180.0], [90.0, 0.0]]))
    array([[0.  , 0.  ],
           [0.75, 0.5 ]])
    """
    return np.column_stack([(xy[:, 0] + 180.0) / 360.0, (180.0 - xy[:, 1]) / 360.0])


def outline_bits(tolerance_deg: float) -> int:
    """The coarsest world units (2**-bits of the world's width) that are at most an eighth of
    ``tolerance_deg`` (a simplification tolerance in degrees of longitude, or of Web Mercator
    at the equator), so rounding to them moves each coordinate by at most a sixteenth of it.

    Examples
    --------
    >>> outline_bits(0.02), 360 / 2**18 <= 0.02 / 8 < 360 / 2**17
    (18, True)
    """
    return max(1, math.ceil(math.log2(360.0 * 8 / tolerance_deg) - 1e-9))


def svg_path(geometries: Any, bits: int, *, mercator: bool = False) -> str:
    """Lines and polygons as one SVG path in integer Web Mercator world units, 2**bits across
    the world (see :func:`world_fraction`): each line or ring an absolute ``M`` and relative
    ``l`` steps, a ring closed by ``z``. Vertices that round onto the one before are dropped,
    and so are rings left with fewer than three (a line keeps at least its two ends).
    Longitudes beyond ±180 (a shape carried across the antimeridian) stay continuous; points
    are left out. With ``mercator`` the geometries are in Web Mercator degrees already
    (:func:`mercator_deg`), as simplified for drawing.

    Examples
    --------
    >>> from shapely.geometry import LineString, box
    >>> svg_path([box(0.0, 0.0, 90.0, 45.0)], 8)
    'M192 128l0-36-64 0 0 36z'
    >>> svg_path([LineString([(0.0, 0.0), (0.1, 0.0), (90.0, 0.0)])], 8)
    'M128 128l64 0'
    """
    return "".join(svg_paths(geometries, bits, mercator=mercator))


def svg_paths(geometries: Any, bits: int, *, mercator: bool = False) -> list[str]:
    """:func:`svg_path` of each geometry on its own, all computed at once (a catalogue's
    thousands of features).

    Examples
    --------
    >>> from shapely.geometry import LineString, Point, box
    >>> svg_paths([box(0.0, 0.0, 90.0, 45.0), Point(1.0, 1.0), LineString([(0, 0), (90, 0)])], 8)
    ['M192 128l0-36-64 0 0 36z', '', 'M128 128l64 0']
    """
    geometries = np.asarray(geometries, dtype=object)
    parts, part_of = shapely.get_parts(geometries, return_index=True)
    solid = ~shapely.is_empty(parts)
    parts, part_of = parts[solid], part_of[solid]
    kinds = shapely.get_type_id(parts)
    polygons = np.flatnonzero(kinds == shapely.GeometryType.POLYGON)
    rings, ring_part = shapely.get_rings(parts[polygons], return_index=True)
    open_lines = np.flatnonzero(kinds == shapely.GeometryType.LINESTRING)
    # rings and lines in the order of their parts (a polygon's rings stay in their order)
    owner = np.concatenate([polygons[ring_part], open_lines])
    order = np.argsort(owner, kind="stable")
    lines = np.concatenate([rings, parts[open_lines]])[order]
    closed = np.concatenate([np.ones(len(rings), bool), np.zeros(len(open_lines), bool)])[order]
    geometry_of = np.concatenate([part_of[polygons][ring_part], part_of[open_lines]])[order]
    paths: list[list[str]] = [[] for _ in range(len(geometries))]
    if not len(lines):
        return ["" for _ in paths]

    xy, line_of = shapely.get_coordinates(lines, return_index=True)
    fraction = mercator_fraction(xy) if mercator else world_fraction(xy)
    ints = np.rint(fraction * float(2**bits)).astype(np.int64)
    first = np.r_[True, line_of[1:] != line_of[:-1]]
    last = np.r_[line_of[1:] != line_of[:-1], True]
    repeat = ~first & np.r_[False, np.all(ints[1:] == ints[:-1], axis=1)]
    keep = ~repeat | (last & ~closed[line_of])  # a line keeps its end
    ints, line_of, first = ints[keep], line_of[keep], first[keep]
    # a ring's closing vertex (the same as its first) is left to "z"
    end = np.flatnonzero(np.r_[line_of[1:] != line_of[:-1], True])
    start = np.flatnonzero(first)
    closing = closed[line_of[end]] & (end > start) & np.all(ints[end] == ints[start], axis=1)
    keep = np.ones(len(ints), bool)
    keep[end[closing]] = False
    ints, line_of, first = ints[keep], line_of[keep], first[keep]

    # each line's first vertex absolute, the others as steps from the vertex before
    values = np.where(first[:, None], ints, ints - np.r_[ints[:1], ints[:-1]])
    tokens = list(map(str, values.ravel().tolist()))
    bounds = np.r_[np.flatnonzero(first), len(ints)]
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        ring = bool(closed[line_of[a]])
        if ring and b - a < 3:
            continue
        steps = " ".join(tokens[2 * a + 2 : 2 * b])
        paths[geometry_of[line_of[a]]].append(
            f"M{tokens[2 * a]} {tokens[2 * a + 1]}l{steps}" + ("z" if ring else "")
        )
    return ["".join(path).replace(" -", "-") for path in paths]


def feature_shape(geometry: Any, bits: int, decimals: int = 6) -> dict[str, Any]:
    """How the runtime draws one feature's geometry: a point as ``{"point": [lat, lon]}``
    (rounded to ``decimals``); lines and areas as ``{"path": ..., "area": ..., "bounds":
    [[south, west], [north, east]], "centre": [lat, lon]}``, the path from :func:`svg_path`
    and the centre a point on the shape (where a popup opened from the timeline points).

    Examples
    --------
    >>> from shapely.geometry import LineString, Point, box
    >>> feature_shape(Point(125.12345678, 39.5), 8, decimals=4)
    {'point': [39.5, 125.1235]}
    >>> shape = feature_shape(box(0.0, 0.0, 90.0, 45.0), 8)
    >>> shape["path"], shape["area"], shape["bounds"]
    ('M192 128l0-36-64 0 0 36z', True, [[0.0, 0.0], [45.0, 90.0]])
    >>> feature_shape(LineString([(0.0, 0.0), (90.0, 0.0)]), 8)["centre"]
    [0.0, 45.0]
    """
    return feature_shapes([geometry], bits, decimals)[0]


def feature_shapes(geometries: Any, bits: int, decimals: int = 6) -> list[dict[str, Any]]:
    """:func:`feature_shape` of each geometry, computed for all of them at once.

    Examples
    --------
    >>> from shapely.geometry import Point, box
    >>> [sorted(s) for s in feature_shapes([Point(1.0, 2.0), box(0.0, 0.0, 1.0, 1.0)], 8)]
    [['point'], ['area', 'bounds', 'centre', 'path']]
    """
    geometries = np.asarray(geometries, dtype=object)
    points = shapely.get_type_id(geometries) == shapely.GeometryType.POINT
    shaped = np.flatnonzero(~points)
    shapes = geometries[shaped]
    areas = shapely.get_dimensions(shapes) == 2
    centres = np.empty(len(shapes), dtype=object)
    centres[areas] = shapely.point_on_surface(shapes[areas])
    for j in np.flatnonzero(~areas).tolist():  # the middle of its longest line
        line = max(shapely.get_parts(shapes[j]), key=lambda g: g.length)
        centres[j] = line.interpolate(0.5, normalized=True)
    box = shapely.bounds(shapes).tolist()
    centre = shapely.get_coordinates(centres).tolist()
    paths = svg_paths(shapes, bits)
    out: list[dict[str, Any]] = [{} for _ in range(len(geometries))]
    for i in np.flatnonzero(points).tolist():
        g = geometries[i]
        out[i] = {"point": [round(g.y, decimals), round(g.x, decimals)]}
    for k, i in enumerate(shaped.tolist()):
        minx, miny, maxx, maxy = (round(v, decimals) for v in box[k])
        out[i] = {
            "path": paths[k],
            "area": bool(areas[k]),
            "bounds": [[miny, minx], [maxy, maxx]],
            "centre": [round(centre[k][1], decimals), round(centre[k][0], decimals)],
        }
    return out


#: More layers than this of one kind in one event are listed as one entry that switches them
#: all, with their count: about as many entries as an open layer list shows in a 900 px frame.
MAX_LISTED_OF_A_KIND = 40


def listed_kind(layer: Layer) -> tuple[str, str] | None:
    """``(event, kind label)`` of a layer alertmap drew (a layer holding :class:`Features` that
    name their kind); ``None`` for any other layer, a user's own included."""
    for child in layer._children.values():
        if isinstance(child, Features) and child.kind:
            return child.event, child.kind
    return None


def kind_entry_name(event: str, kind: str, count: int, tr: Translator = ENGLISH) -> str:
    """The name of the layer list's entry that switches ``count`` layers of one kind of one
    event (shown as text: see :func:`alertmap.maps.templates.layer_name`).

    Examples
    --------
    >>> kind_entry_name("", "Notified hazard area", 2000)
    'Notified hazard area (2,000 layers)'
    >>> kind_entry_name("1998", "Range ring", 45)
    '1998 · Range ring (45 layers)'
    """
    head = f"{event} · {kind}" if event else kind
    return tr("{head} ({count} layers)", head=head, count=f"{count:,}")


class LayerList(LayerControl):
    """folium's layer control (the same layers, names and options), made by the runtime's
    ``addLayerControl``: it does not measure itself while the page loads, and the runtime caps
    its list's height once the page is laid out (see ``layoutPanels``). It lists every layer
    on the map when the page is rendered, a user's own folium layers included (which are
    therefore written before it: :meth:`maps.frame.FramedMap.mark_composed`).

    Where one event has more than :data:`MAX_LISTED_OF_A_KIND` layers of one kind, they are
    listed as one entry, in the place of the first of them, that switches them all
    (:func:`kind_entry_name`; the runtime's ``layerSet``)."""

    #: Written after the layers a user adds to the map (see :class:`maps.frame.FramedMap`).
    after_user_layers = True
    #: The language of the entries' words (set by maps.compose).
    translator: Translator = ENGLISH

    def render(self, **kwargs: Any) -> str:
        self.reset()
        parent = self._parent
        if parent is None:
            raise TypeError("a layer list is rendered on a map")
        listed = [c for c in parent._children.values() if isinstance(c, Layer) and c.control]
        kinds = {item.get_name(): listed_kind(item) for item in listed}
        counts = Counter(kinds.values())
        #: (name, the layer's variable, or the variables of the layers one entry switches)
        self.overlay_entries: list[tuple[str, str | list[str]]] = []
        sets: dict[tuple[str, str], list[str]] = {}
        for item in listed:
            if not item.overlay:
                self.base_layers[item.layer_name] = item.get_name()
                continue
            key = kinds[item.get_name()]
            if key is None or counts[key] <= MAX_LISTED_OF_A_KIND:
                self.overlays[item.layer_name] = item.get_name()
                self.overlay_entries.append((item.layer_name, item.get_name()))
            elif key in sets:
                sets[key].append(item.get_name())
            else:
                sets[key] = [item.get_name()]
                name = layer_name(kind_entry_name(*key, counts[key], self.translator))
                self.overlay_entries.append((name, sets[key]))
        render_once(self, kwargs)
        return ""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = alertmap.addLayerControl({{ this._parent.get_name() }}, {
            {%- for key, val in this.base_layers.items() %}
            {{ key|tojson }}: {{ val }},
            {%- endfor %}
        }, {
            {%- for key, val in this.overlay_entries %}
            {%- if val is string %}
            {{ key|tojson }}: {{ val }},
            {%- else %}
            {{ key|tojson }}: alertmap.layerSet(
                {{ this._parent.get_name() }}, [{{ val|join(",") }}]),
            {%- endif %}
            {%- endfor %}
        }, {{ this.options|tojson }});
        {% endmacro %}
        """
    )


class Labels(OnceRendered):
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


class Callouts(OnceRendered):
    """Numbered labels beside the features the timeline points at, with leader lines
    (:mod:`alertmap.maps.callouts` says what they read; the runtime's ``addCallouts`` places
    them once the page is laid out, and again whenever the view or the panels change)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.addCallouts({{ this._parent.get_name() }}, {{ this.data|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Callouts"
        self.data = data


class TileWatch(OnceRendered):
    """Says in one line under the map when the online tiles ``tiles`` (a folium
    ``TileLayer``, named ``name``) do not load (the runtime's ``watchTiles``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        alertmap.watchTiles({{ this._parent.get_name() }}, {{ this.tiles.get_name() }},
                            {{ this.name|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: Any, name: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "TileWatch"
        self.tiles = tiles
        self.name = name


@functools.cache
def panel_template(source: str) -> jinja2.Template:
    """A panel's template, loaded once per process (the panels' templates are constants)."""
    return compiled("panel", source)


class Panel(OnceRendered):
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
        return panel_template(self.template).render(**self.context, panel_id=self.get_name())


class Timeline(Panel):
    """A panel listing the event's times; choosing one highlights and opens its feature."""

    js_function = "addTimeline"


class ProfilePanel(Panel):
    """The altitude profile of a track (issue 13): a chart of altitude against time, a time
    control, and the link between the chart and the track's :class:`Features` (``track``):
    the runtime's ``addProfile`` moves a marker along the track as the pointer moves over the
    chart or the control moves, and marks the chart as the pointer moves along the track."""

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <div id="{{ this.get_name() }}" class="am-panel {{ this.css_class }}"
             hidden>{{ this.body() }}</div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        alertmap.addProfile({{ this._parent.get_name() }},
            {{ this.get_name()|tojson }}, {{ this.position|tojson }},
            {{ this.track.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        template: str,
        context: dict[str, Any],
        *,
        position: str,
        css_class: str,
        track: Features,
    ) -> None:
        super().__init__(template, context, position=position, css_class=css_class)
        self._name = "ProfilePanel"
        self.track = track


class Fit(OnceRendered):
    """Fit the map to bounds, and keep them so the map can be fitted again (e.g. to print),
    with room for the panels (``padding_*``, scaled to the frame; ``compact_padding`` on a
    small screen, where the panels are folded into a sheet).

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
        compact_padding: tuple[tuple[int, int], tuple[int, int]] | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Fit"
        self.bounds = bounds
        self.options: dict[str, Any] = {
            "paddingTopLeft": list(padding_top_left),
            "paddingBottomRight": list(padding_bottom_right),
        }
        if compact_padding is not None:  # on a small screen: the title above, the sheet below
            self.options["compactPadding"] = [list(compact_padding[0]), list(compact_padding[1])]


class CatalogueView(OnceRendered):
    """The page behaviour of a catalogue (many launches, a layer group per year), from
    ``maps/static/catalogue.js``, written into the page once: a filter of the years shown,
    and each fall drawn as a circle sized by its reported range below ``sectorZoom`` (its
    sector from that zoom on).

    ``layers`` pairs each layer's group with its :class:`Features`; ``config["layers"]`` holds,
    in the same order, each one's year and, for a layer of falls, each fall's point and
    reported range in km (``[lat, lon, km]``, in the order of its features)."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style data-alertmap-asset="catalogue">
        .am-year-filter-row { display: flex; gap: 8px; flex-wrap: wrap; }
        .am-year-filter select { font: inherit; }
        .am-year-filter select:focus-visible { outline: 2px solid var(--am-focus); }
        .am-compact .am-year-filter select { min-height: 44px; min-width: 88px; }
        .am-static .am-year-filter-row { display: none; }
        @media print { .am-year-filter-row { display: none; } }
        </style>
        <script>
        if (typeof window.alertmapCatalogue === "undefined") {
        {{ this.catalogue_js }}
        }
        </script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        alertmapCatalogue.setup({{ this._parent.get_name() }}, {{ this.config|tojson }}, [
        {%- for group, features in this.layers -%}
        [{{ group.get_name() }}, {{ features.get_name() }}]{{ "," if not loop.last }}
        {%- endfor -%}
        ]);
        {% endmacro %}
        """
    )

    def __init__(self, config: dict[str, Any], layers: list[tuple[Layer, Features]]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "CatalogueView"
        self.config = config
        self.layers = layers
        self.catalogue_js = assets.static_text("catalogue.js")


class Ready(OnceRendered):
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
