"""Ground tracks from CSV files: a tracked or modelled trajectory, one position per line.

The file has a header line naming its columns; ``lon`` and ``lat`` (or ``longitude`` and
``latitude``, any case) are read, other columns (time, altitude, ...) are ignored. Positions
are decimal degrees, WGS84, in flight order::

    lon,lat,time
    124.705,39.660,2023-08-24T03:50:00+09:00
    124.702,39.420,2023-08-24T03:50:30+09:00

A million lines are read in well under a second (``numpy.loadtxt``); a bad line is reported
with its number. Numbers may be quoted (``"124.705","39.660"``), a byte order mark may start
the file; a file over :data:`TRACK_MAX_BYTES` or of more than :data:`TRACK_MAX_POINTS`
positions is refused, and so is a track that never moves (one position repeated).
"""

from __future__ import annotations

import csv
import io
import math
import re
import warnings
from pathlib import Path

import numpy as np
import numpy.typing as npt

from alertmap.layers.errors import ScenarioError, decode_utf8, read_limited, shown

__all__ = ["TRACK_MAX_BYTES", "TRACK_MAX_POINTS", "read_track_csv"]

#: The largest track file read, in bytes.
TRACK_MAX_BYTES = 200_000_000
#: The most positions of a track file.
TRACK_MAX_POINTS = 2_000_000

_NAMES = {"lon": ("lon", "longitude", "lng", "x"), "lat": ("lat", "latitude", "y")}
#: A number as ``numpy.loadtxt`` reads one (Python's ``float`` also takes '1_0' and other
#: scripts' digits, which the reader refuses).
_NUMBER = re.compile(
    r"\s*[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)\s*", re.I
)


def _cells(line: str) -> list[str]:
    """The cells of one CSV line (a space after a comma allowed); a cell over the csv
    module's field limit makes ``ValueError``."""
    try:
        return next(csv.reader([line], skipinitialspace=True), [])
    except csv.Error as err:
        raise ValueError(str(err)) from None


def _columns(path: Path, header: str) -> tuple[int, int]:
    try:
        names = [n.strip().lower() for n in _cells(header)]
    except ValueError:
        names = []
    found = []
    for key, aliases in _NAMES.items():
        hits = [i for i, n in enumerate(names) if n in aliases]
        if not hits:
            raise ScenarioError(
                f"{path}: line 1: expected a header naming a {key!r} column "
                f"(one of {', '.join(aliases)}), got {shown(header.strip())}"
            )
        found.append(hits[0])
    return found[0], found[1]


def _number(cell: str) -> float:
    if not _NUMBER.fullmatch(cell):
        raise ValueError(cell)
    return float(cell)


def _read_by_line(file: Path, text: str, lon_col: int, lat_col: int) -> npt.NDArray[np.float64]:
    """The positions read line by line (slower than ``numpy.loadtxt``, and more lenient: a
    space before a quoted number); a line that is not two numbers in range is refused by its
    number."""
    positions: list[tuple[float, float]] = []
    lines = io.StringIO(text)
    next(lines, None)
    for number, line in enumerate(lines, start=2):
        content = line.split("#", 1)[0]  # a comment, as numpy.loadtxt reads one
        try:
            row = _cells(content)
            if not "".join(row).strip():
                continue
            lon, lat = _number(row[lon_col]), _number(row[lat_col])
        except (IndexError, ValueError):
            raise ScenarioError(
                f"{file}: line {number}: expected numbers in the lon and lat columns, got "
                f"{shown(line.rstrip())}"
            ) from None
        if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
            raise ScenarioError(
                f"{file}: line {number}: expected a longitude in -180..180, got {lon:g}"
            )
        if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
            raise ScenarioError(
                f"{file}: line {number}: expected a latitude in -90..90, got {lat:g}"
            )
        positions.append((lon, lat))
        if len(positions) > TRACK_MAX_POINTS:
            break
    return np.array(positions, dtype=np.float64).reshape(-1, 2)


def _loadtxt(text: str, lon_col: int, lat_col: int) -> npt.NDArray[np.float64]:
    """The positions by ``numpy.loadtxt`` (fast; strict about spaces around quotes)."""
    track: npt.NDArray[np.float64] = np.loadtxt(
        io.StringIO(text),
        delimiter=",",
        quotechar='"',
        skiprows=1,
        usecols=(lon_col, lat_col),
        dtype=np.float64,
        ndmin=2,
        max_rows=TRACK_MAX_POINTS + 1,
    )
    return track


def read_track_csv(path: str | Path) -> npt.NDArray[np.float64]:
    """The (n, 2) lon, lat positions of a track file, in file order.

    Raises
    ------
    ScenarioError
        The file cannot be read, is larger than :data:`TRACK_MAX_BYTES`, is not UTF-8, has no
        lon/lat header, has a line that is not two numbers in range, has fewer than two
        positions or more than :data:`TRACK_MAX_POINTS`, or never moves. The message names the
        file and the line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = f.write_text('time,lat,lon\\n0,39.66,124.705\\n30,"39.42","124.702"\\n')
    >>> read_track_csv(f).tolist()
    [[124.705, 39.66], [124.702, 39.42]]
    """
    file = Path(path)
    try:
        data = read_limited(file, limit=TRACK_MAX_BYTES, what="a track file", error=ScenarioError)
    except OSError as err:
        raise ScenarioError(
            f"{file}: cannot read: expected a UTF-8 CSV track file ({err.__class__.__name__})"
        ) from None
    text = decode_utf8(data, file=file, error=ScenarioError)
    del data
    lon_col, lat_col = _columns(file, text.partition("\n")[0])
    try:
        with warnings.catch_warnings():
            # numpy's notes on blank lines and on an empty file: said here, as errors, if at all
            warnings.simplefilter("ignore", UserWarning)
            track = _loadtxt(text, lon_col, lat_col)
    except (ValueError, IndexError):
        track = _read_by_line(file, text, lon_col, lat_col)
    if len(track) > TRACK_MAX_POINTS:
        raise ScenarioError(f"{file}: expected at most {TRACK_MAX_POINTS:,} positions, got more")
    lon, lat = track[:, 0], track[:, 1]
    if not (np.isfinite(track).all() and (np.abs(lon) <= 180).all() and (np.abs(lat) <= 90).all()):
        track = _read_by_line(file, text, lon_col, lat_col)  # raises, naming the line
    if len(track) < 2:
        raise ScenarioError(f"{file}: expected at least 2 positions, found {len(track)}")
    if (track == track[0]).all():
        raise ScenarioError(
            f"{file}: expected a track that moves, got one position ({lon[0]:g}, {lat[0]:g}) "
            f"on all {len(track):,} lines"
        )
    return np.ascontiguousarray(track)
