"""alertmap is a good citizen of the process it runs in: importing it loads no map or table
library, and importing, composing, rendering and the command line change nothing in jinja2,
branca, folium, ``warnings`` or ``sys.modules`` (STYLE.md: no process-wide patches).

Each check runs in a fresh interpreter, so that nothing another test imported or changed can
hide a change. Every assertion is shown to fail against a deliberately sabotaged run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: Libraries ``import alertmap`` must not load: they are loaded when a map or table is made.
#: What ``import alertmap`` must not import: the map and table libraries, and numpy, shapely
#: and pyproj too (imported when something first needs them: ``alertmap.Event``, ``load``).
HEAVY = ("folium", "branca", "jinja2", "geopandas", "pandas", "numpy", "shapely", "pyproj")


def _python(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


IMPORT_ONLY = """
import json, sys
import alertmap
print(json.dumps(sorted(m for m in sys.argv[1:] if m in sys.modules)))
"""


def test_import_alertmap_loads_no_map_or_table_library(tmp_path: Path) -> None:
    result = _python(IMPORT_ONLY, *HEAVY, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_import_check_can_fail(tmp_path: Path) -> None:
    result = _python("import jinja2\n" + IMPORT_ONLY, *HEAVY, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["jinja2"]


#: Snapshot the process-wide state alertmap could change, use alertmap every way a user
#: does (the Python API, a page render, Jupyter's repr, the command line), optionally
#: sabotage one piece of state as a patching library would, and print what changed.
USE_AND_COMPARE = r"""
import copy, importlib.util, json, os, sys, warnings
import jinja2, jinja2.defaults
import branca.element
import folium, folium.template

sabotage, workdir = sys.argv[1], sys.argv[2]


def folium_env():
    # the environment every folium template shares (jinja2 caches one per environment class)
    return folium.template.Template("").environment


def lazy(module):
    spec = getattr(module, "__spec__", None)
    return isinstance(getattr(spec, "loader", None), importlib.util.LazyLoader)


def state():
    return {
        "jinja2.Environment.from_string": jinja2.Environment.from_string,
        "jinja2.Template.render": jinja2.Template.render,
        "jinja2 default policies": copy.deepcopy(jinja2.defaults.DEFAULT_POLICIES),
        "branca.element.MacroElement.render": branca.element.MacroElement.render,
        "branca.element.Element.render": branca.element.Element.render,
        "branca.element.Figure.render": branca.element.Figure.render,
        "folium.Map.render": folium.Map.render,
        "folium env": folium_env(),
        "folium env json.dumps_kwargs": copy.deepcopy(
            folium_env().policies["json.dumps_kwargs"]
        ),
        "folium env filters": dict(folium_env().filters),
        "folium.template.Template.environment_class": folium.template.Template.environment_class,
        "warnings.showwarning": warnings.showwarning,
        "sys.modules set to None": {k for k, v in sys.modules.items() if v is None},
        "sys.modules loaded lazily": {k for k, v in list(sys.modules.items()) if lazy(v)},
    }


before = state()
modules_before = dict(sys.modules)

import alertmap
import alertmap.maps.cli

event = alertmap.load("2023-08-24")
m = alertmap.folium_map(event)
folium.Marker([26.2, 127.7], tooltip="Naha").add_to(m)
page = m.get_root().render()
assert "Naha" in page
assert "Naha" in m._repr_html_()
out = os.path.join(workdir, "aug.geojson")
assert alertmap.maps.cli.main(["export", "2023-08-24", "-o", out]) == 0
assert os.path.getsize(out) > 0
html = os.path.join(workdir, "aug.html")
assert alertmap.maps.cli.main(["render", "2023-08-24", "-o", html]) == 0

# what a patching library would do (used by the test to show that each check can fail): wrap
# a method, change a setting, put something in sys.modules
def wrapped(method):
    return lambda *args, **kwargs: method(*args, **kwargs)


if sabotage == "jinja2.Environment.from_string":
    jinja2.Environment.from_string = wrapped(jinja2.Environment.from_string)
elif sabotage == "branca.element.MacroElement.render":
    branca.element.MacroElement.render = wrapped(branca.element.MacroElement.render)
elif sabotage == "branca.element.Element.render":
    branca.element.Element.render = wrapped(branca.element.Element.render)
elif sabotage == "folium env json.dumps_kwargs":
    folium_env().policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}
elif sabotage == "folium.template.Template.environment_class":
    folium.template.Template.environment_class = jinja2.Environment
elif sabotage == "warnings.showwarning":
    warnings.showwarning = lambda *a, **k: None
elif sabotage == "sys.modules set to None":
    sys.modules["alertmap_hidden_module"] = None
elif sabotage == "sys.modules loaded lazily":
    spec = importlib.util.find_spec("csv")
    spec.loader = importlib.util.LazyLoader(spec.loader)
    sys.modules["alertmap_lazy_csv"] = importlib.util.module_from_spec(spec)
elif sabotage == "sys.modules replaced":
    sys.modules["jinja2"] = type(sys)("jinja2")

after = state()
changed = [key for key in before if before[key] != after[key]]
replaced = [k for k, v in modules_before.items() if sys.modules.get(k, v) is not v]
if replaced:
    changed.append("sys.modules replaced")
print(json.dumps(changed))
"""

SABOTAGE = [
    "jinja2.Environment.from_string",
    "branca.element.MacroElement.render",
    "branca.element.Element.render",
    "folium env json.dumps_kwargs",
    "folium.template.Template.environment_class",
    "warnings.showwarning",
    "sys.modules set to None",
    "sys.modules loaded lazily",
    "sys.modules replaced",
]


def _changed(tmp_path: Path, sabotage: str) -> list[str]:
    result = _python(USE_AND_COMPARE, sabotage, str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    changed: list[str] = json.loads(result.stdout.splitlines()[-1])
    return changed


def test_using_alertmap_changes_no_library_or_process_setting(tmp_path: Path) -> None:
    assert _changed(tmp_path, "none") == []


@pytest.mark.parametrize("sabotage", SABOTAGE)
def test_each_check_can_fail(tmp_path: Path, sabotage: str) -> None:
    expected = [sabotage]
    if sabotage == "folium.template.Template.environment_class":
        # another class is also another shared environment, without folium's filters
        expected = ["folium env", "folium env filters", sabotage]
    assert _changed(tmp_path, sabotage) == expected


def test_cli_main_restores_the_callers_warning_display(tmp_path: Path) -> None:
    import warnings

    from alertmap.maps.cli import main

    shown = warnings.showwarning
    assert main(["export", "2023-08-24", "-o", str(tmp_path / "a.geojson")]) == 0
    assert main(["render", "no-such-scenario", "-o", str(tmp_path / "a.html")]) == 2
    assert warnings.showwarning is shown
