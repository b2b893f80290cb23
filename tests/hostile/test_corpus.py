"""The hostile-input corpus (issue 12): every case in ``tests/hostile/cases/*.toml`` is run
through the command line's ``main`` in a fresh folder and must keep the promise of its class.

* ``reject``: exit status 2, exactly one line on stderr (``alertmap: error: ...``) that names
  the input and the field or line, shorter than ``max_chars`` (2,000; 500 where a value was
  huge), no control characters, no traceback, nothing on stdout, no file created and every
  file that was there before unchanged byte for byte.
* ``accept``: exit status 0, no warning or error on stderr, exactly the outputs named written
  (and no other file, no temporary file left), every input unchanged, and any text from the
  input inert in the outputs: in HTML no payload is live markup, no ``javascript:`` link.
* ``warn``: as ``accept``, with exactly ``warnings`` lines ``alertmap: warning: ...`` on
  stderr, each naming the input and the field.

See ``tests/hostile/README.md`` for the case format and the classes. A few cases drive
Chromium (``--png``/``--pdf``) and are marked ``browser``. The end of this file fuzzes the
readers with hypothesis: no input raises anything but the package's errors.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import functools
import hashlib
import io
import json
import os
import re
import resource
import signal
import stat
import sys
import time
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
#: The built-in scenario every scenario case starts from (small: quick to build and draw).
BASE = "2023-05-31"
#: The longest error line any case accepts; ``max_chars`` sets a shorter one (huge values).
MAX_CHARS = 2000
#: Seconds a case may take unless it says otherwise (a hang fails the case, not the run).
MAX_SECONDS = 20.0
#: The token every script payload carries: it must never reach the page as live markup.
TOKEN = "PWNED"

OUTCOMES = ("reject", "accept", "warn")
INPUTS = ("scenario", "catalogue", "track", "warning", "phrase", "cli", "output")
_KNOWN_KEYS = {
    "id",
    "input",
    "expect",
    "why",
    "argv",
    "outputs",
    "names",
    "field",
    "fields",
    "warnings",
    "max_chars",
    "max_seconds",
    "memory_mb",
    "browser",
    "scenario",
    "files",
    "links",
    "dirs",
    "stdin",
    "checks",
}


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Case:
    id: str
    input: str
    expect: str
    spec: dict[str, Any] = field(repr=False)
    source: str = ""

    def get(self, key: str, default: Any = None) -> Any:
        return self.spec.get(key, default)


def _load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        defaults = data.get("defaults", {})
        for raw in data.get("case", []):
            spec = {**copy.deepcopy(defaults), **raw}
            unknown = set(spec) - _KNOWN_KEYS
            assert not unknown, f"{path.name}: {raw.get('id')}: unknown keys {unknown}"
            assert spec["expect"] in OUTCOMES, (path.name, spec["id"])
            assert spec["input"] in INPUTS, (path.name, spec["id"])
            cases.append(Case(spec["id"], spec["input"], spec["expect"], spec, path.name))
    ids = [c.id for c in cases]
    dups = {i for i in ids if ids.count(i) > 1}
    assert not dups, f"duplicate case ids: {sorted(dups)}"
    return cases


CASES = _load_cases()


#: Warnings are errors over the whole corpus (issue 12: a run with warnings as errors is clean);
#: an input's own findings are InputWarnings, which the CLI always shows and never raises.
pytestmark = pytest.mark.filterwarnings("error")

#: Cases the product does not meet yet (issue 12, still open): each fails today, and is
#: expected to (strict), so fixing one turns the suite red until it is taken off this list.
NOT_YET: dict[str, str] = {}


def _params() -> list[Any]:
    out = []
    for case in CASES:
        marks = [pytest.mark.browser] if case.get("browser") else []
        if case.id in NOT_YET:
            marks.append(pytest.mark.xfail(reason=f"issue 12: {NOT_YET[case.id]}", strict=True))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


# --------------------------------------------------------------------------- building inputs


def _text(spec: Any) -> str:
    """A text value: a string, or ``{parts = [[TEXT, TIMES], ...]}``."""
    if isinstance(spec, str):
        return spec
    if isinstance(spec, dict) and set(spec) <= {"parts", "encoding"}:
        return "".join(str(text) * int(times) for text, times in spec["parts"])
    raise AssertionError(f"not a text spec: {spec!r}")


def _path_tokens(path: str | list[Any]) -> list[Any]:
    """'falls[0].name' -> ['falls', 0, 'name']; '[+]' appends; a list is taken as it is."""
    if isinstance(path, list):
        return path
    tokens: list[Any] = []
    for part in path.split("."):
        m = re.fullmatch(r"([^\[\]]*)((?:\[(?:\d+|\+)\])*)", part)
        assert m, path
        if m.group(1):
            tokens.append(m.group(1))
        for idx in re.findall(r"\[(\d+|\+)\]", m.group(2)):
            tokens.append("+" if idx == "+" else int(idx))
    return tokens


def _resolve(data: Any, path: str | list[Any]) -> Any:
    node = data
    for t in _path_tokens(path):
        node = node[t]
    return node


def _value(spec: Any, data: dict[str, Any]) -> Any:
    """A value to set: as written, or built (``parts``, ``repeat_value``, ``copy_of``)."""
    if isinstance(spec, dict):
        keys = set(spec)
        if keys == {"parts"}:
            return _text(spec)
        if keys == {"repeat_value", "times"}:
            return [spec["repeat_value"]] * int(spec["times"])
        if keys == {"copy_of"}:
            return copy.deepcopy(_resolve(data, spec["copy_of"]))
        if keys == {"copy_of", "with"}:
            out = copy.deepcopy(_resolve(data, spec["copy_of"]))
            out.update({k: _value(v, data) for k, v in spec["with"].items()})
            return out
        return {k: _value(v, data) for k, v in spec.items()}
    if isinstance(spec, list):
        return [_value(v, data) for v in spec]
    return spec


def _set(data: dict[str, Any], path: str | list[Any], value: Any) -> None:
    tokens = _path_tokens(path)
    node: Any = data
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if isinstance(node, dict) and t not in node:
            node[t] = [] if (nxt == "+" or isinstance(nxt, int)) else {}
        node = node[t]
    last = tokens[-1]
    if last == "+":
        node.append(value)
    else:
        node[last] = value


def _unset(data: dict[str, Any], path: str | list[Any]) -> None:
    tokens = _path_tokens(path)
    node = _resolve(data, tokens[:-1])
    del node[tokens[-1]]


_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _key(k: str) -> str:
    return k if _BARE.fullmatch(k) else _toml_str(k)


def _toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(v: Any) -> str:
    import datetime as dt

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v != v:
            return "nan"
        if v in (float("inf"), float("-inf")):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"
    raise AssertionError(f"cannot write {v!r} as TOML")


def _is_aot(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def toml_dumps(data: dict[str, Any]) -> str:
    """TOML text for ``data`` (tables and arrays of tables as headers)."""
    lines: list[str] = []

    def table(path: list[str], d: dict[str, Any], aot: bool) -> None:
        if path:
            name = ".".join(_key(p) for p in path)
            lines.append(f"\n[[{name}]]" if aot else f"\n[{name}]")
        for k, v in d.items():
            if not isinstance(v, dict) and not _is_aot(v):
                lines.append(f"{_key(k)} = {_toml_value(v)}")
        for k, v in d.items():
            if isinstance(v, dict):
                table([*path, k], v, False)
            elif _is_aot(v):
                for item in v:
                    table([*path, k], item, True)

    table([], data, False)
    return "\n".join(lines) + "\n"


def scenario_text(spec: dict[str, Any]) -> str:
    """The scenario a case describes: ``text`` as written, or the base scenario mutated."""
    from alertmap.layers.scenario import builtin_text

    if "text" in spec:
        text = _text(spec["text"])
    else:
        base = builtin_text(spec.get("base", BASE))
        muts = [k for k in ("set", "unset") if k in spec]
        if muts:
            data = tomllib.loads(base)
            for path in spec.get("unset", []):
                _unset(data, path)
            for path, value in spec.get("set", []):
                _set(data, path, _value(value, data))
            text = toml_dumps(data)
        else:
            text = base
        for old, new in spec.get("replace", []):
            assert old in text, f"replace: {old!r} not in the scenario"
            text = text.replace(old, _text(new), 1)
        text = _text(spec.get("prepend", "")) + text + _text(spec.get("append", ""))
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text


def _file_bytes(spec: Any) -> bytes:
    if isinstance(spec, dict) and "hex" in spec:
        return bytes.fromhex(spec["hex"])
    if isinstance(spec, str):
        return spec.encode("utf-8")
    encoding = spec.get("encoding", "utf-8")
    text = spec["text"] if "text" in spec else _text({"parts": spec["parts"]})
    return text.encode(encoding)


def build_inputs(case: Case, folder: Path) -> None:
    """Write a case's files, folders and links into ``folder``."""
    for name in case.get("dirs", []):
        (folder / name).mkdir(parents=True, exist_ok=True)
    sc = case.get("scenario")
    if sc is not None and not sc.get("none"):
        name = sc.get("name", "s.toml")
        data = scenario_text(sc).encode(sc.get("encoding", "utf-8"))
        for old, new in sc.get("byte_replace", []):  # [text, hex]: bytes no encoding gives
            assert old.encode() in data, f"byte_replace: {old!r} not in the scenario"
            data = data.replace(old.encode(), bytes.fromhex(new), 1)
        if sc.get("bom"):
            data = b"\xef\xbb\xbf" + data
        (folder / name).write_bytes(data)
    for name, spec in case.get("files", {}).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(spec, dict) and spec.get("fifo"):
            os.mkfifo(target)
        elif isinstance(spec, dict) and "hardlink_to" in spec:
            os.link(folder / spec["hardlink_to"], target)
        elif isinstance(spec, dict) and "copy" in spec:  # a file of the repository
            target.write_bytes((HERE.parents[1] / spec["copy"]).read_bytes())
        else:
            target.write_bytes(_file_bytes(spec).replace(b"{tmp}", str(folder).encode()))
    for name, target in case.get("links", {}).items():
        os.symlink(target, folder / name)


