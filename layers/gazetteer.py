"""Named places and regions, loaded from the package data in ``layers/data/``.

Five files, each read on first use:

* ``places.toml``               points (launch sites, islands, cities, rocks) with their sources;
* ``regions.geojson``           land regions (peninsulas, countries, islands, island groups);
* ``seas.geojson``              Natural Earth sea polygons around East Asia and the west Pacific;
* ``japan_prefectures.geojson`` the 47 prefectures (J-Alert zones), Amami fault fixed;
* ``alert_areas.geojson``       J-Alert sub-areas: named island parts of a prefecture (the Tokyo
  islands, Okinawa's Sakishima islands ...), with their municipalities.

Lookups ignore case, spaces, hyphens, apostrophes, colons, brackets and diacritics
(``"tongchang ri"`` finds ``"Tongchang-ri"``, ``"Hyōgo"`` finds ``"Hyogo"``, ``"Okinawa Sakishima
Islands"`` finds ``"Okinawa: Sakishima Islands"``) and accept every alias, the Japanese and
Korean names (``name_ja``, ``name_ko``) among them. Japanese and Korean names are compared in NFKC
form (full-width letters and digits as ASCII), without spaces or the middle dot, and a common
suffix may be left off or added where that names one entry only: ``"백령"`` finds ``"백령도"``,
``"沖縄"`` finds ``"沖縄県"`` (:data:`NAME_SUFFIXES`). An unknown name raises `UnknownPlaceError`
with the closest known names.

Examples
--------
>>> g = load_gazetteer()
>>> sohae = g.place("tongchang-ri")
>>> sohae.name, sohae.kind, sohae.position.lat
('Sohae Satellite Launching Ground', 'launch_site', 39.66)
>>> g.prefecture("沖縄県").name, g.prefecture("47").name
('Okinawa', 'Okinawa')
>>> g.sea("north pacific ocean").name
'North Pacific Ocean'
>>> g.resolve("Okinawa Honto").kind
'island'
>>> g.alert_area("tokyo islands").municipalities[-1], g.alert_area("Okinawa") is g.prefecture("47")
('Ogasawara Village', True)
>>> g.resolve("백령도").name, g.resolve("오키나와 본섬").name, g.resolve("ＳＯＨＡＥ").name
('Baengnyeongdo', 'Okinawa main island', 'Sohae Satellite Launching Ground')
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import GeoError, LonLat
from alertmap.layers.datafiles import DATA, read_layer, read_places
from alertmap.layers.errors import LayersError, UnknownPlaceError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Gazetteer", "NameFound", "Place", "Region", "load_gazetteer", "name_key", "name_stem"]

PLACE_KINDS = frozenset({"launch_site", "island", "city", "rock", "reference"})
REGION_KINDS = frozenset(
    {"peninsula", "country", "island", "island group", "sea", "prefecture", "alert area"}
)

_T = TypeVar("_T")
_IGNORED = re.compile(r"[\s\-‐‑‒–—−_'’‘`´.,·:;()\[\]・、「」『』【】〈〉《》]+")
#: The kana voicing marks: kept when diacritics are dropped (ガ is not カ).
_KANA_MARKS = frozenset("\u3099\u309a")
#: Suffixes a Japanese or Korean name may be written with or without ("백령도" / "백령",
#: "沖縄県" / "沖縄"): prefecture (県 현 府 都), island (島 섬 도), peninsula (半島 반도) and sea
#: (海 해). A name is found by its stem only when the stem is at least two characters long and
#: names one entry of the gazetteer.
NAME_SUFFIXES = ("半島", "반도", "県", "현", "府", "都", "島", "섬", "도", "海", "해")


@dataclass(frozen=True, slots=True)
class Place:
    """A named point of the gazetteer.

    Attributes
    ----------
    name
        Display name, e.g. ``"Sohae Satellite Launching Ground"``.
    position
        The published (or, when ``approximate``, estimated) position.
    kind
        ``'launch_site'``, ``'island'``, ``'city'``, ``'rock'`` or ``'reference'``.
    aliases
        Other names that find this place.
    source
        Who published the coordinate.
    url
        Where it was read, when there is one.
    note
        Caveats, e.g. why a position is an estimate.
    approximate
        True for an estimate rather than a published coordinate.
    """

    name: str
    position: LonLat
    kind: str
    aliases: tuple[str, ...]
    source: str
    url: str | None
    note: str
    approximate: bool
    #: The Japanese and Korean names ('' when none is given), and where they come from.
    name_ja: str = ""
    name_ko: str = ""
    names_source: str = ""


@dataclass(frozen=True, slots=True)
class Region:
    """A named area of the gazetteer.

    Attributes
    ----------
    name
        Display name, e.g. ``"Korean Peninsula"``, ``"East China Sea"``, ``"Okinawa"``.
    geometry
        (Multi)Polygon in lon/lat degrees (a Point for the two straits that Natural Earth
        gives only as a label position).
    kind
        ``'peninsula'``, ``'country'``, ``'island'``, ``'island group'``, ``'sea'``,
        ``'prefecture'`` or ``'alert area'`` (a J-Alert sub-area of one prefecture).
    aliases
        Other names that find this region.
    source
        Where the outline comes from and how it was made.
    prefecture
        For a prefecture or an alert area: the JIS X 0401 prefecture code ('13', '47'), else
        None.
    municipalities
        For an alert area: its municipalities, as published where known ('Hachijo Town' ...).
    """

    name: str
    geometry: BaseGeometry
    kind: str
    aliases: tuple[str, ...]
    source: str
    prefecture: str | None = None
    municipalities: tuple[str, ...] = ()
    #: The Japanese and Korean names ('' when none is given), and where they come from.
    name_ja: str = ""
    name_ko: str = ""
    names_source: str = ""


@dataclass(frozen=True, slots=True)
class NameFound:
    """A gazetteer name found in a text (:meth:`Gazetteer.names_in`).

    Attributes
    ----------
    start, end
        Where the name is in the text searched.
    text
        The name as it stands in the text.
    entries
        Every entry with that name: places first, then regions, seas, prefectures and J-Alert
        sub-areas ("北海道" is the island and the prefecture).
    """

    start: int
    end: int
    text: str
    entries: tuple[Place | Region, ...]


_GAP = r"[\s\[\]]+"
#: Round 27: the letters of a katakana word (with the long-vowel mark and the middle dot).
_KATAKANA = "\u30a1-\u30fa\u30fc"
_KATAKANA_WORD = re.compile(rf"[{_KATAKANA}\u30fb]+")
#: English aliases that are also everyday words ("in the wake of"): not looked for in a text.
_COMMON_WORDS = frozenset({"wake", "midway", "pacific"})


def _names(entry: Place | Region) -> tuple[str, ...]:
    """Every name that finds an entry: its display name first, then its Japanese and Korean
    names, then its aliases."""
    names = (entry.name, entry.name_ja, entry.name_ko, *entry.aliases)
    return tuple(dict.fromkeys(n for n in names if n))


#: Seas that reports name by their ocean: the Philippine Sea is "the Pacific" to Japan's MOD.
OCEAN_PARTS: dict[str, tuple[str, ...]] = {"North Pacific Ocean": ("Philippine Sea",)}


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, without diacritics, spaces or punctuation.

    Examples
    --------
    >>> name_key("Tongchang-ri"), name_key("TONGCHANG RI"), name_key("Hyōgo")
    ('tongchangri', 'tongchangri', 'hyogo')
    >>> name_key("Okinawa: Daito Islands") == name_key("okinawa daito islands")
    True
    """
    if name.isascii():  # most names: nothing to decompose
        return _IGNORED.sub("", name.casefold())
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KANA_MARKS)
    return _IGNORED.sub("", unicodedata.normalize("NFC", stripped))


