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

  function status(p) {
    var parts = [p.kind_label];
    if (p.basis === "inferred") { parts.push("estimate: not stated by any source"); }
    else if (p.basis === "derived") { parts.push("derived from a relative report"); }
    if (p.approximate) { parts.push("approximate"); }
    return parts.join(" \u00b7 ");
  }

  function popupNode(p) {
    var root = el("div", "am-popup");
    root.appendChild(el("div", "am-popup-title", p.name));
    root.appendChild(el("div", "am-popup-status", status(p)));
    (p.times_display || []).forEach(function (t) { row(root, t.label + ":", t.text, "am-time"); });
    row(root, "Reported:", p.reported);
    row(root, "How drawn:", p.method);
    (p.notes || []).forEach(function (n) { row(root, "Note:", n); });
    (p.reports || []).forEach(function (r) {
      row(root, "Report:", r.report + " [" + r.source + "]: " + r.verdict,
          r.verdict.indexOf("contradicts") === 0 ? "am-disagrees" : "");
    });
    var list = el("div", "am-sources");
    list.appendChild(el("div", "am-label", (p.sources || []).length > 1 ? "Sources:" : "Source:"));
    (p.sources || []).forEach(function (s) {
      var item = el("div", "am-source");
      item.appendChild(el("span", null, s.organisation + ", " + s.date));
      var url = safeUrl(s.url);
      if (url) {
        item.appendChild(document.createTextNode(" "));
        var a = el("a", null, "[link]");
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

  function tooltipNode(p) {
    var root = el("div", "am-tooltip");
    root.appendChild(el("div", "am-tooltip-title", p.name + (p.approximate ? " (approximate)" : "")));
    var first = (p.times_display || [])[0];
    if (first) { root.appendChild(el("div", null, first.label + ": " + first.text)); }
    if (p.source_short) { root.appendChild(el("div", "am-tooltip-source", p.source_short)); }
    return root;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function markerIcon(style, cls) {
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

  // Panels share the map's height (sizes come from the map, not the window, which in an embed
  // is the host page's): on the left the top panel takes up to 55 % and the bottom one what is
  // left above the scale bar; on the right an open layer list stops 50 px above the map's foot
  // and the legend keeps below the title and layer control. This runs when the browser has laid
  // the page out (a ResizeObserver callback comes after layout and before paint), and reads
  // every size before it writes any, so it forces no extra layout while the page loads.
  function layoutPanels(map) {
    var container = map.getContainer();
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
    function cap(node, px) { node.style.maxHeight = Math.max(60, Math.floor(px)) + "px"; }
    if (top) { cap(top, height * 0.55); }
    if (bottom) { cap(bottom, height - leftBottom - 70); }
    if (listTop !== null) {
      cap(layers._section, height - listTop - 50);
      rightBottom = Math.min(rightBottom, height - 40);
    }
    // below the legend the attribution line (about 20 px), and around it two 10 px margins and
    // its own 6 px padding (max-height does not count padding)
    if (legend) { cap(legend, height - rightBottom - 56); }
    map._amLaidOut = true;
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
  // layoutPanels caps the list's height
  var LayerList = L.Control.Layers.extend({
    expand: function () {
      if (this._map && this._map._amLaidOut) {
        return L.Control.Layers.prototype.expand.call(this);
      }
      L.DomUtil.addClass(this._container, "leaflet-control-layers-expanded");
      return this;
    }
  });

  function addLayerControl(map, baseLayers, overlays, options) {
    var control = new LayerList(baseLayers, overlays, options).addTo(map);
    map._amLayers = control;
    watchLayout(map);
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

  // One layer of features: lines and areas as FeaturePath (below), points as markers. Popups
  // and tooltips are built from text nodes when first opened.
  function addFeatures(target, data, opts, now) {
    var style = opts.style || {};
    var interactive = opts.interactive !== false;
    var pane = opts.pane || "overlayPane";
    var layer = L.featureGroup();
    data.features.forEach(function (feature) {
      var shape = feature.shape;
      var lyr;
      if (shape.point) {
        lyr = style.marker === "triangle"
          ? L.marker(shape.point, { icon: markerIcon(style, style.className || ""), keyboard: true,
                                    title: "", pane: "markerPane", interactive: interactive })
          : L.circleMarker(shape.point, L.extend({ pane: pane, interactive: interactive }, style));
      } else {
        lyr = new FeaturePath(shape, data.bits, L.extend({ pane: pane, interactive: interactive,
                                                             fill: shape.area }, style));
      }
      lyr.addTo(layer);
      if (!interactive) { return; }
      var p = feature.properties || {};
      lyr.bindPopup(function () { return popupNode(p); }, { maxWidth: 380 });
      lyr.bindTooltip(function () { return tooltipNode(p); }, { sticky: true, direction: "top" });
      lyr.on("add", function () {
        if (p.id) { featuresOf(lyr._map)[p.id] = lyr; }
        var node = lyr.getElement ? lyr.getElement() : null;
        if (node) { node.setAttribute("data-am-id", p.id || ""); }
      });
    });
    if (now) { layer.addTo(target); } else { pending.push([layer, target]); }
    return layer;
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

  function addLabels(target, labels, cls) {
    labels.forEach(function (lb) {
      var node = el("div", null, lb.text);
      pending.push([L.marker([lb.lat, lb.lon], {
        icon: L.divIcon({ html: node, className: cls, iconSize: null }),
        interactive: false, keyboard: false
      }), target]);
    });
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
    return control;
  }

  var maps = [];

  function register(map) {
    maps.push(map);
    map.getContainer().setAttribute("data-am-ready", "false");
    if (window.ResizeObserver) {
      // the frame can change size without a window resize (fonts, an embedding page's layout)
      new ResizeObserver(function () { map.invalidateSize({ animate: false }); })
        .observe(map.getContainer());
    }
  }

  function scaledPadding(map, options) {
    // panels take a fixed number of pixels: on a smaller frame (print, embeds) keep less room
    var scale = Math.min(1, map.getSize().x / 1600);
    var out = { animate: false };
    Object.keys(options).forEach(function (k) {
      out[k] = Array.isArray(options[k]) ? options[k].map(function (v) { return v * scale; })
                                         : options[k];
    });
    return out;
  }

  // The view is fitted before any layer is added, so each layer is projected and drawn once,
  // at the zoom it is shown at (fitting afterwards would redraw every path).
  function fit(map, bounds, options) {
    map._amFit = { bounds: bounds, options: options };
    map.fitBounds(bounds, scaledPadding(map, options));
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
      if (m._amFit) { m.fitBounds(m._amFit.bounds, scaledPadding(m, m._amFit.options)); }
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

  window.alertmap = { addFeatures: addFeatures, addOutlines: addOutlines, outlineLayer: outlineLayer,
                      addLabels: addLabels, addPanel: addPanel, addLayerControl: addLayerControl,
                      addTimeline: addTimeline, ready: ready, popupNode: popupNode, tooltipNode: tooltipNode,
                      open: openFeature, focus: focusFeature, highlight: highlight,
                      register: register, fit: fit, refit: refit };
})();
