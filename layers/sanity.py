"""Sanity checks: is what is drawn possible, given what the reports say?

* **Track over unreported land**: the drawn track crosses the land of a country that no report
  mentions. Land is the bundled Natural Earth countries (``layers/data/countries.geojson``,
  islands included). A country is *mentioned* when any :class:`~layers.model.Mention` of the
  event lies in it: the launch site (always), a place, region or coordinate that a launch site,
  waypoint, fall, hazard area or predicted fall is given ``at``, ``from`` or ``between``, a
  J-Alert target, or a statement's ``places``. A point belongs to the country whose land holds
  it, else to the nearest within :data:`MENTION_SLACK_M` (a rock or islet the outlines leave
  out); an area (a peninsula, a prefecture) to every country holding at least
  :data:`REGION_SHARE` of it. Names are resolved with the gazetteer; prose is never searched.
* **Fall on land**: a fall's best position (:attr:`~layers.model.Feature.position`, else a point
  inside its area) is on land; with the country and the distance to the nearest coast.
* **Fall outside its sea**: a report names the sea a fall came down in (``sea``) and the fall's
  position is not in that sea's Natural Earth polygon; with the distance to it.
* **Fall beyond the reported range**: the geodesic distance from the launch site to the fall
  exceeds the reported range (the fall's ``range_km``, else the flight's ``[launch] range_km``)
  by more than its precision: a reported range is "about", ± :data:`RANGE_PRECISION`.

Distances are geodesic (WGS84).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat
from alertmap.geo.corridor import distance_m
from alertmap.geo.geodesic import inverse
from alertmap.layers.basemap import countries_touching, load_basemap
from alertmap.layers.model import Feature, Mention

#: A mentioned point off every outline belongs to the nearest country within this distance.
MENTION_SLACK_M = 25_000.0
#: A mentioned area names each country holding at least this share of it.
REGION_SHARE = 0.05
#: The precision of a reported range: "about", as for every reported distance.
RANGE_PRECISION = 0.10


@dataclass(frozen=True, slots=True)
class UnreportedLand:
    """The track crosses the land of ``country``, which no report mentions."""

    country: str
    track_over_km: float


@dataclass(frozen=True, slots=True)
class FallOnLand:
    """A fall's position is on the land of ``country``, ``coast_km`` from the nearest coast."""

    fall: str
    country: str
    coast_km: float


@dataclass(frozen=True, slots=True)
class FallSeaCheck:
    """A fall against the sea a report says it fell in."""

    fall: str
    sea: str
    inside: bool
    distance_km: float


@dataclass(frozen=True, slots=True)
class FallRangeCheck:
    """A fall's distance from the launch site against a reported range."""

    fall: str
    reported_km: float
    #: The range reported for the whole flight (``[launch] range_km``), not for this fall.
    of_flight: bool
    distance_km: float
    #: Farther than the reported range and its precision allow.
    beyond: bool


def _bounds_around(geometry: BaseGeometry, margin_deg: float) -> tuple[float, float, float, float]:
    minx, miny, maxx, maxy = geometry.bounds
    return (
        minx - margin_deg,
        max(miny - margin_deg, -90.0),
        maxx + margin_deg,
        min(maxy + margin_deg, 90.0),
    )


def countries_of(geometry: BaseGeometry) -> set[str]:
    """The countries a mentioned place or region lies in (see the module's rules).

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> sorted(countries_of(Point(130.5, 32.0)))          # on Kyushu
    ['Japan']
    >>> countries_of(Point(125.18, 32.12))                # Ieodo: a submerged rock
    set()
    """
    if geometry.geom_type in ("Polygon", "MultiPolygon") and geometry.area > 0:
        return {
            name
            for name, land in countries_touching(geometry)
            # the outline cut to the region's box first: a country's whole outline is large
            if shapely.clip_by_rect(land, *geometry.bounds).intersection(geometry).area
            >= REGION_SHARE * geometry.area
        }
    point = geometry.representative_point()
    holding = {name for name, land in countries_touching(point) if land.contains(point)}
    if holding:
        return holding
    basemap = load_basemap(_bounds_around(point, 1.0))
    where = LonLat.wrapped(point.x, point.y)
    near = [(distance_m(where, land), name) for name, land in basemap.countries]
    near = [x for x in near if x[0] <= MENTION_SLACK_M]
    return {min(near)[1]} if near else set()