# --------------------------------------------------------------------------- running


@dataclass
class Run:
    status: int | None
    stdout: str
    stderr: str
    error: str  # an exception that escaped main (a traceback for a user), or ''
    seconds: float


class _CaseTimeout(BaseException):
    """Raised in the case by the alarm: the case took longer than it may."""


@contextlib.contextmanager
def _limits(seconds: float, memory_mb: int | None) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise _CaseTimeout(f"took longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    old_as = resource.getrlimit(resource.RLIMIT_AS)
    if memory_mb:
        with open("/proc/self/statm") as fh:
            size = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (size + memory_mb * 2**20, old_as[1]))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, old_as)


def run_case(
    case: Case, folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Run:
    import alertmap.maps.cli as cli

    argv = [_text(a).replace("{tmp}", str(folder)) for a in case.get("argv")]
    if case.get("stdin") is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(_text(case.get("stdin"))))
    if hasattr(cli, "_STARTED"):  # progress lines count from the start of a run, as in a process
        monkeypatch.setattr(cli, "_STARTED", time.perf_counter())
    capsys.readouterr()
    status: int | None = None
    error = ""
    start = time.perf_counter()
    try:
        with _limits(float(case.get("max_seconds", MAX_SECONDS)), case.get("memory_mb")):
            status = cli.main(argv)
    except SystemExit as exc:  # argparse: usage errors and --version
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except _CaseTimeout as exc:
        error = f"hang: {exc}"
    except BaseException as exc:  # a user would see a traceback
        error = f"traceback: {exc.__class__.__name__}: {str(exc)[:200]}"
    seconds = time.perf_counter() - start
    out = capsys.readouterr()
    return Run(status, out.out, out.err, error, seconds)


