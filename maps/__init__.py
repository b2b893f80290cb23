"""Maps: the only package that imports folium or branca.

Composes :class:`layers.model.Event` objects into offline Folium/Leaflet pages and runs the
``alertmap`` command line.
"""

import sys

if "folium" not in sys.modules and "pandas" not in sys.modules:
    # folium imports pandas only to convert DataFrames, and treats it as optional (``pd = None``);
    # alertmap never passes DataFrames, so folium is imported without it, which saves about half
    # a second per run. pandas stays importable for everyone else afterwards.
    sys.modules["pandas"] = None  # type: ignore[assignment]
    try:
        import folium  # noqa: F401
    finally:
        del sys.modules["pandas"]
