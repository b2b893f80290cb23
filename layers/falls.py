"""Falls from their reports: each report's words become constraints, fused into one area.

The rules, in the order they are applied to a fall (see :mod:`layers.fusion` for how
constraints combine):

1. **Its own position** (the ``[[falls]]`` table's ``at``/``from``/``position``/``between``):

   * "about D km BEARING of a place": the annular sector D ± 10 %, BEARING ± its precision
     (:func:`layers.placement.bearing_tolerance`), with the point D on BEARING as its own
     position; without "about", that point;
   * "about D km BEARING of a region" (a peninsula, a country, a prefecture, an island
     group): the band of points D ± 10 % from the region whose nearest point of the region
     lies the opposite way, BEARING ± its precision, along every coast that faces that way
     (:func:`geo.bands.region_band`); without "about", D ± 2 %;
   * "about D km from a place or region", no direction said (``from`` + ``distance_km``
     without ``bearing``): the ring D ± 10 % around the place, or the band D ± 10 % from the
     region's coast all round it (± 2 % without "about"); a second distance from another
     place, as a further report, leaves where the two meet ("男鹿半島から約700キロ、隠岐諸島
     から約400キロ");
   * ``at`` a region or sea: that area (an island group or a sea is its outline);
   * ``at`` a place, a ``position``, ``between`` two places: that point, as reported.

2. **What each report says besides** (its ``sea``, ``range_km``, ``direction``, ``inside``,
   ``outside``; then each ``[[falls.reports]]`` in turn with its own position too):
   the sea's outline ("the Pacific" is Natural Earth's North Pacific Ocean with the
   Philippine Sea, which Japan's reports also call the Pacific); the ring D ± 10 % around the
   launch site; the wedge of azimuths from the launch site; inside or outside a notified
   area ("notified areas": all of them), Japan's EEZ, or a region or sea.

3. **At sea**: a fall placed relative to a place or region fell at sea (a fall on land is
   reported by naming where): the land of the bundled Natural Earth coastline is cut out.

4. **The track's last passage**, for the fall that ends the track: a missile or rocket flies
   close to a great circle after its last manoeuvre, so the fall lies on the azimuths from the
   launch site through the last reported waypoint (through either end of a "between" gate),
   ± 5°.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.errors import GEOSException
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from alertmap.geo.bands import flight_wedge, range_ring, region_band
from alertmap.geo.coords import GeoError, LonLat
from alertmap.geo.corridor import nearest_point
from alertmap.geo.geodesic import check_distance, circle, inverse, inverse_many
from alertmap.layers import placement
from alertmap.layers.basemap import load_basemap
from alertmap.layers.eez import EEZ, find_eez
from alertmap.layers.errors import LayersError
from alertmap.layers.fusion import Constraint, Fusion, Relation, fuse
from alertmap.layers.gazetteer import OCEAN_PARTS, Gazetteer, Place, Region
from alertmap.layers.model import Feature, ReportConstraint, Source
from alertmap.layers.placement import ABOUT_FRACTION, Placed, bearing_tolerance
from alertmap.layers.scenario import FallSpec, PositionSpec, ReportSpec

__all__ = ["FallPlacer", "Passage", "PlacedFall", "area_of"]

#: Relative precision of a distance from a region's edge reported without "about".
EXACT_FRACTION = 0.02
#: Margin of the wedge of azimuths through the track's last passage, degrees.
PASSAGE_MARGIN_DEG = 5.0
#: Radius of the disc that stands for a point reported exactly, metres.
POINT_RADIUS_M = 1_000.0
#: How far the approximate EEZ's edge may be off, metres (coastline for baselines,
#: simplification): within this of it, inside or outside cannot be decided.
EEZ_MARGIN_M = 25_000.0
#: Where the land cut out of a fall's area comes from.
COASTLINE = Source(
    "Natural Earth 10m admin-0 countries, version 5.1.1 (public domain; the bundled basemap)",
    "2023",
    "https://www.naturalearthdata.com/",
)
#: Words that mean every notified hazard area.
NOTIFIED_AREAS = frozenset(
    {"notified areas", "notified area", "the notified areas", "hazard areas"}
)


@dataclass(frozen=True, slots=True)
class Passage:
    """The track's last reported passage: a gate's two ends, or one point, and its source."""

    ends: tuple[LonLat, ...]
    name: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class PlacedFall:
    """A fall's drawn geometry, its best point, how it was placed, and its constraints."""

    geometry: BaseGeometry
    point: LonLat
    approximate: bool
    method: str
    anchor: LonLat | None
    constraints: tuple[ReportConstraint, ...]
    #: Areas of the reports set aside (no common area with the others), to draw apart.
    set_aside: tuple[tuple[ReportConstraint, BaseGeometry], ...] = ()
    #: For a fall reported "between" two places: the gate.
    gate: BaseGeometry | None = None


