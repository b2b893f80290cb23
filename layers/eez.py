"""Japan's exclusive economic zone, APPROXIMATE, read from the package data (``eez.geojson``).

The zone is the sea within 200 nautical miles of Japan's land, cut by median lines against the
neighbours, as computed by ``tools/build_eez.py`` from the bundled Natural Earth coastline: not
from Japan's legal baselines, and not a legal boundary (see the file's ``note`` and
``layers/data/PROVENANCE.md``). It is the zone Japan claims; each `DisputedArea` is the part of
it that depends on islands another state holds or contests (Takeshima/Dokdo, the Senkaku
Islands, the Southern Kurils, Okinotorishima).

Examples
--------
>>> eez = load_eez()
>>> eez.name
'Japan EEZ (approximate)'
>>> find_eez("日本のEEZ") is eez, find_eez("japans eez") is eez
(True, True)
>>> eez.contains(LonLat(134.0, 38.0)), eez.contains(LonLat(123.5, 35.5))  # Sea of Japan; Yellow Sea
(True, False)
>>> [area.name for area in eez.disputed_at(LonLat(131.95, 37.15))]  # 12 km SE of Liancourt Rocks
['Takeshima / Dokdo zone']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat
from alertmap.layers.datafiles import DATA, read_layer
from alertmap.layers.errors import LayersError, UnknownPlaceError
from alertmap.layers.gazetteer import name_key

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["EEZ", "DisputedArea", "find_eez", "load_eez", "read_eez"]

#: The bundled layer's name (``eez.geojson`` and its ``eez.wkb`` twin).
LAYER = "eez"


@dataclass(frozen=True, slots=True)
class DisputedArea:
    """A part of the zone that depends on disputed islands.

    Attributes
    ----------
    name
        Display name, e.g. ``"Takeshima / Dokdo zone"``.
    geometry
        (Multi)Polygon in lon/lat degrees, inside the zone's geometry.
    aliases
        Other names that find it with `EEZ.disputed_area`.
    parties
        The states party to the dispute, Japan first.
    administered_by
        The state that holds the islands.
    note
        Who claims what, and how the area was drawn.
    """

    name: str
    geometry: BaseGeometry
    aliases: tuple[str, ...]
    parties: tuple[str, ...]
    administered_by: str
    note: str


@dataclass(frozen=True, slots=True)
class EEZ:
    """An approximate exclusive economic zone, with its disputed parts.

    Attributes
    ----------
    name
        ``"Japan EEZ (approximate)"``.
    geometry
        (Multi)Polygon in lon/lat degrees: the sea of the zone (territorial sea and internal
        waters included, land cut out), as the state claims it.
    aliases
        Other names that find it with `find_eez`.
    source
        How it was made.
    note
        What it is and is not (approximate, not a legal boundary ...).
    disputed
        The parts that depend on disputed islands, inside ``geometry``.
    """

    name: str
    geometry: BaseGeometry
    aliases: tuple[str, ...]
    source: str
    note: str
    disputed: tuple[DisputedArea, ...]

    def contains(self, position: LonLat) -> bool:
        """True when ``position`` lies in the zone (on its edge counts as in).

        Examples
        --------
        >>> load_eez().contains(LonLat(144.0, 38.3))  # about 300 km east of Kamaishi
        True
        """
        return bool(shapely.intersects_xy(self.geometry, position.lon, position.lat))

    def disputed_at(self, position: LonLat) -> tuple[DisputedArea, ...]:
        """The disputed areas that ``position`` lies in (none for most of the zone).

        Examples
        --------
        >>> load_eez().disputed_at(LonLat(136.09, 19.0))[0].parties  # south of Okinotorishima
        ('Japan', 'China', 'South Korea')
        >>> load_eez().disputed_at(LonLat(140.0, 35.0))
        ()
        """
        return tuple(
            area
            for area in self.disputed
            if shapely.intersects_xy(area.geometry, position.lon, position.lat)
        )

    def disputed_area(self, name: str) -> DisputedArea:
        """The disputed area called ``name`` (or with that alias).

        Raises
        ------
        UnknownPlaceError
            No disputed area has that name.

        Examples
        --------
        >>> load_eez().disputed_area("Dokdo").administered_by
        'South Korea'
        >>> load_eez().disputed_area("Jeju")
        Traceback (most recent call last):
        ...
        alertmap.layers.errors.UnknownPlaceError: unknown disputed area 'Jeju': expected one of 'Takeshima / Dokdo zone', 'Senkaku / Diaoyu Islands zone', 'Northern Territories / Southern Kurils zone', 'Okinotorishima zone' or an alias
        """  # noqa: E501
        key = name_key(name)
        for area in self.disputed:
            if key in {name_key(n) for n in (area.name, *area.aliases)}:
                return area
        names = ", ".join(repr(area.name) for area in self.disputed)
        raise UnknownPlaceError(
            f"unknown disputed area {name!r}: expected one of {names} or an alias"
        )


def _field(properties: Mapping[str, Any], field: str, where: str, kind: type) -> Any:
    """``properties[field]`` checked against ``kind`` (a list must hold strings)."""
    value = properties.get(field)
    if not isinstance(value, kind) or (
        isinstance(value, list) and not all(isinstance(v, str) for v in value)
    ):
        expected = "a list of strings" if kind is list else kind.__name__
        raise LayersError(f"{where}.{field}: expected {expected}, got {value!r}")
    return value


def read_eez(directory: Traversable) -> EEZ:
    """The zone in ``directory``'s ``eez.geojson`` (and ``eez.wkb``): one feature of kind
    ``'eez'`` and any number of kind ``'disputed'``.

    Raises
    ------
    LayersError
        A feature lacks a field or has an unknown kind, or there is not exactly one zone.

    Examples
    --------
    >>> from alertmap.layers.datafiles import DATA
    >>> read_eez(DATA) == load_eez()
    True
    """
    properties, geometries = read_layer(directory, LAYER)
    zones, disputed = [], []
    for number, (record, geometry) in enumerate(zip(properties, geometries, strict=True), 1):
        where = f"{LAYER}.geojson: feature {number}"
        kind = record.get("kind")
        name = _field(record, "name", where, str)
        aliases = tuple(_field(record, "aliases", where, list))
        note = _field(record, "note", where, str)
        if kind == "eez":
            source = _field(record, "source", where, str)
            zones.append((name, geometry, aliases, source, note))
        elif kind == "disputed":
            parties = tuple(_field(record, "parties", where, list))
            holder = _field(record, "administered_by", where, str)
            disputed.append(DisputedArea(name, geometry, aliases, parties, holder, note))
        else:
            raise LayersError(f"{where}.kind: expected 'eez' or 'disputed', got {kind!r}")
    if len(zones) != 1:
        raise LayersError(
            f"{LAYER}.geojson: expected one feature of kind 'eez', found {len(zones)}"
        )
    return EEZ(*zones[0], disputed=tuple(disputed))


@functools.cache
def load_eez() -> EEZ:
    """Japan's approximate EEZ from the package data (read once, then shared).

    Examples
    --------
    >>> load_eez() is load_eez()
    True
    >>> len(load_eez().disputed)
    4
    """
    return read_eez(DATA)


def find_eez(name: str) -> EEZ:
    """The zone called ``name`` or one of its aliases (case, spaces and punctuation ignored).

    Raises
    ------
    UnknownPlaceError
        No zone has that name.

    Examples
    --------
    >>> find_eez("EEZ of Japan").name, find_eez("일본 EEZ").name
    ('Japan EEZ (approximate)', 'Japan EEZ (approximate)')
    >>> find_eez("Korea EEZ")
    Traceback (most recent call last):
    ...
    alertmap.layers.errors.UnknownPlaceError: unknown EEZ 'Korea EEZ': expected 'Japan EEZ (approximate)' or an alias ("Japan's EEZ", 'Japan EEZ', 'EEZ of Japan', ...)
    """  # noqa: E501
    eez = load_eez()
    if name_key(name) in {name_key(n) for n in (eez.name, *eez.aliases)}:
        return eez
    shown = ", ".join(repr(a) for a in eez.aliases[:3])
    raise UnknownPlaceError(
        f"unknown EEZ {name!r}: expected {eez.name!r} or an alias ({shown}, ...)"
    )
