"""A catalogue of launches: one row per event, as CSV or GeoParquet.

Columns (a header row names them; order is free; unknown columns are an error):

============  ==========================================================================
``date``      ISO 8601 date of the launch, required
``time``      launch time with offset (``2017-08-29T05:58:00+09:00``), optional
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
rules as a scenario file; errors name the file, the line and the column.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from alertmap.geo.coords import GeoError, parse_position
from alertmap.layers.build import build_event
from alertmap.layers.errors import ScenarioError
from alertmap.layers.export import KIND_LABELS
from alertmap.layers.model import Basis, Event, Feature, Kind, Layer, Source
from alertmap.layers.scenario import (
    DEFAULT_FALL_LAYER,
    AlertSpec,
    FallSpec,
    ItemSpec,
    PositionSpec,
    Scenario,
    SiteSpec,
    WaypointSpec,
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


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; GeoParquet needs geopandas (and pyarrow)."""
    if path.suffix.lower() in (".parquet", ".geoparquet"):
        try:
            import geopandas as gpd
        except ImportError:  # pragma: no cover - geopandas is a dependency
            raise ScenarioError(f"{path}: reading GeoParquet needs geopandas") from None
        try:
            frame = gpd.read_parquet(path)
        except Exception as err:
            raise ScenarioError(
                f"{path}: cannot read: expected a GeoParquet file ({err.__class__.__name__})"
            ) from None
        frame = frame.drop(columns=[c for c in frame.columns if c == frame.geometry.name])
        records = frame.astype(str).replace({"nan": "", "None": ""}).to_dict("records")
        return [(i + 1, {str(k): str(v) for k, v in r.items()}) for i, r in enumerate(records)]
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ScenarioError(
            f"{path}: cannot read: expected a UTF-8 CSV file ({err.__class__.__name__})"
        ) from None
    reader = csv.DictReader(text.splitlines())
    header = set(reader.fieldnames or ())
    unknown = header - COLUMNS
    if unknown:
        raise ScenarioError(
            f"{path}: line 1: unexpected column(s) {', '.join(sorted(unknown))}: expected "
            + ", ".join(sorted(COLUMNS))
        )
    missing = REQUIRED - header
    if missing:
        raise ScenarioError(f"{path}: line 1: missing column(s) {', '.join(sorted(missing))}")
    return [(reader.line_num, {k: (v or "").strip() for k, v in row.items()}) for row in reader]


def _where(text: str, field: str) -> PositionSpec:
    """A gazetteer name, or coordinates such as ``39-13N 125-40E``."""
    try:
        return PositionSpec(field=field, position=parse_position(text))
    except GeoError:
        return PositionSpec(field=field, at=text)


