"""Templates for alertmap's folium elements, rendered exactly once, in an environment of our own.

branca's :meth:`branca.element.MacroElement.render` adds each rendered part to the figure as
``Element(text)``, which compiles the *rendered text* as a Jinja template and renders it a
second time: a scenario title holding ``{{ 7*7 }}`` would show as 49, and an expression could
reach Python objects. alertmap's elements therefore override ``render`` (:class:`OnceRendered`)
and add their rendered parts as plain text (:class:`Text`); folium's own elements, and a user's,
render as folium renders them, and alertmap gives them no text from a scenario that a template
could read (layer names are HTML-escaped, with braces as character references: see
:func:`layer_name`). Nothing in folium, branca or jinja2 is changed: the templates are
compiled in their own environment (:class:`Template`), which writes compact JSON.

**Compiled ahead.** Compiling a template (lexing, parsing and generating its Python code) costs
about a millisecond per kilobyte, some 60 ms for alertmap's twenty templates on every
``alertmap render``. Each template is therefore also shipped compiled, as the module Jinja
generates for it (``Environment.compile(source, raw=True, defer_init=True)``, the form Jinja's own
``ModuleLoader`` loads) in :mod:`alertmap.maps._jinja`, named by its environment and a hash
of its source, so Python's bytecode cache serves it. :func:`compiled` finds it; a template
without an up-to-date module (its source changed) is compiled from its source as before, and a
test fails until ``python tools/compile_templates.py`` has written the modules again.
"""

from __future__ import annotations

import hashlib
import html
import importlib
from collections.abc import Iterable
from typing import Any

import jinja2
from branca.element import Element, Figure, MacroElement
from folium.template import tojavascript

from alertmap.maps.i18n import ENGLISH


class _Environment(jinja2.Environment):
    """folium's template environment (its ``tojavascript`` filter), with compact JSON in every
    ``|tojson``: the default ``", "`` and ``": "`` separators add about a tenth to the
    coordinates written into a page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["tojavascript"] = tojavascript
        self.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}


#: The environment of alertmap's element templates (:class:`Template`).
PAGE_ENV = _Environment()
#: The autoescaping environment of the panels' HTML (title, legend, notes, timeline).
PANEL_ENV = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
#: The panels' words (``{{ _("Legend") }}``): English unless a panel's context gives ``_``, the
#: map's :class:`~alertmap.maps.i18n.Translator`.
PANEL_ENV.globals["_"] = ENGLISH
#: Each environment by the name its compiled templates' modules start with.
ENVIRONMENTS: dict[str, jinja2.Environment] = {"page": PAGE_ENV, "panel": PANEL_ENV}
#: The package holding the compiled templates.
COMPILED_PACKAGE = "alertmap.maps._jinja"


def module_name(env_name: str, source: str) -> str:
    """The name of the module holding ``source`` compiled in environment ``env_name``.

    Examples
    --------
    >>> module_name("panel", "<p>{{ x }}</p>")
    't_panel_b6d896a77a61982a74dc3263'
    """
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()[:24]
    return f"t_{env_name}_{digest}"


#: The sources :func:`compiled` was asked for, by environment (what the compiled modules cover).
SOURCES: dict[str, dict[str, str]] = {name: {} for name in ENVIRONMENTS}


def compiled(
    env_name: str, source: str, template_class: type[jinja2.Template] = jinja2.Template
) -> jinja2.Template:
    """``source`` as a template of environment ``env_name`` (``"page"`` or ``"panel"``): from
    its compiled module when one is shipped, else compiled from the source (see the module's
    notes). Both give the same template."""
    environment = ENVIRONMENTS[env_name]
    name = module_name(env_name, source)
    SOURCES[env_name][name] = source
    try:
        module = importlib.import_module(f"{COMPILED_PACKAGE}.{name}")
    except ModuleNotFoundError:
        return environment.from_string(source, template_class=template_class)
    return template_class.from_module_dict(
        environment, module.__dict__, environment.make_globals(None)
    )


def compiled_source(env_name: str, source: str) -> str:
    """The Python module Jinja generates for ``source`` in environment ``env_name``."""
    code: str = ENVIRONMENTS[env_name].compile(source, raw=True, defer_init=True)
    return code


class Template(jinja2.Template):
    """A template compiled in alertmap's own environment (see :class:`_Environment`), from
    its shipped compiled module when there is one (see :func:`compiled`)."""

    environment_class = _Environment

    def __new__(cls, source: str, **options: Any) -> Template:  # type: ignore[misc]
        if options:  # another environment's settings: compiled here and now
            return super().__new__(cls, source, **options)  # type: ignore[no-any-return]
        template = compiled("page", source, cls)
        assert isinstance(template, cls)
        return template


class Text(Element):
    """Text an element's template has already rendered: written out as it is, never compiled
    as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


def render_once(
    element: MacroElement, kwargs: dict[str, Any], children: Iterable[Element] | None = None
) -> None:
    """Render ``element``'s ``header``, ``html`` and ``script`` macros into its figure as
    :class:`Text`, then its children (in the order of ``children`` if given)."""
    figure = element.get_root()
    if not isinstance(figure, Figure):
        raise TypeError("an alertmap element is rendered inside a Figure (a Document)")
    macros = element._template.module.__dict__
    for part in ("header", "html", "script"):
        macro = macros.get(part)
        if macro is not None:
            getattr(figure, part).add_child(Text(macro(element, kwargs)), name=element.get_name())
    for child in element._children.values() if children is None else children:
        child.render(**kwargs)


class OnceRendered(MacroElement):
    """A folium element whose template is rendered exactly once (see the module's notes)."""

    def render(self, **kwargs: Any) -> str:
        render_once(self, kwargs)
        return ""  # the parts are in the figure, as branca's MacroElement leaves them


def layer_name(name: str) -> str:
    """A layer's name as folium's layer control shows it: HTML-escaped (Leaflet inserts it as
    HTML), with ``{`` and ``}`` as character references, so that no template, ours or one
    of a folium element a user adds, can read it as an expression.

    Examples
    --------
    >>> layer_name("Fall <b>{{ 7*7 }}</b>")
    'Fall &lt;b&gt;&#123;&#123; 7*7 &#125;&#125;&lt;/b&gt;'
    """
    return html.escape(name).replace("{", "&#123;").replace("}", "&#125;")
