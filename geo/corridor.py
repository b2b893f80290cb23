"""Corridors and distances in local azimuthal equidistant projections (STUB)."""
