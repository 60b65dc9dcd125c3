// DOM helpers shared by every view. Elements are built with createElement and text nodes, never
// innerHTML, because most of what the page shows (sentences, titles, actor names) is document text.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      for (const [name, v] of Object.entries(value)) {
        if (v !== null && v !== undefined) el.dataset[name] = String(v);
      }
    } else if (key === "class" && el instanceof HTMLElement) {
      el.className = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

function appendChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** An HTML element: h("a", {href: "#"}, "text", otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

/** An SVG element, same calling convention as h(). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

/** A link to a dashboard route: route("events", {root: "04"}) -> "#/events?root=04". */
export function route(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return "#/" + path + (qs ? "?" + qs : "");
}

export function formatNumber(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Goldstein value with its sign and a colour class. */
export function goldsteinBadge(value) {
  if (value === null || value === undefined) return h("span", { class: "muted" }, "–");
  const cls = value > 0 ? "gold-pos" : value < 0 ? "gold-neg" : "";
  const text = (value > 0 ? "+" : "") + formatNumber(value, 1);
  return h("span", { class: cls, title: "Goldstein scale (-10 conflict .. +10 cooperation)" }, text);
}

/** An actor as its CAMEO code with the canonical name (or the words it was read from) beside it. */
export function actorCell(actor) {
  if (!actor) return h("span", { class: "muted", title: "no actor" }, "–");
  const detail = actor.name || actor.text || "";
  return h(
    "span",
    { class: "actor", title: actor.text ? `read from "${actor.text}"` : null },
    h("span", { class: "actor-code" }, actor.code || "?"),
    detail ? [" ", h("span", { class: "actor-name" }, detail)] : null,
  );
}

export function loading(text = "Loading…") {
  return h("p", { class: "loading" }, text);
}

/** The API's error shape {"error": {status, code, message}} (or a network failure) as a box. */
export function errorBox(err) {
  const status = err && err.status ? `${err.status} ` : "";
  const code = err && err.code ? err.code : "error";
  const message = err && err.message ? err.message : String(err);
  return h("div", { class: "error-box", role: "alert" }, h("code", null, status + code), ": ", message);
}

/** Mark a container's loading state, which the browser tests wait on: loading, ready, empty, error. */
export function setState(el, state) {
  el.dataset.state = state;
}
