"""Write ``layers/data/places.json``, the twin of the hand-written ``layers/data/places.toml``.

Run from the repository root after editing ``places.toml``::

    python tools/build_places.py            # write the twin
    python tools/build_places.py --check    # exit 1 when the twin is stale

``tests/layers/test_datafiles.py`` fails while the twin is stale.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from alertmap.layers.datafiles import places_json

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "layers" / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if stale")
    args = parser.parse_args()
    text = places_json((DATA / "places.toml").read_text(encoding="utf-8"))
    twin = DATA / "places.json"
    if args.check:
        stale = not twin.is_file() or twin.read_text(encoding="utf-8") != text
        print(f"{twin.relative_to(ROOT)}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    twin.write_text(text, encoding="utf-8")
    print(f"wrote {twin.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
