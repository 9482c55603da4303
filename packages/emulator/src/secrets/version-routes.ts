import { authenticate } from "../auth/authenticate.js";
import { ApiError } from "../http/errors.js";
import type { Route } from "../http/router.js";

// Secret version history is a user-only route on the server (JWT auth mode only): a machine
// identity's token is refused with a 403 whose `error` names the requested URL, query included.
// The emulator only has machine identities, so that refusal is its only answer.

const refuseMachineIdentity: Route["handler"] = (ctx) => {
  authenticate(ctx);
  throw new ApiError(
    403,
    `Forbidden access to ${ctx.url.pathname}${ctx.url.search}`,
    "You are not allowed to access this resource",
  );
};

export const secretVersionRoutes: Route[] = [
  {
    method: "GET",
    path: "/api/v1/secret/:secretId/secret-versions",
    handler: refuseMachineIdentity,
  },
];
