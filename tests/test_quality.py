"""The configured linters pass: ruff (lint and format) and mypy (strict), as in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_ruff_lint() -> None:
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def package_view(folder: Path) -> Path:
    """The package as it installs (``alertmap/`` holding ``geo``, ``layers``, ``maps``), made
    of links to the repository's files, for tools that read a source tree (mypy)."""
    package = folder / "alertmap"
    package.mkdir()
    for path in (ROOT / "alertmap").iterdir():
        (package / path.name).symlink_to(path)
    for sub in ("geo", "layers", "maps"):
        (package / sub).symlink_to(ROOT / sub, target_is_directory=True)
    return folder


@pytest.mark.slow
def test_mypy_strict(tmp_path: Path) -> None:
    view = package_view(tmp_path)
    config = str(ROOT / "pyproject.toml")
    result = run("mypy", "--config-file", config, "--cache-dir", str(tmp_path / "c"), cwd=view)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout and "source files" in result.stdout
