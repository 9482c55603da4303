// The Python SDK's enums as const objects: the same member names and values, usable as
// values (`DynamicSecretProviders.SQL_DATABASE`) and as types (`DynamicSecretProviders`).

export const DynamicSecretProviders = {
  AWS_ELASTICACHE: "aws-elasticache",
  AWS_IAM: "aws-iam",
  AZURE_ENTRA_ID: "azure-entra-id",
  AZURE_SQL_DATABASE: "azure-sql-database",
  CASSANDRA: "cassandra",
  COUCHBASE: "couchbase",
  ELASTICSEARCH: "elastic-search",
  GCP_IAM: "gcp-iam",
  GITHUB: "github",
  KUBERNETES: "kubernetes",
  LDAP: "ldap",
  MONGO_ATLAS: "mongo-db-atlas",
  MONGODB: "mongo-db",
  RABBITMQ: "rabbit-mq",
  REDIS: "redis",
  SAP_ASE: "sap-ase",
  SAP_HANA: "sap-hana",
  SNOWFLAKE: "snowflake",
  SQL_DATABASE: "sql-database",
  TOTP: "totp",
  VERTICA: "vertica",
} as const;
export type DynamicSecretProviders =
  (typeof DynamicSecretProviders)[keyof typeof DynamicSecretProviders];

export const SymmetricEncryption = {
  AES_GCM_256: "aes-256-gcm",
  AES_GCM_128: "aes-128-gcm",
} as const;
export type SymmetricEncryption = (typeof SymmetricEncryption)[keyof typeof SymmetricEncryption];

/** Key algorithms of `sign-verify` keys. */
export const AsymmetricEncryption = {
  RSA_4096: "RSA_4096",
  ECC_NIST_P256: "ECC_NIST_P256",
} as const;
export type AsymmetricEncryption = (typeof AsymmetricEncryption)[keyof typeof AsymmetricEncryption];

/** What a KMS key is for: encrypting and decrypting, or signing and verifying. */
export const KeyUsage = { ENCRYPT_DECRYPT: "encrypt-decrypt", SIGN_VERIFY: "sign-verify" } as const;
/** One of the `KeyUsage` values. */
export type KeyUsage = (typeof KeyUsage)[keyof typeof KeyUsage];

export const OrderDirection = { ASC: "asc", DESC: "desc" } as const;
export type OrderDirection = (typeof OrderDirection)[keyof typeof OrderDirection];

export const KmsKeysOrderBy = { NAME: "name" } as const;
export type KmsKeysOrderBy = (typeof KmsKeysOrderBy)[keyof typeof KmsKeysOrderBy];
