"""The ``alertmap`` command: thin argument parsing over layers and maps.

Bad input ends with one line on stderr and exit status 2, and no output file.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import textwrap
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from alertmap.maps.errors import MapsError, OutputError

if TYPE_CHECKING:
    from alertmap.layers.kml import KmlStyle
    from alertmap.layers.model import Layer
    from alertmap.layers.scenario import Scenario

#: An input of a command or one of its outputs: (what it is, as the user named it; its path).
Named = tuple[str, Path]

DEFAULT_EVENT = "2023-08-24"
DEMO_FILE = "alertmap-demo.html"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(2)


def _lang_option(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option: the language of the map's own text (the scenario's stays as
    written); an unknown language is one line on stderr and exit status 2."""
    parser.add_argument(
        "--lang",
        choices=("en", "ja", "ko"),  # alertmap.maps.i18n.LANGUAGES (not imported at start-up)
        default="en",
        help="language of the map's own text: en (default), ja (Japanese), ko (Korean); the "
        "scenario's text stays as written unless it gives it in that language",
    )


def _fill(*paragraphs: str) -> str:
    """Paragraphs wrapped to the terminal's usual width, for a raw-text help section."""
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width=78) for p in paragraphs)


def _examples(*lines: str) -> str:
    """An "examples:" section for a command's help: one command line each, kept as written."""
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def _export_formats() -> str:
    """The export formats as a table: name, file endings, description."""
    from alertmap.layers.export import EXPORT_FORMATS

    rows = [(name, ", ".join(ends), what) for name, (ends, what) in EXPORT_FORMATS.items()]
    width = max(len(ends) for _, ends, _ in rows)
    lines = []
    for name, ends, what in rows:
        first = f"  {name:<8} {ends:<{width}}  "
        lines.append(
            textwrap.fill(what, 78, initial_indent=first, subsequent_indent=" " * len(first))
        )
    return "\n".join(lines)


