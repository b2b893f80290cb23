"""Event -> folium element tree: one FeatureGroup per layer, a bundled basemap, panels.

The default map requests nothing from the network: Leaflet is inlined, the basemap is the
bundled Natural Earth data, and there are no tiles unless ``tiles`` names a provider.
Element ids come from the event and the order of elements, so the same input always gives
the same HTML.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import folium
import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from alertmap.geo.bands import shift_near
from alertmap.layers.basemap import Basemap, load_basemap
from alertmap.layers.checks import check_event
from alertmap.layers.errors import LayersError
from alertmap.layers.export import feature_properties
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Event, Feature, Kind, Layer, zone
from alertmap.layers.parallel import in_threads
from alertmap.maps import panels
from alertmap.maps.callouts import callout_data, callouts, number_items
from alertmap.maps.elements import (
    MERCATOR_MAX_LAT,
    Callouts,
    CatalogueView,
    Features,
    Fit,
    Labels,
    LayerList,
    Outlines,
    Panel,
    ProfilePanel,
    Ready,
    TileWatch,
    Timeline,
    feature_shapes,
    lonlat_from_mercator_deg,
    mercator_deg,
    outline_bits,
    svg_path,
)
from alertmap.maps.errors import MapsError
from alertmap.maps.frame import Document, FragmentAssets, FramedMap, PageAssets
from alertmap.maps.i18n import ENGLISH, Translator, event_translator
from alertmap.maps.labels import event_labels
from alertmap.maps.style import (
    EVENT_COLOURS,
    LAND,
    LAND_EDGE,
    sequential_colours,
    style_for,
    style_key,
)
from alertmap.maps.templates import layer_name
from alertmap.maps.translate import check_lines, translated_properties

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

#: The least extent the view is fitted to, degrees of arc each way (about 670 km): about the
#: Korean peninsula, so that a lone site is shown among the coasts and places around it.
MIN_FIT_ARC_DEG = 6.0

#: Room kept free for the timeline and notes (left) and the title, layers and legend (right).
FIT_PADDING_TOP_LEFT = (380, 20)
FIT_PADDING_BOTTOM_RIGHT = (340, 20)

#: Room kept on a small screen (alertmap.js: compact) for the title above and the folded sheet
#: below, and for a folded profile panel under the title.
COMPACT_PADDING_TOP = 64
COMPACT_PADDING_BOTTOM = 60
COMPACT_PROFILE_PX = 56

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

#: Places for a sea's name besides its label point (points well inside the sea, in view).
SEA_LABEL_POINTS = 12

#: Kinds whose features labels keep off (besides the numbered features): callouts never
#: cover a point, and cover an area or a line (but the corridor) only when no free place is
#: near; the labels of seas and places keep off them all.
AVOIDED_KINDS = {
    Kind.CORRIDOR,
    Kind.LAUNCH_SITE,
    Kind.WAYPOINT,
    Kind.HAZARD_AREA,
    Kind.FALL_AREA,
    Kind.PREDICTED_FALL,
    Kind.TRACK,
    Kind.GATE,
}

#: More features than this to keep off and callouts keep off only the numbered ones (a page
#: of thousands of areas).
MAX_AVOIDED = 60

#: A layer of more range rings than this (a catalogue's) is not labelled.
MAX_RING_LABELS = 12

#: On a catalogue's map (:func:`many_launches`), falls are drawn as circles sized by their
#: reported range below this zoom, as sectors from it.
SECTOR_ZOOM = 6


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
    #: The language of the map's own text (``en``, ``ja``, ``ko``: :mod:`alertmap.maps.i18n`).
    lang: str = "en"


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
    """(min_lon, min_lat, max_lon, max_lat) of the features the map is fitted to, and of the
    points the falls' reported distances were measured from.

    Longitudes may run beyond ±180 (a flight across the antimeridian); features given in
    another turn of longitude than the rest (a fall at 179°W beside a track at 181°E) count
    where they are drawn, next to the rest (:func:`lon_window`).
    """
    geoms = [f.geometry for f in event.features() if f.kind in FIT_KINDS]
    if not geoms:
        geoms = [f.geometry for f in event.features()]
    # and the points the falls' distances were measured from ("250 km W of Aomori
    # Prefecture": the prefecture's coast), so that the map shows what a report is told from
    geoms += [
        shapely.Point(f.anchor.lon, f.anchor.lat)
        for f in event.features()
        if f.kind is Kind.FALL_AREA and f.anchor is not None
    ]
    boxes = shapely.bounds(np.asarray(geoms, dtype=object))
    boxes = boxes[~np.isnan(boxes).any(axis=1)]
    if not len(boxes):
        raise MapsError(f"{event.id}: expected at least one feature with a position to map")
    west, east = lon_window(boxes[:, 0], boxes[:, 2])
    return at_least_a_region((west, float(boxes[:, 1].min()), east, float(boxes[:, 3].max())))


def at_least_a_region(
    bounds: tuple[float, float, float, float],
) -> tuple[float, float, float, float]:
    """``bounds`` widened, about their centre, to ``MIN_FIT_ARC_DEG`` of arc each way where they
    are smaller than that both ways: an event that is one point or a small cluster (a draft with
    only its launch site, a site told as a country and drawn at its centre) is shown with the
    coasts and places around it, not as a blank square kilometre of land at the highest zoom.

    Examples
    --------
    >>> [round(v, 2) for v in at_least_a_region((125.0, 39.0, 125.0, 39.0))]
    [121.14, 36.0, 128.86, 42.0]
    >>> at_least_a_region((120.0, 30.0, 130.0, 31.0))  # 10 degrees wide: as it is
    (120.0, 30.0, 130.0, 31.0)
    """
    west, south, east, north = bounds
    mid_lat = (south + north) / 2
    stretch = 1.0 / max(math.cos(math.radians(mid_lat)), 0.1)  # degrees of longitude per arc
    if (east - west) / stretch >= MIN_FIT_ARC_DEG or north - south >= MIN_FIT_ARC_DEG:
        return bounds
    half_lat = MIN_FIT_ARC_DEG / 2
    mid_lat = min(max(mid_lat, -85.0 + half_lat), 85.0 - half_lat)
    half_lon = MIN_FIT_ARC_DEG / 2 / max(math.cos(math.radians(mid_lat)), 0.1)
    mid_lon = (west + east) / 2
    return mid_lon - half_lon, mid_lat - half_lat, mid_lon + half_lon, mid_lat + half_lat


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


def _basemap_geometries(geoms: list[Any], tolerances: Sequence[float]) -> list[list[Any]]:
    """Country outlines simplified to each of ``tolerances`` (finest first) in Web Mercator
    (Douglas-Peucker, five times faster than the topology-preserving variant; in Mercator a
    pixel is the same size in both directions), repaired where a simplified outline crosses
    itself, and returned in Web Mercator (:func:`svg_path` with ``mercator``: no round trip
    through longitude/latitude); islands smaller than a tolerance drop out.
    Each is simplified from the full outlines: simplifying an outline already simplified to a
    tolerance t by another t' removes almost nothing when t' is near t (the coarse outline
    came out 40 % larger than when simplified from the full one)."""
    full = shapely.transform(np.asarray(geoms, dtype=object), mercator_deg)

    def level(tolerance: float) -> list[Any]:
        simple = shapely.simplify(full, tolerance, preserve_topology=False)
        broken = ~shapely.is_valid(simple)
        if broken.any():
            simple[broken] = shapely.make_valid(
                simple[broken], method="structure", keep_collapsed=False
            )
        return list(simple)

    if len(tolerances) < 2:
        return [level(t) for t in tolerances]
    # the levels at once: GEOS lets go of Python's lock while it simplifies and validates
    with ThreadPoolExecutor(len(tolerances)) as pool:
        return list(pool.map(level, tolerances))


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


def _display_properties(
    feature: Feature, layer: Layer, timezone: str, tr: Translator = ENGLISH
) -> dict[str, Any]:
    full = feature_properties(feature, layer)
    props = {k: full[k] for k in DISPLAY_PROPERTIES}
    if edge := map_edge_note(feature.geometry, tr):
        props["notes"] = [*props["notes"], edge]
    props["times_display"] = [
        {
            "label": panels.time_label(t.label, tr),
            "text": panels.format_time(t, timezone, tr) + (f": {t.detail}" if t.detail else ""),
        }
        for t in feature.times
    ]
    if not tr.english:  # the map's words in its language; the scenario's as written
        translated_properties(props, tr)
    if feature.profile is not None:  # its apogee and crossings (issue 13)
        props["profile_rows"] = panels.profile_rows(feature.profile, timezone, tr)
    props["sources"] = [{k: v for k, v in src.items() if v is not None} for src in props["sources"]]
    # empty values are left out (the runtime treats a missing key as empty): a catalogue page
    # repeats these for thousands of features
    return {k: v for k, v in props.items() if v not in (None, "", [], False)}


def map_edge_note(geometry: Any, tr: Translator = ENGLISH) -> str:
    """What a popup says of a shape that reaches beyond the latitudes the map can show (an
    area round a pole, a track over one); '' for any other shape.

    Examples
    --------
    >>> map_edge_note(box(-180.0, 89.0, 180.0, 90.0))
    "Reaches beyond 85.05°N, where this map (Web Mercator) ends: drawn to the map's edge there."
    >>> map_edge_note(box(120.0, 30.0, 130.0, 40.0))
    ''
    """
    _, south, _, north = geometry.bounds
    beyond = [
        f"{MERCATOR_MAX_LAT:.2f}°{hemisphere}"
        for lat, hemisphere in ((north, "N"), (-south, "S"))
        if lat > MERCATOR_MAX_LAT
    ]
    if not beyond:
        return ""
    return tr(
        "Reaches beyond {latitudes}, where this map (Web Mercator) ends: drawn to the map's "
        "edge there.",
        latitudes=tr(" and ").join(beyond),
    )


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


def _drawn(f: Feature, pixel: float, cache: DrawnCache | None = None) -> Any:
    """The feature's geometry as drawn: simplified to within one screen pixel at the highest
    zoom offered (``pixel`` degrees; the simplification runs in Web Mercator, where a pixel
    is the same size in both directions); taken from ``cache`` where :func:`_drawn_all` drew
    it already (the map's layers are drawn before their callouts and labels)."""
    geom = f.geometry
    tolerance = max(SIMPLIFY_DEG.get(f.kind, 0.0), pixel)
    if cache is not None:
        found = cache.get((id(geom), tolerance, f.kind is not Kind.TRACK))
        if found is not None:
            return found
    _, min_lat, _, max_lat = geom.bounds
    if shapely.get_num_coordinates(geom) > 2 and max(abs(min_lat), abs(max_lat)) < 85.0:
        keep = f.kind is not Kind.TRACK  # areas keep their topology; a line need not
        flat = shapely.simplify(
            shapely.transform(geom, mercator_deg), tolerance, preserve_topology=keep
        )
        geom = shapely.transform(flat, lonlat_from_mercator_deg)
    return geom


#: Geometries as drawn, by the geometry (its id: the event holds it while the map is made),
#: the tolerance and whether it keeps its topology: a catalogue draws one J-Alert zone in
#: every year that named it.
DrawnCache = dict[tuple[int, float, bool], Any]


def _drawn_all(features: Sequence[Feature], pixel: float, cache: DrawnCache | None = None) -> Any:
    """:func:`_drawn` of each feature, computed for all of them at once (a catalogue's layer
    holds hundreds): an array of geometries; ``cache`` keeps those drawn already."""
    geoms = np.empty(len(features), dtype=object)
    geoms[:] = [f.geometry for f in features]
    out = geoms.copy()
    if not len(geoms):
        return out
    bounds = shapely.bounds(geoms)
    with np.errstate(invalid="ignore"):  # an empty geometry's bounds are NaN: left as it is
        inside = np.maximum(np.abs(bounds[:, 1]), np.abs(bounds[:, 3])) < 85.0
    todo = (shapely.get_num_coordinates(geoms) > 2) & inside
    groups: dict[tuple[float, bool], list[int]] = {}
    for i in np.flatnonzero(todo).tolist():
        kind = features[i].kind
        tolerance = max(SIMPLIFY_DEG.get(kind, 0.0), pixel)
        groups.setdefault((tolerance, kind is not Kind.TRACK), []).append(i)
    cache = {} if cache is None else cache
    for (tolerance, keep), index in groups.items():
        keys = [(id(geoms[i]), tolerance, keep) for i in index]
        todo = [i for i, key in zip(index, keys, strict=True) if key not in cache]
        if todo:
            simplify = functools.partial(
                shapely.simplify, tolerance=tolerance, preserve_topology=keep
            )  # shared among the cores: a catalogue's layers hold hundreds of outlines
            flat = in_threads(simplify, shapely.transform(geoms[todo], mercator_deg))
            drawn = shapely.transform(flat, lonlat_from_mercator_deg)
            for i, g in zip(todo, drawn, strict=True):
                cache[(id(geoms[i]), tolerance, keep)] = g
        out[index] = [cache[key] for key in keys]
    return out


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
    tr: Translator = ENGLISH,
    *,
    cache: DrawnCache | None = None,
) -> dict[str, Any]:
    drawn = _drawn_all(layer.features, pixel, cache)
    if window is not None:  # drawn where the map is fitted
        for i, f in enumerate(layer.features):
            if f.kind in FIT_KINDS:
                drawn[i] = in_window(drawn[i], *window)
    shapes = feature_shapes(drawn, bits, decimals)

    def item(f: Feature, shape: dict[str, Any]) -> dict[str, Any]:
        out = {"shape": shape, "properties": _display_properties(f, layer, timezone, tr)}
        if f.profile is not None:  # its time and altitude along the line (issue 13)
            out["profile"] = profile_data(f, pixel, decimals, timezone, window)
        return out

    features = [item(f, s) for f, s in zip(layer.features, shapes, strict=True)]
    text = shared_text([f["properties"] for f in features])
    return {"bits": bits, "features": features, **({"text": text} if text else {})}


