"""``alertmap draft``: statements in Japanese, Korean and English read into a draft scenario.

The corpus in ``tests/data/statements/`` holds real statements (each launch's ``.txt``, quoted
with its source) and, beside each, the items a careful reader finds in them, listed by hand
(``.toml``; README.md there gives the fields and how they are compared). The draft must find
them, invent nothing, and write a scenario that renders. ``holdout/`` holds three launches
written before the rules and left out of their tuning; ``holdout2/`` four more, run once on the
rules as they were (holdout2/RUN.md) and tuning data since; ``holdout3/`` five more, likewise
(holdout3/RUN.md); ``holdout4/`` five more, likewise (holdout4/RUN.md); ``holdout5/`` and
``holdout6/`` six each, likewise.

Run as a script to print the corpus figures::

    python tests/layers/test_draft.py            # the tuning set and holdouts 1 to 6
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import shapely

from alertmap.layers.build import build_event
from alertmap.layers.draft import (
    DraftError,
    DraftItem,
    draft_toml,
    parse_source,
    read_draft,
    read_statements,
    sentences,
)
from alertmap.layers.gazetteer import Place, Region, load_gazetteer
from alertmap.layers.scenario import parse_scenario
from alertmap.maps.cli import main

STATEMENTS = Path(__file__).resolve().parents[1] / "data" / "statements"
TUNING = sorted(STATEMENTS.glob("*.toml"))
HOLDOUT = sorted((STATEMENTS / "holdout").glob("*.toml"))
#: The second held-out set: run once (holdout2/RUN.md), then used for tuning like TUNING.
HOLDOUT2 = sorted((STATEMENTS / "holdout2").glob("*.toml"))
#: The third held-out set: run once (holdout3/RUN.md), then used for tuning like TUNING.
HOLDOUT3 = sorted((STATEMENTS / "holdout3").glob("*.toml"))
#: The fourth held-out set: run once (holdout4/RUN.md), then used for tuning like TUNING.
HOLDOUT4 = sorted((STATEMENTS / "holdout4").glob("*.toml"))
#: The fifth held-out set: run once (holdout5/RUN.md), then used for tuning like TUNING.
HOLDOUT5 = sorted((STATEMENTS / "holdout5").glob("*.toml"))
#: The sixth held-out set: run once (holdout6/RUN.md), then used for tuning like TUNING.
HOLDOUT6 = sorted((STATEMENTS / "holdout6").glob("*.toml"))
#: The seventh held-out set: run once (holdout7/RUN.md), then used for tuning like TUNING.
HOLDOUT7 = sorted((STATEMENTS / "holdout7").glob("*.toml"))
#: The eighth held-out set: run once (holdout8/RUN.md), then used for tuning like TUNING.
HOLDOUT8 = sorted((STATEMENTS / "holdout8").glob("*.toml"))
#: The ninth held-out set: run once (holdout9/RUN.md), then used for tuning like TUNING.
HOLDOUT9 = sorted((STATEMENTS / "holdout9").glob("*.toml"))
#: The tenth held-out set: run once (holdout10/RUN.md), then used for tuning like TUNING.
HOLDOUT10 = sorted((STATEMENTS / "holdout10").glob("*.toml"))
#: The eleventh held-out set: run once (holdout11/RUN.md), then used for tuning like TUNING.
HOLDOUT11 = sorted((STATEMENTS / "holdout11").glob("*.toml"))
#: The twelfth held-out set: run once (holdout12/RUN.md), then used for tuning like TUNING.
HOLDOUT12 = sorted((STATEMENTS / "holdout12").glob("*.toml"))
#: The thirteenth held-out set: run once (holdout13/RUN.md), then used for tuning like TUNING.
HOLDOUT13 = sorted((STATEMENTS / "holdout13").glob("*.toml"))
#: The fourteenth held-out set: run once (holdout14/RUN.md), then used for tuning like TUNING.
HOLDOUT14 = sorted((STATEMENTS / "holdout14").glob("*.toml"))
#: The fifteenth held-out set: run once (holdout15/RUN.md), then used for tuning like TUNING.
HOLDOUT15 = sorted((STATEMENTS / "holdout15").glob("*.toml"))
#: The sixteenth held-out set: run once (holdout16/RUN.md), then used for tuning like TUNING.
HOLDOUT16 = sorted((STATEMENTS / "holdout16").glob("*.toml"))
#: The seventeenth held-out set: run once (holdout17/RUN.md), then used for tuning like TUNING.
HOLDOUT17 = sorted((STATEMENTS / "holdout17").glob("*.toml"))
#: The eighteenth held-out set: run once (holdout18/RUN.md), then used for tuning like TUNING.
HOLDOUT18 = sorted((STATEMENTS / "holdout18").glob("*.toml"))
#: The nineteenth held-out set: run once (holdout19/RUN.md), then used for tuning like TUNING.
HOLDOUT19 = sorted((STATEMENTS / "holdout19").glob("*.toml"))
#: The twentieth held-out set: run once (holdout20/RUN.md), then used for tuning like TUNING.
HOLDOUT20 = sorted((STATEMENTS / "holdout20").glob("*.toml"))
#: The twenty-first held-out set: run once (holdout21/RUN.md), then used for tuning like TUNING.
HOLDOUT21 = sorted((STATEMENTS / "holdout21").glob("*.toml"))
#: The twenty-second held-out set: run once (holdout22/RUN.md), then used for tuning like TUNING.
HOLDOUT22 = sorted((STATEMENTS / "holdout22").glob("*.toml"))
#: The twenty-third held-out set: run once (holdout23/RUN.md), then used for tuning like TUNING.
HOLDOUT23 = sorted((STATEMENTS / "holdout23").glob("*.toml"))
#: The twenty-fourth held-out set: run once (holdout24/RUN.md), then used for tuning like TUNING.
HOLDOUT24 = sorted((STATEMENTS / "holdout24").glob("*.toml"))
#: The twenty-fifth held-out set: run once (holdout25/RUN.md), then used for tuning like TUNING.
HOLDOUT25 = sorted((STATEMENTS / "holdout25").glob("*.toml"))
#: The twenty-sixth held-out set: run once (holdout26/RUN.md), then used for tuning like TUNING.
HOLDOUT26 = sorted((STATEMENTS / "holdout26").glob("*.toml"))
#: The twenty-seventh held-out set: run once (holdout27/RUN.md), then used for tuning like TUNING.
HOLDOUT27 = sorted((STATEMENTS / "holdout27").glob("*.toml"))
#: The twenty-eighth held-out set: run once (holdout28/RUN.md), then used for tuning like TUNING.
HOLDOUT28 = sorted((STATEMENTS / "holdout28").glob("*.toml"))
#: The twenty-ninth held-out set: run once (holdout29/RUN.md), then used for tuning like TUNING.
HOLDOUT29 = sorted((STATEMENTS / "holdout29").glob("*.toml"))
#: The thirtieth held-out set: run once (holdout30/RUN.md), then used for tuning like TUNING.
HOLDOUT30 = sorted((STATEMENTS / "holdout30").glob("*.toml"))
CORPUS = (
    TUNING
    + HOLDOUT
    + HOLDOUT2
    + HOLDOUT3
    + HOLDOUT4
    + HOLDOUT5
    + HOLDOUT6
    + HOLDOUT7
    + HOLDOUT8
    + HOLDOUT9
    + HOLDOUT10
    + HOLDOUT11
    + HOLDOUT12
    + HOLDOUT13
    + HOLDOUT14
    + HOLDOUT15
    + HOLDOUT16
    + HOLDOUT17
    + HOLDOUT18
    + HOLDOUT19
    + HOLDOUT20
    + HOLDOUT21
    + HOLDOUT22
    + HOLDOUT23
    + HOLDOUT24
    + HOLDOUT25
    + HOLDOUT26
    + HOLDOUT27
    + HOLDOUT28
    + HOLDOUT29
    + HOLDOUT30
)
#: Files below the 95 % floor with misses left for a reason named in README.md (Holdout 7):
#: compact 24-hour times after a zoned one ("at around 0600 (2100 GMT), 0637 and 0642") and
#: "at midnight of the 25th [15:00 GMT, July 24]".
#: Round 9 (README, Holdout 9): "hit a target 700 km away" (KCNA) is not read as a range.
#: Round 10 (README, Holdout 10): misses of holdout 10 left when the round's time ran out (per-
#: missile figures, "(The North) fired", "towards its
#: east coast", "…1発について高度約100キロ"); no more than these. Round 25 (README, Round 25):
#: "1발은 430㎞로 비행했다", "約800キロ飛翔した1発について高度約100キロ…", "towards its east
#: coast" are read; "the other at 5:57 a.m." after "ataround" is left. Round 33 (README,
#: Round 33): "350㎞를 비행해 알섬 100㎞ 너머로" is read.
LEFT_MISSES = {
    "holdout7/2023-07-24": 1,
    "holdout10/2019-07-25": 1,  # round 18: "(The North) fired …" now read (one of three)
    # Round 14 (README, Holdout 14): "元山付近らミサイル" (から misprinted); a fall point told
    # without a fall word ("…57キロ離れた地点だった", "one missile was detected 26 km …, another
    # 57 km east of Sokcho"). (Round 25: the sentences broken by a line end, "ファンヘ南道\n(黄海
    # 南道)から" and "…in the early hours of\nTuesday… from its southwestern county of Kwail in\n
    # …", are read.)
    "holdout14/2017-03-22": 1,
    # (Round 33: "…鬱陵島の北西167キロ、…東に57キロ離れた地点だった" after the fall is read, README
    # "Round 33"; the English "one missile was detected 26 kilometers south of the NLL,
    # another 57 kilometers east of Sokcho …" stays: a detection, not a fall word.)
    "holdout14/2022-11-02": 2,
    # Round 15 (README, Holdout 15): "航続距離は130キロ" (a word that mostly names a type's
    # range, not a flight's). (Round 25: "東の日本海方向に", "towards the northeastern sea",
    # "日本海海上まで…飛行", "동해상까지 … 비행" are read.)
    "holdout15/2022-11-05": 1,
    # Round 20 (README, Holdout 20): Newshub's misspelt "Wonson" (the gazetteer does not guess
    # spellings: a near name would be read elsewhere as a place that is not meant); CNN's "the US
    # Strategic command said it detected the new missile … at 6:00 p.m. ET Wednesday, or around
    # 6:30 a.m. Pyongyang time Thursday" (a detection told by another subject, in a zone named
    # two ways; reading "detected … at" as a launch would take detection times elsewhere).
    "holdout20/2016-05-31": 1,
    "holdout20/2016-10-20": 1,
    # Round 21 (README, Holdout 21): Bernama's "in waters off Shinpo Port" (a spelling no source
    # of the gazetteer gives; "in waters off Sinpo Port" is read as Sinpo): the launch keeps its
    # time alone (partial).
    "holdout21/2024-01-28": 1,
    # Round 22 (README, Holdout 22; round 25 read the salvos of 2014-03-16 and their sites):
    # misses of holdout 22 left when the round's time ran out
    # (salvos told as "…발사한데 이어 … 발사하고, … 쏘았다", one launch for three; "오후 8시3분께
    # 8발을 추가로 발사" keeps no firer, partial; the Korean statement whose "노동신문은 28일 …"
    # makes the 28th its launch day; NK News's "near the city of Nampho" after "did not say
    # where"; ABEMA's and noCut's 2021 quotes (the truncated "…중국 쪽으로 단..."); "발사체
    # 사거리가 60Km인 점" in a sentence about the launch of the 16th). (Round 33: "先月29日に…
    # 発射した北朝鮮はこの日、初めて宣徳地域から" is read, README "Round 33".)
    "holdout22/2014-03-22": 1,
    "holdout22/2021-03-21": 4,
    "holdout22/2025-02-26": 2,
    # Round 23 (README, Holdout 23): KCNA's "朝鮮半島西側の黄海上で、…試験を実施した" (a side of the
    # peninsula told for a test, with no launch verb: reading 試験 as a launch would make launches
    # of other tests elsewhere).
    "holdout23/2024-04-19": 1,
    # Round 24 (README, Holdout 24), as left after round 26 (README, Holdout 25), nothing
    # invented in this file: the passage of "백령도 상공 151㎞까지 올라가다가" (no verb of
    # passage). (Round 26: "니가타 북서부 700㎞ 지점에" and "South Korea's capital Seoul" are
    # read by layers/phrases.py.)
    "holdout24/2012-04-13": 1,
    # Round 29 (README, Holdout 28): two windows in one sentence with one verb ("오전 11~낮 12시,
    # 오후 4~5시 … 발사했다") drafted as one launch (splitting a sentence's spans into launches
    # would split the lists of times elsewhere that are one launch's span). (Round 31: KBS
    # WORLD's "ten-thousand-234 seconds" and "the target two thousand kilometers away" are
    # read, README "Round 31".)
    "holdout28/2013-05-20": 1,
    # Round 30 (README, Holdout 29): KCNA's "11日と12日に実施した実験では、ミサイルが1500キロ
    # 飛行して" (days other than the statement's: reading them as this launch's would take other
    # launches' figures); Hankook Ilbo's headline "1500㎞ 표적 명중" listed
    # as a second 1500 km beside its text's (one statement drafts a figure once); "traveled for
    # about two hours and six minutes" (hours and minutes in words); Japan's EEZ "と領海には
    # 落下していないとみられ" (a denial of two zones together); "어제(8일) 동해 신포 앞바다에서
    # … 시험을 한 것으로 분석" (a test told with no launch verb, as holdout 23's 試験). (Round
    # 31: "hit targets 1,500 kilometers away", "hitting targets …" are read: a target struck so
    # far away is the range, README "Round 31".)
    "holdout29/2015-05-09": 1,
    "holdout29/2021-09-11": 2,
    # (Round 32's two, "中国側が指定した海域は、…2カ所と、…1カ所" and "1発は…北北西、2発は台湾
    # 南西、1発は…に設定された各訓練海域に落下", are read since round 33, README "Round 33".)
}
#: Launches that must never appear in the corpus, in any written form.
#: The four launches kept as an independent check of the product (never used as data), built
#: from their digits so that the dates themselves are written nowhere in the repository.
RESERVED = tuple(
    f"{y}-{m:02d}-{d:02d}"
    for y, m, d in ((2000 + 12, 12, 12), (2000 + 16, 2, 7), (2000 + 17, 8, 29), (2000 + 17, 9, 15))
)
JST = dt.timezone(dt.timedelta(hours=9))


# --------------------------------------------------------------------------- the comparison


def same_name(a: str, b: str) -> bool:
    """Two gazetteer names for one thing: the same entry, or an island's point and its
    outline ("Okushiri" the place, "Okushiri Island" the region)."""
    if a == b:
        return True
    g = load_gazetteer()
    x, y = g.find(a), g.find(b)
    if x is None or y is None:
        return False
    if x is y:
        return True
    for place, region in ((x, y), (y, x)):
        if (
            isinstance(place, Place)
            and isinstance(region, Region)
            and place.kind == "island"
            and region.kind in ("island", "island group")
        ):
            point = shapely.Point(place.position.lon, place.position.lat)
            return bool(region.geometry.distance(point) < 0.05)
    return False


def same_value(key: str, expected: Any, drafted: Any) -> bool:
    if key == "time":
        return bool(expected == drafted)  # instants: 02:48+08:30 is 03:18+09:00
    if key in ("from", "at", "over", "sea"):
        return same_name(expected, drafted)
    if key == "between":
        return len(expected) == len(drafted) and all(
            any(same_name(a, b) for b in drafted) for a in expected
        )
    if isinstance(expected, list):
        return sorted(expected) == sorted(drafted)
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return float(expected) == float(drafted)
    return bool(expected == drafted)


def matches(expected: dict[str, Any], item: DraftItem, *, partly: bool = False) -> bool:
    """Whether a drafted item is the expected one: same statement, kind and fields (with
    ``partly``: every field it has is the expected one's, though it may lack some)."""
    if expected["statement"] != item.statement or expected["kind"] != item.kind:
        return False
    keys = set(expected) - {"statement", "kind"}
    if partly:
        return set(item.fields) <= keys and all(
            same_value(k, expected[k], item.fields[k]) for k in item.fields
        )
    return keys == set(item.fields) and all(
        same_value(k, expected[k], item.fields[k]) for k in keys
    )


def compare(path: Path) -> dict[str, Any]:
    """What the draft of one launch's statements finds of its expected items."""
    text = path.with_suffix(".txt").read_text("utf-8")
    expected = tomllib.loads(path.read_text("utf-8"))["expect"]
    draft = read_draft([(path.with_suffix(".txt").name, text)])
    items = list(draft.items)
    todos = [(i.statement, i.sentence) for i in items if i.todo]
    todos += [(n, s) for n, s, _ in draft.unread]
    used: set[int] = set()
    missed = []
    for e in expected:
        if e["kind"] == "todo":
            if not any(n == e["statement"] and e["contains"] in s for n, s in todos):
                missed.append(e)
            continue
        hit = next((i for i, d in enumerate(items) if i not in used and matches(e, d)), None)
        if hit is None:
            missed.append(e)
        else:
            used.add(hit)
    todo_lines = [e for e in expected if e["kind"] == "todo"]
    unmatched = [
        d
        for i, d in enumerate(items)
        if i not in used
        and not (
            d.todo
            and any(
                e["statement"] == d.statement and e["contains"] in d.sentence for e in todo_lines
            )
        )
    ]
    partial = [d for d in unmatched if any(matches(e, d, partly=True) for e in expected)]
    invented = [d for d in unmatched if d not in partial]
    return {
        "expected": len(expected),
        "found": len(expected) - len(missed),
        "missed": missed,
        "partial": partial,
        "invented": invented,
        "draft": draft,
    }


# --------------------------------------------------------------------------- the corpus


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.parent.name + "/" + p.stem)
def test_corpus_draft_finds_every_item_and_invents_nothing(path: Path) -> None:
    result = compare(path)
    if path in HOLDOUT:
        # measured once before this test existed: 45 of 51 found (README.md); since then the
        # rules have seen these statements, so only the floor of the issue is held here
        assert result["found"] / result["expected"] >= 0.9, result["missed"]
    elif path.parent.name + "/" + path.stem in LEFT_MISSES:
        # misses left after round 7 for a reason (README, Holdout 7): no more than those
        key = path.parent.name + "/" + path.stem
        assert len(result["missed"]) <= LEFT_MISSES[key], result["missed"]
    else:
        assert result["missed"] == [] or (result["found"] / result["expected"] >= 0.95), result[
            "missed"
        ]
    assert result["invented"] == [], result["invented"]


