"""A catalogue of launches: one row per event, as CSV or GeoParquet.

Columns (a header row names them; order is free; unknown columns are an error):

============  ==========================================================================
``date``      ISO 8601 date of the launch, required
``time``      launch time with offset (``2023-08-24T03:50:00+09:00``), optional
``site``      launch site: a gazetteer name or a position (``39-13N 125-40E``), required
``direction`` compass point or degrees of the flight, required unless ``waypoints``
``range_km``  reported range in km: the fall is drawn "about" that far, required
``waypoints`` places or positions passed, in order, separated by ``;`` (optional)
``alerts``    J-Alert prefectures or sub-areas, separated by ``;`` (optional)
``title``     a title; default "Launch from SITE, DATE"
``source``    who reported it, required; ``source_url`` optional
``id``        a unique id; default the date, with ``-2``, ``-3`` for further launches that day
============  ==========================================================================

Each row becomes a :class:`~layers.scenario.Scenario`, so it is validated and drawn by the same
rules as a scenario file; errors name the file, the line and the column. The whole catalogue is
validated (every row's cells, and every name it gives found in the gazetteer) before any launch
is built, so a bad last row is reported at once. A catalogue over
:data:`CATALOGUE_MAX_BYTES` or of more than :data:`CATALOGUE_MAX_ROWS` rows is refused.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import math
import os
import stat
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError, LonLat, parse_position
from alertmap.geo.geodesic import GEOD, FloatArray
from alertmap.layers import placement
from alertmap.layers.basemap import load_basemap
from alertmap.layers.build import Prepared, build_event, build_prepared
from alertmap.layers.errors import (
    InputWarning,
    LayersError,
    ScenarioError,
    bidi_character,
    control_character,
    decode_utf8,
    read_limited,
    shown,
)
from alertmap.layers.falls import FallPlacer, PlacedFall
from alertmap.layers.fusion import EMPTY_AREA_DEG2, Constraint, Fusion, Verdict, centre_of
from alertmap.layers.gazetteer import Gazetteer, Place, load_gazetteer
from alertmap.layers.model import DEFAULT_TIMEZONE, Basis, Event, Feature, Kind, Layer, Source
from alertmap.layers.parallel import in_threads
from alertmap.layers.placement import Placed
from alertmap.layers.scenario import (
    DEFAULT_FALL_LAYER,
    LINE_MAX_CHARS,
    TIME_RANGE_TEXT,
    URL_MAX_CHARS,
    AlertSpec,
    FallSpec,
    ItemSpec,
    PositionSpec,
    Scenario,
    SiteSpec,
    WaypointSpec,
    in_time_range,
    parse_bearing,
)

COLUMNS = {
    "date",
    "time",
    "site",
    "direction",
    "range_km",
    "waypoints",
    "alerts",
    "title",
    "source",
    "source_url",
    "id",
}
REQUIRED = {"date", "site", "range_km", "source"}

#: The largest catalogue file read, in bytes.
CATALOGUE_MAX_BYTES = 50_000_000
#: The most rows (launches) of a catalogue.
CATALOGUE_MAX_ROWS = 100_000

#: File endings of GeoParquet catalogues; with ``.csv``, the endings read as a catalogue.
PARQUET_SUFFIXES = (".parquet", ".geoparquet")
CATALOGUE_SUFFIXES = (".csv", *PARQUET_SUFFIXES)


def is_catalogue(name: str | os.PathLike[str]) -> bool:
    """Whether a file is read as a catalogue (one row per launch), by its ending.

    Examples
    --------
    >>> is_catalogue("launches.CSV"), is_catalogue("a.geoparquet"), is_catalogue("2023-08-24")
    (True, True, False)
    """
    return os.fspath(name).lower().endswith(CATALOGUE_SUFFIXES)


def _parquet_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """A GeoParquet catalogue's rows as text, its geometry columns left out (a launch's
    positions are in its ``site`` and ``waypoints`` columns).

    Read with fastparquet, not pyarrow: pandas loads pyarrow whenever it is installed, which
    would add about 36 MiB to every map alertmap draws (folium imports pandas).
    """
    with warnings.catch_warnings():
        # fastparquet sets a pandas option that pandas 3 deprecates, warning at its import
        warnings.simplefilter("ignore", DeprecationWarning)
        import fastparquet

    try:
        info = path.stat()
    except OSError as err:
        raise ScenarioError(
            f"{path}: cannot read: expected a GeoParquet file ({err.__class__.__name__})"
        ) from None
    if not stat.S_ISREG(info.st_mode) or info.st_size > CATALOGUE_MAX_BYTES:
        raise ScenarioError(
            f"{path}: expected a GeoParquet file (a regular file) of at most "
            f"{CATALOGUE_MAX_BYTES // 1_000_000} MB, got "
            + (f"{info.st_size:,} bytes" if stat.S_ISREG(info.st_mode) else "a special file")
        )
    try:
        with path.open("rb") as file:
            parquet = fastparquet.ParquetFile(file)
            geo = json.loads(parquet.key_value_metadata.get("geo", "{}"))
            geometry = set(geo.get("columns", {})) if isinstance(geo, dict) else set()
            if parquet.count() > CATALOGUE_MAX_ROWS:
                raise ScenarioError(
                    f"{path}: expected at most {CATALOGUE_MAX_ROWS:,} rows, got {parquet.count():,}"
                )
            frame = parquet.to_pandas(columns=[c for c in parquet.columns if c not in geometry])
    except ScenarioError:
        raise
    except Exception as err:
        raise ScenarioError(
            f"{path}: cannot read: expected a GeoParquet file ({err.__class__.__name__})"
        ) from None
    rows = []
    for i, record in enumerate(frame.to_dict("records"), 1):
        rows.append((i, {str(k): _cell_text(v) for k, v in record.items()}))
    return rows


def _cell_text(value: object) -> str:
    """A Parquet cell as the text a CSV cell would hold: empty for a missing value, whole
    numbers without a decimal point.

    Examples
    --------
    >>> _cell_text(None), _cell_text(float("nan")), _cell_text(2300.0), _cell_text("Sohae")
    ('', '', '2300', 'Sohae')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, from a CSV file or a GeoParquet file."""
    if path.suffix.lower() in PARQUET_SUFFIXES:
        return _parquet_rows(path)
    try:
        data = read_limited(
            path, limit=CATALOGUE_MAX_BYTES, what="a catalogue", error=ScenarioError
        )
    except OSError as err:
        raise ScenarioError(
            f"{path}: cannot read: expected a UTF-8 CSV file ({err.__class__.__name__})"
        ) from None
    reader = csv.reader(io.StringIO(decode_utf8(data, file=path, error=ScenarioError), newline=""))
    try:
        header = [name.strip() for name in next(reader, [])]
        _check_header(path, header)
        rows: list[tuple[int, dict[str, str]]] = []
        for cells in reader:
            if not cells:
                continue
            if len(cells) > len(header):
                raise ScenarioError(
                    f"{path}: line {reader.line_num}: expected at most {len(header)} fields "
                    f"(one per column of the header), got {len(cells)}"
                )
            if len(rows) == CATALOGUE_MAX_ROWS:
                raise ScenarioError(
                    f"{path}: expected at most {CATALOGUE_MAX_ROWS:,} rows, got more"
                )
            values = dict.fromkeys(header, "") | {
                name: cell.strip() for name, cell in zip(header, cells, strict=False)
            }
            rows.append((reader.line_num, values))
    except csv.Error as err:
        raise ScenarioError(f"{path}: line {reader.line_num}: expected CSV ({err})") from None
    return rows


def _check_header(path: Path, header: list[str]) -> None:
    """The header row: known column names, each once, the required ones present."""
    unknown = set(header) - COLUMNS
    if unknown:
        raise ScenarioError(
            f"{path}: line 1: unexpected column(s) "
            + ", ".join(
                shown(n) if not n.isprintable() or len(n) > 40 else n for n in sorted(unknown)
            )
            + ": expected "
            + ", ".join(sorted(COLUMNS))
        )
    twice = sorted({n for n in header if header.count(n) > 1})
    if twice:
        raise ScenarioError(
            f"{path}: line 1: expected each column once, got {', '.join(twice)} twice"
        )
    missing = REQUIRED - set(header)
    if missing:
        raise ScenarioError(f"{path}: line 1: missing column(s) {', '.join(sorted(missing))}")


def _number_or_text(text: str) -> float | str:
    """A cell as a number when it reads as one, else the text.

    Examples
    --------
    >>> _number_or_text(" 165 "), _number_or_text("SSE")
    (165.0, 'SSE')
    """
    try:
        return float(text)
    except ValueError:
        return text


class _Row:
    """One row of a catalogue: typed access to its columns, with the file and line for errors."""

    def __init__(self, path: Path, line: int, values: dict[str, str]) -> None:
        self.path = path
        self.line = line
        self.values = values
        #: Where the row's items come from, as named in error messages.
        self.field = f"line {line}"

    def fail(self, column: str, expected: str) -> ScenarioError:
        return ScenarioError(
            f"{self.path}: line {self.line}: {column}: expected {expected}, "
            f"got {shown(self.values.get(column, ''))}"
        )

    def check_text(self) -> str | None:
        """Refuse a cell that is too long or holds a control character; the first cell with a
        bidirectional control character, as ``'line N: column (U+202E at character 3)'``, or
        None."""
        bidi = None
        for column, text in self.values.items():
            longest = URL_MAX_CHARS if column == "source_url" else LINE_MAX_CHARS
            if len(text) > longest:
                raise self.fail(column, f"a text of at most {longest:,} characters")
            bad = control_character(text)
            if bad is not None:
                raise self.fail(column, f"text without control characters (found {bad})")
            odd = bidi_character(text) if bidi is None else None
            if odd is not None:
                bidi = f"line {self.line}: {column} ({odd})"
        return bidi

    def require(self, column: str, expected: str) -> str:
        """A column that must not be empty."""
        if not self.values.get(column):
            raise self.fail(column, expected)
        return self.values[column]

    def date(self) -> str:
        """``date`` as an ISO 8601 date."""
        try:
            return dt.date.fromisoformat(self.values["date"]).isoformat()
        except ValueError:
            raise self.fail("date", "an ISO 8601 date such as 2023-08-24") from None

    def time(self) -> dt.datetime | None:
        """``time``, a date-time with offset, or None if the column is empty or missing."""
        if not self.values.get("time"):
            return None
        try:
            launch = dt.datetime.fromisoformat(self.values["time"])
        except ValueError:
            launch = None
        if launch is None or launch.tzinfo is None:
            raise self.fail(
                "time", "an ISO 8601 date-time with offset, e.g. 2023-08-24T03:50:00+09:00"
            )
        if not in_time_range(launch):
            raise self.fail("time", f"a date-time in the years {TIME_RANGE_TEXT}")
        return launch

    def range_m(self) -> float:
        """``range_km``, in metres."""
        try:
            range_m = float(self.values["range_km"]) * 1000.0
        except ValueError:
            raise self.fail("range_km", "a number of km") from None
        if not 0 < range_m <= 20_000_000:
            raise self.fail("range_km", "a number of km, 0-20000")
        return range_m

    def waypoints(self) -> list[str]:
        """The places or positions of ``waypoints``, in order."""
        return [w.strip() for w in self.values.get("waypoints", "").split(";") if w.strip()]

    def bearing(self, waypoints: Sequence[str]) -> tuple[float, str] | None:
        """``direction`` as (azimuth, wording); it may be empty when the row has waypoints."""
        direction = self.values.get("direction")
        if not direction and not waypoints:
            raise self.fail("direction", "a compass point or degrees (or waypoints)")
        if not direction:
            return None
        try:
            # a CSV cell is text: "165" or "165.5" is degrees, as the column's description says
            return parse_bearing(_number_or_text(direction))
        except ValueError:
            raise self.fail(
                "direction", "a compass point (N, NNE, ... NNW) or degrees 0-360"
            ) from None

    def item(self, source: Source, name: str, *, reported: str = "") -> ItemSpec:
        """An item of this row, reported by its source."""
        return ItemSpec(
            field=self.field,
            name=name,
            sources=(source,),
            basis=Basis.REPORTED,
            reported=reported,
            notes=(),
        )


def _where(text: str, field: str) -> PositionSpec:
    """A gazetteer name, or coordinates such as ``39-13N 125-40E``."""
    try:
        return PositionSpec(field=field, position=parse_position(text))
    except GeoError:
        return PositionSpec(field=field, at=text)


def _event_id(base: str, ids: dict[str, int]) -> str:
    """``base`` the first time it is seen, then ``base-2``, ``base-3`` ... (``ids`` counts)."""
    ids[base] = ids.get(base, 0) + 1
    return base if ids[base] == 1 else f"{base}-{ids[base]}"


def _row_fall(
    row: _Row,
    source: Source,
    range_m: float,
    bearing: tuple[float, str] | None,
    waypoints: Sequence[str],
) -> FallSpec:
    """The fall: "about ``range_km``" along the direction from the site, or else at the last
    waypoint; it ends the track."""
    site, direction = row.values["site"], row.values.get("direction")
    reported = f"range about {range_m / 1000:g} km" + (
        f", direction {direction}" if direction else ""
    )
    if bearing is not None:
        where = PositionSpec(
            field=f"{row.field}: range_km",
            origin=site,
            distance_m=range_m,
            bearing_deg=bearing[0],
            bearing_text=bearing[1],
            about=True,
        )
    else:
        where = _where(waypoints[-1], f"{row.field}: waypoints")
    item = row.item(source, "Fall area (from the reported range)", reported=reported)
    return FallSpec(item, where, None, DEFAULT_FALL_LAYER, "fall", True)


def _row_alerts(row: _Row, source: Source) -> tuple[AlertSpec, ...]:
    """One J-Alert zone per prefecture or sub-area of ``alerts``."""
    names = (a.strip() for a in row.values.get("alerts", "").split(";"))
    return tuple(AlertSpec(row.item(source, f"J-Alert: {a}"), (a,), (), "") for a in names if a)


def _offset_of(time: dt.datetime | None) -> str:
    """The UTC offset a launch time was given in ('+09:00'), shown as the event's zone;
    :data:`~alertmap.layers.model.DEFAULT_TIMEZONE` for a row without a time.

    Examples
    --------
    >>> _offset_of(dt.datetime.fromisoformat("2015-08-20T09:01:00+08:30")), _offset_of(None)
    ('+08:30', '+00:00')
    """
    if time is None or time.utcoffset() is None:
        return DEFAULT_TIMEZONE
    return time.isoformat()[-6:]


def _row_scenario(path: Path, line: int, values: dict[str, str], ids: dict[str, int]) -> Scenario:
    """One row as a scenario: its launch site, waypoints, fall and alert zones."""
    row = _Row(path, line, values)
    date = row.date()
    launch_time = row.time()
    range_m = row.range_m()
    waypoints = row.waypoints()
    bearing = row.bearing(waypoints)
    site = row.require("site", "a launch site name or position")
    row.require("source", "who reported the launch")
    source = Source(values["source"], date, url=values.get("source_url") or None, id="row")
    passed = tuple(
        WaypointSpec(row.item(source, f"Passed {w}"), _where(w, f"{row.field}: waypoints"), None)
        for w in waypoints
    )
    return Scenario(
        path=str(path),
        id=values.get("id") or _event_id(date, ids),
        title=values.get("title") or f"Launch from {site}, {date}",
        date=date,
        timezone=_offset_of(launch_time),
        summary="",
        notes=(),
        sources={"row": source},
        # the row's range is the flight's reported range: no fall lies beyond it (the checks)
        launch=SiteSpec(
            row.item(source, f"Launch site: {site}"),
            _where(site, f"{row.field}: site"),
            launch_time,
            range_m,
        ),
        sites=(),
        waypoints=passed,
        corridor_width_m=100_000.0,
        falls=(_row_fall(row, source, range_m, bearing, waypoints),),
        hazards=(),
        alerts=_row_alerts(row, source),
        seas=(),
        rings=(),
        statements=(),
    )


#: The highest zoom of a map of a whole catalogue: a region, not a street (1 px ~ 1.2 km).
CATALOGUE_MAX_ZOOM = 7


def _check_names(row: _Row, found: set[tuple[bool, str]] | None = None) -> None:
    """Every name the row gives is found in the gazetteer: its site and waypoints (unless
    positions), its alert areas. Checked before any launch is built; ``found`` holds the
    names found already (``(alert area?, name)``: a catalogue names few places many times)."""
    gazetteer = load_gazetteer()
    found = set() if found is None else found
    named = [("site", row.values["site"])] + [("waypoints", w) for w in row.waypoints()]
    for column, name in named:
        if (False, name) in found:
            continue
        try:
            parse_position(name)
        except GeoError:
            try:
                gazetteer.resolve(name)
            except LayersError as err:
                raise ScenarioError(f"{row.path}: line {row.line}: {column}: {err}") from None
        found.add((False, name))
    for name in (a.strip() for a in row.values.get("alerts", "").split(";")):
        if name and (True, name) not in found:
            try:
                gazetteer.alert_area(name)
            except LayersError as err:
                raise ScenarioError(f"{row.path}: line {row.line}: alerts: {err}") from None
            found.add((True, name))


def read_catalogue(path: str | Path) -> list[Scenario]:
    """Every row of a catalogue as a validated :class:`~layers.scenario.Scenario`, in file
    order, nothing built yet: every cell read, every id unique, every name in the gazetteer.

    A cell with a bidirectional control character is drawn as given, with one warning for the
    whole catalogue.
    """
    file = Path(path)
    generated: dict[str, int] = {}
    taken: dict[str, int] = {}
    scenarios = []
    bidi: list[str] = []
    found: set[tuple[bool, str]] = set()
    for line, values in _rows(file):
        row = _Row(file, line, values)
        odd = row.check_text()
        if odd is not None:
            bidi.append(odd)
        scenario = _row_scenario(file, line, values, generated)
        _check_names(row, found)
        if scenario.id in taken:
            made = "" if values.get("id") else " (the id made from its date: give the row an id)"
            raise ScenarioError(
                f"{file}: line {line}: id: expected an id not used by line {taken[scenario.id]}, "
                f"got {shown(scenario.id)}{made}"
            )
        taken[scenario.id] = line
        scenarios.append(scenario)
    if not scenarios:
        raise ScenarioError(f"{file}: expected at least one row of launches, got none")
    if bidi:
        more = f" (and {len(bidi) - 1:,} more cells)" if len(bidi) > 1 else ""
        warnings.warn(
            f"{file}: {bidi[0]}: a bidirectional control character{more}: the text may read "
            "differently from the characters it holds",
            InputWarning,
            stacklevel=2,
        )
    return scenarios


# ------------------------------------------------------------------ many launches at once
#
# A catalogue's typical row (a site, a direction and a range, no waypoints) is drawn as
# :func:`~layers.build.build_event` draws it, with the costly geometry computed for every such
# row at once: pyproj's Geod and shapely 2 work on arrays, so a thousand launches cost a few
# calls instead of a few thousand. The rules are the same; the outlines differ only in where
# their vertices fall along the same geodesics (tests/layers/test_catalogue_batch.py checks
# the two against each other). A row these helpers do not cover (waypoints, a site that is a
# region, a fall on land or near a pole) is built on its own by build_event.

#: How far a straight step between two vertices of an outline may stray from the curve it
#: follows (an arc, a corridor's side), metres: a quarter of a pixel at the catalogue's highest
#: zoom (:data:`CATALOGUE_MAX_ZOOM`, about 1 km a pixel).
STRAY_M = 250.0
#: Vertex spacing along a corridor's sides, metres (they curve far less than an arc).
SIDE_STEP_M = 50_000.0
#: Vertex spacing along a sector's radial edges and a schematic track, metres.
EDGE_STEP_M = 100_000.0
#: Segments of a corridor's round end (half a circle): a 50 km end strays by about 240 m.
CAP_SEGMENTS = 16
#: Rows of a catalogue drawn on their own beyond this reach (far reaches near the antipode).
BATCH_MAX_REACH_M = 8_000_000.0
#: Nor when any vertex is nearer a pole than this latitude.
BATCH_MAX_LAT = 80.0
#: The words of :func:`layers.fusion.fuse` for the drawn point: the fall's own position, or
#: the centre of its area at sea.
_OWN_POINT = "the first report's own position, which every agreeing report allows"
_CENTRE_POINT = "the centre of the area where the agreeing reports overlap"


@dataclasses.dataclass(frozen=True, slots=True)
class _Simple:
    """A row drawn in the batch: its scenario, the place its fall is measured from (its
    launch site), and the fall's range and direction."""

    scenario: Scenario
    origin: Place
    distance_m: float
    bearing_deg: float
    bearing_text: str


