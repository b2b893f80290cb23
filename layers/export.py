"""Features as GeoJSON: the properties every consumer sees, and RFC 7946 export.

Every exported feature has ``layer``, ``kind``, ``name``, ``source`` (one line per source),
``sources`` (structured), ``times`` (label -> ISO 8601 with offset), ``time`` (the first of
them), ``basis``, ``approximate``, ``reported``, ``method``, ``notes``, and for areas drawn
from relative reports ``position`` (the best single position, [lon, lat]) and
``measured_from`` (the place or edge point the distance was measured from).
"""

from __future__ import annotations

import json
import os
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from alertmap.geo.antimeridian import cut_at_antimeridian
from alertmap.geo.coords import LonLat
from alertmap.layers.errors import LayersError
from alertmap.layers.model import Event, Feature, Kind, Layer

KIND_LABELS: dict[Kind, str] = {
    Kind.LAUNCH_SITE: "Launch site",
    Kind.TRACK: "Ground track (schematic)",
    Kind.CORRIDOR: "Flight corridor (schematic)",
    Kind.HAZARD_AREA: "Notified hazard area",
    Kind.FALL_AREA: "Reported fall area",
    Kind.ALERT_ZONE: "Alert zone (J-Alert)",
    Kind.SEA_AREA: "Sea area",
    Kind.RANGE_RING: "Range ring",
    Kind.WAYPOINT: "Reported waypoint",
    Kind.GATE: "Reported gate ('between A and B')",
    Kind.REFERENCE: "Reference place",
}


def source_line(feature: Feature) -> str:
    """All sources of a feature on one line: 'Org, date, url; Org, date'."""
    parts = []
    for s in feature.sources:
        parts.append(", ".join(x for x in (s.organisation, s.date, s.url) if x))
    return "; ".join(parts)


def feature_properties(feature: Feature, layer: Layer) -> dict[str, Any]:
    """The properties of one feature, as exported and as shown in popups."""
    times = {t.label: t.iso() for t in feature.times}
    return {
        "id": feature.id,
        "layer": layer.name,
        "kind": feature.kind.value,
        "kind_label": KIND_LABELS[feature.kind],
        "name": feature.name,
        "source": source_line(feature),
        "sources": [
            {"organisation": s.organisation, "date": s.date, "url": s.url, "quote": s.quote}
            for s in feature.sources
        ],
        "times": times,
        "time": next(iter(times.values()), None),
        "basis": feature.basis.value,
        "approximate": feature.approximate,
        "reported": feature.reported,
        "method": feature.method,
        "notes": list(feature.notes),
        "position": _lonlat(feature.position),
        "measured_from": _lonlat(feature.anchor),
    }


def _lonlat(p: LonLat | None) -> list[float] | None:
    return None if p is None else [round(p.lon, 6), round(p.lat, 6)]


def rounded(geometry: BaseGeometry, decimals: int = 6) -> BaseGeometry:
    """The geometry with coordinates rounded (6 decimals is about 0.1 m)."""
    return shapely.transform(geometry, lambda xy: np.round(xy, decimals))


def to_feature_collection(event: Event, *, rfc7946: bool = True) -> dict[str, Any]:
    """All layers of the event as a GeoJSON FeatureCollection.

    With ``rfc7946`` the geometries are cut at the antimeridian so every longitude is within
    [-180, 180], and polygon rings are oriented counter-clockwise (exterior).
    """
    features = []
    for layer in event.layers:
        for f in layer.features:
            geom = f.geometry
            if rfc7946:
                geom = shapely.orient_polygons(cut_at_antimeridian(geom))
            features.append(
                {
                    "type": "Feature",
                    "id": f.id,
                    "geometry": mapping(rounded(geom)),
                    "properties": feature_properties(f, layer),
                }
            )
    return {
        "type": "FeatureCollection",
        "name": event.id,
        "title": event.title,
        "features": features,
    }


def to_geojson_text(event: Event) -> str:
    """RFC 7946 GeoJSON text of the event, UTF-8, stable key order."""
    return json.dumps(to_feature_collection(event), ensure_ascii=False, indent=1) + "\n"


class ExportError(LayersError):
    """An export that cannot be written as asked (an unknown format or file ending)."""


#: Export formats: name -> (file endings, description). The first ending is the default.
EXPORT_FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "geojson": ((".geojson", ".json"), "GeoJSON (RFC 7946)"),
    "gpkg": ((".gpkg",), "GeoPackage, one table per kind"),
    "fgb": ((".fgb",), "FlatGeobuf"),
    "shp": (
        (".shp.zip", ".zip"),
        "Shapefile, zipped, one .shp per kind and geometry type, with .prj",
    ),
    "csv": ((".csv",), "CSV with the geometry as WKT"),
}


def export_format(path: str, fmt: str | None = None) -> str:
    """The export format for ``path``: ``fmt`` if given, else from the file's ending.

    Raises :class:`ExportError` naming the formats when neither gives a known one.
    """
    raise NotImplementedError  # being written (issue 10)


def write_event(event: Event, path: str | os.PathLike[str], *, fmt: str) -> None:
    """Write every layer of ``event`` to ``path`` (overwritten) in export format ``fmt``."""
    raise NotImplementedError  # being written (issue 10)
