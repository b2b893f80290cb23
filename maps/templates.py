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
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import jinja2
from branca.element import Element, Figure, MacroElement
from folium.template import tojavascript


class _Environment(jinja2.Environment):
    """folium's template environment (its ``tojavascript`` filter), with compact JSON in every
    ``|tojson``: the default ``", "`` and ``": "`` separators add about a tenth to the
    coordinates written into a page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["tojavascript"] = tojavascript
        self.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}


class Template(jinja2.Template):
    """A template compiled in alertmap's own environment (see :class:`_Environment`)."""

    environment_class = _Environment


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