def _simple(scenario: Scenario, gazetteer: Gazetteer) -> _Simple | None:
    """The row as a :class:`_Simple`, or None when it is built on its own."""
    if scenario.waypoints or len(scenario.falls) != 1 or scenario.hazards:
        return None
    where = scenario.falls[0].where
    if where.origin is None or where.distance_m is None or where.bearing_deg is None:
        return None
    if scenario.launch.where.at != where.origin and scenario.launch.where.position is None:
        return None
    try:
        origin = gazetteer.resolve(where.origin)
    except LayersError:
        try:
            position = parse_position(where.origin)
        except GeoError:
            return None
        origin = Place(where.origin, position, "position", (), "scenario", None, "", False)
    if not isinstance(origin, Place) or abs(origin.position.lat) > BATCH_MAX_LAT:
        return None
    if (1.0 + placement.ABOUT_FRACTION) * where.distance_m > BATCH_MAX_REACH_M:
        return None
    return _Simple(scenario, origin, where.distance_m, where.bearing_deg, where.bearing_text)


def _arc_step(radius_m: float) -> float:
    """The longest step along an arc of ``radius_m`` that strays at most :data:`STRAY_M`
    from it (a chord of length c strays c² / 8r from its circle).

    Examples
    --------
    >>> round(_arc_step(2_000_000.0) / 1000)
    63
    """
    return math.sqrt(8.0 * radius_m * STRAY_M)


