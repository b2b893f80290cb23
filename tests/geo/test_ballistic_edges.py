"""Edges of geo.ballistic that mutation testing found untested (tools/mutation/README.md).

Positions are checked with the geographiclib package, not with the pyproj ``Geod`` the module
uses, and orbits with a numerical integration of the two-body equations (scipy).
"""

from __future__ import annotations

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic
from scipy.integrate import solve_ivp
from shapely.geometry import Point, box

from alertmap.geo import GeoError, LonLat
from alertmap.geo.ballistic import (
    Boost,
    ballistic_arc,
    ballistic_arcs,
    flight_time_for_apogee,
    kepler,
    lambert,
)

WGS84 = Geodesic.WGS84

#: Two flights from two launch points (lon, lat), their impact points and times of flight.
LAUNCHES = [(126.4, 40.6), (125.2, 39.1)]
IMPACTS = [(136.9, 40.7), (133.0, 37.5)]
FLIGHTS_S = [1800.0, 900.0]


def distance_m(a: tuple[float, float], lon: float, lat: float) -> float:
    return float(WGS84.Inverse(a[1], a[0], lat, lon)["s12"])


def test_many_flights_with_a_boost_are_each_the_flight_alone() -> None:
    """Solved together with a powered phase, each flight starts on the ground at its own
    launch point, ends at its impact point at its time of flight, and is the flight solved on
    its own. Kills the climb fractions repeated along the wrong axis in ``ballistic_arcs``
    (``.repeat(len(flight), 0)`` to ``.repeat(len(flight), 1)``), which only one flight at a
    time hid."""
    boost = Boost(150.0)
    arcs = ballistic_arcs(LAUNCHES, IMPACTS, FLIGHTS_S, boost=boost)
    assert len(arcs) == 2
    for i, (launch, impact, flight_s) in enumerate(zip(LAUNCHES, IMPACTS, FLIGHTS_S, strict=True)):
        arc = arcs[i]
        assert arc.times_s[0] == 0.0 and arc.times_s[-1] == pytest.approx(flight_s)
        assert bool(np.all(np.diff(arc.times_s) > 0.0))
        assert distance_m(launch, float(arc.lon[0]), float(arc.lat[0])) < 1.0
        assert arc.alt_m[0] == pytest.approx(0.0, abs=1.0)
        assert distance_m(impact, float(arc.lon[-1]), float(arc.lat[-1])) < 1.0
        # the powered phase: the first 150 s climb away from the launch point
        powered = arc.times_s < boost.duration_s
        assert powered.sum() >= 2 and bool(np.all(np.diff(arc.alt_m[powered]) > 0.0))
        alone = ballistic_arc(LonLat(*launch), LonLat(*impact), flight_s=flight_s, boost=boost)
        np.testing.assert_allclose(arc.times_s, alone.times_s)
        np.testing.assert_allclose(arc.lon, alone.lon, atol=1e-9)
        np.testing.assert_allclose(arc.lat, alone.lat, atol=1e-9)
        np.testing.assert_allclose(arc.alt_m, alone.alt_m, atol=1e-3)


#: The gravitational parameter of the Earth (WGS84), m³/s².
MU = 3.986004418e14


