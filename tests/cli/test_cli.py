"""The command line: outputs, and bad input as one line on stderr with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alertmap.layers.scenario import builtin_names, builtin_text
from alertmap.maps.cli import main
from tests.support import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert [line.split("\t")[0] for line in out.splitlines()] == list(builtin_names())
    assert main(["show", "2023-08-24"]) == 0
    assert capsys.readouterr().out == builtin_text("2023-08-24")


def test_demo_writes_the_default_event(tmp_path: Path) -> None:
    result = run_cli("demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = tmp_path / "alertmap-demo.html"
    assert result.stdout.strip() == str(page.resolve())
    text = page.read_text("utf-8")
    assert "North Korea satellite launch attempt" in text
    assert [p.name for p in tmp_path.iterdir()] == ["alertmap-demo.html"]  # no temp files left


def test_export_is_rfc7946_with_sourced_features(tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    assert main(["export", "2023-08-24", "-o", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds >= {
        "launch_site",
        "track",
        "corridor",
        "hazard_area",
        "fall_area",
        "alert_zone",
        "sea_area",
        "range_ring",
        "waypoint",
    }
    for f in data["features"]:
        props = f["properties"]
        for key in ("layer", "kind", "name", "source", "times"):
            assert key in props, (key, props["name"])
        assert props["source"], props["name"]
        for t in props["times"].values():
            assert t[-6] in "+-" and t[-3] == ":", t  # ISO 8601 with offset


def _all_lons(geometry: dict) -> list[float]:
    out: list[float] = []

    def walk(c: object) -> None:
        if isinstance(c, list) and c and isinstance(c[0], int | float):
            out.append(float(c[0]))
        elif isinstance(c, list):
            for x in c:
                walk(x)

    walk(geometry["coordinates"])
    return out


def test_export_longitudes_within_range(tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    assert main(["export", "2023-11-21", "-o", str(out)]) == 0
    for f in json.loads(out.read_text("utf-8"))["features"]:
        assert all(-180 <= x <= 180 for x in _all_lons(f["geometry"]))


BAD = {
    "syntax.toml": ("[event\n", r"syntax.toml: invalid TOML"),
    "missing.toml": (
        '[event]\ndate = 2024-01-01\n[launch]\nat = "Sohae"\n',
        "missing.toml: event.title: expected a text value",
    ),
    "lat95.toml": (
        '[event]\ntitle = "t"\ndate = 2024-01-01\n[launch]\nposition = "95.0N 124.0E"\n',
        "lat95.toml: launch.position:",
    ),
    "unknown_place.toml": (
        '[event]\ntitle = "t"\ndate = 2024-01-01\n[launch]\nat = "Atlantis"\n',
        "unknown_place.toml: launch.at: unknown place 'Atlantis'",
    ),
    "badpos.toml": (
        '[event]\ntitle = "t"\ndate = 2024-01-01\n[launch]\nposition = "over there"\n',
        "badpos.toml: launch.position:",
    ),
    "wrongtype.toml": (
        '[event]\ntitle = "t"\ndate = 2024-01-01\n[launch]\nat = "Sohae"\n'
        '[track]\ncorridor_width_km = "wide"\n',
        "wrongtype.toml: track.corridor_width_km: expected a number",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
@pytest.mark.parametrize("command", ["render", "export"])
def test_bad_input_one_line_exit_2_no_output(name: str, command: str, tmp_path: Path) -> None:
    text, expected = BAD[name]
    (tmp_path / name).write_text(text, "utf-8")
    # export checks the output's ending before reading the scenario: give it a known one
    out = tmp_path / ("out.geojson" if command == "export" else "out.file")
    result = run_cli(command, name, "-o", str(out), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("alertmap: error: ")
    assert expected in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_unknown_scenario_name(tmp_path: Path) -> None:
    result = run_cli("render", "2099-01-01", "-o", "x.html", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "2099-01-01: unknown scenario: expected a built-in name" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_failed_render_keeps_the_previous_file(tmp_path: Path) -> None:
    good = tmp_path / "map.html"
    good.write_text("previous", "utf-8")
    (tmp_path / "bad.toml").write_text("[event\n", "utf-8")
    assert main(["render", str(tmp_path / "bad.toml"), "-o", str(good)]) == 2
    assert good.read_text("utf-8") == "previous"


def test_unwritable_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "2023-08-24", "-o", str(tmp_path / "no" / "such" / "x.geojson")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


def test_warning_errors_name_the_warning_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(
        "NAVAREA XI 1/25\nA. 41-00N 131-00E, 41-60N 132-00E,\n40-00N 132-00E.\n", "utf-8"
    )
    (tmp_path / "s.toml").write_text(
        '[event]\ntitle = "t"\ndate = 2025-01-01\n[launch]\nat = "Sohae"\n'
        '[[warnings]]\nfile = "w.txt"\n',
        "utf-8",
    )
    for args in (["render", "s.toml", "-o", "x.html"], ["warning", "parse", "w.txt"]):
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1, result.stderr
        assert "w.txt: line 2:" in result.stderr and "Traceback" not in result.stderr
        assert not (tmp_path / "x.html").exists()
    (tmp_path / "s.toml").write_text(
        '[event]\ntitle = "t"\ndate = 2025-01-01\n[launch]\nat = "Sohae"\n'
        '[[warnings]]\nfile = "missing.txt"\n',
        "utf-8",
    )
    result = run_cli("render", "s.toml", "-o", "x.html", cwd=tmp_path)
    assert result.returncode == 2
    assert "s.toml: warnings[0].file: expected a readable UTF-8 warning text file" in result.stderr


def test_warning_parse_prints_geojson_and_soft_warnings(tmp_path: Path) -> None:
    data = ROOT / "tests" / "data" / "warnings" / "crossing.txt"
    result = run_cli("warning", "parse", str(data), cwd=tmp_path)
    assert result.returncode == 0
    fc = json.loads(result.stdout)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    assert result.stderr.startswith("alertmap: warning: ") and "crosses itself" in result.stderr


def test_warning_parse_gives_each_area_once_with_its_daily_windows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ROOT / "tests" / "data" / "warnings" / "daily_hours_then_days.txt"
    assert main(["warning", "parse", str(data), "--year", "2024"]) == 0
    features = json.loads(capsys.readouterr().out)["features"]
    assert [f["properties"]["area"] for f in features] == ["A", "B"]
    for feature in features:
        windows = feature["properties"]["windows"]
        assert len(windows) == 8
        assert windows[0] == ["2024-02-06T22:30:00Z", "2024-02-07T03:30:00Z"]
        assert windows[-1] == ["2024-02-13T22:30:00Z", "2024-02-14T03:30:00Z"]


def test_corners_in_press_order_warn_once_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.toml").write_text(
        '[event]\ntitle = "t"\ndate = 2025-01-01\n[launch]\nat = "Sohae"\n'
        '[[hazard_areas]]\nname = "Area 1"\n'
        'corners = ["37-00N 123-00E", "37-00N 124-00E", "36-00N 123-00E", "36-00N 124-00E"]\n',
        "utf-8",
    )
    out = tmp_path / "s.geojson"
    assert main(["export", str(tmp_path / "s.toml"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("alertmap: warning: ") == 1, err
    assert f"alertmap: warning: {tmp_path / 's.toml'}: hazard_areas[0].corners: " in err
    assert "reordered into a simple polygon" in err
    (area,) = [
        f
        for f in json.loads(out.read_text("utf-8"))["features"]
        if f["properties"]["kind"] == "hazard_area"
    ]
    assert area["properties"]["approximate"] is False


def test_progress_only_for_runs_over_two_seconds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import alertmap.maps.cli as cli_module

    out = tmp_path / "map.html"
    # the clock is moved, not waited for: a run that has taken under 2 s stays quiet...
    monkeypatch.setattr(cli_module, "_STARTED", cli_module.time.perf_counter() + 3600.0)
    assert main(["render", "2023-05-31", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    # ...and one that has taken longer says where it is
    monkeypatch.setattr(cli_module, "_STARTED", cli_module.time.perf_counter() - 5.0)
    assert main(["render", "2023-05-31", "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(" (")[0] for line in err] == [
        "alertmap: scenario read",
        "alertmap: event built",
        "alertmap: map composed",
    ]
