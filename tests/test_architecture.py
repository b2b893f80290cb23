"""Data flows one way: geo -> layers -> maps; only maps imports folium or branca; everything
is imported as alertmap's own (never as a top-level ``geo``, ``layers`` or ``maps``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: The repository's own folders; only ``alertmap.<folder>`` may be imported.
OWN = {"geo", "layers", "maps"}

#: Modules each package must not import (names as imported, absolute).
FORBIDDEN: dict[str, set[str]] = {
    "geo": {"alertmap.layers", "alertmap.maps", "folium", "branca", "geopandas", "jinja2"},
    "layers": {"alertmap.maps", "folium", "branca", "jinja2", "xyzservices", "playwright"},
    # maps draws and writes: geodesy is geo's (one pyproj home) and reading or writing data
    # files is layers' (geopandas/pyogrio)
    "maps": {"pyproj", "geopandas", "pyogrio", "pyarrow", "pandas"},
    "alertmap": {"folium", "branca", "geopandas", "jinja2"},  # not at import: only when used
}


def imported_modules(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Every absolute module name imported by a file (with ``top_level_only``: only those
    imported when the module is imported, not inside functions)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _hits(names: set[str], forbidden: set[str]) -> set[str]:
    return {n for n in names for f in forbidden if n == f or n.startswith(f + ".")}


def _python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_direction(package: str) -> None:
    top_only = package == "alertmap"
    bad = {}
    for path in _python_files(package):
        hits = _hits(imported_modules(path, top_level_only=top_only), FORBIDDEN[package])
        if hits:
            bad[str(path.relative_to(ROOT))] = sorted(hits)
    assert bad == {}


@pytest.mark.parametrize("folder", ["alertmap", "geo", "layers", "maps", "tests", "tools", "bench"])
def test_nothing_imports_the_folders_as_top_level_packages(folder: str) -> None:
    bad = {}
    for path in _python_files(folder):
        hits = {n for n in imported_modules(path) if n.split(".")[0] in OWN}
        if hits:
            bad[str(path.relative_to(ROOT))] = sorted(hits)
    assert bad == {}


def layers_errors_raised(path: Path) -> list[int]:
    """Lines where a module raises or subclasses a ``layers`` error (maps has its own root,
    :class:`alertmap.maps.errors.MapsError`; it may only catch the layers' errors)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        named = []
        if isinstance(node, ast.Raise) and node.exc is not None:
            named = [node.exc.func if isinstance(node.exc, ast.Call) else node.exc]
        elif isinstance(node, ast.ClassDef):
            named = list(node.bases)
        if any(
            isinstance(n, ast.Name) and n.id.endswith(("LayersError", "ScenarioError"))
            for n in named
        ):
            lines.append(node.lineno)
    return lines


def test_maps_raises_its_own_errors(tmp_path: Path) -> None:
    bad = {str(p.relative_to(ROOT)): layers_errors_raised(p) for p in _python_files("maps")}
    assert {k: v for k, v in bad.items() if v} == {}
    sample = tmp_path / "x.py"
    sample.write_text("class E(LayersError): pass\nraise LayersError('x')\n")
    assert layers_errors_raised(sample) == [1, 2]


def test_checker_sees_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "import folium\nfrom alertmap.maps.compose import compose\n"
        "def f():\n    from layers.build import build_event\n"
    )
    names = imported_modules(sample)
    assert _hits(names, FORBIDDEN["geo"]) == {"folium", "alertmap.maps.compose"}
    assert {n for n in names if n.split(".")[0] in OWN} == {"layers.build"}
    assert imported_modules(sample, top_level_only=True) == {"folium", "alertmap.maps.compose"}


def test_geo_imports_only_the_allowed_libraries() -> None:
    allowed = {
        "__future__",
        "alertmap",
        "numpy",
        "shapely",
        "pyproj",
        "math",
        "re",
        "functools",
        "dataclasses",
        "collections",
        "typing",
        "enum",
        "warnings",
        "itertools",
    }
    for path in _python_files("geo"):
        roots = {n.split(".")[0] for n in imported_modules(path)}
        assert roots <= allowed, path
        assert {n for n in imported_modules(path) if n.startswith("alertmap.")} <= {
            n for n in imported_modules(path) if n.startswith("alertmap.geo")
        }, path


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_every_rule_forbids_something(package: str, tmp_path: Path) -> None:
    # each package's rule catches an import of each module it names
    assert FORBIDDEN[package]
    for name in sorted(FORBIDDEN[package]):
        sample = tmp_path / "x.py"
        sample.write_text(f"import {name}.sub\n")
        assert _hits(imported_modules(sample), FORBIDDEN[package]) == {f"{name}.sub"}
