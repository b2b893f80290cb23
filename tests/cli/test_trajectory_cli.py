"""The command line and the flight in time and height (issue 13): ``alertmap export EVENT -o
event.kmz`` (and ``.kml``) in the map's colours, ``alertmap check`` with the reported figures
against the model and the J-Alert timing, and a bad ``[trajectory]`` as one line, exit 2."""

from __future__ import annotations

import importlib.resources
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from alertmap.layers.kml import KML_NS, kml_colour
from alertmap.layers.scenario import builtin_text
from alertmap.maps.cli import main
from alertmap.maps.style import STYLES
from tests.support import run_cli

NS = {"k": KML_NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    folder = importlib.resources.files("pykml") / "schemas"
    return etree.XMLSchema(etree.parse(str(folder / "kml22gx.xsd")))


@pytest.mark.parametrize("ending", [".kmz", ".kml"])
def test_export_kmz_and_kml(
    ending: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], schema: etree.XMLSchema
) -> None:
    out = tmp_path / f"event{ending}"
    assert main(["export", "2022-10-04", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left
    if ending == ".kmz":
        with zipfile.ZipFile(out) as archive:
            data = archive.read("doc.kml")
    else:
        data = out.read_bytes()
    doc = etree.fromstring(data)
    assert schema.validate(doc), schema.error_log
    # the map's colours: a fall area is vermillion, filled as on the map
    fall = STYLES["fall_area"]
    polys = doc.xpath("//k:Style/k:PolyStyle/k:color/text()", namespaces=NS)
    assert kml_colour(fall["fillColor"], fall["fillOpacity"]) in polys
    alert = STYLES["alert_zone"]
    lines = doc.xpath("//k:Style/k:LineStyle/k:color/text()", namespaces=NS)
    assert kml_colour(alert["color"]) in lines


def test_export_format_option_kmz(tmp_path: Path) -> None:
    out = tmp_path / "event.dat"
    assert main(["export", "2022-10-04", "-o", str(out), "--format", "kmz"]) == 0
    assert zipfile.is_zipfile(out)


def test_export_help_names_kml(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = capsys.readouterr().out
    assert "kml" in text and "kmz" in text and "-o oct.kmz" in text


def test_check_shows_the_figures_and_the_jalert_timing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "2022-10-04"]) == 0
    table = capsys.readouterr().out
    assert "Reported figures of the flight against the model" in table
    assert "J-Alert timing against the modelled flight" in table
    assert "over Aomori 07:28-07:29 (to the minute)" in table
    assert main(["check", "2022-10-04", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    figures = {x["figure"] for x in data["trajectory"]}
    assert figures == {"overflight", "apogee", "range", "flight time"}
    aomori = [x for x in data["alert_timing"] if x["area"] == "Aomori"]
    assert aomori and all(x["reference"] == "overflight" for x in aomori)


def test_check_of_a_satellite_launch_has_no_flight_tables(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "2023-11-21", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "trajectory" not in data and "alert_timing" not in data


def test_a_bad_trajectory_is_one_line_exit_2(tmp_path: Path) -> None:
    text = builtin_text("2022-10-04").replace('model = "ballistic"', 'model = "rocket"', 1)
    (tmp_path / "s.toml").write_text(text, "utf-8")
    result = run_cli("render", "s.toml", "-o", "out.html", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines == [
        "alertmap: error: s.toml: trajectory.model: expected 'ballistic' or 'schematic', "
        "got 'rocket'"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]
