"""The command tunes Python's garbage collector for its own process only."""

from __future__ import annotations

import gc
import subprocess
import sys

from alertmap.maps import cli


def test_main_called_from_python_leaves_the_collector_alone() -> None:
    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    assert cli.main(["locate", "about 600 km east of Manila"]) == 0
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_the_command_collects_less_often_and_freezes_what_is_left() -> None:
    script = (
        "import gc, sys\n"
        "from alertmap.maps import cli\n"
        "sys.argv = ['alertmap', 'locate', 'about 600 km east of Manila']\n"
        "code = cli.command()\n"
        "print(gc.get_threshold(), gc.get_freeze_count() > 1000, gc.isenabled(), code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == f"{cli.GC_THRESHOLDS} True True 0"
    assert cli.GC_THRESHOLDS[0] >= 100 * 700  # a hundred times the default's first generation


def test_python_dash_m_alertmap_is_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "alertmap", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("alertmap ")