#: Properties whose texts repeat from feature to feature (the same method for every track of a
#: catalogue, the same kind label): written once per layer (:func:`shared_text`).
SHARED_TEXT_KEYS = ("kind_label", "method", "basis")


def shared_text(properties: list[dict[str, Any]]) -> list[str]:
    """Write each text of :data:`SHARED_TEXT_KEYS` that two or more features share once: the
    features' values become its index in the returned table (the runtime puts the text back
    before anything reads it). A catalogue of 1,000 launches repeats "piecewise geodesic
    through the launch site ..." for each track: 0.5 MB of its page.

    Examples
    --------
    >>> props = [{"method": "same words", "basis": "reported"}, {"method": "same words"}]
    >>> shared_text(props), props
    (['same words'], [{'method': 0, 'basis': 'reported'}, {'method': 0}])
    """
    counts: dict[str, int] = {}
    for p in properties:
        for key in SHARED_TEXT_KEYS:
            if isinstance(value := p.get(key), str):
                counts[value] = counts.get(value, 0) + 1
    index: dict[str, int] = {}
    for p in properties:
        for key in SHARED_TEXT_KEYS:
            value = p.get(key)
            if isinstance(value, str) and counts[value] > 1:
                p[key] = index.setdefault(value, len(index))
    return list(index)


