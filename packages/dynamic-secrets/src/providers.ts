// Provider configurations (`provider: { type, inputs }`). Every provider type the server lists
// is accepted; the inputs of the SQL database, Redis, AWS IAM and TOTP providers are typed and
// checked before any request, the others are passed as a record for the server to check.

import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";

const Str = v.string("a string");
const OptStr = v.optional(Str);
const Port = v.pipe(
  v.number("a port number"),
  v.integer("a whole port number"),
  v.minValue(1, "a port from 1 to 65535"),
  v.maxValue(65_535, "a port from 1 to 65535"),
);

export const SQL_CLIENTS = [
  "postgres",
  "mysql2",
  "oracledb",
  "mssql",
  "sap-ase",
  "vertica",
] as const;

const PasswordRequirements = v.object({
  length: v.pipe(v.number("a number"), v.integer("a whole number"), v.minValue(1, "at least 1")),
  required: v.object({
    lowercase: v.number("a number"),
    uppercase: v.number("a number"),
    digits: v.number("a number"),
    symbols: v.number("a number"),
  }),
  allowedSymbols: OptStr,
});

export const SqlDatabaseInputs = v.looseObject({
  client: v.picklist(SQL_CLIENTS, `one of ${SQL_CLIENTS.join(", ")}`),
  host: schemas.NonEmpty,
  port: Port,
  database: Str,
  username: Str,
  password: Str,
  creationStatement: schemas.NonEmpty,
  revocationStatement: schemas.NonEmpty,
  renewStatement: OptStr,
  ca: OptStr,
  sslEnabled: v.optional(schemas.Bool),
  passwordRequirements: v.optional(PasswordRequirements),
  gatewayId: v.nullish(Str),
});

export const RedisInputs = v.looseObject({
  host: schemas.NonEmpty,
  port: Port,
  username: Str,
  password: OptStr,
  creationStatement: schemas.NonEmpty,
  revocationStatement: schemas.NonEmpty,
  renewStatement: OptStr,
  ca: OptStr,
});

const awsCommon = {
  region: schemas.NonEmpty,
  credentialType: v.optional(
    v.picklist(["iam-user", "temporary-credentials"], "iam-user or temporary-credentials"),
  ),
  awsPath: OptStr,
  permissionBoundaryPolicyArn: OptStr,
  policyDocument: OptStr,
  userGroups: OptStr,
  policyArns: OptStr,
  tags: v.optional(v.array(v.object({ key: schemas.NonEmpty, value: Str }), "an array of tags")),
};

/** AWS IAM: access keys (the default method), an assumed role, or IRSA. */
export const AwsIamInputs = v.union(
  [
    v.looseObject({
      method: v.optional(v.literal("access-key")),
      accessKey: schemas.NonEmpty,
      secretAccessKey: schemas.NonEmpty,
      ...awsCommon,
    }),
    v.looseObject({ method: v.literal("assume-role"), roleArn: schemas.NonEmpty, ...awsCommon }),
    v.looseObject({ method: v.literal("irsa"), ...awsCommon }),
  ],
  "AWS IAM inputs (access-key, assume-role or irsa)",
);

/** TOTP: a base32 secret with its options, or an otpauth:// URL holding them. */
export const TotpInputs = v.variant(
  "configType",
  [
    v.looseObject({
      configType: v.literal("manual"),
      secret: schemas.NonEmpty,
      period: v.optional(v.pipe(v.number("a number of seconds"), v.minValue(1, "at least 1"))),
      algorithm: v.optional(v.picklist(["sha1", "sha256", "sha512"], "sha1, sha256 or sha512")),
      digits: v.optional(v.pipe(v.number("a number"), v.integer("a whole number"))),
    }),
    v.looseObject({
      configType: v.literal("url"),
      url: v.pipe(Str, v.url("an otpauth:// URL")),
    }),
  ],
  "TOTP inputs with configType manual or url",
);

/** Providers whose inputs are passed through as given. */
export const OTHER_PROVIDER_TYPES = [
  "cassandra",
  "aws-elasticache",
  "aws-memorydb",
  "mongo-db-atlas",
  "elastic-search",
  "mongo-db",
  "rabbit-mq",
  "azure-entra-id",
  "azure-sql-database",
  "ldap",
  "sap-hana",
  "snowflake",
  "sap-ase",
  "kubernetes",
  "vertica",
  "gcp-iam",
  "github",
  "couchbase",
  "clickhouse",
  "milvus",
  "ssh",
  "ibm-api-connect",
  "tailscale",
] as const;

/** Every provider type the server lists. */
export const PROVIDER_TYPES = [
  "sql-database",
  "redis",
  "aws-iam",
  "totp",
  ...OTHER_PROVIDER_TYPES,
] as const;

export type ProviderType = (typeof PROVIDER_TYPES)[number];

const InputsRecord = v.record(v.string(), v.unknown(), "an object of provider inputs");

export const ProviderSchema = v.variant(
  "type",
  [
    v.object({ type: v.literal("sql-database"), inputs: SqlDatabaseInputs }),
    v.object({ type: v.literal("redis"), inputs: RedisInputs }),
    v.object({ type: v.literal("aws-iam"), inputs: AwsIamInputs }),
    v.object({ type: v.literal("totp"), inputs: TotpInputs }),
    v.object({
      type: v.picklist(OTHER_PROVIDER_TYPES),
      inputs: InputsRecord,
    }),
  ],
  `a provider { type, inputs } with type one of ${PROVIDER_TYPES.join(", ")}`,
);

export type SqlDatabaseProviderInputs = v.InferInput<typeof SqlDatabaseInputs>;
export type RedisProviderInputs = v.InferInput<typeof RedisInputs>;
export type AwsIamProviderInputs = v.InferInput<typeof AwsIamInputs>;
export type TotpProviderInputs = v.InferInput<typeof TotpInputs>;
/** `{ type, inputs }`, typed per provider where the SDK knows the inputs. */
export type DynamicSecretProvider = v.InferInput<typeof ProviderSchema>;