def _wrapped_near(lon: FloatArray, reference: FloatArray) -> FloatArray:
    """Longitudes moved by whole turns to within 180° of ``reference``."""
    return reference + (lon - reference + 180.0) % 360.0 - 180.0


def _polygons(parts: list[tuple[FloatArray, FloatArray, FloatArray, FloatArray]]) -> Any:
    """One polygon per row from (origin lon, origin lat, azimuth, distance) of each vertex of
    its outline: the vertices in one Geod call, longitudes continuous from the origin."""
    counts = np.array([len(p[0]) for p in parts])
    lon0, lat0, az, dist = (np.concatenate([p[i] for p in parts]) for i in range(4))
    lon, lat, _ = GEOD.fwd(lon0, lat0, az, dist)
    xy = np.column_stack(
        [_wrapped_near(np.asarray(lon), np.repeat([p[0][0] for p in parts], counts)), lat]
    )
    rings = shapely.linearrings(xy, indices=np.repeat(np.arange(len(parts)), counts))
    return shapely.orient_polygons(shapely.polygons(rings), exterior_cw=False)


def _sectors(rows: Sequence[_Simple]) -> Any:
    """The sector "about D km BEARING of the place" covers (as
    :func:`layers.placement.uncertainty_area`), for every row at once."""
    parts = []
    for r in rows:
        inner, outer = placement.about_range(r.distance_m)
        tol = placement.bearing_tolerance(r.bearing_text)
        a0, a1 = r.bearing_deg - tol, r.bearing_deg + tol
        span = math.radians(a1 - a0)
        n_out, n_in = (max(4, math.ceil(d * span / _arc_step(d))) for d in (outer, inner))
        n_edge = max(2, math.ceil((outer - inner) / EDGE_STEP_M))
        az = np.concatenate(
            [
                np.linspace(a0, a1, n_out + 1),
                np.full(n_edge - 1, a1),
                np.linspace(a1, a0, n_in + 1),
                np.full(n_edge - 1, a0),
            ]
        )
        dist = np.concatenate(
            [
                np.full(n_out + 1, outer),
                np.linspace(outer, inner, n_edge + 1)[1:-1],
                np.full(n_in + 1, inner),
                np.linspace(inner, outer, n_edge + 1)[1:-1],
            ]
        )
        p = r.origin.position
        parts.append((np.full(len(az), p.lon), np.full(len(az), p.lat), az, dist))
    return _polygons(parts)