class _Version(argparse.Action):
    """``--version``: the installed version, read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import alertmap

        sys.stdout.write(f"alertmap {alertmap.__version__}\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    from alertmap.layers.export import EXPORT_FORMATS

    raw = argparse.RawDescriptionHelpFormatter
    p = _Parser(
        prog="alertmap",
        formatter_class=raw,
        description=_fill(
            "Turn the reported geography of a missile or satellite launch (the launch site, "
            "navigational warnings, statements such as 'about 600 km east of Manila', J-Alerts) "
            "into sourced, self-contained maps: HTML pages that open offline, fragments to "
            "embed, PNG and PDF for slides, and GeoJSON or other GIS files.",
        ),
        epilog=_examples(
            f"alertmap demo                                  # the default event -> ./{DEMO_FILE}",
            "alertmap list                                  # the built-in scenarios",
            "alertmap render 2023-11-21 -o nov.html         # a built-in scenario by name",
            "alertmap render my-launch.toml -o map.html     # your own scenario file",
            "alertmap export 2023-08-24 -o aug.gpkg         # every layer as a GeoPackage",
            "alertmap check 2023-08-24                      # do the reports agree?",
            'alertmap locate "about 600 km east of Manila"  # a reported position as GeoJSON',
        )
        + "\n\nEvery command has its own help with examples: alertmap COMMAND --help",
    )
    p.add_argument("--version", action=_Version, nargs=0, help="print alertmap's version and exit")
    sub = p.add_subparsers(
        dest="command", required=True, parser_class=_Parser, title="commands", metavar="COMMAND"
    )

    demo = sub.add_parser(
        "demo",
        formatter_class=raw,
        help=f"write the {DEFAULT_EVENT} map to ./{DEMO_FILE}",
        description=_fill(
            f"Write the map of the {DEFAULT_EVENT} launch (the default event) as a "
            f"self-contained HTML page to ./{DEMO_FILE}, or to -o FILE, and print the "
            "page's full path. The page makes no network request unless --tiles is given."
        ),
        epilog=_examples(
            f"alertmap demo                                # -> ./{DEMO_FILE}",
            "alertmap demo -o demo.html",
            "alertmap demo --tiles OpenStreetMap.Mapnik   # add online tiles (asks the network)",
        ),
    )
    demo.add_argument("-o", "--output", default=DEMO_FILE, help="output HTML file")
    demo.add_argument("--tiles", help="add online tiles from this xyzservices provider")
    _lang_option(demo)

    render = sub.add_parser(
        "render",
        formatter_class=raw,
        help="render a scenario to an HTML map, a fragment, an iframe, PNG or PDF",
        description=_fill(
            "Render one or more scenarios (built-in names or .toml files, overlaid on one map) "
            "or one catalogue (.csv or .parquet, a row per launch) to a self-contained HTML "
            "page (-o), an HTML fragment or an <iframe srcdoc> snippet to embed in another "
            "page, and a PNG or one-page PDF taken in headless Chromium. Every file is written "
            "to a temporary file and renamed into place; the path of each is printed.",
        ),
        epilog=_examples(
            "alertmap render 2023-11-21 -o nov.html         # a built-in scenario by name",
            "alertmap render my-launch.toml -o map.html     # your own scenario file",
            "alertmap render 2023-05-31 2023-11-21 -o both.html   # several events on one map",
            "alertmap render 2023-08-24 -o map.html --tiles OpenStreetMap.Mapnik",
            "alertmap render 2023-08-24 --fragment -o aug.fragment.html --size 1200x600",
            "alertmap render 2023-11-21 --iframe -o nov.iframe.html --size 900x500",
            'alertmap render 2023-08-24 --png aug.png --banner "UNCLASSIFIED // FOR TRAINING"',
            "alertmap render 2023-08-24 --pdf aug.pdf --size 1920x1080",
            "alertmap render 2023-08-24 --lang ja --png aug-ja.png   # the map in Japanese",
            "alertmap render launches.csv -o season.html    # a catalogue: a layer group per year",
            "alertmap render launches.csv --each maps/      # ... or one map per launch",
        ),
    )
    render.add_argument(
        "scenario",
        nargs="+",
        help="built-in name (see 'alertmap list') or a .toml file; several are overlaid; or "
        "one catalogue (.csv, .parquet) with a row per launch",
    )
    render.add_argument(
        "--each",
        metavar="DIR",
        help="with a catalogue: write one map per launch into DIR (instead of one map by year)",
    )
    render.add_argument("-o", "--output", help="output HTML file (page, or see --fragment)")
    form = render.add_mutually_exclusive_group()
    form.add_argument(
        "--fragment", action="store_true", help="write an HTML fragment to embed in another page"
    )
    form.add_argument(
        "--iframe",
        action="store_true",
        help="write an <iframe srcdoc> snippet holding the whole page",
    )
    render.add_argument("--png", metavar="FILE", help="also write a PNG (headless Chromium)")
    render.add_argument(
        "--pdf", metavar="FILE", help="also write a one-page PDF (headless Chromium)"
    )
    render.add_argument(
        "--size",
        metavar="WxH",
        help="PNG size, the PDF's page in CSS pixels (1/96 inch; wider than tall: landscape) "
        "unless --layout names it, and the frame size of --fragment/--iframe "
        "(default 1600x900; the PDF A4 landscape); a PNG under 700 px wide sets the panels "
        "below the map and is taller than HEIGHT",
    )
    render.add_argument(
        "--layout",
        choices=("slide", "a4"),
        help="static output for 16:9 slides (PNG 1920x1080 with larger text, a 13.33x7.5 in "
        "PDF page) or A4 (PNG 1683x1191, A4 landscape PDF); --size still sets the PNG's size",
    )
    render.add_argument(
        "--banner", default="", help="caption or classification line at the top and bottom"
    )
    render.add_argument(
        "--tiles",
        help="add online tiles from this xyzservices provider "
        "(e.g. OpenStreetMap.Mapnik); default: offline basemap only",
    )
    _lang_option(render)

    export = sub.add_parser(
        "export",
        formatter_class=raw,
        help="export a scenario's layers as GeoJSON, GeoPackage, FlatGeobuf, Shapefile, CSV or "
        "KML/KMZ",
        description=_fill(
            "Write every layer of a scenario, each feature with its source, times and how it "
            "was drawn, to a file for GIS tools, and print the file's path. The format is "
            "--format, or else the output file's ending:",
        )
        + "\n\n"
        + _export_formats()
        + "\n\n"
        + _fill("With -o - the GeoJSON text is written to standard output."),
        epilog=_examples(
            "alertmap export 2023-08-24 -o aug.geojson      # RFC 7946 GeoJSON",
            "alertmap export 2023-08-24 -o aug.gpkg         # a GeoPackage, one table per kind",
            "alertmap export my-launch.toml -o launch.shp.zip   # a zipped Shapefile",
            "alertmap export 2023-08-24 -o aug.dat --format fgb  # --format overrides the ending",
            "alertmap export 2023-08-24 -o -                # GeoJSON to standard output",
            "alertmap export 2022-10-04 -o oct.kmz          # Google Earth: the trajectory in 3-D",
        ),
    )
    export.add_argument("scenario", help="built-in name or a .toml file")
    export.add_argument(
        "-o",
        "--output",
        required=True,
        help="output file, its ending naming the format ('-': stdout)",
    )
    export.add_argument(
        "--format",
        choices=list(EXPORT_FORMATS),
        help="file format, instead of the one the output file's ending names",
    )

    locate = sub.add_parser(
        "locate",
        formatter_class=raw,
        help="turn a reported position into GeoJSON: its point and uncertainty area",
        description=_fill(
            "Turn a position as a report words it ('about D km BEARING of PLACE' or 'between "
            "PLACE and PLACE') into GeoJSON (RFC 7946): the position, and for 'about' the "
            "area where it holds, for 'between' the gate line. The rules are those of a "
            "scenario's fall, with the same context: --launch, --direction and --sea narrow "
            "the area as a scenario's launch site, 'direction' and 'sea' do, so the phrase is "
            "placed exactly as the scenario draws it. Written to standard output unless -o "
            "FILE is given.",
        ),
        epilog=_examples(
            'alertmap locate "about 600 km east of Manila"',
            'alertmap locate "about 600 km east of the Philippines"   # from a region\'s edge',
            'alertmap locate "between Okinawa main island and Miyako Island" -o gate.geojson',
            'alertmap locate "about 600 km east of the Philippines" --launch Sohae '
            "--direction S --sea Pacific",
        ),
    )
    locate.add_argument("phrase", help='e.g. "about 600 km east of Manila"')
    locate.add_argument("--launch", help="the launch site (a place, or coordinates)")
    locate.add_argument("--direction", help="the flight direction from the launch site, e.g. S")
    locate.add_argument("--sea", help="the sea the report names, e.g. Pacific")
    locate.add_argument("-o", "--output", default="-", help="output .geojson file ('-': stdout)")

    draft = sub.add_parser(
        "draft",
        formatter_class=raw,
        help="read pasted statements (Japanese, Korean, English) into a draft scenario",
        description=_fill(
            "Read launch statements as published (Japanese, Korean or English, pasted with "
            "their 'Source: ORGANISATION, YYYY-MM-DD, URL' header lines) and write a draft "
            "scenario TOML that 'alertmap render' draws as it stands: the launch, falls, "
            "passages, flight figures and J-Alert messages, each with its source and the "
            "sentence it came from. Nothing is invented: what cannot be read is left as a "
            "commented TODO with its sentence. Written to standard output unless -o FILE.",
        ),
        epilog=_examples(
            "alertmap draft statements.txt -o draft.toml",
            'alertmap draft - --source "Japan Ministry of Defense, 2023-08-24" < pasted.txt',
            "alertmap draft mod.txt jcs.txt -o draft.toml && alertmap render draft.toml -o d.html",
        ),
    )
    draft.add_argument("files", nargs="+", metavar="FILE", help="statements, or - for stdin")
    draft.add_argument(
        "--source", help='source of statements without a header: "ORGANISATION, YYYY-MM-DD"'
    )
    draft.add_argument("-o", "--output", default="-", help="output .toml file ('-': stdout)")

    check = sub.add_parser(
        "check",
        formatter_class=raw,
        help="check a scenario: falls vs hazard areas, overflight, J-Alert prefectures",
        description=_fill(
            "Check whether a scenario's reports agree and print the findings as tables (or "
            "JSON with --json): each reported fall against each notified hazard area, the land "
            "and prefectures under the flight corridor, the closest approach to islands, and "
            "whether the J-Alert prefectures are those under the corridor. Writes no file.",
        ),
        epilog=_examples(
            "alertmap check 2023-08-24",
            "alertmap check my-launch.toml --json > findings.json",
        ),
    )
    check.add_argument("scenario", help="built-in name or a .toml file")
    check.add_argument("--json", action="store_true", help="print JSON instead of tables")

    warning = sub.add_parser(
        "warning",
        formatter_class=raw,
        help="navigational warnings (NAVAREA, HYDROPAC, NAVTEX)",
        description=_fill(
            "Work with navigational warnings (NAVAREA, HYDROPAC or NAVTEX text, as received). "
            "'alertmap warning parse FILE' writes a warning's areas as GeoJSON, to check a "
            "warning before a scenario's [[warnings]] table uses it.",
        ),
        epilog=_examples(
            "alertmap warning parse navarea.txt",
            "alertmap warning parse navarea.txt -o navarea.geojson",
        ),
    )
    warning_sub = warning.add_subparsers(
        dest="warning_command",
        required=True,
        parser_class=_Parser,
        title="commands",
        metavar="COMMAND",
    )
    wparse = warning_sub.add_parser(
        "parse",
        formatter_class=raw,
        help="print a warning's areas as GeoJSON",
        description=_fill(
            "Read a navigational warning (NAVAREA, HYDROPAC or NAVTEX text, as received) and "
            "write its areas as GeoJSON (RFC 7946) with their corners, time windows and the "
            "warning's id: to standard output unless -o FILE is given. Problems that do not "
            "stop the parse (an area that crosses itself) are printed on stderr as warnings.",
        ),
        epilog=_examples(
            "alertmap warning parse navarea.txt",
            "alertmap warning parse navarea.txt -o navarea.geojson",
            "alertmap warning parse - --year 2024 < navtex.txt   # from standard input",
        ),
    )
    wparse.add_argument("file", help="warning text file, or - for standard input")
    wparse.add_argument("-o", "--output", default="-", help="output .geojson file ('-': stdout)")
    wparse.add_argument(
        "--year", type=_year, help="year of the warning (1900-2200), if the text has none"
    )

    sub.add_parser(
        "list",
        formatter_class=raw,
        help="list the built-in scenarios",
        description=_fill(
            "Print the built-in scenarios, one per line: the name to give render, export, check "
            "or show, a tab, and the event's title. Writes no file.",
        ),
        epilog=_examples("alertmap list"),
    )

    show = sub.add_parser(
        "show",
        formatter_class=raw,
        help="print a built-in scenario as TOML",
        description=_fill(
            "Print a built-in scenario as TOML on standard output: a complete, commented "
            "scenario file to copy and edit for a new launch.",
        ),
        epilog=_examples(
            "alertmap show 2023-08-24 > my-launch.toml   # an editable starting point",
        ),
    )
    show.add_argument("name", help="built-in scenario name")
    return p


def _write(output: str, text: str) -> Path:
    from alertmap.maps.output import write_atomic

    try:
        return write_atomic(output, text)
    except OSError as err:
        raise OutputError(f"{output}: cannot write: {err.strerror or err}") from None


def _guard(outputs: Sequence[Named], inputs: Sequence[Named], *, writable: bool = True) -> None:
    """Before any work: no output is an input or another output, and (``writable``) every
    output's folder can be written."""
    from alertmap.maps.output import check_writable, refuse_overwriting_inputs, same_file

    refuse_overwriting_inputs(outputs, inputs)
    for i, (shown, path) in enumerate(outputs):
        for earlier, other in outputs[:i]:
            if same_file(path, other):
                raise OutputError(f"{shown}: expected a file other than {earlier}, got the same")
    if writable:
        check_writable(outputs)


