"""Choose which of a cosmic-ray session's mutants run: a seeded, stratified random sample.

A cosmic-ray *filter*: it reads the session's work database after ``cosmic-ray init`` and
marks every mutant that is not to run as skipped, with the reason in its output. Three steps:

1. **Scope.** A module listed under ``[cosmic-ray.filters.sample.only]`` is mutated only
   inside the functions named there (``maps/cli.py``: its output-path guards); the rest of
   it is out of scope.
2. **Annotations.** Every module begins with ``from __future__ import annotations``, so an
   annotation is never evaluated and a mutant inside one (``str | None`` to ``str & None``)
   cannot change behaviour: those are left out before sampling, not counted as survivors.
3. **Sample.** From what is left, ``size`` mutants are drawn with ``random.Random(seed)``,
   each module getting its share in proportion to its number of mutants (largest
   remainders), so a big module does not crowd out a small one by chance. The order the
   draw sees is sorted by module, operator and occurrence, never by cosmic-ray's random
   job ids, so the same seed gives the same sample on any machine.

Usage (from the root of a throwaway clone; see README.md beside this file)::

    python tools/mutation/sample.py tools/mutation/cosmic-ray.toml session.sqlite

It prints one line per module: mutants, out of scope, in annotations, sampled.
"""

from __future__ import annotations

import argparse
import ast
import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: A position in a source file as cosmic-ray gives it: (line from 1, column in characters).
Position = tuple[int, int]
#: A span of source: (start, end), end exclusive.
Span = tuple[Position, Position]


@dataclass(frozen=True, slots=True)
class Mutant:
    """One pending cosmic-ray work item of a single mutation."""

    job_id: str
    module: str
    operator: str
    occurrence: int
    start: Position
    end: Position


