"""Errors of the ``layers`` package. All are ``ValueError``: the input is at fault."""

from __future__ import annotations


class LayersError(ValueError):
    """Root error of ``layers``."""


class UnknownPlaceError(LayersError):
    """A place, region, sea or prefecture name that the gazetteer does not know."""


class ScenarioError(LayersError):
    """A scenario file that cannot be read or is invalid.

    The message always starts with the file, then the field (or line), then what was expected.
    """
