// The provider types the server knows, and what each one's lease `data` holds. The emulator
// talks to no database or cloud: it makes up credentials of the right shape, deterministically
// (from the emulator's id seed and a counter), except TOTP, which computes real codes.

export const PROVIDER_TYPES = [
  "sql-database",
  "cassandra",
  "aws-iam",
  "redis",
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
  "totp",
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

export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** Providers whose lease is a database user: `{ DB_USERNAME, DB_PASSWORD }`. */
export const DATABASE_USER_PROVIDERS = new Set<string>([
  "sql-database",
  "cassandra",
  "redis",
  "aws-elasticache",
  "aws-memorydb",
  "mongo-db-atlas",
  "elastic-search",
  "mongo-db",
  "rabbit-mq",
  "azure-sql-database",
  "sap-hana",
  "snowflake",
  "sap-ase",
  "vertica",
  "clickhouse",
  "milvus",
]);

/** Output fields of the remaining providers, as the server names them. */
export const OTHER_OUTPUTS: Record<string, string[]> = {
  "azure-entra-id": ["email", "password"],
  ldap: ["USERNAME", "PASSWORD", "DN_ARRAY"],
  kubernetes: ["TOKEN"],
  "gcp-iam": ["SERVICE_ACCOUNT_EMAIL", "TOKEN"],
  github: ["TOKEN", "EXPIRES_AT", "PERMISSIONS", "REPOSITORY_SELECTION"],
  couchbase: ["username", "password"],
  ssh: ["PRIVATE_KEY", "SIGNED_KEY"],
  "ibm-api-connect": ["CLIENT_ID", "CLIENT_SECRET"],
  tailscale: ["AUTH_KEY", "KEY_ID"],
};

export const isProviderType = (value: unknown): value is ProviderType =>
  typeof value === "string" && (PROVIDER_TYPES as readonly string[]).includes(value);
