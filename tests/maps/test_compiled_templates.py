"""The templates shipped compiled (maps/_jinja) are those of the sources as they are now."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alertmap.maps import panels, templates
from tests.support import ROOT


def _tool() -> ModuleType:
    path = ROOT / "tools" / "compile_templates.py"
    spec = importlib.util.spec_from_file_location("compile_templates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_compiled_template_is_up_to_date_and_none_is_left_over() -> None:
    tool = _tool()
    expected = tool.expected_files()
    shipped = {p.name: p.read_text(encoding="utf-8") for p in Path(tool.TARGET).glob("*.py")}
    stale = sorted(n for n in expected if shipped.get(n) != expected[n])
    extra = sorted(set(shipped) - set(expected))
    hint = "run: python tools/compile_templates.py"
    assert not stale, f"out of date or missing: {stale}; {hint}"
    assert not extra, f"no template uses: {extra}; {hint}"
    # both environments are covered, the page's element templates and the panels'
    assert {n.split("_")[1] for n in expected if n.startswith("t_")} == {"page", "panel"}


def test_a_compiled_template_renders_as_its_source_does() -> None:
    context = {
        "rows": [{"label": "Fall <b>", "kind": "fall_area", "swatch": {}}],
        "events": [],
        "ramp": False,
        "panel_id": "p1",
    }
    loaded = templates.compiled("panel", panels.LEGEND_TEMPLATE)
    fresh = templates.PANEL_ENV.from_string(panels.LEGEND_TEMPLATE)
    assert loaded.filename != fresh.filename  # one came from its module, one from the text
    assert loaded.render(**context) == fresh.render(**context)
    assert "Fall &lt;b&gt;" in loaded.render(**context)  # still autoescaped


def test_a_changed_source_is_compiled_from_its_text() -> None:
    source = "{% macro html(this, kwargs) %}<i>{{ this }}</i>{% endmacro %}"
    template = templates.Template(source)
    assert isinstance(template, templates.Template)
    assert template.filename == "<template>"
    assert template.module.html("x", {}) == "<i>x</i>"
