"""Every report about one object is a constraint; the object is drawn where they agree.

A fall can be described several times: "about 600 km east of the Philippines", "in the
Pacific", "outside the notified areas", "flew about 2,380 km", "launched southward". Each is a
:class:`Constraint`: the area where that report holds. :func:`fuse` intersects them, in the
order given (the fall's own report first), and:

* the drawn area is the intersection;
* the drawn point is the first report's own position if it has one and it lies in the
  intersection, else the centre of the intersection (its centroid, or where that falls
  outside it, the point farthest from the edge of the part nearest it; computed in metres);
  when a report
  was set aside, the point of the intersection nearest it instead (10 km inside its edge);
* a report whose area does not meet the others' intersection is set aside, not dropped: it is
  listed as disagreeing, with how far its area lies from the intersection, and the drawn area
  is that of the reports that agree.

Constraints are intersected in longitude/latitude, each moved next to one reference longitude
(:func:`alertmap.geo.bands.shift_near`), with their edges densified to a few kilometres, so a
planar intersection is exact to well under a kilometre.

Examples
--------
>>> from shapely.geometry import box
>>> a = Constraint("east half", box(130, 10, 132, 12))
>>> b = Constraint("north half", box(129, 11, 133, 13))
>>> c = Constraint("far away", box(140, 10, 141, 11))
>>> fused = fuse([a, b, c], reference_lon=130.0)
>>> fused.area.bounds
(130.0, 11.0, 132.0, 12.0)
>>> [(v.constraint.text, v.agrees, round(v.gap_km)) for v in fused.verdicts]
[('east half', True, 0), ('north half', True, 0), ('far away', False, 874)]
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, polylabel

from alertmap.geo.bands import shift_near
from alertmap.geo.coords import LonLat
from alertmap.geo.projection import from_local, to_local
from alertmap.layers.model import Source

__all__ = ["Constraint", "Fusion", "Relation", "Verdict", "fuse"]

#: An intersection smaller than this (square degrees, about 1 km²) is empty.
EMPTY_AREA_DEG2 = 1e-4
#: How far inside the agreeing area the point nearest a set-aside report is kept, metres.
INSET_M = 10_000.0
#: Precision of the centre of an area (the pole of inaccessibility), metres.
CENTRE_TOLERANCE_M = 500.0


class Relation(enum.Enum):
    """Whether the object lies inside the constraint's area or outside it."""

    INSIDE = "inside"
    OUTSIDE = "outside"


@dataclass(frozen=True, slots=True)
class Constraint:
    """One thing a report says about where an object is.

    Attributes
    ----------
    text
        What the report says and the precision read into it, e.g. "about 600 km E of the
        Philippines: 540-660 km from its coast, bearing 67.5-112.5°".
    area
        Where the report holds (``Relation.INSIDE``) or the area the object is said to be
        outside of (``Relation.OUTSIDE``), lon/lat degrees.
    sources
        Who said it.
    relation
        Inside or outside ``area``.
    nominal
        The report's own best position (the end of "D km on BEARING from a place"), if any.
    approximate
        ``area`` is itself approximate (a notified area drawn from a description, the
        approximate EEZ): near its edge, whether the object is inside cannot be decided.
    margin_m
        How far the edge of an approximate ``area`` may be off, metres.
    label
        The name of the area an inside/outside report names.
    """

    text: str
    area: BaseGeometry
    sources: tuple[Source, ...] = ()
    relation: Relation = Relation.INSIDE
    nominal: LonLat | None = None
    approximate: bool = False
    margin_m: float = 0.0
    #: For an inside/outside report: the name of the area, else ''.
    label: str = ""
    #: A position report: when set aside, drawn on its own (seas, rings and wedges are not).
    position: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    """How the drawn object fares against one constraint.

    ``agrees`` is False for a report set aside because it leaves no common area; ``gap_km``
    is then how far its area lies from the drawn area (for "outside": how far the drawn area
    reaches into it). ``decided`` is False when the drawn area is within the margin of an
    approximate area's edge.
    """

    constraint: Constraint
    agrees: bool
    gap_km: float
    decided: bool = True


@dataclass(frozen=True, slots=True)
class Fusion:
    """The object's drawn area and point, how the point was chosen, and each verdict."""

    area: BaseGeometry
    point: LonLat
    method: str
    verdicts: tuple[Verdict, ...]

    @property
    def disagreeing(self) -> tuple[Verdict, ...]:
        """The verdicts of the reports set aside."""
        return tuple(v for v in self.verdicts if not v.agrees)


