"""Maps: the only package that imports folium or branca.

Composes :class:`layers.model.Event` objects into offline Folium/Leaflet pages and runs the
``alertmap`` command line.

folium is imported here, once, with three costs of its import deferred, because a map is
wanted minutes after a launch and ``import folium`` was a third of a whole run (measured with
``python -X importtime``; see ``bench/results.md``):

* pandas: folium imports it only to convert DataFrames and treats it as optional
  (``pd = None``); alertmap never passes DataFrames, so folium is imported without it.
  pandas stays importable for everyone else afterwards.
* requests: folium imports it to fetch GeoJSON from URLs, which alertmap never asks for. It
  is registered with the standard library's :class:`importlib.util.LazyLoader`, so it is
  loaded on first use, if ever.
* templates: folium and branca compile a Jinja template for each of their ~100 element
  classes while importing; alertmap draws with a handful. They are compiled on first use.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from typing import Any


class _DeferredTemplate:
    """A Jinja template compiled the first time any of its attributes is used."""

    __slots__ = ("_args", "_compile", "_template")

    def __init__(self, compile_: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._compile = compile_
        self._args = args
        self._template: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._template is None:
            self._template = self._compile(*self._args)
        return getattr(self._template, name)


def _lazy_module(name: str) -> None:
    """Register ``name`` to be loaded on first attribute access (if it is installed)."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)


def _import_folium() -> None:
    import jinja2

    compile_now = jinja2.Environment.from_string

    def compile_later(
        env: jinja2.Environment,
        source: Any,
        globals: Any = None,
        template_class: Any = None,
    ) -> Any:
        return _DeferredTemplate(compile_now, (env, source, globals, template_class))

    _lazy_module("requests")
    sys.modules["pandas"] = None  # type: ignore[assignment]
    jinja2.Environment.from_string = compile_later  # type: ignore[assignment,method-assign]
    try:
        import folium  # noqa: F401
    finally:
        jinja2.Environment.from_string = compile_now  # type: ignore[method-assign]
        del sys.modules["pandas"]


if "folium" not in sys.modules and "pandas" not in sys.modules:
    _import_folium()