def _scenario_input(name: str) -> Named:
    """A scenario argument as an input of the command, a built-in's file included (as
    :func:`alertmap.layers.scenario.load_scenario` tells a file from a built-in name)."""
    from alertmap.layers.datafiles import DATA

    if name.endswith(".toml") or Path(name).exists():
        return f"scenario {name}", Path(name)
    return f"built-in scenario {name}", DATA / "scenarios" / f"{name}.toml"


def _referenced_inputs(name: str, scenario: Scenario) -> list[Named]:
    """The files a loaded scenario read besides its own: its ``[track] file`` and the warning
    texts of its ``[[warnings]]`` tables."""
    found: list[Named] = []
    if scenario.track_file is not None:
        track = scenario.track_file.path
        found.append((f"track file {track} named in {name}", Path(track)))
    if any(hazard.warning_id for hazard in scenario.hazards):
        found.extend(_warning_inputs(name, scenario))
    return found


def _warning_inputs(name: str, scenario: Scenario) -> list[Named]:
    """The warning texts a scenario's ``[[warnings]]`` tables named (the reader keeps their
    paths)."""
    base = Path(scenario.path).parent
    return [
        (f"warning text {os.path.relpath(file, base)} named in {name}", Path(file))
        for file in scenario.warning_files
    ]


