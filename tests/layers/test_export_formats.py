"""Exports through geopandas/pyogrio: the GeoDataFrame of an event, and every export format
read back by pyogrio (counts per kind, names, kinds, sources, times, CRS, geometries)."""

from __future__ import annotations

import json
import math
import warnings
import zipfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import GeometryCollection, shape
from shapely.geometry.base import BaseGeometry

import alertmap
from alertmap.layers.export import (
    EXPORT_FORMATS,
    FRAME_COLUMNS,
    SHAPEFILE_FIELDS,
    SHAPEFILE_TEXT_BYTES,
    ExportError,
    export_format,
    feature_properties,
    to_feature_collection,
    to_geojson_text,
    write_event,
)
from alertmap.layers.model import Event, Kind, Layer

EVENTS = ["2023-08-24", "2023-11-21"]
# the formats read back as tables; KML and KMZ: tests/layers/test_kml.py
FORMATS = [f for f in EXPORT_FORMATS if f not in ("kml", "kmz")]

ACCEPTED = (
    "expected a file ending in .geojson, .json, .gpkg, .fgb, .shp.zip, .zip, .csv, .kml or .kmz"
    " (or --format geojson|gpkg|fgb|shp|csv|kml|kmz)"
)


@pytest.fixture(scope="module", params=EVENTS)
def event(request: pytest.FixtureRequest) -> Event:
    loaded: Event = alertmap.load(request.param)
    return loaded


def _expected(event: Event) -> dict[str, dict[str, Any]]:
    """The GeoJSON features of the event by id: what every format must hold."""
    return {f["id"]: f for f in to_feature_collection(event)["features"]}


def _kinds(event: Event) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in event.features():
        counts[f.kind.value] = counts.get(f.kind.value, 0) + 1
    return counts


def _same_shape(got: BaseGeometry, expected: BaseGeometry) -> bool:
    """Equal within 1e-6 degree, whatever the part order, ring start or orientation, and
    whether one part is written as a multi geometry (GeoPackage) or not (Shapefile)."""
    a = shapely.normalize(GeometryCollection(list(shapely.get_parts(got))))
    b = shapely.normalize(GeometryCollection(list(shapely.get_parts(expected))))
    return bool(a.equals_exact(b, tolerance=1e-6))


def _blank(value: Any) -> Any:
    """None for what a format writes when there is no value (null, NaN, NaT, '')."""
    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value


# --- to_geodataframe ----------------------------------------------------------------------------


def test_frame_columns_and_dtypes(event: Event) -> None:
    frame = event.to_geodataframe()
    assert isinstance(frame, gpd.GeoDataFrame)
    assert list(frame.columns) == [*FRAME_COLUMNS, "geometry"]
    assert frame.geometry.name == "geometry"
    assert frame.crs.to_epsg() == 4326
    assert len(frame) == len(event.features())
    numbers = ["position_lon", "position_lat", "measured_from_lon", "measured_from_lat"]
    for column in FRAME_COLUMNS:
        dtype = frame[column].dtype
        if column == "time":
            assert isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC"
        elif column == "approximate":
            assert pd.api.types.is_bool_dtype(dtype)
        elif column in numbers:
            assert pd.api.types.is_float_dtype(dtype), column
        else:
            assert pd.api.types.is_string_dtype(dtype), column
            assert all(isinstance(v, str) for v in frame[column]), column


def test_frame_columns_are_the_geojson_properties(event: Event) -> None:
    layer = event.layers[0]
    properties = feature_properties(layer.features[0], layer)
    # a point property becomes two columns; every other property one of the same name
    assert [c.removesuffix("_lon") for c in FRAME_COLUMNS if not c.endswith("_lat")] == list(
        properties
    )


