"""Static output (PNG, PDF) through headless Chromium, driven by Playwright.

Uses the system's Chromium (Debian's ``chromium`` at ``/usr/bin/chromium``, or the path in
``ALERTMAP_CHROMIUM``); nothing is downloaded. The page is loaded with every request that is
not a local file blocked, unless online tiles were asked for.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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

#: Millimetres in a CSS pixel (96 to the inch).
MM_PER_PX = 25.4 / 96

#: The margin of a PDF page, and the room the frame leaves inside it (mm), so that it never
#: spills onto a second page.
PDF_MARGIN_MM = 10.0
PDF_SLACK_MM = 2.0


@dataclass(frozen=True, slots=True)
class PaperSize:
    """A PDF page, in millimetres; landscape when wider than tall.

    Examples
    --------
    >>> PaperSize.from_pixels(1920, 1080)
    PaperSize(width_mm=508.0, height_mm=285.75)
    >>> A4_LANDSCAPE.frame_mm()
    (275.0, 188.0)
    """

    width_mm: float
    height_mm: float

    @classmethod
    def from_pixels(cls, width: int, height: int) -> PaperSize:
        """A page of ``width`` by ``height`` CSS pixels (1/96 inch)."""
        return cls(round(width * MM_PER_PX, 2), round(height * MM_PER_PX, 2))

    def frame_mm(self) -> tuple[float, float]:
        """The map's frame on this page: inside the margins."""
        return (
            round(self.width_mm - 2 * PDF_MARGIN_MM - PDF_SLACK_MM, 2),
            round(self.height_mm - 2 * PDF_MARGIN_MM - PDF_SLACK_MM, 2),
        )

    def css(self) -> str:
        """The page's size and the frame's, as a stylesheet for printing."""
        width, height = self.frame_mm()
        return (
            f"@page {{ size: {self.width_mm}mm {self.height_mm}mm; margin: {PDF_MARGIN_MM}mm; }}\n"
            f"@media print {{ .am-frame {{ width: {width}mm !important; "
            f"height: {height}mm !important; }} }}\n"
        )


#: A4 landscape, the page of ``--pdf`` unless ``--size`` or ``--layout`` names another.
A4_LANDSCAPE = PaperSize(297.0, 210.0)

#: A 16:9 slide: PowerPoint's and Keynote's widescreen page, 13.333 by 7.5 inches.
SLIDE_16_9 = PaperSize(338.67, 190.5)


@dataclass(frozen=True, slots=True)
class Layout:
    """The sizes of static output: the PNG's page in CSS pixels and its pixels to each
    (``scale``: a slide's text is read from across a room), and the PDF's page."""

    png: tuple[int, int]
    pdf: PaperSize
    scale: float = 1.0

    @property
    def png_pixels(self) -> tuple[int, int]:
        """The PNG's size in pixels.

        Examples
        --------
        >>> LAYOUTS["slide"].png_pixels, LAYOUTS["a4"].png_pixels
        ((1920, 1080), (1683, 1191))
        """
        return round(self.png[0] * self.scale), round(self.png[1] * self.scale)


#: ``--layout``: 16:9 slides (1920x1080 pixels, the page laid out at 1280x720 so its text is
#: half as large again, and a widescreen slide's PDF page) and A4 landscape (the PNG at 144
#: dots to the inch).
LAYOUTS = {
    "slide": Layout((1280, 720), SLIDE_16_9, 1.5),
    "a4": Layout((1122, 794), A4_LANDSCAPE, 1.5),
}

#: Without ``--layout`` or ``--size``.
DEFAULT_LAYOUT = Layout((1600, 900), A4_LANDSCAPE)


def static_layout(name: str | None, size: tuple[int, int] | None) -> Layout:
    """The sizes of ``--png`` and ``--pdf``: a named layout's (:data:`LAYOUTS`), with the PNG
    at ``size`` pixels when given; without a layout, ``size`` for both (the PDF page as many CSS
    pixels, in its orientation), else 1600x900 and A4 landscape.

    Examples
    --------
    >>> static_layout("slide", None)
    Layout(png=(1280, 720), pdf=PaperSize(width_mm=338.67, height_mm=190.5), scale=1.5)
    >>> static_layout(None, (800, 1200)).pdf
    PaperSize(width_mm=211.67, height_mm=317.5)
    >>> static_layout("a4", (800, 600)).png
    (800, 600)
    """
    if name is not None:
        layout = LAYOUTS[name]
        return Layout(size, layout.pdf) if size else layout
    if size is not None:
        return Layout(size, PaperSize.from_pixels(*size))
    return DEFAULT_LAYOUT


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
    paper: PaperSize = A4_LANDSCAPE,
    scale: float = 1.0,
    online: bool = False,
) -> None:
    """Screenshot ``page_file`` to ``png`` (laid out at ``size`` CSS pixels, ``scale`` image
    pixels to each) and/or print it to ``pdf`` (one page of ``paper``), both in the static
    view: no control that only works on screen (zoom, the layer list, the time control), a
    north arrow by the scale bar, and an inset locator map of where the view lies in the
    region (drawn from the page's own basemap: nothing is loaded for it).

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
        _off_any_event_loop(
            lambda: _capture(
                page_file, png=png, pdf=pdf, size=size, paper=paper, scale=scale, online=online
            )
        )
    except _playwright_error() as err:
        first = (str(err).strip().splitlines() or [err.__class__.__name__])[0]
        raise StaticOutputError(f"--png/--pdf: headless Chromium failed: {first[:200]}") from None


def _off_any_event_loop(work: Callable[[], None]) -> None:
    """Run ``work`` here, or in a thread of its own when this thread runs an asyncio event
    loop (a Jupyter kernel): Playwright's sync API refuses to start inside one."""
    # imported here: Playwright imports it anyway, and an HTML render, which loads this module
    # for its layouts, would pay a twentieth of a second for nothing
    import asyncio

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
    paper: PaperSize,
    scale: float,
    online: bool,
) -> None:
    with chromium() as browser:
        context = browser.new_context(
            viewport={"width": size[0], "height": size[1]}, device_scale_factor=scale
        )
        if not online:
            context.route("**/*", _block_remote)
        page = context.new_page()
        page.goto(page_file.resolve().as_uri(), wait_until="load")
        page.wait_for_function("() => window.alertmapReady === true")
        if online:
            page.wait_for_load_state("networkidle")
        page.evaluate("() => alertmap.setStatic()")  # the layout has settled: fit once more
        if png is not None:
            _write(
                png,
                "--png",
                # the whole page: taller than ``size`` where the panels are set below a
                # narrow map (alertmap.js stackBelow), else exactly ``size``
                lambda tmp: page.screenshot(path=str(tmp), type="png", full_page=True),
            )
        if pdf is not None:
            page.add_style_tag(content=paper.css())
            page.emulate_media(media="print")
            page.evaluate("() => alertmap.refit()")
            _write(
                pdf,
                "--pdf",
                lambda tmp: page.pdf(
                    path=str(tmp),
                    width=f"{paper.width_mm}mm",
                    height=f"{paper.height_mm}mm",
                    print_background=True,
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
