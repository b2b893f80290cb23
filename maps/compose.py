"""Event -> folium Map: one FeatureGroup per layer, a bundled basemap, title, legend, notes.

The default map requests nothing from the network: Leaflet is inlined, the basemap is the
bundled Natural Earth data, and there are no tiles unless ``tiles`` names a provider.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from collections.abc import Iterable
from typing import Any

import folium
import shapely
from branca.element import Element
from shapely.geometry import box, mapping

from layers.basemap import Basemap, load_basemap
from layers.errors import LayersError
from layers.export import KIND_LABELS, feature_properties, rounded
from layers.gazetteer import load_gazetteer
from layers.model import Event, Feature, Kind, Layer, ReportedTime
from maps.elements import InlineAssets, Labels, Panel, SafeGeoJson
from maps.style import LAND, LAND_EDGE, LEGEND_LABELS, style_for

#: Kinds whose extent the map is fitted to.
FIT_KINDS = {
    Kind.LAUNCH_SITE,
    Kind.TRACK,
    Kind.CORRIDOR,
    Kind.FALL_AREA,
    Kind.HAZARD_AREA,
    Kind.ALERT_ZONE,
    Kind.WAYPOINT,
    Kind.GATE,
}


#: Room kept free for the notes panel (left) and the title, layers and legend (right), px.
FIT_PADDING_TOP_LEFT = (380, 20)
FIT_PADDING_BOTTOM_RIGHT = (340, 20)


class OfflineMap(folium.Map):
    """A folium Map that links no CDN assets (they are inlined by :class:`InlineAssets`)."""

    default_js: list[tuple[str, str]] = []  # noqa: RUF012 (folium's own declaration)
    default_css: list[tuple[str, str]] = []  # noqa: RUF012


def event_bounds(event: Event) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of the features the map is fitted to."""
    geoms = [f.geometry for f in event.features() if f.kind in FIT_KINDS]
    if not geoms:
        geoms = list(f.geometry for f in event.features())
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    return float(minx), float(miny), float(maxx), float(maxy)


#: Basemap simplification, degrees: about 2 km, below a pixel at the zoom an event is fitted to.
BASEMAP_TOLERANCE_DEG = 0.02


def basemap_view(bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The area the basemap covers and the map may be panned in, around the event's bounds.

    Wide enough that the clip edge stays off-screen on a 21:9 display at the fitted zoom.
    """
    minx, miny, maxx, maxy = bounds
    dx, dy = maxx - minx, maxy - miny
    pad_x = max(30.0, 1.6 * dy, 1.0 * dx)
    pad_y = max(20.0, 0.6 * dy, 0.4 * dx)
    return minx - pad_x, max(miny - pad_y, -85.0), maxx + pad_x, min(maxy + pad_y, 85.0)


def _basemap_geometry(geom: Any, view: tuple[float, float, float, float]) -> Any:
    clipped = shapely.clip_by_rect(geom, *view)
    simple = shapely.simplify(clipped, BASEMAP_TOLERANCE_DEG, preserve_topology=True)
    return rounded(simple, 3)


def format_time(t: ReportedTime) -> str:
    """'about 2023-08-24 03:58 UTC+09:00 (18:58 UTC, 23 Aug)'."""
    local = t.time
    offset = local.strftime("%z")
    offset_text = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    utc = local.astimezone(dt.UTC)
    prefix = "about " if t.approximate else ""
    return f"{prefix}{local:%Y-%m-%d %H:%M} {offset_text} ({utc:%H:%M} UTC, {utc.day} {utc:%b})"


def _display_properties(feature: Feature, layer: Layer) -> dict[str, Any]:
    props = feature_properties(feature, layer)
    props["times_display"] = [
        {"label": t.label.capitalize(), "text": format_time(t)} for t in feature.times
    ]
    props["source_short"] = "; ".join(s.organisation for s in feature.sources)
    return props


def _collection(layer: Layer, decimals: int) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": mapping(rounded(f.geometry, decimals)),
                "properties": _display_properties(f, layer),
            }
            for f in layer.features
        ],
    }


TITLE_TEMPLATE = """
<h1>{{ title }}</h1>
<div class="am-subtitle">{{ date }}{% if launch %} · launch {{ launch }}{% endif %}</div>
"""

LEGEND_TEMPLATE = """
<h2>Legend</h2>
{% for row in rows %}
<div class="am-legend-row">
<svg width="28" height="16" aria-hidden="true">
{% if row.shape == "area" %}
<rect x="2" y="3" width="24" height="10" fill="{{ row.fill }}" fill-opacity="{{ row.fill_opacity }}"
 stroke="{{ row.color }}" stroke-width="{{ row.weight }}" stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "line" %}
