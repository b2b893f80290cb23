"""Static output (PNG, PDF) through headless Chromium, driven by Playwright.

Uses the system's Chromium (Debian's ``chromium`` at ``/usr/bin/chromium``, or the path in
``ALERTMAP_CHROMIUM``); nothing is downloaded. The page is loaded with every request that is
not a local file blocked, unless online tiles were asked for.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
from collections.abc import Callable, Iterator
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
    """Screenshot ``page_file`` to ``png`` and/or print it to ``pdf``.

    Each is written atomically: Chromium writes a temporary file beside the target, renamed
    into place once complete (:func:`alertmap.maps.output.replace_atomic`), and removed on any
    error or interruption.

    Raises
    ------
    StaticOutputError
        When Chromium cannot be started or fails, or a file cannot be written; the message
        is one line naming the file or the option.
    """
    try:
        _off_any_event_loop(lambda: _capture(page_file, png=png, pdf=pdf, size=size, online=online))
    except _playwright_error() as err:
        first = (str(err).strip().splitlines() or [err.__class__.__name__])[0]
        raise StaticOutputError(f"--png/--pdf: headless Chromium failed: {first[:200]}") from None


def _off_any_event_loop(work: Callable[[], None]) -> None:
    """Run ``work`` here, or in a thread of its own when this thread runs an asyncio event
    loop (a Jupyter kernel): Playwright's sync API refuses to start inside one."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        work()
        return
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as err:  # handed back to the caller's thread
            failure.append(err)

    worker = threading.Thread(target=run, name="alertmap-capture")
    worker.start()
    worker.join()
    if failure:
        raise failure[0]


def _playwright_error() -> type[Exception]:
    """Playwright's root error, or (without playwright, when :func:`chromium` says so) an
    error nothing raises."""
    try:
        from playwright.sync_api import Error
    except ImportError:
        return _NeverRaised
    return Error


class _NeverRaised(Exception):
    pass


def _capture(
    page_file: Path,
    *,
    png: Path | None,
    pdf: Path | None,
    size: tuple[int, int],
    online: bool,
) -> None:
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
            _write(png, "--png", lambda tmp: page.screenshot(path=str(tmp), type="png"))
        if pdf is not None:
            page.emulate_media(media="print")
            page.evaluate("() => alertmap.refit()")
            _write(
                pdf,
                "--pdf",
                lambda tmp: page.pdf(
                    path=str(tmp), format=PDF_FORMAT, landscape=True, print_background=True
                ),
            )
        context.close()


def _write(target: Path, option: str, produce: Callable[[Path], object]) -> None:
    """``produce`` into a temporary file renamed to ``target``; OSError as one line."""
    from alertmap.maps.output import replace_atomic

    try:
        replace_atomic(target, produce)
    except OSError as err:
        raise StaticOutputError(f"{option} {target}: cannot write: {err.strerror or err}") from None
