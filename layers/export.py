"""Features as exported: the properties every consumer sees, the one GeoJSON writer, and
the other formats through geopandas/pyogrio.

Every exported feature has ``layer``, ``kind``, ``name``, ``source`` (one line per source),
``sources`` (structured), ``times`` (label -> ISO 8601 with offset), ``time`` (the first of
them), ``basis``, ``approximate``, ``reported``, ``method``, ``notes``, and for areas drawn
from relative reports ``position`` (the best single position, [lon, lat]) and
``measured_from`` (the place or edge point the distance was measured from).

Every GeoJSON text of the package (events, warnings, located phrases) is built here:
`geojson_feature` writes a geometry as RFC 7946 asks (cut at the antimeridian, exterior
rings counter-clockwise) with coordinates rounded to `COORDINATE_DECIMALS` (1e-6 degree,
about 0.1 m), `geojson_collection` gathers features and `geojson_text` writes the text.

A ground track with a profile (its time and altitude at each vertex,
:class:`~alertmap.layers.model.Profile`) also has, in GeoJSON, ``vertex_times`` (ISO 8601, the
launch time's offset) and ``altitudes_m`` (metres above the WGS84 ellipsoid, null where
unknown), one per vertex of its geometry as written (a line cut at the antimeridian gains a
vertex at ±180 in each part, its time and altitude interpolated), and ``profile`` (launch,
modelled or schematic, method, apogee, crossings). Coordinates stay two-dimensional: every
geometry of every format is lon, lat, and the altitude is a property (`profile_properties`).

`to_geodataframe` gives the same features as a GeoDataFrame (EPSG:4326, the same geometries),
and `write_event` writes it as GeoPackage, FlatGeobuf, zipped Shapefile or CSV, or the event
as KML or KMZ (:mod:`alertmap.layers.kml`) (`EXPORT_FORMATS`; `export_format` picks one from a
file name).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from alertmap.geo.antimeridian import cut_at_antimeridian
from alertmap.geo.coords import LonLat
from alertmap.layers.errors import LayersError
from alertmap.layers.model import Event, Feature, Layer, Profile

if TYPE_CHECKING:
    import geopandas as gpd

    from alertmap.layers.kml import KmlStyle


def feature_properties(feature: Feature, layer: Layer) -> dict[str, Any]:
    """The properties of one feature, as exported and as shown in popups."""
    times = {t.label: t.iso() for t in feature.times}
    return {
        "id": feature.id,
        "layer": layer.name,
        "kind": feature.kind.value,
        "kind_label": feature.kind.label,
        "name": feature.name,
        "source": feature.source_line(),
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
        "position": geojson_position(feature.position),
        "measured_from": geojson_position(feature.anchor),
        "reports": [
            {
                "report": c.text,
                "source": "; ".join(s.organisation for s in c.sources),
                "verdict": c.verdict(),
            }
            for c in feature.constraints
        ],
    }


#: Decimal places of every exported coordinate: 1e-6 degree is about 0.1 m.
COORDINATE_DECIMALS = 6


def geojson_position(point: LonLat | None) -> list[float] | None:
    """``[lon, lat]`` rounded as exported coordinates are, or None.

    Examples
    --------
    >>> geojson_position(LonLat(124.70512345, 39.66))
    [124.705123, 39.66]
    """
    if point is None:
        return None
    return [
        round(point.lon, COORDINATE_DECIMALS) + 0.0,
        round(point.lat, COORDINATE_DECIMALS) + 0.0,
    ]


def rounded(geometry: BaseGeometry, decimals: int = COORDINATE_DECIMALS) -> BaseGeometry:
    """The geometry with coordinates rounded (6 decimals is about 0.1 m), never ``-0.0``."""
    return shapely.transform(geometry, lambda xy: np.round(xy, decimals) + 0.0)


def rfc7946_geometry(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry as every export writes it: cut at the antimeridian so that longitudes
    are within [-180, 180], exterior rings counter-clockwise, rounded to 1e-6 degree.

    Examples
    --------
    >>> from shapely import LineString
    >>> rfc7946_geometry(LineString([(170, 35.12345678), (190, 40)])).wkt
    'MULTILINESTRING ((170 35.123457, 180 37.561728), (-180 37.561728, -170 40))'
    """
    return rounded(shapely.orient_polygons(cut_at_antimeridian(geometry)))


