"""The panels around the map: title, timeline, legend, notes, and the source line.

Templates are rendered by :data:`maps.templates.PANEL_ENV`, which autoescapes every value.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from alertmap.layers.model import (
    AlertMessage,
    Crossing,
    Event,
    Feature,
    Kind,
    Layer,
    Profile,
    ReportedTime,
    zone,
)
from alertmap.maps.i18n import ENGLISH, Translator
from alertmap.maps.style import BLACK, legend_labels, legend_variants, style_for, style_key

TITLE_TEMPLATE = """
<h1>{{ title }}</h1>
<div class="am-subtitle">{{ date }}{% if launch %} · {{ _("launch {time}", time=launch) }}
{%- endif %}</div>
"""

TIMELINE_TEMPLATE = """
<details open>
<summary><h2 id="{{ panel_id }}-h">{{ _("Timeline") }}</h2></summary>
<ol class="am-timeline-list" aria-labelledby="{{ panel_id }}-h">
{% for item in items %}
<li><button type="button" class="am-timeline-item" data-am-target="{{ item.id }}"
{% if item.iso %} data-am-time="{{ item.iso }}"{% endif %}
{% if item.number %} data-am-number="{{ item.number }}"{% endif %}>
{% if item.iso %}<span class="am-time">{{ item.local }}</span>
 <span class="am-utc">({{ item.utc }})</span>
{% else %}<span class="am-time am-untimed">{{ _("time not reported") }}</span>{% endif %}
{{ " " }}
<span class="am-event">{{ _("{label}: {name}", label=item.label, name=item.name) }}</span>
{% if item.detail %}<span class="am-detail">{{ item.detail }}</span>{% endif %}</button></li>
{% endfor %}
</ol>
<div class="am-tz">{{ _("Times {zone}; UTC in brackets.", zone=zone) }}</div>
</details>
"""

LEGEND_TEMPLATE = """
<details open data-am-collapse-small>
<summary><h2>{{ _("Legend") }}</h2></summary>
{% for row in rows %}
<div class="am-legend-row" data-am-legend="{{ row.key }}" hidden>
<svg width="28" height="16" aria-hidden="true">
{% if row.shape == "area" %}
<rect x="2" y="3" width="24" height="10" fill="{{ row.fill }}" fill-opacity="{{ row.fill_opacity }}"
 stroke="{{ row.color }}" stroke-width="{{ row.weight }}" stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "line" %}
<line x1="1" y1="8" x2="27" y2="8" stroke="{{ row.color }}" stroke-width="{{ row.weight }}"
 stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "triangle" %}
