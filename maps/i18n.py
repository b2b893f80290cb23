"""The map's interface text in English, Japanese and Korean (``--lang en|ja|ko``).

Every word the map itself writes (panel headings, legend rows, layer and kind names, the
timeline's and popups' field names, units, the checks) is an English message id looked up in a
gettext catalogue, ``locale/<lang>/LC_MESSAGES/alertmap.po`` beside this module. The catalogues
are read with Babel (BSD-3-Clause) when a map is first made in that language and compiled in
memory into a standard :class:`gettext.GNUTranslations`: the ``.po`` files are the only copy in
the repository and in the wheel, with no build step to forget, and reading one takes a few
milliseconds. English needs no catalogue: the message ids are the English text.

Three kinds of message:

- plain messages (``tr("Legend")``), with ``{name}`` fields filled after translation
  (``tr("Checks ({count})", count=3)``);
- text made by :mod:`alertmap.layers` in English (layer and feature names such as "Ground
  track (schematic)", the kinds' labels, time labels, how a shape was drawn): those messages
  have the context ``layers`` in the catalogue and are matched whole against the text, their
  ``{fields}`` standing for any words (:meth:`Translator.text`). ``alertmap.layers`` stays
  language-free;
- the scenario's own text, which stays as written unless the scenario gives it in the
  language (``[names.ja]``, :attr:`alertmap.layers.model.Event.local_names`), and places the
  gazetteer names in Japanese and Korean (``name_ja``, ``name_ko``).

Dates and times are written the way each language writes them, from CLDR patterns through
Babel: ``2023年8月24日 3時50分ごろ``, ``2023년 8월 24일 3시 50분경``, and in English as before
(``about 2023-08-24 03:50``).
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

#: The languages a map can be written in; English is the default.
LANGUAGES = ("en", "ja", "ko")
DEFAULT_LANGUAGE = "en"

#: The catalogues' domain (``locale/<lang>/LC_MESSAGES/alertmap.po``).
DOMAIN = "alertmap"

#: The message context of text made by alertmap.layers (matched whole: :meth:`Translator.text`).
LAYERS_CONTEXT = "layers"

#: How each language writes a date, a time of day and an approximate time (CLDR patterns, as
#: Babel reads them; ``{}`` is the time); English keeps the ISO 8601 forms the map always had.
DATE_PATTERNS = {"en": "yyyy-MM-dd", "ja": "y年M月d日", "ko": "y년 M월 d일"}
SHORT_DATE_PATTERNS = {"en": "d MMM", "ja": "M月d日", "ko": "M월 d일"}
TIME_PATTERNS = {"en": "HH:mm", "ja": "H時m分", "ko": "H시 m분"}
#: A time on the hour, where the language leaves the minutes out (午前4時ごろ, 4시경).
HOUR_PATTERNS = {"ja": "H時", "ko": "H시"}
#: English month abbreviations, as CLDR's "MMM" gives them (English needs no Babel locale data).
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
APPROXIMATE = {"en": "about {}", "ja": "{}ごろ", "ko": "{}경"}

#: The CSS font families that draw each language's glyphs in Debian's chromium (the Noto CJK
#: fonts of Debian's ``fonts-noto-cjk``): the Japanese and Korean forms of shared characters
#: differ, so each language names its own first.
FONT_FAMILIES = {
    "en": ("Noto Sans", "Noto Sans CJK JP"),
    "ja": ("Noto Sans CJK JP", "Noto Sans JP"),
    "ko": ("Noto Sans CJK KR", "Noto Sans KR"),
}


def language_css() -> str:
    """CSS naming each language's fonts first (:data:`FONT_FAMILIES`) on a frame written in it
    (its ``lang`` attribute), so that Chromium draws Japanese and Korean with their own glyphs.

    Examples
    --------
    >>> print(language_css().splitlines()[1])
    .am-frame:lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif; }
    """
    rules = [
        f".am-frame:lang({lang}) {{ font-family: "
        + ", ".join(f'"{family}"' for family in FONT_FAMILIES[lang])
        + ", system-ui, sans-serif; }"
        for lang in LANGUAGES
        if lang != DEFAULT_LANGUAGE
    ]
    return "/* each language's fonts (maps.i18n.FONT_FAMILIES) */\n" + "\n".join(rules) + "\n"


_FIELD = re.compile(r"\{(\w+)(?::[^{}]*)?\}")


class LanguageError(ValueError):
    """A language alertmap has no catalogue for."""


def check_language(lang: str) -> str:
    """``lang`` if it is one of :data:`LANGUAGES`, else :class:`LanguageError`.

    Examples
    --------
    >>> check_language("ja")
    'ja'
    >>> check_language("fr")
    Traceback (most recent call last):
    ...
    alertmap.maps.i18n.LanguageError: --lang: expected one of en, ja, ko, got 'fr'
    """
    if lang not in LANGUAGES:
        raise LanguageError(f"--lang: expected one of {', '.join(LANGUAGES)}, got {lang!r}")
    return lang


@dataclass(frozen=True, slots=True)
class _Catalogue:
    """One language's messages: the gettext translations and the layers' patterns."""

    translations: gettext.NullTranslations
    #: (pattern matching the English text, its field names, the translation), longest first
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()


def catalogue_path(lang: str) -> Any:
    """The ``.po`` file of ``lang`` (a :class:`importlib.resources` traversable)."""
    return resources.files("alertmap.maps").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")


def read_catalogue(lang: str) -> Any:
    """The Babel :class:`~babel.messages.catalog.Catalog` of ``lang``."""
    from babel.messages.pofile import read_po

    with catalogue_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


#: What a field of a ``layers`` message stands for, by its name (any words if not listed): a
#: number, a compass point, a clock time.
FIELD_PATTERNS = {
    **dict.fromkeys(
        (
            "km",
            "lo",
            "hi",
            "deg",
            "a",
            "b",
            "n",
            "m",
            "count",
            "width",
            "h",
            "min",
            "s",
            "value",
            "residual",
            "pct",
            "min2",
            "s2",
            "range",
        ),
        r"[-+]?\d[\d,]*(?:\.\d+)?",
    ),
    "bearing": r"[NSEW]{1,3}|[-+]?\d+(?:\.\d+)?°",
    "time": r"\d\d:\d\d(?::\d\d)?",
    **dict.fromkeys(("unit", "unit2"), r"km|s|min|NM"),
    "message": r"J-Alert: [a-z ]+",
    # a place's name holds no clause of its own (a place is said last in many messages)
    "place": r"[^:;]+?",
}


#: Fields shown as matched (numbers, units, clock times); the rest are translated in turn.
_KEPT_FIELDS = frozenset(FIELD_PATTERNS) - {"bearing", "place"}


def _pattern(msgid: str) -> re.Pattern[str]:
    """A message id of the ``layers`` context as a pattern matching the whole English text,
    each ``{field}`` standing for what :data:`FIELD_PATTERNS` says, or for some words."""
    out, at = [], 0
    for m in _FIELD.finditer(msgid):
        out.append(re.escape(msgid[at : m.start()]))
        out.append(f"(?P<{m.group(1)}>{FIELD_PATTERNS.get(m.group(1), '.+?')})")
        at = m.end()
    out.append(re.escape(msgid[at:]))
    return re.compile("".join(out), re.DOTALL)


@functools.cache
def _catalogue(lang: str) -> _Catalogue:
    if lang == DEFAULT_LANGUAGE:
        return _Catalogue(gettext.NullTranslations())
    from babel.messages.mofile import write_mo

    catalog = read_catalogue(lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    translations = gettext.GNUTranslations(buffer)
    patterns = [
        (message.id, message.string)
        for message in catalog
        if message.context == LAYERS_CONTEXT
        and message.string
        and isinstance(message.id, str)
        and _FIELD.search(message.id)
    ]
    # the most specific first: more literal text before less
    patterns.sort(key=lambda p: -len(_FIELD.sub("", p[0])))
    return _Catalogue(translations, tuple((_pattern(i), s) for i, s in patterns))


def _format(text: str, params: Mapping[str, Any]) -> str:
    return text.format(**params) if params else text


@dataclass(frozen=True, slots=True)
class Translator:
    """The interface text of one language, and the scenario's own names in it.

    Examples
    --------
    >>> ja = translator("ja")
    >>> ja("Legend"), ja("Checks ({count})", count=3)
    ('凡例', 'チェック(3件)')
    >>> ja.text("Ground track (schematic)"), ja.text("Flight corridor, 100 km wide (schematic)")
    ('地上軌跡(模式図)', '飛行経路帯(幅100 km、模式図)')
    >>> translator("en")("Legend")
    'Legend'
    """

    lang: str = DEFAULT_LANGUAGE
    #: The scenario's own text in this language, by its text as written.
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def english(self) -> bool:
        """Whether this is the default language (no catalogue)."""
        return self.lang == DEFAULT_LANGUAGE

    def __call__(self, message: str, /, **params: Any) -> str:
        """``message`` translated, its ``{fields}`` filled from ``params``."""
        return _format(_catalogue(self.lang).translations.gettext(message), params)

    def plural(self, singular: str, plural: str, count: int, /, **params: Any) -> str:
        """The message for ``count`` (``{count}`` is filled in too)."""
        text = _catalogue(self.lang).translations.ngettext(singular, plural, count)
        return _format(text, {"count": count, **params})

    def context(self, context: str, message: str, /, **params: Any) -> str:
        """``message`` of ``context`` translated (a word that reads differently elsewhere)."""
        return _format(_catalogue(self.lang).translations.pgettext(context, message), params)

    def text(self, text: str, *, places: bool = True) -> str:
        """Text made by alertmap.layers in English, in this language: the scenario's own name
        for it if given, the catalogue's message of the ``layers`` context equal to it, or
        the first whose pattern matches it whole (its fields translated in turn); else, with
        ``places``, the gazetteer's name in the language of a place called so (:meth:`place`),
        or as written (a name from the scenario, shown as its author wrote it)."""
        if not text or self.english:
            return self.names.get(text, text)
        if text in self.names:
            return self.names[text]
        cat = _catalogue(self.lang)
        found = cat.translations.pgettext(LAYERS_CONTEXT, text)
        if found != text:
            return found
        for pattern, translation in cat.patterns:
            m = pattern.fullmatch(text)
            if m:
                fields = {
                    k: v if k in _KEPT_FIELDS else self.text(v) for k, v in m.groupdict().items()
                }
                return translation.format(**fields)
        return self.place(text) if places else text

    def texts(self, texts: Iterable[str]) -> list[str]:
        """Each of ``texts`` through :meth:`text`."""
        return [self.text(t) for t in texts]

    def scenario(self, text: str) -> str:
        """The scenario's own text (a title, a note, a statement): as written, or as the
        scenario gives it in this language."""
        return self.names.get(text, text)

    def place(self, name: str) -> str:
        """A place, region or sea as the gazetteer names it in this language (its
        ``name_ja``/``name_ko``), or the scenario's name for it, or as written."""
        if self.english or not name:
            return self.names.get(name, name)
        if name in self.names:
            return self.names[name]
        return _gazetteer_name(self.lang, name) or name

    # -- dates and times ---------------------------------------------------------------------

    def date(self, day: dt.date | str) -> str:
        """A date as the language writes it.

        Examples
        --------
        >>> [translator(lang).date("2023-08-24") for lang in LANGUAGES]
        ['2023-08-24', '2023年8月24日', '2023년 8월 24일']
        >>> translator("ko").date("2023-05-31 to 2023-11-21")
        '2023년 5월 31일~2023년 11월 21일'
        """
        if isinstance(day, str):
            start, to, end = day.partition(" to ")  # several events: their first and last days
            if to and start and end:
                return self(
                    "{start} to {end}", start=self.date(start.strip()), end=self.date(end.strip())
                )
            try:
                parsed = dt.date.fromisoformat(day)
            except ValueError:
                return day  # a month or a year as the scenario gives it
        else:
            parsed = day
        if self.lang == "en":  # ISO 8601, as DATE_PATTERNS["en"] says: no locale data needed
            return parsed.isoformat()
        from babel.dates import format_date

        return str(format_date(parsed, DATE_PATTERNS[self.lang], locale=self.lang))

    def short_date(self, day: dt.date) -> str:
        """A day and month ('23 Aug', '8月23日')."""
        if self.lang == "en":  # "d MMM" without loading Babel's locale data
            return f"{day.day} {ENGLISH_MONTHS[day.month - 1]}"
        from babel.dates import format_date

        return str(format_date(day, SHORT_DATE_PATTERNS[self.lang], locale=self.lang))

    def clock(self, t: dt.datetime, *, approximate: bool = False) -> str:
        """A time of day as the language writes it, to the minute ('03:50', '3時50分ごろ').

        Examples
        --------
        >>> t = dt.datetime(2023, 8, 24, 3, 50)
        >>> [translator(lang).clock(t, approximate=True) for lang in LANGUAGES]
        ['about 03:50', '3時50分ごろ', '3시 50분경']
        >>> translator("ja").clock(dt.datetime(2023, 8, 24, 4, 0), approximate=True)
        '4時ごろ'
        """
        if self.lang == "en":  # "HH:mm" without loading Babel's locale data
            text = f"{t.hour:02d}:{t.minute:02d}"
            return APPROXIMATE["en"].format(text) if approximate else text
        from babel.dates import format_time

        pattern = TIME_PATTERNS[self.lang]
        if t.minute == 0 and self.lang in HOUR_PATTERNS:
            pattern = HOUR_PATTERNS[self.lang]
        text = str(format_time(t, pattern, locale=self.lang))
        return APPROXIMATE[self.lang].format(text) if approximate else text

    def when(self, t: dt.datetime, *, approximate: bool = False) -> str:
        """A date and time ('2023年8月24日 3時50分ごろ'; English: 'about 2023-08-24 03:50').

        Examples
        --------
        >>> translator("ja").when(dt.datetime(2023, 8, 24, 3, 50), approximate=True)
        '2023年8月24日 3時50分ごろ'
        """
        text = f"{self.date(t.date())} {self.clock(t)}"
        return APPROXIMATE[self.lang].format(text) if approximate else text

    def fonts(self) -> tuple[str, ...]:
        """The font families to name first for this language (:data:`FONT_FAMILIES`)."""
        return FONT_FAMILIES[self.lang]


@functools.lru_cache(maxsize=4096)
def _gazetteer_name(lang: str, name: str) -> str:
    """The gazetteer's name in ``lang`` of the place, region or sea called ``name`` (by any of
    its names), or ''."""
    from alertmap.layers.gazetteer import load_gazetteer

    entry = load_gazetteer().find(name)
    return str(getattr(entry, f"name_{lang}", "") or "") if entry is not None else ""


def translator(lang: str = DEFAULT_LANGUAGE, names: Mapping[str, str] | None = None) -> Translator:
    """The :class:`Translator` of ``lang`` (checked: :func:`check_language`), with the
    scenario's own ``names`` in that language."""
    return Translator(check_language(lang), dict(names or {}))


def event_translator(event: Any, lang: str = DEFAULT_LANGUAGE) -> Translator:
    """The :class:`Translator` of ``lang`` for ``event``, with the names its scenario gives in
    that language (:attr:`alertmap.layers.model.Event.local_names`)."""
    names = {text: local for code, text, local in getattr(event, "local_names", ()) if code == lang}
    return translator(lang, names)


#: English, with no scenario names: the default of every function that writes text.
ENGLISH = Translator()
