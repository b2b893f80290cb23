"""Regenerate ``layers/data/eez.geojson`` (and its ``eez.wkb`` twin): an APPROXIMATE exclusive
economic zone of Japan, with the areas that depend on disputed islands as features of their own.

Run by hand from the repository root (it is not part of the installed package)::

    python tools/build_eez.py            # write layers/data/eez.geojson and eez.wkb
    python tools/build_eez.py --check    # rebuild in memory, compare; exit 1 if a file differs

It reads only bundled files (no network): ``layers/data/countries.geojson`` (Natural Earth 5.1.1
admin-0 countries 10m, public domain, see PROVENANCE.md) and a few points of
``layers/data/places.toml``, plus the sourced points in ``EXTRA_POINTS`` below. The output is
byte-for-byte the same on every run with the same inputs and library versions.

What the zone is
----------------
The sea within 200 nautical miles (``ZONE_M`` = 370.4 km) of Japan's land that is nearer to
Japan's land than to the land of any neighbour within reach: South and North Korea, China,
Taiwan, Russia, the Philippines and the USA (the Northern Mariana Islands, 290 NM from the
Volcano Islands; Guam, 640 NM away, is out of reach but counted). The script stops if any other
country's land comes within 400 NM of Japan's (Palau and Micronesia are 740 and 660 NM away).
That is the territorial sea, the internal waters and the EEZ together, the area the Japan Coast
Guard's published figure (about 4.47 million km2) covers. Japan's land itself is cut out
(holes).

* **Coastline, not baselines.** The legal zone is measured from Japan's baselines (the low-water
  line and straight baselines across bays and between islands), which are not public as data
  here. The bundled Natural Earth coastline stands in for them: it is simplified (0.005 deg in
  countries.geojson, a few hundred metres) and lacks many islets. Where a missing islet matters
  at the edge of the zone, it is added as a point (``EXTRA_POINTS`` and ``PLACE_POINTS``).
* **Median lines computed here.** Japan has delimited no EEZ boundary by agreement with these
  neighbours; the median (equidistance) line between coasts is Japan's position under its 1996
  EEZ law, and the lines here are alertmap's own, from the same coastline. The 1974 Japan-Korea
  continental-shelf agreements (seabed only) are not used.
* **Japan's claim.** The main feature is the zone Japan claims: the Southern Kurils (drawn as
  Russia's by Natural Earth), Takeshima/Dokdo, the Senkaku Islands and Okinotorishima all count
  as Japan's land. Each ``disputed`` feature is the part of the main feature that depends on one
  of them: the sea inside Japan's claimed zone that would not be in it if the islands were the
  other claimant's (Okinotorishima: if it had only a 12 NM territorial sea, as China and South
  Korea hold). Subtract them for the undisputed part.

Method
------
1. Land: the coast vertices of every country polygon (segmentized to at most ``COAST_STEP_DEG``,
   about 1.1 km) in ``WINDOW``, grouped per claimant; islands missing from Natural Earth as
   single points.
2. A regular lon/lat grid (``GRID_STEP_DEG``) over ``GRID_BOX``. For a grid point and a group,
   the nearest coast vertex is found with a k-d tree on WGS84 geocentric (ECEF) coordinates:
   the straight chord ranks vertices by geodesic distance to within a metre at these ranges.
   Near the zone's edge (``REFINE_M``) the distance to that vertex is then taken geodesically
   on WGS84 (pyproj ``Geod``, through ``alertmap.geo.geodesic.GEOD``). Only the points that can
   be near an edge are computed on the fine grid; a coarse grid (``COARSE_STEP_DEG``) finds
   them (see ``compute_grid``).
3. The field ``min(ZONE_M - d_japan, d_others - d_japan)`` is positive exactly inside the zone;
   its zero contour is traced with contourpy (linear interpolation between grid points). For a
   disputed area the field is ``min(claim field, -alternative field)``.
4. Land is cut out; the outline is simplified (``SIMPLIFY_DEG``, about 1 km), rounded to 4
   decimals, exterior rings counter-clockwise (RFC 7946); one feature per line, as
   ``tools/build_data.py`` writes its layers (its writer is reused).

Error budget: the zero contour is interpolated between grid points 0.02 deg apart (about 2 km).
Where the field is smooth the interpolation error is metres; where the nearest coast point
switches it cuts corners, most at the inward corners where two 200 NM arcs meet: against a
0.01 deg grid the raw outline differs by at most 0.0085 deg (under 1 km), the simplified one
by at most 0.0112 deg (about 1.2 km). Distances are to coast vertices at most 0.01 deg apart,
not to the segments between them: at most (0.55 km)**2 / (2 d) too long, metres at the
distances of the zone's edges. The coastline standing in for the baselines is the larger
error: a few km where straight baselines close bays or link islands, and more where islets are
missing.

Requires numpy, scipy (k-d tree), contourpy, shapely 2 and pyproj (scipy and contourpy only
here, not in the package).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import contourpy
import numpy as np
import numpy.typing as npt
import pyproj
import shapely
from scipy.spatial import cKDTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_data import (
    PRECISION,
    add_output_arguments,
    as_polygonal,
    feature,
    polygon_parts,
    write_collection,
)

from alertmap.geo.geodesic import GEOD
from alertmap.geo.units import NAUTICAL_MILE_M
from alertmap.layers.datafiles import DATA, read_layer
from alertmap.layers.gazetteer import load_gazetteer

FloatArray = npt.NDArray[np.float64]

REPO = Path(__file__).resolve().parent.parent
LAYER = "eez"

ZONE_M = 200 * NAUTICAL_MILE_M  # 370.4 km
TERRITORIAL_SEA_M = 12 * NAUTICAL_MILE_M
#: lon/lat box of the grid: Japan's claimed land (Yonaguni 122.9E .. Minamitorishima 154.0E,
#: Okinotorishima 20.4N .. Iturup 45.5N) widened by more than 200 NM; the script stops if the
#: zone reaches the box's edge.
GRID_BOX = (118.5, 16.0, 158.5, 49.5)
GRID_STEP_DEG = 0.02
#: The coarse grid that finds where the fine one needs exact values (a multiple of the step).
COARSE_STEP_DEG = 0.1
#: A coarse value at least this far from zero keeps its sign over half a coarse cell.
MARGIN_M = 30_000.0
#: Land further than this from the grid box cannot be nearest to any of its points that matter.
WINDOW = (108.0, 5.0, 170.0, 60.0)
#: Coast vertices are at most this far apart (about 1.1 km).
COAST_STEP_DEG = 0.01
#: Distances beyond this are only "far" (the field is then clearly negative).
FAR_M = ZONE_M + 150_000.0
#: Grid points whose field is within this of zero get geodesic distances.
REFINE_M = 15_000.0
SIMPLIFY_DEG = 0.01
#: Polygon parts smaller than this (sq deg) left after cutting are dropped (slivers).
MIN_PART_SQ_DEG = 1e-6

#: Natural Earth's Senkaku islets (Uotsuri, Kitakojima/Minamikojima, Kuba; Taisho-to is not
#: in the layer): the JPN polygons wholly inside this box.
SENKAKU_BOX = (123.3, 25.6, 124.8, 26.1)
SENKAKU_PARTS = 3
#: Iturup, Kunashir, Shikotan and the Habomai islet that Natural Earth draws: the RUS polygons
#: wholly inside this box (Urup, Russian by any account, starts at 149.4E).
SOUTHERN_KURILS_BOX = (145.0, 43.0, 149.0, 45.6)
SOUTHERN_KURILS_PARTS = 4

#: Neighbours: ISO codes of countries.geojson features per claimant group.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "South Korea": ("KOR",),
    "North Korea": ("PRK",),
    "China": ("CHN",),
    "Taiwan": ("TWN",),
    "Russia": ("RUS",),
    "Philippines": ("PHL",),
    "United States": ("MNP", "GUM"),
}


@dataclass(frozen=True, slots=True)
class ExtraPoint:
    """An island missing from Natural Earth's admin-0 land, added as a point."""

    name: str
    group: str  # "Japan" or a NEIGHBOURS key
    lon: float
    lat: float
    source: str


