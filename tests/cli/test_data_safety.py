"""Never lose the user's data (issue 12, part 2): no output replaces an input, however it is
named; ``--each`` keeps every map inside its folder; every output is written atomically and
no temporary file is left behind, on an error or a signal."""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alertmap.layers.datafiles import DATA
from alertmap.maps import output
from alertmap.maps.cli import main
from alertmap.maps.output import (
    FILE_NAME_MAX_BYTES,
    FILE_NAME_MAX_CHARS,
    safe_file_name,
    write_atomic,
)
from tests.support import TEST_DATA

SCENARIO = """
[event]
title = "EXERCISE: a launch for the data-safety tests"
date = 2024-02-07
[sources.s]
organisation = "EXERCISE source (fictional)"
date = 2024-02-07
[launch]
at = "Tonghae"
source = "s"
"""

TRACK_SCENARIO = (
    SCENARIO
    + """
[track]
file = "track.csv"
source = "s"
"""
)

TRACK = "time,lat,lon\n0,39.66,124.705\n30,39.42,124.702\n"

CATALOGUE_HEADER = "id,date,site,direction,range_km,source\n"


def catalogue_row(launch: str, day: int) -> str:
    return f'"{launch}",2023-08-{day:02d},Sohae,S,1000,EXERCISE source\n'


@pytest.fixture(autouse=True)
def quiet_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    """``main`` in this process: the stage lines, for runs over 2 s since alertmap.maps.cli was
    imported, would count from the first test, not from this command."""
    import alertmap.maps.cli as cli_module

    monkeypatch.setattr(cli_module, "_STARTED", cli_module.time.perf_counter() + 3600.0)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as their target's name), to compare before/after."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = b"-> " + os.fsencode(os.readlink(path))
        elif path.is_file():
            found[name] = path.read_bytes()
        else:
            found[name] = b"(folder)"
    return found


def refused(capsys: pytest.CaptureFixture[str], *names: str) -> str:
    """The one line on stderr, which must name each of ``names``."""
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("alertmap: error: "), lines[0]
    for name in names:
        assert name in lines[0], (name, lines[0])
    assert captured.out == ""
    return lines[0]


# --------------------------------------------------------------------------- an output is an input


def _plain(folder: Path, target: str) -> str:
    return str(folder / target)


def _symlink(folder: Path, target: str) -> str:
    (folder / "link.out").symlink_to(target)
    return str(folder / "link.out")


def _dotdot(folder: Path, target: str) -> str:
    (folder / "sub").mkdir()
    return str(folder / "sub" / ".." / target)


def _hard_link(folder: Path, target: str) -> str:
    os.link(folder / target, folder / "hard.out")
    return str(folder / "hard.out")


def _relative(folder: Path, target: str) -> str:
    return os.path.relpath(folder / target)


NAMINGS: dict[str, Callable[[Path, str], str]] = {
    "plain": _plain,
    "symlink": _symlink,
    "dotdot": _dotdot,
    "hard link": _hard_link,
    "relative": _relative,
}


