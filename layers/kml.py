"""An event as KML 2.2 (or KMZ) for Google Earth.

The document holds the event's title, summary and notes, one ``Style`` per look, and one
``Folder`` per layer (hidden when the layer is), each feature a ``Placemark``:

* its geometry as the GeoJSON export writes it (cut at the antimeridian, 1e-6 degree), lines
  and areas tessellated on the ground;
* a ground track with a profile (:class:`~alertmap.layers.model.Profile`) as a
  ``MultiGeometry`` of the track in 3-D (``LineString``, ``altitudeMode`` absolute, altitude
  above the WGS84 ellipsoid: Google Earth reads it above sea level, a difference of at most
  about 100 m) and a ``gx:Track`` with a ``when`` for every point; a schematic track, whose
  altitudes are unknown, on the ground (``clampToGround``);
* a ``TimeSpan`` from the first to the last of its times (a warning's window, an alert's
  messages), or a ``TimeStamp`` for one time;
* its name, and a description with what the popup on the map says (kind, how drawn, basis,
  times, sources, notes; for a profiled track its apogee and crossings), shown in a balloon
  of its own (``BalloonStyle``): Google Earth reads a description as HTML, so the text is
  HTML-escaped before it is written (a ``<b>`` in a report shows as ``<b>``);
* ``ExtendedData``: ``id``, ``layer``, ``kind``, ``basis``, ``approximate``, ``source``,
  ``times`` (JSON), ``reported``, ``method``, as plain text, for GIS tools.

Colours are not decided here: ``style`` gives each layer's `KmlStyle` (``alertmap export``
passes the map's palette, :mod:`alertmap.maps.style`); without it Google Earth's defaults.
The XML is written by a small serializer that escapes every text and attribute, and replaces
the characters XML 1.0 cannot hold with U+FFFD.

Examples
--------
>>> import alertmap
>>> text = kml_text(alertmap.load("2023-08-24"))
>>> text.startswith('<?xml version="1.0" encoding="UTF-8"?>'), text.count("<Folder>")
(True, 11)
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from alertmap.layers.errors import LayersError
from alertmap.layers.export import COORDINATE_DECIMALS, profile_along, rfc7946_geometry
from alertmap.layers.model import Event, Feature, Kind, Layer, Profile, zone

__all__ = ["GX_NS", "KML_NS", "KmlStyle", "kml_colour", "kml_text", "write_kml"]

KML_NS = "http://www.opengis.net/kml/2.2"
GX_NS = "http://www.google.com/kml/ext/2.2"

#: The name of the KML file inside a KMZ (Google Earth opens the first .kml of the archive).
KMZ_ENTRY = "doc.kml"


# --------------------------------------------------------------------------------------------
# Styles


@dataclass(frozen=True, slots=True)
class KmlStyle:
    """How a layer looks in KML: line colour (``#rrggbb``), opacity and width in pixels; fill
    colour and opacity (no fill: ``fill`` None).

    Examples
    --------
    >>> KmlStyle.from_path_options({"color": "#E69F00", "weight": 2, "fillOpacity": 0.22})
    KmlStyle(line='#E69F00', line_opacity=1.0, width=2.0, fill='#E69F00', fill_opacity=0.22)
    >>> KmlStyle.from_path_options({"color": "#555555", "fill": False}).fill is None
    True
    """

    line: str = "#000000"
    line_opacity: float = 1.0
    width: float = 2.0
    fill: str | None = None
    fill_opacity: float = 0.0

    @classmethod
    def from_path_options(cls, options: Mapping[str, Any]) -> KmlStyle:
        """A style from Leaflet path options (``color``, ``opacity``, ``weight``, ``fill``,
        ``fillColor``, ``fillOpacity``), Leaflet's defaults where one is missing."""
        line = str(options.get("color", "#3388ff"))
        filled = bool(options.get("fill", True))
        return cls(
            line=line,
            line_opacity=float(options.get("opacity", 1.0)),
            width=float(options.get("weight", 3.0)),
            fill=str(options.get("fillColor", line)) if filled else None,
            fill_opacity=float(options.get("fillOpacity", 0.2)) if filled else 0.0,
        )


_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def kml_colour(rgb: str, opacity: float = 1.0) -> str:
    """A CSS colour ``#rrggbb`` (or ``#rgb``) and an opacity as KML writes them: ``aabbggrr``.

    Examples
    --------
    >>> kml_colour("#D55E00", 0.35)
    '59005ed5'
    >>> kml_colour("#fff")
    'ffffffff'
    """
    found = _HEX.fullmatch(rgb.strip())
    if found is None:
        raise LayersError(f"style: expected a colour such as #d55e00, got {rgb!r}")
    digits = found.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    alpha = round(min(max(opacity, 0.0), 1.0) * 255)
    return f"{alpha:02x}{digits[4:6]}{digits[2:4]}{digits[0:2]}".lower()


# --------------------------------------------------------------------------------------------
# A small XML tree


#: Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, surrogates,
#: U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    clean = _NOT_XML.sub("\ufffd", text)
    return clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attribute(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;")


@dataclass(slots=True)
class _Element:
    """An element: its tag (with prefix), attributes, text or children."""

    tag: str
    text: str | None = None
    children: list[_Element] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)

    def add(self, tag: str, text: str | None = None, **attributes: str) -> _Element:
        child = _Element(tag, text, attributes=dict(attributes))
        self.children.append(child)
        return child

    def lines(self, depth: int = 0) -> Iterator[str]:
        pad = " " * depth
        attrs = "".join(f' {k}="{_xml_attribute(v)}"' for k, v in self.attributes.items())
        if self.text is not None:
            yield f"{pad}<{self.tag}{attrs}>{_xml_text(self.text)}</{self.tag}>"
        elif not self.children:
            yield f"{pad}<{self.tag}{attrs}/>"
        else:
            yield f"{pad}<{self.tag}{attrs}>"
            for child in self.children:
                yield from child.lines(depth + 1)
            yield f"{pad}</{self.tag}>"


# --------------------------------------------------------------------------------------------
# Geometry


def _number(value: float) -> str:
    """A coordinate as written: at most `COORDINATE_DECIMALS` decimals, no exponent.

    Examples
    --------
    >>> _number(124.7050001), _number(1e-7), _number(-0.0)
    ('124.705', '0', '0')
    """
    text = f"{value:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _coordinates(xy: Any, altitudes: Any = None) -> str:
    if altitudes is None:
        return " ".join(f"{_number(x)},{_number(y)}" for x, y in xy[:, :2])
    return " ".join(
        f"{_number(x)},{_number(y)},{round(float(a))}"
        for (x, y), a in zip(xy[:, :2], altitudes, strict=True)
    )


def _ground_geometry(parent: _Element, geometry: BaseGeometry) -> None:
    """``geometry`` (lon, lat within -180..180) as KML on the ground."""
    kind = geometry.geom_type
    if geometry.is_empty:
        return
    if kind == "Point":
        parent.add("Point").add("coordinates", _coordinates(shapely.get_coordinates(geometry)))
    elif kind == "LineString":
        line = parent.add("LineString")
        line.add("tessellate", "1")
        line.add("coordinates", _coordinates(shapely.get_coordinates(geometry)))
    elif kind == "Polygon":
        polygon = parent.add("Polygon")
        polygon.add("tessellate", "1")
        rings = [("outerBoundaryIs", geometry.exterior)]
        rings += [("innerBoundaryIs", ring) for ring in geometry.interiors]
        for tag, ring in rings:
            polygon.add(tag).add("LinearRing").add(
                "coordinates", _coordinates(shapely.get_coordinates(ring))
            )
    else:  # Multi* and collections
        many = parent.add("MultiGeometry")
        for part in shapely.get_parts(geometry):
            _ground_geometry(many, part)


def _track_geometry(parent: _Element, feature: Feature, profile: Profile) -> None:
    """A profiled track: the line in 3-D (or on the ground when its altitudes are unknown)
    and a ``gx:Track`` with a time per point, part by part where it is cut at ±180."""
    written = rfc7946_geometry(feature.geometry)
    along = profile_along(feature)
    assert along is not None
    seconds, altitudes = along
    in_air = profile.modelled and bool(np.all(np.isfinite(altitudes)))
    many = parent.add("MultiGeometry")
    start = 0
    parts = []
    for part in shapely.get_parts(written):
        xy = shapely.get_coordinates(part)
        parts.append((xy, seconds[start : start + len(xy)], altitudes[start : start + len(xy)]))
        start += len(xy)
    mode = "absolute" if in_air else "clampToGround"
    for xy, _, alt in parts:
        line = many.add("LineString")
        if not in_air:
            line.add("tessellate", "1")
        line.add("altitudeMode", mode)
        line.add("coordinates", _coordinates(xy, alt if in_air else None))
    for xy, times, alt in parts:
        track = many.add("gx:Track")
        track.add("altitudeMode", mode)
        for t in times:
            track.add("when", profile.time_at(round(float(t), 1)).isoformat())
        for (x, y), a in zip(xy, alt if in_air else np.zeros(len(xy)), strict=True):
            track.add("gx:coord", f"{_number(x)} {_number(y)} {round(float(a))}")


# --------------------------------------------------------------------------------------------
# Features


def _time_primitive(parent: _Element, feature: Feature) -> None:
    """A ``TimeSpan`` from the first to the last time, or a ``TimeStamp`` for one (none for a
    profiled track: its ``gx:Track`` carries its times)."""
    if feature.profile is not None or not feature.times:
        return
    moments = sorted(t.time for t in feature.times)
    if len(moments) == 1:
        parent.add("TimeStamp").add("when", moments[0].isoformat())
        return
    span = parent.add("TimeSpan")
    span.add("begin", moments[0].isoformat())
    span.add("end", moments[-1].isoformat())


def _profile_lines(profile: Profile, timezone: str) -> list[str]:
    local = zone(timezone)

    def clock(seconds: float) -> str:
        return f"{profile.time_at(seconds).astimezone(local):%H:%M:%S}"

    def km(metres: float) -> str:
        return "altitude unknown" if not math.isfinite(metres) else f"{metres / 1000:,.0f} km"

    lines = [f"Profile: {profile.method}"]
    if math.isfinite(profile.apogee_m):
        lines.append(f"Apogee: {km(profile.apogee_m)} at {clock(profile.apogee_s)}")
    lines += [
        f"Over {c.name} ({c.kind}): {clock(c.enter_s)}-{clock(c.exit_s)}, "
        f"{km(c.enter_alt_m)} to {km(c.exit_alt_m)}"
        for c in profile.crossings
    ]
    return lines


def _description(feature: Feature, timezone: str) -> str:
    """What the map's popup says of a feature, as HTML-escaped lines joined by ``<br>``."""
    lines = [feature.name, feature.kind.label]
    if feature.reported:
        lines.append(f"Reported: {feature.reported}")
    if feature.method:
        lines.append(f"How drawn: {feature.method}")
    basis = feature.basis.value + (", approximate" if feature.approximate else "")
    lines.append(f"Basis: {basis}")
    lines += [f"{t.label}: {t.in_zone(timezone).isoformat()}" for t in feature.times]
    if feature.profile is not None:
        lines += _profile_lines(feature.profile, timezone)
    lines += [f"Source: {s.citation()}" for s in feature.sources]
    lines += [f"Note: {n}" for n in feature.notes]
    return "<br>".join(html.escape(line) for line in lines)


def _extended_data(parent: _Element, feature: Feature, layer: Layer) -> None:
    values = {
        "id": feature.id,
        "layer": layer.name,
        "kind": feature.kind.value,
        "basis": feature.basis.value,
        "approximate": "true" if feature.approximate else "false",
        "source": feature.source_line(),
        "times": json.dumps({t.label: t.iso() for t in feature.times}, ensure_ascii=False),
        "reported": feature.reported,
        "method": feature.method,
    }
    data = parent.add("ExtendedData")
    for name, value in values.items():
        data.add("Data", name=name).add("value", value)


def _placemark(
    folder: _Element, feature: Feature, layer: Layer, style_id: str | None, timezone: str
) -> None:
    mark = folder.add("Placemark")
    mark.add("name", feature.name)
    mark.add("description", _description(feature, timezone))
    _time_primitive(mark, feature)
    if style_id is not None:
        mark.add("styleUrl", f"#{style_id}")
    _extended_data(mark, feature, layer)
    if feature.kind is Kind.TRACK and feature.profile is not None:
        _track_geometry(mark, feature, feature.profile)
    else:
        _ground_geometry(mark, rfc7946_geometry(feature.geometry))


def _style_element(parent: _Element, style_id: str, look: KmlStyle) -> None:
    style = parent.add("Style", id=style_id)
    style.add("IconStyle").add("color", kml_colour(look.line))
    line = style.add("LineStyle")
    line.add("color", kml_colour(look.line, look.line_opacity))
    line.add("width", _number(look.width))
    poly = style.add("PolyStyle")
    poly.add("color", kml_colour(look.fill or look.line, look.fill_opacity))
    poly.add("fill", "1" if look.fill is not None else "0")
    poly.add("outline", "1")
    # the description only: its text is escaped, and no other field is read as HTML
    style.add("BalloonStyle").add("text", "$[description]")


def _styles(
    layers: Sequence[Layer], style: Callable[[Layer], KmlStyle] | None
) -> tuple[list[tuple[str, KmlStyle]], list[str | None]]:
    """The distinct styles, with their ids, and each layer's style id."""
    if style is None:
        return [], [None for _ in layers]
    ids: dict[KmlStyle, str] = {}
    per_layer: list[str | None] = []
    for layer in layers:
        look = style(layer)
        per_layer.append(ids.setdefault(look, f"style-{len(ids) + 1}"))
    return [(i, look) for look, i in ids.items()], per_layer


def kml_document(event: Event, *, style: Callable[[Layer], KmlStyle] | None = None) -> _Element:
    """The ``kml`` element of an event (see the module's description)."""
    root = _Element("kml", attributes={"xmlns": KML_NS, "xmlns:gx": GX_NS})
    document = root.add("Document")
    document.add("name", event.title)
    document.add("open", "1")
    about = [event.title, event.summary, *event.notes, f"Sources: {event.source_line()}"]
    text = "<br>".join(html.escape(line) for line in about if line)
    document.add("description", text)
    looks, per_layer = _styles(event.layers, style)
    for style_id, look in looks:
        _style_element(document, style_id, look)
    for layer, layer_style in zip(event.layers, per_layer, strict=True):
        folder = document.add("Folder")
        folder.add("name", layer.name)
        if not layer.show:
            folder.add("visibility", "0")
        for feature in layer.features:
            _placemark(folder, feature, layer, layer_style, event.timezone)
    return root


def kml_text(event: Event, *, style: Callable[[Layer], KmlStyle] | None = None) -> str:
    """The KML 2.2 text of an event, UTF-8, with its XML declaration."""
    body = "\n".join(kml_document(event, style=style).lines())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def write_kml(
    event: Event,
    path: str | os.PathLike[str],
    *,
    kmz: bool = False,
    style: Callable[[Layer], KmlStyle] | None = None,
) -> None:
    """Write the event as KML to ``path``, or as KMZ (the KML zipped as ``doc.kml``)."""
    data = kml_text(event, style=style).encode("utf-8")
    if not kmz:
        with open(path, "wb") as out:
            out.write(data)
        return
    # a fixed date: the same event gives the same bytes
    entry = zipfile.ZipInfo(KMZ_ENTRY, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(entry, data)