def _tracks_and_corridors(
    starts: FloatArray, ends: FloatArray, widths_m: FloatArray
) -> tuple[list[FloatArray], Any]:
    """The schematic track (one geodesic) from each start to its end, and the corridor
    ``widths_m`` wide around it (as :func:`geo.corridor.corridor`): each side the points half
    the width from the geodesic at right angles to it, each end half a circle."""
    az1, _, length = GEOD.inv(starts[:, 0], starts[:, 1], ends[:, 0], ends[:, 1])
    steps = np.maximum(1, np.ceil(np.asarray(length) / SIDE_STEP_M)).astype(int)
    owner = np.repeat(np.arange(len(starts)), steps + 1)
    along = np.concatenate([np.linspace(0.0, L, n + 1) for L, n in zip(length, steps, strict=True)])
    lon, lat, back = GEOD.fwd(starts[owner, 0], starts[owner, 1], np.asarray(az1)[owner], along)
    ahead = np.asarray(back) + 180.0  # the geodesic's azimuth at each of its points
    lon = _wrapped_near(np.asarray(lon), starts[owner, 0])
    lat = np.asarray(lat)
    tracks, parts = [], []
    first = np.concatenate([[0], np.cumsum(steps + 1)])
    half = np.linspace(-90.0, 90.0, CAP_SEGMENTS + 1)[1:-1]
    for i in range(len(starts)):
        a, b = first[i], first[i + 1]
        x, y, fwd = lon[a:b].copy(), lat[a:b].copy(), ahead[a:b]
        x[0], y[0] = starts[i]
        x[-1], y[-1] = _wrapped_near(ends[i, 0], starts[i, 0]), ends[i, 1]
        keep = np.unique(np.r_[np.arange(0, len(x), round(EDGE_STEP_M / SIDE_STEP_M)), len(x) - 1])
        tracks.append(np.column_stack([x[keep], y[keep]]))
        # left side forward, round the far end, right side back, round the near end
        cx = np.concatenate([x, np.full(len(half), x[-1]), x[::-1], np.full(len(half), x[0])])
        cy = np.concatenate([y, np.full(len(half), y[-1]), y[::-1], np.full(len(half), y[0])])
        az = np.concatenate([fwd - 90.0, fwd[-1] + half, fwd[::-1] + 90.0, fwd[0] + 180.0 + half])
        parts.append((cx, cy, az, np.full(len(az), widths_m[i] / 2.0)))
    return tracks, _polygons(parts)