#: The longest ``--banner``.
BANNER_MAX_CHARS = 200


def _check_banner(text: str) -> None:
    """``--banner``: one line of text; a bidirectional control character is shown with a
    warning (it can reorder what the line says)."""
    from alertmap.layers.errors import InputWarning, bidi_character, control_character

    if len(text) > BANNER_MAX_CHARS:
        raise OutputError(
            f"--banner: expected at most {BANNER_MAX_CHARS} characters, got {len(text):,}"
        )
    control = control_character(text)
    if control is not None:
        raise OutputError(
            f"--banner: expected one line of text, got the control character {control}"
        )
    bidi = bidi_character(text)
    if bidi is not None:
        warnings.warn(
            f"--banner: a bidirectional control character ({bidi}) can reorder the text shown",
            InputWarning,
            stacklevel=1,
        )


def _year(text: str) -> int:
    """``--year``: a four-digit year 1900-2200 (argparse reports the error in one line)."""
    if text.strip().isdigit() and 1900 <= int(text) <= 2200:
        return int(text)
    raise argparse.ArgumentTypeError(f"expected a year 1900-2200, got {_shorten(text)}")


def parse_size(text: str) -> tuple[int, int]:
    """'1600x900' -> (1600, 900).

    Examples
    --------
    >>> parse_size("1600x900")
    (1600, 900)
    """
    parts = text.lower().split("x")
    if len(parts) == 2 and all(p.strip().isdigit() for p in parts):
        w, h = (int(p) for p in parts)
        if 200 <= w <= 8000 and 200 <= h <= 8000:
            return w, h
    raise OutputError(
        f"--size: expected WIDTHxHEIGHT in pixels, each 200-8000, e.g. 1600x900, got {text!r}"
    )


