"""Static output (PNG, PDF) through headless Chromium, driven by Playwright.

Uses the system's Chromium (Debian's ``chromium`` at ``/usr/bin/chromium``, or the path in
``ALERTMAP_CHROMIUM``); nothing is downloaded. The page is loaded with every request that is
not a local file blocked, unless online tiles were asked for.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alertmap.maps.errors import MapsError

#: Flags for headless Chromium in containers and offline rooms.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

#: A4 landscape, the page size of ``--pdf``.
PDF_FORMAT = "A4"


class StaticOutputError(MapsError):
    """PNG or PDF output is not possible here, and why."""


def chromium_path() -> str:
    """The Chromium executable to use."""
    path = os.environ.get("ALERTMAP_CHROMIUM", "/usr/bin/chromium")
    if not (Path(path).exists() or shutil.which(path)):
        raise StaticOutputError(
            f"--png/--pdf: Chromium not found at {path}: expected Debian's chromium "
            "(apt-get install chromium) or ALERTMAP_CHROMIUM set to a Chromium executable"
        )
    return path


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser, closed on exit."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise StaticOutputError(
            "--png/--pdf: the 'playwright' package is not installed: expected "
            "pip install 'alertmap[static]'"
        ) from None
    path = chromium_path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=list(CHROMIUM_FLAGS))
        try:
            yield browser
        finally:
            browser.close()


def _block_remote(route: Any) -> None:
    if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort()


def capture(
    page_file: Path,
    *,
    png: Path | None = None,
    pdf: Path | None = None,
    size: tuple[int, int] = (1600, 900),
    online: bool = False,
) -> None:
    """Screenshot ``page_file`` to ``png`` and/or print it to ``pdf`` (written atomically)."""
    from alertmap.maps.output import replace_atomic

    with chromium() as browser:
        context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        if not online:
            context.route("**/*", _block_remote)
        page = context.new_page()
        page.goto(page_file.resolve().as_uri(), wait_until="load")
        page.wait_for_function("() => window.alertmapReady === true")
        if online:
            page.wait_for_load_state("networkidle")
        page.evaluate("() => alertmap.refit()")  # the layout has settled: fit once more
        if png is not None:
            replace_atomic(png, lambda tmp: page.screenshot(path=str(tmp), type="png"))
        if pdf is not None:
            page.emulate_media(media="print")
            page.evaluate("() => alertmap.refit()")
            replace_atomic(
                pdf,
                lambda tmp: page.pdf(
                    path=str(tmp), format=PDF_FORMAT, landscape=True, print_background=True
                ),
            )
        context.close()
