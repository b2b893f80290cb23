"""The map in Japanese and Korean (issue 14, item 4): every message the code and the runtime
use is in both catalogues, translated, with the same fields; dates and times as each language
writes them; a page in ja or ko shows no English interface word; ``--lang`` on the command
line; a scenario's own names per language."""

from __future__ import annotations

import ast
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from alertmap.layers.build import build_event
from alertmap.layers.errors import LayersError
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.scenario import load_scenario, parse_scenario
from alertmap.maps.compose import MapOptions, compose
from alertmap.maps.i18n import (
    LANGUAGES,
    LAYERS_CONTEXT,
    Translator,
    read_catalogue,
    translator,
)
from alertmap.maps.output import page_html
from alertmap.maps.translate import JS_MESSAGES, runtime_text
from tests.support import ROOT, run_cli, scenario_head

MAPS = ROOT / "maps"
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]

#: ``tr("...")``, ``_("...")`` (the panels' templates), ``tr.plural("...")`` in maps/, each
#: message as one literal or several adjacent ones.
_PY_CALL = re.compile(r"""(?<![\w.])(?:tr|_)\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)[,)]""")
#: ``T(map, "...")`` in the runtime, the message as one literal or literals joined by ``+``.
_JS_CALL = re.compile(r"""\bT\([\w.]+,\s*((?:"(?:[^"\\\n]|\\.)*"\s*\+?\s*)+)[,)]""")
_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_FIELDS = re.compile(r"\{(\w+)(?::[^{}]*)?\}")


def python_messages() -> set[str]:
    out = set()
    for path in MAPS.glob("*.py"):
        for m in _PY_CALL.finditer(path.read_text("utf-8")):
            out.add("".join(ast.literal_eval(s) for s in _LITERAL.findall(m.group(1))))
    return out


def js_messages() -> set[str]:
    text = (MAPS / "static" / "alertmap.js").read_text("utf-8")
    return {
        "".join(ast.literal_eval(s) for s in _LITERAL.findall(m.group(1)))
        for m in _JS_CALL.finditer(text)
    }


def test_the_extraction_finds_the_messages() -> None:
    # the extraction itself: a message of each form, and as many as the code holds
    py, js = python_messages(), js_messages()
    assert {"Legend", "Checks ({count})", "Sources: {sources}"} <= py
    assert (
        "Online tiles ({name}) did not load: the map shows the bundled Natural Earth basemap." in js
    )
    assert len(py) > 60 and len(js) > 20


def test_the_runtime_messages_are_listed() -> None:
    # every literal message of alertmap.js is in the table the page is given
    assert js_messages() <= set(JS_MESSAGES)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated(lang: str) -> None:
    catalogue = read_catalogue(lang)
    plain = {m.id: m.string for m in catalogue if m.id and m.context is None}
    used = python_messages() | set(JS_MESSAGES)
    missing = sorted(used - set(plain))
    assert not missing, f"{lang}: not in the catalogue: {missing}"
    empty = sorted(m.id for m in catalogue if m.id and not m.string)
    assert not empty, f"{lang}: no translation: {empty}"
    fuzzy = sorted(m.id for m in catalogue if m.id and m.fuzzy)
    assert not fuzzy, f"{lang}: fuzzy: {fuzzy}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_their_fields(lang: str) -> None:
    for m in read_catalogue(lang):
        if not m.id:
            continue
        assert set(_FIELDS.findall(m.string)) <= set(_FIELDS.findall(m.id)), (m.id, m.string)
        if m.context is None:  # a plain message's fields are all filled in
            assert set(_FIELDS.findall(m.string)) == set(_FIELDS.findall(m.id)), (m.id, m.string)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_are_in_the_language(lang: str) -> None:
    # every translation of a message with words holds Japanese or Korean script (the field
    # names and units aside), so that none is left as the English
    script = {"ja": r"[\u3040-\u30ff\u4e00-\u9fff]", "ko": r"[\uac00-\ud7a3]"}[lang]
    for m in read_catalogue(lang):
        words = re.sub(r"\{\w+\}|\b(?:km|UTC|EEZ|NM|alertmap|Natural Earth|Web)\b", "", m.id)
        if m.id and len(re.findall(r"[A-Za-z]{3,}", words)) and len(m.id) > 3:
            assert re.search(script, m.string), (m.id, m.string)


