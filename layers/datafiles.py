"""Reading the bundled GeoJSON layers fast: properties from the GeoJSON, geometry from WKB.

Each bundled layer ``NAME.geojson`` (one feature per line, written by ``tools/build_data.py``)
has a binary twin ``NAME.wkb``: the same geometries, in the same order, as one OGC
well-known-binary GeometryCollection. Parsing 2.8 MB of coordinates as text took about a
tenth of a second per run; reading WKB takes a few milliseconds. The GeoJSON stays the
readable source of record; the test suite checks that every ``.wkb`` is exactly
:func:`geometry_bytes` of its GeoJSON, so the two cannot drift apart.

The gazetteer's points are written by hand in ``places.toml`` (with comments and sources); its
twin ``places.json`` holds the same records as JSON with the SHA-256 of the TOML it was made
from (:func:`places_json`, written by ``tools/build_places.py``): Python's TOML reader is
written in Python and took about 15 ms per run for the 100 KB file, JSON's under 1 ms. A twin
whose hash is not the TOML's is not used, so an edited TOML is never read stale.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

import numpy as np
import numpy.typing as npt
import shapely

from alertmap.layers.errors import LayersError

#: The package's data folder (gazetteer, basemap, built-in scenarios): a plain path, found
#: without importlib.resources, which costs a start-up a few hundredths of a second.
DATA = Path(__file__).resolve().parent / "data"

__all__ = ["FEATURE_PREFIX", "geometry_bytes", "places_json", "read_layer", "read_places"]

#: How every feature line of a bundled layer starts (properties come before the geometry).
FEATURE_PREFIX = '{"type":"Feature","properties":'
_GEOMETRY_KEY = ',"geometry":'


def geometry_bytes(geojson_text: str) -> bytes:
    """The ``.wkb`` twin of a GeoJSON FeatureCollection: its geometries as one little-endian
    WKB GeometryCollection, in feature order.

    Examples
    --------
    >>> text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
    >>> text += '"geometry":{"type":"Point","coordinates":[124.705,39.66]}}]}'
    >>> g = shapely.from_wkb(geometry_bytes(text))
    >>> g.geom_type, list(g.geoms[0].coords)
    ('GeometryCollection', [(124.705, 39.66)])
    """
    collection = shapely.from_geojson(geojson_text)
    if collection.geom_type != "GeometryCollection":
        collection = shapely.GeometryCollection([collection])
    return bytes(shapely.to_wkb(collection, byte_order=1))


def _properties(filename: str, data: bytes) -> list[dict[str, Any]]:
    """The properties object of each feature line of a bundled layer, read from its bytes: only
    the properties are decoded, not the coordinates after them (most of the file)."""
    found = []
    prefix, key = FEATURE_PREFIX.encode(), _GEOMETRY_KEY.encode()
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.startswith(prefix):
            continue
        end = line.find(key)
        try:
            properties = json.loads(line[len(prefix) : end]) if end > 0 else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            properties = None
        if not isinstance(properties, dict):
            raise LayersError(
                f"{filename}: line {number}: expected a feature's properties object before "
                '"geometry"'
            )
        found.append(properties)
    return found


def read_layer(
    directory: Traversable, name: str
) -> tuple[list[dict[str, Any]], npt.NDArray[np.object_]]:
    """Properties and geometries of the layer ``name`` (``NAME.geojson``, and ``NAME.wkb`` if
    there is one).

    Raises
    ------
    LayersError
        A feature line has no properties object, or the two files hold different numbers of
        features.
    """
    filename = f"{name}.geojson"
    twin = directory / f"{name}.wkb"
    if not twin.is_file():
        # a GeoJSON without its twin (e.g. a user's own gazetteer data): parse it whole
        text = (directory / filename).read_text(encoding="utf-8")
        features = json.loads(text)["features"]
        geometries = shapely.get_parts(shapely.from_geojson(text))
        return [f["properties"] for f in features], geometries
    properties = _properties(filename, (directory / filename).read_bytes())
    geometries = shapely.get_parts(shapely.from_wkb(twin.read_bytes()))
    if len(geometries) != len(properties):
        raise LayersError(
            f"{name}.wkb: expected {len(properties)} geometries, one per feature of {filename}, "
            f"found {len(geometries)}; rebuild it with tools/build_data.py"
        )
    return properties, geometries


def places_json(toml_text: str) -> str:
    r"""The ``places.json`` twin of a ``places.toml``: the SHA-256 of the TOML's text, and its
    records as JSON, one per line.

    Examples
    --------
    >>> print(places_json('[[place]]\nname = "Sohae"\nlon = 124.705\nlat = 39.66\n'))
    {"toml_sha256": "...",
    "place": [
    {"name": "Sohae", "lon": 124.705, "lat": 39.66}
    ]}
    """
    records = tomllib.loads(toml_text).get("place", [])
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    digest = hashlib.sha256(toml_text.encode("utf-8")).hexdigest()
    return f'{{"toml_sha256": "{digest}",\n"place": [\n{lines}\n]}}\n'


def read_places(directory: Traversable) -> list[dict[str, Any]]:
    """The records of ``places.toml`` in ``directory``: from its ``places.json`` twin when the
    twin was made from this very text (its SHA-256 matches), else from the TOML itself (a
    user's own gazetteer folder, a TOML edited since the twin was written).

    Raises
    ------
    LayersError
        The TOML is not valid TOML.
    """
    text = (directory / "places.toml").read_text(encoding="utf-8")
    twin = directory / "places.json"
    if twin.is_file():
        made = json.loads(twin.read_text(encoding="utf-8"))
        if made.get("toml_sha256") == hashlib.sha256(text.encode("utf-8")).hexdigest():
            records: list[dict[str, Any]] = made["place"]
            return records
    try:
        found: list[dict[str, Any]] = tomllib.loads(text).get("place", [])
    except tomllib.TOMLDecodeError as err:
        raise LayersError(f"places.toml: {err}") from None
    return found
