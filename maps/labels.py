"""Names on the map: the places and regions the reports name, the distances of range rings,
and the seas.

Each label is text at one or more candidate points; the runtime (``alertmap.js``,
``placeLabels``) places it after the callouts, at the first candidate where it covers no
callout, leader, panel or other label (a sea's also no feature), and leaves it out where none
is free. A place is drawn as a dot with its name beside it, a region's name at its centre, a
ring's distance on the ring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np
import shapely

from alertmap.geo.coords import GeoError, parse_position
from alertmap.layers.model import Event, Feature, Mention
from alertmap.maps.callouts import label_point
from alertmap.maps.i18n import ENGLISH, Translator

#: Where in a scenario a name is given whose feature a callout already names (the launch
#: site, a J-Alert's prefectures): no place label repeats it.
CALLOUT_FIELDS = ("launch", "alerts")

#: Points along a range ring where its distance may be written, as fractions of its length.
RING_CANDIDATES = 16

#: A range ring's distance at the start of its name ("500 km from Sohae").
_RING_DISTANCE = re.compile(r"^([\d.,]+ (?:km|NM))\b")


def _is_position(name: str) -> bool:
    """Whether a mention's name is a position as written ("39-16.5N 141-53.1E"), which is
    no place to name.

    Examples
    --------
    >>> _is_position("39-16.5N 141-53.1E"), _is_position("Miyako Island")
    (True, False)
    """
    try:
        parse_position(name)
    except GeoError:
        return False
    return True


def _latlon(lon: float, lat: float) -> list[float]:
    return [round(lat, 4), round(lon, 4)]


def place_labels(
    mentions: Iterable[Mention], *, window: tuple[float, float], tr: Translator = ENGLISH
) -> list[dict[str, Any]]:
    """A label for each place and region the reports name, once each, in the order named:
    a place (a point) as ``{"text", "points": [[lat, lon]], "kind": "place"}``, drawn with a
    dot; a region at its label point (:func:`alertmap.maps.callouts.label_point`) with
    ``"kind": "region"`` and its bounding box (``"box"``: ``[[south, west], [north,
    east]]``). Positions as written, the launch site and J-Alert prefectures (named
    by their callouts: :data:`CALLOUT_FIELDS`) are left out. Longitudes are taken in the
    turn that ``window`` (west, east) shows.

    Examples
    --------
    >>> from shapely.geometry import Point, box
    >>> mentions = [Mention("Sohae", Point(124.7, 39.66), "launch.at"),
    ...             Mention("Ieodo", Point(125.18, 32.12), "track.waypoints[1].from"),
    ...             Mention("Ieodo", Point(125.18, 32.12), "falls[0].from"),
    ...             Mention("Miyako Island", box(125.2, 24.7, 125.5, 24.9), "track.waypoints[2]")]
    >>> labels = place_labels(mentions, window=(120.0, 140.0))
    >>> [(lb["text"], lb["kind"], lb["points"]) for lb in labels]
    [('Ieodo', 'place', [[32.12, 125.18]]), ('Miyako Island', 'region', [[24.8, 125.35]])]
    >>> labels[1]["box"]
    [[24.7, 125.2], [24.9, 125.5]]
    """
    from alertmap.maps.compose import in_window

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for m in mentions:
        if m.name in seen or m.field.startswith(CALLOUT_FIELDS) or _is_position(m.name):
            continue
        if m.geometry.is_empty:
            continue
        seen.add(m.name)
        geometry = in_window(m.geometry, *window)
        point = geometry.geom_type == "Point"
        lon, lat = label_point(geometry)
        label: dict[str, Any] = {
            "text": tr.place(m.name),  # in the map's language where the gazetteer has it
            "points": [_latlon(lon, lat)],
            "kind": "place" if point else "region",
        }
        if not point:  # a small region (an island) is named beside it, as a place
            west, south, east, north = geometry.bounds
            label["box"] = [_latlon(west, south), _latlon(east, north)]
        out.append(label)
    return out


def ring_label_text(name: str) -> str:
    """What a range ring is labelled with: the distance its name starts with.

    Examples
    --------
    >>> ring_label_text("500 km from Sohae"), ring_label_text("Outer ring")
    ('500 km', 'Outer ring')
    """
    m = _RING_DISTANCE.match(name)
    return m.group(1) if m else name


def ring_labels(
    rings: Iterable[tuple[Feature, Any]], tr: Translator = ENGLISH
) -> list[dict[str, Any]]:
    """A label on each range ring (``rings``: each feature with its geometry as drawn), with
    :data:`RING_CANDIDATES` points along it to choose from, and the ring's id (``target``:
    shown only while the ring is).

    Examples
    --------
    >>> from shapely.geometry import LineString
    >>> from alertmap.layers.model import Kind
    >>> ring = LineString([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)])
    >>> lb = ring_labels([(Feature("500 km from X", Kind.RANGE_RING, ring, id="r1"), ring)])[0]
    >>> lb["text"], lb["kind"], lb["target"], len(lb["points"])
    ('500 km', 'ring', 'r1', 16)
    """
    out = []
    for feature, drawn in rings:
        if drawn.is_empty:
            continue
        line = max(shapely.get_parts(drawn), key=lambda g: g.length)
        at = shapely.line_interpolate_point(
            line, np.arange(RING_CANDIDATES) / RING_CANDIDATES, normalized=True
        )
        out.append(
            {
                "text": tr.text(ring_label_text(feature.name)),
                "points": [_latlon(p.x, p.y) for p in at],
                "kind": "ring",
                "target": feature.id,
            }
        )
    return out


def event_labels(
    event: Event,
    rings: Iterable[tuple[Feature, Any]],
    *,
    window: tuple[float, float],
    tr: Translator = ENGLISH,
) -> list[dict[str, Any]]:
    """The places and regions the event's reports name, then its range rings' distances."""
    return [*place_labels(event.mentions, window=window, tr=tr), *ring_labels(rings, tr)]