#: Islands that Natural Earth's 10m admin-0 layer lacks and that move the zone's edge, with their
#: published coordinates. (Islands in places.toml are in PLACE_POINTS instead.)
EXTRA_POINTS: tuple[ExtraPoint, ...] = (
    ExtraPoint("Danjo Islands: Me-shima", "Japan", 128.35, 31 + 59 / 60 + 57 / 3600,
               "German Wikipedia, 'Danjo-guntō' (Me-shima 31°59′57″N 128°21′0″E), "
               "https://de.zxc.wiki/wiki/Danjo-gunt%C5%8D"),
    ExtraPoint("Danjo Islands: O-shima", "Japan", 128 + 23 / 60 + 53 / 3600,
               32 + 2 / 60 + 45 / 3600,
               "German Wikipedia, 'Danjo-guntō' (O-shima 32°2′45″N 128°23′53″E), "
               "https://de.zxc.wiki/wiki/Danjo-gunt%C5%8D"),
    ExtraPoint("Hateruma", "Japan", 123 + 47 / 60 + 16 / 3600, 24 + 2 / 60 + 25 / 3600,
               "English Wikipedia, 'Hateruma' (24°2′25″N 123°47′16″E), "
               "https://howlingpixel.com/i-en/Hateruma"),
    ExtraPoint("Oki-Daito", "Japan", 131 + 11 / 60 + 16 / 3600, 24 + 28 / 60 + 2 / 3600,
               "German Wikipedia, 'Oki-daitō' (24°28′2″N 131°11′16″E), Italian rendering "
               "https://deit.abcdef.wiki/wiki/Oki-dait%C5%8D"),
    ExtraPoint("Sofu-gan (Lot's Wife)", "Japan", 140 + 20 / 60 + 31 / 3600,
               29 + 47 / 60 + 39 / 3600,
               "AroundUs, 'Lot's Wife' (29°47′39″N 140°20′31″E), "
               "https://aroundus.com/p/8290677-lot-s-wife"),
    ExtraPoint("Pengjia Islet", "Taiwan", 122 + 4 / 60 + 20 / 3600, 25 + 37 / 60 + 55 / 3600,
               "Taiwan Customs lighthouse service, 'Pengjia Islet' (122°04'20\"E, "
               "25°37'55\"N), http://lighthouse.customs.gov.tw/english/content_island.htm; "
               "English Wikipedia gives 25°37′46″N 122°4′17″E"),
)  # fmt: skip

