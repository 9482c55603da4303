import { Checker, type IssuePath, receivedType } from "../http/validate.js";
import { ttlProblem } from "./duration.js";
import { isProviderType, PROVIDER_TYPES } from "./providers.js";

// Request-body rules of the dynamic-secret routes (the server's zod schemas, in short): TTLs
// between a minute and ten years, slug names, the provider as a discriminated union on `type`,
// and the required fields of the providers whose inputs the SDK types.

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEMPLATE_CHARS = /^[A-Za-z0-9_\-{}[\]. '|]*$/;
const TEMPLATE_VARIABLES = new Set(["randomUsername", "unixTimestamp", "identity.name"]);

/** A TTL field: a duration string within the server's bounds (`null` kept, for `maxTTL`). */
export function readTtl(body: Checker, key: string, required = false): string | null | undefined {
  if (body.raw(key) === null && !required) return null;
  const value = required ? body.string(key) : body.optionalString(key);
  if (value === undefined || value === "") return value;
  const problem = ttlProblem(value);
  if (problem) body.custom(key, problem);
  return value;
}

export function readName(body: Checker, key: string): string {
  const name = body.string(key).trim();
  if (name.length === 0 || name.length > 64 || !NAME.test(name)) {
    body.custom(key, "Name field can only contain lowercase letters, numbers, and hyphens");
  }
  return name;
}

export function readUsernameTemplate(body: Checker): string | null | undefined {
  const template = body.nullableString("usernameTemplate");
  if (typeof template !== "string") return template;
  const variables = [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1] ?? "");
  if (
    template.length > 255 ||
    !TEMPLATE_CHARS.test(template) ||
    !variables.every((v) => TEMPLATE_VARIABLES.has(v))
  ) {
    body.custom("usernameTemplate", "Invalid");
  }
  return template.trim();
}

export function readMetadata(body: Checker): { key: string; value: string }[] | undefined {
  if (!body.has("metadata")) return undefined;
  return body.objectArray("metadata", 0).map((item) => ({
    key: item.string("key"),
    value: item.optionalString("value") ?? "",
  }));
}

function requireNumber(inputs: Checker, key: string): void {
  const value = inputs.raw(key);
  if (typeof value !== "number") {
    inputs.custom(key, `Expected number, received ${receivedType(value)}`);
  }
}

const REQUIRED_STRINGS: Record<string, string[]> = {
  "sql-database": [
    "host",
    "database",
    "username",
    "password",
    "creationStatement",
    "revocationStatement",
  ],
  redis: ["host", "username", "creationStatement", "revocationStatement"],
};

const SQL_CLIENTS = ["postgres", "mysql2", "oracledb", "mssql", "sap-ase", "vertica"] as const;
const AWS_METHODS = ["access-key", "assume-role", "irsa"] as const;

/** Checks the typed providers' inputs; returns them normalised as the server stores them. */
function readInputs(type: string, inputs: Checker, raw: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...raw };
  for (const key of REQUIRED_STRINGS[type] ?? []) inputs.string(key);
  if (type === "sql-database" || type === "redis") {
    requireNumber(inputs, "port");
    if (typeof raw.host === "string") out.host = raw.host.trim().toLowerCase();
  }
  if (type === "sql-database") {
    inputs.enumOf("client", SQL_CLIENTS, "postgres");
    out.sslRejectUnauthorized ??= true;
    out.hostIp = out.host;
  }
  if (type === "aws-iam") {
    const method = inputs.enumOf("method", AWS_METHODS, "access-key");
    out.method = method;
    out.credentialType ??= "iam-user";
    inputs.string("region");
    if (method === "access-key") {
      inputs.string("accessKey");
      inputs.string("secretAccessKey");
    }
    if (method === "assume-role") inputs.string("roleArn");
  }
  if (type === "totp") {
    const configType = inputs.enumOf("configType", ["manual", "url"] as const, "manual");
    if (!inputs.has("configType")) inputs.custom("configType", "Required");
    if (configType === "manual") {
      const secret = inputs.string("secret");
      out.secret = secret.replace(/\s+/g, "");
      if (!out.secret) inputs.custom("secret", "String must contain at least 1 character(s)");
    } else {
      const url = inputs.string("url");
      if (url && !URL.canParse(url)) inputs.custom("url", "Invalid url");
      else if (url && !new URL(url).searchParams.get("secret")) {
        inputs.custom("url", "OTP URL must contain secret field");
      }
    }
  }
  return out;
}

/** `provider: { type, inputs }`; an unknown type is zod's discriminator issue. */
export function readProvider(body: Checker): { type: string; inputs: Record<string, unknown> } {
  const provider = body.object("provider");
  if (!provider) return { type: "", inputs: {} };
  const type = provider.raw("type");
  if (!isProviderType(type)) {
    body.issues.push({
      code: "invalid_union_discriminator",
      options: [...PROVIDER_TYPES],
      path: ["provider", "type"],
      message: `Invalid discriminator value. Expected ${PROVIDER_TYPES.map((t) => `'${t}'`).join(" | ")}`,
    });
    return { type: "", inputs: {} };
  }
  const raw = provider.raw("inputs");
  const inputs = provider.object("inputs");
  if (!inputs) return { type, inputs: {} };
  return { type, inputs: readInputs(type, inputs, raw as Record<string, unknown>) };
}

/** An update's `data.inputs` merged over the stored ones, then checked as a whole again. */
export function mergeInputs(
  data: Checker,
  type: string,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const patch = data.raw("inputs");
  if (patch === undefined || patch === null || typeof patch !== "object") return stored;
  const { hostIp: _derived, ...base } = stored;
  const merged = { ...base, ...(patch as Record<string, unknown>) };
  const inner = Checker.body(merged);
  const out = readInputs(type, inner, merged);
  for (const issue of inner.issues) {
    data.issues.push({ ...issue, path: ["data", "inputs", ...(issue.path as IssuePath)] });
  }
  return out;
}
