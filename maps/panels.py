"""The panels around the map: title, timeline, legend, notes, and the source line.

Templates are rendered by :data:`maps.elements.PANEL_ENV`, which autoescapes every value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from alertmap.layers.model import Event, Kind, Layer, ReportedTime
from alertmap.maps.style import BLACK, legend_label, style_for, style_key

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
<span class="am-event">{{ item.label }}: {{ item.name }}</span></button></li>
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


def format_time(t: ReportedTime) -> str:
    """'about 2023-08-24 03:58 UTC+09:00 (18:58 UTC, 23 Aug)'."""
    local = t.time
    utc = local.astimezone(dt.UTC)
    prefix = "about " if t.approximate else ""
    return (
        f"{prefix}{local:%Y-%m-%d %H:%M} {utc_offset_text(local)} "
        f"({utc:%H:%M} UTC, {utc.day} {utc:%b})"
    )


def timeline_items(event: Event) -> list[dict[str, Any]]:
    """Every reported time of the event, in order, with the feature it belongs to.

    With several events overlaid, each item names its event and shows the date.
    """
    overlaid = len({layer.group for layer in event.layers if layer.group}) > 1
    rows = []
    for layer in event.layers:
        for f in layer.features:
            if f.kind not in TIMELINE_KINDS:
                continue
            for t in f.times:
                utc = t.time.astimezone(dt.UTC)
                local = f"{t.time:%Y-%m-%d %H:%M}" if overlaid else f"{t.time:%H:%M}"
                rows.append(
                    (
                        utc,
                        {
                            "id": f.id,
                            "label": t.label.capitalize(),
                            "name": f"{layer.group}: {f.name}"
                            if overlaid and not f.name.startswith(layer.group)
                            else f.name,
                            "local": local,
                            "utc": f"{utc:%H:%M} UTC",
                            "iso": t.iso(),
                        },
                    )
                )
    rows.sort(key=lambda r: r[0])
    return [r[1] for r in rows]


def legend_rows(layers: Iterable[Layer]) -> list[dict[str, Any]]:
    """One row per style in use, in layer order."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for layer in layers:
        key = style_key(layer)
        if key in seen:
            continue
        seen.add(key)
        st = style_for(key)
        shape = st.get("marker") or ("line" if key in _LINE_KINDS else "area")
        rows.append(
            {
                "shape": shape,
                "label": legend_label(layer),
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
                    return format_time(t)
    return ""


def source_line(event: Event) -> str:
    """'Sources: A, 2023-08-24; B, 2023-08-24; ...': every source once, in order of use (see
    :meth:`alertmap.layers.model.Event.source_line`)."""
    return "Sources: " + event.source_line()
