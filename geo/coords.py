"""Parse and validate positions.

Accepted forms (case-insensitive, surrounding whitespace and spaces between parts ignored):

* navigational-warning degree-minute with hemisphere: ``39-39.60N 124-42.30E``,
  ``07-08N 039-17W``, ``32-18.65S 165-02.81E`` (MSC.1/Circ.1310 form), also with seconds
  ``39-39-36N 124-42-18E``;
* degree-minute-second with symbols: ``39°39′36″N 124°42′18″E`` (also ASCII ``'`` and ``"``,
  and spaces between parts), or degree-minute ``39°39.6′N``;
* decimal degrees with hemisphere: ``39.660N 124.705E`` (the hemisphere may also lead: ``N39.660``);
* a plain decimal pair read as **latitude, longitude** (the order news and Wikipedia use):
  ``39.660, 124.705``.

Minutes and seconds must be below 60, latitudes within -90..90 and longitudes within -180..180.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Self

__all__ = ["GeoError", "LonLat", "parse_latitude", "parse_longitude", "parse_position"]


class GeoError(ValueError):
    """Root error of ``geo``: the input is not a valid position, distance or angle."""


def _finite_degrees(value: object, name: str, limit: float) -> float:
    """``value`` as a float in -limit..limit (any finite value if limit is inf), or `GeoError`."""
    expected = f"degrees in -{limit:g}..{limit:g}" if math.isfinite(limit) else "finite degrees"
    try:
        degrees = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise GeoError(f"{name}: expected {expected}, got {value!r}") from None
    if not math.isfinite(degrees) or abs(degrees) > limit:
        raise GeoError(f"{name}: expected {expected}, got {degrees!r}")
    return degrees


@dataclass(frozen=True, slots=True)
class LonLat:
    """A WGS84 position, longitude first. ``lat`` in [-90, 90], ``lon`` in [-180, 180].

    Both values are stored as ``float``; anything else raises `GeoError`.

    Examples
    --------
    >>> LonLat(124.705, 39.66)
    LonLat(lon=124.705, lat=39.66)
    >>> LonLat(124.705, 95)
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: latitude: expected degrees in -90..90, got 95.0
    """

    lon: float
    lat: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "lon", _finite_degrees(self.lon, "longitude", 180.0))
        object.__setattr__(self, "lat", _finite_degrees(self.lat, "latitude", 90.0))

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse a position in any of the forms of `parse_position`.

        Examples
        --------
        >>> LonLat.parse("39-39.60N 124-42.30E")
        LonLat(lon=124.705, lat=39.66)
        """
        position = parse_position(text)
        return cls(position.lon, position.lat)

    @classmethod
    def wrapped(cls, lon: float, lat: float) -> Self:
        """A position from a longitude in any turn, moved by multiples of 360 into [-180, 180).

        For the continuous longitudes (beyond ±180) of `geo.geodesic.geodesic_line`, `track` and
        `geo.projection.from_local`.

        Examples
        --------
        >>> LonLat.wrapped(181.5, 40.0)
        LonLat(lon=-178.5, lat=40.0)
        """
        lon = _finite_degrees(lon, "longitude", math.inf)
        if -180.0 <= lon < 180.0:
            return cls(lon, lat)  # exactly as given: (lon + 180) - 180 can lose a last digit
        return cls((lon + 180.0) % 360.0 - 180.0, lat)


# One coordinate: an optional leading hemisphere, then one of three bodies, then an optional
# trailing hemisphere. ``{h}`` is the hemisphere letters, ``{p}`` a group-name prefix.
_HYPHEN = "[-‐‑‒–−]"
_NUMBER = r"\d+(?:\.\d+)?"
_DEGREE_MARK = "[°º˚]"
_MINUTE_MARK = "['′’‘´]"
_SECOND_MARK = "(?:[\"″”“]|''|′′|’’)"
_COORDINATE = rf"""
    (?P<{{p}}text>
    (?:(?P<{{p}}pre>[{{h}}])\s*)?
    (?:
        (?P<{{p}}nd>\d+)\s*{_HYPHEN}\s*(?P<{{p}}nm>{_NUMBER})
            (?:\s*{_HYPHEN}\s*(?P<{{p}}ns>{_NUMBER}))?
      | (?P<{{p}}sd>{_NUMBER})\s*{_DEGREE_MARK}
            (?:\s*(?P<{{p}}sm>{_NUMBER})\s*{_MINUTE_MARK}
                (?:\s*(?P<{{p}}ss>{_NUMBER})\s*{_SECOND_MARK})?
            )?
      | (?P<{{p}}sign>[-−+])?\s*(?P<{{p}}dd>{_NUMBER})
    )
    (?:\s*(?P<{{p}}post>[{{h}}]))?
    )
"""
_LAT = _COORDINATE.format(p="lat_", h="NSns")
_LON = _COORDINATE.format(p="lon_", h="EWew")
# Between latitude and longitude: a comma or semicolon, white space, or nothing when a
# hemisphere letter already separates them.
_SEPARATOR = r"(?:\s*[,;]\s*|\s+|(?<=[NSns])|(?=[EWew]))"
_LATITUDE_RE = re.compile(rf"\s*{_LAT}\s*", re.VERBOSE)
_LONGITUDE_RE = re.compile(rf"\s*{_LON}\s*", re.VERBOSE)
_POSITION_RE = re.compile(rf"\s*{_LAT}{_SEPARATOR}{_LON}\s*", re.VERBOSE)

_LATITUDE_FORMS = "'DD-MM.mmN', 'DD°MM′SS″N', 'DD.dddN' or signed decimal degrees"
_LONGITUDE_FORMS = "'DDD-MM.mmE', 'DDD°MM′SS″E', 'DDD.dddE' or signed decimal degrees"
_POSITION_FORMS = (
    "'DD-MM.mmN DDD-MM.mmE', 'DD°MM′SS″N DDD°MM′SS″E' or 'lat, lon' in decimal degrees"
)