#: Most vertices of a piece of land (see :func:`_land_pieces`): a sector's cut works on the
#: pieces it meets, not on a whole coastline.
PIECE_VERTICES = 128


def _land_pieces(land: Any, most: int = PIECE_VERTICES) -> Any:
    """The polygons of ``land`` cut in halves across their longer side until each has at
    most ``most`` vertices: together they cover the same land, pieces meeting only along
    their cuts.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> pieces = _land_pieces(Point(0.0, 0.0).buffer(1.0, quad_segs=64), most=40)
    >>> len(pieces) > 4, bool(shapely.get_num_coordinates(pieces).max() <= 40)
    (True, True)
    >>> round(float(shapely.area(pieces).sum()), 6) == round(Point(0, 0).buffer(1.0, 64).area, 6)
    True
    """
    done = []
    todo = [p for p in shapely.get_parts(land).tolist() if p.geom_type == "Polygon"]
    while todo:
        piece = todo.pop()
        if shapely.get_num_coordinates(piece) <= most:
            done.append(piece)
            continue
        x0, y0, x1, y1 = piece.bounds
        if x1 - x0 >= y1 - y0:
            mid = (x0 + x1) / 2.0
            halves = [(x0, y0, mid, y1), (mid, y0, x1, y1)]
        else:
            mid = (y0 + y1) / 2.0
            halves = [(x0, y0, x1, mid), (x0, mid, x1, y1)]
        for half in halves:
            cut = shapely.get_parts(shapely.clip_by_rect(piece, *half))
            todo.extend(p for p in cut.tolist() if p.geom_type == "Polygon" and not p.is_empty)
    out = np.empty(len(done), dtype=object)
    out[:] = done
    return out


