"""``python -m alertmap``: the command line."""

from alertmap.maps.cli import main

raise SystemExit(main())
