"""Units of length, each defined once: the code works in metres and converts at its edges.

Examples
--------
>>> 50 * NAUTICAL_MILE_M
92600.0
"""

from __future__ import annotations

__all__ = ["NAUTICAL_MILE_M"]

#: One international nautical mile, in metres (exact, by definition).
NAUTICAL_MILE_M = 1852.0
