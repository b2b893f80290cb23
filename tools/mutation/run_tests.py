"""The test command of a cosmic-ray run: the fast tests for the module a mutant changed.

cosmic-ray mutates one file in place and runs one command for every mutant. This script finds
the mutated file (``git diff``: the clone is clean otherwise), looks up its tests in the
``[tests]`` tables of ``cosmic-ray.toml`` and runs them in one pytest process that stops at
the first failure (``-x``), browser tests left out. Its exit status is pytest's: 0 means the
mutant survived.

``--module FILE`` runs the tests of ``FILE`` without a mutant (a baseline), and ``--print``
shows the command instead of running it.
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "cosmic-ray.toml"
PYTEST_OPTIONS = ["-x", "-q", "-p", "no:cacheprovider", "-m", "not browser", "--tb=line"]


def mutated_files() -> list[str]:
    """The tracked Python files under geo/, layers/ and maps/ that differ from HEAD."""
    out = subprocess.run(
        ["git", "diff", "--name-only", "--", "geo", "layers", "maps"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if line.endswith(".py")]


def doctest_id(module: str) -> str:
    """The node id of ``module``'s docstring examples in tests/test_doctests.py.

    Examples
    --------
    >>> doctest_id("geo/coords.py")
    'tests/test_doctests.py::test_docstring_examples[alertmap.geo.coords]'
    >>> doctest_id("geo/__init__.py")
    'tests/test_doctests.py::test_docstring_examples[alertmap.geo]'
    """
    parts = Path(module).with_suffix("").parts
    name = ".".join(("alertmap", *(p for p in parts if p != "__init__")))
    return f"tests/test_doctests.py::test_docstring_examples[{name}]"


def selection(module: str, tables: dict[str, Any]) -> dict[str, Any]:
    """The ``[tests]`` table for ``module``: its own, or the first pattern that matches."""
    if module in tables:
        return dict(tables[module])
    for pattern, table in tables.items():
        if fnmatch.fnmatch(module, pattern):
            return dict(table)
    raise SystemExit(f"run_tests.py: no [tests] table for {module} in {CONFIG}")


def pytest_command(
    module: str, tables: dict[str, Any], deselected: Sequence[str] = ()
) -> list[str]:
    """The pytest command line for the tests of ``module``."""
    table = selection(module, tables)
    args = [sys.executable, "-m", "pytest", *PYTEST_OPTIONS, doctest_id(module)]
    # the module's own tests: test_NAME.py and test_NAME_*.py (e.g. test_scenario_edges.py)
    folder, stem = Path("tests") / Path(module).parent, Path(module).stem
    files = [p for p in [folder / f"test_{stem}.py"] if p.exists()]
    files += sorted(folder.glob(f"test_{stem}_*.py"))
    for name in table["paths"]:  # folders as their files, so that the module's own run first
        path = Path(name)
        files.extend(sorted(path.glob("test_*.py")) if path.is_dir() else [path])
    args.extend(dict.fromkeys(f.as_posix() for f in files))
    for node in deselected:
        args.extend(["--deselect", node])
    if table.get("hostile"):
        cases = " or ".join(table["hostile"])
        args.extend(["-k", f"not test_case or {cases}"])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", help="run the tests of this file, unmutated")
    parser.add_argument("--print", action="store_true", help="print the command only")
    args = parser.parse_args(argv)
    config = tomllib.loads(CONFIG.read_text("utf-8"))
    tables, deselected = config["tests"], config.get("deselect", {}).get("nodes", [])
    if args.module:
        modules = [args.module]
    else:
        modules = mutated_files()
        if len(modules) != 1:
            print(f"run_tests.py: expected one mutated file, got {modules}", file=sys.stderr)
            return 3
    command = pytest_command(modules[0], tables, deselected)
    if args.print:
        print(" ".join(command))
        return 0
    return subprocess.run(command, check=False, preexec_fn=_cap_memory).returncode


#: The address space a test run may take: a mutant that asks for an array of 10^12 elements
#: fails with MemoryError instead of making the machine's out-of-memory killer choose.
MEMORY_CAP_BYTES = 8 << 30


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


if __name__ == "__main__":
    sys.exit(main())
