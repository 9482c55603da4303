// Optional CORS so browser tests can call the emulator from another origin.

const ALLOWED_METHODS = "GET, POST, PATCH, PUT, DELETE, OPTIONS";
const DEFAULT_HEADERS = "authorization, content-type, if-none-match";

export function isPreflight(request: Request): boolean {
  return request.method === "OPTIONS" && request.headers.has("access-control-request-method");
}

export function preflightResponse(request: Request): Response {
  const headers = new Headers({
    "access-control-allow-origin": request.headers.get("origin") ?? "*",
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers":
      request.headers.get("access-control-request-headers") ?? DEFAULT_HEADERS,
    "access-control-max-age": "600",
    vary: "Origin",
  });
  return new Response(null, { status: 204, headers });
}

/** Adds the headers a browser needs to read the response (and its ETag / request id). */
export function withCors(request: Request, response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("access-control-allow-origin", request.headers.get("origin") ?? "*");
  headers.set("access-control-expose-headers", "etag, x-request-id");
  headers.append("vary", "Origin");
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
