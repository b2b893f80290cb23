"""Property-based fuzzing of the readers (issue 12): whatever the input, a reader returns or
raises the package's error (:class:`~alertmap.layers.errors.LayersError`), whose message is one
line of bounded length; never another exception.

Each test is deterministic (``derandomize``) and runs 200 examples in a few seconds.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alertmap.layers.catalogue import COLUMNS, read_catalogue
from alertmap.layers.datafiles import DATA
from alertmap.layers.errors import LayersError
from alertmap.layers.phrases import parse_phrase
from alertmap.layers.scenario import builtin_names, builtin_text, parse_scenario
from alertmap.layers.trackfile import read_track_csv
from alertmap.layers.warning import parse_warning
from tests.support import TEST_DATA

FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Characters that readers treat specially, or that break naive ones.
ODD = ["\x00", "\x07", "\x1b", "\x7f", "\r", "\t", "\u202e", "\u2066", "\ufeff", "\u2028", "é"]


def only_package_errors(read: Callable[[], object]) -> None:
    """``read()`` returns, or raises a LayersError of one line of bounded length."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            read()
        except LayersError as err:
            message = str(err)
            assert "\n" not in message and "\r" not in message, message
            assert len(message) < 1500, message


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz")


# --------------------------------------------------------------------------- mutations


@st.composite
def mutated(draw: st.DrawFn, text: str, tokens: list[str]) -> str:
    """``text`` with a few random edits: spans deleted or doubled, tokens inserted, lines
    swapped."""
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        span = draw(st.integers(1, 40))
        edit = draw(st.sampled_from(["delete", "insert", "double", "replace", "swap"]))
        if edit == "delete":
            text = text[:at] + text[at + span :]
        elif edit == "insert":
            text = text[:at] + draw(st.sampled_from(tokens)) + text[at:]
        elif edit == "double":
            text = text[: at + span] + text[at:]
        elif edit == "replace":
            text = text[:at] + draw(st.sampled_from(tokens)) + text[at + 1 :]
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


# --------------------------------------------------------------------------- scenario

SCENARIO_TOKENS = [
    *"[]{}=.,\"'#\n -+:",
    *ODD,
    "[[falls]]",
    "[[hazard_areas]]",
    "[[alerts]]",
    "[[alerts.messages]]",
    "[[track.waypoints]]",
    "[[range_rings]]",
    "[[falls.reports]]",
    "[launch]",
    "[event]",
    "[sources.x]",
    "name = ",
    "at = ",
    "between = ",
    "corners = ",
    "source = ",
    "id = ",
    "time = ",
    "window_end = ",
    "lifted = ",
    "distance_km = ",
    "distance_nm = ",
    "range_km = ",
    "bearing = ",
    "fraction = ",
    '"Sohae"',
    '"Okinawa"',
    '["Sohae", "Sohae"]',
    '["35N 130E", "36N 131E", "35N 131E", "36N 130E"]',
    '["35N 130E", "35N 130E", "35N 130E"]',
    '"39-39.60N 124-42.30E"',
    "2023-08-24T03:50:00+09:00",
    "2023-08-24",
    "1e309",
    "nan",
    "inf",
    "-1",
    "0",
    "99999999999999999999999",
    "true",
    '"\\u0000"',
    '"\\u202e"',
    '"""\n"""',
    "a.b.c.d.e.f = 1",
    "[[[[[[[[[[[[]]]]]]]]]]]]",
    "[" * 2000,
    "x = " + "[" * 2000,
    "{ a = " * 400,
    "9" * 400,
]

#: A TOML value of any type, including the awkward ones.
TOML_VALUES = st.one_of(
    st.text(alphabet=st.sampled_from([*"abcSohae -.,0123456789NSEW", *ODD]), max_size=30).map(
        json.dumps
    ),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["9" * 400, "-" + "9" * 400, "[" * 500 + "]" * 500]),
    st.sampled_from(["nan", "inf", "-inf", "0.0", "1e308", "360.5", "-0.1", "1_000"]),
    st.sampled_from(["true", "false", "2023-08-24", "2023-08-24T03:50:00+09:00", "03:50:00"]),
    st.sampled_from(["2023-08-24T03:50:00", "1979-05-27T07:32:00Z", "2023-13-45"]),
    st.sampled_from(["[]", '["a"]', '["Sohae", "Sohae"]', "[1, 2]", "{}", "{ a = 1 }", "[[]]"]),
)