# --------------------------------------------------------------------------- checking


Snapshot = dict[str, tuple[str, str]]


def snapshot(folder: Path) -> Snapshot:
    """Every entry under ``folder``: kind and content (a digest, a link's target)."""
    out: dict[str, tuple[str, str]] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            p = Path(root) / name
            rel = str(p.relative_to(folder))
            st = p.lstat()
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", "")
            elif stat.S_ISREG(st.st_mode):
                h = hashlib.sha256()
                with open(p, "rb") as fh:
                    for chunk in iter(lambda: fh.read(1 << 20), b""):
                        h.update(chunk)
                out[rel] = ("file", h.hexdigest())
            else:
                out[rel] = ("special", oct(st.st_mode))
    return out


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def _matches_any(line: str, wanted: str | list[str]) -> bool:
    options = [wanted] if isinstance(wanted, str) else list(wanted)
    return any(w in line for w in options)


def _names(case: Case) -> list[str]:
    return list(case.get("names", []))


def _check_reject(case: Case, run: Run, before: Snapshot, after: Snapshot) -> list[str]:
    broken = []
    if run.status != 2:
        broken.append(f"exit status {run.status}, expected 2")
    lines = run.stderr.splitlines()
    if len(lines) != 1:
        broken.append(f"{len(lines)} lines on stderr, expected 1: {run.stderr[:300]!r}")
    line = lines[0] if lines else ""
    if lines and not line.startswith("alertmap"):
        broken.append(f"stderr line is not alertmap's: {line[:200]!r}")
    limit = int(case.get("max_chars", MAX_CHARS))
    if len(line) >= limit:
        broken.append(f"error line is {len(line)} characters, expected under {limit}")
    if _CONTROL.search(run.stderr.rstrip("\n")):
        broken.append("control characters on stderr")
    for name in _names(case):
        if name not in line:
            broken.append(f"error line does not name {name!r}: {line[:200]!r}")
    if case.get("field") is not None and not _matches_any(line, case.get("field")):
        broken.append(f"error line names none of {case.get('field')!r}: {line[:200]!r}")
    if run.stdout:
        broken.append(f"stdout not empty: {run.stdout[:100]!r}")
    created = sorted(set(after) - set(before))
    if created:
        broken.append(f"files created: {created[:5]}")
    changed = sorted(k for k in before if k in after and before[k] != after[k])
    removed = sorted(set(before) - set(after))
    if changed or removed:
        broken.append(f"inputs changed: {(changed + removed)[:5]}")
    return broken


