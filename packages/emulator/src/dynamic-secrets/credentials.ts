import { iso } from "../clock.js";
import { toBase64Url } from "../encoding.js";
import { badRequest } from "../http/errors.js";
import type { Runtime } from "../runtime.js";
import type { DynamicSecretRecord } from "../state.js";
import { DATABASE_USER_PROVIDERS, OTHER_OUTPUTS } from "./providers.js";
import { base32Decode, secondsRemaining, type TotpAlgorithm, totpCode } from "./totp.js";

// Lease credentials per provider. Values come from the id source (idSeed + a counter), so two
// emulators with the same seed issue the same credentials in the same order.

export interface Issued {
  /** The provider-side name of what was created (a database user, a key id...). */
  entityId: string;
  data: Record<string, unknown>;
}

export interface IssueContext {
  identityName: string;
  expireAt: number;
}

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function text(rt: Runtime, length: number, alphabet: string): string {
  let out = "";
  for (const byte of rt.ids.bytes("dynamic-secret-credential", length)) {
    out += alphabet[byte % alphabet.length];
  }
  return out;
}

/** `{{randomUsername}}`, `{{unixTimestamp}}` and `{{identity.name}}`, as the server allows. */
function username(rt: Runtime, ds: DynamicSecretRecord, context: IssueContext): string {
  const random = text(rt, 32, LOWER_ALNUM);
  if (!ds.usernameTemplate) return random;
  const values: Record<string, string> = {
    randomUsername: random,
    unixTimestamp: String(Math.floor(rt.now() / 1000)),
    "identity.name": context.identityName,
  };
  return ds.usernameTemplate.replace(
    /\{\{\s*([\w.]+)\s*\}\}/g,
    (_m, key: string) => values[key] ?? "",
  );
}

async function totp(rt: Runtime, inputs: Record<string, unknown>): Promise<Issued> {
  let secret = inputs.secret;
  let period = inputs.period;
  let digits = inputs.digits;
  let algorithm = inputs.algorithm;
  if (inputs.configType === "url" && typeof inputs.url === "string") {
    const params = new URL(inputs.url).searchParams;
    secret = params.get("secret");
    period = params.has("period") ? Number(params.get("period")) : undefined;
    digits = params.has("digits") ? Number(params.get("digits")) : undefined;
    algorithm = params.get("algorithm")?.toLowerCase();
  }
  const key = typeof secret === "string" ? base32Decode(secret) : undefined;
  if (!key || key.length === 0) {
    throw badRequest("Failed to create lease from provider: the TOTP secret is not base32");
  }
  const options = {
    period: typeof period === "number" && period > 0 ? period : 30,
    digits: typeof digits === "number" && digits > 0 ? digits : 6,
    algorithm: (["sha1", "sha256", "sha512"].includes(String(algorithm))
      ? algorithm
      : "sha1") as TotpAlgorithm,
  };
  const seconds = rt.now() / 1000;
  return {
    entityId: text(rt, 32, MIXED_ALNUM),
    data: {
      TOTP: await totpCode(key, seconds, options),
      TIME_REMAINING: secondsRemaining(seconds, options.period),
    },
  };
}

function awsIam(rt: Runtime, ds: DynamicSecretRecord, context: IssueContext): Issued {
  const temporary = ds.inputs.credentialType === "temporary-credentials";
  const accessKey = `${temporary ? "ASIA" : "AKIA"}${text(rt, 16, UPPER_ALNUM)}`;
  const secretAccessKey = text(rt, 40, MIXED_ALNUM);
  if (temporary) {
    const sessionToken = toBase64Url(rt.ids.bytes("dynamic-secret-credential", 96));
    return {
      entityId: accessKey,
      data: {
        ACCESS_KEY: accessKey,
        SECRET_ACCESS_KEY: secretAccessKey,
        SESSION_TOKEN: sessionToken,
      },
    };
  }
  const user = username(rt, ds, context);
  return {
    entityId: user,
    data: { ACCESS_KEY: accessKey, SECRET_ACCESS_KEY: secretAccessKey, USERNAME: user },
  };
}

function otherOutput(
  rt: Runtime,
  ds: DynamicSecretRecord,
  context: IssueContext,
  field: string,
): unknown {
  switch (field) {
    case "USERNAME":
    case "username":
      return username(rt, ds, context);
    case "email":
      return typeof ds.inputs.email === "string" ? ds.inputs.email : "user@example.com";
    case "SERVICE_ACCOUNT_EMAIL":
      return typeof ds.inputs.serviceAccountEmail === "string"
        ? ds.inputs.serviceAccountEmail
        : "service-account@example.iam.gserviceaccount.com";
    case "DN_ARRAY":
      return [`cn=${text(rt, 12, LOWER_ALNUM)},ou=users,dc=example,dc=com`];
    case "EXPIRES_AT":
      return iso(context.expireAt);
    case "PERMISSIONS":
      return { contents: "read" };
    case "REPOSITORY_SELECTION":
      return "all";
    default:
      return text(rt, 40, MIXED_ALNUM);
  }
}

/** Creates the credentials of one lease. */
export async function issueCredentials(
  rt: Runtime,
  ds: DynamicSecretRecord,
  context: IssueContext,
): Promise<Issued> {
  if (ds.type === "totp") return totp(rt, ds.inputs);
  if (ds.type === "aws-iam") return awsIam(rt, ds, context);
  if (DATABASE_USER_PROVIDERS.has(ds.type)) {
    const user = username(rt, ds, context);
    return { entityId: user, data: { DB_USERNAME: user, DB_PASSWORD: text(rt, 48, MIXED_ALNUM) } };
  }
  const fields = OTHER_OUTPUTS[ds.type] ?? ["USERNAME", "PASSWORD"];
  const data: Record<string, unknown> = {};
  for (const field of fields) data[field] = otherOutput(rt, ds, context, field);
  const first = data[fields[0] ?? ""];
  return { entityId: typeof first === "string" ? first : text(rt, 32, LOWER_ALNUM), data };
}
