import type { Runtime } from "../runtime.js";
import { createContext } from "./context.js";
import { ApiError } from "./errors.js";
import { toResponse } from "./respond.js";
import { matchRoute, type Route } from "./router.js";

// Routes one request and maps thrown ApiErrors to the server's error body.

export async function dispatch(
  rt: Runtime,
  routes: readonly Route[],
  request: Request,
  url: URL,
): Promise<Response> {
  const requestId = rt.ids.requestId();
  const options = {
    method: request.method,
    requestId,
    ifNoneMatch: request.headers.get("if-none-match"),
  };
  const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
  // HEAD runs the GET route; toResponse drops the body.
  const method = request.method === "HEAD" ? "GET" : request.method;
  const match = matchRoute(routes, method, pathname);
  if (!match) {
    // Fastify's own not-found body: no reqId, "Not Found" as the error name.
    return toResponse(
      {
        status: 404,
        body: {
          message: `Route ${request.method}:${url.pathname}${url.search} not found`,
          error: "Not Found",
          statusCode: 404,
        },
      },
      options,
    );
  }
  try {
    const reply = await match.route.handler(createContext(rt, request, url, match.params));
    return await toResponse(reply, options);
  } catch (error) {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(500, "InternalServerError", "Something went wrong");
    return toResponse(
      {
        status: apiError.status,
        body: {
          reqId: requestId,
          statusCode: apiError.status,
          message: apiError.detail,
          error: apiError.errorName,
        },
      },
      options,
    );
  }
}
