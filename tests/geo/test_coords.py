"""geo.coords: parsing positions as navigational warnings, news and Wikipedia write them."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alertmap.geo import GeoError, LonLat, parse_latitude, parse_longitude, parse_position

# Published positions, each written out as degrees + minutes / 60 (+ seconds / 3600).
POSITIONS = [
    # NAVAREA IV / HYDROLANT (Cape Canaveral launch areas).
    ("28-39.92N 080-38.33W", 28 + 39.92 / 60, -(80 + 38.33 / 60)),
    # NAVAREA X (New Caledonia) style, southern and eastern hemispheres.
    ("32-18.65S 165-02.81E", -(32 + 18.65 / 60), 165 + 2.81 / 60),
    # Whole minutes, zero-padded longitude.
    ("07-08N 039-17W", 7 + 8 / 60, -(39 + 17 / 60)),
    # Sohae launch site (Wikipedia), D°M′S″ with unicode marks.
    ("39°39′36″N 124°42′18″E", 39.66, 124.705),
    # The same position in every other accepted form.
    ("39-39.60N 124-42.30E", 39.66, 124.705),
    ("39-39.6n  124-42.3e", 39.66, 124.705),
    ("39 - 39.60 N 124 - 42.30 E", 39.66, 124.705),
    ("39-39.60N, 124-42.30E", 39.66, 124.705),
    ("39-39.60N124-42.30E", 39.66, 124.705),
    ("39–39.60N 124–42.30E", 39.66, 124.705),  # en dashes from a PDF
    ("39-39-36N 124-42-18E", 39.66, 124.705),
    ("39°39'36\"N 124°42'18\"E", 39.66, 124.705),
    ("39° 39′ 36″ N, 124° 42′ 18″ E", 39.66, 124.705),
    ("39°39'36''N 124°42'18''E", 39.66, 124.705),
    ("39°39.6′N 124°42.3′E", 39.66, 124.705),
    ("39.66°N 124.705°E", 39.66, 124.705),
    ("39.660N 124.705E", 39.66, 124.705),
    ("N39.66 E124.705", 39.66, 124.705),
    ("39.660, 124.705", 39.66, 124.705),
    ("  39.66 124.705  ", 39.66, 124.705),
    ("-32.310833, 165.046833", -32.310833, 165.046833),
    # Edges of the ranges.
    ("90-00.00N 180-00.00W", 90.0, -180.0),
    ("00-00.00S 000-00.00E", 0.0, 0.0),
]


@pytest.mark.parametrize(("text", "lat", "lon"), POSITIONS)
def test_parse_position(text: str, lat: float, lon: float) -> None:
    position = parse_position(text)
    assert position.lat == pytest.approx(lat, abs=1e-6)
    assert position.lon == pytest.approx(lon, abs=1e-6)
    assert LonLat.parse(text) == position


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("28-39.92N", 28.665333),
        ("32-18.65 s", -32.310833),
        ("39°39′36″N", 39.66),
        ("S 12.5", -12.5),
        ("-12.5", -12.5),
        ("+12.5", 12.5),
    ],
)
def test_parse_latitude(text: str, lat: float) -> None:
    assert parse_latitude(text) == pytest.approx(lat, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "lon"),
    [
        ("080-38.33W", -80.638833),
        ("165-02.81E", 165.046833),
        ("124°42′18″E", 124.705),
        ("-80.5", -80.5),
    ],
)
def test_parse_longitude(text: str, lon: float) -> None:
    assert parse_longitude(text) == pytest.approx(lon, abs=1e-6)


BAD_POSITIONS = [
    ("95-00.00N 124-42.30E", "latitude: expected degrees in -90..90, got 95.0"),
    ("39-60.00N 124-42.30E", "latitude: expected minutes below 60, got 60 in '39-60.00N'"),
    ("39-39.60N 124-42-60E", "longitude: expected seconds below 60, got 60 in '124-42-60E'"),
    ("39°75′N 124°42′E", "latitude: expected minutes below 60, got 75"),
    ("39-39.60N 181-00.00E", "longitude: expected degrees in -180..180, got 181.0"),
    ("91.0, 124.705", "latitude: expected degrees in -90..90, got 91.0"),
    ("39-39.60 124-42.30", "latitude: expected a hemisphere letter after '39-39.60'"),
    ("-39.66N 124.705E", "latitude: expected a sign or a hemisphere letter, got both"),
    ("N39.66N 124.705E", "latitude: expected one hemisphere letter, got two"),
    ("39.5°30′N 124°42′E", "latitude: expected a decimal fraction only in the last field"),
    ("sideways", "position: expected 'DD-MM.mmN DDD-MM.mmE', 'DD°MM′SS″N DDD°MM′SS″E' or "),
    ("", "position: expected .* got ''"),
    ("39.66", "position: expected .* got '39.66'"),
    ("124-42.30E 39-39.60N", "position: expected .* got '124-42.30E 39-39.60N'"),
    ("39-39.60E 124-42.30N", "position: expected"),
    ("39.66124.705", "position: expected"),
]


@pytest.mark.parametrize(("text", "message"), BAD_POSITIONS)
def test_parse_position_rejects(text: str, message: str) -> None:
    with pytest.raises(GeoError, match=message):
        parse_position(text)


def test_bad_position_message_is_whole() -> None:
    with pytest.raises(GeoError) as caught:
        parse_position("foo")
    assert str(caught.value) == (
        "position: expected 'DD-MM.mmN DDD-MM.mmE', 'DD°MM′SS″N DDD°MM′SS″E' or 'lat, lon' in "
        "decimal degrees, got 'foo'"
    )


@pytest.mark.parametrize(
    ("parse", "text", "message"),
    [
        (parse_latitude, "124-42.30E", "latitude: expected 'DD-MM.mmN'"),
        (parse_latitude, "sideways", "latitude: expected .* got 'sideways'"),
        (parse_longitude, "39-39.60N", "longitude: expected 'DDD-MM.mmE'"),
        (parse_longitude, "", "longitude: expected .* got ''"),
        (parse_position, 39.66, "position: expected text in the form"),
    ],
)
def test_parse_single_rejects(parse: object, text: str, message: str) -> None:
    assert callable(parse)
    with pytest.raises(GeoError, match=message):
        parse(text)


def test_geo_error_is_value_error() -> None:
    assert issubclass(GeoError, ValueError)


# --- LonLat ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [
        (0.0, 95.0, r"^latitude: expected degrees in -90\.\.90, got 95\.0$"),
        (0.0, -90.5, "latitude: expected degrees in -90..90, got -90.5"),
        (180.5, 0.0, "longitude: expected degrees in -180..180, got 180.5"),
        (math.nan, 0.0, "longitude: expected degrees in -180..180, got nan"),
        (0.0, math.inf, "latitude: expected degrees in -90..90, got inf"),
        ("east", 0.0, "longitude: expected degrees in -180..180, got 'east'"),
    ],
)
def test_lonlat_rejects(lon: float, lat: float, message: str) -> None:
    with pytest.raises(GeoError, match=message):
        LonLat(lon, lat)


def test_lonlat_value_object() -> None:
    corner = LonLat(-180, 90)
    assert corner == LonLat(-180.0, 90.0)
    assert isinstance(corner.lon, float) and isinstance(corner.lat, float)
    assert hash(corner) == hash(LonLat(-180.0, 90.0))
    assert not hasattr(corner, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        corner.lat = 0.0  # type: ignore[misc]


# --- round trips -----------------------------------------------------------------------


def navarea(
    value: float, width: int, hemispheres: str, spacing: str, case: str
) -> tuple[str, float]:
    """``value`` as D-M.mm with hemisphere, and the value it denotes after rounding."""
    centiminutes = round(abs(value) * 6000)
    degrees, rest = divmod(centiminutes, 6000)
    hemisphere = hemispheres[0] if value >= 0 else hemispheres[1]
    hemisphere = hemisphere.lower() if case == "lower" else hemisphere
    minutes = f"{rest // 100:02d}.{rest % 100:02d}"
    text = f"{degrees:0{width}d}{spacing}-{spacing}{minutes}{spacing}{hemisphere}"
    return text, math.copysign(centiminutes / 6000, value if value != 0 else 1.0)


def dms(value: float, hemispheres: str) -> tuple[str, float]:
    """``value`` as D°M′S″ with hemisphere, and the value it denotes after rounding."""
    seconds = round(abs(value) * 3600)
    degrees, rest = divmod(seconds, 3600)
    hemisphere = hemispheres[0] if value >= 0 else hemispheres[1]
    text = f"{degrees}°{rest // 60:02d}′{rest % 60:02d}″{hemisphere}"
    return text, math.copysign(seconds / 3600, value if value != 0 else 1.0)


latitudes = st.floats(min_value=-90.0, max_value=90.0, allow_nan=False)
longitudes = st.floats(min_value=-180.0, max_value=180.0, allow_nan=False)


@given(
    lat=latitudes,
    lon=longitudes,
    spacing=st.sampled_from(["", " "]),
    separator=st.sampled_from([" ", "  ", ", ", ",", ";"]),
    case=st.sampled_from(["upper", "lower"]),
)
def test_navarea_round_trip(
    lat: float, lon: float, spacing: str, separator: str, case: str
) -> None:
    lat_text, lat_rounded = navarea(lat, 2, "NS", spacing, case)
    lon_text, lon_rounded = navarea(lon, 3, "EW", spacing, case)
    position = parse_position(lat_text + separator + lon_text)
    assert position.lat == pytest.approx(lat_rounded, abs=1e-6)
    assert position.lon == pytest.approx(lon_rounded, abs=1e-6)
    assert abs(position.lat - lat) <= 0.005 / 60 + 1e-9
    assert abs(position.lon - lon) <= 0.005 / 60 + 1e-9


@given(lat=latitudes, lon=longitudes)
def test_dms_round_trip(lat: float, lon: float) -> None:
    lat_text, lat_rounded = dms(lat, "NS")
    lon_text, lon_rounded = dms(lon, "EW")
    position = parse_position(f"{lat_text} {lon_text}")
    assert position.lat == pytest.approx(lat_rounded, abs=1e-6)
    assert position.lon == pytest.approx(lon_rounded, abs=1e-6)


@given(lat=latitudes, lon=longitudes)
def test_decimal_pair_round_trip(lat: float, lon: float) -> None:
    position = parse_position(f"{lat:.6f}, {lon:.6f}")
    assert position.lat == pytest.approx(lat, abs=1e-6)
    assert position.lon == pytest.approx(lon, abs=1e-6)


@given(text=st.text(max_size=40))
def test_parse_position_only_raises_geo_error(text: str) -> None:
    try:
        position = parse_position(text)
    except GeoError as error:
        assert "expected" in str(error)
    else:
        assert -90.0 <= position.lat <= 90.0 and -180.0 <= position.lon <= 180.0


@pytest.mark.parametrize(
    ("lon", "expected"), [(181.5, -178.5), (-181.5, 178.5), (540.0, -180.0), (12.0, 12.0)]
)
def test_lonlat_wrapped(lon: float, expected: float) -> None:
    assert LonLat.wrapped(lon, 40.0) == LonLat(expected, 40.0)


def test_lonlat_wrapped_rejects_nan() -> None:
    with pytest.raises(GeoError, match="longitude: expected finite degrees, got nan"):
        LonLat.wrapped(math.nan, 0.0)
