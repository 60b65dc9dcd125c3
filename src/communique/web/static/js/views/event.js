// One event and its evidence: every mention (sentence) that reported it, across articles, with the
// source, verb and target marked, and a link to each full document with all its events marked.

import { api } from "../api.js";
import { h, route, formatNumber, actorCell, goldsteinBadge, errorBox, loading, setState } from "../dom.js";
import { markedSentence, roleLegend } from "../highlight.js";
import { rootName } from "../cameo.js";
import { quadBadge } from "../eventtable.js";

function fact(label, ...value) {
  return [h("dt", null, label), h("dd", null, ...value)];
}

function actorFact(actor) {
  if (!actor) return h("span", { class: "muted" }, "none");
  const extra = [actor.country, (actor.sectors || []).join(" ")].filter(Boolean).join(", ");
  return h("span", null, actorCell(actor), extra ? h("span", { class: "muted small" }, ` (${extra})`) : null);
}

function documentLink(docId, eventId, sentence, label) {
  const params = { event: eventId };
  if (sentence) params.focus = `${sentence.start}-${sentence.end}`;
  return h("a", { class: "doc-link", href: route(`document/${docId.split("/").map(encodeURIComponent).join("/")}`, params) }, label);
}

function mentionItem(mention, eventId) {
  const { node, outside } = markedSentence(mention);
  const meta = [
    mention.doc_title ? h("strong", null, mention.doc_title) : h("code", null, mention.doc_id),
    mention.source_name ? ` · ${mention.source_name}` : null,
    mention.doc_date ? ` · ${mention.doc_date}` : null,
    mention.sentence ? ` · sentence ${mention.sentence.index + 1}` : null,
    " · ",
    documentLink(mention.doc_id, eventId, mention.sentence, "full document"),
  ];
  return h(
    "li",
    { class: "mention", dataset: { docId: mention.doc_id } },
    h("div", { class: "mention-meta" }, meta),
    h("blockquote", { class: "sentence" }, node),
    outside.map((part) => h("div", { class: "outside" }, `${part.label} read outside this sentence: "${part.text}"`)),
  );
}

function renderEvent(event) {
  const mentions = event.mentions || [];
  const title = h(
    "div",
    { class: "event-head" },
    actorCell(event.source),
    h("span", { class: "arrow" }, "→"),
    h("span", null, h("span", { class: "code" }, event.code), " ", rootName(event.code)),
    h("span", { class: "arrow" }, "→"),
    actorCell(event.target),
  );
  const dateText = [event.date || "unknown", event.date_precision && event.date_precision !== "day" ? ` (${event.date_precision})` : "", event.date_text ? ` from "${event.date_text}"` : ""].join("");
  const location = event.location
    ? `${event.location.name}${event.location.country ? " (" + event.location.country + ")" : ""}`
    : null;
  const speaker = event.attribution && (event.attribution.speaker || event.attribution.via);
  const facts = h(
    "dl",
    { class: "facts" },
    fact("Source", actorFact(event.source)),
    fact("Target", actorFact(event.target)),
    fact("Event date", dateText),
    fact("Reported", event.doc_date || "–"),
    fact("Quad class", quadBadge(event.quad_class)),
    fact("Goldstein", goldsteinBadge(event.goldstein)),
    fact("Verb", h("mark", { class: "role-verb" }, event.verb ? event.verb.text : "–")),
    location ? fact("Location", location) : null,
    speaker
      ? fact("Attributed to", [event.attribution.speaker ? event.attribution.speaker.text || event.attribution.speaker.code : null, event.attribution.via ? `via ${event.attribution.via}` : null].filter(Boolean).join(" "))
      : null,
    fact("Modality", event.modality || "asserted"),
    fact("Confidence", formatNumber(event.confidence, 2)),
    fact("Reported by", `${formatNumber(event.num_mentions ?? mentions.length)} mentions, ${formatNumber(event.num_sources ?? 0)} sources, ${formatNumber(event.num_articles ?? 0)} articles`),
    fact("Event id", h("code", null, event.event_id)),
  );
  const links = h(
    "p",
    null,
    event.source && event.target
      ? h("a", { id: "dyad-link", href: route("relations", { a: event.source.code, b: event.target.code }) }, `Relations ${event.source.code} ⇄ ${event.target.code}`)
      : null,
    event.source && event.target ? " · " : null,
    h("a", { href: route("events", { code: event.code }) }, `All ${event.code} events`),
  );
  return h(
    "div",
    { class: "event-detail" },
    h("section", { class: "card" }, h("p", { class: "muted small" }, h("a", { href: "#/events", onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } }, "← back")), title, facts, links),
    h(
      "section",
      { class: "card", id: "evidence" },
      h("h2", null, `Evidence: ${mentions.length} mention${mentions.length === 1 ? "" : "s"}`),
      roleLegend(),
      mentions.length ? h("ol", { class: "mentions" }, mentions.map((m) => mentionItem(m, event.event_id))) : h("p", { class: "empty" }, "No mentions stored."),
    ),
  );
}

export function eventView(current) {
  const container = h("div", { id: "event-view" }, loading());
  setState(container, "loading");
  api
    .event(current.arg)
    .then((event) => {
      container.replaceChildren(renderEvent(event));
      setState(container, "ready");
    })
    .catch((err) => {
      container.replaceChildren(errorBox(err));
      setState(container, "error");
    });
  return container;
}
