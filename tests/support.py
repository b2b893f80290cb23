"""Helpers the tests share: the repository's paths, a page in Chromium with every network
request blocked and counted, in-page readings of what is drawn, and the command line run as a
user runs it. Fixtures are in ``conftest.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

#: The repository, and the test data beside these helpers.
ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = ROOT / "tests" / "data"


class Page:
    """A page opened with every network request blocked and counted; ``touch`` makes it a
    phone's (a touch screen, the mobile viewport)."""

    def __init__(
        self,
        browser: Any,
        path: Path,
        size: tuple[int, int] = (1600, 900),
        *,
        wait_for_leaflet: bool = True,
        touch: bool = False,
    ) -> None:
        self.context = browser.new_context(
            viewport={"width": size[0], "height": size[1]}, has_touch=touch, is_mobile=touch
        )
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.console_errors: list[str] = []

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(("file:", "data:", "blob:", "about:")):
                r.continue_()
            else:
                self.requests.append(url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on(
            "console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None
        )
        self.page.goto(path.as_uri(), wait_until="load")
        if wait_for_leaflet:
            self.page.wait_for_function("() => typeof L !== 'undefined'")

    def close(self) -> None:
        self.context.close()


#: In-page reading of a drawn outline: its path's rings, each vertex through the path's
#: transform, in the renderer's pixels.
DRAWN_RINGS_JS = """path => {
    const m = path.transform.baseVal.consolidate().matrix;
    const rings = [];
    let ring = null, x = 0, y = 0, relative = false, pending = [];
    for (const t of path.getAttribute('d').match(/[Mlz]|-?[0-9]+/g)) {
        if (t === 'M') { ring = []; rings.push(ring); relative = false; continue; }
        if (t === 'l') { relative = true; continue; }
        if (t === 'z') { continue; }
        pending.push(Number(t));
        if (pending.length < 2) { continue; }
        x = relative ? x + pending[0] : pending[0];
        y = relative ? y + pending[1] : pending[1];
        pending = [];
        ring.push([m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
    }
    return rings;
}"""


PANEL_BOXES_JS = """() => {
    const box = e => { const r = e.getBoundingClientRect();
                       return {x: r.x, y: r.y, w: r.width, h: r.height}; };
    const map = document.querySelector('.am-map');
    const out = {map: box(map), panels: {}};
    for (const sel of ['.am-timeline', '.am-notes', '.am-title', '.am-legend',
                       '.leaflet-control-layers', '.leaflet-control-scale',
                       '.leaflet-control-zoom']) {
        const e = map.querySelector(sel);
        if (e) { out.panels[sel] = box(e); }
    }
    return out;
}"""


def laid_out_panels(page: Any) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """The map's box and its panels' boxes once the page is ready and the frame showing it
    (where the panels take their sizes) has been drawn."""
    page.wait_for_function("() => window.alertmapReady === true")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")
    got = page.evaluate(PANEL_BOXES_JS)
    return got["map"], got["panels"]


def run_cli(*args: str, cwd: Path, seed: str = "0") -> subprocess.CompletedProcess[str]:
    """Run the command line in a fresh process, as a user would."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "alertmap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def scenario_head(event_id: str, title: str) -> str:
    """The start of a scenario launched from Sohae with one source ``s``: tests add their own
    tables after it."""
    return f"""\
format = 1
[event]
id = "{event_id}"
title = "{title}"
date = 2023-08-24
timezone = "+09:00"
[sources.s]
organisation = "Test source"
date = 2023-08-24
[launch]
name = "Sohae"
at = "Sohae"
time = 2023-08-24T03:50:00+09:00
source = "s"
"""


#: The smallest valid scenario (no format line): an event, one source, a launch from Sohae.
MINIMAL_SCENARIO = """
[event]
title = "Test launch"
date = 2024-05-27

[sources.s]
organisation = "Test source"
date = 2024-05-27

[launch]
at = "Sohae"
source = "s"
"""


#: Mean Earth radius (IUGG), km: for distances computed in tests independently of pyproj.
EARTH_MEAN_RADIUS_KM = 6371.0088
#: Gazetteer coordinates of two places falls are told from (layers/data/places.toml, each with
#: its source there), lon, lat.
OGA_PENINSULA = (139.78333, 39.93333)
OKI_ISLANDS = (133.32194, 36.20889)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lon, lat) points on a sphere: an independent
    check of the code's geodesics on the WGS84 ellipsoid (they differ by well under 0.5 %)."""
    import math

    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_MEAN_RADIUS_KM * math.asin(math.sqrt(h))
