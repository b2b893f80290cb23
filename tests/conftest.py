"""Shared fixtures: the rendered demo page and a real headless Chromium (Debian's)."""

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
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        reason = f"{CHROMIUM} not found: install Debian's chromium (see README / .ci/run)"
        if os.environ.get("CI"):
            pytest.fail(f"CI: the browser tests must run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()