#: Most vertices of a track's profile written into the page; a longer profile keeps those that
#: shape its line on the map, its height against time and its time along the line.
MAX_PROFILE_POINTS = 4000

#: Tolerance of those shapes, as a fraction of the flight's time, height and length.
PROFILE_TOLERANCE = 2e-4


def profile_vertices(
    lonlat: Any, times_s: Any, altitudes_m: Any, pixel: float
) -> npt.NDArray[np.intp]:
    """The indices of the vertices of a timed track to keep: those Douglas-Peucker keeps of its
    line in Web Mercator (to ``pixel`` degrees), of its altitude against time and of its time
    against distance along the line (each to :data:`PROFILE_TOLERANCE` of the whole), so that
    interpolating between the kept ones stays within those tolerances. Unknown altitudes
    (``nan``) keep the vertices where they start and stop.

    Examples
    --------
    >>> lonlat = np.column_stack([np.linspace(130.0, 140.0, 101), np.full(101, 40.0)])
    >>> t = np.linspace(0.0, 600.0, 101)
    >>> profile_vertices(lonlat, t, 4.0 * t * (600.0 - t), 0.001).size < 101  # a parabola
    True
    >>> profile_vertices(lonlat, t, np.zeros(101), 0.001).tolist()  # straight, even, flat
    [0, 100]
    """
    xy = mercator_deg(np.asarray(lonlat, dtype=float))
    t = np.asarray(times_s, dtype=float)
    alt = np.asarray(altitudes_m, dtype=float)
    along = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
    known = np.isfinite(alt)
    highest = float(np.abs(alt[known]).max()) if known.any() else 0.0
    height = np.where(known, alt, -0.5 * highest - 1.0) / (highest or 1.0)
    duration = float(t[-1] - t[0]) or 1.0
    length = float(along[-1]) or 1.0
    shapes = (
        (xy, pixel),
        (np.column_stack([t / duration, height]), PROFILE_TOLERANCE),
        (np.column_stack([along / length, t / duration]), PROFILE_TOLERANCE),
    )
    index = np.arange(len(t), dtype=float)
    kept = [
        shapely.get_coordinates(
            shapely.simplify(shapely.linestrings(np.column_stack([shape, index])), tolerance),
            include_z=True,
        )[:, 2]
        for shape, tolerance in shapes
    ]
    return np.unique(np.concatenate(kept)).astype(np.intp)


