"""The offline basemap: country outlines and sea-name labels, clipped to what a map shows.

The outlines come from ``layers/data/countries.geojson`` (Natural Earth 10m, full detail around
East Asia and the western Pacific, coarser elsewhere) and the labels from ``seas.geojson``; see
``layers/data/PROVENANCE.md``. Both files are read once per process.

Examples
--------
>>> korea = load_basemap((119.0, 28.0, 135.0, 43.0))
>>> sorted(name for name, _ in korea.countries)
['China', 'Japan', 'North Korea', 'Russia', 'South Korea']
>>> sorted(name for name, _ in korea.sea_labels)
['Bo Hai', 'East China Sea', 'East Korea Bay', 'Hangzhou Bay', 'Inner Sea', 'Sea of Japan',
 'Yellow Sea']
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat
from alertmap.layers.datafiles import DATA, read_layer
from alertmap.layers.errors import LayersError

__all__ = ["Basemap", "load_basemap"]

Bounds = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Basemap:
    """What of the basemap falls inside a map's bounds.

    Attributes
    ----------
    countries
        ``(name, geometry)`` per country with land inside the bounds, clipped to them. Across the
        antimeridian (bounds beyond 180) the geometry is in the same unwrapped longitudes as the
        bounds (e.g. Alaska at 190..200).
    sea_labels
        ``(label, position)`` for each sea whose label point lies inside the bounds.
    """

    countries: tuple[tuple[str, BaseGeometry], ...]
    sea_labels: tuple[tuple[str, LonLat], ...]


@dataclass(frozen=True, slots=True)
class _Countries:
    names: tuple[str, ...]
    geometries: Any  # numpy array of shapely geometries
    boxes: Any  # (n, 4) array: min_lon, min_lat, max_lon, max_lat


def _data() -> Path:
    return DATA


@functools.cache
def _countries() -> _Countries:
    """All country outlines, read once (geometry from WKB; see :mod:`layers.datafiles`)."""
    properties, geometries = read_layer(_data(), "countries")
    names = tuple(str(p["name"]) for p in properties)
    return _Countries(names, geometries, shapely.bounds(geometries))


@functools.cache
def _country_index() -> shapely.STRtree:
    """An R-tree of the whole country outlines, prepared for repeated predicates."""
    geometries = _countries().geometries
    shapely.prepare(geometries)
    return shapely.STRtree(geometries)


def countries_touching(geometry: BaseGeometry) -> tuple[tuple[str, BaseGeometry], ...]:
    """``(name, outline)`` of every country whose whole outline intersects ``geometry`` (given
    in longitudes within -180..180), found with an R-tree: no clipping, so it is cheap to ask
    many times.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> [name for name, _ in countries_touching(Point(130.5, 32.0))]
    ['Japan']
    """
    data = _countries()
    hits = sorted(_country_index().query(geometry, predicate="intersects").tolist())
    return tuple((data.names[i], data.geometries[i]) for i in hits)


@functools.cache
def _sea_labels() -> tuple[tuple[str, float, float], ...]:
    """``(label, lon, lat)`` of every sea, without the straits that are a label point only."""
    properties, _ = read_layer(_data(), "seas")
    return tuple(
        (p["label"], float(p["label_lon"]), float(p["label_lat"]))
        for p in properties
        if not p.get("placeholder")
    )


def _checked(bounds: Bounds) -> Bounds:
    """``bounds`` as floats, or a `LayersError` saying what was expected."""
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in bounds)
    except (TypeError, ValueError):
        raise LayersError(
            f"basemap bounds: expected (min_lon, min_lat, max_lon, max_lat), got {bounds!r}"
        ) from None
    valid = (
        all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat))
        and -90.0 <= min_lat < max_lat <= 90.0
        and min_lon < max_lon <= min_lon + 360.0
    )
    if not valid:
        raise LayersError(
            "basemap bounds: expected min_lon < max_lon (at most 360 apart; any turn of "
            f"longitude) and -90 <= min_lat < max_lat <= 90, got {bounds!r}"
        )
    return min_lon, min_lat, max_lon, max_lat


def _turns(min_lon: float) -> float:
    """The whole turns of longitude that bring ``min_lon`` into [-180, 180)."""
    return 360.0 * math.floor((min_lon + 180.0) / 360.0)


def _polygonal(pieces: list[Any]) -> Any:
    """The polygons of clipped pieces as one Polygon or MultiPolygon (None when empty)."""
    polygons = [p for p in shapely.get_parts(pieces) if p.geom_type == "Polygon" and not p.is_empty]
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


def _shift_lon(coordinates: Any, *, by: float) -> Any:
    """(n, 2) lon/lat coordinates moved east by ``by`` degrees."""
    return coordinates + np.array([by, 0.0])


def _clip_countries(bounds: Bounds) -> tuple[tuple[str, BaseGeometry], ...]:
    """Countries clipped to ``bounds``, copies shifted by ±360 where the bounds pass ±180."""
    data = _countries()
    min_lon, min_lat, max_lon, max_lat = bounds
    pieces: dict[int, list[Any]] = {}
    for shift in (-360.0, 0.0, 360.0):
        window = (max(min_lon - shift, -180.0), min_lat, min(max_lon - shift, 180.0), max_lat)
        if window[0] >= window[2]:
            continue
        boxes = data.boxes
        hit = np.flatnonzero(
            (boxes[:, 0] <= window[2])
            & (boxes[:, 2] >= window[0])
            & (boxes[:, 1] <= window[3])
            & (boxes[:, 3] >= window[1])
        )
        clipped = shapely.clip_by_rect(data.geometries[hit], *window)
        if shift:
            clipped = shapely.transform(clipped, functools.partial(_shift_lon, by=shift))
        for index, geometry in zip(hit.tolist(), clipped, strict=True):
            if not geometry.is_empty:
                pieces.setdefault(index, []).append(geometry)
    result = []
    for index in sorted(pieces):
        geometry = _polygonal(pieces[index])
        if geometry is not None:
            result.append((data.names[index], geometry))
    return tuple(result)


def _labels_within(bounds: Bounds) -> tuple[tuple[str, LonLat], ...]:
    """Sea labels inside ``bounds``.

    A `LonLat` holds longitudes in -180..180 only, so a label that would have to be shown at an
    unwrapped longitude beyond that (e.g. the Bering Sea at 188.2 for bounds 150..200) is left
    out.
    """
    min_lon, min_lat, max_lon, max_lat = bounds
    labels = []
    for label, lon, lat in _sea_labels():
        if not min_lat <= lat <= max_lat:
            continue
        shown = next((lon + s for s in (0.0, 360.0, -360.0) if min_lon <= lon + s <= max_lon), None)
        if shown is not None and -180.0 <= shown <= 180.0:
            labels.append((label, LonLat(shown, lat)))
    return tuple(labels)


def load_basemap(bounds: Bounds | None = None) -> Basemap:
    """The basemap inside ``bounds``, or the whole world when ``bounds`` is None.

    Parameters
    ----------
    bounds
        ``(min_lon, min_lat, max_lon, max_lat)`` in degrees, at most 360 degrees of longitude
        wide. Longitudes may run past 180 (or below -180) for a map across the antimeridian,
        in any turn (continuous longitudes); countries are then shifted by whole turns to
        match.

    Returns
    -------
    Basemap
        Country outlines clipped to the bounds and the sea labels inside them, in file order.

    Raises
    ------
    LayersError
        The bounds are not ``min < max`` pairs within range.

    Examples
    --------
    >>> pacific = load_basemap((150.0, 45.0, 200.0, 70.0))
    >>> sorted(name for name, _ in pacific.countries)
    ['Russia', 'United States of America']
    >>> max(g.bounds[2] for _, g in pacific.countries) > 180
    True
    >>> load_basemap((10.0, 0.0, 5.0, 1.0))
    Traceback (most recent call last):
    ...
    alertmap.layers.errors.LayersError: basemap bounds: expected min_lon < max_lon ...
    """
    if bounds is None:
        data = _countries()
        countries = tuple(zip(data.names, data.geometries.tolist(), strict=True))
        labels = tuple((label, LonLat(lon, lat)) for label, lon, lat in _sea_labels())
        return Basemap(countries, labels)
    min_lon, min_lat, max_lon, max_lat = _checked(bounds)
    turns = _turns(min_lon)
    checked = (min_lon - turns, min_lat, max_lon - turns, max_lat)
    countries = _clip_countries(checked)
    if turns:
        countries = tuple(
            (name, shapely.transform(g, functools.partial(_shift_lon, by=turns)))
            for name, g in countries
        )
    labels = _labels_within(checked)
    if turns:  # a label is shown only in -180..180 (see _labels_within)
        labels = tuple(
            (label, LonLat(p.lon + turns, p.lat))
            for label, p in labels
            if -180.0 <= p.lon + turns <= 180.0
        )
    return Basemap(countries, labels)
