"""Edges of geo.areas that mutation testing found untested (tools/mutation/README.md).

Each test names the mutant it kills.
"""

from __future__ import annotations

from alertmap.geo.areas import corner_ring


def test_no_corners_make_an_empty_outline() -> None:
    """No corners, no outline: an empty list of (lon, lat) rows, not a made-up point, and
    nothing reordered. Kills ``np.empty((0, 2))`` made ``np.empty((1, 2))`` in
    ``corner_ring`` (an uninitialised point was then returned)."""
    ring, reordered = corner_ring([])
    assert ring.shape == (0, 2) and ring.tolist() == []
    assert reordered is False