#: Islands missing from Natural Earth whose published coordinates are in places.toml:
#: place name -> group. The disputed ones have groups of their own.
PLACE_POINTS: dict[str, str] = {
    "Okinotorishima": "Okinotorishima",
    "Liancourt Rocks": "Takeshima",
    "Tobishima": "Japan",
    "Awashima": "Japan",
    "Marado": "South Korea",
}

#: The zone Japan claims counts these groups as Japan's land.
JAPAN_CLAIM = ("Japan", "Senkaku", "Takeshima", "Southern Kurils", "Okinotorishima")
#: The distance source holding every neighbour's land, and the name of the claim's field.
NEIGHBOURS_KEY = "neighbours"
CLAIM = "claim"


@dataclass(frozen=True, slots=True)
class DisputeSpec:
    """A disputed island group and whose land it is in the alternative to Japan's claim."""

    group: str
    #: whose land it is instead (any neighbour gives Japan the same zone); None: no EEZ at all
    alternative: str | None
    properties: dict[str, Any]


MAIN_PROPERTIES: dict[str, Any] = {
    "name": "Japan EEZ (approximate)",
    "kind": "eez",
    "aliases": [
        "Japan's EEZ", "Japan EEZ", "EEZ of Japan", "Japanese EEZ",
        "Japan's exclusive economic zone", "exclusive economic zone of Japan",
        "日本の排他的経済水域", "日本のEEZ", "排他的経済水域", "일본 배타적경제수역", "일본 EEZ",
    ],
    "source": (
        "computed by alertmap (tools/build_eez.py) from the bundled Natural Earth 5.1.1 10m "
        "coastline (countries.geojson, public domain) and the sourced island points in the "
        "script and places.toml; distances geodesic on WGS84 (pyproj Geod)"
    ),
    "note": (
        "Approximate, not a legal boundary: the sea within 200 NM of Japan's land (territorial "
        "sea and internal waters included, land cut out) measured from the Natural Earth "
        "coastline, not from Japan's legal baselines, and cut by median lines computed by "
        "alertmap against South and North Korea, China, Taiwan, Russia, the Philippines and the "
        "USA (no boundary agreement is used: Japan has delimited none). It is the zone Japan "
        "claims: the Southern Kurils, Takeshima/Dokdo, the Senkaku Islands and Okinotorishima "
        "count as Japan's land; the 'disputed' features are the parts that depend on them. "
        "Outline within about 1-2 km of the computed line; the coastline standing in for the "
        "baselines is the larger error (several km in places)."
    ),
}  # fmt: skip