def _apply(area: BaseGeometry | None, c: Constraint, region: BaseGeometry) -> BaseGeometry:
    if c.relation is Relation.OUTSIDE:
        if area is None:
            raise ValueError("fuse: the first constraint must say where the object is (inside)")
        return shapely.difference(area, region)
    return region if area is None else shapely.intersection(area, region)


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """Only the polygons of a geometry (an intersection can leave slivers of lines)."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry  # already polygonal: merging its parts again is slow on large seas
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def _empty(geometry: BaseGeometry) -> bool:
    return bool(geometry.is_empty or geometry.area < EMPTY_AREA_DEG2)


def _gap_km(area: BaseGeometry, point: LonLat, c: Constraint, region: BaseGeometry) -> float:
    """How far a set-aside constraint is from the drawn object: for "inside", the distance
    from the drawn area to the constraint's area; for "outside", how deep the drawn point
    lies in the excluded area."""
    rp = area.representative_point()
    centre = LonLat.wrapped(rp.x, rp.y)
    other = to_local(shapely.clip_by_rect(region, *_around(area.bounds, 40.0)), centre)
    if c.relation is Relation.OUTSIDE:
        here = to_local(Point(point.lon, point.lat), centre)
        return float(shapely.distance(here, shapely.boundary(other))) / 1000.0
    return float(shapely.distance(to_local(area, centre), other)) / 1000.0


def _around(bounds: tuple[float, float, float, float], margin: float) -> tuple[float, ...]:
    x0, y0, x1, y1 = bounds
    return (x0 - margin, max(y0 - margin, -89.9), x1 + margin, min(y1 + margin, 89.9))


def _decided(area: BaseGeometry, point: LonLat, c: Constraint) -> bool:
    """False when an approximate constraint's edge passes within its margin of the point."""
    if not c.approximate:
        return True
    centre = point
    edge = to_local(shapely.boundary(_polygonal(c.area)), centre)
    return bool(shapely.distance(Point(0.0, 0.0), edge) > c.margin_m)


def centre_of(area: BaseGeometry) -> LonLat:
    """The centre of an area, in metres: its centroid; where that falls outside it (a curved
    band, parts split by an excluded area), the point farthest from the edge of the part
    nearest the centroid.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> c = centre_of(box(130.0, 10.0, 132.0, 11.0))
    >>> round(c.lon, 1), round(c.lat, 1)
    (131.0, 10.5)
    """
    rp = area.representative_point()
    frame = LonLat.wrapped(rp.x, rp.y)
    local = to_local(area, frame)
    pole = local.centroid
    if not local.contains(pole):
        parts = shapely.get_parts(local)
        part = min(parts, key=lambda p: p.distance(pole))
        pole = polylabel(part, tolerance=CENTRE_TOLERANCE_M)
    back = from_local(pole, frame)
    return LonLat.wrapped(back.x, back.y)


def _nearest_to(area: BaseGeometry, other: BaseGeometry) -> LonLat:
    """The point of ``area`` nearest ``other``, found in metres around the area, kept
    ``INSET_M`` inside the area's edge where the area is wide enough."""
    rp = area.representative_point()
    frame = LonLat.wrapped(rp.x, rp.y)
    near = shapely.clip_by_rect(other, *_around(area.bounds, 30.0))
    local = to_local(area, frame)
    inset = shapely.buffer(local, -INSET_M)
    a, _ = nearest_points(local if inset.is_empty else inset, to_local(near, frame))
    back = from_local(a, frame)
    return LonLat.wrapped(back.x, back.y)


def fuse(constraints: Sequence[Constraint], *, reference_lon: float) -> Fusion:
    """Intersect the constraints in order, setting aside any that leaves no common area.

    Parameters
    ----------
    constraints : sequence of Constraint
        The object's reports, its own first; the first must be an ``INSIDE`` constraint.
    reference_lon : float
        Longitude the areas are moved next to (the launch site's).
    """
    regions = [shift_near(_polygonal(c.area), reference_lon) for c in constraints]
    area: BaseGeometry | None = None
    agrees: list[bool] = []
    for c, region in zip(constraints, regions, strict=True):
        if area is not None:
            # only the part of a large area (a sea, a ring) near the drawn area matters
            region = shapely.clip_by_rect(region, *_around(area.bounds, 0.5))
        candidate = _polygonal(_apply(area, c, region))
        if _empty(candidate):
            agrees.append(area is None)
            if area is None:
                area = region
            continue
        area = candidate
        agrees.append(True)
    assert area is not None
    first = constraints[0]
    if first.nominal is not None and area.covers(
        shift_near(Point(first.nominal.lon, first.nominal.lat), reference_lon)
    ):
        point = first.nominal
        method = "the first report's own position, which every agreeing report allows"
    else:
        aside = [
            r
            for c, r, ok in zip(constraints, regions, agrees, strict=True)
            if not ok and c.relation is Relation.INSIDE
        ]
        if aside:
            point = _nearest_to(area, shapely.union_all(aside))
            method = (
                "the point of the agreeing reports' area nearest the reports set aside "
                "(where the reports come closest to agreeing)"
            )
        else:
            point = centre_of(area)
            method = "the centre of the area where the agreeing reports overlap"
    verdicts = tuple(
        Verdict(
            c,
            ok,
            0.0 if ok else round(_gap_km(area, point, c, region), 1),
            decided=_decided(area, point, c),
        )
        for c, region, ok in zip(constraints, regions, agrees, strict=True)
    )
    return Fusion(area=area, point=point, method=method, verdicts=verdicts)
