"""Generate a synthetic N-point ground track and a scenario that draws it (not a real track).

Usage: python bench/make_track.py 1000000 bench/out/track-1000000

writes ``track-1000000.csv`` (lon,lat,t_s) and ``track-1000000.toml`` beside it. The track runs
from Sohae south through the Okinawa-Miyako gap into the Philippine Sea (about 3,000 km), along
geodesics between fixed waypoints, with a smooth sideways weave of 300 m every 40 km and 5 m of
noise (fixed seed), so it cannot be simplified away to a straight line.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
from pyproj import Geod

WAYPOINTS = [(124.705, 39.660), (124.30, 37.95), (124.90, 32.0), (126.15, 25.30), (127.6, 19.6)]

SCENARIO = """\
# SYNTHETIC benchmark scenario (bench/make_track.py): not a real launch or a real track.
format = 1

[event]
id = "synthetic-track-{n}"
title = "SYNTHETIC: a {n:,}-point ground track"
date = 2024-01-01
timezone = "+09:00"
notes = ["Synthetic benchmark data; the track and the report are invented."]

[sources.synthetic]
organisation = "alertmap benchmark (synthetic)"
date = 2024-01-01

[launch]
at = "Sohae"
time = 2024-01-01T03:50:00+09:00
source = "synthetic"

[track]
file = "{csv}"
name = "Ground track (synthetic, {n:,} points)"
source = "synthetic"
corridor_width_km = 100

[[falls]]
name = "Synthetic fall: about 600 km E of the Philippines"
from = "Philippines"
distance_km = 600
bearing = "E"
about = true
time = 2024-01-01T04:05:00+09:00
source = "synthetic"

[[alerts]]
name = "J-Alert: Okinawa Prefecture (synthetic)"
prefectures = ["Okinawa"]
issued = 2024-01-01T03:54:00+09:00
source = "synthetic"
"""


def track(n: int) -> np.ndarray:
    geod = Geod(ellps="WGS84")
    legs = list(itertools.pairwise(WAYPOINTS))
    lengths = [geod.inv(a[0], a[1], b[0], b[1])[2] for a, b in legs]
    total = float(sum(lengths))
    along = np.linspace(0.0, total, n)
    lon = np.empty(n)
    lat = np.empty(n)
    az = np.empty(n)
    start = 0.0
    for (a, b), length in zip(legs, lengths, strict=True):
        here = (along >= start) & (along <= start + length)
        fwd_az, _, _ = geod.inv(a[0], a[1], b[0], b[1])
        lo, la, back = geod.fwd(
            np.full(here.sum(), a[0]),
            np.full(here.sum(), a[1]),
            np.full(here.sum(), fwd_az),
            along[here] - start,
        )
        lon[here], lat[here], az[here] = lo, la, np.asarray(back) + 180.0
        start += length
    rng = np.random.default_rng(20240101)
    side = 300.0 * np.sin(along / 40_000.0 * 2 * np.pi) + rng.normal(0.0, 5.0, n)
    lon, lat, _ = geod.fwd(lon, lat, az + 90.0, side)
    return np.column_stack([lon, lat, along / 7_000.0])  # t in seconds at 7 km/s


def main(n: int, stem: str) -> None:
    out = Path(stem)
    out.parent.mkdir(parents=True, exist_ok=True)
    csv_path = out.with_suffix(".csv")
    np.savetxt(
        csv_path,
        track(n),
        fmt=["%.6f", "%.6f", "%.2f"],
        delimiter=",",
        header="lon,lat,t_s",
        comments="",
    )
    out.with_suffix(".toml").write_text(SCENARIO.format(n=n, csv=csv_path.name), "utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