def _builtin(name: str) -> tuple[str, str]:
    return builtin_text(name), str(DATA / "scenarios" / f"{name}.toml")


@FUZZ
@given(st.lists(st.sampled_from(SCENARIO_TOKENS), max_size=60).map("".join))
def test_scenario_reader_on_toml_ish_text(text: str) -> None:
    only_package_errors(lambda: parse_scenario(text, "fuzz.toml"))


@FUZZ
@given(st.sampled_from(builtin_names()).flatmap(lambda n: st.tuples(st.just(n), st.data())))
def test_scenario_reader_on_mutated_builtins(case: tuple[str, st.DataObject]) -> None:
    name, data = case
    text, file = _builtin(name)
    broken = data.draw(mutated(text, SCENARIO_TOKENS))
    only_package_errors(lambda: parse_scenario(broken, file))


_ASSIGNMENT = re.compile(r"^([A-Za-z_]+) = .*$", re.MULTILINE)


@FUZZ
@given(st.sampled_from(builtin_names()), st.data())
def test_scenario_reader_on_builtins_with_values_replaced(name: str, data: st.DataObject) -> None:
    text, file = _builtin(name)
    fields = list(_ASSIGNMENT.finditer(text))
    for _ in range(data.draw(st.integers(1, 3))):
        found = data.draw(st.sampled_from(fields))
        value = data.draw(TOML_VALUES)
        text = text[: found.start()] + f"{found.group(1)} = {value}" + text[found.end() :]
        fields = list(_ASSIGNMENT.finditer(text))
    only_package_errors(lambda: parse_scenario(text, file))


# --------------------------------------------------------------------------- catalogue

CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "Sohae",
            "Sinpo",
            "39-39.60N 124-42.30E",
            "2023-08-24",
            "2023-08-24T03:50:00+09:00",
            "S",
            "SSE",
            "165",
            "1000",
            "-5",
            "nan",
            "1e400",
            "Okinawa",
            "Okinawa;Atlantis",
            "Sohae;Sohae",
            "JCS",
            "a",
            '"a,b"',
            '"',
        ]
    ),
    st.text(alphabet=st.sampled_from([*"ab,;\"' -.019NS", *ODD]), max_size=12),
)


@st.composite
def catalogues(draw: st.DrawFn) -> str:
    header = draw(
        st.lists(st.sampled_from([*sorted(COLUMNS), "colour", "", "date"]), min_size=1, max_size=8)
    )
    if draw(st.booleans()):
        header = ["date", "site", "direction", "range_km", "source", "id"]
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=6))
    lines = [",".join(header)] + [",".join(row) for row in rows]
    return draw(st.sampled_from(["", "\ufeff"])) + "\n".join(lines) + "\n"