def _lists(value: Any) -> Any:
    """Tuples (as `shapely.geometry.mapping` gives coordinates) as lists, for JSON."""
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def geojson_feature(
    geometry: BaseGeometry,
    properties: Mapping[str, Any],
    *,
    id: str | None = None,
    rfc7946: bool = True,
) -> dict[str, Any]:
    """One GeoJSON Feature: ``type``, ``id`` (when given), ``geometry``, ``properties``.

    Parameters
    ----------
    geometry : shapely geometry
        Points, lines or polygons with continuous longitudes (as made by ``geo``).
    properties : mapping
        JSON-ready values, copied in their order.
    id : str, optional
        The feature's ``id`` member; left out when None.
    rfc7946 : bool
        Write the geometry as `rfc7946_geometry` gives it (the default); with False only
        round it, keeping longitudes continuous (not valid RFC 7946 across ±180).

    Returns
    -------
    dict
        Coordinates as lists, rounded to `COORDINATE_DECIMALS`.

    Examples
    --------
    >>> from shapely import Point
    >>> geojson_feature(Point(190.12345678, 35), {"name": "Buoy"}, id="p1")
    {'type': 'Feature', 'id': 'p1',
     'geometry': {'type': 'Point', 'coordinates': [-169.876543, 35.0]},
     'properties': {'name': 'Buoy'}}
    """
    feature: dict[str, Any] = {"type": "Feature"}
    if id is not None:
        feature["id"] = id
    written = rfc7946_geometry(geometry) if rfc7946 else rounded(geometry)
    feature["geometry"] = _lists(mapping(written))
    feature["properties"] = dict(properties)
    return feature


def geojson_collection(features: Iterable[dict[str, Any]], **members: Any) -> dict[str, Any]:
    """A FeatureCollection: ``type``, then ``members`` (e.g. ``name``, ``title``) in the order
    given, then ``features``.

    Examples
    --------
    >>> geojson_collection([], name="2023-08-24")
    {'type': 'FeatureCollection', 'name': '2023-08-24', 'features': []}
    """
    return {"type": "FeatureCollection", **members, "features": list(features)}


def geojson_text(data: Mapping[str, Any]) -> str:
    """GeoJSON text: non-ASCII characters as they are (the file is UTF-8), keys in the order
    built, a one-space indent and a final newline. NaN and infinity are refused (ValueError),
    as JSON has neither.

    Examples
    --------
    >>> print(geojson_text(geojson_collection([], name="Sōhae")), end="")
    {
     "type": "FeatureCollection",
     "name": "Sōhae",
     "features": []
    }
    """
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def profile_along(feature: Feature, *, rfc7946: bool = True) -> tuple[Any, Any] | None:
    """Seconds after launch and altitude (nan where unknown) at each vertex of a profiled
    feature's geometry as written: `rfc7946_geometry` (cut at the antimeridian, parts in
    order) or, without ``rfc7946``, as it is. None for a feature without a profile.

    The cut is repeated on a twin line whose second coordinate is the vertex's index, so each
    vertex the cut adds at ±180 gets the time and altitude of its place between two vertices.

    Examples
    --------
    >>> import datetime as dt
    >>> from shapely import LineString
    >>> from alertmap.layers.model import Kind
    >>> launch = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    >>> p = Profile(launch, (0.0, 100.0), (0.0, 1000.0), 1000.0, 100.0, True, "a test")
    >>> f = Feature("t", Kind.TRACK, LineString([(170, 0), (190, 0)]), profile=p)
    >>> [a.tolist() for a in profile_along(f)]
    [[0.0, 50.0, 50.0, 100.0], [0.0, 500.0, 500.0, 1000.0]]
    """
    profile = feature.profile
    if profile is None:
        return None
    coords = shapely.get_coordinates(feature.geometry)
    index = np.arange(len(coords), dtype=np.float64)
    twin = shapely.linestrings(np.column_stack([coords[:, 0], index]))
    written = cut_at_antimeridian(twin) if rfc7946 else twin
    at = shapely.get_coordinates(written)[:, 1]
    times = np.interp(at, index, np.asarray(profile.times_s, dtype=np.float64))
    altitudes = np.interp(at, index, np.asarray(profile.altitudes_m, dtype=np.float64))
    return times, altitudes


