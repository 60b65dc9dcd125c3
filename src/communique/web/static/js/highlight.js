// Marking evidence in text. Offsets in event records are document offsets (Python code-point
// indices); a sentence shown on its own is re-based on sentence.start. Spans may nest or overlap
// (an actor inside a verb phrase, two events in one sentence), so the text is cut at every span
// boundary and each piece carries the classes of all spans that cover it.

import { h } from "./dom.js";

// Python counts code points, JavaScript strings count UTF-16 units: index through an array of code
// points so that text after an emoji or a rare CJK character is still marked in the right place.
function codePoints(text) {
  return Array.from(text || "");
}

/**
 * Mark spans in a text.
 * spans: [{start, end, cls, title?, events?: [event ids], data?: {name: value}}], offsets in code
 * points of `text`. A piece's data-events lists the events of every span over it; `data` values
 * of the covering spans are joined the same way (data: {verbOf: id} marks which event a verb is of).
 * Returns a DocumentFragment of text nodes and <mark> elements.
 */
export function markText(text, spans) {
  const chars = codePoints(text);
  const length = chars.length;
  const usable = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set([0, length]);
  for (const span of usable) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const piece = chars.slice(from, to).join("");
    const covering = usable.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const classes = [...new Set(covering.flatMap((span) => span.cls.split(" ")))];
    const titles = [...new Set(covering.map((span) => span.title).filter(Boolean))];
    const data = {};
    const events = [...new Set(covering.flatMap((span) => span.events || []))];
    if (events.length) data.events = events.join(" ");
    for (const span of covering) {
      for (const [name, value] of Object.entries(span.data || {})) {
        const values = new Set((data[name] || "").split(" ").filter(Boolean));
        values.add(String(value));
        data[name] = [...values].join(" ");
      }
    }
    fragment.append(
      h("mark", { class: classes.join(" "), title: titles.length ? titles.join("\n") : null, dataset: data }, piece),
    );
  }
  return fragment;
}

const ROLES = [
  ["source", "role-source", "source actor"],
  ["target", "role-target", "target actor"],
  ["verb", "role-verb", "verb"],
];

/**
 * The sentence of an event or mention with its source, verb and target marked.
 * record: {sentence: {start, end, text}, source, target, verb} with document offsets.
 * Returns {node, outside}: `outside` lists the roles whose words lie outside this sentence (an actor
 * carried over from an earlier sentence), which the caller shows beneath it.
 */
export function markedSentence(record) {
  const sentence = record.sentence || { start: 0, end: 0, text: "" };
  const base = sentence.start;
  const spans = [];
  const outside = [];
  for (const [key, cls, label] of ROLES) {
    const part = record[key];
    if (!part || part.start === null || part.start === undefined) continue;
    if (part.start < sentence.start || part.end > sentence.end) {
      outside.push({ role: key, label, text: part.text, start: part.start, end: part.end });
      continue;
    }
    spans.push({
      start: part.start - base,
      end: part.end - base,
      cls,
      title: `${label}${part.code ? ": " + part.code : ""}`,
    });
  }
  return { node: markText(sentence.text, spans), outside };
}

/** The legend of the role colours used by markedSentence. */
export function roleLegend() {
  return h(
    "div",
    { class: "legend" },
    h("span", null, h("mark", { class: "role-source" }, "source")),
    h("span", null, h("mark", { class: "role-verb" }, "verb")),
    h("span", null, h("mark", { class: "role-target" }, "target")),
  );
}