def _expected_outputs(case: Case, folder: Path, created: list[str]) -> list[str]:
    """Which declared outputs are missing or wrong in number, and undeclared new files."""
    import fnmatch

    broken = []
    claimed: set[str] = set()
    for out in case.get("outputs", []):
        pattern, count = (out, None) if isinstance(out, str) else (out["glob"], out.get("count"))
        hits = [c for c in created if fnmatch.fnmatchcase(c, pattern)]
        claimed.update(hits)
        if count is None:
            if not hits and not (folder / pattern).is_file():
                broken.append(f"output {pattern} not written")
            elif (folder / pattern).is_file() and (folder / pattern).stat().st_size == 0:
                broken.append(f"output {pattern} is empty")
        elif len(hits) != count:
            broken.append(f"{len(hits)} outputs match {pattern}, expected {count}")
    stray = [c for c in created if c not in claimed and not (folder / c).is_dir()]
    if stray:
        broken.append(f"undeclared files written: {stray[:5]}")
    return broken


#: A template expression evaluated would print this token without its braces.
_TEMPLATE_TOKEN = "ZQJX"
#: Attributes whose value is a URL a browser follows or loads.
_URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
}


class _LiveMarkup(HTMLParser):
    """Markup from the input that a browser would run: an event handler or a script carrying
    the payload's token, or a ``javascript:`` (``data:``, ``vbscript:``) link or source.
    Text, attribute values shown as text and JSON inside scripts are inert."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.srcdocs: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and TOKEN in value:
                self.live.append(f"<{tag} {name}={value[:40]!r}>")
            squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
            if name in _URL_ATTRIBUTES and squeezed.startswith(("javascript:", "vbscript:")):
                self.live.append(f"<{tag} {name}={value[:40]!r}>")
            if name in _URL_ATTRIBUTES and squeezed.startswith("data:text/html"):
                self.live.append(f"<{tag} {name}={value[:40]!r}>")
            if name == "srcdoc":
                self.srcdocs.append(value)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._script = False

    def handle_endtag(self, tag: str) -> None:
        self._script = False

    def handle_data(self, data: str) -> None:
        if self._script and data.lstrip().startswith(TOKEN):
            self.live.append(f"<script>{data.strip()[:40]!r}")


def _html_problems(text: str, where: str) -> list[str]:
    broken = []
    documents = [text]
    while documents:
        doc = documents.pop()
        parser = _LiveMarkup()
        parser.feed(doc)
        parser.close()
        if parser.live:
            broken.append(f"{where}: live markup from input: {parser.live[0]}")
        # an --iframe snippet: the page in srcdoc, as the browser reads it
        documents.extend(parser.srcdocs)
        if _TEMPLATE_TOKEN in doc:
            i = doc.index(_TEMPLATE_TOKEN)
            broken.append(f"{where}: a template expression was evaluated: {doc[i - 40 : i + 20]!r}")
    return broken


_FORMULA = re.compile(r"^[=+\-@\t\r]")


def _csv_problems(text: str, where: str) -> list[str]:
    """Cells that a spreadsheet would run as a formula (the payload starts with '=')."""
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            if TOKEN in cell and _FORMULA.match(cell):
                return [f"{where}: a cell a spreadsheet runs as a formula: {cell[:60]!r}"]
    return []


def _output_problems(case: Case, folder: Path, created: list[str], stdout: str) -> list[str]:
    broken = []
    checks = set(case.get("checks", []))
    files = [folder / c for c in created if (folder / c).is_file()]
    for path in files:
        name = path.name.lower()
        if name.endswith((".html", ".htm")):
            broken += _html_problems(path.read_text("utf-8", "replace"), path.name)
        elif name.endswith((".geojson", ".json")):
            try:
                data = json.loads(path.read_text("utf-8"))
            except ValueError as err:
                broken.append(f"{path.name}: not JSON: {err}")
                continue
            if "antimeridian" in checks:
                broken += _antimeridian_problems(data, path.name)
        elif name.endswith(".csv") and "csv_formula" in checks:
            broken += _csv_problems(path.read_text("utf-8", "replace"), path.name)
        elif name.endswith(".zip"):
            try:
                with zipfile.ZipFile(path) as z:
                    names = z.namelist()
                    if "csv_formula" in checks and "attributes.csv" in names:
                        text = z.read("attributes.csv").decode("utf-8", "replace")
                        broken += _csv_problems(text, f"{path.name}:attributes.csv")
            except zipfile.BadZipFile:
                broken.append(f"{path.name}: not a zip file")
        elif name.endswith(".png") and not path.read_bytes().startswith(b"\x89PNG"):
            broken.append(f"{path.name}: not a PNG")
        elif name.endswith(".pdf") and not path.read_bytes().startswith(b"%PDF"):
            broken.append(f"{path.name}: not a PDF")
    if "stdout_json" in checks:
        try:
            data = json.loads(stdout)
        except ValueError as err:
            broken.append(f"stdout is not JSON: {err}")
        else:
            broken += _antimeridian_problems(data, "stdout") if "antimeridian" in checks else []
    if "stdout" in checks and not stdout.strip():
        broken.append("nothing on stdout")
    return broken


def _longitudes(coords: Any) -> list[float]:
    if isinstance(coords, list) and coords and isinstance(coords[0], int | float):
        return [float(coords[0])]
    if isinstance(coords, list):
        return [x for c in coords for x in _longitudes(c)]
    return []


def _antimeridian_problems(data: dict[str, Any], where: str) -> list[str]:
    """RFC 7946: longitudes within -180..180, and no polygon wider than 180° (an area across
    the antimeridian drawn the long way round, as a band around the globe) unless it holds a
    pole: then it runs all the way round, and reaches the pole's latitude."""
    broken = []
    for f in data.get("features", []):
        geom = f.get("geometry") or {}
        polys = []
        if geom.get("type") == "Polygon":
            polys = [geom["coordinates"]]
        elif geom.get("type") == "MultiPolygon":
            polys = geom["coordinates"]
        if any(not -180 <= x <= 180 for x in _longitudes(geom.get("coordinates", []))):
            broken.append(f"{where}: a longitude outside -180..180")
        kind = (f.get("properties") or {}).get("kind", "")
        for poly in polys:
            ring = [p[0] for p in poly[0]]
            lats = [abs(p[1]) for p in poly[0]]
            if lats and max(lats) == 90 and min(ring) == -180 and max(ring) == 180:
                continue  # round a pole: closed along 180° and the pole's latitude
            if kind in ("hazard_area", "fall_area") and ring and max(ring) - min(ring) > 180:
                name = (f.get("properties") or {}).get("name", "")
                broken.append(
                    f"{where}: {kind} {name!r} spans {max(ring) - min(ring):.0f}° of longitude"
                )
                break
    return broken


