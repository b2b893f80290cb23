"""Online tile layers, only when asked for, through xyzservices."""

from __future__ import annotations

import folium
import xyzservices.providers as xyz

from alertmap.maps.errors import MapsError


def tile_layer(name: str) -> folium.TileLayer:
    """A folium TileLayer for an xyzservices provider name such as ``OpenStreetMap.Mapnik``."""
    try:
        provider = xyz.query_name(name)
    except ValueError:
        raise MapsError(
            f"--tiles: unknown tile provider {name!r}: expected an xyzservices name such as "
            "'OpenStreetMap.Mapnik' or 'CartoDB.Positron'"
        ) from None
    if provider.requires_token():
        raise MapsError(
            f"--tiles: provider {name!r} needs an API key: expected a provider without a key"
        )
    return folium.TileLayer(
        tiles=provider.build_url(),
        attr=provider.html_attribution,
        name=provider.name,
        max_zoom=provider.get("max_zoom", 18),
        overlay=False,
        control=True,
    )