def _iso_after(profile: Profile, seconds: float) -> str:
    return profile.time_at(round(seconds)).isoformat(timespec="seconds")


def _metres(value: float) -> float | None:
    return None if not math.isfinite(value) else round(value) + 0.0


def profile_properties(feature: Feature, *, rfc7946: bool = True) -> dict[str, Any]:
    """The GeoJSON properties of a profiled track: ``vertex_times``, ``altitudes_m`` (one per
    vertex as written, see `profile_along`) and ``profile``; none for other features."""
    along = profile_along(feature, rfc7946=rfc7946)
    profile = feature.profile
    if along is None or profile is None:
        return {}
    times, altitudes = along
    apogee = math.isfinite(profile.apogee_s)
    return {
        "profile": {
            "launch": profile.launch.isoformat(timespec="seconds"),
            "modelled": profile.modelled,
            "method": profile.method,
            "apogee_m": _metres(profile.apogee_m),
            "apogee_time": _iso_after(profile, profile.apogee_s) if apogee else None,
            "crossings": [
                {
                    "name": c.name,
                    "kind": c.kind,
                    "enter": _iso_after(profile, c.enter_s),
                    "exit": _iso_after(profile, c.exit_s),
                    "enter_alt_m": _metres(c.enter_alt_m),
                    "exit_alt_m": _metres(c.exit_alt_m),
                }
                for c in profile.crossings
            ],
        },
        "vertex_times": [_iso_after(profile, t) for t in times],
        "altitudes_m": [_metres(a) for a in altitudes],
    }


def to_feature_collection(event: Event, *, rfc7946: bool = True) -> dict[str, Any]:
    """All layers of the event as a GeoJSON FeatureCollection named by the event's id.

    With ``rfc7946`` the geometries are cut at the antimeridian so every longitude is within
    [-180, 180], and polygon rings are oriented counter-clockwise (exterior). A profiled track
    has `profile_properties` too.
    """
    features = [
        geojson_feature(
            f.geometry,
            {**feature_properties(f, layer), **profile_properties(f, rfc7946=rfc7946)},
            id=f.id,
            rfc7946=rfc7946,
        )
        for layer in event.layers
        for f in layer.features
    ]
    return geojson_collection(features, name=event.id, title=event.title)


def to_geojson_text(event: Event) -> str:
    """RFC 7946 GeoJSON text of the event, UTF-8, stable key order."""
    return geojson_text(to_feature_collection(event))


# --- GeoDataFrame and the other formats -----------------------------------------------------------

#: The columns of `to_geodataframe` before ``geometry``: the GeoJSON properties in their order,
#: with ``sources``, ``times``, ``notes`` and ``reports`` as JSON text, ``time`` (the first
#: reported time) as a UTC datetime, ``approximate`` a bool, and the ``position`` and
#: ``measured_from`` points as ``*_lon`` / ``*_lat`` floats (NaN when there is none).
FRAME_COLUMNS: tuple[str, ...] = (
    "id",
    "layer",
    "kind",
    "kind_label",
    "name",
    "source",
    "sources",
    "times",
    "time",
    "basis",
    "approximate",
    "reported",
    "method",
    "notes",
    "position_lon",
    "position_lat",
    "measured_from_lon",
    "measured_from_lat",
    "reports",
)

#: The properties that are one [lon, lat] point: two float columns each.
_POINT_PROPERTIES = ("position", "measured_from")

#: Columns that are not text (the rest are, and a Shapefile cuts them at 254 bytes).
_NON_TEXT_COLUMNS = frozenset(
    {"approximate", "position_lon", "position_lat", "measured_from_lon", "measured_from_lat"}
)


