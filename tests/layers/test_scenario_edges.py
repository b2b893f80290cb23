"""Edges of the scenario reader that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills.
"""

from __future__ import annotations

import re

import pytest

from alertmap.layers.errors import ScenarioError
from alertmap.layers.scenario import parse_scenario
from tests.support import MINIMAL_SCENARIO

HEAD = MINIMAL_SCENARIO


def sized_area(size: str) -> str:
    return HEAD + f'\n[[hazard_areas]]\nname = "Zone"\nat = "Taean"\nsize_km = {size}\n'


@pytest.mark.parametrize("size", ["[105, 302, 50]", "[105, 302, 50, 7]"])
def test_a_size_of_more_than_two_numbers_is_refused(size: str) -> None:
    """A size is east-west then north-south: a third number is a mistake to report, not a
    value to drop. Kills ``len(value) != 2`` to ``len(value) < 2`` in the size reader."""
    with pytest.raises(ScenarioError) as info:
        parse_scenario(sized_area(size), "t.toml")
    message = str(info.value)
    assert message.startswith("t.toml: hazard_areas[0].size_km: expected two sizes"), message
    assert re.search(r"got \[105, 302, 50", message), message


@pytest.mark.parametrize("size", ["[-105, 302]", "[105, -302]", "[-0.5, -1]"])
def test_a_negative_size_is_refused(size: str) -> None:
    """A size is a length: below zero it is a typing mistake. Kills ``0 < x`` to ``0 != x``
    in the size reader."""
    with pytest.raises(ScenarioError) as info:
        parse_scenario(sized_area(size), "t.toml")
    message = str(info.value)
    assert message.startswith("t.toml: hazard_areas[0].size_km: expected two sizes"), message
    assert f"got {size}" in message, message


def test_a_size_of_two_numbers_is_read_in_metres() -> None:
    # the passing side of the test above: the same area with two numbers is read
    scenario = parse_scenario(sized_area("[105, 302]"), "t.toml")
    (area,) = scenario.hazards
    assert area.size_m == (105_000.0, 302_000.0)


def test_a_range_ring_of_radius_zero_is_refused_by_the_reader() -> None:
    """A ring of 0 km is no ring: the reader refuses it, naming the field, before anything is
    built. Kills ``0 < x`` to ``0 <= x`` in the range-ring reader (seen in a pilot run; the
    build then refused it with a geometry error instead)."""
    text = HEAD + '\n[[range_rings]]\nname = "Rings"\nat = "Sohae"\nradii_km = [0, 1000]\n'
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "t.toml")
    message = str(info.value)
    assert message.startswith("t.toml: range_rings[0].radii_km: expected a list of distances")
    assert message.endswith("got [0, 1000]"), message
    # the same ring without the zero is read
    rings = parse_scenario(text.replace("[0, 1000]", "[500, 1000]"), "t.toml").rings
    assert [ring.radii_m for ring in rings] == [(500_000.0, 1_000_000.0)]


@pytest.mark.parametrize("radii", ["[-500]", "[1000, -0.5]"])
def test_a_range_ring_of_negative_radius_is_refused_by_the_reader(radii: str) -> None:
    """A radius is a distance: below zero it is a typing mistake, refused by the reader with
    the field named. Kills ``0 < x`` to ``0 != x`` in the range-ring reader."""
    text = HEAD + f'\n[[range_rings]]\nname = "Rings"\nat = "Sohae"\nradii_km = {radii}\n'
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "t.toml")
    message = str(info.value)
    assert message.startswith("t.toml: range_rings[0].radii_km: expected a list of distances")
