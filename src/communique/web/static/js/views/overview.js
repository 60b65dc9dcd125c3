// Overview: the most active dyads, event counts by CAMEO root, and where events happened.

import { api, getJSON } from "../api.js";
import { h, route, formatNumber, goldsteinBadge, errorBox, loading, setState } from "../dom.js";
import { barChart, worldMap } from "../charts.js";
import { ROOT_NAMES, rootQuad, QUAD_NAMES } from "../cameo.js";

function card(id, title, ...children) {
  return h("section", { class: "card", id }, h("h2", null, title), ...children);
}

async function fill(container, load) {
  setState(container, "loading");
  container.replaceChildren(loading());
  try {
    const { node, state } = await load();
    container.replaceChildren(node);
    setState(container, state);
  } catch (err) {
    container.replaceChildren(errorBox(err));
    setState(container, "error");
  }
}

async function topDyads(level) {
  const body = await api.topDyads(15, level);
  const items = body.items || [];
  if (!items.length) return { node: h("p", { class: "empty" }, "No dyads yet: ingest some documents."), state: "empty" };
  const rows = items.map((item) =>
    h(
      "tr",
      {
        class: "clickable dyad-row",
        dataset: { a: item.a, b: item.b },
        onclick: () => {
          window.location.hash = route("relations", { a: item.a, b: item.b });
        },
      },
      h("td", null, h("span", { class: "actor-code" }, item.a)),
      h("td", null, h("span", { class: "actor-code" }, item.b)),
      h("td", { class: "num" }, formatNumber(item.count)),
      h("td", { class: "num" }, goldsteinBadge(item.goldstein_mean)),
    ),
  );
  const table = h(
    "table",
    { class: "data" },
    h(
      "thead",
      null,
      h("tr", null, h("th", null, "Source"), h("th", null, "Target"), h("th", { class: "num" }, "Events"), h("th", { class: "num" }, "Mean Goldstein")),
    ),
    h("tbody", null, rows),
  );
  return { node: table, state: "ready" };
}

async function rootsChart() {
  const body = await api.roots();
  const items = (body.items || []).filter((item) => item.count > 0);
  if (!items.length) return { node: h("p", { class: "empty" }, "No events yet."), state: "empty" };
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const bars = items
    .sort((a, b) => (a.root < b.root ? -1 : 1))
    .map((item) => ({
      key: item.root,
      label: `${item.root} ${ROOT_NAMES[item.root] || item.name || ""}`.trim(),
      value: item.count,
      cls: `q${rootQuad(item.root)}`,
      title: `${item.root} ${ROOT_NAMES[item.root] || ""}: ${item.count} events (${QUAD_NAMES[rootQuad(item.root)]})`,
    }));
  const chart = barChart(bars, {
    onSelect: (root) => {
      window.location.hash = route("events", { root });
    },
  });
  const node = h(
    "div",
    null,
    h("p", { class: "muted small" }, `${formatNumber(total)} events; click a root to list its events.`),
    chart,
  );
  return { node, state: "ready" };
}

async function locationsMap() {
  const [body, land] = await Promise.all([
    api.locations(),
    // The outline is decoration: without it the points still stand on the graticule.
    getJSON("static/vendor/world-land-110m.json").catch(() => null),
  ]);
  const items = body.items || [];
  const map = worldMap(land ? land.d : null, items, {
    onSelect: (loc) => {
      if (loc.country) window.location.hash = route("events", { location_country: loc.country });
    },
  });
  const wrap = h("div", { class: "map-wrap" }, map);
  if (!items.length) {
    wrap.append(h("div", { class: "overlay" }, "No geolocated events yet."));
    return { node: wrap, state: "empty" };
  }
  const top = [...items].sort((a, b) => b.count - a.count).slice(0, 8);
  const list = h(
    "p",
    { class: "muted small" },
    `${formatNumber(items.length)} places. Most events: `,
    top.map((loc, i) => `${i ? ", " : ""}${loc.name}${loc.country ? " (" + loc.country + ")" : ""} ${loc.count}`),
  );
  return { node: h("div", null, wrap, list), state: "ready" };
}

async function totals() {
  const body = await api.health();
  const node = h(
    "p",
    { class: "totals" },
    h("strong", null, formatNumber(body.events)),
    " events from ",
    h("strong", null, formatNumber(body.mentions)),
    " mentions in ",
    h("strong", null, formatNumber(body.documents)),
    " documents",
  );
  return { node, state: body.events > 0 ? "ready" : "empty" };
}

export function overviewView() {
  const dyads = h("div", { id: "top-dyads" });
  const roots = h("div", { id: "roots-chart" });
  const places = h("div", { id: "locations-map" });
  // Dyads of actor codes (USAGOV -> RUSGOV) or of their countries (USA -> RUS).
  const levels = [
    ["actor", "actors"],
    ["country", "countries"],
  ];
  const toggle = h(
    "div",
    { class: "chips", id: "dyad-level" },
    h("span", { class: "muted small" }, "By"),
    levels.map(([level, label]) =>
      h("button", {
        type: "button",
        class: "chip" + (level === "actor" ? " active" : ""),
        dataset: { level },
        onclick: (e) => {
          for (const b of toggle.querySelectorAll("button")) b.classList.toggle("active", b === e.currentTarget);
          fill(dyads, () => topDyads(level));
        },
      }, label),
    ),
  );
  const counts = h("div", { id: "totals" });
  fill(counts, totals);
  fill(dyads, () => topDyads("actor"));
  fill(roots, rootsChart);
  fill(places, locationsMap);
  return h(
    "div",
    { class: "grid overview" },
    h("section", { class: "wide totals-strip" }, counts),
    card("top-dyads-card", "Top dyads", dyads, toggle),
    card("roots-card", "Events by CAMEO root", roots),
    h("section", { class: "card wide", id: "map-card" }, h("h2", null, "Event locations"), places),
  );
}