def name_stem(key: str) -> str:
    """A name key without its Japanese or Korean suffix (:data:`NAME_SUFFIXES`), or ''
    when it has none or the rest would be shorter than two characters.

    Examples
    --------
    >>> name_stem(name_key("백령도")), name_stem(name_key("沖縄県")), name_stem(name_key("독도"))
    ('백령', '沖縄', '')
    >>> name_stem(name_key("Sohae"))
    ''
    """
    if key.isascii():
        return ""
    for suffix in NAME_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            return key[: -len(suffix)]
    return ""


class _Index(Mapping[str, _T]):
    """Entries by the `name_key` of their name and aliases (the first name is the display name)."""

    def __init__(self, entries: Iterable[tuple[_T, Sequence[str]]], *, what: str) -> None:
        self._by_key: dict[str, _T] = {}
        self._display: dict[str, str] = {}
        ordered: list[_T] = []
        for entry, names in entries:
            ordered.append(entry)
            for name in names:
                key = name_key(name)
                if not key:
                    continue
                other = self._by_key.get(key)
                if other is not None and other is not entry:
                    raise LayersError(f"gazetteer: {what} name {name!r} is used twice")
                self._by_key[key] = entry
                self._display[key] = names[0]
        self.entries: tuple[_T, ...] = tuple(ordered)

    def __getitem__(self, key: str) -> _T:
        return self._by_key[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    @functools.cached_property
    def _stems(self) -> dict[str, list[_T]]:
        """The entries by the stem of each of their keys (:func:`name_stem`)."""
        stems: dict[str, list[_T]] = {}
        for key, entry in self._by_key.items():
            stem = name_stem(key)
            if stem and entry not in stems.setdefault(stem, []):
                stems[stem].append(entry)
        return stems

    def by_stem(self, key: str) -> list[_T]:
        """The entries a name key finds once a suffix is left off or added ("백령" finds
        "백령도", "沖縄県" finds "沖縄", "제주섬" finds "제주도"): one entry when that is
        unambiguous, several when it is not, none when nothing fits."""
        stem = name_stem(key)
        found: list[_T] = []
        if stem and stem in self._by_key:
            found.append(self._by_key[stem])
        for probe in (key, stem):
            for entry in self._stems.get(probe, []) if probe else []:
                if entry not in found:
                    found.append(entry)
        return found

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """Display names of the entries whose names are closest to ``name``."""
        keys = difflib.get_close_matches(name_key(name), list(self._by_key), n=limit, cutoff=0.6)
        return list(dict.fromkeys(self._display[key] for key in keys))


def _unknown(kind: str, name: str, expected: str, suggestions: Sequence[str]) -> UnknownPlaceError:
    """The error for an unknown name, with close matches when there are any."""
    message = f"unknown {kind} {name!r}: expected {expected}"
    if suggestions:
        message += " (did you mean " + " or ".join(repr(s) for s in suggestions) + "?)"
    return UnknownPlaceError(message)


#: Endings of an island's or a province's name (도 is both in Korean).
_LAND_SUFFIXES = ("도", "島", "섬", "道")


#: What makes a sea's name before it a province's ("黄海道", "黄海南道", "황해북도", "황해도
#: 내륙에서"); a Korean 도 alone may be the particle "also" ("동해도"), so only with a word
#: of land after it.
_PROVINCE_AFTER = re.compile(
    r"[南北]?道|[남북]도|도\s*(?:내륙|일대|지역|부근|인근|근처|일원|[가-힣]{1,4}[군시]\b|에서|[(（])"
)


def _by_stem(indexes: Sequence[_Index[_T]], name: str) -> _T | None:
    """The one entry of ``indexes`` that ``name`` finds once a suffix is left off or added,
    or None when none or several do."""
    key = name_key(name)
    if key.isascii():
        return None
    found: list[_T] = []
    for index in indexes:
        found += [e for e in index.by_stem(key) if e not in found]
    if key.endswith(_LAND_SUFFIXES):
        # "황해도" / "黄海道" is a province (Hwanghae), not the Yellow Sea: a name ending in a
        # word for an island or a province never finds a sea by its stem
        found = [e for e in found if getattr(e, "kind", "") != "sea"]
    return found[0] if len(found) == 1 else None


def _field(
    record: Mapping[str, Any], field: str, where: str, kind: type, default: Any = ...
) -> Any:
    """``record[field]`` checked against ``kind``; `LayersError` naming the file and field."""
    if field not in record:
        if default is not ...:
            return default
        raise LayersError(f"{where}.{field}: missing")
    value = record[field]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind):
        raise LayersError(f"{where}.{field}: expected {kind.__name__}, got {value!r}")
    return value


