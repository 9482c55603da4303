// `organizationSlug`, the sub-organization a login enters: one rule for every login method.
// A module of its own, so universal auth (in every Worker) carries nothing else of the
// identity-id logins' options; a `check`, so it adds no valibot action of its own.

import * as v from "valibot";

export const OrganizationSlug = v.optional(
  v.pipe(
    v.string("an organization slug string"),
    v.check(
      (slug) => /^[a-z0-9-]{1,64}$/.test(slug),
      "an organization slug (lowercase letters, digits and -)",
    ),
  ),
);
