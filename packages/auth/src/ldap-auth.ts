import type { AuthMethod } from "@infisical-edge/core";
import { parseOptions, postLogin, schemas, shortHash } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { IdentityId, loginBody, OrganizationSlug } from "./login-options.js";

/** Options of {@link ldapAuth}. */
export interface LdapAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** The LDAP user name. */
  username: string;
  /** The LDAP password; sent only in the login body. */
  password: string;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  username: schemas.NonEmpty,
  password: v.pipe(v.string("a string"), v.minLength(1, "a non-empty string")),
  organizationSlug: OrganizationSlug,
});

/** LDAP Auth: the server binds to the directory with the username and password. */
export function ldapAuth(options: LdapAuthOptions): AuthMethod {
  const { identityId, username, password, organizationSlug } = parseOptions(Options, options);
  const body = loginBody(identityId, organizationSlug, { username, password });
  return {
    kind: "ldap-auth",
    identity: () => shortHash(`ldap-auth:${identityId}:${username}:${organizationSlug ?? ""}`),
    // A password may be guessable, so no hash of it goes into a shared store's keys: the
    // client logs in (the directory checks the password) before it serves a cached entry.
    identityProof: "session",
    login: (context) => postLogin(context, "/api/v1/auth/ldap-auth/login", body),
  };
}