<polygon points="14,1 22,15 6,15" fill="{{ row.fill }}" stroke="{{ row.color }}"
 stroke-width="1.5" stroke-dasharray="{{ row.dash }}"/>
{% else %}
<circle cx="14" cy="8" r="5" fill="{{ row.fill }}" stroke="{{ row.color }}" stroke-width="2"/>
{% endif %}
</svg>
<span>{{ row.label }}</span>
</div>
{% endfor %}
{% if events and ramp %}
<h3>{{ _("Events") }}</h3>
<div class="am-legend-row am-legend-ramp"><span>{{ events[0].name }}</span>
<svg width="120" height="12" aria-hidden="true"><defs><linearGradient id="{{ panel_id }}-ramp">
{% for e in events %}
<stop offset="{{ loop.index0 / (events|length - 1) }}" stop-color="{{ e.colour }}"/>
{% endfor %}</linearGradient></defs><rect x="0" y="2" width="120" height="8"
 fill="url(#{{ panel_id }}-ramp)"/></svg><span>{{ events[-1].name }}</span></div>
{% elif events %}
<h3>{{ _("Events") }}</h3>
{% for e in events %}
<div class="am-legend-row"><svg width="28" height="16" aria-hidden="true"><line x1="1" y1="8"
 x2="27" y2="8" stroke="{{ e.colour }}" stroke-width="4"/></svg><span>{{ e.name }}</span></div>
{% endfor %}
{% endif %}
<div class="am-legend-row am-basis">
{{- _("Dashed or dotted outlines: schematic or approximate.") -}}
</div>
</details>
"""

NOTES_TEMPLATE = """
<details open data-am-collapse-small>
<summary><h2>{{ _("Notes and statements") }}</h2></summary>
{% if notes %}<ul>{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
{% for topic, items in statements %}
<h3>{{ topic }}</h3>
<ul>{% for s in items %}<li>{{ _.scenario(s.text) }} <span class="am-attrib">(
{{- s.source.organisation }},
 {{ s.source.date }})</span></li>{% endfor %}</ul>
{% endfor %}
{% if checks %}
<details class="am-checks">
<summary><h3 data-am-print="{{ _(" — listed in the HTML map") }}">{{ _("Checks ({count})",
 count=checks|length) }}</h3></summary>
<ul>{% for c in checks %}<li>{{ c }}</li>{% endfor %}</ul>
</details>
{% endif %}
<div class="am-attrib">{{ basemap }} {{ _("Made with alertmap.") }}</div>
</details>
"""

_LINE_KINDS = {"track", "gate", "range_ring"}

#: Times shown in the timeline: what happened, not the notice windows or the track's ends.
TIMELINE_KINDS = {Kind.LAUNCH_SITE, Kind.WAYPOINT, Kind.FALL_AREA, Kind.ALERT_ZONE}


def utc_offset_text(t: dt.datetime) -> str:
    """'UTC+09:00' for a time with that offset."""
    offset = t.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def time_label(label: str, tr: Translator = ENGLISH) -> str:
    """A time's label as shown: its first letter capitalised, the rest as written (in the
    map's language: ``tr``).

    Examples
    --------
    >>> time_label("fell"), time_label("J-Alert: passed over")
    ('Fell', 'J-Alert: passed over')
    >>> from alertmap.maps.i18n import translator
    >>> time_label("fell", translator("ja")), time_label("J-Alert: passed over", translator("ko"))
    ('落下', 'J얼럿: 상공 통과')
    """
    label = tr.text(label)
    return label[:1].upper() + label[1:]


def format_time(t: ReportedTime, timezone: str, tr: Translator = ENGLISH) -> str:
    """The time in the event's zone ``timezone`` (whatever offset it was reported with), and
    in UTC.

    Examples
    --------
    >>> pyongyang = dt.timezone(dt.timedelta(hours=8, minutes=30))
    >>> format_time(ReportedTime("launch", dt.datetime(2016, 6, 22, 5, 58, tzinfo=pyongyang)),
    ...             "+09:00")
    'about 2016-06-22 06:28 UTC+09:00 (21:28 UTC, 21 Jun)'
    >>> from alertmap.maps.i18n import translator
    >>> format_time(ReportedTime("launch", dt.datetime(2016, 6, 22, 5, 58, tzinfo=pyongyang)),
    ...             "+09:00", translator("ja"))
    '2016年6月22日 6時28分ごろ UTC+09:00(UTC 6月21日 21時28分)'
    """
    local = t.in_zone(timezone)
    utc = local.astimezone(dt.UTC)
    return tr(
        "{local} {offset} ({utc} UTC, {day})",
        local=tr.when(local, approximate=t.approximate),
        offset=utc_offset_text(local),
        utc=tr.clock(utc),
        day=tr.short_date(utc.date()),
    )


def shown_name(label: str, name: str) -> str:
    """A feature's name after a time's label in the timeline, without the words the label
    already says ("J-Alert: launch" before "J-Alert: Hokkaido" reads "... Hokkaido").

    Examples
    --------
    >>> shown_name("J-Alert: launch", "J-Alert: Okinawa Prefecture")
    'Okinawa Prefecture'
    >>> shown_name("fell", "Fall area: Yellow Sea")
    'Fall area: Yellow Sea'
    """
    prefix, _, _ = label.partition(": ")
    if prefix and prefix != label and name.startswith(prefix + ": "):
        return name[len(prefix) + 2 :]
    return name


def timeline_items(event: Event, tr: Translator = ENGLISH) -> list[dict[str, Any]]:
    """Every reported time of the event, in order, with the feature it belongs to; times are
    shown in the event's zone (:attr:`~alertmap.layers.model.Event.timezone`).

    A J-Alert message shows its wording (``detail``); a predicted fall's message, and the
    correction that withdraws it, point at the predicted area. With several events overlaid,
    each item names its event and shows the date. A fall reported without a time is listed
    after the rest, with empty ``local``, ``utc`` and ``iso``.
    """
    overlaid = len({layer.group for layer in event.layers if layer.group}) > 1
    predicted = _predicted_falls(event)
    rows = []
    for layer in event.layers:
        for f in layer.features:
            if f.kind not in TIMELINE_KINDS:
                continue
            for t, target, detail in _timeline_times(f, predicted, event.timezone, tr):
                local_time = t.in_zone(event.timezone)
                utc = local_time.astimezone(dt.UTC)
                local = tr.clock(local_time)
                if overlaid:
                    local = f"{tr.date(local_time.date())} {local}"
                name = tr.text(shown_name(t.label, target.name))
                rows.append(
                    (
                        utc,
                        {
                            "id": target.id,
                            "detail": detail,
                            "label": time_label(t.label, tr),
                            "name": f"{layer.group}: {name}"
                            if overlaid and not target.name.startswith(layer.group)
                            else name,
                            "local": local,
                            "what": tr.text(t.label),
                            "utc": tr("{time} UTC", time=tr.clock(utc)),
                            "iso": t.iso(),
                        },
                    )
                )
    rows.sort(key=lambda r: r[0])
    # a fall reported without a time is a reported item too: listed last, saying so
    untimed = [
        {
            "id": f.id,
            "detail": "",
            "label": time_label("fell", tr),
            "name": f"{layer.group}: {tr.text(f.name)}"
            if overlaid and not f.name.startswith(layer.group)
            else tr.text(f.name),
            "local": "",
            "what": tr.text(UNTIMED_FALL),
            "utc": "",
            "iso": "",
        }
        for layer in event.layers
        for f in layer.features
        if f.kind is Kind.FALL_AREA and not f.times and not overlaid  # a catalogue's: too many
    ]
    return [r[1] for r in rows] + untimed


#: What the timeline and a callout say of a fall reported without a time.
UNTIMED_FALL = "fell (time not reported)"


def _predicted_falls(event: Event) -> dict[AlertMessage, Feature]:
    """The predicted area drawn for each predicted-fall message."""
    return {
        f.messages[0]: f for f in event.features() if f.kind is Kind.PREDICTED_FALL and f.messages
    }


def _timeline_times(
    f: Feature, predicted: dict[AlertMessage, Feature], timezone: str, tr: Translator = ENGLISH
) -> list[tuple[ReportedTime, Feature, str]]:
    """A feature's times with the feature each points at and the wording shown with it."""
    if not f.messages or f.kind is not Kind.ALERT_ZONE:
        return [(t, f, "") for t in f.times]
    # a message a later correction withdraws says so, and when
    withdrawn_by = {f.messages[m.withdraws - 1]: m for m in f.messages if m.withdraws is not None}
    out = []
    for t, m in zip(f.times, f.messages, strict=True):
        target, detail = predicted.get(m, f), m.text
        if m in withdrawn_by:
            when = tr.clock(withdrawn_by[m].reported_time().in_zone(timezone))
            withdrawn = tr("withdrawn at {time}", time=when)
            detail = tr("{head}: {text}", head=withdrawn, text=detail) if detail else withdrawn
        if m.withdraws is not None:
            old = f.messages[m.withdraws - 1]
            target = predicted.get(old, f)
            when = tr.clock(old.reported_time().in_zone(timezone))
            kind = tr.text(old.type.label.removeprefix("J-Alert: "))
            withdrawn = tr("withdraws the {time} message ({kind})", time=when, kind=kind)
            detail = tr("{head}: {text}", head=withdrawn, text=detail) if detail else withdrawn
        out.append((t, target, detail))
    return out


def legend_key(layer: Layer, label: str) -> str:
    """What ties a legend row to the layers drawn with it: the style key and the wording
    (the runtime shows a row while a layer of it is on the map).

    Examples
    --------
    >>> legend_key(Layer("Track", Kind.TRACK, ()), "Ground track (schematic)")
    'track|Ground track (schematic)'
    """
    return f"{style_key(layer)}|{label}"


def legend_keys(layer: Layer) -> list[str]:
    """The keys of the legend rows a layer is drawn with (:func:`legend_key`)."""
    return [legend_key(layer, label) for label in legend_labels(layer)]


def legend_rows(layers: Iterable[Layer], tr: Translator = ENGLISH) -> list[dict[str, Any]]:
    """One row per style and wording in use, in layer order (hazard areas from published
    corners and approximate ones get a row each: :func:`~alertmap.maps.style.legend_labels`);
    each with its ``key`` (:func:`legend_key`), so that the page lists only what is drawn."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for layer in layers:
        key = style_key(layer)
        st = style_for(key)
        shape = st.get("marker") or ("line" if key in _LINE_KINDS else "area")
        for label, approximate in legend_variants(layer):
            if (key, label) in seen:
                continue
            seen.add((key, label))
            rows.append(
                {
                    "key": legend_key(layer, label),
                    "shape": shape,
                    "label": tr.text(label),
                    "color": st.get("color", BLACK),
                    "fill": st.get("fillColor", st.get("color", BLACK)),
                    "fill_opacity": st.get("fillOpacity", 0.2),
                    "weight": min(float(st.get("weight", 1)), 3.0),
                    "dash": (
                        st["approximateDash"]
                        if approximate and "approximateDash" in st
                        else st.get("dashArray", "none")
                    ),
                }
            )
    return rows


def statement_groups(event: Event, tr: Translator = ENGLISH) -> list[tuple[str, list[Any]]]:
    """Statements grouped by topic, in file order (a topic as the scenario gives it)."""
    groups: dict[str, list[Any]] = {}
    for s in event.statements:
        groups.setdefault(tr.scenario(s.topic) if s.topic else tr("Statements"), []).append(s)
    return list(groups.items())


def launch_text(event: Event, tr: Translator = ENGLISH) -> str:
    """The launch time as shown in the title, or '' if none is reported."""
    for f in event.features():
        if f.kind is Kind.LAUNCH_SITE:
            for t in f.times:
                if t.label == "launch":
                    return format_time(t, event.timezone, tr)
    return ""


def source_line(event: Event, tr: Translator = ENGLISH) -> str:
    """'Sources: A, 2023-08-24; B, 2023-08-24; ...': every source once, in order of use (see
    :meth:`alertmap.layers.model.Event.source_line`)."""
    return tr("Sources: {sources}", sources=event.source_line())


# --------------------------------------------------------------------------------------------
# The trajectory in time and height (issue 13): a track's Profile as text, and its chart


def basis_word(profile: Profile, tr: Translator = ENGLISH) -> str:
    """How a profile's times and heights were made, in one word: 'modelled' (a ballistic arc)
    or 'schematic' (timed from the reported times; heights only where reported)."""
    return tr("modelled") if profile.modelled else tr("schematic")


def _whole_seconds(offset_s: float) -> int:
    """``offset_s`` to the nearest second, halves up (as the runtime's ``Math.floor(t + 0.5)``)."""
    return math.floor(offset_s + 0.5)


def clock_text(launch: dt.datetime, offset_s: float, timezone: str) -> str:
    """The clock time ``offset_s`` seconds after ``launch``, to the second, in the event's zone
    and in UTC, as the timeline shows times (with seconds).

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> clock_text(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), 400.6, "+09:00")
    '07:28:41 (22:28:41 UTC)'
    """
    at = launch + dt.timedelta(seconds=_whole_seconds(offset_s))
    return f"{at.astimezone(zone(timezone)):%H:%M:%S} ({at.astimezone(dt.UTC):%H:%M:%S} UTC)"


def clock_range_text(launch: dt.datetime, start_s: float, end_s: float, timezone: str) -> str:
    """Two clock times as one range, in the event's zone and in UTC.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> clock_range_text(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), 401.0, 422.0, "+09:00")
    '07:28:41–07:29:02 (22:28:41–22:29:02 UTC)'
    """
    start = launch + dt.timedelta(seconds=_whole_seconds(start_s))
    end = launch + dt.timedelta(seconds=_whole_seconds(end_s))
    local = zone(timezone)
    return (
        f"{start.astimezone(local):%H:%M:%S}–{end.astimezone(local):%H:%M:%S} "
        f"({start.astimezone(dt.UTC):%H:%M:%S}–{end.astimezone(dt.UTC):%H:%M:%S} UTC)"
    )


def elapsed_text(offset_s: float, tr: Translator = ENGLISH) -> str:
    """Time after launch, to the second.

    Examples
    --------
    >>> elapsed_text(41.2), elapsed_text(401.0), elapsed_text(3725.0)
    ('41 s', '6 min 41 s', '1 h 2 min 5 s')
    """
    total = _whole_seconds(offset_s)
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    sign = "-" if total < 0 else ""
    if hours:
        text = tr("{h} h {min} min {s} s", h=hours, min=minutes, s=seconds)
    elif minutes:
        text = tr("{min} min {s} s", min=minutes, s=seconds)
    else:
        text = tr("{s} s", s=seconds)
    return sign + text


def altitude_text(altitude_m: float) -> str:
    """An altitude in km: whole km, tenths below 10 km (halves up, as the runtime rounds);
    '' when not known (``nan``).

    Examples
    --------
    >>> altitude_text(640_500.0), altitude_text(3_250.0), altitude_text(4_420_104.0)
    ('641 km', '3.3 km', '4,420 km')
    >>> altitude_text(float("nan"))
    ''
    """
    if not math.isfinite(altitude_m):
        return ""
    km = altitude_m / 1000.0
    if abs(km) < 10:
        return f"{math.floor(km * 10 + 0.5) / 10:.1f} km"
    return f"{math.floor(km + 0.5):,} km"


def altitude_range_text(first_m: float, second_m: float, tr: Translator = ENGLISH) -> str:
    """Two altitudes as a range in km ('640–680 km'), one where they round alike, 'not known'
    where either is not known.

    Examples
    --------
    >>> altitude_range_text(640_200.0, 679_900.0), altitude_range_text(640_200.0, 639_900.0)
    ('640–680 km', '640 km')
    """
    first, second = altitude_text(first_m), altitude_text(second_m)
    if not (first and second):
        return tr("not known")
    if first == second:
        return first
    return f"{first.removesuffix(' km')}–{second}"


def crossing_text(
    crossing: Crossing, profile: Profile, timezone: str, tr: Translator = ENGLISH
) -> str:
    """When the track entered and left an area, and how high it was then.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> p = Profile(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), (0.0, 1320.0), (0.0, 0.0),
    ...             apogee_m=950e3, apogee_s=700.0, modelled=True, method="")
    >>> crossing_text(Crossing("Aomori", "prefecture", 401.0, 422.0, 640e3, 680e3), p, "+09:00")
    'Aomori: 07:28:41–07:29:02 (22:28:41–22:29:02 UTC), altitude 640–680 km (modelled)'
    """
    times = clock_range_text(profile.launch, crossing.enter_s, crossing.exit_s, timezone)
    heights = altitude_range_text(crossing.enter_alt_m, crossing.exit_alt_m, tr)
    return tr(
        "{name}: {times}, altitude {heights} ({basis})",
        name=tr.text(crossing.name),
        times=times,
        heights=heights,
        basis=basis_word(profile, tr),
    )


def profile_rows(profile: Profile, timezone: str, tr: Translator = ENGLISH) -> list[dict[str, str]]:
    """The rows a profiled track's popup adds: its apogee, each crossing, and how the profile
    was made."""
    rows = []
    if math.isfinite(profile.apogee_m):
        rows.append(
            {
                "label": tr("Apogee:"),
                "text": tr(
                    "{altitude} at {time}, {elapsed} after launch ({basis})",
                    altitude=altitude_text(profile.apogee_m),
                    time=clock_text(profile.launch, profile.apogee_s, timezone),
                    elapsed=elapsed_text(profile.apogee_s, tr),
                    basis=basis_word(profile, tr),
                ),
            }
        )
    rows += [
        {"label": tr("Over:"), "text": crossing_text(c, profile, timezone, tr)}
        for c in profile.crossings
    ]
    if profile.method:
        rows.append({"label": tr("Time and height:"), "text": tr.text(profile.method)})
    return rows


@dataclass(frozen=True, slots=True)
class ProfileMark:
    """A reported time marked on the altitude profile (an entry of the timeline)."""

    offset_s: float
    kind: Kind
    #: The few words drawn above the chart ('launch', 'J-Alert', 'fell').
    short: str
    #: The timeline's wording: '07:27 (22:27 UTC) J-Alert: launch: Hokkaido'.
    title: str
    #: The feature the timeline entry opens.
    target: str
    #: The time as reported (ISO 8601): the runtime lights the mark once it has passed.
    iso: str
    colour: str


def profile_marks(
    event: Event, launch: dt.datetime, group: str = "", tr: Translator = ENGLISH
) -> list[ProfileMark]:
    """The timeline's times of the event (of its layers in ``group``) as marks on the profile,
    in time order: the launch, reported overflights, falls and J-Alert messages."""
    predicted = _predicted_falls(event)
    marks = []
    for layer in event.layers:
        if layer.group != group:
            continue
        colour = str(style_for(style_key(layer)).get("color", BLACK))
        for f in layer.features:
            if f.kind not in TIMELINE_KINDS:
                continue
            for t, target, _ in _timeline_times(f, predicted, event.timezone, tr):
                local = t.in_zone(event.timezone)
                words = tr(
                    "{label}: {name}",
                    label=time_label(t.label, tr),
                    name=tr.text(shown_name(t.label, target.name)),
                )
                utc = tr("{time} UTC", time=tr.clock(local.astimezone(dt.UTC)))
                marks.append(
                    ProfileMark(
                        offset_s=(t.time - launch).total_seconds(),
                        kind=f.kind,
                        short=tr.text("J-Alert" if f.kind is Kind.ALERT_ZONE else t.label),
                        title=f"{tr.clock(local)} ({utc}) {words}",
                        target=target.id,
                        iso=t.iso(),
                        colour=colour,
                    )
                )
    return sorted(marks, key=lambda m: m.offset_s)


#: The profile chart in SVG user units (it scales to its panel's width): its width, and the
#: plot inside it (left, top, right, bottom), with room above for the marks' words, left for
#: the heights and below for the clock times (:data:`CHART_BELOW`).
CHART_WIDTH = 320.0
CHART_PLOT = (36.0, 30.0, 310.0, 120.0)
#: The plot of a profile with no known altitude (a schematic track): a strip of time only.
TIME_STRIP_PLOT = (36.0, 30.0, 310.0, 52.0)
CHART_BELOW = 20.0
#: The conventional edge of space (the Kármán line), drawn across the chart.
SPACE_LINE_M = 100_000.0
#: Rows for the marks' words above the plot (their baselines), and the width of a
#: character there, in chart units.
MARK_ROWS = (11.0, 22.0)
MARK_CHAR = 5.0


def nice_step(span: float, count: int = 4) -> float:
    """The smallest round step (1, 2, 2.5 or 5 times a power of ten) that divides ``span``
    into at most ``count`` parts.

    Examples
    --------
    >>> nice_step(1_000_000.0), nice_step(120_000.0), nice_step(0.9)
    (250000.0, 50000.0, 0.25)
    """
    rough = span / count
    power = 10.0 ** math.floor(math.log10(rough))
    return next(k * power for k in (1.0, 2.0, 2.5, 5.0, 10.0) if k * power >= rough * (1 - 1e-12))


def height_axis(highest_m: float) -> tuple[float, float]:
    """The top of the height axis and its step: the lowest round top at or above
    ``highest_m`` in 3 to 6 round steps (4 where several give that top).

    Examples
    --------
    >>> height_axis(985_000.0), height_axis(4_597_000.0)
    ((1000000.0, 250000.0), (5000000.0, 1000000.0))
    """
    best: tuple[float, float] | None = None
    for count in (4, 5, 3, 6):
        step = nice_step(highest_m, count)
        top = math.ceil(highest_m / step - 1e-9) * step
        if best is None or top < best[0] - 1e-6 * step:
            best = (top, step)
    assert best is not None  # the loop ran
    return best


@dataclass(frozen=True, slots=True)
class ChartScale:
    """Times (s after launch) and altitudes (m) to chart units: ``t0..t1`` across ``plot``
    (left, top, right, bottom), ``0..top_m`` up it (``top_m`` is nan when no altitude is
    known: the chart is then a strip of time)."""

    t0: float
    t1: float
    top_m: float
    plot: tuple[float, float, float, float] = CHART_PLOT

    @property
    def heights(self) -> bool:
        """Whether the chart has a height axis."""
        return math.isfinite(self.top_m)

    @property
    def height(self) -> float:
        """The whole chart's height, the clock times below the plot included."""
        return self.plot[3] + CHART_BELOW

    def x(self, offset_s: Any) -> Any:
        left, _, right, _ = self.plot
        return left + (np.asarray(offset_s) - self.t0) / (self.t1 - self.t0) * (right - left)

    def y(self, altitude_m: Any) -> Any:
        _, top, _, bottom = self.plot
        return bottom - np.asarray(altitude_m) / self.top_m * (bottom - top)

    def runtime(self) -> dict[str, float | None]:
        """What the runtime needs to map a pointer to a time and a time to the chart."""
        left, top, right, bottom = self.plot
        return {
            "t0": self.t0,
            "t1": self.t1,
            "x0": left,
            "x1": right,
            "y0": bottom,
            "top": top,
            "top_m": self.top_m if self.heights else None,
        }


def _known_altitudes(profile: Profile) -> list[float]:
    alts = np.asarray(profile.altitudes_m, dtype=float)
    known = [float(alts[np.isfinite(alts)].max())] if np.isfinite(alts).any() else []
    if math.isfinite(profile.apogee_m):
        known.append(profile.apogee_m)
    return known


def chart_scale(profile: Profile, marks: Sequence[ProfileMark] = ()) -> ChartScale:
    """The chart's scale: every time of the profile and of the marks across; from the ground
    to a round height above the highest altitude, reported apogee and the 100 km line up, or,
    with no altitude known, a strip of time (:data:`TIME_STRIP_PLOT`).

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> p = Profile(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), (0.0, 600.0, 1320.0),
    ...             (0.0, 948e3, 0.0), apogee_m=948e3, apogee_s=600.0, modelled=True, method="")
    >>> chart_scale(p)
    ChartScale(t0=0.0, t1=1320.0, top_m=1000000.0, plot=(36.0, 30.0, 310.0, 120.0))
    """
    times = [*profile.times_s, *(m.offset_s for m in marks)]
    t0, t1 = min(0.0, *times), max(times)
    if t1 <= t0:
        t1 = t0 + 60.0
    known = _known_altitudes(profile)
    if not known:
        return ChartScale(t0, t1, math.nan, TIME_STRIP_PLOT)
    reported = [r.value for r in profile.reports if r.figure == "apogee"]
    highest = max([SPACE_LINE_M, *known, *reported]) * 1.04
    return ChartScale(t0, t1, height_axis(highest)[0])


def _units(value: float) -> str:
    """A chart coordinate to a tenth of a unit, without trailing zeros."""
    text = f"{value:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


def profile_path(profile: Profile, scale: ChartScale) -> str:
    """The altitude against time as an SVG path in chart units: one ``M`` and ``L`` steps per
    run of known altitudes, vertices within 0.05 units of the line through their neighbours
    left out (a long track keeps a few per unit); '' when no altitude is known.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> p = Profile(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), (0.0, 300.0, 600.0, 1200.0),
    ...             (0.0, 450e3, 900e3, 0.0), apogee_m=900e3, apogee_s=600.0, modelled=True,
    ...             method="")
    >>> profile_path(p, ChartScale(0.0, 1200.0, 1e6))
    'M36 120L173 39L310 120'
    """
    if not scale.heights:
        return ""
    xs = scale.x(np.asarray(profile.times_s, dtype=float))
    ys = scale.y(np.asarray(profile.altitudes_m, dtype=float))
    known = np.isfinite(ys)
    starts = np.flatnonzero(known & ~np.r_[False, known[:-1]])
    ends = np.flatnonzero(known & ~np.r_[known[1:], False]) + 1
    out = []
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        run = np.column_stack([xs[a:b], ys[a:b]])
        if len(run) > 2:
            run = shapely.get_coordinates(shapely.simplify(shapely.LineString(run), 0.05))
        steps = "L".join(f"{_units(x)} {_units(y)}" for x, y in run.tolist())
        out.append(f"M{steps}")
    return "".join(out)


def _word_width(word: str) -> float:
    """A mark's word's width in chart units: a wide (Japanese or Korean) character counts as
    two.

    Examples
    --------
    >>> _word_width("fell"), _word_width("落下")
    (20.0, 20.0)
    """
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in word)
    return (len(word) + wide) * MARK_CHAR


def _word_centre(x: float, word: str) -> float:
    """Where a mark's word is centred: over its mark, kept inside the chart."""
    half = _word_width(word) / 2
    return min(max(x, half), CHART_WIDTH - half)


def mark_rows(xs: Sequence[float], words: Sequence[str]) -> list[int | None]:
    """The row above the chart (:data:`MARK_ROWS`) for each mark's word, in order of ``xs``:
    the first that leaves it clear of the words before it; ``None`` when no row does, or the
    same word is already shown close by (the mark's line and its title still show it).

    Examples
    --------
    >>> mark_rows([40.0, 60.0, 62.0, 64.0, 300.0], ["launch", "J-Alert", "passed", "J-Alert",
    ...                                               "fell"])
    [0, 1, None, None, 0]
    """
    ends = [-math.inf] * len(MARK_ROWS)
    rows: list[int | None] = []
    shown: dict[str, float] = {}  # where each word was last shown
    for x, word in zip(xs, words, strict=True):
        half = _word_width(word) / 2
        centre = _word_centre(x, word)
        row = next((i for i, end in enumerate(ends) if centre - half >= end + 3.0), None)
        if word in shown and centre - shown[word] < 2 * half + 3.0:
            row = None
        if row is not None:
            ends[row] = centre + half
            shown[word] = centre
        rows.append(row)
    return rows


def _clock_ticks(profile: Profile, scale: ChartScale, timezone: str) -> list[dict[str, Any]]:
    """Round clock times (HH:MM in the event's zone) along the time axis, at most six."""
    span = scale.t1 - scale.t0
    step_s = next(
        (s for s in (60, 120, 300, 600, 900, 1800, 3600) if span / s <= 5),
        3600 * math.ceil(span / 5 / 3600),
    )
    start = profile.launch.astimezone(zone(timezone)) + dt.timedelta(seconds=scale.t0)
    midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
    tick = midnight + dt.timedelta(
        seconds=math.ceil((start - midnight).total_seconds() / step_s) * step_s
    )
    ticks = []
    while (offset := (tick - profile.launch).total_seconds()) <= scale.t1 + 1e-6:
        ticks.append({"x": _units(float(scale.x(offset))), "label": f"{tick:%H:%M}"})
        tick += dt.timedelta(seconds=step_s)
    return ticks


def _reported_apogees(
    profile: Profile, scale: ChartScale, tr: Translator = ENGLISH
) -> list[dict[str, str]]:
    """Each reported apogee as a short level line beside the modelled apogee (on the side
    away from its words; or in the middle of the flight), with the report's words and sources
    as its title."""
    if not scale.heights:
        return []
    at_s = profile.apogee_s if math.isfinite(profile.apogee_s) else (scale.t0 + scale.t1) / 2
    left, _, right, _ = scale.plot
    x = float(scale.x(at_s))
    x += -20.0 if x < (left + right) / 2 else 20.0
    out = []
    for r in profile.reports:
        if r.figure != "apogee" or not math.isfinite(r.value):
            continue
        who = "; ".join(s.organisation for s in r.sources)
        words = r.reported or tr("apogee {altitude}", altitude=altitude_text(r.value))
        out.append(
            {
                "x1": _units(x - 14.0),
                "x2": _units(x + 14.0),
                "y": _units(float(scale.y(r.value))),
                "title": tr("Reported: {words}", words=words) + (f" ({who})" if who else ""),
            }
        )
    return out


def _reported_windows(
    profile: Profile, scale: ChartScale, timezone: str, tr: Translator = ENGLISH
) -> list[dict[str, str]]:
    """Each reported overflight window as a band across the plot."""
    left, _, right, _ = scale.plot
    out = []
    for r in profile.reports:
        if r.figure != "overflight" or r.start is None or r.end is None:
            continue
        a = float(scale.x((r.start - profile.launch).total_seconds()))
        b = float(scale.x((r.end - profile.launch).total_seconds()))
        a, b = max(left, min(a, b)), min(right, max(a, b))
        if b <= a:
            continue
        local = zone(timezone)
        when = f"{r.start.astimezone(local):%H:%M}–{r.end.astimezone(local):%H:%M}"
        who = "; ".join(s.organisation for s in r.sources)
        words = r.reported or tr("over {place} {when}", place=tr.place(r.over), when=when)
        out.append(
            {
                "x": _units(a),
                "width": _units(b - a),
                "title": tr("Reported: {words}", words=words) + (f" ({who})" if who else ""),
            }
        )
    return out


def profile_chart(
    profile: Profile, marks: Sequence[ProfileMark], timezone: str, tr: Translator = ENGLISH
) -> dict[str, Any]:
    """Everything the profile panel's template draws, in chart units (:data:`CHART_WIDTH`
    wide)."""
    scale = chart_scale(profile, marks)
    left, top, right, bottom = scale.plot
    xs = [float(scale.x(m.offset_s)) for m in marks]
    rows = mark_rows(xs, [m.short for m in marks])
    heights: list[dict[str, str]] = []
    apogee = None
    if scale.heights:
        step = height_axis(scale.top_m)[1]  # a round top: the same top, and its step
        heights = [
            {"y": _units(float(scale.y(h))), "label": f"{h / 1000:,g}"}
            for h in np.arange(0.0, scale.top_m + step / 2, step).tolist()
        ]
    if scale.heights and math.isfinite(profile.apogee_m):
        ax, ay = float(scale.x(profile.apogee_s)), float(scale.y(profile.apogee_m))
        early = ax < (left + right) / 2
        apogee = {
            "x": _units(ax),
            "y": _units(ay),
            "text_x": _units(ax + 6 if early else ax - 6),
            "anchor": "start" if early else "end",
            "text_y": _units(max(ay - 5, top + 7)),
            "label": tr("apogee {altitude}", altitude=altitude_text(profile.apogee_m)),
        }
    return {
        "width": _units(CHART_WIDTH),
        "height": _units(scale.height),
        "left": _units(left),
        "top": _units(top),
        "right": _units(right),
        "bottom": _units(bottom),
        "label_x": _units(left - 3),
        "km_y": _units(top - 4),
        "tick_y": _units(bottom + 3),
        "clock_y": _units(bottom + 14),
        "path": profile_path(profile, scale),
        "apogee": apogee,
        "space_y": _units(float(scale.y(SPACE_LINE_M))) if scale.heights else None,
        "heights": heights,
        "reported_apogees": _reported_apogees(profile, scale, tr),
        "windows": _reported_windows(profile, scale, timezone, tr),
        "clock": _clock_ticks(profile, scale, timezone),
        "marks": [
            {
                "x": _units(x),
                "text_x": _units(_word_centre(x, m.short)),
                "text_y": None if row is None else _units(MARK_ROWS[row]),
                "short": m.short,
                "title": m.title,
                "target": m.target,
                "iso": m.iso,
                "kind": m.kind.value,
                "colour": m.colour,
            }
            for m, x, row in zip(marks, xs, rows, strict=True)
        ],
        "scale": scale.runtime(),
        "start_s": _units(scale.t0),
        "end_s": _units(scale.t1),
    }


def profile_summary(profile: Profile, timezone: str, tr: Translator = ENGLISH) -> str:
    """The profile panel's line under its chart: the apogee, modelled and reported, and how
    the profile was made, in a word.

    Examples
    --------
    >>> jst = dt.timezone(dt.timedelta(hours=9))
    >>> p = Profile(dt.datetime(2022, 10, 4, 7, 22, tzinfo=jst), (0.0, 1320.0), (0.0, 0.0),
    ...             apogee_m=948_400.0, apogee_s=712.0, modelled=True, method="")
    >>> profile_summary(p, "+09:00")
    'Apogee 948 km at 07:33:52 (22:33:52 UTC), modelled. Times UTC+09:00.'
    >>> from dataclasses import replace
    >>> nan = float("nan")
    >>> profile_summary(replace(p, modelled=False, apogee_m=nan, altitudes_m=(nan, nan)), "+09:00")
    'Schematic: timed from the reported times; altitudes not known. Times UTC+09:00.'
    """
    tail = tr("Times UTC{zone}.", zone=timezone)
    reported = sorted({r.value for r in profile.reports if r.figure == "apogee"})
    said = (
        tr("; reported {heights}", heights=altitude_range_text(reported[0], reported[-1], tr))
        if reported
        else ""
    )
    if math.isfinite(profile.apogee_m):
        at = clock_text(profile.launch, profile.apogee_s, timezone)
        apogee = altitude_text(profile.apogee_m)
        head = tr(
            "Apogee {altitude} at {time}, {basis}",
            altitude=apogee,
            time=at,
            basis=basis_word(profile, tr),
        )
        return tr("{head}{said}. {tail}", head=head, said=said, tail=tail)
    if profile.modelled:
        return tr("{head}{said}. {tail}", head=tr("Modelled"), said=said, tail=tail)
    known = any(math.isfinite(a) for a in profile.altitudes_m)
    heights = tr("altitudes as reported") if known else tr("altitudes not known")
    head = tr("Schematic: timed from the reported times; {heights}", heights=heights)
    return tr("{head}{said}. {tail}", head=head, said=said, tail=tail)


def profile_context(
    event: Event, layer: Layer, track: Feature, tr: Translator = ENGLISH
) -> dict[str, Any]:
    """The profile panel's template context for ``track`` (a feature with a profile)."""
    profile = track.profile
    if profile is None:
        raise ValueError(f"{track.name}: expected a track with a profile")
    marks = profile_marks(event, profile.launch, layer.group, tr)
    chart = profile_chart(profile, marks, event.timezone, tr)
    summary = profile_summary(profile, event.timezone, tr)
    heights = chart["scale"]["top_m"] is not None
    return {
        "title": tr("Altitude profile") if heights else tr("Flight time"),
        "chart": chart,
        "summary": summary,
        "description": tr(
            "{what} against time along {track}. {summary}",
            what=tr("Altitude") if heights else tr("Reported times"),
            track=tr.text(track.name),
            summary=summary,
        ),
        "_": tr,
        "colour": str(style_for(style_key(layer)).get("color", BLACK)),
    }


PROFILE_TEMPLATE = """
<details open data-am-collapse-small>
<summary><h2>{{ title }}</h2></summary>
{% set c = chart %}
<svg class="am-profile-chart" viewBox="0 0 {{ c.width }} {{ c.height }}" role="img"
 aria-label="{{ description }}" data-am-scale='{{ c.scale|tojson }}'>
<g class="am-profile-axes">
{% for h in c.heights %}
<line x1="{{ c.left }}" y1="{{ h.y }}" x2="{{ c.right }}" y2="{{ h.y }}"/>
<text x="{{ c.label_x }}" y="{{ h.y }}" dy="3" text-anchor="end">{{ h.label }}</text>
{% endfor %}
{% if c.heights %}<text x="{{ c.label_x }}" y="{{ c.km_y }}" text-anchor="end">{{ _("km") -}}
</text>{% endif %}
<line x1="{{ c.left }}" y1="{{ c.bottom }}" x2="{{ c.right }}" y2="{{ c.bottom }}"/>
{% for t in c.clock %}
<line x1="{{ t.x }}" y1="{{ c.bottom }}" x2="{{ t.x }}" y2="{{ c.tick_y }}"/>
<text x="{{ t.x }}" y="{{ c.clock_y }}" text-anchor="middle">{{ t.label }}</text>
{% endfor %}
</g>
{% for w in c.windows %}
<rect class="am-profile-window" x="{{ w.x }}" y="{{ c.top }}" width="{{ w.width }}"
 height="{{ c.bottom|float - c.top|float }}"><title>{{ w.title }}</title></rect>
{% endfor %}
{% if c.space_y is not none %}
<g class="am-profile-space"><title>{{ _("100 km: the conventional edge of space") }}</title>
<line x1="{{ c.left }}" y1="{{ c.space_y }}" x2="{{ c.right }}" y2="{{ c.space_y }}"/>
<text x="{{ c.right }}" y="{{ c.space_y|float - 2 }}" text-anchor="end">{{ _("100 km") }}</text></g>
{% else %}
<text class="am-profile-unknown" x="{{ (c.left|float + c.right|float) / 2 }}"
 y="{{ c.bottom|float - 6 }}" text-anchor="middle">{{ _("altitude not known") }}</text>
{% endif %}
{% for m in c.marks %}
<g class="am-profile-mark am-profile-mark-{{ m.kind }}" data-am-time="{{ m.iso }}"
 data-am-target="{{ m.target }}"><title>{{ m.title }}</title>
<line x1="{{ m.x }}" y1="{{ c.top }}" x2="{{ m.x }}" y2="{{ c.bottom }}" stroke="{{ m.colour }}"/>
{% if m.text_y is not none %}
<text x="{{ m.text_x }}" y="{{ m.text_y }}" text-anchor="middle">{{ m.short }}</text>
{% endif %}
</g>
{% endfor %}
{% for r in c.reported_apogees %}
<line class="am-profile-reported" x1="{{ r.x1 }}" y1="{{ r.y }}" x2="{{ r.x2 }}" y2="{{ r.y }}">
<title>{{ r.title }}</title></line>
{% endfor %}
{% if c.path %}<path class="am-profile-line" d="{{ c.path }}" stroke="{{ colour }}"/>{% endif %}
{% if c.apogee %}
<g class="am-profile-apogee"><circle cx="{{ c.apogee.x }}" cy="{{ c.apogee.y }}" r="3"/>
<text x="{{ c.apogee.text_x }}" y="{{ c.apogee.text_y }}"
 text-anchor="{{ c.apogee.anchor }}">{{ c.apogee.label }}</text></g>
{% endif %}
<line class="am-profile-cursor" x1="0" y1="{{ c.top }}" x2="0" y2="{{ c.bottom }}"
 display="none"/>
<circle class="am-profile-dot" cx="0" cy="0" r="3.5" display="none"/>
</svg>
<div class="am-profile-summary">{{ summary }}</div>
<div class="am-profile-controls">
<button type="button" class="am-profile-play">{{ _("Play") }}</button>
<input type="range" class="am-profile-time" min="{{ c.start_s }}" max="{{ c.end_s }}" step="1"
 value="{{ c.start_s }}" aria-label="{{ _("Time after launch, seconds") }}">
</div>
<div class="am-profile-readout" aria-hidden="true"></div>
</details>
"""