@pytest.mark.filterwarnings("ignore::alertmap.layers.errors.InputWarning")  # figures unchecked
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.parent.name + "/" + p.stem)
def test_corpus_draft_renders(path: Path) -> None:
    text = path.with_suffix(".txt").read_text("utf-8")
    toml = draft_toml(read_draft([(path.name, text)]))
    event = build_event(parse_scenario(toml, f"{path.stem}-draft.toml"))
    assert event.layers


def test_corpus_has_ten_launches_in_three_languages() -> None:
    launches = {p.stem for p in CORPUS}
    assert len(launches) >= 10 and len(HOLDOUT) >= 3 and len(HOLDOUT2) >= 4 and len(HOLDOUT3) >= 5
    assert len(HOLDOUT4) >= 5 and len(HOLDOUT5) >= 6 and len(HOLDOUT6) >= 6
    assert len(HOLDOUT7) >= 7 and len(HOLDOUT8) >= 6 and len(HOLDOUT9) >= 6
    assert len(HOLDOUT10) >= 6 and len(HOLDOUT11) >= 7
    assert len(HOLDOUT12) >= 8 and len(HOLDOUT13) >= 8
    assert len(HOLDOUT14) >= 7 and len(HOLDOUT15) >= 7 and len(HOLDOUT16) >= 6
    assert len(HOLDOUT17) >= 6 and len(HOLDOUT18) >= 6 and len(HOLDOUT19) >= 7
    assert len(HOLDOUT20) >= 7 and len(HOLDOUT21) >= 7 and len(HOLDOUT22) >= 7
    assert len(HOLDOUT23) >= 6 and len(HOLDOUT24) >= 5 and len(HOLDOUT25) >= 6
    assert len(HOLDOUT26) >= 6 and len(HOLDOUT27) >= 5 and len(HOLDOUT28) >= 6
    assert len(HOLDOUT29) >= 4 and len(HOLDOUT30) >= 4
    text = "\n".join(p.with_suffix(".txt").read_text("utf-8") for p in CORPUS)
    assert all(s in text for s in ("Source:", "出典:", "출처:"))
    for path in CORPUS:  # every statement names its source and URL
        statements = read_statements([(path.name, path.with_suffix(".txt").read_text("utf-8"))])
        assert statements and all(s.url.startswith("http") and s.date for s in statements)