def _distance_band(where: PositionSpec) -> tuple[float, float, float]:
    """A reported distance from a region's coast or a place, and the band it stands for,
    metres: D ± 10 % with "about", ± 2 % without."""
    assert where.distance_m is not None
    d = check_distance(where.distance_m)
    fraction = ABOUT_FRACTION if where.about else EXACT_FRACTION
    return d, (1 - fraction) * d, min((1 + fraction) * d, placement.MAX_REACH_M)


def _km(metres: float) -> str:
    return f"{metres / 1000:,.0f}"


def area_of(region: Region) -> BaseGeometry:
    """What a region named as the place of a fall or a passage covers: an island group its
    islands' envelope (the sea between them included), any other region its outline.

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> g = load_gazetteer()
    >>> sakishima = g.region("Sakishima Islands")
    >>> area_of(sakishima).area > 10 * sakishima.geometry.area  # the sea between them too
    True
    """
    if region.kind == "island group":
        return shapely.convex_hull(region.geometry)
    return region.geometry


class FallPlacer:
    """Builds and fuses the constraints of each fall of one scenario."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        launch: LonLat | None,
        hazards: Sequence[Feature],
        passage: Passage | None,
        fail: Callable[[str, Exception], Exception],
        origin: Callable[[str, str], Place | Region],
    ) -> None:
        self.g = gazetteer
        self.origin = origin
        self.launch = launch
        self.hazards = hazards
        self.passage = passage
        self.fail = fail

    @contextlib.contextmanager
    def guard(self, field: str) -> Iterator[None]:
        """A geometry error (`GeoError`, or GEOS's on a degenerate area) raised while ``field``
        is placed, as the error ``fail`` makes of it (naming the file and ``field``)."""
        try:
            yield
        except (GeoError, GEOSException) as err:
            raise self.fail(field, err) from None

    # ------------------------------------------------------------------ the fall's own report
    def own(self, where: PositionSpec, sources: tuple[Source, ...]) -> tuple[Constraint, Placed]:
        """The constraint of a position report, and its placement (point, anchor, method)."""
        if where.origin is not None and where.distance_m is not None:
            origin = self._thing(where.origin, where.field)
            if where.bearing_deg is None:
                return self._around(origin, where, sources)
            if isinstance(origin, Region):
                return self._from_region(origin, where, sources)
            placed = placement.from_point(
                origin.position,
                where.distance_m,
                where.bearing_deg,
                about=where.about,
                bearing_text=f"{where.bearing_text} of {origin.name}",
            )
            words = placed.method.removesuffix(" from the place")
            if placed.area is not None:
                return Constraint(
                    words, placed.area, sources, nominal=placed.point, position=True
                ), placed
            return self._point(words, placed, sources)
        if where.at is not None:
            thing = self._thing(where.at, where.field)
            if isinstance(thing, Region):
                area = area_of(thing)
                words = f"in {thing.name}" + (
                    " (the envelope of its islands)" if thing.kind == "island group" else ""
                )
                placed = Placed(LonLat(0.0, 0.0), area, None, f"the area of {thing.name}")
                return Constraint(words, area, sources, position=True), placed
            placed = Placed(thing.position, None, None, f"gazetteer: {thing.name}")
            return self._point(f"at {thing.name}", placed, sources)
        if where.between is not None:
            a, b = (self._geometry(n, where.field) for n in where.between)
            placed = placement.between(a, b, fraction=where.fraction, names=where.between)
            return self._point(
                f"between {where.between[0]} and {where.between[1]}", placed, sources
            )
        assert where.position is not None
        placed = Placed(where.position, None, None, "position as given")
        return self._point(
            f"at {where.position.lat:.3f}, {where.position.lon:.3f}", placed, sources
        )

    def _point(
        self, words: str, placed: Placed, sources: tuple[Source, ...]
    ) -> tuple[Constraint, Placed]:
        disc = circle(placed.point, POINT_RADIUS_M, max_deviation_m=50.0)
        return Constraint(words, disc, sources, nominal=placed.point, position=True), placed

    def _from_region(
        self, region: Region, where: PositionSpec, sources: tuple[Source, ...]
    ) -> tuple[Constraint, Placed]:
        assert where.bearing_deg is not None
        d, lo, hi = _distance_band(where)
        tol = bearing_tolerance(where.bearing_text)
        try:
            band = region_band(region.geometry, lo, hi, where.bearing_deg, tol)
        except GeoError as err:
            raise self.fail(where.field, err) from None
        words = (
            f"{'about ' if where.about else ''}{_km(d)} km {where.bearing_text} of {region.name}: "
            f"{_km(lo)}-{_km(hi)} km from its coast, seen from the nearest coast at "
            f"{(where.bearing_deg - tol) % 360:g}-{(where.bearing_deg + tol) % 360:g}°"
        )
        if band.is_empty:
            raise self.fail(
                where.field,
                GeoError(
                    f"expected a direction in which {region.name} has a coast; no point is "
                    f"{_km(lo)}-{_km(hi)} km {where.bearing_text} of it"
                ),
            )
        placed = Placed(LonLat(0.0, 0.0), band, None, f"{words} (band along the coast)")
        return Constraint(words, band, sources, position=True), placed

    def _around(
        self, origin: Place | Region, where: PositionSpec, sources: tuple[Source, ...]
    ) -> tuple[Constraint, Placed]:
        """ "About D km from X" in no direction said: the ring D ± 10 % around a place, or the
        band D ± 10 % from a region's coast all round it (± 2 % without "about"). Alone it
        leaves an arc; a second distance from another place (a further report) cuts it to
        where the two meet."""
        d, lo, hi = _distance_band(where)
        about = "about " if where.about else ""
        if isinstance(origin, Region):
            try:
                area = region_band(origin.geometry, lo, hi, 0.0, 180.0)
            except GeoError as err:
                raise self.fail(where.field, err) from None
            words = (
                f"{about}{_km(d)} km from {origin.name}, no direction given: "
                f"{_km(lo)}-{_km(hi)} km from its coast, all round"
            )
            return Constraint(words, area, sources, position=True), Placed(
                LonLat(0.0, 0.0), area, None, f"{words} (band along the coast)"
            )
        area = range_ring(origin.position, lo, hi)
        words = (
            f"{about}{_km(d)} km from {origin.name}, no direction given: "
            f"{_km(lo)}-{_km(hi)} km from it, all round"
        )
        return Constraint(words, area, sources, position=True), Placed(
            LonLat(0.0, 0.0), area, origin.position, f"{words} (a ring around the place)"
        )

    # ------------------------------------------------------------------ other constraints
    def report_constraints(self, report: ReportSpec, reach_m: float) -> list[Constraint]:
        """Everything but the position a report says, as constraints."""
        out: list[Constraint] = []
        src = report.sources
        if report.sea:
            out.append(self._sea(report.sea, f"{report.field}.sea", src))
        if (report.range_m is not None or report.direction is not None) and self.launch is None:
            raise self.fail(
                report.field, ValueError("expected a launch site for a range or direction")
            )
        if report.range_m is not None:
            assert self.launch is not None
            r = report.range_m
            lo, hi = placement.about_range(r)
            words = f"about {_km(r)} km from the launch site: {_km(lo)}-{_km(hi)} km"
            out.append(Constraint(words, range_ring(self.launch, lo, hi), src))
        if report.direction is not None:
            az, wording = report.direction
            tol = bearing_tolerance(wording)
            words = (
                f"flew {wording} from the launch site: azimuth "
                f"{(az - tol) % 360:g}-{(az + tol) % 360:g}°"
            )
            out.append(self._wedge(words, az - tol, az + tol, reach_m, report.field, src))
        for name in report.inside:
            out.append(self._named(name, Relation.INSIDE, f"{report.field}.inside", src))
        for name in report.outside:
            out.append(self._named(name, Relation.OUTSIDE, f"{report.field}.outside", src))
        return out

    def _wedge(
        self, words: str, a: float, b: float, reach_m: float, field: str, src: tuple[Source, ...]
    ) -> Constraint:
        assert self.launch is not None
        try:
            return Constraint(words, flight_wedge(self.launch, a, b, reach_m), src)
        except GeoError as err:
            raise self.fail(field, err) from None

    def _sea(self, name: str, field: str, src: tuple[Source, ...]) -> Constraint:
        try:
            sea = self.g.sea(name)
        except LayersError as err:
            raise self.fail(field, err) from None
        area = self.g.sea_outline(name)
        parts = OCEAN_PARTS.get(sea.name, ())
        if area.geom_type not in ("Polygon", "MultiPolygon"):
            raise self.fail(
                field,
                ValueError(
                    f"expected a sea with an outline; {sea.name} is a label point only "
                    "(name the sea or ocean around it)"
                ),
            )
        also = f" (with the {', '.join(parts)})" if parts else ""
        return Constraint(f"in the {sea.name}{also}", area, src)

    def _named(
        self, name: str, relation: Relation, field: str, src: tuple[Source, ...]
    ) -> Constraint:
        """Inside or outside a notified area, the EEZ, or a gazetteer area."""
        verb = relation.value
        if name.strip().lower() in NOTIFIED_AREAS:
            if not self.hazards:
                raise self.fail(field, ValueError("expected [[hazard_areas]] for 'notified areas'"))
            approx = any(h.approximate for h in self.hazards)
            area = shapely.union_all([h.geometry for h in self.hazards])
            label = "the notified areas" + (" (drawn approximately)" if approx else "")
            return self._relation(f"{verb} {label}", area, relation, src, approx, math.inf, name)
        for h in self.hazards:
            if h.name == name:
                label = h.name + (" (drawn approximately)" if h.approximate else "")
                return self._relation(
                    f"{verb} {label}", h.geometry, relation, src, h.approximate, math.inf, name
                )
        eez = find_zone(name)
        if eez is not None:
            return self._relation(
                f"{verb} {eez.name} (approximate zone)",
                eez.geometry,
                relation,
                src,
                True,
                EEZ_MARGIN_M,
                eez.name,
            )
        try:
            region = self.g.region(name)
        except LayersError as err:
            raise self.fail(
                field,
                ValueError(
                    f"expected 'notified areas', a hazard area's name, 'Japan EEZ' or a "
                    f"region or sea: {err}"
                ),
            ) from None
        return self._relation(
            f"{verb} {region.name}", region.geometry, relation, src, False, 0.0, region.name
        )

    @staticmethod
    def _relation(
        words: str,
        area: BaseGeometry,
        relation: Relation,
        src: tuple[Source, ...],
        approximate: bool,
        margin: float,
        name: str,
    ) -> Constraint:
        return Constraint(
            words,
            area,
            src,
            relation=relation,
            approximate=approximate,
            margin_m=margin,
            label=name,
        )

    def _at_sea(self, area: BaseGeometry) -> Constraint:
        """A fall reported relative to a place fell at sea: the land of the bundled coastline
        near its own area is cut out (a fall on land is reported by naming where)."""
        x0, y0, x1, y1 = area.bounds
        # an area that holds a pole is 360 degrees wide already
        bounds = (
            x0 - 1.0,
            max(y0 - 1.0, -89.0),
            min(x1 + 1.0, x0 - 1.0 + 360.0),
            min(y1 + 1.0, 89.0),
        )
        land = shapely.union_all([g for _, g in load_basemap(bounds).countries])
        return Constraint(
            "at sea: the land of the Natural Earth coastline is cut out",
            land,
            (COASTLINE,),
            relation=Relation.OUTSIDE,
            label="land",
        )

    def passage_constraint(self, reach_m: float) -> Constraint | None:
        """The wedge of azimuths through the track's last passage (rule 3)."""
        if self.passage is None or self.launch is None:
            return None
        az = np.array([inverse(self.launch, end)[0] % 360.0 for end in self.passage.ends])
        # the narrowest clockwise span holding every azimuth
        base = float(az[0])
        rel = (az - base + 180.0) % 360.0 - 180.0
        a, b = (
            base + float(rel.min()) - PASSAGE_MARGIN_DEG,
            base + float(rel.max()) + PASSAGE_MARGIN_DEG,
        )
        words = (
            f"beyond the last reported passage ({self.passage.name}), on the azimuths from the "
            f"launch site through it ± {PASSAGE_MARGIN_DEG:g}°: {a % 360:.0f}-{b % 360:.0f}°"
        )
        return self._wedge(words, a, b, reach_m, "track.waypoints", self.passage.sources)

    # ------------------------------------------------------------------ one fall
    def place(self, fall: FallSpec) -> PlacedFall:
        """The fall's constraints fused (module rules 1-4)."""
        first, *further = fall.reports or (
            ReportSpec(fall.item.field, fall.item.sources, where=fall.where),
        )
        with self.guard(fall.where.field):
            own, placed = self.own(fall.where, first.sources)
            reach = self._reach(own.area)
        with self.guard(first.field):
            constraints = [own, *self.report_constraints(first, reach)]
        for report in further:
            if report.where is not None:
                with self.guard(report.where.field):
                    constraints.append(self.own(report.where, report.sources)[0])
            with self.guard(report.field):
                constraints += self.report_constraints(report, reach)
        if fall.end_of_track:
            with self.guard("track.waypoints"):
                passage = self.passage_constraint(reach)
            if passage is not None:
                constraints.append(passage)
        with self.guard(fall.where.field):
            if fall.where.origin is not None:
                constraints.append(self._at_sea(own.area))
            reference = self.launch.lon if self.launch is not None else own.area.centroid.x
        # the reports are combined here: an area that cannot be computed is the fall's
        with self.guard(fall.item.field):
            fusion = fuse(constraints, reference_lon=reference)
        origin = fall.where.origin
        if origin is not None and placed.anchor is None:
            region = self._thing(origin, fall.where.field)
            if isinstance(region, Region):
                # measured from the coast point nearest the drawn point
                with self.guard(fall.where.field):
                    anchor = nearest_point(fusion.point, region.geometry)
                placed = dataclasses.replace(placed, anchor=anchor)
        return self._result(fusion, own, placed)

    def _reach(self, area: BaseGeometry) -> float:
        """How far from the launch site a wedge must reach to cover the fall's own area."""
        if self.launch is None:
            return 0.0
        xy = shapely.get_coordinates(area)
        n = len(xy)
        d = inverse_many(np.repeat([[self.launch.lon, self.launch.lat]], n, axis=0), xy)[2]
        return float(min(1.3 * d.max() + 500_000.0, 15_000_000.0))

    def _result(self, fusion: Fusion, own: Constraint, placed: Placed) -> PlacedFall:
        exact = placed.area is None
        verdicts = tuple(
            ReportConstraint(
                text=v.constraint.text,
                sources=v.constraint.sources,
                agrees=v.agrees,
                gap_km=v.gap_km,
                decided=v.decided,
                area=v.constraint.label,
                inside=v.constraint.relation is Relation.INSIDE,
            )
            for v in fusion.verdicts
        )
        set_aside = tuple(
            (rc, v.constraint.area)
            for rc, v in zip(verdicts, fusion.verdicts, strict=True)
            if not v.agrees and v.constraint.position
        )
        if exact:
            point = placed.point
            return PlacedFall(
                Point(point.lon, point.lat),
                point,
                False,
                placed.method,
                placed.anchor,
                verdicts,
                set_aside,
                placed.gate,
            )
        others = len(fusion.verdicts) - 1
        method = placed.method
        if others:
            agreeing = sum(v.agrees for v in fusion.verdicts[1:])
            method += (
                f"; narrowed by {agreeing} of {others} other constraint"
                f"{'s' if others > 1 else ''} (listed); point: {fusion.method}"
            )
        elif own.nominal is None:
            method += f"; point: {fusion.method}"
        return PlacedFall(
            fusion.area, fusion.point, True, method, placed.anchor, verdicts, set_aside
        )

    # ------------------------------------------------------------------ lookups
    def _thing(self, name: str, field: str) -> Place | Region:
        return self.origin(name, field)

    def _geometry(self, name: str, field: str) -> BaseGeometry:
        thing = self._thing(name, field)
        if isinstance(thing, Place):
            return Point(thing.position.lon, thing.position.lat)
        return thing.geometry


def find_zone(name: str) -> EEZ | None:
    """The EEZ called ``name``, or None when the name is not an EEZ's."""
    try:
        return find_eez(name)
    except LayersError:
        return None
