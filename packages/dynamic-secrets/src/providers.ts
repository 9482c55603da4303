// Provider configurations (`provider: { type, inputs }`). Every provider type the server lists
// is accepted; the inputs of the SQL database, Redis, AWS IAM and TOTP providers are typed and
// checked before any request, the others are passed as a record for the server to check.

import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { jsonRecord } from "./json-record.js";

const Str = v.string("a string");
const OptStr = v.optional(Str);
const Port = v.pipe(
  v.number("a port number"),
  v.integer("a whole port number"),
  v.minValue(1, "a port from 1 to 65535"),
  v.maxValue(65_535, "a port from 1 to 65535"),
);

/** The database clients of the sql-database provider. */
export const SQL_CLIENTS = [
  "postgres",
  "mysql2",
  "oracledb",
  "mssql",
  "sap-ase",
  "vertica",
] as const;

const PasswordRequirements = v.object({
  /** Length of the generated passwords. */
  length: v.pipe(v.number("a number"), v.integer("a whole number"), v.minValue(1, "at least 1")),
  /** How many characters of each kind a password must contain at least. */
  required: v.object({
    /** Lowercase letters. */
    lowercase: v.number("a number"),
    /** Uppercase letters. */
    uppercase: v.number("a number"),
    /** Digits. */
    digits: v.number("a number"),
    /** Symbols. */
    symbols: v.number("a number"),
  }),
  /** The symbols a password may contain. */
  allowedSymbols: OptStr,
});

/** Validates the sql-database provider's inputs. */
export const SqlDatabaseInputs = v.looseObject({
  /** The database client (engine), e.g. `postgres`. */
  client: v.picklist(SQL_CLIENTS, `one of ${SQL_CLIENTS.join(", ")}`),
  /** The database host. */
  host: schemas.NonEmpty,
  /** The database port. */
  port: Port,
  /** The database name. */
  database: Str,
  /** The administrator user that creates and drops the lease users. */
  username: Str,
  /** The administrator's password. */
  password: Str,
  /** SQL creating a lease's user; `{{username}}`, `{{password}}`, `{{expiration}}` are filled in. */
  creationStatement: schemas.NonEmpty,
  /** SQL dropping a lease's user (`{{username}}`). */
  revocationStatement: schemas.NonEmpty,
  /** SQL extending a lease's user (`{{username}}`, `{{expiration}}`). */
  renewStatement: OptStr,
  /** A CA certificate (PEM) to trust for TLS. */
  ca: OptStr,
  /** Connect over TLS. */
  sslEnabled: v.optional(schemas.Bool),
  /** Rules for the generated passwords. */
  passwordRequirements: v.optional(PasswordRequirements),
  /** The id of an Infisical gateway to reach a private database through. */
  gatewayId: v.nullish(Str),
});

/** Validates the redis provider's inputs. */
export const RedisInputs = v.looseObject({
  /** The Redis host. */
  host: schemas.NonEmpty,
  /** The Redis port. */
  port: Port,
  /** The administrator user that creates and deletes the lease users. */
  username: Str,
  /** The administrator's password. */
  password: OptStr,
  /** ACL commands creating a lease's user (`{{username}}`, `{{password}}`). */
  creationStatement: schemas.NonEmpty,
  /** ACL commands deleting a lease's user (`{{username}}`). */
  revocationStatement: schemas.NonEmpty,
  /** ACL commands run when a lease is renewed. */
  renewStatement: OptStr,
  /** A CA certificate (PEM) to trust for TLS. */
  ca: OptStr,
});

const awsCommon = {
  /** The AWS region, e.g. `us-east-1`. */
  region: schemas.NonEmpty,
  /** `iam-user` (an IAM user per lease) or `temporary-credentials` (STS). */
  credentialType: v.optional(
    v.picklist(["iam-user", "temporary-credentials"], "iam-user or temporary-credentials"),
  ),
  /** The IAM path of the users created. */
  awsPath: OptStr,
  /** The ARN of a permissions boundary for the users created. */
  permissionBoundaryPolicyArn: OptStr,
  /** An inline policy (JSON) attached to the users created. */
  policyDocument: OptStr,
  /** IAM groups (comma-separated) the users join. */
  userGroups: OptStr,
  /** Managed policy ARNs (comma-separated) attached to the users. */
  policyArns: OptStr,
  /** Tags put on the users created. */
  tags: v.optional(
    v.array(
      v.object({
        /** The tag key. */
        key: schemas.NonEmpty,
        /** The tag value. */
        value: Str,
      }),
      "an array of tags",
    ),
  ),
};