def _row_scenario(path: Path, line: int, row: dict[str, str], ids: dict[str, int]) -> Scenario:
    def fail(column: str, expected: str) -> ScenarioError:
        return ScenarioError(
            f"{path}: line {line}: {column}: expected {expected}, got {row.get(column, '')!r}"
        )

    try:
        date = dt.date.fromisoformat(row["date"]).isoformat()
    except ValueError:
        raise fail("date", "an ISO 8601 date such as 2017-08-29") from None
    time = None
    if row.get("time"):
        try:
            time = dt.datetime.fromisoformat(row["time"])
        except ValueError:
            time = None
        if time is None or time.tzinfo is None:
            raise fail("time", "an ISO 8601 date-time with offset, e.g. 2017-08-29T05:58:00+09:00")
    try:
        range_m = float(row["range_km"]) * 1000.0
    except ValueError:
        raise fail("range_km", "a number of km") from None
    if not 0 < range_m <= 20_000_000:
        raise fail("range_km", "a number of km, 0-20000")
    waypoints = [w.strip() for w in row.get("waypoints", "").split(";") if w.strip()]
    if not row.get("direction") and not waypoints:
        raise fail("direction", "a compass point or degrees (or waypoints)")
    bearing = None
    if row.get("direction"):
        try:
            bearing = parse_bearing(row["direction"])
        except ValueError:
            raise fail("direction", "a compass point (N, NNE, ... NNW) or degrees 0-360") from None
    if not row.get("site"):
        raise fail("site", "a launch site name or position")
    if not row.get("source"):
        raise fail("source", "who reported the launch")

    base = row.get("id") or date
    ids[base] = ids.get(base, 0) + 1
    event_id = base if ids[base] == 1 else f"{base}-{ids[base]}"
    source = Source(row["source"], date, url=row.get("source_url") or None, id="row")
    field = f"line {line}"

    def item(name: str, basis: Basis = Basis.REPORTED, reported: str = "") -> ItemSpec:
        return ItemSpec(
            field=field, name=name, sources=(source,), basis=basis, reported=reported, notes=()
        )

    launch = SiteSpec(
        item(f"Launch site: {row['site']}"), _where(row["site"], f"{field}: site"), time
    )
    wps = tuple(
        WaypointSpec(item(f"Passed {w}"), _where(w, f"{field}: waypoints"), None) for w in waypoints
    )
    reported = f"range about {range_m / 1000:g} km" + (
        f", direction {row['direction']}" if row.get("direction") else ""
    )
    if bearing is not None:
        fall_where = PositionSpec(
            field=f"{field}: range_km",
            origin=row["site"],
            distance_m=range_m,
            bearing_deg=bearing[0],
            bearing_text=bearing[1],
            about=True,
        )
    else:
        fall_where = _where(waypoints[-1], f"{field}: waypoints")
    fall = FallSpec(
        item("Fall area (from the reported range)", reported=reported),
        fall_where,
        None,
        DEFAULT_FALL_LAYER,
        "fall",
        True,
    )
    alerts = tuple(
        AlertSpec(item(f"J-Alert: {a}"), (a,), None, None, "")
        for a in (x.strip() for x in row.get("alerts", "").split(";"))
        if a
    )
    return Scenario(
        path=str(path),
        id=event_id,
        title=row.get("title") or f"Launch from {row['site']}, {date}",
        date=date,
        timezone="+00:00",
        summary="",
        notes=(),
        sources={"row": source},
        launch=launch,
        sites=(),
        waypoints=wps,
        corridor_width_m=100_000.0,
        falls=(fall,),
        hazards=(),
        alerts=alerts,
        seas=(),
        rings=(),
        statements=(),
    )


#: The highest zoom of a map of a whole catalogue: a region, not a street (1 px ~ 1.2 km).
CATALOGUE_MAX_ZOOM = 7


def load_catalogue(
    path: str | Path, *, progress: Callable[[int, int, float], None] | None = None
) -> list[Event]:
    """Every row of a catalogue as an :class:`~layers.model.Event`, in file order.

    ``progress(done, total, seconds)`` is called every 100 rows.
    """
    file = Path(path)
    ids: dict[str, int] = {}
    events = []
    rows = _rows(file)
    start = time.perf_counter()
    for n, (line, row) in enumerate(rows, 1):
        events.append(build_event(_row_scenario(file, line, row, ids)))
        if progress is not None and n % 100 == 0:
            progress(n, len(rows), time.perf_counter() - start)
    if not events:
        raise ScenarioError(f"{file}: expected at least one row of launches, got none")
    return events


#: Drawing order of kinds on a catalogue map, bottom to top.
KIND_ORDER = [
    Kind.SEA_AREA,
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
        Layer(f"{year} · {KIND_LABELS[kind]}", kind, tuple(features), group=year)
        for (year, kind), features in sorted(
            groups.items(), key=lambda kv: (kv[0][0], KIND_ORDER.index(kv[0][1]))
        )
    )
    years = sorted({e.date[:4] for e in events})
    return Event(
        id=f"catalogue-{years[0]}-{years[-1]}",
        title=title or f"{len(events)} launches, {years[0]}–{years[-1]}",
        date=f"{min(e.date for e in events)} to {max(e.date for e in events)}",
        layers=layers,
        timezone="+00:00",
    )