DISPUTES: tuple[DisputeSpec, ...] = (
    DisputeSpec("Takeshima", "South Korea", {
        "name": "Takeshima / Dokdo zone",
        "kind": "disputed",
        "aliases": ["Dokdo zone", "Takeshima zone", "Liancourt Rocks zone", "Takeshima",
                    "Dokdo", "Liancourt Rocks", "竹島", "독도"],
        "parties": ["Japan", "South Korea"],
        "administered_by": "South Korea",
        "note": (
            "The Liancourt Rocks (37.2417N 131.8667E, places.toml; absent from Natural Earth's "
            "land, a point here) are administered by South Korea as Dokdo and claimed by Japan "
            "as Takeshima; each side draws its EEZ with the rocks as its own. This is the sea "
            "on Japan's side of the median line when the rocks are Japan's and on South "
            "Korea's side when they are South Korea's (Ulleungdo, Oki and the mainland coasts "
            "being the other base points). Included in the main feature (Japan's claim)."
        ),
    }),
    DisputeSpec("Senkaku", "China", {
        "name": "Senkaku / Diaoyu Islands zone",
        "kind": "disputed",
        "aliases": ["Senkaku Islands zone", "Diaoyu Islands zone", "Diaoyutai zone",
                    "Senkaku", "Diaoyu", "Diaoyutai", "尖閣諸島", "钓鱼岛", "釣魚臺"],
        "parties": ["Japan", "China", "Taiwan"],
        "administered_by": "Japan",
        "note": (
            "The Senkaku Islands are administered by Japan (Ishigaki City, Okinawa) and claimed "
            "by China (Diaoyu Dao) and by Taiwan (Diaoyutai). This is the sea in Japan's "
            "claimed zone that would lie nearer Chinese or Taiwanese land (the islands "
            "included) if the islands were not Japan's (Natural Earth draws Uotsuri, "
            "Kitakojima, Minamikojima and Kuba; Taisho-to is missing). China further claims "
            "the continental shelf as far as the Okinawa Trough, east of the median line: that "
            "wider claim is not drawn. Included in the main feature (Japan's claim)."
        ),
    }),
    DisputeSpec("Southern Kurils", "Russia", {
        "name": "Northern Territories / Southern Kurils zone",
        "kind": "disputed",
        "aliases": ["Northern Territories zone", "Southern Kurils zone", "Kuril Islands zone",
                    "Northern Territories", "Southern Kurils", "Southern Kuril Islands",
                    "北方領土", "Южные Курилы"],
        "parties": ["Japan", "Russia"],
        "administered_by": "Russia",
        "note": (
            "Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets are "
            "administered by Russia and claimed by Japan as the Northern Territories. Natural "
            "Earth draws them as Russia's; here they count as Japan's land for the main feature "
            "(Japan's claim), and this is the sea that depends on them: in Japan's claimed zone, "
            "nearer Russian land if they are Russia's. Russia administers it as part of its own "
            "EEZ."
        ),
    }),
    DisputeSpec("Okinotorishima", None, {
        "name": "Okinotorishima zone",
        "kind": "disputed",
        "aliases": ["Okinotori-shima zone", "Parece Vela zone", "Okinotorishima", "沖ノ鳥島"],
        "parties": ["Japan", "China", "South Korea"],
        "administered_by": "Japan",
        "note": (
            "Okinotorishima (20.4225N 136.0900E, places.toml; absent from Natural Earth's land, "
            "a point here) is Japan's, and Japan claims a 200 NM zone around it. China and South "
            "Korea hold that it is a rock that cannot sustain habitation (UNCLOS article 121(3)), "
            "entitled to a 12 NM territorial sea but to no EEZ; neither claims the zone for "
            "itself. This is the part of Japan's claimed zone that depends on it, beyond 12 NM "
            "of the point. Included in the main feature (Japan's claim)."
        ),
    }),
)  # fmt: skip


