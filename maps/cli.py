"""The ``alertmap`` command: thin argument parsing over layers and maps.

Bad input ends with one line on stderr and exit status 2, and no output file.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from alertmap.geo.coords import GeoError
from alertmap.layers.errors import LayersError
from alertmap.maps.errors import MapsError, OutputError

DEFAULT_EVENT = "2023-08-24"
DEMO_FILE = "alertmap-demo.html"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="alertmap",
        description="Sourced, self-contained maps of the reported geography of a launch.",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = sub.add_parser("demo", help=f"write the {DEFAULT_EVENT} map to ./{DEMO_FILE}")
    demo.add_argument("-o", "--output", default=DEMO_FILE, help="output HTML file")
    demo.add_argument("--tiles", help="add online tiles from this xyzservices provider")

    render = sub.add_parser(
        "render", help="render a scenario to an HTML map, a fragment, an iframe, PNG or PDF"
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
        "--pdf", metavar="FILE", help="also write a one-page landscape PDF (headless Chromium)"
    )
    render.add_argument(
        "--size",
        default="1600x900",
        metavar="WxH",
        help="PNG size, and the frame size of --fragment/--iframe (default 1600x900)",
    )
    render.add_argument(
        "--banner", default="", help="caption or classification line at the top and bottom"
    )
    render.add_argument(
        "--tiles",
        help="add online tiles from this xyzservices provider "
        "(e.g. OpenStreetMap.Mapnik); default: offline basemap only",
    )

    export = sub.add_parser("export", help="export a scenario's layers as RFC 7946 GeoJSON")
    export.add_argument("scenario", help="built-in name or a .toml file")
    export.add_argument("-o", "--output", required=True, help="output .geojson file ('-': stdout)")

    locate = sub.add_parser(
        "locate", help="turn a reported position into GeoJSON: its point and uncertainty area"
    )
    locate.add_argument("phrase", help='e.g. "about 600 km east of Manila"')
    locate.add_argument("-o", "--output", default="-", help="output .geojson file ('-': stdout)")

    check = sub.add_parser(
        "check", help="check a scenario: falls vs hazard areas, overflight, J-Alert prefectures"
    )
    check.add_argument("scenario", help="built-in name or a .toml file")
    check.add_argument("--json", action="store_true", help="print JSON instead of tables")

    warning = sub.add_parser("warning", help="navigational warnings (NAVAREA, HYDROPAC, NAVTEX)")
    warning_sub = warning.add_subparsers(
        dest="warning_command", required=True, parser_class=_Parser
    )
    wparse = warning_sub.add_parser("parse", help="print a warning's areas as GeoJSON")
    wparse.add_argument("file", help="warning text file, or - for standard input")
    wparse.add_argument("-o", "--output", default="-", help="output .geojson file ('-': stdout)")
    wparse.add_argument("--year", type=int, help="year of the warning, if the text has none")

    sub.add_parser("list", help="list the built-in scenarios")

    show = sub.add_parser("show", help="print a built-in scenario as TOML")
    show.add_argument("name", help="built-in scenario name")
    return p


def _write(output: str, text: str) -> Path:
    from alertmap.maps.output import write_atomic

    try:
        return write_atomic(output, text)
    except OSError as err:
        raise OutputError(f"{output}: cannot write: {err.strerror or err}") from None


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


def _render(args: argparse.Namespace) -> list[Path]:
    import tempfile

    from alertmap.layers.build import build_event, merge_events
    from alertmap.layers.scenario import load_scenario
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import iframe_html, page_html

    catalogue = len(args.scenario) == 1 and args.scenario[0].lower().endswith(
        (".csv", ".parquet", ".geoparquet")
    )
    if args.each:
        if not catalogue:
            raise OutputError("--each: expected a catalogue (.csv or .parquet) to render")
        return _render_each(args)
    if not (args.output or args.png or args.pdf):
        raise OutputError("render: expected at least one of -o FILE, --png FILE, --pdf FILE")
    if (args.fragment or args.iframe) and not args.output:
        raise OutputError("render: --fragment and --iframe write to -o FILE: expected -o")
    size = parse_size(args.size)
    if catalogue:
        from alertmap.layers.catalogue import CATALOGUE_MAX_ZOOM, by_year, load_catalogue

        event = by_year(load_catalogue(args.scenario[0], progress=_progress))
        page_options = MapOptions(
            tiles=args.tiles, banner=args.banner, checks=False, max_zoom=CATALOGUE_MAX_ZOOM
        )
    else:
        scenarios = [load_scenario(name) for name in args.scenario]
        _stage("scenario read")
        event = merge_events([build_event(scenario) for scenario in scenarios])
        _stage("event built")
        page_options = MapOptions(tiles=args.tiles, banner=args.banner)
    written: list[Path] = []
    page: str | None = None
    if args.output:
        if args.fragment:
            options = MapOptions(
                tiles=args.tiles, banner=args.banner, fragment=True, height=f"{size[1]}px"
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
        with tempfile.TemporaryDirectory(prefix="alertmap-") as tmp:
            page_file = Path(tmp) / "map.html"
            page_file.write_text(page, "utf-8")
            png = Path(args.png) if args.png else None
            pdf = Path(args.pdf) if args.pdf else None
            for out in (png, pdf):
                if out is not None and not out.resolve().parent.is_dir():
                    raise OutputError(f"{out}: cannot write: No such directory")
            capture(page_file, png=png, pdf=pdf, size=size, online=bool(args.tiles))
            written.extend(p for p in (png, pdf) if p is not None)
    return written


def _warning_parse(args: argparse.Namespace) -> None:
    import json

    from alertmap.layers.warning import parse_warning, to_feature_collection

    name = "<stdin>" if args.file == "-" else args.file
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise OutputError(
                f"{args.file}: cannot read: expected a UTF-8 warning text file "
                f"({err.__class__.__name__})"
            ) from None
    parsed = parse_warning(text, file=name, year=args.year)
    for soft in parsed.warnings:
        warnings.warn(f"{name}: {soft}", stacklevel=1)
    out = json.dumps(to_feature_collection(parsed, file=name), ensure_ascii=False, indent=1)
    if args.output == "-":
        sys.stdout.write(out + "\n")
    else:
        print(_write(args.output, out + "\n"))


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

    events = load_catalogue(args.scenario[0], progress=_progress)
    folder = Path(args.each)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create: {err.strerror or err}") from None
    options = MapOptions(tiles=args.tiles, banner=args.banner)
    written = []
    for i, event in enumerate(events, 1):
        written.append(_write(str(folder / f"{event.id}.html"), page_html(compose(event, options))))
        if len(events) > 20 and i % 20 == 0:
            sys.stderr.write(f"alertmap: {i}/{len(events)} maps written\n")
    return written


def _demo(output: str, tiles: str | None) -> Path:
    from alertmap.layers.build import build_event
    from alertmap.layers.scenario import load_scenario
    from alertmap.maps.compose import MapOptions, compose
    from alertmap.maps.output import page_html

    event = build_event(load_scenario(DEFAULT_EVENT))
    return _write(output, page_html(compose(event, MapOptions(tiles=tiles))))


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "demo":
        print(_demo(args.output, args.tiles).resolve())
    elif args.command == "render":
        for path in _render(args):
            print(path)
    elif args.command == "export":
        from alertmap.layers.build import build_event
        from alertmap.layers.export import to_geojson_text
        from alertmap.layers.scenario import load_scenario

        text = to_geojson_text(build_event(load_scenario(args.scenario)))
        if args.output == "-":
            sys.stdout.write(text)
        else:
            print(_write(args.output, text))
    elif args.command == "locate":
        import json

        from alertmap.layers.build import locate_geojson

        text = json.dumps(locate_geojson(args.phrase), ensure_ascii=False, indent=1) + "\n"
        if args.output == "-":
            sys.stdout.write(text)
        else:
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``alertmap`` console script."""
    warnings.showwarning = _show_warning  # soft problems: one line each on stderr
    try:
        return run(argv)
    except (LayersError, GeoError, MapsError) as err:
        sys.stderr.write(f"alertmap: error: {_one_line(str(err))}\n")
        return 2


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