def profile_data(
    feature: Feature,
    pixel: float,
    decimals: int,
    timezone: str,
    window: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """A track's profile as the runtime reads it: ``points``, one ``[lat, lon, seconds after
    launch, altitude in m or None]`` per vertex of the line as drawn (in the same turn of
    longitude; thinned by :func:`profile_vertices` beyond :data:`MAX_PROFILE_POINTS`), the
    launch time in ms since 1970 (UTC), the event's UTC offset in minutes (``timezone``) and
    ``modelled``."""
    profile = feature.profile
    if profile is None:
        raise MapsError(f"{feature.name}: expected a track with a profile")
    line = feature.geometry
    if window is not None and feature.kind in FIT_KINDS:  # where the line is drawn
        line = in_window(line, *window)
    lonlat = shapely.get_coordinates(line)
    count = len(lonlat) if line.geom_type == "LineString" else -1
    if not (count == len(profile.times_s) == len(profile.altitudes_m)):
        raise MapsError(
            f"{feature.name}: expected one time and one altitude per vertex of the track's "
            f"line ({len(lonlat)} in a {line.geom_type}), got {len(profile.times_s)} times "
            f"and {len(profile.altitudes_m)} altitudes"
        )
    times = np.asarray(profile.times_s, dtype=float)
    alts = np.asarray(profile.altitudes_m, dtype=float)
    keep = (
        profile_vertices(lonlat, times, alts, pixel)
        if count > MAX_PROFILE_POINTS
        else np.arange(count)
    )
    points = [
        [
            round(lat, decimals),
            round(lon, decimals),
            round(t, 1),
            round(a) if math.isfinite(a) else None,
        ]
        for (lon, lat), t, a in zip(
            lonlat[keep].tolist(), times[keep].tolist(), alts[keep].tolist(), strict=True
        )
    ]
    return {
        "points": points,
        "launch_ms": round(profile.launch.timestamp() * 1000),
        "offset_min": round(zone(timezone).utcoffset(None).total_seconds() / 60),
        "modelled": profile.modelled,
    }


def _sea_labels(
    basemap: Basemap,
    view: tuple[float, float, float, float],
    event: Event,
    tr: Translator = ENGLISH,
    *,
    fitted: tuple[float, float, float, float] | None = None,
) -> list[dict[str, Any]]:
    """Labels of the larger seas in view, and of every sea area the event shows (each with
    further points in the part of the sea within ``fitted``, the event's bounds, if given)."""
    gazetteer = load_gazetteer()
    named = {f.name for f in event.features() if f.kind is Kind.SEA_AREA}
    view_box = box(*view)
    labels = []
    for name, p in basemap.sea_labels:
        if not view_box.contains(shapely.Point(p.lon, p.lat)):
            continue
        try:
            sea = gazetteer.sea(name).geometry
        except LayersError:
            sea = None
        if (sea is not None and sea.area >= MIN_LABELLED_SEA_DEG2) or name in named:
            points = [(p.lon, p.lat)]
            if sea is not None and fitted is not None:
                points += _points_in_sea(sea, box(*fitted), (p.lon, p.lat))
            labels.append(
                {
                    "text": tr.place(name),
                    "points": [[round(lat, 4), round(lon, 4)] for lon, lat in points],
                    "kind": "sea",
                }
            )
    return labels


def _points_in_sea(
    sea: BaseGeometry, view_box: BaseGeometry, first: tuple[float, float]
) -> list[tuple[float, float]]:
    """Further places for a sea's name, in case features cover its label point: points well
    inside the sea's part in ``view_box`` (a fortieth of its width from the sea's edge), on a
    grid of a twentieth of its width, nearest the label point first, each at least a tenth of
    its width from the ones before (:data:`SEA_LABEL_POINTS` at most)."""
    minx, _, maxx, _ = view_box.bounds
    step = (maxx - minx) / 10.0
    inner = shapely.buffer(shapely.intersection(sea, view_box), -step / 4.0)
    if inner.is_empty:
        return []
    x0, y0, x1, y1 = inner.bounds
    gx, gy = np.meshgrid(np.arange(x0, x1, step / 2.0), np.arange(y0, y1, step / 2.0))
    inside = shapely.contains_xy(inner, gx.ravel(), gy.ravel())
    xs, ys = gx.ravel()[inside], gy.ravel()[inside]
    order = np.argsort(np.hypot(xs - first[0], ys - first[1]))
    chosen: list[tuple[float, float]] = [first]
    for x, y in zip(xs[order].tolist(), ys[order].tolist(), strict=True):
        if all(np.hypot(x - a, y - b) >= step for a, b in chosen):
            chosen.append((x, y))
            if len(chosen) > SEA_LABEL_POINTS:
                break
    return chosen[1:]


def _add_basemap(
    m: folium.Map,
    view: tuple[float, float, float, float],
    bounds: tuple[float, float, float, float],
    event: Event,
    max_zoom: int,
    *,
    seas: bool = True,
    tr: Translator = ENGLISH,
) -> None:
    """Bundled Natural Earth countries and (with ``seas``) sea names, in a pane below the
    event's layers."""
    basemap = load_basemap(view)
    tolerance = basemap_tolerance(bounds)
    # below Leaflet's tile pane (200): online tiles, when added, cover it
    folium.map.CustomPane("am-basemap", z_index=150, pointer_events=False).add_to(m)
    geoms = [geom for _, geom in basemap.countries]
    # the coarse outline stays within about a pixel below this zoom; drawn first (about a
    # pixel at the fitted zoom), the finer outline replaces it when the map is zoomed in (see
    # Outlines)
    detail_zoom = math.log2(360.0 / (256 * COARSE_FACTOR * tolerance)) + 0.25
    if detail_zoom <= max_zoom:
        fine, coarse_geoms = _basemap_geometries(geoms, (tolerance, COARSE_FACTOR * tolerance))
    else:
        fine, (coarse_geoms,) = [], _basemap_geometries(geoms, (COARSE_FACTOR * tolerance,))

    def encoded(outline: list[Any], tol: float) -> dict[str, Any]:
        bits = outline_bits(tol)
        return {"bits": bits, "path": svg_path(outline, bits, mercator=True)}

    coarse = encoded(coarse_geoms, COARSE_FACTOR * tolerance)
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
        detail=encoded(fine, tolerance) if fine else None,
        detail_zoom=detail_zoom,
    ).add_to(m)
    if seas:
        Labels(_sea_labels(basemap, view, event, tr, fitted=bounds), "am-sea-label").add_to(m)


