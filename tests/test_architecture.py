"""Data flows one way: geo -> layers -> maps; only maps imports folium or branca."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "geo": {"layers", "maps", "folium", "branca", "geopandas", "jinja2"},
    "layers": {"maps", "folium", "branca", "jinja2"},
    "maps": set(),
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_direction(package: str) -> None:
    bad = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        hits = imported_roots(path) & FORBIDDEN[package]
        if hits:
            bad[str(path.relative_to(ROOT))] = sorted(hits)
    assert bad == {}


def test_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import folium\nfrom maps.compose import compose\n")
    assert imported_roots(sample) == {"folium", "maps"}


def test_geo_imports_only_the_allowed_libraries() -> None:
    allowed = {
        "__future__",
        "geo",
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
    for path in sorted((ROOT / "geo").rglob("*.py")):
        assert imported_roots(path) <= allowed, path
