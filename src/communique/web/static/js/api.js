// The JSON API of communique.api, called with URLs relative to the page so the dashboard works
// wherever the app is mounted. Errors arrive in one shape, {"error": {status, code, message}}, and
// are thrown as ApiError.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

function buildUrl(path, params) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    url.searchParams.set(key, String(value));
  }
  return url;
}

export async function getJSON(path, params) {
  let response;
  try {
    response = await fetch(buildUrl(path, params), { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, "network_error", `the API could not be reached (${err.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(
      error.status || response.status,
      error.code || "http_error",
      error.message || response.statusText || "request failed",
    );
  }
  return body;
}

const seg = encodeURIComponent;

export const api = {
  events: (params) => getJSON("events", params),
  event: (eventId) => getJSON(`events/${seg(eventId)}`),
  series: (a, b, params) => getJSON(`dyads/${seg(a)}/${seg(b)}/series`, params),
  topDyads: (limit, level) => getJSON("dyads/top", { limit, level }),
  actors: (q, limit) => getJSON("actors", { q, limit }),
  // Document ids are file paths relative to the ingested folder: keep their "/" as path separators.
  document: (docId) => getJSON(`documents/${docId.split("/").map(seg).join("/")}`),
  roots: () => getJSON("stats/roots"),
  locations: () => getJSON("locations"),
  health: () => getJSON("health"),
};
