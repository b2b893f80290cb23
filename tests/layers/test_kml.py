"""KML and KMZ exports (issue 13): valid against the OGC KML 2.2 schema and Google's gx
extension schema, a folder per layer, the trajectory in 3-D with a time per point, time spans
for warning windows and alerts, the map's colours, text escaped.

The schemas are the copies pykml ships (``pykml/schemas``: ``ogckml22.xsd``,
``kml22gx.xsd``, ``atom-author-link.xsd``, ``xAL.xsd``, their imports pointed at each other so
that nothing is fetched); pykml and lxml are in the ``test`` extra.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import zipfile
from pathlib import Path
from typing import Any

import pytest
import shapely
from lxml import etree

import alertmap
from alertmap.layers.build import build_event
from alertmap.layers.export import write_event
from alertmap.layers.kml import GX_NS, KML_NS, KmlStyle, kml_colour, kml_text
from alertmap.layers.model import Event, Kind, Layer
from alertmap.layers.scenario import builtin_text, parse_scenario

NS = {"k": KML_NS, "gx": GX_NS}
LOOKS = {
    Kind.HAZARD_AREA: KmlStyle("#E69F00", 1.0, 2.0, "#E69F00", 0.22),
    Kind.FALL_AREA: KmlStyle("#D55E00", 1.0, 2.5, "#D55E00", 0.35),
}


def _style(layer: Layer) -> KmlStyle:
    return LOOKS.get(layer.kind, KmlStyle())


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    # kml22gx.xsd imports ogckml22.xsd, which imports the Atom and xAL schemas: all local
    folder = importlib.resources.files("pykml") / "schemas"
    return etree.XMLSchema(etree.parse(str(folder / "kml22gx.xsd")))


@pytest.fixture(scope="module")
def october() -> Event:
    return alertmap.load("2022-10-04")


@pytest.fixture(scope="module")
def october_kmz(october: Event, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kml") / "oct.kmz"
    write_event(october, path, fmt="kmz", style=_style)
    return path


def _root(text: str | bytes) -> Any:
    return etree.fromstring(text.encode("utf-8") if isinstance(text, str) else text)


def _doc(path: Path) -> Any:
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["doc.kml"]
        return _root(archive.read("doc.kml"))


def test_the_kmz_validates_against_the_kml_schemas(october_kmz: Path, schema: Any) -> None:
    doc = _doc(october_kmz)
    assert schema.validate(doc), schema.error_log
    assert doc.xpath("//gx:Track", namespaces=NS)  # the gx: part is validated too


@pytest.mark.parametrize("name", ["2023-08-24", "2023-11-21", "2017-11-29", "2022-11-03"])
def test_every_kml_validates(name: str, schema: Any) -> None:
    doc = _root(kml_text(alertmap.load(name), style=_style))
    assert schema.validate(doc), schema.error_log


def test_the_validation_can_fail(october: Event, schema: Any) -> None:
    text = kml_text(october)
    # elements out of the schema's order, and an element KML does not have
    swapped = text.replace("<name>", "<visibility>1</visibility><name>", 1)
    unknown = text.replace("<description>", "<colour>red</colour><description>", 1)
    for broken in (swapped, unknown):
        assert not schema.validate(_root(broken))


def test_a_folder_per_layer(october: Event, october_kmz: Path) -> None:
    doc = _doc(october_kmz)
    folders = doc.xpath("/k:kml/k:Document/k:Folder", namespaces=NS)
    assert [f.findtext("k:name", namespaces=NS) for f in folders] == [
        layer.name for layer in october.layers
    ]
    for folder, layer in zip(folders, october.layers, strict=True):
        names = [p.findtext("k:name", namespaces=NS) for p in folder.findall("k:Placemark", NS)]
        assert names == [f.name for f in layer.features]


def _track_placemark(doc: Any) -> Any:
    (mark,) = doc.xpath(
        "//k:Placemark[k:ExtendedData/k:Data[@name='kind']/k:value='track']", namespaces=NS
    )
    return mark


def test_the_trajectory_in_3d_with_a_time_per_point(october: Event, october_kmz: Path) -> None:
    (track,) = [f for f in october.features() if f.kind is Kind.TRACK]
    profile = track.profile
    assert profile is not None
    mark = _track_placemark(_doc(october_kmz))
    (line,) = mark.xpath("k:MultiGeometry/k:LineString", namespaces=NS)
    assert line.findtext("k:altitudeMode", namespaces=NS) == "absolute"
    points = [p.split(",") for p in line.findtext("k:coordinates", namespaces=NS).split()]
    assert len(points) == len(profile.times_s)  # the track does not cross 180
    xy = shapely.get_coordinates(track.geometry)
    for (lon, lat, alt), (x, y), a in zip(points, xy, profile.altitudes_m, strict=True):
        assert (float(lon), float(lat)) == pytest.approx((x, y), abs=1e-6)
        assert int(alt) == round(a)
    assert max(int(p[2]) for p in points) > 900_000  # the apogee, about 950 km
    (gx_track,) = mark.xpath("k:MultiGeometry/gx:Track", namespaces=NS)
    whens = [dt.datetime.fromisoformat(w) for w in gx_track.xpath("k:when/text()", namespaces=NS)]
    coords = gx_track.xpath("gx:coord/text()", namespaces=NS)
    assert len(whens) == len(coords) == len(profile.times_s)
    assert whens[0] == dt.datetime(2022, 10, 4, 7, 22, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert (whens[-1] - whens[0]).total_seconds() == 22 * 60
    assert whens == sorted(whens)
    assert not mark.xpath("k:TimeSpan|k:TimeStamp", namespaces=NS)  # the track carries them


def test_a_schematic_track_is_on_the_ground() -> None:
    doc = _root(kml_text(alertmap.load("2023-11-21")))
    mark = _track_placemark(doc)
    modes = mark.xpath(".//k:altitudeMode/text()", namespaces=NS)
    assert modes and set(modes) == {"clampToGround"}
    coords = mark.xpath(".//gx:coord/text()", namespaces=NS)
    assert coords and {c.split()[2] for c in coords} == {"0"}


def test_time_spans_for_warning_windows_and_alerts() -> None:
    event = alertmap.load("2023-08-24")
    doc = _root(kml_text(event))
    by_id = {
        m.xpath("k:ExtendedData/k:Data[@name='id']/k:value/text()", namespaces=NS)[0]: m
        for m in doc.xpath("//k:Placemark", namespaces=NS)
    }
    spans = 0
    for f in event.features():
        if f.kind not in (Kind.HAZARD_AREA, Kind.ALERT_ZONE) or len(f.times) < 2:
            continue
        (span,) = by_id[f.id].xpath("k:TimeSpan", namespaces=NS)
        moments = sorted(t.time for t in f.times)
        assert dt.datetime.fromisoformat(span.findtext("k:begin", namespaces=NS)) == moments[0]
        assert dt.datetime.fromisoformat(span.findtext("k:end", namespaces=NS)) == moments[-1]
        spans += 1
    assert spans >= 2  # the Okinawa alert and the notified areas' windows


def test_styles_carry_the_colours_given(october_kmz: Path) -> None:
    doc = _doc(october_kmz)
    (fall,) = doc.xpath(
        "//k:Placemark[k:ExtendedData/k:Data[@name='kind']/k:value='fall_area']"
        "[k:ExtendedData/k:Data[@name='layer']/k:value='Reported fall areas']",
        namespaces=NS,
    )
    style_id = fall.findtext("k:styleUrl", namespaces=NS).removeprefix("#")
    (style,) = doc.xpath(f"//k:Style[@id='{style_id}']", namespaces=NS)
    # KML colours are aabbggrr: vermillion #D55E00 at 35 % is 59 00 5e d5
    assert style.findtext("k:PolyStyle/k:color", namespaces=NS) == "59005ed5"
    assert style.findtext("k:LineStyle/k:color", namespaces=NS) == "ff005ed5"
    assert style.findtext("k:BalloonStyle/k:text", namespaces=NS) == "$[description]"


def test_kml_colour_is_alpha_blue_green_red() -> None:
    assert kml_colour("#112233", 0.5) == "80332211"
    assert kml_colour("#abc", 0.0) == "00ccbbaa"
    with pytest.raises(ValueError, match="expected a colour"):
        kml_colour("red")


HOSTILE = '<b>bold</b> & "quoted" <script>alert(1)</script>'


def test_names_and_descriptions_are_text(schema: Any) -> None:
    quoted = '"' + HOSTILE.replace('"', '\\"') + '"'
    text = builtin_text("2023-11-21").replace(
        '"Fall area: Pacific (about 1200 km SW of Okinotorishima)"', quoted, 1
    )
    event = build_event(parse_scenario(text, "x.toml"))
    doc = _root(kml_text(event))
    assert schema.validate(doc), schema.error_log
    marks = [
        m
        for m in doc.xpath("//k:Placemark", namespaces=NS)
        if m.findtext("k:name", namespaces=NS) == HOSTILE
    ]
    assert marks  # the name is the text itself (XML-escaped in the file, not HTML)
    description = marks[0].findtext("k:description", namespaces=NS)
    # Google Earth reads a description as HTML: the text is escaped for it
    assert "<script>" not in description and "<b>" not in description
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in description
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;" in description


def test_characters_xml_cannot_hold_are_replaced() -> None:
    event = alertmap.load("2023-11-21")
    layer = event.layers[0]
    feature = layer.features[0]
    odd = Event(
        "e",
        "A \x01 title",
        "2023-11-21",
        (Layer("L\x0b", layer.kind, (feature,)),),
    )
    doc = _root(kml_text(odd))
    assert doc.findtext("k:Document/k:name", namespaces=NS) == "A \ufffd title"


def test_the_kmz_is_the_same_bytes_each_time(october: Event, tmp_path: Path) -> None:
    first, second = tmp_path / "a.kmz", tmp_path / "b.kmz"
    write_event(october, first, fmt="kmz")
    write_event(october, second, fmt="kmz")
    assert first.read_bytes() == second.read_bytes()
    kml = tmp_path / "c.kml"
    write_event(october, kml, fmt="kml")
    with zipfile.ZipFile(first) as archive:
        assert archive.read("doc.kml") == kml.read_bytes()
