// Hostile inputs for every secrets function (shared by the property tests).

import type { InfisicalClient } from "@infisical-edge/core";
import {
  createSecret,
  createSecrets,
  deleteSecret,
  deleteSecrets,
  getSecret,
  listSecrets,
  loadSecrets,
  updateSecret,
  updateSecrets,
} from "@infisical-edge/secrets";
import fc from "fast-check";
import {
  anyString,
  badSecretName,
  badSecretPath,
  type Field,
  inputs,
  validEnvironment,
  validSecretName,
  validSecretPath,
} from "./hostile";
import { PROJECT_ID, PROJECT_SLUG } from "./world";

/** A value some writes send: it must never show in an error, key or URL. */
export const CANARY = "canary-secret-value-x9y8z7w6";

const bool: Field = { valid: fc.boolean() };
const LOCATION: Record<string, Field> = {
  projectId: { valid: fc.constant(PROJECT_ID), required: true },
  environment: { valid: validEnvironment, required: true },
  secretPath: { valid: validSecretPath, bad: badSecretPath },
  signal: {
    valid: fc.constantFrom(
      undefined,
      new AbortController().signal,
      AbortSignal.abort(new Error("aborted before the call")),
    ),
    bad: fc.constantFrom("not a signal", { aborted: false }, {}, null),
  },
};

/** Location plus the function's own fields; sometimes a slug instead of (or with) the id. */
function withLocation(fields: Record<string, Field>) {
  return fc
    .tuple(
      inputs({ ...LOCATION, ...fields }),
      fc.nat(9),
      fc.constantFrom(PROJECT_SLUG, "no-such-project", "../x"),
    )
    .map(([o, n, slug]) => {
      if (n < 2 && "projectId" in o) {
        const { projectId: _, ...rest } = o;
        return { ...rest, projectSlug: slug };
      }
      if (n === 2) return { ...o, projectSlug: slug };
      return o;
    });
}

const name: Field = { valid: validSecretName, bad: badSecretName, required: true };
const value: Field = {
  valid: fc.oneof(
    { weight: 4, arbitrary: anyString },
    { weight: 1, arbitrary: fc.constant(CANARY) },
  ),
  bad: fc.constantFrom(1, null, {}, []),
  required: true,
};
const metadata: Field = {
  valid: fc.array(
    fc.record({ key: fc.constantFrom("team", "owner", "__proto__"), value: anyString }),
    {
      maxLength: 3,
    },
  ),
};
const tags: Field = { valid: fc.array(fc.constantFrom("backend", "tag-1"), { maxLength: 3 }) };
const type: Field = { valid: fc.constantFrom("shared", "personal") };

const readFields: Record<string, Field> = {
  recursive: bool,
  includeImports: bool,
  expandSecretReferences: bool,
  viewSecretValue: bool,
  tagSlugs: tags,
  metadataFilter: {
    valid: fc.array(
      fc.record({
        key: fc.constantFrom("team", "a&b", "é"),
        value: fc.constantFrom("x", "#y", "%z"),
      }),
      {
        maxLength: 3,
      },
    ),
  },
  cache: bool,
};
const writeFields: Record<string, Field> = {
  secretName: name,
  secretValue: value,
  secretComment: { valid: anyString },
  secretMetadata: metadata,
  tagIds: tags,
  skipMultilineEncoding: bool,
  type,
  secretReminderRepeatDays: {
    valid: fc.constantFrom(null, 1, 30),
    bad: fc.constantFrom(0, -1, 1.5, "7"),
  },
  secretReminderNote: { valid: fc.constantFrom(null, "rotate soon") },
};
const batchItem = fc.record(
  {
    secretKey: fc.oneof(
      { weight: 4, arbitrary: validSecretName },
      { weight: 1, arbitrary: badSecretName },
    ),
    secretValue: anyString,
    secretPath: fc.oneof(
      { weight: 4, arbitrary: validSecretPath },
      { weight: 1, arbitrary: badSecretPath },
    ),
    newSecretName: validSecretName,
    type: fc.constantFrom("shared", "personal"),
  },
  { requiredKeys: ["secretKey", "secretValue"] },
);
const batch: Field = { valid: fc.array(batchItem, { minLength: 1, maxLength: 4 }), required: true };

export type Fn = (client: InfisicalClient, input: any) => Promise<unknown>;

export const FUNCTIONS: [string, Fn, fc.Arbitrary<Record<string, unknown>>][] = [
  ["listSecrets", listSecrets, withLocation(readFields)],
  ["loadSecrets", loadSecrets, withLocation(readFields)],
  [
    "getSecret",
    getSecret,
    withLocation({
      ...readFields,
      secretName: name,
      version: { valid: fc.constantFrom(1, 2), bad: fc.constantFrom(0, -1, 1.5, "1") },
      type,
    }),
  ],
  ["createSecret", createSecret, withLocation(writeFields)],
  [
    "updateSecret",
    updateSecret,
    withLocation({
      ...writeFields,
      secretValue: { ...value, required: false },
      newSecretName: { valid: validSecretName, bad: badSecretName },
    }),
  ],
  ["deleteSecret", deleteSecret, withLocation({ secretName: name, type })],
  ["createSecrets", createSecrets, withLocation({ secrets: batch })],
  [
    "updateSecrets",
    updateSecrets,
    withLocation({
      secrets: batch,
      mode: { valid: fc.constantFrom("failOnNotFound", "upsert", "ignore") },
    }),
  ],
  ["deleteSecrets", deleteSecrets, withLocation({ secrets: batch })],
];