class _Preload:
    """Modules imported in a background thread while the main thread goes on.

    The map's modules take about a third of a second to import (folium, and pandas and
    requests through it); a catalogue's event is built meanwhile, most of it in GEOS, which
    releases the GIL, so the two overlap (1,000 launches: 2.9-3.1 s without, 2.5-2.7 s with).
    A single launch's build is short calls, and the switching between the two threads costs
    more than the overlap gains (paired runs: 7 % more wall time, 14 % more CPU), so it builds
    and imports in turn. :meth:`wait` joins the thread and
    re-raises whatever the import raised, as an import in the main thread would have.
    """

    def __init__(self, *names: str) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(names,), name="alertmap-preload", daemon=True
        )
        self._thread.start()

    def _run(self, names: tuple[str, ...]) -> None:
        import importlib

        try:
            for name in names:
                importlib.import_module(name)
        except BaseException as err:  # handed to the main thread by wait()
            self._error = err

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def _render(args: argparse.Namespace) -> list[Path]:
    import tempfile

    from alertmap.layers.build import build_event, merge_events
    from alertmap.layers.catalogue import CATALOGUE_MAX_ZOOM, is_catalogue
    from alertmap.layers.scenario import load_scenario

    _check_banner(args.banner)
    if args.tiles:  # a bad provider is refused before any work
        from alertmap.maps.tiles import tile_provider

        tile_provider(args.tiles)
    catalogue = len(args.scenario) == 1 and is_catalogue(args.scenario[0])
    if args.each:
        if not catalogue:
            raise OutputError("--each: expected a catalogue (.csv or .parquet) to render")
        return _render_each(args)
    if not (args.output or args.png or args.pdf):
        raise OutputError("render: expected at least one of -o FILE, --png FILE, --pdf FILE")
    if (args.fragment or args.iframe) and not args.output:
        raise OutputError("render: --fragment and --iframe write to -o FILE: expected -o")
    from alertmap.maps.browser import DEFAULT_LAYOUT, static_layout

    layout = static_layout(args.layout, parse_size(args.size) if args.size else None)
    size = parse_size(args.size) if args.size else DEFAULT_LAYOUT.png  # of a fragment, iframe
    outputs = [
        (f"{option} {value}", Path(value))
        for option, value in (("-o", args.output), ("--png", args.png), ("--pdf", args.pdf))
        if value
    ]
    if catalogue:
        inputs = [(f"catalogue {args.scenario[0]}", Path(args.scenario[0]))]
    else:
        inputs = [_scenario_input(name) for name in args.scenario]
    _guard(outputs, inputs)  # before reading: a slip fails at once
    if catalogue:
        from alertmap.layers.catalogue import by_year, load_catalogue

        preload = _Preload("alertmap.maps.compose", "alertmap.maps.output")
        try:
            event = by_year(load_catalogue(args.scenario[0], progress=_progress))
        finally:
            preload.wait()
    else:
        scenarios = [load_scenario(name) for name in args.scenario]
        _stage("scenario read")
        referenced = [
            found
            for name, scenario in zip(args.scenario, scenarios, strict=True)
            for found in _referenced_inputs(name, scenario)
        ]
        _guard(outputs, referenced)
        event = merge_events([build_event(scenario) for scenario in scenarios])
        _stage("event built")
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import iframe_html, page_html

    page_options = (
        MapOptions(
            tiles=args.tiles,
            banner=args.banner,
            checks=False,
            max_zoom=CATALOGUE_MAX_ZOOM,
            lang=args.lang,
        )
        if catalogue
        else MapOptions(tiles=args.tiles, banner=args.banner, lang=args.lang)
    )
    written: list[Path] = []
    page: str | None = None
    if args.output:
        if args.fragment:
            options = MapOptions(
                tiles=args.tiles,
                banner=args.banner,
                fragment=True,
                height=f"{size[1]}px",
                lang=args.lang,
            )
            written.append(_write(args.output, page_html(compose(event, options))))
        else:
            page = page_html(compose(event, page_options))
            _stage("map composed")
            text = (
                iframe_html(
                    page,
                    title=f"{event.title}, {event.date}",
                    width=f"{size[0]}px",
                    height=f"{size[1]}px",
                )
                if args.iframe
                else page
            )
            written.append(_write(args.output, text))
    if args.png or args.pdf:
        from alertmap.maps.browser import capture

        if page is None:
            page = page_html(compose(event, page_options))
        png = Path(args.png) if args.png else None
        pdf = Path(args.pdf) if args.pdf else None
        with tempfile.TemporaryDirectory(prefix="alertmap-") as tmp:
            page_file = Path(tmp) / "map.html"
            page_file.write_text(page, "utf-8")
            capture(
                page_file,
                png=png,
                pdf=pdf,
                size=layout.png,
                paper=layout.pdf,
                scale=layout.scale,
                online=bool(args.tiles),
            )
        written.extend(p for p in (png, pdf) if p is not None)
    return written