def fall_dots(layer: Layer, window: tuple[float, float]) -> list[list[float | None]]:
    """Where each fall of a layer is drawn as a circle, and its reported range:
    ``[lat, lon, km]`` (``km`` None when no range was reported), in the order of the layer's
    features; the point is the fall's drawn position, else the centre of its area, moved next
    to the map's window as its area is (:func:`in_window`).

    Examples
    --------
    >>> from alertmap.layers.model import ReportedRange
    >>> from alertmap.geo.coords import LonLat
    >>> fall = Feature("Fall", Kind.FALL_AREA, box(130.0, 40.0, 132.0, 41.0),
    ...                position=LonLat(-179.0, 40.5),
    ...                reported_range=ReportedRange(LonLat(124.7, 39.7), 950_000.0))
    >>> fall_dots(Layer("Falls", Kind.FALL_AREA, (fall,)), (100.0, 200.0))
    [[40.5, 181.0, 950.0]]
    """
    out: list[list[float | None]] = []
    for f in layer.features:
        if f.position is not None:
            point = shapely.Point(f.position.lon, f.position.lat)
        else:
            point = shapely.point_on_surface(f.geometry)
        point = in_window(point, *window)
        km = f.reported_range.distance_m / 1000.0 if f.reported_range is not None else None
        out.append([round(point.y, 5), round(point.x, 5), km])
    return out