def test_frame_rows_hold_the_features(event: Event) -> None:
    frame = event.to_geodataframe()
    expected = _expected(event)
    assert list(frame["id"]) == list(expected)
    for row in frame.itertuples():
        props = expected[row.id]["properties"]
        assert (row.layer, row.kind, row.name, row.source) == (
            props["layer"],
            props["kind"],
            props["name"],
            props["source"],
        )
        assert json.loads(row.times) == props["times"]
        assert json.loads(row.sources) == props["sources"]
        assert json.loads(row.notes) == props["notes"]
        if props["time"] is None:
            assert pd.isna(row.time)
        else:
            assert row.time == pd.Timestamp(props["time"])
        for name in ("position", "measured_from"):
            lonlat = [getattr(row, f"{name}_lon"), getattr(row, f"{name}_lat")]
            if props[name] is None:
                assert all(math.isnan(v) for v in lonlat)
            else:
                assert lonlat == props[name]
        # the very geometry of the GeoJSON export
        assert row.geometry.equals_exact(shape(expected[row.id]["geometry"]), tolerance=0)


def test_frame_is_cut_at_the_antimeridian() -> None:
    event = alertmap.load("2022-10-04")
    assert max(f.geometry.bounds[2] for f in event.features()) > 180  # continuous inside
    frame = event.to_geodataframe()
    west, _, east, _ = frame.total_bounds
    assert west >= -180 and east <= 180
    fall = frame[frame["kind"] == "fall_area"].geometry.iloc[0]
    assert fall.geom_type == "MultiPolygon"


def test_frame_of_an_event_without_features() -> None:
    empty = Event("none", "Nothing", "2023-01-01", (Layer("Fall areas", Kind.FALL_AREA, ()),))
    frame = empty.to_geodataframe()
    assert list(frame.columns) == [*FRAME_COLUMNS, "geometry"] and len(frame) == 0
    assert frame.crs.to_epsg() == 4326


# --- Choosing a format --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("out.geojson", "geojson"),
        ("out.JSON", "geojson"),
        ("out.gpkg", "gpkg"),
        ("dir.v2/out.fgb", "fgb"),
        ("out.shp.zip", "shp"),
        ("out.zip", "shp"),
        ("out.Csv", "csv"),
    ],
)
def test_format_from_the_file_ending(path: str, fmt: str) -> None:
    assert export_format(path) == fmt
    assert export_format(Path(path)) == fmt


def test_format_given_wins_over_the_ending() -> None:
    assert export_format("out.geojson", "gpkg") == "gpkg"
    assert export_format(".out.gpkg.tmp123", "GPKG") == "gpkg"


@pytest.mark.parametrize(("path", "got"), [("out.dxf", "'.dxf'"), ("notes.txt", "'.txt'")])
def test_unknown_ending_is_refused_in_one_line(path: str, got: str) -> None:
    with pytest.raises(ExportError) as err:
        export_format(path)
    assert str(err.value) == f"{path}: {ACCEPTED}, got {got}"
    assert isinstance(err.value, ValueError)


def test_no_ending_is_refused() -> None:
    with pytest.raises(ExportError, match=r"^out: expected a file ending in .*, got no ending$"):
        export_format("out")


def test_unknown_format_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export_format("out.gpkg", "dxf")
    assert str(err.value) == f"out.gpkg: {ACCEPTED}, got --format 'dxf'"
    target = tmp_path / "out.gpkg"
    with pytest.raises(ExportError, match=r"got --format 'dxf'$"):
        write_event(alertmap.load("2023-11-21"), target, fmt="dxf")
    assert not target.exists()


# --- Writing and reading back -------------------------------------------------------------------


