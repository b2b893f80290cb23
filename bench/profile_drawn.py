"""Where the time goes until alertmap's map is drawn in Chromium (issue 15: the 2023-08-24
page drawn within 1.3x the Leaflet-only floor of the same run).

    python bench/profile_drawn.py [--loads 9]            # drawn ms, as bench/run.py measures it
    python bench/profile_drawn.py --cpu [--loads 9]      # main-thread CPU by phase, and the ratio
    python bench/profile_drawn.py --ablate [--loads 9]   # CPU with one part of the page left out
    python bench/profile_drawn.py --functions            # JavaScript self time by function

Each mode renders ``alertmap render 2023-08-24`` once (or takes ``--page``) and loads it in
turn with the Leaflet-only floor (``bench.run.leaflet_only_page``), each load in a new browser
context at 1600x900, after one warm-up round; figures are medians.

* default: ``bench.run.drawn_ms``, the benchmark's own probe: ms from navigation start to the
  end of the first frame after ``alertmapReady``; wall time, so on a shared machine it moves
  with the other processes.
* ``--cpu``: a Chrome trace of each load; the renderer's main thread's CPU time (the trace
  events' thread durations) until the probe's task, by phase. CPU time moves much less with
  the machine's load than wall time does, so the CPU ratio to the floor is the steadier figure
  to compare changes by (it is not the benchmark's figure: waits, such as for the next frame,
  are left out).
* ``--ablate``: ``--cpu`` for copies of the page with one part left out (a panel, the labels,
  the callouts, the basemap) or every text in one font strike: what each part costs.
* ``--functions``: the trace's sampling profiler: self time of the page's functions (line
  numbers are the page's: Leaflet is the one long line).
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.run import DRAWN_PROBE, drawn_ms, leaflet_only_page  # noqa: E402

OUT = ROOT / "bench" / "out" / "profile"
SIZE = {"width": 1600, "height": 900}


def render(path: Path) -> Path:
    """The 2023-08-24 page, rendered by the whole CLI as the benchmark does."""
    subprocess.run(
        [sys.executable, "-m", "alertmap", "render", "2023-08-24", "-o", str(path)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return path


def wall(page: Path, loads: int) -> None:
    """Print the benchmark's figures: drawn ms of the page and the floor, and their ratio."""
    floor = leaflet_only_page(OUT / "leaflet-only.html")
    draws = drawn_ms({"map": page, "floor": floor}, loads)
    drawn = statistics.median(at for at, _ in draws["map"])
    low = statistics.median(at for at, _ in draws["floor"])
    ratio = statistics.median(
        m[0] / f[0] for m, f in zip(draws["map"], draws["floor"], strict=True)
    )
    print(f"map   drawn ms: median {drawn:.1f}  all {[round(a) for a, _ in draws['map']]}")
    print(f"floor drawn ms: median {low:.1f}  all {[round(a) for a, _ in draws['floor']]}")
    print(f"drawn / floor: {ratio:.2f} (median of the per-load ratios)")


# ---- traces ---------------------------------------------------------------------------------

CATEGORIES = ["devtools.timeline", "v8", "toplevel", "disabled-by-default-v8.cpu_profiler"]

#: Trace events counted by phase (their thread time, nested ones counted in their own phase).
PHASES = {
    "ParseHTML": "HTML parse",
    "EvaluateScript": "scripts",
    "v8.compile": "scripts",
    "FunctionCall": "callbacks (layoutPanels, placeLabels)",
    "UpdateLayoutTree": "style",
    "Layout": "layout (fonts in it)",
    "PrePaint": "paint",
    "Paint": "paint",
    "Layerize": "paint",
    "MinorGC": "garbage collection",
    "MajorGC": "garbage collection",
}
LOADING = "loading (navigation, bytes)"