def catalogue_view(
    event: Event, drawn: list[tuple[Layer, Any, Features]], window: tuple[float, float]
) -> CatalogueView:
    """The year filter and the falls as circles of a catalogue's map (see
    :class:`~alertmap.maps.elements.CatalogueView`); ``drawn`` pairs each layer with its
    group and features on the map."""
    years = list(dict.fromkeys(layer.group for layer, _, _ in drawn if layer.group))
    launches = dict.fromkeys(years, 0)  # a launch has one launch site
    for layer, _, _ in drawn:
        if layer.kind is Kind.LAUNCH_SITE and layer.group:
            launches[layer.group] += len(layer.features)
    year_of = {f.id: layer.group for layer, _, _ in drawn for f in layer.features}
    config = {
        "years": years,
        "launches": launches,
        "sectorZoom": SECTOR_ZOOM,
        "layers": [
            {
                "year": layer.group,
                "dots": fall_dots(layer, window) if layer.kind is Kind.FALL_AREA else None,
            }
            for layer, _, _ in drawn
        ],
        "timeline": {
            str(item["id"]): year_of[str(item["id"])]
            for item in panels.timeline_items(event)
            if str(item["id"]) in year_of
        },
    }
    return CatalogueView(config, [(group, features) for _, group, features in drawn])