# --------------------------------------------------------------------------- land


@dataclass(frozen=True, slots=True)
class LandGroup:
    """The land of one claimant group: its polygons (may be empty) and its coast vertices."""

    name: str
    land: Any  # shapely (Multi)Polygon, possibly empty
    vertices: FloatArray  # (n, 2) lon, lat


def parts_in_box(geometry: Any, box: tuple[float, float, float, float]) -> list[Any]:
    """The polygons of ``geometry`` lying wholly inside a lon/lat box."""
    frame = shapely.box(*box)
    return [p for p in polygon_parts(geometry) if frame.contains(p)]


def coast_vertices(land: Any) -> FloatArray:
    """Vertices of the land's outline, no more than COAST_STEP_DEG apart."""
    if land.is_empty:
        return np.empty((0, 2))
    outline = shapely.segmentize(shapely.boundary(land), COAST_STEP_DEG)
    vertices: FloatArray = shapely.get_coordinates(outline)
    return vertices


def place_points() -> dict[str, list[tuple[float, float]]]:
    """The places.toml islands used as points, by group."""
    gazetteer = load_gazetteer()
    points: dict[str, list[tuple[float, float]]] = {}
    for name, group in PLACE_POINTS.items():
        position = gazetteer.place(name).position
        points.setdefault(group, []).append((position.lon, position.lat))
    for extra in EXTRA_POINTS:
        points.setdefault(extra.group, []).append((extra.lon, extra.lat))
    return points


def land_groups(countries: dict[str, Any]) -> dict[str, LandGroup]:
    """Every claimant group's land, clipped to WINDOW, with the added island points."""
    window = shapely.box(*WINDOW)
    japan = polygon_parts(countries["JPN"])
    senkaku = parts_in_box(countries["JPN"], SENKAKU_BOX)
    kurils = parts_in_box(countries["RUS"], SOUTHERN_KURILS_BOX)
    if len(senkaku) != SENKAKU_PARTS or len(kurils) != SOUTHERN_KURILS_PARTS:
        raise SystemExit(
            f"expected {SENKAKU_PARTS} Senkaku and {SOUTHERN_KURILS_PARTS} Southern Kuril "
            f"polygons, found {len(senkaku)} and {len(kurils)}"
        )
    lands: dict[str, Any] = {
        "Japan": shapely.MultiPolygon([p for p in japan if not any(p.equals(s) for s in senkaku)]),
        "Senkaku": shapely.MultiPolygon(senkaku),
        "Southern Kurils": shapely.MultiPolygon(kurils),
        "Takeshima": shapely.Polygon(),
        "Okinotorishima": shapely.Polygon(),
    }
    for group, codes in NEIGHBOURS.items():
        land = shapely.union_all([countries[code] for code in codes])
        if group == "Russia":
            land = shapely.difference(land, shapely.MultiPolygon(kurils))
        lands[group] = shapely.intersection(land, window)
    points = place_points()
    groups = {}
    for name, land in lands.items():
        vertices = coast_vertices(land)
        if name in points:
            vertices = np.concatenate([vertices, np.array(points[name], dtype=np.float64)])
        groups[name] = LandGroup(name, land, vertices)
    return groups


