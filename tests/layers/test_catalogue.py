"""Catalogue input: one row per launch, as CSV or GeoParquet (issue 5, part 4)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from alertmap.layers.catalogue import by_year, load_catalogue
from alertmap.layers.errors import ScenarioError
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Kind
from alertmap.maps.cli import main
from tests.support import TEST_DATA

WGS84 = Geodesic.WGS84

CSV = """date,time,site,direction,range_km,alerts,title,source,source_url
2022-10-04,2022-10-04T07:22:00+09:00,40-36N 126-24E,E,4600,Hokkaido;Aomori,IRBM,Japan MOD,
2023-08-24,2023-08-24T03:50:00+09:00,Sohae,S,2300,Okinawa,Second attempt,Japan MOD,
2023-08-24,,Sohae,SSE,1000,,A second launch that day,JCS,
"""


@pytest.fixture()
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "launches.csv"
    path.write_text(CSV, "utf-8")
    return path


def test_rows_become_events(catalogue: Path) -> None:
    events = load_catalogue(catalogue)
    assert [e.id for e in events] == ["2022-10-04", "2023-08-24", "2023-08-24-2"]
    sohae = load_gazetteer().place("Sohae").position
    fall = next(f for f in events[1].features() if f.kind is Kind.FALL_AREA)
    expected = WGS84.Direct(sohae.lat, sohae.lon, 180, 2_300_000)
    assert fall.position is not None
    assert fall.position.lat == pytest.approx(expected["lat2"], abs=1e-8)
    assert fall.position.lon == pytest.approx(expected["lon2"], abs=1e-8)
    assert fall.approximate  # a reported range is "about"
    zone = next(f for f in events[0].features() if f.kind is Kind.ALERT_ZONE)
    assert zone.targets == ("Hokkaido",)
    assert sum(f.kind is Kind.ALERT_ZONE for f in events[0].features()) == 2


@pytest.mark.parametrize("direction", ["165", " 165.0 "])
def test_direction_in_degrees(tmp_path: Path, direction: str) -> None:
    # a CSV cell is text: degrees written as a number are read as degrees
    path = tmp_path / "deg.csv"
    path.write_text(
        f"date,site,direction,range_km,source\n2023-08-24,Sohae,{direction},1000,JCS\n", "utf-8"
    )
    (event,) = load_catalogue(path)
    sohae = load_gazetteer().place("Sohae").position
    fall = next(f for f in event.features() if f.kind is Kind.FALL_AREA)
    assert fall.position is not None
    expected = WGS84.Direct(sohae.lat, sohae.lon, 165.0, 1_000_000)
    assert fall.position.lat == pytest.approx(expected["lat2"], abs=1e-8)
    assert fall.position.lon == pytest.approx(expected["lon2"], abs=1e-8)


@pytest.mark.parametrize("direction", ["400", "nan", "-5", "sideways"])
def test_direction_out_of_range_is_refused(tmp_path: Path, direction: str) -> None:
    path = tmp_path / "deg.csv"
    path.write_text(
        f"date,site,direction,range_km,source\n2023-08-24,Sohae,{direction},1000,JCS\n", "utf-8"
    )
    with pytest.raises(ScenarioError, match=r"deg.csv: line 2: direction: expected a compass"):
        load_catalogue(path)


def test_all_in_one_map_groups_layers_by_year(catalogue: Path) -> None:
    event = by_year(load_catalogue(catalogue))
    groups = {layer.group for layer in event.layers}
    assert groups == {"2022", "2023"}
    assert all(layer.name.startswith(layer.group + " · ") for layer in event.layers)
    ids = [f.id for f in event.features()]
    assert len(ids) == len(set(ids))
    tracks = [layer for layer in event.layers if layer.kind is Kind.TRACK]
    assert [len(t.features) for t in tracks] == [1, 2]


def test_each_writes_one_map_per_launch(catalogue: Path, tmp_path: Path) -> None:
    out = tmp_path / "maps"
    assert main(["render", str(catalogue), "--each", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "2022-10-04.html",
        "2023-08-24-2.html",
        "2023-08-24.html",
    ]
    assert main(["render", str(catalogue), "-o", str(tmp_path / "all.html")]) == 0
    assert "2 launches" not in (tmp_path / "all.html").read_text("utf-8")
    assert "3 launches, 2022–2023" in (tmp_path / "all.html").read_text("utf-8")


#: Written by geopandas 1.2.0 with pyarrow 26.0.1 (GeoParquet 1.1, WKB point geometry, range_km
#: as a float column) from the rows of ``CSV``: see tests/data/catalogue/README.md.
GEOPARQUET = TEST_DATA / "catalogue" / "launches.parquet"


def test_geoparquet_written_by_geopandas_reads_like_the_csv(catalogue: Path) -> None:
    from_parquet = load_catalogue(GEOPARQUET)
    from_csv = load_catalogue(catalogue)
    assert [e.id for e in from_parquet] == ["2022-10-04", "2023-08-24", "2023-08-24-2"]
    for a, b in zip(from_parquet, from_csv, strict=True):
        assert [(f.name, f.geometry.wkb) for f in a.features()] == [
            (f.name, f.geometry.wkb) for f in b.features()
        ]


def test_geoparquet_read_without_pyarrow() -> None:
    # pandas loads pyarrow whenever it is installed: alertmap neither needs nor loads it
    code = (
        "import sys; from alertmap.layers.catalogue import load_catalogue; "
        f"load_catalogue({str(GEOPARQUET)!r}); print('pyarrow' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(importlib.util.find_spec("pyarrow") is not None)


def test_plain_parquet_and_a_broken_file(catalogue: Path, tmp_path: Path) -> None:
    import fastparquet
    import pandas as pd

    frame = pd.read_csv(catalogue, dtype=str, keep_default_na=False)
    plain = tmp_path / "launches.parquet"
    fastparquet.write(str(plain), frame)
    assert [e.id for e in load_catalogue(plain)] == ["2022-10-04", "2023-08-24", "2023-08-24-2"]
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    with pytest.raises(ScenarioError, match=r"broken.parquet: cannot read: expected a GeoParquet"):
        load_catalogue(broken)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "date,site,direction,range_km,source\n2024-01-01,Sohae,sideways,100,X\n",
            "line 2: direction: expected a compass point",
        ),
        (
            "date,site,direction,range_km,source\n2024-13-01,Sohae,S,100,X\n",
            "line 2: date: expected an ISO 8601 date",
        ),
        (
            "date,site,direction,range_km,source\n2024-01-01,Atlantis,S,100,X\n",
            "line 2: site: unknown place 'Atlantis'",
        ),
        (
            "date,site,direction,range_km,source\n2024-01-01,Sohae,S,far,X\n",
            "line 2: range_km: expected a number of km",
        ),
        ("date,site,range_km,source,colour\n", "line 1: unexpected column(s) colour"),
        ("date,site,source\n", "line 1: missing column(s) range_km"),
        ("date,site,direction,range_km,source\n", "expected at least one row"),
    ],
)
def test_bad_rows_name_file_line_and_column(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.csv"
    path.write_text(text, "utf-8")
    with pytest.raises(ScenarioError) as info:
        load_catalogue(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_each_needs_a_catalogue(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["render", "2023-08-24", "--each", str(tmp_path / "x")]) == 2
    assert "--each: expected a catalogue" in capsys.readouterr().err


@pytest.mark.parametrize("size", [(1600, 900), (1400, 720)])
def test_long_catalogue_panels_keep_clear_of_each_other(
    browser: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """A catalogue of many years has a long legend (a colour per year) and a long source line:
    the legend keeps below the title and the layer button, and the source line scrolls instead
    of taking the map's height (on paper it is shown whole)."""
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import page_html, write_atomic
    from tests.support import Page, laid_out_panels

    rows = [
        f"{year}-0{1 + i % 9}-1{i % 10},Sohae,{'SSE' if i % 2 else 'E'},{800 + 40 * i},,"
        f"Agency number {i} of the long list of reporting organisations,"
        for i, year in enumerate(range(1998, 2026))
    ]
    path = tmp_path / "long.csv"
    path.write_text("date,site,direction,range_km,alerts,source,id\n" + "\n".join(rows), "utf-8")
    event = by_year(load_catalogue(path))
    page_file = write_atomic(tmp_path / "long.html", page_html(compose(event, MapOptions())))
    p = Page(browser, page_file, size=size)
    try:
        m, panels = laid_out_panels(p.page)
        legend, title = panels[".am-legend"], panels[".am-title"]
        layers = panels[".leaflet-control-layers"]
        assert legend["y"] >= max(title["y"] + title["h"], layers["y"] + layers["h"])
        assert legend["y"] + legend["h"] <= m["y"] + m["h"]
        line = p.page.locator(".am-sourceline")
        assert "Agency number 27" in line.inner_text()
        line_box = line.bounding_box()
        assert line_box is not None and line_box["height"] < 80
        assert line.evaluate("e => e.scrollHeight > e.clientHeight")  # scrolls to the rest
        assert p.errors == []
    finally:
        p.close()


def test_times_shown_in_the_zone_the_rows_give(catalogue: Path, tmp_path: Path) -> None:
    # rows give +09:00 or no time (UTC): mixed zones are shown in UTC
    assert {e.timezone for e in load_catalogue(catalogue)} == {"+09:00", "+00:00"}
    assert by_year(load_catalogue(catalogue)).timezone == "+00:00"  # mixed: UTC
    same = tmp_path / "same.csv"
    same.write_text(
        "date,time,site,direction,range_km,source\n"
        "2015-08-20,2015-08-20T09:01:00+08:30,Sohae,S,500,JCS\n"
        "2015-09-20,2015-09-20T10:00:00+08:30,Sohae,E,500,JCS\n",
        "utf-8",
    )
    assert by_year(load_catalogue(same)).timezone == "+08:30"
