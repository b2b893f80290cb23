"""The score of a sampled cosmic-ray session: killed / run, with a 95 % interval, and survivors.

Skipped mutants (out of scope, in an annotation, not in the sample: see ``sample.py``) are not
counted; a mutant that timed out counts as killed (cosmic-ray's rule), an incompetent one (the
mutated module does not even import) too, and both are reported apart. The interval is
Wilson's for a binomial proportion: the sample is a random draw from the mutants of the
modules in scope. ``--diffs`` prints each survivor's diff, ``--exclude JOB_ID,...``
recomputes the score without the mutants accepted as equivalent.

Usage::

    python tools/mutation/score.py session.sqlite [--diffs]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence

#: The normal quantile for a two-sided 95 % interval.
Z95 = 1.959963984540054


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson's score interval for ``successes`` out of ``n``.

    Examples
    --------
    >>> [round(x, 4) for x in wilson(90, 100)]
    [0.8256, 0.9448]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def _not_a_test_run(output: str) -> bool:
    """Whether the test command failed before any test judged the mutant: run_tests.py's own
    error, or pytest's "no tests ran" (exit status 5)."""
    return "run_tests.py: " in output or "no tests ran" in output


def main(argv: Sequence[str] | None = None) -> int:
    from cosmic_ray.work_db import use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("session")
    parser.add_argument("--diffs", action="store_true", help="print each survivor's diff")
    parser.add_argument("--exclude", default="", help="job ids (or prefixes) to leave out")
    args = parser.parse_args(argv)
    excluded = [p for p in args.exclude.split(",") if p]
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    survivors = []
    with use_db(args.session) as db:
        for item, result in db.completed_work_items:
            if result.worker_outcome == WorkerOutcome.SKIPPED:
                continue
            if any(item.job_id.startswith(p) for p in excluded):
                continue
            (mutation,) = item.mutations
            module = mutation.module_path.as_posix()
            output = result.output or ""
            if result.worker_outcome != WorkerOutcome.NORMAL or _not_a_test_run(output):
                outcome = "error"  # neither killed nor survived: no test judged it
            elif result.test_outcome == TestOutcome.SURVIVED:
                outcome = "survived"
                survivors.append((module, mutation, item.job_id, result.diff or ""))
            elif result.test_outcome == TestOutcome.INCOMPETENT:
                outcome = "incompetent"
            elif output == "timeout":
                outcome = "timeout"
            else:
                outcome = "killed"
            rows[module][outcome] += 1
        pending = db.num_work_items - db.num_results
    total: Counter[str] = Counter()
    print(f"{'module':28} {'run':>4} {'killed':>6} {'timeout':>7} {'incomp.':>7} {'survived':>8}")
    for module in sorted(rows):
        c = rows[module]
        total.update(c)
        print(
            f"{module:28} {sum(c.values()):4} {c['killed']:6} {c['timeout']:7} "
            f"{c['incompetent']:7} {c['survived']:8}"
        )
    run = sum(total.values()) - total["error"]
    killed = run - total["survived"]
    low, high = wilson(killed, run)
    score = killed / run if run else 0.0
    print(
        f"\nkilled {killed} / {run} run = {score:.1%} (95 % CI {low:.1%}-{high:.1%}); "
        f"timeouts {total['timeout']}, incompetent {total['incompetent']}, worker errors "
        f"{total['error']}, still pending {pending}"
    )
    print(f"\nsurvivors ({len(survivors)}):")
    for module, mutation, job_id, diff in sorted(survivors, key=lambda s: (s[0], s[1].start_pos)):
        line = mutation.start_pos[0]
        print(f"  {job_id[:8]} {module}:{line} {mutation.operator_name} #{mutation.occurrence}")
        if args.diffs:
            print("    " + "\n    ".join(diff.strip().splitlines()[2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
