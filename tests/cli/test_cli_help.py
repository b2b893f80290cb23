"""The command line explains itself: --version, a description and examples in every --help,
examples that parse as written, and the export formats chosen by --format or the file's ending."""

from __future__ import annotations

import argparse
import json
import shlex
from importlib import metadata
from pathlib import Path
from typing import Any

import pyogrio
import pytest

from alertmap.layers.export import EXPORT_FORMATS
from alertmap.layers.scenario import builtin_names
from alertmap.maps.cli import _parser, main
from tests.support import run_cli

#: Every command, as typed after ``alertmap`` ("" is the top level).
COMMANDS = ["", "demo", "render", "export", "locate", "check", "warning", "warning parse"]
COMMANDS += ["list", "show", "draft"]

#: Shell operators that end the part of an example line the parser sees.
SHELL_OPERATORS = {">", ">>", "<", "|", "&&", ";"}


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """Every command the parser knows, found by walking its subparsers."""
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, f"{prefix} {name}".strip())
    return found


def help_text(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``alertmap COMMAND --help`` prints; it must exit with status 0."""
    with pytest.raises(SystemExit) as stop:
        main([*command.split(), "--help"])
    assert stop.value.code == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def sections(text: str) -> list[str]:
    """A help text's paragraphs (separated by blank lines)."""
    return [p for p in text.split("\n\n") if p.strip()]


def examples(text: str) -> list[str]:
    """The command lines of a help text's "examples:" section."""
    lines: list[str] = []
    for section in sections(text):
        if section.startswith("examples:\n"):
            lines += [line.strip() for line in section.splitlines()[1:]]
    return lines


def example_argv(line: str) -> list[str]:
    """An example line as the parser sees it: without ``alertmap``, comments and redirections."""
    words = shlex.split(line, comments=True)
    for i, word in enumerate(words):
        if word in SHELL_OPERATORS:
            words = words[:i]
            break
    assert words[0] == "alertmap", line
    return words[1:]


# --- version ---------------------------------------------------------------------------------


def test_version_is_the_installed_metadata_version(tmp_path: Path) -> None:
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"alertmap {metadata.version('alertmap')}\n"
    assert result.stderr == ""


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.split() == ["alertmap", metadata.version("alertmap")]


# --- help: descriptions and examples --------------------------------------------------------


def test_every_command_is_covered() -> None:
    assert sorted(_commands(_parser())) == sorted(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_a_description_and_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = help_text(command, capsys)
    parts = sections(text)
    assert parts[0].startswith(f"usage: {' '.join(['alertmap', *command.split()])} ")
    description = parts[1]
    # the paragraph after the usage is prose, not an argument list: a sentence or two
    assert description[0].isupper(), description  # a sentence, not a table or a list
    assert len(description.split()) >= 10 and "." in description, description
    lines = examples(text)
    assert lines, text
    assert all(line.startswith("alertmap ") for line in lines), lines
    assert any(line.startswith(" ".join(["alertmap", *command.split()])) for line in lines)


def test_top_level_help_lists_every_command_with_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = help_text("", capsys)
    (listing,) = (s for s in sections(text) if s.startswith("commands:"))
    described = {}
    for line in listing.splitlines()[1:]:
        words = line.split(maxsplit=1)
        if len(words) == 2 and line.startswith("    ") and not line.startswith("     "):
            described[words[0]] = words[1]
    assert sorted(described) == sorted(c for c in COMMANDS if c and " " not in c)
    assert "alertmap COMMAND --help" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_examples_parse_as_written(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser()
    for line in examples(help_text(command, capsys)):
        argv = example_argv(line)
        args = parser.parse_args(argv)  # a bad example exits with status 2
        parsed = [args.command, *([args.warning_command] if args.command == "warning" else [])]
        assert parsed[: len(command.split())] == command.split(), line
        if args.command == "export" and args.output != "-":
            from alertmap.layers.export import export_format

            assert export_format(args.output, args.format) in EXPORT_FORMATS, line
    assert capsys.readouterr().err == ""


def _runs_offline_and_quickly(args: argparse.Namespace) -> bool:
    """Examples that need no file of the user's and no browser: built-in names only."""
    if args.command in ("list", "locate"):
        return True
    if args.command in ("check", "export"):
        return str(args.scenario) in builtin_names()
    if args.command == "show":
        return str(args.name) in builtin_names()
    return False


def test_cheap_examples_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    parser = _parser()
    ran = []
    for command in COMMANDS:
        for line in examples(help_text(command, capsys)):
            argv = example_argv(line)
            if _runs_offline_and_quickly(parser.parse_args(argv)) and argv not in ran:
                assert main(argv) == 0, (line, capsys.readouterr().err)
                ran.append(argv)
    assert capsys.readouterr().err == ""
    assert {argv[0] for argv in ran} == {"list", "show", "locate", "check", "export"}


# --- export formats ---------------------------------------------------------------------------


def _read_layers(path: Path) -> tuple[int, set[str]]:
    """How many features a file holds over all its layers, and their kinds, read by pyogrio."""
    total = 0
    kinds: set[str] = set()
    for name, _geometry_type in pyogrio.list_layers(path):
        frame = pyogrio.read_dataframe(path, layer=name)
        total += len(frame)
        kinds |= set(frame["kind"])
    return total, kinds


@pytest.fixture(scope="module")
def exported_0824() -> dict[str, Any]:
    from alertmap.layers.build import build_event
    from alertmap.layers.export import to_feature_collection
    from alertmap.layers.scenario import load_scenario

    return to_feature_collection(build_event(load_scenario("2023-08-24")))


ENDINGS = [(end, name) for name, (ends, _) in EXPORT_FORMATS.items() for end in ends]


@pytest.mark.parametrize(("ending", "fmt"), ENDINGS, ids=[e for e, _ in ENDINGS])
def test_export_each_ending_writes_a_readable_file(
    ending: str,
    fmt: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    exported_0824: dict[str, Any],
) -> None:
    out = tmp_path / f"aug{ending}"
    assert main(["export", "2023-08-24", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left
    total, kinds = _read_layers(out)
    assert total == len(exported_0824["features"])
    assert kinds == {f["properties"]["kind"] for f in exported_0824["features"]}


DRIVERS = {"geojson": "GeoJSON", "gpkg": "GPKG", "fgb": "FlatGeobuf", "csv": "CSV"}


@pytest.mark.parametrize(("fmt", "driver"), sorted(DRIVERS.items()))
def test_export_format_option_overrides_the_ending(
    fmt: str, driver: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "aug.dat"
    assert main(["export", "2023-08-24", "-o", str(out), "--format", fmt]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["aug.dat"]
    # GDAL recognises some formats only by their ending: read a copy named as the format is
    copy = tmp_path / f"copy{EXPORT_FORMATS[fmt][0][0]}"
    copy.write_bytes(out.read_bytes())
    layers = pyogrio.list_layers(copy)
    assert len(layers) >= 1
    assert pyogrio.read_info(copy, layer=layers[0][0])["driver"] == driver


def test_export_format_option_beats_a_known_ending(tmp_path: Path) -> None:
    out = tmp_path / "aug.geojson"
    assert main(["export", "2023-08-24", "-o", str(out), "--format", "gpkg"]) == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")


def test_export_shapefile_zip_holds_shapefiles_with_projection(tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "aug.dat"
    assert main(["export", "2023-08-24", "-o", str(out), "--format", "shp"]) == 0
    names = zipfile.ZipFile(out).namelist()
    shps = [n for n in names if n.endswith(".shp")]
    assert shps
    for shp in shps:
        assert shp[: -len(".shp")] + ".prj" in names


def _assert_refused(result: Any, tmp_path: Path, *expected: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("alertmap"), lines[0]
    assert "error" in lines[0] and "Traceback" not in result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file


def test_export_unknown_ending_is_refused(tmp_path: Path) -> None:
    result = run_cli("export", "2023-08-24", "-o", "out.dxf", cwd=tmp_path)
    _assert_refused(result, tmp_path, "alertmap: error: ", *EXPORT_FORMATS)


def test_export_unknown_format_option_is_refused(tmp_path: Path) -> None:
    result = run_cli("export", "2023-08-24", "-o", "out.geojson", "--format", "dxf", cwd=tmp_path)
    _assert_refused(result, tmp_path, "--format", "dxf")


@pytest.mark.slow
def test_export_to_stdout_is_geojson_only(tmp_path: Path) -> None:
    result = run_cli("export", "2023-08-24", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["type"] == "FeatureCollection"
    result = run_cli("export", "2023-08-24", "-o", "-", "--format", "geojson", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["type"] == "FeatureCollection"
    result = run_cli("export", "2023-08-24", "-o", "-", "--format", "gpkg", cwd=tmp_path)
    _assert_refused(result, tmp_path, "alertmap: error: ", "standard output", "gpkg")


def test_failed_export_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import alertmap.layers.export as export_module

    def half_written(event: object, path: Path, *, fmt: str) -> None:
        Path(path).write_bytes(b"SQLite format 3\x00 and then nothing")
        raise export_module.ExportError(f"{path}: {fmt}: disk on fire")

    monkeypatch.setattr(export_module, "export_format", lambda path, fmt=None: "gpkg")
    monkeypatch.setattr(export_module, "write_event", half_written)
    out = tmp_path / "aug.gpkg"
    out.write_bytes(b"previous")
    assert main(["export", "2023-08-24", "-o", str(out)]) == 2
    assert "disk on fire" in capsys.readouterr().err
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["aug.gpkg"]


def _readme_command_lines() -> list[str]:
    """The ``alertmap ...`` lines of the README's shell blocks."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    blocks = readme.split("```sh\n")[1:]
    return [
        line
        for block in blocks
        for line in block.split("```")[0].splitlines()
        if line.startswith("alertmap ")
    ]


def test_readme_command_lines_parse(capsys: pytest.CaptureFixture[str]) -> None:
    lines = _readme_command_lines()
    assert "alertmap --version" in [line.split("#")[0].strip() for line in lines]
    for line in lines:
        argv = example_argv(line)
        if {"--help", "--version"} & set(argv):
            with pytest.raises(SystemExit) as stop:
                _parser().parse_args(argv)
            assert stop.value.code == 0, line
        else:
            _parser().parse_args(argv)  # a line that does not parse exits with status 2
    assert capsys.readouterr().err == ""
