"""Parse and validate positions (STUB: to be implemented).

Accepted forms (case-insensitive, surrounding whitespace ignored):

* navigational-warning degree-minute with hemisphere: ``39-39.60N 124-42.30E``,
  ``07-08N 039-17W``, ``32-18.65S 165-02.81E`` (MSC.1/Circ.1310 form);
* degree-minute-second with symbols: ``39°39′36″N 124°42′18″E`` (also ASCII ``'`` and ``"``,
  and spaces between parts);
* decimal degrees with hemisphere: ``39.660N 124.705E``;
* a plain decimal pair read as **latitude, longitude** (the order news and Wikipedia use):
  ``39.660, 124.705``.
"""

from __future__ import annotations

from dataclasses import dataclass


class GeoError(ValueError):
    """Root error of ``geo``: the input is not a valid position, distance or angle."""


@dataclass(frozen=True, slots=True)
class LonLat:
    """A WGS84 position, longitude first. ``lat`` in [-90, 90], ``lon`` in [-180, 180]."""

    lon: float
    lat: float


def parse_latitude(text: str) -> float:
    raise NotImplementedError


def parse_longitude(text: str) -> float:
    raise NotImplementedError


def parse_position(text: str) -> LonLat:
    raise NotImplementedError