def mentioned_countries(mentions: Iterable[Mention], among: set[str] | None = None) -> set[str]:
    """Every country some report mentions; with ``among``, only those of them, and the search
    stops once every one is found (the launch site alone usually settles it)."""
    out: set[str] = set()
    # a region named by several reports (the Korean Peninsula, three times) is looked up once
    for geometry in {m.geometry.wkb: m.geometry for m in mentions}.values():
        out |= countries_of(geometry)
        if among is not None and among <= out:
            break
    return out if among is None else out & among


def unreported_land(
    over_land_km: Iterable[tuple[str, float]], mentioned: set[str]
) -> tuple[UnreportedLand, ...]:
    """The countries the track crosses (``(country, km of track over it)``) that no report
    mentions."""
    return tuple(
        UnreportedLand(name, km) for name, km in over_land_km if km > 0 and name not in mentioned
    )


def fall_on_land(fall: Feature, position: LonLat) -> FallOnLand | None:
    """The country whose land holds the fall's position and the distance to the nearest coast,
    or None when the position is at sea.

    The coast is the edge of the land of every country together (borders between countries are
    not coasts), read in a window around the position that grows until the coast found is
    nearer than the window's edge.
    """
    point = Point(position.lon, position.lat)
    for margin in (2.0, 8.0, 30.0, 180.0):
        window = shapely.box(*_bounds_around(point, margin))
        basemap = load_basemap(window.bounds)
        holding = [name for name, land in basemap.countries if land.contains(point)]
        if not holding:
            return None
        land = shapely.union_all([g for _, g in basemap.countries])
        piece = next((p for p in shapely.get_parts(land) if p.contains(point)), land)
        coast = shapely.intersection(piece.boundary, window.buffer(-1e-9))
        coast_m = distance_m(position, coast) if not coast.is_empty else float("inf")
        if coast_m <= distance_m(position, window.exterior) or margin == 180.0:
            return FallOnLand(fall.name, holding[0], round(coast_m / 1000, 1))
    return None  # pragma: no cover - the last window is the world


def fall_sea(fall: Feature, position: LonLat, sea: BaseGeometry) -> FallSeaCheck:
    """The fall's position against the outline of the sea a report says it fell in."""
    inside = bool(sea.contains(Point(position.lon, position.lat)))
    far = 0.0 if inside else distance_m(position, sea) / 1000
    return FallSeaCheck(fall.name, fall.sea, inside, round(far, 1))


def fall_range(fall: Feature, position: LonLat) -> FallRangeCheck | None:
    """The fall's geodesic distance from the launch site against its reported range, if any.

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> from alertmap.layers.model import Kind, ReportedRange
    >>> launch = LonLat(124.705, 39.66)
    >>> f = Feature("Fall", Kind.FALL_AREA, Point(128.6, 14.5),
    ...             reported_range=ReportedRange(launch, 2_300_000.0, of_flight=True))
    >>> check = fall_range(f, LonLat(128.6, 14.5))
    >>> check.distance_km, check.beyond
    (2814.0, True)
    """
    reported = fall.reported_range
    if reported is None:
        return None
    _, _, metres = inverse(reported.launch, position)
    return FallRangeCheck(
        fall=fall.name,
        reported_km=round(reported.distance_m / 1000, 1),
        of_flight=reported.of_flight,
        distance_km=round(metres / 1000, 1),
        beyond=metres > reported.distance_m * (1.0 + RANGE_PRECISION),
    )