def _place_from(record: Mapping[str, Any], where: str) -> Place:
    """One ``[[place]]`` table as a `Place`."""
    kind = _field(record, "kind", where, str)
    if kind not in PLACE_KINDS:
        raise LayersError(f"{where}.kind: expected one of {sorted(PLACE_KINDS)}, got {kind!r}")
    aliases = _field(record, "aliases", where, list, [])
    if not all(isinstance(a, str) for a in aliases):
        raise LayersError(f"{where}.aliases: expected a list of strings, got {aliases!r}")
    try:
        position = LonLat(_field(record, "lon", where, float), _field(record, "lat", where, float))
    except GeoError as err:
        raise LayersError(f"{where}: {err}") from None
    return Place(
        name=_field(record, "name", where, str),
        position=position,
        kind=kind,
        aliases=tuple(aliases),
        source=_field(record, "source", where, str),
        url=_field(record, "url", where, str, None) or None,
        note=_field(record, "note", where, str, ""),
        approximate=_field(record, "approximate", where, bool, False),
        name_ja=_field(record, "name_ja", where, str, ""),
        name_ko=_field(record, "name_ko", where, str, ""),
        names_source=_field(record, "names_source", where, str, ""),
    )


def _local_names(properties: Mapping[str, Any]) -> tuple[str, str, str]:
    """A bundled feature's Japanese and Korean names and their source ('' when none)."""
    ja, ko, source = (str(properties.get(k) or "") for k in ("name_ja", "name_ko", "names_source"))
    return ja, ko, source


