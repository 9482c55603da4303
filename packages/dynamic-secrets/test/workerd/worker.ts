// Runs inside workerd (bundled by ../workerd.test.ts): leases created, renewed and revoked
// through the SDK with workerd's own fetch, against the emulator served on loopback.

import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import {
  createDynamicSecret,
  createLease,
  type DatabaseCredentials,
  getLease,
  listLeases,
  renewLease,
  revokeLease,
  withLease,
} from "@infisical-edge/dynamic-secrets";

interface Env {
  EMULATOR_URL: string;
  CLIENT_ID: string;
  CLIENT_SECRET: string;
}

async function run(env: Env) {
  const client = createClient({
    siteUrl: env.EMULATOR_URL,
    auth: universalAuth({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }),
  });
  const at = { projectSlug: "shop", environmentSlug: "dev" };
  await createDynamicSecret(client, {
    ...at,
    name: "worker-db",
    provider: {
      type: "sql-database",
      inputs: {
        client: "postgres",
        host: "db.internal",
        port: 5432,
        database: "app",
        username: "admin",
        password: "root-password",
        creationStatement: "CREATE USER ...",
        revocationStatement: "DROP USER ...",
      },
    },
    defaultTTL: "1h",
    maxTTL: "24h",
  });
  const created = await createLease<DatabaseCredentials>(client, {
    ...at,
    dynamicSecretName: "worker-db",
    ttl: "10m",
  });
  const lease = { ...at, leaseId: created.lease.id };
  const fetched = await getLease(client, lease);
  const renewed = await renewLease(client, { ...lease, ttl: "20m" });
  const revoked = await revokeLease(client, lease);
  const afterRevoke = await listLeases(client, { ...at, dynamicSecretName: "worker-db" });
  const viaHelper = await withLease<DatabaseCredentials, string>(
    client,
    { ...at, dynamicSecretName: "worker-db" },
    async (creds) => {
      const during = await listLeases(client, { ...at, dynamicSecretName: "worker-db" });
      return `${during.length}:${creds.DB_USERNAME.length}`;
    },
  );
  const afterHelper = await listLeases(client, { ...at, dynamicSecretName: "worker-db" });
  return {
    usernameLength: created.data.DB_USERNAME.length,
    passwordLength: created.data.DB_PASSWORD.length,
    createdExpireAt: created.lease.expireAt,
    fetchedId: fetched.id === created.lease.id,
    renewedExpireAt: renewed.expireAt,
    revokedId: revoked.id === created.lease.id,
    afterRevoke: afterRevoke.length,
    viaHelper,
    afterHelper: afterHelper.length,
    // Proof of the runtime: workerd exposes navigator.userAgent "Cloudflare-Workers".
    runtime: (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? "",
  };
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    try {
      return Response.json({ ok: true, result: await run(env) });
    } catch (error) {
      return Response.json({ ok: false, error: String(error) });
    }
  },
};
