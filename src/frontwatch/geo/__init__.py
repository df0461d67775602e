"""Geo stage: gazetteer, name normalisation and the geoparser (``get_geoparser(theatre).parse(text)``)."""

from __future__ import annotations

import functools

from ..errors import GeocodeError, TheatreError
from ..theatre import load_theatre
from .gazetteer import Gazetteer, load_gazetteer
from .normalise import fold, skeleton
from .parser import Geoparser, move_point

__all__ = ["Gazetteer", "Geoparser", "GeocodeError", "fold", "get_geoparser", "load_gazetteer", "move_point",
           "skeleton"]


@functools.lru_cache(maxsize=8)
def get_geoparser(theatre: str = "syria-iraq") -> Geoparser:
    """The geoparser for a theatre pack (cached per name; loads the prebuilt gazetteer, no text parsing).

    >>> gp = get_geoparser("syria-iraq")
    >>> gp.resolve("Deir Ezzor").country
    'SY'
    """
    try:
        th = load_theatre(theatre)
    except TheatreError as exc:
        raise GeocodeError(f"{exc}; pass --theatre with one of the available packs") from exc
    return Geoparser(load_gazetteer(), th)
