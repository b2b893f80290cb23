"""The examples in every module's docstrings, and the README's Python examples, run as written.

They run against the installed ``alertmap`` (``pip install -e .``), the way a user imports it,
never against ``geo``, ``layers`` or ``maps`` as top-level packages.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLAGS = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS

PACKAGES = ["alertmap.geo", "alertmap.layers", "alertmap.maps"]


def _modules(package: str) -> list[str]:
    # each subpackage walked from its own folder: an editable install maps them separately
    path = importlib.import_module(package).__path__
    return [package, *(info.name for info in pkgutil.walk_packages(path, package + "."))]


MODULES = ["alertmap", *sorted(n for p in PACKAGES for n in _modules(p))]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False, report=True)
    assert result.failed == 0


def test_every_module_is_reached() -> None:
    # the walk sees the three packages as alertmap's own (not as top-level packages)
    assert {"alertmap.geo.geodesic", "alertmap.layers.model", "alertmap.maps.cli"} <= set(MODULES)


def test_readme_python_examples() -> None:
    result = doctest.testfile(
        str(ROOT / "README.md"), module_relative=False, optionflags=FLAGS, report=True
    )
    assert result.attempted > 0 and result.failed == 0
