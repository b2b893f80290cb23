"""Geometry errors raised deep in ``geo`` reach the user as one line naming the file and the
field that caused them (issue 12, deliverable 4), and work that would not fit in memory is
refused before anything is allocated.

Each case is a scenario written to ``tmp_path`` and read back with ``load_scenario``, as a user's
file would be; a case the scenario reader cannot let through (it refuses distances beyond
20,000 km itself) is made by changing the parsed scenario, standing for any reader that does.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from shapely.errors import GEOSException

from alertmap.geo import GeoError, LonLat
from alertmap.geo.geodesic import (
    HALF_CIRCUMFERENCE_M,
    MAX_VERTICES,
    densify,
    densify_parts,
    geodesic_line,
    track,
)
from alertmap.layers import build as build_module
from alertmap.layers import falls as falls_module
from alertmap.layers.build import build_event, locate_fall, locate_geojson
from alertmap.layers.errors import LayersError, ScenarioError
from alertmap.layers.scenario import Scenario, load_scenario
from alertmap.maps.cli import main
from tests.support import scenario_head

HEAD = scenario_head("geometry-errors", "Geometry errors")

FALL_FROM_MANILA = """\
[[falls]]
name = "Far fall"
from = "Manila"
distance_km = 800
bearing = "E"
about = true
source = "s"
"""


def write(tmp_path: Path, body: str, name: str = "2023-08-24.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, "utf-8")
    return path


def refused(scenario: Scenario) -> str:
    """The message of the ScenarioError building ``scenario`` raises, checked to be one line."""
    with pytest.raises(ScenarioError) as info:
        build_event(scenario)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < 600, message
    return message


def with_fall_distance(scenario: Scenario, metres: float) -> Scenario:
    fall = scenario.falls[0]
    where = dataclasses.replace(fall.where, distance_m=metres)
    return dataclasses.replace(scenario, falls=(dataclasses.replace(fall, where=where),))


# --------------------------------------------------------------------------- between


@pytest.mark.parametrize(
    ("pair", "why"),
    [
        (("Sohae", "North Korea"), "meet"),  # a place inside a region: no gap between them
        (("Korean Peninsula", "North Korea"), "meet"),  # overlapping regions
    ],
)
@pytest.mark.parametrize("table", ["falls", "track.waypoints"])
def test_between_places_that_meet_names_the_field(
    tmp_path: Path, pair: tuple[str, str], why: str, table: str
) -> None:
    header = "[[falls]]" if table == "falls" else "[[track.waypoints]]"
    path = write(
        tmp_path,
        f'{header}\nname = "Gate"\nbetween = ["{pair[0]}", "{pair[1]}"]\nsource = "s"\n',
    )
    start = time.perf_counter()
    message = refused(load_scenario(str(path)))
    assert time.perf_counter() - start < 30.0  # refused, not allocated (once 1.17 PiB)
    assert message.startswith(f"{path}: {table}[0].between: between: expected two places apart")
    assert pair[0] in message and pair[1] in message and why in message


def test_between_a_place_and_itself_never_allocates(tmp_path: Path) -> None:
    """The case of the report: once an attempt to allocate 1.17 PiB. The reader may refuse it
    first; either way it is one line naming the file and the field."""
    path = write(tmp_path, '[[falls]]\nname = "G"\nbetween = ["Sohae", "Sohae"]\nsource = "s"\n')
    with pytest.raises(ScenarioError) as info:
        build_event(load_scenario(str(path)))
    message = str(info.value)
    assert message.startswith(f"{path}: falls[0].between: ") and "\n" not in message


def test_a_geodesic_a_nanometre_long_is_a_few_vertices() -> None:
    """The cause of the 1.17 PiB: a line of a nanometre asked for 1e14 padding samples."""
    a = LonLat(124.705, 39.66)
    b = LonLat(124.705 + 1e-14, 39.66)
    line = geodesic_line(a, b)
    assert 2 <= len(line) <= 3


# --------------------------------------------------------------------------- distances


def test_distance_beyond_half_the_circumference_names_the_field(tmp_path: Path) -> None:
    scenario = load_scenario(str(write(tmp_path, FALL_FROM_MANILA)))
    message = refused(with_fall_distance(scenario, 50_000_000.0))
    assert message.startswith(f"{scenario.path}: falls[0].from: distance: expected at most")
    assert "20,003.93 km" in message and "50,000 km" in message


def test_distance_just_short_of_the_antipode_is_drawn(tmp_path: Path) -> None:
    scenario = load_scenario(str(write(tmp_path, FALL_FROM_MANILA)))
    event = build_event(with_fall_distance(scenario, 19_000_000.0))
    (fall,) = [f for f in event.features() if f.name == "Far fall"]
    assert fall.geometry.is_valid and not fall.geometry.is_empty


def test_half_circumference_is_the_pole_to_pole_geodesic() -> None:
    from geographiclib.geodesic import Geodesic

    expected = Geodesic.WGS84.Inverse(90.0, 0.0, -90.0, 0.0)["s12"]
    assert expected == pytest.approx(HALF_CIRCUMFERENCE_M, abs=1e-3)


# --------------------------------------------------------------------------- GEOS errors


def raise_topology(*args: Any, **kwargs: Any) -> Any:
    raise GEOSException(
        "TopologyException: side location conflict at 300.43762040933058 -14.595591397725537. "
        "This can occur if the input geometry is invalid."
    )


def test_geos_topology_error_while_fusing_names_the_fall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = load_scenario(str(write(tmp_path, FALL_FROM_MANILA)))
    monkeypatch.setattr(falls_module, "fuse", raise_topology)
    message = refused(scenario)
    assert message.startswith(f"{scenario.path}: falls[0]: expected an area that can be computed")
    assert "TopologyException" in message


def test_geo_error_in_a_range_ring_names_the_radius(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise GeoError("radius_m: expected less than 20,003.93 km (half the Earth's ...)")

    body = '[[range_rings]]\nname = "Distance from Sohae"\nat = "Sohae"\n'
    body += 'radii_km = [1000, 2000]\nsource = "s"\n'
    scenario = load_scenario(str(write(tmp_path, body)))
    monkeypatch.setattr(build_module, "circle_line", refuse)
    message = refused(scenario)
    assert message.startswith(f"{scenario.path}: range_rings[0].radii_km[0]: radius_m: expected")


def test_geometry_error_outside_any_step_still_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = load_scenario(str(write(tmp_path, FALL_FROM_MANILA)))
    monkeypatch.setattr(build_module, "_beside_the_flight", raise_topology)
    message = refused(scenario)
    assert message.startswith(f"{scenario.path}: expected an area that can be computed")


# --------------------------------------------------------------------------- the command line


def test_cli_geometry_error_is_one_line_exit_2_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, FALL_FROM_MANILA)
    out = tmp_path / "map.html"
    monkeypatch.setattr(falls_module, "fuse", raise_topology)
    assert main(["render", str(path), "-o", str(out)]) == 2
    # a slow first run also reports its stages ("alertmap: scenario read (6.7 s)")
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert len(errors) == 1 and errors[0].startswith(f"alertmap: error: {path}: falls[0]: ")
    assert not out.exists()


# --------------------------------------------------------------------------- locate


def test_locate_absurd_distance_is_one_line_naming_the_phrase() -> None:
    text = "about 50000 km east of Manila"
    with pytest.raises(LayersError) as info:
        locate_geojson(text)
    message = str(info.value)
    assert "\n" not in message and repr(text) in message and "50,000 km" in message


def test_locate_geometry_error_names_the_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "about 820 km east of Manila"
    monkeypatch.setattr(falls_module, "fuse", raise_topology)
    with pytest.raises(ScenarioError) as info:
        locate_fall(text)
    message = str(info.value)
    assert message.startswith(f"{text!r}: expected an area that can be computed")
    assert "\n" not in message


def test_locate_between_a_place_and_itself() -> None:
    with pytest.raises(LayersError) as info:
        locate_fall("between Sohae and Sohae")
    message = str(info.value)
    assert "\n" not in message and "Sohae" in message


def test_cli_locate_absurd_distance(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["locate", "about 50000 km east of Manila"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert len(errors) == 1 and "about 50000 km east of Manila" in errors[0]


# --------------------------------------------------------------------------- size guards


def test_densify_that_would_exceed_the_cap_is_refused_before_allocating() -> None:
    start = time.perf_counter()
    with pytest.raises(GeoError, match=r"expected at most 5,000,000 vertices"):
        densify([(0.0, 0.0), (179.0, 0.0)], max_spacing_m=1e-3)
    with pytest.raises(GeoError, match=r"expected at most 5,000,000 vertices"):
        densify_parts(np.array([[0.0, 0.0], [179.0, 0.0]]), np.array([0, 0]), max_spacing_m=1e-3)
    assert time.perf_counter() - start < 5.0
    assert MAX_VERTICES == 5_000_000


def test_a_track_of_one_repeated_point_is_its_point() -> None:
    path = track([LonLat(124.705, 39.66)] * 3)
    assert path.tolist() == [[124.705, 39.66], [124.705, 39.66]]


def test_a_corridor_over_the_pole_is_drawn_round_it(tmp_path: Path) -> None:
    """Once refused, naming the waypoints; now drawn round the pole (issue 12, item 5: see
    tests/geo/test_poles_antimeridian.py)."""
    body = '[[track.waypoints]]\nname = "Over the pole"\nposition = "89.9N 124.705E"\n'
    body += 'source = "s"\n[[track.waypoints]]\nname = "Beyond"\nposition = "80N 55W"\n'
    body += 'source = "s"\n'
    event = build_event(load_scenario(str(write(tmp_path, body))))
    (lane,) = [f.geometry for f in event.features() if f.kind.value == "corridor"]
    assert lane.bounds[3] == 90.0 and lane.bounds[2] - lane.bounds[0] == 360.0
