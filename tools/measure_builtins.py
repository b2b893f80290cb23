"""Measure how the built-in events' falls are drawn against what their reports say.

For each checkout given, every built-in event is built *in that checkout* (a subprocess with
the checkout as working directory and on PYTHONPATH), and every fall feature is printed as
JSON: id, name, layer, drawn point (``feature.position``, else the geometry's representative
point), geometry (WKT) and area (km², ``pyproj.Geod(ellps="WGS84").geometry_area_perimeter``).

The parent process then judges each fall against the reports as written in the scenario files
of the reference data (default: this repository's ``layers/data``), read with ``tomllib`` and
checked with geographiclib / pyproj / shapely only; nothing of alertmap's placement, gazetteer
or check code is used:

1. position: ``from`` a place (``places.toml`` name or alias, or a coordinate string) with
   ``distance_km``/``distance_nm`` and ``bearing``: is the drawn point within the distance
   ±10 % and within the bearing ±22.5° (eight-point names, N/E/S/W included) or ±11.25°
   (sixteen-point names) of the place (geographiclib ``Geodesic.WGS84.Inverse``)?
   ``from`` a region (``regions.geojson`` or ``japan_prefectures.geojson``, name or alias):
   the outline (every exterior ring) is densified to vertices at most 0.01° apart; pyproj
   ``Geod.inv`` (Karney's algorithm, vectorised) finds the nearest vertex, then
   geographiclib ``Inverse`` from that vertex gives the distance and the azimuth judged. A
   point inside the region fails the distance test.
2. ``sea``: is the point inside that sea's polygon in ``seas.geojson`` ("Pacific": the North
   Pacific Ocean or the Philippine Sea)? If not, the geodesic distance to it (same method).
3. ``inside``/``outside`` "Japan EEZ": the ``eez.geojson`` feature of kind "eez"; a miss is
   the distance to its outline.
4. ``inside``/``outside`` "notified areas": reported as undecidable (the 2023 areas are drawn
   from descriptions), not counted.

Usage::

    python3 tools/measure_builtins.py /tmp/before69 /work/main --labels before after \
        [--data layers/data] [--json out.json] > table.md
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import shapely.affinity
from geographiclib.geodesic import Geodesic
from pyproj import Geod
from shapely.geometry import MultiPolygon, Point, Polygon, shape

GEOD = Geod(ellps="WGS84")
WGS84 = Geodesic.WGS84
NM_M = 1852.0
DENSIFY_DEG = 0.01
DISTANCE_TOL = 0.10

# --------------------------------------------------------------------------- child process

CHILD = r"""
import json, sys
import shapely
from pyproj import Geod
import alertmap.layers.build as build
import alertmap.layers.scenario as scenario
from alertmap.layers.model import Kind

root = sys.argv[1]
if not build.__file__.startswith(root):
    sys.exit(f"alertmap imported from {build.__file__}, not from {root}")
geod = Geod(ellps="WGS84")
out = {"build_file": build.__file__, "events": {}}
for name in scenario.builtin_names():
    event = build.build_event(scenario.load_scenario(name))
    falls = []
    for layer in event.layers:
        for f in layer.features:
            if f.kind not in (Kind.FALL_AREA, Kind.PREDICTED_FALL):
                continue
            g = f.geometry
            if f.position is not None:
                point, how = [f.position.lon, f.position.lat], "position"
            else:
                if g.geom_type == "Point":
                    point, how = [g.x, g.y], "the point drawn"
                else:
                    p = g.representative_point()
                    point, how = [p.x, p.y], "representative point"
            area = abs(geod.geometry_area_perimeter(g)[0]) / 1e6 if g.area > 0 else 0.0
            falls.append({
                "id": f.id, "name": f.name, "layer": layer.name, "kind": f.kind.value,
                "basis": f.basis.value, "point": point, "point_from": how,
                "wkt": shapely.to_wkt(g, rounding_precision=-1), "area_km2": area,
            })
    out["events"][name] = falls
print(json.dumps(out))
"""


def build_checkout(checkout: Path) -> dict[str, Any]:
    """Every built-in event's fall features, built by the checkout's own code."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(checkout)],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"building in {checkout} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def git(checkout: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(checkout), *args], capture_output=True, text=True, check=False
    ).stdout.strip()


# --------------------------------------------------------------------------- reference data


def _aliases(props: dict[str, Any]) -> list[str]:
    raw = props.get("aliases") or []
    if isinstance(raw, str):  # eez.geojson stores some alias lists as Python-literal strings
        raw = re.findall(r"""['"]([^'"]+)['"]""", raw) or [raw]
    return [str(a) for a in raw]


