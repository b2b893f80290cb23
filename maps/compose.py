"""Event -> folium element tree: one FeatureGroup per layer, a bundled basemap, panels.

The default map requests nothing from the network: Leaflet is inlined, the basemap is the
bundled Natural Earth data, and there are no tiles unless ``tiles`` names a provider.
Element ids come from the event and the order of elements, so the same input always gives
the same HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import folium
import numpy as np
import shapely
from shapely.geometry import box

from alertmap.geo.bands import shift_near
from alertmap.layers.basemap import Basemap, load_basemap
from alertmap.layers.checks import check_event, findings_lines
from alertmap.layers.errors import LayersError
from alertmap.layers.export import feature_properties
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Event, Feature, Kind, Layer
from alertmap.maps import panels
from alertmap.maps.elements import (
    Features,
    Fit,
    Labels,
    LayerList,
    Outlines,
    Panel,
    Ready,
    Timeline,
    feature_shape,
    lonlat_from_mercator_deg,
    mercator_deg,
    outline_bits,
    svg_path,
)
from alertmap.maps.errors import MapsError
from alertmap.maps.frame import Document, FragmentAssets, FramedMap, PageAssets
from alertmap.maps.style import EVENT_COLOURS, LAND, LAND_EDGE, style_for, style_key
from alertmap.maps.templates import layer_name

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

#: Room kept free for the timeline and notes (left) and the title, layers and legend (right).
FIT_PADDING_TOP_LEFT = (380, 20)
FIT_PADDING_BOTTOM_RIGHT = (340, 20)

#: Basemap simplification, degrees: about 2 km, below a pixel at the zoom an event is fitted to.
BASEMAP_TOLERANCE_DEG = 0.02

#: The first-drawn basemap is simplified this many times more coarsely than the fine one (about
#: a pixel at the fitted zoom, where :func:`basemap_tolerance` gives about half of one); the
#: fine one is drawn from the zoom where the coarse one's tolerance is a pixel.
COARSE_FACTOR = 1.6

#: More layers than this and the layer control starts folded (it would cover the legend).
MAX_LISTED_LAYERS = 14

#: Seas smaller than this (square degrees) are not labelled unless the event names them.
MIN_LABELLED_SEA_DEG2 = 5.0


@dataclass(frozen=True, slots=True)
class MapOptions:
    """How a map is drawn and written.

    Parameters
    ----------
    tiles
        An xyzservices provider name (e.g. ``OpenStreetMap.Mapnik``) to add online tiles;
        ``None`` keeps the map offline with the bundled basemap.
    banner
        A caption or classification line shown at the top and bottom of the map.
    fragment
        Write a fragment to embed in another page instead of a whole page.
    height
        CSS height of the frame; a page fills the window by default, a fragment is 600 px.
    checks
        Show the findings of :func:`layers.checks.check_event` in the notes panel.
    max_zoom
        The highest zoom offered. Every feature is drawn simplified to within a screen pixel
        at that zoom and rounded to a tenth of one; catalogue maps of many events offer less.
    """

    tiles: str | None = None
    banner: str = ""
    fragment: bool = False
    height: str | None = None
    checks: bool = True
    max_zoom: int = 12


def lon_window(west: Any, east: Any) -> tuple[float, float]:
    """The narrowest span of longitudes that holds every interval ``west[i]..east[i]``, each
    taken in whichever turn of 360° fits (longitudes continuous across the antimeridian or
    not), as ``(west, east)`` with ``west`` in [-180, 180) unless the intervals already lie in
    one such span as given.

    Examples
    --------
    >>> lon_window([124.7, 179.0, -179.5], [125.0, 181.0, -179.0])  # a fall at 179.5°W
    (124.7, 181.0)
    >>> lon_window([124.7, 179.0], [125.0, 181.0])
    (124.7, 181.0)
    >>> lon_window([-10.0, 350.0], [10.0, 355.0])
    (-10.0, 10.0)
    """
    lo = np.asarray(west, dtype=np.float64)
    hi = np.asarray(east, dtype=np.float64)
    width = hi - lo
    if float(width.max()) >= 360.0:
        start = float(lo[int(np.argmax(width))])
        return start, start + 360.0
    given = float(lo.min()), float(hi.max())
    starts = lo - 360.0 * np.floor((lo + 180.0) / 360.0)
    order = np.argsort(starts)
    merged: list[list[float]] = []
    for a, b in zip(starts[order].tolist(), (starts + width)[order].tolist(), strict=True):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    # a stretch that runs on past the first one round the back of the world joins it
    while len(merged) > 1 and merged[-1][1] - 360.0 >= merged[0][0]:
        a, b = merged.pop()
        merged[0] = [a - 360.0, max(merged[0][1], b - 360.0)]
    if len(merged) == 1:
        start, span = merged[0][0], merged[0][1] - merged[0][0]
    else:
        # the widest gap between covered stretches (round the back of the world too) is left
        gaps = [merged[i + 1][0] - merged[i][1] for i in range(len(merged) - 1)]
        gaps.append(merged[0][0] + 360.0 - merged[-1][1])
        widest = int(np.argmax(gaps))
        start = merged[(widest + 1) % len(merged)][0]
        span = 360.0 - gaps[widest]
    span = min(span, 360.0)
    if given[1] - given[0] <= span + 1e-9:
        return given  # as given: already one continuous picture
    # in -180..180, to a nanodegree (whole turns added and taken leave a last digit behind)
    start = round(start - 360.0 * math.floor((start + 180.0) / 360.0), 9)
    return start, round(start + span, 9)


def event_bounds(event: Event) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of the features the map is fitted to.

    Longitudes may run beyond ±180 (a flight across the antimeridian); features given in
    another turn of longitude than the rest (a fall at 179°W beside a track at 181°E) count
    where they are drawn, next to the rest (:func:`lon_window`).
    """
    geoms = [f.geometry for f in event.features() if f.kind in FIT_KINDS]
    if not geoms:
        geoms = [f.geometry for f in event.features()]
    boxes = shapely.bounds(np.asarray(geoms, dtype=object))
    boxes = boxes[~np.isnan(boxes).any(axis=1)]
    if not len(boxes):
        raise MapsError(f"{event.id}: expected at least one feature with a position to map")
    west, east = lon_window(boxes[:, 0], boxes[:, 2])
    return west, float(boxes[:, 1].min()), east, float(boxes[:, 3].max())


