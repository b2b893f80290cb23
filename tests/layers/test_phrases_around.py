"""`locate` and `read_phrase` on distances in no direction, in the three languages: "男鹿半島から
約700キロ、隠岐諸島から約400キロ", "오가반도에서 약 700㎞", "about 700 km from the Oga Peninsula".

The located point is checked against distances computed here on a sphere (haversine), not by
the code under test.
"""

from __future__ import annotations

import pytest

from alertmap.layers.build import locate_fall
from alertmap.layers.errors import LayersError
from alertmap.layers.phrases import find_positions, read_phrase
from tests.support import OGA_PENINSULA, OKI_ISLANDS, haversine_km

OGA, OKI = OGA_PENINSULA, OKI_ISLANDS


TWO = [
    "男鹿半島から約700キロ、島根県・隠岐諸島から約400キロの日本海",
    "오가반도에서 약 700㎞, 오키제도에서 약 400㎞",
    "about 700 km from the Oga Peninsula and about 400 km from the Oki Islands",
]


@pytest.mark.parametrize("phrase", TWO)
def test_two_distances_are_read_in_each_language(phrase: str) -> None:
    reading = read_phrase(phrase)
    assert (reading.spec.origin, reading.spec.distance_m, reading.spec.bearing_deg) == (
        "Oga Peninsula",
        700_000.0,
        None,
    )
    assert reading.spec.about
    (other,) = reading.also
    assert (other.spec.origin, other.spec.distance_m, other.spec.about) == (
        "Oki Islands",
        400_000.0,
        True,
    )
    said = reading.understood()
    assert said["form"] == "distance from a place, in no direction"
    assert said["also"][0]["reference"].endswith("(Oki Islands)") or phrase.startswith("about")


@pytest.mark.parametrize("phrase", TWO)
def test_two_distances_are_located_where_both_hold(phrase: str) -> None:
    placed = locate_fall(phrase)
    point = (placed.point.lon, placed.point.lat)
    assert 630 <= haversine_km(point, OGA) <= 770
    assert 360 <= haversine_km(point, OKI) <= 440
    assert placed.approximate
    assert all(c.verdict() == "agrees" for c in placed.constraints)


def test_one_distance_leaves_an_arc() -> None:
    placed = locate_fall("about 700 km from the Oga Peninsula", sea="Sea of Japan")
    assert 630 <= haversine_km((placed.point.lon, placed.point.lat), OGA) <= 770
    # an arc of the ring in the sea, far larger than where two distances meet
    assert placed.geometry.area > 4 * locate_fall(TWO[2]).geometry.area


@pytest.mark.parametrize(
    ("phrase", "bearing"),
    [
        ("오가반도 서쪽 약 700㎞", "W"),  # a bearing after the place is still read
        ("男鹿半島の西約700キロ", "W"),
        ("about 700 km west of the Oga Peninsula", "W"),
    ],
)
def test_a_bearing_still_wins(phrase: str, bearing: str) -> None:
    assert read_phrase(phrase).spec.bearing_text == bearing


def test_the_from_of_korean_is_no_west() -> None:
    # "에서" ends in 서 (west): "X에서 약 D㎞" was once read as D km west of "X에"
    reading = read_phrase("오가반도에서 약 700㎞")
    assert reading.spec.origin == "Oga Peninsula" and reading.spec.bearing_deg is None


def test_a_statements_sentence_gives_no_ring() -> None:
    # the draft reads sentences with find_positions: a bare distance from a place there is as
    # often a flight's or a site's, so it gives no position
    assert find_positions("男鹿半島から約700キロ、隠岐諸島から約400キロの日本海に落下") == []
    assert find_positions("It fell about 700 km from the Oga Peninsula.") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "約700キロ",
        "about 700 km from Atlantis",
        "about 700 km from Oga Peninsula and 400 km from it",
    ],
)
def test_what_is_not_understood_is_refused(phrase: str) -> None:
    with pytest.raises(LayersError):
        locate_fall(phrase)