def _keys(props: dict[str, Any]) -> set[str]:
    return {k.casefold() for k in [str(props.get("name", "")), *_aliases(props)] if k}


class Reference:
    """The reference geography, read straight from the data files."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.places = tomllib.loads((data / "places.toml").read_text("utf-8"))["place"]
        self.regions = self._features("regions.geojson") + self._features(
            "japan_prefectures.geojson", "prefecture"
        )
        self.seas = self._features("seas.geojson")
        eez = [f for f in self._features("eez.geojson") if f["properties"].get("kind") == "eez"]
        self.eez = shape(eez[0]["geometry"])
        countries = self._features("countries.geojson")
        self.country_names = [f["properties"]["name"] for f in countries]
        self.countries = shapely.STRtree([shape(f["geometry"]) for f in countries])

    def _features(self, name: str, tag: str = "") -> list[dict[str, Any]]:
        feats = json.loads((self.data / name).read_text("utf-8"))["features"]
        for f in feats:
            f["properties"].setdefault("_file", name)
            if tag:
                f["properties"]["_tag"] = tag
        return feats

    def place(self, name: str) -> tuple[float, float, str] | None:
        key = name.casefold()
        for p in self.places:
            if key in _keys(p):
                return float(p["lon"]), float(p["lat"]), p["name"]
        return None

    def region(self, name: str) -> tuple[Any, str] | None:
        key = name.casefold()
        for f in self.regions:
            if key in _keys(f["properties"]):
                return shape(
                    f["geometry"]
                ), f"{f['properties']['name']} ({f['properties']['_file']})"
        return None

    def sea(self, name: str) -> tuple[Any, str] | None:
        if name.casefold() in {"pacific", "pacific ocean", "north pacific ocean"}:
            wanted = ["north pacific ocean", "philippine sea"]
        else:
            wanted = [name.casefold()]
        geoms, names = [], []
        for w in wanted:
            for f in self.seas:
                if f["geometry"]["type"] in ("Polygon", "MultiPolygon") and w in _keys(
                    f["properties"]
                ):
                    geoms.append(shape(f["geometry"]))
                    names.append(f["properties"]["name"])
                    break
        if not geoms:
            return None
        return shapely.union_all(geoms), " or ".join(names)


# --------------------------------------------------------------------------- geodesy

_COORD = re.compile(
    r"(\d+(?:\.\d+)?)\s*[°\-\s]?\s*(?:(\d+(?:\.\d+)?)\s*[′'\-\s]?\s*)?(?:(\d+(?:\.\d+)?)\s*[″\"]?\s*)?([NSEW])",
    re.IGNORECASE,
)


def parse_coordinate(text: str) -> tuple[float, float] | None:
    """'40°31′53″N 139°30′05″E', '39-16.5N 141-53.1E', '42-30N 134-30E' -> (lon, lat)."""
    found = _COORD.findall(text)
    if len(found) != 2:
        return None
    lat = lon = None
    for deg, minutes, seconds, hemi in found:
        value = float(deg) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
        if hemi.upper() in "SW":
            value = -value
        if hemi.upper() in "NS":
            lat = value
        else:
            lon = value
    if lat is None or lon is None:
        return None
    return lon, lat


POINTS = [
    "N",
    "NNE",
    "NE",
    "ENE",
    "E",
    "ESE",
    "SE",
    "SSE",
    "S",
    "SSW",
    "SW",
    "WSW",
    "W",
    "WNW",
    "NW",
    "NNW",
]


def bearing_of(name: str) -> tuple[float, float]:
    """Central azimuth and tolerance of a compass name."""
    name = name.strip().upper()
    i = POINTS.index(name)
    return i * 22.5, (22.5 if len(name) <= 2 else 11.25)


def wrap180(x: float) -> float:
    return (x + 180.0) % 360.0 - 180.0


def norm_point(lon: float, lat: float) -> Point:
    return Point(wrap180(lon), lat)


def _densified_vertices(geom: Any) -> tuple[np.ndarray, np.ndarray]:
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    xs, ys = [], []
    for p in polys:
        if not isinstance(p, Polygon):
            continue
        for ring in [p.exterior, *p.interiors]:
            coords = np.asarray(shapely.segmentize(ring, DENSIFY_DEG).coords)
            xs.append(coords[:, 0])
            ys.append(coords[:, 1])
    return np.concatenate(xs), np.concatenate(ys)


def nearest_on_outline(geom: Any, lon: float, lat: float) -> tuple[float, float, float, float]:
    """(distance km, azimuth from the outline point to the point, outline lon, lat)."""
    vx, vy = _densified_vertices(geom)
    _, _, dist = GEOD.inv(np.full(vx.shape, lon), np.full(vy.shape, lat), vx, vy)
    i = int(np.argmin(dist))
    g = WGS84.Inverse(vy[i], vx[i], lat, lon)
    return g["s12"] / 1000.0, g["azi1"], float(vx[i]), float(vy[i])


def area_km2(geom: Any) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6 if not geom.is_empty else 0.0


def wrapped(geom: Any) -> Any:
    """A geometry drawn past 180° E, cut there and the far part moved to negative longitudes."""
    east = shapely.box(180, -90, 540, 90)
    if not geom.intersects(east):
        return geom
    near = geom.intersection(shapely.box(-180, -90, 180, 90))
    far = shapely.affinity.translate(geom.intersection(east), xoff=-360)
    return shapely.union_all([near, far])


def _contains(geom: Any, lon: float, lat: float) -> bool:
    return bool(geom.covers(norm_point(lon, lat)) or geom.covers(Point(lon, lat)))


# --------------------------------------------------------------------------- judging


def _km(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 10 else f"{x:.1f}"


def judge_position(ref: Reference, fall: dict[str, Any], lon: float, lat: float) -> list[dict]:
    src = fall.get("from")
    if src is None:
        return []
    if "distance_km" in fall:
        want_km = float(fall["distance_km"])
    elif "distance_nm" in fall:
        want_km = float(fall["distance_nm"]) * NM_M / 1000.0
    else:
        return []
    results: list[dict] = []
    coord = parse_coordinate(src)
    region = None if coord else ref.region(src)
    place = None if (coord or region) else ref.place(src)
    if coord:
        anchor_txt = f"coordinate {coord[1]:.4f}N {coord[0]:.4f}E"
    elif place:
        coord = (place[0], place[1])
        anchor_txt = f"place {place[2]}"
    if coord:
        g = WGS84.Inverse(coord[1], coord[0], lat, lon)
        d_km, azi = g["s12"] / 1000.0, g["azi1"]
        inside_region = False
    elif region:
        geom, label = region
        inside_region = _contains(geom, lon, lat)
        d_km, azi, _, _ = nearest_on_outline(geom, lon, lat)
        anchor_txt = f"outline of {label}"
    else:
        return [{"test": "position", "status": "error", "text": f"'{src}' not found"}]
    lo, hi = want_km * (1 - DISTANCE_TOL), want_km * (1 + DISTANCE_TOL)
    if inside_region:
        results.append(
            {
                "test": "distance",
                "status": "fail",
                "text": f"inside {src} ({_km(d_km)} km from its edge)",
                "miss": d_km + lo,
            }
        )
    else:
        miss = max(0.0, lo - d_km, d_km - hi)
        results.append(
            {
                "test": "distance",
                "status": "pass" if miss == 0 else "fail",
                "miss": miss,
                "text": f"{_km(d_km)} km (want {_km(lo)}–{_km(hi)})"
                + ("" if miss == 0 else f", off by {_km(miss)} km"),
            }
        )
    centre, tol = bearing_of(str(fall["bearing"]))
    diff = wrap180(azi - centre)
    miss = max(0.0, abs(diff) - tol)
    results.append(
        {
            "test": "bearing",
            "status": "pass" if miss == 0 else "fail",
            "miss": miss,
            "text": f"{azi % 360:.0f}° ({fall['bearing']} ±{tol:g}°)"
            + (
                ""
                if miss == 0
                else f", off by {miss:.1f}° ≈ {_km(d_km * math.sin(math.radians(miss)))} km across"
            ),
        }
    )
    for r in results:
        r["anchor"] = anchor_txt
    return results


def judge_area(geom: Any, label: str, lon: float, lat: float, want_inside: bool) -> dict:
    inside = _contains(geom, lon, lat)
    ok = inside == want_inside
    text = f"{'in' if inside else 'out'}"
    miss = 0.0
    if not ok:
        d_km, _, _, _ = nearest_on_outline(geom, lon, lat)
        miss = d_km
        text += f", {_km(d_km)} km {'outside' if want_inside else 'inside'}"
    return {"status": "pass" if ok else "fail", "text": text, "miss": miss, "anchor": label}


def judge_fall(ref: Reference, fall: dict[str, Any], drawn: dict[str, Any]) -> list[dict]:
    lon, lat = drawn["point"]
    tests = judge_position(ref, fall, lon, lat)
    if "position" in fall:  # a stated (estimated) position: shown, not a report to count
        c = parse_coordinate(str(fall["position"]))
        if c:
            g = WGS84.Inverse(c[1], c[0], lat, lon)
            tests.append(
                {
                    "test": "stated position",
                    "status": "info",
                    "text": f"{_km(g['s12'] / 1000)} km from {fall['position']} (not counted)",
                }
            )
    if "sea" in fall:
        sea = ref.sea(str(fall["sea"]))
        if sea is None:
            tests.append(
                {"test": "sea", "status": "error", "text": f"sea '{fall['sea']}' not found"}
            )
        else:
            r = judge_area(sea[0], sea[1], lon, lat, True)
            r["test"] = f"sea {fall['sea']}"
            tests.append(r)
    for key, want in (("inside", True), ("outside", False)):
        for area in fall.get(key, []):
            name = f"{key} {area}"
            if "eez" in area.casefold():
                r = judge_area(ref.eez, "Japan EEZ (approximate)", lon, lat, want)
                r["test"] = name
                tests.append(r)
            elif "notified" in area.casefold():
                tests.append(
                    {
                        "test": name,
                        "status": "undecidable",
                        "text": "approximate areas: undecidable",
                    }
                )
            else:
                tests.append({"test": name, "status": "error", "text": f"'{area}' not handled"})
    tests.extend(describe_area(ref, fall, drawn))
    for t in tests:
        t["inferred_fall"] = fall.get("basis") == "inferred"
    return tests


def describe_area(ref: Reference, fall: dict[str, Any], drawn: dict[str, Any]) -> list[dict]:
    """Not counted: how much of the drawn area lies in the reported sea, and on land."""
    geom = shapely.from_wkt(drawn["wkt"])
    if geom.area == 0:
        return []
    geom = wrapped(geom)
    total = area_km2(geom)
    out = []
    if "sea" in fall and (sea := ref.sea(str(fall["sea"]))) is not None:
        share = area_km2(geom.intersection(sea[0])) / total
        out.append(
            {
                "test": "area in sea",
                "status": "info",
                "text": f"{share:.0%} of the area in {sea[1]} (not counted)",
            }
        )
    land = []
    for i in ref.countries.query(geom):
        km2 = area_km2(geom.intersection(ref.countries.geometries[i]))
        if km2 >= 1:
            land.append(f"{ref.country_names[i]} {_km(km2)} km²")
    if land:
        out.append(
            {"test": "area on land", "status": "info", "text": ", ".join(land) + " (not counted)"}
        )
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def match(fall: dict[str, Any], drawn: list[dict[str, Any]]) -> dict[str, Any] | None:
    for d in drawn:
        if d["name"] == fall.get("name"):
            return d
    for d in drawn:
        if d["name"].casefold() == str(fall.get("name", "")).casefold():
            return d
    for d in drawn:
        if fall.get("name") and d["id"].endswith(_slug(fall["name"])):
            return d
    for d in drawn:
        if fall.get("id") and d["id"] == fall["id"]:
            return d
    return None


# --------------------------------------------------------------------------- report


def _cell_tests(tests: list[dict]) -> str:
    parts = []
    for t in tests:
        word = {
            "pass": "pass",
            "fail": "**FAIL**",
            "undecidable": "undecidable",
            "info": "info",
            "error": "ERROR",
        }[t["status"]]
        parts.append(f"{t['test']}: {word} ({t['text']})")
    return "<br>".join(parts)


def measure(checkouts: list[Path], labels: list[str], data: Path) -> dict[str, Any]:
    ref = Reference(data)
    built = {lab: build_checkout(c) for lab, c in zip(labels, checkouts, strict=True)}
    scen_dir = data / "scenarios"
    events = sorted(p.stem for p in scen_dir.glob("*.toml"))
    result: dict[str, Any] = {"checkouts": {}, "events": {}}
    for lab, c in zip(labels, checkouts, strict=True):
        result["checkouts"][lab] = {
            "path": str(c),
            "commit": git(c, "rev-parse", "HEAD"),
            "dirty": bool(git(c, "status", "--porcelain", "--untracked-files=no")),
            "build_file": built[lab]["build_file"],
        }
    for ev in events:
        scen = tomllib.loads((scen_dir / f"{ev}.toml").read_text("utf-8"))
        rows = []
        for fall in scen.get("falls", []):
            row = {
                "id": fall.get("id", ""),
                "name": fall.get("name", ""),
                "basis": fall.get("basis", ""),
                "by": {},
            }
            for lab in labels:
                drawn_all = built[lab]["events"].get(ev)
                if drawn_all is None:
                    row["by"][lab] = {"absent": "not a built-in at this commit"}
                    continue
                d = match(fall, drawn_all)
                if d is None:
                    row["by"][lab] = {"absent": "fall not drawn"}
                    continue
                row["by"][lab] = {
                    "point": d["point"],
                    "point_from": d["point_from"],
                    "area_km2": d["area_km2"],
                    "wkt": d["wkt"],
                    "tests": judge_fall(ref, fall, d),
                }
            rows.append(row)
        result["events"][ev] = rows
    return result


def markdown(result: dict[str, Any], labels: list[str]) -> str:
    out: list[str] = []
    counts: dict[str, dict[str, list[int]]] = {}
    for ev, rows in result["events"].items():
        out.append(f"### {ev}\n")
        head = (
            "| fall | "
            + " | ".join(f"{lab}: point | {lab}: area km² | {lab}: tests" for lab in labels)
            + " |"
        )
        out.append(head)
        out.append("|" + "---|" * (1 + 3 * len(labels)))
        for row in rows:
            name = f"`{row['id']}`" + (" (basis: inferred)" if row["basis"] == "inferred" else "")
            cells = [name]
            for lab in labels:
                b = row["by"][lab]
                if "absent" in b:
                    cells += [b["absent"], "", ""]
                    continue
                lon, lat = b["point"]
                cells.append(
                    f"{lat:.3f}N {lon:.3f}E"
                    + (
                        {"position": "", "the point drawn": " (a point)"}.get(
                            b["point_from"], " (rep. point)"
                        )
                    )
                )
                cells.append(f"{b['area_km2']:,.0f}")
                cells.append(_cell_tests(b["tests"]))
                c = counts.setdefault(ev, {}).setdefault(lab, [0, 0, 0])
                for t in b["tests"]:
                    if t["status"] in ("pass", "fail"):
                        c[1] += 1
                        c[0] += t["status"] == "pass"
                    elif t["status"] == "undecidable":
                        c[2] += 1
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    summary = [
        "| event | "
        + " | ".join(f"{lab}: satisfied / decidable" for lab in labels)
        + " | undecidable |",
        "|" + "---|" * (2 + len(labels)),
    ]
    totals = {lab: [0, 0] for lab in labels}
    common = {lab: [0, 0] for lab in labels}
    for ev in result["events"]:
        c = counts.get(ev, {})
        cells = []
        und = ""
        for lab in labels:
            if lab in c:
                cells.append(f"{c[lab][0]} / {c[lab][1]}")
                totals[lab][0] += c[lab][0]
                totals[lab][1] += c[lab][1]
                und = str(c[lab][2])
                if all(lb in c for lb in labels):
                    common[lab][0] += c[lab][0]
                    common[lab][1] += c[lab][1]
            else:
                cells.append("—")
        summary.append(f"| {ev} | " + " | ".join(cells) + f" | {und} |")
    summary.append(
        "| **all** | " + " | ".join(f"**{t[0]} / {t[1]}**" for t in totals.values()) + " | |"
    )
    summary.append(
        "| events in both | " + " | ".join(f"{t[0]} / {t[1]}" for t in common.values()) + " | |"
    )
    return "## Summary\n\n" + "\n".join(summary) + "\n\n## Per event\n\n" + "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkouts", nargs="+", type=Path)
    ap.add_argument("--labels", nargs="+")
    ap.add_argument(
        "--data",
        type=Path,
        default=here / "layers" / "data",
        help="reference data and scenario reports (default: this repository's)",
    )
    ap.add_argument("--json", type=Path, help="also write the raw measurements here")
    args = ap.parse_args(argv)
    checkouts = [c.resolve() for c in args.checkouts]
    labels = args.labels or [c.name for c in checkouts]
    if len(labels) != len(checkouts):
        ap.error("one label per checkout")
    result = measure(checkouts, labels, args.data.resolve())
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")
    for lab, info in result["checkouts"].items():
        dirty = " (uncommitted changes)" if info["dirty"] else ""
        print(
            f"- {lab}: `{info['path']}` at {info['commit']}{dirty}; "
            f"alertmap built from `{info['build_file']}`"
        )
    print()
    print(markdown(result, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
