// Relations: two actors or countries, their event series (counts by quad class per period and the
// mean Goldstein value), and the events of any period clicked on the chart.

import { api } from "../api.js";
import { h, route, formatNumber, errorBox, loading, setState } from "../dom.js";
import { seriesChart, periodRange } from "../charts.js";
import { QUAD_NAMES } from "../cameo.js";
import { eventTable } from "../eventtable.js";

const INTERVALS = ["day", "week", "month"];
// How the two ends are read: both directions (A on B and B on A), or one direction only.
const DIRECTIONS = [
  ["both", "both ways"],
  ["ab", "A → B"],
  ["ba", "B → A"],
];

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function actorSuggestions(datalist) {
  return debounce(async (q) => {
    if (!q || q.length < 1) return;
    try {
      const body = await api.actors(q, 20);
      datalist.replaceChildren(
        ...(body.items || []).map((actor) =>
          h("option", { value: actor.code }, [actor.name, actor.count !== undefined ? `${actor.count} events` : null].filter(Boolean).join(" · ")),
        ),
      );
    } catch {
      // Suggestions are a convenience; the form works without them.
    }
  }, 200);
}

function legend() {
  return h(
    "div",
    { class: "legend" },
    [1, 2, 3, 4].map((q) => h("span", null, h("span", { class: "swatch", style: `background: var(--q${q})` }), QUAD_NAMES[q])),
    h("span", null, h("span", { class: "swatch line" }), "mean Goldstein (right axis)"),
  );
}

function summary(points) {
  const total = points.reduce((s, p) => s + (Number(p.count) || 0), 0);
  const sum = points.reduce((s, p) => s + (Number(p.goldstein_sum) || 0), 0);
  const quads = [1, 2, 3, 4].map((q) => points.reduce((s, p) => s + Number((p.quad || {})[q] || 0), 0));
  return h(
    "p",
    { class: "muted small series-summary" },
    `${formatNumber(total)} events in ${formatNumber(points.filter((p) => Number(p.count) > 0).length)} of ${formatNumber(points.length)} periods; `,
    `mean Goldstein ${total ? formatNumber(sum / total, 2) : "–"}; `,
    quads.map((n, i) => `${i ? ", " : ""}${QUAD_NAMES[i + 1].toLowerCase()} ${n}`),
    ". Click a bar to list its events.",
  );
}

// The events API filters one direction at a time: "both ways" is the two directed queries merged.
async function periodEvents(a, b, direction, from, to) {
  const query = { date_from: from, date_to: to, limit: 200, sort: "date" };
  const none = Promise.resolve({ items: [], next_cursor: null });
  const [ab, ba] = await Promise.all([
    direction === "ba" ? none : api.events({ ...query, source: a, target: b }),
    direction === "ab" || a === b ? none : api.events({ ...query, source: b, target: a }),
  ]);
  const seen = new Set();
  const items = [...(ab.items || []), ...(ba.items || [])].filter((event) => {
    // An actor matching both ends (USA and USAGOV) would list an event twice.
    if (seen.has(event.event_id)) return false;
    seen.add(event.event_id);
    return true;
  });
  items.sort((x, y) => String(x.date || x.doc_date).localeCompare(String(y.date || y.doc_date)));
  const truncated = Boolean(ab.next_cursor || ba.next_cursor);
  return { items, truncated };
}

