"""The folium tree and the page it renders: structure before strings."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import folium
import pytest

from alertmap.maps.compose import MapOptions, compose
from alertmap.maps.output import page_html


@pytest.fixture(scope="module")
def page(event_0824: Any) -> str:
    return page_html(compose(event_0824))


def the_map(event: Any, options: MapOptions | None = None) -> folium.Map:
    doc = compose(event, options)
    (m,) = [c for c in doc._children.values() if isinstance(c, folium.Map)]
    return m


def test_one_feature_group_per_layer(event_0824: Any) -> None:
    m = the_map(event_0824)
    groups = [c for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
    assert [g.layer_name for g in groups] == [layer.name for layer in event_0824.layers]
    assert [g.show for g in groups] == [layer.show for layer in event_0824.layers]
    assert sum(isinstance(c, folium.LayerControl) for c in m._children.values()) == 1


def test_page_references_nothing_remote(page: str) -> None:
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "sourceMappingURL" not in page
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page
    assert 't.version="1.9.3"' in page  # Leaflet inlined


def test_rendering_is_reproducible(event_0824: Any, page: str) -> None:
    assert page_html(compose(event_0824)) == page


def test_online_tiles_only_when_asked(event_0824: Any, page: str) -> None:
    assert "tile.openstreetmap.org" not in page
    online = page_html(compose(event_0824, MapOptions(tiles="OpenStreetMap.Mapnik")))
    assert "tile.openstreetmap.org" in online
    # the tiles are added over the bundled basemap, never in its place (issue 15)
    assert "am-basemap" in online and "am-basemap" in page
    assert "alertmap.watchTiles(" in online and "alertmap.watchTiles(" not in page


def test_unknown_tile_provider_is_one_line(tmp_path: Any) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "alertmap",
            "render",
            "2023-08-24",
            "-o",
            "x.html",
            "--tiles",
            "Nope.Nothing",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        result.stderr.count("\n") == 1 and "unknown tile provider 'Nope.Nothing'" in result.stderr
    )
    assert not (tmp_path / "x.html").exists()


def test_callouts_and_labels_use_the_outlines_as_drawn(event_0824: Any) -> None:
    """A feature simplified for its layer is not simplified again for its callout or label:
    taken from the layers' cache, it is the very geometry the layer drew, and the same as
    drawing it alone."""
    from alertmap.maps.compose import DrawnCache, _drawn, _drawn_all, pixel_deg

    pixel = pixel_deg(MapOptions().max_zoom)
    cache: DrawnCache = {}
    reused = 0
    for layer in event_0824.layers:
        drawn = _drawn_all(layer.features, pixel, cache)
        for f, g in zip(layer.features, drawn, strict=True):
            again = _drawn(f, pixel, cache)
            assert again.equals_exact(_drawn(f, pixel), 0.0)
            if g is not f.geometry:  # simplified for the layer: the same object
                assert again is g
                reused += 1
    assert reused >= 5