def test_kepler_velocities_keep_energy_and_angular_momentum() -> None:
    """On an eccentric orbit the velocities :func:`kepler` returns keep the specific energy
    ``v²/2 - μ/r`` and the angular momentum ``r × v`` of the start, and after one period the
    state is the start again. The docstring checks positions only, so a wrong velocity
    survived: kills ``rn * r0n`` to ``rn // r0n`` in ``f_dot``."""
    r0 = np.array([7.0e6, 0.0, 0.0])
    v0 = np.array([0.0, 8.2e3, 1.5e3])  # faster than circular: an ellipse, apoapsis ahead
    energy = float(v0 @ v0) / 2.0 - MU / float(np.linalg.norm(r0))
    semi_major = -MU / (2.0 * energy)
    period = 2.0 * np.pi * np.sqrt(semi_major**3 / MU)
    times = np.linspace(0.0, period, 9)[1:]
    r, v = kepler(r0, v0, times, mu_m3_s2=MU)
    speeds = np.sum(v[0] * v[0], axis=1)
    energies = speeds / 2.0 - MU / np.linalg.norm(r[0], axis=1)
    np.testing.assert_allclose(energies, energy, rtol=1e-9)
    momentum = np.cross(r0, v0)
    tolerance = 1e-9 * float(np.linalg.norm(momentum))
    np.testing.assert_allclose(np.cross(r[0], v[0]), np.tile(momentum, (8, 1)), atol=tolerance)
    np.testing.assert_allclose(v[0, -1], v0, atol=1e-6)
    np.testing.assert_allclose(r[0, -1], r0, atol=1e-3)
    # at apoapsis, half a period on, the velocity is perpendicular to the position
    r_half, v_half = kepler(r0, v0, [period / 2.0], mu_m3_s2=MU)
    assert abs(float(r_half[0, 0] @ v_half[0, 0])) < 1e-6 * float(np.linalg.norm(r_half[0, 0]))


def test_lambert_in_exactly_the_parabolic_time_gives_a_parabola() -> None:
    """Euler's equation gives the time of flight along the parabola through two points; asked
    for that time, Lambert's problem must return a velocity of exactly escape speed (specific
    energy 0). There the universal variable z is 0, where the Stumpff functions are taken from
    their series: kills ``z**2 / 5_040`` to ``z-2 / 5_040`` in ``S(z)``'s series."""
    mu = 398600.0  # km and km/s, as in the docstring's example (Curtis, Example 5.2)
    r1 = np.array([5000.0, 10000.0, 2100.0])
    r2 = np.array([-14600.0, 2500.0, 7000.0])
    n1, n2 = float(np.linalg.norm(r1)), float(np.linalg.norm(r2))
    chord = float(np.linalg.norm(r2 - r1))
    semi_perimeter = (n1 + n2 + chord) / 2.0
    parabolic_s = np.sqrt(2.0 / mu) / 3.0 * (semi_perimeter**1.5 - (semi_perimeter - chord) ** 1.5)
    (v1,), (v2,) = lambert(r1, r2, parabolic_s, mu_m3_s2=mu)
    assert float(v1 @ v1) / 2.0 - mu / n1 == pytest.approx(0.0, abs=1e-9 * mu / n1)
    assert float(v2 @ v2) / 2.0 - mu / n2 == pytest.approx(0.0, abs=1e-9 * mu / n2)
    # a little longer is an ellipse (negative energy), a little shorter a hyperbola
    (slower,), _ = lambert(r1, r2, parabolic_s * 1.001, mu_m3_s2=mu)
    (faster,), _ = lambert(r1, r2, parabolic_s * 0.999, mu_m3_s2=mu)
    assert float(slower @ slower) / 2.0 < mu / n1 < float(faster @ faster) / 2.0


@pytest.mark.parametrize("eccentricity", [0.5, 0.8, 0.9])
def test_kepler_follows_the_integrated_orbit_all_the_way_round(eccentricity: float) -> None:
    """Started at periapsis on orbits of eccentricity 0.5-0.9 (a missile's arc is such an
    ellipse), :func:`kepler` gives the positions of the two-body equations integrated
    numerically (scipy's DOP853) at 60 times over one period. Where the Newton step of
    Kepler's equation leaves its bracket, the solver bisects; kills the midpoint
    ``0.5 * (lo + hi)`` made ``1.5 * (lo + hi)``."""
    periapsis = 7.0e6
    speed = np.sqrt(MU * (1.0 + eccentricity) / periapsis)  # vis-viva at periapsis
    r0 = np.array([periapsis, 0.0, 0.0])
    v0 = np.array([0.0, speed * 0.8, speed * 0.6])  # an inclined plane, same speed
    semi_major = periapsis / (1.0 - eccentricity)
    period = 2.0 * np.pi * np.sqrt(semi_major**3 / MU)
    times = np.linspace(0.0, period, 61)[1:]

    def two_body(_: float, state: np.ndarray) -> np.ndarray:
        r = state[:3]
        return np.concatenate([state[3:], -MU * r / np.linalg.norm(r) ** 3])

    solved = solve_ivp(
        two_body,
        (0.0, period),
        np.concatenate([r0, v0]),
        method="DOP853",
        t_eval=times,
        rtol=1e-12,
        atol=1e-6,
    )
    r, _ = kepler(r0, v0, times, mu_m3_s2=MU)
    # within a metre on an orbit of tens of thousands of kilometres
    np.testing.assert_allclose(r[0], solved.y[:3].T, atol=1.0)


