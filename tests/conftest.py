"""Shared fixtures: the rendered demo page and a real headless Chromium (Debian's); the
``browser`` and ``slow`` markers. Shared helpers (paths, ``Page``, ``run_cli``) are in
``tests/support.py``.

A test is marked ``browser`` when it lives in ``tests/browser`` or uses the ``browser`` fixture
(directly or through another fixture). Without Chromium, such tests are skipped with the reason
on a developer's machine and fail in CI (``CI`` set), where they must run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alertmap.maps.browser import CHROMIUM_FLAGS as BROWSER_FLAGS

CHROMIUM = os.environ.get("ALERTMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = list(BROWSER_FLAGS)
BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def _chromium_missing() -> str:
    """Why the browser tests cannot run here, or '' when they can."""
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return ""
    return f"{CHROMIUM} not found: install Debian's chromium (see README / .ci/run)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = _chromium_missing()
    for item in items:
        in_folder = BROWSER_TESTS in Path(str(item.path)).resolve().parents
        if in_folder or "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
        if missing and item.get_closest_marker("browser") and not os.environ.get("CI"):
            item.add_marker(pytest.mark.skip(reason=missing))


@pytest.fixture(scope="session")
def event_0824() -> Any:
    from alertmap.layers.build import build_event
    from alertmap.layers.scenario import load_scenario

    return build_event(load_scenario("2023-08-24"))


@pytest.fixture(scope="session")
def demo_page(tmp_path_factory: pytest.TempPathFactory, event_0824: Any) -> Path:
    from alertmap.maps.compose import compose
    from alertmap.maps.output import page_html, write_atomic

    path = tmp_path_factory.mktemp("demo") / "alertmap-demo.html"
    write_atomic(path, page_html(compose(event_0824)))
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    missing = _chromium_missing()
    if missing:
        pytest.fail(f"CI: the browser tests must run: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()