def _land(areas: Any) -> Any:
    """The land of the bundled coastline that meets ``areas``, in pieces of at most
    :data:`PIECE_VERTICES` vertices: the polygons of the countries that meet any of them,
    merged once for every launch, not once each."""
    bounds = shapely.total_bounds(areas)
    x0, y0, x1, y1 = (float(v) for v in bounds)
    window = (x0 - 1.0, max(y0 - 1.0, -89.0), min(x1 + 1.0, x0 - 1.0 + 360.0), min(y1 + 1.0, 89.0))
    polygons = shapely.get_parts([g for _, g in load_basemap(window).countries])
    meets = np.unique(shapely.STRtree(polygons).query(areas, predicate="intersects")[1])
    return _land_pieces(shapely.union_all(polygons[meets]))


def _at_sea(sectors: Any) -> tuple[Any, Any]:
    """Each sector less the land of the bundled coastline (as :class:`layers.falls.FallPlacer`
    cuts a fall reported relative to a place), and that land: the pieces of land (see
    :func:`_land`) that meet the sector, as one MultiPolygon (None where none does). The cut
    takes away those pieces together (their union: pieces meet only along their cuts), for
    every sector at once."""
    land = _land(sectors)
    hit, piece = shapely.STRtree(land).query(sectors, predicate="intersects")
    order = np.argsort(hit, kind="stable")
    hit, piece = hit[order], piece[order]
    meets, first = np.unique(hit, return_index=True)
    near = np.empty(len(sectors), dtype=object)
    areas = sectors.copy()
    if len(meets):
        ends = np.r_[first[1:], len(hit)]
        near[meets] = [
            shapely.multipolygons(land[piece[a:b]])
            for a, b in zip(first.tolist(), ends.tolist(), strict=True)
        ]
        try:
            areas[meets] = in_threads(shapely.difference, sectors[meets], near[meets])
        except shapely.errors.GEOSException:  # pieces GEOS could not take together: merged
            areas[meets] = [
                s - shapely.union_all(shapely.get_parts(n))
                for s, n in zip(sectors[meets], near[meets], strict=True)
            ]
    return areas, near


