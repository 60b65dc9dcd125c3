// The dashboard's entry point: a hash router over five views. A route is "#/name/arg?query";
// every view is a function (route) -> Node that returns at once and fills itself in as its API
// calls come back, so a slow query never blocks the rest of the page.

import { h } from "./dom.js";
import { overviewView } from "./views/overview.js";
import { relationsView } from "./views/relations.js";
import { eventsView } from "./views/events.js";
import { eventView } from "./views/event.js";
import { documentView } from "./views/document.js";

const VIEWS = {
  overview: overviewView,
  relations: relationsView,
  events: eventsView,
  event: eventView,
  document: documentView,
};

// Which navigation tab a view belongs to.
const TAB_OF = { event: "events", document: "events" };

export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const cut = raw.indexOf("?");
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = cut < 0 ? "" : raw.slice(cut + 1);
  const segments = path.split("/").filter((s) => s !== "");
  return {
    name: segments[0] || "overview",
    // Document ids may contain "/": the argument is the rest of the path, each part decoded.
    arg: segments.slice(1).map(decodeURIComponent).join("/"),
    params: new URLSearchParams(query),
  };
}

function render() {
  const current = parseHash(window.location.hash);
  const view = VIEWS[current.name];
  const tab = TAB_OF[current.name] || current.name;
  for (const link of document.querySelectorAll("#nav a")) {
    link.classList.toggle("active", link.dataset.route === tab);
  }
  const main = document.getElementById("app");
  if (!view) {
    main.dataset.route = window.location.hash;
    main.replaceChildren(
      h("div", { class: "card" }, h("h2", null, "Not found"), h("p", null, "No such page: ", h("code", null, window.location.hash))),
    );
    return;
  }
  main.replaceChildren(view(current));
  // Which address the page now shows: the browser tests wait on it after a navigation.
  main.dataset.route = window.location.hash;
  window.scrollTo(0, 0);
}

window.addEventListener("hashchange", render);
render();
