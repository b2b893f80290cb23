"""The baseline: a hand-written geopandas.explore() map of the same 2023-08-24 layers.

Written the way an analyst would, straight from the exported GeoJSON:

    python bench/explore_baseline.py EVENT.geojson OUT.html
"""

from __future__ import annotations

import sys

import folium
import geopandas as gpd

COLOURS = {
    "sea_area": "#56B4E9",
    "alert_zone": "#CC79A7",
    "hazard_area": "#E69F00",
    "range_ring": "#555555",
    "corridor": "#0072B2",
    "track": "#000000",
    "gate": "#009E73",
    "fall_area": "#D55E00",
    "waypoint": "#0072B2",
    "launch_site": "#000000",
}


def main(source: str, out: str) -> None:
    frame = gpd.read_file(source)
    m = folium.Map(location=[28, 127], zoom_start=5, tiles="CartoDB positron")
    for (layer, kind), part in frame.groupby(["layer", "kind"], sort=False):
        part[["name", "kind", "source", "time", "geometry"]].explore(
            m=m,
            name=layer,
            color=COLOURS.get(kind, "#333333"),
            tooltip=["name", "time"],
            popup=["name", "kind", "source", "time"],
        )
    folium.LayerControl().add_to(m)
    m.fit_bounds([[12, 120], [41, 132]])
    m.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