def _export(args: argparse.Namespace) -> None:
    """Every layer of a scenario to a file in the format asked for, or GeoJSON to stdout."""
    from alertmap.layers.build import build_event
    from alertmap.layers.export import export_format, to_geojson_text, write_event
    from alertmap.layers.scenario import load_scenario
    from alertmap.maps.output import replace_atomic

    if args.output == "-":
        if args.format not in (None, "geojson"):
            raise OutputError(
                f"export: -o - writes GeoJSON text to standard output; "
                f"for --format {args.format} expected -o FILE"
            )
        sys.stdout.write(to_geojson_text(build_event(load_scenario(args.scenario))))
        return
    fmt = export_format(args.output, args.format)  # before any work: a bad ending fails fast
    outputs = [(f"-o {args.output}", Path(args.output))]
    _guard(outputs, [_scenario_input(args.scenario)])
    scenario = load_scenario(args.scenario)
    _guard(outputs, _referenced_inputs(args.scenario, scenario))
    event = build_event(scenario)

    def produce(tmp: Path) -> None:
        if fmt in ("kml", "kmz"):  # in the map's colours
            write_event(event, tmp, fmt=fmt, style=_kml_style)
        else:
            write_event(event, tmp, fmt=fmt)

    try:
        path = replace_atomic(args.output, produce)
    except OSError as err:
        raise OutputError(f"{args.output}: cannot write: {err.strerror or err}") from None
    print(path)


def _kml_style(layer: Layer) -> KmlStyle:
    """A layer's look in KML: the map's colours (:mod:`alertmap.maps.style`)."""
    from alertmap.layers.kml import KmlStyle
    from alertmap.maps.style import style_for, style_key

    return KmlStyle.from_path_options(style_for(style_key(layer)))


def _warning_parse(args: argparse.Namespace) -> None:
    from alertmap.layers.errors import InputWarning
    from alertmap.layers.export import geojson_text
    from alertmap.layers.warning import (
        WARNING_MAX_BYTES,
        parse_warning,
        read_warning_text,
        to_feature_collection,
    )

    name = "<stdin>" if args.file == "-" else args.file
    if args.output != "-":
        _guard([(f"-o {args.output}", Path(args.output))], _warning_text_input(args.file))
    if args.file == "-":
        text = sys.stdin.read(WARNING_MAX_BYTES + 1)
    else:
        try:
            text = read_warning_text(args.file)
        except OSError as err:
            raise OutputError(
                f"{args.file}: cannot read: expected a UTF-8 warning text file "
                f"({err.strerror or err.__class__.__name__})"
            ) from None
    parsed = parse_warning(text, file=name, year=args.year)
    for soft in parsed.warnings:
        warnings.warn(f"{name}: {soft}", InputWarning, stacklevel=1)
    out = geojson_text(to_feature_collection(parsed, file=name))
    if args.output == "-":
        sys.stdout.write(out)
    else:
        print(_write(args.output, out))


def _draft(args: argparse.Namespace) -> None:
    """``alertmap draft``: the statements' draft scenario, to stdout or ``-o``."""
    from alertmap.layers.draft import read_draft, read_statement_file

    inputs = [(f"statements {f}", Path(f)) for f in args.files if f != "-"]
    if "-" in args.files:  # standard input that is a file (< pasted.txt) is an input too
        inputs += [("statements on standard input", p) for _, p in _warning_text_input("-")]
    if args.output != "-":
        _guard([(f"-o {args.output}", Path(args.output))], inputs)
    texts = [read_statement_file(f, stdin=sys.stdin) for f in args.files]
    toml = read_draft(texts, source=args.source).to_toml()
    if args.output == "-":
        sys.stdout.write(toml)
    else:
        print(_write(args.output, toml))


