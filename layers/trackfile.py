"""Ground tracks from CSV files: a tracked or modelled trajectory, one position per line.

The file has a header line naming its columns; ``lon`` and ``lat`` (or ``longitude`` and
``latitude``, any case) are read, other columns (time, altitude, ...) are ignored. Positions
are decimal degrees, WGS84, in flight order::

    lon,lat,time
    124.705,39.660,2023-08-24T03:50:00+09:00
    124.702,39.420,2023-08-24T03:50:30+09:00

A million lines are read in well under a second (``numpy.loadtxt``); a bad line is reported
with its number.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import numpy.typing as npt

from alertmap.layers.errors import ScenarioError

__all__ = ["read_track_csv"]

_NAMES = {"lon": ("lon", "longitude", "lng", "x"), "lat": ("lat", "latitude", "y")}


def _columns(path: Path, header: str) -> tuple[int, int]:
    names = [n.strip().lower() for n in next(csv.reader([header]), [])]
    found = []
    for key, aliases in _NAMES.items():
        hits = [i for i, n in enumerate(names) if n in aliases]
        if not hits:
            raise ScenarioError(
                f"{path}: line 1: expected a header naming a {key!r} column "
                f"(one of {', '.join(aliases)}), got {header.strip()!r}"
            )
        found.append(hits[0])
    return found[0], found[1]


def _first_bad_line(path: Path, lon_col: int, lat_col: int) -> str:
    """Why the file did not read: the first line that is not two numbers in range."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows, None)
        for number, row in enumerate(rows, start=2):
            if not row or not "".join(row).strip():
                continue
            try:
                lon, lat = float(row[lon_col]), float(row[lat_col])
            except (IndexError, ValueError):
                return (
                    f"line {number}: expected numbers in the lon and lat columns, got "
                    f"{','.join(row)[:60]!r}"
                )
            if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
                return f"line {number}: expected a longitude in -180..180, got {lon:g}"
            if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
                return f"line {number}: expected a latitude in -90..90, got {lat:g}"
    return "expected lon,lat rows"


def read_track_csv(path: str | Path) -> npt.NDArray[np.float64]:
    """The (n, 2) lon, lat positions of a track file, in file order.

    Raises
    ------
    ScenarioError
        The file cannot be read, has no lon/lat header, has a line that is not two numbers in
        range, or has fewer than two positions. The message names the file and the line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = f.write_text("time,lat,lon\\n0,39.66,124.705\\n30,39.42,124.702\\n")
    >>> read_track_csv(f).tolist()
    [[124.705, 39.66], [124.702, 39.42]]
    """
    file = Path(path)
    try:
        with file.open(encoding="utf-8") as fh:
            header = fh.readline()
    except (OSError, UnicodeDecodeError) as err:
        raise ScenarioError(
            f"{file}: cannot read: expected a UTF-8 CSV track file ({err.__class__.__name__})"
        ) from None
    lon_col, lat_col = _columns(file, header)
    try:
        data = np.loadtxt(
            file,
            delimiter=",",
            skiprows=1,
            usecols=(lon_col, lat_col),
            dtype=np.float64,
            ndmin=2,
            encoding="utf-8",
        )
    except (ValueError, IndexError):
        raise ScenarioError(f"{file}: {_first_bad_line(file, lon_col, lat_col)}") from None
    lon, lat = data[:, 0], data[:, 1]
    if not (np.isfinite(data).all() and (np.abs(lon) <= 180).all() and (np.abs(lat) <= 90).all()):
        raise ScenarioError(f"{file}: {_first_bad_line(file, lon_col, lat_col)}")
    if len(data) < 2:
        raise ScenarioError(f"{file}: expected at least 2 positions, found {len(data)}")
    return np.ascontiguousarray(data)
