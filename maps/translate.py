"""The map's text in its language, where it is made: the runtime's words, the popups' fields
and the checks (see :mod:`alertmap.maps.i18n` for the catalogues).

alertmap.layers writes its findings and descriptions in English; the map shows them in its
language from their structure (the checks: :func:`check_lines`) or their message ids (the
popups' fields: :func:`translated_properties`), so the layers stay language-free.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from alertmap.layers.checks import Findings, findings_lines
from alertmap.maps.i18n import Translator

#: The words the runtime (``alertmap.js``) writes, by their English text: the function ``T``
#: there looks each up in the table :func:`runtime_text` gives the page.
JS_MESSAGES = (
    "estimate: not stated by any source",
    "derived from a relative report",
    "approximate",
    "{label}:",
    "{label}: {text}",
    "Reported:",
    "How drawn:",
    "Note:",
    "Report:",
    "Sources:",
    "Source:",
    "[link]",
    " (approximate)",
    "North is up",
    "Timeline, layers, legend and notes",
    "Timeline",
    "Layers",
    "Legend",
    "Notes",
    "Online tiles ({name}) did not load: the map shows the bundled Natural Earth basemap.",
    "{h} h {min} min {s} s",
    "{min} min {s} s",
    "{s} s",
    "{time}, before launch",
    "{time}, after the end of the track",
    "{time}, {elapsed} after launch",
    "altitude {altitude} ({basis})",
    "not known",
    "modelled",
    "schematic",
    ", ",
    "Here:",
    "Play",
    "Pause",
    "Zoom in",
    "Zoom out",
)


def runtime_text(tr: Translator) -> dict[str, str]:
    """The runtime's words (:data:`JS_MESSAGES`) in ``tr``'s language, by their English text.

    Examples
    --------
    >>> from alertmap.maps.i18n import translator
    >>> runtime_text(translator("ko"))["Reported:"]
    '보고 내용:'
    """
    return {message: tr(message) for message in JS_MESSAGES}


def translated_properties(props: dict[str, Any], tr: Translator) -> None:
    """A feature's popup and tooltip properties (``props``, changed in place) in ``tr``'s
    language: its name and kind, how it was drawn, the notes and the reports' words and
    verdicts that alertmap.layers made; what the scenario wrote stays as written (or as the
    scenario gives it in the language)."""
    for key in ("name", "kind_label", "method"):
        if props.get(key):
            props[key] = tr.text(props[key])
    if props.get("reported"):
        props["reported"] = tr.scenario(props["reported"])
    if props.get("notes"):
        props["notes"] = tr.texts(props["notes"])
    if props.get("reports"):
        props["reports"] = [
            {**r, "report": tr.text(r["report"]), "verdict_text": tr.text(r["verdict"])}
            for r in props["reports"]
        ]


def check_lines(findings: Findings, tr: Translator) -> list[str]:
    """The notes panel's checks, one line each, in ``tr``'s language, in the order of
    :func:`alertmap.layers.checks.findings_lines` (which gives them in English): the falls
    against the notified areas, the land and islands under the flight, the J-Alerts and the
    reports about each fall are written from their findings; the rest (rarer findings) read
    back through the catalogue's patterns, and shown as alertmap.layers wrote them where none
    matches.

    Examples
    --------
    >>> from alertmap.layers.checks import IslandCheck
    >>> from alertmap.maps.i18n import translator
    >>> findings = Findings("e", (), (), (IslandCheck("Miyako Island", 129.1),), ())
    >>> check_lines(findings, translator("ja"))
    ['宮古島への最接近: 129.1 km']
    """
    if tr.english:
        return findings_lines(findings)
    lines: list[str] = []
    for f in findings.falls:
        lines.append(
            tr(
                "{fall}: {verdict} {area}{approximate}{distance} [{source}]",
                fall=tr.text(f.fall),
                verdict=tr.text(f.verdict),
                area=tr.text(f.hazard_area),
                approximate=tr(" (approximate area)") if f.hazard_approximate else "",
                distance="" if f.position_inside else tr(", {km} km", km=f"{f.distance_km:g}"),
                source=f.source,
            )
        )
    for n in findings.falls_not_listed:
        lines.append(
            tr(
                "{fall}: outside {count} more notified areas, each more than {km} km away "
                "(not listed)",
                fall=tr.text(n.fall),
                count=f"{n.count:,}",
                km=f"{n.beyond_km:g}",
            )
        )
    for x in findings.land:
        where = {"kind": tr.text(x.kind), "name": tr.place(x.name)}
        if x.under_track:
            lines.append(
                tr("Track over {kind} {name}: {km} km", **where, km=f"{x.track_over_km:g}")
            )
        else:
            lines.append(
                tr(
                    "Corridor over {kind} {name} (track {km} km away)",
                    **where,
                    km=f"{x.closest_km:g}",
                )
            )
    for i in findings.islands:
        lines.append(
            tr("Closest approach to {name}: {km} km", name=tr.place(i.name), km=f"{i.closest_km:g}")
        )
    comma = tr(", ")
    for a in findings.alerts:
        lines.append(
            tr(
                "{alert}: alerted {alerted}; under the corridor {under}: {verdict}",
                alert=tr.text(a.alert),
                alerted=comma.join(tr.place(n) for n in a.alerted) or tr("none"),
                under=comma.join(tr.place(n) for n in a.under_corridor) or tr("none"),
                verdict=tr("match") if a.matches else tr("differ"),
            )
        )
    rest = dataclasses.replace(
        findings, falls=(), falls_not_listed=(), land=(), islands=(), alerts=(), reports=()
    )
    lines += tr.texts(findings_lines(rest))
    lines.extend(
        tr(
            "{fall}: report '{report}' [{source}]: {verdict}",
            fall=tr.text(x.fall),
            report=tr.text(x.report),
            source=x.source,
            verdict=tr.text(x.verdict),
        )
        for x in findings.reports
        if x.area or not x.verdict.startswith("agrees")
    )
    return lines