class Gazetteer:
    """Places, regions, seas and prefectures by name, read from a data directory.

    Use `load_gazetteer` for the package's own data. Each file is read the first time it is
    needed.

    Parameters
    ----------
    data
        Directory (or importlib resource) holding ``places.toml`` and the ``.geojson`` files.
    """

    def __init__(self, data: Traversable) -> None:
        self._data = data

    # ------------------------------------------------------------------ loading

    @functools.cached_property
    def _places(self) -> _Index[Place]:
        records = read_places(self._data)
        places = [_place_from(r, f"places.toml: place[{i}]") for i, r in enumerate(records)]
        return _Index(((p, _names(p)) for p in places), what="place")

    def _features(self, name: str) -> Iterator[tuple[dict[str, Any], BaseGeometry]]:
        properties, geometries = read_layer(self._data, name)
        return zip(properties, geometries, strict=True)

    @functools.cached_property
    def _regions(self) -> _Index[Region]:
        regions = []
        for p, geometry in self._features("regions"):
            ja, ko, names_source = _local_names(p)
            region = Region(
                p["name"], geometry, p["kind"], tuple(p["aliases"]), p["source"],
                name_ja=ja, name_ko=ko, names_source=names_source,
            )  # fmt: skip
            regions.append((region, _names(region)))
        return _Index(regions, what="region")

    @functools.cached_property
    def _seas(self) -> _Index[Region]:
        seas = []
        for p, geometry in self._features("seas"):
            names = [p["label"], p["name"], *p["aliases"]]
            source = f"Natural Earth 10m marine polygons ({p['name']!r}), clipped and simplified"
            if p.get("placeholder"):
                source += "; a label point only: " + p.get("note", "")
            aliases = tuple(dict.fromkeys(n for n in names[1:] if n != p["label"]))
            ja, ko, names_source = _local_names(p)
            region = Region(
                p["label"], geometry, "sea", aliases, source,
                name_ja=ja, name_ko=ko, names_source=names_source,
            )  # fmt: skip
            seas.append((region, (*names[:1], *_names(region)[1:])))
        return _Index(seas, what="sea")

    @functools.cached_property
    def _prefectures(self) -> _Index[Region]:
        prefectures = []
        for p, geometry in self._features("japan_prefectures"):
            source = (
                f"Natural Earth 10m admin-1 (older release), prefecture {p['code']} "
                f"{p['name_local']}, region {p['region']}; Amami/Yoron moved to Kagoshima"
            )
            aliases = tuple(p["aliases"])
            ja, ko, names_source = _local_names(p)
            region = Region(
                p["name"], geometry, "prefecture", aliases, source, p["code"],
                name_ja=ja, name_ko=ko, names_source=names_source,
            )  # fmt: skip
            prefectures.append((region, _names(region)))
        return _Index(prefectures, what="prefecture")

    @functools.cached_property
    def _alert_areas(self) -> _Index[Region]:
        areas = []
        for p, geometry in self._features("alert_areas"):
            source = p["source"] + (f". {p['note']}" if p.get("note") else "")
            region = Region(
                p["name"],
                geometry,
                "alert area",
                tuple(p["aliases"]),
                source,
                p["prefecture"],
                tuple(p["municipalities"]),
                *_local_names(p),
            )
            names = _names(region)
            clash = [n for n in names if name_key(n) in self._prefectures]
            if clash:
                raise LayersError(f"gazetteer: alert area name {clash[0]!r} is a prefecture name")
            areas.append((region, names))
        return _Index(areas, what="alert area")

    # ------------------------------------------------------------------ lookups

    def place(self, name: str) -> Place:
        """The place called ``name`` (or with that alias).

        Raises
        ------
        UnknownPlaceError
            No place has that name; the message suggests close names.

        Examples
        --------
        >>> load_gazetteer().place("Baengnyong")
        Traceback (most recent call last):
        ...
        alertmap.layers.errors.UnknownPlaceError: unknown place 'Baengnyong': expected a name from the gazetteer (did you mean 'Baengnyeongdo'?)
        """  # noqa: E501
        found = self._places.get(name_key(name)) or _by_stem([self._places], name)
        if found is None:
            raise _unknown(
                "place", name, "a name from the gazetteer", self._places.suggestions(name)
            )
        return found

    def region(self, name: str) -> Region:
        """The region, else the sea, else the prefecture, else the J-Alert sub-area ``name``.

        Examples
        --------
        >>> g = load_gazetteer()
        >>> [g.region(n).kind for n in ("Korean Peninsula", "Yellow Sea", "Kagoshima")]
        ['peninsula', 'sea', 'prefecture']
        >>> g.region("Izu Islands").kind, g.region("Tokyo islands").kind
        ('island group', 'alert area')
        """
        key = name_key(name)
        for attribute in ("_regions", "_seas", "_prefectures", "_alert_areas"):  # read if needed
            index: _Index[Region] = getattr(self, attribute)
            if key in index:
                return index[key]
        stemmed = _by_stem(self._region_indexes(), name)
        if stemmed is not None:
            return stemmed
        suggestions = self._regions.suggestions(name) or self._seas.suggestions(name)
        suggestions = suggestions or self._prefectures.suggestions(name)
        suggestions = suggestions or self._alert_areas.suggestions(name)
        raise _unknown(
            "region", name, "a region, sea, prefecture or J-Alert area name", suggestions
        )

    def _region_indexes(self) -> list[_Index[Region]]:
        return [self._regions, self._seas, self._prefectures, self._alert_areas]

    def sea(self, name: str) -> Region:
        """The sea called ``name``: Natural Earth's name, its readable label, or an alias.

        Examples
        --------
        >>> load_gazetteer().sea("West Sea").name
        'Yellow Sea'
        """
        found = self._seas.get(name_key(name)) or _by_stem([self._seas], name)
        if found is None:
            raise _unknown("sea", name, "a sea name", self._seas.suggestions(name))
        return found

    def sea_outline(self, name: str) -> BaseGeometry:
        """The outline a report naming the sea ``name`` means: the sea's own, and for the North
        Pacific Ocean also the Philippine Sea (:data:`OCEAN_PARTS`), which Japan's reports call
        the Pacific ("太平洋に落下" east of the Philippines).

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.sea_outline("Pacific").area > g.sea("Pacific").geometry.area
        True
        """
        sea = self.sea(name)
        parts = OCEAN_PARTS.get(sea.name, ())
        if not parts:
            return sea.geometry
        return shapely.union_all([sea.geometry, *(self.sea(p).geometry for p in parts)])

    def prefecture(self, name_or_code: str) -> Region:
        """A prefecture by English or Japanese name or by JIS code ('47', 'JP-47', '7').

        Examples
        --------
        >>> g = load_gazetteer()
        >>> [g.prefecture(n).name for n in ("Okinawa Prefecture", "tokyo-to", "7")]
        ['Okinawa', 'Tokyo', 'Fukushima']
        """
        text = name_or_code.strip()
        if text.isdigit() and len(text) == 1:
            text = "0" + text
        found = self._prefectures.get(name_key(text)) or _by_stem([self._prefectures], text)
        if found is None:
            suggestions = self._prefectures.suggestions(name_or_code)
            raise _unknown(
                "prefecture", name_or_code, "a prefecture name or code 01..47", suggestions
            )
        return found

    def alert_area(self, name: str) -> Region:
        """A J-Alert target: a prefecture (name or JIS code, as `prefecture`) or a sub-area.

        J-Alert is announced by prefecture but delivered to municipalities, and can target some
        of a prefecture's municipalities only (4 Oct 2022: "the islands of Tokyo"). A sub-area is
        the prefecture's island polygons that hold those municipalities.

        Raises
        ------
        UnknownPlaceError
            Neither a prefecture nor a sub-area has that name; the message suggests close names.

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.alert_area("Okinawa: Sakishima Islands").prefecture
        '47'
        >>> g.alert_area("okinawa") is g.prefecture("Okinawa")
        True
        >>> g.alert_area("Sakishima Island")
        Traceback (most recent call last):
        ...
        alertmap.layers.errors.UnknownPlaceError: unknown alert area 'Sakishima Island': expected a prefecture name or code, or a J-Alert sub-area name (did you mean 'Okinawa: Sakishima Islands'?)
        """  # noqa: E501
        found = self._alert_areas.get(name_key(name))
        if found is not None:
            return found
        if name_key(name) not in self._prefectures:
            found = _by_stem([self._alert_areas, self._prefectures], name)
            if found is not None:
                return found
        try:
            return self.prefecture(name)
        except UnknownPlaceError:
            suggestions = self._alert_areas.suggestions(name) + self._prefectures.suggestions(name)
            expected = "a prefecture name or code, or a J-Alert sub-area name"
            raise _unknown("alert area", name, expected, suggestions[:3]) from None

    def resolve(self, name: str) -> Place | Region:
        """A place called ``name`` if there is one, else a region (see `region`).

        Examples
        --------
        >>> g = load_gazetteer()
        >>> type(g.resolve("Jeju")).__name__, type(g.resolve("Jeju Island")).__name__
        ('Place', 'Region')
        """
        key = name_key(name)
        found = self._places.get(key)
        if found is not None:
            return found
        if not any(key in index for index in self._region_indexes()):
            found = _by_stem([self._places], name)
            if found is not None:
                return found
        try:
            return self.region(name)
        except UnknownPlaceError:
            suggestions = self._places.suggestions(name) + self._regions.suggestions(name)
            suggestions += self._seas.suggestions(name)
            expected = "a place, region, sea or prefecture name from the gazetteer"
            raise _unknown("place", name, expected, suggestions[:3]) from None

    def find(self, name: str) -> Place | Region | None:
        """What `resolve` finds for ``name``, or None (no suggestions are looked for: for
        readers that try many candidate names).

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.find("渡島大島").name, g.find("Atlantis")
        ('Oshima-Oshima', None)
        """
        key = name_key(name)
        if not key:
            return None
        found = self._places.get(key)
        if found is not None:
            return found
        for index in self._region_indexes():
            region = index.get(key)
            if region is not None:
                return region
        return _by_stem([self._places], name) or _by_stem(self._region_indexes(), name)

    @functools.cached_property
    def _spotter(self) -> tuple[re.Pattern[str], dict[str, tuple[Place | Region, ...]]]:
        """One pattern for every name (longest first) and the entries by folded name."""
        by_name: dict[str, list[Place | Region]] = {}
        indexes: list[_Index[Any]] = [self._places, *self._region_indexes()]
        for index in indexes:
            for entry in index.entries:
                for name in _names(entry):
                    forms = {unicodedata.normalize("NFKC", name)}
                    forms |= {f.replace(" ", "") for f in forms if not f.isascii()}
                    forms |= {f.replace("-", " ") for f in forms if f.isascii()}
                    for form in forms:
                        folded = form.casefold()
                        if (
                            len(form) < 2
                            or folded in _COMMON_WORDS
                            or any(c.isdigit() for c in form)
                        ):
                            continue
                        found = by_name.setdefault(folded, [])
                        if entry not in found:
                            found.append(entry)
        parts = []
        for folded in sorted(by_name, key=len, reverse=True):
            escaped = re.escape(folded)
            if folded.isascii():  # "Tokyo [islands]": words apart, or an editor's brackets
                escaped = rf"\b{escaped.replace(chr(92) + ' ', _GAP)}\b"
            elif _KATAKANA_WORD.fullmatch(folded):
                # round 27: a katakana name is a word of its own, never part of a longer
                # katakana word ("ウォンサン" is not in "カンウォンドウォンサン", Kangwon-do Wonsan)
                escaped = rf"(?<![{_KATAKANA}]){escaped}(?![{_KATAKANA}])"
            parts.append(escaped)
        pattern = re.compile("|".join(parts), re.IGNORECASE)
        return pattern, {k: tuple(v) for k, v in by_name.items()}

    def names_in(self, text: str) -> list[NameFound]:
        """Every gazetteer name written in ``text`` (in NFKC form), longest first where names
        overlap ("동해위성발사장" is the launching ground, not the sea 동해).

        Examples
        --------
        >>> g = load_gazetteer()
        >>> [(f.text, f.entries[0].name) for f in g.names_in("平壌近郊から日本海に向けて")]
        [('平壌', 'Pyongyang'), ('日本海', 'Sea of Japan')]
        >>> [f.entries[0].name for f in g.names_in("from around Sunan International Airport")]
        ['Pyongyang Sunan International Airport']
        """
        pattern, by_name = self._spotter
        found = []
        for m in pattern.finditer(text):
            key = re.sub(_GAP, " ", m.group(0)).casefold()
            if key not in by_name:
                continue
            entries = by_name[key]
            if all(getattr(e, "kind", "") == "sea" for e in entries) and _PROVINCE_AFTER.match(
                text, m.end()
            ):
                continue  # "黄海道", "황해남도", "황해도 내륙": the province Hwanghae, not a sea
            found.append(NameFound(m.start(), m.end(), m.group(0), entries))
        return found

    def find_sea(self, name: str) -> Region | None:
        """The sea called ``name``, or None (as `sea`, without suggestions)."""
        key = name_key(name)
        return (self._seas.get(key) or _by_stem([self._seas], name)) if key else None

    def places(self) -> tuple[Place, ...]:
        """Every place, in file order."""
        return self._places.entries

    def regions(self) -> tuple[Region, ...]:
        """Every region of ``regions.geojson`` and every sea, in file order."""
        return self._regions.entries + self._seas.entries

    def prefectures(self) -> tuple[Region, ...]:
        """The 47 prefectures in JIS order (01 Hokkaido .. 47 Okinawa)."""
        return self._prefectures.entries

    def alert_areas(self) -> tuple[Region, ...]:
        """The J-Alert sub-areas (not the whole prefectures), in file order.

        Examples
        --------
        >>> [a.name for a in load_gazetteer().alert_areas()][:2]
        ['Tokyo islands (Izu and Ogasawara)', 'Izu Islands']
        """
        return self._alert_areas.entries


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the package data (one shared instance).

    Examples
    --------
    >>> load_gazetteer() is load_gazetteer()
    True
    >>> len(load_gazetteer().prefectures())
    47
    """
    return Gazetteer(DATA)
