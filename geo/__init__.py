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
from alertmap.geo.ballistic import (
    Boost,
    Loft,
    Overflight,
    Trajectories,
    Trajectory,
    apogee_for_flight_time,
    ballistic_arc,
    ballistic_arcs,
    flight_time_for_apogee,
    loft,
    minimum_energy_flight_s,
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
    "Boost",
    "GeoError",
    "Loft",
    "LonLat",
    "Overflight",
    "Trajectories",
    "Trajectory",
    "aeqd_transformers",
    "apogee_for_flight_time",
    "ballistic_arc",
    "ballistic_arcs",
    "check_distance",
    "circle",
    "circle_line",
    "corridor",
    "cut_at_antimeridian",
    "densify",
    "densify_geometry",
    "distance_m",
    "enclosing_polygon",
    "flight_time_for_apogee",
    "forward",
    "from_local",
    "geodesic_line",
    "inverse",
    "line_length_m",
    "loft",
    "minimum_energy_flight_s",
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
