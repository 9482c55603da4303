// Run by `deno test` (see ../runtime.test.ts) with INFISICAL_* pointing at a running emulator,
// against a real Deno KV store in memory.
import { InfisicalValidationError } from "@infisical-edge/core";
import { getSecret, updateSecret } from "@infisical-edge/secrets";
import { createDenoClient, denoKvStorage } from "../../src/index.ts";

function assertEquals(actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const where = { projectId: Deno.env.get("IE_PROJECT_ID") as string, environment: "dev" };

Deno.test("reads INFISICAL_* from Deno.env and reads a secret", async () => {
  const client = createDenoClient();
  const secret = await getSecret(client, { ...where, secretName: "API_KEY" });
  assertEquals(secret.secretValue, "demo-api-key");
});

Deno.test("denoKvStorage: set, get, list by prefix and remove in real Deno KV", async () => {
  const kv = await Deno.openKv(":memory:");
  try {
    const store = denoKvStorage({ kv });
    await store.setItem("ie1:a%2F:n:dev", { value: 1, expiresAt: 2 });
    await store.setItem("ie1:a%2F:w:dev", { value: 3, expiresAt: 4 });
    await store.setItem("ie1:b:n:dev", { value: 5, expiresAt: 6 });
    assertEquals(await store.getItem("ie1:a%2F:n:dev"), { value: 1, expiresAt: 2 });
    assertEquals((await store.getKeys("ie1:a%2F")).sort(), ["ie1:a%2F:n:dev", "ie1:a%2F:w:dev"]);
    await store.removeItem("ie1:a%2F:n:dev");
    assertEquals(await store.getItem("ie1:a%2F:n:dev"), null);
  } finally {
    kv.close();
  }
});

Deno.test("denoKvStorage: a kv promise that rejects before first use ends nothing", async () => {
  const store = denoKvStorage({ kv: Promise.reject(new Error("cannot open")) });
  // Unhandled, the rejection would fail this test (and end a Deno process) here.
  await new Promise((resolve) => setTimeout(resolve, 20));
  let failed = false;
  await Promise.resolve(store.getItem("k")).catch(() => {
    failed = true;
  });
  assertEquals(failed, true);
});

Deno.test("two clients on one Deno KV: one login, one read; a write invalidates", async () => {
  const kv = await Deno.openKv(":memory:");
  try {
    const count = async (path: string) => {
      const url = `${Deno.env.get("INFISICAL_SITE_URL")}/__emulator/requests`;
      const { requests } = await (await fetch(url)).json();
      return requests.filter((r: { path: string }) => r.path === path).length;
    };
    const before = {
      logins: await count("/api/v1/auth/universal-auth/login"),
      reads: await count("/api/v4/secrets/DB_HOST"),
    };
    const first = createDenoClient({ kv: { kv } });
    const second = createDenoClient({ kv: { kv } });
    const read = (client: typeof first) => getSecret(client, { ...where, secretName: "DB_HOST" });
    assertEquals((await read(first)).secretValue, "localhost");
    assertEquals((await read(second)).secretValue, "localhost");
    assertEquals(await count("/api/v1/auth/universal-auth/login"), before.logins + 1);
    assertEquals(await count("/api/v4/secrets/DB_HOST"), before.reads + 1);
    await updateSecret(first, { ...where, secretName: "DB_HOST", secretValue: "db.internal" });
    assertEquals((await read(second)).secretValue, "db.internal");
  } finally {
    kv.close();
  }
});

Deno.test("names the missing setting when no credentials are configured", () => {
  let error: unknown;
  try {
    createDenoClient({
      env: { get: (name) => (name === "INFISICAL_CLIENT_SECRET" ? "cs-x" : undefined) },
    });
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof InfisicalValidationError)) throw new Error("expected a validation error");
  assertEquals(error.field, "INFISICAL_CLIENT_ID");
});
