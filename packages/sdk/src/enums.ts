// The Python SDK's enums as const objects: the same member names and values, usable as
// values (`DynamicSecretProviders.SQL_DATABASE`) and as types (`DynamicSecretProviders`).

/** Dynamic-secret provider types, as the Python SDK names them. */
export const DynamicSecretProviders = {
  /** AWS ElastiCache. */
  AWS_ELASTICACHE: "aws-elasticache",
  /** AWS IAM users or temporary credentials. */
  AWS_IAM: "aws-iam",
  /** Azure Entra ID. */
  AZURE_ENTRA_ID: "azure-entra-id",
  /** Azure SQL Database. */
  AZURE_SQL_DATABASE: "azure-sql-database",
  /** Apache Cassandra. */
  CASSANDRA: "cassandra",
  /** Couchbase. */
  COUCHBASE: "couchbase",
  /** Elasticsearch. */
  ELASTICSEARCH: "elastic-search",
  /** GCP IAM. */
  GCP_IAM: "gcp-iam",
  /** GitHub. */
  GITHUB: "github",
  /** Kubernetes service-account tokens. */
  KUBERNETES: "kubernetes",
  /** LDAP. */
  LDAP: "ldap",
  /** MongoDB Atlas. */
  MONGO_ATLAS: "mongo-db-atlas",
  /** MongoDB. */
  MONGODB: "mongo-db",
  /** RabbitMQ. */
  RABBITMQ: "rabbit-mq",
  /** Redis. */
  REDIS: "redis",
  /** SAP ASE. */
  SAP_ASE: "sap-ase",
  /** SAP HANA. */
  SAP_HANA: "sap-hana",
  /** Snowflake. */
  SNOWFLAKE: "snowflake",
  /** SQL databases (PostgreSQL, MySQL, Oracle, MSSQL...). */
  SQL_DATABASE: "sql-database",
  /** TOTP one-time codes. */
  TOTP: "totp",
  /** Vertica. */
  VERTICA: "vertica",
} as const;
/** One of the `DynamicSecretProviders` values. */
export type DynamicSecretProviders =
  (typeof DynamicSecretProviders)[keyof typeof DynamicSecretProviders];

/** Key algorithms of `encrypt-decrypt` keys. */
export const SymmetricEncryption = {
  /** AES-256-GCM (the default). */
  AES_GCM_256: "aes-256-gcm",
  /** AES-128-GCM. */
  AES_GCM_128: "aes-128-gcm",
} as const;
/** One of the `SymmetricEncryption` values. */
export type SymmetricEncryption = (typeof SymmetricEncryption)[keyof typeof SymmetricEncryption];

/** Key algorithms of `sign-verify` keys. */
export const AsymmetricEncryption = {
  /** RSA with a 4096-bit key. */
  RSA_4096: "RSA_4096",
  /** ECDSA on the NIST P-256 curve. */
  ECC_NIST_P256: "ECC_NIST_P256",
} as const;
/** One of the `AsymmetricEncryption` values. */
export type AsymmetricEncryption = (typeof AsymmetricEncryption)[keyof typeof AsymmetricEncryption];

/** What a KMS key is for: encrypting and decrypting, or signing and verifying. */
export const KeyUsage = {
  /** A symmetric key that encrypts and decrypts. */
  ENCRYPT_DECRYPT: "encrypt-decrypt",
  /** An asymmetric key that signs and verifies. */
  SIGN_VERIFY: "sign-verify",
} as const;
/** One of the `KeyUsage` values. */
export type KeyUsage = (typeof KeyUsage)[keyof typeof KeyUsage];

/** Sort order of a list. */
export const OrderDirection = {
  /** Ascending. */
  ASC: "asc",
  /** Descending. */
  DESC: "desc",
} as const;
/** One of the `OrderDirection` values. */
export type OrderDirection = (typeof OrderDirection)[keyof typeof OrderDirection];

/** What KMS key lists can be sorted by. */
export const KmsKeysOrderBy = {
  /** The key's name. */
  NAME: "name",
} as const;
/** One of the `KmsKeysOrderBy` values. */
export type KmsKeysOrderBy = (typeof KmsKeysOrderBy)[keyof typeof KmsKeysOrderBy];
