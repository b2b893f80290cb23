"""The panels around the map: title, timeline, legend, notes, and the source line.

Templates are rendered by :data:`maps.elements.PANEL_ENV`, which autoescapes every value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from alertmap.layers.model import AlertMessage, Event, Feature, Kind, Layer, ReportedTime
from alertmap.maps.style import BLACK, legend_labels, style_for, style_key

TITLE_TEMPLATE = """
<h1>{{ title }}</h1>
<div class="am-subtitle">{{ date }}{% if launch %} · launch {{ launch }}{% endif %}</div>
"""

TIMELINE_TEMPLATE = """
<details open>
<summary><h2 id="{{ panel_id }}-h">Timeline</h2></summary>
<ol class="am-timeline-list" aria-labelledby="{{ panel_id }}-h">
{% for item in items %}
<li><button type="button" class="am-timeline-item" data-am-target="{{ item.id }}">
<span class="am-time">{{ item.local }}</span> <span class="am-utc">({{ item.utc }})</span>
<span class="am-event">{{ item.label }}: {{ item.name }}</span>
{% if item.detail %}<span class="am-detail">{{ item.detail }}</span>{% endif %}</button></li>
{% endfor %}
</ol>
<div class="am-tz">Times {{ zone }}; UTC in brackets.</div>
</details>
"""

LEGEND_TEMPLATE = """
<details open data-am-collapse-small>
<summary><h2>Legend</h2></summary>
{% for row in rows %}
<div class="am-legend-row">
<svg width="28" height="16" aria-hidden="true">
{% if row.shape == "area" %}
<rect x="2" y="3" width="24" height="10" fill="{{ row.fill }}" fill-opacity="{{ row.fill_opacity }}"
 stroke="{{ row.color }}" stroke-width="{{ row.weight }}" stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "line" %}