def test_dates_and_times_as_each_language_writes_them() -> None:
    t = dt.datetime(2023, 8, 24, 3, 50)
    ja, ko, en = translator("ja"), translator("ko"), translator("en")
    assert ja.when(t, approximate=True) == "2023年8月24日 3時50分ごろ"
    assert ko.when(t, approximate=True) == "2023년 8월 24일 3시 50분경"
    assert en.when(t, approximate=True) == "about 2023-08-24 03:50"
    assert ja.clock(dt.datetime(2023, 8, 24, 4, 5)) == "4時5分"
    assert (ja.date("2023-11"), ja.short_date(t.date())) == ("2023-11", "8月24日")


def test_layers_text_is_matched_whole() -> None:
    ja = translator("ja")
    assert ja.text("Flight corridor, 100 km wide (schematic)") == "飛行経路帯(幅100 km、模式図)"
    # a field stands only for what its name says: no number, no match, and the text as written
    assert ja.text("Flight corridor, wide (schematic)") == "Flight corridor, wide (schematic)"
    # a scenario's name that is no message stays as written
    assert ja.text("Fall area: somewhere only the author knows") == (
        "Fall area: somewhere only the author knows"
    )
    # the scenario's own wording wins over the catalogue
    own = Translator("ja", {"Launch site": "発射場(自作)"})
    assert own.text("Launch site") == "発射場(自作)"


def test_layers_messages_are_distinct_per_context() -> None:
    for lang in TRANSLATED:
        ids = [(m.context, m.id) for m in read_catalogue(lang) if m.id]
        assert len(ids) == len(set(ids))
        assert any(c == LAYERS_CONTEXT for c, _ in ids)


