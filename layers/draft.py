"""A draft scenario from pasted statements, in Japanese, Korean and English.

In the first hour the facts arrive as text: a defence ministry's release in Japanese, the Joint
Chiefs of Staff in Korean, a wire story in English. :func:`read_draft` reads such statements as
they were published and finds, sentence by sentence, what each reports:

* the **launch**: time, site and direction ("午後5時21分ごろ、平壌近郊から…東方向に発射",
  "평안북도 동창리 일대에서 남쪽 방향으로 발사");
* each **fall**: time, distance and bearing from a place or region, the sea, inside or outside
  Japan's EEZ or the notified areas ("午前4時5分ごろ、フィリピンの東、約600キロの太平洋上に落下");
* **passages**: "沖縄本島と宮古島の間の上空を通過", "passed over Aomori Prefecture", with times;
* the flight's **figures**: flight distance, apogee, flight time ("비행거리 4천500여㎞, 고도
  970여㎞", "about 66 minutes");
* **J-Alert messages**: type (launch, passed, predicted fall, lifted), time and prefectures.

:func:`draft_toml` writes them as a scenario that ``alertmap render`` draws as it stands. Every
item keeps the sentence it came from (``reported``) and its statement's source; a hedge ("約",
"ごろ", "여", "약", "about", "と推定", "とみられる") makes a position approximate. Nothing is
invented: a value the text does not give is not written, and a sentence that reports something
the rules cannot read is left as a commented ``TODO`` with the sentence.

Statements are separated by header lines that name their source::

    Source: Japan Ministry of Defense, 2023-08-24, https://www.mod.go.jp/...
    出典: 防衛省, 2023年8月24日
    출처: 합동참모본부, 2023-08-24

or take the source given with ``--source "ORG, YYYY-MM-DD"`` (:func:`parse_source`). A line that
is only a URL or only a date (as articles print them, "입력 2023-08-24 04:12") completes the
header above it. Times are read as the statements write them, in Japan and Korea's time
(+09:00), or in the zone they name ("GMT", "UTC", "Moscow time", "평양시간": converted to +09:00;
a zone whose offset the reader does not know, such as "Eastern Time", leaves the time as a TODO);
a day of the month alone ("24日", "24일") is taken in the month of the statement's date.

What cannot be read is never half-read: a denial ("Jアラート発令は見送り", "발령하지 않았다", "was
not issued") makes no item; a span of distances ("300～350キロ"), a direction as an angle
("75도~93도"), a distance no rule places and a time whose minutes or zone cannot be told are left
as TODOs with their sentence. A number belongs to the figure noun before it ("비행거리는 1000km
정도이고 최고 고도는 6000km": range 1000, apogee 6000); a sentence about "the fall point" or "the
launch site" adds to the fall or launch before it.

Figures of another launch or of a missile type are not this flight's: a clause naming another
year or month ("지난 2017년 5월 시험발사에서 …"), a type's range ("최대 사거리 1300km", "射程",
"has a range of", "… 타격할 수 있다"). A launch site is read from a city written without its
市/시 ("亀城付近から", "구성 일대에서") or by its area ("the Kusong region"); a place the gazetteer
does not know ("무평리 일대에서", "from the province of Jagang") leaves the sentence as a TODO,
never only "North Korea". A direction told with the flight ("東北東方向に約1000キロ飛行") is the
launch's; a time from launch to fall ("발사 10여분 만에 … 낙하") is the flight time.

Examples
--------
>>> text = '''Source: Japan Ministry of Defense, 2023-08-24
... 北朝鮮は24日午前3時51分ごろ、北西部の東倉里から弾道ミサイル技術を使用した発射を行いました。
... 一つは午前3時58分ごろに朝鮮半島の西、約300キロの黄海上に落下しました。'''
>>> draft = read_draft([("statements.txt", text)])
>>> [(i.kind, i.fields.get("at") or i.fields.get("from")) for i in draft.items]
[('launch', 'Sohae Satellite Launching Ground'), ('fall', 'Korean Peninsula')]
>>> fall = draft.items[1].fields
>>> fall["time"].isoformat(), fall["distance_km"], fall["bearing"], fall["about"], fall["sea"]
('2023-08-24T03:58:00+09:00', 300.0, 'W', True, 'Yellow Sea')
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
import warnings
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import shapely
import shapely.ops
from shapely.geometry.base import BaseGeometry

from alertmap.geo.coords import LonLat
from alertmap.geo.geodesic import inverse
from alertmap.layers.errors import (
    InputWarning,
    LayersError,
    bidi_character,
    decode_utf8,
    find_bidi,
    find_control,
    read_limited,
    shown,
    size_text,
)
from alertmap.layers.gazetteer import NameFound, Place, Region, load_gazetteer
from alertmap.layers.numbers import (
    FULL_DATES,
    WORD_DIGITS_NUMBER,
    WORD_NUMBER,
    Quantity,
    find_clock_times,
    find_dates,
    find_quantities,
    find_spans,
    find_unclear_times,
    find_year_months,
    full_date,
    normal,
    number_value,
    time_in_span,
    vague_time,
)
from alertmap.layers.phrases import PhraseReading, compass_word, find_positions, hedges_in
from alertmap.layers.phrases import language_of as _language_of
from alertmap.layers.scenario import LINE_MAX_CHARS, URL_MAX_CHARS

__all__ = [
    "DRAFT_MAX_BYTES",
    "Draft",
    "DraftError",
    "DraftItem",
    "Statement",
    "draft_toml",
    "parse_source",
    "read_draft",
    "read_statement_file",
    "read_statements",
    "sentences",
]

#: The most text read for one draft, in bytes (all files together).
DRAFT_MAX_BYTES = 1_000_000
#: The longest sentence read, in characters (a statement's sentences are a few hundred): a
#: longer one is left as a TODO, which bounds the work on text pasted without full stops.
SENTENCE_MAX_CHARS = 1_000
_TOO_LONG = f"sentence of over {SENTENCE_MAX_CHARS:,} characters"
#: Japan and Korea's time: the zone every statement's times are read in unless they say UTC.
STATEMENT_ZONE = dt.timezone(dt.timedelta(hours=9))
_ZONE_TEXT = "+09:00"


class DraftError(LayersError):
    """Statements that cannot be read (a control character, a bad ``--source``)."""


# --------------------------------------------------------------------------- statements


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement: the text under one source header.

    Attributes
    ----------
    number
        Its place among the statements read, from 1.
    organisation, date, url
        Its source, from its header or ``--source`` (``date`` None when none is given).
    text
        The statement as pasted, without its header lines.
    file, line
        Where it starts.
    """

    number: int
    organisation: str
    date: dt.date | None
    url: str
    text: str
    file: str
    line: int

    @property
    def id(self) -> str:
        """The id of its ``[sources.ID]`` table: ``s1``, ``s2`` ..."""
        return f"s{self.number}"


_HEADER = re.compile(r"^\s*(?:source|出典|출처|출처는)\s*[:：]\s*(?P<rest>.+?)\s*$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")


def parse_source(text: str, *, where: str = "--source") -> tuple[str, dt.date | None, str]:
    """(organisation, date, url) from a source header or ``--source`` value: ``"ORG, DATE"``
    with an optional URL; ``DraftError`` naming ``where`` when it names no organisation.

    Examples
    --------
    >>> parse_source("Japan Ministry of Defense, 2023-08-24")
    ('Japan Ministry of Defense', datetime.date(2023, 8, 24), '')
    >>> parse_source("防衛省（NHK）, 2023年8月24日, https://www3.nhk.or.jp/news/")[1:]
    (datetime.date(2023, 8, 24), 'https://www3.nhk.or.jp/news/')
    """
    url_match = _URL.search(text)
    url = url_match.group(0).rstrip(".,)") if url_match else ""
    rest = _URL.sub("", text)
    date = full_date(rest)
    for pattern in FULL_DATES:
        rest = pattern.sub("", normal(rest))
    organisation = re.sub(r"[\s,，、;]+$", "", rest).strip(" ,，、;")
    if not organisation:
        raise DraftError(f"{where}: expected 'ORGANISATION, YYYY-MM-DD', got {shown(text)}")
    # what the draft writes must read back as a scenario: its bounds, checked here
    if len(organisation) > LINE_MAX_CHARS:
        raise DraftError(
            f"{where}: expected an organisation of at most {LINE_MAX_CHARS:,} characters"
        )
    if len(url) > URL_MAX_CHARS:
        raise DraftError(f"{where}: expected a URL of at most {URL_MAX_CHARS:,} characters")
    return organisation, date, url


def _checked_text(text: str, file: str) -> str:
    """``text``, refused with its file and line when it holds a control character; a
    bidirectional control character is warned about."""
    at = find_control(text, multiline=True)
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise DraftError(
            f"{file}: line {line}: expected text without control characters "
            f"(found U+{ord(text[at]):04X})"
        )
    at = find_bidi(text)
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        warnings.warn(
            f"{file}: line {line}: a bidirectional control character "
            f"({bidi_character(text[at])}): the text may read differently from the characters "
            "it holds",
            InputWarning,
            stacklevel=3,
        )
    return text


def read_statements(
    texts: Sequence[tuple[str, str]], *, source: str | None = None
) -> list[Statement]:
    """The statements of some pasted texts, each ``(file name, text)``: one per source header,
    and one for text before any header (its source is ``source``, an ``--source`` value).

    Examples
    --------
    >>> text = "Source: JCS, 2023-08-24\\n북한은 ...\\n\\n"
    >>> text += "출처: 防衛省, 2023-08-24\\nhttps://www.mod.go.jp/\\n北朝鮮は ..."
    >>> s = read_statements([("a.txt", text)])
    >>> [(x.number, x.organisation, x.url, x.text) for x in s]
    [(1, 'JCS', '', '북한은 ...'), (2, '防衛省', 'https://www.mod.go.jp/', '北朝鮮は ...')]
    """
    default = parse_source(source) if source else ("", None, "")
    statements: list[Statement] = []
    total = 0
    for file, raw in texts:
        total += len(raw.encode("utf-8"))
        if total > DRAFT_MAX_BYTES:
            raise DraftError(f"{file}: expected statements of at most {DRAFT_MAX_BYTES:,} bytes")
        text = _checked_text(raw.removeprefix("\ufeff"), file)
        header: list[Any] = [*default, 1]
        body: list[str] = []

        def close(header: list[Any], body: list[str], file: str = file) -> None:
            content = "\n".join(body).strip()
            if content:
                org, date, url, line = header
                statements.append(
                    Statement(len(statements) + 1, org, date, url, content, file, line)
                )

        for number, line in enumerate(text.splitlines(), start=1):
            m = _HEADER.match(line)
            if m:
                close(header, body)
                header, body = [*parse_source(m.group("rest"), where=f"{file}: line {number}"),
                                number + 1], []  # fmt: skip
                continue
            bare = line.strip()
            if not "".join(body).strip():
                if _URL.fullmatch(bare):
                    header[2] = bare
                    continue
                date = full_date(bare)
                if (
                    date is not None
                    and len(re.sub(r"[\d\s:|.年月日년월일-]|입력|수정", "", bare)) < 4
                ):
                    header[1] = header[1] or date
                    continue
            body.append(line)
        close(header, body)
    return statements


# --------------------------------------------------------------------------- items


@dataclass(frozen=True, slots=True)
class DraftItem:
    """One thing a statement reports.

    Attributes
    ----------
    kind
        ``'launch'``, ``'fall'``, ``'passage'``, ``'figure'`` or ``'alert'``.
    statement
        The number of the statement it comes from.
    sentence
        The sentence, exactly as written.
    fields
        What it says, by scenario key: ``time`` (a datetime), ``at``, ``direction``, ``from``,
        ``distance_km``, ``bearing``, ``about``, ``sea``, ``inside``, ``outside``, ``between``,
        ``over``, ``apogee_km``, ``range_km``, ``flight_min``, ``flight_s``, ``type``,
        ``prefectures``. Place names are the gazetteer's.
    todo
        Why it cannot be drawn as it stands ('' when it can).
    """

    kind: str
    statement: int
    sentence: str
    fields: Mapping[str, Any]
    todo: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    """What the statements report: their items, and the sentences left unread.

    Attributes
    ----------
    statements
        The statements, in order.
    items
        Everything read, in the order of the statements and sentences.
    unread
        ``(statement, sentence, what)``: a sentence that reports something (``what``: a fall,
        a launch ...) that could not be read.
    """

    statements: tuple[Statement, ...]
    items: tuple[DraftItem, ...]
    unread: tuple[tuple[int, str, str], ...] = ()

    def to_toml(self) -> str:
        """The draft as a scenario file (:func:`draft_toml`)."""
        return draft_toml(self)


# --------------------------------------------------------------------------- sentences

#: Words ending in a full stop that do not end a sentence ("4 a.m. on Monday").
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:a\.m|p\.m|U\.S|U\.N|No|Mr|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec|approx|vs|e\.g|i\.e)|\b[A-Z])\.$"
)
_OPENING, _CLOSING = "「『“(（", "」』”)）"
_NOT_A_SENTENCE = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|GMT|UTC|JST|KST|"
    r"[A-Z][a-z]+\s+(?:Standard\s+|Daylight\s+)?[Tt]ime|E[SD]?T|P[SD]?T)\b"
)


#: Round 25: a line broken inside a sentence: an English line that ends with a word that cannot
#: end one ("… in the early hours of" / "Tuesday …"), a Japanese line whose next one goes on with
#: a name in brackets and its particle ("南西部のファンヘ南道" / "(黄海南道)から…"), or one that
#: ends with "、".
_LINE_GOES_ON_EN = re.compile(
    r"(?<![.!?:;])\s(?:of|in|the|a|an|at|to|and|from|on|by|for|with|near|off|its|their|into|"
    r"toward|towards)$"
)
_LINE_GOES_ON_JA = re.compile(
    r"^[(（][\u4e00-\u9fff\u3040-\u30ff]{1,12}[)）](?:から|に|を|は|が|へ|で|と|の)"
)


def _joined_lines(text: str) -> list[str]:
    """The lines of a text, a line broken inside a sentence joined to the next (round 25).

    Examples
    --------
    >>> _joined_lines("It was fired in the early hours of\\nMonday.\\nNext.")
    ['It was fired in the early hours of Monday.', 'Next.']
    >>> _joined_lines("北部のチャガン道\\n(慈江道)から発射した。")
    ['北部のチャガン道(慈江道)から発射した。']
    >>> _joined_lines("北朝鮮がミサイル発射\\n(ソウル=共同)北朝鮮は…")
    ['北朝鮮がミサイル発射', '(ソウル=共同)北朝鮮は…']
    """
    out: list[str] = []
    for line in text.splitlines():
        last = out[-1].rstrip() if out else ""
        if last and line.strip():
            if _LINE_GOES_ON_EN.search(last) and re.match(r"\s*[A-Za-z0-9]", line):
                out[-1] = last + " " + line.strip()
                continue
            if last.endswith("、") or (
                re.search(r"[\u4e00-\u9fff\u3040-\u30ff]$", last)
                and _LINE_GOES_ON_JA.match(line.strip())
            ):
                out[-1] = last + line.strip()
                continue
        out.append(line)
    return out


def sentences(text: str) -> Iterator[str]:
    """The sentences of a statement: split at line ends, "。" and ". ", never inside 「」 or
    “” quotes, at an ellipsis, or after "a.m." unless a capital follows.

    Examples
    --------
    >>> text = "It fell at 4 a.m. on Monday. It flew ... 600 km.\\n「発射。通過。」と伝えた。"
    >>> list(sentences(text))
    ['It fell at 4 a.m. on Monday.', 'It flew ... 600 km.', '「発射。通過。」と伝えた。']
    >>> list(sentences("It flew 300 kilometers.The site is on nippon.com."))
    ['It flew 300 kilometers.', 'The site is on nippon.com.']
    >>> list(sentences("It fell in the zone (ADIZ).Officials said so."))
    ['It fell in the zone (ADIZ).', 'Officials said so.']
    >>> list(sentences("Seoul has said.“Two were fired,” it said."))
    ['Seoul has said.', '“Two were fired,” it said.']
    >>> list(sentences("It fired toward the East Sea.The JCS said so at 9 a.m.The US agreed."))
    ['It fired toward the East Sea.', 'The JCS said so at 9 a.m.', 'The US agreed.']
    >>> list(sentences("발사했다고 밝혔습니다.북한의 발사는 처음입니다."))
    ['발사했다고 밝혔습니다.', '북한의 발사는 처음입니다.']
    """
    for line in _joined_lines(text):
        start, depth = 0, 0
        for i, c in enumerate(line):
            if c in _OPENING:
                depth += 1
            elif c in _CLOSING:
                depth = max(0, depth - 1)
            if depth or c not in "。！？.!?":
                continue
            rest = line[i + 1 :]
            if c in ".!?":
                joined = (
                    c == "."
                    # (round 12: ".KCNA"; round 14: 'has said.“North Korea fired …')
                    and re.match(r"[“‘]?[A-Z](?:[a-z]|[A-Z]{2,}\b)", rest)
                    and re.search(
                        r"(?<![A-Za-z.])(?:[a-z]{2,}|[A-Z][a-z]{4,})$|[a-z]\s?\([A-Z]{2,5}\)$"
                        # round 23: "toward the East Sea.The JCS", "at around 9 a.m.The JCS"
                        r"|\b(?:Sea|Ocean|Bay)$|\b[ap]\.m$",
                        line[start:i],
                    )
                )  # "…300 kilometers.The Sunan District…", "…zone(EEZ).Quoting": a lost space
                # round 26: a Korean sentence ending "다." / "요." with its space lost before the
                # next ("밝혔습니다.북한의 탄도미사일 발사는")
                joined = joined or (
                    c == "." and re.match(r"[가-힣]", rest) and re.search(r"[다요]$", line[start:i])
                )
                if not joined and (
                    not re.match(r"[\"”’')\]]*\s+\S", rest) or line[max(0, i - 2) : i + 1] == "..."
                ):
                    continue
                if line[i - 1 : i] == "." or rest[:1] == ".":
                    continue  # an ellipsis
                word = line[start : i + 1]
                if (
                    not joined
                    and _ABBREVIATIONS.search(word)
                    and (not re.match(r"\s+[A-Z“\"]", rest) or _NOT_A_SENTENCE.match(rest))
                ):
                    continue
            end = i + 1
            while end < len(line) and line[end] in "\"”’')]":
                end += 1
            if line[start:end].strip():
                yield line[start:end].strip()
            start = end
        if line[start:].strip():
            yield line[start:].strip()


# --------------------------------------------------------------------------- what is said

# the verbs that say what happened, by language
_VERBS: dict[str, dict[str, str]] = {
    "ja": {
        # ("首都平壌の一帯から日本海に向けて撃った": 撃つ, not 迎撃 / 攻撃)
        "launch": r"発射(?![台場体地]|場所|位置|基地)|打ち上げ(?!場)|"
        # (round 19: "咸興付近から撃つのを探知した": a launch detected)
        r"(?<![射狙攻迎砲])撃(?:った|って|ち込|つ(?=のを(?:探知|捕捉|確認|把握)))|"
        # round 21: "元山付近から北東に向けて撃ち、…" (the verb's stem before a comma)
        r"(?<![射狙攻迎砲])撃ち(?=[、,])|"
        # round 21: "…付近の海上で数発の巡航ミサイルを捕捉していた" (missiles detected: a launch)
        r"(?<=ミサイル)(?:\d+発|数発)?(?:を|が)\s*(?:捕捉|探知|検知)",
        "fall": r"(?<!予告)落下(?!区域|予想|物|可能)|着弾|墜落|消失|弾着|落ち(?:た|る|ました|て)|"
        r"(?<!核)爆発",
        # round 26: "日本列島越え", "日本列島を越えて" (a land crossed, as 1998's reports told it)
        # (round 31: "上空を飛び越え", "上空を越えて")
        "passage": r"通過|上空を(?:飛翔|飛行|飛び越え|越え)|"
        r"(?:(?<=列島)|(?<=列島を)|(?<=本土を))越え",
    },
    "ko": {
        "launch": r"발사(?![체대장지])(?!\s*(?:장소|지점|위치))|쏘아|쏘았|쐈|쏜(?![가-힣])|"
        # round 12: "미사일로 추정되는 미상의 항적이 추가로 포착됐다": a launch detected
        r"(?<=항적)(?:이|을|\s*\d+\s*개를)?\s*(?:추가(?:로)?\s*)?포착|"
        # round 21: "…동해상에서 미상 순항미사일 수 발을 포착했다" (missiles detected: a launch)
        # (round 29: "미상 순항미사일 수발이 포착됐다", the missiles the subject)
        r"(?:(?<=미사일)|(?<=발사체)|(?<=\d발)|(?<=수\s발)|(?<=여러\s발))"
        r"(?:\s*(?:\d+\s*발|수\s?발|여러\s*발))?(?:을|를|이|가)\s*포착",
        "fall": r"낙하(?!\s*(?:예상|예정|구역))|떨어[졌진지질져]|탄착|추락|입수|소실|사라[졌진]|"
        r"(?<!핵)폭발",
        # (round 32: "대만 본섬 상공을 넘은", over the island)
        "passage": r"통과|상공을\s*(?:지나|비행|넘[었은어])|"
        # round 26: "일본 열도를 지나 태평양에", "일본 본토를 가로질러" (a land passed; not "열도를
        # 지난 지점", the fall point described)
        r"(?:(?<=열도를)|(?<=본토를)|(?<=열도를\s)|(?<=본토를\s))(?:지나(?:서|고|며)?(?![가-힣])|"
        r"가로질러|가로질렀)",
    },
    "en": {
        "launch": r"\b(?:launch(?:ed|es|ing)?|fired|fires|firing|lift(?:ed)?\s+off|"
        r"blast(?:ed)?\s+off|"
        # round 25: "The liftoff took place at 7:39 a.m.", "the rocket took off from …" (not
        # aircraft that took off)
        r"(?:lift-?off|blast-?off)\s+(?:took\s+place|occurred|happened)|"
        r"(?:(?<=\brocket\s)|(?<=\bmissile\s)|(?<=\bprojectile\s)|(?<=\bvehicle\s))took\s+off|"
        r"test-?fired|tested(?=\s+(?:[\w-]+\s+){1,4}(?:missiles?|rockets?)\b)|"
        # round 13: "the test was conducted in … at 0333 GMT" (not a nuclear test)
        r"(?<!nuclear\s)test\s+was\s+(?:conducted|carried\s+out)|"
        # round 14: "detected the projectiles flying from … Wonsan": a launch seen from its site
        r"(?:(?<=\bdetected\s)|(?<=\btracked\s))(?:the\s+|two\s+|three\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
        r"flying(?=\s+from\b)|"
        # round 16: "an official placed the attempt at 5:03 local time": the time of the launch
        r"(?:(?<=\bplaced\s)|(?<=\bput\s)|(?<=\btimed\s))the\s+(?:launch\s+|test\s+)?"
        r"(?:attempt|launch|firing)(?=\s+at\b))\b"
        r"(?!\s+(?:site|pad|point|location|vehicle|window)s?\b)",
        # round 32: "The closest one came to Japanese territory was about 80 kilometers
        # north-northwest of …" (a fall point told without a fall word, README "Holdout 14")
        "fall": r"(?:(?<=\bclosest\sone\s)|(?<=\bnearest\sone\s))"
        r"(?:came\s+to\s+[\w\s'’]{1,30}?\s+)?"
        r"(?=was\s+(?:about\s+|some\s+|around\s+|roughly\s+)?[\d,.]+\s*(?:km|kilomet))was\b|"
        r"\b(?:fell|falls?|fallen|falling|landed|landing|lands?|splash(?:ed|es)?\s+down|"
        r"splashed(?:\s+into)?|plunged(?:\s+into)?|"
        r"crashed|came\s+down|coming\s+down|splashing\s+down|"
        # round 12: "dropped eight MK-82 bombs": an aircraft's bombs, not a fall
        # (round 18: "before dropping in the East Sea" as "before falling")
        r"dropp(?:ed|ing)(?!\s+(?:[\w-]+\s+){0,3}(?:bombs?|shells?|leaflets?|flares?)\b)|disappeared|impacted|exploded)\b(?!-)|"
        # "traveled about 60 kilometers into the Sea of Japan": a flight that ended in a sea
        # ("(37 miles) into": a distance in brackets; not "(IRBM) into", a launch's object)
        r"(?:(?<=kilometers\s)|(?<=kilometres\s)|(?<=km\s)|(?<=miles\s)|(?<=miles\)\s)|"
        r"(?<=km\)\s)|(?<=kilometers\)\s)|(?<=kilometres\)\s))into\b"
        r"(?=\s+the\s+(?:Sea|East\s+Sea|Yellow\s+Sea|West\s+Sea|Pacific|ocean|waters))",
        "passage": r"\b(?:passed|passing|overflew|fl(?:ew|ying|own)\s+(?:over|between|across))\b|"
        # round 32: "four that likely crossed over Taiwan" (the place right after: _over_after)
        r"\b(?:crossed|crossing|crosses)\s+over\b|"
        # round 31: "overflown", "overflying", "traversed" (the place right after: _over_after)
        r"\b(?:overflown|overflying|traversed|traversing)\b|"
        # round 25: "sped through the skies over Japan" (the place after "over": _over_after)
        r"\b(?:sped|speeding|raced|racing|streaked|flew|passed)\s+(?:through|across)\s+the\s+"
        r"(?:skies|sky|airspace)\b",
    },
}
#: A launch told without a launch verb: "…から" / "…에서 … 날아간" with a site named before.
#: "亀城で…を発射": the place a launch was made at, when the launch verb follows in the sentence
#: (not "では", "でも", "平壌で記者団に", "東京で開かれた会見で").
_AT_LAUNCH_JA = (
    r"で(?![はも])(?![^。]{0,12}?(?:記者|会見|会談|会議|開か|開い|述べ|発表))"
    # (round 21: or detected there, "新浦付近の海上で数発の巡航ミサイルを捕捉")
    r"(?=[^。]{0,50}?(?:発射|ミサイル(?:\d+発|数発)?を\s*(?:捕捉|探知|検知)))"
)
_FROM_MARK = {
    "ja": r"(?:付近|近郊|一帯|周辺)?(?:から|より|" + _AT_LAUNCH_JA + ")",
    "ko": r"(?:일대|인근|부근)?\s*(?:에서|서(?![가-힣]))",  # "원산 일대서": 에서 shortened
}
#: A launch told from a vessel in the sea off a place ("신포 해상 일대의 잠수함에서", "新浦沖の
#: 海上の潜水艦から"): the place is the site, however long the words between.
_FROM_VESSEL_OFF = {
    "ja": r"^\s?(?:沖|付近|近海)?の?(?:海上|海域|海中)?の?\s?(?:潜水艦|はしけ|水中発射台)から",
    # (round 20: "신포 인근 잠수함에서", "신포 인근 해상의 '8·24영웅잠수함'에서": near the
    # place, and a vessel's name in quotes)
    "ko": r"^\s*(?:(?:앞바다|해상|해역|수역|근해|인근|부근|근처)\s*(?:의\s*)?){1,2}"
    r"(?:일대|인근|부근)?\s*(?:의\s*)?['‘’\"“]?[^'‘’\"“”\s]{0,12}?"
    r"(?:잠수함|바지선|수중\s*발사대)['’\"”]?\s*(?:에서|으로부터)",
}
#: A place a launch is told from, as a word before "付近から" / "일대에서" (Japanese, Korean): a
#: city written without its 市 / 시 ("亀城(クソン)付近から", "구성 일대에서").
_SITE_WORD = {
    "ja": re.compile(
        r"(?P<w>[\u4e00-\u9fffァ-ヴー]{2,8}?)(?:\([^()]{1,30}\))?"  # "(North Pyongan Province)"
        # round 12: "陽徳(ヤンドク)郡付近から"; round 13: "亀城(クソン)市近くから"
        r"(?=[郡市里邑]?"
        r"\s?(?:付\s?近|近\s?郊|近\s?く|一\s?帯|周\s?辺)?\s?(?:から|より|" + _AT_LAUNCH_JA + "))"
    ),
    "ko": re.compile(
        r"(?P<w>[가-힣]{2,6})(?:\([^()]{1,30}\))?"  # "문천(원산 북방) 일대에서"
        # (round 20: "경포만 수역에서", the waters of a bay)
        r"(?=\s*(?:(?:일대|인근|부근|지역|근처|수역)\s*(?:에)?서|에서))"
    ),
}
#: Round 20: a named feature of the coast as the site ("虎島半島から", "호도반도에서", "景浦湾で",
#: "경포만 수역에서"): a place of its own even with no 付近 / 일대 after it.
#: (round 21: a river mouth too, "清川江河口から", "청천강 하구에서")
_FEATURE_SITE = {
    "ja": re.compile(r"(?:半島|湾|河口)$"),
    "ko": re.compile(r"(?:반도|[가-힣]만|하구)$"),
}
_CITY_SUFFIXES = {"ja": ("市", "郡"), "ko": ("시", "군")}
#: Round 19: a name then a side of it as where a launch was made ("개성 북쪽에서", "평산 남방
#: 일대에서"); when the gazetteer lacks the name, the site is unknown (a TODO).
_SIDE_OF_UNKNOWN_KO = re.compile(
    r"(?<![가-힣])(?P<w>(?!(?:해안|내륙|지역|부근|일대|기지|해상|공해|반도|동해|서해|남해)\s)[가-힣]{2,4})"
    r"\s+[동서남북]{1,2}(?:쪽|방)\s*(?:일대|인근|부근|지역)?\s*에서"
)
#: Words before "から" that name no place of their own ("西岸", "内陸部", "同国").
_GENERIC_SITE = re.compile(
    r"^(?:同国|国内|地上|陸上|海上|付近|近郊|[東西南北]+(?:部|岸|海岸|沿岸|側)|内陸部?|北朝鮮.*)$"
)
#: "the North" for North Korea (not "the North Korean …", "the North Pacific", "the North's").
#: (round 18: also "The North fired …" opening a sentence or a quote)
_THE_NORTH = re.compile(
    r"\b[Tt]he North\b(?![\s-]*[A-Z]|['’])|"
    # round 19: the country a site is in ("from the North's southeastern coast", "from the
    # North's South Hamgyong province"), as "North Korea's Jagang Province" (README, Holdout 7);
    # not "the North's missile", "the North's leader"
    r"\b[Tt]he North(?=['’]s\s+(?:(?:north|south)?(?:east|west)ern\s+|(?:north|south)ern\s+)?"
    r"(?:coast|shore|(?-i:[A-Z])[\w-]+\s+(?:(?-i:[A-Z])[\w-]+\s+)?[Pp]rovince)\b)"
)
#: Round 31: a type named after a place ("a Hamhung-class destroyer", "咸興級駆逐艦", "함흥급
#: 구축함", "咸興型", "함흥형 구축함"): the name is the type's, not where the launch was.
_TYPE_NAMED_AFTER = re.compile(
    r"(?:\s?[-‐]\s?|\s)(?:class|type)\b|級|型(?!\s*(?:の|で|に))|급(?![가-힣])|"
    r"형(?=\s*(?:잠수함|구축함|호위함|함정|함|미사일|탄도|순항|로켓|발사체|발사대|ICBM|SLBM))",
    re.IGNORECASE,
)
#: Round 23: "launch" as a noun in English ("the launch preparations", "after missile launch").
_LAUNCH_NOUN = re.compile(r"launch(?:es)?$", re.IGNORECASE)


def _other_country(found: NameFound) -> bool:
    """Whether a name found is only a country other than North Korea ("Japan", "the United
    States"): told as a party ("information is being shared closely with the United States and
    Japan", "Japan lodges protest"), it says nothing of where a fall was (round 23)."""
    return all(
        isinstance(e, Region) and e.kind == "country" and e.name != "North Korea"
        for e in found.entries
    )


#: Round 23: a named place, then "in" before "the North's … Province" ("northeast of Wonsan in
#: the North's Gangwon Province"): the province tells where that place is, no site of its own.
_PLACE_IN_BEFORE = re.compile(r"\b(?-i:[A-Z])[a-z]{2,}\s+in\s+$")
_FLEW = {"ja": r"飛翔|飛行|飛ん", "ko": r"날아[간갔가]"}
#: What follows a verb that speaks of a possibility or a denial, not a report.
_NOT_REPORTED = re.compile(
    r"^.{0,6}(?:可能性|恐れ|おそれ|가능성|우려)|^\s*(?:could|may|might)\b|"
    # Japanese negation after a verb noun: "発射していない", "発令されなかった", "発令せず",
    # "発令しません", "発令は見送り", "発令はなかった"
    r"^(?:さ|し|せ)?(?:れ|られ)?(?:て)?(?:い)?(?:な(?:[かく]|い(?!し))|ず|ませ)|"
    r"^\s*(?:は|を|が|も)?\s*(?:見送|見合わせ|取りやめ|とりやめ|中止|なし|無し|なかっ|な[いく](?!し)|"
    r"行われな|行わな|出さ(?:れ)?な|されな|しな)|"
    # Korean: "발령하지 않았다", "발령되지 않았다", "발사는 없었다", "발령을 하지 않"
    r"^\s*(?:을|를|은|는|이|가|도)?\s*(?:하|되|내리|받)?지\s*(?:않|못|마)|"
    r"^\s*(?:은|는|이|가|도)?\s*(?:없|안\s*(?:했|됐|되|하))|^\s*(?:을|를)?\s*하지\s*(?:않|못)|"
    # the topic denied at the end of its clause: "避難の呼びかけは行われなかった", "경보는 내려지지
    # 않았다"
    # ("EEZ内への落下は確認されていない", "낙하는 확인되지 않았다": no fall reported)
    r"^[^、。,.が가이]{0,8}?(?:は|も)\s*(?:行われ|出され|実施され|発令され|発出され|なされ|確認され)"
    r"(?:て(?:い|お)?)?(?:な[いかく]|ず|ませ)|"
    r"^[^,.。]{0,8}?(?:은|는|도)\s*(?:내려지|발령되|발송되|이뤄지|실시되|확인되)지\s*않"
)
_NOT_BEFORE = re.compile(
    r"(?:\b(?:could|may|might|possibility|not|never|did not)|\bno(?!\s+(?:fewer|less|more|"
    r"sooner|later|longer)\b)|n['’]t)\s+(?:[\w-]+\s+){0,2}$"
    # round 28: "None of the missiles fell …" (no fall told)
    r"|\bnone\s+of\s+(?:the|their|its|these|those)\s+(?:[\w-]+\s+){0,2}$"
    # round 31: a verb denied through a belief ("is not believed to have flown over …",
    # "isn't thought to have been launched from …")
    r"|(?:\bnot|n['’]t)\s+(?:be\s+|been\s+)?(?:believed|thought|expected|considered|known|"
    r"seen|estimated|assessed|presumed|judged|confirmed|reported|said)\s+to\s+have\s+"
    r"(?:been\s+)?$",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"^\s*(?:推定|予定|추정|예정)?\s*(?:時間|時刻|시각|시간)\s*(?:[はが은는]|について|에\s*대해)|"
    # "発射は午前3時29分と3時45分の2回", "발사는 새벽 3시 29분": the launch as its times' topic
    # (round 25: "1発目の発射が30日23時38分ごろ、…", the subject with its day)
    # (round 26: "発射されたのは午後3時54分頃と午後4時2分頃", "발사된 것은 오후 3시54분께")
    r"^\s*(?:されたの\s*は|した(?:の|時刻)\s*は|된\s*(?:것|시각)은|한\s*(?:것|시각)은|[は은는が가])\s*"
    r"(?=(?:\d{1,2}\s*(?:日|일)\s*)?(?:午前|午後|오전|오후|새벽|밤)?\s*\d{1,2}\s*(?:時|시))|"
    # round 24: "発射は3回にわたり、時間は午前3時30分ごろ、…" (how many times, then the times)
    r"^\s*[は은는]\s*(?:\d|[一二三四五六七八九])\s*(?:回|차례|번)\s*(?:にわたり|にわたって|에\s*걸쳐)?"
    r"\s*[、,]?\s*(?:時間|時刻|시각|시간)\s*[は은는]"
)
_ANNOUNCED = re.compile(
    r"^\s*(?:ごろ|頃|쯤|경)?\s*(?:に|の|에|의)?\s*(?:発表|발표|公表)|"
    r"^[^.。]{0,3}\b(?:announc|statement)",
    re.IGNORECASE,
)
#: "Already" just after a time ("午後0時5分ごろ、すでに落下したとみられると発表", "오후 1시께 이미
#: 낙하한 것으로", "at 12:05 p.m. it had already fallen"): the event was before it; no time.
_ALREADY = re.compile(
    r"^\s*(?:ごろ|頃|쯤|경|께)?\s*(?:に|には|에는|에)?\s*[、,]?\s*[「『\"“]?\s*(?:すでに|既に|이미|"
    r"(?:it|they|the missiles?)\s+had\s+already\b)",
    re.IGNORECASE,
)
#: An announcement made again ("…발사됐다고 한 번 더 발표했다", "改めて発表した", "said again"):
#: the times before it are the announcement's, not the event's.
_ANNOUNCED_AGAIN = re.compile(
    r"[^.。]*?(?:(?:한\s*번\s*더|재차|다시\s*한\s*번)\s*(?:발표|밝혔|밝히|알렸|전했)|"
    r"(?:再び|再度|改めて|もう一度)\s*(?:発表|明らかに)|"
    r"\b(?:announced|said|reported)\s+(?:it\s+)?again\b|\bagain\s+(?:announced|said|reported)\b)",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(
    r"(?:\bannounced\b[^.,;]{0,25}|\bannouncement\b[^.,;]{0,10}|"
    r"\b(?:issued|released|made) (?:a|its|the) (?:statement|announcement)(?:\s+(?:at|around|about|"
    r"on|shortly after|before))*\s*)$",
    re.IGNORECASE,
)
#: Round 24: the rest of a short quoted name and its "so called" ("人工衛星」と主張する", "人工
#: 衛星打ち上げ」名目で",
#: "위성”이라고 주장하는", "satellite" so called).
_QUOTED_LABEL = (
    r"[^\"“”「」『』]{1,12}[\"”」』]\s*(?:と(?:主張|称|呼)|名目|(?:이)?라고\s*(?:주장|부르|칭)|(?:이)?라는|"
    r"so[- ]called\b)"
)
#: A time of the speaker's, not the event's: just before the quote it opens ("관계자는 이날 오후
#: 3시 15분께 “…낙하한 것으로 보인다”고 말했다"), or before the message it sent ("이날 밤 10시41분쯤
#: 출입기자단에 문자메시지를 보내", "記者団に", "told reporters at", "in a text message").
_SPEAKERS_TIME = re.compile(
    # (round 24: not a short quoted label "「人工衛星」と主張する…ミサイルを", "“위성”이라고
    # 주장하는": the thing's name in quotes, no speech)
    r"\s*(?:께|쯤|경|ごろ|頃)?\s*[、,]?\s*[\"“「『](?!" + _QUOTED_LABEL + ")|"
    # round 12: the speaker named between the time and its quote ("오후 4시 26분 합참은 “…",
    # "午後4時、防衛省は「…"), or the source it cites ("오전 7시50분경 방위성 정보를 인용해")
    # (round 24: two or three words, and "도"/"も": "11시 40분께, 청와대 국가위기상황팀도 “…")
    r"\s*(?:께|쯤|경|ごろ|頃)?\s*[、,]?\s*(?:[가-힣一-龥ァ-ヶ]{1,12}\s){0,2}[가-힣一-龥ァ-ヶ]{1,12}"
    r"(?:은|는|이|가|도|は|が|も)\s*[、,]?\s*[\"“「『]|"
    # round 24: a Japanese time, a comma, then only the grounds before the quote that tells the
    # event ("午前11時32分、米国の早期警戒衛星による情報などをもとに、「…発射された模様だ」")
    r"\s*(?:ごろ|頃)?\s*、[^「」『』。発落着通]{0,40}?[「『](?=[^」』]{4,}[」』]\s*と\s*"
    r"(?:発表|述べ|明らかに|話し|語|説明|伝え))|"
    # round 24: a time things are known "until" ("오전 11시40분까지 … 피해 정보는 없다고",
    # "午前11時40分までに"): no event's time
    r"\s*(?:까지|までに?)|"
    r"[^\"“”「」.。,、]{0,20}?(?:인용해|인용하여|を引用し|\bciting\b)|"
    # round 13: the time of a warning or statement issued ("午後4時50分、新たな航行警報を発表し",
    # "오후 4시 50분 항행경보를 발령하고"): the issuing's time
    r"\s*(?:께|쯤|경|ごろ|頃)?\s*[、,]?\s*[^\"“”「」.。,、]{0,14}?"
    # (not a J-Alert's "午前6時30分、国民保護情報を出した": an alert's time is its own)
    r"(?:航行警報|談話|声明|항행\s*경보|담화|성명)\s*(?:を|을|를)\s*(?:発表|発出|발표|발령|냈|내)|"
    r"[^\"“”「」.。]{0,16}?(?:문자\s*메시지|문자를|(?:출입)?기자단에|記者団に|記者会見で|"
    # (round 26: "reported the launch … at 3:59 p.m. through a text message to the press")
    r"\b(?:in|through|via|by)\s+(?:a\s+)?(?:text\s+)?message\b|\btold reporters\b)",
    re.IGNORECASE,
)
#: round 17: a government body named right after a time, then announcing what happened
#: ("午前11時46分ごろ、海上保安庁が防衛省からの情報として…発射されたと発表", "오후 2시 10분께
#: 국방부가 …발사했다고 밝혔다"): the time is the announcement's. (Not "北朝鮮が", the one that
#: fired, nor a time whose clause names no announcing verb.)
_ANNOUNCER_AFTER = re.compile(
    r"\s*(?:ごろ|頃|께|쯤|경)?\s*(?:に|に、)?\s*[、,]?\s*"
    r"(?P<who>[一-龥ァ-ヶー]{0,10}(?:庁|省|官邸|政府|本部|防衛相|長官)|"
    r"[가-힣]{0,10}(?:합참|합동참모본부|국방부|정부|방위성|보안청|해경|청)|"
    r"日本政府|한국\s*정부)\s*(?:が|は|이|가|은|는)\s*[、,]?"
    r"[^。.]{0,70}?(?:と|고|라고)\s*(?:発表|公表|明らかに|伝え|발표|밝혔|밝히|전했|알렸)"
)
#: Round 19: a time whose own clause has another verb than the launch's: an arrival, a landing
#: at an airport, a meeting ("전세기가 인천국제공항에 10시쯤 도착했다", "午前10時ごろ羽田空港に
#: 到着した", "the Pope's plane arrived at 10:00 a.m.", "met … at 9 a.m."): not the launch's time.
_OTHER_VERB_AFTER = re.compile(
    r"\s*(?:ごろ|頃|쯤|경|께)?\s*(?:に|には|에|에는)?\s*(?:(?!発射|発射|발사|落下|낙하)[^、。,.\d]){0,16}?"
    r"(?:도착|착륙|到着|着陸|입국|入国|会談|회담|만났|만나|会見し)"
)
#: Round 27: a time whose own clause holds a meeting about the launch ("室長らは17日午前9時、
#: 巡航ミサイル発射に関し、…会議を開いた", "오전 10시 … 긴급회의를 주재했다", "At 10 a.m.,
#: officials convened an emergency meeting"): the meeting's time, not the launch's. Not when a
#: verb of the launch comes first ("午前10時、…を発射し、政府は会議を開いた").
_MEETING_AFTER = re.compile(
    r"(?:(?!発射し[たて、]|発射され|発射。|발사했|발사됐|발사하|발사되|\b(?:fired|launched)\b)"
    r"[^。]){0,60}?"
    r"(?:会議を(?:開|招集|主宰)|会合を開|회의를\s*(?:열|개최|소집|주재)|회의가\s*열|"
    r"\b(?:held|convened|chaired|called)\s+(?:an?\s+|the\s+)?(?:emergency\s+|urgent\s+)?"
    r"(?:[\w-]+\s+){0,3}?meeting\b)",
    re.IGNORECASE,
)
#: Round 20: a time of signs or preparations of a launch, not of the launch ("어제 오후 8시
#: 40분경 북한의 탄도미사일 발사 징후를 추적 중", "午後9時ごろから発射の兆候を捉えていた",
#: "signs of an imminent launch at 9 p.m."): the sentence tells of no launch at that time.
_SIGNS_AFTER = re.compile(
    r"\s*(?:ごろ|頃|쯤|경|께)?\s*(?:から|부터)?\s*(?:に|には|에|에는)?\s*[、,]?\s*"
    r"(?:(?!했|됐|하고|되고|し[、,た]|され|\b(?:was|were|had)\b)[^、。,.;\d]){0,24}?"
    r"(?:징후|兆候|徴候|兆し|\bsigns?\s+of\b|\bpreparations?\s+(?:for|to)\b)",
    re.IGNORECASE,
)
_SIGNS_BEFORE = re.compile(
    r"\b(?:signs?|preparations?)\s+(?:of|for)\b"
    r"(?:(?!\b(?:fired|launched|shot|test-fired|and|but)\b)[^.,;]){0,40}?"
    r"(?:\b(?:at|around|about)\s+(?:around\s+|about\s+)?)?$",
    re.IGNORECASE,
)
_OTHER_VERB_BEFORE = re.compile(
    r"\b(?:arrived|arriving|arrives|touched\s+down|met|meets|meeting)\b[^.,;]{0,40}?"
    r"\b(?:at|around|about)\s+(?:around\s+|about\s+)?$|"
    r"\blanded\s+(?:at|in)\s+[^.,;]{0,30}?\b(?:airport|air\s+base)\b[^.,;]{0,12}?"
    r"\b(?:at|around|about)\s+(?:around\s+|about\s+)?$",
    re.IGNORECASE,
)
#: "said at 3:20 p.m. that …", "said in a text message at 6:31 a.m.": the saying's time.
_SAID_AT = re.compile(
    r"\b(?:said|told reporters|stated|reported|announced)\s+"
    r"(?:in a (?:text )?message\s+|in a statement\s+)?"
    r"(?:at|around|about|shortly after)\s+(?:around\s+|about\s+)?$",
    re.IGNORECASE,
)
#: The time of a first flash ("오후 3시 4분께 북한이 탄도미사일일 가능성이 있는 물체를 발사했다고
#: 밝혔다": the object told only as "possibly a ballistic missile"): when the flash went out, not
#: when the launch was; no time. Likewise in Japanese ("…弾道ミサイルの可能性があるものが発射された
#: と発表", round 23).
_FLASH_TIME = re.compile(
    r"[^.。\"“”]{0,30}?(?:가능성이\s*있는\s*물체|\bpossible ballistic missile\b|"
    # round 23: "防衛省は11月7日午後0時40分ごろ、北朝鮮から1発の弾道ミサイルの可能性があるものが
    # 発射されたと発表した" (the flash's wording, its time the announcement's)
    r"可能性(?:が|の)ある(?:もの|物体))[^.。\"“”]{0,20}?"
    r"(?:발사했다고|발사됐다고|発射されたと|発射したと|\bfired\b|\blaunched\b)",
    re.IGNORECASE,
)
#: Words of reporting: a time before them is the report's, not the event's.
_REPORTING = re.compile(
    r"\b(?:said|says|say|reported|reporting|reports|announced|announcing|told|according|stated)\b",
    re.IGNORECASE,
)
_ALERT_WORDS = re.compile(
    r"Jアラート|J-?ALERT|J\s?alert|J-?얼[럿럭]|全国瞬時警報|전국순[시간]경보|missile warning|"
    r"emergency warning|evacuation (?:order|call)|避難の?呼び(?:か|掛)け|주민\s*피난|"
    r"\bwarning for residents\b|\bresidents? to take (?:shelter|cover)\b",
    re.IGNORECASE,
)
_ALERT_TYPES: tuple[tuple[str, str], ...] = (
    ("lifted", r"解除|해제|\blifted\b|\bcancell?ed\b|\bcalled off\b"),
    ("passed", r"通過した(?!り)|ミサイル通過|통과했|\bpassed\b"),
    ("predicted_fall", r"落下する(?:もの)?とみられ|落下する見込み|(?:낙하|떨어질)\s*것|"
                       r"\bexpected to (?:fall|land)\b"),
    ("correction", r"訂正|정정|\bcorrect(?:ed|ion)\b"),
    ("launch", r"発射されたものとみられ|発射された模様|避難(?:して下さい|を呼び|の呼び|するよう)|"
               r"発令|出した|발령|경보를 내렸|대피|피난|take (?:shelter|cover)|\bissued\b|"
               r"\balerted\b|\bactivated\b|\bprompted a warning\b|\blaunch information\b|"
               # round 31: "J-Alert was triggered in …", "a J-Alert went off for …"
               r"\btriggered\b|\bwent off\b"),
)  # fmt: skip
#: Round 31: a word that tells a later moment ("… at 6:40 a.m. but was later lifted", "その後
#: 解除された", "이후 해제됐다"): an alert verb after it, in a clause whose time is told before it,
#: takes no time (the time is the first verb's).
_LATER_WORD = re.compile(
    r"\b(?:later|afterwards?|subsequently|then)\b|その後|後に|のちに|이후|뒤에|나중에|그\s*뒤",
    re.IGNORECASE,
)
_LIFTING = re.compile(
    r"避難の?呼び(?:か|掛)けを解除|경보를\s*해제|(?:alert|warning) was lifted", re.IGNORECASE
)
#: A sentence about the alert of the sentence before it ("At 11:03 PM, the alert was lifted").
_THE_ALERT = re.compile(r"\bthe (?:alert|warning)\b|警報|アラート|경보|얼럿", re.IGNORECASE)
_EM_NET = re.compile(r"Em-?Net|エムネット|긴급정보망", re.IGNORECASE)
_TARGETED = re.compile(r"対象|대상|\btarget|\bresidents\b|\bfor\b", re.IGNORECASE)
_OTHER_EVENT = re.compile(
    r"당시|前回|昨年|去年|지난해|작년|지난달|先月|以来|이래|\blast (?:year|month|time)\b|"
    # round 31: a past week or an earlier part of this period ("last week's", "earlier this
    # month", "先週", "今月上旬", "지난주", "지난번", "이달 초"), and this launch counted among the
    # period's ("the North's fourth launch this year")
    # (not "The drills began last week; the rocket was fired …": the week of something else)
    r"\b[Ll]ast\s+week(?:end)?['’]s\b|\b(?:fired|launched|test-fired|test-launched|launch|"
    r"launches|test|tests|firing)\b[^.;]{0,40}?\blast\s+week(?:end)?\b|"
    r"\b(?:[Ee]arlier|[Pp]reviously)\s+(?:this|in\s+the)\s+"
    r"(?:week|month|year)\b|先週|前週|今月(?:上旬|初め|初旬)|年初|지난\s*(?:주|주말|번)(?![가-힣])|"
    r"지난번|이달\s*초|이번\s*달\s*초|"
    r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:[\w-]+\s+){0,2}(?:launch|launches|test|tests|firing|firings)\s+(?:this|of\s+the|in)\s+"
    r"(?:week|month|year)\b|"
    # (round 12: "the previous day" is a day, not another event)
    r"\bprevious(?:ly)?\b(?!\s+day)|\bearlier this year\b|\b[Rr]ecently\b|"
    # round 26: "During that earlier test, North Korea claimed …" (the launch told before)
    r"\b(?:that|the|this)\s+earlier\s+(?:test|launch|firing|salvo)s?\b|"
    # "지난 5월 원산 일대에서 …", "last May": a month named as past, without a day (not
    # "지난 5월 31일")
    r"지난\s*\d{1,2}\s*월(?!\s*\d{1,2}\s*일)|\blast\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d)|"
    # "지난 9일 … 6발을 쏜 뒤 닷새만으로", "3日ぶり": this launch counted from another one
    r"(?:\d+\s*일|이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘)\s*만(?:에|이다|으로|의)|\d+\s*日ぶり|"
    # "The move came not even 24 hours after North Korea launched three … on Saturday"
    r"\b(?:move|launch|launches|test|tests|firing|this|it)\s+(?:came|comes)\b(?!\s+down)"
    r"[^.;]{0,40}?\bafter\b|"
    # "…, coming just two days after the North launched …": a launch counted from another
    r"\bcoming\s+(?:just\s+|only\s+|barely\s+)?(?:\w+\s+){0,2}(?:days?|hours?|weeks?)\s+after\b|"
    # "the regime's third military provocation this year": this launch counted among others
    r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:military\s+)?provocations?\b|"
    # round 28: days or weeks back ("a week earlier, the DPRK fired …", "3日前に発射した",
    # "일주일 전에 쏜"): another launch ("10 minutes earlier", "a day earlier" (the statement's
    # day before) stay this one's)
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:weeks?|months?|years?)|(?:two|three|four|five|six|seven|eight|nine|ten|several|"
    r"a\s+few|[2-9]|\d\d)\s+days)\s+(?:earlier|before|ago)\b|"
    r"(?:(?:\d+|[一二三四五六七八九十]+)\s*(?:週間|か月|カ月|ヶ月|年)|(?:[2-9]|\d\d|[二三四五六七八九十])\s*日)"
    r"\s*前(?!後)(?:に|の|、|,)|"
    r"(?:(?:\d+\s*|[한두세네]\s*|일|이)(?:주일?|달|개월|년)|(?:[2-9]|\d\d)\s*일)\s*전(?:에|의|인|,)|"
    # round 30: the day before, in the pluperfect ("North Korea had fired three short-range
    # missiles the previous day"): a launch before this one ("said Sunday it test-fired …
    # the previous day" stays this one's)
    r"\bhad\s+(?:already\s+|also\s+)?(?:fired|launched|test-fired|test-launched)\b[^.;]{0,80}?"
    r"\b(?:the\s+previous\s+day|the\s+day\s+before)\b"
)
#: Round 19: a habit, not this launch ("Usually the North conducts missile launches from its
#: eastern port city of Wonsan", "北朝鮮は通常、東部の元山付近から発射している", "북한은 보통
#: 원산 일대에서 발사한다"): a general remark; the sentence gives no item (not "the Scuds are
#: normally fired using mobile launch pads" either, which tells of no site or time of its own).
_HABIT = re.compile(
    r"\b(?:usually|normally|typically|generally|often|customarily|traditionally)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:conducts|fires|launches|tests|carries\s+out|uses|"
    r"(?:has|have)\s+(?:fired|launched|conducted|tested))\b|"
    r"(?:通常|普段|いつも|多くの場合)(?:は|、)[^。]{0,40}?(?:発射|試射)(?:している|することが多い|する)"
    r"(?=[。、]|$|が|と)|"
    r"(?:보통|대개|주로|통상|흔히)\s[^.]{0,40}?(?:발사|시험\s*발사)(?:한다|해\s*왔다|해왔다|하고\s*있다|"
    r"하곤\s*한다)",
    re.IGNORECASE,
)
#: Round 19: a second launch told by the minutes after the first ("the second launch took place
#: about 10 minutes later", "10分後に2発目を発射", "10분 뒤 두 번째 미사일을"): its time is the
#: first's and those minutes (not "fell about 10 minutes later", a flight time).
_LATER_LAUNCH = {
    "en": re.compile(
        r"\b(?:the\s+second|another|the\s+other|the\s+next|a\s+second)\s+(?:one|launch|missile|"
        r"rocket|projectile|firing)\b[^.;]{0,30}?\b(?:was\s+(?:fired|launched)|took\s+place|"
        r"followed|came)\s+(?:about\s+|some\s+|around\s+|roughly\s+|approximately\s+)?"
        r"(?P<n>\d{1,2}|[a-z]+)\s+minutes?\s+later\b",
        re.IGNORECASE,
    ),
    "ja": re.compile(
        r"(?:約|およそ)?(?P<n>\d{1,2})分(?:ほど)?後(?:に)?[、,]?\s*(?:2|二)発目(?:を|が)?\s*"
        r"(?:発射|撃)"
    ),
    "ko": re.compile(
        r"(?:약\s*)?(?P<n>\d{1,2})\s*분\s*(?:뒤|후)(?:에)?\s*(?:두\s*번째|두\s*발째)"
        r"\s*(?:미사일|발사체)?(?:을|를)?\s*(?:발사|쏘|쐈)"
    ),
}
#: A launch "off" a coast ("fired a missile off its east coast", "off the country's western
#: coast"): a side of the country, no place the draft can draw; the sentence is a TODO.
_OFF_COAST = re.compile(
    r"\boff\s+(?:its|the|the country['’]s|North Korea['’]s|the North['’]s)\s+"
    r"(?:(?:east|west|north|south)(?:ern)?\s+)?(?:coast|shore)\b",
    re.IGNORECASE,
)
#: Round 18: a side of the launching country as where a launch was made or went ("北朝鮮南西部
#: から北東部に向けて", "북한 서부 지역에서", "into its eastern (international) waters", "this
#: time from an inland site"): no place to draw, a TODO (README, Holdout 6).
_SIDE_OF_COUNTRY = re.compile(
    r"(?:北朝鮮|北韓|同国)の?\s?[東西南北]{1,2}部\s?(?:の?(?:付近|一帯|地域))?\s?(?:から|より)|"
    r"(?:북한|북측)의?\s*[동서남북]{1,2}부\s*(?:지역|일대)?\s*에서|"
    # (round 20: "flew some 190 km into the eastern waters", the as its)
    # (round 29: "over its own eastern waters"; "日本海側の地域で" a side of the country)
    r"\b(?:into|toward|towards|to|over)\s+(?:its|the|the\s+country['’]s|North\s+Korea['’]s|"
    r"the\s+North['’]s)\s+(?:own\s+)?"
    r"(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?)"
    r"\s+(?:international\s+|territorial\s+)?waters\b|"
    # round 30: "into its east sea" (lower case, the country's side; "the East Sea" is a name)
    r"\b(?:into|toward|towards|to)\s+its\s+(?-i:east|west)\s+(?-i:sea)\b|"
    r"(?:日本海|黄海)側の(?:地域|地方|一帯)\s?(?:で|から)|"
    r"\bfrom\s+an?\s+inland\s+(?:site|area|region|location|base|place)\b|"
    # round 21: "made from inland North Korea"; "동해안 일대에서" (a coast of the country, no
    # place: "북한이 … 동해안 일대에서 … 발사"); "2発は西部から黄海に向けて" (a side, no name
    # before it)
    r"\bfrom\s+inland\s+(?:North\s+Korea|the\s+North|areas?|sites?)\b|"
    # round 22: "북한이 내륙에서 서해상으로", "from the mainland into the Yellow Sea" (no place);
    # "a new test … from its west coast", "fired … from its east coast"
    r"(?<![가-힣])내륙(?:\s*지역)?(?:에서|으로부터)|\bfrom\s+the\s+mainland\b|"
    # (round 23: also "from its southeastern coast", "off its northern coast")
    # (round 25: also "towards its east coast", "into the sea off it eastern coast", "it" for
    # "its" as published)
    # (round 28: also "from near the country's west coast")
    # (round 32: "from the communist country's east coast", "off the isolated nation's …")
    r"\b(?:from|off|towards?)\s+(?:near\s+)?(?:its|it|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:country|nation|state|regime|North)['’]s|North\s+Korea['’]s)\s+"
    r"(?:(?:north|south)-?(?:east|west)|east|west|north|south)(?:ern)?\s+coast\b|"
    # (round 22: not "원산 인근 동해안에서", the coast of a town named before it: that town)
    r"(?<![가-힣])(?<!인근\s)(?<!부근\s)[동서]해안\s*(?:일대|지역|인근|부근)?\s*에서|"
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])[東西南北]{1,2}部\s?(?:から|より)|"
    # round 32: "北朝鮮の東側沿岸部から日本海に、西側沿岸部から黄海に" (a side's coast, no place)
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])[東西南北]側\s?の?\s?(?:沿岸|海岸)部?\s?(?:地域|一帯)?\s?"
    r"(?:から|より)|"
    # round 22: "日本海沿岸地域から", "黄海側の沿岸から", "東海岸一帯から" (a coast of the
    # country, no town named before it)
    r"(?:(?:日本海|黄海|東海|西海)\s?(?:側の)?\s?沿岸|"
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])[東西](?:海岸|沿岸))\s?(?:地域|一帯|部|地方)?\s?(?:から|より)",
    re.IGNORECASE,
)
#: Round 31: a side of a place as the site, in English ("from north of Kusong", "from just
#: southeast of …"): a TODO (a coastal place stays the site, round 17; an inland one is none).
_SIDE_OF_PLACE_FROM_EN = re.compile(
    r"\bfrom\s+(?:just\s+|the\s+)?(?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ern)?\s+"
    r"(?:of|part\s+of|outskirts\s+of|suburbs\s+of)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Round 31: a part of the country told with no place ("北部の山間地域から", "북부 산악지역에서",
#: "from its northwestern region", "from the central part of the country", "from somewhere near
#: the capital"): nothing a map can place, a TODO (the class of round 18's "北朝鮮南西部から").
_PART_OF_COUNTRY = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?:[東西南北]{1,2}|中)部\s?の?\s?"
    r"(?:沿岸|海岸|内陸|山間|山岳|国境)部?\s?(?:の)?\s?(?:地域|地方|一帯|地帯|付近|周辺)?\s?(?:から|より)|"
    r"(?<![가-힣])(?:[동서남북]{1,2}|중)부\s*(?:의\s*)?(?:해안|연안|내륙|산간|산악|국경)\s*"
    r"(?:지역|지방|일대|지대|인근|부근)?\s*(?:에서|으로부터)|"
    r"\bfrom\s+(?:an?\s+(?:area|site|location|place)\s+in\s+)?(?:its|the\s+country['’]s|"
    r"North\s+Korea['’]s|the\s+North['’]s|the)\s+(?:(?:north|south)-?(?:east|west)(?:ern)?|"
    r"eastern|western|northern|southern|central|mountainous|remote)\s+"
    r"(?:region|part|area|province|interior|highlands|mountains|hinterland)s?\b"
    r"(?!\s+of\s+(?-i:[A-Z]))|"
    r"\bfrom\s+(?:somewhere|an?\s+(?:area|site|location|place))\s+(?:near|around|outside)\s+"
    r"the\s+capital\b(?!\s*,?\s*Pyongyang)",
    re.IGNORECASE,
)
#: Round 21: a flight told as over land ("内陸部を中心に飛行", "내륙에서 상당 부분 비행한", "flown
#: mostly over inland areas"): nothing a map can place, a TODO.
_OVER_LAND = re.compile(
    r"内陸(?:部)?(?:を|の上空を)[^。]{0,10}?(?:飛行|飛翔)|"
    r"내륙(?:에서|을|\s*상공을?)[^.]{0,12}?(?:비행|날아)|"
    r"\b(?:flown|flew|flying|flight)\s+(?:\w+\s+){0,2}?over\s+(?:the\s+)?(?:inland|land)\b",
    re.IGNORECASE,
)
#: Round 12: fired towards a side of the peninsula ("朝鮮半島東側の海上に向け", "韓半島西の海、
#: 西海に向けて", "한반도 서쪽 바다로", "toward waters off the peninsula's west"): no place to
#: draw; a TODO beside what else is read.
_TOWARD_SIDE = re.compile(
    r"(?:朝鮮半島|韓半島)\s?の?\s?[東西南北]{1,2}(?:側|岸|部)?の?[^。]{0,10}?(?:に|へ)\s?向け|"
    # round 20: "朝鮮半島西側の黄海上に…発射" (a side of the peninsula, then its sea)
    r"(?:朝鮮半島|韓半島)\s?の?\s?[東西南北]{1,2}(?:側|岸)の\s?(?:日本海|東海|黄海|海)\s?(?:上|海上)?\s?に"
    r"(?=[^。]{0,30}?発射)|"
    # round 22: "朝鮮半島西側の黄海上で…発射訓練" (the same side, told with で)
    r"(?:朝鮮半島|韓半島)\s?の?\s?[東西南北]{1,2}(?:側|岸)の\s?(?:日本海|東海|黄海|海)\s?(?:上|海上)?\s?で"
    r"(?=[^。]{0,30}?発射)|"
    r"(?:한반도|조선반도)\s*[동서남북]{1,2}(?:쪽|측|방)?(?:의)?\s*[^.]{0,10}?(?:으?로|를\s*향해)|"
    # round 16: also "into waters off the east of the Korean Peninsula"
    # (round 21: "launched … in waters east of the Korean peninsula")
    # (round 23: "towards sea off east of the peninsula")
    r"\b(?:towards?|into|in)\s+(?:the\s+)?(?:waters?|sea)\s+"
    r"(?:off(?:\s+(?:the\s+)?(?:east|west)\s+of)?|(?:to the )?(?:east|west) of)\s+"
    r"(?:the\s+(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?)\s+"
    r"(?:(?:coast|side)\s+)?of\s+)?(?:the\s+)?(?:Korean\s+)?peninsula|"
    # round 13: "launched into the waters between the Korean Peninsula and Japan", "한반도와 일본
    # 사이 해역으로", "朝鮮半島と日本の間の海域に": a sea told by two places, not placed
    r"\b(?:into|toward|towards|in)\s+(?:the\s+)?(?:waters?|sea)\s+between\s+(?:the\s+)?"
    r"(?:Korean\s+)?peninsula\s+and\b|"
    r"(?:한반도|조선반도)\s*(?:와|과)\s*일본\s*(?:사이|간)의?\s*(?:해역|바다)|"
    r"(?:朝鮮半島|韓半島)\s?と\s?日本\s?の\s?間の\s?(?:海域|海)",
    re.IGNORECASE,
)
#: Words that turn back to this launch after sentences about another ("The latest missile
#: flew …", "今回のミサイルは", "이번 미사일은").
_THIS_LAUNCH = re.compile(
    r"\b(?:the|its|this)\s+(?:latest|newest|new|most recent)\s+(?:missile|launch|test|projectile)|"
    r"今回の|이번\s*(?:미사일|발사)",
    re.IGNORECASE,
)
#: A clause told as the subject of a comparison with another launch ("EEZの内側に落下するのは、
#: 今年の2月18日以来", "EEZ 안에 떨어진 것은 …이후 처음"): it reports nothing of its own.
#: Round 22: a day told only as the one this launch is like ("지난 16일 발사 때와 같은 원산 인근",
#: "16日の発射と同じ場所"): not another launch's sentence.
_SAME_AS_THEN = re.compile(
    r"[^,.、。]{0,14}?(?:때와|때처럼|の時と|の際と|と)\s*(?:같은|같이|마찬가지|同じ|同様)"
)
_COMPARED = re.compile(r"(?:のは|ことは|것은|것이)\s*[、,]?\s*$")
#: Round 32: "the others" before "all of them" ("他の4発はいずれも", "나머지 4발은 모두", "the
#: other four … all"): the rest of the missiles, not every fall of the statement.
_THE_OTHERS_BEFORE = re.compile(
    r"(?:他の|残りの|残る|その他の|나머지|다른|\bthe\s+(?:other|remaining))[^、。,.]{0,10}$",
    re.IGNORECASE,
)
_ALL_OF_THEM = re.compile(r"いずれも|全て|すべて|모두|\ball (?:of them|three|parts)\b|\bboth\b")
#: A sentence about where a fall was, told as a noun ("落下地点は", "낙하 지점은", "탄착지는",
#: "the point of impact is"): what it says belongs to the fall before it.
_FALL_POINT = re.compile(
    r"落下(?:地点|場所|位置)|着弾(?:地点|点|地)|弾着(?:地点|点)|낙하\s*(?:지점|장소|위치)|"
    # "落下したのは…EEZ外", "떨어진 곳은 …", "where it came down was …"
    r"(?:落下|落ち|着弾)(?:した)?(?:の|ところ|場所)は|(?:낙하한|떨어진|탄착한)\s*(?:곳|데)은|"
    # "落下は、朝鮮半島の東側の日本海で": the fall as the topic (not "…への落下は確認されていない")
    r"(?<![への])(?:落下|着弾)は(?![^。]{0,24}?(?:確認|ない|なく|なし|不明|ありません))|"
    r"\bwhere (?:it|they|the missiles?) (?:fell|landed|came down) (?:was|is)\b|"
    r"탄착\s*(?:지점|지|점)|\b(?:fall|landing|impact|splashdown)\s+(?:point|site|location|spot)\b|"
    r"\bpoint of (?:impact|fall|landing)\b",
    re.IGNORECASE,
)
#: Where a statement turns to some of the objects or another one ("もう1発は", "うち3発は",
#: "나머지 1발은", "그 중 3발이", "three of the four", "the other one").
_ANOTHER = re.compile(
    r"(?:、|,)?\s*(?:また|もう)\s*(?:1|一|2|二)\s*(?:発|つ)(?:目)?は|(?:다른|나머지)\s*1\s*발은|"
    r"(?:、|,)?\s*(?:その)?うち\s*[\d一二三四五六七八九十]+\s*発|그\s*중\s*\d+\s*발|"
    r"\b(?:another|the other) (?:part|one)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight)\s+of\s+(?:the|them|those)\b"
)
#: A sentence whose subject is some of the objects ("うち3発は…EEZ内", "그 중 3발이 …").
_SOME_OF_THEM = re.compile(
    r"(?:^|[、,]\s*)(?:その)?うち\s*[\d一二三四五六七八九十]+\s*発|"
    r"(?:^|,\s*)그\s*중\s*\d+\s*발|"
    r"(?:^|,\s*)(?:\d+|one|two|three|four|five|six|seven|eight)\s+of\s+(?:the|them|those)\b",
    re.IGNORECASE,
)
#: A sentence naming the launch site as a noun ("발사지는 평양 순안공항으로 추정", "発射地点は",
#: "the launch site was"): its place belongs to the launch before it.
_LAUNCH_SITE = re.compile(
    # (round 19: "発射基地は北朝鮮南西部の開城(ケソン)付近", "발사 기지는")
    r"発射(?:地点|場所|位置|地|基地)\s*(?:は|が)|발사\s*(?:지점|장소|위치|지|기지)\s*(?:는|은|가|이)|"
    r"\blaunch\s+(?:site|point|location|pad)\s+(?:was|is|were|has been)\b",
    re.IGNORECASE,
)
#: A direction given as an angle ("75도~93도", "정동에서 50도", "方位角30度", "at 60 degrees").
_ANGLE = re.compile(r"\d+(?:\.\d+)?\s*(?:도|度|°|degrees?\b)", re.IGNORECASE)
_DIRECTION_WORDS = re.compile(r"방향|각도|方向|方位|角度|direction|azimuth|bearing|angle",
                              re.IGNORECASE)  # fmt: skip
#: A direction from a place without a distance ("西の海域", "서쪽 해상", "west of Hokkaido").
_NO_DISTANCE = re.compile(
    r"[東西南北]方?の?(?:海域|沖)|[동서남북](?:쪽|방)\s*(?:해상|해역|바다)|"
    # "朝鮮半島東の日本海", "北海道西方の…": a side of a place, no distance ("東方向": a direction)
    r"[東西南北]{1,2}の(?:日本海|東海|黄海|東シナ海|太平洋|海上|海)|[東西南北]{1,2}方(?![向角位])|"
    # "朝鮮半島付近の日本海", "한반도 인근 동해": near a place, no distance
    r"(?:付近|近く)の(?:日本海|東海|黄海|東シナ海|太平洋)|(?:인근|부근|근처)의?\s*(?:동해|서해)(?!안)|"
    # round 19: "朝鮮半島寄りの日本海" (the sea's side towards a place)
    r"寄りの(?:日本海|東海|黄海|東シナ海|太平洋|海上|海域)|"
    # "朝鮮半島の東側の日本海", "朝鮮半島東側の…": a side of a place
    r"[東西南北]{1,2}側|"
    # "朝鮮半島の東の我が国の排他的経済水域外": a side of a place, then the zone
    r"半島の?[東西南北]{1,2}の(?:我が国|日本)|"
    # "朝鮮半島東岸付近の日本海", "北朝鮮東岸に近い日本海", "동해안 인근 해상": near a coast
    r"[東西南北](?:岸|海岸|沿岸)(?:の)?(?:付近|近く|沖|近海)|[東西南北](?:岸|海岸|沿岸)に近い|"
    r"[동서남북]해안\s*(?:인근|부근|근처|앞바다)|[동서남북]해안에\s*가까운|"
    # "北朝鮮東岸の日本海", "북한 동해안의 동해", "the sea near the eastern coast of": a coast's sea
    r"[東西南北](?:岸|海岸|沿岸)の(?:日本海|東海|黄海|海)|[동서남북]해안(?:의)?\s*(?:동해|서해|해상|바다)|"
    r"\bnear\s+(?:the|its)\s+(?:[a-z-]+\s+)?(?:coast|shore)|"
    r"\b(?:off|west of|east of|north of|south of)\b|"
    # round 14: "동해 NLL(북방한계선) 이남 공해상에": the side of a line, no distance
    r"(?:이남|이북|以南|以北)\s*(?:의\s*)?(?:공해|해상|해역|바다|公海|海域|海上)"
)
#: A direction told as towards a place ("'알섬' 방향으로 날아간", "佐渡島の方向に飛翔"): a
#: compass word is the launch's direction (_direction); a place is left as a TODO.
# (round 25: or "방향" ending a headline's words, "동창리에서 대동강 방향 이례적")
_TOWARD = re.compile(
    r"([가-힣一-龥ァ-ヶ]+)['’」』\s]*(?:の)?\s*(?:방향으로|方向に|方向へ|방향(?=\s+[가-힣]+$))"
)
#: Round 23: "were launched … off the eastern coastal city of Wonsan": off a city told as one,
#: the city (as "in waters off Sinpo", round 21); "off" alone is not read.
_OFF_THE_CITY_OF = re.compile(
    r"\boff\s+the\s+(?:[a-z-]+\s+){0,4}(?:city|town|port)\s+of\s+$", re.IGNORECASE
)
#: Round 23: a site told only by what it looks like ("활주로로 보이는 곳에서", "滑走路とみられる
#: 場所から", "from what appeared to be a runway"): no place to draw, a TODO.
_LOOKS_LIKE_SITE = re.compile(
    r"(?:으)?로\s*보이는\s*곳(?:에서|으로부터)|(?:と|に)(?:見|み)られる(?:場所|所|地点)から|"
    r"\bfrom\s+what\s+(?:appeared|appears|seemed|looked)\s+to\s+be\b",
    re.IGNORECASE,
)
#: Round 23: missiles fired INTO the sea off a place ("원산 동북방 해상으로 발사한", "원산 인근
#: 동해상으로", "launched into waters northeast of Wonsan"): where they went, not where they were
#: fired from (the sea they were fired from, "신포 동북방 동해상에서", is the place, Holdout 16).
_INTO_SEA_OFF_KO = re.compile(
    # (round 31: also "…쪽", "먼바다", "함흥 남동쪽 먼바다로")
    # (round 32: "타이완 주변 해역에 발사한", the sea around a place fired into)
    r"(?P<w>[가-힣]{2,6})\s+(?:[동서남북]{1,3}(?:방|쪽)|인근|부근|주변|앞)\s*(?:(?:동|서)해\s*)?"
    r"(?:상|해상|해역|바다|먼\s*바다)\s*(?:으로|로|에(?=\s*(?:발사|쏜|쏘|쐈)))"
)
_INTO_SEA_OFF_EN = re.compile(
    r"\binto\s+(?:the\s+)?(?:waters|sea)\s+(?:off|near|(?:north|south)?-?(?:east|west)?\s+of)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: A country's air defence identification zone ("防空識別圏", "방공식별구역", "ADIZ"): an area of
#: air control, not the EEZ nor a sea; the draft cannot place it, so the sentence is a TODO.
_ADIZ = re.compile(
    r"防空識別圏|방공\s*식별\s*구역|\bair[\s-]+defen[cs]e\s+identification\s+zones?\b|\bK?J?ADIZ\b",
    re.IGNORECASE,
)
#: A sentence that tells a launch as its main verb ("北朝鮮は4日にも…を発射。", "…탄도미사일을
#: 쐈다.", "North Korea also fired …"), not one that names a launch in passing ("順安は3月24日に
#: ICBMの発射実験が行われた場所", "지난 4일 … 발사에 이어 이틀 만이다"): when it is another
#: launch's, the sentences after it go on about that launch.
_LAUNCH_TOLD = {
    "ja": r"(?:発射|打ち上げ)(?:し(?:た|ました|ている|ていた))?\s*[。]?\s*$",
    # ("발사한 바 있다": had launched)
    "ko": r"(?:발사|쏘|쏴)[가-힣]{0,4}(?:\s*바\s*있)?다\s*\.?\s*$|쐈다\s*\.?\s*$",
    "en": r"\b(?:North Korea|Pyongyang|the North|it)\s+(?:also\s+|had\s+|has\s+)*"
    r"(?:fired|launched|test-fired|conducted)\b",
}
_LOCATED = re.compile(
    r"(?:located|situated|lies|lying|which is|位置する|位置し|위치한)[^,.;]{0,12}$"
)
#: North Korea kept its clocks at UTC+08:30 ("Pyongyang Time") from 15 Aug 2015 to 4 May 2018:
#: times in its own statements of that period are read in that zone.
PYONGYANG_TIME = (dt.date(2015, 8, 15), dt.date(2018, 5, 4), dt.timedelta(hours=8, minutes=30))
_NORTH_KOREAN = re.compile(r"KCNA|朝鮮中央|조선중앙|North Korean? (?:government|state)|북한 정부|"
                           r"DPRK|北朝鮮政府|노동신문|労働新聞", re.IGNORECASE)  # fmt: skip


#: Spaces in Japanese text beside a kanji or kana (Japanese has none between words; a PDF's
#: line breaks pasted as spaces: "亀城(クソン)付 近から", "約500km 飛翔").
_JA_SPACES = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff、。])[ \t\u3000]+|"
                        r"[ \t\u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff、。])")  # fmt: skip


def _zone_of(statement: Statement) -> dt.timezone:
    """The zone a statement's times are in: Japan and Korea's (+09:00), or Pyongyang Time
    (+08:30) in a North Korean statement of 2015-2018 (:data:`PYONGYANG_TIME`)."""
    start, end, offset = PYONGYANG_TIME
    if (
        statement.date is not None
        and start <= statement.date <= end
        and _NORTH_KOREAN.search(statement.organisation)
    ):
        return dt.timezone(offset)
    return STATEMENT_ZONE


@dataclass(frozen=True, slots=True)
class _Event:
    kind: str
    start: int
    end: int


@dataclass
class _Sentence:
    """One sentence as read: its language, normalised text and what is found in it."""

    text: str
    language: str
    work: str
    positions: list[PhraseReading]
    names: list[NameFound]
    clocks: list[tuple[int, int, dt.datetime]]  # start, end, moment
    zones: list[tuple[int, str, str]]
    hedged: bool

    def within(self, start: int, end: int) -> _Sentence:
        """What lies in ``[start, end)``: positions by where their distance ends."""
        return _Sentence(
            self.text,
            self.language,
            self.work,
            [r for r in self.positions if start < r.span[1] <= end],
            [n for n in self.names if start <= n.start < end],
            [c for c in self.clocks if start <= c[0] < end],
            [z for z in self.zones if start <= z[0] < end],
            self.hedged,
        )


#: Minutes after a time and "and" ("午前7時4分と23分", "7시 6분과 25분", "6時ごろと37分ごろ、
#: 42分ごろ"): another time, the same hour; not "10分後", "30분간", nor "55분과 56분 각각" (times
#: of two different things).
_MORE_MINUTES = re.compile(
    # ("午前6時ごろと37分ごろ、42分ごろ": a list goes on after a comma)
    # (round 19: "午前1時20分と、30分ごろ": a comma after the conjunction)
    r"\s*(?:ごろ|頃|경|쯤|께)?\s*(?:(?:と|及び|および|과|와|및)\s*[、,]?|、)\s*(?P<m>[0-5]?\d)\s*(?:分|분)"
    r"(?![\s에]*(?:後|間|以|ほど|程|くらい|ぐらい|余|弱|強|뒤|후|간|만|동안|정도|가량|여|각각|それぞれ))"
)
#: What may stand between the times of a list of launches ("7時4分頃及び7時23分頃", "7시6분경과
#: 7시25분경", "at 7:06 a.m. and 7:25 a.m."): a conjunction, a comma, the date or "午前".
_TIME_LIST_JOIN = re.compile(
    # ("16:29분과 16:49분경": a 24-hour time with 分/분 after it)
    r"^\s*(?:分|분)?\s*(?:ごろ|頃|경|쯤|께)?\s*"
    # "午前7時44分頃に2発、午前8時21分頃に1発", "7시 44분께 2발, 8시 21분께 1발": a count each
    r"(?:(?:に|에)?\s*(?:[1-9一二三四五]|한|두|세|네)\s*(?:発|발)(?:씩|ずつ)?\s*(?=[、,]))?"
    r"(?:と|及び|および|、|,|과|와|및|그리고|\band\b|\bthen\b)?\s*[、,]?\s*"
    # round 24: "4시10분께, 이어 5시40분에도" ("then" after the comma)
    r"(?:이어\s*)?"
    # round 25: "a fourth around noon, two more in the afternoon and the seventh at about 5:40
    # p.m." (salvos told with no time between two that have one; each timed one a launch)
    r"(?:(?:two|three|four|five|six|[2-9])\s+more\s+in\s+the\s+(?:morning|afternoon|evening)"
    r"\s*,?\s*(?:and\s+)?(?:the\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+"
    r")?)?"
    # round 24: "오전 8시경 미사일 2발을 시작으로 오전 10시 45분과 …": the first salvo, then
    r"(?:(?:미사일|탄도\s*미사일)?\s*(?:[1-9]|한|두|세)\s*발을\s*시작으로\s*|"
    # round 24: "오전 8시경 동해상으로 단거리 미사일 2발을 발사한 이후, 오전 10시45분경과 …"
    r"[^,.]{0,30}?(?:[1-9]|한|두|세)\s*발을\s*발사한\s*(?:이후|뒤|후에?)\s*,?\s*)?"
    # "1発目は1時47分頃、2発目は1時53分頃", "첫 번째는 …, 두 번째는 …": each missile its time
    r"(?:(?:[2-9]|[二三四五六七八九])\s*発目\s*(?:は|が)?|(?:두|세|네|[2-9])\s*(?:번째|발째)"
    r"(?:\s*(?:미사일|발사체))?\s*(?:는|은|가)?)?\s*"
    # "one of them at 4:29 p.m. and the other at 4:39 p.m."
    # round 17: "a ballistic missile at 2:35 a.m. and another at 2:45 a.m."
    r"(?:\b(?:the\s+(?:other|second|latter|next)|another)(?:\s+one)?\s+)?"
    # round 22: "around 6:20 p.m. KST, followed by an additional eight at 8:03 p.m. and seven
    # more at 9:28 p.m." (salvos, each its count)
    r"(?:(?:\b(?:KST|JST)\s*,?\s*)?(?:\bfollowed\s+by\s+)?(?:an?\s+)?(?:additional\s+|further\s+)?"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s+(?:more\s+)?(?=at\b))?"
    # round 10: "午前5時ごろと同5時半ごろ" (同 before the second time's hour)
    r"(?:同日?\s*)?(?:午前|午後|오전|오후|낮|밤|at)?\s*"
    r"(?:(?<=at )|(?<=other )|(?<=second )|(?<=one )|(?<=another ))?(?:around|about)?\s*$",
    re.IGNORECASE,
)


#: A time's conversion in brackets just after it ("6:01 a.m. Thursday (9:01 p.m. Wednesday GMT)").
_CONVERSION = re.compile(
    r"\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?"
    # round 17: "11:59 a.m. Japan time (2:59 a.m. GMT)": the zone of the first named before it
    r"(?:(?:Japan|Japanese|Korea|Korean|Seoul|Tokyo|local)\s+(?:standard\s+)?time\s*)?[(（]\s*",
    re.IGNORECASE,
)


def _converted(work: str, clocks: Sequence[tuple[Any, ...]], at: int) -> bool:
    """Whether the time at ``at`` stands in brackets that open just after another time: its
    conversion, the same instant ("6:01 a.m. Thursday (9:01 p.m. Wednesday GMT)", both ends
    of "7:25-37 p.m. Thursday (10:25-37 a.m. GMT)").

    Examples
    --------
    >>> work = "at 7:25-37 p.m. Thursday (10:25-37 a.m. GMT)"
    >>> clocks = [(c.start, c.end) for c in find_clock_times(work, vague=True)]
    >>> [_converted(work, clocks, c[0]) for c in clocks]
    [False, False, True, True]
    """
    opening = max(work.rfind("(", 0, at), work.rfind("（", 0, at))
    if opening < 0 or re.search(r"[)）]", work[opening:at]):
        return False
    return any(
        end <= opening and _CONVERSION.fullmatch(work, end, opening + 1) for _, end, *_ in clocks
    )


def _told_beside(
    work: str, clocks: Sequence[tuple[int, int, int, int, str]]
) -> tuple[set[int], set[int]]:
    """Round 32: the times told on another clock with the Japanese or Korean time in brackets
    after them ("午前8時44分(日本時間同9時44分)", "오전 10시12분(한국시간 오전 11시12분)", "10:12
    a.m. (11:12 a.m. Japan time)"), and those bracketed times, by their starts: the first are
    another zone's (not this one's), the second are read. A time with another zone named
    ("9:30 p.m. EST (11:30 a.m. JST)") is left to the conversions.

    Examples
    --------
    >>> work = "午前10時12分(日本時間同11時12分)に発射"
    >>> clocks = [(c.start, c.end, c.hour, c.minute, c.zone) for c in find_clock_times(work)]
    >>> _told_beside(work, clocks)
    ({0}, {14})
    """
    outer: set[int] = set()
    beside: set[int] = set()
    for start, _, hour, minute, named in clocks:
        if hour < 0 or named != "+09:00" or not _converted(work, clocks, start):
            continue
        opening = max(work.rfind("(", 0, start), work.rfind("（", 0, start))
        before = [c for c in clocks if c[1] <= opening and c[2] >= 0]
        if not before or before[-1][4] not in ("", "+09:00"):
            continue
        if (before[-1][2], before[-1][3]) == (hour, minute):
            continue  # the same clock told again
        outer.add(before[-1][0])
        beside.add(start)
    return outer, beside


def _instants_told_again(
    work: str,
    clocks: Sequence[tuple[int, int, int, int, str]],
    dates: Sequence[tuple[int, dt.date]],
    zone: dt.timezone,
) -> dict[int, dt.datetime]:
    """Round 27: the instants that bracketed conversions in another zone, with their day
    ("10:30 a.m. (9:30 p.m. EST Thursday)"), tell for the times before them, by the start of
    the time converted; a conversion without its day or its zone's offset tells none.

    Examples
    --------
    >>> work = "fired at 6:40 a.m. (5:40 p.m. EDT Tuesday), Yonhap said."
    >>> clocks = [(c.start, c.end, c.hour, c.minute, c.zone) for c in find_clock_times(work)]
    >>> dates = find_dates(work, dt.date(2021, 9, 14))
    >>> told = _instants_told_again(work, clocks, dates, STATEMENT_ZONE)
    >>> [(at, str(t)) for at, t in told.items()]
    [(9, '2021-09-14 17:40:00-04:00')]
    """
    out: dict[int, dt.datetime] = {}
    for start, end, hour, minute, named in clocks:
        if hour < 0 or not named or not _converted(work, clocks, start):
            continue
        close = re.search(r"[)）]", work[end:])
        inside = [d for at, d in dates if end <= at <= end + (close.start() if close else 0)]
        given = _named_zone(named, inside[0] if inside else None, zone)
        if not inside or given is None or given == zone:
            continue
        first = [c for c in clocks if c[1] <= start and c[2] >= 0]
        if not first or first[-1][4]:
            continue  # only a time in the statement's own zone is placed by it
        day = inside[0]
        out[first[-1][0]] = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=given)
    return out


def _day_of_instant(
    instant: dt.datetime, hour: int, minute: int, zone: dt.timezone
) -> dt.date | None:
    """Round 27: the day on which ``hour``:``minute`` in ``zone`` is ``instant`` told again,
    within an hour (a conversion may miss daylight saving: "EST" in March), else None.

    Examples
    --------
    >>> told = dt.datetime(2021, 9, 14, 17, 40, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    >>> _day_of_instant(told, 6, 40, STATEMENT_ZONE), _day_of_instant(told, 9, 0, STATEMENT_ZONE)
    (datetime.date(2021, 9, 15), None)
    """
    there = instant.astimezone(zone)
    for shift in (0, -1, 1):
        day = there.date() + dt.timedelta(days=shift)
        local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
        if abs(local - instant) <= dt.timedelta(hours=1):
            return day
    return None


#: What tells the half of the day of a Japanese or Korean time ("午後", "오전", "未明", "밤").
_HALF_WORDS = re.compile(r"午前|午後|未明|早朝|朝|昼|夕方|夜|深夜|오전|오후|새벽|아침|낮|저녁|밤")


def _same_half(told: str, hour: int, last_hour: int | None) -> bool:
    """Whether a Japanese or Korean time written without its half of the day ("4시 58분",
    "4時58分"; not "16時58分") is in the afternoon of the time read before it in the statement,
    because it is within an hour of that time's afternoon hour ("오후 4시 59분" … "4시 58분"):
    a time quoted beside another for comparison. Far from it, it is left as written.

    Examples
    --------
    >>> _same_half("4시 58분", 4, 16), _same_half("4시 58분", 4, 9), _same_half("오전 4시", 4, 16)
    (True, False, False)
    """
    if last_hour is None or last_hour < 12 or not 1 <= hour < 12:
        return False
    if _HALF_WORDS.search(told) or not re.search(r"[時시]", told):
        return False
    return abs(hour + 12 - last_hour) <= 1


#: Round 23: the afternoon told alone, with no hour ("이날 오후 …을 발사했습니다", "4日午後、…"),
#: in a sentence that tells no other half of the day.
_AFTERNOON_ALONE = re.compile(r"(?:오후|午後)(?!\s*(?:\d|[〇一二三四五六七八九十]+\s*時))")


def _afternoon_alone(work: str, clocks: Collection[object]) -> bool:
    """Whether a sentence tells this day's afternoon without a time and no time at all
    ("북한은 이날 오후 …을 발사했습니다"): the times without their half of the day in the
    sentence right after it are that afternoon's (round 23).

    Examples
    --------
    >>> _afternoon_alone("북한은 이날 오후 발사체 4발을 발사했습니다.", [])
    True
    >>> _afternoon_alone("북한은 이날 오전과 오후 발사체를 발사했습니다.", [])
    False
    >>> _afternoon_alone("午後3時ごろ発射した。", [])
    False
    >>> _afternoon_alone("北朝鮮は4日午後、飛翔体を発射した。", [])
    True
    """
    if clocks or not _AFTERNOON_ALONE.search(work):
        return False
    return not re.search(r"午前|未明|(?<!北)朝(?!鮮)|昼|夕方|夜|오전|새벽|아침|낮|저녁|밤", work)


#: Hours told as elapsed since the time before ("11時間後", "11時間、…", "5시간 만에"), before a
#: Japanese or Korean time written without its half of the day (round 16).
_ELAPSED_HOURS = re.compile(r"(?<![\d.])(?P<n>[2-9]|1\d)\s*(?:時間|시간)(?!\s*(?:前|전|以内|이내))")


#: What joins the times of an English list ("4:35 and 4:38 p.m.", "6:10, 6:20 and 6:30").
_LIST_JOIN_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:at\s+)?", re.IGNORECASE)


#: Round 31: a numeric day and month in English that reads as a date in both orders ("on
#: 9/10"): no day for the sentence's times (they are left, a TODO).
_AMBIGUOUS_NUMERIC_DAY = re.compile(r"\bon\s+(?:[1-9]|1[0-2])/(?:[1-9]|1[0-2])\b(?!/)")


def _moments(
    work: str,
    language: str,
    dates: list[tuple[int, dt.date]],
    day: dt.date | None,
    zone: dt.timezone,
    last_hour: int | None,
    afternoon: Collection[tuple[int, int]] = (),
    pm_before: bool = False,
    foreign: bool = False,
) -> list[tuple[int, int, dt.datetime]]:
    """Every time of day of a sentence as a date-time: on the date named just after it
    ("7:09 a.m. Thursday") or nearest before it, else ``day``; "同44分" in the hour of the
    time before it (or ``last_hour``). Announcement times ("…に発表", "issued a statement at")
    are left out. A Japanese or Korean time without its half of the day whose afternoon hour and
    minute are in ``afternoon`` (times the statement has already told with 午後 / 오후) is that
    afternoon time (round 16: "午後7時26分頃" … "7時26分頃に再発射"); so is one in a sentence
    that tells no half of the day, when ``pm_before`` (the sentence before told this day's
    afternoon alone, round 23: "이날 오후 …" then "4시17분 1발, 4시57분에 1발"). With
    ``foreign`` (:func:`_foreign_clock`), a time with no zone named is on another country's
    clock and gives none (round 32); a time before a bracket that gives the Japanese or Korean
    one ("午前8時44分(日本時間同9時44分)") is another zone's, and the bracket's is read."""
    out: list[tuple[int, int, dt.datetime]] = []
    if language == "en" and _AMBIGUOUS_NUMERIC_DAY.search(work):
        return out  # round 31: "on 9/10" (the tenth of September or the ninth of October)
    clocks = [
        (c.start, c.end, c.hour, c.minute, c.zone) for c in find_clock_times(work, vague=True)
    ]
    for m in re.finditer(r"同\s*時?\s*(\d{1,2})\s*分", work):  # round 12: "と同時52分"
        if not any(a <= m.start() < b for a, b, *_ in clocks):
            clocks.append((m.start(), m.end(), -1, int(m.group(1)), ""))
    for m in _MORE_MINUTES.finditer(work):  # "午前7時4分と23分": the minutes of the same hour
        after_a_time = any(m.start() <= b < m.start("m") for _, b, *_ in clocks)
        if after_a_time and not any(m.start() <= a < m.end() for a, *_ in clocks):
            clocks.append((m.start("m"), m.end(), -1, int(m.group("m")), ""))
    clocks.sort()
    instants = _instants_told_again(work, clocks, dates, zone)
    outer, beside = _told_beside(work, clocks)
    clocks = [
        c
        for c in clocks
        if c[0] not in outer and (c[0] in beside or not _converted(work, clocks, c[0]))
    ]
    # "…から同19分にかけて", "18시 10분경부터 18시 20분경까지 … 2발": a span gives no time, also
    # for two objects (that they were launched within it says nothing of one at each end); the
    # sentence is left as a TODO (_left_unread)
    clocks = [c for c in clocks if not vague_time(work, c[0], c[1])]
    hour = last_hour
    for start, end, written, minute, named in clocks:
        h = hour if written < 0 else written
        if h is None:
            continue
        elapsed = _ELAPSED_HOURS.search(work[:start]) if last_hour is not None else None
        if written >= 0 and (
            # round 28: the time read just before, in this sentence if it told one ("오전
            # 7시30분과 7시40분쯤" after an afternoon of the sentence before stays the morning)
            _same_half(work[start:end], h, hour)
            or (_same_half(work[start:end], h, h + 12) and (h + 12, minute) in afternoon)
            or (
                pm_before
                and _same_half(work[start:end], h, h + 12)
                and not _HALF_WORDS.search(work.replace("朝鮮", ""))
            )
        ):
            h += 12  # "오후 4시 59분" … "1분 빠른 4시 58분": the afternoon of the time before
        elif written >= 0 and elapsed and last_hour is not None and h < 12:
            # round 16: "午前6時40分頃に一発目を発射。11時間…7時26分頃に再発射": a time without its
            # half, told hours after the time before, is the half those hours lead to (the
            # nearer, within two hours); when neither half fits, no time
            later = last_hour + int(elapsed.group("n"))
            if _same_half(work[start:end], h, h + 12) and abs(h + 12 - later) <= 2:
                h += 12
            elif abs(h - later) > 2:
                continue
        hour = h
        if _ANNOUNCED.match(work[end : end + 12]) or _ANNOUNCED_BEFORE.search(work[:start]):
            continue
        if _ANNOUNCED_AGAIN.match(work, end):
            continue  # round 12: "이어 오전 8시 … 발사됐다고 한 번 더 발표했습니다": restated
        if _ALREADY.match(work[end : end + 16]):
            continue  # "午後0時5分ごろ、すでに落下したとみられる": the time it had fallen by
        opens = _SPEAKERS_TIME.match(work, end)
        if opens and opens.group(0).endswith('"') and work.count('"', 0, end) % 2:
            opens = None  # a straight quote that closes the quote the time is in
        announcer = _ANNOUNCER_AFTER.match(work, end)
        if (
            opens
            or (announcer and not re.search(r"北朝鮮|朝鮮|북한|북측", announcer.group("who")))
            or _FLASH_TIME.match(work, end)
            or _SAID_AT.search(work[max(0, start - 50) : start])
            or _OTHER_VERB_AFTER.match(work, end)
            or _MEETING_AFTER.match(work, end)
            or _SIGNS_AFTER.match(work, end)
            or _SIGNS_BEFORE.search(work[max(0, start - 80) : start])
            or _OTHER_VERB_BEFORE.search(work[max(0, start - 80) : start])
        ):
            continue  # the time a message was sent or a statement made, not the event's
        # (round 31: only with nothing but a bracket or "on" between, "at 6:25 a.m. (local
        # time) Wednesday"; not "at 6:25 a.m., followed Monday's test")
        after = [
            d
            for at, d in dates
            if end <= at <= end + 12 and _DAY_RIGHT_AFTER.fullmatch(work, end, at)
        ]
        last = end
        for a, b, *_ in (c for c in clocks if c[0] >= end):
            if after or language != "en" or not _LIST_JOIN_EN.fullmatch(work[last:a]):
                break
            # round 13: "at 4:35 and 4:38 p.m. Thursday": the day after a list is every time's
            after, last = [d for at, d in dates if b <= at <= b + 12], b
        before = [d for at, d in dates if at <= start]
        date = after[0] if after else (before[-1] if before else day)
        if not after and start in instants and not named:
            date = _day_of_instant(instants[start], h, minute, zone) or date
        if foreign and not named and start not in beside:
            continue  # round 32: "launched at 8:44 a.m." of China's launch: not Japan's clock
        given = _named_zone(named, date, zone)
        if date is None or given is None:
            continue  # no day, or a zone whose offset is not known ("Eastern Time"): no time
        moment = dt.datetime(date.year, date.month, date.day, h, minute, tzinfo=given)
        local_day = bool(before) and _LOCAL_DAY.match(
            work, max(at for at, _ in dates if at <= start)
        )
        if given != zone and not after and (not before or local_day):
            # round 14: also "the morning of March 22 in Korea (12:49 p.m. Hawaii time)"
            # "in the early hours of Thursday … at 2206 GMT": the day named is the local one;
            # the zoned time is the one that falls on it there (Wednesday 22:06 GMT)
            moment += dt.timedelta(days=(date - moment.astimezone(zone).date()).days)
        out.append((start, end, moment if given == zone else moment.astimezone(STATEMENT_ZONE)))
    return out


#: Round 31: what may stand between a time and the day told right after it ("7:09 a.m.
#: Thursday", "6:25 a.m., on Tuesday", "7시 10분(현지시간) 15일"): no verb.
_DAY_RIGHT_AFTER = re.compile(
    r"(?::\d{2}|\s*\d{1,2}\s*[秒초])?[\s,.]*(?:[(（][^()（）]{0,24}[)）]\s*)?"
    r"(?:on\s+|of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: A day told as the local one ("March 22 in Korea", "22 March, Seoul time"), read from the
#: day's position: a time in another zone after it is the one that falls on that day there.
_LOCAL_DAY = re.compile(
    r"[^.;()]{0,20}?\b(?:in\s+(?:South\s+)?Korea|in\s+Japan|in\s+Seoul|in\s+Tokyo|"
    r"(?:Korea|Korean|Seoul|Japan|Tokyo)\s+time|local\s+time)\b",
    re.IGNORECASE,
)


def _named_zone(named: str, date: dt.date | None, zone: dt.timezone) -> dt.timezone | None:
    """The zone a time is in: the statement's (``zone``) when the text names none, else the
    one it names (:data:`~layers.numbers.TIME_ZONES`: "UTC", "+03:00", "Pyongyang" by the
    date); None for a zone whose offset is not known.

    Examples
    --------
    >>> day = dt.date(2024, 10, 31)
    >>> [str(_named_zone(n, day, STATEMENT_ZONE)) for n in ("", "UTC", "+03:00", "Pyongyang", "?")]
    ['UTC+09:00', 'UTC', 'UTC+03:00', 'UTC+09:00', 'None']
    >>> str(_named_zone("Pyongyang", dt.date(2017, 3, 6), STATEMENT_ZONE))
    'UTC+08:30'
    """
    if not named:
        return zone
    if named == "UTC":
        return dt.UTC
    if named == "Pyongyang":
        start, end, offset = PYONGYANG_TIME
        inside = date is not None and start <= date <= end
        return dt.timezone(offset) if inside else STATEMENT_ZONE
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", named)
    if m is None:
        return None
    delta = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return dt.timezone(delta if m.group(1) == "+" else -delta)


#: round 17: the event told as not confirmed, whatever its place ("have not been confirmed to
#: have dropped within …", "could not confirm that it fell", "No missile has been confirmed to
#: have landed"): nothing reported, so no event (in English the denial comes before the verb).
_UNCONFIRMED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no(?:\s+\w+)?)|n['’]t)\s+(?:(?:has|have|had|was|were|is|are|yet|been|be|"
    r"officially|independently)\s+){0,3}confirm(?:ed)?\s+(?:to\s+have|that|whether|if)\b[^,;.:]{0,50}$|"
    r"\b(?:unconfirmed|no\s+confirmation)\b[^,;.:]{0,40}$",
    re.IGNORECASE,
)
#: round 17: the same after the verb in Japanese and Korean ("落下したかどうかは確認されていない",
#: "落ちたかは確認できていない", "떨어졌는지 여부는 아직 확인되지 않았다").
_UNCONFIRMED_AFTER = re.compile(
    r"^[^、。,.]{0,10}?(?:こと|か(?:どうか)?|の)(?:は|も|が)?\s*(?:まだ|現時点で)?\s*確認"
    r"(?:されて|して|できて|でき|され)?(?:い|お)?(?:な[いかく]|ず|ませ)|"
    r"^[^,.。]{0,12}?(?:는지|은지|ㄴ지|지)\s*(?:여부\s*)?(?:는|도|가)?\s*(?:아직\s*)?"
    r"확인(?:되|하|할\s*수)?\s*(?:지\s*(?:않|못)|없)"
)


#: round 28: a verb in a relative clause whose noun was not confirmed ("EEZに落下するという弾道
#: ミサイルは確認されなかった", "落下したとの情報は確認されていない"): nothing is told to have
#: happened (the gap stops at a clause's end: "落下したとみられ、被害は確認されていない" is a fall).
_UNCONFIRMED_NOUN_AFTER = re.compile(
    # (the noun alone: not "発射したミサイルの落下地点は確認されていない", the launch told)
    r"^(?:する|した|して(?:いる|いた))?(?:という|との)?[^、。,.とでの]{0,12}?(?:は|も)\s*"
    r"(?:まだ|現時点で|これまでに)?\s*確認(?:されて|できて|して|され|でき)(?:い|お)?"
    r"(?:な[いかく]|ず|ませ)"
)


#: Round 32: a first-time remark about a fall ("…がEEZ内に落下するのは初めて", "…에 떨어진
#: 것은 처음이다", "marking the first time that … have dropped within …"): the launch compared
#: with earlier ones; where the statement has told that fall before, it is no fall of its own.
_FIRST_TIME_FALL = re.compile(
    r"(?:落下|落ち|着弾)(?:する|した|た)?の(?:は|が)\s*(?:今回が\s*)?(?:史上\s*)?初|"
    r"(?:떨어진|떨어지는|낙하한|낙하하는|탄착한)\s*(?:것은|것이|건|게)\s*(?:이번이\s*)?"
    r"[^.,]{0,12}?처음|"
    r"\b(?:marking|marks?|marked|was|is|it['’]s|as|be)\s+(?:the\s+|a\s+)?first\s+time\b"
    r"[^.;:]{0,80}\b(?:fell|fallen|landed|dropped|came\s+down|come\s+down)\b",
    re.IGNORECASE,
)


def _negated(work: str, m: re.Match[str]) -> bool:
    """Whether the verb at ``m`` is denied or spoken of as a possibility ("発射していない",
    "Jアラート発令は見送り", "발령하지 않았다", "was not issued", "could fall").

    Examples
    --------
    >>> text = "Jアラート発令は見送りとなりました。"
    >>> _negated(text, re.search("発令", text))
    True
    >>> text = "The J-Alert was not issued; it was issued later."
    >>> [_negated(text, m) for m in re.finditer("issued", text)]
    [True, False]
    """
    return bool(
        _NOT_REPORTED.search(work[m.end() : m.end() + 12])
        or _NOT_BEFORE.search(work[max(0, m.start() - 30) : m.start()])
        or _UNCONFIRMED_BEFORE.search(work[max(0, m.start() - 90) : m.start()])
        or _UNCONFIRMED_AFTER.search(work[m.end() : m.end() + 40])
        or _UNCONFIRMED_NOUN_AFTER.search(work[m.end() : m.end() + 40])
    )


#: A fall on an island the statement does not name ("근처의 다른 무인도에 떨어진", "無人島に落下",
#: "struck an uninhabited island"): no place to put it, so no fall but a TODO.
_ISLAND_AT = r"(?:무인도|無人島|(?<![가-힣])섬)\s*(?:에|に)"
_UNNAMED_ISLAND_BEFORE = re.compile(_ISLAND_AT + r"\s*$")
_UNNAMED_ISLAND = re.compile(
    _ISLAND_AT + r"\s*(?:떨어|낙하|탄착|落下|着弾)|"
    r"\b(?:struck|hit|landed\s+on|fell\s+on|crashed\s+(?:on|into))\s+(?:an?\s+|the\s+)?"
    r"(?:(?:uninhabited|unnamed|small|deserted)\s+)+(?:island|islet)\b",
    re.IGNORECASE,
)


#: round 13: an island named as the presumed target ("표적이 … 앞바다의 무인도 ‘X섬’이라 추정",
#: "標的は…沖の無人島", "its target was an island"): a place the draft cannot put, a TODO.
_TARGET_ISLAND = re.compile(
    r"(?:표적|목표물?)(?:이|은|는|으로)\s[^.]{0,40}?(?:무인도|섬)|"
    r"(?:標的|目標)(?:は|が|に)[^。]{0,30}?(?:無人島|島)|"
    r"\btarget(?:ed)?\b[^.]{0,30}?\b(?:island|islet)\b",
    re.IGNORECASE,
)
#: round 13: a flight that ended over land ("did not leave the nation's territory", "北朝鮮の
#: 内陸部に落下", "북한 내륙에 떨어졌다"): nothing a map can place, a TODO.
_FALL_ON_LAND = re.compile(
    r"\b(?:(?:did\s+not|didn['’]t)\s+(?:leave|exit)|never\s+(?:left|exited))\s+(?:the|its)\s+"
    r"(?:(?:nation|country|North)['’]s\s+)?(?:own\s+)?(?:territory|airspace|land)\b|"
    r"(?:北朝鮮|同国|自国)の?\s?(?:内陸部?|領内|領土内?)に\s?(?:落下|落ち)|"
    r"(?:북한|자국)의?\s*(?:내륙|영토|영내)(?:\s*지역)?에\s*(?:떨어|낙하)",
    re.IGNORECASE,
)


#: A target struck ("…궤상봉등판의 목표점을 강타", "標的に命中", "hit the target"), as North Korea
#: tells where its missiles came down: a place the gazetteer rarely knows, left as a TODO.
_STRUCK_TARGET = re.compile(
    # (round 20: "표적을 명중 타격", "標的を命中打撃", "hit preset targets")
    # (round 22: "표적에 명중", "標的に「命中」", "before reaching their targets")
    r"(?:목표(?:점|물)?|표적)(?:을|를|에)\s*(?:강타|타격|명중)|(?:目標|標的)(?:点)?に\s?[「『]?命中|"
    r"\bbefore\s+(?:reaching|hitting|striking)\s+(?:(?:a|the|its|their)\s+)?(?:\w+\s+)?targets?\b|"
    # round 21: a target island struck ("目標の島に命中", "標的の島に命中", "목표 섬에 명중")
    r"(?:目標|標的)(?:の|となる)島に\s?命中|(?:목표|표적)\s*섬(?:을|를|에)\s*(?:명중|타격)|"
    r"(?:目標|標的)(?:点)?を\s*(?:正確に)?\s*(?:命中|打撃|撃破)|"
    r"\b(?:struck|hit)\s+(?:(?:a|the|its|their)\s+)?(?:\w+\s+)?targets?\b",
    re.IGNORECASE,
)


#: Round 31: the territorial waters denied together with the zone ("EEZと領海には落下していない",
#: "EEZ와 영해에는 떨어지지 않은", "in Japan's EEZ or its territorial waters"): the zone's denial.
_AND_WATERS_JA = r"(?:(?:と|や|及び|および|、)\s*(?:日本の|我が国の)?領海)?"
_AND_WATERS_KO = r"(?:\s*(?:와|과|및|이나|나)\s*(?:일본\s*)?영해)?"
_AND_WATERS_EN = (
    r"(?:\s+(?:or|and|nor)\s+(?:(?:its|Japan['’]s|the|their)\s+)?territorial\s+(?:waters|seas?))?"
)
#: Round 31: the denial after "EEZには落下" in every tense ("しなかったと推定", "していないと
#: みられ", "しておらず"), and after "EEZ에는 떨어지" / "낙하하" ("…지 않았다", "…지 않은 것으로").
_FALL_DENIED_AFTER_JA = (
    r"し(?:なかった|ませんでした)\s*と(?:推定|みられ|見られ)|"
    r"し(?:ていない|ておらず|ていません)(?=\s*(?:と(?:推定|みられ|見られ|考えられ)|[、。,]|$))"
)
_NO_FALL_INTO_ZONE_KO = re.compile(
    r"(?:배타적\s*경제\s*수역|EEZ)\)?(?:\s*\([^()]{1,20}\))?"
    + _AND_WATERS_KO
    + r"\s*(?:안|내)?\s*(?:에|으로|로)(?:는|도)\s*$"
)
#: A zone after a denied fall ("did not fall into Japan's exclusive economic zone"): the fall
#: is told, outside the zone (:func:`_zones` turns the side).
_DENIED_ZONE = re.compile(
    r"\s+(?:in|into|inside|within)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:exclusive economic zones?|economic exclusive zones?|EEZ)\b"
    + _AND_WATERS_EN  # round 31: "… or its territorial waters"
    + r"(?=\s*(?:[.,;]|$))",  # (not "… zone at 8:10 a.m.": a denial for a time, no item)
    re.IGNORECASE,
)


#: round 13: a fall into the zone denied in Japanese ("EEZの内側への落下はないと推定"): a fall
#: told outside the zone (not "…への落下は確認されていない", a fall not confirmed: no fall).
_NO_FALL_INTO_ZONE_JA = re.compile(
    r"(?:排他的経済水域|EEZ)\)?(?:\([^()]{1,20}\))?"
    + _AND_WATERS_JA
    + r"(?:の)?(?:内側|内|中)?(?:へ|に)(?:の|は|も)?$"
)


#: A target struck in a sea, in English ("precisely struck the set target in the East Sea").
_STRUCK_IN_SEA = re.compile(
    r"\b(?:struck|hit)\s+(?:(?:a|the|its|their)\s+|(?=preset|designated|set)\b)"
    r"(?:[\w-]+\s+){0,3}?targets?\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Round 21: the same in Japanese and Korean, the target told as set in the sea ("日本海に設定
#: された標的に命中", "동해에 설정된 표적을 명중"): a fall in that sea (not "동해에 설정된 … 비행
#: 궤도", a course over it).
_STRUCK_IN_SEA_CJK = re.compile(
    r"(?:上|상)?\s*(?:に|에)\s*(?:設定された|設定した|설정된|설정한)\s*(?:標的|目標|표적|목표)(?:点|물)?\s*"
    r"(?:に\s*(?:正確に\s*)?命中|を\s*(?:正確に\s*)?(?:命中|打撃)|(?:을|를)\s*(?:정확히\s*)?(?:명중|타격|강타))"
)


def _events(sentence: _Sentence, names: Sequence[NameFound]) -> list[_Event]:
    """The verbs of a sentence that say what happened, in order; consecutive launch verbs
    ("打ち上げを目的として…発射") are one launch."""
    work, language = sentence.work, sentence.language
    found: list[_Event] = []
    distances = [
        (r.distance.start, r.distance.end) if r.distance else r.span
        for r in sentence.positions
        if r.spec.origin is not None
    ]
    for kind, pattern in _VERBS[language].items():
        for m in re.finditer(pattern, work, re.IGNORECASE):
            if (
                _negated(work, m)
                and not (
                    kind == "fall"
                    and (
                        _NO_FALL_INTO_ZONE_JA.search(work[max(0, m.start() - 24) : m.start()])
                        and re.match(
                            # round 14: "EEZには落下しなかったと推定"
                            r"(?:は|も)\s*(?:な[いく]|ありません)|" + _FALL_DENIED_AFTER_JA,
                            work[m.end() :],
                        )
                    )  # round 13: "EEZの内側への落下はない" is a fall outside it (_zones)
                )
                and not (
                    kind == "fall"
                    and _NO_FALL_INTO_ZONE_KO.search(work[max(0, m.start() - 30) : m.start()])
                    and re.match(r"(?:지|하지)\s*않", work[m.end() :])
                )  # round 31: "EEZ에는 떨어지지 않았다" is a fall outside it (_zones)
                and not (
                    kind == "fall"
                    and _DENIED_ZONE.match(work, m.end())
                    and re.search(
                        r"(?<!could )(?<!may )(?<!might )(?<!would )\b(?:not|never)\s+$|"
                        r"(?<!could)(?<!would)n['’]t\s+$",
                        work[max(0, m.start() - 16) : m.start()],
                    )
                )
            ):
                continue  # (round 12: "did not fall into Japan's EEZ" is a fall outside it)
            if (
                m.group(0).startswith("떨어")
                and any(a <= m.start() <= b + 3 for a, b in distances)
                and not re.search(r"에\s*$", work[: m.start()])  # round 14: "167㎞에 떨어졌다"
            ):
                continue  # "250㎞ 떨어진": a distance away, not a fall
            if kind == "fall" and _UNNAMED_ISLAND_BEFORE.search(
                work[max(0, m.start() - 12) : m.start()]
            ):
                continue  # "다른 무인도에 떨어진": an island no name places (a TODO, _left_unread)
            found.append(_Event(kind, m.start(), m.end()))
    if language in _FROM_MARK and not any(e.kind == "launch" for e in found):
        found += _launch_without_verb(sentence, names)
    if language in _FROM_MARK and not any(e.kind == "launch" for e in found):
        found += _ordinal_times(sentence)
    point = _FALL_POINT.search(work)
    if point and not any(e.kind == "fall" for e in found):
        found.append(_Event("fall", point.start(), point.end()))  # "the point of impact is …"
    found.sort(key=lambda e: e.start)
    merged: list[_Event] = []
    for event in found:
        if (
            merged
            and merged[-1].kind == event.kind == "launch"
            and not _own_times(sentence, merged[-1], event)
            and not work[: event.start].endswith("항적")  # round 12: a further track detected
        ):
            merged[-1] = _Event("launch", merged[-1].start, event.end)
            continue
        merged.append(event)
    return merged


#: A launch verb as a relative clause ("05:05경에 발사된 …은", "5時5分ごろ発射された…は").
_LAUNCHED_THAT = re.compile(
    r"(?:된|한|された|した)(?=[^,.、。]{0,16}?(?:미사일|탄도|ミサイル|弾道))"
)


def _own_times(sentence: _Sentence, first: _Event, second: _Event) -> bool:
    """Whether two launch verbs of a Japanese or Korean sentence are two launches: each a
    relative clause with a time of its own ("05:05경에 발사된 … 600여 km를 비행하였으며, 05:15경
    발사된 탄도미사일은 120여 km"), not one launch told twice.

    Examples
    --------
    >>> _LAUNCHED_THAT.match("된 북한의 단거리 탄도미사일은") is not None
    True
    """
    if sentence.language == "en":
        return False
    work = sentence.work
    between = [c for c in sentence.clocks if first.end <= c[0] < second.start]
    before = [c for c in sentence.clocks if c[0] < first.start]
    # (round 25: times in a span count here too, "6시20분부터 10분간 … 10발을 발사한데 이어")
    told = [c.start for c in find_clock_times(work, vague=True)]
    told_between = [at for at in told if first.end <= at < second.start]
    told_before = [at for at in told if at < first.start]
    if (
        told_between
        and told_before
        and _SALVO_COUNT.search(work[told_before[-1] : first.start])
        and _SALVO_COUNT.search(work[told_between[0] : second.start])
        and _SALVO_JOIN.match(work, first.end)
    ):  # round 22: "오후 6시20분께 … 10발을 발사하고, 오후 8시3분께 8발을 추가로 발사했다"
        # (round 25: spans too, "6시20분부터 10분간 … 10발을 발사한데 이어 … 8시03분부터
        # 5분까지 8발을 발사하고, … 9시28분께 … 7발을 쏘았다")
        return True
    also = [
        c.end for c in find_clock_times(work, vague=True) if first.end <= c.start < second.start
    ]
    if (
        told_before
        and also
        and re.match(
            r"[^、。,.\d]{0,6}?(?:にも|에도)\s*(?:\d+\s*(?:発|발)\s*(?:を|을|를)?)?\s*$",
            work[also[-1] : second.start],
        )
        and re.search(
            r"(?:その後|続いて|이어|이후|그\s*뒤)\s*[、,]?[^、。,.]{0,12}$",
            work[first.end : also[-1]],
        )
    ):  # round 26: "午後3時54分頃に…を発射し、…飛翔、その後、午後4時2分頃にも発射し": the
        # second at a time of its own, "also at" it
        return True
    return bool(
        between
        and before
        and _LAUNCHED_THAT.match(work, first.end)
        and _LAUNCHED_THAT.match(work, second.end)
        and re.search(r"[、,]", work[first.end : between[-1][0]])
    )


#: A count of objects just before a launch verb ("10발을 발사", "8発を追加で発射", "8발을 추가로").
_SALVO_COUNT = re.compile(
    r"\d+\s*(?:발|発)\s*(?:을|를|を)?\s*(?:추가로|더|さらに|追加で|追加)?\s*$"
)
#: The end of a first launch verb that joins a second clause ("발사하고,", "発射し、").
_SALVO_JOIN = re.compile(
    r"\s*(?:(?:하고|했고|하였고|し|して)\s*[,、]|"
    # round 25: "10발을 발사한데 이어", "10発を発射したのに続いて"
    r"한\s*(?:데|뒤|후)\s*이어|(?:した|し)(?:のに続いて|のに続き|後、|た後))"
)


def _launch_without_verb(sentence: _Sentence, names: Sequence[NameFound]) -> list[_Event]:
    """A launch told as "from PLACE … flew" ("北朝鮮の西岸付近から…飛翔", "동창리 일대에서 …
    날아간"): the "from" after a launch site or North Korea, when a flight verb follows."""
    work, language = sentence.work, sentence.language
    for found in names:
        if not any(_launch_rank(e) < 3 for e in found.entries):
            continue
        mark = re.match(r"[^、。,]{0,8}?" + _FROM_MARK[language], work[found.end :])
        flew = mark and re.search(_FLEW[language], work[found.end + mark.end() :])
        if mark and flew:
            start = found.end + mark.end()
            return [_Event("launch", start, start + flew.end())]
    return []


#: A missile's time told by its order, without a verb ("1発目は1時47分頃、2発目は…", "첫 번째는
#: 오전 7시 5분, 두 번째는 …").
_ORDINAL_TIME = {
    "ja": r"(?:[1-9]|[一二三四五六七八九])\s*発目\s*(?:は|が)\s*(?:同日?|午前|午後|未明の?)?\s*\d",
    "ko": r"(?:첫|두|세|네|[1-9])\s*(?:번째|발째)(?:\s*(?:미사일|발사체))?\s*(?:는|은|가)\s*"
    r"(?:오전|오후|새벽)?\s*\d",
}


def _ordinal_times(sentence: _Sentence) -> list[_Event]:
    """A sentence that gives each missile its time by its order, without a launch verb ("1発目は
    1時47分頃、2発目は1時53分頃で、いずれも…"): a launch told by its times, up to the last of
    them; none when the sentence tells no time, or a time of its own ("1発目は…に落下": a fall
    verb, read as such)."""
    starts = [m.start() for m in re.finditer(_ORDINAL_TIME[sentence.language], sentence.work)]
    times = [c for c in sentence.clocks if starts and c[0] >= starts[0]]
    if len(starts) < 1 or not times:
        return []
    return [_Event("launch", starts[0], times[-1][1])]


#: The time told after a launch's "時刻について" / "시각은" (up to its hedge).
_TOLD_TIME = re.compile(
    r"\d{1,2}\s*(?:時|시|:)(?:\s*\d{1,2}\s*(?:分|분)?)?\s*(?:ごろ|頃|쯤|경|께)?"
)


#: Round 33: a time qualified by the launch clause just before it ("発射したとみられる6時42分",
#: "발사한 것으로 추정되는 오전 6시 42분").
_TIME_OF_LAUNCH_AFTER = re.compile(
    r"(?:した|された)(?:とみられる|とされる|と推定される)?\s?(?:午前|午後)?\s?\d{1,2}\s?時"
    r"(?:\s?\d{1,2}\s?分)?(?=\s?(?:から|の|に|ごろ|頃))|"
    r"(?:한|된)\s*(?:것으로\s*(?:추정|보이|알려지)(?:되는|는)\s*)?(?:오전|오후)\s*\d{1,2}\s*시"
    r"(?:\s*\d{1,2}\s*분)?(?=\s*(?:부터|의|에|쯤|경|께))"
)


def _segments(events: Sequence[_Event], work: str, language: str) -> list[tuple[int, int]]:
    """The stretch of text each event's details are in: before its verb in Japanese and
    Korean (after the previous event; "発射時間は…" after it), after it in English (up to the
    next)."""
    bounds: list[tuple[int, int]] = []
    told_after = -1  # where the clause of a time told after its verb ends ("発射時刻は…、")
    for i, event in enumerate(events):
        following = events[i + 1].start if i + 1 < len(events) else len(work)
        if language == "en":
            start = 0 if i == 0 and event.kind == "launch" else event.start
            bounds.append((start, following))
            continue
        start = max(events[i - 1].end if i else 0, told_after)
        if _TIME_AFTER.match(work[event.end :]):
            # round 12: "発射時刻について午後2時50分頃と述べ、…落下推定地点": the time is the
            # launch's; the next verb's details start after its clause
            told = _TOLD_TIME.search(work, event.end, following)
            told_after = told.end() if told else told_after
            bounds.append((start, following))
        elif _FALL_POINT.match(work[event.start :]):
            bounds.append((start, following))
        elif event.kind == "launch" and (told := _TIME_OF_LAUNCH_AFTER.match(work, event.end)):
            # round 33: "北朝鮮がミサイルを発射したとみられる6時42分から4分後の…": the time the
            # launch clause qualifies
            bounds.append((start, told.end()))
        elif event.kind == "launch" and _LAUNCH_AS_SUBJECT.match(work, event.end, following):
            # round 25: "…발사가 13일 오전 7시 38분 …발사장에서 진행됐다", "発射は…で行われた":
            # the launch as the subject, its time and site told after it
            bounds.append((start, following))
        elif (
            i == len(events) - 1
            and event.kind == "launch"
            and _SITE_AFTER_VERB.match(work, event.end)
            and not re.search(r"[。.!?」』\"”]\s*$", work)
        ):  # round 25: a headline's site after its verb ("미사일 4발 발사..동창리에서 …")
            bounds.append((start, len(work)))
        else:
            bounds.append((start, event.end))
    return bounds


#: Round 25: a flight told as far as a sea ("日本海海上まで約70kmから200kmまで飛行", "동해상까지
#: 약 70km에서 200km까지 비행"): a fall in that sea (:meth:`_Reader.flown_to_sea`).
_FLOWN_TO_SEA = {
    "ja": r"(?:の)?(?:海上|上)?\s*まで[^。、]{0,30}?(?:飛行(?!機)|飛翔(?!体)|飛ん)",
    "ko": r"(?:상|해상)?\s*까지[^.]{0,30}?(?:비행(?!기)|날아)",
}
#: Round 25: the launch as the subject of "carried out" ("발사가 … 진행됐다", "発射は…行われた").
_LAUNCH_AS_SUBJECT = re.compile(
    r"(?:가|는|は|が)(?![^.。]{0,60}?(?:있은|뒤|후에|後に|のあと|の後))\s*[^.。]{0,60}?"
    r"(?:에서|で)\s*(?:성공적으로\s*)?"
    r"(?:진행(?:됐|되었|했)|실시(?:됐|되었)|이뤄졌|이루어졌|行われ|実施され)"
)
#: Round 25: a site told after the launch verb in a headline, after "..", "…" or a comma
#: ("北, 미사일 4발 발사..동창리에서 대동강 방향 이례적", "…2発発射、新浦から日本海へ").
_SITE_AFTER_VERB = re.compile(
    r"[^\s.。…,、]{0,3}\s*(?:\.{2,}|…|,|、)\s*[^.。…,、]{1,24}?(?:에서|から)"
)


_DIRECTIONS_EN = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE", "northwest": "NW",
    "southeast": "SE", "southwest": "SW",
    # round 31: the sixteen points ("east-northeast": ENE, never its first half, E)
    "northnortheast": "NNE", "eastnortheast": "ENE", "eastsoutheast": "ESE",
    "southsoutheast": "SSE", "southsouthwest": "SSW", "westsouthwest": "WSW",
    "westnorthwest": "WNW", "northnorthwest": "NNW",
}  # fmt: skip
_COMPASS_EN = (
    r"((?:north|south)[- ]?(?:north|south)-?(?:east|west)|(?:east|west)[- ]?(?:north|south)-?"
    r"(?:east|west)|north-?east|north-?west|south-?east|south-?west|north|south|east|west)"
)


def _direction(text: str, language: str) -> str:
    """The flight direction a launch clause gives ("東方向に", "北東におよそ1000キロ",
    "付近から東に", "남쪽 방향으로", "eastward", "in a southerly direction")."""
    if language == "ja":
        m = (
            re.search(r"([東西南北]{1,3})(?:の)?(?:方向|方角|[にへ]向け)", text)
            or re.search(
                # round 13: not "男鹿半島から西に約300キロに落下" (a fall's bearing from a place)
                r"(?<![東西南北])(?<!から)(?<!より)(?<!から\s)"
                r"([東西南北]{1,3})(?:に|へ)(?:約|およそ)?\s*[\d一二三四五六七八九十百千]",
                text,
            )
            # "西岸付近から東に弾道ミサイルを発射": the way it was fired from its site
            # (round 13: before the launch verb; "…発射し、ミサイルは男鹿半島から西に約300キロに
            # 落下" is the fall's bearing)
            or re.search(
                # (round 25: "発射場近隣から南側に発射し", the side it was fired to)
                r"(?:から|より)\s*([東西南北]{1,3})側?(?:に|へ)(?![東西南北])"
                r"(?![^、。]{0,16}?(?:落下|落ち|着弾))",
                re.split(r"発射(?:し|して|した)[、,]", text, maxsplit=1)[0],
            )
            # round 10: "元山付近から東北方面の海上に発射": the way it was fired, told as 方面
            or re.search(r"(?:から|より)\s*([東西南北]{1,3})方面(?:の(?:海上|海域))?[にへ]", text)
            # round 12: "弾道ミサイルを東方に発射": 東方 with the verb (not "東方の日本海に落ちた")
            or re.search(r"([東西南北]{1,3})方[にへ](?=[^、。]{0,12}?(?:発射|撃|飛))", text)
            # round 20: "海岸から北東の日本海へ向け", "飛翔体を北東の日本海側に向けて" (the way to a
            # sea, after the site or the object; not "朝鮮半島東の日本海に落下", a side of a place)
            or re.search(
                r"(?:から|より|を)\s*([東西南北]{1,3})の(?:日本海|東海|黄海|東シナ海|海上|海域)(?:側)?"
                r"\s*[にへ]\s*向け",
                text,
            )
            # round 27: "西方の黄海上に巡航ミサイル数発を発射" (the way to a sea on one side, before
            # the verb; or ending a headline after it, "…発射 今年4回目、西方の黄海上に"); not
            # "朝鮮半島西方の黄海に" (a side of a place) nor "東方の日本海に落下" (a fall)
            or re.search(
                r"(?<![\u4e00-\u9fffァ-ヴー])([東西南北]{1,3})方の(?:日本海|東海|黄海|東シナ海)"
                r"(?:上|海上)?\s*[にへ](?=[^、。]{0,16}?発射)",
                text,
            )
            or re.search(
                r"発射(?![さしすせ])[^、。]{0,12}?、\s*([東西南北]{1,3})方の(?:日本海|東海|黄海|東シナ海)"
                r"(?:上|海上)?\s*[にへ]\s*$",
                text,
            )
            # round 25: "ミサイルを東の日本海方向に発射" (the way to a sea, told with 方向)
            or re.search(
                r"(?<![東西南北])([東西南北]{1,3})の(?:日本海|東海|黄海|東シナ海|海上|海域)(?:側)?"
                r"\s*方向\s*[にへ]",
                text,
            )
        )
    elif language == "ko":
        m = (
            re.search(
                # round 20: "동북부 방향으로" (부 before 방향 only: "동북부로", "동북부 지역" are
                # parts of a country)
                r"(?<![가-힣])([동서남북]{1,3})(?:(?:쪽|방)?\s*(?:방향|으로)|부\s*방향)",
                text,
            )
            or re.search(
                # round 18: also "북동쪽 동해 방향으로" (the compass word, then the sea's way)
                # (round 19: "북동쪽 공해 상으로", a space before 상)
                r"(?<![가-힣])([동서남북]{1,3})(?:쪽|방)\s+[가-힣]{1,4}?(?:\s?상)?\s*(?:방향\s*)?으로",
                text,
            )
            or re.search(
                # round 27: "북동쪽 육지방향인 … 해상으로" (the way told as towards the land or sea)
                r"(?<![가-힣])([동서남북]{1,3})쪽\s*(?:육지|내륙|바다|해상)\s*방향(?:인|의|으로)",
                text,
            )
            or re.search(
                # round 28: "동북방 내륙 지역으로" (the way to the land on that side; the
                # inland is a TODO, _TOWARD_INLAND)
                r"(?<![가-힣])([동서남북]{1,3})(?:쪽|방)\s*(?:육지|내륙)\s*(?:지역|지방)?\s*(?:방향)?\s*으로",
                text,
            )
        )  # "동쪽 동해상으로": eastward, into the East Sea
        if m is not None and _SIDE_OF_PLACE_KO.match(text, m.end(1)):
            before = text[: m.start(1)].rstrip()
            if any(n.end == len(before) for n in load_gazetteer().names_in(before)):
                return ""  # round 23: "원산 동북방 해상으로" (the sea on that side of the place)
    else:
        m = (
            re.search(rf"\b{_COMPASS_EN}(?:wards?|erly)\b", text, re.IGNORECASE)
            or re.search(
                rf"\b{_COMPASS_EN}(?:ern|erly)?\s+(?:direction|path|trajectory)\b",
                text,
                re.IGNORECASE,
            )
            # round 25: "towards the northeastern sea" (the way to a sea; not "into its
            # eastern waters", a side of the country)
            or re.search(rf"\btowards?\s+the\s+{_COMPASS_EN}ern\s+(?:sea|waters)\b", text, re.I)
            # round 28: "toward the northeastern inland areas" (the inland is a TODO,
            # _TOWARD_INLAND)
            or re.search(
                rf"\btowards?\s+(?:the\s+)?{_COMPASS_EN}ern\s+(?:inland|interior)\b", text, re.I
            )
            or re.search(
                rf"(?<!according )\b(?:towards?|to)\s+the\s+{_COMPASS_EN}\b"
                r"(?![\s-]+(?:Sea|China|coast|of|Korean?|Pacific|Atlantic|Indian)\b)",
                text,
                re.IGNORECASE,
            )
        )
        if (
            m is None
            or _TWO_WAYS.search(text[: m.start(1)])
            or _TWO_WAYS_AFTER.match(text, m.end(1))
        ):
            return ""
        return _DIRECTIONS_EN.get(re.sub(r"[- ]", "", m.group(1).lower()), "")
    if m is None or _TWO_WAYS.search(text[: m.start(1)]) or _TWO_WAYS_AFTER.match(text, m.end(1)):
        return ""  # round 14: "「東と西の方向」に…少なくとも10発": two ways, no one direction
    return compass_word(m.group(1))


#: Round 23: a side told as "방", then the sea ("원산 동북방 해상으로 발사한"): after a place's
#: name it is the sea on that side of the place, where the missiles went, not the way they flew
#: (a TODO, _left_unread); "원산에서 동북방 해상으로" (after the place's particle) stays the way.
# (round 31: also with 쪽, "한반도 서쪽 해상으로", "함흥 남동쪽 먼바다로")
_SIDE_OF_PLACE_KO = re.compile(r"(?:방|쪽)\s*(?:먼\s*)?(?:해상|해역|바다|공해|앞바다|먼바다)")


#: A compass word joined to another ("東と西の方向", "동쪽과 서쪽으로", "east and west"): the day's
#: missiles went two ways, so neither is a launch's direction.
_TWO_WAYS = re.compile(
    r"(?:[東西南北]\s*(?:と|や|・|及び|および)|[동서남북](?:쪽|방)?\s*(?:과|와|및)|"
    r"\b(?:north|south|east|west)\w*\s+(?:and|or)|\b(?:both|either))\s*$",
    re.IGNORECASE,
)
_TWO_WAYS_AFTER = re.compile(
    r"(?:\s*(?:と|や|・|及び|および)\s*[東西南北]|(?:쪽|방)?\s*(?:과|와|및)\s*[동서남북]|"
    r"\w*\s+(?:and|or)\s+(?:the\s+)?(?:north|south|east|west))",
    re.IGNORECASE,
)


def _city_names(work: str, language: str, names: Sequence[NameFound]) -> list[NameFound]:
    """``names`` with the cities a launch is told from, where the gazetteer has them under
    their full name: "亀城(クソン)付近から" is 亀城市, "구성 일대에서" 구성시, "the Kusong
    region" Kusong City (where "Kusong" alone names the airfield)."""
    gazetteer = load_gazetteer()
    # round 24: "공중에서 폭발해", "개발해 온": the verb -발하다, not 발해 (the Bo Hai)
    out = [f for f in names if not (f.text == "발해" and _HANGUL_BEFORE.search(work, 0, f.start))]
    if language == "en":
        north = gazetteer.find("North Korea")
        for m in _THE_NORTH.finditer(work):  # "the North fired": North Korea, as Seoul says it
            if _PLACE_IN_BEFORE.search(work, 0, m.start()) and work.startswith(("'", "’"), m.end()):
                continue  # round 23: "waters northeast of Wonsan in the North's Gangwon Province"
            if isinstance(north, Region) and not any(f.start <= m.start() < f.end for f in out):
                out.append(NameFound(m.start(), m.end(), m.group(0), (north,)))
        # (round 13: "from a site in the vicinity of Bukchang": after "vicinity of" too)
        for m in re.finditer(r"\b(?:from|in|at|near|vicinity of)\s+(?P<w>[BDGJ][a-z]{3,})\b", work):
            if any(f.start < m.end("w") and m.start("w") < f.end for f in out):
                continue
            variant = _mccune_reischauer(m.group("w"), gazetteer)
            if variant is not None:
                out.append(NameFound(m.start("w"), m.end("w"), m.group("w"), (variant,)))
        out.sort(key=lambda f: f.start)
        for i, found in enumerate(out):
            # "Kusong", "the Kusong region", "the city of Kusong": a city named without "City"
            # is the city, not an airfield of the same short name (as 亀城 is 亀城市)
            city = gazetteer.find(f"{found.text} City")
            if isinstance(city, Place) and city.kind == "launch_site":
                out[i] = NameFound(found.start, found.end, found.text, (city,))
        return out
    for m in _SITE_WORD[language].finditer(work):
        if any(f.start < m.end("w") and m.start("w") < f.end for f in names):
            continue
        word = m.group("w")
        for start in range(len(word) - 1):  # "西岸亀城": the longest end that names a city
            city = next(
                (c for c in (gazetteer.find(word[start:] + x) for x in _CITY_SUFFIXES[language])
                 if isinstance(c, Place)),
                None,
            )  # fmt: skip
            if city is not None:
                out.append(NameFound(m.start("w") + start, m.end("w"), word[start:], (city,)))
                break
    return sorted(out, key=lambda f: f.start)


#: A Hangul syllable right before a name: the name is the end of another word.
_HANGUL_BEFORE = re.compile(r"[가-힣]$")


#: Korean initial consonants that the Revised Romanization writes voiced and McCune-Reischauer
#: voiceless ("Banghyon" / "Panghyon", "Dongchang" / "Tongchang"): the gazetteer's English names
#: are mostly McCune-Reischauer.
_RR_TO_MR = (("B", "P"), ("D", "T"), ("G", "K"), ("J", "Ch"))


def _mccune_reischauer(word: str, gazetteer: Any) -> Place | None:
    """The launch site an English word names in the other romanization of its first consonant
    ("from Banghyon": Panghyon Airport), or None (only a launch site: "Bonn" is no "Ponn").

    Examples
    --------
    >>> _mccune_reischauer("Banghyon", load_gazetteer()).name
    'Panghyon Airport'
    >>> _mccune_reischauer("Bonn", load_gazetteer()) is None
    True
    """
    for voiced, voiceless in _RR_TO_MR:
        if word.startswith(voiced):
            found = gazetteer.find(voiceless + word[len(voiced) :])
            if isinstance(found, Place) and found.kind == "launch_site":
                return found
    return None


#: A North Korean province as the place fired from, alone or with "inland"; the gazetteer
#: does not hold provinces, so these are TODOs holding the text.
_PROVINCE_SITE = {
    "ja": re.compile(
        # round 13: "ピョンアン(平安)南道から" (the reading first, the kanji in brackets)
        r"(?<![\u4e00-\u9fff])(?P<p>[\u4e00-\u9fff]{2,3}[南北]?道|[ァ-ヴー]{2,8}\([\u4e00-\u9fff]{1,4}\)[南北]?道)"
        r"(?:\([^()]{1,30}\))?\s?"
        r"(?:[・の]?(?P<q>[\u4e00-\u9fff]{1,4})(?:\([^()]{1,30}\))?)?\s?"
        r"(?:の)?(?:内陸部?|付近|一帯|周辺)?\s?(?:から|より)"
    ),
    "en": re.compile(
        r"\b(?:in|from)\s+(?:the\s+)?(?P<p>(?:(?:North|South)\s+)?[A-Z][a-z]+)\s+[Pp]rovince\b"
        r"(?P<q>)"
    ),
    "ko": re.compile(
        # (round 28: the undivided provinces, "강원도에서", "평안도 묘향산 일대에서")
        r"(?<![가-힣])(?P<p>[가-힣]{2}[남북]도|자강도|양강도|황해도|강원도|평안도|함경도|평[남북]|"
        r"함[남북]|황[남북])"
        r"(?:\s+(?P<q>[가-힣]{2,4}?))?\s*(?:내륙|일대|지역|부근|인근)?\s*(?:에)?서"
    ),
}


def _unknown_site(
    work: str, language: str, names: Sequence[NameFound], span: tuple[int, int]
) -> bool:
    """Whether a launch clause names a place it was fired from that the gazetteer does not
    know ("黄州(ファンジュ)付近から", "무평리 일대에서", "from the northern province of Jagang"):
    the sentence is left as a TODO beside whatever else is read."""

    def named(a: int, b: int) -> bool:
        return any(f.start < b and a < f.end for f in names)

    for m in _PROVINCE_SITE.get(language, re.compile("(?!)")).finditer(work):
        second = m.group("q") and not re.fullmatch(r"内陸部?|付近|一帯|周辺|내륙|일대|지역", m["q"])
        if (
            span[0] <= m.start() < span[1]
            and not named(m.start(), m.end("p"))
            and not (second and named(m.start("q"), m.end("q")))
        ):
            return True  # round 12: "黄海道(ファンヘド)内陸から", "평북 내륙에서": a province alone
    if language == "ko":
        for m in _SIDE_OF_UNKNOWN_KO.finditer(work):
            # round 19: "개성 북쪽에서", "개성 북방 일대에서": a side of a place the gazetteer lacks
            if span[0] <= m.start() < span[1] and not named(m.start("w"), m.end("w")):
                return True
    for m in _VESSEL_NEAR.get(language, re.compile("(?!)")).finditer(work):
        if span[0] <= m.start() < span[1] and not named(m.start("w"), m.end("w")):
            return True  # round 27: "南浦近くの黄海上にいた艦艇から" (near a place it lacks)
    for m in _BASE_SITE.get(language, re.compile("(?!)")).finditer(work):
        if (
            span[0] <= m.start() < span[1]
            and not named(m.start("w"), m.end("w"))
            and not _GENERIC_BASE.fullmatch(m.group("w"))
        ):
            return True  # round 25: "깃대령 미사일 기지에서" (a base the gazetteer lacks)
    if language == "en":
        # (round 20: a dot between digits goes on, "from the 8.24 Yongung in waters off …")
        for m in re.finditer(r"\bfrom\s+(?P<p>(?:[^,.;()]|(?<=\d)\.(?=\d)){2,60})", work):
            if not span[0] <= m.start() < span[1]:
                continue
            phrase = re.split(r"\s+(?:and|at|on|toward|towards|into|before|after|which|that)\b",
                              m.group("p"), maxsplit=1)[0]  # fmt: skip
            for w in re.finditer(r"\b[A-Z][\w'’-]+", phrase):
                a = m.start("p") + w.start()
                if not named(a, a + len(w.group(0))) and not _GENERIC_EN.match(w.group(0)):
                    return True
        return False
    for m in _SITE_WORD[language].finditer(work):
        # (in Japanese the name must end the word: "黄海南道長淵" holds 黄海, a sea, not the site)
        if (
            named(m.end("w") - 1, m.end("w"))
            if language == "ja"
            else named(m.start("w"), m.end("w"))
        ) or not span[0] <= m.start() < span[1]:
            continue
        word = re.split(r"[の・]", m.group("w"))[-1]
        if (
            language == "ja"
            and (
                _GENERIC_SITE.match(word)
                # (round 13: "バンヒョン飛行場近くから": 近く too)
                or not (
                    re.search(r"付近|近郊|近く|一帯|周辺|\(", work[m.end("w") : m.end("w") + 14])
                    or _FEATURE_SITE["ja"].search(word)  # round 20: "虎島半島から"
                )
            )
        ):
            continue  # "西岸から", "北朝鮮から": no place of its own
        if language == "ko" and re.fullmatch(r"발사장|발사기지|기지", m.group("w")):
            continue  # round 25: "동창리 장거리 미사일 발사장 인근에서": the ground, not a name
        if (
            language == "ko"
            and not re.match(r"\s*(?:일대|인근|부근|지역|근처|수역)", work[m.end() :])
            and not _FEATURE_SITE["ko"].search(m.group("w"))  # round 20: "호도반도에서"
        ):
            continue  # "국회에서": only "…일대에서" names a site
        return True
    return False


#: Round 27: a vessel at sea near a place, told as where the launch was from ("南浦近くの黄海上に
#: いた艦艇から", "증산 인근 서해상에 있던 함정에서"): when the gazetteer lacks the place, a TODO.
_VESSEL_NEAR = {
    "ja": re.compile(
        r"(?P<w>[\u4e00-\u9fffァ-ヴー]{2,8})(?:\([^()]{1,30}\))?(?:近く|付近|近海|沖)の?"
        r"[^、。]{0,12}?(?:海上|海域)(?:に|で)(?:いた|あった|展開した|展開していた)?"
        r"(?:艦艇|艦船|船舶|潜水艦|船|艇)から"
    ),
    "ko": re.compile(
        r"(?P<w>[가-힣]{2,6})(?:\([^()]{1,30}\))?\s*(?:인근|부근|근처|앞바다)\s*(?:[가-힣]{0,6}\s*)?"
        r"(?:해상|바다)에\s*(?:있던|있는|있었던)\s*(?:함정|함선|선박|잠수함|배)에서"
    ),
}
#: Round 25: a base or launching ground told by a name the gazetteer lacks ("원산 인근 깃대령 미사일
#: 기지에서", "깃대령 소재 발사장에서", "旗対嶺(キッテリョン)のミサイル基地から"): a TODO.
_BASE_SITE = {
    "ko": re.compile(
        r"(?P<w>[가-힣]{2,6})(?:\([^()]{1,30}\))?\s*(?:소재\s*|의\s*)?"
        r"(?:(?:장거리\s*|단거리\s*|탄도\s*)?(?:미사일|로켓)\s*)?(?:기지|발사장|발사\s*기지)\s*(?:에서|로부터)"
    ),
    "ja": re.compile(
        r"(?P<w>[\u4e00-\u9fffァ-ヴー]{2,8}?)(?:\([^()]{1,30}\))?(?:の)?(?:ミサイル|ロケット)?"
        r"(?:基地|発射場)(?:近隣|付近|近く|一帯|周辺)?(?:から|で(?![はも]))"
    ),
}
_GENERIC_BASE = re.compile(
    r"북한|북측|해당|인근|부근|일대|근처|지역|주변|미사일|로켓|장거리|단거리|탄도|위성|"
    r"北朝鮮|同国|付近|近く|一帯|周辺|ミサイル|ロケット|長距離|短距離|弾道|衛星"
)


#: Round 18: a distance from a known place that only says where a named site lies ("平壌の南約
#: 100キロの黄海道付近から", "평양 북쪽 60km 지점의 평안남도 숙천 일대에서", "from Sukchon, about
#: 60 km north of Pyongyang"): the name after (ja, ko) or before (en) it, then "from".
_LOCATED_SITE_AFTER = {
    "ja": re.compile(
        # (round 22: "元山の北側60キロ地点の宣徳付近から": "地点" before the site's の)
        r"\s*(?:地点)?\s*(?:の|にある)\s*(?!地点|場所|海上|海域|沖|付近|一帯|周辺|内陸)"
        r"[^、。,\s]{2,24}?(?:付近|一帯|周辺|内陸部?)?(?:から|より)"
    ),
    "ko": re.compile(
        r"\s*(?:지점의|지점인|떨어진|에\s*있는)\s*(?!지점|해상|일대|인근|부근)"
        r"[가-힣]{2,8}(?:\s+[가-힣]{2,6})?\s*(?:내륙|일대|지역|부근|인근)?\s*(?:에)?서"
    ),
}
_LOCATED_SITE_BEFORE_EN = re.compile(
    r"\b(?:from|near|from\s+near)\s+(?:the\s+)?(?!(?:a|an|its|a\s+site|an\s+area)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s*,\s*(?:(?:about|some|around|roughly|approximately)\s+)?$"
)


#: An open bracket just after a word (a name), with no bracket closed since ("선덕(원산 북방 60").
_IN_BRACKETS_AFTER_NAME = re.compile(r"[\w・·][(（][^()（）]*$")


def _locates_unknown_site(work: str, language: str, reading: PhraseReading) -> bool:
    """Whether a distance from a known place only locates a site named beside it ("平壌の南約
    100キロの黄海道付近から", "from Sukchon, about 60 km north of Pyongyang"): the README's
    reading (Holdout 12) makes the launch's site that unknown place, a TODO, not the distance."""
    if language == "en":
        before = work[: reading.span[0]]
        before = re.sub(r"(?:about|some|around|roughly|approximately)\s*$", "", before)
        return bool(_LOCATED_SITE_BEFORE_EN.search(before))
    if _IN_BRACKETS_AFTER_NAME.search(work[: reading.span[1]]) and re.match(
        r"\s*[)）]", work[reading.span[1] :]
    ):  # round 22: "선덕(원산 북방 60㎞) 일대에서": the distance in brackets after the site
        return True
    return bool(_LOCATED_SITE_AFTER[language].match(work, reading.span[1]))


_GENERIC_EN = re.compile(
    r"^(?:North|South|Korea|Korean|Korea['’]s|DPRK|The|Japan|Japan['’]s|East|West|Sea|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]{2,})$"
)


#: A direction told with the flight ("東北東方向に約1000キロ飛行", "동쪽으로 450㎞를 비행",
#: "flew about 800 km eastward"): the launch's direction.
_FLIGHT_DIRECTION = {
    "ja": re.compile(r"([東西南北]{1,3})(?:の)?(?:方向|方角)?(?:に|へ)(?:向けて|向かって)?[、,]?\s*"
                     r"(?:約|およそ)?\s*[\d,.]+\s*(?:キロ|km|㎞)[^。、]{0,8}?"
                     r"(?:飛行|飛翔|飛しょう|飛ん|飛び)|"
                     # round 19: "日本海へ向け北東方向に飛翔" (方向, no distance)
                     r"([東西南北]{1,3})(?:の)?(?:方向|方角)(?:に|へ)(?:向けて|向かって)?[、,]?\s*"
                     r"(?:飛行|飛翔|飛しょう|飛ん)"),
    # (round 13: "북동쪽으로 각각 250km, 350km 남짓한 거리를 날아": a list of figures)
    "ko": re.compile(r"(?<![가-힣])([동서남북]{1,3})(?:쪽|방)\s*(?:방향)?\s*으로\s*"
                     r"(?:각각\s*)?(?:약\s*)?"
                     r"[\d,.]+\s*여?\s*(?:㎞|km|킬로미터)"
                     r"(?:\s*(?:,|와|과)\s*(?:약\s*)?[\d.]+\s*여?\s*(?:㎞|km|킬로미터))*"
                     r"(?:[^,.]{0,6}?|\s*남짓한\s*거리를\s*)(?:비행|날아)"),
    "en": re.compile(rf"\b(?:flew|travell?ed|flying)\s+(?:(?:about|some|around|roughly)\s+)?"
                     # (round 21: "flew about 125 miles northeast")
                     rf"(?:[\d,.]+\s*(?:km|kilomet(?:er|re)s|miles)\s+"
                     # round 28: "flew around 200 kilometers (124 miles) to the country's
                     # northeast"
                     r"(?:\([^()]{1,20}\)\s+)?(?:to\s+the\s+(?:(?:country|nation)['’]s\s+)?)?)?"
                     rf"{_COMPASS_EN}"
                     r"(?:wards?)?\b(?!\s+(?:of|from)\b)", re.IGNORECASE),
}  # fmt: skip


def _flight_direction(work: str, language: str) -> str:
    """The compass point of a direction told with the flight, or ''."""
    m = _FLIGHT_DIRECTION[language].search(work)
    if m is None:
        return ""
    word = m.group(1) or m.group(m.lastindex or 1)
    if language == "en":
        return _DIRECTIONS_EN.get(re.sub(r"[- ]", "", word.lower()), "")
    return compass_word(word)


#: Words after a place that make it no more precise ("北部の", "付近", "일대", "'s northern").
_VAGUE_WORDS = re.compile(
    r"[東西南北]+部|内陸部?|[東西南北]?岸|付近|近郊|一帯|周辺|の|・|[동서남북]+부|내륙|일대|인근|부근|"
    r"지역|공항|비행장|空港|飛行場|\b(?:airport|airfield|the|its|northern|southern|eastern|western|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|inland|area|region|vicinity|near|around)\b|['’]s\b|\s",
    re.IGNORECASE,
)


def _more_specific_site(part: _Sentence, after: int, name: str) -> bool:
    """Whether a launch-site noun phrase names, after the gazetteer's place, a more precise
    place that the gazetteer does not know ("北朝鮮北部の慈江道・舞坪里", "북한 자강도 무평리
    일대", "North Korea's Jagang province")."""
    found = [f for f in part.names if f.start >= after and any(e.name == name for e in f.entries)]
    if not found:
        return False
    rest = part.work[found[0].end :]
    rest = re.split(r"[、。,;]|で(?:ある|あり|、)?|だ|と(?:みられ|見られ|推定|いう|され)|"
                    r"(?:이|으로|로)\s|였|\b(?:was|is|and)\b", rest, maxsplit=1)[0]  # fmt: skip
    if any(f.start >= found[0].end and f.start < found[0].end + len(rest) for f in part.names):
        return False  # another known name follows: read as it stands
    return len(_VAGUE_WORDS.sub("", rest)) >= 2


#: How far (degrees) from North Korea's outline a place other than a launch site may lie and
#: still be read as where a launch was made (offshore SLBM launches, ports); a rough guard
#: that keeps "In Tokyo, … announced" or "told reporters in Seoul" from being a launch site.
_NEAR_NORTH_KOREA_DEG = 0.05


@functools.cache
def _north_korea_near() -> BaseGeometry | None:
    found = load_gazetteer().find("North Korea")
    if not isinstance(found, Region):
        return None
    near: BaseGeometry = shapely.buffer(found.geometry, _NEAR_NORTH_KOREA_DEG)
    return near


def _launch_rank(entry: Place | Region) -> int:
    """How likely a name is a launch site: 0 a launch site, 1 another place in or near North
    Korea, 2 North Korea, 3 anything else (a place elsewhere, as "Tokyo" in "In Tokyo, the
    minister announced …")."""
    if isinstance(entry, Place):
        if entry.kind == "launch_site":
            return 0
        near = _north_korea_near()
        point = shapely.Point(entry.position.lon, entry.position.lat)
        return 1 if near is None or near.intersects(point) else 3
    return 2 if entry.kind == "country" and entry.name == "North Korea" else 3


#: A country's name as the owner of the missile ("발사된 북한의 단거리 탄도미사일은", "北朝鮮の
#: 弾道ミサイルは"): the adjective alone, no launch site (README, Holdout 7).
_MISSILE_OF = re.compile(
    r"\s*(?:의|の)\s*(?:[^\s,.、。]{1,8}\s*){0,2}?(?:탄도\s*)?(?:미사일|탄도|발사체|ミサイル|弾道|飛翔体)"
)


#: The capital's name as the subject of a launch verb: the government that fired.
_CAPITAL_FIRED = re.compile(
    r"Pyongyang\s+(?:also\s+|had\s+|has\s+)*(?:fired|launched|test-fired)\b"
)


#: round 17: a side of an inland place, without a distance or a sea, as where the launch was
#: made ("평양 북방에서", "平壌北方から"): somewhere on that side, tens of kilometres off, not the
#: place, so no site (a TODO, _left_unread). A side of a coastal place ("원산 북방 일대에서") is
#: its coast or the sea off it, so the place, as a sea after the side ("신포 동북방 동해상에서",
#: "新浦の東の海上から", README, Holdout 16); "平壌北部" (a part of the place) stays the place.
_SIDE_SITE = {
    "ja": re.compile(
        r"\s?(?:の\s?)?[東西南北]{1,3}(?:方|側)?\s?(?:の\s?)?(?:付近|一帯|地域|方面)?\s?(?:から|より)"
    ),
    "ko": re.compile(
        r"\s*(?:의\s*)?[동서남북]{1,3}(?:쪽|방)\s*(?:의\s*)?(?:일대|인근|부근|지역)?\s*"
        r"(?:에서|으로부터)"
    ),
}


#: round 17: "the peninsula" told again, bare, with a side after it, in a sentence that has
#: named the Korean Peninsula ("朝鮮半島を横断、半島の東約500キロ", "한반도를 지나 반도 동쪽 …",
#: "crossed the Korean Peninsula and fell 500 km east of the peninsula").
_PENINSULA_AGAIN = (
    (
        "朝鮮半島",
        re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ffー])半島(?=の?[東西南北])"),
        "朝鮮半島",
    ),
    ("한반도", re.compile(r"(?<![가-힣])반도(?=\s*(?:의\s*)?[동서남북])"), "한반도"),
    (
        "Korean Peninsula",
        re.compile(r"(?<=\bof )the peninsula\b(?!\s*(?:of|'s|’s))", re.IGNORECASE),
        "the Korean Peninsula",
    ),
)


def _peninsula_named_before(text: str) -> str:
    """``text`` with a bare "半島" / "반도" / "the peninsula" that has a side told of it spelt
    out as the Korean Peninsula when the sentence named it before (round 17).

    Examples
    --------
    >>> _peninsula_named_before("朝鮮半島を横断、半島の東約300キロの日本海に落下した。")
    '朝鮮半島を横断、朝鮮半島の東約300キロの日本海に落下した。'
    >>> _peninsula_named_before("半島の東約300キロの日本海に落下した。")  # none named before
    '半島の東約300キロの日本海に落下した。'
    """
    for full, bare, spelt in _PENINSULA_AGAIN:
        named = text.lower().find(full.lower())
        if named >= 0:
            at = named + len(full)
            text = text[:at] + bare.sub(spelt, text[at:])
    return text


#: How far from the sea a place may be and still be on the coast: about 10 km (round 17).
#: Round 19: how near a sea of the gazetteer a place must be to be coastal, in km along the
#: ellipsoid (round 17 measured 0.1 degrees, about 9-11 km here). The gazetteer's sea outlines
#: are coarse (Natural Earth, 1:10m): Wonsan is 4 km from East Korea Bay's outline, Hamhung 15 km
#: (its port, Hungnam, is on the coast), Sunan 24 km, Pyongyang 40 km, Kusong 39 km.
_COAST_KM = 20.0


@functools.cache
def _sea_outlines() -> BaseGeometry:
    """The gazetteer's seas, as one geometry."""
    return shapely.union_all([r.geometry for r in load_gazetteer().regions() if r.kind == "sea"])


def _coast_km(position: LonLat) -> float:
    """The geodesic distance in km from ``position`` to the nearest sea outline of the gazetteer
    (0 inside a sea).

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> [round(_coast_km(load_gazetteer().find(n).position)) for n in ("Wonsan", "Pyongyang")]
    [4, 40]
    """
    point = shapely.Point(position.lon, position.lat)
    here, sea = shapely.ops.nearest_points(point, _sea_outlines())
    return inverse(LonLat(here.x, here.y), LonLat(sea.x, sea.y))[2] / 1000.0


def _side_of_inland(work: str, language: str, found: NameFound) -> bool:
    """Whether ``found`` is followed by a side of it as the launch site ("평양 북방에서",
    "平壌北方から") and is an inland place (every entry a point more than :data:`_COAST_KM` from
    the sea): a side of it says no place (round 17); a side of a coastal place ("원산 북방",
    "함흥 남방") is that place.

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "평양 북방에서 발사, 원산 북방 일대에서 발사, 평양 일대에서 발사, 함흥 남방에서 발사"
    >>> [_side_of_inland(work, "ko", n) for n in load_gazetteer().names_in(work)]
    [True, False, False, False]
    """
    if language not in _SIDE_SITE or not _SIDE_SITE[language].match(work, found.end):
        return False
    return all(isinstance(e, Place) and _coast_km(e.position) > _COAST_KM for e in found.entries)


def _timed_sites(part: _Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """Round 24: the stretches of a Japanese or Korean launch clause that each tell a time and
    then a site of their own, before the one verb ("오전 5시 함북 화대군 대포동에서 대포동
    2호를, 오전 3시32분 강원도 안변군 깃대령 소재 발사장에서 … 발사했다"), or [] (one time, or a
    time without its own "에서"/"から").

    Examples
    --------
    >>> work = "오전 6시 평양에서 1발을, 오전 7시 10분 원산에서 2발을 발사했다"
    >>> t = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    >>> read = _Sentence(work, "ko", work, [], [], [(0, 5, t), (15, 25, t)], [], False)
    >>> _timed_sites(read, 0, len(work))
    [(0, 15), (15, 39)]
    >>> read.work = work = "오전 6시와 오전 7시 10분에 원산에서 3발을 발사했다"
    >>> _timed_sites(read, 0, len(work))
    []
    """
    if part.language not in _FROM_MARK or len(part.clocks) < 2:
        return []
    cuts = [start] + [c[0] for c in part.clocks[1:]] + [end]
    pieces = list(itertools.pairwise(cuts))
    mark = re.compile(_FROM_MARK[part.language])
    if not all(
        mark.search(part.work, a, b) and _OBJECT_THEN_COMMA.search(part.work, a, b)
        for a, b in pieces[:-1]
    ):
        return []
    return pieces if mark.search(part.work, *pieces[-1]) else []


#: What was fired at one time, then a comma before the next time ("대포동 2호를,", "1発を、").
_OBJECT_THEN_COMMA = re.compile(r"(?:을|를|を)\s*[,、]")


#: Round 24: a verb shared by the missiles numbered before it ("…に、それぞれ着弾した").
_EACH_FELL = re.compile(r"[、,]\s*それぞれ\s*(?P<verb>着弾|落下)し")
#: Round 24: where the next numbered missile's clause begins ("、3発目は").
_NEXT_ORDINAL = re.compile(r"[、,]\s*(?=(?:\d|[一二三四五六七八九])\s*発目\s*(?:は|が))")
#: Round 26: the end of one missile's sentence inside a quote, before the next missile's
#: ("「1発目は…飛翔した。2発目は…」", "“첫 번째 미사일은 … 비행했다. 두 번째 미사일은 …”").
_NEXT_ORDINAL_QUOTED = re.compile(
    r"(?<=[。.])\s*(?=(?:(?:\d|[一二三四五六七八九])\s*発目|(?:두|세|네)\s*번째\s*(?:미사일|발사체|것))"
    r"\s*(?:は|が|은|는|이|가))"
)


#: Round 24: the day after another told in one sentence ("…のに続いて、翌3日の…", "이튿날").
#: Round 25: the next stage or missile told as a topic after a clause that ends at where the
#: one before went ("…동해상에, 2단계 추진체는 …", "…日本海に、2段目は…"), all before one fall
#: verb (_SHARED_FALL_END).
_NEXT_STAGE = re.compile(
    r"(?<=[에に])\s*[,、]\s*(?=(?:[2-9]|두|세|二|三)\s*(?:단계|단|번째|발째|発目|段目)"
    r"[^,、。.\d]{0,8}?(?:는|은|は)|"
    # round 32: missiles told by their numbers in a list ("①については…EEZ外に、⑤から⑨に
    # ついては…EEZ内に落下", "②及び③については…訓練海域に、④については…に落下")
    r"[①-⑳](?:\s*(?:及び|および|から|と|~|～|-)\s*[①-⑳])?\s*(?:について|に関して)?\s*(?:は|는|은))"
)
#: Round 33: a count told as a topic at a clause's start ("1発は", "、2発は", "1발은", ", 2발은";
#: not "1発目は", an ordinal, nor "うち2発は" after a count fired).
_COUNT_TOPIC = re.compile(
    r"(?:^|[、,]\s*)(?:\d|[一二三四五六七八九])\s*発\s*は|"
    r"(?:^|,\s*|(?<=중\s))(?:\d|한|두|세|네)\s*발\s*은"
)
_SHARED_FALL_END = re.compile(r"\s*(?:낙하|떨어졌|떨어진|추락|落下|着弾)[^,、。.]{0,24}[.。]?\s*$")
_NEXT_DAY = re.compile(r"翌\s*\d{1,2}\s*日|翌日|이튿날|다음\s*날|\bthe\s+next\s+day\b")


#: Round 24: a launching ground told as a place's ("무수단리의 북한 미사일 발사장",
#: "舞水端里のミサイル発射基地").
_SITE_OF_PLACE = re.compile(
    r"(?:\s?[(（][^()（）]{1,30}[)）])?\s*(?:의|の)\s*(?:북한\s*|北朝鮮\s*)?"
    # ("東倉里(トンチャンリ)の西海(ソへ)衛星発射場から": the ground's own name between)
    r"(?:[^、。,()（）\s]{1,4}\s*(?:[(（][^()（）]{1,8}[)）])?\s*)?"
    r"(?:(?:미사일|ミサイル|衛星|위성)\s*)?(?:발사장|발사\s*기지|発射場|発射基地)"
    # round 25: the ground named right after its place ("東倉里長距離ミサイル発射場近隣から")
    r"|(?:\s?[(（][^()（）]{1,30}[)）])?\s*(?:長距離|中距離|장거리|중거리)?\s*(?:미사일|ミサイル|衛星|위성)\s*"
    r"(?:발사장|발사\s*기지|発射場|発射基地)"
)


#: Round 24: a position as the end of a stretch ("追尾を終了した日本の東2100キロまでの間には",
#: "동쪽 2100㎞ 지점까지의 구간에서"): how far it was tracked, no point of its own.
_UP_TO = re.compile(
    r"\s*(?:の地点|地点|지점)?\s*(?:までの間|まで(?:の区間|の範囲)|까지의?\s*(?:사이|구간|범위))"
)


#: Round 26: a side of a place told as where missiles were fired ("were launched south of").
_SIDE_OF_EN = re.compile(
    r"\b(?:launched|fired|from)\s+(?:just\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Round 27: the country named as the land a way points to ("北朝鮮の陸地側となる北東方向に",
#: "북한 육지 방향으로"), not as the one that fired.
_LAND_TOWARDS = re.compile(
    r"\s*(?:の\s*(?:陸地|内陸|本土)\s*(?:側|方向|方面)|"
    r"(?:의\s*)?(?:육지|내륙|본토)\s*(?:쪽|방향))"
)

#: Round 29: a sea named just after the country ("북한 서해 북부 해상에서", "北朝鮮の西海で",
#: "North Korea's West Sea"): the sea's owner, not where it was fired from.
_SEA_AFTER = re.compile(
    r"\s*(?:の|의|['’]s)?\s*(?:(?:서해|동해|西海|東海|黄海|黃海)(?![道도])|日本海|"
    r"(?:West|East|Yellow)\s+Sea|Sea\s+of\s+Japan)",
    re.IGNORECASE,
)


def _site(sentence: _Sentence) -> str:
    """The launch site among the names of a launch clause: a name followed by "から", "에서"
    ("平壌近郊から", "평양 순안 일대에서") or after "from" ("from around Sunan"), a launch site
    before another place; else North Korea when it is named."""
    work, language = sentence.work, sentence.language
    best: tuple[int, str] | None = None
    best_end = best_start = 0
    fallback = ""
    span = _place_span(work, language, sentence.names)
    for found in sentence.names:
        if _beside_unknown(work, sentence.names, found.start):
            continue  # "문천(원산 북방) 일대에서": Wonsan only says where Munchon is
        if found in span:
            continue  # round 26: "舞水端里から元山にかけての地域から": a stretch, no site
        if _side_of_inland(work, language, found):
            continue  # round 17: "평양 북방에서": a side of Pyongyang, not Pyongyang
        if _is_reading(work, sentence.names, found):
            continue  # round 27: "元山(ウォンサン)": the reading of the name before, not another
        if _LAND_TOWARDS.match(work, found.end) and any(
            e.name == "North Korea" for e in found.entries
        ):
            continue  # round 27: "北朝鮮の陸地側となる北東方向に": where the way points, no firer
        if _SEA_AFTER.match(work, found.end) and any(
            e.name == "North Korea" for e in found.entries
        ):
            continue  # round 29: "북한 서해 북부 해상에서": the country's sea, no site (a TODO)
        if _near_unknown(work, sentence.names, found, language, known=True):
            # "平壌近郊の祥原付近から": Pyongyang only says where Sangwon is; round 13: also
            # where a known site is ("平壌北方の平安南道・价川付近から" is Kaechon)
            continue
        if language == "en":
            marked = re.search(
                r"\b(?:from|in or around|around|near(?:by)?|in the vicinity of|at|in)\s+"
                r"(?:(?:the|a|its|around|near|the vicinity of|the area of|an area)\s+)*"
                # "from the North's northwestern Tongchangri area": the country's, then a side
                # (round 14: "from North Korea’s Wonsan coastal area")
                # (round 22: "from the DPRK's eastern Wonsan area")
                r"(?:(?:North(?:\s+Korea)?|DPRK|country|nation)['’]s\s+(?:(?:north|south)?(?:east|west)ern\s+|"
                r"(?:north|south)ern\s+)?)?"
                # round 21: "from waters southeast of the coastal port city of Sinpo", "in waters
                # off Sinpo" (the sea by the place)
                r"(?:waters\s+(?:off|near|around|(?:north|south)?(?:east|west)?\s+of)\s+(?:the\s+)?"
                r"(?:coast\s+of\s+)?)?"
                # "from the eastern coastal town of Sinpo", "from the port city of Wonsan"
                # (round 14: "from the North Korean eastern coastal city of Wonsan")
                # (round 25: "from the west coast launch pad in the hamlet of Tongchang-ri")
                r"(?:(?:[a-z-]+\s+){0,6}(?:city|town|port|county|village|hamlet|district|area|"
                r"region)\s+of\s+)?"
                # "from a submarine off Sinpo", "from a barge in waters off the coast of Sinpo"
                r"(?:(?:submarine|barge|vessel)\s+(?:in\s+(?:the\s+)?waters\s+)?(?:off|near)\s+"
                r"(?:the\s+(?:coast|port)\s+of\s+)?"
                # round 20: "from a submarine in waters off the North's eastern coastal city of
                # Sinpo" (the country's, then the city's words, after the vessel)
                r"(?:the\s+(?:North(?:\s+Korea)?|country)['’]s\s+)?"
                r"(?:(?:[a-z-]+\s+){0,3}(?:city|town|port)\s+of\s+)?)?"
                # "from the Ryongsong area of the capital Pyongyang" (a district of it)
                r"(?:(?-i:[A-Z])[\w'’-]*?\s*(?:area|district)\s+of\s+(?:the\s+)?)?"
                # "its capital city, Pyongyang", "the North Korean capital of Pyongyang"
                r"(?:(?:the|its)\s+)?(?:North\s+Korean\s+)?(?:capital(?:\s+city)?(?:\s+of)?,?\s+)?"
                r"(?:(?-i:[A-Z])[\w'’-]*\s+)?$",  # "from the Pyongyang Sunan Airfield"
                work[max(0, found.start - 90) : found.start],  # (round 20: 60 before)
                re.IGNORECASE,
            )
            marked = marked or _OFF_THE_CITY_OF.search(work, 0, found.start)
            side_of = _SIDE_OF_EN.search(work[max(0, found.start - 40) : found.start])
            if (
                not marked
                and side_of
                and any(
                    isinstance(e, Place) and _coast_km(e.position) <= _COAST_KM
                    for e in found.entries
                )
            ):  # round 26: "the missiles were launched south of Musudan-ri": a side of a
                # coastal place is that place (README, Holdout 17); of an inland one, no site
                marked = side_of
        else:
            # round 16: a reading in brackets just after the name is not counted in the words
            # before the mark ("江原道元山(カンウォンドウォンサン)付近から", "新浦(シンポ)付近の
            # 日本海で")
            marked = re.match(
                r"(?:\s?[(（][^()（）]{1,30}[)）])?[^、。,]{0,10}?" + _FROM_MARK[language],
                work[found.end :],
            ) or re.match(_FROM_VESSEL_OFF[language], work[found.end :])
            # round 24: "무수단리의 북한 미사일 발사장 발사대에 장착된 로켓이", "東倉里の発射場
            # から": the place whose launching ground it is
            marked = marked or _SITE_OF_PLACE.match(work, found.end)
        owner = language != "en" and _MISSILE_OF.match(work, found.end)
        if language == "en" and re.match(
            r"['’]s\s+(?:\w+\s+)?(?:such\s+)?(?:launch|test)", work[found.end :]
        ):
            marked = None  # round 13: "in Pyongyang's sixth such launch": whose launch, no site
        if language == "en" and _CAPITAL_FIRED.match(work, found.start):
            fallback = "North Korea"  # round 12: "Pyongyang fired": the government, not a site
            continue
        for entry in found.entries:
            rank = _launch_rank(entry)
            if rank == 2 and not owner:  # ("북한의 단거리 탄도미사일은": whose missile, not a site)
                fallback = entry.name
            elif (
                isinstance(entry, Region)
                and entry.kind == "country"
                and entry.name not in _OWN_CLOCK_COUNTRIES
                and _FIRER_AFTER[_script_of(found.text)].match(work, found.end)
            ):  # round 32: "中国軍の…「ロケット軍」が…発射": another country told as the firer
                fallback = fallback or entry.name
            if rank < 3 and marked and (best is None or rank < best[0]):
                best, best_end, best_start = (rank, entry.name), found.end, found.start
            elif (
                best is not None
                and marked
                and rank == best[0] == 0
                and entry.name != best[1]
                and re.fullmatch(r"\s*", work[best_end : found.start])
            ):  # round 13: "구성시 방현 비행장": the site inside the city named just before it
                best, best_end, best_start = (rank, entry.name), found.end, found.start
    if best is not None:
        return _airfield_of(work, best_end, best[1], best_start)
    return fallback


#: An airfield named by the city it serves, just after the city ("원산 비행장", "元山の飛行場",
#: "Wonsan airbase").
_AIRFIELD_AFTER = re.compile(
    r"\s*の?\s*(?:비행장|飛行場|空港|air\s*base|airfield|airport)(?![a-z])", re.IGNORECASE
)


#: Round 20: an airfield told before the city it is in ("near an airfield in the northwestern
#: city of Kusong", "from an air base outside the town of Wonsan").
_AIRFIELD_BEFORE_EN = re.compile(
    r"\b(?:an?|the)\s+(?:air\s*base|airfield|airport|air\s+field)\s+"
    r"(?:in|near|outside|at|on the outskirts of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?:city|town|county)\s+of\s+$",
    re.IGNORECASE,
)
#: Round 20: how near a city an airfield of the gazetteer must be to be that city's airfield
#: when the gazetteer names it otherwise (Panghyon Airport is 5.6 km from Kusong City's point,
#: Wonsan Kalma Airport 3.9 km from Wonsan's; Pukchang Airfield 10.1 km from Sunchon's).
_CITY_AIRFIELD_KM = 10.0


def _airfield_of(work: str, end: int, name: str, start: int = -1) -> str:
    """The gazetteer's airfield of a city when the site is told as the city's airfield (round
    14: "원산 비행장" is Wonsan Kalma Airport, known also as Wonsan Airport; round 20: "an
    airfield in the city of Kusong", the airfield before the city); else the name.

    Examples
    --------
    >>> _airfield_of("from an airfield in the city of Kusong", 38, "Kusong City", 32)
    'Panghyon Airport'
    >>> _airfield_of("from the city of Kusong", 23, "Kusong City", 17)
    'Kusong City'
    """
    if not _AIRFIELD_AFTER.match(work, end) and not (
        start >= 0 and _AIRFIELD_BEFORE_EN.search(work[max(0, start - 80) : start])
    ):
        return name
    gazetteer = load_gazetteer()
    airfield = gazetteer.find(f"{name} Airport")
    if isinstance(airfield, Place) and airfield.kind in ("launch_site", "airport"):
        return airfield.name
    city = gazetteer.find(name)
    if not isinstance(city, Place):
        return name
    near = [
        p
        for p in gazetteer.places()
        if p.kind in ("launch_site", "airport")
        and re.search(r"\b(?:Airport|Airfield|Air Base)\b", p.name)
        and inverse(city.position, p.position)[2] / 1000.0 <= _CITY_AIRFIELD_KM
    ]
    return near[0].name if len(near) == 1 else name


#: What joins the sites of a list ("평양 순안, 평안남도 개천 … 일대에서", "from Sunan, Kaechon,
#: Tongchang-ri and Hamhung"), and the words that may stand before a site in English ("the
#: inland cities of", "the northwestern region of", "around").
_SITE_LIST_JOIN = re.compile(
    r"\s*(?:,\s*and|,|、|，|及び|および|및|과|와|\band)\s+|\s*(?:,|、|，)\s*"
)
_SITE_WORDS_EN = re.compile(
    r"^(?:(?:the|an?|its|around|near)\s+)*(?:(?:[a-z-]+\s+){0,2}(?:cit(?:y|ies)|towns?|regions?|"
    r"areas?|count(?:y|ies)|districts?)\s+of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
#: What may stand beside a listed site's name: its province ("평안남도 개천", "平安南道价川"),
#: "일대", "付近".
_SITE_LIST_REST = (
    r"['’]s\b|[\s・の의]|\b(?:area|region|district)s?\b|일대|付近|一帯|(?:평안|함경|황해|자강|강원|양강)\s*(?:남|북)?\s*도|"
    r"(?:平安|咸鏡|黄海|慈江|江原|両江)(?:南|北)?道"
)
_SITE_LIST_EN = re.compile(r"\bfrom\s+(?P<list>[^.;()]{3,160})", re.IGNORECASE)


#: Round 24: the particle after a position that tells where a missile went, not where it
#: was fired from ("約550キロに", "280㎞ 지점에", "500キロまで"; "지점에서" stays a site).
_WENT_TO = re.compile(r"\s*(?:の(?:海域|地点|海上)?)?(?:に|へ|まで|에(?!서)|까지)")

#: A launch from a coast of "Korea" ("朝鮮の西岸付近から", as a page that calls North Korea 朝鮮
#: writes it; "朝鮮半島西岸から"): only North Korea fires from there, so the launch is at North
#: Korea (the coast itself is no site: "北朝鮮西岸付近から" is read the same way).
_KOREA_COAST_FROM = re.compile(
    r"朝鮮(?:半島)?の?[東西南北](?:岸|海岸|沿岸|部)(?:付近|一帯)?から|"
    r"한반도\s*[동서남북](?:해안|부)\s*(?:일대|인근|부근)?\s*에서"
)


#: A launch from a side of a place, without a distance ("from an area south of Pyongyang"): the
#: place is no site (_site reads none), the clause a TODO.
_SIDE_FROM_EN = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?(?:area|areas|region|site|place)s?\s+"
    r"(?:(?:north|south)?(?:east|west)?|north|south)(?:ern)?\s+of\b|"
    # round 13: "fired … from a western region toward the East Sea" (a side of the country)
    r"\bfrom\s+an?\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"ern\s+(?:region|area|part)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _listed_sites(part: _Sentence) -> list[str]:
    """The sites of a launch clause told as a list, one a launch ("북한이 평양 순안, 평안남도 개천,
    평안북도 동창리, 함경남도 함흥 일대에서 발사한", "from Sunan, Kaechon, Tongchang-ri and
    Hamhung", "from the inland cities of Pyongyang and Kaechon, the northwestern region of
    Tongchang-ri and …"); [] unless every item of the list is a place in or near North Korea (a
    province before it allowed) and there are two or more."""
    work, language = part.work, part.language
    if language == "en":
        m = _SITE_LIST_EN.search(work)
        if not m:
            return []
        start, text = m.start("list"), m.group("list")
    else:
        last = [n for n in part.names if any(_launch_rank(e) < 2 for e in n.entries)]
        mark = last and re.match(r"\s*" + _FROM_MARK[language], work[last[-1].end :])
        if not mark:
            return []
        head = re.split(r"[。.!?「」\"“”]|[はが]|(?:이|가|은|는)\s", work[: last[-1].end])
        text = head[-1]
        start = last[-1].end - len(text)
    sites: list[str] = []
    at = start
    for chunk in _SITE_LIST_JOIN.split(text):
        lo = work.find(chunk, at)
        at = lo + len(chunk)
        if language == "en":
            lo += _SITE_WORDS_EN.match(chunk).end()  # type: ignore[union-attr]
            chunk = work[lo:at].strip()
        if not chunk:
            continue
        inside = [n for n in part.names if lo <= n.start and n.end <= at]
        best = [
            (min(_launch_rank(e) for e in n.entries), n) for n in inside
            if any(_launch_rank(e) < 2 for e in n.entries)
        ]  # fmt: skip
        rest = chunk
        for n in inside:
            rest = rest.replace(n.text, " ")
        word = re.sub(_SITE_LIST_REST, "", rest)
        city = None if language == "en" or best or not word else next(
            (c for c in (load_gazetteer().find(word + x) for x in _CITY_SUFFIXES[language])
             if isinstance(c, Place)),
            None,
        )  # fmt: skip
        if city is not None:  # "평안남도 개천": a city named without 시 (README, Holdout 10)
            best, rest = [(_launch_rank(city), NameFound(lo, at, word, (city,)))], ""
        if not best or re.sub(_SITE_LIST_REST, "", rest):
            if sites and language == "en":
                break  # the list ended: "… and Hamhung during the morning"
            return []
        rank, found = min(best, key=lambda b: (b[0], -b[1].start))
        sites.append(next(e.name for e in found.entries if _launch_rank(e) == rank))
    return sites if len(sites) >= 2 else []


#: Round 19: an unknown site listed before a known one ("江原道旗対嶺(キテリョン)と、隣接する
#: 元山一帯から", "안변군 깃대령 기지와 원산 주변 기지에서", "깃대령과 원산 일대에서"): the words
#: just before the known site, ending with the conjunction.
_UNKNOWN_THEN_KNOWN = {
    "ja": re.compile(
        r"(?P<x>[\u4e00-\u9fffァ-ヴー]{2,8})(?:[(（][^()（）]{1,20}[)）])?\s?(?:と[、,]?|及び|および)"
        r"\s?(?:隣接する|近くの|近隣の)?\s?$"
    ),
    "ko": re.compile(
        r"(?<![가-힣])(?P<x>[가-힣]{2,6})(?:\s*(?:기지|비행장))?(?:과|와)\s+(?:인접한\s+|인근\s+)?$"
    ),
}


def _is_reading(work: str, names: Sequence[NameFound], found: NameFound) -> bool:
    """Round 27: whether ``found`` opens the brackets right after another name: its reading
    ("元山(ウォンサン)", "順安(スナン)"), the same place told again, not another.

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "元山(ウォンサン)一帯から"
    >>> names = load_gazetteer().names_in(work)
    >>> [_is_reading(work, names, n) for n in names]
    [False, True]
    """
    return any(re.fullmatch(r"\s?[(（]", work[n.end : found.start]) for n in names)


def _unknown_listed_site(part: _Sentence) -> list[str]:
    """Round 19: sites told as a list of an unknown place and a known one ("旗対嶺(キテリョン)と、
    隣接する元山一帯から", "깃대령 기지와 원산 주변 기지에서"): one launch each, North Korea for
    the unknown one when the clause names it (README, Holdout 7), the known site for the other;
    [] otherwise. The unknown site is left as a TODO by the caller."""
    work, language = part.work, part.language
    if language not in _UNKNOWN_THEN_KNOWN:
        return []
    known = [
        n
        for n in part.names
        if any(_launch_rank(e) < 2 for e in n.entries) and not _is_reading(work, part.names, n)
    ]
    if not known or not any(e.name == "North Korea" for n in part.names for e in n.entries):
        return []
    last = known[-1]
    rest = r"\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:주변\s*기지|주변|周辺|일대|一帯|付近)?\s*"
    if not re.match(rest + _FROM_MARK[language], work[last.end :]):
        return []
    m = _UNKNOWN_THEN_KNOWN[language].search(work[: last.start])
    if m is None or any(n.start < m.end("x") and m.start("x") < n.end for n in part.names):
        return []
    rank = min(_launch_rank(e) for e in last.entries)
    return ["North Korea", next(e.name for e in last.entries if _launch_rank(e) == rank)]


#: A place the launch was near, then the site's own name ("首都平壌近郊の祥原付近から", "평양 인근의
#: 상원 일대에서", "from Sangwon, near Pyongyang"): the group ``w`` is the site.
_NEAR_THEN_SITE = {
    "ja": re.compile(
        # round 13: "咸興の東にある新浦付近から" (a side told with にある / に位置する)
        r"^\s?(?:(?:近郊|近く|郊外|周辺|の?[東西南北]{1,2}(?:方|側)?)の|に近い|"
        r"(?:の?[東西南北]{1,2}(?:方|側)?)?に(?:ある|位置する))\s?"
        r"(?!海上|海域|沖|地域|地点|基地|[東西]?海岸|沿岸)"
        # round 13: "平壌北方の平安南道・价川付近から" (a 中黒 after the province)
        r"(?:[\u4e00-\u9fff]{2,4}[道省]\s?[・･]?\s?)?(?P<w>[\u4e00-\u9fffァ-ヴー]{1,8}?)(?:\([^()]{1,30}\))?"
        r"\s?(?:付近|一帯|周辺|近郊|近く)?\s?(?:から|より)"
    ),
    "ko": re.compile(
        # round 12: a side of the known place ("평양 북쪽 숙천 일대에서")
        r"^\s*(?:인근|근교|근처|외곽|[동서남북]{1,2}(?:쪽|방)|"
        r"(?=의\s*[가-힣]{2,6}(?:반도|섬|도|곶|단)\b)|"
        # round 15: "원산 호도반도 일대에서" (a peninsula right after the place, no 의)
        # (round 20: also a side of it, "원산 호도반도 북쪽에서")
        r"(?=\s+[가-힣]{1,5}반도\s*(?:[동서남북]{1,3}(?:쪽|방)\s*)?(?:일대|인근|부근)?\s*에서))"
        r"(?:의)?\s*"
        # round 16: "신포 동북방 동해상에서" (a sea off the place: the launch was made off it)
        # (round 22: "원산 인근 동해안에서", the town's coast: the town, README Holdout 17)
        r"(?!해상|해역|바다|앞바다|지역|지점|기지|일대|부근|잠수함|바지선|[동서]?해안|연안|"
        r"(?:동|서|남|황)해\s*상?\s*(?:에|의|으|일대))"
        r"(?P<w>[가-힣]{2,6})(?:\([^()]{1,30}\))?"
        # round 20: a side of the site ("원산 호도반도 북쪽에서")
        r"\s*(?:[동서남북]{1,3}(?:쪽|방)\s*)?(?:(?:일대|인근|부근|지역|근처)\s*)?(?:에)?서"
    ),
}
_SITE_THEN_NEAR_EN = re.compile(
    r"\bfrom\s+(?:near\s+)?(?:the\s+|its\s+)?(?P<w>(?-i:[A-Z])[\w'’-]+)"
    r"(?:\s+(?:area|county|district|region|peninsula|island))?,?\s+"
    r"(?:near|outside|just outside|close to|(?:north|south)?(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+)?(?:capital(?:\s+city)?,?\s+)?"
    # round 15: "near the east coast town of Wonsan" (the, and coast, as well as its / coastal)
    r"(?:(?:its\s*)?(?:(?:east|west)(?:ern)?\s+)?(?:coast(?:al)?\s+)?(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


def _near_unknown(
    work: str, names: Sequence[NameFound], found: NameFound, language: str, *, known: bool = False
) -> bool:
    """Whether the name ``found`` only says where a site the gazetteer does not know is
    ("首都平壌近郊の祥原付近から", "평양 인근의 상원 일대에서", "from Sangwon, near Pyongyang").
    With ``known``, also where a site the gazetteer knows is ("平壌北方の平安南道・价川付近から":
    Pyongyang only locates Kaechon), so that the name after it is the site (round 13).

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "首都平壌近郊の祥原付近から発射"
    >>> names = load_gazetteer().names_in(work)
    >>> [_near_unknown(work, names, f, "ja") for f in names if work[f.start : f.end] == "平壌"]
    [True]
    >>> work = "平壌近郊の順安付近から発射"
    >>> names = load_gazetteer().names_in(work)
    >>> [_near_unknown(work, names, f, "ja") for f in names if work[f.start : f.end] == "平壌"]
    [False]
    """
    if language == "en":
        m = _SITE_THEN_NEAR_EN.search(work[max(0, found.start - 60) : found.start])
        start = (
            found.start - len(work[max(0, found.start - 60) : found.start]) + m.start("w")
            if m
            else 0
        )
    else:
        pattern = _NEAR_THEN_SITE.get(language)
        m = pattern.match(work[found.end :]) if pattern else None
        start = found.end + m.start("w") if m else 0
    if m is None:
        return False
    return known or not any(f.start <= start < f.end for f in names)


#: Round 26: the words between the two places of a stretch told as the launch site
#: ("舞水端里から元山にかけての地域から", "무수단리 이남에서 원산시 사이의 동해안 일대", "from the
#: coast between Wonsan and Hamhung"), and the words after the second.
_PLACE_SPAN = {
    "ja": (
        re.compile(r"(?:\s?[(（][^()（）]{1,30}[)）])?\s*(?:市|郡)?\s*から[^。、.]{0,30}?$"),
        re.compile(r"(?:\s?[(（][^()（）]{1,30}[)）])?\s*(?:市|郡)?\s*(?:の間|にかけて)"),
    ),
    "ko": (
        re.compile(r"(?:시|군)?\s*(?:이[남북동서]|[남북동서]쪽)?\s*에서[^.。,]{0,30}?$"),
        re.compile(r"(?:시|군)?\s*사이"),
    ),
    "en": (re.compile(r"^\s+and\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?$", re.I), None),
}
_FROM_BETWEEN_EN = re.compile(
    r"\bfrom\s+(?:(?:the|an?|its|[\w'’-]+)\s+){0,4}between\s+(?:the\s+)?$", re.IGNORECASE
)


def _place_span(work: str, language: str, names: Sequence[NameFound]) -> list[NameFound]:
    """Round 26: the names that are ends of a stretch told as where missiles were fired from
    (a launch site between two places is no site: a TODO).

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "新浦から咸興にかけての海岸から3発を発射した"
    >>> [n.text for n in _place_span(work, "ja", load_gazetteer().names_in(work))]
    ['新浦', '咸興']
    >>> work = "新浦から咸興方面に発射した"
    >>> _place_span(work, "ja", load_gazetteer().names_in(work))
    []
    """
    before, after = _PLACE_SPAN[language]
    out: list[NameFound] = []
    for a in names:
        for b in names:
            if b.start <= a.end or b.start - a.end > 45 or a.text == b.text:
                continue
            if any(
                all(isinstance(e, Region) and e.kind == "sea" for e in n.entries) for n in (a, b)
            ):
                continue  # "元山付近から日本海にかけて": a way to a sea, no stretch of coast
            if language == "en":
                if before.match(work[a.end : b.start]) and _FROM_BETWEEN_EN.search(
                    work[max(0, a.start - 80) : a.start]
                ):
                    out += [a, b]
            elif (
                after is not None
                and before.search(work[a.end : b.start])
                and after.match(work, b.end)
            ):
                out += [a, b]
    # round 27: a reading in brackets just after an end is that end ("元山(ウォンサン)にかけて")
    out += [
        n
        for n in names
        if n not in out and any(re.fullmatch(r"\s?[(（]", work[m.end : n.start]) for m in out)
    ]
    return out


#: Round 33: a part of the country just before brackets ("東部(咸鏡南道・新浦付近)から", "서부
#: (평안북도 구성 일대)에서"): the brackets name the place in that part, which is the site.
_PART_BEFORE_BRACKETS = re.compile(
    r"(?:(?<![\u4e00-\u9fff\u30a0-\u30ff])|(?<=北朝鮮)|(?<=北朝鮮の))(?:[東西南北]{1,2}|中)部\s?$|"
    r"(?:(?<![가-힣])|(?<=북한)|(?<=북한의)|(?<=북한\s))(?:[동서남북]{1,2}|중)부\s*$"
)

#: The brackets closing right after the site's name, then the mark of a site ("…新浦付近)から",
#: "…구성 일대)에서"; not "(平壌の北)から", a side of the place).
_BRACKETS_CLOSE_ON_SITE = re.compile(
    r"\s?(?:付近|一帯|周辺|地域|일대|부근|인근|지역)?\s?[)）]\s?(?:から|より|에서)"
)


def _beside_unknown(work: str, names: Sequence[NameFound], at: int) -> bool:
    """Whether the name at ``at`` stands in brackets just after a word the gazetteer does not
    know ("문천(원산 북방)", "X(平壌の北)"): it says where that place is, and is not the place.

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "문천(원산 북방) 일대에서"
    >>> _beside_unknown(work, load_gazetteer().names_in(work), work.index("원산"))
    True
    >>> work = "ウォンサン(元山)付近から"
    >>> _beside_unknown(work, load_gazetteer().names_in(work), work.index("元山"))
    False
    """
    opening = max(work.rfind("(", 0, at), work.rfind("（", 0, at))
    if opening < 1 or re.search(r"[)）]", work[opening:at]) or not work[opening - 1].isalnum():
        return False
    if _PART_BEFORE_BRACKETS.search(work, 0, opening) and any(
        f.start == at and _BRACKETS_CLOSE_ON_SITE.match(work, f.end) for f in names
    ):
        return False  # round 33: "東部(咸鏡南道・新浦付近)から": the part's place, the site
    closing = re.compile(r"[)）]").search(work, at)
    inside = work[opening + 1 : closing.start() if closing else len(work)].strip()
    if any(f.start == at and work[f.start : f.end] == inside for f in names):
        return False  # "ウォンサン(元山)": the same name in another script
    return not any(f.end == opening for f in names)


#: A sea denied as the place ("동해상이 아닌 … 내륙에", "日本海ではなく", "not in the Sea of Japan
#: but"): no fall in it.
_NOT_THIS_SEA_AFTER = re.compile(
    r"\s*(?:상|해상)?\s*(?:이|가)?\s*(?:아닌|아니라|아니고)(?!가)|"
    r"\s*(?:上)?\s*(?:ではなく|でなく|ではない)(?!か)"  # ("日本海ではないか": a guess that it is)
)
#: A sea named as the side of a land it gives onto ("日本海側の沿岸", "동해 쪽 해안", "the Sea of
#: Japan coast"): a coast, not the sea.
_SEA_SIDE_AFTER = re.compile(
    r"\s*(?:側|쪽|측)\s*(?:の)?\s*(?:沿岸|海岸|岸|地域|연안|해안)|\s+(?:coast|coastline|shore)\b|"
    # round 26: "太平洋側の三陸沖" (the sea off a place on the Pacific side), "태평양 쪽 산리쿠
    # 앞바다": where off that place, no fall in the ocean
    r"\s*(?:側|쪽|측)\s*(?:の)?\s*[^、。,.\s]{1,8}?\s?(?:沖|앞바다|근해)",
    re.IGNORECASE,
)
_NOT_THIS_SEA_BEFORE = re.compile(r"\bnot\s+(?:in|into|on)?\s*(?:the\s+)?$", re.IGNORECASE)


def _seas(sentence: _Sentence) -> list[tuple[int, str]]:
    """The seas named, with where ("서해안" is a coast, not the sea; a sea denied, "동해상이
    아닌", is not named as the place).

    Examples
    --------
    >>> _NOT_THIS_SEA_AFTER.match("상이 아닌 내륙에") is not None
    True
    >>> _NOT_THIS_SEA_BEFORE.search("landed not in the ") is not None
    True
    """
    out = []
    for found in sentence.names:
        if sentence.work[found.end : found.end + 1] == "안":
            continue
        if _SEA_SIDE_AFTER.match(sentence.work, found.end):
            continue  # round 14: "北朝鮮の日本海側の沿岸に落下": a country's coast, not the sea
        if _NOT_THIS_SEA_AFTER.match(sentence.work, found.end) or _NOT_THIS_SEA_BEFORE.search(
            sentence.work[max(0, found.start - 20) : found.start]
        ):
            continue
        if _possible_sea(sentence.work, found):
            continue  # round 29: "太平洋に着弾した可能性も": a possibility, not the report
        seas = [e for e in found.entries if isinstance(e, Region) and e.kind == "sea"]
        if seas:
            out.append((found.start, seas[0].name))
    if sentence.language == "ja":
        for m in _EAST_SEA_FALL_JA.finditer(sentence.work):
            if not any(at == m.start() for at, _ in out):
                out.append((m.start(), "Sea of Japan"))
        out.sort()
    return out


#: Round 33: what joins two seas fallen into by one verb ("日本海と太平洋に", "서해와
#: 동중국해에", "the Sea of Japan and the Pacific", "the Yellow and East China Sea").
_SEAS_JOIN = re.compile(r"\s*(?:と|や|及び|および|와|과|및|\band)\s*(?:the\s+)?", re.IGNORECASE)
#: A sea's first word before another sea's name, the noun "Sea" shared ("the Yellow and East
#: China Sea").
_SHARED_SEA_NOUN = re.compile(r"\b(?-i:(?P<word>[A-Z][a-z]+))\s+and\s+(?:the\s+)?$")
#: Two seas as the ends of a stretch, not two places fallen into ("黄海と東シナ海の間",
#: "서해와 동해 사이", "between the Yellow Sea and …").
_SEAS_BETWEEN_AFTER = re.compile(r"\s*(?:の)?\s*(?:間|中間|사이|의\s*사이)")
_SEAS_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _joined_seas(part: _Sentence, seas: Sequence[tuple[int, str]]) -> list[str]:
    """Round 33: the two seas of a fall told in both by one verb ("日本海と太平洋に落下",
    "서해와 동중국해에 떨어졌다", "fell into the Sea of Japan and the Pacific", "into the
    Yellow and East China Sea"), else none: a fall in each (README "Round 33").

    Examples
    --------
    >>> from alertmap.layers.gazetteer import load_gazetteer
    >>> work = "一部は日本海と太平洋に落下した。"
    >>> part = _Sentence(work, "ja", work, [], load_gazetteer().names_in(work), [], [], False)
    >>> _joined_seas(part, _seas(part))
    ['Sea of Japan', 'North Pacific Ocean']
    >>> work = "一部は日本海と太平洋の間に落下した。"
    >>> part = _Sentence(work, "ja", work, [], load_gazetteer().names_in(work), [], [], False)
    >>> _joined_seas(part, _seas(part))
    []
    """
    work = part.work
    found = {n.start: n for n in part.names}
    named = [(found[at], name) for at, name in seas if at in found]
    if len(named) == 1 and part.language == "en":
        second, name = named[0]
        m = _SHARED_SEA_NOUN.search(work, max(0, second.start - 40), second.start)
        if m and re.search(r"\bSea\Z", second.text) and m.end() == second.start:
            first = load_gazetteer().find(m.group("word") + " Sea")
            if (
                isinstance(first, Region)
                and first.kind == "sea"
                and first.name != name
                and not _SEAS_BETWEEN_BEFORE.search(work, max(0, m.start() - 12), m.start())
            ):
                return [first.name, name]
        return []
    if len(named) != 2:
        return []
    (a, first_name), (b, second_name) = named
    if first_name == second_name or not _SEAS_JOIN.fullmatch(work, a.end, b.start):
        return []
    if _SEAS_BETWEEN_AFTER.match(work, b.end) or _SEAS_BETWEEN_BEFORE.search(
        work, max(0, a.start - 12), a.start
    ):
        return []
    return [first_name, second_name]


#: Round 29: a fall in a sea told as a possibility ("太平洋に着弾した可能性も", "태평양에
#: 떨어졌을 가능성", "may have fallen into the Pacific"): no sea for the fall, a TODO.
#: Round 31: every wording of a possibility, in three languages ("かもしれない", "떨어졌을 수도
#: 있다", "possibly landed", "it is possible that … came down in"; "とみられる", "것으로 추정",
#: "presumed" stay reports).
_POSSIBLE_WORDS_CJK = r"(?:可能性|恐れ|おそれ|かもしれ|かも知れ|가능성|우려|수도\s*있)"
_POSSIBLE_SEA_AFTER = re.compile(
    r"[^、。,.\s]{0,4}?\s*(?:に|へ|에|으로|로)\s*(?:着弾|落下|落ち|弾着|떨어)[^、。,.]{0,8}?"
    + _POSSIBLE_WORDS_CJK
)
_POSSIBLE_SEA_BEFORE = re.compile(
    r"(?:\b(?:may|might|could)\s+(?:also\s+)?have\s+|\b(?:possibly|perhaps|maybe)\s+|"
    r"\b(?:it\s+is|it['’]s|it\s+was)\s+(?:also\s+)?possible\s+(?:that\s+)?[^.;]{0,40}?)"
    r"(?:fallen|fell|landed|dropped|crashed|splashed\s+down|come\s+down|came\s+down)\s+"
    r"(?:in|into|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _possible_sea(work: str, found: NameFound) -> bool:
    """Whether a sea is named as where a fall possibly was, not where it was reported."""
    return bool(
        _POSSIBLE_SEA_AFTER.match(work, found.end)
        or _POSSIBLE_SEA_BEFORE.search(work[max(0, found.start - 90) : found.start])
    )


#: Round 18: "東海に着弾" in Korean media's Japanese (KBS: "東の海、東海に向けて"): the East
#: Sea, the Sea of Japan, only where a fall is told right after it (東海 is also Japan's Tokai
#: region: "東海地方", "東海村", "東海沖" stay nothing).
_EAST_SEA_FALL_JA = re.compile(
    r"(?<![\u4e00-\u9fff])東海(?:上|の海上)?\s*(?:に|へ)\s*(?=(?:着弾|落下|落ち|弾着))"
)


_EEZ_JA = re.compile(
    r"(?:排他的経済水域|EEZ)[^、。]{0,14}?(?P<side>内側|の内|内|の中|外側|の外|外)"
    # "EEZ(排他的経済水域)に落下": into the zone
    r"|(?:排他的経済水域|EEZ)\)?(?:\([^()]{1,20}\))?\s*(?P<side4>に|へ)"
    r"(?=\s*(?:落下|落ち|着弾|弾着|墜落))"
    # round 14: "EEZ(排他的経済水域)には落下しなかった" (the fall denied: _NOT_INSIDE_AFTER)
    r"|(?:排他的経済水域|EEZ)\)?(?:\([^()]{1,20}\))?"
    + _AND_WATERS_JA
    + r"\s*(?P<side5>に)(?=(?:は|も)\s*落下(?:"
    + _FALL_DENIED_AFTER_JA
    + r"))"
    r"|(?P<side2>予告(?:落下)?区域|予告していた(?:地域|区域|海域))[^、。]{0,6}?(?P<side3>内側|の内|内|外側|の外|外)"
    # round 25: "航行禁止区域に設定した日本海に落下" (the sea declared closed: inside)
    r"|(?P<closed>航行\s*禁止\s*(?:区域|海域)(?:に|と)\s*(?:設定|指定|宣布)した)(?=[^、。]{1,8}?に(?:落下|着弾|落ち))"
    # round 32: an area the firer announced, fallen in ("公表していた…に設定されている訓練海域内
    # の…に落下", "予定した海域に落下させた", "各訓練海域に落下")
    r"|(?P<notice>(?:(?:公表|発表|予告|通告|通報|指定|予定)(?:して|し)?(?:い)?た[^、。]{0,30}?"
    r"|(?<![^\s、。は])各|(?:設定|指定)(?:されて(?:い)?|され)?た)(?:各\s?)?(?:訓練|演習)?(?:海域|区域))"
    r"(?=(?:内|の中)?(?:の[^、。]{0,16}?)?\s*(?:に|へ)\s*(?:落下|着弾|落ち|落とさ))"
)
_EEZ_KO = re.compile(
    # (round 32: "일본 EEZ 수역에 떨어진", the zone's waters)
    r"(?:배타적\s*경제\s*수역|EEZ)\)?(?:\s*\([^()]{1,20}\))?(?:\s*수역)?" + _AND_WATERS_KO + r"\s*"
    # ("EEZ인 이시카와현의 헤구라지마 서북쪽 약 250㎞에 낙하": a place that is in the EEZ)
    r"(?P<side>에|안쪽|안|내|밖|바깥|외|인(?![가-힣]))"
    r"|(?P<side2>(?:통보|예고|공지)한?[^,.]{0,8}?(?:구역|해역|지역))[^,.]{0,4}?(?P<side3>안|내|밖|바깥|외)"
    # round 25: "항해금지구역으로 선포한 동해상에 떨어졌다" (the sea declared closed: inside)
    r"|(?P<closed>항(?:해|행)\s*금지\s*(?:구역|해역)으로\s*(?:선포|설정|지정)한)(?=\s*[^,.\s]{1,8}에)"
    # round 32: an area the firer announced, fallen in ("지정된 바다 구역에 떨어졌다", "통보한
    # 훈련 해역 안에 낙하했다")
    r"|(?P<notice>(?:지정|통보|예고|공지|설정|선포|공표)(?:된|한|했던)\s*(?:[^,.\s]+\s*){0,2}?"
    r"(?:구역|해역))(?=\s*(?:안|내)?(?:에|으로|로)\s*(?:[^,.\s]+\s*){0,2}?(?:떨어|낙하|탄착))"
)
_EEZ_EN = re.compile(
    # round 10: "fell into the sea before reaching Japan's exclusive economic zone": outside
    # round 18: "fell in an area far from Japan's exclusive economic zone": outside
    r"\b(?P<side>outside|inside|within|beyond|into|in|before\s+(?:reaching|entering)|"
    r"(?<!not\s)(?<!n['’]t\s)far\s+(?:away\s+)?from)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:(?:Japan|(?:the|our|his|her|their) country)['’]s\s+|"
    r"(?:its|Japanese)\s+)?"
    r"(?:maritime\s+)?"  # (round 33: "Japan's maritime exclusive economic zone")
    r"(?:exclusive economic zone|economic exclusive zone|EEZ)"  # (both orders are printed)
    r"|\b(?P<side3>outside|inside|within)\s+(?:of\s+)?(?:the\s+)?(?P<side2>(?:notified|designated|"
    r"announced|identified)\s+(?:\w+\s+)?(?:zones?|areas?))",
    re.IGNORECASE,
)
#: Round 32: an area the firer announced, fallen in ("fell into expected sea areas", "fell into
#: a designated area in the high seas", "fell in the EEZ part of a Chinese-designated training
#: area"): inside the notified areas.
_NOTICE_EN = re.compile(
    r"\b(?:fell|landed|dropped|splashed\s+down|came\s+down)\s(?:[^.;,]{0,40}?)"
    r"(?P<notice>(?:[\w-]+-)?(?:designated|expected|announced|notified|declared|pre-?designated)"
    r"\s+(?:(?:training|exercise|drill|sea|target|impact)\s+)?(?:areas?|zones?|waters))",
    re.IGNORECASE,
)
_INSIDE_WORDS = {
    "内側", "の内", "内", "の中", "に", "へ", "에", "안쪽", "안", "내", "인", "inside", "within",
    "into", "in",
}  # fmt: skip
#: A side of the zone denied: "EEZ内ではない", "EEZ 안이 아닌", "not inside the EEZ".
_NOT_INSIDE_AFTER = re.compile(
    r"^\s*(?:で(?:は|も)?な[いく]|ではありません|じゃな|(?:이|가)\s*아[니닌]"
    # round 13: "EEZの内側への落下はないと推定" (the fall denied, the zone named)
    r"|側?(?:へ|に)の?落下(?:は|も)(?:な[いく]|ありません)"
    r"|(?:は|も)\s*落下し(?:なかった|ませんでした|ていない|ておらず|ていません)"
    # round 31: "EEZ에는 떨어지지 않은", "EEZ에는 낙하하지 않았다"
    r"|(?:는|도)\s*(?:떨어지|낙하하)지\s*않)"
)
_NOT_INSIDE_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _zones(work: str, language: str) -> list[tuple[int, str, str]]:
    """(position, 'inside' or 'outside', area) for each "inside/outside the EEZ / the notified
    areas" of a sentence."""
    pattern = {"ja": _EEZ_JA, "ko": _EEZ_KO, "en": _EEZ_EN}[language]
    out = []
    for m in pattern.finditer(work):
        groups = m.groupdict()
        if groups.get("closed") or groups.get("notice"):  # round 25: a sea declared closed
            out.append((m.start(), "inside", "notified areas"))  # (round 32: an area announced)
            continue
        if groups.get("side4"):  # round 28: "EEZに落下するミサイルは確認されていない": no zone
            verb = re.match(r"\s*(?:落下|落ち|着弾|弾着|墜落)", work[m.end() :])
            if verb and _UNCONFIRMED_NOUN_AFTER.search(work[m.end() + verb.end() :][:40]):
                continue
        notified = bool(m.group("side2"))
        side = (
            (m.group("side3") if notified else m.group("side"))
            or groups.get("side4")
            or groups.get("side5")
            or ""
        )
        where = "inside" if side.lower() in _INSIDE_WORDS else "outside"
        if _NOT_INSIDE_AFTER.match(work[m.end() : m.end() + 12]) or _NOT_INSIDE_BEFORE.search(
            work[max(0, m.start() - 16) : m.start()]
        ):
            where = "outside" if where == "inside" else "inside"  # "EEZ内ではない"
        out.append((m.start(), where, "notified areas" if notified else "Japan EEZ"))
    if language == "en":
        told = {a for _, _, a in out}
        for m in _NOTICE_EN.finditer(work):
            if "notified areas" not in told:
                out.append((m.start("notice"), "inside", "notified areas"))
        out.sort()
    return out


#: The nouns of a flight's figures, by language: the apogee, the flight distance.
_APOGEE = {
    "ja": r"(?:最高到達高度|最高高度|最大高度|到達高度|高度|高さ)",
    "ko": r"(?:최고\s*고도|최대\s*고도|정점\s*고도|고도|최고\s*높이|높이)",
    "en": r"(?:altitude|apogee|height|as high as|(?:climbed|rose|soared)\s+to)",  # (round 25)
}
_RANGE_BEFORE = {
    # (round 19: "弾頭部の到達距離は約500キロ"; "最大到達距離" stays a type's, _CAPABILITY)
    "ja": r"(?:(?:飛翔|飛しょう|飛行|移動|到達)(?:した)?距離|飛距離)",
    "ko": r"(?:비행\s*거리|비거리|사거리|(?<![가-힣])거리)",
    "en": r"(?:travell?ed|travell?ing|flew|covered|covering|flying|flown|flight of|"
    r"(?:flight\s+)?(?:range|distance)(?:\s+(?:of|was|is|reaching|reached|at))?|"
    # round 22: "followed an elliptical trajectory of 1,587 kilometers" (the path flown)
    r"(?:followed|flew|flying|along)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:trajector(?:y|ies)|orbits?|flight\s+paths?)\s+of)",
}
#: How far a figure's noun may stand before its number (characters without a digit or a
#: clause end): a figure belongs to the noun before it ("비행거리는 1000km 정도이고 최고 고도는
#: 6000km": 1000 km is the range).
_NOUN_GAP = {"ja": 14, "ko": 14, "en": 40}
#: Two figures told in parallel, each after its own topic ("A 미사일은 600여㎞, B 미사일은 120여㎞를
#: 비행", "1発目は約600キロ、2発目は約120キロ飛行"): the first shares the second's noun.
_TOPIC_BEFORE = re.compile(
    r"(?:미사일|번째|발째|発目|ミサイル)(?:은|는|は)\s*(?:약|約|およそ)?\s*$"
)
_PARALLEL_TOPIC = re.compile(
    r"\s*(?:[、,])[^,.、。]{1,40}?(?:미사일|번째|발째|発目|ミサイル)(?:은|는|は)\s*(?:약|約|およそ)?\s*$"
)
#: A distance between places, not a flight's ("given its distance of 120 kilometers from
#: Jangyon", "長淵から120キロ離れた", "장연에서 120㎞ 떨어진 곳"): no range.
_DISTANCE_NOUN = re.compile(
    r"(?:\bdistance\s+(?:of\s+)?|距離\s*|거리\s*)(?:about\s+|約|약\s*)?$|から|에서", re.IGNORECASE
)
_APART_FROM = re.compile(
    r"\s*(?:away\s+)?from\b|\s*(?:ほど|程度)?\s*離れ|\s*(?:정도)?\s*떨어진\s*(?:곳|지점|지역|위치)",
    re.IGNORECASE,
)
#: Round 25: a distance told from the launch point ("発射地点から約400キロ先の海上に着弾",
#: "발사지점으로부터 420km 거리의 해상에", "landed about 350 km from its launch site"): the range.
_FROM_LAUNCH_POINT_BEFORE = re.compile(
    r"(?:発射(?:地点|場所|位置)から|발사\s*(?:지점|장소|위치)\s*(?:으로부터|로부터|에서|부터))\s*"
    r"(?:約|およそ|약)?\s*$"
)
_FROM_LAUNCH_POINT_AFTER = re.compile(
    r"^\s*(?:away\s+)?from\s+(?:the|its|their)\s+launch(?:ing)?\s+(?:site|point|pad|location)s?\b",
    re.IGNORECASE,
)
#: Round 31 (README, "Round 31"; Holdout 9's convention settled): a target struck so far away
#: ("hit a target 700 km away", "hitting targets 1,500 kilometers away on Saturday",
#: "820㎞ 떨어진 표적을 명중", "820キロ離れた標的に命中") is the range; not where a bearing, a place
#: or a sea follows ("a target 300 km east of …", "… away off the coast", "away from …"), nor
#: a distance from a place told before ("김책에서 …", "金策から …"), nor what a type can hit.
_STRUCK_TARGET_BEFORE_EN = re.compile(
    r"\b(?:hit|hits|hitting|struck|strikes?|striking|destroy(?:ed|s|ing)?|reach(?:ed|es|ing)?)"
    r"\s+(?:(?:a|the|its|their|his)\s+)?(?:[\w-]+\s+){0,2}?targets?\s+"
    r"(?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_CAN_STRIKE_BEFORE_EN = re.compile(
    r"\b(?:can|could|would|able\s+to|capable\s+of|designed\s+to|enough\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:hit|hitting|strike|striking|destroy|destroying|reach|reaching)\b[^.;]*$",
    re.IGNORECASE,
)
_AWAY_THEN_EN = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?away\b(?=\s*(?:[,.;:)\]\"”’]|$)|\s+(?:after|and|with|while|"
    r"during|before|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+\d)|"
    r"in\s+(?:the\s+)?(?:test|drill|exercise|launch)|according|(?:\w+ly)\b(?!\s+(?:east|west|"
    r"north|south|off|from|of|in|near))))",
    re.IGNORECASE,
)
_AWAY_TARGET_AFTER = {
    "ja": r"^\s*(?:ほど|あまり|余り)?\s*離れた\s*(?:海上の|海域の|所の|場所の|地点の)?\s*"
    r"(?:標的|目標)[^。、\d]{0,8}?(?:命中|打撃|撃破)",
    "ko": r"^\s*(?:가량|정도|여)?\s*(?:떨어진|밖의|밖)\s*(?:해상\s*)?(?:의\s*)?"
    r"(?:표적|목표)(?:\s*섬)?(?:을|를|에)?\s*(?:정확히\s*|정확하게\s*)?(?:명중|타격|격파)",
    "en": r"(?!)",
}
_PLACE_FROM_BEFORE = re.compile(r"(?:から|より|에서|으로부터|로부터)\s*(?:約|およそ|약)?\s*$")


def _target_so_far_away(before: str, after: str, language: str) -> bool:
    """Whether a distance is how far away a struck target was (round 31): the range."""
    if language == "en":
        return bool(
            _STRUCK_TARGET_BEFORE_EN.search(before)
            and not _CAN_STRIKE_BEFORE_EN.search(before)
            and _AWAY_THEN_EN.match(after)
        )
    return bool(
        re.match(_AWAY_TARGET_AFTER[language], after) and not _PLACE_FROM_BEFORE.search(before)
    )


#: Round 25: more kilometres than any flight ("400500km", a span with its sign lost): no figure,
#: a TODO.
_TOO_FAR_KM = 40_000.0
#: A figure's noun after its number ("約2000キロの高度", "1000km 고도"), when none stands before.
_APOGEE_AFTER = {
    "ja": r"^[^、。\d]{0,10}?(?:の)?(?:高度|高さ)",
    "ko": r"^[^,.\d]{0,6}?(?:고도|높이)",  # (round 14: "50km 높이로")
    # (round 15: "soared 50 kilometers high"; round 31: "reaching 4,350 km in altitude")
    "en": r"^\s*(?:high\b|in\s+(?:altitude|height)\b)",
}
#: Round 25: a height climbed to, told by the verb after the number ("95キロまで上昇",
#: "151㎞까지 올라가다가"): the apogee, whatever numbers follow in the sentence.
_CLIMBED_TO = {
    "ja": r"^\s*(?:ほど)?\s*まで\s*(?:上昇|上が)",
    "ko": r"^\s*(?:여|가량)?\s*까지\s*(?:올라|상승|치솟)",
    "en": r"(?!)",
}
#: A figure's noun after its number, told as the manner of the flight ("50km 높이로 410km 가량
#: 비행", "50キロの高さで400キロ飛行"): the noun is that number's even when another follows.
_NOUN_AS_MANNER = re.compile(r"\s*(?:으로|로|で)(?![가-힣ぁ-ん])")
#: A number with its unit just before a figure's noun ("50km 높이"): the noun is that number's.
_NUMBER_BEFORE_NOUN = re.compile(
    r"\d\s*(?:km|㎞|킬로미터|킬로|キロメートル|キロ)\s*(?:の)?\s*$", re.IGNORECASE
)
_RANGE_AFTER = {
    # ("350キロ程度、飛翔": a comma just before the verb)
    # round 22: "1500キロの飛行区間を楕円…軌道に沿って飛行し" (the stretch flown; first, so
    # that its noun's 飛行 is not taken for the verb)
    "ja": r"^\s*の\s*(?:飛行|飛翔)区間を[^。]{0,40}?(?:飛翔|飛しょう|飛行)|"
    # (round 26: a lower bound before the comma, "200キロ以上、飛行した")
    r"^(?:[^、。\d]{0,4}?(?:を|も|ほど)?|\s*(?:以上|超|余り|あまり)?\s*[、,]\s*)"
    r"(?:飛翔|飛しょう|飛行|飛ん|飛び|移動)|"
    # round 28: "約250キロ北東方向に飛行した" (the way flown between the distance and the verb)
    r"^\s*(?:あまり|余り|ほど)?\s*[東西南北]{1,3}(?:の)?(?:方向|方角)?\s*(?:に|へ)\s*"
    r"(?:向けて|向かって)?\s*(?:飛翔|飛しょう|飛行|飛ん|飛び)|"
    # round 21: "2000キロ先の日本海に設定された標的に命中" (a target that far ahead, struck)
    r"^\s*(?:ほど|あまり)?\s*先の[^。、\d]{0,20}?(?:標的|目標)[^。、\d]{0,6}?(?:命中|打撃)|"
    # round 22: "1587キロを約2時間10分飛行した" (the flight's length between)
    r"^\s*を\s*(?:約|およそ)?\s*\d+\s*時間(?:\s*\d+\s*分)?\s*(?:超|あまり|余り)?\s*"
    r"(?:かけて|にわたって|にわたり)?\s*(?:飛翔|飛しょう|飛行)",
    # ("350km를 날았다": 날다 flown)
    # round 22: "1500㎞의 비행구간을 타원 및 8자형 궤도를 따라 비행해" (the stretch flown; first,
    # so that its noun's 비행 is not taken for the verb)
    "ko": r"^\s*(?:의)?\s*비행\s*구간을[^.]{0,40}?비행|"
    r"^[^,.\d]{0,4}?(?:를|을|가량|정도)?\s*(?:비행|날아|날았|비상)|"
    # round 20: KCNA's "1,500㎞ 계선의 거리를 모의한 … 비행궤도를 …간 비행하여" (the distance the
    # flight path simulated; the verb of flight ends the clause)
    r"^\s*(?:계선의?\s*)?거리를\s*모의한[^.]{0,100}?비행(?:하여|하고|해|했|(?=\s*(?:\.{2,}|…)))|"
    # round 21: "2,000km 거리의 타원형·8자형 비행 궤도를 따라 … 비행해" (the length of the path
    # flown), "1천800㎞계선의 목표 섬에 명중" (KCNA: the target at that distance, struck)
    r"^\s*거리의\s*[^.]{0,30}?비행\s*궤도를\s*따라[^.]{0,60}?비행(?:하여|하고|해|했)|"
    r"^\s*계선의?\s*(?:목표|표적)(?:\s*섬)?(?:을|를|에)\s*(?:정확히\s*)?(?:명중|타격)|"
    # round 22: "1587㎞ 타원형 궤도를 따라 비행한 후", "1587㎞의 타원형궤도를 따라 비행해" (the
    # length of the path flown)
    r"^\s*(?:의)?\s*[가-힣·\s\d]{0,12}?궤도를\s*따라[^.\d]{0,40}?비행",
    "en": r"(?!)",
}
#: Round 21: a distance told as how far the flight went ("flying in elliptical and figure-of-eight
#: orbits for about 2,000 kilometers", "flew over the sea for some 800 km"): a range, even with an
#: "and" between (not "for nearly …", an upper bound).
_FLEW_FOR_EN = re.compile(
    r"\b(?:flying|flew|flown|travell?ed|travell?ing)\b[^.;:\d]{0,60}?\bfor\s+"
    r"(?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+)?$",
    re.IGNORECASE,
)
#: Words that make a number a bound, not a value ("100キロメートル未満", "100km 미만", "less than
#: 100 km", "up to 500 km", "no more than"): the figure is not read and the sentence is a TODO.
#: ("1000キロ超", "over 1,000 km" stay figures: the corpus lists "exceed 7,000 km" as 7000.)
_BOUND_AFTER = re.compile(
    r"^\s*(?:未満|以下|以内|足らず|弱|미만|이하|이내|or (?:less|below|under)\b)"
)
_BOUND_BEFORE = re.compile(
    r"\b(?:less than|under|below|up to|at most|no more than|fewer than|within|lower than)"
    r"\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
#: What stands between two figures told as a list ("それぞれおよそ420キロとおよそ430キロ", "420km와
#: 430km", "420 and 430 km"): the second's noun is the first's too.
_FIGURE_LIST = re.compile(
    r"^\s*(?:と|及び|および|、|,|과|와|및|and)\s*"
    # "約350km、2発目は約400km", "400km, 두 번째는 450km", "450 km and the second 500 km"
    r"(?:(?:[2-9二三四]\s*発目|[2-9두세네]\s*(?:번째|발째)(?:\s*미사일)?|the second(?: one)?)"
    r"\s*[はが은는이가]?\s*)?"
    r"(?:約|およそ|약|about|some|around)?\s*$",
    re.IGNORECASE,
)
#: A missile's order told as the topic of a figure ("1発目がおよそ350キロ、2発目が…", "첫 번째가
#: …, 두 번째가 …"): each figure is that missile's, under the noun told before the first.
_ORDINAL_TOPIC = re.compile(
    r"[1-9一二三四]\s*発目\s*[がは]|[1-9]\s*번째(?:\s*미사일)?\s*[가는은이]"
)
#: "Respectively" before a list of figures ("각각", "それぞれ", "respectively"): the list may go on
#: after a comma.
_RESPECTIVELY = re.compile(r"각각|それぞれ|\brespectively\b", re.IGNORECASE)
#: A figure of a flight that did not happen ("its range at a normal angle", "if fired on a
#: standard trajectory", "capable of"): not this flight's.
_HYPOTHETICAL = re.compile(
    r"normal (?:angle|trajectory)|standard trajectory|\bif (?:it (?:were|was) )?(?:fired|launched)"
    r"|\bcapable of|\bcould (?:reach|fly|travel)|通常(?:の)?(?:角度|軌道)|정상\s*(?:각도|궤도)",
    re.IGNORECASE,
)
#: A range a missile type can reach, not this flight's ("최대 사거리 1300km", "射程千キロ",
#: "a maximum range of 5,500 km", "capable of flying up to"): the noun just before the number.
_CAPABILITY = re.compile(
    r"(?:최대\s*(?:사거리|사정\s*거리|비행\s*거리)|사정\s*거리|射程|最大(?:飛距離|飛翔距離|到達距離)|"
    r"\b(?:maximum|max\.?|full|potential|operational|designed)\s+(?:flight\s+)?range|"
    r"\brange of up to|\bcapable of (?:flying|travell?ing|reaching)|"
    # round 22: "The projectiles' maximum range is presumed to be 70 km" (a type's reach told
    # with a verb of guessing between)
    r"\b(?:maximum|max\.?)\s+range\s+(?:is|was|are|were)\s+(?:presumed|estimated|believed|"
    r"thought|assumed|expected|known|said)\s+to\s+be|"
    r"\b(?:has|have)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}range(?:\s+of)?|"
    # round 18: "Scud missiles with a range of about 500 kilometres", "Scuds with a range of
    # approximately 500km": a type's reach ("six missiles, with a range of 300 to 400
    # kilometers", after a comma, stays the flights')
    r"\b(?:missiles?|rockets?|projectiles?|weapons?|Scuds?|Nodongs?|Rodongs?|Musudans?|"
    r"[SMI]RBMs?|ICBMs?|SLBMs?|types?|variants?|versions?)\s+with\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+)?range(?:\s+of)?)[^\d、。,;]{0,14}$",
    re.IGNORECASE,
)
#: A range that qualifies a class of missile ("사거리 3000㎞이상인 중거리 무수단", "사거리 1000㎞급
#: 준중거리 탄도미사일"): the type's reach, no figure of this flight (round 16); "사거리 450㎞의
#: 탄도미사일" (no class word) stays a figure, and so does a flight's noun before the number.
_CLASS_AFTER = re.compile(
    r"^\s*(?:이상|以上|이하|以下|前後|안팎|내외|가량|정도|쯤|程度|ほど)?\s*(?:급|級|-?class\b)?\s*"
    r"(?:인|의|の|짜리)?\s*"
    # round 23: a projectile qualified by its reach ("사거리 55km가량의 발사체", "射程50キロの
    # 飛翔体"): the kind's reach, as a class
    r"(?:(?:단거리\s*)?발사체|飛翔体|projectiles?\b|"
    r"단거리|중거리|준중거리|장거리|대륙간|근거리|短距離|中距離|準中距離|長距離|大陸間|"
    r"(?:short|medium|intermediate|long|mid)[- ]range|"
    # round 32: a class named by its role ("사거리 100여km의 지대함 미사일", "射程100キロの地対艦
    # ミサイル", "a range of 100 km anti-ship missiles"): the type's reach
    r"지대함|함대함|함대지|지대공|대함|地対艦|艦対艦|艦対地|地対空|対艦|anti-?ship\b|"
    r"surface-to-(?:ship|air)\b|"
    # round 19: a named type or family ("사거리 300㎞ 이상의 스커드-B", "사거리 500 킬로미터
    # 안팎의 스커드 계열", "射程1300キロのノドン"): its reach, no figure of this flight
    r"스커드|노동|무수단|화성|북극성|KN-?\d|スカッド|ノドン|ムスダン|火星|北極星|"
    r"Scuds?\b|[NR]odongs?\b|Musudans?\b|Hwasong)",
    re.IGNORECASE,
)
#: Round 24: a reach told of a kind, not of this flight: in brackets after the missile
#: ("단거리 지대지 미사일(사거리 140km) 4발", "ミサイル(射程約140キロ)"), "with a range of" after
#: a named type ("up to seven Scud-type missiles were fired …, with a range of about 500km"),
#: "the missiles had a range of about 140km".
_TYPES_REACH = re.compile(
    r"[(（]\s*(?:사거리|사정\s*거리|射程(?:距離)?|range(?:\s+of)?)\s*(?:약|約|およそ|about)?\s*$|"
    r"\b(?:Scud|[NR]odong|Musudan|KN-?\d+|Hwasong)[- ]?(?:type|class|variant)s?\b[^.;]{0,120}"
    r"\bwith\s+a\s+range\s+of\s+(?:about|around|some|approximately|up\s+to)?\s*$|"
    r"\b(?:missiles?|rockets?|projectiles?)\s+had\s+(?:a|an)\s+range\s+of\s+"
    r"(?:about|around|some|approximately)?\s*$",
    re.IGNORECASE,
)
_REACH_BEFORE = re.compile(
    r"(?:사거리|사정\s*거리|射程|\brange)\s*(?:는|は|of)?\s*(?:약|約|およそ|about|some)?\s*$",
    re.IGNORECASE,
)
#: A figure told as what was detected or tracked ("최대 비행거리는 약 380㎞, 고도는 약 97㎞로
#: 탐지됐다", "最大飛翔距離は約500キロと探知"): this flight's, even after "최대"/"最大".
_OBSERVED = re.compile(
    r"^[^。.;]{0,30}?(?:탐지|포착|探知|観測|捕捉|\b(?:was|were)\s+(?:detected|tracked)\b)",
    re.IGNORECASE,
)
#: A figure followed by what the missile can do ("사거리 1만3천㎞로 미 본토를 타격할 수 있다",
#: "射程1万キロで米本土に到達可能"): a capability, not this flight's figure.
_CAN_REACH = re.compile(
    # (round 25: not "…飛行した可能性がある", a hedge: 可能性 is a possibility, not a capability)
    r"^[^。.;,、]{0,30}?(?:[할될]\s*수\s*있|できる|可能(?!性)|能力|\bcan\s+(?:reach|strike|hit)\b)"
)
#: Round 30: a reach stretched ("사거리를 160㎞까지 늘렸다", "射程を160キロまで延ばした",
#: "extended its range to 160 km"): what a type can now reach, no figure of this flight.
_STRETCHED_AFTER = re.compile(
    r"^\s*(?:까지|로|으로|まで|に)\s*(?:늘[렸린리어]|연장|확대|증가|伸ば|延ば|延長|拡大|増や)"
)
_STRETCHED_BEFORE = re.compile(
    r"\b(?:extend|increas|expand|stretch|boost|lengthen)(?:ed|ing|es|s)?\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+)?range\s+(?:from\s+\S+(?:\s*(?:km|kilomet(?:er|re)s?))?\s+)?to\s+"
    r"(?:about|around|some|approximately)?\s*$",
    re.IGNORECASE,
)
#: A duration: minutes, or hours and minutes ("86分", "1時間26分", "1시간 26분", "1 hour and 26
#: minutes", "74 minutes").
_DURATION = (
    r"(?:(?P<h>\d+)\s*(?:時間|시간|hours?|hrs?)\s*(?:and\s+)?)?(?P<n>\d+)\s*"
    r"(?:分|분|min(?:ute)?s?\b)"
)
_NOT_SECONDS = r"(?!\s*(?:and\s*)?\d)"  # "47 min 12 sec" is read in seconds
#: Round 31: the same in English with the numbers in digits or words ("one hour and twelve
#: minutes", "3 hours and twenty-five minutes"); seconds after them ("two minutes and ten
#: seconds") are read in seconds.
_DURATION_EN = (
    rf"(?:(?P<h>\d+|{WORD_NUMBER})[\s-]+(?:hours?|hrs?)\s*(?:,\s*)?(?:and\s+)?)?"
    rf"(?P<n>\d+|{WORD_NUMBER})[\s-]*(?:min(?:ute)?s?\b)"
)
_NOT_SECONDS_EN = rf"(?![\s,]*(?:and\s*)?(?:\d|(?:{WORD_NUMBER})[\s-]+(?:seconds?|secs?)\b))"
#: Not the minutes of a clock time ("7時52分", "7시 52분").
_NOT_CLOCK = r"(?<![\d時시:])(?<![時시]\s)(?<!分と)(?<!분과)(?<!분과\s)(?<!分、)"
#: round 13: "午後4時35分と38分ごろに飛翔体を発射": the second time of a list (the guard above),
#: and 飛翔体 (the projectile, a noun) is no verb of flight.
#: A word for a fall, after a time from the launch ("発射から約10分後に…落下", "발사 10여분 만에
#: … 낙하했다", "landed … 30 minutes after being launched").
_FELL_LATER = r"(?=[^。.]{0,40}?(?:落下|着弾|落ち|낙하|떨어|탄착|추락))"
#: Round 25: an English word for a fall after a time from the launch ("48 seconds after launch,
#: the missile fell into …").
_FELL_EN = r"(?=[^.;]{0,60}?\b(?:fell|fallen|landed|crashed|splashed\s+down|came\s+down|dropped)\b)"
_MINUTES = {
    "ja": (
        # (round 24: "1分以上飛行し": a lower bound is the figure)
        _NOT_CLOCK
        + _DURATION
        + r"\s*(?:の?間)?\s*(?:ほど|程度|余り|以上)?\s*(?:にわたって|にわたり)?"
        r"\s*(?:[、,]?\s*[^。、]{0,14}?)?(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛び|飛ん)",
        r"(?:飛翔|飛しょう|飛行)(?:した)?時間(?:[^\d。、]|\d+(?!\s*(?:時間|分|\d))){0,14}?"
        r"(?:約|およそ)?\s*" + _DURATION,
        r"発射(?:から|後)\s*(?:約|およそ)?\s*(?P<n>\d+)\s*分\s*(?:後|ほど|程度|余り)*"
        + _FELL_LATER,
        # round 24: "…に発射され、6分後に…着弾", "発射1分余りで洋上に落下" (the fall told after
        # the launch verb by the minutes since it)
        r"発射(?:され|し)?\s*(?:て|、)?\s*(?:約|およそ)?\s*(?P<n>\d+)\s*分\s*(?:後に?|余りで|あまりで)"
        + _FELL_LATER,
        # round 20: "2時間6分かけて8の字の軌道で1500キロ飛行し" (the time taken, then the flight
        # further on in its clause)
        _NOT_CLOCK + _DURATION + r"\s*(?:ほど|程度|余り|あまり)?\s*かけて[^。、]{0,30}?"
        r"(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛び|飛ん)",
        # round 20: hours alone, a lower bound being the figure ("2時間あまり、1500キロを飛行し")
        r"(?<![\d時:])(?P<h>[1-9])\s*時間(?P<n>)(?!\s*(?:後|前|以内|ぶり|\d))\s*"
        r"(?:ほど|程度|余り|あまり|以上)?\s*(?:かけて)?\s*[、,]?\s*[^。、\d]{0,4}?[\d,.]*\s*"
        r"(?:キロ(?:メートル)?|km)?\s*(?:を)?\s*(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛び|飛ん)",
        # round 21: "2時間強にわたって約1500キロ飛行", "それぞれ2時間超、飛翔し", "それぞれ約2時間、
        # 8の字型に1500キロの距離を飛行し" (a lower bound being the figure; the path between)
        r"(?<![\d時:])(?P<h>[1-9])\s*時間(?P<n>)(?!\s*(?:後|前|以内|ぶり|\d))\s*"
        r"(?:強|超|余り|あまり|以上)?\s*(?:にわたって|にわたり)?\s*[、,]?"
        r"[^。、時分秒]{0,16}?(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛び|飛ん)",
        # round 22: "約2時間かけて、楕円や八の字軌道で1500キロ飛行した" (hours alone, the time
        # taken, then the path and the flight)
        r"(?<![\d時:])(?P<h>[1-9])\s*時間(?P<n>)\s*(?:ほど|程度|余り|あまり)?\s*かけて[^。]{0,40}?"
        r"(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛ん)",
    ),
    "ko": (
        # "약 62분간 비상", "약 30분간 800㎞를 비행"
        # (round 21: "약 2시간 50분을 비행해")
        # (round 29: "1시간 20분 이상 비행한", a lower bound: the figure)
        _NOT_CLOCK + _DURATION + r"\s*(?:간|여|가량)?\s*(?:동안|정도)?\s*(?:을|를)?\s*"
        r"(?:넘게\s*|이상\s*)?"
        # (round 22: "약 2시간 5분 동안 1천500 킬로미터를 날아갔다", a distance in Hangul numerals)
        r"(?:[^,.\d]{0,4}[\d,.][\d,.천백만\s]*?\s*여?\s*(?:㎞|km|킬로미터|킬로)\s*(?:를|을)?\s*)?"
        r"(?:비행|비상|날아)",
        r"비행\s*시간(?:[^\d,.]|\d+(?!\s*(?:시간|분|\d))){0,14}?(?:약)?\s*" + _DURATION,
        # round 29: hours alone as a lower bound, a verb of flight right after ("2시간을 넘게
        # 비행한 것": 120 min; "3시간 넘게 지난 뒤" none)
        _NOT_CLOCK + r"(?P<h>\d+)\s*시간\s*(?:을|를)?\s*(?:넘게|이상|넘어|남짓)\s*(?P<n>)"
        r"(?:동안\s*)?(?:비행|날아)",
        r"발사\s*(?:후\s*)?(?:약\s*)?(?P<n>\d+)\s*(?:여)?\s*분\s*(?:만에|뒤에?|후에?)"
        + _FELL_LATER,
    ),
    "en": (
        r"\b(?:flew|flight|flying|traveled|travelled|airborne)\b[^.]{0,30}?\bfor\s+(?:about|"
        r"some|around|approximately|roughly)?\s*" + _DURATION_EN + _NOT_SECONDS_EN,
        # "came down some 12 minutes and 14 minutes later": each missile's flight time
        r"\b(?:fallen|fell|landed|splashed\s+down|came\s+down)\s+(?:about\s+|some\s+|around\s+|"
        r"approximately\s+)?(?P<n>\d+|[a-z]+)[\s-]minutes?\s+(?:and\s+(?:about\s+)?"
        r"(?P<n2>\d+|[a-z]+)[\s-]minutes?\s+)?(?:later|after)",
        # "flew 700 km in 30 minutes"
        r"\b(?:flew|flying|traveled|travelled|covered|covering)\b[^.]{0,40}?\bin\s+(?:about|some|"
        r"around|approximately|roughly|just)?\s*" + _DURATION_EN + _NOT_SECONDS_EN,
        # "landed … 30 minutes after being launched", "tracked … for six minutes"
        rf"\b(?P<n>\d+|{WORD_NUMBER})\s+minutes?\s+after\s+(?:being\s+|it\s+was\s+|its\s+)?"
        r"(?:launch(?:ed)?|fired|lift-?off)\b",
        rf"\btracked\b[^.]{{0,80}}?\bfor\s+(?:about\s+|some\s+|around\s+)?(?P<n>\d+|{WORD_NUMBER})"
        r"\s+minutes\b",
        r"\b(?P<n>\d+)-minute flights?\b",  # "on their 11-minute flights"
        r"\b(?:flight|flying)\s+(?:time|duration)\b[^.\d]{0,24}?" + _DURATION_EN + _NOT_SECONDS_EN,
        r"\bduration of (?:the\s+)?flight\b[^.\d]{0,24}?" + _DURATION_EN + _NOT_SECONDS_EN,
        r"\bflight\b[^.\d]{0,60}?\blast(?:ed|ing|s)?\b[^.\d]{0,16}?"
        + _DURATION_EN
        + _NOT_SECONDS_EN,
        # round 22: "after traveling on 1,500 kilometer-long … orbits for more than two hours"
        # (hours alone, a lower bound being the figure, as the corpus lists it)
        r"\b(?:flew|flying|flown|traveled|travelled|traveling|travelling)\b[^.;]{0,100}?\bfor\s+"
        r"(?:more\s+than|over)\s+(?P<h>[1-9]|two|three|four|five)\s+hours\b(?P<n>)",
        # round 25: "flew for more than one minute", "airborne for over three minutes" (a lower
        # bound being the figure, as "1分以上飛行" of round 24)
        r"\b(?:flew|flying|flown|traveled|travelled|airborne)\b[^.;]{0,30}?\bfor\s+"
        rf"(?:more\s+than|over|just\s+over)\s+(?P<n>\d+|{WORD_NUMBER})\s+minutes?\b",
    ),
}
#: Round 25: minutes told at the start of a sentence after one that told the launch ("Seven
#: minutes later, the first booster stage … dropped into …", "その約9分後、…落下した", "9분 뒤 …
#: 떨어졌다"): the time from the launch to the fall, the flight time. Not after a sentence that
#: told a fall, nor without a fall after the minutes.
_MINUTES_LATER = {
    "ja": r"^\s*(?:その|それから)?\s*(?:約|およそ)?\s*(?P<n>\d+)\s*分\s*(?:ほど|余り)?\s*後"
    r"\s*(?:に)?\s*[、,]?" + _FELL_LATER,
    "ko": r"^\s*(?:그로부터\s*)?(?:약\s*)?(?P<n>\d+)\s*(?:여)?\s*분\s*(?:뒤|후)(?:에)?"
    r"\s*,?" + _FELL_LATER,
    "en": r"^\s*(?:about\s+|some\s+|around\s+|roughly\s+|approximately\s+)?"
    rf"(?P<n>\d+|{WORD_NUMBER})\s+minutes?\s+later\b" + _FELL_EN,
}
#: Round 20: a time told as the start of an open span ("午前7時以降、複数発発射され", "오전 7시
#: 이후 여러 발을"): the launches were after it, none is said to be at it (no time, a TODO).
_OPEN_SPAN_SINCE = re.compile(
    r"\d\s*(?:時|시)(?:\s*\d{1,2}\s*(?:分|분)|半|반)?\s*(?:ごろ|頃|경|께|쯤)?\s*(?:以降|以後|이후)"
)
#: Round 20: a bay told only by its province ("咸鏡南道の湾で", "함경남도의 만에서"): no place.
_PROVINCE_BAY = re.compile(r"(?:道|省)\s?の\s?湾\s?(?:で|から|内)|도의?\s*(?:한\s*)?만에서")
#: Round 20: a span of seconds ("for 7,563 to 7,575 seconds", "7,563(2시간6분3초)∼7,575s
#: (2시간6분15초)간", "3000～3100秒間"): no one flight time; the sentence is a TODO.
_SECONDS_SPAN = re.compile(
    r"(?<![\d.])\d[\d,]*\s*(?:s|초|秒|seconds?)?\s*(?:[(（][^()（）]{0,24}[)）])?\s*"
    r"(?:~|〜|∼|-|–|\bto\b|から|부터|에서)\s*\d[\d,]*\s*(?:s\b|초|秒|seconds?\b)",
    re.IGNORECASE,
)
#: Round 22: a flight time in seconds told as a bound ("for nearly 8,000 seconds", "up to
#: 3,000 seconds"): no figure, a TODO.
_SECONDS_BOUND = re.compile(
    r"\b(?:nearly|almost|up\s+to|less\s+than|under|more\s+than|over)\s+[\d,]+\s*seconds\b",
    re.IGNORECASE,
)
#: Round 25: a flight time told as two values ("35 or 40 seconds", "one or two minutes") or as
#: under a minute ("less than a minute after launch", "for under a minute"): no figure, a TODO.
_FLIGHT_TIME_LOOSE = re.compile(
    rf"\b(?:\d+|{WORD_NUMBER})\s+or\s+(?:\d+|{WORD_NUMBER})\s+(?:seconds?|minutes?)\b|"
    r"\b(?:less\s+than|under|within|nearly|almost|just\s+under)\s+(?:a|one)\s+minute\b",
    re.IGNORECASE,
)
#: Round 27: a number of seconds, perhaps with 万 / 만 ("１万２０３", "1만 203", "10,203"),
#: never the digits after its 万 alone (round 30: or with 천, "7천580", never its "580" alone).
_SEC_N = r"(?<![\d.,万만천])(?<![万만천]\s)(?:\d+\s?[万만]\s?)?(?:\d\s?천\s?)?\d[\d,]*"
#: Round 27: what a flight time in seconds may be told again as, in brackets ("（約２時間５０分）").
_AGAIN = r"(?:\s*[(（][^()（）]{0,24}[)）])?"
#: Round 29: seconds then a word that restates them ("7,800秒、つまり", "6300초, 즉",
#: "6,300 seconds, i.e.", "6,300 seconds, or"), perhaps with "about" after: what follows is the
#: same flight time told again, no figure of its own.
_RESTATED = re.compile(
    r"(?:秒|초|s(?![A-Za-z])|\bseconds?)\s*(?:[(（][^()（）]{0,24}[)）])?\s*[、,，]?\s*"
    r"(?:つまり|すなわち|즉|i\.\s?e\.,?|that\s+is,?|or)\s*"
    r"(?:約|およそ|약|about|around|some)?\s*$",
    re.IGNORECASE,
)
_SECONDS = (
    # round 27: two flights, the first told in seconds before "秒間" of the second
    # ("１万１９９秒（約２時間５０分）、１万２０３秒間")
    rf"(?P<n>{_SEC_N})\s*秒{_AGAIN}\s*[、,と]\s*(?P<n2>{_SEC_N})\s*秒間",
    rf"(?P<n>{_SEC_N})\s*秒間",
    # round 29: seconds restated by つまり / すなわち, a verb of flight after ("およそ7,800秒、
    # つまり2時間あまり飛行し": the seconds; the restatement gives nothing, _RESTATED)
    rf"(?P<n>{_SEC_N})\s*秒{_AGAIN}\s*[、,]\s*(?:つまり|すなわち)[^、。]{{0,16}}?"
    r"(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛ん)",
    # round 21: "2時間3分41秒、2時間4分5秒、…上空を飛行", "2시간 35분 17초를 비행하여" (a flight
    # told in hours, minutes and seconds, a verb of flight after it)
    r"(?<![\d.])(?P<h>\d{1,2})\s*(?:時間|시간)\s*(?P<m>\d{1,2})\s*(?:分|분)\s*(?P<s>\d{1,2})\s*"
    r"(?:秒|초)(?=[^。.]{0,40}?(?:飛翔(?!体)|飛しょう(?!体)|飛行(?!機)|飛ん|비행|날아))",
    # round 29: hours, minutes and seconds in English ("for two hours, 50 minutes and 34
    # seconds": the sum; the minutes and seconds alone are not read inside it)
    rf"\b(?P<h>\d{{1,2}}|{WORD_NUMBER})\s+hours?,?\s+(?P<m>\d{{1,2}})\s+min(?:utes?)?,?\s+"
    r"(?:and\s+)?(?P<s>\d{1,2})\s+s(?:ec(?:onds?)?)?\b",
    r"(?<!hours,\s)(?<!hour,\s)(?<!hours\s)(?<!hour\s)"
    r"\b(?P<m>\d+)\s*min(?:utes?)?\s*(?:and\s*)?(?P<s>\d+)\s*s(?:ec(?:onds?)?)?\b",
    # round 22: "각각 7961초와 7973초 동안 … 비행한" (each of a pair, or one, with a verb of
    # flight after; "3,000초간 비행" is left as before), "flew for 4,000 seconds" (not "for
    # nearly 8,000 seconds", a bound)
    # (round 27: with 만 and the time told again in brackets, "각각 1만 199초(약 2시간 49분)와
    # 1만 203초(약 2시간 50분) 동안 … 비행해")
    # (round 29: "7800여s(초) 간", "7800여s(2시간10분)간" with KCNA's unit; "10,234초, 2,000km를
    # 비행한" the seconds before the distance flown)
    rf"(?<![~〜∼-])(?<!분)(?<!분\s)(?P<n>{_SEC_N})\s*(?:여\s*)?(?:초|s(?![A-Za-z])){_AGAIN}"
    # ("3,000초간 비행" stays unread, as round 22 left it: 간 only after a bracket)
    rf"(?:\s*동안|(?<=[)）])\s*간(?!에)|(?=\s*(?:와|과)\s*{_SEC_N}\s*초{_AGAIN}\s*동안)"
    r"|(?=\s*[,，]\s*(?:약\s*)?\d[\d,]*\s*(?:km|㎞|킬로))"
    # round 30: "7,580초를 비행하며" (the seconds as the object of the flight)
    r"|(?=\s*(?:을|를)\s*(?:비행|날아)))"
    r"(?=[^.]{0,80}?(?:비행|날아))",
    # (round 27: a pair, "flew along … for 10,199 seconds and 10,203 seconds")
    # (round 29: "for over 7,800 seconds", a lower bound, the figure)
    # (round 30: "The missiles travelled for 7,580 seconds")
    # (round 31: in words, or in words joined to digits, "for ten-thousand-234 seconds")
    r"\b(?:flew|flying|flown|traveled|travelled|traveling|travelling)\b[^.\d]{0,80}?\bfor\s+"
    rf"(?:about\s+|over\s+|more\s+than\s+)?(?P<n>\d[\d,]*|{WORD_DIGITS_NUMBER}|{WORD_NUMBER})"
    r"\s+seconds\b"
    r"(?:\s+and\s+(?P<n2>\d[\d,]*)\s+seconds\b)?",
    # round 25: seconds from the launch to the fall ("発射から約50秒後に…落下", "발사 42초 만에
    # … 추락했다", "crashed … 65 seconds after it was launched", "48 seconds after launch, … fell"),
    # as the minutes of round 24; seconds to another step ("2단 분리") give nothing
    r"発射(?:から|後|され|し)?\s*(?:て|、)?\s*(?:約|およそ)?\s*(?P<n>\d+)\s*秒\s*"
    r"(?:後に?|余りで|あまりで|で)" + _FELL_LATER,
    r"발사\s*(?:후\s*)?(?:약\s*)?(?P<n>\d+)\s*(?:여)?\s*초\s*(?:만에|뒤에?|후에?)" + _FELL_LATER,
    rf"(?<![\d.,])(?P<n>\d+|{WORD_NUMBER})\s+seconds?\s+after\s+(?:being\s+|it\s+was\s+|its\s+)?"
    r"(?:launch(?:ed)?|fired|lift-?off)\b" + _FELL_EN,
    r"\b(?:fell|landed|crashed|splashed\s+down|came\s+down|dropped)\b[^.;]{0,60}?"
    rf"(?<![\d.,])(?P<n>\d+|{WORD_NUMBER})\s+seconds?\s+after\s+(?:being\s+|it\s+was\s+|its\s+)?"
    r"(?:launch(?:ed)?|fired|lift-?off)\b",
)


#: Words that start another clause between a figure's noun and a number ("a record altitude
#: and fell 300 km off …": the 300 km is not the altitude).
_NEW_CLAUSE = re.compile(
    r"\b(?:and|then|before|after|while|which|but|fell|landed|flew|falling|landing)\b", re.IGNORECASE
)


def _figure_noun(before: str, language: str) -> str:
    """``'apogee_km'`` or ``'range_km'`` for the figure noun nearest before a number (no digit
    and no clause end between), or ''."""
    gap = rf"(?=[^\d、。,;:]{{0,{_NOUN_GAP[language]}}}$)"
    # "飛行距離は1発目がおよそ350キロ": the missile's order is no number of its own
    before = _ORDINAL_TOPIC.sub(lambda m: "_" * len(m.group(0)), before)
    best = (-1, "")
    for key, noun in (("apogee_km", _APOGEE[language]), ("range_km", _RANGE_BEFORE[language])):
        for m in re.finditer(noun + gap, before, re.IGNORECASE):
            if _NUMBER_BEFORE_NOUN.search(before[: m.start()]):
                continue  # round 14: "50km 높이로 410km": the noun is the 50 km's
            if m.end() > best[0] and not _NEW_CLAUSE.search(before[m.end() :]):
                best = (m.end(), key)
    return best[1]


#: Round 33: a verb of flight conjugated to end its clause, then another clause ("비행해 …",
#: "날아가 …", "비행한 뒤 …", "飛行し …", "飛翔した後 …").
_FLOWN_THEN = {
    "ja": re.compile(r"(?:し|して|した後に?|した後、)\s?[、,]?\s?(?=[^\d\s])"),
    "ko": re.compile(
        r"(?:해|하여|하고|하며|했(?:으며|고|는데|지만)|한\s*(?:후|뒤|다음)(?:에)?|가|가서|"
        r"간\s*(?:후|뒤)(?:에)?|갔(?:으며|고|는데|지만))\s+(?=[^\d\s])"
    ),
    "en": re.compile(r"(?!)"),
}


def _figure_after(after: str, language: str) -> str:
    """``'apogee_km'`` or ``'range_km'`` for a figure noun just after a number that has no
    number of its own ("約2000キロの高度に達し", not "1000km 정도이고 최고 고도는 6000km")."""
    if re.match(_CLIMBED_TO[language], after):
        return "apogee_km"  # round 25: "151㎞까지 올라가다가 추락하며 20여개 조각으로"
    for key, pattern in (("apogee_km", _APOGEE_AFTER), ("range_km", _RANGE_AFTER)):
        m = re.search(pattern[language], after, re.IGNORECASE)
        number = re.match(
            # (round 26: nor a latitude, "날아 북위 40도11분, 동경 …")
            # (round 28: nor across a closing quote, "130여㎞를 날아갔다”면서 “210여㎞를 …")
            r"([^\d、。,.”」』\"]{0,12})\d[\d,.]*(?![\d,.])(?!\s*(?:발|発|번째|発目|개|段|도|度|°))",
            after[m.end() if m else 0 :],
        )
        if m and (
            # (round 25: a count after is no number of the noun's: "約800キロ飛翔した1発に
            # ついて", "430㎞로 비행했다"면서 "나머지 1발은")
            not number
            or _NOUN_AS_MANNER.match(after, m.end())
            # round 33: the verb of flight ends its clause before the number ("350㎞를 비행해
            # 알섬 100㎞ 너머로", "420キロ飛行し島の50キロ先に"): the number is the next clause's
            or (key == "range_km" and _FLOWN_THEN[language].match(after, m.end()))
            # round 26: a bearing before it: a position's distance ("1천3백80㎞를 날아 일본
            # 미사와 동북방 5백80㎞ 지점"), not a number of the noun's
            or re.search(
                r"(?:[동서남북]{1,2}(?:방|쪽)|[東西南北]{1,3}方?)\s*(?:약|約)?\s*$", number.group(1)
            )
        ):
            return key
    return ""


#: An altitude where a missile was lost from view ("高度およそ20キロで消失し", "고도 약 20㎞에서
#: 소실됐다", "disappeared at an altitude of about 20 km"): not the top of its flight.
_LOST_AFTER = re.compile(
    r"^\s*(?:程度|ほど|付近|여|쯤|정도|가량)?\s*(?:で|に|에서|지점에서)\s*"
    r"(?:消失|消え|見失|途絶|소실|사라|놓치|끊)|"
    r"^[^.;]{0,12}?\b(?:where|when)\s+(?:it|the\s+\w+)\s+(?:disappeared|vanished|was\s+lost)\b|"
    # round 21: where it exploded ("高度約10キロで空中爆発", "10여㎞의 고도에서 공중폭발", "고도
    # 20㎞에서 공중 폭발"): the missile was lost there, no apogee (a TODO)
    r"^\s*(?:程度|ほど|付近|여|쯤|정도|가량)?\s*(?:(?:の|의)?\s*(?:高度|高さ|고도|높이)\s*)?"
    r"(?:の?地点|付近|상공|지점)?\s*(?:で|에서)\s*(?:空中\s*|공중\s*|상공\s*)?(?:爆発|폭발|破裂)",
    re.IGNORECASE,
)
_LOST_BEFORE = re.compile(
    r"\b(?:disappeared|vanished|was\s+lost|lost\s+(?:from\s+)?(?:radar|track|sight))\b"
    r"[^.;]{0,30}$|"
    # round 21: "exploded at an altitude of some 10 kilometers", "blew up in mid-air at a height
    # of about 10km": where it was lost, no apogee
    r"\b(?:explod(?:ed|ing)|blew\s+up|broke\s+(?:up|apart)|disintegrated)\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)


#: A figure noun told as the setting of the number after it ("低い高度で約250キロ飛行",
#: "낮은 고도에서 약 250㎞ 비행"): the noun is where the flight was; the verb after names it.
_SETTING_NOUN = re.compile(r"(?:高度|고도)\s*(?:で|에서|로)\s*(?:約|およそ|약)?\s*$")


#: Round 12: the miles a figure in kilometres converts ("flew about 267 miles (430 kilometers)"):
#: left out, so the kilometres belong to the noun before the miles.
_MILES_FIRST = re.compile(
    r"(?:(?:about|some|around|approximately|nearly)\s+)?[\d,.]+\s*(?:miles?|mi)\s*\(\s*$",
    re.IGNORECASE,
)


def _bound_minutes(work: str, m: re.Match[str]) -> bool:
    """Whether the flight time matched at ``m`` (a pattern of :data:`_MINUTES`) is told only as
    a bound ("비행시간은 10분 미만", "less than 8 minutes", "12分未満"): no figure, a TODO
    (round 17).

    Examples
    --------
    >>> work = "飛行時間は12分未満、別の1発の飛行時間は約9分だった。"
    >>> [_bound_minutes(work, m) for m in re.finditer(_MINUTES["ja"][1], work)]
    [True, False]
    """
    told = m.start("h") if m.groupdict().get("h") else m.start("n")
    return bool(
        _BOUND_AFTER.match(work[m.end() :]) or _BOUND_BEFORE.search(work[max(0, told - 24) : told])
    )


#: Round 33: another missile told as the topic after a figure ("…, while the second one rose
#: as high as 50km", "、2発目は", "두 번째 미사일은"): its figures are its own, even the same.
_NEXT_MISSILE = re.compile(
    r"\b(?:the\s+)?(?:second|third|fourth|other|last)\s+(?:one|missile|rocket|projectile)\b|"
    r"(?:[2-9]|[二三四])\s*発目\s*(?:は|が)|(?:두|세|네)\s*번째\s*(?:미사일|발사체|것)?\s*(?:은|는)",
    re.IGNORECASE,
)


#: Round 33: the range as a sentence's topic, its number told as all it came to after a
#: comparison ("비행거리는 그에 크게 미치지 못하는 1100㎞에 그쳤다", "飛行距離は想定を大きく下回る
#: 1100キロにとどまった"): a range, however far the noun stands before it in the clause.
_RANGE_ONLY_TOPIC = re.compile(
    r"(?:비행\s*거리|飛行距離|飛翔距離|飛距離)\s*(?:는|は)\s*[^\d、。,;:.]{0,30}?"
    r"(?:약|約|およそ)?\s*$"
)
_ONLY_AFTER = re.compile(r"\s*(?:에\s*(?:그쳤|그친|불과|머물)|に(?:とどま|留ま|過ぎ))")


def _figures(sentence: _Sentence) -> list[tuple[int, dict[str, Any]]]:
    """The flight's figures a sentence gives: apogee, flight distance, flight time; each
    number belongs to the noun before it, else to one just after it."""
    work, language = sentence.work, sentence.language
    out: list[tuple[int, dict[str, Any]]] = []

    def taken(q: Quantity) -> bool:
        """Whether a distance belongs to a position read; round 25: not one in a position's
        stretch told as a height climbed to ("…백령도 상공 151㎞까지 올라가다가 … 군산 서쪽
        100~150㎞ 해상에": the 151 is the apogee, the position's distance the other)."""
        return any(
            r.span[0] <= q.start < r.span[1]
            and not (
                r.distance is not None
                and r.distance.start != q.start
                and (
                    re.match(_CLIMBED_TO[language], work[q.end :])
                    # round 26: "1천3백80㎞를 날아 … 미사와 동북방 5백80㎞ 지점 공해상에": the
                    # distance flown before the position's own
                    or re.match(_RANGE_AFTER[language], work[q.end :])
                )
            )
            for r in sentence.positions
        )

    quantities = [q for q in find_quantities(work) if q.unit == "km" and not taken(q)]
    keys: dict[int, str] = {}
    for q, following in zip(quantities[::-1], [None, *quantities[::-1]], strict=False):
        before, after = _MILES_FIRST.sub("", work[max(0, q.start - 80) : q.start]), work[q.end :]
        keys[q.start] = _figure_noun(before, language) or _figure_after(after, language)
        if _FROM_LAUNCH_POINT_BEFORE.search(before) or _FROM_LAUNCH_POINT_AFTER.match(after):
            keys[q.start] = "range_km"  # round 25: "発射地点から約400キロ先の海上に着弾"
        if not keys[q.start] and _target_so_far_away(before, after, language):
            keys[q.start] = "range_km"  # round 31: "hit a target 700 km away"
        if not keys[q.start] and _RANGE_ONLY_TOPIC.search(before) and _ONLY_AFTER.match(after):
            keys[q.start] = "range_km"  # round 33: "비행거리는 … 못하는 1100㎞에 그쳤다"
        if not keys[q.start] and language == "en" and _FLEW_FOR_EN.search(before):
            keys[q.start] = "range_km"  # round 21: "flying … for about 2,000 kilometers"
        if _SETTING_NOUN.search(before) and _figure_after(after, language):
            # "低い高度で約250キロ飛行": the altitude is where it flew; the verb after names it
            keys[q.start] = _figure_after(after, language)
        if (
            not keys[q.start]
            and following is not None
            and _FIGURE_LIST.match(work[q.end : following.start])
        ):  # "およそ420キロとおよそ430キロ飛翔": the noun of the figure it is listed with
            keys[q.start] = keys[following.start]
    for q, previous in zip(quantities, [None, *quantities], strict=False):
        join = work[previous.end : q.start] if previous is not None else ""
        if (
            previous is not None
            and not keys[q.start]
            and _FIGURE_LIST.match(join)
            and (
                not re.match(r"\s*[、,]", join)
                or _RESPECTIVELY.search(work[max(0, previous.start - 12) : previous.start])
                or (
                    _ORDINAL_TOPIC.search(join)
                    and _ORDINAL_TOPIC.search(work[max(0, previous.start - 12) : previous.start])
                )
            )
        ):  # "비행거리는 각각 약 400km와 450km": the noun of the figure before it (not after a
            # comma: "高度は約60km、約450kmの距離" is no apogee of 450, unless "respectively" says
            # the list goes on: "비행거리는 각각 420여km, 270여km")
            keys[q.start] = keys[previous.start]
    for q, following in zip(quantities, [*quantities[1:], None], strict=False):
        if (
            language != "en"
            and following is not None
            and not keys[q.start]
            and keys[following.start] == "range_km"
            and _TOPIC_BEFORE.search(work[max(0, q.start - 8) : q.start])
            and _PARALLEL_TOPIC.match(work[q.end : following.start])
        ):  # "…미사일은 600여㎞, …발사된 탄도미사일은 120여㎞를 비행했다": the same noun
            keys[q.start] = keys[following.start]
    for q in quantities:
        before, after = _MILES_FIRST.sub("", work[max(0, q.start - 80) : q.start]), work[q.end :]
        key = keys[q.start]
        if not key or q.value > _TOO_FAR_KM:
            continue  # (round 25: "400500km", no figure: a TODO)
        from_launch = bool(
            _FROM_LAUNCH_POINT_BEFORE.search(before) or _FROM_LAUNCH_POINT_AFTER.match(after)
        )
        if key == "range_km" and (
            _STRETCHED_AFTER.match(after) or _STRETCHED_BEFORE.search(before)
        ):
            continue  # round 30: "사거리를 160㎞까지 늘렸다": a type's reach stretched
        if (_CAPABILITY.search(before) and not _OBSERVED.match(after)) or _CAN_REACH.match(after):
            continue  # (a maximum "detected": "최대 비행거리는 약 380㎞로 탐지": this flight's)
        if _BOUND_AFTER.match(after) or _BOUND_BEFORE.search(before):
            continue  # "100キロメートル未満の高度": a bound, left as a TODO (_left_unread)
        if key == "apogee_km" and (_LOST_AFTER.match(after) or _LOST_BEFORE.search(before)):
            continue  # "高度およそ20キロで消失": where it was lost, no apogee (a TODO)
        if key == "range_km" and (
            _HYPOTHETICAL.search(work[max(0, q.start - 80) : q.start])
            or (language == "en" and re.match(rf"\s*(?:to the\s+)?{_COMPASS_EN}", after, re.I))
            or (_APART_FROM.match(after) and _DISTANCE_NOUN.search(before) and not from_launch)
            or (_CLASS_AFTER.match(after) and _REACH_BEFORE.search(before))
            or _TYPES_REACH.search(work[: q.start])
        ):
            continue
        out.append((q.start, {key: q.value}))
    for pattern in _MINUTES[language]:
        for m in re.finditer(pattern, work, re.IGNORECASE):
            hours = m.groupdict().get("h")
            minutes = (number_value(m.group("n")) or 0.0) + 60.0 * (
                number_value(hours or "") or 0.0
            )
            if not minutes:
                continue
            if _RESTATED.search(work[max(0, m.start() - 40) : m.start()]):
                continue  # round 29: "7,800秒、つまり2時間あまり": the seconds told again
            if _bound_minutes(work, m):
                continue  # round 17: "비행시간은 10분 미만", "less than 10 minutes": a bound (TODO)
            out.append((m.start(), {"flight_min": minutes}))
            second = m.groupdict().get("n2")
            if second and number_value(second):  # "… 12 minutes and 14 minutes later"
                out.append((m.start("n2"), {"flight_min": number_value(second)}))
    seconds_spans = [m.span() for m in _SECONDS_SPAN.finditer(work)]
    for pattern in _SECONDS:
        for m in re.finditer(pattern, work, re.IGNORECASE):
            if any(a <= m.start() < b for a, b in seconds_spans):
                continue  # round 20: an end of a span of seconds, no one flight time
            if m.groupdict().get("h") and re.search(r"[(（]\s*$", work[: m.start()]):
                continue  # round 21: "7,575s(2시간6분15초)": the seconds before, told again
            groups = m.groupdict()
            whole_hours = number_value(groups.get("h") or "") or 0.0
            seconds = (
                number_value(groups["n"]) or 0.0
                if groups.get("n")
                else 3600 * whole_hours + 60 * float(groups["m"]) + float(groups["s"])
            )
            out.append((m.start(), {"flight_s": seconds}))
            if groups.get("n2"):  # round 27: the second of a pair
                out.append((m.start("n2"), {"flight_s": number_value(groups["n2"]) or 0.0}))
    seen: set[tuple[str, float]] = set()
    figures: list[tuple[int, dict[str, Any]]] = []
    last = 0
    for at, figure in sorted(out, key=lambda p: p[0]):
        value = next(iter(figure.items()))
        if _NEXT_MISSILE.search(work, last, at):
            seen = set()  # round 33: "…, while the second one rose as high as 50km": its own
        last = at
        if value not in seen:
            seen.add(value)
            figures.append((at, figure))
    return figures


#: Round 25: a span of days ("2日から3日にかけて", "20일부터 21일까지", "between the 20th and the
#: 21st"): no one day for what the sentence tells, a TODO.
_SPAN_OF_DAYS = re.compile(
    r"\d{1,2}\s*日\s*(?:から|より)\s*(?:翌)?\d{1,2}\s*日\s*(?:にかけて|まで|の間)|"
    r"\d{1,2}\s*일\s*(?:부터|에서)\s*\d{1,2}\s*일\s*(?:까지|사이)|"
    # round 30: a span of days with a dash ("18∼19일 이틀 연속으로", "18～19日")
    r"(?<![\d.:])\d{1,2}\s*[∼~〜～]\s*\d{1,2}\s*(?:일|日)(?!\s*(?:시|時))|"
    r"\bbetween\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+and\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|"
    r"\bfrom\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:to|through|until)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
#: Round 25: a day told as the end of a period ("10일까지 항해금지구역으로 선포한", "20日まで航行
#: 禁止区域に設定した", "until the 10th"): not the day of what the sentence tells.
_UNTIL_DAY_AFTER = re.compile(r"\d{1,2}\s*(?:일|日)\s*(?:까지|まで)(?!\s*に?\s*(?:発射|발사))")
_UNTIL_DAY_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)


#: Round 25: a flight over a region the gazetteer does not hold or over a side of a place
#: ("fired a long-range rocket over the Tohoku region", "after it had crossed northern Honshu"):
#: no passage, a TODO.
_OVER_REGION_EN = re.compile(
    r"\b(?:over|crossed|crossing|across)\s+(?:the\s+)?(?:(?-i:(?:(?:north|south)-?)?(?:north|"
    r"south|east|west)ern|central)\s+(?-i:[A-Z])[\w-]+|"
    r"(?-i:[A-Z])[\w-]+\s+region)\b",
    re.IGNORECASE,
)


#: A time of day in kanji numerals ("午前七時四十七分", "同八時ごろ"), which the clock reader
#: does not read: left as a TODO.
_KANJI_CLOCK = re.compile(r"(?:午前|午後|同)[〇一二三四五六七八九十]{1,3}時")


#: Round 26: a sea told as between two places ("일본과 러시아 사이의 동해상", "日本とロシアの間の
#: 日本海"): the sea is read; where in it is a TODO.
_SEA_BETWEEN = re.compile(
    r"[가-힣]{1,8}(?:과|와)\s*[가-힣]{1,8}\s*사이의?\s*(?:동해|서해|남해|해상|바다|해역|공해)|"
    # (round 29: "中国と朝鮮半島(Korean Peninsula)の間にある黄海に向けて", a reading in brackets)
    r"[一-龥ァ-ヶー]{1,8}と[一-龥ァ-ヶー]{1,8}(?:\s?[(（][^()（）]{1,30}[)）])?の間(?:の|にある)\s*"
    r"(?:日本海|黄海|東シナ海|海|海域|公海)|"
    # round 32: "into the sea that separates it from Japan" (a sea told by what it lies between)
    r"(?i:\bthe\s+(?:sea|waters?|body\s+of\s+water)\s+(?:that\s+|which\s+)?"
    r"(?:separates?|separating|lies?\s+between|lying\s+between)\b)"
)
#: Round 26: a launch site told as a region of the country by what it is ("from North Korea's
#: capital region", "from the capital area"): no place the gazetteer knows.
_REGION_EN = re.compile(
    r"\bfrom\s+(?:(?:the|its|North\s+Korea['’]s|the\s+North['’]s)\s+)?capital\s+(?:region|area)\b",
    re.IGNORECASE,
)


#: Round 27: a sea told again as a side of the peninsula ("over the Yellow Sea, west of the
#: Korean Peninsula"), as "朝鮮半島西側の黄海上で" (round 22): a TODO.
_SEA_SIDE_OF_PENINSULA_EN = re.compile(
    r"\b(?:over|into|in|toward|towards)\s+(?:the\s+)?(?:Yellow|East|West)\s+Sea,?\s+"
    r"(?:to\s+the\s+)?(?:east|west)\s+of\s+(?:the\s+)?(?:Korean\s+)?peninsula\b",
    re.IGNORECASE,
)
#: Round 29: a sea told as where a test was made, where a launch was seen or what was flown
#: over ("西海北部の海上で", "黄海の北部の海上から", "서해 북부 해상에서", "조선 서해해상에서",
#: "서해 해상 상공", "in the Yellow Sea", "conducted on the Sea of Japan", "performed from the
#: sea"): no site and no fall, a TODO; not a fall there (_FELL_IN_SEA after it).
_SEA_AS_PLACE = re.compile(
    r"(?:黄海|黃海|西海|東海|日本海)(?:\s?[(（][^()（）]{1,10}[)）])?(?:の)?(?:北部|南部|中部)?(?:の)?"
    r"(?:海上|上空)\s*(?:で|から|を)|(?:黄海|黃海|西海)(?:\s?[(（][^()（）]{1,10}[)）])?\s*(?:で|から)|"
    r"(?:서해|조선\s*(?:서해|동해)|동해(?=\s*(?:북부|남부|중부)?\s*해상\s*상공))"
    r"(?:\s*(?:북부|남부|중부))?\s*(?:해상)?\s*(?:에서|상공)|"
    r"\b(?:in|on|over|above)\s+the\s+(?:Yellow|West)\s+Sea\b|"
    r"\b(?:conducted|carried\s+out|performed|held)\s+(?:on|in|from)\s+the\s+"
    r"(?:sea\b|Sea\s+of\s+Japan|East\s+Sea)",
    re.IGNORECASE,
)
#: Round 29: a fall told right after the sea (not the place of a test).
_FELL_IN_SEA = re.compile(
    r"[^、。,.]{0,12}?(?:着弾|落下|落ち|떨어|탄착|낙하|\b(?:fell|landed|dropped|crashed|splashed))",
    re.IGNORECASE,
)
#: Round 29: a peninsula, island or cape near a known place, with what stood on it, as where a
#: launch was made ("원산 인근의 호도반도에 위치한 이동식 발사 차량에서 발사된", "원산 부근
#: 호도반도의 이동식 발사 차량에서 발사돼", "元山近郊の虎島半島にある発射台から発射"): the known
#: place only says where the site is (README, Holdout 8); the site the gazetteer lacks, a TODO.
_NEAR_UNKNOWN_SITE = {
    "ja": re.compile(
        r"(?:近郊|近く|付近)の\s?(?P<w>[\u4e00-\u9fffァ-ヴー]{1,8}(?:半島|島|岬))"
        r"[^。、]{0,24}?(?:から|より)[^。]{0,6}?発射"
    ),
    "ko": re.compile(
        r"(?:인근|부근|근처)의?\s*(?P<w>[가-힣]{1,6}(?:반도|섬|곶))[^.。]{0,30}?에서\s*발사"
    ),
    "en": re.compile(r"(?!)"),
}
_FELL_BEFORE_SEA = re.compile(
    r"\b(?:fell|landed|dropped|crashed|splashed\s+down|falling|landing)\s+(?:in|on|into)\b",
    re.IGNORECASE,
)
#: Round 27: a launch told from inland, no place named ("巡航ミサイルは内陸から発射され",
#: "내륙에서 발사된", "fired from inland"); not a province's inland ("黄海道内陸から", round 12).
_INLAND_FROM = re.compile(
    r"(?<![\u4e00-\u9fffァ-ヴー])内陸部?(?:から|より)[^、。]{0,6}?(?:発射|撃)|"
    # round 32: a country's inland, a province's coast the gazetteer lacks ("中国内陸部から発射し",
    # "福建省沿岸から発射し", "from Fujian Province")
    r"(?:[\u4e00-\u9fff]{1,3}国\s?の?\s?内陸部?|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}省\s?の?\s?"
    r"(?:沿岸|海岸|内陸)?部?(?:地域|一帯|付近)?)\s?(?:から|より)[^、。]{0,6}?(?:発射|撃)|"
    r"\bfrom\s+(?:the\s+)?(?:coastal\s+|eastern\s+|southern\s+)?(?-i:[A-Z])[a-z]+\s+"
    r"(?-i:Province)\b|"
    r"(?<![가-힣])내륙(?:\s*지역)?에서\s*(?:[^,.\s]+\s*){0,2}?발사|"
    r"\b(?:launched|fired)\s+from\s+(?:an?\s+)?inland\b",
    re.IGNORECASE,
)
#: Round 28: a launch or flight towards the land ("동북방 내륙 지역으로", "toward the
#: northeastern inland areas", "内陸に向けて"), a fall on the land ("made contact with the
#: mainland") or a fall on it told as a possibility ("内陸に落ちた可能性がある", "내륙에
#: 떨어졌을 가능성"): nothing a map can place, a TODO (the direction is read).
_TOWARD_INLAND = re.compile(
    r"(?<![가-힣])(?:내륙|육지)\s*(?:지역|지방)?\s*(?:방향)?\s*으로|"
    r"(?<![\u4e00-\u9fffァ-ヴー])内陸部?(?:の方向|方向|方面)?\s*(?:に|へ)\s*向け|"
    r"\btowards?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:inland|interior)\b|"
    r"\bmade\s+contact\W{0,2}\s+with\s+(?:the\s+)?(?:mainland|land)\b|"
    r"内陸部?(?:に|へ)\s*(?:落下|落ち|着弾)(?:し)?た?\s*(?:可能性|恐れ|おそれ|もよう|模様)|"
    r"(?:내륙|육지)(?:\s*지역)?에\s*(?:떨어졌|낙하했|떨어진|낙하한)\s*(?:을\s*)?(?:가능성|듯|것으로)|"
    r"\b(?:may|might|could)\s+have\s+(?:fallen|landed|crashed)\s+(?:on|in|into)\s+(?:the\s+)?"
    r"(?:mainland|land|inland)\b",
    re.IGNORECASE,
)
#: Round 30: a border between two countries ("the border between the DPRK and China", "near
#: the North Korea-Chinese border", "북중 국경", "中朝国境"): no place; the countries named in it
#: are not the site, and a distance from it is no position (a TODO).
_BORDER = re.compile(
    r"\bborder\s+between\s+(?:the\s+)?[^,.;]{1,40}?\band\s+(?:the\s+)?[\w'’.-]+|"
    r"(?:[\w'’.]+\s+)?[\w'’.]+[-–](?:[\w'’.]+\s+)?[\w'’.]+\s+border\b|"
    r"(?:[가-힣·]{1,4}\s*)?국경|(?:[一-龥・]{1,4})?国境",
    re.IGNORECASE,
)
#: Round 27: a launch site told as a possibility ("内陸の平壌付近から発射された可能性がある",
#: "평양 인근에서 발사됐을 가능성", "may have been launched from near Pyongyang"): not read as
#: a report (README, Holdout 5), a TODO.
_SITE_POSSIBLE = re.compile(
    # (round 31: every wording of a possibility, "かもしれない", "수도 있다", "possibly")
    r"(?:から|より)\s*発射(?:され|し)た" + _POSSIBLE_WORDS_CJK + "|"
    r"에서\s*(?:발사(?:됐|되었|했))을\s*" + _POSSIBLE_WORDS_CJK + "|"
    r"\b(?:may|might|could)\s+(?:also\s+)?have\s+been\s+(?:launched|fired)\s+from\b|"
    r"\b(?:possibly|perhaps|maybe)\s+(?:been\s+)?(?:launched|fired)\s+from\b|"
    r"\bpossible\s+that\b[^.;]{0,60}?\b(?:launched|fired)\s+from\b|"
    # round 30: a test's place told as a possibility ("The test might have taken place in …
    # Sinpo", "新浦沖の可能性がある", "신포 앞바다였을 가능성")
    r"\b(?:may|might|could)\s+have\s+taken\s+place\s+(?:in|at|near|off)\b|"
    r"沖(?:合い?)?の可能性が|앞바다(?:였|이었)을\s*가능성",
    re.IGNORECASE,
)


#: Round 33: a sentence that says where a point was, ending on it with a copula ("…57キロ
#: 離れた地点だった", "…57㎞ 떨어진 지점이었다"): after a fall, that fall's point.
_POINT_WAS = {
    "ja": re.compile(
        r"(?:離れた)?\s?(?:地点|場所|位置|海域|海上)\s?(?:だった|であった|である|です|でした)"
        r"(?:とみられる|と推定される|という)?\s*[。.]?\s*$"
    ),
    "ko": re.compile(
        r"(?:떨어진\s*)?(?:지점|곳|해상|해역)\s*(?:이었다|였다|이다|입니다|이었습니다|였습니다)"
        r"\s*[.]?\s*$"
    ),
    "en": re.compile(r"(?!)"),
}
#: Round 33: this launch's day told again after a clause about another day, by the firer as the
#: topic ("…発射した北朝鮮はこの日、", "…쏜 북한은 이날"; not "同日", the day just named).
_THIS_DAY_AGAIN = re.compile(r"(?<=は)\s?この日|(?<=[은는])\s*이날")
#: Round 33: a place named in a side of the country as the site ("北朝鮮北西部の大館から",
#: "북한 북서부 대관에서"); with a place the gazetteer lacks, a TODO.
_SIDE_THEN_UNKNOWN = re.compile(
    r"(?:北朝鮮|北韓)の?\s?[東西南北]{1,2}部の?\s?(?P<w>[\u4e00-\u9fff\u30a0-\u30ff]{1,6}?)"
    r"\s?(?:付近|一帯|周辺|地域)?\s?(?:から|より)|"
    r"(?:북한|북측)의?\s*[동서남북]{1,2}부\s*(?:지역의?\s*)?(?P<w2>[가-힣]{1,5}?)\s*"
    r"(?:일대|부근|인근|지역)?\s*에서"
)
#: Round 33: the areas a firer announced as the subject of a sentence that tells them by
#: places ("中国側が指定した海域は、…2カ所と、…1カ所", "설정한 해역은 …", "The designated areas
#: were …").
_AREAS_TOLD = re.compile(
    r"(?:指定|設定|公表|予告|通告|発表)(?:した|された|している)\s?(?:海域|区域|水域|空域)は|"
    r"(?:지정|설정|선포|예고|통보|발표)(?:한|된)\s*(?:해역|구역|수역|공역)은|"
    r"\b(?:designated|announced|notified|declared)\s+(?:\w+\s+)?(?:areas|zones)\s+"
    r"(?:are|were|lie|lay|included)\b",
    re.IGNORECASE,
)


def _left_unread(
    sentence: _Sentence, events: Sequence[_Event], figures: Sequence[int]
) -> list[str]:
    """What a sentence reports that no rule placed, each to be left as a TODO with the
    sentence: a span of distances ("300～350キロ"), a span of times ("18시 10분경부터 18시
    20분경까지": the launches were within it, none is said to be at either end), a direction as
    an angle ("75도~93도"), a distance that is neither a position nor a figure ("300 km off Japan's
    northwest coast", "동해쪽 550km해상"), a time whose minutes or zone cannot be told ("9時5発",
    "9 a.m. ET")."""
    work = sentence.work
    out = []
    if find_spans(work):
        out.append("span of distances")
    if any(time_in_span(work, c.start, c.end) for c in find_clock_times(work, vague=True)):
        out.append("span of times")
    if _ADIZ.search(work):
        out.append("air defence identification zone (not the EEZ)")
    if _UNNAMED_ISLAND.search(work):
        out.append("a fall on an island not named")
    if _STRUCK_TARGET.search(work):
        out.append("a target struck (a fall the draft cannot place)")
    if _TARGET_ISLAND.search(work):  # round 13: "표적이 … 무인도 ‘알섬’이라 추정"
        out.append("a presumed target island (not placed)")
    if _FALL_ON_LAND.search(work):  # round 13: "did not leave the nation's territory"
        out.append("a fall on land (not placed)")
    if any(
        _bound_minutes(work, m)
        for pattern in _MINUTES[sentence.language]
        for m in re.finditer(pattern, work, re.IGNORECASE)
    ):
        out.append("a flight time told as a bound")
    if _SECONDS_BOUND.search(work):  # round 22: "for nearly 8,000 seconds"
        out.append("a flight time told as a bound")
    if _FLIGHT_TIME_LOOSE.search(work):  # round 25: "35 or 40 seconds", "less than a minute"
        out.append("a flight time told as two values or a bound")
    if _SECONDS_SPAN.search(work):  # round 20: "7,563 to 7,575 seconds", "3,000∼3,100초간"
        out.append("a flight time told as a span")
    if _PROVINCE_BAY.search(work):  # round 20: "咸鏡南道の湾で行われた" (which bay, untold)
        out.append("a bay the gazetteer cannot place")
    if _OPEN_SPAN_SINCE.search(work):  # round 20: "午前7時以降、複数発発射され" (no end told)
        out.append("an open span of times")
    if any(_side_of_inland(work, sentence.language, n) for n in sentence.names):
        out.append("a launch site told as a side of a place")
    if _place_span(work, sentence.language, sentence.names):
        out.append("a launch site told as a stretch between two places")  # round 26
    if any(
        any(n.end == m.end("w") for n in sentence.names) for m in _INTO_SEA_OFF_KO.finditer(work)
    ) or _INTO_SEA_OFF_EN.search(work):  # round 23: "원산 동북방 해상으로 발사한"
        out.append("the sea off a place the missiles went to (no site)")
    if _LOOKS_LIKE_SITE.search(work):  # round 23: "활주로로 보이는 곳에서" (no place named)
        out.append("a launch site told by what it looks like (no place)")
    if _SIDE_OF_COUNTRY.search(work):  # round 18: "北朝鮮南西部から", "into its eastern waters"
        out.append("a side of the country (no place)")
    if _PART_OF_COUNTRY.search(work):  # round 31: "北部の山間地域から", "from its … region"
        out.append("a part of the country (no place)")
    if sentence.language == "en" and _SIDE_OF_PLACE_FROM_EN.search(work):
        out.append("a launch site told as a side of a place")  # round 31: "from north of …"
    if _OVER_LAND.search(work):  # round 21: "内陸部を中心に飛行", "flown mostly over inland areas"
        out.append("a flight over land (not placed)")
    if any(
        not any(
            f.start < m.end(m.lastgroup or 0) and m.start(m.lastgroup or 0) < f.end
            for f in sentence.names
        )
        for m in _SIDE_THEN_UNKNOWN.finditer(work)
    ):  # round 33: "北朝鮮北西部の大館から" (a place the gazetteer lacks, in a side of the country)
        out.append("launch site not in the gazetteer (in a side of the country)")
    areas = _AREAS_TOLD.search(work)
    if areas and not events and any(n.start >= areas.end() for n in sentence.names):
        # round 33: "中国側が指定した海域は、…ルソン島周辺2カ所と、…南方1カ所" (no verb)
        out.append("areas the firer announced, told by places (not placed)")
    if _SPAN_OF_DAYS.search(work):
        out.append("a span of days (no one day)")  # round 25
    if sentence.language == "en" and _AMBIGUOUS_NUMERIC_DAY.search(work):
        out.append("a numeric day and month read both ways (no one day)")  # round 31
    if _SEA_BETWEEN.search(work):  # round 26: "일본과 러시아 사이의 동해상에 떨어졌다"
        out.append("a sea told between two places (the between not placed)")
    if any(
        not _FELL_IN_SEA.match(work, m.end())
        and not _FELL_BEFORE_SEA.search(work[max(0, m.start() - 30) : m.start() + 3])
        for m in _SEA_AS_PLACE.finditer(work)
    ):
        out.append("a sea as the place of a test or of a flight (no site, no fall)")  # round 29
    if any(
        not any(f.start < m.end("w") and m.start("w") < f.end for f in sentence.names)
        for m in _NEAR_UNKNOWN_SITE[sentence.language].finditer(work)
    ):  # round 29: "원산 인근의 호도반도에 위치한 이동식 발사 차량에서 발사된"
        out.append("launch site not in the gazetteer (near a place it knows)")
    if _SEA_SIDE_OF_PENINSULA_EN.search(work):  # round 27: "over the Yellow Sea, west of the
        out.append("a side of the peninsula (no place)")  # Korean Peninsula"
    if _INLAND_FROM.search(work):  # round 27: "巡航ミサイルは内陸から発射され" (no place)
        out.append("a launch site told as inland or a province's coast (no place)")
    if _TOWARD_INLAND.search(work):  # round 28: "동북방 내륙 지역으로 … 발사"
        out.append("a flight or fall towards the land (not placed)")
    if _BORDER.search(work):  # round 30: "中국경 인근서", "near the North Korea-Chinese border"
        out.append("a border between countries (no place)")
    if any(_possible_sea(work, f) for f in sentence.names):  # round 31: "may have fallen into"
        out.append("a fall told as a possibility")
    if _SITE_POSSIBLE.search(work):  # round 27: "…付近から発射された可能性がある"
        out.append("a launch site told as a possibility (not a report)")
    if _REGION_EN.search(work):  # round 26: "from North Korea's capital region"
        out.append("a region the gazetteer does not know")
    if sentence.language == "en" and _OVER_REGION_EN.search(work):
        out.append("a flight over a region or a side of a place (not placed)")  # round 25
    if sentence.positions and not events:
        # round 25: "finished tracking … when it was about 2,100 km east of Japan": a position
        # no launch, fall or passage takes
        out.append("a position no event takes")
    if _KANJI_CLOCK.search(work):  # round 12: "午前七時四十七分ごろから同八時ごろにかけ"
        out.append("a time written in kanji numerals (not read)")
    if any(
        not re.fullmatch(r"[東西南北동서남북]{1,3}(?:쪽|방|부)?", m.group(1))
        for m in _TOWARD.finditer(work)
    ):
        out.append("a direction towards a place")
    if _ANGLE.search(work) and (
        any(e.kind == "launch" for e in events) or _DIRECTION_WORDS.search(work)
    ):
        out.append("direction given as an angle")
    spans = [r.span for r in sentence.positions]
    for q in find_quantities(work):
        if q.start not in figures and not any(a <= q.start < b for a, b in spans):
            out.append("distance")
            break
    if find_unclear_times(work) or any(c.zone == "?" for c in find_clock_times(work)):
        out.append("time (its minutes or its zone)")
    return out


def _outside_brackets(
    clocks: Sequence[tuple[int, int, dt.datetime]], work: str
) -> list[tuple[int, int, dt.datetime]]:
    """The times not written in brackets ("15:44 (0644 GMT)": 15:44), or all when every one
    is."""
    plain = [c for c in clocks if work.rfind("(", 0, c[0]) <= work.rfind(")", 0, c[0])]
    return plain or list(clocks)


def _zone_fields(zones: Sequence[tuple[int, str, str]]) -> dict[str, Any]:
    """``inside``/``outside`` of some zones (:func:`_zones`), each area once."""
    fields: dict[str, Any] = {}
    for _, where, area in zones:
        fields.setdefault(where, [])
        if area not in fields[where]:
            fields[where].append(area)
    return fields


def _prefectures(names: Sequence[NameFound]) -> tuple[str, ...]:
    """The prefectures (and J-Alert sub-areas) named, each once."""
    out: list[str] = []
    for found in names:
        for entry in found.entries:
            if isinstance(entry, Region) and entry.kind in ("prefecture", "alert area"):
                if entry.name not in out:
                    out.append(entry.name)
                break
    return tuple(out)


def _overflown(sentence: _Sentence, start: int, end: int) -> str:
    """The place a passage names as flown over ("青森県上空を通過", "沖縄県からなる地域の上空",
    "flew over Aomori Prefecture")."""
    over = _overflown_all(sentence, start, end)
    return over[0] if over else ""


def _overflown_all(sentence: _Sentence, start: int, end: int) -> list[str]:
    """Every place a passage names as flown over; round 24: places joined before one "上空"
    ("秋田県と岩手県上空を通過", "아키타현과 이와테현 상공을") each.

    Examples
    --------
    >>> work = "秋田県と岩手県上空を通過した"
    >>> names = load_gazetteer().names_in(work)
    >>> read = _Sentence(work, "ja", work, [], names, [], [], False)
    >>> _overflown_all(read, 0, len(work))
    ['Akita', 'Iwate']
    """
    work = sentence.work
    inside = [f for f in sentence.names if start <= f.start < end]
    flown: list[bool] = [False] * len(inside)
    for i in reversed(range(len(inside))):
        flown[i] = _over_after(sentence, inside[i], end) or (
            i + 1 < len(inside)
            and flown[i + 1]
            and sentence.language != "en"
            and bool(_JOINED.fullmatch(work, inside[i].end, inside[i + 1].start))
        )
    out: list[str] = []
    for found, over in zip(inside, flown, strict=True):
        name = next(
            (e.name for e in found.entries if not (isinstance(e, Region) and e.kind == "sea")), ""
        )
        if over and name and name not in out:
            out.append(name)
    return out


#: Round 24: "and" between two places of one list ("秋田県と岩手県", "아키타현과 이와테현").
_JOINED = re.compile(r"\s*(?:と|及び|および|、|과|와|및|,)\s*")


def _over_after(sentence: _Sentence, found: NameFound, end: int) -> bool:
    """Whether a name is told as flown over: "…上空", "…상공", "over …"."""
    work = sentence.work
    if sentence.language == "en":
        return bool(
            re.search(r"\b(?:over|overfl(?:ew|own|ying)|travers(?:ed|ing))\s+(?:the\s+)?$",
                      work[max(0, found.start - 16) : found.start], re.IGNORECASE)
        )  # fmt: skip
    if re.match(r"\s*(?:열도|列島)?\s*(?:을|를|を)\s*(?:통과|通過)", work[found.end : end]):
        return True  # round 25: "일본 열도를 통과해", "日本列島を通過し" (a land passed through)
    if re.match(
        r"\s*(?:열도|본토)\s*를\s*(?:지나(?:서|고|며)?(?![가-힣])|가로질)|\s*(?:列島|本土)\s*を?\s*越え",
        work[found.end : end],
    ):
        return True  # round 26: "일본 열도를 지나", "일본 본토를 가로질러", "日本列島越え"
    # (round 32: "台湾本島上空" (the main island: the island), "타이베이 주변 상공" (near the place,
    # as "…周辺の上空"))
    over = re.match(
        r"(?:[^、。,の]{0,8}?の)?\s*(?:本島|본섬)?\s*(?:(?:주변|인근|부근)\s*)?(?:上空|상공)",
        work[found.end : end],
    )
    # ("백령도 서쪽 먼바다 상공": west of it, not over it)
    return bool(over and not re.search(r"[東西南北][方側]?|[동서남북](?:쪽|방)", over.group(0)))


def _position_fields(reading: PhraseReading, hedged: bool) -> dict[str, Any]:
    spec = reading.spec
    return {
        "from": spec.origin,
        "distance_km": round((spec.distance_m or 0.0) / 1000.0, 3),
        "bearing": spec.bearing_text,
        "about": spec.about or hedged,
    }


#: A day told as "also on" it ("今月25日にも…発射", "지난 9일에도"): another launch's day.
_ALSO_ON = re.compile(r"[^、。,\s]{0,8}?(?:にも|에도)")


def _launch_day(statement: Statement) -> dt.date | None:
    """The day a statement's launch is on: of the days it names, the one nearest its own date
    and not after it (a page of the 13th that tells the launches of the 6th and then of the
    9th is about the 9th's), else the first it names; not a day told as "also on" it ("今月
    25日にも…発射していて": another launch's), so a text that names only such days names none.

    Examples
    --------
    >>> text = "6日の1発目は午前6時ごろに発射された。また、9日の1発目は午前1時47分ごろ発射された。"
    >>> _launch_day(Statement(1, "", dt.date(2022, 10, 13), "", text, "t.txt", 1))
    datetime.date(2022, 10, 9)
    >>> text = "北朝鮮は今月11日にも弾道ミサイルを発射していた。"
    >>> _launch_day(Statement(1, "", dt.date(2022, 10, 13), "", text, "t.txt", 1)) is None
    True
    """
    work = normal(statement.text)
    named = [d for at, d in find_dates(work, statement.date) if not _ALSO_ON.match(work, at)]
    if statement.date is None or not named:
        return named[0] if named else None
    before = [d for d in named if d <= statement.date]
    if (
        before
        and all((statement.date - d).days > _STALE_DAYS for d in before)
        and all(d <= statement.date for d in named)
    ):
        # round 14: a page of 21 March whose only day is "On 2 March, North Korea launched …"
        # (its own launch told by times alone) speaks of that launch only in passing
        return None
    return max(before) if before else named[0]


#: How many days before a page's date a day it names may be and still be its launch's.
_STALE_DAYS = 14
#: Round 26: how far a page's date may be from the launch day the other pages agree on and
#: still give its own day to the times it tells without one.
_OWN_DAY_DAYS = 2


def _shared_launch_day(statements: Sequence[Statement]) -> dt.date | None:
    """Round 21: the launch day most of the statements pasted together tell (more than half of
    them, and at least two), or None. A later page about two launches ("어제 발사한 …" and "지난
    25일 발사한 순항미사일에 대해서도 …") then reads that day's as its launch, not another's.

    Examples
    --------
    >>> pages = [Statement(n, "", dt.date(2021, 9, d), "", t, "t.txt", n) for n, d, t in
    ...          ((1, 15, "15일 발사"), (2, 15, "15日に発射"), (3, 18, "어제와 15일"))]
    >>> _shared_launch_day(pages)
    datetime.date(2021, 9, 15)
    >>> _shared_launch_day(pages[2:]) is None
    True
    """
    days = [d for d in map(_launch_day, statements) if d is not None]
    if not days:
        return None
    day = max(set(days), key=days.count)
    return day if days.count(day) >= 2 and days.count(day) * 2 > len(statements) else None


#: A line that goes on about the missile of the line before it, by a bare topic noun (no
#: date, no name of its own first): "발사체는 …", "이 미사일은 …", "ミサイルは…", "The missiles …".
_GOES_ON_ABOUT = re.compile(
    r"\s*(?:(?:이|그|당시)\s*|(?:その|当時の)\s*)?"
    r"(?:발사체|미사일|탄도미사일|飛翔体|ミサイル|弾道ミサイル)(?:는|은|들은|は)\s*"
    r"|\s*(?:The|These|Those)\s+(?:missiles?|projectiles?|rockets?)\s+(?!(?:were|was)\s+fired\s+on)"
    # round 20: a line that opens with a flight figure as its topic ("지난달 29일 … 쐈다." then
    # "비행거리는 약 230㎞, 고도는 약 30㎞로 탐지됐다."): that launch's figures
    r"|\s*(?:비행\s*거리|(?:최고|정점)\s*고도|고도|飛行距離|飛翔距離|(?:最高)?高度|"
    r"(?:The\s+)?(?:flight\s+distance|(?:maximum\s+)?altitude)\b)\s*(?:는|은|が|は|was|of)"
)


#: A year told as the start of a period up to now ("2019년부터 계속", "2019年から").
_SINCE_YEAR = re.compile(
    r"\d{4}\s*(?:년|年)(?:\s*\d{1,2}\s*(?:월|月))?\s*(?:부터|から)\s*(?:계속|ずっと)"
)


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: A month named alone in English ("In August, …", "since March,"), not a date ("August 24").
_MONTH_ALONE_EN = re.compile(
    r"\b(?:in|since|last|early|late|mid-?)\s+(?P<mon>(?-i:[A-Z])(?:"
    + "|".join(m[1:] for m in _MONTH_NAMES)
    + r"))\b(?!\s*\d)(?!\s+(?:of\s+)?(?:this|last)\s+year\b)",
    re.IGNORECASE,
)


#: Round 21: a word of a launch or test anywhere in a sentence (not only as its last verb).
_LAUNCH_WORD = re.compile(
    r"発射|試射|打ち上げ|발사|시험|\b(?:launch(?:ed|es)?|fired|test(?:ed|s)?)\b", re.IGNORECASE
)
#: Round 21: a month named alone in Japanese or Korean ("北韓は4月にも…発射しており", "4월에도"),
#: not a date ("4月23日") nor a count of months ("3ヶ月", "3개월"), nor the start of a period up
#: to now ("1月以降", "1월부터": this launch may be one of it).
_MONTH_ALONE_CJK = re.compile(
    r"(?<![\d年년.,/\-])(?<![年년]\s)(?P<mon>1[0-2]|[1-9])\s*[月월](?!\s*\d{1,2}\s*[日일])"
    r"(?!\s*(?:以降|以来|から|に入|부터|이후|이래|들어))"
)


class _Reader:
    """Reads the sentences of one statement into items."""

    def __init__(self, statement: Statement, shared: dt.date | None = None) -> None:
        self.statement = statement
        self.zone = _zone_of(statement)
        self.foreign_clock = _foreign_clock(statement)  # round 32
        self.items: list[DraftItem] = []
        self.unread: list[tuple[int, str, str]] = []
        self.gazetteer = load_gazetteer()
        self.event_dates = {d for d in (statement.date, _launch_day(statement)) if d}
        self.dates_now: list[tuple[int, dt.date]] = []  # the days the sentence being read names
        if (
            shared is not None
            and statement.date is not None
            and 0 <= (statement.date - shared).days <= _STALE_DAYS
        ):  # round 21: the day most statements tell, a few days before this one's page
            self.event_dates.add(shared)
        self.day = statement.date
        if (
            shared is not None
            and statement.date is not None
            and (statement.date - shared).days > _OWN_DAY_DAYS
            and shared in {d for _, d in find_dates(normal(statement.text), statement.date)}
        ):
            # round 26: a page dated two weeks after the launch the others agree on, that names
            # that day ("北朝鮮は1月4日、…発射した。…午前7時54分と8時5分に…発射された"): its times
            # told without a day are that launch's, not the page's
            self.event_dates.add(shared)
            self.day = shared
        self.last_hour: int | None = None
        #: The afternoon times (hour, minute) the statement has told so far (round 16).
        self.afternoon: set[tuple[int, int]] = set()
        #: Round 23: whether the sentence before told this day's afternoon alone ("이날 오후 …").
        self.pm_before = False
        self.falls: list[int] = []
        self.prefectures: tuple[str, ...] = ()
        self.targets: tuple[str, ...] = ()
        self.all_of_them: list[tuple[int, str, str]] = []
        self.all_of_them_text = ""  # the sentence that told them
        self.previous_was_alert = False
        self.names: list[NameFound] = []  # the names of the sentence being read
        #: Whether the sentences being read continue one about another launch ("北朝鮮は4日にも
        #: …を発射。青森県上空を通過し、…"): until the paragraph ends or a date of this launch
        #: is named, they are that launch's, not this one's.
        self.elsewhere = False
        #: Round 21: whether the sentence before told a launch of another month or year
        #: ("北朝鮮は21年9月、…発射実験に成功した…。2時間あまりにわたって1500キロメートル飛行し…"):
        #: the figures of the sentence right after it, in its line, are that launch's.
        self.after_other_month = False
        #: The fall the sentence before ended with (its item's index), for a sentence that
        #: only tells its zone ("日本の排他的経済水域(EEZ)外と推定されるという。").
        self.fall_before: int | None = None
        self.launch_before = False  # round 25: the sentence before told a launch and no fall
        #: Round 28: the sentence whose launch named North Korea alone as the firer (no item).
        self.north_fired = ""

    def add(self, kind: str, sentence: str, fields: dict[str, Any], todo: str = "") -> None:
        if kind == "launch" and set(fields) == {"at"} and fields["at"] == "North Korea":
            self.north_fired = sentence  # round 28: the firer, for a direction told after
            return  # "North Korea launched": nothing a map needs
        if kind == "launch" and set(fields) == {"at"} and _is_country(fields["at"]):
            return  # round 32: "China test-fired …": the firer alone, nothing a map needs
        when = fields.get("time")
        if (
            kind == "launch"
            and isinstance(when, dt.datetime)
            and when.astimezone(self.zone).date() not in self.event_dates
            and when.astimezone(self.zone).date() in {d for _, d in self.dates_now}
            and any(d in self.event_dates for _, d in self.dates_now)
            and _NEXT_DAY.search(sentence)
        ):
            # round 24: "2日午前10時半、…1発を発射したのに続いて、翌3日の午後4時15分から…":
            # a launch on a day beside this launch's, in a sentence that names this one's day
            # too, is the other launch's
            return
        if (
            kind == "fall"
            and set(fields) <= {"inside", "outside"}
            and _FIRST_TIME_FALL.search(normal(sentence))
            and any(
                i.kind == "fall"
                and set(fields.get("inside", ())) <= set(i.fields.get("inside", ()))
                for i in self.items
            )
        ):
            return  # round 32: a first-time remark repeats a fall told before
        if kind == "fall":
            self.falls.append(len(self.items))
        self.items.append(DraftItem(kind, self.statement.number, sentence, fields, todo))

    def read(self) -> None:
        carried = False
        for line in _joined_lines(self.statement.text):  # (round 25: broken lines joined)
            # a new paragraph; round 13: but a line that only goes on about the missile of a
            # one-sentence line about another launch ("북한은 지난해 11월 28일 … 발사했습니다." then
            # "발사체는 정점 고도 97㎞로, …") is still that launch's
            self.elsewhere = carried and bool(_GOES_ON_ABOUT.match(line))
            self.after_other_month = False
            said = list(sentences(line))
            for text in said:
                self.sentence(text)
            carried = self.elsewhere and len(said) == 1
        self.finish()

    def other_event(self, dates: list[tuple[int, dt.date]], work: str) -> bool:
        """Whether a sentence speaks of another launch: "last year", "at the time", or only
        dates more than a day from the statement's."""
        if _OTHER_EVENT.search(work) or self.other_months(work) or self.also_on(dates, work):
            return True
        return bool(dates) and all(
            all(abs((d - e).days) > 1 for e in self.event_dates) for _, d in dates
        )

    def also_on(self, dates: list[tuple[int, dt.date]], work: str) -> list[int]:
        """Where a sentence names another day as "also on" it ("28일에도 … 발사했다", "25日にも"):
        another launch's day, not this launch's (one of its own days told so stays)."""
        return [at for at, d in dates if d not in self.event_dates and _ALSO_ON.match(work, at)]

    def other_months(self, work: str) -> list[int]:
        """Where a sentence names a year, or a year and month, other than the statement's
        ("지난 2017년 5월 시험발사에서", "in 2019"): another launch's figures follow."""
        date = self.statement.date
        if date is None:
            return []
        named = [
            at
            for at, year, month in find_year_months(work)
            if (year != date.year or (month is not None and month != date.month))
            # round 13: "2019년부터 계속 시험발사했던 …로 추정되며": a period up to now (the type's
            # history), not another launch's time
            and not _SINCE_YEAR.match(work, at)
        ]
        # round 13: "In August, … officials said …": a month told without a day or year, in
        # English, other than the statement's (and the one before, for a page of the 1st)
        named += [
            m.start()
            for m in _MONTH_ALONE_EN.finditer(work)
            if _MONTH_NAMES.index(m.group("mon").lower()) + 1
            not in (date.month, (date.month - 2) % 12 + 1)
        ]
        # round 21: the same in Japanese and Korean ("北韓は4月にも、SLBM1発を発射しており")
        named += [
            m.start()
            for m in _MONTH_ALONE_CJK.finditer(work)
            if int(m.group("mon")) not in (date.month, (date.month - 2) % 12 + 1)
        ]
        return sorted(named)

    def other_event_from(self, work: str, dates: list[tuple[int, dt.date]]) -> int | None:
        """Where a sentence that speaks of this launch goes on to another ("오늘 미사일과 유사하게
        지난 2월 27일에 고도 560km …", "as on March 5, when it flew 300 km"): the first date more
        than a day from the launch's, or None; figures after it are not this launch's."""
        far = [at for at, d in dates if all(abs((d - e).days) > 1 for e in self.event_dates)]
        marks = far[:1] + self.other_months(work)[:1]
        return min(marks) if marks else None

    def before_other_event(self, text: str, work: str, dates: list[tuple[int, dt.date]]) -> str:
        """The words of a sentence before the clause that speaks of another launch ("飛翔時間は
        約74分で、…去年3月24日の71分を超えた": "飛翔時間は約74分で、"), or '' when that clause is
        the first."""
        marks = [m.start() for m in _OTHER_EVENT.finditer(work)][:1] + self.other_months(work)[:1]
        marks += self.also_on(dates, work)[:1]
        marks += [at for at, d in dates if all(abs((d - e).days) > 1 for e in self.event_dates)][:1]
        if not marks:
            return ""
        clauses = len(re.findall(r"[、,;]", work[: min(marks)]))
        breaks = [m.end() for m in re.finditer(r"[、，,;；]", text)]
        head = text[: breaks[clauses - 1]] if clauses and len(breaks) >= clauses else ""
        if _COMPARED.search(head):
            return ""  # "EEZの内側に落下するのは、2月18日以来": what is compared, not a report
        return head

    def sentence(self, text: str, reported: str = "") -> None:
        """Read one sentence (``reported``: the whole sentence, when ``text`` is its first
        clauses): which launch it speaks of, its day and times, then its clauses by kind (an
        alert; a fall told by its zone alone; launches, falls and passages by their verbs; the
        flight's figures) and what is left unread."""
        shown = reported or text
        each = None if reported else _EACH_FELL.search(text)
        pieces = re.split(_NEXT_ORDINAL, text[: each.start()]) if each else []
        if each and len(pieces) >= 2:
            # round 24: "2発目は4時4分に発射されて…約550キロに、3発目は…約500キロに、それぞれ着弾
            # した": each missile's clause with the verb they share, a sentence each
            for piece in pieces:
                self.sentence(piece + each.group("verb") + "した。")
            return
        quoted = [] if reported or each else re.split(_NEXT_ORDINAL_QUOTED, text)
        if len(quoted) >= 2:
            # round 26: a quote of several sentences, one for each missile ("「1発目は7時54分頃
            # 発射され、…飛翔した。2発目は8時5分頃発射され、…」と説明"): a sentence each
            for piece in quoted:
                self.sentence(piece)
            return
        shared = None if reported or each else _SHARED_FALL_END.search(text)
        stages = re.split(_NEXT_STAGE, text[: shared.start()]) if shared else []
        if shared and len(stages) >= 2 and len(text) <= SENTENCE_MAX_CHARS:
            # round 25: "1단계 추진체는 11시 37분 …동해상에, 2단계 추진체는 11시 43분 태평양
            # …에 낙하했다": each stage's clause with the verb they share, a sentence each
            for piece in stages:
                self.sentence(piece + text[shared.start() :])
            return
        if len(text) > SENTENCE_MAX_CHARS:
            self.unread.append((self.statement.number, text, _TOO_LONG))
            return
        language = _language_of(text)
        if language == "ja":  # a PDF's line breaks left as spaces: "付 近", "東に 約350km"
            text = _JA_SPACES.sub("", text)
        text = _peninsula_named_before(text)
        work = normal(text)
        dates = find_dates(work, self.statement.date, same_day=self.day)
        # round 22: "지난 16일 발사 때와 같은 … 쪽이며": another day named only to compare
        dates = [(at, d) for at, d in dates if not _SAME_AS_THEN.match(work, at)]
        # round 25: "북한이 10일까지 항해금지구역으로 선포한": the end of a period, not the day
        dates = [
            (at, d)
            for at, d in dates
            if not (_UNTIL_DAY_AFTER.match(work, at) or _UNTIL_DAY_BEFORE.search(work[:at]))
            or _SPAN_OF_DAYS.search(work)
        ]
        self.dates_now = dates
        after_other_month = self.after_other_month and not reported
        pm_before = self.pm_before
        launch_before = self.launch_before and not reported
        if not reported:
            self.launch_before = False
            self.after_other_month = False
            self.pm_before = False
        if not self.about_this_launch(text, work, dates, language, reported):
            return
        if after_other_month and (dates or _THIS_LAUNCH.search(work)):
            after_other_month = False  # "…今回の発射では…", "25日の発射は…": this launch again
        day = self.day
        if dates:
            self.day = dates[-1][1]
        clocks = _moments(
            work,
            language,
            dates,
            day,
            self.zone,
            self.last_hour,
            self.afternoon,
            pm_before,
            foreign=self.foreign_clock,
        )
        if not reported:
            self.pm_before = _afternoon_alone(work, clocks)
        if clocks:
            self.last_hour = clocks[-1][2].astimezone(self.zone).hour
        self.afternoon |= {
            (t.hour, t.minute) for t in (c[2].astimezone(self.zone) for c in clocks) if t.hour > 12
        }
        names = _city_names(work, language, self.gazetteer.names_in(work))
        # round 31: a place's name as part of a type's ("Sinpo-class", "新浦級", "신포급"): no place
        names = [n for n in names if not _TYPE_NAMED_AFTER.match(work, n.end)]
        self.names = names
        if self.alert_clause(shown, work, language, dates, day):
            return
        positions = [
            r for r in find_positions(text, language)
            if not (r.distance and _LOCATED.search(work[: r.distance.start]))
            and not _UP_TO.match(work, r.span[1])
        ]  # fmt: skip
        hedged = bool(hedges_in(work, language))
        read = _Sentence(shown, language, work, positions, names, clocks,
                         _zones(work, language), hedged)  # fmt: skip
        events = _events(read, names)
        if not reported:  # round 25: "… fired …. Seven minutes later, … dropped into …"
            kinds = {e.kind for e in events}
            self.launch_before = "launch" in kinds and "fall" not in kinds
        fall_before, self.fall_before = self.fall_before, None
        if self.zone_clause(read, events, fall_before):
            return
        if (
            not events
            and fall_before is not None
            and read.positions
            and _POINT_WAS[language].search(work)
            and not reported
        ):  # round 33: "…に落下。…鬱陵島の北西167キロ、…東に57キロ離れた地点だった": the
            # fall before, placed by a sentence that says where its point was (no fall word)
            self.falls_in(read, 0, len(work), point=True)
            return
        self.site_clause(read, events)
        self.struck_target_clause(read, events)
        self.some_of_them_clause(read, events)
        before = len(self.items)
        unread = self.verb_clauses(read, events)
        self.after_verb_clauses(read, events, before, fall_before, unread)
        figures = [] if after_other_month else self.figure_clauses(read, dates)
        if not after_other_month and not any(e.kind == "fall" for e in events):
            self.flown_to_sea(read)
        later = re.match(_MINUTES_LATER[language], work, re.IGNORECASE) if launch_before else None
        if later and not after_other_month and number_value(later.group("n")):
            self.add("figure", read.text, {"flight_min": number_value(later.group("n"))})
            figures = [*figures, later.start("n")]
        if figures and not events:
            # round 16: "…tracked until it landed in the Sea of Japan." "…the missile flew some
            # 500 km." "…landed outside Japan's exclusive economic zone": a figure told between
            # them, the zone is a fall of its own, not the first fall's
            self.fall_before = None
        for what in _left_unread(read, events, figures):
            self.unread.append((self.statement.number, shown, what))
        if self.foreign_clock and any(
            not c.zone and not time_in_span(work, c.start, c.end) for c in find_clock_times(work)
        ):  # round 32: "launched at 8:44 a.m." of China's launch: its clock, not Japan's
            self.unread.append((self.statement.number, shown, "a time on another country's clock"))

    def about_this_launch(
        self, text: str, work: str, dates: list[tuple[int, dt.date]], language: str, reported: str
    ) -> bool:
        """Whether a sentence speaks of this launch; for one that speaks of another, its
        clauses before that one are read, and a sentence that tells another launch makes the
        sentences after it that launch's (``elsewhere``)."""
        if _HABIT.search(work):
            return False  # round 19: "Usually the North conducts launches from …": a habit
        if self.other_event(dates, work):
            again = None if reported else _THIS_DAY_AGAIN.search(text)
            if (
                again
                and self.other_event(
                    [(at, d) for at, d in dates if at < again.start()], work[: again.start()]
                )
                and all(at <= again.end() for at, _ in dates)  # ("この日" is read as a day)
                and not _OTHER_EVENT.search(work, again.end())
                and re.search(_LAUNCH_TOLD[language], normal(text[again.end() :]), re.IGNORECASE)
            ):  # round 33: "先月29日に…発射した北朝鮮はこの日、…から発射した": the clauses
                # after "この日" are this launch's
                self.sentence(text[again.start() :], reported=text)
                return False
            head = "" if reported else self.before_other_event(text, work, dates)
            if head:
                self.sentence(head, reported=text)
            elif re.search(_LAUNCH_TOLD[language], work, re.IGNORECASE):
                self.elsewhere = True  # a sentence that tells another launch
            elif self.other_months(work) and _LAUNCH_WORD.search(work):
                self.after_other_month = not reported  # round 21: its figures may follow
            return False
        if self.elsewhere and not dates and not _THIS_LAUNCH.search(work):
            return False  # it goes on about the other launch
        self.elsewhere = False
        return True

    def alert_clause(
        self, shown: str, work: str, language: str, dates: list[tuple[int, dt.date]],
        day: dt.date | None,
    ) -> bool:  # fmt: skip
        """An alert sentence (J-Alert words, or one that continues the alert before it), read
        as alerts; True when the sentence was one."""
        names = self.names
        alert = (
            _ALERT_WORDS.search(work)
            or (
                self.previous_was_alert
                and not _EM_NET.search(work)  # the local governments' network, not a J-Alert
                and (_prefectures(names) or _THE_ALERT.search(work))
                and any(re.search(p, work, re.IGNORECASE) for _, p in _ALERT_TYPES[:4])
            )
        )
        self.previous_was_alert = bool(alert)
        if _TARGETED.search(work) and _prefectures(names):
            self.targets = self.targets or _prefectures(names)
        if alert:
            self.alerts(shown, work, language, dates, day)
        return bool(alert)

    def zone_clause(
        self, read: _Sentence, events: Sequence[_Event], fall_before: int | None
    ) -> bool:
        """A sentence without a verb that tells only inside/outside: of all the objects
        ("いずれもEEZ外"), or of the fall told just before ("…日本海に落下。日本のEEZ外と推定され
        るという。"); True when the sentence was one."""
        work = read.work
        if _ALL_OF_THEM.search(work) and read.zones and not events:
            self.all_of_them += read.zones
            self.all_of_them_text = self.all_of_them_text or read.text
            return True
        if (
            fall_before is not None
            and read.language != "en"
            and read.zones
            and not events
            and not read.positions
            and not _seas(read)
            and not _SOME_OF_THEM.search(work)  # "うち3発はEEZ内で": a fall of some, of its own
        ):  # "…日本海に落下。日本のEEZ外と推定されるという。": the zone of the fall just told
            item = self.items[fall_before]
            fields = dict(item.fields)
            for key, areas in _zone_fields(read.zones).items():
                fields[key] = list(dict.fromkeys([*fields.get(key, []), *areas]))
            self.items[fall_before] = replace(item, fields=fields)
            return True
        return False

    def site_clause(self, read: _Sentence, events: Sequence[_Event]) -> None:
        """ "発射地点は…", "발사지는 …": the launch site told after its noun, in a sentence
        without a launch verb."""
        site = _LAUNCH_SITE.search(read.work)
        if site and not any(
            e.kind == "launch" and not site.start() <= e.start < site.end() for e in events
        ):  # (round 19: "発射基地は…": the noun's own 発射 is no launch verb)
            self.launch_site(read, site.end())

    def struck_target_clause(self, read: _Sentence, events: Sequence[_Event]) -> None:
        """Round 12: "struck the set target in the East Sea" (KCNA, in English), in a sentence
        without a fall verb: a fall in that sea (the target's place stays a TODO)."""
        m = _STRUCK_IN_SEA.search(read.work)
        if any(e.kind == "fall" for e in events):
            return
        if m is None:
            cjk = _STRUCK_IN_SEA_CJK.search(read.work)
            if cjk is None:
                return
            seas = [name for at, name in _seas(read) if 0 < cjk.start() - at <= 6]
            if seas:  # round 21: "日本海に設定された標的に命中"
                self.add("fall", read.text, {"sea": seas[-1]})
            return
        seas = [name for at, name in _seas(read) if at == m.end()]
        if seas:
            self.add("fall", read.text, {"sea": seas[0]})

    def some_of_them_clause(self, read: _Sentence, events: Sequence[_Event]) -> None:
        """ "うち3発は…EEZ内で" after the last verb (or in a sentence without one): a fall of
        some of the objects, of its own."""
        tail = events[-1].end if events else 0
        some = _SOME_OF_THEM.search(read.work, tail)
        zones = [z for z in read.zones if some and z[0] >= some.start()]
        if some and zones and not any(e.start >= some.start() for e in events):
            self.add("fall", read.text, _zone_fields(zones), "no position: some of the objects")

    def verb_clauses(self, read: _Sentence, events: Sequence[_Event]) -> list[str]:
        """Each verb's clause read by its kind (:meth:`launch`, :meth:`fall`, :meth:`passage`);
        the kinds of the clauses that gave nothing."""
        work, language, clocks = read.work, read.language, read.clocks
        bounds = _segments(events, work, language)
        unread: list[str] = []
        before_sentence = len(self.items)
        for i, (event, (start, end)) in enumerate(zip(events, bounds, strict=True)):
            if language == "en" and event.kind != "launch" and i == 0:
                # "around 15:44 (0644 GMT), it landed": a time before the first verb is its own
                early = _outside_brackets([c for c in clocks if c[0] < start], work)
                if (
                    early
                    and not any(start <= c[0] < end for c in clocks)
                    and not _REPORTING.search(work[max(0, early[-1][0] - 20) : start])
                ):
                    start = early[-1][0]
            part = read.within(start, end)
            if event.kind == "launch" and language == "en":
                part.clocks = _english_launch_clocks(work, event, part.clocks)
            pieces = _timed_sites(part, start, end) if event.kind == "launch" else []
            if pieces:
                # round 24: "오전 5시 …에서 A를, 오전 3시32분 …에서 B를 발사했다": each time
                # with its own site, a launch each
                # "북한이 이날": the one that fired, named before the first time
                head = read.within(start, part.clocks[0][0]).names
                for a, b in pieces:
                    piece = read.within(a, b)
                    piece.names = [*(n for n in head if n.start < a), *piece.names]
                    self.launch(piece, work[a:b], (a, b))
                done = True
            elif event.kind == "launch":
                following = events[i + 1].start if i + 1 < len(events) else len(work)
                firer = self.sentence_firer(before_sentence) if i else None
                added = len(self.items)
                done = self.launch(part, work[start:end] + work[end : min(following, end + 20)],
                                   (start, min(following, end + 20)))  # fmt: skip
                if firer is not None and len(self.items) == added + 1:
                    # round 25: "…일대에서 10발을 발사하고, 오후 8시3분께 8발을 추가로
                    # 발사했다": a later salvo with no site keeps the site the first was told
                    # from (the firer, North Korea, when that site is unknown)
                    item = self.items[added]
                    if (
                        item.kind == "launch"
                        and "at" not in item.fields
                        and "from" not in item.fields
                    ):
                        self.items[added] = replace(item, fields={"at": firer, **item.fields})
                elif (
                    firer is not None
                    and len(self.items) == added
                    and events[i - 1].kind == "launch"
                ):
                    # round 25: "…8시03분부터 5분까지 8발을 발사하고,": a salvo told within a span
                    # (no time) is still a launch, from the site the first was told from
                    self.add("launch", part.text, {"at": firer})
            else:
                done = getattr(self, event.kind)(part, start, end)
            if not done and event.kind != "launch":
                unread.append(event.kind)
        return unread

    def flown_to_sea(self, read: _Sentence) -> None:
        """ "日本海海上まで約70kmから200kmまで飛行し", "동해상까지 약 70km에서 200km까지 비행한":
        a flight told as far as a sea is a fall in that sea (round 25), when the sentence tells
        no fall of its own."""
        pattern = _FLOWN_TO_SEA.get(read.language)
        if pattern is None:
            return
        for found in read.names:
            seas = [e for e in found.entries if isinstance(e, Region) and e.kind == "sea"]
            if seas and re.match(pattern, read.work[found.end :]):
                self.add("fall", read.text, {"sea": seas[0].name})
                return

    def sentence_firer(self, before: int) -> str | None:
        """The site the launches this sentence has given so far (the items from ``before``)
        share, or None: where a later salvo told with no site of its own was fired from (round
        25; the firer "North Korea" when the first was told from a place the gazetteer lacks)."""
        sites = {i.fields.get("at") for i in self.items[before:] if i.kind == "launch"}
        if len(sites) == 1:
            return next(iter(sites))
        return None

    def after_verb_clauses(
        self, read: _Sentence, events: Sequence[_Event], before: int, fall_before: int | None,
        unread: Sequence[str],
    ) -> None:  # fmt: skip
        """What the verbs' clauses leave to the whole sentence: zones after the last fall, a
        direction told with the flight, a zone told again for the fall before; the fall the
        next sentence may add to; the kinds no clause read."""
        self.trailing_zones(read, events, before)
        self.flight_direction(read, before)
        self.zone_of_fall_before(fall_before, before, read.work)
        if events and events[-1].kind == "fall":
            falls = [i for i in range(before, len(self.items)) if self.items[i].kind == "fall"]
            self.fall_before = falls[-1] if falls else None
        if (
            # round 23: "…had monitored the launch preparations", "Japan lodges protest after
            # missile launch": the launch named as a noun, nothing read
            all(_LAUNCH_NOUN.match(read.work, e.start, e.end) for e in events)
            and len(self.items) == before
            and not read.zones
            and all(_other_country(f) for f in read.names)
            and not read.clocks
            and not read.positions
        ):
            self.fall_before = fall_before  # "岸防衛相が記者会見し、発表した。": nothing between
        kinds_read = {item.kind for item in self.items[before:]}
        for kind in dict.fromkeys(unread):
            if kind not in kinds_read:
                self.unread.append((self.statement.number, read.text, kind))

    def figure_clauses(self, read: _Sentence, dates: list[tuple[int, dt.date]]) -> list[int]:
        """The flight's figures of a sentence (:func:`_figures`), up to where it goes on to
        another launch; where each stands."""
        figures = _figures(read)
        elsewhere = self.other_event_from(read.work, dates)
        figures = [(at, f) for at, f in figures if elsewhere is None or at < elsewhere]
        for _, figure in figures:
            self.add("figure", read.text, figure)
        return [at for at, _ in figures]

    def flight_direction(self, read: _Sentence, before: int) -> None:
        """ "…から発射したミサイルは、東北東方向に約1000キロ飛行", "東に約400キロ飛行し": a
        direction told with the flight is the launch's, added to the launch read from the
        sentence, or a launch of its own."""
        direction = _flight_direction(read.work, read.language)
        if not direction:
            return
        launches = [i for i in range(before, len(self.items)) if self.items[i].kind == "launch"]
        if launches:
            item = self.items[launches[-1]]
            if "direction" not in item.fields:
                self.items[launches[-1]] = replace(
                    item, fields={**item.fields, "direction": direction}
                )
            return
        # round 28: "北朝鮮が…発射した3発の弾道ミサイル…約250キロ北東方向に飛行した": the firer
        # the sentence named goes with the direction (not when it names another year: "북한이
        # 2019년부터 계속 시험발사했던 …", the type's history)
        date = self.statement.date
        named = self.north_fired == read.text and not any(
            date is None or year != date.year for _, year, _ in find_year_months(read.work)
        )
        north = {"at": "North Korea"} if named else {}
        self.add("launch", read.text, {**north, "direction": direction})

    def trailing_zones(self, read: _Sentence, events: Sequence[_Event], before: int) -> None:
        """ "…日本海上に落下したと推定される。我が国のEEZ内ではない」": inside/outside said after a
        sentence's last verb, a fall, in Japanese or Korean, is that fall's."""
        if not events or events[-1].kind != "fall" or read.language == "en":
            return
        some = _SOME_OF_THEM.search(read.work, events[-1].end)  # "うち2発は…": their own fall
        upto = some.start() if some else len(read.work)
        zones = [z for z in read.zones if events[-1].end <= z[0] < upto]
        falls = [i for i in range(before, len(self.items)) if self.items[i].kind == "fall"]
        if not zones or not falls:
            return
        item = self.items[falls[-1]]
        fields = dict(item.fields)
        for key, areas in _zone_fields(zones).items():
            fields[key] = list(dict.fromkeys([*fields.get(key, []), *areas]))
        self.items[falls[-1]] = replace(item, fields=fields)

    def zone_of_fall_before(self, fall_before: int | None, before: int, work: str) -> None:
        """Join to the fall told just before a fall of this sentence that only tells its zone
        in English ("…fell into the waters around 0525 GMT." then "…reported the projectile
        landed outside of Japan's exclusive economic zone"): one fall told twice, when the first
        gave no zone nor distance and no other object is spoken of."""
        new = [i for i in range(before, len(self.items)) if self.items[i].kind == "fall"]
        other = re.search(_ANOTHER.pattern, work, re.IGNORECASE) or _SOME_OF_THEM.search(work)
        if fall_before is None or len(new) != 1 or other or _language_of(work) != "en":
            return  # Japanese, Korean: another speaker's zone is a fall of its own (holdout 6)
            return
        item, old = self.items[new[0]], self.items[fall_before]
        zones = {"inside", "outside"}
        if (
            (item.todo and not item.todo.startswith("no position: neither"))
            or not item.fields
            or not set(item.fields) <= zones
            or zones & set(old.fields)
            or "from" in old.fields  # "…西約250キロの日本海に落下。…EEZ内に落下": two items
        ):
            return
        self.items[fall_before] = replace(old, fields={**old.fields, **item.fields})
        del self.items[new[0]]
        self.falls.remove(new[0])

    def launch_site(self, part: _Sentence, after: int) -> None:
        """ "발사지는 평양 순안공항으로 추정된다": the site a sentence names after "the launch
        site", added to the statement's launch before it (a more precise place replaces a
        broader one: a launch site North Korea or a city), or a launch of its own."""
        best: tuple[int, str] | None = None
        span = _place_span(part.work, part.language, part.names)
        for found in part.names:
            if found.start < after or found in span:
                continue  # (round 26: "발사 장소는 무수단리 이남에서 원산시 사이의 …": a stretch)
            for entry in found.entries:
                rank = _launch_rank(entry)
                if rank < 3 and (best is None or rank < best[0]):
                    best = (rank, entry.name)
        if best is None:
            self.unread.append((self.statement.number, part.text, "launch site"))
            return
        if _more_specific_site(part, after, best[1]):
            # "発射地点は北朝鮮北部の慈江道・舞坪里": a place the gazetteer does not know
            self.unread.append((self.statement.number, part.text,
                                "launch site not in the gazetteer"))  # fmt: skip
            return
        launches = [i for i, item in enumerate(self.items) if item.kind == "launch"]
        if launches:
            item = self.items[launches[-1]]
            current = item.fields.get("at")
            known = self.gazetteer.find(current) if current else None
            rank = _launch_rank(known) if known is not None else 3
            if current == best[1]:
                return
            if (
                best[0] < rank
                and "from" not in item.fields
                and not _SIDE_OF_COUNTRY.search(normal(item.sentence))
            ):  # round 22: a launch told from a coast ("日本海沿岸地域から") keeps it
                self.items[launches[-1]] = replace(item, fields={**item.fields, "at": best[1]})
                return
        self.add("launch", part.text, {"at": best[1]})

    # each event kind: True when something was read

    def launch(self, part: _Sentence, around: str, span: tuple[int, int]) -> bool:
        fields: dict[str, Any] = {}
        borders = [b.span() for b in _BORDER.finditer(part.work)]
        if borders:  # round 30: "60 km south of the border between the DPRK and China": no place
            part = replace(
                part,
                names=[n for n in part.names if not any(a <= n.start < b for a, b in borders)],
                positions=[
                    r for r in part.positions
                    if not any(r.span[0] <= a <= r.span[1] + 40 for a, _ in borders)
                ],
            )  # fmt: skip
        listed = _listed_times(part)
        if part.clocks:
            fields["time"] = _nearest(part)
        # round 24: "2発目は午前4時4分に発射されて…稚内の西南西約550キロに、…着弾した": a
        # position told as where it went (に/へ/에/까지 after it) is a fall's, not the launch's
        distance = [
            r for r in part.positions
            if r.spec.origin is not None and not _WENT_TO.match(part.work, r.span[1])
        ]  # fmt: skip
        unknown = _unknown_site(part.work, part.language, self.names, span)
        if distance and unknown and _locates_unknown_site(part.work, part.language, distance[0]):
            # round 18: "平壌の南約100キロの黄海道付近から": the distance only says where the
            # province lies (a TODO); the country stays when the clause names it as the firer
            reading = distance[0]
            rest = replace(
                part,
                names=[n for n in part.names if not (n.text and n.text in reading.reference)],
            )
            if _site(rest) == "North Korea":
                fields["at"] = "North Korea"
        elif distance and _locates_unknown_site(part.work, part.language, distance[0]):
            # round 19: "launched near Nampo City, 37 miles southwest of Pyongyang": a known
            # site with a distance from another place after it is the site, not a position
            reading = distance[0]
            rest = replace(
                part,
                names=[n for n in part.names if not (n.text and n.text in reading.reference)],
            )
            site = _site(rest)
            if site and site != "North Korea":
                fields["at"] = site
            else:
                fields.update(_position_fields(reading, part.hedged))
        elif distance:
            fields.update(_position_fields(distance[0], part.hedged))
        else:
            site = _site(part) or ("North Korea" if _KOREA_COAST_FROM.search(part.work) else "")
            if site and not _SITE_POSSIBLE.search(part.work):  # round 30: a possible site: TODO
                fields["at"] = site
        # round 19: "were fired from the North's southeastern coast and flew northeast": the
        # direction told with the flight in the launch's own clause is the launch's
        direction = _direction(around, part.language) or _flight_direction(around, part.language)
        if direction:
            fields["direction"] = direction
        if unknown:
            self.unread.append(
                (self.statement.number, part.text, "launch site not in the gazetteer")
            )
        if _OFF_COAST.search(around):
            self.unread.append((self.statement.number, part.text, "a coast without a distance"))
        if _SIDE_FROM_EN.search(part.work) or _TOWARD_SIDE.search(around):
            self.unread.append((self.statement.number, part.text, "a side without a distance"))
        sites = [] if distance or listed or "time" in fields else _listed_sites(part)
        if not sites and not distance and not listed and "time" not in fields:
            sites = _unknown_listed_site(part)
            if sites and not unknown:
                self.unread.append(
                    (self.statement.number, part.text, "launch site not in the gazetteer")
                )
        for site in sites:  # "평양 순안, 평안남도 개천, … 일대에서 발사한": one launch a site
            self.add("launch", part.text, {**fields, "at": site})
        for moment in listed:  # "7時4分頃及び7時23分頃…発射": one launch a time
            self.add("launch", part.text, {**fields, "time": moment})
        if fields and not listed and not sites:
            self.add("launch", part.text, fields)
            later = _LATER_LAUNCH[part.language].search(part.work)
            minutes = number_value(later.group("n")) if later and "time" in fields else None
            if minutes and 0 < minutes <= 60:
                # round 19: "the first … at around 1:20 …, and the second launch took place
                # about 10 minutes later": the second launch's time, counted from the first
                second = fields["time"] + dt.timedelta(minutes=minutes)
                self.add("launch", part.text, {**fields, "time": second})
        return bool(fields)

    def fall(self, part: _Sentence, start: int, end: int) -> bool:
        work = part.work
        every = _ALL_OF_THEM.search(work[start:end])
        if every and _THE_OTHERS_BEFORE.search(
            work[max(0, start + every.start() - 16) : start + every.start()]
        ):
            every = None  # round 32: "他の4発はいずれもEEZ外で": the others', not every fall's
        if every and part.zones and not part.positions:
            self.all_of_them += part.zones  # "いずれも…EEZ外": for every fall of the statement
            self.all_of_them_text = self.all_of_them_text or part.text
            if not _seas(part.within(start, end)):
                if _NO_DISTANCE.search(work[start:end]):  # "いずれも朝鮮半島東岸付近の…外"
                    self.unread.append(
                        (
                            self.statement.number,
                            part.text,
                            "a direction from a place without a distance",
                        )
                    )
                return True  # "いずれも…日本海の…EEZ内に落下" is a fall of its own too
        cuts = [start, *[m.start() + start for m in _ANOTHER.finditer(work[start:end])], end]
        read = False
        told = len(self.items)
        for a, b in itertools.pairwise(cuts):
            read |= self.falls_in(part.within(a, b), a, b)
        topics = _COUNT_TOPIC.findall(work[start:end])
        stretch = part.within(start, end)
        if (
            len(topics) >= 2
            and len(self.items) == told + 1
            and self.items[-1].kind == "fall"
            and len({name for _, name in _seas(stretch)}) <= 1
            and not stretch.positions
        ):  # round 33: "1発は…の北北西、2発は台湾南西、1発は…に設定された各訓練海域に落下":
            # counts told as topics whose places share one noun and one verb, a fall each
            last = self.items[-1]
            for _ in topics[1:]:
                self.add("fall", last.sentence, dict(last.fields), last.todo)
        return read

    def falls_in(self, part: _Sentence, start: int, end: int, *, point: bool = False) -> bool:
        """The falls of one stretch: one per distance and bearing in it, each with the time
        before it and the sea after it; seas and "inside/outside" after the last for all."""
        work = part.work
        seas = _seas(part)
        if any(_possible_sea(work, f) for f in part.names if start <= f.start < end):
            # round 29: the possible sea is left for the reader
            self.unread.append((self.statement.number, part.text, "a fall told as a possibility"))
        distances = [r for r in part.positions if r.spec.origin is not None]
        if part.language == "en":
            distances = distances[:1]
        tail_zones: dict[str, list[str]] = {}
        for _, where, area in part.zones:
            tail_zones.setdefault(where, [])
            if area not in tail_zones[where]:
                tail_zones[where].append(area)
        if not distances:
            fields: dict[str, Any] = {}
            if part.clocks:
                fields["time"] = _nearest(part)
            if seas:
                fields["sea"] = seas[-1][1] if part.language != "en" else seas[0][1]
            fields.update(tail_zones)
            todo = ""
            if _NO_DISTANCE.search(work[start:end]):
                todo = "a direction from a place without a distance"
            if _FALL_POINT.search(work[start:end]) and self.fits_last(fields):
                self.merge_into_last(fields)
                if todo:  # "落下したのは…朝鮮半島の東側の日本海": the side is still unplaced
                    self.unread.append((self.statement.number, part.text, todo))
                return True
            if not todo and self.adds_zones(part, start, fields):
                self.merge_into_last(fields)
                return True
            if not fields and not todo:
                return False
            if "sea" not in fields:
                todo = todo or "no position: neither a distance from a place nor a sea"
            joined = _joined_seas(part, seas)
            if joined and not todo:  # round 33: "黄海と東シナ海に落下": a fall in each sea
                for sea in joined:
                    self.add("fall", part.text, {**fields, "sea": sea})
                return True
            self.add("fall", part.text, fields, todo)
            return True
        edges = [start] + [r.span[1] for r in distances]
        first = distances[0].distance.start if distances[0].distance else distances[0].span[0]
        # round 14: "탄착 지점은 …, 속초 동방 57㎞, 울릉도 서북방 167㎞": the fall before
        # (told by its sea alone) placed from two places, one fall per place, each with what
        # was said of it
        told = self.items[self.falls[-1]] if self.falls else None
        placed_twice = (
            told is not None
            and len(distances) > 1
            and bool(_FALL_POINT.search(work[start:end]))
            and not {"from", "inside", "outside"} & set(told.fields)
            and told.statement == self.statement.number
        )
        for i, reading in enumerate(distances):
            fields = {}
            lo, hi = edges[i], reading.span[1]
            clocks = [c for c in part.clocks if lo <= c[0] < hi]
            upto = distances[i + 1].span[0] if i + 1 < len(distances) else end
            later = [c for c in part.clocks if hi <= c[0] < upto]
            if clocks:
                fields["time"] = clocks[-1][2] if part.language != "en" else clocks[0][2]
            elif part.language == "en" and part.clocks:
                fields["time"] = part.clocks[0][2]
            elif later:  # "…の日本海(EEZ外)に11時13分ごろ落下": the time after the place
                fields["time"] = later[0][2]
            fields.update(_position_fields(reading, part.hedged))
            nxt = edges[i + 2] if i + 2 < len(edges) else end
            own = [name for at, name in seas if hi <= at < nxt]
            if own:
                fields["sea"] = own[0]
            elif seas and seas[-1][0] >= edges[-1]:
                fields["sea"] = seas[-1][1]
            elif part.language == "en" and seas:  # "in the Sea of Japan about 150 km west of"
                fields["sea"] = seas[0][1]
            elif len(distances) == 1 and (
                before := [
                    name
                    for at, name in seas
                    if lo <= at < (reading.distance.start if reading.distance else reading.span[0])
                    and re.match(r"[^、。の]{1,6}の", work[at:])
                ]
            ):  # round 12: "日本海の石川県能登半島沖の舳倉島から北約300キロ": the sea it is in
                fields["sea"] = before[-1]
            elif len(distances) > 1 and (heading := _seas_before(seas, work, start, first)):
                # round 14: "이중 1발은 동해 NLL 이남 26㎞, 속초 동방 57㎞, …에": the sea the
                # places are in, named before them all
                fields["sea"] = heading[-1]
            fields.update(tail_zones)
            if (
                (point or _FALL_POINT.search(work[start:end]))
                and len(distances) == 1
                and self.fits_last(fields)
            ):
                self.merge_into_last(fields)  # "the point of impact is … 550 km east of …"
                continue
            if (
                placed_twice
                and told is not None
                and all(fields.get(k, v) == v for k, v in told.fields.items())
            ):
                fields = {**fields, **told.fields}
                if i == 0:
                    self.items[self.falls[-1]] = replace(told, fields=fields)
                    continue
            self.add("fall", part.text, fields)
        return True

    def fits_last(self, fields: Mapping[str, Any]) -> bool:
        """Whether what a sentence about "the fall point" says can be added to the statement's
        last fall: there is one, and it gives no other value for the same key."""
        if not self.falls:
            return False
        last = self.items[self.falls[-1]].fields
        return all(
            key in ("inside", "outside", "about") or key not in last or last[key] == value
            for key, value in fields.items()
        )

    def adds_zones(self, part: _Sentence, start: int, fields: Mapping[str, Any]) -> bool:
        """Whether a fall told with only inside/outside ("EEZ外に落下") is the fall read just
        before it told again: a clause of the same sentence ("日本海上に落下したものと推定して
        おり、日本の…EEZ外に落下したものとしている"), or a sentence that goes on with "なお"
        ("…日本海上に落下したと推定されます。なお、我が国のEEZ外に落下したと推定されます。");
        not "うち3発は…EEZ内に落下" (some of them), nor another speaker's sentence."""
        if not fields or set(fields) - {"inside", "outside"} or not self.falls:
            return False
        if self.falls[-1] != max(i for i, item in enumerate(self.items) if item.kind != "figure"):
            return False  # something other than the fall (and its figures) was read after it
        last = self.items[self.falls[-1]]
        if not ("sea" in last.fields or "from" in last.fields) or (
            {"inside", "outside"} & set(last.fields)
        ):
            return False
        if _ANOTHER.match(part.work, start) or _SOME_OF_THEM.search(part.work[start:]):
            return False
        same = last.sentence == part.text
        return same or bool(re.match(r"\s*(?:なお|尚)\s*[、,]", part.work))

    def merge_into_last(self, fields: Mapping[str, Any]) -> None:
        """ "落下地点は…の外": what a sentence about the fall point adds to the statement's last
        fall."""
        index = self.falls[-1]
        item = self.items[index]
        merged = dict(item.fields)
        for key, value in fields.items():
            if isinstance(value, list):
                merged[key] = list(dict.fromkeys([*merged.get(key, []), *value]))
            else:
                merged.setdefault(key, value)
        todo = item.todo
        if todo.startswith("no position") and ("sea" in merged or "from" in merged):
            todo = ""  # (a side without a distance, "朝鮮半島東の日本海", stays a TODO)
        self.items[index] = replace(item, fields=merged, todo=todo)

    def passage(self, part: _Sentence, start: int, end: int) -> bool:
        fields: dict[str, Any] = {}
        between = [r for r in part.positions if r.spec.between is not None]
        distance = [r for r in part.positions if r.spec.origin is not None]
        overs: list[str] = []
        if between:
            fields["between"] = list(between[0].spec.between or ())
        elif distance:
            fields.update(_position_fields(distance[-1], part.hedged))
        else:
            overs = _overflown_all(part, start, end)
            if overs:
                fields["over"] = overs[0]
        if not fields and not part.clocks:
            return False
        placed = bool(fields)
        if part.clocks:
            fields["time"] = _nearest(part)
        if not placed:  # round 25: "11時37分ごろに太平洋へ通過": its time alone (not drawn)
            self.add("passage", part.text, fields, "no position: a passage told by its time alone")
            return True
        self.add("passage", part.text, fields)
        for over in overs[1:]:  # round 24: "秋田県と岩手県上空を通過": a passage each
            self.add("passage", part.text, {**fields, "over": over})
        return True

    def alerts(self, text: str, work: str, language: str,
               dates: list[tuple[int, dt.date]], day: dt.date | None) -> None:  # fmt: skip
        """J-Alert messages: one per stretch of the sentence that starts at a time."""
        plain = re.sub(r"「[^」]*」?|『[^』]*』?|\"[^\"]*\"?|“[^”]*”?",
                       lambda m: " " * len(m.group(0)), work)  # fmt: skip
        clocks = _moments(
            plain, language, dates, day, self.zone, self.last_hour, foreign=self.foreign_clock
        )
        cuts = [0, *[c[0] for c in clocks[1:]], len(work)]
        for i in range(len(cuts) - 1):
            clause = work[cuts[i] : cuts[i + 1]]
            names = self.gazetteer.names_in(clause)
            prefectures = _prefectures(names) or self.prefectures
            self.prefectures = prefectures
            found = []
            without_lifting = _LIFTING.sub(" ", clause)
            for kind, pattern in _ALERT_TYPES:
                told = without_lifting if kind == "launch" else clause
                if any(not _negated(told, m) for m in re.finditer(pattern, told, re.I)):
                    found.append(kind)
            if {"passed", "predicted_fall", "correction"} & set(found) and "launch" in found:
                found.remove("launch")
            for kind in found[::-1]:
                fields: dict[str, Any] = {"type": kind, "prefectures": list(prefectures)}
                if i < len(clocks) and not (
                    len(found) > 1 and self.told_later(clause, kind, clocks[i][0] - cuts[i])
                ):
                    fields["time"] = clocks[i][2]
                self.add("alert", text, fields, "" if prefectures else "no prefecture named")

    @staticmethod
    def told_later(clause: str, kind: str, at: int) -> bool:
        """Whether an alert verb of a clause is told after a word of a later moment that
        follows the clause's time at ``at`` ("… at 6:40 a.m. but was later lifted"): round 31."""
        pattern = dict(_ALERT_TYPES)[kind]
        verb = re.search(pattern, clause, re.IGNORECASE)
        if verb is None or verb.start() < at:
            return False
        return bool(_LATER_WORD.search(clause, max(at, 0), verb.start()))

    def finish(self) -> None:
        """What can only be done once the statement is read: "いずれも…の外" for every fall,
        and the prefectures a later sentence names ("対象都道府県は沖縄県") for alerts
        that named none."""
        if self.all_of_them and not self.falls:
            # "いずれも…EEZ外に落下した" with no other fall in the statement: that is the fall
            self.add("fall", self.all_of_them_text, _zone_fields(self.all_of_them),
                     "no position: neither a distance from a place nor a sea")  # fmt: skip
            self.finish_alerts()
            return
        for index in self.falls:
            item = self.items[index]
            fields = dict(item.fields)
            for _, where, area in self.all_of_them:
                fields[where] = list(dict.fromkeys([*fields.get(where, []), area]))
            self.items[index] = replace(item, fields=fields)
        self.finish_alerts()

    def finish_alerts(self) -> None:
        """The prefectures a later sentence names for the alerts that named none."""
        for i, item in enumerate(self.items):
            if item.kind == "alert" and not item.fields["prefectures"] and self.targets:
                fields = dict(item.fields, prefectures=list(self.targets))
                self.items[i] = replace(item, fields=fields, todo="")


#: Words of an English sentence that say several objects were launched.
_SEVERAL_EN = re.compile(
    r"\b(?:missiles|rockets|projectiles|launches|two|three|four|five|six|several|both|each)\b|"
    r"\bone of them\b|\banother\b|"  # (round 17: "one at 2:35 a.m. and another at 2:45 a.m.")
    r"\b(?:launched|fired|test-fired)\s+them\b|"  # "Pyongyang launched them … at 11:13 and 12:05"
    # round 27: "They were launched at 6:12 a.m. and 6:20 a.m.", "… at 7:01 and 7:09 respectively"
    r"\bthey\s+were\s+(?:launched|fired|test-fired)\b|\brespectively\b",
    re.IGNORECASE,
)


#: Words between an English launch and a time that make the time another event's ("hours
#: after drills ended at 5 p.m.", "before the summit at 10 a.m.").
_RELATIVE_EN = re.compile(
    # (round 25: not "in the early hours of Tuesday", a time of day)
    r"\b(?:after|before|following|since|ahead of|prior to|(?<!early\s)hours|days|weeks)\b",
    re.IGNORECASE,
)
#: A launch written as a noun after "after"/"before" ("an hour after the launch", "705 s after
#: the launch"): the time just before it is of the other event.
_AFTER_THE_LAUNCH_EN = re.compile(
    r"\b(?:after|before|since|following|ahead of)\s+(?:the|its|this|that|a)\s+(?:[\w']+\s+)?$",
    re.IGNORECASE,
)


def _english_launch_clocks(
    work: str, event: _Event, clocks: Sequence[tuple[int, int, dt.datetime]]
) -> list[tuple[int, int, dt.datetime]]:
    """The times of an English launch clause that can be the launch's: not the time just
    before "an hour after the launch" ("spoke at 8:15 a.m., an hour after the launch"), nor
    one that "after", "before", "hours" … separate from the launch verb ("came hours after
    drills ended at 5 p.m.").

    Examples
    --------
    >>> at = dt.datetime(2021, 9, 15, 8, 15, tzinfo=STATEMENT_ZONE)
    >>> work = "He spoke at 8:15 a.m., an hour after the launch."
    >>> verb = _Event("launch", work.index("launch"), work.index("launch") + 6)
    >>> _english_launch_clocks(work, verb, [(9, 21, at)])
    []
    >>> work = "The launch occurred at 8:15 a.m."
    >>> _english_launch_clocks(work, _Event("launch", 4, 10), [(20, 32, at)]) == [(20, 32, at)]
    True
    """
    before = [c for c in clocks if c[0] < event.start]
    upto = event.start
    relative = _AFTER_THE_LAUNCH_EN.search(work[max(0, event.start - 30) : event.start])
    if before and relative:
        before = before[:-1]
        upto = max(0, event.start - 30) + relative.start()
    out = [c for c in before if not _RELATIVE_EN.search(work[c[1] : upto])]
    out += [
        c for c in clocks if c[0] >= event.start and not _RELATIVE_EN.search(work[event.end : c[0]])
    ]
    return out


def _listed_times(part: _Sentence) -> list[dt.datetime]:
    """The times of a launch clause that are told as a list ("7時4分頃及び7時23分頃", "午前7時4分と
    同23分", "7시6분경과 7시25분경", "at 7:06 a.m. and 7:25 a.m."): several launches, one a time;
    [] unless every time of the clause is in one list of two or more different times.

    Examples
    --------
    >>> at = dt.datetime(2021, 3, 25, 7, 4, tzinfo=STATEMENT_ZONE)
    >>> work = "7時4分頃及び7時23分頃発射"
    >>> clocks = [(0, 5, at), (7, 12, at.replace(minute=23))]
    >>> part = _Sentence(work, "ja", work, [], [], clocks, [], False)
    >>> [t.minute for t in _listed_times(part)]
    [4, 23]
    >>> part.clocks = [(0, 5, at), (7, 12, at)]  # the same time twice: one launch
    >>> _listed_times(part)
    []
    """
    clocks = _outside_brackets(part.clocks, part.work)  # "(2206 GMT and 2225 GMT)": the same
    if len({c[2] for c in clocks}) < 2:
        return []
    if part.language == "en" and not _SEVERAL_EN.search(part.work):
        return []  # "launched at 7:06 a.m. and at 7:15 a.m. it fell": one launch, then its fall
    for (_, end, _), (start, _, _) in itertools.pairwise(clocks):
        # (round 12: "6:44 a.m. (9:44 p.m. Friday GMT) and the other around 7:01 a.m.")
        if not _TIME_LIST_JOIN.match(re.sub(r"\s*\([^()]*\)", "", part.work[end:start])):
            return []
    return list(dict.fromkeys(c[2] for c in clocks))


def _seas_before(seas: Sequence[tuple[int, str]], work: str, start: int, end: int) -> list[str]:
    """The seas named between ``start`` and ``end`` as the place the falls are in ("동해 NLL 이남
    26㎞, 속초 동방 57㎞"), not as the way they flew ("동해상으로", "日本海に向け")."""
    return [
        name
        for at, name in seas
        if start <= at < end
        and not re.match(r"\S*?\s*(?:상|해상)?\s*(?:으로|로|へ|に向)", work[at:])
    ]


def _nearest(part: _Sentence) -> dt.datetime:
    """The time of an event: the one nearest before its verb (Japanese, Korean), or the first
    in its clause (English)."""
    return part.clocks[0][2] if part.language == "en" else part.clocks[-1][2]


def read_draft(texts: Sequence[tuple[str, str]], *, source: str | None = None) -> Draft:
    """What pasted statements report, each ``(file name, text)`` (:func:`read_statements`).

    Raises
    ------
    DraftError
        A control character in a text (its file and line named), a header or ``source``
        without an organisation, or more than :data:`DRAFT_MAX_BYTES`.
    """
    statements = read_statements(texts, source=source)
    items: list[DraftItem] = []
    unread: list[tuple[int, str, str]] = []
    shared = _shared_launch_day(statements)
    for statement in statements:
        reader = _Reader(statement, shared)
        reader.read()
        items += reader.items
        unread += reader.unread
    return Draft(tuple(statements), tuple(items), tuple(unread))


# --------------------------------------------------------------------------- writing


def _toml(value: Any) -> str:
    """A TOML value: text as a basic string, whole numbers without a decimal point, dates and
    date-times in ISO 8601, lists on one line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _value(key: str, value: Any) -> str:
    """``key = value`` in TOML."""
    return f"{key} = {_toml(value)}"


def _comment(text: str) -> str:
    return "# " + " ".join(text.split())


def _times(fields: Mapping[str, Any]) -> str:
    time = fields.get("time")
    return time.strftime("%H:%M") if isinstance(time, dt.datetime) else ""


def _summary(item: DraftItem) -> str:
    """A short description of an item for names and comments."""
    f = item.fields
    parts = []
    if item.kind == "fall":
        if "from" in f:
            about = "about " if f.get("about") else ""
            parts.append(f"{about}{f['distance_km']:g} km {f['bearing']} of {f['from']}")
        if "sea" in f:
            parts.append(f["sea"])
    elif item.kind == "passage" and "from" in f:
        about = "about " if f.get("about") else ""
        parts.append(f"{about}{f['distance_km']:g} km {f['bearing']} of {f['from']}")
    elif item.kind == "passage":
        parts.append(" and ".join(f["between"]) if "between" in f else f"over {f.get('over')}")
    elif item.kind == "launch":
        parts += [f.get("at", ""), f.get("direction", "")]
    elif item.kind == "alert":
        parts += [f"J-Alert {f['type']}", ", ".join(f.get("prefectures", []))]
    elif item.kind == "figure":
        parts += [f"{k} {v:g}" for k, v in f.items()]
    time = _times(f)
    return ", ".join(p for p in [*parts, time] if p)


def _source_lines(statement: Statement) -> list[str]:
    lines = [f"[sources.{statement.id}]", _value("organisation", statement.organisation)]
    lines.append(_value("date", statement.date))
    if statement.url:
        lines.append(_value("url", statement.url))
    return lines


def _sources_of(draft: Draft) -> None:
    """Refuse statements without an organisation or a date: their source table needs both."""
    for statement in draft.statements:
        if not statement.organisation or statement.date is None:
            missing = "a source" if not statement.organisation else "a date"
            raise DraftError(
                f"{statement.file}: line {statement.line}: expected {missing} for the statement "
                "below: a header line 'Source: ORGANISATION, YYYY-MM-DD' or --source"
            )


def _item_lines(item: DraftItem, keys: Sequence[str]) -> list[str]:
    lines = []
    for key in keys:
        if key in item.fields:
            value = item.fields[key]
            lines.append(_value(key, list(value) if isinstance(value, tuple) else value))
    return lines


def _fall_key(item: DraftItem) -> tuple[Any, ...]:
    f = item.fields
    return (f.get("time"),) if "time" in f else ("no time", f.get("from"), f.get("sea"))


_FALL_KEYS = ("from", "distance_km", "bearing", "about")
_SEA_ONLY_NOTE = (
    "reported, left as a comment: a whole sea with the EEZ cut out takes minutes to draw; "
    "give the fall a position, then keep this line"
)


def _fall_lines(
    number: int, group: Sequence[DraftItem], directions: Mapping[int, str]
) -> list[str]:
    """A ``[[falls]]`` table for reports of one fall (the first its own fields, the others
    ``[[falls.reports]]``); a fall placed from a place takes the flight direction its own
    statement gives for the launch (``direction``)."""
    first = group[0]
    f = dict(first.fields)
    if "from" in f and first.statement in directions:
        f["direction"] = directions[first.statement]
    first = replace(first, fields=f)
    lines = ["", "[[falls]]", _value("id", f"fall-{number}")]
    lines.append(_value("name", f"Fall: {_summary(first)} (s{first.statement})"))
    sea_only = "from" not in f
    if sea_only:
        lines.append(_value("at", f["sea"]))
    lines += _item_lines(first, (*_FALL_KEYS, "time", "sea", "direction"))
    lines += _zone_lines(f, sea_only=sea_only)
    lines += [_value("source", f"s{first.statement}"), _value("reported", first.sentence)]
    for other in group[1:]:
        o = dict(other.fields)
        if "from" in o and other.statement in directions:
            o["direction"] = directions[other.statement]
        other = replace(other, fields=o)
        zones = _zone_lines(o, sea_only="from" not in o)
        body = _item_lines(other, (*_FALL_KEYS, "sea", "direction"))
        body += [line for line in zones if not line.startswith("#")]
        if not body:
            lines.append(_comment(f"also reported (s{other.statement}): {other.sentence}"))
            lines += zones
            continue
        lines += ["", "[[falls.reports]]", *body, *(z for z in zones if z.startswith("#"))]
        lines += [_value("source", f"s{other.statement}"), _value("reported", other.sentence)]
    return lines


_NOTIFIED_NOTE = (
    "reported, left as a comment: 'notified areas' needs the notified areas as [[hazard_areas]]"
)


def _zone_lines(fields: Mapping[str, Any], *, sea_only: bool) -> list[str]:
    """A fall's ``inside``/``outside``: as keys, or as comments where the draft cannot use
    them as they stand (no hazard areas for "notified areas"; a whole sea less the EEZ)."""
    lines = []
    for where in ("inside", "outside"):
        areas = list(fields.get(where, []))
        notified = [a for a in areas if a == "notified areas"]
        others = [a for a in areas if a != "notified areas"]
        if others:
            line = _value(where, others)
            lines.append(f"# {line}   # {_SEA_ONLY_NOTE}" if sea_only else line)
        if notified:
            lines.append(f"# {_value(where, notified)}   # {_NOTIFIED_NOTE}")
    return lines


def _todo(item: DraftItem) -> list[str]:
    values = {
        k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in item.fields.items()
    }
    return [
        "",
        _comment(f"TODO (s{item.statement}): a {item.kind} that cannot be drawn as it stands "
                 f"({item.todo}); read: {values}"),
        _comment(f"  reported: {item.sentence}"),
    ]  # fmt: skip


def _names_north_korea(draft: Draft) -> bool:
    """Whether a statement names North Korea (in any of its spellings)."""
    gazetteer = load_gazetteer()
    return any(
        entry.name == "North Korea"
        for statement in draft.statements
        for found in gazetteer.names_in(normal(statement.text))
        for entry in found.entries
    )


#: Round 32: what follows a country told as the one that fired ("中国は", "中国軍が", "중국이",
#: "중국군은", "China test-fired", "China has launched"), by the script of its name.
_FIRER_AFTER = {
    "ja": re.compile(r"(?:軍|側)?(?:は|が)|軍"),
    "ko": re.compile(r"(?:\s?(?:군|측))?(?:은|는|이|가)(?![가-힣])|\s?군"),
    "en": re.compile(
        r"(?:\s+(?:says|said|announced|confirmed)\s+(?:that\s+)?it)?"
        r"(?:\s+(?:has|had|have))?\s+(?:successfully\s+)?(?:test[- ]?)?"
        r"(?:fired|fires|launched|launches)\b"
    ),
}
#: Round 32: "(the missiles) launched by China", "fired by China": the firer after its verb.
_FIRER_BEFORE = re.compile(r"\b(?:launched|fired)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。.!?\n]")


def _script_of(name: str) -> str:
    if re.search(r"[가-힣]", name):
        return "ko"
    return "en" if name.isascii() else "ja"


@functools.cache
def _is_country(name: str) -> bool:
    """Whether ``name`` is a country of the gazetteer ("China", "North Korea")."""
    return any(r.name == name and r.kind == "country" for r in load_gazetteer().regions())


def _firers_in(text: str) -> list[str]:
    """The countries ``text`` tells as the one that fired, once for each telling (round 32);
    see :func:`_firing_country`."""
    gazetteer = load_gazetteer()
    out: list[str] = []
    found = gazetteer.names_in(text)
    countries = [f for f in found if any(
        isinstance(e, Region) and e.kind == "country" for e in f.entries)]  # fmt: skip
    for f in countries:
        name = next(e.name for e in f.entries
                    if isinstance(e, Region) and e.kind == "country")  # fmt: skip
        script = _script_of(f.text)
        after = _FIRER_AFTER[script].match(text, f.end)
        before = script == "en" and _FIRER_BEFORE.search(text, 0, f.start)
        if not after and not before:
            continue
        if script != "en" and not before:
            end = _SENTENCE_END.search(text, f.end)
            clause = text[f.end : end.start() if end else len(text)]
            verb = re.search(_VERBS[script]["launch"], clause)
            if verb is None or any(
                o is not f and f.end <= o.start < f.end + verb.start() for o in countries
            ):
                continue  # no launch told, or another country's ("日本は中国の発射に抗議")
        out.append(name)
    return out


#: Round 32: the countries whose clocks are Japan's and Korea's (+09:00, or Pyongyang Time).
_OWN_CLOCK_COUNTRIES = frozenset({"Japan", "South Korea", "North Korea"})
#: Round 32: a time told as the local one ("(현지 시간)", "(이하 현지시각)", "現地時間", "local
#: time").
_LOCAL_TIME_WORDS = re.compile(r"현지\s*시[각간]|現地時間|\blocal\s+time\b", re.IGNORECASE)


def _foreign_clock(statement: Statement) -> bool:
    """Round 32: whether a statement's times without a zone may be told on another country's
    clock: it tells a country other than Japan and the Koreas as the one that fired, and is in
    English (its times are the wire's, often the launching country's: "launched at 8:44 a.m.")
    or says "local time" ("오전 8시 44분(현지 시간)"). Such times are left as TODOs.

    Examples
    --------
    >>> st = read_draft([("t.txt", "Source: AP, 2021-05-05\\nChina fired a missile at 9 a.m.")])
    >>> _foreign_clock(st.statements[0])
    True
    """
    work = normal(statement.text)
    firers = _firers_in(work)
    if not firers or any(f in _OWN_CLOCK_COUNTRIES for f in firers):
        return False
    return _language_of(statement.text) == "en" or bool(_LOCAL_TIME_WORDS.search(work))


def _firing_country(draft: Draft) -> str | None:
    """The country the statements tell as the one that launched: the subject of a launch
    sentence ("中国は…発射", "중국이 … 발사했다", "China test-fired …", "… launched by China"),
    told most often (the first on a tie), never a country only named as reporting it ("日本
    政府によると", "Japan's Defense Ministry said"); None when no statement tells one (round 32).

    Examples
    --------
    >>> text = "Source: AP, 2021-05-05\\nThe Philippines test-fired a missile on Monday."
    >>> _firing_country(read_draft([("ap.txt", text)]))
    'Philippines'
    """
    counts: dict[str, int] = {}
    for statement in draft.statements:
        for name in _firers_in(normal(statement.text)):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


def _launch_lines(draft: Draft) -> list[str]:
    launches = [i for i in draft.items if i.kind == "launch"]
    ranked = sorted(launches, key=lambda i: ("at" not in i.fields, "time" not in i.fields))
    lines = ["", "[launch]"]
    chosen = ranked[0] if ranked and "at" in ranked[0].fields else None
    firer = None if chosen else _firing_country(draft)
    if firer is None and chosen is None and _names_north_korea(draft):
        firer = "North Korea"
    if chosen is None and firer is not None:
        # a launch whose only site is the country that fired is no item, but the page needs a
        # site (round 32: any country the gazetteer knows, told as the firer)
        lines.append(_comment(f"TODO: the statements name no launch site but {firer}; "
                              "give a closer one as at = ..."))  # fmt: skip
        lines.append(_value("at", firer))
    elif chosen is None:
        # `alertmap render` stops on this draft ("launch: expected one of 'at' ..."): say why
        lines.append(
            _comment(
                "TODO: no statement names the launch site or the country that launched; "
                "give it as at = ... before `alertmap render`"
            )
        )
    else:
        lines.append(_value("name", f"Launch site: {chosen.fields['at']}"))
        lines += _item_lines(chosen, ("at", "time"))
        lines += [_value("source", f"s{chosen.statement}"), _value("reported", chosen.sentence)]
    for item in launches:
        if item is chosen:
            if "direction" in item.fields:
                lines.append(_comment(f"direction (s{item.statement}): {item.fields['direction']}"))
            continue
        lines.append(_comment(f"also reported (s{item.statement}): {_summary(item)}: "
                              f"{item.sentence}"))  # fmt: skip
    return lines


def _alert_lines(draft: Draft) -> list[str]:
    lines: list[str] = []
    for statement in draft.statements:
        alerts = [i for i in draft.items if i.kind == "alert" and i.statement == statement.number]
        ready = [i for i in alerts if not i.todo]
        prefectures = list(dict.fromkeys(p for i in ready for p in i.fields["prefectures"]))
        if prefectures:
            lines += ["", "[[alerts]]", _value("name", f"J-Alert: {', '.join(prefectures)} "
                                                        f"({statement.id})")]  # fmt: skip
            lines += [_value("prefectures", prefectures), _value("source", statement.id)]
            timed = sorted((i for i in ready if "time" in i.fields), key=lambda i: i.fields["time"])
            for item in timed:
                lines += ["", "[[alerts.messages]]", _value("type", item.fields["type"]),
                          _value("time", item.fields["time"])]  # fmt: skip
                if item.fields["prefectures"] != prefectures:
                    lines.append(_value("prefectures", list(item.fields["prefectures"])))
                lines.append(_value("text", item.sentence))
            for item in ready:
                if "time" not in item.fields:
                    lines.append(_comment(f"also reported, no time: a '{item.fields['type']}' "
                                          f"message: {item.sentence}"))  # fmt: skip
        for item in alerts:
            if item.todo:
                lines += _todo(item)
    return lines


def draft_toml(draft: Draft) -> str:
    """A scenario file (TOML) of what the statements report, which ``alertmap render`` draws
    as it stands; what could not be read is a commented TODO with its sentence.

    Raises
    ------
    DraftError
        A statement without an organisation or a date, which its source table needs.

    Examples
    --------
    >>> text = "Source: JCS, 2023-05-31\\n합참은 \\"백령도 서쪽 먼바다 상공을 통과해 "
    >>> text += "어청도 서방 200여 km 해상에 비정상적 비행으로 낙하했다\\"고 밝혔다."
    >>> toml = draft_toml(read_draft([("jcs.txt", text)]))
    >>> import tomllib
    >>> fall = tomllib.loads(toml)["falls"][0]
    >>> fall["from"], fall["distance_km"], fall["bearing"], fall["about"]
    ('Eocheongdo', 200, 'W', True)
    """
    _sources_of(draft)
    launches = [i for i in draft.items if i.kind == "launch" and "time" in i.fields]
    dates = [i.fields["time"].date() for i in launches] or [
        s.date for s in draft.statements if s.date is not None
    ]
    languages = [_language_of(s.text) for s in draft.statements]
    counts = ", ".join(f"{lang} {languages.count(lang)}" for lang in ("ja", "ko", "en")
                       if lang in languages)  # fmt: skip
    lines = [
        f"# Draft scenario written by `alertmap draft` from {len(draft.statements)} "
        f"statement{'s' if len(draft.statements) != 1 else ''} ({counts}).",
        "# Every value was read from the sentence quoted in its `reported` field, with the source",
        "# of its statement; nothing was added. What a sentence reports that could not be read is",
        "# left as a TODO comment with the sentence. Check each item against its source.",
        "format = 1",
        "",
        "[event]",
        _value("id", f"draft-{dates[0].isoformat()}" if dates else "draft"),
        _value("title", f"Draft: launch of {dates[0].isoformat()}" if dates else "Draft"),
    ]
    lines.append(_value("date", dates[0]) if dates else _comment("TODO: date = YYYY-MM-DD"))
    lines.append(_value("timezone", _ZONE_TEXT))
    for statement in draft.statements:
        lines += ["", *_source_lines(statement)]
    lines += _launch_lines(draft)
    passages = [i for i in draft.items if i.kind == "passage" and not i.todo]
    if passages:
        lines += ["", "[track]"]
    for item in passages:
        f = item.fields
        lines += ["", "[[track.waypoints]]", _value("name", f"Passage: {_summary(item)}")]
        if "between" in f:
            lines.append(_value("between", list(f["between"])))
        elif "over" in f:
            lines.append(_value("at", f["over"]))
        lines += _item_lines(item, (*_FALL_KEYS, "time"))
        lines += [_value("source", f"s{item.statement}"), _value("reported", item.sentence)]
    falls = [i for i in draft.items if i.kind == "fall" and not i.todo]
    groups: dict[tuple[Any, ...], list[DraftItem]] = {}
    for item in falls:
        groups.setdefault(_fall_key(item), []).append(item)
    directions = {
        i.statement: i.fields["direction"]
        for i in draft.items
        if i.kind == "launch" and "direction" in i.fields
    }
    for number, group in enumerate(groups.values(), start=1):
        lines += _fall_lines(number, group, directions)
    for item in draft.items:
        if item.kind in ("fall", "passage") and item.todo:
            lines += _todo(item)
    lines += _alert_lines(draft)
    figures = [i for i in draft.items if i.kind == "figure"]
    if figures:
        lines += ["", "[trajectory]"]
    for item in figures:
        lines += ["", "[[trajectory.reports]]", *_item_lines(item, tuple(item.fields))]
        lines += [_value("source", f"s{item.statement}"), _value("reported", item.sentence)]
    seas: dict[str, list[str]] = {}
    for item in falls:
        if "sea" in item.fields:
            seas.setdefault(item.fields["sea"], []).append(f"s{item.statement}")
    if seas:
        sources = list(dict.fromkeys(s for ids in seas.values() for s in ids))
        lines += ["", "[[seas]]", _value("names", list(seas)), _value("source", sources)]
    for number, sentence, kind in draft.unread:
        what = _with_article(kind)
        lines += ["", _comment(f"TODO (s{number}): {what} the rules could not read:"),
                  _comment(f"  {sentence}")]  # fmt: skip
    return "\n".join(lines) + "\n"


def _with_article(kind: str) -> str:
    """``kind`` as a TODO names it: with "a" before it unless it has its own article.

    Examples
    --------
    >>> _with_article("span of times"), _with_article("a fall told as a possibility")
    ('a span of times', 'a fall told as a possibility')
    >>> _with_article("an open span of times")
    'an open span of times'
    """
    return kind if kind.startswith(("a ", "an ", "the ")) else f"a {kind}"


def read_statement_file(name: str, *, stdin: Any = None) -> tuple[str, str]:
    """``(file name, text)`` of a statements file (UTF-8, at most :data:`DRAFT_MAX_BYTES`), or
    of standard input for ``-``; ``DraftError`` naming the file when it cannot be read."""
    if name == "-":
        text = stdin.read(DRAFT_MAX_BYTES + 1) if stdin is not None else ""
        if len(text.encode("utf-8")) > DRAFT_MAX_BYTES:
            raise DraftError(
                f"<stdin>: expected statements of at most {size_text(DRAFT_MAX_BYTES)}"
            )
        return "<stdin>", text
    path = Path(name)
    try:
        data = read_limited(path, limit=DRAFT_MAX_BYTES, what="statements", error=DraftError)
    except OSError as err:
        raise DraftError(
            f"{name}: cannot read: expected a UTF-8 text file of statements "
            f"({err.strerror or err.__class__.__name__})"
        ) from None
    return name, decode_utf8(data, file=name, error=DraftError)