def _read_back(fmt: str, path: Path, folder: Path) -> list[gpd.GeoDataFrame]:
    """The written file read by pyogrio: one frame per table or shapefile, with the
    GeoDataFrame's column names."""
    ending = EXPORT_FORMATS[fmt][0][0]
    named = path.rename(folder / f"read{ending}")
    if fmt == "gpkg":
        return [
            gpd.read_file(named, layer=name, engine="pyogrio")
            for name in pyogrio.list_layers(named)[:, 0]
        ]
    if fmt == "shp":
        with zipfile.ZipFile(named) as archive:
            archive.extractall(folder / "shp")
        long_names = {short: long for long, short in SHAPEFILE_FIELDS.items()}
        return [
            gpd.read_file(file, engine="pyogrio").rename(columns=long_names)
            for file in sorted((folder / "shp").glob("*.shp"))
        ]
    return [gpd.read_file(named, engine="pyogrio")]


@pytest.fixture(scope="module", params=FORMATS)
def written(
    request: pytest.FixtureRequest, event: Event, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Event, list[gpd.GeoDataFrame]]:
    """Each format written once per event, as the command line does: to a temporary name
    without the format's ending, that exists (empty) already; no warning from pyogrio."""
    fmt: str = request.param
    folder = tmp_path_factory.mktemp(f"export-{fmt}")
    path = folder / ".out.tmp4f2a"
    path.write_bytes(b"")
    # recorded, not raised: GDAL's (e.g. a truncated value) come through pyogrio's error
    # handler, where an exception would only be printed
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_event(event, path, fmt=fmt)
    assert [
        str(w.message) for w in caught if issubclass(w.category, UserWarning | RuntimeWarning)
    ] == []
    return fmt, event, _read_back(fmt, path, folder)


def test_round_trip_counts_per_kind(written: tuple[str, Event, list[Any]]) -> None:
    _, event, frames = written
    counts: dict[str, int] = {}
    for frame in frames:
        for kind in frame["kind"]:
            counts[kind] = counts.get(kind, 0) + 1
    assert counts == _kinds(event)


def test_round_trip_crs(written: tuple[str, Event, list[Any]]) -> None:
    fmt, _, frames = written
    for frame in frames:
        if fmt == "csv":
            assert frame.crs is None  # CSV has no place for one: WGS84 lon/lat, documented
        else:
            assert frame.crs.to_epsg() == 4326


def test_round_trip_names_kinds_sources_times_geometry(
    written: tuple[str, Event, list[Any]],
) -> None:
    fmt, event, frames = written
    expected = _expected(event)
    order = list(expected)
    seen = []
    for frame in frames:
        ids = list(frame["id"])
        assert ids == sorted(ids, key=order.index)  # in layer order, in each table
        for row in frame.to_dict("records"):
            feature = expected[row["id"]]
            props = feature["properties"]
            seen.append(row["id"])
            assert (row["layer"], row["kind"], row["name"]) == (
                props["layer"],
                props["kind"],
                props["name"],
            )
            if fmt == "shp" and len(props["source"].encode()) > SHAPEFILE_TEXT_BYTES:
                assert len(row["source"].encode()) <= SHAPEFILE_TEXT_BYTES
                assert row["source"].endswith("…")
                assert props["source"].startswith(row["source"][:-1])
            else:
                assert row["source"] == props["source"]
            times = row["times"]  # GeoJSON: an object, read as such; elsewhere JSON text
            assert (times if fmt == "geojson" else json.loads(times)) == props["times"]
            if fmt in ("shp", "csv"):  # text, with the reported offset
                assert _blank(row["time"]) == props["time"]
            elif props["time"] is None:  # a date-time (GeoJSON's text read as one)
                assert pd.isna(row["time"])
            else:
                assert row["time"] == pd.Timestamp(props["time"])
            assert _same_shape(row["geometry"], shape(feature["geometry"])), row["id"]
    assert sorted(seen) == sorted(expected)


