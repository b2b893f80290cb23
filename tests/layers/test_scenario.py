"""Scenario validation: every error names the file, the field and what was expected."""

from __future__ import annotations

import dataclasses
import re
import warnings
from pathlib import Path

import pytest
import shapely

from alertmap.layers.errors import ScenarioError
from alertmap.layers.scenario import (
    builtin_names,
    builtin_text,
    load_scenario,
    parse_bearing,
    parse_scenario,
)

MINIMAL = """
[event]
title = "Test launch"
date = 2024-05-27

[sources.s]
organisation = "Test source"
date = 2024-05-27

[launch]
at = "Sohae"
source = "s"
"""


def test_minimal_scenario_parses() -> None:
    sc = parse_scenario(MINIMAL, "t.toml")
    assert sc.title == "Test launch"
    assert sc.launch.where.at == "Sohae"
    assert sc.launch.item.sources[0].organisation == "Test source"


@pytest.mark.parametrize("name", builtin_names())
def test_builtin_scenarios_parse(name: str) -> None:
    sc = load_scenario(name)
    assert sc.id == name
    assert sc.launch.time is not None and sc.launch.time.utcoffset() is not None


def test_builtins_include_the_three_2023_attempts() -> None:
    assert set(builtin_names()) >= {"2023-05-31", "2023-08-24", "2023-11-21"}


def test_builtins_include_the_ballistic_flights() -> None:
    assert set(builtin_names()) >= {"2017-11-29", "2022-10-04", "2022-11-03", "2023-04-13"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N", 0.0),
        ("ssw", 202.5),
        ("West", 270.0),
        ("north-east", 45.0),
        (359.5, 359.5),
        (0, 0.0),
    ],
)
def test_parse_bearing(text: object, expected: float) -> None:
    assert parse_bearing(text)[0] == expected


@pytest.mark.parametrize("bad", ["sideways", "", 361, -1, True, None])
def test_parse_bearing_rejects(bad: object) -> None:
    with pytest.raises(ValueError, match="compass point"):
        parse_bearing(bad)


