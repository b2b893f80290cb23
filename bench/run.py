"""Benchmarks for alertmap, measured as ratios against baselines in the same run.

    python bench/run.py [--rounds 5]          # writes bench/results.md

Each round runs, interleaved, after one warm-up round:
  * bare     python -c "import folium, geopandas, pyproj"
  * explore  bench/explore_baseline.py: a hand-written geopandas.explore() map of the same layers
  * alertmap alertmap render 2023-08-24 (as a whole process)
and records wall time and peak memory (ru_maxrss of that child, from os.wait4). The report gives
medians and the medians of the per-round ratios (the machine's speed drifts; ratios of runs made
side by side drift much less). It also records the HTML sizes and, in headless Chromium, the time
from navigation start until the map is drawn (median of three page loads per round, each beside a
load of a page with only Leaflet and an empty map: the floor on the machine at that moment).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PY = sys.executable

TARGETS = {
    "render / explore": 0.4,
    "render / bare import": 1.5,
    "peak memory MiB": 150,
    "HTML KB": 600,
    "drawn ms": 300,
    "2,000-layer page ready ms": 2000,
}


def timed(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak MiB) of one child process."""
    seconds, peak, _ = timed_cpu(cmd)
    return seconds, peak


def timed_cpu(cmd: list[str]) -> tuple[float, float, float]:
    """(seconds, peak MiB, CPU seconds: user and system) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        err = proc.stderr.read().decode()[-500:] if proc.stderr else ""
        raise SystemExit(f"bench: {' '.join(cmd)} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


#: Run in each page before its own scripts: when the page says it is ready (every layer
#: added), ask for the next frame and, from its animation callback, post a task; that task runs
#: once the frame has been laid out and painted, and records the time.
DRAWN_PROBE = (
    "Object.defineProperty(window, 'alertmapReady', {configurable: true,"
    " set(v) { if (v) { requestAnimationFrame(() => { const c = new MessageChannel();"
    " c.port1.onmessage = () => { window.__drawnAt = performance.now(); };"
    " c.port2.postMessage(0); }); }"
    " Object.defineProperty(window, 'alertmapReady', {value: v, writable: true}); }});"
)


def drawn_ms(pages: dict[str, Path], loads: int) -> dict[str, list[tuple[float, float]]]:
    """Per page, (ms from navigation start, ms after the load event) until the map is drawn,
    for ``loads`` loads after one warm-up; the pages are loaded in turn, so each round's loads
    are side by side."""
    # alertmap is imported as installed (pip install -e .)
    from playwright.sync_api import sync_playwright

    from alertmap.maps.browser import CHROMIUM_FLAGS, chromium_path

    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in pages}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_FLAGS))
        for load in range(loads + 1):
            for name, page in pages.items():
                context = browser.new_context(viewport={"width": 1600, "height": 900})
                tab = context.new_page()
                tab.add_init_script(DRAWN_PROBE)
                tab.goto(page.as_uri(), wait_until="load")
                tab.wait_for_function("() => window.__drawnAt !== undefined")
                at, after = tab.evaluate(
                    "() => [window.__drawnAt, window.__drawnAt -"
                    " performance.getEntriesByType('navigation')[0].loadEventEnd]"
                )
                context.close()
                if load:  # the first load warms the browser's caches
                    samples[name].append((at, max(0.0, after)))
        browser.close()
    return samples


def leaflet_only_page(path: Path) -> Path:
    """A same-run floor for the draw time: Leaflet inlined the same way and an empty map."""
    # alertmap is imported as installed (pip install -e .)
    from alertmap.maps import assets

    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        + assets.leaflet_css()
        + ' html, body, #m { height: 100%; margin: 0 }</style></head><body><div id="m"></div>'
        + "<script>"
        + assets.leaflet_js()
        + "</script><script>L.map('m').setView([30, 125], 5); window.alertmapReady = true;"
        + "</script></body></html>",
        "utf-8",
    )
    return path


#: Layers in the many-layer page (issue 12: "2,000 layers drawn within 2 s in Chromium").
MANY_LAYERS = 2_000


def many_layers_page(count: int, stem: Path) -> Path:
    """A synthetic scenario of ``count`` hazard areas, each a 0.4° square in a layer of its own
    on a grid east of the Philippines (not real events), rendered as ``stem.html``."""
    tables = []
    for i in range(count):
        row, column = divmod(i, 50)
        south, west = 10.0 + 0.5 * row, 125.0 + 0.5 * column
        corners = ", ".join(
            f'"{lat:.2f}N {lon:.2f}E"'
            for lat, lon in ((south + 0.4, west), (south + 0.4, west + 0.4), (south, west + 0.4))
        )
        tables.append(
            f'[[hazard_areas]]\nname = "Area {i}"\nlayer = "Hazard layer {i}"\n'
            f'corners = [{corners}, "{south:.2f}N {west:.2f}E"]\nsource = "s"\n'
        )
    scenario = stem.with_suffix(".toml")
    scenario.write_text(
        'format = 1\n[event]\nid = "many-layers"\ntitle = "Many layers"\ndate = 2023-08-24\n'
        '[sources.s]\norganisation = "Synthetic"\ndate = 2023-08-24\n'
        '[launch]\nname = "Sohae"\nat = "Sohae"\ntime = 2023-08-24T03:50:00+09:00\n'
        'source = "s"\n' + "".join(tables),
        "utf-8",
    )
    page = stem.with_suffix(".html")
    subprocess.run(
        [PY, "-m", "alertmap", "render", str(scenario), "-o", str(page)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return page


#: Renders per size in the scale runs (medians; a single run can land in a slow spell).
SCALE_RUNS = 3


def median_of(runs: int, cmd: list[str]) -> tuple[float, float]:
    """Median seconds and median peak MiB of ``runs`` runs of a command."""
    samples = [timed(cmd) for _ in range(runs)]
    return (
        statistics.median(s for s, _ in samples),
        statistics.median(m for _, m in samples),
    )


#: Launches in the synthetic catalogues of the scale runs.
SCALE_SIZES = [100, 300, 1000]

#: The issue's target for the largest catalogue: rendered within this many seconds (issue 15).
SCALE_TARGET_S = 4.0


def scale_runs(sizes: list[int]) -> list[tuple[int, float, float, float, float]]:
    """(launches, median seconds, median peak MiB, HTML MB, median CPU seconds) of catalogue
    renders per size. The sizes take turns, run by run, so that a slow spell of a shared
    machine falls on every size alike."""
    pages = {}
    for n in sizes:
        csv_path = OUT / f"catalogue-{n}.csv"
        subprocess.run(
            [PY, str(ROOT / "bench" / "make_catalogue.py"), str(n), str(csv_path)], check=True
        )
        pages[n] = (csv_path, OUT / f"catalogue-{n}.html")
    samples: dict[int, list[tuple[float, float, float]]] = {n: [] for n in sizes}
    for _ in range(SCALE_RUNS):
        for n, (csv_path, page) in pages.items():
            cmd = [PY, "-m", "alertmap", "render", str(csv_path), "-o", str(page)]
            samples[n].append(timed_cpu(cmd))
    return [
        (
            n,
            statistics.median(s for s, _, _ in samples[n]),
            statistics.median(m for _, m, _ in samples[n]),
            pages[n][1].stat().st_size / 1e6,
            statistics.median(c for _, _, c in samples[n]),
        )
        for n in sizes
    ]


def scale_text(
    scale: list[tuple[int, float, float, float, float]], load: tuple[float, float] | None = None
) -> str:
    """The catalogue part of the report's Scale section: its table and what it shows;
    ``load``: the machine's load average (1 minute) before and after the runs."""
    rows = "\n".join(
        f"| {n:,} | {sec:.1f} | {cpu:.1f} | {cpu / sec:.2f} | {mib:.0f} | {mb:.2f} "
        f"| {sec / n * 1000:.1f} |"
        for n, sec, mib, mb, cpu in scale
    )
    (n0, s0, m0, _, c0), (n1, s1, m1, mb1, c1) = scale[0], scale[-1]
    busy = (
        f"; load average {load[0]:.1f} before and {load[1]:.1f} after, on {os.cpu_count()} cores"
        if load
        else ""
    )
    return f"""A synthetic catalogue (`bench/make_catalogue.py`, fixed seed; not real events)
rendered as one map with a layer group per year (zoom up to 7; every feature simplified to a
pixel at that zoom; falls as circles below zoom 6) by the whole `alertmap render` process;
the sizes take turns, run by run. Medians of {SCALE_RUNS} runs per size (wall seconds, and CPU
seconds of the process, and their ratio: above 1 where its threads (the imports, the land
cuts, the simplification) ran on two cores at once, below 1 where it waited for a core; the
machine is shared{busy}):

| launches | seconds | CPU seconds | CPU / wall | peak MiB | HTML MB | ms per launch |
|---|---|---|---|---|---|---|
{rows}

From {n0:,} to {n1:,} launches ({n1 / n0:g}x), time grows {s1 / s0:.1f}x ({c1 / c0:.1f}x in CPU
seconds) and peak memory {m1 / m0:.1f}x (at most linear is the target). {n1:,} launches take
{s1:.1f} s ({c1:.1f} s of CPU): the {SCALE_TARGET_S:g} s target is
{"met" if s1 < SCALE_TARGET_S else "NOT met"} in wall time and
{"met" if c1 < SCALE_TARGET_S else "NOT met"} in CPU time. The page is {mb1:.2f} MB at
{n1:,} launches (the 5 MB target {"met" if mb1 <= 5.0 else "NOT met"}).
"""