export function relationsView(current) {
  const params = current.params;
  const a = (params.get("a") || "").trim();
  const b = (params.get("b") || "").trim();
  const interval = INTERVALS.includes(params.get("interval")) ? params.get("interval") : "day";
  const from = params.get("from") || "";
  const to = params.get("to") || "";
  const direction = DIRECTIONS.some(([d]) => d === params.get("dir")) ? params.get("dir") : "both";

  const datalist = h("datalist", { id: "actor-suggestions" });
  const suggest = actorSuggestions(datalist);
  const inputA = h("input", { id: "actor-a", name: "a", value: a, list: "actor-suggestions", placeholder: "USA, RUSGOV…", autocomplete: "off", required: true, oninput: (e) => suggest(e.target.value) });
  const inputB = h("input", { id: "actor-b", name: "b", value: b, list: "actor-suggestions", placeholder: "RUS, UKRMIL…", autocomplete: "off", required: true, oninput: (e) => suggest(e.target.value) });
  const intervalSelect = h("select", { id: "interval", name: "interval" }, INTERVALS.map((i) => h("option", { value: i, selected: i === interval }, i)));
  const directionSelect = h("select", { id: "direction", name: "dir" }, DIRECTIONS.map(([d, label]) => h("option", { value: d, selected: d === direction }, label)));
  const fromInput = h("input", { type: "date", id: "series-from", name: "from", value: from });
  const toInput = h("input", { type: "date", id: "series-to", name: "to", value: to });
  const form = h(
    "form",
    {
      class: "filters",
      id: "dyad-form",
      onsubmit: (e) => {
        e.preventDefault();
        window.location.hash = route("relations", {
          a: inputA.value.trim(),
          b: inputB.value.trim(),
          interval: intervalSelect.value,
          dir: directionSelect.value,
          from: fromInput.value,
          to: toInput.value,
        });
      },
    },
    h("label", null, "Actor or country A", inputA),
    h("button", {
      type: "button",
      class: "secondary swap",
      title: "swap A and B",
      onclick: () => {
        [inputA.value, inputB.value] = [inputB.value, inputA.value];
      },
    }, "⇄"),
    h("label", null, "Actor or country B", inputB),
    h("label", null, "Direction", directionSelect),
    h("label", null, "Interval", intervalSelect),
    h("label", null, "From", fromInput),
    h("label", null, "To", toInput),
    h("button", { type: "submit", id: "show-series" }, "Show"),
    datalist,
  );

  const chips = h("div", { class: "chips", id: "dyad-chips" }, h("span", { class: "muted small" }, "Top dyads:"));
  api
    .topDyads(12)
    .then((body) => {
      for (const item of body.items || []) {
        chips.append(
          h("button", {
            type: "button",
            class: "chip",
            dataset: { a: item.a, b: item.b },
            title: `${item.count} events`,
            onclick: () => {
              window.location.hash = route("relations", { a: item.a, b: item.b, interval: intervalSelect.value, dir: directionSelect.value });
            },
          }, `${item.a} → ${item.b} (${item.count})`),
        );
      }
      setState(chips, "ready");
    })
    .catch(() => setState(chips, "error"));

  const chartBox = h("div", { id: "series-chart" });
  const periodBox = h("div", { id: "period-events" }, h("p", { class: "muted small" }, "The events of a period appear here when you click its bar."));
  const page = h(
    "div",
    { class: "relations" },
    h("section", { class: "card" }, h("h2", null, "Relations between two actors or countries"), form, chips),
    h("section", { class: "card" }, h("h2", { id: "series-title" }, a && b ? `${direction === "ba" ? b + " → " + a : direction === "ab" ? a + " → " + b : a + " ⇄ " + b}, per ${interval}` : "Series"), chartBox),
    h("section", { class: "card" }, periodBox),
  );

  if (!a || !b) {
    chartBox.append(h("p", { class: "empty" }, "Pick two actors or countries (CAMEO codes such as USA, RUS, USAGOV), or a top dyad above."));
    setState(chartBox, "idle");
    return page;
  }

  async function selectPeriod(period, svgChart) {
    for (const g of svgChart.querySelectorAll("g.period")) {
      g.classList.toggle("selected", g.dataset.period === period);
    }
    // Remember the period in the address without re-rendering the view.
    const next = new URLSearchParams(params);
    next.set("period", period);
    history.replaceState(null, "", "#/relations?" + next.toString());
    const range = periodRange(period, interval);
    setState(periodBox, "loading");
    periodBox.replaceChildren(h("h2", null, `Events ${range.from === range.to ? "on " + range.from : range.from + " to " + range.to}`), loading());
    try {
      const { items, truncated } = await periodEvents(a, b, direction, range.from, range.to);
      const heading = h("h2", null, `${formatNumber(items.length)} event${items.length === 1 ? "" : "s"} between ${a} and ${b} ${range.from === range.to ? "on " + range.from : "from " + range.from + " to " + range.to}`);
      const dates = { date_from: range.from, date_to: range.to };
      const browse = [
        direction !== "ba" ? h("a", { href: route("events", { source: a, target: b, ...dates }) }, `${a} → ${b}`) : null,
        direction === "both" ? " and " : null,
        direction !== "ab" ? h("a", { href: route("events", { source: b, target: a, ...dates }) }, `${b} → ${a}`) : null,
      ];
      const more = truncated ? h("p", { class: "muted small" }, "Only the first events are listed; browse them all: ", browse, ".") : null;
      const list = items.length ? eventTable(items) : h("p", { class: "empty" }, "No events listed for this period.");
      periodBox.replaceChildren(...[heading, list, more].filter(Boolean));
      setState(periodBox, items.length ? "ready" : "empty");
    } catch (err) {
      periodBox.replaceChildren(errorBox(err));
      setState(periodBox, "error");
    }
  }

  setState(chartBox, "loading");
  chartBox.append(loading());
  const [seriesA, seriesB] = direction === "ba" ? [b, a] : [a, b];
  api
    .series(seriesA, seriesB, { interval, from, to, both: direction === "both" ? "true" : null })
    .then((body) => {
      const points = body.points || [];
      // The API fills quiet periods with zeros: no events at all means no chart to draw.
      if (!points.some((p) => Number(p.count) > 0)) {
        chartBox.replaceChildren(h("p", { class: "empty" }, `No events between ${a} and ${b}${from || to ? " in this date range" : ""}.`));
        setState(chartBox, "empty");
        return;
      }
      const chart = seriesChart(points, { interval, selected: params.get("period"), onSelect: (period) => selectPeriod(period, chart) });
      chartBox.replaceChildren(summary(points), chart, legend());
      setState(chartBox, "ready");
      if (params.get("period")) selectPeriod(params.get("period"), chart);
    })
    .catch((err) => {
      chartBox.replaceChildren(errorBox(err));
      setState(chartBox, "error");
    });
  return page;
}
