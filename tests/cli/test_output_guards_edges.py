"""Edges of the output-path guards that mutation testing found untested
(tools/mutation/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alertmap.maps.errors import OutputError
from alertmap.maps.output import check_writable


def test_every_output_after_a_device_is_still_checked(tmp_path: Path) -> None:
    """A device (``-o /dev/null``) is written into, so its folder does not matter; the outputs
    after it are still checked before any work. Kills ``continue`` to ``break`` after the
    device in ``check_writable`` (the PNG into a missing folder then passed the check)."""
    png = tmp_path / "no-such-folder" / "map.png"
    with pytest.raises(OutputError, match=r"--png .*map\.png: cannot write: .*no such folder"):
        check_writable([("-o /dev/null", Path("/dev/null")), (f"--png {png}", png)])
    # the same outputs in the other order are refused for the same reason
    with pytest.raises(OutputError, match=r"no such folder"):
        check_writable([(f"--png {png}", png), ("-o /dev/null", Path("/dev/null"))])
    # and a device with a writable file after it passes
    check_writable([("-o /dev/null", Path("/dev/null")), ("--png x", tmp_path / "map.png")])


def test_a_temporary_name_already_taken_is_left_alone_and_another_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file's random name may be taken (by another writer's temporary file):
    that file is not ours to touch, another name is drawn and the write succeeds. Kills
    ``except FileExistsError`` replaced in ``replace_atomic`` (the write then failed)."""
    from alertmap.maps import output

    names = iter(["taken0000000000", "free00000000000"])
    monkeypatch.setattr(output, "_random_suffix", lambda: next(names))
    target = tmp_path / "map.html"
    taken = tmp_path / ".map.html.taken0000000000.tmp"
    taken.write_text("another writer's file", "utf-8")
    output.write_atomic(target, "new map")
    assert target.read_text("utf-8") == "new map"
    assert taken.read_text("utf-8") == "another writer's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name, "map.html"]
