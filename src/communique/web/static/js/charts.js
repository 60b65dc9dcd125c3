// Charts drawn as plain SVG: the dyad time series (stacked quad-class bars with a mean-Goldstein
// line), a horizontal bar chart, and an equirectangular world map. No charting library: these three
// shapes are small enough to draw directly, and the page must work without internet.

import { svg, formatNumber } from "./dom.js";
import { QUAD_NAMES } from "./cameo.js";

const DAY_MS = 86400000;

function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) : null;
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseMonth(text) {
  const match = /^(\d{4})-(\d{2})(?:-01)?$/.exec(text);
  return match ? { year: +match[1], month: +match[2] } : null;
}

/** The first and last day covered by a period label of the series API. */
export function periodRange(period, interval) {
  if (interval === "month") {
    const m = parseMonth(period);
    if (m) {
      const last = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
      const mm = String(m.month).padStart(2, "0");
      return { from: `${m.year}-${mm}-01`, to: `${m.year}-${mm}-${String(last).padStart(2, "0")}` };
    }
  }
  const day = parseDay(period);
  if (day !== null) {
    return { from: period, to: interval === "week" ? isoDay(day + 6 * DAY_MS) : period };
  }
  return { from: period, to: period };
}

function nextPeriod(period, interval) {
  if (interval === "month") {
    const m = parseMonth(period);
    if (!m) return null;
    const next = new Date(Date.UTC(m.year, m.month, 1));
    const text = isoDay(next.getTime());
    return period.length === 7 ? text.slice(0, 7) : text;
  }
  const day = parseDay(period);
  if (day === null) return null;
  return isoDay(day + (interval === "week" ? 7 : 1) * DAY_MS);
}

const MAX_FILLED_PERIODS = 3000;

/**
 * Points sorted by period, with the periods the API left out (no events) filled in as zeros, so
 * that quiet stretches show as gaps on the time axis instead of being squeezed out.
 */