def test_long_text_in_a_shapefile_is_cut_and_kept_in_full(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "out.shp.zip"
    write_event(event, path, fmt="shp")
    frames = _read_back("shp", path, tmp_path)
    sources = {row["id"]: row["source"] for frame in frames for row in frame.to_dict("records")}
    full = {f.id: f.source_line() for f in event.features()}
    long = [i for i, line in full.items() if len(line.encode()) > SHAPEFILE_TEXT_BYTES]
    assert long, "expected a source line longer than a dBASE field"
    for i in long:
        assert sources[i] != full[i] and full[i].startswith(sources[i].removesuffix("…"))
    with zipfile.ZipFile(tmp_path / "read.shp.zip") as archive:
        attributes = pd.read_csv(archive.open("attributes.csv"), keep_default_na=False)
    assert list(attributes.columns) == list(FRAME_COLUMNS)
    assert dict(zip(attributes["id"], attributes["source"], strict=True)) == full


def test_geopackage_has_one_table_per_kind(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "out.gpkg"
    write_event(event, path, fmt="gpkg")
    tables = list(pyogrio.list_layers(path)[:, 0])
    assert tables == list(_kinds(event))
    for table in tables:
        frame = gpd.read_file(path, layer=table, engine="pyogrio")
        assert set(frame["kind"]) == {table}


def test_shapefile_zip_has_a_prj_per_shp(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "out.shp.zip"
    write_event(event, path, fmt="shp")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        shps = sorted(n for n in names if n.endswith(".shp"))
        for shp in shps:
            stem = shp.removesuffix(".shp")
            assert {f"{stem}.{x}" for x in ("shx", "dbf", "prj", "cpg")} <= set(names)
            assert 'GEOGCS["GCS_WGS_1984"' in archive.read(f"{stem}.prj").decode()
    # one per kind and geometry family
    families = {
        "Point": "point",
        "MultiPoint": "point",
        "LineString": "line",
        "MultiLineString": "line",
        "Polygon": "polygon",
        "MultiPolygon": "polygon",
    }
    frame = event.to_geodataframe()
    stems = {f"{k}_{families[t]}.shp" for k, t in zip(frame["kind"], frame.geom_type, strict=True)}
    assert shps == sorted(stems)
    for shp in shps:
        fields = pyogrio.read_info(f"/vsizip/{path}/{shp}")["fields"]
        assert all(len(name) <= 10 for name in fields)
        assert list(fields) == [SHAPEFILE_FIELDS[c] for c in FRAME_COLUMNS]


def test_shapefile_field_names_are_short_and_distinct() -> None:
    assert list(SHAPEFILE_FIELDS) == list(FRAME_COLUMNS)
    assert all(len(name) <= 10 for name in SHAPEFILE_FIELDS.values())
    assert len(set(SHAPEFILE_FIELDS.values())) == len(SHAPEFILE_FIELDS)


def test_geojson_is_the_geojson_export_byte_for_byte(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "out.part"
    path.write_text("older, longer content " * 100)
    write_event(event, path, fmt="geojson")
    assert path.read_bytes() == to_geojson_text(event).encode("utf-8")
    # the text as it has always been written: one-space indent, keys in order, non-ASCII kept
    text = path.read_text("utf-8")
    assert text.startswith(f'{{\n "type": "FeatureCollection",\n "name": "{event.id}",\n')
    assert '\n  {\n   "type": "Feature",\n   "id": ' in text and text.endswith("\n ]\n}\n")
    assert json.loads(text) == to_feature_collection(event)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_existing_file_is_overwritten(fmt: str, tmp_path: Path) -> None:
    event = alertmap.load("2023-11-21")
    path = tmp_path / "out.part"
    path.write_bytes(b"not an export\n" * 1000)
    write_event(event, path, fmt=fmt)
    assert b"not an export" not in path.read_bytes()
    frames = _read_back(fmt, path, tmp_path)
    assert sum(len(frame) for frame in frames) == len(event.features())


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "geojson"])
def test_an_event_without_features_is_refused(fmt: str, tmp_path: Path) -> None:
    empty = Event("none", "Nothing", "2023-01-01", ())
    with pytest.raises(ExportError, match=rf"out.x: expected an event with features .* {fmt}"):
        write_event(empty, tmp_path / "out.x", fmt=fmt)