def check_inputs(countries: dict[str, Any], groups: dict[str, LandGroup]) -> None:
    """Stop unless the added points are really missing from Natural Earth, Minamitorishima is
    in it, and no country left out lies within reach of Japan's claimed land."""
    window = shapely.box(*WINDOW)
    clipped = {code: shapely.intersection(g, window) for code, g in countries.items()}
    names = [e.name for e in EXTRA_POINTS] + list(PLACE_POINTS) + ["Minamitorishima"]
    gazetteer = load_gazetteer()
    positions = [(e.lon, e.lat) for e in EXTRA_POINTS]
    for name in names[len(EXTRA_POINTS) :]:
        position = gazetteer.place(name).position
        positions.append((position.lon, position.lat))
    nearest = distance_to_land(np.array(positions), shapely.union_all(list(clipped.values())))
    for name, metres in zip(names[:-1], nearest[:-1], strict=True):
        if metres < 1_000.0:
            raise SystemExit(f"{name} is already in Natural Earth's land ({metres:.0f} m)")
    if nearest[-1] > 3_000.0:
        raise SystemExit(f"Minamitorishima is {nearest[-1]:.0f} m from Natural Earth's land")
    tree = kd_tree(np.concatenate([groups[g].vertices for g in JAPAN_CLAIM]))
    listed = {code for codes in NEIGHBOURS.values() for code in codes} | {"JPN", "RUS"}
    for code, land in clipped.items():
        vertices = coast_vertices(land)
        if code in listed or not len(vertices):
            continue
        if tree.query(ecef(vertices), k=1)[0].min() < 2 * ZONE_M:
            raise SystemExit(f"{code} is within 400 NM of Japan's land: add it to NEIGHBOURS")


def distance_to_land(points: FloatArray, land: Any) -> FloatArray:
    """Geodesic distance (m) from each point to the nearest vertex of ``land``'s outline (0
    inside it)."""
    vertices = coast_vertices(land)
    _, index = kd_tree(vertices).query(ecef(points), k=1)
    _, _, metres = GEOD.inv(points[:, 0], points[:, 1], vertices[index, 0], vertices[index, 1])
    inside = shapely.intersects_xy(land, points[:, 0], points[:, 1])
    result: FloatArray = np.where(inside, 0.0, metres)
    return result


# --------------------------------------------------------------------------- distances

#: Geographic WGS84 to geocentric (ECEF) metres; only for ranking vertices by distance.
_TO_ECEF = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:4978", always_xy=True)


def ecef(lonlat: FloatArray) -> FloatArray:
    """Geocentric x, y, z (m) of lon/lat points on the WGS84 ellipsoid."""
    x, y, z = _TO_ECEF.transform(lonlat[:, 0], lonlat[:, 1], np.zeros(len(lonlat)))
    return np.column_stack([x, y, z])


@dataclass(frozen=True, slots=True)
class Source:
    """Land that distances are measured to: its coast vertices and their k-d tree."""

    vertices: FloatArray
    tree: Any  # scipy.spatial.cKDTree on the vertices' ECEF coordinates


def sources(groups: dict[str, LandGroup]) -> dict[str, Source]:
    """One source per Japanese or disputed group, and one for all the neighbours together
    (only their vertices within 2 * FAR_M of Japan's claimed land: no other can be nearest to a
    point that Japan's land is within FAR_M of)."""
    found = {name: groups[name].vertices for name in JAPAN_CLAIM}
    claimed = kd_tree(np.concatenate(list(found.values())))
    others = np.concatenate([groups[name].vertices for name in NEIGHBOURS])
    reach, _ = claimed.query(ecef(others), k=1, distance_upper_bound=2 * FAR_M, workers=-1)
    found[NEIGHBOURS_KEY] = others[reach < 2 * FAR_M]
    return {name: Source(v, kd_tree(v)) for name, v in found.items()}


def kd_tree(vertices: FloatArray) -> Any:
    """A k-d tree on the vertices' ECEF coordinates. Sliding-midpoint splits (not the median):
    several times faster to query for points strung along coastlines."""
    return cKDTree(ecef(vertices), balanced_tree=False, compact_nodes=False)