def _warning_text_input(file: str) -> list[Named]:
    """The warning text as an input: the file, or standard input when it is a file
    (``< navarea.txt``)."""
    if file != "-":
        return [(f"warning text {file}", Path(file))]
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by an object without a file
        return []
    stdin = Path(f"/dev/fd/{fd}")
    return [("warning text on standard input", stdin)] if stdin.is_file() else []


def _progress(done: int, total: int, seconds: float) -> None:
    """Progress on stderr for long runs (over 2 s)."""
    if seconds > 2:
        sys.stderr.write(f"alertmap: {done}/{total} launches built ({seconds:.0f} s)\n")


_STARTED = time.perf_counter()


def _stage(done: str) -> None:
    """A line on stderr when a stage ends more than 2 s into the run (a big track, many
    events): quick runs stay quiet."""
    seconds = time.perf_counter() - _STARTED
    if seconds > 2:
        sys.stderr.write(f"alertmap: {done} ({seconds:.1f} s)\n")


def _render_each(args: argparse.Namespace) -> list[Path]:
    """One page per launch of a catalogue, named by the launch's id, into a folder."""
    from alertmap.layers.catalogue import load_catalogue
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import page_html

    catalogue = args.scenario[0]
    inputs = [(f"catalogue {catalogue}", Path(catalogue))]
    folder = Path(args.each)
    events = load_catalogue(catalogue, progress=_progress)
    outputs = _each_outputs(folder, [event.id for event in events], catalogue)
    _guard(outputs, inputs, writable=False)  # the folder may not be there yet
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create: {err.strerror or err}") from None
    _guard(outputs, [])
    options = MapOptions(tiles=args.tiles, banner=args.banner, lang=args.lang)
    written = []
    for i, (event, (_, path)) in enumerate(zip(events, outputs, strict=True), 1):
        written.append(_write(str(path), page_html(compose(event, options))))
        if len(events) > 20 and i % 20 == 0:
            sys.stderr.write(f"alertmap: {i}/{len(events)} maps written\n")
    return written


def _each_outputs(folder: Path, ids: Sequence[str], catalogue: str = "") -> list[Named]:
    """The file of each id in ``folder``: a safe name (see
    :func:`alertmap.maps.output.safe_file_name`), each different even where the disk ignores
    case, each inside the folder once links are resolved. Checked for every id before any
    file is written."""
    from alertmap.maps.output import resolved, safe_file_name

    inside = resolved(folder)
    seen: dict[str, str] = {}
    outputs: list[Named] = []
    for launch in ids:
        name = f"{safe_file_name(launch)}.html"
        other = seen.setdefault(name.casefold(), launch)
        if other != launch:
            where = f"{catalogue}: " if catalogue else ""
            raise OutputError(
                f"{where}--each {folder}: the ids {_shorten(other)} and {_shorten(launch)} "
                f"both give the file name {name} (other characters replaced, case ignored): "
                "expected "
                "ids that give different file names"
            )
        path = folder / name
        if resolved(path).parent != inside:
            raise OutputError(
                f"--each {folder}: {path} is a link to {resolved(path)}: expected every map "
                "to be written inside the folder"
            )
        outputs.append((f"--each {folder}: {path}", path))
    return outputs