export function fillPeriods(points, interval) {
  const sorted = [...points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (sorted.length < 2) return sorted;
  const byPeriod = new Map(sorted.map((point) => [point.period, point]));
  const filled = [];
  let period = sorted[0].period;
  const last = sorted[sorted.length - 1].period;
  while (period !== null && period <= last && filled.length < MAX_FILLED_PERIODS) {
    filled.push(byPeriod.get(period) || emptyPoint(period));
    period = nextPeriod(period, interval);
  }
  // An unknown period format, or a range too long to draw period by period: keep what we got.
  return period === null || filled.length >= MAX_FILLED_PERIODS ? sorted : filled;
}

function emptyPoint(period) {
  return { period, count: 0, goldstein_sum: 0, goldstein_mean: null, quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
}

function quadCount(point, quad) {
  const q = point.quad || {};
  return Number(q[quad] ?? q[String(quad)] ?? 0);
}

/** Round numbers for an axis from 0 to at least `max`. */
export function niceTicks(max, count = 5) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) || 10 * magnitude;
  const top = Math.ceil(max / step) * step;
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** A period as the time axis shows it: months as YYYY-MM, days and weeks (their Monday) as dates. */
export function periodLabel(period, interval) {
  return interval === "month" && /^\d{4}-\d{2}-01$/.test(period) ? period.slice(0, 7) : period;
}

function periodTitle(point) {
  const parts = [1, 2, 3, 4]
    .map((q) => [q, quadCount(point, q)])
    .filter(([, n]) => n > 0)
    .map(([q, n]) => `${QUAD_NAMES[q]}: ${n}`);
  const mean =
    point.goldstein_mean === null || point.goldstein_mean === undefined
      ? ""
      : `\nmean Goldstein ${formatNumber(point.goldstein_mean, 2)}`;
  return `${point.period}: ${point.count} event${point.count === 1 ? "" : "s"}` +
    (parts.length ? "\n" + parts.join("\n") : "") + mean;
}

/**
 * The dyad time series: per period a stack of event counts by quad class (left axis) and the mean
 * Goldstein value as a line (right axis, -10..+10). Clicking a period calls onSelect(period).
 */
export function seriesChart(points, { interval = "day", selected = null, onSelect = null } = {}) {
  const data = fillPeriods(points, interval);
  const width = 960;
  const height = 330;
  const margin = { top: 16, right: 52, bottom: 46, left: 52 };
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const maxCount = Math.max(1, ...data.map((p) => Number(p.count) || 0));
  const ticks = niceTicks(maxCount, 5);
  const yTop = ticks[ticks.length - 1];
  const y = (v) => margin.top + innerH - (v / yTop) * innerH;
  const g = (v) => margin.top + innerH / 2 - (v / 10) * (innerH / 2);
  const band = innerW / Math.max(1, data.length);
  const barW = Math.max(1, Math.min(48, band * 0.78));
  const xCenter = (i) => margin.left + band * i + band / 2;

  const root = svg("svg", {
    class: "chart series-chart",
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": "Events per period by quad class, with the mean Goldstein value",
  });

  const grid = svg("g", { class: "grid" });
  const leftAxis = svg("g", { class: "axis axis-count" });
  for (const tick of ticks) {
    grid.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(tick), y2: y(tick) }));
    leftAxis.append(
      svg("text", { x: margin.left - 6, y: y(tick) + 4, "text-anchor": "end" }, formatNumber(tick)),
    );
  }
  leftAxis.append(
    svg(
      "text",
      { x: 14, y: margin.top + innerH / 2, transform: `rotate(-90 14 ${margin.top + innerH / 2})`, "text-anchor": "middle" },
      "events",
    ),
  );
  const rightAxis = svg("g", { class: "axis axis-goldstein" });
  for (const tick of [-10, -5, 0, 5, 10]) {
    rightAxis.append(
      svg("text", { x: width - margin.right + 6, y: g(tick) + 4 }, (tick > 0 ? "+" : "") + tick),
    );
  }
  const rx = width - 12;
  rightAxis.append(
    svg(
      "text",
      { x: rx, y: margin.top + innerH / 2, transform: `rotate(90 ${rx} ${margin.top + innerH / 2})`, "text-anchor": "middle" },
      "mean Goldstein",
    ),
  );
  root.append(grid, leftAxis, rightAxis);

  const bars = svg("g", { class: "bars" });
  data.forEach((point, i) => {
    const group = svg("g", {
      class: "period" + (point.period === selected ? " selected" : ""),
      dataset: { period: point.period, count: Number(point.count) || 0 },
      tabindex: onSelect ? 0 : null,
      role: onSelect ? "button" : null,
    });
    group.append(svg("title", null, periodTitle(point)));
    group.append(
      svg("rect", { class: "hit", x: margin.left + band * i, y: margin.top, width: band, height: innerH }),
    );
    let stacked = 0;
    for (const quad of [1, 2, 3, 4]) {
      const n = quadCount(point, quad);
      if (n <= 0) continue;
      group.append(
        svg("rect", {
          class: `bar q${quad}`,
          x: xCenter(i) - barW / 2,
          y: y(stacked + n),
          width: barW,
          height: Math.max(0.5, y(stacked) - y(stacked + n)),
          dataset: { quad, count: n },
        }),
      );
      stacked += n;
    }
    if (onSelect) {
      group.addEventListener("click", () => onSelect(point.period));
      group.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") onSelect(point.period);
      });
    }
    bars.append(group);
  });
  root.append(bars);

  root.append(svg("line", { class: "zero", x1: margin.left, x2: width - margin.right, y1: g(0), y2: g(0) }));

  // The line breaks over periods without events: a mean of nothing is not zero. Over a year of
  // days the dots shrink so that the bars stay readable beneath them.
  const dotRadius = Math.max(1.2, Math.min(3, band / 4));
  let d = "";
  let penUp = true;
  const dots = svg("g", { class: "goldstein-dots" });
  data.forEach((point, i) => {
    const mean = point.goldstein_mean;
    if (mean === null || mean === undefined || !(Number(point.count) > 0)) {
      penUp = true;
      return;
    }
    d += `${penUp ? "M" : "L"}${xCenter(i).toFixed(1)},${g(mean).toFixed(1)}`;
    penUp = false;
    dots.append(svg("circle", { class: "goldstein-dot", cx: xCenter(i), cy: g(mean), r: dotRadius }));
  });
  if (d) root.append(svg("path", { class: "goldstein-line", d, "stroke-width": band < 6 ? 1.2 : 2 }));
  root.append(dots);

  const xAxis = svg("g", { class: "axis axis-time" });
  xAxis.append(
    svg("line", { x1: margin.left, x2: width - margin.right, y1: margin.top + innerH, y2: margin.top + innerH }),
  );
  const every = Math.max(1, Math.ceil(data.length / 9));
  data.forEach((point, i) => {
    if (i % every !== 0) return;
    xAxis.append(
      svg("line", { x1: xCenter(i), x2: xCenter(i), y1: margin.top + innerH, y2: margin.top + innerH + 4 }),
      svg("text", { x: xCenter(i), y: margin.top + innerH + 18, "text-anchor": "middle" }, periodLabel(point.period, interval)),
    );
  });
  root.append(xAxis);
  return root;
}