<line x1="1" y1="8" x2="27" y2="8" stroke="{{ row.color }}" stroke-width="{{ row.weight }}"
 stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "triangle" %}
<polygon points="14,1 22,15 6,15" fill="{{ row.fill }}" stroke="{{ row.color }}"
 stroke-width="1.5"/>
{% else %}
<circle cx="14" cy="8" r="5" fill="{{ row.fill }}" stroke="{{ row.color }}" stroke-width="2"/>
{% endif %}
</svg>
<span>{{ row.label }}</span>
</div>
{% endfor %}
<div class="am-legend-row am-basis">Dashed or dotted outlines: schematic or approximate.</div>
"""

NOTES_TEMPLATE = """
{% if notes %}<h2>Notes</h2><ul>{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
{% for topic, items in statements %}
<h2>{{ topic }}</h2>
<ul>{% for s in items %}<li>{{ s.text }} <span class="am-attrib">({{ s.source.organisation }},
 {{ s.source.date }})</span></li>{% endfor %}</ul>
{% endfor %}
<div class="am-attrib">{{ basemap }} Made with alertmap.</div>
"""

_LINE_KINDS = {"track", "gate", "range_ring"}
_POINT_SHAPES = {"circle", "triangle"}


def _legend_rows(layers: Iterable[Layer]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for layer in layers:
        key = layer.style_key
        if key in seen:
            continue
        seen.add(key)
        st = style_for(key)
        shape = st.get("marker") or ("line" if key in _LINE_KINDS else "area")
        rows.append(
            {
                "shape": shape,
                "label": LEGEND_LABELS.get(key, KIND_LABELS[layer.kind]),
                "color": st.get("color", "#000"),
                "fill": st.get("fillColor", st.get("color", "#000")),
                "fill_opacity": st.get("fillOpacity", 0.2),
                "weight": min(float(st.get("weight", 1)), 3.0),
                "dash": st.get("dashArray", "none"),
            }
        )
    return rows


def _statement_groups(event: Event) -> list[tuple[str, list[Any]]]:
    groups: dict[str, list[Any]] = {}
    for s in event.statements:
        groups.setdefault(s.topic or "Statements", []).append(s)
    return list(groups.items())


def _launch_text(event: Event) -> str:
    for f in event.features():
        if f.kind is Kind.LAUNCH_SITE:
            for t in f.times:
                if t.label == "launch":
                    return format_time(t)
    return ""


#: Seas smaller than this (square degrees) are not labelled unless the event names them.
MIN_LABELLED_SEA_DEG2 = 5.0


def _sea_labels(
    basemap: Basemap, view: tuple[float, float, float, float], event: Event
) -> list[dict[str, Any]]:
    """Labels of the larger seas in view, and of every sea area the event shows."""
    gazetteer = load_gazetteer()
    named = {f.name for f in event.features() if f.kind is Kind.SEA_AREA}
    view_box = box(*view)
    labels = []
    for name, p in basemap.sea_labels:
        if not view_box.contains(shapely.Point(p.lon, p.lat)):
            continue
        try:
            area = gazetteer.sea(name).geometry.area
        except LayersError:
            area = 0.0
        if area >= MIN_LABELLED_SEA_DEG2 or name in named:
            labels.append({"text": name, "lon": p.lon, "lat": p.lat})
    return labels


def _assign_ids(root: Element, seed: str) -> None:
    """Replace folium's random element ids by ones derived from content and order."""
    prefix = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:10]
    counter = 0

    def walk(element: Element) -> None:
        nonlocal counter
        element._id = f"{prefix}{counter:04d}"
        counter += 1
        for child in list(element._children.values()):
            walk(child)

    walk(root)