def distances(points: FloatArray, land: dict[str, Source], *, geodesic: bool) -> dict[str, Any]:
    """Distance (m, at most FAR_M) from each point to each source: the chord to the nearest
    vertex, or with ``geodesic`` the WGS84 geodesic distance to that vertex. The neighbours'
    distance is only computed where Japan's claimed land is within FAR_M (elsewhere every field
    is negative whatever it is)."""
    xyz = ecef(points)
    found: dict[str, FloatArray] = {}
    for name, source in land.items():
        todo = np.ones(len(points), dtype=bool)
        if name == NEIGHBOURS_KEY:
            todo = np.minimum.reduce([found[g] for g in JAPAN_CLAIM]) < FAR_M
        chord, index = source.tree.query(xyz[todo], k=1, distance_upper_bound=FAR_M, workers=-1)
        values = np.full(len(points), FAR_M)
        values[todo] = np.minimum(chord, FAR_M)
        if geodesic:
            near = values[todo] < FAR_M
            vertex = source.vertices[index[near]]
            where = np.flatnonzero(todo)[near]
            _, _, metres = GEOD.inv(points[where, 0], points[where, 1], vertex[:, 0], vertex[:, 1])
            values[where] = np.minimum(metres, FAR_M)
        found[name] = values
    return found


def zone_field(d: dict[str, FloatArray], japan: Sequence[str], others: Sequence[str]) -> Any:
    """Positive inside the zone: ``min(ZONE_M - d_japan, d_others - d_japan)`` (m)."""
    d_japan = np.minimum.reduce([d[g] for g in japan])
    d_others = np.minimum.reduce([d[g] for g in others])
    return np.minimum(ZONE_M - d_japan, d_others - d_japan)


def fields(d: dict[str, FloatArray]) -> dict[str, FloatArray]:
    """The claim's field, and per dispute the field positive where the area depends on it."""
    claim = zone_field(d, JAPAN_CLAIM, (NEIGHBOURS_KEY,))
    found = {CLAIM: claim}
    for spec in DISPUTES:
        japan = [g for g in JAPAN_CLAIM if g != spec.group]
        others = [NEIGHBOURS_KEY, spec.group] if spec.alternative else [NEIGHBOURS_KEY]
        values = np.minimum(claim, -zone_field(d, japan, others))
        if spec.alternative is None:  # a rock keeps its territorial sea
            values = np.minimum(values, d[spec.group] - TERRITORIAL_SEA_M)
        found[spec.group] = values
    return found


def axis(start: float, stop: float, step: float) -> FloatArray:
    """Grid coordinates from start to stop, ``step`` apart."""
    values: FloatArray = np.round(start + step * np.arange(round((stop - start) / step) + 1), 6)
    return values


def grid_points(lons: FloatArray, lats: FloatArray) -> FloatArray:
    """The grid's points, (len(lats) * len(lons), 2), row by row from the south."""
    lon, lat = np.meshgrid(lons, lats)
    return np.column_stack([lon.ravel(), lat.ravel()])


@dataclass(frozen=True, slots=True)
class Grid:
    """The fine lon/lat grid and the fields on it (one value per point, row-major)."""

    lons: FloatArray
    lats: FloatArray
    fields: dict[str, FloatArray]  # (len(lats), len(lons)) each