def _frame_row(properties: Mapping[str, Any]) -> dict[str, Any]:
    """One feature's exported properties as scalar columns (see `FRAME_COLUMNS`)."""
    row: dict[str, Any] = {}
    for key, value in properties.items():
        if key in _POINT_PROPERTIES:
            row[f"{key}_lon"], row[f"{key}_lat"] = (math.nan, math.nan) if value is None else value
        elif isinstance(value, list | dict):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def to_geodataframe(event: Event) -> gpd.GeoDataFrame:
    """Every feature of the event as one row of a GeoDataFrame in EPSG:4326.

    The columns are `FRAME_COLUMNS` and ``geometry``: the geometries as the GeoJSON export
    writes them (`rfc7946_geometry`: cut at the antimeridian, rounded to 1e-6 degree). This is
    what :meth:`Event.to_geodataframe <alertmap.layers.model.Event.to_geodataframe>` returns.

    Examples
    --------
    >>> import alertmap
    >>> frame = to_geodataframe(alertmap.load("2022-10-04"))
    >>> frame.crs.to_epsg(), len(frame), frame.total_bounds[[0, 2]].tolist()
    (4326, 10, [-180.0, 180.0])
    >>> fall = frame[frame["kind"] == "fall_area"].iloc[0]
    >>> fall["time"].isoformat(), fall["times"]
    ('2022-10-03T22:44:00+00:00', '{"fell": "2022-10-04T07:44:00+09:00"}')
    """
    import geopandas as gpd
    import pandas as pd

    rows = []
    geometries = []
    for layer in event.layers:
        for feature in layer.features:
            rows.append(_frame_row(feature_properties(feature, layer)))
            geometries.append(rfc7946_geometry(feature.geometry))
    frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS))
    frame["time"] = pd.to_datetime(frame["time"], utc=True)
    return gpd.GeoDataFrame(frame, geometry=geometries, crs="EPSG:4326")


class ExportError(LayersError):
    """An export that cannot be written as asked (an unknown format or file ending, or no
    features for a format that holds tables)."""


#: Export formats: name -> (file endings, description). The first ending is the default.
EXPORT_FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "geojson": ((".geojson", ".json"), "GeoJSON (RFC 7946), one FeatureCollection"),
    "gpkg": ((".gpkg",), "GeoPackage, one table per kind"),
    "fgb": ((".fgb",), "FlatGeobuf, one layer"),
    "shp": (
        (".shp.zip", ".zip"),
        "Shapefile, zipped: one .shp (with .prj) per kind and geometry type, and every value "
        "in full in attributes.csv",
    ),
    "csv": ((".csv",), "CSV with the geometry as WKT (longitude, latitude on WGS84)"),
    "kml": (
        (".kml",),
        "KML 2.2 for Google Earth: a folder per layer, the trajectory in 3-D with its times, "
        "time spans for warning windows and alerts",
    ),
    "kmz": ((".kmz",), "KMZ: the KML zipped"),
}

#: The formats written from the GeoDataFrame (tables); KML and KMZ are written from the event.
TABLE_FORMATS = ("gpkg", "fgb", "shp", "csv")

#: Shapefile (dBASE) field names of the columns of `to_geodataframe`: at most 10 characters.
SHAPEFILE_FIELDS: dict[str, str] = {
    "id": "id",
    "layer": "layer",
    "kind": "kind",
    "kind_label": "kind_label",
    "name": "name",
    "source": "source",
    "sources": "sources",
    "times": "times",
    "time": "time",
    "basis": "basis",
    "approximate": "approx",
    "reported": "reported",
    "method": "method",
    "notes": "notes",
    "position_lon": "pos_lon",
    "position_lat": "pos_lat",
    "measured_from_lon": "from_lon",
    "measured_from_lat": "from_lat",
    "reports": "reports",
}

#: The most bytes a dBASE text field holds.
SHAPEFILE_TEXT_BYTES = 254

#: A Shapefile holds one geometry family; singular and multi parts go together.
_GEOMETRY_FAMILIES = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
}


def _accepted() -> str:
    """The file endings and format names, for messages."""
    endings = [ending for endings, _ in EXPORT_FORMATS.values() for ending in endings]
    return (
        f"a file ending in {', '.join(endings[:-1])} or {endings[-1]}"
        f" (or --format {'|'.join(EXPORT_FORMATS)})"
    )


