"""The one place where pyproj Transformers are built (always_xy=True) (STUB)."""