def _prepare(scenarios: Sequence[Scenario]) -> list[Prepared | None]:
    """The falls, tracks and corridors of every row drawn in the batch (see :class:`_Simple`);
    None for a row built on its own."""
    gazetteer = load_gazetteer()
    simple = [_simple(s, gazetteer) for s in scenarios]
    index = [i for i, r in enumerate(simple) if r is not None]
    rows = [r for r in simple if r is not None]
    out: list[Prepared | None] = [None] * len(scenarios)
    if not rows:
        return out
    origins = np.array([[r.origin.position.lon, r.origin.position.lat] for r in rows])
    lon, lat, _ = GEOD.fwd(
        origins[:, 0],
        origins[:, 1],
        np.array([r.bearing_deg for r in rows]),
        np.array([r.distance_m for r in rows]),
    )
    sectors = _sectors(rows)
    areas, land = _at_sea(sectors)
    # the fall's own point, moved next to the launch site as layers.fusion.fuse tests it
    covered = shapely.covers(
        areas, shapely.points(_wrapped_near(np.asarray(lon), origins[:, 0]), lat)
    )
    placer = FallPlacer(
        gazetteer, None, (), None, _not_failing, lambda name, _: gazetteer.resolve(name)
    )
    at_sea: Constraint | None = None
    falls: dict[int, PlacedFall] = {}
    for i, r in enumerate(rows):
        area = areas[i]
        if area.geom_type not in ("Polygon", "MultiPolygon") or area.area < EMPTY_AREA_DEG2:
            continue  # on land, or a sliver at sea: the general rules decide
        point = LonLat(float(lon[i]), float(lat[i]))
        method = placement._describe(r.distance_m, f"{r.bearing_text} of {r.origin.name}", True)
        placed = Placed(point, sectors[i], r.origin.position, f"{method} from the place")
        sources = r.scenario.falls[0].item.sources
        own = Constraint(method, sectors[i], sources, nominal=point, position=True)
        if at_sea is None:  # its words and source, once; its land is each sector's own
            at_sea = placer._at_sea(sectors[i])
        cut = dataclasses.replace(at_sea, area=land[i] if land[i] is not None else area)
        fusion = Fusion(
            area,
            point if covered[i] else centre_of(area),
            _OWN_POINT if covered[i] else _CENTRE_POINT,
            (Verdict(own, True, 0.0), Verdict(cut, True, 0.0)),
        )
        falls[i] = placer._result(fusion, own, placed)
    done = sorted(falls)
    if not done:
        return out
    ends = np.array([[falls[i].point.lon, falls[i].point.lat] for i in done])
    widths = np.array([rows[i].scenario.corridor_width_m for i in done])
    tracks, corridors = _tracks_and_corridors(origins[done], ends, widths)
    bounds = np.concatenate([shapely.bounds(corridors), shapely.bounds(sectors[done])], axis=1)
    fits = (
        (np.abs(bounds[:, [1, 3, 5, 7]]).max(axis=1) < BATCH_MAX_LAT)
        & (bounds[:, 2] - bounds[:, 0] < 180.0)
        & (bounds[:, 6] - bounds[:, 4] < 180.0)
        & shapely.is_valid(corridors)
        & shapely.is_valid(sectors[done])
    )
    shared: dict[tuple[str, ...], BaseGeometry] = {}
    for k, i in enumerate(done):
        if fits[k]:
            out[index[i]] = Prepared((falls[i],), tracks[k], corridors[k], shared)
    return out


