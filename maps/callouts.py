"""Numbered callouts: the map says which shape is which without a click.

Every entry of the timeline gets a number, shown in the timeline and on the map beside the
feature it points at, with a short label: "03:58 fell, Yellow Sea, about 300 km W of the
Korean Peninsula". Entries that point at one feature (a J-Alert's launch and lifted messages)
share one callout that shows all their numbers. This module says what each callout reads and
where its feature is (its label point and, for the placement, its outline); the runtime
(``alertmap.js``, ``addCallouts``) places the labels on screen, where the panels, the zoom and
the frame's size are known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.ops import polylabel

from alertmap.geo.bands import shift_near
from alertmap.maps.elements import lonlat_from_mercator_deg, mercator_deg
from alertmap.maps.i18n import ENGLISH, Translator

#: More timeline entries than this (a catalogue of launches) and nothing is numbered: the
#: map could not hold a label for each.
MAX_CALLOUTS = 30

#: Most vertices of an outline sent for the placement (per feature).
MAX_OUTLINE_VERTICES = 400

#: Words a place can start with that read on from the time's label ("passed between ...").
_PREPOSITIONS = ("Between ", "Over ", "Near ", "Off ", "Outside ", "Inside ", "West of ",
                 "East of ", "North of ", "South of ")  # fmt: skip

#: A kind's word before the place in a feature's name ("Fall area: ", "J-Alert 07:27: ").
_NAME_HEAD = re.compile(r"^[^:()]{1,24}(?:\([^)]{1,12}\))?(?: \d\d:\d\d)?: ")


@dataclass(frozen=True, slots=True)
class Callout:
    """What one callout reads: the numbers of its timeline entries, the label, and the id of
    the feature it points at.

    Examples
    --------
    >>> Callout((2, 8), "03:54 J-Alert launch, 04:07 lifted, Okinawa Prefecture", "a").badge
    '2 8'
    """

    numbers: tuple[int, ...]
    text: str
    target: str

    @property
    def badge(self) -> str:
        """The numbers as the timeline shows them, separated by spaces."""
        return " ".join(map(str, self.numbers))


def short_place(name: str) -> str:
    """A feature's name as a callout says it: without the kind's word in front, and a
    trailing "(about ...)" as a clause.

    Examples
    --------
    >>> short_place("Fall area: Yellow Sea (about 300 km W of the Korean Peninsula)")
    'Yellow Sea, about 300 km W of the Korean Peninsula'
    >>> short_place("Predicted fall (J-Alert): Hokkaido")
    'Hokkaido'
    >>> short_place("J-Alert 07:27: Hokkaido and Tokyo islands")
    'Hokkaido and Tokyo islands'
    >>> short_place("Pyongsong area, South Phyongan (drawn at the city)")
    'Pyongsong area, South Phyongan (drawn at the city)'
    """
    place = _NAME_HEAD.sub("", name, count=1) or name
    m = re.fullmatch(r"(.*\S) \((about [^()]*)\)", place)
    return f"{m.group(1)}, {m.group(2)}" if m else place


def callout_text(entries: Sequence[tuple[str, str]], place: str, tr: Translator = ENGLISH) -> str:
    """The label of a callout: each entry's time and what happened, then the place. A word
    the entries share ("J-Alert: ") is said once; a place that starts with a preposition
    reads on from the last entry.

    ``entries`` are (time as shown, or '' when not reported; the time's label, e.g.
    ``"fell"``).

    Examples
    --------
    >>> callout_text([("03:58", "fell")], "Yellow Sea, about 300 km W of the Korean Peninsula")
    '03:58 fell, Yellow Sea, about 300 km W of the Korean Peninsula'
    >>> callout_text([("03:54", "J-Alert: launch"), ("04:07", "J-Alert: lifted")],
    ...              "Okinawa Prefecture")
    '03:54 J-Alert launch, 04:07 lifted, Okinawa Prefecture'
    >>> callout_text([("04:00", "passed")], "Between Okinawa main island and Miyako Island")
    '04:00 passed between Okinawa main island and Miyako Island'
    >>> callout_text([("", "fell (time not reported)")], "Yellow Sea")
    'fell (time not reported), Yellow Sea'
    >>> from alertmap.maps.i18n import translator
    >>> callout_text([("3時54分", "Jアラート: 発射"), ("4時07分", "Jアラート: 解除")], "沖縄県",
    ...              translator("ja"))
    '3時54分 Jアラート 発射、4時07分 解除、沖縄県'
    """
    parts = []
    said = ""
    for when, label in entries:
        head, sep, rest = label.partition(": ")
        if not when:
            parts.append(label)
        elif sep and head == said:
            parts.append(f"{when} {rest}")
        elif sep:
            parts.append(f"{when} {head} {rest}")
            said = head
        else:
            parts.append(f"{when} {label}")
    comma = tr(", ")
    text = comma.join(parts)
    if not place:
        return text
    if tr.english and place.startswith(_PREPOSITIONS):
        return f"{text} {place[:1].lower()}{place[1:]}"
    return f"{text}{comma}{place}"


def number_items(items: list[dict[str, Any]]) -> bool:
    """Give each timeline entry its number (``item["number"]``, from 1 in time order), unless
    there are more than :data:`MAX_CALLOUTS`; whether they were numbered.

    Examples
    --------
    >>> items = [{"id": "a"}, {"id": "b"}]
    >>> number_items(items), [i["number"] for i in items]
    (True, [1, 2])
    """
    if len(items) > MAX_CALLOUTS:
        return False
    for n, item in enumerate(items, start=1):
        item["number"] = n
    return True


def callouts(items: Iterable[Mapping[str, Any]], tr: Translator = ENGLISH) -> list[Callout]:
    """One callout per feature the numbered timeline entries point at, in the order of its
    first entry; entries without a number are left out.

    Examples
    --------
    >>> items = [
    ...     {"number": 1, "id": "z", "local": "03:54", "what": "J-Alert: launch",
    ...      "name": "Okinawa Prefecture"},
    ...     {"number": 2, "id": "f", "local": "03:58", "what": "fell", "name": "Fall area: X"},
    ...     {"number": 3, "id": "z", "local": "04:07", "what": "J-Alert: lifted",
    ...      "name": "Okinawa Prefecture"}]
    >>> [(c.badge, c.text) for c in callouts(items)]
    [('1 3', '03:54 J-Alert launch, 04:07 lifted, Okinawa Prefecture'), ('2', '03:58 fell, X')]
    """
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for item in items:
        if item.get("number"):
            grouped.setdefault(str(item["id"]), []).append(item)
    out = []
    for target, entries in grouped.items():
        place = short_place(str(entries[0]["name"]))
        text = callout_text([(str(e["local"]), str(e["what"])) for e in entries], place, tr)
        out.append(Callout(tuple(int(e["number"]) for e in entries), text, target))
    return out


def _rounded(lonlat: Any, decimals: int) -> list[list[float]]:
    """``[lat, lon]`` pairs, as Leaflet takes them."""
    return [[round(lat, decimals), round(lon, decimals)] for lon, lat in lonlat.tolist()]


def label_point(geometry: Any, near: tuple[float, float] | None = None) -> tuple[float, float]:
    """Where a callout's leader points, as (lon, lat): a point itself; the middle of a line
    (its longest part); for an area, in its largest part (or, given ``near``, the feature's
    best position as (lon, lat), the part that holds it or lies nearest to it), the centre if
    it lies at least half as deep inside as the point farthest from the edge, else that point
    (found in Web Mercator, so that it looks central on the map).

    Examples
    --------
    >>> from shapely.geometry import LineString, Point, box
    >>> label_point(Point(124.7, 39.66))
    (124.7, 39.66)
    >>> label_point(LineString([(0.0, 0.0), (2.0, 0.0)]))
    (1.0, 0.0)
    >>> [round(v, 3) for v in label_point(box(0.0, 0.0, 4.0, 1.0))]
    [2.0, 0.5]
    >>> two = box(0.0, 0.0, 4.0, 1.0).union(box(0.0, 3.0, 1.0, 4.0))
    >>> [round(v, 3) for v in label_point(two, near=(0.5, 3.2))]  # the part the position is in
    [0.5, 3.5]
    """
    if geometry.geom_type == "Point":
        return float(geometry.x), float(geometry.y)
    parts = shapely.get_parts(geometry)
    if shapely.get_dimensions(geometry) < 2:
        line = max(parts, key=lambda g: g.length)
        mid = line.interpolate(0.5, normalized=True)
        return float(mid.x), float(mid.y)
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    if near is None or len(polygons) == 1:
        chosen = max(polygons, key=lambda g: g.area)
    else:
        spot = shapely.Point(near)
        chosen = min(polygons, key=lambda g: g.distance(shift_near(spot, _middle_lon(g))))
    largest = shapely.transform(chosen, mercator_deg)
    minx, miny, maxx, maxy = largest.bounds
    inner = polylabel(largest, tolerance=max(maxx - minx, maxy - miny) / 200.0)
    # the centre when it lies well inside (at least half as deep as the deepest point)
    centre = largest.centroid
    depth = largest.exterior.distance(inner)
    if largest.contains(centre) and largest.boundary.distance(centre) >= 0.5 * depth:
        inner = centre
    lon, lat = lonlat_from_mercator_deg(np.array([[inner.x, inner.y]]))[0].tolist()
    return float(lon), float(lat)


def _middle_lon(part: Any) -> float:
    """The middle longitude of a drawn part (whose longitudes may run on across the
    antimeridian: a position is moved next to it by whole turns before it is compared)."""
    return float((part.bounds[0] + part.bounds[2]) / 2.0)


def _uncovered(geometry: Any, others: Sequence[Any]) -> Any:
    """An area less the other numbered areas (where a tap on it opens it, and its leader
    shows which shape it means), or the area itself where they cover all of it or nearly so
    (under a tenth left)."""
    if shapely.get_dimensions(geometry) < 2 or not others:
        return geometry
    left = shapely.difference(geometry, shapely.union_all(others))
    parts = [p for p in shapely.get_parts(left) if p.geom_type == "Polygon"]
    if not parts or sum(p.area for p in parts) < 0.1 * geometry.area:
        return geometry
    return shapely.multipolygons(parts) if len(parts) > 1 else parts[0]


def outline(geometry: Any, tolerance_deg: float, decimals: int = 4) -> dict[str, Any]:
    """A feature's shape for the placement: ``{"rings": [[[lat, lon], ...], ...]}`` for an
    area (every ring; inside is where an odd number of rings surrounds a point), ``{"lines":
    ...}`` for a line, ``{"point": [lat, lon]}`` for a point; simplified in Web Mercator to
    ``tolerance_deg`` (about a pixel at the fitted zoom), coarser where it would exceed
    :data:`MAX_OUTLINE_VERTICES` (and beyond 2,048 times coarser, its largest parts only).

    Examples
    --------
    >>> from shapely.geometry import LineString, Point, box
    >>> outline(box(0.0, 0.0, 1.0, 1.0), 0.01)["rings"][0][:2]
    [[0.0, 1.0], [1.0, 1.0]]
    >>> outline(LineString([(0.0, 0.0), (1.0, 0.0), (2.0, 0.0)]), 0.01)
    {'lines': [[[0.0, 0.0], [0.0, 2.0]]]}
    >>> outline(Point(1.0, 2.0), 0.01)
    {'point': [2.0, 1.0]}
    """
    if geometry.geom_type == "Point":
        return {"point": [round(geometry.y, decimals), round(geometry.x, decimals)]}
    area = shapely.get_dimensions(geometry) == 2
    flat = shapely.transform(geometry, mercator_deg)
    simple = flat
    for doubling in range(12):  # up to 2,048 times the tolerance
        simple = shapely.simplify(flat, tolerance_deg * 2.0**doubling, preserve_topology=area)
        if shapely.get_num_coordinates(simple) <= MAX_OUTLINE_VERTICES:
            break
    parts = shapely.get_parts(simple)
    if shapely.get_num_coordinates(simple) > MAX_OUTLINE_VERTICES:  # many small parts
        counts = np.cumsum(shapely.get_num_coordinates(parts[np.argsort(-shapely.area(parts))]))
        parts = parts[np.argsort(-shapely.area(parts))][
            : max(1, int(np.searchsorted(counts, MAX_OUTLINE_VERTICES, side="right")))
        ]
    if area:
        rings = shapely.get_rings(parts[shapely.get_type_id(parts) == 3])
        return {
            "rings": [
                _rounded(lonlat_from_mercator_deg(shapely.get_coordinates(r)), decimals)
                for r in rings
            ]
        }
    lines = parts[shapely.get_type_id(parts) == 1]
    return {
        "lines": [
            _rounded(lonlat_from_mercator_deg(shapely.get_coordinates(line)), decimals)
            for line in lines
        ]
    }


def callout_data(
    numbered: Sequence[Callout],
    drawn: Mapping[str, Any],
    tolerance_deg: float,
    *,
    avoid: Mapping[str, Any] | None = None,
    weights: Mapping[str, int] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """What the runtime's ``addCallouts`` reads: each callout with its label point and its
    feature's outline (``drawn``: the geometry as drawn, by feature id), and the outlines of
    other features labels keep off (``avoid``, by feature id), each with what covering it
    costs a callout, in pixels of leader line (``weights``, by feature id; 150 if not given;
    a point is never covered). An area's label point lies where no other numbered area covers
    it, in the part nearest its feature's best position (``positions``: (lon, lat) by feature
    id, where it has one)."""
    items = []
    targets = {c.target for c in numbered}
    areas = {k: g for k, g in drawn.items() if k in targets and shapely.get_dimensions(g) == 2}
    for c in numbered:
        geometry = drawn.get(c.target)
        if geometry is None or geometry.is_empty:
            continue
        lon, lat = label_point(
            _uncovered(geometry, [g for k, g in areas.items() if k != c.target]),
            (positions or {}).get(c.target),
        )
        items.append(
            {
                "numbers": list(c.numbers),
                "text": c.text,
                "target": c.target,
                "anchor": [round(lat, 5), round(lon, 5)],
                "shape": outline(geometry, tolerance_deg),
            }
        )
    others = [
        {"id": fid, "shape": outline(g, tolerance_deg), "weight": (weights or {}).get(fid, 150)}
        for fid, g in (avoid or {}).items()
        if not g.is_empty
    ]
    return {"callouts": items, "avoid": others}