def basemap_view(bounds: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The area the basemap covers and the map may be panned in, around the event's bounds.

    Wide enough that the clip edge stays off-screen on a 21:9 display at the fitted zoom, and
    never wider than the world (360°: the basemap has one copy of each country).

    Examples
    --------
    >>> [round(v, 1) for v in basemap_view((100.0, -20.0, 350.0, 60.0))]
    [45.0, -85.0, 405.0, 85.0]
    """
    minx, miny, maxx, maxy = bounds
    dx, dy = maxx - minx, maxy - miny
    # visible width at the fitted zoom, panels' padding included: about 1.82 dx when the width
    # binds, up to 2.5 dy (x 1.25 for Mercator's stretch, and a margin) for a tall event at 21:9
    visible = max(1.82 * dx, 3.4 * dy)
    pad_x = min(max(30.0, (visible - dx) / 2), max(0.0, (360.0 - dx) / 2))
    pad_y = max(20.0, 0.6 * dy, 0.4 * dx)
    return minx - pad_x, max(miny - pad_y, -85.0), maxx + pad_x, min(maxy + pad_y, 85.0)


def in_window(geometry: Any, west: float, east: float) -> Any:
    """A geometry moved by whole turns of longitude next to the window ``west..east`` when it
    lies outside it (a feature given at 179°W on a map of 120..200°E); else as it is.

    Examples
    --------
    >>> in_window(shapely.Point(-179.5, 0.0), 120.0, 200.0).x
    180.5
    >>> in_window(shapely.Point(150.0, 0.0), 120.0, 200.0).x
    150.0
    """
    x0, _, x1, _ = geometry.bounds
    if geometry.is_empty or (x0 >= west - 1e-9 and x1 <= east + 1e-9):
        return geometry
    return shift_near(geometry, (west + east) / 2.0)


def basemap_tolerance(bounds: tuple[float, float, float, float]) -> float:
    """About a pixel at the zoom the event is fitted to (its extent over ~1,000 px), and never
    finer than :data:`BASEMAP_TOLERANCE_DEG`: a wide catalogue map gets a coarser basemap.

    Examples
    --------
    >>> basemap_tolerance((122.0, 30.0, 131.0, 40.0))
    0.02
    >>> round(basemap_tolerance((100.0, -10.0, 200.0, 60.0)), 3)
    0.1
    """
    minx, miny, maxx, maxy = bounds
    return max(BASEMAP_TOLERANCE_DEG, max(maxx - minx, maxy - miny) / 1000.0)


def _basemap_geometries(geoms: list[Any], tolerance: float) -> list[Any]:
    """Country outlines simplified to ``tolerance`` in Web Mercator (Douglas-Peucker, five
    times faster than the topology-preserving variant; in Mercator a pixel is the same size in
    both directions), repaired where a simplified outline crosses itself, and returned in
    longitude/latitude; islands smaller than the tolerance drop out."""
    flat = shapely.transform(np.asarray(geoms, dtype=object), mercator_deg)
    simple = shapely.simplify(flat, tolerance, preserve_topology=False)
    broken = ~shapely.is_valid(simple)
    if broken.any():
        simple[broken] = shapely.make_valid(
            simple[broken], method="structure", keep_collapsed=False
        )
    return list(shapely.transform(simple, lonlat_from_mercator_deg))


#: Properties the page's popups and tooltips use; the GeoJSON export carries all of them.
DISPLAY_PROPERTIES = (
    "id",
    "name",
    "kind_label",
    "basis",
    "approximate",
    "reported",
    "method",
    "notes",
    "sources",
    "reports",
)


def _display_properties(feature: Feature, layer: Layer, timezone: str) -> dict[str, Any]:
    full = feature_properties(feature, layer)
    props = {k: full[k] for k in DISPLAY_PROPERTIES}
    props["times_display"] = [
        {
            "label": panels.time_label(t.label),
            "text": panels.format_time(t, timezone) + (f": {t.detail}" if t.detail else ""),
        }
        for t in feature.times
    ]
    props["source_short"] = "; ".join(s.organisation for s in feature.sources)
    props["sources"] = [{k: v for k, v in src.items() if v is not None} for src in props["sources"]]
    # empty values are left out (the runtime treats a missing key as empty): a catalogue page
    # repeats these for thousands of features
    return {k: v for k, v in props.items() if v not in (None, "", [], False)}


#: Simplification of drawn areas, degrees, by kind: well under a kilometre, and only for areas
#: whose outline is context (seas) or schematic (the corridor); reported geometry is exact.
SIMPLIFY_DEG = {Kind.SEA_AREA: 0.01, Kind.EEZ: 0.01, Kind.CORRIDOR: 0.002}


def pixel_deg(zoom: int) -> float:
    """Degrees of longitude in one screen pixel at the equator at ``zoom`` (Web Mercator).

    Examples
    --------
    >>> round(pixel_deg(8), 5)
    0.00549
    """
    return 360.0 / (256 * 2.0**zoom)


def _drawn(f: Feature, pixel: float) -> Any:
    """The feature's geometry as drawn: simplified to within one screen pixel at the highest
    zoom offered (``pixel`` degrees; the simplification runs in Web Mercator, where a pixel
    is the same size in both directions)."""
    geom = f.geometry
    _, min_lat, _, max_lat = geom.bounds
    tolerance = max(SIMPLIFY_DEG.get(f.kind, 0.0), pixel)
    if shapely.get_num_coordinates(geom) > 2 and max(abs(min_lat), abs(max_lat)) < 85.0:
        keep = f.kind is not Kind.TRACK  # areas keep their topology; a line need not
        flat = shapely.simplify(
            shapely.transform(geom, mercator_deg), tolerance, preserve_topology=keep
        )
        geom = shapely.transform(flat, lonlat_from_mercator_deg)
    return geom


def feature_bits(max_zoom: int) -> int:
    """World units for the features' paths: a sixteenth of a screen pixel at ``max_zoom``.

    Examples
    --------
    >>> feature_bits(12)
    24
    """
    return outline_bits(pixel_deg(max_zoom) / 2)


def _collection(
    layer: Layer,
    decimals: int,
    pixel: float,
    bits: int,
    timezone: str,
    window: tuple[float, float] | None = None,
) -> dict[str, Any]:
    def shape(f: Feature) -> dict[str, Any]:
        drawn = _drawn(f, pixel)
        if window is not None and f.kind in FIT_KINDS:  # drawn where the map is fitted
            drawn = in_window(drawn, *window)
        return feature_shape(drawn, bits, decimals)

    return {
        "bits": bits,
        "features": [
            {"shape": shape(f), "properties": _display_properties(f, layer, timezone)}
            for f in layer.features
        ],
    }


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


def _add_basemap(
    m: folium.Map,
    view: tuple[float, float, float, float],
    bounds: tuple[float, float, float, float],
    event: Event,
    max_zoom: int,
) -> None:
    """Bundled Natural Earth countries and sea names, in a pane below the event's layers."""
    basemap = load_basemap(view)
    tolerance = basemap_tolerance(bounds)
    folium.map.CustomPane("am-basemap", z_index=250, pointer_events=False).add_to(m)
    geoms = [geom for _, geom in basemap.countries]

    def encoded(tol: float) -> dict[str, Any]:
        bits = outline_bits(tol)
        return {"bits": bits, "path": svg_path(_basemap_geometries(geoms, tol), bits)}

    # drawn first: about a pixel at the fitted zoom; the finer outline replaces it when the
    # map is zoomed in (see Outlines)
    coarse = encoded(COARSE_FACTOR * tolerance)
    # the coarse outline stays within about a pixel below this zoom
    detail_zoom = math.log2(360.0 / (256 * COARSE_FACTOR * tolerance)) + 0.25
    Outlines(
        coarse,
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
        detail=encoded(tolerance) if detail_zoom <= max_zoom else None,
        detail_zoom=detail_zoom,
    ).add_to(m)
    Labels(_sea_labels(basemap, view, event), "am-sea-label").add_to(m)


def event_colours(event: Event) -> dict[str, str]:
    """Colour per overlaid event (layer group); empty for a single event."""
    groups = list(dict.fromkeys(layer.group for layer in event.layers if layer.group))
    if len(groups) < 2:
        return {}
    return {g: EVENT_COLOURS[i % len(EVENT_COLOURS)] for i, g in enumerate(groups)}


def compose(event: Event, options: MapOptions | None = None) -> Document:
    """Build the element tree of an event's map; render it with :mod:`maps.output`."""
    opts = options or MapOptions()
    bounds = event_bounds(event)
    minx, miny, maxx, maxy = bounds
    view = basemap_view(bounds)

    doc = Document(
        title=event.title,
        event_id=event.id,
        fragment=opts.fragment,
        seed=f"{event.id}|{event.title}|{opts.fragment}",
    )
    (FragmentAssets() if opts.fragment else PageAssets()).add_to(doc)
    m = FramedMap(
        location=[(miny + maxy) / 2, (minx + maxx) / 2],
        zoom_start=5,
        tiles=None,
        control_scale=True,
        prefer_canvas=False,
        zoom_snap=0.25,
        max_bounds=True,
        min_lat=view[1],
        max_lat=view[3],
        min_lon=view[0],
        max_lon=view[2],
        banner=opts.banner,
        source_line=panels.source_line(event),
        label=f"Map: {event.title}, {event.date}",
        frame_height=opts.height or ("600px" if opts.fragment else "100%"),
    )
    m.options.update({"min_zoom": 3, "max_zoom": opts.max_zoom})
    # drawn to the pixel: simplified to a pixel at the highest zoom offered, lines and areas in
    # sixteenths of one and points to a tenth (a million-point track becomes a few thousand
    # vertices)
    pixel = pixel_deg(opts.max_zoom)
    pixel_decimals = max(2, math.ceil(-math.log10(pixel / 10)))
    bits = feature_bits(opts.max_zoom)
    doc.add_child(m)
    Fit(
        [[miny, minx], [maxy, maxx]],
        padding_top_left=FIT_PADDING_TOP_LEFT,
        padding_bottom_right=FIT_PADDING_BOTTOM_RIGHT,
    ).add_to(m)

    if opts.tiles:
        from alertmap.maps.tiles import tile_layer

        tile_layer(opts.tiles).add_to(m)
    else:
        _add_basemap(m, view, bounds, event, opts.max_zoom)

    colours = event_colours(event)
    for layer in event.layers:
        group = folium.FeatureGroup(name=layer_name(layer.name), show=layer.show)
        decimals = min(4 if layer.kind in (Kind.SEA_AREA, Kind.EEZ) else 5, pixel_decimals)
        style = style_for(style_key(layer), colours.get(layer.group))
        data = _collection(layer, decimals, pixel, bits, event.timezone, window=(minx, maxx))
        Features(data, {"style": style}).add_to(group)
        group.add_to(m)

    Panel(
        panels.TITLE_TEMPLATE,
        {"title": event.title, "date": event.date, "launch": panels.launch_text(event)},
        position="topright",
        css_class="am-title",
    ).add_to(m)
    # a page lists its layers; an embedded block, or a long list, folds into Leaflet's button
    folded = opts.fragment or len(event.layers) > MAX_LISTED_LAYERS
    LayerList(collapsed=folded, position="topright").add_to(m)
    Panel(
        panels.LEGEND_TEMPLATE,
        {
            "rows": panels.legend_rows(event.layers),
            "events": [{"name": k, "colour": v} for k, v in colours.items()],
        },
        position="bottomright",
        css_class="am-legend",
    ).add_to(m)
    items = panels.timeline_items(event)
    if items:
        Timeline(
            panels.TIMELINE_TEMPLATE,
            {"items": items, "zone": f"UTC{event.timezone}"},
            position="topleft",
            css_class="am-timeline",
        ).add_to(m)
    Panel(
        panels.NOTES_TEMPLATE,
        {
            "notes": event.notes,
            "statements": panels.statement_groups(event),
            "checks": findings_lines(check_event(event)) if opts.checks else [],
            "basemap": f"Online tiles: {opts.tiles}."
            if opts.tiles
            else "Basemap: Natural Earth (public domain).",
        },
        position="bottomleft",
        css_class="am-notes",
    ).add_to(m)
    Ready().add_to(m)
    m.mark_composed()
    return doc
