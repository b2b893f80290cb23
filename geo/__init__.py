"""Pure geodesy for alertmap: positions, geodesics, corridors, circles on WGS84.

Imports only the standard library, numpy, shapely and pyproj; never ``layers`` or ``maps``.
Distances are metres, angles are degrees clockwise from true north.
"""

from alertmap.geo.antimeridian import (
    cut_at_antimeridian,
    enclosing_polygon,
    normalize_lon,
    unwrap_lons,
)
from alertmap.geo.coords import GeoError, LonLat, parse_latitude, parse_longitude, parse_position
from alertmap.geo.corridor import corridor, densify_geometry, distance_m, nearest_point
from alertmap.geo.geodesic import (
    GEOD,
    HALF_CIRCUMFERENCE_M,
    check_distance,
    circle,
    circle_line,
    densify,
    forward,
    geodesic_line,
    inverse,
    line_length_m,
    sector,
    track,
)
from alertmap.geo.projection import aeqd_transformers, from_local, to_local

__all__ = [
    "GEOD",
    "HALF_CIRCUMFERENCE_M",
    "GeoError",
    "LonLat",
    "aeqd_transformers",
    "check_distance",
    "circle",
    "circle_line",
    "corridor",
    "cut_at_antimeridian",
    "densify",
    "densify_geometry",
    "distance_m",
    "enclosing_polygon",
    "forward",
    "from_local",
    "geodesic_line",
    "inverse",
    "line_length_m",
    "nearest_point",
    "normalize_lon",
    "parse_latitude",
    "parse_longitude",
    "parse_position",
    "sector",
    "to_local",
    "track",
    "unwrap_lons",
]