def _shorten(value: str, limit: int = 60) -> str:
    """``value`` quoted, cut to ``limit`` characters.

    Examples
    --------
    >>> _shorten("../../x"), _shorten("x" * 100, limit=10)
    ("'../../x'", "'xxxxxxxx…")
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _demo(output: str, tiles: str | None, lang: str = "en") -> Path:
    from alertmap.layers.build import build_event
    from alertmap.layers.scenario import load_scenario
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import page_html

    _guard([(f"-o {output}", Path(output))], [_scenario_input(DEFAULT_EVENT)])
    if tiles:  # a bad provider is refused before any work
        from alertmap.maps.tiles import tile_provider

        tile_provider(tiles)
    event = build_event(load_scenario(DEFAULT_EVENT))
    return _write(output, page_html(compose(event, MapOptions(tiles=tiles, lang=lang))))


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "demo":
        print(_demo(args.output, args.tiles, args.lang).resolve())
    elif args.command == "render":
        for path in _render(args):
            print(path)
    elif args.command == "export":
        _export(args)
    elif args.command == "locate":
        from alertmap.layers.build import locate_geojson
        from alertmap.layers.export import geojson_text

        text = geojson_text(
            locate_geojson(args.phrase, launch=args.launch, direction=args.direction, sea=args.sea)
        )
        if args.output == "-":
            sys.stdout.write(text)
        else:
            _guard([(f"-o {args.output}", Path(args.output))], [])
            print(_write(args.output, text))
    elif args.command == "check":
        import json

        from alertmap.layers.build import build_event
        from alertmap.layers.checks import check_event, findings_table
        from alertmap.layers.scenario import load_scenario

        findings = check_event(build_event(load_scenario(args.scenario)))
        if args.json:
            sys.stdout.write(json.dumps(findings.to_json(), ensure_ascii=False, indent=1) + "\n")
        else:
            sys.stdout.write(findings_table(findings))
    elif args.command == "draft":
        _draft(args)
    elif args.command == "warning":
        _warning_parse(args)
    elif args.command == "list":
        from alertmap.layers.scenario import builtin_names, builtin_text, parse_scenario

        for name in builtin_names():
            sc = parse_scenario(builtin_text(name), f"{name}.toml")
            print(f"{name}\t{sc.title}")
    elif args.command == "show":
        from alertmap.layers.scenario import builtin_text

        sys.stdout.write(builtin_text(args.name))
    return 0


def _show_warning(message: object, *args: object, **kwargs: object) -> None:
    sys.stderr.write(f"alertmap: warning: {message}\n")


class Terminated(SystemExit):
    """SIGTERM, raised in the running command so that its cleanup (``finally``, context
    managers) runs: a ``SystemExit``, so that code catching ``Exception`` and asyncio (inside
    Playwright) let it through."""


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While the command runs, SIGTERM raises :class:`Terminated` (SIGINT already raises
    ``KeyboardInterrupt``); the previous handler is restored afterwards. Only the main thread
    can set a handler: elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(signum: int, frame: object) -> None:
        raise Terminated(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``alertmap`` console script.

    Exit status 0; 2 for bad input or an output that cannot be written (one line on stderr);
    130 when interrupted (SIGINT, Ctrl-C) and 143 when terminated (SIGTERM), no temporary
    file left behind.
    """
    # the error roots of the three packages, imported here rather than with this module, so
    # that :func:`command` tunes the collector before numpy, shapely and pyproj are imported
    from alertmap.geo.coords import GeoError
    from alertmap.layers.errors import InputWarning, LayersError

    # soft problems: one line each on stderr, while the command runs (the caller's warning
    # settings are restored afterwards, e.g. when main is called from Python or a test)
    with warnings.catch_warnings(), _sigterm_raises():
        warnings.showwarning = _show_warning
        # an input's odd-but-possible findings are shown, never turned into errors by -W
        warnings.simplefilter("always", InputWarning)
        try:
            return run(argv)
        except (LayersError, GeoError, MapsError) as err:
            sys.stderr.write(f"alertmap: error: {_one_line(str(err))}\n")
            return 2
        except OSError as err:  # a path the system refuses (too long, a loop of links ...)
            where = f"{err.filename}: " if err.filename else ""
            reason = err.strerror or err.__class__.__name__
            sys.stderr.write(
                f"alertmap: error: {_one_line(f'{where}cannot write or read: {reason}')}\n"
            )
            return 2
        except KeyboardInterrupt:
            sys.stderr.write("alertmap: interrupted: no file left half-written\n")
            return 130
        except Terminated as stop:
            sys.stderr.write("alertmap: terminated: no file left half-written\n")
            return int(stop.code or 143)


#: Python's cyclic garbage collector's thresholds while the command runs (see :func:`command`);
#: the defaults are (700, 10, 10).
GC_THRESHOLDS = (100_000, 50, 1_000)


def command() -> int:
    """The ``alertmap`` command as a process of its own (the console script and
    ``python -m alertmap``): :func:`main`, with Python's cyclic garbage collector tuned to a
    short-lived process.

    Nearly all of a command's objects (the modules it imports, the event, the page) live
    until it ends, so the collector's passes over them find little: it runs a hundred times
    less often (:data:`GC_THRESHOLDS`), and what is left when ``main`` returns is frozen
    (:func:`gc.freeze`), so that the interpreter's exit does not walk it all once more.
    Together that is about a sixth of ``alertmap render``'s CPU time. Memory is unchanged:
    garbage that is not a reference cycle is freed at once as always, and cycles still are,
    a hundred times less often. :func:`main`, called from Python, leaves the collector alone.
    """
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        return main()
    finally:
        gc.freeze()


#: The longest error line printed; a longer one is cut in the middle (a value echoed whole).
ERROR_LINE_MAX = 400


def _one_line(text: str) -> str:
    """``text`` on one line, at most `ERROR_LINE_MAX` characters.

    Examples
    --------
    >>> len(_one_line("x: " + "y" * 10_000)) <= ERROR_LINE_MAX
    True
    """
    line = " ".join(text.split())
    if len(line) <= ERROR_LINE_MAX:
        return line
    half = ERROR_LINE_MAX // 2 - 20
    return f"{line[:half]} … ({len(line):,} characters) … {line[-half:]}"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(command())
