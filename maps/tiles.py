"""Online tile layers, only when asked for, through xyzservices."""

from __future__ import annotations

from typing import TYPE_CHECKING

import xyzservices.providers as xyz
from xyzservices import TileProvider

from alertmap.maps.errors import MapsError

if TYPE_CHECKING:
    import folium


def tile_provider(name: str) -> TileProvider:
    """The xyzservices provider named ``name`` (e.g. ``OpenStreetMap.Mapnik``), or a
    `MapsError` saying what was expected: checked before any work is done."""
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
    return provider


def tile_layer(name: str) -> folium.TileLayer:
    """A folium TileLayer for an xyzservices provider name such as ``OpenStreetMap.Mapnik``."""
    import folium

    provider = tile_provider(name)
    return folium.TileLayer(
        tiles=provider.build_url(),
        attr=provider.html_attribution,
        name=provider.name,
        max_zoom=provider.get("max_zoom", 18),
        overlay=False,
        control=True,
    )
