// alertmap: the page of a catalogue (many launches on one map, a layer group per year; see
// maps.elements.CatalogueView, which writes this script into catalogue pages only).
//
// * A filter of the years shown (two lists, "from" and "to", in the legend): the layers of the
//   years outside it leave the map, and with them their rows of the timeline; the legend's
//   rows follow the layers drawn (alertmap.js counts them).
// * Falls: zoomed out (below config.sectorZoom) each fall is a circle at its drawn position,
//   sized by its reported range, instead of its sector; from that zoom on, its sector. A
//   circle opens the same popup and tooltip as the sector.
// Everything shown is text set through textContent; nothing is loaded from the network.
(function () {
  "use strict";

  // the circle's radius in pixels: its area grows with the reported range, from 3 px (a
  // short flight) to 12 px (10,000 km and beyond); 4 px when no range was reported
  function radius(km) {
    if (typeof km !== "number") { return 4; }
    return Math.max(3, Math.min(12, 3 + 9 * Math.sqrt(km / 10000)));
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // one circle per fall, in the order of the layer's features (maps.compose.fall_dots)
  function dotsOf(features, dots) {
    var group = L.featureGroup();
    var sectors = features.getLayers();
    dots.forEach(function (d, i) {
      var sector = sectors[i] || null;
      var o = sector ? sector.options : {};
      var dot = L.circleMarker([d[0], d[1]], {
        radius: radius(d[2]), color: o.color || "#333", weight: 1.5,
        fillColor: o.fillColor || o.color || "#333", fillOpacity: 0.55, opacity: 0.9,
        pane: o.pane || "overlayPane", className: "am-fall-dot"
      });
      if (sector && sector.getPopup()) {
        dot.bindPopup(sector.getPopup().getContent(), { maxWidth: 380 });
      }
      if (sector && sector.getTooltip()) {
        dot.bindTooltip(sector.getTooltip().getContent(), { sticky: true, direction: "top" });
      }
      dot.addTo(group);
    });
    return group;
  }

  function setup(map, config, pairs) {
    var entries = pairs.map(function (pair, i) {
      var layer = config.layers[i];
      var entry = { group: pair[0], features: pair[1], year: layer.year, dots: null,
                    filtered: false };
      if (layer.dots && layer.dots.length) { entry.dots = dotsOf(pair[1], layer.dots); }
      return entry;
    });
    var falls = entries.filter(function (e) { return e.dots; });
    var state = { map: map, config: config, entries: entries, falls: falls, points: null };

    function zoomedOut() { return map.getZoom() < config.sectorZoom; }

    // circles or sectors, by zoom, in each layer group of falls (the layer list and the
    // filter switch the group: both follow)
    function drawFalls() {
      var points = zoomedOut();
      state.points = points;
      falls.forEach(function (e) {
        var show = points ? e.dots : e.features, hide = points ? e.features : e.dots;
        if (e.group.hasLayer(hide)) { e.group.removeLayer(hide); }
        if (!e.group.hasLayer(show)) { e.group.addLayer(show); }
      });
      var note = map.getContainer().querySelector(".am-fall-dots");
      if (note) { note.hidden = !points; }
    }

    // the sectors are added to their groups when the map is ready (alertmap.ready): the
    // state of the zoom then decides
    falls.forEach(function (e) {
      e.group.on("layeradd", function (ev) {
        if (ev.layer === e.features && state.points) { e.group.removeLayer(e.features); }
      });
    });
    state.points = zoomedOut();
    falls.forEach(function (e) { if (state.points) { e.group.addLayer(e.dots); } });
    map.on("zoomend", drawFalls);

    addFilter(state);
    return state;
  }

  function setYears(state, from, to) {
    var map = state.map, config = state.config;
    state.entries.forEach(function (e) {
      var shown = e.year >= from && e.year <= to;
      if (!shown && map.hasLayer(e.group)) {
        map.removeLayer(e.group);
        e.filtered = true;  // hidden by the filter, so shown again by it
      } else if (shown && e.filtered) {
        map.addLayer(e.group);
        e.filtered = false;
      }
    });
    (state.yearRows || []).forEach(function (r) { r.row.hidden = !(r.year >= from && r.year <= to); });
    map.getContainer().querySelectorAll(".am-timeline button[data-am-target]").forEach(function (b) {
      var year = config.timeline[b.getAttribute("data-am-target")];
      if (year === undefined) { return; }
      var row = b.parentNode && b.parentNode.tagName === "LI" ? b.parentNode : b;
      row.hidden = !(year >= from && year <= to);
    });
    var launches = 0, years = 0;
    config.years.forEach(function (y) {
      if (y >= from && y <= to) { launches += config.launches[y] || 0; years += 1; }
    });
    if (state.status) {
      state.status.textContent = (from === to ? from : from + "\u2013" + to) + ": " +
        launches.toLocaleString("en") + (launches === 1 ? " launch" : " launches") +
        (years < config.years.length ? " shown" : "");
    }
  }

  // the filter and the circles' key, in the legend (so they fold with it, and go into the
  // sheet on a small screen)
  function addFilter(state) {
    var map = state.map, years = state.config.years;
    var legend = map.getContainer().querySelector(".am-legend details") ||
      map.getContainer().querySelector(".am-legend");
    if (!legend || !years.length) { return; }
    // a few years each have a row of the legend (its colour and its name; many share a ramp)
    state.yearRows = [];
    legend.querySelectorAll(".am-legend-row:not(.am-legend-ramp)").forEach(function (row) {
      var name = row.querySelector("span");
      if (name && row.querySelector("svg line") && years.indexOf(name.textContent) >= 0) {
        state.yearRows.push({ row: row, year: name.textContent });
      }
    });
    var key = el("div", "am-legend-row am-fall-dots");
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    [[7, 4], [19, 7]].forEach(function (c) {
      var circle = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      circle.setAttribute("cx", String(c[0]));
      circle.setAttribute("cy", "8");
      circle.setAttribute("r", String(c[1]));
      circle.setAttribute("fill", "#777");
      circle.setAttribute("fill-opacity", "0.55");
      circle.setAttribute("stroke", "#333");
      svg.appendChild(circle);
    });
    key.appendChild(svg);
    key.appendChild(el("span", "", "Fall position, sized by the reported range (sectors from zoom " +
                                   state.config.sectorZoom + ")"));
    key.hidden = !state.points;
    legend.appendChild(key);

    var box = el("div", "am-year-filter");
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Years shown");
    box.appendChild(el("h3", "", "Years shown"));
    var row = el("div", "am-year-filter-row");
    function choice(text, cls, selected) {
      var label = el("label", "am-year-" + cls);
      label.appendChild(el("span", "", text + " "));
      var select = el("select");
      select.setAttribute("data-am-year", cls);
      years.forEach(function (y) {
        var option = el("option", "", y);
        option.value = y;
        option.selected = y === selected;
        select.appendChild(option);
      });
      label.appendChild(select);
      row.appendChild(label);
      return select;
    }
    var from = choice("From", "from", years[0]);
    var to = choice("to", "to", years[years.length - 1]);
    box.appendChild(row);
    state.status = el("div", "am-year-status");
    state.status.setAttribute("aria-live", "polite");
    box.appendChild(state.status);
    legend.appendChild(box);
    function apply(changed) {
      // "from" after "to" moves the other end with it
      if (from.value > to.value) { (changed === from ? to : from).value = changed.value; }
      setYears(state, from.value, to.value);
    }
    from.addEventListener("change", function () { apply(from); });
    to.addEventListener("change", function () { apply(to); });
    if (L.DomEvent) {
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
    }
    state.from = from;
    state.to = to;
    setYears(state, from.value, to.value);
  }

  window.alertmapCatalogue = {
    setup: setup, radius: radius,
    // the years shown, as the filter sets them (for a script or a test)
    show: function (state, from, to) {
      state.from.value = from;
      state.to.value = to;
      setYears(state, from, to);
    }
  };
})();