def _check_accept(
    case: Case, run: Run, folder: Path, before: Snapshot, after: Snapshot
) -> list[str]:
    broken = []
    if run.status != 0:
        broken.append(f"exit status {run.status}, expected 0: {run.stderr.strip()[:300]!r}")
    lines = run.stderr.splitlines()
    warns = [ln for ln in lines if ln.startswith("alertmap: warning")]
    errors = [ln for ln in lines if ln.startswith("alertmap: error") or "Traceback" in ln]
    if case.expect == "accept" and warns:
        broken.append(f"{len(warns)} warning(s), expected none: {warns[0][:200]!r}")
    if errors and run.status == 0:
        broken.append(f"error text on stderr: {errors[0][:200]!r}")
    if case.expect == "warn":
        want = int(case.get("warnings", 1))
        if len(warns) != want:
            broken.append(f"{len(warns)} warning line(s), expected {want}: {run.stderr[:300]!r}")
        for ln in warns:
            for name in _names(case):
                if name not in ln:
                    broken.append(f"warning does not name {name!r}: {ln[:200]!r}")
        if case.get("field") is not None and not any(
            _matches_any(ln, case.get("field")) for ln in warns
        ):
            broken.append(f"no warning names {case.get('field')!r}: {run.stderr[:300]!r}")
        for f in case.get("fields", []):
            if not any(_matches_any(ln, f) for ln in warns):
                broken.append(f"no warning names {f!r}: {run.stderr[:300]!r}")
        others = [ln for ln in lines if ln not in warns and not _progress(ln)]
        if others:
            broken.append(f"other lines on stderr: {others[0][:200]!r}")
    created = sorted(set(after) - set(before))
    changed = sorted(k for k in before if k in after and before[k] != after[k])
    removed = sorted(set(before) - set(after))
    outputs = {o for o in case.get("outputs", []) if isinstance(o, str)}
    if [c for c in changed if c not in outputs] or removed:
        broken.append(f"inputs changed: {([c for c in changed if c not in outputs] + removed)[:5]}")
    if run.status == 0:
        broken += _expected_outputs(case, folder, [c for c in created if after[c][0] != "dir"])
        broken += _output_problems(
            case, folder, created + [c for c in changed if c in outputs], run.stdout
        )
    return broken


