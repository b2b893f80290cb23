"""What `pip install .` puts into site-packages: one package, alertmap, with its data."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    # built from a copy: pip builds in the source tree (its build/ folder), and with pytest-xdist
    # two workers may each build this module's fixture at once
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "alertmap", "geo", "layers", "maps"):
        if (ROOT / name).is_dir():
            skip = shutil.ignore_patterns("__pycache__")
            shutil.copytree(ROOT / name, source / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(out), str(source)],
        capture_output=True, text=True, check=False, cwd=build,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (wheel,) = out.glob("alertmap-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


@pytest.mark.slow
def test_one_top_level_package(wheel_names: list[str]) -> None:
    tops = {name.split("/")[0] for name in wheel_names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"alertmap"}
    assert not {"geo", "layers", "maps"} & tops


@pytest.mark.slow
def test_subpackages_data_and_types_are_inside(wheel_names: list[str]) -> None:
    names = set(wheel_names)
    for module in ("__init__.py", "geo/geodesic.py", "layers/model.py", "maps/cli.py"):
        assert f"alertmap/{module}" in names
    for data in (
        "layers/data/countries.wkb",
        "layers/data/places.toml",
        "layers/data/scenarios/2023-08-24.toml",
        "maps/static/alertmap.js",
        "maps/locale/ja/LC_MESSAGES/alertmap.po",  # the map in Japanese and Korean (--lang)
        "maps/locale/ko/LC_MESSAGES/alertmap.po",
        "py.typed",
        "geo/py.typed",
    ):
        assert f"alertmap/{data}" in names
    # the templates compiled ahead (maps/_jinja), every one of them
    shipped = {p.name for p in (ROOT / "maps" / "_jinja").glob("*.py")}
    assert len(shipped) > 10
    assert {f"alertmap/maps/_jinja/{n}" for n in shipped} <= names
    assert not any(n.startswith(("alertmap/tests", "tests/", "bench/", "tools/")) for n in names)
