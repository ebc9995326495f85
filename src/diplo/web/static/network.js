// Relation network: actors as nodes, events as directed edges (width: count; colour: summed score).
(function () {
  "use strict";
  const box = document.getElementById("network");
  const details = document.getElementById("network-details");
  if (!box) return;

  const COOP = "#1f9d6a", CONFLICT = "#d2463c", NEUTRAL = "#8a96a3";

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(text, href) {
    const a = element("a", text);
    a.href = href;
    return a;
  }

  function show(title, rows, links) {
    details.replaceChildren(element("h2", title));
    const list = element("dl");
    rows.forEach(function (row) {
      list.append(element("dt", row[0]), element("dd", String(row[1])));
    });
    details.append(list);
    links.forEach(function (l) { details.append(link(l[0], l[1]), element("br")); });
  }

  function colour(score) { return score > 0 ? COOP : score < 0 ? CONFLICT : NEUTRAL; }

  function draw(data) {
    if (data.error || !data.nodes.length) {
      box.replaceChildren(element("p", data.error || "No events between actors match these filters.", "empty"));
      box.dataset.ready = "1";
      box.dataset.nodes = "0";
      return;
    }
    const most = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }));
    const heaviest = Math.max.apply(null, data.edges.map(function (e) { return e.events; }));
    const elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, kind: n.kind, events: n.events, size: 18 + 42 * Math.sqrt(n.events / most) } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, events: e.events, score: e.score,
        types: e.types, colour: colour(e.score), width: 1.5 + 7 * e.events / heaviest } };
    }));
    const cy = cytoscape({
      container: box,
      elements: elements,
      style: [
        { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "background-color": "#3568d4", "color": "#1c2733", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
          "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 2, "border-color": "#fff" } },
        { selector: "node[kind = 'organization']", style: { "background-color": "#8a56d6", "shape": "round-rectangle" } },
        { selector: "node[kind = 'person']", style: { "background-color": "#f3a530" } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "opacity": 0.8 } },
        { selector: ":selected", style: { "border-color": "#1c2733", "line-color": "#1c2733", "target-arrow-color": "#1c2733", "opacity": 1 } }
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 20000; },
        idealEdgeLength: function () { return 130; }, padding: 30 }
    });
    cy.on("tap", "node", function (event) {
      const n = event.target.data();
      show(n.label, [["code", n.id], ["kind", n.kind], ["events", n.events]],
        [["Dossier", "/dossier?a=" + encodeURIComponent(n.id)], ["Events", "/?actor=" + encodeURIComponent(n.id)]]);
    });
    cy.on("tap", "edge", function (event) {
      const e = event.target.data();
      show(e.source + " → " + e.target, [["events", e.events], ["score", e.score.toFixed(1)], ["types", e.types]],
        [["Dyad timeline", "/dyad?a=" + encodeURIComponent(e.source) + "&b=" + encodeURIComponent(e.target)],
         ["Dossier", "/dossier?a=" + encodeURIComponent(e.source) + "&b=" + encodeURIComponent(e.target)]]);
    });
    window.diploNetwork = cy;
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.ready = "1";
  }

  fetch("/api/graph?" + box.dataset.query)
    .then(function (response) { return response.json(); })
    .then(draw)
    .catch(function (error) { draw({ error: "The network could not be loaded (" + error + ")." }); });
})();
