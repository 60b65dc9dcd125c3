// The table of events shared by the event browser and the relations view: one row per
// (deduplicated) event with its sentence, source, verb and target marked; a row opens the event.

import { h, actorCell, goldsteinBadge, route, formatNumber } from "./dom.js";
import { markedSentence } from "./highlight.js";
import { QUAD_NAMES, rootName } from "./cameo.js";

function eventDate(event) {
  if (event.date) return event.date;
  return event.doc_date ? `${event.doc_date} (doc)` : "–";
}

export function quadBadge(quad) {
  if (!quad) return h("span", { class: "muted" }, "–");
  return h("span", { class: `quad q${quad}` }, QUAD_NAMES[quad] || `quad ${quad}`);
}

export function codeCell(event) {
  const name = rootName(event.code);
  return h(
    "span",
    null,
    h("a", { class: "code", href: route(`event/${encodeURIComponent(event.event_id)}`) }, event.code),
    name ? [" ", h("span", { class: "muted small" }, name)] : null,
  );
}

export function eventTable(items) {
  const body = h("tbody");
  for (const event of items) {
    const { node } = markedSentence(event);
    const href = route(`event/${encodeURIComponent(event.event_id)}`);
    const row = h(
      "tr",
      {
        class: "clickable event-row",
        dataset: { eventId: event.event_id },
        onclick: (e) => {
          // Let links inside the row (the code) do their own navigation.
          if (e.target.closest("a")) return;
          window.location.hash = href;
        },
      },
      h("td", { class: "nowrap" }, eventDate(event)),
      h("td", null, actorCell(event.source)),
      h("td", null, codeCell(event), h("div", null, quadBadge(event.quad_class))),
      h("td", null, actorCell(event.target)),
      h("td", { class: "evidence-cell" }, node),
      h("td", { class: "num" }, goldsteinBadge(event.goldstein)),
      h(
        "td",
        { class: "num", title: "mentions / sources / articles" },
        formatNumber(event.num_mentions ?? 1),
        h("span", { class: "muted small" }, ` / ${event.num_sources ?? "–"} / ${event.num_articles ?? "–"}`),
      ),
    );
    body.append(row);
  }
  return h(
    "table",
    { class: "data events-table" },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", null, "Date"),
        h("th", null, "Source"),
        h("th", null, "Event"),
        h("th", null, "Target"),
        h("th", null, "Evidence"),
        h("th", { class: "num" }, "Goldstein"),
        h("th", { class: "num", title: "mentions / sources / articles" }, "Mentions"),
      ),
    ),
    body,
  );
}
