"""Errors of the ``maps`` package. All are ``ValueError``: a request that cannot be met as
given (an output that cannot be written, an unknown tile provider, a bad size)."""

from __future__ import annotations


class MapsError(ValueError):
    """Root error of :mod:`alertmap.maps`."""


class OutputError(MapsError):
    """An output file or option that cannot be used; the message names it and what was
    expected."""