def export_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The export format for ``path``: ``fmt`` if given, else the one its file ending names.

    Parameters
    ----------
    path : str or path-like
        Where the export goes; its ending (any case) chooses the format when ``fmt`` is None.
    fmt : str, optional
        A name of `EXPORT_FORMATS` (any case); it wins over the ending.

    Returns
    -------
    str
        A key of `EXPORT_FORMATS`.

    Raises
    ------
    ExportError
        For an unknown ``fmt``, or with no ``fmt`` an unknown ending; one line naming the
        accepted endings and formats.

    Examples
    --------
    >>> export_format("launch.SHP.zip"), export_format("out.tmp", "GPKG")
    ('shp', 'gpkg')
    >>> export_format("out.txt")
    Traceback (most recent call last):
    ...
    alertmap.layers.export.ExportError: out.txt: expected a file ending in .geojson, .json,
    .gpkg, .fgb, .shp.zip, .zip, .csv, .kml or .kmz (or --format
    geojson|gpkg|fgb|shp|csv|kml|kmz), got '.txt'
    """
    name = os.fspath(path)
    if fmt is not None:
        if fmt.lower() in EXPORT_FORMATS:
            return fmt.lower()
        raise ExportError(f"{name}: expected {_accepted()}, got --format {fmt!r}")
    for known, (endings, _) in EXPORT_FORMATS.items():
        if name.lower().endswith(endings):
            return known
    ending = Path(name).suffix
    raise ExportError(
        f"{name}: expected {_accepted()}, got " + (repr(ending) if ending else "no ending")
    )


def _with_time_text(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame with ``time`` as ISO 8601 text with the reported offset (for formats that
    have no time type with an offset: Shapefile, CSV)."""
    out = frame.copy()
    out["time"] = [next(iter(json.loads(times).values()), None) for times in frame["times"]]
    return out


def _groups(frame: gpd.GeoDataFrame, keys: Any) -> list[tuple[str, gpd.GeoDataFrame]]:
    """The rows of each key (a Series beside ``frame``), keys in order of first appearance."""
    return [(key, frame[keys == key].reset_index(drop=True)) for key in dict.fromkeys(keys)]