def _progress(line: str) -> bool:
    return bool(re.match(r"alertmap: (\d+/\d+ |.*\(\d+(\.\d+)? s\)$)", line))


@pytest.mark.parametrize("case", _params())
def test_case(
    case: Case,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    build_inputs(case, folder)
    monkeypatch.chdir(folder)
    before = snapshot(folder)
    run = run_case(case, folder, capsys, monkeypatch)
    after = snapshot(folder)
    broken = [run.error] if run.error else []
    if "Traceback" in run.stderr:
        broken.append("a traceback on stderr")
    if case.expect == "reject":
        broken += _check_reject(case, run, before, after)
    else:
        broken += _check_accept(case, run, folder, before, after)
    assert not broken, f"{case.id} ({case.expect}, {case.source}): " + "; ".join(broken)


def test_corpus_size_and_classes() -> None:
    """At least 200 cases, every class and every input among them."""
    assert len(CASES) >= 200
    assert {c.expect for c in CASES} == set(OUTCOMES)
    assert {c.input for c in CASES} == set(INPUTS)


# --------------------------------------------------------------------------- fuzzing


_FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=True,
)


def _package_errors() -> tuple[type[BaseException], ...]:
    from alertmap.geo.coords import GeoError
    from alertmap.layers.errors import LayersError
    from alertmap.maps.errors import MapsError

    return (LayersError, GeoError, MapsError)


@functools.cache
def _base_lines() -> tuple[str, ...]:
    from alertmap.layers.scenario import builtin_text

    return tuple(builtin_text(BASE).splitlines(keepends=True))


_HOSTILE_TEXT = st.sampled_from(
    [
        "",
        "nan",
        "inf",
        "-1",
        "1e400",
        "0",
        "\x00",
        "\u202e",
        "\ufeff",
        '"',
        "[",
        "{",
        "=",
        "<script>",
        "999999999",
        "2023-02-30",
        "Atlantis",
        "99-99.99N",
        "\\u0000",
        "'''",
    ]
)