def trace_load(browser: Any, page: Path, *, sampling: bool = False) -> list[dict[str, Any]]:
    """One load of ``page`` with a trace; the main thread's complete events until the probe's
    task ran (after the frame that shows the map), each with ``end`` set."""
    context = browser.new_context(viewport=SIZE)
    tab = context.new_page()
    tab.add_init_script(DRAWN_PROBE)
    cdp = context.new_cdp_session(tab)
    events: list[dict[str, Any]] = []
    done: list[bool] = []
    cdp.on("Tracing.dataCollected", lambda data: events.extend(data["value"]))
    cdp.on("Tracing.tracingComplete", lambda _: done.append(True))
    categories = CATEGORIES if sampling else CATEGORIES[:-1]
    cdp.send("Tracing.start", {"traceConfig": {"includedCategories": categories}})
    tab.goto(page.as_uri(), wait_until="load")
    tab.wait_for_function("() => window.__drawnAt !== undefined")
    cdp.send("Tracing.end")
    while not done:
        tab.wait_for_timeout(20)
    context.close()
    probe = next(
        e
        for e in events
        if e.get("name") == "FunctionCall"
        and "onmessage" in str(e.get("args", {}).get("data", {}).get("functionName"))
    )
    thread = (probe["pid"], probe["tid"])
    main = [e for e in events if (e.get("pid"), e.get("tid")) == thread]
    timed = sorted(
        (e for e in main if e.get("ph") == "X" and e["ts"] < probe["ts"]),
        key=lambda e: (e["ts"], -e.get("dur", 0)),
    )
    for e in timed:
        e["end"] = e["ts"] + e.get("dur", 0)
    if sampling:  # the profiler's samples (from its own thread), kept for self_times
        timed.extend(
            e
            for e in events
            if e.get("pid") == probe["pid"] and e.get("name") in ("Profile", "ProfileChunk")
        )
        timed.append({"name": "__probe", "ts": probe["ts"]})
    return timed


def phases(timed: list[dict[str, Any]]) -> collections.Counter[str]:
    """CPU ms by phase: each counted event's thread time less that of counted events in it;
    what no counted event holds is loading (navigation, reading and decoding the bytes)."""
    out: collections.Counter[str] = collections.Counter()
    stack: list[dict[str, Any]] = []
    for e in timed:
        if "end" not in e:
            continue
        while stack and e["ts"] >= stack[-1]["end"]:
            stack.pop()
        cpu = e.get("tdur", 0) / 1000
        if not stack:
            out["total"] += cpu
            out[LOADING] += cpu
        if e["name"] in PHASES:
            out[PHASES[e["name"]]] += cpu
            parent = next((p for p in reversed(stack) if p["name"] in PHASES), None)
            out[PHASES[parent["name"]] if parent else LOADING] -= cpu
        stack.append(e)
    return out


def cpu_table(pages: dict[str, Path], loads: int) -> dict[str, dict[str, float]]:
    """Median CPU ms by phase of each page and of the floor, loaded in turn; ``ratio``: the
    median of the per-load ratios of the total to the floor's."""
    from playwright.sync_api import sync_playwright

    from alertmap.maps.browser import CHROMIUM_FLAGS, chromium_path

    pages = dict(pages, floor=leaflet_only_page(OUT / "leaflet-only.html"))
    runs: dict[str, list[collections.Counter[str]]] = {name: [] for name in pages}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_FLAGS))
        for load in range(loads + 1):
            for name, page in pages.items():
                sample = phases(trace_load(browser, page))
                if load:
                    runs[name].append(sample)
        browser.close()
    table = {}
    for name, samples in runs.items():
        keys = set().union(*samples)
        row = {k: statistics.median(s.get(k, 0.0) for s in samples) for k in keys}
        row["ratio"] = statistics.median(
            s["total"] / f["total"] for s, f in zip(samples, runs["floor"], strict=True)
        )
        table[name] = row
    return table


