// Event browser: filters (actors, country, code, root, quad class, dates, text in the evidence),
// a page of events, and cursor paging. The filters live in the address, so a filtered list can be
// bookmarked and the browser's back button returns to it from an event.

import { api } from "../api.js";
import { h, route, formatNumber, errorBox, loading, setState } from "../dom.js";
import { ROOT_NAMES, QUAD_NAMES } from "../cameo.js";
import { eventTable } from "../eventtable.js";
import { roleLegend } from "../highlight.js";

const TEXT_FILTERS = [
  ["actor", "Actor (either side)", "USA, RUSGOV…"],
  ["source", "Source", ""],
  ["target", "Target", ""],
  ["country", "Country", "ISO alpha-3"],
  ["code", "Code prefix", "04, 0431…"],
  ["location_country", "Happened in", "ISO alpha-3"],
];

const SORTS = [
  ["-date", "date, newest first"],
  ["date", "date, oldest first"],
  ["-num_mentions", "most mentioned"],
  ["goldstein", "Goldstein, most hostile"],
  ["-goldstein", "Goldstein, most cooperative"],
];

const PAGE_SIZES = ["25", "50", "100"];
const MAX_PAGE = 500;
const FILTER_KEYS = ["actor", "source", "target", "country", "code", "location_country", "root", "quad_class", "date_from", "date_to", "q", "doc_id", "sort"];

export function eventsView(current) {
  const params = current.params;
  const value = (key) => params.get(key) || "";
  // Any page size the API accepts works from the address; the menu offers the usual ones.
  const requested = parseInt(value("limit"), 10);
  const limit = requested >= 1 && requested <= MAX_PAGE ? String(requested) : "50";
  const sizes = PAGE_SIZES.includes(limit) ? PAGE_SIZES : [limit, ...PAGE_SIZES];
  const page = Math.max(1, parseInt(value("page") || "1", 10) || 1);

  const fields = {};
  for (const [key, label, placeholder] of TEXT_FILTERS) {
    fields[key] = h("input", { name: key, id: `filter-${key}`, value: value(key), placeholder });
  }
  fields.root = h(
    "select",
    { name: "root", id: "filter-root" },
    h("option", { value: "" }, "any"),
    Object.entries(ROOT_NAMES).map(([root, name]) => h("option", { value: root, selected: root === value("root") }, `${root} ${name}`)),
  );
  fields.quad_class = h(
    "select",
    { name: "quad_class", id: "filter-quad" },
    h("option", { value: "" }, "any"),
    Object.entries(QUAD_NAMES).map(([q, name]) => h("option", { value: q, selected: q === value("quad_class") }, `${q} ${name}`)),
  );
  fields.date_from = h("input", { type: "date", name: "date_from", id: "filter-date-from", value: value("date_from") });
  fields.date_to = h("input", { type: "date", name: "date_to", id: "filter-date-to", value: value("date_to") });
  fields.q = h("input", { name: "q", id: "filter-q", class: "wide", value: value("q"), placeholder: "words in the evidence sentence" });
  fields.doc_id = h("input", { name: "doc_id", id: "filter-doc", value: value("doc_id"), placeholder: "document id" });
  fields.sort = h("select", { name: "sort", id: "filter-sort" }, SORTS.map(([v, label]) => h("option", { value: v, selected: v === value("sort") }, label)));
  const sizeSelect = h("select", { name: "limit", id: "filter-limit" }, sizes.map((n) => h("option", { value: n, selected: n === limit }, n)));

  const form = h(
    "form",
    {
      class: "filters",
      id: "event-filters",
      onsubmit: (e) => {
        e.preventDefault();
        const next = { limit: sizeSelect.value };
        for (const key of FILTER_KEYS) next[key] = fields[key].value.trim();
        window.location.hash = route("events", next);
      },
    },
    TEXT_FILTERS.map(([key, label]) => h("label", null, label, fields[key])),
    h("label", null, "Root", fields.root),
    h("label", null, "Quad class", fields.quad_class),
    h("label", null, "From", fields.date_from),
    h("label", null, "To", fields.date_to),
    h("label", null, "Text", fields.q),
    h("label", null, "Document", fields.doc_id),
    h("label", null, "Sort", fields.sort),
    h("label", null, "Per page", sizeSelect),
    h("button", { type: "submit", id: "apply-filters" }, "Apply"),
    h("a", { class: "button secondary", href: route("events") }, "Clear"),
  );

  const results = h("div", { id: "event-results" });
  const query = { limit, cursor: value("cursor") };
  for (const key of FILTER_KEYS) query[key] = value(key);

  setState(results, "loading");
  results.append(loading());
  api
    .events(query)
    .then((body) => {
      const items = body.items || [];
      if (!items.length) {
        results.replaceChildren(h("p", { class: "empty" }, page > 1 ? "No more events." : "No events match these filters."));
        setState(results, "empty");
        return;
      }
      const first = (page - 1) * Number(limit) + 1;
      const base = { limit };
      for (const key of FILTER_KEYS) base[key] = value(key);
      const pager = h(
        "div",
        { class: "pager" },
        h("button", { type: "button", class: "secondary", id: "first-page", disabled: page === 1, onclick: () => { window.location.hash = route("events", base); } }, "First page"),
        h("button", { type: "button", class: "secondary", id: "prev-page", disabled: page === 1, onclick: () => history.back() }, "Previous"),
        h("span", { class: "muted small", id: "page-info" }, `events ${formatNumber(first)}–${formatNumber(first + items.length - 1)} (page ${page})`),
        h("button", {
          type: "button",
          id: "next-page",
          disabled: !body.next_cursor,
          onclick: () => {
            window.location.hash = route("events", { ...base, cursor: body.next_cursor, page: page + 1 });
          },
        }, "Next"),
      );
      results.replaceChildren(roleLegend(), eventTable(items), pager);
      setState(results, "ready");
    })
    .catch((err) => {
      results.replaceChildren(errorBox(err));
      setState(results, "error");
    });

  return h(
    "div",
    { class: "events" },
    h("section", { class: "card" }, h("h2", null, "Events"), form),
    h("section", { class: "card" }, results),
  );
}
