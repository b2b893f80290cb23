"""Carry a sample drawn at one commit onto a session made at a later commit.

``sample.py`` draws its sample from the mutants of the code it sees, so the same seed on a
commit whose modules have changed draws another sample. To finish a sample begun earlier,
initialise a session at the new commit and let this script choose the same mutants in it:
each sampled mutant of the old session is matched to the mutant of the new one with the same
module and operator at the same place, its lines followed through the changes of the file
(``difflib``) and, where one span holds several mutants of an operator (a number made one
more or one less), the same rank among them. A mutant whose line was changed has no match and
is reported, not run. Everything else of the new session is marked skipped.

The results of the old session (``--results``, by default the old session itself) are copied
for the mutants that ran in it, except survivors, which are left to run again against the
new commit's tests. Run ``cosmic-ray exec`` on the new session afterwards.

Usage (from the root of a fresh clone at the new commit, which holds the old one in its
history)::

    cosmic-ray init tools/mutation/cosmic-ray.toml new.sqlite
    python tools/mutation/carry.py old.sqlite new.sqlite --old-commit 9653c1b

It prints how many were matched, copied and left to run, and each mutant without a match.
"""

from __future__ import annotations

import argparse
import difflib
import sqlite3
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

#: module, operator, start line, start column, end line, end column
Place = tuple[str, str, int, int, int, int]

_SPECS = (
    "SELECT job_id, module_path, operator_name, start_pos_row, start_pos_col, end_pos_row,"
    " end_pos_col FROM mutation_specs ORDER BY occurrence"
)


def line_map(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """Where each unchanged line of ``old`` is in ``new`` (lines numbered from 1).

    Examples
    --------
    >>> line_map(["a", "b", "c"], ["a", "x", "b", "c"])
    {1: 1, 2: 3, 3: 4}
    >>> line_map(["a", "b"], ["a", "B"])
    {1: 1}
    """
    found: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            found[block.a + k + 1] = block.b + k + 1
    return found


def _places(db: sqlite3.Connection) -> dict[Place, list[str]]:
    """The job ids of a session at each place, in the order of their occurrence numbers."""
    at: dict[Place, list[str]] = defaultdict(list)
    for job_id, *place in db.execute(_SPECS):
        at[(place[0], place[1], place[2], place[3], place[4], place[5])].append(job_id)
    return at


def _source(commit: str | None, module: str) -> list[str]:
    if commit is None:
        return Path(module).read_text("utf-8").splitlines()
    shown = subprocess.run(
        ["git", "show", f"{commit}:{module}"], capture_output=True, text=True, check=True
    )
    return shown.stdout.splitlines()


def match(
    old: sqlite3.Connection, new: sqlite3.Connection, old_commit: str
) -> tuple[dict[str, str], list[str]]:
    """The old sample's mutants in the new session (new job id to old), and those unmatched."""
    sampled = {
        job_id
        for (job_id,) in old.execute(
            "SELECT job_id FROM work_items WHERE job_id NOT IN"
            " (SELECT job_id FROM work_results WHERE worker_outcome = 'SKIPPED')"
        )
    }
    old_at, new_at = _places(old), _places(new)
    maps: dict[str, dict[int, int]] = {}
    chosen: dict[str, str] = {}
    lost: list[str] = []
    for place, job_ids in sorted(old_at.items()):
        module, operator, start_row, start_col, end_row, end_col = place
        for rank, job_id in enumerate(job_ids):
            if job_id not in sampled:
                continue
            if module not in maps:
                maps[module] = line_map(_source(old_commit, module), _source(None, module))
            lines = maps[module]
            if start_row not in lines or end_row not in lines:
                lost.append(f"{job_id[:8]} {module}:{start_row} {operator} (line changed)")
                continue
            moved = (module, operator, lines[start_row], start_col, lines[end_row], end_col)
            there = new_at.get(moved, [])
            if rank >= len(there):
                lost.append(f"{job_id[:8]} {module}:{start_row} {operator} (no such mutant)")
                continue
            chosen[there[rank]] = job_id
    return chosen, lost


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the session the sample was drawn in")
    parser.add_argument("new", help="a session made by cosmic-ray init at the new commit")
    parser.add_argument("--old-commit", required=True, help="the commit the old session used")
    parser.add_argument("--results", help="the session to copy results from (default: old)")
    args = parser.parse_args(argv)
    old, new = sqlite3.connect(args.old), sqlite3.connect(args.new)
    results = sqlite3.connect(args.results or args.old)
    if new.execute("SELECT count(*) FROM work_results").fetchone()[0]:
        raise SystemExit(f"carry.py: {args.new} already has results; init it afresh")
    chosen, lost = match(old, new, args.old_commit)
    done = {
        row[0]: row[1:]
        for row in results.execute(
            "SELECT job_id, worker_outcome, output, test_outcome, diff FROM work_results"
            " WHERE worker_outcome != 'SKIPPED' AND test_outcome != 'SURVIVED'"
        )
    }
    rows = []
    for (job_id,) in new.execute("SELECT job_id FROM work_items").fetchall():
        if job_id not in chosen:
            note = f"not in the sample carried from {args.old_commit}"
            rows.append(("SKIPPED", note, None, None, job_id))
        elif chosen[job_id] in done:
            rows.append((*done[chosen[job_id]], job_id))
    copied = sum(1 for row in rows if row[0] != "SKIPPED")
    new.executemany(
        "INSERT INTO work_results (worker_outcome, output, test_outcome, diff, job_id)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    new.commit()
    print(
        f"matched {len(chosen)} of {len(chosen) + len(lost)}; results copied {copied}; "
        f"to run {len(chosen) - copied}"
    )
    for line in lost:
        print(f"  no match: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
