"""alertmap: sourced, self-contained maps of the reported geography of missile and satellite
launches.

The Python API is a thin facade over the three packages, in the order data flows:

* :mod:`alertmap.geo`: pure geodesy on WGS84 (positions, geodesics, corridors);
* :mod:`alertmap.layers`: what the map shows (scenarios, placement, checks, exports);
* :mod:`alertmap.maps`: how it looks (folium element tree, pages, PNG/PDF, the command line).

Examples
--------
>>> import alertmap
>>> event = alertmap.load("2023-08-24")
>>> event.title
'North Korea satellite launch attempt: Chollima-1 / Malligyong-1'
>>> [f["properties"]["role"] for f in alertmap.locate("about 600 km east of Manila")["features"]]
['position', 'uncertainty_area']
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any


def _checkout_root() -> Path | None:
    """The repository, when this file is imported from a checkout rather than as installed
    (Python started in the clone finds the ``alertmap/`` folder first); else ``None``."""
    here = Path(__file__).resolve().parent
    root = here.parent
    beside = all((root / sub / "__init__.py").is_file() for sub in ("geo", "layers", "maps"))
    if beside and (root / "pyproject.toml").is_file() and not (here / "geo").exists():
        return root
    return None


# In a checkout, geo/, layers/ and maps/ sit beside this folder, as pyproject.toml maps them
# into the package; installed, they are inside it and nothing is added.
if (_root := _checkout_root()) is not None:
    __path__.append(str(_root))

if TYPE_CHECKING:
    import folium

    from alertmap.layers.checks import Findings
    from alertmap.layers.model import Event


def __getattr__(name: str) -> Any:
    # Event is imported when first asked for: ``import alertmap`` (and the command line, which
    # imports it first) does not import numpy, shapely and pyproj until something needs them
    if name == "Event":
        from alertmap.layers.model import Event

        return Event
    # the version is read from the installed metadata when first asked for: importlib.metadata
    # costs a start-up a few hundredths of a second
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("alertmap")
        except metadata.PackageNotFoundError:  # pragma: no cover (a checkout not installed)
            return "0+unknown"
    raise AttributeError(f"module 'alertmap' has no attribute {name!r}")


__all__ = ["Event", "__version__", "check", "folium_map", "load", "locate"]


def load(source: str | os.PathLike[str]) -> Event:
    """An event from a built-in scenario name, a scenario file (TOML) or a catalogue.

    Parameters
    ----------
    source
        A built-in name (``alertmap list``), a ``.toml`` scenario, or a ``.csv`` /
        ``.parquet`` catalogue (one row per launch: one event, a layer group per year).

    Returns
    -------
    Event
        Layers of sourced features; ``event.to_geodataframe()`` gives them as a GeoDataFrame.

    Raises
    ------
    ValueError
        (:class:`alertmap.layers.errors.LayersError`) naming the file, field and what was
        expected.

    Examples
    --------
    >>> event = load("2023-11-21")
    >>> sorted({layer.kind.value for layer in event.layers})[:3]
    ['alert_zone', 'corridor', 'fall_area']
    """
    from alertmap.layers.catalogue import by_year, is_catalogue, load_catalogue

    text = os.fspath(source)
    if is_catalogue(text):
        return by_year(load_catalogue(text))
    from alertmap.layers.build import build_event
    from alertmap.layers.scenario import load_scenario

    return build_event(load_scenario(text))


def folium_map(
    event: Event,
    *,
    tiles: str | None = None,
    banner: str = "",
    height: str | None = None,
    checks: bool = True,
) -> folium.Map:
    """The event's map as a :class:`folium.Map`: add your own folium layers, then ``save``.

    The map displays inline in Jupyter and saves as an offline page (Leaflet inlined, the
    bundled basemap, no network request unless ``tiles`` names an online provider). Every
    string from the event is shown as text; the same event and options give the same bytes.

    Parameters
    ----------
    event
        From :func:`load`.
    tiles
        An xyzservices provider name (e.g. ``"OpenStreetMap.Mapnik"``) to add online tiles.
    banner
        A caption or classification line at the top and bottom of the map.
    height
        CSS height of the map's frame (a page fills the window by default).
    checks
        List the findings of :func:`check` in the notes panel.

    Examples
    --------
    >>> import folium, tempfile, pathlib
    >>> m = folium_map(load("2023-08-24"))
    >>> folium.Marker([26.2, 127.7], tooltip="Naha").add_to(m)  # doctest: +ELLIPSIS
    <folium.map.Marker object at ...>
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "aug.html"
    >>> m.save(page)
    >>> "Naha" in page.read_text("utf-8")
    True
    """
    from alertmap.maps.compose import MapOptions, compose

    options = MapOptions(tiles=tiles, banner=banner, height=height, checks=checks)
    return compose(event, options).map


def check(event: Event) -> Findings:
    """What the reports say against what is drawn: falls against hazard areas, land and
    prefectures under the corridor, closest approach to islands, J-Alert prefectures; and
    whether the map is possible: the track over the land of a country no report mentions, a
    fall on land, outside the sea it was reported in, or beyond the reported range.

    Examples
    --------
    >>> findings = check(load("2023-08-24"))
    >>> print(findings.to_json()["falls"][0]["fall"])
    Fall area: Yellow Sea (about 300 km W of the Korean Peninsula)
    """
    from alertmap.layers.checks import check_event

    return check_event(event)


def locate(text: str) -> dict[str, Any]:
    """A reported position ("about 600 km east of Manila") as a GeoJSON FeatureCollection: its
    best position and, for an approximate report, its uncertainty area.

    Examples
    --------
    >>> fc = locate("about 300 km west of the Korean Peninsula")
    >>> fc["type"], len(fc["features"]) >= 1
    ('FeatureCollection', True)
    """
    from alertmap.layers.build import locate_geojson

    return locate_geojson(text)
