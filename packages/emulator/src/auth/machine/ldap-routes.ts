// LDAP login: the server binds to the directory with the given username and password; the
// emulator plays the directory with the seeded users.

import type { RequestContext } from "../../http/context.js";
import type { Reply } from "../../http/respond.js";
import type { Route } from "../../http/router.js";
import { accessDenied, configuredIdentity, issueLogin, readLoginBody } from "./login.js";

async function ldapLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["username", "password"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "ldapAuth");
  const user = config.users.find((candidate) => candidate.username === body.username);
  if (!user || user.password !== body.password) throw accessDenied("Invalid credentials");
  return issueLogin(ctx, identity);
}

export const ldapLoginRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/ldap-auth/login", handler: ldapLogin },
];