def many_launches(event: Event) -> bool:
    """Whether a map overlays many launches (a catalogue's): more events (layer groups), or
    more launch sites in them, than :data:`EVENT_COLOURS` has colours.

    Examples
    --------
    >>> from alertmap.layers.model import Event
    >>> many_launches(Event("e", "E", "2023-08-24", ()))
    False
    """
    groups = {layer.group for layer in event.layers if layer.group}
    launches = sum(
        len(layer.features)
        for layer in event.layers
        if layer.group and layer.kind is Kind.LAUNCH_SITE
    )
    return len(groups) >= 2 and max(len(groups), launches) > len(EVENT_COLOURS)


def event_colours(event: Event) -> dict[str, str]:
    """Colour per overlaid event (layer group), in their order: one of :data:`EVENT_COLOURS`
    each, or, for more events (a catalogue's years), a sequential ramp with none repeated
    (:func:`~alertmap.maps.style.sequential_colours`); empty for a single event."""
    groups = list(dict.fromkeys(layer.group for layer in event.layers if layer.group))
    if len(groups) < 2:
        return {}
    if len(groups) > len(EVENT_COLOURS):
        return dict(zip(groups, sequential_colours(len(groups)), strict=True))
    return dict(zip(groups, EVENT_COLOURS, strict=False))


