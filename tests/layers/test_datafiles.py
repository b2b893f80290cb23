"""The bundled layers' WKB twins (layers.datafiles) against their GeoJSON."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
import shapely

from alertmap.layers.datafiles import geometry_bytes, places_json, read_layer, read_places
from alertmap.layers.errors import LayersError

DATA = Path(__file__).resolve().parents[2] / "layers" / "data"
LAYERS = sorted(p.stem for p in DATA.glob("*.geojson"))


def test_every_bundled_layer_has_a_twin() -> None:
    assert sorted(p.stem for p in DATA.glob("*.wkb")) == LAYERS
    assert len(LAYERS) == 6


@pytest.mark.parametrize("name", LAYERS)
def test_twin_is_exactly_the_geojson_geometry(name: str) -> None:
    text = (DATA / f"{name}.geojson").read_text("utf-8")
    assert (DATA / f"{name}.wkb").read_bytes() == geometry_bytes(text)


@pytest.mark.parametrize("name", LAYERS)
def test_read_layer_matches_a_plain_geojson_parse(name: str) -> None:
    features = json.loads((DATA / f"{name}.geojson").read_text("utf-8"))["features"]
    properties, geometries = read_layer(DATA, name)
    assert properties == [f["properties"] for f in features]
    expected = [shapely.geometry.shape(f["geometry"]) for f in features]
    assert len(geometries) == len(expected)
    assert all(
        shapely.equals_exact(g, e, tolerance=0.0) for g, e in zip(geometries, expected, strict=True)
    )


def _copy(tmp_path: Path, name: str) -> None:
    for suffix in (".geojson", ".wkb"):
        (tmp_path / f"{name}{suffix}").write_bytes((DATA / f"{name}{suffix}").read_bytes())


def test_without_a_twin_the_geojson_is_parsed_whole(tmp_path: Path) -> None:
    data = json.loads((DATA / "alert_areas.geojson").read_text("utf-8"))
    (tmp_path / "alert_areas.geojson").write_text(json.dumps(data, indent=2), "utf-8")
    properties, geometries = read_layer(tmp_path, "alert_areas")
    twin_properties, twin_geometries = read_layer(DATA, "alert_areas")
    assert properties == twin_properties
    assert all(
        shapely.equals_exact(a, b, 0.0) for a, b in zip(geometries, twin_geometries, strict=True)
    )


def test_a_stale_twin_is_refused(tmp_path: Path) -> None:
    _copy(tmp_path, "alert_areas")
    lines = (tmp_path / "alert_areas.geojson").read_text("utf-8").splitlines()
    feature = lines[1].rstrip(",")
    lines.insert(1, feature + ",")
    (tmp_path / "alert_areas.geojson").write_text("\n".join(lines), "utf-8")
    with pytest.raises(LayersError, match=r"alert_areas\.wkb: expected 9 geometries.*found 8"):
        read_layer(tmp_path, "alert_areas")


def test_a_feature_line_without_properties_is_refused(tmp_path: Path) -> None:
    _copy(tmp_path, "seas")
    lines = (tmp_path / "seas.geojson").read_text("utf-8").splitlines()
    lines[3] = lines[3].replace(',"geometry":', ',"geometry_":', 1)
    (tmp_path / "seas.geojson").write_text("\n".join(lines), "utf-8")
    with pytest.raises(LayersError, match=r"seas\.geojson: line 4: expected a feature's prop"):
        read_layer(tmp_path, "seas")


def test_a_properties_object_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    """Only the properties are decoded (from bytes): a byte that is not UTF-8 there is one
    LayersError naming the file and line, not a UnicodeDecodeError from the whole file."""
    _copy(tmp_path, "seas")
    data = (tmp_path / "seas.geojson").read_bytes().split(b"\n")
    data[2] = data[2].replace(b'"properties":{', b'"properties":{"x":"\xff",', 1)
    (tmp_path / "seas.geojson").write_bytes(b"\n".join(data))
    with pytest.raises(LayersError, match=r"seas\.geojson: line 3: expected a feature's prop"):
        read_layer(tmp_path, "seas")


def test_places_twin_is_exactly_the_toml() -> None:
    """``places.json`` holds what ``places.toml`` says (rerun tools/build_places.py if not)."""
    text = (DATA / "places.toml").read_text("utf-8")
    assert (DATA / "places.json").read_text("utf-8") == places_json(text), (
        "places.json is stale: run python tools/build_places.py"
    )
    assert read_places(DATA) == tomllib.loads(text)["place"]


def test_places_are_read_from_the_toml_without_a_twin_of_its_text(tmp_path: Path) -> None:
    (tmp_path / "places.toml").write_text('[[place]]\nname = "A"\nlon = 1.5\nlat = 2\n', "utf-8")
    assert read_places(tmp_path) == [{"name": "A", "lon": 1.5, "lat": 2}]
    twin = places_json((tmp_path / "places.toml").read_text("utf-8"))
    (tmp_path / "places.json").write_text(twin.replace('"A"', '"From the twin"'), "utf-8")
    assert read_places(tmp_path)[0]["name"] == "From the twin"  # the twin of this text
    (tmp_path / "places.toml").write_text('[[place]]\nname = "B"\nlon = 1.5\nlat = 2\n', "utf-8")
    assert read_places(tmp_path)[0]["name"] == "B"  # edited since: the twin is not used
    (tmp_path / "places.toml").write_text("[[place]\n", "utf-8")
    with pytest.raises(LayersError, match=r"^places\.toml: "):
        read_places(tmp_path)
