"""Events with a track profile (issue 13), made in the tests until the layers side fills
``Feature.profile``: a ballistic arc (``alertmap.geo.ballistic``) from the track's first vertex
at its launch time to its last vertex at its end time, each vertex timed where the arc passes
closest over it, and the crossings of named areas from the arc's passes over them."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np
import shapely

from alertmap.geo.ballistic import Boost, ballistic_arc
from alertmap.geo.coords import LonLat
from alertmap.layers.gazetteer import load_gazetteer
from alertmap.layers.model import Crossing, Event, Feature, Kind, Profile


def track_of(event: Event) -> Feature:
    """The event's ground track."""
    return next(f for f in event.features() if f.kind is Kind.TRACK)


def ballistic_profile(
    track: Feature, *, prefectures: tuple[str, ...] = (), boost_s: float = 150.0
) -> Profile:
    """A modelled profile of ``track``: its launch and end times from ``track.times``."""
    times = {t.label: t.time for t in track.times}
    launch, end = times["launch"], times["end"]
    coords = np.asarray(track.geometry.coords)
    arc = ballistic_arc(
        LonLat(*coords[0]),
        LonLat(*coords[-1]),
        flight_s=(end - launch).total_seconds(),
        boost=Boost(boost_s),
    )
    overs = [arc.time_over(LonLat.wrapped(float(x), float(y))) for x, y in coords]
    times_s = np.array([o.time_s for o in overs])
    alts_m = np.array([o.alt_m for o in overs])
    # where the track (not the arc, which may pass beside a small prefecture) enters and
    # leaves each area, timed by the vertices' times (planar, along the line in degrees)
    line = shapely.LineString(coords)
    along = np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]
    crossings = []
    gazetteer = load_gazetteer()
    for name in prefectures:
        inside = line.intersection(gazetteer.prefecture(name).geometry)
        for part in shapely.get_parts(inside):
            if part.is_empty:
                continue
            ends = [line.project(shapely.Point(xy)) for xy in (part.coords[0], part.coords[-1])]
            t = np.interp(ends, along, times_s)
            alt = np.interp(ends, along, alts_m)
            crossings.append(
                Crossing(name, "prefecture", float(t[0]), float(t[1]), float(alt[0]), float(alt[1]))
            )
    return Profile(
        launch=launch,
        times_s=tuple(times_s.tolist()),
        altitudes_m=tuple(alts_m.tolist()),
        apogee_m=arc.apogee_m,
        apogee_s=arc.apogee_time_s,
        modelled=True,
        method="A test's ballistic arc from the launch site to the end of the track.",
        crossings=tuple(crossings),
    )


def with_track_profile(event: Event, profile: Profile | None, **changes: Any) -> Event:
    """``event`` with its track's profile replaced (and any other field of the track)."""
    layers = tuple(
        dataclasses.replace(
            layer,
            features=tuple(
                dataclasses.replace(f, profile=profile, **changes) if f.kind is Kind.TRACK else f
                for f in layer.features
            ),
        )
        for layer in event.layers
    )
    return dataclasses.replace(event, layers=layers)


def interpolate(profile: Profile, fraction: float, index: int) -> tuple[float, float]:
    """Time and altitude ``fraction`` of the way from vertex ``index`` to the next one."""
    t = profile.times_s
    a = profile.altitudes_m
    time = t[index] + fraction * (t[index + 1] - t[index])
    alt = a[index] + fraction * (a[index + 1] - a[index])
    return time, alt if math.isfinite(alt) else math.nan
