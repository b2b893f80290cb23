"""The ``alertmap`` command: thin argument parsing over layers and maps.

Bad input ends with one line on stderr and exit status 2, and no output file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from geo.coords import GeoError
from layers.errors import LayersError

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

    render = sub.add_parser("render", help="render a scenario to an HTML map")
    render.add_argument("scenario", help="built-in name (see 'alertmap list') or a .toml file")
    render.add_argument("-o", "--output", required=True, help="output HTML file")
    render.add_argument(
        "--tiles",
        help="add online tiles from this xyzservices provider "
        "(e.g. OpenStreetMap.Mapnik); default: offline basemap only",
    )

    export = sub.add_parser("export", help="export a scenario's layers as RFC 7946 GeoJSON")
    export.add_argument("scenario", help="built-in name or a .toml file")
    export.add_argument("-o", "--output", required=True, help="output .geojson file ('-': stdout)")

    sub.add_parser("list", help="list the built-in scenarios")

    show = sub.add_parser("show", help="print a built-in scenario as TOML")
    show.add_argument("name", help="built-in scenario name")
    return p


class OutputError(LayersError):
    """The output file cannot be written."""


def _write(output: str, text: str) -> Path:
    from maps.output import write_atomic

    try:
        return write_atomic(output, text)
    except OSError as err:
        raise OutputError(f"{output}: cannot write: {err.strerror or err}") from None


def _render(scenario: str, output: str, tiles: str | None) -> Path:
    from layers.build import build_event
    from layers.scenario import load_scenario
    from maps.compose import compose
    from maps.output import page_html

    event = build_event(load_scenario(scenario))
    html = page_html(compose(event, tiles=tiles))
    return _write(output, html)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "demo":
        path = _render(DEFAULT_EVENT, args.output, args.tiles)
        print(path.resolve())
    elif args.command == "render":
        path = _render(args.scenario, args.output, args.tiles)
        print(path)
    elif args.command == "export":
        from layers.build import build_event
        from layers.export import to_geojson_text
        from layers.scenario import load_scenario

        text = to_geojson_text(build_event(load_scenario(args.scenario)))
        if args.output == "-":
            sys.stdout.write(text)
        else:
            print(_write(args.output, text))
    elif args.command == "list":
        from layers.scenario import builtin_names, builtin_text, parse_scenario

        for name in builtin_names():
            sc = parse_scenario(builtin_text(name), f"{name}.toml")
            print(f"{name}\t{sc.title}")
    elif args.command == "show":
        from layers.scenario import builtin_text

        sys.stdout.write(builtin_text(args.name))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``alertmap`` console script."""
    try:
        return run(argv)
    except (LayersError, GeoError) as err:
        sys.stderr.write(f"alertmap: error: {_one_line(str(err))}\n")
        return 2


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