#: First characters that make a spreadsheet read a CSV cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, kept as text: a leading apostrophe
    (the usual escape; it is not shown in the cell).

    Examples
    --------
    >>> spreadsheet_safe("=SUM(A1:A9)"), spreadsheet_safe("Sohae"), spreadsheet_safe(3)
    ("'=SUM(A1:A9)", 'Sohae', 3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _spreadsheet_table(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame with every text column made `spreadsheet_safe` (for the CSV tables)."""
    out = frame.copy()
    for column in FRAME_COLUMNS:
        if column in out.columns and column not in _NON_TEXT_COLUMNS:
            out[column] = out[column].map(spreadsheet_safe)
    return out


def _dbf_text(value: Any) -> Any:
    """Text cut to `SHAPEFILE_TEXT_BYTES` of UTF-8, ending in '…' where cut."""
    if not isinstance(value, str) or len(value.encode("utf-8")) <= SHAPEFILE_TEXT_BYTES:
        return value
    room = SHAPEFILE_TEXT_BYTES - len("…".encode())
    return value.encode("utf-8")[:room].decode("utf-8", "ignore") + "…"


def _write_gpkg(frame: gpd.GeoDataFrame, folder: Path, layer: str) -> Path:
    path = folder / "export.gpkg"
    for kind, rows in _groups(frame, frame["kind"]):
        rows.to_file(path, layer=kind, driver="GPKG", engine="pyogrio")
    return path


def _write_fgb(frame: gpd.GeoDataFrame, folder: Path, layer: str) -> Path:
    path = folder / "export.fgb"
    # no spatial index: it would reorder the features, which are in layer order
    frame.to_file(
        path,
        layer=layer,
        driver="FlatGeobuf",
        engine="pyogrio",
        layer_options={"SPATIAL_INDEX": "NO"},
    )
    return path


def _write_shapefiles(frame: gpd.GeoDataFrame, folder: Path, layer: str) -> Path:
    """One shapefile per kind and geometry family, with text cut to what dBASE holds and
    short field names (`SHAPEFILE_FIELDS`), and ``attributes.csv`` with every value in full;
    all zipped."""
    files = folder / "shp"
    files.mkdir()
    table = _with_time_text(frame)
    _spreadsheet_table(table).drop(columns="geometry").to_csv(files / "attributes.csv", index=False)
    for column in FRAME_COLUMNS:
        if column not in _NON_TEXT_COLUMNS:
            table[column] = table[column].map(_dbf_text)
    table = table.rename(columns=SHAPEFILE_FIELDS)
    stems = table["kind"] + "_" + table.geom_type.map(_GEOMETRY_FAMILIES)
    for stem, rows in _groups(table, stems):
        rows.to_file(files / f"{stem}.shp", driver="ESRI Shapefile", engine="pyogrio")
    path = folder / "export.shp.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(files.iterdir()):
            archive.write(file, arcname=file.name)
    return path


def _write_csv(frame: gpd.GeoDataFrame, folder: Path, layer: str) -> Path:
    path = folder / "export.csv"
    _spreadsheet_table(_with_time_text(frame)).to_file(
        path, driver="CSV", engine="pyogrio", layer_options={"GEOMETRY": "AS_WKT"}
    )
    return path


#: How each format other than GeoJSON is written: (frame, folder, layer name) -> file.
_WRITERS: dict[str, Callable[[gpd.GeoDataFrame, Path, str], Path]] = {
    "gpkg": _write_gpkg,
    "fgb": _write_fgb,
    "shp": _write_shapefiles,
    "csv": _write_csv,
}


def write_event(
    event: Event,
    path: str | os.PathLike[str],
    *,
    fmt: str,
    style: Callable[[Layer], KmlStyle] | None = None,
) -> None:
    """Write every layer of ``event`` to ``path`` in export format ``fmt``.

    Parameters
    ----------
    event : Event
    path : str or path-like
        The file written, whatever its name (a temporary name is fine): an existing file is
        overwritten.
    fmt : str
        A key of `EXPORT_FORMATS` (see `export_format` to choose one from a file name):

        * ``geojson``: exactly `to_geojson_text`;
        * ``gpkg``: one table per kind, named by the kind (``fall_area``), in EPSG:4326;
        * ``fgb``: one layer named by the event's id, features in layer order;
        * ``shp``: a zip of one shapefile per kind and geometry family
          (``fall_area_polygon.shp`` with its ``.shx``, ``.dbf``, ``.prj``, ``.cpg``), field
          names as in `SHAPEFILE_FIELDS`, text longer than `SHAPEFILE_TEXT_BYTES` cut to end
          in '…', and ``attributes.csv`` with every column in full (joined by ``id``);
        * ``csv``: a ``WKT`` column, then the columns of `to_geodataframe`; CSV records no
          CRS (the coordinates are longitude, latitude on WGS84, EPSG:4326);
        * ``kml``, ``kmz``: :func:`alertmap.layers.kml.kml_text`, zipped as ``doc.kml`` for
          ``kmz``.

        The other formats hold the columns of `to_geodataframe`; in Shapefile and CSV
        ``time`` is ISO 8601 text with the reported offset, in GeoPackage and FlatGeobuf a
        UTC date-time.
    style : callable, optional
        For KML and KMZ: each layer's :class:`~alertmap.layers.kml.KmlStyle` (the map's
        colours; ``alertmap export`` passes them); without it, Google Earth's defaults.

    Raises
    ------
    ExportError
        For an unknown ``fmt``, or an event without features in a format other than GeoJSON.
    OSError
        When ``path`` cannot be written.

    Examples
    --------
    >>> import tempfile, pyogrio, alertmap
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     write_event(alertmap.load("2023-11-21"), f"{folder}/launch.gpkg", fmt="gpkg")
    ...     tables = pyogrio.list_layers(f"{folder}/launch.gpkg")[:, 0].tolist()
    >>> tables[:3]
    ['sea_area', 'alert_zone', 'hazard_area']
    """
    chosen = export_format(path, fmt)
    target = Path(path)
    if chosen == "geojson":
        target.write_bytes(to_geojson_text(event).encode("utf-8"))
        return
    if chosen in ("kml", "kmz"):
        from alertmap.layers.kml import write_kml

        write_kml(event, target, kmz=chosen == "kmz", style=style)
        return
    frame = to_geodataframe(event)
    if frame.empty:
        raise ExportError(
            f"{os.fspath(path)}: expected an event with features to write as {chosen}, got none"
        )
    with tempfile.TemporaryDirectory(prefix="alertmap-export-") as folder:
        written = _WRITERS[chosen](frame, Path(folder), event.id)
        shutil.copyfile(written, target)