def test_passes_over_an_area_holding_the_launch_or_the_fall() -> None:
    """An area round the launch point is passed over from the launch (0 s) until the ground
    track leaves it; an area round the fall from when the track enters it until the fall; an
    area holding both, for the whole flight. Kills ``inside[-1]`` to ``inside[-0]`` in
    ``Trajectory.passes_over`` (the end of the flight then judged by its start)."""
    flight_s = 1320.0
    arc = ballistic_arc(
        LonLat(126.4, 40.6), LonLat(177.2, 33.7), flight_s=flight_s, boost=Boost(150.0)
    )
    launch_area, fall_area = box(125.5, 40.0, 127.5, 41.0), box(176.0, 33.0, 178.0, 34.5)
    ((start, leave),) = arc.passes_over(launch_area)
    ((enter, end),) = arc.passes_over(fall_area)
    assert start == 0.0 and end == flight_s
    assert 0.0 < leave < enter < flight_s
    # a second before and after each edge, the point below the missile is out, then in
    for area, outside_s, inside_s in (
        (launch_area, leave + 1.0, leave - 1.0),
        (fall_area, enter - 1.0, enter + 1.0),
    ):
        lon, lat, _ = arc.position_at(np.array([outside_s, inside_s]))
        assert not area.contains(Point(lon[0], lat[0])) and area.contains(Point(lon[1], lat[1]))
    assert arc.passes_over(box(120.0, 30.0, 179.9, 50.0)) == [(0.0, flight_s)]


@pytest.mark.parametrize("duration_s", [0.0, -0.5, -1e-9])
def test_a_boost_of_no_time_or_less_is_refused(duration_s: float) -> None:
    """A powered phase lasts some time: zero or less is refused, naming the field, as the
    docstring's -1 s is. Kills ``number > 0.0`` made ``number > -1.0`` in
    ``Boost.__post_init__`` (0 s and -0.5 s were then accepted)."""
    with pytest.raises(GeoError, match=r"^boost\.duration_s: expected a positive time"):
        Boost(duration_s)
    # and a height or a distance of 0 m is allowed (a boost that ends where it starts)
    assert Boost(1.0, altitude_m=0.0, downrange_m=0.0).altitude_m == 0.0


@pytest.mark.parametrize(
    ("launch", "impact"), [(LAUNCHES[0], IMPACTS[0]), (LAUNCHES[1], IMPACTS[1])]
)
def test_an_unreachable_apogee_names_the_ground_distance_to_the_nearest_km(
    launch: tuple[float, float], impact: tuple[float, float]
) -> None:
    """An apogee no ballistic flight between the points reaches (a million km) is refused with
    the ground distance rounded to the nearest km (geographiclib: 887.6 and 719.5 km, so 888
    and 720). Kills ``ground / 1000`` made ``ground // 1000`` in ``flight_time_for_apogee``'s
    message (the distance then cut down to 887 and 719 km)."""
    ground_km = round(distance_m(launch, *impact) / 1000.0)
    with pytest.raises(GeoError) as info:
        flight_time_for_apogee(LonLat(*launch), LonLat(*impact), 1e12)
    message = str(info.value)
    assert message.startswith(
        f"apogee_m: expected an apogee that a ballistic flight of {ground_km:,} km can reach"
    ), message
