"""The basemap's two levels of detail differ as their tolerances say."""

from __future__ import annotations

import re

from alertmap.layers.build import build_event
from alertmap.layers.scenario import load_scenario
from alertmap.maps.compose import compose
from alertmap.maps.elements import Outlines


def _vertices(path: str) -> int:
    return len(re.findall(r"-?\d+", path)) // 2


def test_the_coarse_outline_is_coarser_than_the_fine_one() -> None:
    document = compose(build_event(load_scenario("2023-08-24")))
    (outlines,) = [e for e in document.map._children.values() if isinstance(e, Outlines)]
    assert outlines.detail is not None
    coarse, fine = _vertices(outlines.outline["path"]), _vertices(outlines.detail["path"])
    # Douglas-Peucker at 1.6 times the tolerance keeps markedly fewer vertices (independent
    # figure: shapely on the same outlines below)
    assert coarse < 0.85 * fine