def compose(event: Event, options: MapOptions | None = None) -> Document:
    """Build the element tree of an event's map; render it with :mod:`maps.output`."""
    opts = options or MapOptions()
    tr = event_translator(event, opts.lang)
    bounds = event_bounds(event)
    minx, miny, maxx, maxy = bounds
    view = basemap_view(bounds)

    title = tr.text(event.title, places=False)  # as written, or a title alertmap made
    doc = Document(
        title=title,
        lang=opts.lang,
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
        source_line=panels.source_line(event, tr),
        sources=[s.label() for s in event.sources()],
        label=tr("Map: {title}, {date}", title=title, date=tr.date(event.date)),
        translator=tr,
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
    # on a small screen the title (and a folded profile panel below it) above, the sheet below
    profile_panel = sum(f.profile is not None for f in event.features()) == 1
    compact_top = COMPACT_PADDING_TOP + (COMPACT_PROFILE_PX if profile_panel else 0)
    Fit(
        [[miny, minx], [maxy, maxx]],
        padding_top_left=FIT_PADDING_TOP_LEFT,
        padding_bottom_right=FIT_PADDING_BOTTOM_RIGHT,
        compact_padding=((16, compact_top), (16, COMPACT_PADDING_BOTTOM)),
    ).add_to(m)

    # online tiles are added over the bundled basemap, never in its place: offline, or where
    # a tile does not load, the coastlines stay (and a line under the map says so)
    # a catalogue's many events leave no sea free of features to name (nor room for names)
    colours = event_colours(event)
    few = len(colours) <= len(EVENT_COLOURS)
    _add_basemap(m, view, bounds, event, opts.max_zoom, seas=few, tr=tr)
    if opts.tiles:
        from alertmap.maps.tiles import tile_layer

        tiles = tile_layer(opts.tiles).add_to(m)
        TileWatch(tiles, opts.tiles).add_to(m)

    items = panels.timeline_items(event, tr)
    numbered = number_items(items)
    targets = {str(item["id"]) for item in items} if numbered else set()
    avoided = [f for f in event.features() if f.kind in AVOIDED_KINDS and f.id not in targets]
    if len(avoided) > MAX_AVOIDED:
        avoided = [f for f in avoided if f.geometry.geom_type == "Point"][:MAX_AVOIDED]
    shown_ids = targets | {f.id for f in avoided}
    drawn: dict[str, Any] = {}  # the geometry as drawn of the features callouts concern
    positions: dict[str, tuple[float, float]] = {}  # their best single positions, (lon, lat)
    rings: list[tuple[Feature, Any]] = []  # range rings as drawn, for their distances
    profiled: list[tuple[Layer, Feature, Features]] = []  # tracks with a profile (issue 13)
    overlaid: list[tuple[Layer, Any, Features]] = []  # a catalogue's layers, by year
    drawn_cache: DrawnCache = {}
    many = many_launches(event)
    for layer in event.layers:
        group = folium.FeatureGroup(name=layer_name(tr.text(layer.name)), show=layer.show)
        decimals = min(4 if layer.kind in (Kind.SEA_AREA, Kind.EEZ) else 5, pixel_decimals)
        style = style_for(style_key(layer), colours.get(layer.group))
        data = _collection(
            layer, decimals, pixel, bits, event.timezone, (minx, maxx), tr, cache=drawn_cache
        )
        features = Features(
            data,
            {"style": style, "legend": panels.legend_keys(layer)},
            kind=tr.text(layer.kind.label),
            event=layer.group,
        )
        features.add_to(group)
        profiled += [(layer, f, features) for f in layer.features if f.profile is not None]
        group.add_to(m)
        if many and layer.group:
            overlaid.append((layer, group, features))
        for f in layer.features:
            if f.id in shown_ids:
                g = _drawn(f, pixel, drawn_cache)
                drawn[f.id] = in_window(g, minx, maxx) if f.kind in FIT_KINDS else g
                if f.position is not None:
                    positions[f.id] = (f.position.lon, f.position.lat)
            elif f.kind is Kind.RANGE_RING and len(layer.features) <= MAX_RING_LABELS:
                rings.append((f, _drawn(f, pixel, drawn_cache)))
    # names: for one event, or a few overlaid (a catalogue's would cover its map)
    names = event_labels(event, rings, window=(minx, maxx), tr=tr) if few else []
    if names:
        Labels(names, "am-name-label").add_to(m)
    if drawn:
        Callouts(
            callout_data(
                callouts(items, tr) if numbered else [],
                {k: v for k, v in drawn.items() if k in targets},
                basemap_tolerance(bounds),
                avoid={k: v for k, v in drawn.items() if k not in targets},
                weights={f.id: 0 if f.kind is Kind.CORRIDOR else 150 for f in avoided},
                positions=positions,
            )
        ).add_to(m)

    Panel(
        panels.TITLE_TEMPLATE,
        {
            "title": title,
            "date": tr.date(event.date),
            "launch": panels.launch_text(event, tr),
            "_": tr,
        },
        position="topright",
        css_class="am-title",
    ).add_to(m)
    # a page lists its layers; an embedded block, or a long list, folds into Leaflet's button
    folded = opts.fragment or len(event.layers) > MAX_LISTED_LAYERS
    layer_list = LayerList(collapsed=folded, position="topright")
    layer_list.translator = tr
    layer_list.add_to(m)
    Panel(
        panels.LEGEND_TEMPLATE,
        {
            "rows": panels.legend_rows(event.layers, tr),
            "events": [{"name": k, "colour": v} for k, v in colours.items()],
            "ramp": len(colours) > len(EVENT_COLOURS),
            "_": tr,
        },
        position="bottomright",
        css_class="am-legend",
    ).add_to(m)
    if items:
        Timeline(
            panels.TIMELINE_TEMPLATE,
            {"items": items, "zone": f"UTC{event.timezone}", "_": tr},
            position="topleft",
            css_class="am-timeline",
        ).add_to(m)
    if len(profiled) == 1:  # one event's trajectory in time and height, below the layers
        layer, track, features = profiled[0]
        ProfilePanel(
            panels.PROFILE_TEMPLATE,
            panels.profile_context(event, layer, track, tr),
            position="topright",
            css_class="am-profile",
            track=features,
        ).add_to(m)
    Panel(
        panels.NOTES_TEMPLATE,
        {
            "notes": [tr.scenario(n) for n in event.notes],
            "statements": panels.statement_groups(event, tr),
            "checks": check_lines(check_event(event), tr) if opts.checks else [],
            "basemap": tr(
                "Online tiles: {tiles}, over the bundled basemap: Natural Earth (public domain).",
                tiles=opts.tiles,
            )
            if opts.tiles
            else tr("Basemap: Natural Earth (public domain)."),
            "_": tr,
        },
        position="bottomleft",
        css_class="am-notes",
    ).add_to(m)
    if overlaid:  # a catalogue: its years filtered, its falls as circles when zoomed out
        catalogue_view(event, overlaid, (minx, maxx)).add_to(m)
    Ready().add_to(m)
    m.mark_composed()
    return doc