class _PanelText(HTMLParser):
    """The text of the map's panels (``am-panel``) and frame, without the sources' and
    statements' attributions (organisations' names as the scenario gives them)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "input", "meta", "link", "line", "circle", "rect", "path"):
            return
        cls = dict(attrs).get("class") or ""
        parent = self.stack[-1] if self.stack else False
        inside = (parent or "am-panel" in cls) and "am-attrib" not in cls
        self.stack.append(inside and tag not in ("script", "style"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "input", "meta", "link", "line", "circle", "rect", "path"):
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1]:
            self.text.append(data)


#: The English of the map's interface: each word of three or more letters of a plain message
#: (but the few a Japanese or Korean map writes too).
ALLOWED = {"UTC", "alertmap", "Natural", "Earth", "Web", "Mercator", "EEZ"}


def english_words() -> set[str]:
    words: set[str] = set()
    for message in python_messages() | set(JS_MESSAGES):
        words |= set(re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w+\}", "", message)))
    return words - ALLOWED


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    event = build_event(load_scenario("2023-08-24"))
    return {lang: page_html(compose(event, MapOptions(lang=lang))) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_page_in_the_language_shows_no_english_interface_word(
    pages: dict[str, str], lang: str
) -> None:
    reader = _PanelText()
    reader.feed(pages[lang])
    # the checks name their sources in brackets, as the scenario and the data give them
    text = re.sub(r"\[[^\]]*\]", "", " ".join(reader.text))
    words = set(re.findall(r"[A-Za-z]{3,}", text))
    assert not words & english_words(), sorted(words & english_words())
    # the panels of this scenario (its names given in ja and ko) hold no English at all, but
    # the places the gazetteer has no name for in the language, and NHK
    gazetteer = load_gazetteer()
    unnamed = {
        w for w in words if (e := gazetteer.find(w)) is not None and not getattr(e, f"name_{lang}")
    }
    assert not words - ALLOWED - unnamed - {"NHK"}, sorted(words - ALLOWED - unnamed)
    # and the English page does hold them (the check can fail)
    english = _PanelText()
    english.feed(pages["en"])
    assert {"Timeline", "Legend", "Checks"} <= set(
        re.findall(r"[A-Za-z]{3,}", " ".join(english.text))
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_names_its_language(pages: dict[str, str], lang: str) -> None:
    page = pages[lang]
    assert f'<html lang="{lang}">' in page
    assert re.search(rf'class="am-frame" id="\w+" lang="{lang}"', page)
    if lang == "en":
        assert "alertmap.setText(" not in page  # English: the runtime's own words
    else:
        table = runtime_text(translator(lang))
        assert "alertmap.setText(" in page
        assert all(table[m] != m for m in ("Reported:", "Sources:", "Play", "Legend"))


def test_the_fonts_of_each_language() -> None:
    page = page_html(compose(build_event(load_scenario("2023-08-24")), MapOptions(lang="ko")))
    assert '.am-frame:lang(ko) { font-family: "Noto Sans CJK KR"' in page
    assert '.am-frame:lang(ja) { font-family: "Noto Sans CJK JP"' in page


def test_english_is_the_default_and_unchanged(pages: dict[str, str]) -> None:
    event = build_event(load_scenario("2023-08-24"))
    assert page_html(compose(event)) == pages["en"]
    assert "Times UTC+09:00; UTC in brackets." in pages["en"]


def test_scenario_names_per_language() -> None:
    text = scenario_head("names", "A test launch") + (
        '[names.ja]\n"A test launch" = "試験発射"\n[names.ko]\n"A test launch" = "시험 발사"\n'
    )
    event = build_event(parse_scenario(text))
    assert ("ja", "A test launch", "試験発射") in event.local_names
    for lang, title in (("ja", "試験発射"), ("ko", "시험 발사"), ("en", "A test launch")):
        assert f"<h1>{title}</h1>" in page_html(compose(event, MapOptions(lang=lang)))


def test_scenario_names_in_an_unknown_language_are_refused() -> None:
    text = scenario_head("names", "A test launch") + '[names.fr]\n"A test launch" = "Essai"\n'
    with pytest.raises(LayersError, match=r"names\.fr: unexpected field; expected one of ja, ko"):
        parse_scenario(text, "s.toml")


@pytest.mark.slow
def test_cli_lang(tmp_path: Path) -> None:
    bad = run_cli("render", "2023-08-24", "--lang", "fr", "-o", "x.html", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "--lang" in bad.stderr and "'fr'" in bad.stderr
    assert not (tmp_path / "x.html").exists()
    good = run_cli("render", "2023-08-24", "--lang", "ko", "-o", "x.html", cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    page: Any = (tmp_path / "x.html").read_text("utf-8")
    assert '<html lang="ko">' in page and "범례" in page


def test_a_fragment_names_its_language() -> None:
    # a fragment sits in a host page of any language: its wrapper and frame say their own
    event = build_event(load_scenario("2023-08-24"))
    fragment = page_html(compose(event, MapOptions(lang="ja", fragment=True)))
    assert re.search(
        r'<div class="alertmap-fragment" data-alertmap-event="[^"]*"\s+lang="ja">', fragment
    )
    assert re.search(r'class="am-frame" id="\w+" lang="ja"', fragment)
    assert "<html" not in fragment and "凡例" in fragment


def test_english_dates_and_times_are_cldrs_without_babel() -> None:
    """English is written without loading Babel's locale data; it must be what CLDR gives."""
    import datetime as dt

    from babel.dates import format_date, format_time

    from alertmap.maps.i18n import DATE_PATTERNS, SHORT_DATE_PATTERNS, TIME_PATTERNS, translator

    en = translator("en")
    for i in range(366):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i)
        assert en.date(day) == format_date(day, DATE_PATTERNS["en"], locale="en")
        assert en.short_date(day) == format_date(day, SHORT_DATE_PATTERNS["en"], locale="en")
    for minute in range(0, 24 * 60, 7):
        t = dt.datetime(2023, 8, 24) + dt.timedelta(minutes=minute)
        assert en.clock(t) == format_time(t, TIME_PATTERNS["en"], locale="en")
        assert en.clock(t, approximate=True) == f"about {format_time(t, 'HH:mm', locale='en')}"