def _add_basemap(m: folium.Map, view: tuple[float, float, float, float], event: Event) -> None:
    """Bundled Natural Earth countries and sea names, in a pane below the event's layers."""
    basemap = load_basemap(view)
    folium.map.CustomPane("am-basemap", z_index=250, pointer_events=False).add_to(m)
    land = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": name},
                "geometry": mapping(_basemap_geometry(geom, view)),
            }
            for name, geom in basemap.countries
        ],
    }
    SafeGeoJson(
        land,
        {
            "pane": "am-basemap",
            "interactive": False,
            "style": {
                "color": LAND_EDGE,
                "weight": 0.7,
                "fillColor": LAND,
                "fillOpacity": 1,
                "className": "am-basemap",
            },
        },
    ).add_to(m)
    Labels(_sea_labels(basemap, view, event), "am-sea-label").add_to(m)


def compose(event: Event, *, tiles: str | None = None) -> folium.Map:
    """Build the folium Map of an event.

    Parameters
    ----------
    event
        The event and its layers.
    tiles
        Name of an online tile provider known to xyzservices (e.g. ``OpenStreetMap.Mapnik``);
        ``None`` (the default) keeps the map offline with the bundled basemap only.
    """
    bounds = event_bounds(event)
    minx, miny, maxx, maxy = bounds
    view = basemap_view(bounds)
    m = OfflineMap(
        location=[(miny + maxy) / 2, (minx + maxx) / 2],
        zoom_start=5,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        min_zoom=3,
        max_zoom=12,
        zoom_snap=0.25,
        max_bounds=True,
        min_lat=view[1],
        max_lat=view[3],
        min_lon=view[0],
        max_lon=view[2],
    )
    InlineAssets().add_to(m)

    # bundled basemap, clipped to the area around the event; online tiles replace it
    if tiles:
        from maps.tiles import tile_layer

        tile_layer(tiles).add_to(m)
    else:
        _add_basemap(m, view, event)

    for layer in event.layers:
        group = folium.FeatureGroup(name=html.escape(layer.name), show=layer.show)
        decimals = 4 if layer.kind is Kind.SEA_AREA else 5
        SafeGeoJson(_collection(layer, decimals), {"style": style_for(layer.style_key)}).add_to(
            group
        )
        group.add_to(m)

    Panel(
        TITLE_TEMPLATE,
        {"title": event.title, "date": event.date, "launch": _launch_text(event)},
        position="topright",
        css_class="am-title",
    ).add_to(m)
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    Panel(
        LEGEND_TEMPLATE,
        {"rows": _legend_rows(layer for layer in event.layers)},
        position="bottomright",
        css_class="am-legend",
    ).add_to(m)
    Panel(
        NOTES_TEMPLATE,
        {
            "notes": event.notes,
            "statements": _statement_groups(event),
            "basemap": f"Online tiles: {tiles}."
            if tiles
            else "Basemap: Natural Earth (public domain).",
        },
        position="bottomleft",
        css_class="am-notes",
    ).add_to(m)
    m.fit_bounds(
        [[miny, minx], [maxy, maxx]],
        padding_top_left=FIT_PADDING_TOP_LEFT,
        padding_bottom_right=FIT_PADDING_BOTTOM_RIGHT,
    )
    _assign_ids(m.get_root(), f"{event.id}|{event.title}")
    return m
