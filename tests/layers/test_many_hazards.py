"""Checks stay bounded with many notified areas: a fall is listed against the areas it may lie
in or overlap and the nearest few others, and the rest are counted, with a distance they are
all beyond (issue 12: a scenario of 1,000 falls and 1,000 areas gave a million check lines)."""

from __future__ import annotations

from pathlib import Path

import pyproj

from alertmap.layers.build import build_event
from alertmap.layers.checks import HAZARDS_PER_FALL, check_event, findings_lines
from alertmap.layers.scenario import load_scenario
from tests.support import scenario_head

GEOD = pyproj.Geod(ellps="WGS84")


def _scenario(tmp_path: Path, areas: int) -> Path:
    """Falls at 30N 125E and 25N 130E; ``areas`` half-degree squares on a row at 20N from
    120E, each a degree apart, and one around the first fall."""
    text = scenario_head("many", "Many notified areas")
    squares = [(120.0 + i, 20.0) for i in range(areas - 1)] + [(124.75, 29.75)]
    for i, (x, y) in enumerate(squares):
        corners = ", ".join(
            f'"{lat:.2f}N {lon:.2f}E"'
            for lon, lat in ((x, y), (x + 0.5, y), (x + 0.5, y + 0.5), (x, y + 0.5))
        )
        text += f'[[hazard_areas]]\nname = "Area {i}"\ncorners = [{corners}]\nsource = "s"\n'
    for name, pos in (("North fall", "30-00N 125-00E"), ("East fall", "25-00N 130-00E")):
        text += f'[[falls]]\nname = "{name}"\nposition = "{pos}"\nsource = "s"\n'
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_fall_is_listed_against_its_area_and_the_nearest_few(tmp_path: Path) -> None:
    findings = check_event(build_event(load_scenario(str(_scenario(tmp_path, 60)))))
    by_fall: dict[str, list[str]] = {}
    for f in findings.falls:
        by_fall.setdefault(f.fall, []).append(f.hazard_area)
    assert all(len(v) == HAZARDS_PER_FALL for v in by_fall.values())
    north = [f for f in findings.falls if f.fall == "North fall"]
    assert [f.hazard_area for f in north if f.position_inside] == ["Area 59"]
    # the nearest of the row, measured independently: the squares' nearest corners
    east = {f.hazard_area for f in findings.falls if f.fall == "East fall"}
    row = []
    for i in range(59):
        lon = 120.0 + i
        _, _, d = GEOD.inv(130.0, 25.0, min(max(130.0, lon), lon + 0.5), 20.5)
        row.append((d, f"Area {i}"))
    nearest = {name for _, name in sorted(row)[:3]}
    assert nearest <= east
    # the rest are counted, and each is beyond the stated distance
    rest = {n.fall: n for n in findings.falls_not_listed}
    assert rest["East fall"].count == 60 - HAZARDS_PER_FALL
    listed_names = east
    beyond = min(d for d, name in row if name not in listed_names) / 1000
    assert rest["East fall"].beyond_km <= beyond
    lines = findings_lines(findings)
    assert any("more notified areas" in line and "East fall" in line for line in lines)


def test_few_areas_are_all_listed(tmp_path: Path) -> None:
    findings = check_event(build_event(load_scenario(str(_scenario(tmp_path, HAZARDS_PER_FALL)))))
    assert len(findings.falls) == 2 * HAZARDS_PER_FALL
    assert not findings.falls_not_listed
