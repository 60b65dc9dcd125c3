// A whole document with every event marked: the sentences that carry events are tinted, and each
// event's source, verb and target are marked as in the evidence view. Clicking a mark opens its
// event; `?focus=start-end` outlines one sentence (the one the user came from) and scrolls to it.

import { api } from "../api.js";
import { h, route, actorCell, errorBox, loading, setState } from "../dom.js";
import { markText, roleLegend } from "../highlight.js";
import { rootName } from "../cameo.js";

function eventSpans(events) {
  const spans = [];
  for (const event of events) {
    const ids = [event.event_id];
    const label = `${event.code} ${rootName(event.code)}: ${event.source ? event.source.code : "–"} → ${event.target ? event.target.code : "–"}`;
    if (event.sentence) spans.push({ start: event.sentence.start, end: event.sentence.end, cls: "ev-sentence", title: label, events: ids });
    const parts = [
      ["verb", "role-verb", `verb of ${label}`, "verbOf"],
      ["source", "role-source", `source ${event.source ? event.source.code : ""}`, "sourceOf"],
      ["target", "role-target", `target ${event.target ? event.target.code : ""}`, "targetOf"],
    ];
    for (const [key, cls, title, dataName] of parts) {
      const part = event[key];
      if (!part) continue;
      spans.push({ start: part.start, end: part.end, cls, title, events: ids, data: { [dataName]: event.event_id } });
    }
  }
  return spans;
}

function parseFocus(text) {
  const match = /^(\d+)-(\d+)$/.exec(text || "");
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

function eventList(events) {
  return h(
    "table",
    { class: "data doc-events" },
    h("thead", null, h("tr", null, h("th", null, "Sentence"), h("th", null, "Source"), h("th", null, "Event"), h("th", null, "Target"), h("th", null, "Verb"))),
    h(
      "tbody",
      null,
      events.map((event) =>
        h(
          "tr",
          {
            class: "clickable",
            dataset: { eventId: event.event_id },
            onclick: () => {
              window.location.hash = route(`event/${encodeURIComponent(event.event_id)}`);
            },
          },
          h("td", { class: "num" }, event.sentence ? String(event.sentence.index + 1) : "–"),
          h("td", null, actorCell(event.source)),
          h("td", null, h("span", { class: "code" }, event.code), " ", h("span", { class: "muted small" }, rootName(event.code))),
          h("td", null, actorCell(event.target)),
          h("td", null, event.verb ? event.verb.text : "–"),
        ),
      ),
    ),
  );
}

function renderDocument(doc, focus) {
  const events = doc.events || [];
  const spans = eventSpans(events);
  if (focus) spans.push({ ...focus, cls: "focus" });
  const text = h("div", { class: "doc-text", id: "doc-text" }, markText(doc.text || "", spans));
  text.addEventListener("click", (e) => {
    const mark = e.target.closest("mark[data-events]");
    if (!mark) return;
    // Words can belong to several events (two events in one sentence): prefer the event whose verb
    // or actor was clicked over the one whose sentence merely contains it.
    const own = mark.dataset.verbOf || mark.dataset.sourceOf || mark.dataset.targetOf || mark.dataset.events;
    const eventId = own.split(" ")[0];
    window.location.hash = route(`event/${encodeURIComponent(eventId)}`);
  });
  const meta = [doc.source, doc.date, `${events.length} event${events.length === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
  return h(
    "div",
    { class: "document" },
    h(
      "section",
      { class: "card" },
      h("p", { class: "muted small" }, h("a", { href: route("events", { doc_id: doc.doc_id }) }, "events of this document"), " · ", h("code", null, doc.doc_id)),
      h("h2", { id: "doc-title" }, doc.title || doc.doc_id),
      h("p", { class: "muted small" }, meta),
      roleLegend(),
      text,
    ),
    h("section", { class: "card" }, h("h2", null, "Events in this document"), events.length ? eventList(events) : h("p", { class: "empty" }, "No events were coded in this document.")),
  );
}

export function documentView(current) {
  const container = h("div", { id: "document-view" }, loading());
  setState(container, "loading");
  const focus = parseFocus(current.params.get("focus"));
  api
    .document(current.arg)
    .then((doc) => {
      container.replaceChildren(renderDocument(doc, focus));
      setState(container, "ready");
      const target = container.querySelector("mark.focus");
      if (target) target.scrollIntoView({ block: "center" });
    })
    .catch((err) => {
      container.replaceChildren(errorBox(err));
      setState(container, "error");
    });
  return container;
}