def print_table(table: dict[str, dict[str, float]]) -> None:
    names = list(table)
    keys = sorted(
        {k for row in table.values() for k in row} - {"total", "ratio"},
        key=lambda k: -table[names[0]].get(k, 0.0),
    )
    print("| CPU ms (median) | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for k in [*keys, "total"]:
        print(f"| {k} | " + " | ".join(f"{table[n].get(k, 0.0):.1f}" for n in names) + " |")
    print("| total / floor's | " + " | ".join(f"{table[n]['ratio']:.2f}" for n in names) + " |")


# ---- ablations ------------------------------------------------------------------------------


def _without(pattern: str) -> Callable[[str], str]:
    def edit(html: str) -> str:
        out, n = re.subn(pattern, "", html, flags=re.S)
        if not n:
            raise SystemExit(f"profile_drawn: the page has no {pattern!r}")
        return out

    return edit


def _one_strike(html: str) -> str:
    return html.replace(
        "</head>", "<style>* { font: 12px sans-serif !important }</style></head>", 1
    )


#: name -> how a copy of the page leaves that part out (the map script's calls, as
#: maps.compose writes them)
ABLATIONS: dict[str, Callable[[str], str]] = {
    "no basemap": _without(r"alertmap\.addOutlines\(.*?\);\n"),
    "no names": _without(r"alertmap\.addLabels\(.*?\);\n"),
    "no callouts": _without(r"alertmap\.addCallouts\(.*?\);\n"),
    "no layer list": _without(r"var layer_control_\w+ = alertmap\.addLayerControl\(.*?\);\n"),
    "no timeline": _without(r"alertmap\.addTimeline\(.*?\);\n"),
    "no profile": _without(r"alertmap\.addProfile\(.*?\);\n"),
    "no panels": _without(r"alertmap\.(?:addPanel|addTimeline|addProfile)\(.*?\);\n"),
    "one font strike": _one_strike,
}


def ablate(page: Path, loads: int) -> None:
    html = page.read_text("utf-8")
    pages = {"page": page}
    for name, edit in ABLATIONS.items():
        copy = OUT / (name.replace(" ", "-") + ".html")
        copy.write_text(edit(html), "utf-8")
        pages[name] = copy
    print_table(cpu_table(pages, loads))


# ---- functions ------------------------------------------------------------------------------


def self_times(timed: list[dict[str, Any]]) -> collections.Counter[str]:
    """Self ms per JavaScript function (name:line) from the trace's profile samples, until
    the probe's task."""
    probe = next(e["ts"] for e in timed if e["name"] == "__probe")
    nodes: dict[int, dict[str, Any]] = {}
    samples: list[int] = []
    deltas: list[int] = []
    start = None
    for e in timed:
        if e["name"] == "Profile":
            start = e["args"]["data"].get("startTime")
        elif e["name"] == "ProfileChunk":
            data = e["args"]["data"]
            for node in data.get("cpuProfile", {}).get("nodes", []):
                nodes[node["id"]] = node
            samples.extend(data.get("cpuProfile", {}).get("samples", []))
            deltas.extend(data.get("timeDeltas", []))
    out: collections.Counter[str] = collections.Counter()
    if start is None:
        return out
    t = float(start)
    for i, node_id in enumerate(samples):
        t += deltas[i]
        if t > probe:
            break
        step = deltas[i + 1] if i + 1 < len(deltas) else 0
        frame = nodes[node_id]["callFrame"] if node_id in nodes else {}
        name = frame.get("functionName") or "(anonymous)"
        out[f"{name}:{frame.get('lineNumber', -1) + 1}"] += max(step, 0) / 1000
    return out


def functions(page: Path, loads: int) -> None:
    from playwright.sync_api import sync_playwright

    from alertmap.maps.browser import CHROMIUM_FLAGS, chromium_path

    total: collections.Counter[str] = collections.Counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=list(CHROMIUM_FLAGS))
        trace_load(browser, page, sampling=True)
        for _ in range(loads):
            total.update(self_times(trace_load(browser, page, sampling=True)))
        browser.close()
    print("| function:line of the page | self ms (mean) |")
    print("|---|---|")
    for name, ms in total.most_common(30):
        print(f"| {name} | {ms / loads:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=9)
    parser.add_argument("--page", type=Path, help="an already rendered page (default: render)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--cpu", action="store_true", help="main-thread CPU by phase")
    mode.add_argument("--ablate", action="store_true", help="CPU with parts left out")
    mode.add_argument("--functions", action="store_true", help="JavaScript self time")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    page = args.page.resolve() if args.page else render(OUT / "alertmap.html")
    if args.cpu:
        print_table(cpu_table({"page": page}, args.loads))
    elif args.ablate:
        ablate(page, args.loads)
    elif args.functions:
        functions(page, args.loads)
    else:
        wall(page, args.loads)


if __name__ == "__main__":
    main()
