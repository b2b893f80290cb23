"""Edges of alertmap.layers.export that mutation testing found untested
(tools/mutation/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pyogrio

import alertmap
from alertmap.layers.export import SHAPEFILE_FIELDS, SHAPEFILE_TEXT_BYTES, write_event

#: Export a built-in scenario as GeoJSON through the command line's entry point, then print
#: which of the table libraries the process has loaded.
EXPORT_GEOJSON = """
import json, sys
from alertmap.maps.cli import main
status = main(["export", "2023-08-24", "-o", sys.argv[1]])
print(json.dumps([status, sorted(m for m in ("geopandas", "pandas") if m in sys.modules)]))
"""


def test_a_geojson_export_loads_no_table_library(tmp_path: Path) -> None:
    """GeoJSON is written without geopandas or pandas (the README: they are loaded when a
    data frame is asked for). Kills ``if TYPE_CHECKING:`` to ``if not TYPE_CHECKING:`` around
    ``import geopandas`` in ``layers/export.py``."""
    out = tmp_path / "aug.geojson"
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_GEOJSON, str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    status, loaded = json.loads(result.stdout.splitlines()[-1])
    assert status == 0 and loaded == []
    assert json.loads(out.read_text("utf-8"))["type"] == "FeatureCollection"


def test_text_cut_for_a_shapefile_keeps_all_that_fits(tmp_path: Path) -> None:
    """A dBASE text field holds 254 bytes: a longer source line is cut to as many whole
    characters as fit with the closing '…' (3 bytes), not shorter. Kills ``SHAPEFILE_TEXT_BYTES
    - len("…".encode())`` to ``%`` in ``_dbf_text`` (the line cut to 2 bytes)."""
    event = alertmap.load("2023-08-24")
    full = {f.id: f.source_line() for f in event.features()}
    long = {i for i, line in full.items() if len(line.encode("utf-8")) > SHAPEFILE_TEXT_BYTES}
    assert long, "expected a source line longer than a dBASE field"
    path = tmp_path / "aug.shp.zip"
    write_event(event, path, fmt="shp")
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp_path / "shp")
    cut = {}
    for shp in sorted((tmp_path / "shp").glob("*.shp")):
        frame = pyogrio.read_dataframe(shp)
        ids, sources = frame[SHAPEFILE_FIELDS["id"]], frame[SHAPEFILE_FIELDS["source"]]
        cut.update(dict(zip(ids, sources, strict=True)))
    for i in long:
        kept = cut[i].encode("utf-8")
        # a character of up to 4 bytes may not fit whole
        assert SHAPEFILE_TEXT_BYTES - 3 <= len(kept) <= SHAPEFILE_TEXT_BYTES, (i, len(kept))
        assert cut[i].endswith("…") and full[i].startswith(cut[i].removesuffix("…"))
