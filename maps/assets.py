"""Leaflet and alertmap's own assets, read from installed packages and inlined into the page.

Leaflet comes from the ``xstatic-leaflet`` package (the same Leaflet version folium targets);
its CSS images become ``data:`` URIs and its source-map comment is dropped, so the page asks
for nothing over the network.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

import xstatic.pkg.leaflet as xstatic_leaflet

#: alertmap's own static files (the runtime's script and styles).
STATIC = Path(__file__).resolve().parent / "static"

#: The Leaflet version inlined into every page.
LEAFLET_VERSION: str = xstatic_leaflet.VERSION


def _leaflet_dir() -> Path:
    return Path(xstatic_leaflet.BASE_DIR)


def _strip_source_map(js: str) -> str:
    return re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)


def _safe_for_script(text: str) -> str:
    """Make text safe inside an inline <script>/<style> element."""
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


@functools.cache
def leaflet_js() -> str:
    """Leaflet's minified JavaScript, ready to inline.

    Examples
    --------
    >>> "L.version" in leaflet_js() or 'version="' + LEAFLET_VERSION + '"' in leaflet_js()
    True
    """
    js = (_leaflet_dir() / "leaflet.js").read_text("utf-8")
    return _safe_for_script(_strip_source_map(js))


@functools.cache
def leaflet_css() -> str:
    """Leaflet's CSS with its images inlined as data URIs."""
    folder = _leaflet_dir()
    css = (folder / "leaflet.css").read_text("utf-8")

    def inline(match: re.Match[str]) -> str:
        rel = match.group(1)
        data = base64.b64encode((folder / rel).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    # Leaflet reads this rule only to guess where its default marker images are; the images
    # are given to it instead (see leaflet_icons), so the rule's inlined image is left out
    css = re.sub(r"\.leaflet-default-icon-path \{[^}]*\}\s*", "", css)
    return _safe_for_script(re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css))


@functools.cache
def leaflet_icons() -> dict[str, str]:
    """The images of Leaflet's default marker icon as ``data:`` URIs, keyed by the option of
    ``L.Icon.Default`` that takes each (a folium ``Marker`` without an icon uses it).

    Examples
    --------
    >>> sorted(leaflet_icons()), leaflet_icons()["iconUrl"][:22]
    (['iconRetinaUrl', 'iconUrl', 'shadowUrl'], 'data:image/png;base64,')
    """
    folder = _leaflet_dir() / "images"
    files = {
        "iconUrl": "marker-icon.png",
        "iconRetinaUrl": "marker-icon-2x.png",
        "shadowUrl": "marker-shadow.png",
    }
    return {
        option: "data:image/png;base64,"
        + base64.b64encode((folder / name).read_bytes()).decode("ascii")
        for option, name in files.items()
    }


@functools.cache
def static_text(name: str) -> str:
    """One of alertmap's own static files (``maps/static``)."""
    text = (STATIC / name).read_text("utf-8")
    return _safe_for_script(text)