@st.composite
def _mutated_scenario(draw: st.DrawFn) -> str:
    lines = list(_base_lines())
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["drop", "dup", "cut", "insert", "replace_value"]))
        if how == "drop":
            del lines[i]
        elif how == "dup":
            lines.insert(i, lines[i])
        elif how == "cut":
            j = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:j] + "\n"
        elif how == "insert":
            lines.insert(i, draw(_HOSTILE_TEXT) + "\n")
        elif "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            value = draw(
                st.one_of(
                    _HOSTILE_TEXT.map(_toml_str),
                    st.integers(-(10**20), 10**20).map(str),
                    st.sampled_from(["nan", "inf", "-inf", "true", "[]", "{}", "1979-05-27"]),
                    st.text(max_size=12).map(_toml_str),
                )
            )
            lines[i] = f"{key}= {value}\n"
    return "".join(lines)


@_FUZZ
@given(text=_mutated_scenario())
def test_fuzz_scenario_reader(text: str) -> None:
    """Any mutation of a scenario is read, or refused with the package's error."""
    from alertmap.layers.scenario import parse_scenario

    with contextlib.suppress(*_package_errors()), warnings_ignored():
        parse_scenario(text, "fuzz.toml")


@contextlib.contextmanager
def warnings_ignored() -> Iterator[None]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


_CELL = st.one_of(
    _HOSTILE_TEXT,
    st.sampled_from(["2023-05-31", "Sohae", "S", "165", "2300", "Okinawa", "JCS", "x"]),
    st.text(max_size=8),
)


@_FUZZ
@given(
    header=st.lists(
        st.sampled_from(
            ["date", "site", "direction", "range_km", "source", "time", "id", "alerts", "x"]
        ),
        min_size=0,
        max_size=7,
    ),
    rows=st.lists(st.lists(_CELL, max_size=8), max_size=3),
)
def test_fuzz_catalogue_reader(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[str]]
) -> None:
    """Any CSV is read as a catalogue, or refused with the package's error."""
    from alertmap.layers.catalogue import load_catalogue

    path = tmp_path_factory.mktemp("cat") / "c.csv"
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), "utf-8")
    with contextlib.suppress(*_package_errors()), warnings_ignored():
        load_catalogue(path)


@_FUZZ
@given(data=st.binary(max_size=200), head=st.sampled_from([b"lon,lat\n", b"lat,lon,time\n", b""]))
def test_fuzz_track_reader(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, head: bytes
) -> None:
    """Any bytes are read as a track, or refused with the package's error."""
    from alertmap.layers.trackfile import read_track_csv

    path = tmp_path_factory.mktemp("track") / "t.csv"
    path.write_bytes(head + data)
    with contextlib.suppress(*_package_errors()), warnings_ignored():
        read_track_csv(path)


def _warning_lines() -> list[str]:
    from tests.support import TEST_DATA

    return (TEST_DATA / "warnings" / "navarea_iv_rocket.txt").read_text("utf-8").splitlines(True)


@_FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 80), _HOSTILE_TEXT | st.text(max_size=6)),
        max_size=4,
    ),
    year=st.none() | st.integers(-5, 100_000),
)
def test_fuzz_warning_reader(edits: list[tuple[int, int, str]], year: int | None) -> None:
    """Any edit of a warning text is parsed, or refused with the package's error."""
    from alertmap.layers.warning import parse_warning

    lines = _warning_lines()
    for i, j, text in edits:
        i %= len(lines)
        lines[i] = lines[i][:j] + text + lines[i][j:]
    with contextlib.suppress(*_package_errors()), warnings_ignored():
        parse_warning("".join(lines), file="fuzz.txt", year=year)


@_FUZZ
@given(
    phrase=st.one_of(
        st.text(max_size=40),
        st.builds(
            lambda a, d, u, b, p: f"{a} {d} {u} {b} of {p}",
            st.sampled_from(["about", "", "~"]),
            st.sampled_from(["0", "1", "600", "20000", "50000", "1,200.5", "99999999999"]),
            st.sampled_from(["km", "nm", "miles"]),
            st.sampled_from(["east", "NNW", "north-east", "up"]),
            st.sampled_from(["Manila", "Sohae", "the Philippines", "Atlantis", ""]),
        ),
    )
)
def test_fuzz_phrase_reader(phrase: str) -> None:
    """Any phrase is parsed, or refused with the package's error (parsing only: placing a
    phrase is the corpus's business)."""
    from alertmap.layers.phrases import parse_phrase

    with contextlib.suppress(*_package_errors()):
        parse_phrase(phrase)
