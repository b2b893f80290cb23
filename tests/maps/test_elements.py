"""SVG paths of outlines kept in Web Mercator against those of the same outlines in lon/lat."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, box

from alertmap.maps.elements import mercator_deg, svg_paths


def test_a_path_from_mercator_is_the_path_from_lonlat() -> None:
    shapes = [
        box(120.0, 30.0, 135.0, 45.0),
        MultiPolygon([box(-10.0, -60.0, 10.0, -50.0), box(170.0, 80.0, 190.0, 89.0)]),
        Polygon(
            [(124.0, 38.0), (126.5, 37.1), (129.0, 39.9), (124.0, 38.0)],
            [[(125.0, 38.0), (126.0, 37.8), (126.2, 38.4), (125.0, 38.0)]],
        ),
        LineString([(124.705, 39.66), (125.3, 35.0), (126.1, 20.0)]),
    ]
    flat = shapely.transform(np.asarray(shapes, dtype=object), mercator_deg)
    for bits in (8, 18, 24):
        assert svg_paths(flat, bits, mercator=True) == svg_paths(shapes, bits)
    # lon/lat read as Mercator would be a different path: the flag is honoured
    assert svg_paths(shapes, 18, mercator=True) != svg_paths(shapes, 18)