def _reserved_forms(date: str) -> list[str]:
    y, m, d = (int(x) for x in date.split("-"))
    months = "January February March April May June July August September October November "
    name = (months + "December").split()[m - 1]
    return [
        date,
        f"{y}年{m}月{d}日",
        f"{y}년 {m}월 {d}일",
        f"{y}.{m:02d}.{d:02d}",
        f"{name} {d}, {y}",
        f"{d} {name} {y}",
        f"{y}年{m}月",
        f"{y}년 {m}월",
        f"{name} {y}",
    ]


def test_no_reserved_launch_in_the_corpus_or_the_draft_code() -> None:
    files = [*STATEMENTS.rglob("*.*"), Path(__file__)]
    for path in files:
        text = path.read_text("utf-8")
        for date in RESERVED:
            for form in _reserved_forms(date):
                if path == Path(__file__) and form == date:
                    continue  # this file names them to look for them
                assert form not in text, (path.name, form)


# --------------------------------------------------------------------------- statements


def test_source_headers_in_three_languages_and_the_option() -> None:
    text = (
        "Source: Japan Ministry of Defense, 2023-08-24, https://www.mod.go.jp/x\n"
        "北朝鮮は24日午前3時51分ごろ発射。\n\n"
        "출처: 합동참모본부, 2023년 8월 24일\n합참은 …\n\n"
        "出典：防衛省\nhttps://www.mod.go.jp/y\n2023年8月24日\n発射。"
    )
    statements = read_statements([("s.txt", text)])
    assert [(s.organisation, s.date, s.url, s.line) for s in statements] == [
        ("Japan Ministry of Defense", dt.date(2023, 8, 24), "https://www.mod.go.jp/x", 2),
        ("합동참모본부", dt.date(2023, 8, 24), "", 5),
        ("防衛省", dt.date(2023, 8, 24), "https://www.mod.go.jp/y", 8),
    ]
    (only,) = read_statements([("-", "発射。")], source="JCS, 2023-05-31")
    assert (only.organisation, only.date) == ("JCS", dt.date(2023, 5, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It fell at 4 a.m. The JCS said.", ["It fell at 4 a.m.", "The JCS said."]),
        ("At 7:22 a.m. (10:22 p.m. Monday GMT), it flew.",
         ["At 7:22 a.m. (10:22 p.m. Monday GMT), it flew."]),
        ("「ミサイル発射。ミサイル通過。」と伝えた。次。",
         ["「ミサイル発射。ミサイル通過。」と伝えた。", "次。"]),
        ("issued at 7:27 am ... Hokkaido. At 7:42, sent.", ["issued at 7:27 am ... Hokkaido.",
                                                           "At 7:42, sent."]),
    ],
)  # fmt: skip
def test_sentences(text: str, expected: list[str]) -> None:
    assert list(sentences(text)) == expected