@pytest.mark.parametrize("naming", sorted(NAMINGS))
@pytest.mark.parametrize("option", ["-o", "--png", "--pdf"])
def test_render_refuses_to_write_over_its_scenario(
    naming: str, option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.toml").write_text(SCENARIO, "utf-8")
    out = NAMINGS[naming](tmp_path, "s.toml")
    before = snapshot(tmp_path)
    assert main(["render", str(tmp_path / "s.toml"), option, out]) == 2
    refused(capsys, f"{option} {out}", "scenario", "s.toml")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("naming", ["plain", "symlink", "dotdot", "hard link"])
def test_export_refuses_to_write_over_its_scenario(
    naming: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.toml").write_text(SCENARIO, "utf-8")
    out = NAMINGS[naming](tmp_path, "s.toml")
    before = snapshot(tmp_path)
    assert main(["export", str(tmp_path / "s.toml"), "-o", out, "--format", "geojson"]) == 2
    refused(capsys, out, "scenario")
    assert snapshot(tmp_path) == before


def test_the_track_file_a_scenario_names_is_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.toml").write_text(TRACK_SCENARIO, "utf-8")
    (tmp_path / "track.csv").write_text(TRACK, "utf-8")
    before = snapshot(tmp_path)
    for command in (["render"], ["export"]):
        args = [*command, str(tmp_path / "s.toml"), "-o", _symlink(tmp_path, "track.csv")]
        if command == ["export"]:
            args += ["--format", "geojson"]
        assert main(args) == 2
        refused(capsys, "track file ", "track.csv named in ", "s.toml")
        (tmp_path / "link.out").unlink()
        assert snapshot(tmp_path) == before


def test_the_warning_text_a_scenario_names_is_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("exercise.toml", "exercise-navarea.txt"):
        shutil.copy(TEST_DATA / "exercise" / name, tmp_path / name)
    before = snapshot(tmp_path)
    out = _dotdot(tmp_path, "exercise-navarea.txt")
    assert main(["render", str(tmp_path / "exercise.toml"), "-o", out]) == 2
    refused(capsys, out, "warning text exercise-navarea.txt", "exercise.toml")
    assert snapshot(tmp_path) == {**before, "sub": b"(folder)"}


@pytest.mark.parametrize("naming", ["plain", "symlink", "hard link"])
def test_warning_parse_refuses_to_write_over_its_text(
    naming: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(TEST_DATA / "warnings" / "circle.txt", tmp_path / "w.txt")
    out = NAMINGS[naming](tmp_path, "w.txt")
    before = snapshot(tmp_path)
    assert main(["warning", "parse", str(tmp_path / "w.txt"), "-o", out]) == 2
    refused(capsys, out, "warning text", "w.txt")
    assert snapshot(tmp_path) == before


def test_warning_parse_from_standard_input_refuses_to_write_over_that_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``alertmap warning parse - -o w.txt < w.txt``."""
    shutil.copy(TEST_DATA / "warnings" / "circle.txt", tmp_path / "w.txt")
    before = snapshot(tmp_path)
    with (tmp_path / "w.txt").open(encoding="utf-8") as stdin:
        monkeypatch.setattr(sys, "stdin", stdin)
        assert main(["warning", "parse", "-", "-o", str(tmp_path / "w.txt")]) == 2
    refused(capsys, "w.txt", "standard input")
    assert snapshot(tmp_path) == before


def test_render_refuses_to_write_over_its_catalogue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c.csv").write_text(CATALOGUE_HEADER + catalogue_row("a", 1), "utf-8")
    out = _symlink(tmp_path, "c.csv")
    before = snapshot(tmp_path)
    assert main(["render", str(tmp_path / "c.csv"), "-o", out]) == 2
    refused(capsys, out, "catalogue")
    assert snapshot(tmp_path) == before


def test_a_built_in_scenario_is_an_input_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # through a link: were the guard missing, the rename would replace the link, not the
    # package's file
    builtin = DATA / "scenarios" / "2023-11-21.toml"
    (tmp_path / "link.toml").symlink_to(builtin)
    before = builtin.read_bytes()
    assert main(["render", "2023-11-21", "-o", str(tmp_path / "link.toml")]) == 2
    refused(capsys, "link.toml", "built-in scenario 2023-11-21")
    assert (tmp_path / "link.toml").is_symlink() and builtin.read_bytes() == before


def test_two_outputs_naming_one_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "map.html")
    assert main(["render", "2023-11-21", "-o", out, "--png", out]) == 2
    refused(capsys, f"--png {out}", f"-o {out}")
    assert list(tmp_path.iterdir()) == []


def test_a_different_output_beside_the_input_is_written(tmp_path: Path) -> None:
    """The guard refuses only the input itself: a sibling with a similar name is fine."""
    (tmp_path / "s.toml").write_text(SCENARIO, "utf-8")
    assert main(["export", str(tmp_path / "s.toml"), "-o", str(tmp_path / "s.toml.geojson")]) == 0
    assert (tmp_path / "s.toml").read_text("utf-8") == SCENARIO
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml", "s.toml.geojson"]


# --------------------------------------------------------------------------- --each stays inside


def test_each_keeps_hostile_ids_inside_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = ["../../x", "sub/../../y", ".hidden", f"{tmp_path}/abs", "..", "C:\\win\\z"]
    rows = "".join(catalogue_row(launch, day) for day, launch in enumerate(ids, 1))
    (tmp_path / "c.csv").write_text(CATALOGUE_HEADER + rows, "utf-8")
    folder = tmp_path / "out" / "maps"
    assert main(["render", str(tmp_path / "c.csv"), "--each", str(folder)]) == 0
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert len(written) == len(ids)
    assert all(path.resolve().parent == folder.resolve() for path in written)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(p.name for p in written)
    assert all(not n.startswith(".") and ".." not in n.removesuffix(".html") for n in names)
    # nothing anywhere else
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "out"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["maps"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("a/b", "a b"), ("../x", "x"), ("Launch", "launch"), ("caf\u00e9", "cafe\u0301")],
)
def test_each_refuses_ids_that_give_one_file_name_before_writing(
    first: str, second: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = catalogue_row("ok", 1) + catalogue_row(first, 2) + catalogue_row(second, 3)
    (tmp_path / "c.csv").write_text(CATALOGUE_HEADER + rows, "utf-8")
    assert main(["render", str(tmp_path / "c.csv"), "--each", str(tmp_path / "maps")]) == 2
    refused(capsys, repr(first), repr(second))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv"]  # not even the folder


def test_each_refuses_a_link_in_the_folder_that_leads_outside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c.csv").write_text(CATALOGUE_HEADER + catalogue_row("x", 1), "utf-8")
    (tmp_path / "keep.txt").write_text("keep", "utf-8")
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "x.html").symlink_to(tmp_path / "keep.txt")
    before = snapshot(tmp_path)
    assert main(["render", str(tmp_path / "c.csv"), "--each", str(tmp_path / "maps")]) == 2
    refused(capsys, "x.html", "keep.txt")
    assert snapshot(tmp_path) == before


def test_each_refuses_a_map_that_is_the_catalogue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "c.csv").write_text(CATALOGUE_HEADER + catalogue_row("x", 1), "utf-8")
    os.link(tmp_path / "maps" / "c.csv", tmp_path / "maps" / "x.html")
    before = snapshot(tmp_path)
    assert main(["render", str(tmp_path / "maps" / "c.csv"), "--each", str(tmp_path / "maps")]) == 2
    refused(capsys, "x.html", "catalogue")
    assert snapshot(tmp_path) == before


@given(st.text(max_size=300))
def test_a_safe_file_name_stays_in_its_folder(text: str) -> None:
    name = safe_file_name(text)
    assert name and len(name) <= FILE_NAME_MAX_CHARS
    assert len(name.encode()) <= FILE_NAME_MAX_BYTES
    assert unicodedata.is_normalized("NFC", name)
    assert not name.startswith((".", "-")) and ".." not in name
    assert all(ch.isalnum() or ch in "-_." for ch in name), name
    folder = Path("/maps")
    assert (folder / f"{name}.html").parent == folder


def test_safe_file_names_keep_ordinary_ids() -> None:
    assert safe_file_name("2023-08-24-2") == "2023-08-24-2"
    assert safe_file_name("NK_2023.08") == "NK_2023.08"
    assert safe_file_name("서해 1호") == "서해_1호"


# --------------------------------------------------------------------------- atomic writes


def test_write_atomic_keeps_the_old_file_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the target in place (not a temporary file renamed) would show here."""
    target = tmp_path / "map.html"
    target.write_text("previous map", "utf-8")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new map")
    assert target.read_text("utf-8") == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_write_atomic_renames_a_complete_file_over_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader opening the target during the write sees the old bytes; afterwards the new
    ones, in a new file (a rename, not a rewrite: a reader holding the old file keeps it)."""
    target = tmp_path / "map.html"
    target.write_text("previous map", "utf-8")
    os.link(target, tmp_path / "held-by-a-reader")
    old_inode = target.stat().st_ino
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def observed_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append((target.read_text("utf-8"), Path(src).read_text("utf-8")))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", observed_replace)
    write_atomic(target, "new map")
    assert seen == [("previous map", "new map")]
    assert target.read_text("utf-8") == "new map"
    assert target.stat().st_ino != old_inode
    assert (tmp_path / "held-by-a-reader").read_text("utf-8") == "previous map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["held-by-a-reader", "map.html"]


@pytest.mark.parametrize("error", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_write_atomic_leaves_no_temporary_file_when_interrupted(
    error: BaseException, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.html"
    target.write_text("previous map", "utf-8")

    def failing_fsync(fd: int) -> None:
        raise error

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(type(error)):
        write_atomic(target, "new map")
    assert target.read_text("utf-8") == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_a_failed_export_keeps_the_previous_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from alertmap.layers import export

    (tmp_path / "s.toml").write_text(SCENARIO, "utf-8")
    (tmp_path / "s.gpkg").write_bytes(b"previous")

    def half_written(event: object, path: Path, *, fmt: str) -> None:
        Path(path).write_bytes(b"half a GeoPack")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_event", half_written)
    assert main(["export", str(tmp_path / "s.toml"), "-o", str(tmp_path / "s.gpkg")]) == 2
    refused(capsys, "s.gpkg", "No space left on device")
    assert (tmp_path / "s.gpkg").read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.gpkg", "s.toml"]


def test_write_atomic_follows_a_link_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "real.html"
    target.write_text("previous map", "utf-8")
    target.chmod(0o600)
    (tmp_path / "link.html").symlink_to("real.html")
    write_atomic(tmp_path / "link.html", "new map")
    assert (tmp_path / "link.html").is_symlink()
    assert target.read_text("utf-8") == "new map"
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.html", "real.html"]


def test_a_pipe_or_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/null``, ``-o /dev/stdout``: renaming a file over them would replace the device
    node (as root) or fail; the output is written into them."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["export", "2023-11-21", "-o", str(fifo), "--format", "geojson"]) == 0
    reader.join(timeout=30)
    assert got and b'"FeatureCollection"' in got[0][:40]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_link_loop_as_output_is_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.toml").write_text(SCENARIO, "utf-8")
    (tmp_path / "loop").symlink_to("loop")
    code = main(
        ["export", str(tmp_path / "s.toml"), "-o", str(tmp_path / "loop"), "--format", "geojson"]
    )
    assert code in (0, 2)
    assert (tmp_path / "s.toml").read_text("utf-8") == SCENARIO
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loop", "s.toml"]
    capsys.readouterr()


# signals: main in a fresh process whose fsync of the temporary file sends it the signal
SIGNALLED = """
import os, signal, sys
from alertmap.maps.cli import main
real_fsync = os.fsync
def fsync(fd):
    os.kill(os.getpid(), signal.{signal})
    real_fsync(fd)
os.fsync = fsync
sys.exit(main(["render", "2023-11-21", "-o", "map.html"]))
"""


@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGINT", 130)])
def test_a_signal_mid_write_leaves_the_old_file_and_no_temporary_file(
    name: str, status: int, tmp_path: Path
) -> None:
    (tmp_path / "map.html").write_text("previous map", "utf-8")
    result = subprocess.run(
        [sys.executable, "-c", SIGNALLED.format(signal=name)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        # a shell's background job ignores SIGINT: give the child Python's own handler
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert result.returncode == status, result.stderr
    # progress lines ("alertmap: map composed (2.4 s)", written when a stage ends more than 2 s
    # into a run: a loaded machine) come before the one line that reports the signal
    lines = [
        ln
        for ln in result.stderr.splitlines()
        if not re.fullmatch(r"alertmap: .* \(\d+\.\d s\)", ln)
    ]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert (tmp_path / "map.html").read_text("utf-8") == "previous map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_main_restores_the_sigterm_handler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert main(["show", "2023-11-21"]) == 0
    assert signal.getsignal(signal.SIGTERM) is before
    assert main(["render", str(tmp_path / "missing.toml"), "-o", str(tmp_path / "m.html")]) == 2
    assert signal.getsignal(signal.SIGTERM) is before
    capsys.readouterr()


# --------------------------------------------------------------------------- PNG and PDF


def test_png_into_a_path_under_a_file_is_one_line_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from alertmap.maps import browser

    def no_browser(*args: object, **kwargs: object) -> None:
        raise AssertionError("Chromium started for an output that cannot be written")

    monkeypatch.setattr(browser, "capture", no_browser)
    (tmp_path / "file.txt").write_text("a file, not a folder", "utf-8")
    out = str(tmp_path / "file.txt" / "out.png")
    assert main(["render", "2023-11-21", "-o", str(tmp_path / "m.html"), "--png", out]) == 2
    refused(capsys, f"--png {out}", "cannot write")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]  # not even -o


def test_pdf_into_a_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests run as root, for whom chmod does not forbid writing: the check is told so
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int, **kwargs: object) -> bool:
        return Path(path) != locked and real_access(path, mode)

    monkeypatch.setattr(output.os, "access", access)
    out = str(locked / "map.pdf")
    assert main(["render", "2023-11-21", "--pdf", out]) == 2
    refused(capsys, f"--pdf {out}", "cannot write", "permission denied")
    assert list(locked.iterdir()) == []


@pytest.mark.browser
def test_png_and_pdf_replace_the_old_files_whole(tmp_path: Path) -> None:
    """Both written by renaming a complete file over the old one (new inodes), and nothing
    else left in the folder."""
    png, pdf = tmp_path / "map.png", tmp_path / "map.pdf"
    png.write_bytes(b"old png")
    pdf.write_bytes(b"old pdf")
    inodes = png.stat().st_ino, pdf.stat().st_ino
    assert main(["render", "2023-11-21", "--png", str(png), "--pdf", str(pdf)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert (png.stat().st_ino, pdf.stat().st_ino) != inodes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf", "map.png"]


@pytest.mark.browser
def test_a_failed_pdf_write_is_one_line_and_keeps_the_old_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(b"old pdf")
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == pdf:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    assert main(["render", "2023-11-21", "--pdf", str(pdf)]) == 2
    refused(capsys, f"--pdf {pdf}", "No space left on device")
    assert pdf.read_bytes() == b"old pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["map.pdf"]


def test_a_chromium_that_fails_is_one_line_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("playwright")
    monkeypatch.setenv("ALERTMAP_CHROMIUM", shutil.which("true") or "/bin/true")
    png = tmp_path / "map.png"
    png.write_bytes(b"old png")
    assert main(["render", "2023-11-21", "--png", str(png)]) == 2
    refused(capsys, "--png/--pdf: headless Chromium failed")
    assert png.read_bytes() == b"old png"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