/**
 * Horizontal bars: items [{key, label, value, cls, title}]. Clicking a row calls onSelect(key).
 */
export function barChart(items, { onSelect = null, labelWidth = 230, width = 620 } = {}) {
  const rowH = 24;
  const top = 6;
  const height = top + rowH * items.length + 6;
  const maxValue = Math.max(1, ...items.map((item) => item.value));
  const barSpace = width - labelWidth - 60;
  const root = svg("svg", {
    class: "chart bar-chart",
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": "bar chart",
  });
  items.forEach((item, i) => {
    const yRow = top + i * rowH;
    const barLength = Math.max(1, (item.value / maxValue) * barSpace);
    const row = svg("g", { class: "bar-row", dataset: { key: item.key, value: item.value } });
    row.append(
      svg("title", null, item.title || `${item.label}: ${item.value}`),
      svg("text", { class: "label", x: labelWidth - 8, y: yRow + 16, "text-anchor": "end" }, item.label),
      svg("rect", { class: `bar ${item.cls || ""}`, x: labelWidth, y: yRow + 4, width: barLength, height: rowH - 8, rx: 2 }),
      svg("text", { class: "value", x: labelWidth + barLength + 6, y: yRow + 16 }, formatNumber(item.value)),
    );
    if (onSelect) row.addEventListener("click", () => onSelect(item.key));
    root.append(row);
  });
  return root;
}

/**
 * Event locations on an equirectangular world (viewBox 360 x 180: x = lon + 180, y = 90 - lat), over
 * the vendored land outline when `landPath` is given and a 30-degree graticule. Circle areas grow
 * with the number of events.
 */
export function worldMap(landPath, locations, { onSelect = null } = {}) {
  const root = svg("svg", {
    class: "chart map",
    viewBox: "0 0 360 180",
    role: "img",
    "aria-label": "map of event locations",
  });
  root.append(svg("rect", { class: "ocean", x: 0, y: 0, width: 360, height: 180 }));
  let graticule = "";
  for (let lon = -180; lon <= 180; lon += 30) graticule += `M${lon + 180},0V180`;
  for (let lat = -60; lat <= 60; lat += 30) graticule += `M0,${90 - lat}H360`;
  root.append(svg("path", { class: "graticule", d: graticule }));
  if (landPath) root.append(svg("path", { class: "land", d: landPath }));
  const placed = locations.filter(
    (loc) => Number.isFinite(loc.lat) && Number.isFinite(loc.lon) && Math.abs(loc.lat) <= 90 && Math.abs(loc.lon) <= 180,
  );
  const maxCount = Math.max(1, ...placed.map((loc) => loc.count || 1));
  const points = svg("g", { class: "places" });
  // Largest first, so small places stay visible on top of big ones.
  for (const loc of [...placed].sort((a, b) => (b.count || 1) - (a.count || 1))) {
    const r = 0.9 + 2.6 * Math.sqrt((loc.count || 1) / maxCount);
    const circle = svg("circle", {
      class: "place",
      cx: (loc.lon + 180).toFixed(2),
      cy: (90 - loc.lat).toFixed(2),
      r: r.toFixed(2),
      dataset: { name: loc.name, country: loc.country, count: loc.count },
    });
    circle.append(
      svg("title", null, `${loc.name}${loc.country ? " (" + loc.country + ")" : ""}: ${loc.count} event${loc.count === 1 ? "" : "s"}`),
    );
    if (onSelect) circle.addEventListener("click", () => onSelect(loc));
    points.append(circle);
  }
  root.append(points);
  return root;
}