/** AWS IAM: access keys (the default method), an assumed role, or IRSA. */
export const AwsIamInputs = v.union(
  [
    v.looseObject({
      /** Authenticate with an access key (the default). */
      method: v.optional(v.literal("access-key")),
      /** The access key id Infisical uses to manage the users. */
      accessKey: schemas.NonEmpty,
      /** That access key's secret. */
      secretAccessKey: schemas.NonEmpty,
      ...awsCommon,
    }),
    v.looseObject({
      /** Authenticate by assuming a role. */
      method: v.literal("assume-role"),
      /** The ARN of the role Infisical assumes. */
      roleArn: schemas.NonEmpty,
      ...awsCommon,
    }),
    v.looseObject({
      /** Authenticate with the server's IAM role for service accounts (EKS). */
      method: v.literal("irsa"),
      ...awsCommon,
    }),
  ],
  "AWS IAM inputs (access-key, assume-role or irsa)",
);

/** TOTP: a base32 secret with its options, or an otpauth:// URL holding them. */
export const TotpInputs = v.variant(
  "configType",
  [
    v.looseObject({
      /** The secret and its options are given one by one. */
      configType: v.literal("manual"),
      /** The shared secret, base32. */
      secret: schemas.NonEmpty,
      /** Seconds each code is valid. */
      period: v.optional(v.pipe(v.number("a number of seconds"), v.minValue(1, "at least 1"))),
      /** The HMAC hash. */
      algorithm: v.optional(v.picklist(["sha1", "sha256", "sha512"], "sha1, sha256 or sha512")),
      /** Digits per code. */
      digits: v.optional(v.pipe(v.number("a number"), v.integer("a whole number"))),
    }),
    v.looseObject({
      /** The secret and its options come from an `otpauth://` URL. */
      configType: v.literal("url"),
      /** The `otpauth://totp/...` URL. */
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

/** A provider type's name, e.g. `sql-database`. */
export type ProviderType = (typeof PROVIDER_TYPES)[number];

const InputsRecord = jsonRecord("an object of provider inputs");

/** Validates a provider configuration `{ type, inputs }` before any request. */
export const ProviderSchema = v.variant(
  "type",
  [
    v.object({
      /** The SQL database provider. */
      type: v.literal("sql-database"),
      /** Its connection and statements. */
      inputs: SqlDatabaseInputs,
    }),
    v.object({
      /** The Redis provider. */
      type: v.literal("redis"),
      /** Its connection and ACL commands. */
      inputs: RedisInputs,
    }),
    v.object({
      /** The AWS IAM provider. */
      type: v.literal("aws-iam"),
      /** How it authenticates and what the users get. */
      inputs: AwsIamInputs,
    }),
    v.object({
      /** The TOTP provider. */
      type: v.literal("totp"),
      /** The shared secret and its options. */
      inputs: TotpInputs,
    }),
    v.object({
      /** Another provider; its inputs are checked by the server. */
      type: v.picklist(OTHER_PROVIDER_TYPES),
      /** The provider's inputs, as the server documents them. */
      inputs: InputsRecord,
    }),
  ],
  `a provider { type, inputs } with type one of ${PROVIDER_TYPES.join(", ")}`,
);

/** The sql-database provider's inputs. */
export type SqlDatabaseProviderInputs = v.InferInput<typeof SqlDatabaseInputs>;
/** The redis provider's inputs. */
export type RedisProviderInputs = v.InferInput<typeof RedisInputs>;
/** The aws-iam provider's inputs. */
export type AwsIamProviderInputs = v.InferInput<typeof AwsIamInputs>;
/** The totp provider's inputs. */
export type TotpProviderInputs = v.InferInput<typeof TotpInputs>;
/** `{ type, inputs }`, typed per provider where the SDK knows the inputs. */
export type DynamicSecretProvider = v.InferInput<typeof ProviderSchema>;