def compute_grid(land: dict[str, Source]) -> Grid:
    """The fields on the fine grid, computed exactly only where they may be near zero.

    On the coarse grid every field is computed from chord distances. A fine point whose nearest
    coarse point has every field at least MARGIN_M from zero keeps those values: the fields
    change by at most 2 m per metre, so their signs hold within half a coarse cell (under 8 km).
    The other fine points get their own distances, geodesic where a field is within REFINE_M of
    zero (the values that place the contour).
    """
    west, south, east, north = GRID_BOX
    coarse_lons = axis(west, east, COARSE_STEP_DEG)
    coarse_lats = axis(south, north, COARSE_STEP_DEG)
    coarse = fields(distances(grid_points(coarse_lons, coarse_lats), land, geodesic=False))
    shape = (len(coarse_lats), len(coarse_lons))
    for name, values in coarse.items():
        z = values.reshape(shape)
        if (np.concatenate([z[0], z[-1], z[:, 0], z[:, -1]]) > -MARGIN_M).any():
            raise SystemExit(f"{name}: the zone comes near the edge of GRID_BOX: widen it")
    lons, lats = axis(west, east, GRID_STEP_DEG), axis(south, north, GRID_STEP_DEG)
    rows = np.rint((lats - south) / COARSE_STEP_DEG).astype(np.int64)
    columns = np.rint((lons - west) / COARSE_STEP_DEG).astype(np.int64)
    fine = {name: v.reshape(shape)[np.ix_(rows, columns)] for name, v in coarse.items()}
    exact = np.logical_or.reduce([np.abs(v) < MARGIN_M for v in fine.values()])
    row, column = np.nonzero(exact)
    points = np.column_stack([lons[column], lats[row]])
    values = fields(distances(points, land, geodesic=False))
    edge = np.logical_or.reduce([np.abs(v) < REFINE_M for v in values.values()])
    precise = fields(distances(points[edge], land, geodesic=True))
    for name in fine:
        values[name][edge] = precise[name]
        fine[name][exact] = values[name]
    return Grid(lons, lats, fine)


# --------------------------------------------------------------------------- outlines


def positive_region(grid: Grid, name: str) -> Any:
    """The region where a field is positive, as polygons (its zero contour, interpolated)."""
    z = grid.fields[name]
    generator = contourpy.contour_generator(
        grid.lons, grid.lats, z, name="serial", fill_type="OuterOffset"
    )
    rings, offsets = generator.filled(0.0, 2 * FAR_M)
    polygons = []
    for coords, starts in zip(rings, offsets, strict=True):
        loops = [coords[a:b] for a, b in itertools.pairwise(starts)]
        polygons.append(shapely.Polygon(loops[0], loops[1:]))
    return shapely.make_valid(shapely.MultiPolygon(polygons))


def finished(geometry: Any) -> Any:
    """Rounded to 4 decimals, slivers dropped, parts sorted, exterior rings counter-clockwise."""
    rounded = shapely.set_precision(geometry, PRECISION)
    parts = [p for p in polygon_parts(rounded) if p.area >= MIN_PART_SQ_DEG]
    parts.sort(key=lambda p: (-p.area, p.bounds))
    return shapely.orient_polygons(as_polygonal(parts))


def outline(region: Any, land: Any) -> Any:
    """The sea of a region: land cut out, simplified, finished."""
    sea = shapely.difference(region, land)
    return finished(shapely.simplify(sea, SIMPLIFY_DEG, preserve_topology=True))


def build_features(countries: dict[str, Any]) -> list[dict[str, Any]]:
    """The main feature and one per disputed area."""
    groups = land_groups(countries)
    check_inputs(countries, groups)
    grid = compute_grid(sources(groups))
    all_land = shapely.union_all([g.land for g in groups.values()])
    main = outline(positive_region(grid, CLAIM), all_land)
    features = [feature(dict(MAIN_PROPERTIES), main)]
    for spec in DISPUTES:
        area = outline(positive_region(grid, spec.group), all_land)
        features.append(feature(dict(spec.properties), finished(area.intersection(main))))
    return features


# --------------------------------------------------------------------------- main


def read_countries() -> dict[str, Any]:
    """The bundled countries by ISO code."""
    properties, geometries = read_layer(DATA, "countries")
    return {p["iso_a3"]: g for p, g in zip(properties, geometries, strict=True)}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_output_arguments(parser)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build eez.geojson and eez.wkb (or compare them with a fresh build)."""
    args = parse_args(argv)
    features = build_features(read_countries())
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) if args.check else args.out
        target.mkdir(parents=True, exist_ok=True)
        size = write_collection(target / f"{LAYER}.geojson", features, name=LAYER)
        print(f"{LAYER}.geojson: {len(features)} features, {size / 1e3:.0f} kB")
        differing = [
            name
            for name in (f"{LAYER}.geojson", f"{LAYER}.wkb")
            if args.check
            and (
                not (args.out / name).exists()
                or (args.out / name).read_bytes() != (target / name).read_bytes()
            )
        ]
    if differing:
        print(f"differs from {args.out}: {', '.join(differing)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
