"""Edges of maps.output that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills.
"""

from __future__ import annotations

import stat
from pathlib import Path

from alertmap.maps.output import write_atomic


def test_a_new_output_is_readable_by_all_and_writable_by_its_owner_only(tmp_path: Path) -> None:
    """A map written where no file was gets the permissions of an ordinary new file,
    rw-r--r--, whatever the private temporary file it was written to had (rw-------): a web
    server or another user can read it, nobody else can change it. Kills ``0o644`` made
    ``419`` (0o643: others may write it but not read it) in ``replace_atomic``."""
    written = write_atomic(tmp_path / "map.html", "a map")
    mode = stat.S_IMODE(written.stat().st_mode)
    assert mode == stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH, oct(mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]