def _with(extra: str) -> str:
    return MINIMAL + extra


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        # TOML syntax error: file and line
        ("[event\ntitle='x'", r"^t\.toml: invalid TOML: .*line 1"),
        # missing required field
        (
            MINIMAL.replace('title = "Test launch"\n', ""),
            r"^t\.toml: event\.title: expected a text",
        ),
        # wrong type
        (
            MINIMAL.replace('title = "Test launch"', "title = 5"),
            r"event\.title: expected a text value, got 5",
        ),
        # latitude out of range
        (
            _with('\n[[falls]]\nposition = "95.0N 124.0E"\nname = "x"\nsource = "s"\n'),
            r"^t\.toml: falls\[0\]\.position: .*latitude.*95",
        ),
        # unparseable position
        (
            _with('\n[[falls]]\nposition = "somewhere"\nname = "x"\nsource = "s"\n'),
            r"^t\.toml: falls\[0\]\.position: .*expected",
        ),
        # bad bearing
        (
            _with(
                '\n[[falls]]\nname = "x"\nfrom = "Manila"\ndistance_km = 5\nbearing = "sideways"\n'
            ),
            r"falls\[0\]\.bearing: expected a compass point .* got 'sideways'",
        ),
        # unknown source id
        (
            _with('\n[[falls]]\nname = "x"\nat = "Manila"\nsource = "nope"\n'),
            r"falls\[0\]\.source: expected the id of a \[sources\.ID\] table \(s\), got 'nope'",
        ),
        # unknown field
        (
            _with('\n[[falls]]\nname = "x"\nat = "Manila"\ncolour = "red"\n'),
            r"falls\[0\]\.colour: unexpected field",
        ),
        # two position forms
        (
            _with('\n[[falls]]\nname = "x"\nat = "Manila"\nposition = "14-35N 120-58E"\n'),
            r"falls\[0\]: expected only one of",
        ),
        # time without offset
        (
            _with('\n[[falls]]\nname = "x"\nat = "Manila"\ntime = 2023-08-24T03:58:00\n'),
            r"falls\[0\]\.time: expected an ISO 8601 date-time with offset",
        ),
        # negative distance
        (
            _with('\n[[falls]]\nname = "x"\nfrom = "Manila"\ndistance_km = -5\nbearing = "E"\n'),
            r"falls\[0\]\.distance_km: expected a number 0-20000, got -5",
        ),
        # hazard area with two corners
        (
            _with(
                '\n[[hazard_areas]]\nname = "x"\ncorners = ["36-00N 123-00E", "36-00N 124-00E"]\n'
            ),
            r"hazard_areas\[0\]\.corners: expected at least three corner positions",
        ),
        # minutes out of range in a corner
        (
            _with(
                '\n[[hazard_areas]]\nname = "x"\n'
                'corners = ["36-60N 123-00E", "36-00N 124-00E", "35-00N 124-00E"]\n'
            ),
            r"hazard_areas\[0\]\.corners\[0\]: .*minute",
        ),
        # corners on one line enclose nothing, whatever their order
        (
            _with(
                '\n[[hazard_areas]]\nname = "x"\n'
                'corners = ["36-00N 123-00E", "36-00N 124-00E", "36-00N 125-00E"]\n'
            ),
            r"hazard_areas\[0\]\.corners: expected at least three corners that enclose an area",
        ),
        # a size needs two numbers, east-west then north-south
        (
            _with('\n[[hazard_areas]]\nname = "x"\nat = "Taean"\nsize_km = [105]\n'),
            r"hazard_areas\[0\]\.size_km: expected two sizes in km, east-west then north-south",
        ),
        (
            _with('\n[[hazard_areas]]\nname = "x"\nat = "Taean"\nsize_km = [105, 0]\n'),
            r"hazard_areas\[0\]\.size_km: expected two sizes .*, got \[105, 0\]",
        ),
        # a size is drawn around a position, not around corners
        (
            _with(
                '\n[[hazard_areas]]\nname = "x"\nsize_km = [10, 20]\n'
                'corners = ["36-00N 123-00E", "36-00N 124-00E", "35-00N 124-00E"]\n'
            ),
            r"hazard_areas\[0\]\.size_km: expected either 'corners' or 'size_km' with a position",
        ),
        (
            _with('\n[[hazard_areas]]\nname = "x"\nat = "Taean"\norientation_deg = 20\n'),
            r"hazard_areas\[0\]\.orientation_deg: expected no 'orientation_deg' without 'size_km'",
        ),
        (
            _with(
                '\n[[hazard_areas]]\nname = "x"\nat = "Taean"\nsize_km = [1, 2]\n'
                "orientation_deg = 400\n"
            ),
            r"hazard_areas\[0\]\.orientation_deg: expected a number 0-360, got 400",
        ),
        # no launch
        (MINIMAL.split("[launch]")[0], r"^t\.toml: launch: expected a \[launch\] table"),
    ],
)
def test_errors_name_file_field_and_expectation(text: str, pattern: str) -> None:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "t.toml")
    message = str(info.value)
    assert re.search(pattern, message, flags=re.IGNORECASE | re.DOTALL), message


def test_unknown_builtin_name_lists_the_choices() -> None:
    with pytest.raises(ScenarioError, match=r"2023-08-24"):
        load_scenario("2099-01-01")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match=r"nope\.toml: file not found"):
        load_scenario(str(tmp_path / "nope.toml"))


