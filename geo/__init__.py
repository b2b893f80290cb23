"""Pure geodesy for alertmap: positions, geodesics, corridors, circles on WGS84.

Imports only the standard library, numpy, shapely and pyproj; never ``layers`` or ``maps``.
Distances are metres, angles are degrees clockwise from true north.
"""

from geo.coords import GeoError, LonLat, parse_latitude, parse_longitude, parse_position

__all__ = ["GeoError", "LonLat", "parse_latitude", "parse_longitude", "parse_position"]