def _not_failing(field: str, err: Exception) -> Exception:
    """The error of a placement in the batch: none is raised there (a row the batch cannot
    draw is built on its own), so this only hands the error back."""
    return err


def load_catalogue(
    path: str | Path, *, progress: Callable[[int, int, float], None] | None = None
) -> list[Event]:
    """Every row of a catalogue as an :class:`~layers.model.Event`, in file order.

    The whole catalogue is read and validated first (:func:`read_catalogue`), then each launch
    is built; ``progress(done, total, seconds)`` is called every 100 launches built. The
    geometry of the rows of a site, a direction and a range is computed for all of them at
    once (see :func:`_prepare`), the same as each would be built on its own.
    """
    scenarios = read_catalogue(path)
    events = []
    start = time.perf_counter()
    prepared = _prepare(scenarios)
    for n, (scenario, ahead) in enumerate(zip(scenarios, prepared, strict=True), 1):
        events.append(build_event(scenario) if ahead is None else build_prepared(scenario, ahead))
        if progress is not None and n % 100 == 0:
            progress(n, len(scenarios), time.perf_counter() - start)
    return events


#: Drawing order of kinds on a catalogue map, bottom to top.
KIND_ORDER = [
    Kind.SEA_AREA,
    Kind.LAUNCH_AREA,
    Kind.ALERT_ZONE,
    Kind.HAZARD_AREA,
    Kind.RANGE_RING,
    Kind.CORRIDOR,
    Kind.TRACK,
    Kind.GATE,
    Kind.FALL_AREA,
    Kind.WAYPOINT,
    Kind.LAUNCH_SITE,
    Kind.REFERENCE,
]


def _merge_alerts(features: list[Feature]) -> list[Feature]:
    same: dict[bytes, list[Feature]] = {}
    for f in features:
        same.setdefault(f.geometry.wkb, []).append(f)
    merged = []
    for fs in same.values():
        if len(fs) == 1:
            merged.append(fs[0])
            continue
        first = fs[0]
        targets = ", ".join(first.targets) or first.name
        merged.append(
            dataclasses.replace(
                first,
                name=f"J-Alert: {targets} ({len(fs)} launches)",
                times=(),
                sources=tuple(dict.fromkeys(s for f in fs for s in f.sources)),
                notes=tuple(f.name for f in fs),
            )
        )
    return merged


def by_year(events: Sequence[Event], *, title: str = "") -> Event:
    """All events on one map, one layer per year and kind (a layer group per year)."""
    groups: dict[tuple[str, Kind], list[Feature]] = {}
    for e in events:
        for layer in e.layers:
            for f in layer.features:
                groups.setdefault((e.date[:4], layer.kind), []).append(
                    dataclasses.replace(f, id=f"{e.id}/{f.id}", name=f"{e.id}: {f.name}")
                )
    # the same alert zone for many launches of a year is drawn once, naming its launches
    for (year, kind), features in groups.items():
        if kind is Kind.ALERT_ZONE:
            groups[(year, kind)] = _merge_alerts(features)
    layers = tuple(
        Layer(f"{year} · {kind.label}", kind, tuple(features), group=year)
        for (year, kind), features in sorted(
            groups.items(), key=lambda kv: (kv[0][0], KIND_ORDER.index(kv[0][1]))
        )
    )
    years = sorted({e.date[:4] for e in events})
    zones = {e.timezone for e in events}
    return Event(
        id=f"catalogue-{years[0]}-{years[-1]}",
        title=title or f"{len(events)} launches, {years[0]}–{years[-1]}",
        date=f"{min(e.date for e in events)} to {max(e.date for e in events)}",
        layers=layers,
        # one zone when every launch gave its time in the same one; else UTC
        timezone=zones.pop()
        if len(zones := {e.timezone for e in events}) == 1
        else DEFAULT_TIMEZONE,
        mentions=tuple(m for e in events for m in e.mentions),
    )