def test_a_statement_without_a_source_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("北朝鮮は24日午前3時51分ごろ発射した。\n", "utf-8")
    assert main(["draft", str(pasted)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{pasted}: line 1: expected a source" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Source: JCS, 2023-08-24\nok\n\xff\n", "line 3: expected UTF-8 text"),
        (b"Source: JCS, 2023-08-24\nbad \x00 byte\n", "line 2: expected text without control"),
        (b"Source: 2023-08-24\nx\n", "line 1: expected 'ORGANISATION, YYYY-MM-DD'"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_line(
    content: bytes, message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(content)
    assert main(["draft", str(path), "-o", str(tmp_path / "d.toml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path}: {message}" in err, err
    assert not (tmp_path / "d.toml").exists()


def test_bad_source_option_is_refused() -> None:
    with pytest.raises(DraftError, match="--source: expected 'ORGANISATION, YYYY-MM-DD'"):
        parse_source(" , 2023-08-24")


def test_a_long_source_url_reads_back_and_a_longer_one_is_refused_at_its_line() -> None:
    """What the draft writes reads back as a scenario: a redirect address of 539 characters
    (holdout 13) is kept; one past the scenario's bound is refused where it is written."""
    url = "http://topics.example.jp/redirector?cp_id=news&article=" + "7" * 484
    text = f"Source: NTV, 2020-03-02, {url}\nNorth Korea fired a missile at 12:37 p.m.\n"
    draft = read_draft([("a.txt", text)])
    scenario = parse_scenario(draft_toml(draft), "draft.toml")
    assert [s.url for s in scenario.sources.values()] == [url]
    longer = text.replace(url, url + "7" * 2048)
    with pytest.raises(DraftError, match=r"^a\.txt: line 1: expected a URL of at most 2,048 "):
        read_statements([("a.txt", longer)])


def test_the_output_is_never_an_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("Source: JCS, 2023-08-24\n발사했다.\n", "utf-8")
    assert main(["draft", str(path), "-o", str(path)]) == 2
    assert path.read_text("utf-8").startswith("Source: JCS")


# --------------------------------------------------------------------------- what is read


def _items(text: str, source: str = "Test, 2023-08-24") -> list[tuple[str, dict[str, Any]]]:
    draft = read_draft([("t.txt", text)], source=source)
    return [(i.kind, dict(i.fields)) for i in draft.items]


def test_a_japanese_statement_hand_checked() -> None:
    # the Chief Cabinet Secretary, 24 Aug 2023 (tests/data/statements/2023-08-24.txt)
    text = (
        "北朝鮮は24日午前3時51分ごろ、北西部の東倉里から弾道ミサイル技術を使用した発射を行いました。"
        "もう一つは午前4時ごろ沖縄本島と宮古島の間の上空を通過して、午前4時5分ごろ、フィリピンの東、"
        "約600キロの太平洋上に落下したと推定されるということです。"
    )
    at = dt.datetime(2023, 8, 24, 3, 51, tzinfo=JST)
    assert _items(text) == [
        ("launch", {"time": at, "at": "Sohae Satellite Launching Ground"}),
        ("passage", {"between": ["Okinawa main island", "Miyako Island"],
                     "time": at.replace(hour=4, minute=0)}),
        ("fall", {"time": at.replace(hour=4, minute=5), "from": "Philippines",
                  "distance_km": 600.0, "bearing": "E", "about": True,
                  "sea": "North Pacific Ocean"}),
    ]  # fmt: skip


def test_korean_numbers_and_hedges() -> None:
    text = "합참은 비행거리는 4천500여㎞, 고도는 970여㎞로 탐지했다고 밝혔다."
    assert _items(text) == [("figure", {"range_km": 4500.0}), ("figure", {"apogee_km": 970.0})]


def test_respectively_gives_one_fall_per_position() -> None:
    text = (
        "오전 3시 58분쯤 한반도 서쪽 약 300㎞ 지점의 서해와 오전 3시 59분쯤 한반도 서쪽 약 "
        "350㎞ 지점의 동중국해로 각각 낙하"
    )
    falls = [f for k, f in _items(text) if k == "fall"]
    assert [(f["time"].strftime("%H:%M"), f["distance_km"], f["sea"]) for f in falls] == [
        ("03:58", 300.0, "Yellow Sea"),
        ("03:59", 350.0, "East China Sea"),
    ]


def test_alert_messages_of_one_sentence() -> None:
    text = (
        "政府は21日午後10時46分、沖縄県を対象にJアラート=全国瞬時警報システムを発令したが、"
        "午後10時55分頃に「ミサイルは太平洋に通過した」として、午後11時15分に避難の呼びかけを解除した。"
    )
    alerts = [(f["type"], f["time"].strftime("%H:%M"), f["prefectures"]) for _, f in
              _items(text, "FNN, 2023-11-21")]  # fmt: skip
    assert alerts == [
        ("launch", "22:46", ["Okinawa"]),
        ("passed", "22:55", ["Okinawa"]),
        ("lifted", "23:15", ["Okinawa"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "部品などが落下する可能性があると予告していた。",  # a possibility, not a fall
        "午前9時ごろには「ミサイルは日本上空を通過していない」とのニュースが流れた",  # a denial
        "今回は全国瞬時警報システム(Jアラート)は流れなかった。",  # no J-Alert
        "합참의 오전 9시44분 발표에 따르면, 북한이 발사한 미사일",  # an announcement's time
        "The missile launched by Pyongyang fell 210 km off the coast.",  # no site, no bearing
        "북한이 발사한 ICBM은 지난해 3월 24일 발사한 ICBM과 유사합니다.",  # another launch
    ],
)
def test_nothing_is_invented(text: str) -> None:
    assert [f for _, f in _items(text) if f] == []


def test_pyongyang_time_in_a_north_korean_statement_of_2017() -> None:
    items = _items("29일 2시 48분 수도 평양의 교외에서 발사됐다", "KCNA, 2017-11-29")
    ((_, launch),) = items
    assert launch["time"] == dt.datetime(2017, 11, 29, 3, 18, tzinfo=JST)  # UTC+08:30 then


# --------------------------------------------------------------------------- the scenario


def test_draft_toml_renders_and_keeps_each_sentence_and_source(tmp_path: Path) -> None:
    path = STATEMENTS / "2023-08-24.txt"
    draft = read_draft([(path.name, path.read_text("utf-8"))])
    toml = draft_toml(draft)
    scenario = parse_scenario(toml, "draft.toml")
    assert scenario.launch.where.at == "Sohae Satellite Launching Ground"
    assert scenario.launch.time == dt.datetime(2023, 8, 24, 3, 51, tzinfo=JST)
    assert {s.organisation for s in scenario.sources.values()} >= {"琉球新報"}
    for fall in scenario.falls:
        assert fall.item.reported and fall.item.sources
        assert any(fall.item.reported == i.sentence for i in draft.items)
    assert "TODO" in toml  # what was not read is there, with its sentence
    assert "필리핀 동쪽 해상에 떨어진" in toml
    out = tmp_path / "d.toml"
    out.write_text(toml, "utf-8")
    assert main(["render", str(out), "-o", str(tmp_path / "d.html")]) == 0
    assert (tmp_path / "d.html").stat().st_size > 0


def test_cli_draft_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(
        sys, "stdin", io.StringIO("북한은 오전 6시 45분쯤 동창리 일대에서 발사했다.\n")
    )
    assert main(["draft", "-", "--source", "JCS, 2023-05-31"]) == 0
    out = tomllib.loads(capsys.readouterr().out)
    assert out["launch"]["at"] == "Sohae Satellite Launching Ground"
    assert out["launch"]["time"] == dt.datetime(2023, 5, 31, 6, 45, tzinfo=JST)
    assert out["sources"]["s1"] == {"organisation": "JCS", "date": dt.date(2023, 5, 31)}


# --------------------------------------------------------------------------- the figures


def _table(paths: list[Path]) -> tuple[int, int, int, int]:
    total = found = partial = invented = 0
    for path in paths:
        r = compare(path)
        total, found = total + r["expected"], found + r["found"]
        partial, invented = partial + len(r["partial"]), invented + len(r["invented"])
        print(f"{path.parent.name}/{path.stem}: {r['found']}/{r['expected']} found, "
              f"{len(r['invented'])} invented, {len(r['partial'])} partial")  # fmt: skip
        for e in r["missed"]:
            print(
                "    missed:",
                {k: v for k, v in e.items() if k != "statement"},
                "in",
                e["statement"],
            )
        for d in r["partial"] + r["invented"]:
            print("    drafted:", d.statement, d.kind, dict(d.fields), d.sentence[:60])
    print(f"total: {found}/{total} = {found / total:.1%} found, {invented} invented, "
          f"{partial} partial (every value right, a field missing)")  # fmt: skip
    return total, found, partial, invented


if __name__ == "__main__":  # pragma: no cover
    print("tuning set")
    _table(TUNING)
    print("\nholdout set")
    _table(HOLDOUT)
    print("\nholdout2 set (run once on the rules of 30 Nov 01:41 UTC, tuning data since)")
    _table(HOLDOUT2)
    print("\nholdout3 set (run once on the rules of 30 Nov 02:15 UTC, tuning data since)")
    _table(HOLDOUT3)
    print("\nholdout4 set (run once on the rules of 30 Nov 02:36 UTC, tuning data since)")
    _table(HOLDOUT4)
    print("\nholdout5 set (run once on the rules of 30 Nov 03:57 UTC, tuning data since)")
    _table(HOLDOUT5)
    print("\nholdout6 set (run once on the rules of 30 Nov 04:18 UTC, tuning data since)")
    _table(HOLDOUT6)
    print("\nholdout7 set (run once on the rules of 30 Nov 04:33 UTC, tuning data since)")
    _table(HOLDOUT7)
    print("\nholdout8 set (run once on the rules of 30 Nov 04:50 UTC, tuning data since)")
    _table(HOLDOUT8)
    print("\nholdout9 set (run once on the rules of 30 Nov 04:55 UTC, tuning data since)")
    _table(HOLDOUT9)
    print("\nholdout10 set (run once on the rules of 30 Nov 05:10 UTC, tuning data since)")
    _table(HOLDOUT10)
    print("\nholdout11 set (run once on the rules of 30 Nov 05:38 UTC, tuning data since)")
    _table(HOLDOUT11)
    print("\nholdout12 set (run once on the rules of 30 Nov 07:06 UTC, tuning data since)")
    _table(HOLDOUT12)
    print("\nholdout13 set (run once on the rules of 30 Nov 07:28 UTC, tuning data since)")
    _table(HOLDOUT13)
    print("\nholdout14 set (run once on the rules of 30 Nov 08:02 UTC, tuning data since)")
    _table(HOLDOUT14)
    print("\nholdout15 set (run once on the rules of 30 Nov 08:14 UTC, tuning data since)")
    _table(HOLDOUT15)
    print("\nholdout16 set (run once on the rules of 30 Nov 08:30 UTC, tuning data since)")
    _table(HOLDOUT16)
    print("\nholdout17 set (run once on the rules of 30 Nov 09:14 UTC, tuning data since)")
    _table(HOLDOUT17)
    print("\nholdout18 set (run once on the rules of 30 Nov 09:24 UTC, tuning data since)")
    _table(HOLDOUT18)
    print("\nholdout19 set (run once on the rules of 30 Nov 09:33 UTC, tuning data since)")
    _table(HOLDOUT19)
    print("\nholdout20 set (run once on the rules of 30 Nov 09:43 UTC, tuning data since)")
    _table(HOLDOUT20)
    print("\nholdout21 set (run once on the rules of 30 Nov 10:03 UTC, tuning data since)")
    _table(HOLDOUT21)
    print("\nholdout22 set (run once on the rules of 30 Nov 10:15 UTC, tuning data since)")
    _table(HOLDOUT22)
    print("\nholdout23 set (run once on the rules of 30 Nov 10:34 UTC, tuning data since)")
    _table(HOLDOUT23)
    print("\nholdout24 set (run once on the rules of 30 Nov 10:45 UTC, tuning data since)")
    _table(HOLDOUT24)
    print("\nholdout25 set (run once on the rules of 30 Nov 12:30 UTC, tuning data since)")
    _table(HOLDOUT25)
    print("\nholdout26 set (run once on the rules of 30 Nov 12:47 UTC, tuning data since)")
    _table(HOLDOUT26)
    print("\nholdout27 set (run once on the rules of 30 Nov 13:02 UTC, tuning data since)")
    _table(HOLDOUT27)
    print("\nholdout28 set (run once on the rules of 30 Nov 13:16 UTC, tuning data since)")
    _table(HOLDOUT28)
    print("\nholdout29 set (run once on the rules of 30 Nov 13:28 UTC, tuning data since)")
    _table(HOLDOUT29)
    print("\nholdout30 set (run once on the rules of 30 Nov 15:13 UTC, tuning data since)")
    _table(HOLDOUT30)
