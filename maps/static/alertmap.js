/* alertmap runtime: draws sourced features with Leaflet and shows their text safely.
 * Every string that came from a scenario or data file reaches the page through
 * textContent or a DOM attribute, never through innerHTML. */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // The map's own words in its language (maps.i18n, given by maps.frame: setText), by their
  // English text; English, or a map without a table, shows the key itself. ``params`` fill
  // the message's {fields} (each as text).
  function T(map, key, params) {
    var table = (map && map._amText) || {};
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    Object.keys(params || {}).forEach(function (k) {
      text = text.split("{" + k + "}").join(String(params[k]));
    });
    return text;
  }

  // the table of the map's words; Leaflet's own zoom buttons are named in it too
  function setText(map, table) {
    map._amText = table;
    var zoom = map.zoomControl;
    [[zoom && zoom._zoomInButton, "Zoom in"], [zoom && zoom._zoomOutButton, "Zoom out"]]
      .forEach(function (b) {
        if (!b[0]) { return; }
        b[0].title = T(map, b[1]);
        b[0].setAttribute("aria-label", T(map, b[1]));
      });
  }

  function safeUrl(url) {
    return (typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url)) ? url : null;
  }

  function row(parent, label, text, cls) {
    if (!text) { return; }
    var r = el("div", "am-row " + (cls || ""));
    r.appendChild(el("span", "am-label", label));
    r.appendChild(document.createTextNode(" "));
    r.appendChild(el("span", "am-value", text));
    parent.appendChild(r);
  }

  function status(p, map) {
    var parts = [p.kind_label];
    if (p.basis === "inferred") { parts.push(T(map, "estimate: not stated by any source")); }
    else if (p.basis === "derived") { parts.push(T(map, "derived from a relative report")); }
    if (p.approximate) { parts.push(T(map, "approximate")); }
    return parts.join(" \u00b7 ");
  }

  function popupNode(p, map) {
    var root = el("div", "am-popup");
    root.appendChild(el("div", "am-popup-title", p.name));
    root.appendChild(el("div", "am-popup-status", status(p, map)));
    (p.times_display || []).forEach(function (t) {
      row(root, T(map, "{label}:", { label: t.label }), t.text, "am-time");
    });
    row(root, T(map, "Reported:"), p.reported);
    row(root, T(map, "How drawn:"), p.method);
    (p.notes || []).forEach(function (n) { row(root, T(map, "Note:"), n); });
    (p.profile_rows || []).forEach(function (r) { row(root, r.label, r.text, "am-profile-row"); });
    (p.reports || []).forEach(function (r) {
      row(root, T(map, "Report:"), r.report + " [" + r.source + "]: " + (r.verdict_text || r.verdict),
          r.verdict.indexOf("contradicts") === 0 ? "am-disagrees" : "");
    });
    var list = el("div", "am-sources");
    list.appendChild(el("div", "am-label",
                        T(map, (p.sources || []).length > 1 ? "Sources:" : "Source:")));
    (p.sources || []).forEach(function (s) {
      var item = el("div", "am-source");
      item.appendChild(el("span", null, s.organisation + ", " + s.date));
      var url = safeUrl(s.url);
      if (url) {
        item.appendChild(document.createTextNode(" "));
        var a = el("a", null, T(map, "[link]"));
        a.setAttribute("href", url);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer");
        a.setAttribute("title", url);
        item.appendChild(a);
      }
      if (s.quote) { item.appendChild(el("div", "am-quote", "\u201c" + s.quote + "\u201d")); }
      list.appendChild(item);
    });
    root.appendChild(list);
    return root;
  }

  function tooltipNode(p, map) {
    var root = el("div", "am-tooltip");
    root.appendChild(el("div", "am-tooltip-title",
                        p.name + (p.approximate ? T(map, " (approximate)") : "")));
    var first = (p.times_display || [])[0];
    if (first) {
      root.appendChild(el("div", null, T(map, "{label}: {text}", { label: first.label, text: first.text })));
    }
    var source = sourceShort(p);
    if (source) { root.appendChild(el("div", "am-tooltip-source", source)); }
    return root;
  }

  var SVG = "http://www.w3.org/2000/svg";
  // (an approximate site's outline dashed: style.approximateDash, from maps/style.py)
  function markerIcon(style, cls, approximate) {
    var size = 2 * (style.radius || 8) + 4;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    var shape = document.createElementNS(SVG, "polygon");
    var h = size - 2;
    shape.setAttribute("points", (size / 2) + ",1 " + (size - 1) + "," + h + " 1," + h);
    // colours come from the kind's style (maps/style.py), never from here
    if (style.fillColor) { shape.setAttribute("fill", style.fillColor); }
    if (style.color) { shape.setAttribute("stroke", style.color); }
    shape.setAttribute("stroke-width", style.weight || 1.5);
    if (approximate && style.approximateDash) {
      shape.setAttribute("stroke-dasharray", style.approximateDash);
    }
    svg.appendChild(shape);
    var wrap = el("div");
    wrap.appendChild(svg);
    return L.divIcon({ html: wrap, className: "am-marker " + cls, iconSize: [size, size],
                       iconAnchor: [size / 2, size / 2] });
  }

  // Each map finds its own features by id (map._amFeatures): two maps on one page (fragments
  // of different events) can show features with the same id, and a timeline opens the one
  // in its own map. A feature is registered when it is added to a map.
  function featuresOf(map) {
    if (!map._amFeatures) { map._amFeatures = {}; }
    return map._amFeatures;
  }

  // The feature with this id in ``map``, or, without a map, in the first map that has one.
  function findFeature(id, map) {
    if (map) { return featuresOf(map)[id] || null; }
    for (var i = 0; i < maps.length; i++) {
      var lyr = featuresOf(maps[i])[id];
      if (lyr) { return lyr; }
    }
    return null;
  }

  // Layers made but not yet on the map: they are added together in ready(), after the panels
  // and the layer control, so that the browser lays the page out once with everything drawn
  // instead of once per control that measures itself.
  var pending = [];
  // below this map height the notes and legend start folded, so panels do not overlap
  var SMALL_FRAME_PX = 640;
  // the least room for an open legend, and the height of a folded panel (its title)
  var LEGEND_MIN_PX = 80, FOLDED_PANEL_PX = 30;

  // Panels share the map's height (sizes come from the map, not the window, which in an embed
  // is the host page's): on the left the top panel takes up to 55 % and the bottom one what is
  // left above the scale bar; on the right an open layer list stops 50 px above the map's foot
  // and the legend keeps below the title and layer control. This runs when the browser has laid
  // the page out (a ResizeObserver callback comes after layout and before paint), and reads
  // every size before it writes any, so it forces no extra layout while the page loads.
  function layoutPanels(map) {
    var container = map.getContainer();
    var switched = compactWanted(map) !== !!map._amCompact;
    if (switched) { setCompact(map, !map._amCompact); }  // the panels to or from the sheet
    // the view is fitted again for the new room: when the panels moved, and when the frame
    // has another size than it was fitted at and the reader has not moved the map (an iframe
    // laid out after its script ran, a window resized)
    var resized = map._amFitSize && !map.getSize().equals(map._amFitSize);
    if (map._amFit && (switched || (resized && !map._amUserMoved))) { fitAgain(map); }
    if (map._amCompact) {
      sizeSheet(map);
      map._amLaidOut = true;
      placeLabels(map);
      return;
    }
    var box = container.getBoundingClientRect();
    var height = container.clientHeight;
    var top = container.querySelector(".am-panel[data-am-corner='topleft']");
    var bottom = container.querySelector(".am-panel[data-am-corner='bottomleft']");
    var legend = container.querySelector(".am-panel[data-am-corner='bottomright']");
    var layers = map._amLayers;
    var leftBottom = map._controlCorners.topleft.getBoundingClientRect().bottom - box.top;
    var rightBottom = map._controlCorners.topright.getBoundingClientRect().bottom - box.top;
    var listTop = layers && layers._section
      ? layers.getContainer().getBoundingClientRect().top - box.top : null;
    // the altitude profile (addProfile) sits below the layer list: the list leaves it room
    var profile = container.querySelector(".am-panel.am-profile");
    var below = profile ? profile.getBoundingClientRect().height + 10 : 0;
    // what placing the labels reads, read now with the rest: while no panel changes size
    // below (the usual case: every panel fits its cap), it is still true after the writes
    var blocks = map._amLabelState ? readLayout(map) : null;
    var caps = [];
    function cap(node, px) { caps.push([node, Math.max(60, Math.floor(px)) + "px"]); }
    if (top) { cap(top, height * 0.55); }
    if (bottom) { cap(bottom, height - leftBottom - 70); }
    if (listTop !== null) {
      cap(layers._section, height - listTop - 50 - below);
      rightBottom = Math.min(rightBottom, height - 40);
    }
    // below the legend the attribution line (about 20 px), and around it two 10 px margins and
    // its own 6 px padding (max-height does not count padding). With too little room left
    // (a short frame with the altitude profile) the legend folds, and with too little for its
    // title the profile too: a folded panel keeps its title, which a tap opens.
    if (legend) {
      var room = height - rightBottom - 56;
      var key = legend.querySelector("details[open]");
      if (room < LEGEND_MIN_PX && key) { key.open = false; blocks = null; }
      var chart = profile && profile.querySelector("details[open]");
      if (room < FOLDED_PANEL_PX && chart && !map._amFoldedForLegend) {
        map._amFoldedForLegend = true;
        chart.open = false;
        blocks = null;
        room += below - 10 - FOLDED_PANEL_PX;
      }
      cap(legend, room);
    }
    // a cap changes a panel's size when it is lower than the panel's height, or when the
    // panel is held by a cap now (its content overflows) and the cap changes; read first,
    // then written
    var resizes = caps.map(function (c) {
      var node = c[0], now = node.style.maxHeight;
      return now !== c[1] && (node.clientHeight > parseFloat(c[1]) ||
                              (now !== "" && node.scrollHeight > node.clientHeight));
    });
    caps.forEach(function (c, i) {
      if (resizes[i]) { blocks = null; }
      c[0].style.maxHeight = c[1];
    });
    map._amLaidOut = true;
    placeLabels(map, blocks);  // once the panels have their sizes
  }

  function watchLayout(map) {
    if (map._amLayout) { return; }
    map._amLayout = function () { layoutPanels(map); };
    if (window.ResizeObserver) {
      // the map's size and the top-left panels' heights are what the layout depends on; what
      // it changes (the other panels' heights) is not watched, so it settles in one pass
      var observer = new ResizeObserver(map._amLayout);
      observer.observe(map.getContainer());
      observer.observe(map._controlCorners.topleft);
    } else {
      map.on("resize", map._amLayout);
      map.getContainer().addEventListener("toggle", map._amLayout, true);
      map.whenReady(map._amLayout);
    }
  }

  // Leaflet's layer control measures its list whenever it opens, which during loading forces a
  // layout before anything is drawn; until the page is laid out it only opens, and
  // layoutPanels caps the list's height.
  // It is also cubic in the number of layers (Leaflet 1.9): building the list adds one entry at
  // a time and, after each, checks every entry so far, finding each entry's layer by a search
  // through all of them (a 2,000-layer page spent 19 s there). Here a layer is found by its id
  // in a table, and the entries are checked once, after the whole list is built.
  var Layers = L.Control.Layers.prototype;
  var LayerList = L.Control.Layers.extend({
    expand: function () {
      if (this._map && this._map._amLaidOut) {
        return Layers.expand.call(this);
      }
      L.DomUtil.addClass(this._container, "leaflet-control-layers-expanded");
      return this;
    },

    _getLayer: function (id) {
      if (!this._amById) {
        var byId = {};
        this._layers.forEach(function (obj) { byId[L.stamp(obj.layer)] = obj; });
        this._amById = byId;
      }
      return this._amById[id];
    },

    _addLayer: function (layer, name, overlay) {
      this._amById = null;
      return Layers._addLayer.call(this, layer, name, overlay);
    },

    removeLayer: function (layer) {
      this._amById = null;
      return Layers.removeLayer.call(this, layer);
    },

    _update: function () {
      this._amBuilding = true;
      try {
        Layers._update.call(this);
      } finally {
        this._amBuilding = false;
      }
      if (this._map && this._container) { this._checkDisabledLayers(); }
      return this;
    },

    _checkDisabledLayers: function () {
      if (!this._amBuilding) { Layers._checkDisabledLayers.call(this); }
    },

    // an entry for several layers, some of them shown and some not, is neither ticked nor not
    _addItem: function (obj) {
      var label = Layers._addItem.call(this, obj);
      if (obj.layer instanceof LayerSet && !this._map.hasLayer(obj.layer)) {
        var input = this._layerControlInputs[this._layerControlInputs.length - 1];
        input.indeterminate = obj.layer.someShown(this._map);
      }
      return label;
    }
  });

  // Many layers switched as one, for one entry of the layer list (maps.elements.LayerList):
  // on the map when every one of them is; adding it adds them all, removing it removes them.
  var LayerSet = L.Layer.extend({
    initialize: function (members) { this._members = members; },
    onAdd: function (map) {
      this._members.forEach(function (m) { map.addLayer(m); });
    },
    onRemove: function (map) {
      this._members.forEach(function (m) { map.removeLayer(m); });
    },
    someShown: function (map) {
      return this._members.some(function (m) { return map.hasLayer(m); });
    }
  });

  function layerSet(map, members) {
    var set = new LayerSet(members);
    if (members.every(function (m) { return map.hasLayer(m); })) { map.addLayer(set); }
    return set;
  }

  function addLayerControl(map, baseLayers, overlays, options) {
    var control = new LayerList(baseLayers, overlays, options).addTo(map);
    map._amLayers = control;
    watchLayout(map);
    decideCompact(map);
    if (map._amCompact) { toSheet(map, control.getContainer()); }
    return control;
  }

  function openFeature(id, what, inMap) {
    var lyr = findFeature(id, inMap);
    if (!lyr) { return false; }
    var map = lyr._map;
    if (!map) { return false; }
    if (what === "tooltip") {
      lyr.openTooltip();
    } else {
      map.closePopup();
      lyr.openPopup();
    }
    return true;
  }

  // Texts several features of a layer share are written once, in data.text, and each
  // feature's property holds its index there (maps/compose.py, shared_text): put them back.
  var SHARED_TEXT_KEYS = ["kind_label", "method", "basis"];
  function sharedText(p, shared) {
    if (!p) { return; }
    SHARED_TEXT_KEYS.forEach(function (key) {
      if (typeof p[key] === "number") { p[key] = String(shared[p[key]]); }
    });
  }

  // The tooltip's source line: the organisations of the feature's sources.
  function sourceShort(p) {
    return (p.sources || []).map(function (s) { return s.organisation; }).join("; ");
  }

  // One layer of features: lines and areas as FeaturePath (below), points as markers. Popups
  // and tooltips are built from text nodes when first opened.
  function addFeatures(target, data, opts, now) {
    var style = opts.style || {};
    var interactive = opts.interactive !== false;
    var pane = opts.pane || "overlayPane";
    var layer = L.featureGroup();
    var shared = data.text || [];
    data.features.forEach(function (feature) {
      var shape = feature.shape;
      sharedText(feature.properties, shared);
      var lyr;
      if (shape.point) {
        lyr = style.marker === "triangle"
          ? L.marker(shape.point, { icon: markerIcon(style, style.className || "",
                                                     !!(feature.properties || {}).approximate),
                                    keyboard: true,
                                    title: "", pane: "markerPane", interactive: interactive })
          : L.circleMarker(shape.point, L.extend({ pane: pane, interactive: interactive }, style));
      } else {
        lyr = new FeaturePath(shape, data.bits, L.extend({ pane: pane, interactive: interactive,
                                                             fill: shape.area }, style));
      }
      lyr.addTo(layer);
      if (!interactive) { return; }
      var p = feature.properties || {};
      lyr.bindPopup(function () { return popupNode(p, lyr._map); }, { maxWidth: 380 });
      lyr.bindTooltip(function () { return tooltipNode(p, lyr._map); },
                      { sticky: true, direction: "top" });
      lyr.on("add", function () {
        if (p.id) { featuresOf(lyr._map)[p.id] = lyr; }
        var node = lyr.getElement ? lyr.getElement() : null;
        if (node) { node.setAttribute("data-am-id", p.id || ""); }
      });
      if (feature.profile && !shape.point) {
        addTrajectory(layer, shape, data.bits, feature.profile, p, pane);
      }
    });
    if (opts.legend && opts.legend.length) {
      layer.on("add", function () { countLegend(layer._map, opts.legend, 1); });
      layer.on("remove", function () { countLegend(layer._map, opts.legend, -1); });
    }
    if (now) { layer.addTo(target); } else { pending.push([layer, target]); }
    return layer;
  }

  // The legend lists what is drawn: a row (data-am-legend, written hidden) is shown while a
  // layer drawn with it is on the map (maps.panels.legend_key).
  function countLegend(map, keys, step) {
    if (!map || !map.getContainer) { return; }
    if (!map._amLegend) {
      map._amLegend = { counts: {}, rows: {} };
      map.getContainer().querySelectorAll("[data-am-legend]").forEach(function (row) {
        var key = row.getAttribute("data-am-legend");
        (map._amLegend.rows[key] = map._amLegend.rows[key] || []).push(row);
      });
    }
    var legend = map._amLegend;
    keys.forEach(function (key) {
      legend.counts[key] = (legend.counts[key] || 0) + step;
      (legend.rows[key] || []).forEach(function (row) { row.hidden = legend.counts[key] <= 0; });
    });
  }

  // The basemap arrives as one SVG path in integer Web Mercator world units, 2^bits across
  // the world from its north-west corner (maps.elements.svg_path). It is drawn as sent,
  // already simplified to the screen: the only thing that changes with zoom and pan is one
  // transform from those units to the renderer's pixels, so no vertex passes through script.
  // (It needs Leaflet's SVG renderer, which the map uses: preferCanvas is off.)
  var OutlinePath = L.Path.extend({
    options: { fill: true, interactive: false },

    initialize: function (path, bits, options) {
      L.setOptions(this, options);
      this._d = path;
      this._units = Math.pow(2, bits);
    },

    // Leaflet's EPSG:3857 puts the world's north-west corner at pixel 0 and spans
    // crs.scale(zoom) pixels; the renderer draws in pixels relative to the pixel origin
    _project: function () {
      var map = this._map;
      var s = map.options.crs.scale(map.getZoom()) / this._units;
      var origin = map.getPixelOrigin();
      this._transform = "matrix(" + [s, 0, 0, s, -origin.x, -origin.y].join(" ") + ")";
    },

    _update: function () {
      if (!this._map) { return; }
      var path = this._path;
      if (!path.hasAttribute("d")) {  // a new element each time the layer is added
        path.setAttribute("d", this._d);
        path.setAttribute("vector-effect", "non-scaling-stroke");  // weight in screen pixels
      }
      path.setAttribute("transform", this._transform);
    },

    _containsPoint: function () { return false; },
    _updateBounds: function () {}  // setStyle({weight}) calls it; the path has no pixel bounds
  });

  // A feature's line or area, drawn like the basemap, with the bounds and centre (a point on
  // the shape, from maps.elements.feature_shape) that Leaflet uses to pan to it and to open
  // its popup when it is chosen in the timeline.
  var FeaturePath = OutlinePath.extend({
    initialize: function (shape, bits, options) {
      OutlinePath.prototype.initialize.call(this, shape.path, bits, options);
      this._bounds = L.latLngBounds(shape.bounds);
      this._centre = L.latLng(shape.centre);
    },
    getBounds: function () { return this._bounds; },
    getCenter: function () { return this._centre; }
  });

  function outlineLayer(outline, opts) {
    return new OutlinePath(outline.path, outline.bits,
                           L.extend({ pane: opts.pane || "overlayPane" }, opts.style || {}));
  }

  // The basemap comes at two levels of detail: an outline within about a pixel up to zoom
  // detailZoom, drawn first, and a finer one drawn instead from that zoom on: at once for a
  // large frame, or when the map is zoomed in.
  function addOutlines(target, outline, opts, detail, detailZoom) {
    // the coarse outline is also the inset locator map's (addInset)
    target._amOutline = { outline: outline, style: opts.style || {} };
    function fine() {
      target.getContainer().setAttribute("data-am-detail", "fine");
      return outlineLayer(detail, opts);
    }
    var first = detail && target.getZoom() >= detailZoom ? fine() : outlineLayer(outline, opts);
    pending.push([first, target]);
    if (!detail || target.getZoom() >= detailZoom) { return first; }
    target.getContainer().setAttribute("data-am-detail", "coarse");
    function sharpen() {
      if (target.getZoom() < detailZoom) { return; }
      target.off("zoomend", sharpen);
      fine().addTo(target);
      target.removeLayer(first);
    }
    target.on("zoomend", sharpen);
    return first;
  }

  // Text labels at points (sea names, places): placed with the callouts, after them (see
  // placeLabels), in the same pane. A name near the fitted view is laid out unseen with the
  // page, and measured then; the others (most of a region's seas) join the page when the view
  // comes near them, so the first frame lays out only what it can show.
  function addLabels(target, labels, cls) {
    var st = labelState(target);
    var near = target._loaded ? target.getBounds().pad(0.1) : null;
    labels.forEach(function (lb) {
      var kind = lb.kind || "sea";
      var node = el("div", "am-place-label am-measuring am-label-" + kind + (cls ? " " + cls : ""));
      node.appendChild(el("div", null, lb.text));
      var lab = { lb: lb, node: node, kind: kind, size: null };
      if (!near || lb.points.some(function (p) { return near.contains(p); })) { st.pane.appendChild(node); }
      st.labels.push(lab);
    });
    st.labels.sort(function (a, b) { return LABEL_ORDER[a.kind] - LABEL_ORDER[b.kind]; });
  }

  function addPanel(map, id, position) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    var control = L.control({ position: position });
    control.onAdd = function () {
      node.hidden = false;
      L.DomEvent.disableClickPropagation(node);
      L.DomEvent.disableScrollPropagation(node);
      return node;
    };
    control.addTo(map);
    node.setAttribute("data-am-corner", position);
    watchLayout(map);
    if (map.getSize().y < SMALL_FRAME_PX) {
      node.querySelectorAll("details[data-am-collapse-small]").forEach(function (d) {
        d.open = false;
      });
    }
    decideCompact(map);
    if (map._amCompact) { toSheet(map, node); }
    return control;
  }

  // A north arrow beside the scale bar, shown on paper and in a PNG (a static view): on
  // screen north is up and the map can be moved. Added before the scale bar, so that it
  // follows it in the corner.
  function addNorthArrow(map) {
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var node = el("div", "am-north");
      node.setAttribute("role", "img");
      node.setAttribute("aria-label", T(map, "North is up"));
      var svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("width", "20");
      svg.setAttribute("height", "30");
      svg.setAttribute("viewBox", "0 0 20 30");
      var arrow = document.createElementNS(SVG, "path");
      arrow.setAttribute("d", "M10 11 L16 29 L10 25 L4 29 Z");
      var n = document.createElementNS(SVG, "text");
      n.setAttribute("x", "10");
      n.setAttribute("y", "10");
      n.setAttribute("text-anchor", "middle");
      n.textContent = "N";
      svg.appendChild(n);
      svg.appendChild(arrow);
      node.appendChild(svg);
      return node;
    };
    return control.addTo(map);
  }

  // A static view (PNG): no control that only works on screen (zoom, the layer list, the
  // time control), as on paper; the north arrow and the inset locator map shown.
  function setStatic() {
    document.documentElement.classList.add("am-static");
    maps.forEach(function (m) {
      if (m.getSize().x < COMPACT_WIDTH) { stackBelow(m); }
    });
    refit();
  }

  // A static view narrower than COMPACT_WIDTH (a PNG for a phone or a narrow column) has no
  // room for the panels in the map's corners (they would cover each other and the event): the
  // timeline, the flight time, the legend and the notes are set below the map, one under
  // another and unfolded, the map keeping its height and the title its corner, and the page
  // grows taller to hold them (the PNG is the whole page: maps.browser).
  // Paper keeps its own layout (the frame's size set by the page's print style): printed
  // afterwards (maps.browser prints after the screenshot), the panels go back (unstack).
  var STACKED = ["am-timeline", "am-profile", "am-legend", "am-notes"];
  function stackBelow(map) {
    var container = map.getContainer();
    var frame = container.parentNode;
    if (!frame || map._amStacked) { return; }
    if (map._amCompact) { setCompact(map, false); }  // the panels back from the sheet first
    var below = el("div", "am-below");
    var moved = [];
    container.style.height = container.clientHeight + "px";
    frame.classList.add("am-stacked");
    STACKED.forEach(function (name) {
      container.querySelectorAll(".am-panel." + name).forEach(function (panel) {
        moved.push({ panel: panel, home: panel.parentNode, next: panel.nextSibling,
                     maxHeight: panel.style.maxHeight });
        panel.style.maxHeight = "";
        // unfolded as on paper, but for the list of checks (the HTML map and `alertmap check`
        // give it)
        panel.querySelectorAll("details:not(.am-checks)").forEach(function (d) { d.open = true; });
        below.appendChild(panel);
      });
    });
    frame.insertBefore(below, container.nextSibling);
    map._amStacked = { below: below, moved: moved };
    map.invalidateSize({ animate: false });
  }

  function unstack(map) {
    var stacked = map._amStacked;
    if (!stacked) { return; }
    map._amStacked = null;
    stacked.moved.forEach(function (m) {
      m.panel.style.maxHeight = m.maxHeight;
      m.home.insertBefore(m.panel, m.next && m.next.parentNode === m.home ? m.next : null);
    });
    stacked.below.remove();
    map.getContainer().style.height = "";
    map.getContainer().parentNode.classList.remove("am-stacked");
    map.invalidateSize({ animate: false });
  }

  // ---- The inset locator map (issue 15) -----------------------------------------------------
  // On paper and in a PNG (a static view) a small map at the foot of the top right corner's
  // panels shows where the view lies in the region: the area the map may be moved in (its
  // maxBounds, maps.compose.basemap_view), drawn from the basemap's coarse outline the page
  // already holds (addOutlines: nothing is loaded), with the view's rectangle on it. It is
  // made the first time the page is shown static or printed, and follows the view; on screen
  // (where the map moves and zooms) it is not shown (alertmap.css). Its width is a share of
  // the map's, between two bounds; its height follows the region's shape, up to its width
  // (a taller region is shown whole, centred, in that room); a view too small to see on it
  // is drawn as a rectangle of at least INSET_MIN_VIEW_PX each way, around its centre.
  var INSET_WIDTH_SHARE = 0.13, INSET_MIN_PX = 110, INSET_MAX_PX = 200, INSET_MIN_VIEW_PX = 4;

  // a point in the outline's units (2^bits across the world from its north-west corner, as
  // OutlinePath draws it): Leaflet's pixels at zoom 0 (256 across the world), scaled
  function insetPoint(map, latlng, units) {
    return map.project(latlng, 0).multiplyBy(units / 256);
  }

  function addInset(map) {
    if (map._amInset || !map._amOutline || !map.options.maxBounds) { return map._amInset || null; }
    var outline = map._amOutline.outline, style = map._amOutline.style;
    var units = Math.pow(2, outline.bits);
    var region = L.latLngBounds(map.options.maxBounds);
    var nw = insetPoint(map, region.getNorthWest(), units);
    var se = insetPoint(map, region.getSouthEast(), units);
    var node = el("div", "am-inset");
    node.setAttribute("role", "img");
    node.setAttribute("aria-label", "Inset: where the map's view lies in the region");
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", [nw.x, nw.y, se.x - nw.x, se.y - nw.y].join(" "));
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    var sea = document.createElementNS(SVG, "rect");
    sea.setAttribute("class", "am-inset-sea");
    sea.setAttribute("x", nw.x);
    sea.setAttribute("y", nw.y);
    sea.setAttribute("width", se.x - nw.x);
    sea.setAttribute("height", se.y - nw.y);
    var land = document.createElementNS(SVG, "path");
    land.setAttribute("class", "am-inset-land");
    land.setAttribute("d", outline.path);
    land.setAttribute("vector-effect", "non-scaling-stroke");
    // the basemap's colours (maps/style.py through maps.compose), never from here
    if (style.fillColor) { land.setAttribute("fill", style.fillColor); }
    if (style.color) { land.setAttribute("stroke", style.color); }
    var view = document.createElementNS(SVG, "rect");
    view.setAttribute("class", "am-inset-view");
    view.setAttribute("vector-effect", "non-scaling-stroke");
    svg.appendChild(sea);
    svg.appendChild(land);
    svg.appendChild(view);
    node.appendChild(svg);
    var control = L.control({ position: "topright" });
    control.onAdd = function () { return node; };
    control.addTo(map);
    map._amInset = { node: node, svg: svg, view: view, units: units, nw: nw, se: se };
    map.on("moveend zoomend resize", function () { updateInset(map); });
    updateInset(map);
    return map._amInset;
  }

  // the inset's size for the map's, and the view's rectangle on it
  function updateInset(map) {
    var inset = map._amInset;
    if (!inset) { return; }
    var rw = inset.se.x - inset.nw.x, rh = inset.se.y - inset.nw.y;
    var width = Math.round(Math.max(INSET_MIN_PX, Math.min(INSET_MAX_PX,
                                                           INSET_WIDTH_SHARE * map.getSize().x)));
    var height = Math.round(Math.min(width, width * rh / rw));
    inset.svg.setAttribute("width", width);
    inset.svg.setAttribute("height", height);
    var bounds = map.getBounds();
    var a = insetPoint(map, bounds.getNorthWest(), inset.units);
    var b = insetPoint(map, bounds.getSouthEast(), inset.units);
    var least = INSET_MIN_VIEW_PX / Math.min(width / rw, height / rh);  // in the outline's units
    var w = Math.max(b.x - a.x, least), h = Math.max(b.y - a.y, least);
    inset.view.setAttribute("x", (a.x + b.x - w) / 2);
    inset.view.setAttribute("y", (a.y + b.y - h) / 2);
    inset.view.setAttribute("width", w);
    inset.view.setAttribute("height", h);
  }

  // ---- Small screens and embeds (issue 15) ------------------------------------------------
  // A frame under COMPACT_WIDTH px wide, or under COMPACT_HEIGHT px tall and under
  // COMPACT_WIDE px wide (a wide, short embed keeps its panels in the corners, folded), is
  // compact: by its own size (a fragment's or an iframe's, not the window's). Its panels (the
  // timeline, the layers, the legend, the notes) go into a sheet along the foot of the map,
  // folded to a row of tabs (the altitude profile stays by the title, folded: addProfile); a tab opens its panel, at most SHEET_SHARE of the
  // frame with the title, so that the map keeps the rest. Tap targets are at least 44 px
  // (alertmap.css); a timeline entry folds the sheet and opens its feature's popup. Paper and
  // a PNG keep the panels in the corners.
  var COMPACT_WIDTH = 700, COMPACT_HEIGHT = 600, COMPACT_WIDE = 1100, SHEET_SHARE = 0.4;
  var COMPACT_PADDING = [[16, 64], [16, 60]];  // unless the page says (maps.compose)
  var SHEET_TABS = [
    ["am-timeline", "Timeline"], ["leaflet-control-layers", "Layers"], ["am-legend", "Legend"],
    ["am-notes", "Notes"]
  ];

  function printing() {
    return !!(window.matchMedia && window.matchMedia("print").matches) ||
      document.documentElement.classList.contains("am-static");
  }

  // compact by the frame's size, or narrower than an event was found to need beside its
  // panels (placeLabels)
  function compactWanted(map) {
    if (printing()) { return false; }
    var size = map.getSize();
    return size.x < COMPACT_WIDTH || (size.y < COMPACT_HEIGHT && size.x < COMPACT_WIDE) ||
      size.x < (map._amNeedsWidth || 0);
  }

  function sheetOf(map) {
    if (map._amSheet) { return map._amSheet; }
    var node = el("div", "am-sheet leaflet-control");
    node.setAttribute("role", "region");
    node.setAttribute("aria-label", T(map, "Timeline, layers, legend and notes"));
    var body = el("div", "am-sheet-body");
    body.hidden = true;  // folded
    var bar = el("div", "am-sheet-tabs");
    node.appendChild(body);
    node.appendChild(bar);
    L.DomEvent.disableClickPropagation(node);
    L.DomEvent.disableScrollPropagation(node);
    map.getContainer().appendChild(node);
    map._amSheet = { node: node, body: body, bar: bar, tabs: [], open: null };
    return map._amSheet;
  }

  // a panel into the sheet, behind a tab of its own; where it came from is kept
  function toSheet(map, panel) {
    var which = SHEET_TABS.filter(function (t) { return panel.classList.contains(t[0]); })[0];
    if (!which) { return; }
    var sheet = sheetOf(map);
    var tab = sheet.tabs.filter(function (t) { return t.panel === panel; })[0];
    if (!tab) {
      var button = el("button", "am-sheet-tab", T(map, which[1]));
      button.type = "button";
      button.setAttribute("aria-expanded", "false");
      tab = { name: which[1], order: SHEET_TABS.indexOf(which), panel: panel, button: button };
      button.addEventListener("click", function () {
        openSheet(map, sheet.open === tab.name ? null : tab.name);
      });
      sheet.tabs.push(tab);
      sheet.tabs.sort(function (a, b) { return a.order - b.order; });
      sheet.tabs.forEach(function (t) { sheet.bar.appendChild(t.button); });
    }
    tab.home = panel.parentNode;
    tab.next = panel.nextSibling;
    tab.maxHeight = panel.style.maxHeight;
    panel.style.maxHeight = "";
    panel.classList.add("am-in-sheet");
    sheet.body.appendChild(panel);
    sheet.node.hidden = false;
  }

  // the panels back to their corners
  function fromSheet(map) {
    var sheet = map._amSheet;
    if (!sheet) { return; }
    openSheet(map, null);
    sheet.tabs.forEach(function (t) {
      t.panel.classList.remove("am-in-sheet", "am-sheet-shown");
      t.panel.style.maxHeight = t.maxHeight || "";
      if (t.home) { t.home.insertBefore(t.panel, t.next && t.next.parentNode === t.home ? t.next : null); }
    });
    sheet.node.hidden = true;
  }

  function decideCompact(map) {
    if (map._amCompact === undefined) { setCompact(map, compactWanted(map)); }
  }

  function setCompact(map, on) {
    map._amCompact = on;
    var frame = map.getContainer().parentNode;
    frame.classList.toggle("am-compact", on);
    map.getContainer().classList.toggle("am-compact-map", on);
    if (on) {
      map.getContainer().querySelectorAll(".am-panel, .leaflet-control-layers").forEach(function (p) {
        toSheet(map, p);
      });
      // the profile stays by the title, folded (as addProfile leaves it on a small frame)
      map.getContainer().querySelectorAll(".am-profile > details").forEach(function (d) {
        d.open = false;
      });
    } else {
      fromSheet(map);
    }
  }

  // open the tab named ``name`` (null: fold the sheet)
  function openSheet(map, name) {
    var sheet = map._amSheet;
    if (!sheet) { return; }
    sheet.open = name;
    sheet.tabs.forEach(function (t) {
      var shown = t.name === name;
      t.button.setAttribute("aria-expanded", shown ? "true" : "false");
      t.panel.classList.toggle("am-sheet-shown", shown);
      if (shown) {
        t.panel.querySelectorAll("details").forEach(function (d) {
          if (d.parentNode === t.panel) { d.open = true; }
        });
      }
    });
    sheet.body.hidden = !name;
    sizeSheet(map);
    if (map._amLaidOut) { placeLabels(map); }
  }

  // the open sheet and the title leave the map at least 1 - SHEET_SHARE of the frame (the
  // frame's banners and source line count against it); the bottom corners' controls (scale
  // bar, attribution) sit above the sheet
  function sizeSheet(map) {
    var sheet = map._amSheet;
    if (!sheet || !map._amCompact) { return; }
    var container = map.getContainer();
    var height = map.getSize().y;
    var frame = container.parentNode.getBoundingClientRect().height || height;
    var title = container.querySelector(".am-title");
    var titleH = title ? title.getBoundingClientRect().height + 10 : 0;
    var barH = sheet.bar.getBoundingClientRect().height;
    // the other controls over the map (zoom, scale bar, attribution), as rows of its width
    var others = 0;
    container.querySelectorAll(".leaflet-control").forEach(function (c) {
      if (c === title || c === sheet.node || c.parentElement.closest(".leaflet-control")) { return; }
      var r = c.getBoundingClientRect();
      others += r.width * r.height;
    });
    others /= Math.max(1, map.getSize().x);
    var room = height - (1 - SHEET_SHARE) * frame - titleH - barH - others;
    sheet.body.style.maxHeight = Math.max(60, Math.floor(room)) + "px";
    container.style.setProperty("--am-sheet-h", Math.ceil(sheet.node.getBoundingClientRect().height) + "px");
    container.style.setProperty("--am-map-w", map.getSize().x + "px");
  }

  var maps = [];

  // Only one of a tooltip and a popup at a time: while a popup is open no tooltip shows (the
  // sticky one of the shape clicked is closed) and no other popup (nor one fading out), and
  // the popup fits the frame (a phone's too).
  var POPUP_MAX_WIDTH = 380;
  function onePopupAtATime(map) {
    var container = map.getContainer();
    map.on("popupopen", function (e) {
      container.classList.add("am-popup-open");
      // a popup closed a moment ago fades out for a fifth of a second: gone at once instead
      var shown = e.popup.getElement();
      map.getPane("popupPane").querySelectorAll(".leaflet-popup").forEach(function (old) {
        if (old !== shown) { L.DomUtil.remove(old); }
      });
      if (map._amCompact && map._amSheet && map._amSheet.open) { openSheet(map, null); }
      map.eachLayer(function (layer) { if (layer.closeTooltip) { layer.closeTooltip(); } });
      var size = map.getSize();
      var options = e.popup.options;
      var width = Math.max(160, Math.min(POPUP_MAX_WIDTH, size.x - 60));
      // a popup opens above its point: no taller than the room above it, with what the map
      // may still be moved (its bounds), less its tip and frame (about 70 px)
      var above = map.latLngToContainerPoint(e.popup.getLatLng()).y;
      var bounds = map.options.maxBounds;
      var more = bounds ? Math.max(0, -map.latLngToContainerPoint(bounds.getNorthWest()).y) : 1e6;
      var height = Math.max(120, Math.floor(Math.min(size.y * 0.6, above + more - 70)));
      if (options.maxWidth !== width || options.maxHeight !== height) {
        options.maxWidth = width;
        options.minWidth = Math.min(options.minWidth || 50, width);
        options.maxHeight = height;
        e.popup.update();
      }
      keepInView(map, e.popup);
    });
    map.on("popupclose", function () {
      container.classList.remove("am-popup-open");
    });
  }

  // A popup whose content changes height once open (a font that arrives late reflows its
  // text) grows upwards from its point, past where it was panned to: panned into view again.
  function keepInView(map, popup) {
    var node = popup.getElement();
    if (!window.ResizeObserver || !node) { return; }
    var height = null;
    var watch = new ResizeObserver(function () {
      var now = node.offsetHeight;
      if (height !== null && Math.abs(now - height) > 1 && popup.isOpen()) { popup.update(); }
      height = now;
    });
    watch.observe(node);
    map.once("popupclose", function () { watch.disconnect(); });
  }

  // Online tiles are added over the bundled basemap (which stays below them); when a tile
  // does not load, one line under the map says so.
  function watchTiles(map, tiles, name) {
    var failed = false;
    tiles.on("tileerror", function () {
      if (failed) { return; }
      failed = true;
      var frame = map.getContainer().parentNode;
      var line = el("div", "am-notice",
                    T(map, "Online tiles ({name}) did not load: the map shows the bundled " +
                      "Natural Earth basemap.", { name: name }));
      line.setAttribute("role", "status");
      frame.insertBefore(line, frame.querySelector(".am-sourceline"));
    });
  }

  function register(map) {
    maps.push(map);
    onePopupAtATime(map);
    map.getContainer().setAttribute("data-am-ready", "false");
    if (window.ResizeObserver) {
      // the frame can change size without a window resize (fonts, an embedding page's layout)
      new ResizeObserver(function () { map.invalidateSize({ animate: false }); })
        .observe(map.getContainer());
    }
  }

  function scaledPadding(map, options) {
    decideCompact(map);
    if (map._amCompact) {  // the title above, the folded sheet below
      var room = options.compactPadding || COMPACT_PADDING;
      return { animate: false, paddingTopLeft: room[0], paddingBottomRight: room[1] };
    }
    // panels take a fixed number of pixels: on a smaller frame (print, embeds) keep less room
    var scale = Math.min(1, map.getSize().x / 1600);
    var out = { animate: false };
    Object.keys(options).forEach(function (k) {
      if (k === "compactPadding") { return; }
      out[k] = Array.isArray(options[k]) ? options[k].map(function (v) { return v * scale; })
                                         : options[k];
    });
    return out;
  }

  // The view is fitted before any layer is added, so each layer is projected and drawn once,
  // at the zoom it is shown at (fitting afterwards would redraw every path).
  function fit(map, bounds, options) {
    map._amFit = { bounds: bounds, options: options };
    fitAgain(map);
  }

  // fit the view to the event (its bounds and padding as fit() was given them)
  function fitAgain(map) {
    map._amCleared = false;
    map._amUserMoved = false;
    map._amPlacing = true;
    try {
      map.fitBounds(map._amFit.bounds, scaledPadding(map, map._amFit.options));
    } finally {
      map._amPlacing = false;
    }
    map._amFitZoom = map.getZoom();
    map._amFitSize = map.getSize();
  }

  var CLEAR_MIN_ZOOM = 1.5;

  // Padding that keeps a fitted view clear of the columns of panels along the map's sides
  // (``blocks``: the panels' and controls' boxes in the map's pixels): a box in the left part
  // of the map pads the left side to its right edge, one in the right part the right side.
  function clearOfPanels(size, blocks) {
    var left = 0, right = 0;
    blocks.forEach(function (b) {
      if (b.x1 < 0.6 * size.x) { left = Math.max(left, b.x1); }
      else if (b.x0 > 0.4 * size.x) { right = Math.max(right, size.x - b.x0); }
    });
    return { animate: false, paddingTopLeft: [left + 10, 20], paddingBottomRight: [right + 10, 20] };
  }

  // Everything is made: draw the layers, and say so (tests and captures wait for
  // alertmapReady). The panels take their sizes in the frame that shows the layers, after
  // layout and before paint (see layoutPanels).
  function ready(map) {
    var adding = pending;
    pending = [];
    adding.forEach(function (item) { item[0].addTo(item[1]); });
    map.getContainer().setAttribute("data-am-ready", "true");
    window.alertmapReady = maps.every(function (m) {
      return m.getContainer().getAttribute("data-am-ready") === "true";
    });
  }

  var folded = [];

  function refit() {
    var printing = window.matchMedia && window.matchMedia("print").matches;
    if (printing) {
      maps.forEach(unstack);
      // paper shows everything but the list of checks (it would not fit on the page; the HTML
      // map and `alertmap check` give it): unfold the panels, and fold them back afterwards
      var unfold = ".am-panel details:not([open]):not(.am-checks)";
      document.querySelectorAll(unfold).forEach(function (d) {
        folded.push(d);
        d.open = true;
      });
    } else {
      folded.forEach(function (d) { d.open = false; });
      folded = [];
    }
    maps.forEach(function (m) {
      m.invalidateSize({ animate: false });
      if (compactWanted(m) !== !!m._amCompact) { setCompact(m, !m._amCompact); }
      // on paper and in a PNG the inset locator map, below the top right corner's panels:
      // the panels there are laid out again (the legend keeps below them)
      var paper = printing || document.documentElement.classList.contains("am-static");
      var inset = paper && addInset(m);
      if (m._amFit) {
        fitAgain(m);
        updateInset(m);
        if (m._amLaidOut) {  // at the zoom now fitted
          if (inset && !m._amCompact) { layoutPanels(m); } else { placeLabels(m); }
        }
      }
      // a renderer clips to the view it last drew; redraw it for the new size
      m.eachLayer(function (layer) {
        if (layer instanceof L.Renderer && layer._update) { layer._update(); }
      });
    });
  }

  // Highlight a feature of a map (or, without one, of the first map that has it); the feature
  // highlighted before in that map is no longer.
  function highlight(id, inMap) {
    var lyr = findFeature(id, inMap);
    var map = inMap || (lyr && lyr._map);
    if (!map) { return false; }
    var old = map._amHighlighted;
    var oldNode = old && old.getElement ? old.getElement() : null;
    if (oldNode) { oldNode.classList.remove("am-highlight"); }
    map._amHighlighted = lyr;
    if (!lyr) { return false; }
    if (lyr.bringToFront) { lyr.bringToFront(); }
    var node = lyr.getElement ? lyr.getElement() : null;
    if (node) { node.classList.add("am-highlight"); }
    return true;
  }

  function focusFeature(id, inMap) {
    if (!highlight(id, inMap)) { return false; }
    var lyr = findFeature(id, inMap);
    var map = lyr._map;
    if (map && lyr.getBounds && !map.getBounds().contains(lyr.getBounds())) {
      map.panTo(lyr.getBounds().getCenter(), { animate: false });
    } else if (map && lyr.getLatLng && !map.getBounds().contains(lyr.getLatLng())) {
      map.panTo(lyr.getLatLng(), { animate: false });
    }
    return openFeature(id, "popup", map);
  }

  function addTimeline(map, id, position) {
    var control = addPanel(map, id, position);
    var node = document.getElementById(id);
    if (!node) { return control; }
    node.querySelectorAll("button[data-am-target]").forEach(function (button) {
      button.addEventListener("click", function () {
        node.querySelectorAll("button[aria-pressed]").forEach(function (b) {
          b.removeAttribute("aria-pressed");
        });
        button.setAttribute("aria-pressed", "true");
        if (map._amCompact) { openSheet(map, null); }  // the popup on the whole map
        focusFeature(button.getAttribute("data-am-target"), map);
      });
    });
    return control;
  }

  // refit when the layout switches to or from print; "beforeprint" can fire before the print
  // layout applies, and fitting then leaves the renderers clipped to the screen's view
  if (window.matchMedia) {
    var printQuery = window.matchMedia("print");
    if (printQuery.addEventListener) { printQuery.addEventListener("change", refit); }
    else if (printQuery.addListener) { printQuery.addListener(refit); }
  }

  // ---- A track in time and height (issue 13) ----------------------------------------------
  // A track with a profile (maps.compose.profile_data) has a time and an altitude at each
  // vertex: points [lat, lon, seconds after launch, metres or null], with the launch time
  // (ms since 1970, UTC) and the event's UTC offset. A Trajectory says where the missile was
  // at a time, and when it was over a point of the line, by linear interpolation between
  // vertices along the line as drawn (straight in Web Mercator), and moves one marker along
  // the track for the profile panel, the time control and the track's tooltip.

  var PLAY_SPEED = 60;  // seconds of flight per second when the time control plays
  var NARROW_FRAME_PX = 700;  // below this map width the profile panel starts folded

  function pad2(n) { return (n < 10 ? "0" : "") + n; }

  function hms(ms) {
    var d = new Date(ms);
    return pad2(d.getUTCHours()) + ":" + pad2(d.getUTCMinutes()) + ":" + pad2(d.getUTCSeconds());
  }

  // as maps.panels.clock_text: to the nearest second, halves up, in the event's zone and UTC
  function clockText(profile, t) {
    var ms = profile.launch_ms + Math.floor(t + 0.5) * 1000;
    return hms(ms + profile.offset_min * 60000) + " (" + hms(ms) + " UTC)";
  }

  // as maps.panels.elapsed_text
  function elapsedText(t, map) {
    var total = Math.floor(t + 0.5), sign = total < 0 ? "-" : "", all = Math.abs(total);
    var h = Math.floor(all / 3600), m = Math.floor((all % 3600) / 60), s = all % 60;
    if (h) { return sign + T(map, "{h} h {min} min {s} s", { h: h, min: m, s: s }); }
    return sign + (m ? T(map, "{min} min {s} s", { min: m, s: s }) : T(map, "{s} s", { s: s }));
  }

  // as maps.panels.altitude_text; "" when not known
  function altitudeText(alt) {
    if (alt === null || !isFinite(alt)) { return ""; }
    var km = alt / 1000;
    if (Math.abs(km) < 10) { return (Math.floor(km * 10 + 0.5) / 10).toFixed(1) + " km"; }
    return String(Math.floor(km + 0.5)).replace(/\B(?=(\d{3})+(?!\d))/g, ",") + " km";
  }

  function Trajectory(profile, group) {
    this.profile = profile;
    this.points = profile.points;
    this.group = group;       // the track's layer: its marker comes and goes with it
    this.basis = profile.modelled ? "modelled" : "schematic";  // the key of its word (T)
    this.listeners = [];
    this.marker = null;
    this.held = null;         // the time control's time, once it has been moved
    this.pointer = null;      // the point of the track last pointed at
  }

  Trajectory.prototype = {
    start: function () { return this.points[0][2]; },
    end: function () { return this.points[this.points.length - 1][2]; },

    // u of the way from vertex a to vertex b, at time t
    between: function (a, b, u, t) {
      var P = L.Projection.SphericalMercator;
      var pa = P.project(L.latLng(a[0], a[1])), pb = P.project(L.latLng(b[0], b[1]));
      var at = P.unproject(L.point(pa.x + u * (pb.x - pa.x), pa.y + u * (pb.y - pa.y)));
      var alt = a[3] === null || b[3] === null ? null : a[3] + u * (b[3] - a[3]);
      return { t: t, latlng: at, alt: alt, flying: t >= this.start() && t <= this.end() };
    },

    // where and how high t seconds after launch (before launch: the first point; after the
    // end: the last)
    at: function (t) {
      var pts = this.points, lo = 0, hi = pts.length - 1;
      var clamped = Math.max(this.start(), Math.min(this.end(), t));
      while (hi - lo > 1) {
        var mid = (lo + hi) >> 1;
        if (pts[mid][2] <= clamped) { lo = mid; } else { hi = mid; }
      }
      var a = pts[lo], b = pts[hi];
      var u = b[2] > a[2] ? (clamped - a[2]) / (b[2] - a[2]) : 0;
      var state = this.between(a, b, u, clamped);
      state.t = t;
      state.flying = t >= this.start() && t <= this.end();
      return state;
    },

    // the point of the line nearest to latlng on the map, with its time and altitude
    nearest: function (map, latlng) {
      var pts = this.points, p = map.project(latlng), best = null;
      var prev = map.project(L.latLng(pts[0][0], pts[0][1]));
      for (var i = 1; i < pts.length; i++) {
        var next = map.project(L.latLng(pts[i][0], pts[i][1]));
        var dx = next.x - prev.x, dy = next.y - prev.y, len2 = dx * dx + dy * dy;
        var u = len2 ? ((p.x - prev.x) * dx + (p.y - prev.y) * dy) / len2 : 0;
        u = Math.max(0, Math.min(1, u));
        var ex = prev.x + u * dx - p.x, ey = prev.y + u * dy - p.y;
        if (!best || ex * ex + ey * ey < best.d2) { best = { d2: ex * ex + ey * ey, i: i, u: u }; }
        prev = next;
      }
      if (!best) { return this.at(this.start()); }
      var a = pts[best.i - 1], b = pts[best.i];
      return this.between(a, b, best.u, a[2] + best.u * (b[2] - a[2]));
    },

    timeText: function (state) {
      var map = this.group._map, when = clockText(this.profile, state.t);
      if (state.t < this.start()) { return T(map, "{time}, before launch", { time: when }); }
      if (state.t > this.end()) {
        return T(map, "{time}, after the end of the track", { time: when });
      }
      return T(map, "{time}, {elapsed} after launch",
               { time: when, elapsed: elapsedText(state.t, map) });
    },

    altitudeText: function (state) {
      var map = this.group._map, alt = altitudeText(state.alt);
      return T(map, "altitude {altitude} ({basis})",
               { altitude: alt || T(map, "not known"), basis: T(map, this.basis) });
    },

    describe: function (state) {
      return this.timeText(state) +
        (state.flying ? T(this.group._map, ", ") + this.altitudeText(state) : "");
    },

    show: function (state) {
      if (!this.marker) {
        this.marker = L.marker(state.latlng, {
          icon: L.divIcon({ className: "am-track-marker", iconSize: [14, 14] }),
          interactive: false, keyboard: false
        });
      }
      this.marker.setLatLng(state.latlng);
      if (!this.group.hasLayer(this.marker)) { this.group.addLayer(this.marker); }
      this.listeners.forEach(function (f) { f(state); });
    },

    // the pointer has left: back to the time control's time, or nothing
    release: function () {
      if (this.held !== null) { this.show(this.at(this.held)); return; }
      if (this.marker) { this.group.removeLayer(this.marker); }
      this.listeners.forEach(function (f) { f(null); });
    }
  };

  function trackTooltipNode(p, traj) {
    var root = el("div", "am-tooltip am-track-tooltip");
    root.appendChild(el("div", "am-tooltip-title", p.name));
    var state = traj.pointer;
    if (state) {
      root.appendChild(el("div", "am-track-time", traj.timeText(state)));
      var alt = traj.altitudeText(state);
      root.appendChild(el("div", "am-track-altitude", alt[0].toUpperCase() + alt.slice(1)));
    }
    var source = sourceShort(p);
    if (source) { root.appendChild(el("div", "am-tooltip-source", source)); }
    return root;
  }

  // The track's line is a few pixels wide: a wider invisible line over it takes the pointer
  // (and a finger), and gives the time and altitude of the point under it, in its tooltip
  // and in its popup's first row.
  function addTrajectory(layer, shape, bits, profile, p, pane) {
    var traj = new Trajectory(profile, layer);
    var hit = new FeaturePath(shape, bits, { pane: pane, interactive: true, fill: false,
                                             weight: 18, opacity: 0, className: "am-track-hit" });
    function point(e) {
      traj.pointer = traj.nearest(hit._map, e.latlng);
      traj.show(traj.pointer);
      if (hit.isTooltipOpen()) { hit.setTooltipContent(trackTooltipNode(p, traj)); }
    }
    // before the popup and tooltip are bound, so they are built with this point
    hit.on("mouseover mousemove click", point);
    hit.on("mouseout", function () { traj.release(); });
    hit.bindPopup(function () {
      var node = popupNode(p, hit._map);
      if (traj.pointer) {
        var here = el("div");
        row(here, T(hit._map, "Here:"), traj.describe(traj.pointer), "am-track-here");
        node.insertBefore(here.firstChild, node.children[2] || null);
      }
      return node;
    }, { maxWidth: 380 });
    hit.bindTooltip(function () { return trackTooltipNode(p, traj); },
                    { sticky: true, direction: "top" });
    hit.addTo(layer);
    layer._amTrajectory = traj;
    return traj;
  }

  // The altitude profile panel (maps.elements.ProfilePanel) of the track drawn by ``features``
  // (the layer addFeatures made): the pointer over the chart moves the marker on the track,
  // the pointer on the track moves the chart's cursor, and the time control moves both and
  // lights the timeline's entries (and the chart's marks) whose times have passed.
  function addProfile(map, id, position, features) {
    var control = addPanel(map, id, position);
    var node = document.getElementById(id);
    var traj = features && features._amTrajectory;
    if (!node || !traj) { return control; }
    var svg = node.querySelector("svg.am-profile-chart");
    var scale = JSON.parse(svg.getAttribute("data-am-scale"));
    var cursor = svg.querySelector(".am-profile-cursor");
    var dot = svg.querySelector(".am-profile-dot");
    var readout = node.querySelector(".am-profile-readout");
    var summary = node.querySelector(".am-profile-summary");
    var slider = node.querySelector(".am-profile-time");
    var play = node.querySelector(".am-profile-play");
    var container = map.getContainer();
    // on a narrow frame (a phone) the open panel would cover the middle of the map
    if (map.getSize().x < NARROW_FRAME_PX) { node.querySelector("details").open = false; }

    function x(t) {
      return scale.x0 + (t - scale.t0) / (scale.t1 - scale.t0) * (scale.x1 - scale.x0);
    }
    function y(alt) { return scale.y0 - alt / scale.top_m * (scale.y0 - scale.top); }

    traj.listeners.push(function (state) {
      if (!state) {
        cursor.setAttribute("display", "none");
        dot.setAttribute("display", "none");
        readout.textContent = "";
        summary.hidden = false;
        return;
      }
      var cx = Math.max(scale.x0, Math.min(scale.x1, x(state.t)));
      cursor.setAttribute("x1", cx);
      cursor.setAttribute("x2", cx);
      cursor.removeAttribute("display");
      if (state.flying && state.alt !== null) {
        dot.setAttribute("cx", cx);
        dot.setAttribute("cy", y(state.alt));
        dot.removeAttribute("display");
      } else {
        dot.setAttribute("display", "none");
      }
      readout.textContent = traj.describe(state);
      summary.hidden = true;  // the live line takes the summary's place
    });

    // the time under the pointer, on the chart's time axis
    function timeAt(e) {
      var ctm = svg.getScreenCTM();
      if (!ctm) { return null; }
      var pt = svg.createSVGPoint();
      pt.x = e.clientX;
      pt.y = e.clientY;
      var at = pt.matrixTransform(ctm.inverse());
      var t = scale.t0 + (at.x - scale.x0) / (scale.x1 - scale.x0) * (scale.t1 - scale.t0);
      return Math.max(scale.t0, Math.min(scale.t1, t));
    }
    svg.addEventListener("pointermove", function (e) {
      var t = timeAt(e);
      if (t !== null) { traj.show(traj.at(t)); }
    });
    svg.addEventListener("pointerleave", function () { traj.release(); });

    function light(t) {
      var now = traj.profile.launch_ms + t * 1000;
      container.querySelectorAll("[data-am-time]").forEach(function (e) {
        e.classList.toggle("am-passed", Date.parse(e.getAttribute("data-am-time")) <= now);
      });
    }

    function setTime(t) {
      traj.held = t;
      var state = traj.at(t);
      traj.show(state);
      light(t);
      slider.setAttribute("aria-valuetext", traj.describe(state));
    }

    var playing = null;
    function stop() {
      if (playing !== null) { cancelAnimationFrame(playing); }
      playing = null;
      play.textContent = T(map, "Play");
    }
    slider.addEventListener("input", function () {
      stop();
      setTime(Number(slider.value));
    });
    // a click (or a tap) on the chart sets the time control there
    svg.addEventListener("click", function (e) {
      var t = timeAt(e);
      if (t === null) { return; }
      stop();
      slider.value = String(Math.round(t));
      setTime(t);
    });
    play.addEventListener("click", function () {
      if (playing !== null) { stop(); return; }
      var last = Number(slider.max);
      var from = Number(slider.value) >= last ? Number(slider.min) : Number(slider.value);
      var began = null;
      play.textContent = T(map, "Pause");
      function frame(now) {
        if (began === null) { began = now; }
        var t = Math.min(last, from + (now - began) / 1000 * PLAY_SPEED);
        slider.value = String(t);
        setTime(t);
        playing = t < last ? requestAnimationFrame(frame) : null;
        if (playing === null) { stop(); }
      }
      playing = requestAnimationFrame(frame);
    });
    return control;
  }

  // ---- Numbered callouts (issue 15) ---------------------------------------------------------
  // Each feature the timeline points at gets a label beside it (maps.callouts): its numbers and
  // a short text, with a leader line from the feature's label point. Labels are placed on
  // screen, in the map's pixels, once the page is laid out and whenever the view, the frame or
  // the layers shown change, by one greedy rule:
  //   in the order of their first number, each label takes, among the places around its label
  //   point (16 directions, at 10 distances from 10 to 250 px; a label with its text at most
  //   166 px from it, its numbers alone as far as 250 px), the nearest one that keeps it
  //   inside the map, off every panel and control, off the labels and leader lines placed
  //   before it, off its own feature, off every label point and point marker, and whose leader
  //   crosses no label, leader or panel; a place that covers other features (areas, lines) is
  //   taken only when none nearer is free, at a cost of 150 px (300 px for a numbered one).
  //   Where no such place is left, or the map is zoomed out from the view it was fitted to,
  //   the label shortens to its numbers, placed by the same rule.
  // A label is first tried with its text broken into lines at most 200 px wide, then 140 px.
  // A callout's sizes are computed from its text (canvas measureText, lines broken at spaces);
  // a name's are read from the page, which lays it out unseen before it is placed.
  // the callouts' metrics on screen and on paper (alertmap.css gives them the same sizes);
  // ``wraps``: the widths the text is broken to, tried in turn, each with its most lines
  var CALLOUT_METRICS = {
    screen: { font: 11.5, line: 14, padX: 5, padY: 3, badge: 17, badgeFont: 10.5, gap: 3,
              wraps: [[200, 3], [140, 4]] },
    print: { font: 9.5, line: 12, padX: 4, padY: 2, badge: 14, badgeFont: 9, gap: 2,
             wraps: [[170, 3], [120, 4]] }
  };
  var CALLOUT_RADII = [10, 22, 36, 54, 76, 102, 132, 166, 204, 250];
  var CALLOUT_DIRECTIONS = 16;
  var FULL_REACH_PX = 166;  // a label farther than this from its point shortens to its numbers
  var CLEAR_PX = 3;          // kept between a label and anything it must not touch
  var POINT_CLEAR_PX = 6;    // around a label point
  var SHORT_BELOW_FIT = 0.5; // zoomed out this far from the fitted view: numbers only
  var NAME_POINT_COST = 150; // a callout over a named place's or region's point, or where its
                             // name goes first, in pixels of leader line
  // font (FAMILY: the frame's) and line height of each class of label
  // the order names are placed in (after the callouts)
  var LABEL_ORDER = { place: 0, region: 1, ring: 2, sea: 3 };
  var LABEL_OFFSETS = [[0, 0]];
  [16, 32, 56, 88, 128].forEach(function (r) {
    for (var k = 0; k < 8; k++) {
      var a = Math.PI * k / 4;
      LABEL_OFFSETS.push([Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))]);
    }
  });

  var measureCanvas = null;
  var measureFont = "";
  var measured = {};  // font -> word -> width: a word is measured once (measureText is slow)
  function textWidth(text, font) {
    var cache = measured[font] || (measured[font] = {});
    if (cache[text] !== undefined) { return cache[text]; }
    if (!measureCanvas) { measureCanvas = document.createElement("canvas").getContext("2d"); }
    if (font !== measureFont) { measureCanvas.font = font; measureFont = font; }
    cache[text] = measureCanvas.measureText(text).width;
    return cache[text];
  }

  // ``text`` broken at spaces into lines of at most ``width`` px (a longer word stays whole),
  // at most ``max`` lines, the last ending in an ellipsis when the text goes on. A line's
  // width is the sum of its words' and spaces' (words are measured once each; no kerning
  // crosses a space), rounded up with a pixel to spare by the caller.
  function wrapText(text, font, width, max) {
    var words = text.split(/\s+/), lines = [], line = "", lineW = 0;
    var space = textWidth(" ", font);
    words.forEach(function (w) {
      var ww = textWidth(w, font);
      if (line && lineW + space + ww > width) { lines.push(line); line = w; lineW = ww; }
      else { line = line ? line + " " + w : w; lineW = line === w ? ww : lineW + space + ww; }
    });
    if (line) { lines.push(line); }
    if (lines.length > max) {
      lines = lines.slice(0, max);
      var last = lines[max - 1];
      var dots = textWidth("\u2026", font);
      while (last && lineWidth(last, font) + dots > width) { last = last.replace(/\s*\S+$/, ""); }
      lines[max - 1] = last + "\u2026";
    }
    return lines;
  }

  // a line's width: its words' and spaces' (and a closing ellipsis')
  function lineWidth(line, font) {
    var dots = line.slice(-1) === "\u2026";
    if (dots) { line = line.slice(0, -1); }
    return line.split(" ").reduce(function (sum, w, i) {
      return sum + (w ? textWidth(w, font) : 0) + (i ? textWidth(" ", font) : 0);
    }, dots ? textWidth("\u2026", font) : 0);
  }

  function rectOf(x, y, w, h) { return { x0: x, y0: y, x1: x + w, y1: y + h }; }
  function grow(r, d) { return { x0: r.x0 - d, y0: r.y0 - d, x1: r.x1 + d, y1: r.y1 + d }; }
  function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
  function holds(r, p) { return p.x > r.x0 && p.x < r.x1 && p.y > r.y0 && p.y < r.y1; }

  // whether the segment a-b meets the rectangle r (Liang-Barsky)
  function segmentMeets(ax, ay, bx, by, r) {
    var t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
    var p = [-dx, dx, -dy, dy], q = [ax - r.x0, r.x1 - ax, ay - r.y0, r.y1 - ay];
    for (var i = 0; i < 4; i++) {
      if (p[i] === 0) { if (q[i] < 0) { return false; } continue; }
      var t = q[i] / p[i];
      if (p[i] < 0) { if (t > t1) { return false; } if (t > t0) { t0 = t; } }
      else { if (t < t0) { return false; } if (t < t1) { t1 = t; } }
    }
    return true;
  }

  function segmentsCross(a, b, c, d) {
    function side(p, q, r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); }
    var d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
    return ((d1 > 0) !== (d2 > 0)) && ((d3 > 0) !== (d4 > 0));
  }

  // whether p is inside an area: inside an odd number of its rings
  function insideRings(p, parts) {
    var inside = false;
    for (var k = 0; k < parts.length; k++) {
      var b = parts[k].box;
      if (p.x < b.x0 || p.x > b.x1 || p.y < b.y0 || p.y > b.y1) { continue; }
      var xy = parts[k].xy, n = xy.length / 2;
      for (var i = 0, j = n - 1; i < n; j = i++) {
        var ax = xy[2 * i], ay = xy[2 * i + 1], bx = xy[2 * j], by = xy[2 * j + 1];
        if ((ay > p.y) !== (by > p.y) && p.x < (bx - ax) * (p.y - ay) / (by - ay) + ax) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  // A feature's outline (maps.callouts.outline) in Web Mercator fractions of the world's
  // width, computed once: each ring or line as a flat array of x, y.
  function worldShape(shape) {
    function fraction(ll, xy, at) {
      var lat = Math.max(-85.0511287798, Math.min(85.0511287798, ll[0])) * Math.PI / 180;
      xy[at] = (ll[1] + 180) / 360;
      xy[at + 1] = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI);
    }
    var lines = shape.point ? [[shape.point]] : (shape.rings || shape.lines || []);
    return {
      point: !!shape.point,
      area: !!shape.rings,
      parts: lines.map(function (line) {
        var xy = new Float64Array(2 * line.length);
        line.forEach(function (ll, i) { fraction(ll, xy, 2 * i); });
        return xy;
      })
    };
  }

  // a world shape in the map's pixels (scale s, offset ox, oy), with the box of each part and
  // of the whole
  function projectShape(w, s, ox, oy) {
    var all = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    var parts = w.parts.map(function (src) {
      var xy = new Float64Array(src.length);
      var b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      for (var i = 0; i < src.length; i += 2) {
        var x = src[i] * s - ox, y = src[i + 1] * s - oy;
        xy[i] = x;
        xy[i + 1] = y;
        if (x < b.x0) { b.x0 = x; } if (x > b.x1) { b.x1 = x; }
        if (y < b.y0) { b.y0 = y; } if (y > b.y1) { b.y1 = y; }
      }
      all.x0 = Math.min(all.x0, b.x0); all.y0 = Math.min(all.y0, b.y0);
      all.x1 = Math.max(all.x1, b.x1); all.y1 = Math.max(all.y1, b.y1);
      return { xy: xy, box: b };
    });
    if (!parts.length || !parts[0].xy.length) { return null; }
    var out = { box: all, parts: parts, area: w.area };
    if (w.point) { out.point = { x: parts[0].xy[0], y: parts[0].xy[1] }; }
    return out;
  }

  // whether rectangle r meets a projected shape: a point's marker (``radius`` px), a line, or
  // an area (an edge crosses r, or r lies inside)
  // (it runs for each place tried: boxes are compared grown in place, not grown as new ones)
  function nearBox(b, d, r) { return b.x0 - d < r.x1 && r.x0 < b.x1 + d && b.y0 - d < r.y1 && r.y0 < b.y1 + d; }
  function shapeMeets(s, r, radius) {
    if (!s || !nearBox(s.box, radius + 1, r)) { return false; }
    if (s.point) { return nearBox(rectOf(s.point.x, s.point.y, 0, 0), radius, r); }
    var wide = grow(r, radius);
    for (var k = 0; k < s.parts.length; k++) {
      if (!nearBox(s.parts[k].box, 1, wide)) { continue; }
      var xy = s.parts[k].xy;
      for (var i = 2; i < xy.length; i += 2) {
        if (segmentMeets(xy[i - 2], xy[i - 1], xy[i], xy[i + 1], wide)) { return true; }
      }
    }
    return s.area ? insideRings({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 }, s.parts) : false;
  }

  // The pane of a map's callouts and labels (above the markers, hidden while the map zooms),
  // with the leader lines below them, and what placeLabels places.
  function labelState(map) {
    if (map._amLabelState) { return map._amLabelState; }
    var pane = map.createPane("am-callouts");
    pane.classList.add("leaflet-zoom-hide");
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "am-leaders");
    svg.setAttribute("aria-hidden", "true");
    pane.appendChild(svg);
    map._amLabelState = { items: [], avoid: [], labels: [], dots: [], svg: svg, pane: pane };
    map.on("moveend zoomend overlayadd overlayremove", function () {
      if (map._amLaidOut && !map._amPlacing) { placeLabels(map); }
    });
    // a view the reader moved to is kept: no fitting again to clear the panels
    map.on("movestart", function () {
      if (map._amLaidOut && !map._amPlacing) { map._amUserMoved = true; }
    });
    return map._amLabelState;
  }

  // The leaders' drawing only as large as what it draws (the leaders and the dots at their
  // points and at named places), in the map's pixels through its viewBox: a drawing the size
  // of the map costs its size to paint.
  function fitLeaders(svg, leaders, points, origin) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    function take(p) {
      x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
    }
    leaders.forEach(function (l) { take(l[0]); take(l[1]); });
    points.forEach(take);
    if (x0 > x1) { x0 = y0 = 0; x1 = y1 = 1; }
    x0 = Math.floor(x0 - 4); y0 = Math.floor(y0 - 4); x1 = Math.ceil(x1 + 4); y1 = Math.ceil(y1 + 4);
    L.DomUtil.setPosition(svg, origin.add([x0, y0]));
    svg.setAttribute("width", x1 - x0);
    svg.setAttribute("height", y1 - y0);
    svg.setAttribute("viewBox", [x0, y0, x1 - x0, y1 - y0].join(" "));
  }

  function addCallouts(map, data) {
    var st = labelState(map);
    var pane = st.pane, svg = st.svg;
    st.items = data.callouts.map(function (c) {
      var node = el("div", "am-callout");
      node.setAttribute("data-am-target", c.target);
      node.setAttribute("data-am-numbers", c.numbers.join(" "));
      node.setAttribute("title", c.text);
      var badges = el("span", "am-callout-numbers");
      c.numbers.forEach(function (n) { badges.appendChild(el("span", "am-num", n)); });
      node.appendChild(badges);
      var text = el("span", "am-callout-text");
      node.appendChild(text);
      node.hidden = true;
      pane.appendChild(node);
      L.DomEvent.disableClickPropagation(node);
      // the click stops here: opening the feature moves the map, which lays the callouts out
      // again and replaces their lines, so the clicked line may have left the page by the time
      // the click would reach the map, which no longer sees it as the callout's and closes the
      // popup just opened
      node.addEventListener("click", function (e) {
        L.DomEvent.stop(e);
        focusFeature(c.target, map);
      });
      var leader = document.createElementNS(SVG, "line");
      var dot = document.createElementNS(SVG, "circle");
      dot.setAttribute("class", "am-anchor");
      dot.setAttribute("r", "2.5");
      svg.appendChild(leader);
      svg.appendChild(dot);
      return { c: c, node: node, text: text, leader: leader, dot: dot, sizes: null,
               world: worldShape(c.shape) };
    });
    // each word of the callouts once (and a space, and an ellipsis), laid out unseen in the
    // callouts' font, to be measured with the page (readWords)
    var words = Object.create(null);  // a word of the text is only ever a key here
    words[" "] = words["\u2026"] = true;
    data.callouts.forEach(function (c) {
      c.text.split(/\s+/).forEach(function (w) { if (w) { words[w] = true; } });
    });
    var box = el("div", "am-callout-words");
    box.setAttribute("aria-hidden", "true");
    Object.keys(words).forEach(function (w) { box.appendChild(el("span", null, w)); });
    if (st.words) { pane.removeChild(st.words); }
    pane.appendChild(box);
    st.words = box;
    st.avoid = (data.avoid || []).map(function (a) {
      return { id: a.id, weight: a.weight, world: worldShape(a.shape) };
    });
  }

  // the label's sizes in each of its wraps (full), and the numbers' alone (short)
  function calloutSizes(item, family, k) {
    var font = k.font + "px " + family;
    // a badge is a circle, or a pill for numbers of more digits (bold digits are at most
    // about 0.62 em wide): not measured, which would set up one more font
    var badges = item.c.numbers.map(function (n) {
      return Math.max(k.badge, Math.ceil(String(n).length * 0.62 * k.badgeFont) + 7);
    });
    var badgesW = badges.reduce(function (a, b) { return a + b; }, 0) + 2 * (badges.length - 1);
    var full = [], seen = {};
    k.wraps.forEach(function (wrap) {
      var lines = wrapText(item.c.text, font, wrap[0], wrap[1]);
      if (seen[lines.join("\n")]) { return; }
      seen[lines.join("\n")] = true;
      var textW = Math.ceil(Math.max.apply(null, lines.map(function (l) {
        return lineWidth(l, font);
      }))) + 1;
      full.push({ lines: lines,
                  w: 2 * k.padX + badgesW + k.gap + textW + 3,
                  h: 2 * k.padY + Math.max(k.badge, lines.length * k.line) + 2 });
    });
    return { full: full, short: { w: badgesW + 4, h: k.badge + 4 } };
  }

  // The callouts' words' widths as the page laid them out (unseen, with everything else, in
  // the callouts' font of the moment: screen or print), into textWidth's table: no canvas to
  // set up, and no font of its own to load, while the page is first drawn.
  var wordsRead = {};  // font -> true once its words were read from the page
  function readWords(st) {
    var box = st.words;
    if (!box || !st.family) { return; }
    var font = parseFloat(getComputedStyle(box).fontSize) + "px " + st.family;
    if (wordsRead[font]) { return; }
    wordsRead[font] = true;
    var cache = measured[font] || (measured[font] = {});
    for (var i = 0; i < box.children.length; i++) {
      var word = box.children[i];
      cache[word.textContent] = word.getBoundingClientRect().width;
    }
  }

  // What placing the labels reads from the page, read together (a read after a write lays
  // the page out again): the panels' and controls' boxes in the map's pixels, the names' sizes
  // (a name that comes into view joins the page first) and the callouts' words' widths.
  function readLayout(map) {
    var st = map._amLabelState;
    var container = map.getContainer();
    var size = map.getSize();
    var view = rectOf(0, 0, size.x, size.y);
    st.labels.forEach(function (lab) {
      if (lab.node.parentNode || !lab.lb.points.some(function (p) {
        return holds(view, map.latLngToContainerPoint(p));
      })) { return; }
      lab.node.hidden = false;
      lab.node.classList.add("am-measuring");
      st.pane.appendChild(lab.node);
    });
    var cbox = container.getBoundingClientRect();
    var blocks = [];
    container.querySelectorAll(".leaflet-control").forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        blocks.push(rectOf(r.left - cbox.left, r.top - cbox.top, r.width, r.height));
      }
    });
    if (!st.family) { st.family = getComputedStyle(container).fontFamily || "sans-serif"; }
    st.labels.forEach(function (lab) {
      if (!lab.size && lab.node.parentNode) {
        lab.size = { w: lab.node.offsetWidth + 6, h: lab.node.offsetHeight };
      }
    });
    readWords(st);
    return blocks;
  }

  // ``blocks``: the panels' boxes when the caller has just read them (readLayout) and
  // changed nothing since
  function placeLabels(map, blocks) {
    var st = map._amLabelState;
    if (!st) { return; }
    var size = map.getSize();
    // panels and controls, in the map's pixels
    if (!blocks) { blocks = readLayout(map); }
    var view = rectOf(CLEAR_PX, CLEAR_PX, size.x - 2 * CLEAR_PX, size.y - 2 * CLEAR_PX);
    var features = featuresOf(map);
    function shown(id) { var lyr = features[id]; return !!(lyr && lyr._map); }
    function free(p) {
      return holds(view, p) && !blocks.some(function (b) { return holds(b, p); });
    }
    var mode = window.matchMedia && window.matchMedia("print").matches ? "print" : "screen";
    var live = st.items.filter(function (it) { return shown(it.c.target); });
    // container pixels = world fraction x scale - (pixel origin + layer offset of the corner)
    var scale = map.options.crs.scale(map.getZoom());
    var offset = map.getPixelOrigin().add(map.containerPointToLayerPoint([0, 0]));
    function project(w) { return projectShape(w, scale, offset.x, offset.y); }
    live.forEach(function (it) {
      // a numbered marker above any other marker at its place (a tap finds it)
      var lyr = features[it.c.target];
      if (lyr.setZIndexOffset && !lyr._amRaised) { lyr.setZIndexOffset(1000); lyr._amRaised = true; }
      it.anchor = map.latLngToContainerPoint(it.c.anchor);
      it.shape = project(it.world);
      if (!it.sizes || it.sizes.mode !== mode) {
        it.sizes = calloutSizes(it, st.family, CALLOUT_METRICS[mode]);
        it.sizes.mode = mode;
      }
    });
    var hidden = live.filter(function (it) { return holds(view, it.anchor) && !free(it.anchor); });
    var atFit = map._amFit && !map._amUserMoved && !map._amCompact;
    if (hidden.length && atFit && map._amCleared && !printing()) {
      // still under a panel with the view clear of them: the event needs the whole frame,
      // and the panels fold into the sheet (at this width and less)
      map._amNeedsWidth = size.x + 1;
      setCompact(map, true);
      fitAgain(map);
      map._amCleared = true;
      sizeSheet(map);
      placeLabels(map);
      return;
    }
    if (hidden.length && atFit && !map._amCleared) {
      // a numbered feature is under a panel: the view is fitted once more, clear of the
      // columns of panels as the page laid them out (scaled padding guesses them), zoomed out
      // beyond the usual least zoom if that is what it takes (down to CLEAR_MIN_ZOOM)
      map._amCleared = true;
      map._amPlacing = true;
      try {
        var clear = clearOfPanels(size, blocks);
        var fitted = L.latLngBounds(map._amFit.bounds);
        var least = map.getMinZoom();
        map.options.minZoom = CLEAR_MIN_ZOOM;  // getBoundsZoom keeps to the least zoom
        var zoom = map.getBoundsZoom(fitted, false, L.point(clear.paddingTopLeft)
          .add(clear.paddingBottomRight));
        map.options.minZoom = least;
        if (zoom < least) { map.setMinZoom(Math.floor(zoom * 4) / 4); }
        map.fitBounds(fitted, clear);
        map._amFitZoom = map.getZoom();
      } finally {
        map._amPlacing = false;
      }
      placeLabels(map);
      return;
    }
    live = live.filter(function (it) { return free(it.anchor); });
    var avoid = st.avoid.filter(function (a) { return shown(a.id); }).map(function (a) {
      var s = project(a.world);
      if (s) { s.weight = a.weight; }
      return s;
    }).filter(function (s) { return s; });
    var markers = avoid.filter(function (s) { return s.point; });
    var soft = avoid.filter(function (s) { return !s.point; });
    var anchors = live.map(function (it) { return it.anchor; });
    // the places and regions the reports name, in view: a callout on one's point would leave
    // its name out, and one where its name goes first (a place's east, a region's middle)
    // would push it aside, so either costs as much as covering a feature
    var names = [];
    st.labels.forEach(function (lab) {
      if ((lab.kind !== "place" && lab.kind !== "region") || !lab.lb.points.length) { return; }
      if (lab.lb.target && !shown(lab.lb.target)) { return; }
      var p = map.latLngToContainerPoint(lab.lb.points[0]);
      if (!holds(view, p)) { return; }
      var w = lab.size ? lab.size.w : 0, h = lab.size ? lab.size.h : 0;
      var dx = lab.kind === "place" ? w / 2 + 5 : 0;
      names.push({ point: p, rect: rectOf(Math.round(p.x + dx - w / 2), Math.round(p.y - h / 2), w, h) });
    });
    var placed = [], leaders = [];
    var full = map.getZoom() >= (map._amFitZoom || 0) - SHORT_BELOW_FIT;

    function attach(r, a) {
      return { x: Math.max(r.x0, Math.min(r.x1, a.x)), y: Math.max(r.y0, Math.min(r.y1, a.y)) };
    }

    function candidate(it, box, r, k) {
      var angle = -Math.PI / 4 + 2 * Math.PI * k / CALLOUT_DIRECTIONS;
      var cx = Math.cos(angle), cy = Math.sin(angle);
      var ox = Math.max(-1, Math.min(1, cx * Math.SQRT2)), oy = Math.max(-1, Math.min(1, cy * Math.SQRT2));
      var px = it.anchor.x + r * cx, py = it.anchor.y + r * cy;
      var x = px + (ox - 1) * box.w / 2, y = py + (oy - 1) * box.h / 2;
      return rectOf(Math.round(x), Math.round(y), box.w, box.h);
    }

    // the cost of a place, or -1 where it breaks a rule
    function cost(it, rect, r) {
      var clear = grow(rect, CLEAR_PX);
      if (rect.x0 < view.x0 || rect.y0 < view.y0 || rect.x1 > view.x1 || rect.y1 > view.y1) { return -1; }
      var i;
      for (i = 0; i < blocks.length; i++) { if (overlaps(clear, blocks[i])) { return -1; } }
      for (i = 0; i < placed.length; i++) { if (overlaps(clear, placed[i])) { return -1; } }
      var around = grow(rect, POINT_CLEAR_PX);
      for (i = 0; i < anchors.length; i++) { if (holds(around, anchors[i])) { return -1; } }
      for (i = 0; i < markers.length; i++) { if (shapeMeets(markers[i], clear, 9)) { return -1; } }
      for (i = 0; i < leaders.length; i++) {
        if (segmentMeets(leaders[i][0].x, leaders[i][0].y, leaders[i][1].x, leaders[i][1].y, clear)) { return -1; }
      }
      if (shapeMeets(it.shape, clear, it.shape && it.shape.point ? 9 : 2)) { return -1; }
      var a = it.anchor, b = attach(rect, a);
      for (i = 0; i < placed.length; i++) { if (segmentMeets(a.x, a.y, b.x, b.y, grow(placed[i], 1))) { return -1; } }
      for (i = 0; i < blocks.length; i++) { if (segmentMeets(a.x, a.y, b.x, b.y, blocks[i])) { return -1; } }
      for (i = 0; i < leaders.length; i++) { if (segmentsCross(a, b, leaders[i][0], leaders[i][1])) { return -1; } }
      var c = r;
      for (i = 0; i < live.length; i++) {
        if (live[i] !== it && shapeMeets(live[i].shape, rect, 0)) { c += 300; }
      }
      for (i = 0; i < soft.length; i++) {
        if (soft[i].weight && shapeMeets(soft[i], rect, 0)) { c += soft[i].weight; }
      }
      for (i = 0; i < names.length; i++) {
        if (holds(around, names[i].point) || overlaps(rect, names[i].rect)) { c += NAME_POINT_COST; }
      }
      return c;
    }

    function best(it, box, reach) {
      var found = null;
      for (var ri = 0; ri < CALLOUT_RADII.length && CALLOUT_RADII[ri] <= reach; ri++) {
        var r = CALLOUT_RADII[ri];
        if (found && found.cost <= r) { break; }  // nothing farther can cost less
        for (var k = 0; k < CALLOUT_DIRECTIONS; k++) {
          var rect = candidate(it, box, r, k);
          var c = cost(it, rect, r);
          if (c >= 0 && (!found || c < found.cost)) { found = { rect: rect, cost: c }; }
          if (c === r) { return found; }  // free, and nothing at this distance costs less
        }
      }
      return found;
    }

    var origin = map.containerPointToLayerPoint([0, 0]);
    st.items.forEach(function (it) {
      it.node.hidden = true;
      it.leader.setAttribute("display", "none");
      it.dot.setAttribute("display", "none");
    });
    live.forEach(function (it) {
      var spot = null, box = it.sizes.short;
      for (var w = 0; full && !spot && w < it.sizes.full.length; w++) {
        spot = best(it, it.sizes.full[w], FULL_REACH_PX);
        if (spot) { box = it.sizes.full[w]; }
      }
      var isFull = !!spot;
      if (!spot) { spot = best(it, it.sizes.short, Infinity); }
      it.node.classList.toggle("am-callout-short", !isFull);
      it.node.removeAttribute("data-am-overlap");
      if (!spot) {  // nowhere free: beside its point, and said so
        spot = { rect: candidate(it, it.sizes.short, CALLOUT_RADII[0], 0) };
        it.node.setAttribute("data-am-overlap", "true");
      }
      var rect = spot.rect;
      it.text.textContent = "";
      if (isFull) {
        box.lines.forEach(function (line) { it.text.appendChild(el("span", null, line)); });
      }
      it.node.style.width = box.w + "px";
      it.node.style.height = box.h + "px";
      L.DomUtil.setPosition(it.node, origin.add([rect.x0, rect.y0]));
      it.node.hidden = false;
      var b = attach(rect, it.anchor);
      placed.push(rect);
      leaders.push([it.anchor, b]);
      it.leader.setAttribute("x1", it.anchor.x);
      it.leader.setAttribute("y1", it.anchor.y);
      it.leader.setAttribute("x2", b.x);
      it.leader.setAttribute("y2", b.y);
      it.leader.removeAttribute("display");
      it.dot.setAttribute("cx", it.anchor.x);
      it.dot.setAttribute("cy", it.anchor.y);
      it.dot.removeAttribute("display");
    });

    // Then the names (maps.labels): the places and regions the reports name, then the range
    // rings' distances, then the seas. Each takes the first of its candidates (its points in
    // the order given; around each, a place's name beside its dot in 8 directions, a region's
    // or a sea's name centred on it, then 8 directions at 16 to 128 px; a ring's distance on
    // the ring) that is inside the map, off the panels, the callouts, their leaders and label
    // points, the markers and the names placed before it, and, if any does, off every feature
    // drawn (for a sea, only such a place will do); a name with no such place is left out, and
    // so is a place whose point is covered.
    var shapes = avoid.concat(live.map(function (it) { return it.shape; })).filter(Boolean);
    var dots = 0;
    st.labels.forEach(function (lab) {
      lab.node.classList.remove("am-measuring");
      lab.node.hidden = true;
      if (!lab.size || (lab.lb.target && !shown(lab.lb.target))) { return; }
      var kind = lab.kind;
      var w = lab.size.w, h = lab.size.h;
      var spot = null, fallback = null, at = null;
      for (var n = 0; n < lab.lb.points.length && !spot; n++) {
        var p = map.latLngToContainerPoint(lab.lb.points[n]);
        if (!holds(view, p)) { continue; }  // a name for what is in view
        if (kind === "place" && !pointFree(p)) { continue; }
        var offsets = kind === "ring" ? [[0, 0]]
          : kind === "place" ? besideBox(w, h, 0, 0)
          : kind === "region" ? regionOffsets(lab.lb.box, w, h)
          : kind === "sea" ? LABEL_OFFSETS.slice(0, 17) : LABEL_OFFSETS;
        for (var i = 0; i < offsets.length && !spot; i++) {
          var rect = rectOf(Math.round(p.x + offsets[i][0] - w / 2),
                            Math.round(p.y + offsets[i][1] - h / 2), w, h);
          if (!labelFits(rect, kind === "place" ? p : null)) { continue; }
          if (!coversShape(rect)) { spot = rect; at = p; }
          else if (!fallback && kind !== "sea") { fallback = { rect: rect, at: p }; }
        }
      }
      if (!spot && fallback) { spot = fallback.rect; at = fallback.at; }
      if (!spot) { return; }
      placed.push(spot);
      lab.node.style.width = w + "px";
      lab.node.style.height = h + "px";
      L.DomUtil.setPosition(lab.node, origin.add([spot.x0, spot.y0]));
      lab.node.hidden = false;
      if (kind === "place") {
        var dot = st.dots[dots] || st.svg.appendChild(document.createElementNS(SVG, "circle"));
        st.dots[dots++] = dot;
        dot.setAttribute("class", "am-place-dot");
        dot.setAttribute("r", "2.5");
        dot.setAttribute("cx", at.x);
        dot.setAttribute("cy", at.y);
        dot.removeAttribute("display");
        anchors.push(at);  // no later name covers it
      }
    });
    for (var d = dots; d < st.dots.length; d++) { st.dots[d].setAttribute("display", "none"); }
    fitLeaders(st.svg, leaders, anchors, origin);

    // a name beside a dot, or beside a box of half-sizes bw, bh around its point: E, NE, N,
    // NW, W, SW, S, SE
    function besideBox(w, h, bw, bh) {
      var out = [];
      for (var k = 0; k < 8; k++) {
        var a = -Math.PI * k / 4;
        var cx = Math.round(Math.cos(a) * 1e6) / 1e6, cy = Math.round(Math.sin(a) * 1e6) / 1e6;
        out.push([cx * (w / 2 + bw + 5), cy * (h / 2 + bh + 3)]);
      }
      return out;
    }

    // a region's name: on it, near its label point (within 32 px); beside it when it is
    // smaller on screen than its name (an island)
    function regionOffsets(box, w, h) {
      if (box) {
        var a = map.latLngToContainerPoint(box[0]), b = map.latLngToContainerPoint(box[1]);
        var bw = Math.abs(b.x - a.x), bh = Math.abs(b.y - a.y);
        if (bw < w || bh < 2 * h) { return besideBox(w, h, bw / 2, bh / 2); }
      }
      return LABEL_OFFSETS.slice(0, 17);
    }

    function pointFree(p) {
      for (var i = 0; i < placed.length; i++) { if (holds(grow(placed[i], 2), p)) { return false; } }
      return true;
    }

    function coversShape(rect) {
      for (var i = 0; i < shapes.length; i++) {
        if (shapeMeets(shapes[i], rect, shapes[i].point ? 9 : 1)) { return true; }
      }
      return false;
    }

    // the hard rules (``own``: a place's point, which its name may come near)
    function labelFits(rect, own) {
      var clear = grow(rect, CLEAR_PX), i;
      if (rect.x0 < view.x0 || rect.y0 < view.y0 || rect.x1 > view.x1 || rect.y1 > view.y1) { return false; }
      for (i = 0; i < blocks.length; i++) { if (overlaps(clear, blocks[i])) { return false; } }
      for (i = 0; i < placed.length; i++) { if (overlaps(clear, placed[i])) { return false; } }
      var around = grow(rect, POINT_CLEAR_PX);
      for (i = 0; i < anchors.length; i++) {
        if (anchors[i] !== own && holds(around, anchors[i])) { return false; }
      }
      if (own && holds(grow(rect, 1), own)) { return false; }
      for (i = 0; i < leaders.length; i++) {
        if (segmentMeets(leaders[i][0].x, leaders[i][0].y, leaders[i][1].x, leaders[i][1].y, clear)) { return false; }
      }
      for (i = 0; i < markers.length; i++) {
        var m = markers[i].point;  // a marker on the place itself does not count
        if (own && Math.abs(m.x - own.x) < 12 && Math.abs(m.y - own.y) < 12) { continue; }
        if (shapeMeets(markers[i], clear, 9)) { return false; }
      }
      return true;
    }
  }

  window.alertmap = { addFeatures: addFeatures, addOutlines: addOutlines, outlineLayer: outlineLayer,
                      addLabels: addLabels, addPanel: addPanel, addLayerControl: addLayerControl,
                      layerSet: layerSet, addTimeline: addTimeline, ready: ready,
                      popupNode: popupNode, tooltipNode: tooltipNode, setText: setText,
                      open: openFeature, focus: focusFeature, highlight: highlight,
                      register: register, fit: fit, refit: refit,
                      addProfile: addProfile, addCallouts: addCallouts,
                      placeLabels: placeLabels, addNorthArrow: addNorthArrow,
                      setStatic: setStatic, watchTiles: watchTiles, openSheet: openSheet,
                      addInset: addInset };
})();
