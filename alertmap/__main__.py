"""``python -m alertmap``: the command line."""

from alertmap.maps.cli import command

raise SystemExit(command())
