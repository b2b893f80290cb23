"""Shapely's element-wise operations shared among threads.

GEOS lets go of Python's lock while it works on an array, so an operation over thousands of
geometries (a catalogue's fall areas cut by the land, its outlines simplified for drawing)
can run on every core: each thread takes a slice of the arrays.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

__all__ = ["THREADS", "in_threads"]

#: Threads an operation is shared among: the machine's cores, at most four.
THREADS = max(1, min(4, os.cpu_count() or 1))

#: Fewer elements than this are worked on in the calling thread (threads cost more).
MIN_SHARED = 64


def in_threads(operation: Callable[..., Any], *arrays: Any, threads: int = THREADS) -> Any:
    """``operation(*arrays)`` for an element-wise ``operation`` of shapely's (or numpy's),
    the arrays cut into ``threads`` slices worked on at once; the results joined in order.

    Examples
    --------
    >>> import shapely
    >>> points = shapely.points(np.arange(200.0), np.zeros(200))
    >>> shared = in_threads(lambda p: shapely.buffer(p, 1.0), points, threads=2)
    >>> alone = shapely.buffer(points, 1.0)
    >>> len(shared), bool(shapely.equals_exact(shared, alone, 0.0).all())
    (200, True)
    >>> in_threads(np.add, np.arange(3), np.arange(3), threads=2).tolist()  # too few to share
    [0, 2, 4]
    """
    count = len(arrays[0])
    if threads < 2 or count < MIN_SHARED:
        return operation(*arrays)
    cuts = np.linspace(0, count, threads + 1).astype(int).tolist()
    slices = [slice(a, b) for a, b in itertools.pairwise(cuts)]
    with ThreadPoolExecutor(len(slices)) as pool:
        parts = list(pool.map(lambda s: operation(*(a[s] for a in arrays)), slices))
    return np.concatenate(parts)
