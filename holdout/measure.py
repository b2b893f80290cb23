"""Measure alertmap's drawn positions for the held-out launches against the reports' precision.

Independent of alertmap's placement code: it reads the GeoJSON that ``alertmap export`` wrote and
measures with geographiclib (WGS84). The reference points and the reported distances and bearings
below come from the reports and the published coordinates cited in the scenarios, not from
alertmap's output. Coast distances use the bundled Natural Earth outlines only as data.

    for n in 2016-08-03 2017-07-28 2019-10-02; do
        alertmap export holdout/$n.toml -o /tmp/$n.geojson
    done
    python3 holdout/measure.py /tmp          # the folder holding the three exports

Precision used (issue 11's example): "about D km BEARING" = D +/- 10 % and the bearing +/- 11.25
degrees (half a point of a 16-point compass). The current code draws +/- 22.5 degrees for N, E,
S, W, NE, ...; both are printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from geographiclib.geodesic import Geodesic

WGS84 = Geodesic.WGS84
HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "layers" / "data"

# (event, feature kind, feature name starts with, reference (lat, lon), its source,
#  reported distance km, reported bearing deg, report wording)
EXPECTED = [
    (
        "2017-07-28",
        "fall_area",
        "Fall area: Sea of Japan (about 150 km NW of Okushiri",
        (42.149167, 139.467222),
        "Okushiri Island, Wikipedia 42°08′57″N 139°28′02″E",
        150,
        315,
        "奥尻島の北西約150km (Japan MOD via NHK)",
    ),
    (
        "2019-10-02",
        "launch_site",
        "At sea, about 17 km NE of Wonsan",
        (39.1475, 127.446111),
        "Wonsan, Wikipedia 39°08′51″N 127°26′46″E",
        17,
        45,
        "some 17 km northeast off Wonsan (JCS via Jiji)",
    ),
    (
        "2019-10-02",
        "fall_area",
        "Fall area: Sea of Japan (about 350 km N of Dogo",
        (36.208889, 133.321944),
        "Okinoshima Town on Dogo, de.wikipedia 36°12′32″N 133°19′19″E",
        350,
        0,
        "島後沖の北約350km (Japan MOD)",
    ),
    (
        "2019-10-02",
        "fall_area",
        "Fall area: about 370 km northerly of Dogo",
        (36.208889, 133.321944),
        "Okinoshima Town on Dogo, de.wikipedia 36°12′32″N 133°19′19″E",
        370,
        0,
        "島後から北寄りに370キロほど (NHK)",
    ),
    (
        "2016-08-03",
        "fall_area",
        "Fall area: Sea of Japan (about 250 km W of the Oga",
        (39.933333, 139.783333),
        "Oga Peninsula, de.wikipedia 39°56′0″N 139°47′0″E",
        250,
        270,
        "男鹿半島の西方約250キロ (Japan MOD via Asahi)",
    ),
]


def inverse(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Distance (km) and azimuth (deg, 0-360) from a to b; points as (lat, lon)."""
    g = WGS84.Inverse(a[0], a[1], b[0], b[1])
    return g["s12"] / 1000.0, g["azi1"] % 360.0


def angle_diff(a: float, b: float) -> float:
    return (a - b + 180.0) % 360.0 - 180.0


def rings(geom: dict) -> list[list[list[float]]]:
    if geom["type"] == "Polygon":
        return geom["coordinates"]
    if geom["type"] == "MultiPolygon":
        return [r for poly in geom["coordinates"] for r in poly]
    return []


def coast_km(point: tuple[float, float], iso: str) -> float:
    """Shortest geodesic distance (km) from point to a vertex of a country's outline
    (Natural Earth, bundled): a rough coast distance, good to the outline's vertex spacing."""
    countries = json.loads((DATA / "countries.geojson").read_text("utf-8"))
    best = float("inf")
    for f in countries["features"]:
        p = f["properties"]
        if iso not in (p.get("iso_a3"), p.get("ISO_A3"), p.get("adm0_a3"), p.get("name")):
            continue
        for ring in rings(f["geometry"]):
            for lon, lat in ring:
                if abs(lat - point[0]) > 8 or abs(lon - point[1]) > 10:
                    continue
                best = min(best, inverse(point, (lat, lon))[0])
    return best


def main(folder: Path) -> None:
    for event, kind, name, ref, ref_src, dist, bearing, wording in EXPECTED:
        fc = json.loads((folder / f"{event}.geojson").read_text("utf-8"))
        feats = [
            f
            for f in fc["features"]
            if f["properties"].get("kind") == kind
            and f["properties"].get("name", "").startswith(name)
        ]
        print(f"\n== {event}: {wording}")
        print(f"   reference: {ref_src}")
        if not feats:
            print("   NOT FOUND in the export")
            continue
        f = feats[0]
        props = f["properties"]
        pos = props.get("position") or f["geometry"]["coordinates"]
        drawn = (pos[1], pos[0])
        d, az = inverse(ref, drawn)
        dd = angle_diff(az, bearing)
        ok_d = abs(d - dist) <= 0.10 * dist
        print(
            f"   drawn position {drawn[0]:.4f}N {drawn[1]:.4f}E: {d:.1f} km at {az:.1f}° "
            f"(reported {dist} km at {bearing}°): "
            f"distance {'within' if ok_d else 'OUTSIDE'} ±10 %, "
            f"bearing off by {dd:+.2f}° ({'within' if abs(dd) <= 11.25 else 'OUTSIDE'} ±11.25°)"
        )
        if f["geometry"]["type"] in ("Polygon", "MultiPolygon"):
            ds, azs = [], []
            for ring in rings(f["geometry"]):
                for lon, lat in ring:
                    dk, a = inverse(ref, (lat, lon))
                    ds.append(dk)
                    azs.append(angle_diff(a, bearing))
            print(
                f"   drawn area: {min(ds):.1f}-{max(ds):.1f} km, bearing {min(azs):+.2f}° to "
                f"{max(azs):+.2f}° (the report's precision: {0.9 * dist:.1f}-{1.1 * dist:.1f} km, "
                f"±11.25°)"
            )
        else:
            print("   no area drawn (a point only)")
        if kind == "fall_area":
            jp = coast_km(drawn, "JPN")
            kr = min(coast_km(drawn, "KOR"), coast_km(drawn, "PRK"))
            ru = coast_km(drawn, "RUS")
            print(
                "   rough EEZ indication (nearest outline vertex, Natural Earth): "
                f"Japan {jp:.0f} km, "
                f"Korea {kr:.0f} km, Russia {ru:.0f} km; 200 NM = 370.4 km"
            )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp"))
