"""Regenerate docs/alertmap-2023-08-24.png, the picture in the README.

Run from the repository root after installing the test extras and Debian's chromium:

    python3 tools/readme_picture.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from layers.build import build_event
from layers.scenario import load_scenario
from maps.compose import compose
from maps.output import page_html, write_atomic

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    out = Path("docs/alertmap-2023-08-24.png")
    out.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = write_atomic(
            Path(tmp) / "map.html", page_html(compose(build_event(load_scenario("2023-08-24"))))
        )
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            page.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                ),
            )
            page.goto(page_path.as_uri(), wait_until="load")
            page.wait_for_timeout(500)
            page.screenshot(path=str(out))
            browser.close()
    print(out)


if __name__ == "__main__":
    main()