def _char_column(line: str, byte_offset: int) -> int:
    """The character column of a UTF-8 byte offset in ``line`` (``ast`` counts bytes)."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", "ignore"))


def _span(node: ast.expr | ast.stmt, lines: Sequence[str]) -> Span:
    start_line, end_line = node.lineno, node.end_lineno or node.lineno
    start = (start_line, _char_column(lines[start_line - 1], node.col_offset))
    end = (end_line, _char_column(lines[end_line - 1], node.end_col_offset or 0))
    return start, end


def annotation_spans(source: str) -> list[Span]:
    """The spans of every annotation in ``source`` when it postpones their evaluation.

    Examples
    --------
    >>> text = "from __future__ import annotations\\ndef f(a: int | None) -> str: ..."
    >>> annotation_spans(text)
    [((2, 9), (2, 19)), ((2, 24), (2, 27))]
    >>> annotation_spans("def f(a: int | None) -> str: ...")
    []
    """
    tree = ast.parse(source)
    postponed = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(alias.name == "annotations" for alias in node.names)
        for node in tree.body
    )
    if not postponed:
        return []
    lines = source.splitlines()
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return sorted(_span(node, lines) for node in found)


def function_spans(source: str, names: Iterable[str]) -> dict[str, Span]:
    """The spans of the module-level functions ``names`` (decorators included).

    Examples
    --------
    >>> function_spans("x = 1\\ndef f():\\n    return 2\\n", ["f"])
    {'f': ((2, 0), (3, 12))}
    """
    wanted = set(names)
    lines = source.splitlines()
    spans = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in wanted:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            _, end = _span(node, lines)
            spans[node.name] = ((first, 0), end)
    missing = wanted - spans.keys()
    if missing:
        raise SystemExit(f"sample.py: no module-level function {sorted(missing)}")
    return spans


def _inside(mutant: Mutant, span: Span) -> bool:
    return span[0] <= mutant.start and mutant.end <= span[1]


def allocate(sizes: Mapping[str, int], total: int) -> dict[str, int]:
    """Share ``total`` among strata in proportion to ``sizes``, by largest remainders.

    Examples
    --------
    >>> allocate({"a": 10, "b": 20, "c": 70}, 10)
    {'a': 1, 'b': 2, 'c': 7}
    >>> allocate({"a": 1, "b": 1, "c": 1}, 2)
    {'a': 1, 'b': 1, 'c': 0}
    >>> allocate({"a": 3}, 10)
    {'a': 3}
    """
    population = sum(sizes.values())
    if total >= population:
        return dict(sizes)
    quotas = {name: total * size / population for name, size in sizes.items()}
    shares = {name: int(quota) for name, quota in quotas.items()}
    left = total - sum(shares.values())
    by_remainder = sorted(sizes, key=lambda name: (shares[name] - quotas[name], name))
    for name in by_remainder[:left]:
        shares[name] += 1
    return shares


def _pending(db: Any) -> list[Mutant]:
    mutants = []
    for item in db.pending_work_items:
        if len(item.mutations) != 1:
            raise SystemExit("sample.py: expected one mutation per work item")
        (m,) = item.mutations
        mutants.append(
            Mutant(
                job_id=item.job_id,
                module=Path(m.module_path).as_posix(),
                operator=m.operator_name,
                occurrence=m.occurrence,
                start=tuple(m.start_pos),
                end=tuple(m.end_pos),
            )
        )
    return sorted(mutants, key=lambda m: (m.module, m.operator, m.occurrence))


def choose(
    mutants: Sequence[Mutant], only: Mapping[str, Sequence[str]], *, size: int, seed: int
) -> tuple[list[Mutant], dict[str, list[Mutant]], list[str]]:
    """The sampled mutants, the left-out ones by reason, and a table of counts per module."""
    left_out: dict[str, list[Mutant]] = defaultdict(list)
    by_module: dict[str, list[Mutant]] = defaultdict(list)
    counts: dict[str, list[int]] = {}
    for module in sorted({m.module for m in mutants}):
        source = Path(module).read_text("utf-8")
        annotations = annotation_spans(source)
        scope = list(function_spans(source, only[module]).values()) if module in only else None
        of_module = [m for m in mutants if m.module == module]
        for m in of_module:
            if scope is not None and not any(_inside(m, s) for s in scope):
                left_out["out of scope"].append(m)
            elif any(_inside(m, s) for s in annotations):
                left_out["in an annotation (never evaluated)"].append(m)
            else:
                by_module[module].append(m)
        counts[module] = [len(of_module), 0, 0, len(by_module[module])]
    for m in left_out["out of scope"]:
        counts[m.module][1] += 1
    for m in left_out["in an annotation (never evaluated)"]:
        counts[m.module][2] += 1
    shares = allocate({name: len(ms) for name, ms in by_module.items()}, size)
    rng = random.Random(seed)
    sampled: list[Mutant] = []
    for module in sorted(by_module):
        chosen = rng.sample(by_module[module], shares[module])
        sampled.extend(chosen)
        chosen_ids = {m.job_id for m in chosen}
        left_out[f"not in the sample (seed {seed})"].extend(
            m for m in by_module[module] if m.job_id not in chosen_ids
        )
    table = [f"{'module':32} {'mutants':>8} {'scope':>6} {'annot.':>6} {'sampled':>8}"]
    for module, (total, scope_out, annotated, _) in counts.items():
        row = f"{module:32} {total:8} {scope_out:6} {annotated:6} {shares.get(module, 0):8}"
        table.append(row)
    table.append(f"{'all':32} {len(mutants):8} {'':6} {'':6} {len(sampled):8}")
    return sampled, left_out, table


def main(argv: Sequence[str] | None = None) -> int:
    """Mark every mutant outside the sample as skipped in the session ``argv`` names."""
    from cosmic_ray.config import load_config
    from cosmic_ray.work_db import use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", help="the cosmic-ray configuration (TOML)")
    parser.add_argument("session", help="the session database made by cosmic-ray init")
    args = parser.parse_args(argv)
    options = load_config(args.config).sub("filters", "sample")
    size, seed = int(options["size"]), int(options["seed"])
    only = {Path(k).as_posix(): list(v) for k, v in options.get("only", {}).items()}
    with use_db(args.session) as db:
        _, left_out, table = choose(_pending(db), only, size=size, seed=seed)
        for reason, mutants in sorted(left_out.items()):
            result = WorkResult(output=reason, worker_outcome=WorkerOutcome.SKIPPED)
            db.set_multiple_results([m.job_id for m in mutants], result)
    print("\n".join(table))
    for reason, mutants in sorted(left_out.items()):
        print(f"skipped, {reason}: {len(mutants)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