@FUZZ
@given(st.one_of(catalogues(), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_catalogue_reader(folder: Path, text: str) -> None:
    f = folder / "fuzz.csv"
    f.write_bytes(text.encode("utf-8", "surrogatepass"))
    only_package_errors(lambda: read_catalogue(f))


@FUZZ
@given(st.binary(max_size=300))
def test_catalogue_reader_on_bytes(folder: Path, data: bytes) -> None:
    f = folder / "bytes.csv"
    f.write_bytes(b"date,site,direction,range_km,source\n" + data)
    only_package_errors(lambda: read_catalogue(f))


# --------------------------------------------------------------------------- track file

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(-180, 180).map(lambda x: f'"{x}"'),
    st.sampled_from(["", " ", "1_0", "١", "0x10", "1e400", "-0", '"', "'1'", "#", "nan"]),
)


@st.composite
def tracks(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from(["lon,lat", "lat,lon,time", '"lon","lat"', "x,y", "lon", ""]))
    rows = draw(st.lists(st.lists(NUMBERS, min_size=0, max_size=3), max_size=8))
    # a long run of good lines first: a problem deep in the file, past any read buffer
    good = draw(st.sampled_from(["", "124.7,39.6\n124.6,39.5\n" * 2000]))
    text = "\n".join([header, good + ",".join(rows[0]) if rows else good])
    text += "".join("\n" + ",".join(row) for row in rows[1:])
    data = draw(st.sampled_from([b"", b"\xef\xbb\xbf"])) + text.encode()
    if draw(st.booleans()):  # a byte that is not UTF-8 somewhere (often near the end)
        at = draw(st.one_of(st.integers(0, len(data)), st.just(max(len(data) - 3, 0))))
        data = data[:at] + draw(st.sampled_from([b"\xe9", b"\xff", b"\x00", b"\r"])) + data[at:]
    return data


@st.composite
def long_tracks_with_a_bad_end(draw: st.DrawFn) -> bytes:
    """Thousands of good lines, then a few random ones with a byte that is not UTF-8 among
    them: past the first read buffer, where a reader that decodes as it goes meets it late."""
    header = draw(st.sampled_from([b"lon,lat\n", b"lat,lon,time\n", b'"lon","lat"\n']))
    rows = draw(st.lists(st.lists(NUMBERS, max_size=3), min_size=1, max_size=4))
    tail = "\n".join(",".join(row) for row in rows).encode()
    at = draw(st.integers(0, len(tail)))
    bad = draw(st.sampled_from([b"\xe9", b"\xff", b"\xc3", b"\x80"]))
    return header + b"124.7,39.6\n124.6,39.5\n" * 2000 + tail[:at] + bad + tail[at:]


@FUZZ
@given(st.one_of(tracks(), long_tracks_with_a_bad_end(), st.binary(max_size=200)))
def test_track_reader(folder: Path, data: bytes) -> None:
    f = folder / "track.csv"
    f.write_bytes(data)
    only_package_errors(lambda: read_track_csv(f))


# --------------------------------------------------------------------------- warning text

WARNING_FILES = sorted((TEST_DATA / "warnings").glob("*.txt"))
WARNING_TOKENS = [
    *"ABC.,-/ \n0123456789NSEWZ",
    *ODD,
    "28-39.92N 080-38.33W",
    "28-60.00N 080-38.33W",
    "91-00.00N 181-00.00E",
    "A. ",
    "B. ",
    "WITHIN 5 MILES OF ",
    "WITHIN 0 MILES OF ",
    "121606Z TO 121854Z NOV",
    "302400Z FEB",
    " DAILY ",
    " THRU ",
    " ALTERNATE ",
    "CANCEL THIS MSG 121954Z NOV 22.",
    "NAVAREA XI 123/23",
    "HYDROPAC 3475/25",
    "ZCZC GA14\n",
    "NNNN",
    "# comment\n",
]


@FUZZ
@given(
    st.one_of(
        st.lists(st.sampled_from(WARNING_TOKENS), max_size=60).map("".join),
        st.sampled_from(WARNING_FILES).flatmap(
            lambda p: mutated(p.read_text("utf-8"), WARNING_TOKENS)
        ),
    ),
    st.one_of(st.none(), st.integers(-5, 3000)),
)
def test_warning_reader(text: str, year: int | None) -> None:
    only_package_errors(lambda: parse_warning(text, file="w.txt", year=year))


# --------------------------------------------------------------------------- phrases

PHRASE_TOKENS = [
    "about ",
    "approximately ",
    "some ",
    "~",
    "600",
    "1,200",
    "50000",
    "0.5",
    " km ",
    " nautical miles ",
    " NM ",
    "miles ",
    "east",
    "north-north-east",
    "NNW",
    "sideways",
    " of ",
    "the ",
    "Manila",
    "Sohae",
    "between ",
    " and ",
    ".",
    " ",
    *ODD,
]


@FUZZ
@given(st.one_of(st.lists(st.sampled_from(PHRASE_TOKENS), max_size=25).map("".join), st.text()))
def test_phrase_parser(text: str) -> None:
    only_package_errors(lambda: parse_phrase(text))