<line x1="1" y1="8" x2="27" y2="8" stroke="{{ row.color }}" stroke-width="{{ row.weight }}"
 stroke-dasharray="{{ row.dash }}"/>
{% elif row.shape == "triangle" %}
<polygon points="14,1 22,15 6,15" fill="{{ row.fill }}" stroke="{{ row.color }}"
 stroke-width="1.5"/>
{% else %}
<circle cx="14" cy="8" r="5" fill="{{ row.fill }}" stroke="{{ row.color }}" stroke-width="2"/>
{% endif %}
</svg>
<span>{{ row.label }}</span>
</div>
{% endfor %}
{% if events %}
<h3>Events</h3>
{% for e in events %}
<div class="am-legend-row"><svg width="28" height="16" aria-hidden="true"><line x1="1" y1="8"
 x2="27" y2="8" stroke="{{ e.colour }}" stroke-width="4"/></svg><span>{{ e.name }}</span></div>
{% endfor %}
{% endif %}
<div class="am-legend-row am-basis">Dashed or dotted outlines: schematic or approximate.</div>
</details>
"""

NOTES_TEMPLATE = """
<details open data-am-collapse-small>
<summary><h2>Notes and statements</h2></summary>
{% if notes %}<ul>{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul>{% endif %}
{% for topic, items in statements %}
<h3>{{ topic }}</h3>
<ul>{% for s in items %}<li>{{ s.text }} <span class="am-attrib">({{ s.source.organisation }},
 {{ s.source.date }})</span></li>{% endfor %}</ul>
{% endfor %}
{% if checks %}
<details class="am-checks">
<summary><h3>Checks ({{ checks|length }})</h3></summary>
<ul>{% for c in checks %}<li>{{ c }}</li>{% endfor %}</ul>
</details>
{% endif %}
<div class="am-attrib">{{ basemap }} Made with alertmap.</div>
</details>
"""

_LINE_KINDS = {"track", "gate", "range_ring"}

#: Times shown in the timeline: what happened, not the notice windows or the track's ends.
TIMELINE_KINDS = {Kind.LAUNCH_SITE, Kind.WAYPOINT, Kind.FALL_AREA, Kind.ALERT_ZONE}


def utc_offset_text(t: dt.datetime) -> str:
    """'UTC+09:00' for a time with that offset."""
    offset = t.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def time_label(label: str) -> str:
    """A time's label as shown: its first letter capitalised, the rest as written.

    Examples
    --------
    >>> time_label("fell"), time_label("J-Alert: passed over")
    ('Fell', 'J-Alert: passed over')
    """
    return label[:1].upper() + label[1:]


def format_time(t: ReportedTime, timezone: str) -> str:
    """The time in the event's zone ``timezone`` (whatever offset it was reported with), and
    in UTC.

    Examples
    --------
    >>> pyongyang = dt.timezone(dt.timedelta(hours=8, minutes=30))
    >>> format_time(ReportedTime("launch", dt.datetime(2016, 6, 22, 5, 58, tzinfo=pyongyang)),
    ...             "+09:00")
    'about 2016-06-22 06:28 UTC+09:00 (21:28 UTC, 21 Jun)'
    """
    local = t.in_zone(timezone)
    utc = local.astimezone(dt.UTC)
    prefix = "about " if t.approximate else ""
    return (
        f"{prefix}{local:%Y-%m-%d %H:%M} {utc_offset_text(local)} "
        f"({utc:%H:%M} UTC, {utc.day} {utc:%b})"
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


def timeline_items(event: Event) -> list[dict[str, Any]]:
    """Every reported time of the event, in order, with the feature it belongs to; times are
    shown in the event's zone (:attr:`~alertmap.layers.model.Event.timezone`).

    A J-Alert message shows its wording (``detail``); a predicted fall's message, and the
    correction that withdraws it, point at the predicted area. With several events overlaid,
    each item names its event and shows the date.
    """
    overlaid = len({layer.group for layer in event.layers if layer.group}) > 1
    predicted = _predicted_falls(event)
    rows = []
    for layer in event.layers:
        for f in layer.features:
            if f.kind not in TIMELINE_KINDS:
                continue
            for t, target, detail in _timeline_times(f, predicted, event.timezone):
                local_time = t.in_zone(event.timezone)
                utc = local_time.astimezone(dt.UTC)
                local = f"{local_time:%Y-%m-%d %H:%M}" if overlaid else f"{local_time:%H:%M}"
                rows.append(
                    (
                        utc,
                        {
                            "id": target.id,
                            "detail": detail,
                            "label": time_label(t.label),
                            "name": f"{layer.group}: {shown_name(t.label, target.name)}"
                            if overlaid and not target.name.startswith(layer.group)
                            else shown_name(t.label, target.name),
                            "local": local,
                            "utc": f"{utc:%H:%M} UTC",
                            "iso": t.iso(),
                        },
                    )
                )
    rows.sort(key=lambda r: r[0])
    return [r[1] for r in rows]


def _predicted_falls(event: Event) -> dict[AlertMessage, Feature]:
    """The predicted area drawn for each predicted-fall message."""
    return {
        f.messages[0]: f for f in event.features() if f.kind is Kind.PREDICTED_FALL and f.messages
    }


def _timeline_times(
    f: Feature, predicted: dict[AlertMessage, Feature], timezone: str
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
            when = f"{withdrawn_by[m].reported_time().in_zone(timezone):%H:%M}"
            detail = f"withdrawn at {when}: {detail}" if detail else f"withdrawn at {when}"
        if m.withdraws is not None:
            old = f.messages[m.withdraws - 1]
            target = predicted.get(old, f)
            when = f"{old.reported_time().in_zone(timezone):%H:%M}"
            withdrawn = f"withdraws the {when} message ({old.type.label.removeprefix('J-Alert: ')})"
            detail = f"{withdrawn}: {detail}" if detail else withdrawn
        out.append((t, target, detail))
    return out


def legend_rows(layers: Iterable[Layer]) -> list[dict[str, Any]]:
    """One row per style and wording in use, in layer order (hazard areas from published
    corners and approximate ones get a row each: :func:`~alertmap.maps.style.legend_labels`)."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for layer in layers:
        key = style_key(layer)
        st = style_for(key)
        shape = st.get("marker") or ("line" if key in _LINE_KINDS else "area")
        for label in legend_labels(layer):
            if (key, label) in seen:
                continue
            seen.add((key, label))
            rows.append(
                {
                    "shape": shape,
                    "label": label,
                    "color": st.get("color", BLACK),
                    "fill": st.get("fillColor", st.get("color", BLACK)),
                    "fill_opacity": st.get("fillOpacity", 0.2),
                    "weight": min(float(st.get("weight", 1)), 3.0),
                    "dash": st.get("dashArray", "none"),
                }
            )
    return rows


def statement_groups(event: Event) -> list[tuple[str, list[Any]]]:
    """Statements grouped by topic, in file order."""
    groups: dict[str, list[Any]] = {}
    for s in event.statements:
        groups.setdefault(s.topic or "Statements", []).append(s)
    return list(groups.items())


def launch_text(event: Event) -> str:
    """The launch time as shown in the title, or '' if none is reported."""
    for f in event.features():
        if f.kind is Kind.LAUNCH_SITE:
            for t in f.times:
                if t.label == "launch":
                    return format_time(t, event.timezone)
    return ""


def source_line(event: Event) -> str:
    """'Sources: A, 2023-08-24; B, 2023-08-24; ...': every source once, in order of use (see
    :meth:`alertmap.layers.model.Event.source_line`)."""
    return "Sources: " + event.source_line()