@pytest.mark.parametrize("name", builtin_names())
def test_show_text_reparses_from_anywhere(name: str, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "copy.toml"
    copy.parent.mkdir()
    copy.write_text(builtin_text(name), "utf-8")
    expected = dataclasses.replace(load_scenario(name), path=str(copy))
    assert load_scenario(str(copy)) == expected


# --- hazard areas: corners in press order, sizes ---------------------------------------------

PRESS_ORDER = (
    '\n[[hazard_areas]]\nname = "Area 1"\n'
    # NW, NE, SW, SE, as a press release lists them
    'corners = ["37-00N 123-00E", "37-00N 124-00E", "36-00N 123-00E", "36-00N 124-00E"]\n'
)


def test_corners_in_press_order_are_reordered_with_one_warning() -> None:
    with pytest.warns(UserWarning) as caught:
        sc = parse_scenario(_with(PRESS_ORDER), "t.toml")
    messages = [str(w.message) for w in caught]
    assert messages == [
        "t.toml: hazard_areas[0].corners: the corners as given make a ring that crosses "
        "itself; reordered into a simple polygon (joined in order around their centre)"
    ]
    (hazard,) = sc.hazards
    polygon = hazard.polygon
    assert polygon.is_valid and polygon.exterior.is_ccw
    assert polygon.area == pytest.approx(1.0)  # the whole square, not an hourglass
    assert [(c.lon, c.lat) for c in hazard.corners] == [(123, 37), (124, 37), (123, 36), (124, 36)]


def test_corners_in_ring_order_are_kept_without_a_warning() -> None:
    text = _with(
        PRESS_ORDER.replace(
            '"36-00N 123-00E", "36-00N 124-00E"', '"36-00N 124-00E", "36-00N 123-00E"'
        )
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (hazard,) = parse_scenario(text, "t.toml").hazards
    assert sorted(hazard.polygon.exterior.coords[:-1]) == [
        (123, 36),
        (123, 37),
        (124, 36),
        (124, 37),
    ]


def test_size_and_position() -> None:
    text = _with(
        '\n[[hazard_areas]]\nname = "Zone"\nfrom = "Taean"\ndistance_km = 136\nbearing = "W"\n'
        "size_km = [105, 302]\norientation_deg = 15\n"
    )
    (hazard,) = parse_scenario(text, "t.toml").hazards
    assert hazard.size_m == (105_000.0, 302_000.0)
    assert hazard.orientation_deg == 15.0
    assert hazard.where is not None and hazard.where.origin == "Taean"
    assert hazard.polygon is None and hazard.corners == ()


@pytest.mark.parametrize("offset", [".5", "09:00", "JST"])
def test_event_timezone_must_be_an_offset(offset: str) -> None:
    # ".5" reads as a fraction of a second: it must not pass as a zone and fail at drawing time
    text = MINIMAL.replace("[event]\n", f'[event]\ntimezone = "{offset}"\n')
    with pytest.raises(ScenarioError, match=r"t\.toml: event\.timezone: expected a UTC offset"):
        parse_scenario(text, "t.toml")


def test_event_timezone_accepts_offsets() -> None:
    for offset, expected in (("+08:30", "+08:30"), ("-03:00", "-03:00")):
        text = MINIMAL.replace("[event]\n", f'[event]\ntimezone = "{offset}"\n')
        assert parse_scenario(text, "t.toml").timezone == expected


def test_a_site_told_as_the_area_about_a_place_is_approximate() -> None:
    """``at`` with ``about = true`` ("from the Sunan area", "평양 순안 일대", "元山付近"): the
    place's point (from the gazetteer, as without ``about``), drawn as approximate and derived,
    its method saying so; without ``about`` the same place is an exact, reported site."""
    from alertmap.layers.build import build_event
    from alertmap.layers.gazetteer import load_gazetteer

    sohae = load_gazetteer().find("Sohae")
    near = MINIMAL.replace('at = "Sohae"', 'at = "Sohae"\nabout = true')
    assert parse_scenario(near).launch.where.about
    assert not parse_scenario(MINIMAL).launch.where.about
    sites = {}
    for text in (MINIMAL, near):
        (site,) = [
            f for f in build_event(parse_scenario(text)).features() if f.kind == "launch_site"
        ]
        sites[text is near] = site
        assert (site.geometry.x, site.geometry.y) == (sohae.position.lon, sohae.position.lat)
    assert not sites[False].approximate and sites[False].basis == "reported"
    assert sites[True].approximate and sites[True].basis == "derived"
    assert sites[True].method.startswith("near ")


def test_a_site_told_only_as_a_region_is_drawn_as_that_region_too() -> None:
    """``at = "North Korea"`` (a draft's fallback, "北朝鮮から発射"): the site is the region's
    centre, approximate, and the region itself is a layer of its own ("Launch area (as
    reported)"), its outline the gazetteer's; a site at a pad has no such layer."""
    from alertmap.layers.build import build_event
    from alertmap.layers.gazetteer import load_gazetteer
    from alertmap.layers.model import Kind

    region = MINIMAL.replace('at = "Sohae"', 'at = "North Korea"')
    event = build_event(parse_scenario(region))
    (area_layer,) = [layer for layer in event.layers if layer.kind == Kind.LAUNCH_AREA]
    (area,) = area_layer.features
    (site,) = [f for f in event.features() if f.kind == Kind.LAUNCH_SITE]
    assert site.approximate and site.geometry.geom_type == "Point"
    assert area.geometry.geom_type in ("Polygon", "MultiPolygon")
    outline = load_gazetteer().find("North Korea").geometry
    # the same outline (as drawn: within a hundredth of its area), holding the site and the
    # places a reader knows to be in it
    assert abs(area.geometry.area - outline.area) <= 0.01 * outline.area
    assert area.geometry.covers(site.geometry)
    for name in ("Sohae", "Pyongyang"):
        p = load_gazetteer().find(name).position
        assert area.geometry.covers(shapely.Point(p.lon, p.lat)), name
    assert area.id != site.id
    pad = build_event(parse_scenario(MINIMAL))
    assert not [layer for layer in pad.layers if layer.kind == Kind.LAUNCH_AREA]