def update_scale_section(
    path: Path,
    scale: list[tuple[int, float, float, float, float]],
    load: tuple[float, float] | None = None,
) -> str:
    """``path``'s report with the catalogue part of its Scale section replaced (from the
    section's heading to the paragraph on the synthetic ground track); the rest as it was."""
    text = path.read_text("utf-8")
    head = "## Scale\n\n"
    start = text.index(head) + len(head)
    end = text.index("A single synthetic ground track", start)
    text = text[:start] + scale_text(scale, load) + "\n" + text[end:]
    path.write_text(text, "utf-8")
    return text


def track_runs(sizes: list[int]) -> list[tuple[int, float, float, float]]:
    """(points, median seconds, median peak MiB, HTML MB) of renders of a synthetic track."""
    out = []
    for n in sizes:
        stem = OUT / f"track-{n}"
        subprocess.run([PY, str(ROOT / "bench" / "make_track.py"), str(n), str(stem)], check=True)
        page = OUT / f"track-{n}.html"
        seconds, peak = median_of(
            SCALE_RUNS,
            [PY, "-m", "alertmap", "render", str(stem.with_suffix(".toml")), "-o", str(page)],
        )
        out.append((n, seconds, peak, page.stat().st_size / 1e6))
    return out


def densify_rate() -> tuple[int, float]:
    """(points, points per second) densifying one 10,000 km geodesic every 8 m (median of 5)."""
    # alertmap is imported as installed (pip install -e .)
    import numpy as np

    from alertmap.geo.geodesic import densify

    ends = np.array([[124.705, 39.66], [-150.0, 10.0]])
    samples = []
    points = 0
    for _ in range(5):
        start = time.perf_counter()
        points = len(densify(ends, max_spacing_m=8.0))
        samples.append(time.perf_counter() - start)
    return points, points / statistics.median(samples)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = ", ".join(
        f"{p} {metadata.version(p)}" for p in ("folium", "geopandas", "shapely", "pyproj")
    )
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), "
        f"{mem:.0f} GiB; Python {platform.python_version()}; {versions}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--scale-only",
        action="store_true",
        help="run only the catalogue scale runs and update their part of results.md",
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    # bytecode for alertmap's own modules, as `pip install .` compiles them (and as pip did for
    # folium, geopandas and pyproj): a checkout run with PYTHONDONTWRITEBYTECODE=1 would
    # otherwise recompile them on every run
    subprocess.run(
        [PY, "-m", "compileall", "-q", "alertmap", "geo", "layers", "maps"], cwd=ROOT, check=True
    )
    if args.scale_only:
        before = os.getloadavg()[0]
        scale = scale_runs(SCALE_SIZES)
        load = (before, os.getloadavg()[0])
        text = update_scale_section(ROOT / "bench" / "results.md", scale, load)
        print(text[text.index("## Scale") : text.index("A single synthetic ground track")])
        return
    geojson = OUT / "event.geojson"
    subprocess.run(
        [PY, "-m", "alertmap", "export", "2023-08-24", "-o", str(geojson)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    commands = {
        "bare": [PY, "-c", "import folium, geopandas, pyproj"],
        "explore": [
            PY,
            str(ROOT / "bench" / "explore_baseline.py"),
            str(geojson),
            str(OUT / "explore.html"),
        ],
        "alertmap": [
            PY,
            "-m",
            "alertmap",
            "render",
            "2023-08-24",
            "-o",
            str(OUT / "alertmap.html"),
        ],
    }
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
    for round_no in range(args.rounds + 1):
        for name, cmd in commands.items():
            sample = timed(cmd)
            if round_no:  # round 0 warms caches
                runs[name].append(sample)
    secs = {k: statistics.median(s for s, _ in v) for k, v in runs.items()}
    mem = {k: statistics.median(m for _, m in v) for k, v in runs.items()}
    ratio_explore = statistics.median(
        a[0] / e[0] for a, e in zip(runs["alertmap"], runs["explore"], strict=True)
    )
    ratio_bare = statistics.median(
        a[0] / b[0] for a, b in zip(runs["alertmap"], runs["bare"], strict=True)
    )
    html_kb = (OUT / "alertmap.html").stat().st_size / 1000
    explore_kb = (OUT / "explore.html").stat().st_size / 1000
    loads = 3 * args.rounds  # a page load takes under a second
    draws = drawn_ms(
        {"map": OUT / "alertmap.html", "floor": leaflet_only_page(OUT / "leaflet-only.html")},
        loads,
    )
    drawn = statistics.median(at for at, _ in draws["map"])
    after_load = statistics.median(after for _, after in draws["map"])
    floor = statistics.median(at for at, _ in draws["floor"])
    over_floor = statistics.median(
        m[0] / f[0] for m, f in zip(draws["map"], draws["floor"], strict=True)
    )
    many_page = many_layers_page(MANY_LAYERS, OUT / f"layers-{MANY_LAYERS}")
    many_drawn = statistics.median(
        at for at, _ in drawn_ms({"many": many_page}, args.rounds)["many"]
    )
    scale = scale_runs(SCALE_SIZES)
    tracks = track_runs([10_000, 100_000, 1_000_000])
    points, rate = densify_rate()
    measured = {
        "render / explore": ratio_explore,
        "render / bare import": ratio_bare,
        "peak memory MiB": mem["alertmap"],
        "HTML KB": html_kb,
        "drawn ms": drawn,
        "2,000-layer page ready ms": many_drawn,
    }
    rows = "\n".join(
        f"| {k} | {v:.2f} | <= {TARGETS[k]:g} | {'met' if v <= TARGETS[k] else 'NOT met'} |"
        for k, v in measured.items()
    )
    detail = "\n".join(
        f"| {k} | {secs[k]:.2f} | {mem[k]:.0f} | "
        + ", ".join(f"{s:.2f}" for s, _ in runs[k])
        + " |"
        for k in commands
    )
    track_rows = "\n".join(
        f"| {n:,} | {sec:.1f} | {mib:.0f} | {mb:.2f} | {sec / n * 1e6:.1f} |"
        for n, sec, mib, mb in tracks
    )
    report = f"""# alertmap benchmarks

Machine: {machine()}.
Reproduce: `python bench/run.py --rounds {args.rounds}` (after `pip install -e ".[test,bench]"`
and Debian's chromium). {args.rounds} interleaved rounds after one warm-up; medians. alertmap's
modules are byte-compiled first, as `pip install .` does.

| measure | value | target | |
|---|---|---|---|
{rows}

| command | median s | median peak MiB | every run, s |
|---|---|---|---|
{detail}

## Scale

{scale_text(scale)}
A single synthetic ground track (`bench/make_track.py`: Sohae to the Philippine Sea, weaving
300 m every 40 km, fixed seed) read from a CSV file (`[track] file = ...`) and rendered as the
whole `alertmap render` process; the track is drawn simplified to a screen pixel at the highest
zoom offered (12), the corridor and the checks use simplified copies. Medians of {SCALE_RUNS} runs
per size:

| points | seconds | peak MiB | HTML MB | microseconds per point |
|---|---|---|---|---|
{track_rows}

From 100,000 to 1,000,000 points (10x), time grows {tracks[2][1] / tracks[1][1]:.1f}x and peak
memory {tracks[2][2] / tracks[1][2]:.1f}x (at most linear is the target); the page stays
{"under" if tracks[2][3] <= 5.0 else "OVER"} 5 MB ({tracks[2][3]:.2f} MB at 1,000,000 points).

Geodesic densification (`geo.geodesic.densify`, vectorised over pyproj's `Geod`): {points:,}
points in one call, {rate:,.0f} points per second (target >= 1,000,000).

HTML: alertmap {html_kb:.0f} KB (Leaflet, basemap and data inlined; works offline);
explore() {explore_kb:.0f} KB (loads Leaflet, jQuery, Bootstrap and tiles from the network; offline
it shows nothing). Drawn: milliseconds from navigation start to the end of the first frame
after the page is ready (view fitted, every layer added), that is until the frame showing the
whole map has been laid out and painted; median of {loads} page loads after one warm-up, in
headless Chromium at 1600x900 (the target row). Measured from the page's load event instead, as
the issue words it, the map is drawn {after_load:.1f} ms after the load event ends (median).
Loaded in turn with it, a page with only Leaflet (inlined the same way) and an empty map
took {floor:.0f} ms to the same point: the floor on this machine at this time; the map took
{over_floor:.2f}x that (median of the per-load ratios).

Many layers: a synthetic scenario of {MANY_LAYERS:,} hazard areas, each in a layer of its own
(`many_layers_page`, not real events; {many_page.stat().st_size / 1e6:.2f} MB of HTML), is
ready and drawn {many_drawn:.0f} ms after navigation start, measured as above (median of
{args.rounds} loads after one warm-up; the target row). Its layer list shows them as one entry.
"""
    (ROOT / "bench" / "results.md").write_text(report, "utf-8")
    print(report)
    print(json.dumps(measured))


if __name__ == "__main__":
    main()