def _coordinate(match: re.Match[str], prefix: str, name: str, limit: float) -> float:
    """Signed degrees from the groups ``prefix*`` of ``match``; checks fields and range."""
    groups = {
        key[len(prefix) :]: value
        for key, value in match.groupdict().items()
        if key.startswith(prefix)
    }
    text = groups["text"]
    pre, post, sign = groups["pre"], groups["post"], groups["sign"]
    if pre and post:
        raise GeoError(f"{name}: expected one hemisphere letter, got two in {text!r}")
    hemisphere = (pre or post or "").upper()
    if groups["dd"] is not None:
        if sign and hemisphere:
            raise GeoError(f"{name}: expected a sign or a hemisphere letter, got both in {text!r}")
        fields = [groups["dd"]]
    elif not hemisphere:
        raise GeoError(f"{name}: expected a hemisphere letter after {text!r}")
    elif groups["nd"] is not None:
        fields = [groups["nd"], groups["nm"], groups["ns"]]
    else:
        fields = [groups["sd"], groups["sm"], groups["ss"]]
    values = [float(field) for field in fields if field is not None]
    present = [field for field in fields if field is not None]
    if any("." in field for field in present[:-1]):
        raise GeoError(f"{name}: expected a decimal fraction only in the last field, got {text!r}")
    for unit, value in zip(("minutes", "seconds"), values[1:], strict=False):
        if value >= 60.0:
            raise GeoError(f"{name}: expected {unit} below 60, got {value:g} in {text!r}")
    degrees = sum(value / 60.0**power for power, value in enumerate(values))
    if hemisphere in ("S", "W") or sign in ("-", "−"):
        degrees = -degrees
    return _finite_degrees(degrees, name, limit)


def _check_text(text: object, name: str, forms: str) -> str:
    if not isinstance(text, str):
        raise GeoError(f"{name}: expected text in the form {forms}, got {text!r}")
    return text


def parse_latitude(text: str) -> float:
    """Parse one latitude into signed degrees (north positive).

    Parameters
    ----------
    text : str
        ``39-39.60N``, ``39°39′36″N``, ``39.66N``, ``N39.66`` or ``-12.5`` (any case, any spacing).

    Returns
    -------
    float
        Degrees in -90..90.

    Raises
    ------
    GeoError
        If the text is in none of the forms, minutes or seconds are 60 or more, or the value
        is outside -90..90.

    Examples
    --------
    >>> parse_latitude("39-39.60N")
    39.66
    >>> parse_latitude("32-18.65 s")
    -32.310833333333335
    >>> parse_latitude("39°39′36″N")
    39.66
    >>> parse_latitude("39-60.00N")
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: latitude: expected minutes below 60, got 60 in '39-60.00N'
    """
    text = _check_text(text, "latitude", _LATITUDE_FORMS)
    match = _LATITUDE_RE.fullmatch(text)
    if match is None:
        raise GeoError(f"latitude: expected {_LATITUDE_FORMS}, got {text!r}")
    return _coordinate(match, "lat_", "latitude", 90.0)


def parse_longitude(text: str) -> float:
    """Parse one longitude into signed degrees (east positive).

    Parameters
    ----------
    text : str
        ``124-42.30E``, ``124°42′18″E``, ``124.705E``, ``E124.705`` or ``-80.5``.

    Returns
    -------
    float
        Degrees in -180..180.

    Raises
    ------
    GeoError
        If the text is in none of the forms, minutes or seconds are 60 or more, or the value
        is outside -180..180.

    Examples
    --------
    >>> parse_longitude("080-38.33W")
    -80.63883333333334
    >>> parse_longitude("124°42'18\\"E")
    124.705
    """
    text = _check_text(text, "longitude", _LONGITUDE_FORMS)
    match = _LONGITUDE_RE.fullmatch(text)
    if match is None:
        raise GeoError(f"longitude: expected {_LONGITUDE_FORMS}, got {text!r}")
    return _coordinate(match, "lon_", "longitude", 180.0)


def parse_position(text: str) -> LonLat:
    """Parse a latitude followed by a longitude into a `LonLat`.

    Parameters
    ----------
    text : str
        Latitude then longitude in one of the forms of the module docstring, separated by
        space, a comma or a semicolon; a plain decimal pair is read as ``lat, lon``.

    Returns
    -------
    LonLat

    Raises
    ------
    GeoError
        If the text is in none of the forms or a field is out of range.

    Examples
    --------
    >>> parse_position("39-39.60N 124-42.30E")
    LonLat(lon=124.705, lat=39.66)
    >>> parse_position("07-08N 039-17W")
    LonLat(lon=-39.28333333333333, lat=7.133333333333334)
    >>> parse_position("39.66, 124.705")
    LonLat(lon=124.705, lat=39.66)
    >>> parse_position("sideways")
    Traceback (most recent call last):
    ...
    alertmap.geo.coords.GeoError: position: expected 'DD-MM.mmN DDD-MM.mmE', 'DD°MM′SS″N DDD°MM′SS″E' or 'lat, lon' in decimal degrees, got 'sideways'
    """  # noqa: E501
    text = _check_text(text, "position", _POSITION_FORMS)
    match = _POSITION_RE.fullmatch(text)
    if match is None:
        raise GeoError(f"position: expected {_POSITION_FORMS}, got {text!r}")
    lat = _coordinate(match, "lat_", "latitude", 90.0)
    lon = _coordinate(match, "lon_", "longitude", 180.0)
    return LonLat(lon, lat)
