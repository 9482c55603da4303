// What the object itself decides: its options (token, cacheTtl, the core client's options),
// switching auth methods on login, and the one answer it reshapes (a write that opened a
// change request). Also: no modular package imports it.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { universalAuth } from "@infisical-edge/auth";
import { memoryStorage, sealedTokenStore } from "@infisical-edge/core";
import { loadSecrets } from "@infisical-edge/secrets";
import { describe, expect, it } from "vitest";
import { aws, ids, PROJECT as MACHINE_PROJECT } from "../../auth/test/world";
import {
  InfisicalApprovalRequiredError,
  InfisicalAuthError,
  InfisicalSDKClient,
  InfisicalValidationError,
} from "../src/index";
import {
  CLIENT_SECRET,
  connected,
  credentials,
  emulator,
  IDENTITY_ID,
  PROJECT_ID,
  SITE,
  sdkOn,
} from "./world";

const dev = { projectId: PROJECT_ID, environmentSlug: "dev" };
const read = { ...dev, secretName: "EXISTING_SECRET" };
const reads = (e: { count(f: { path: string }): number }) =>
  e.count({ path: "/api/v4/secrets/EXISTING_SECRET" });

describe("validation errors name the option as the caller spelled it", () => {
  it("Python's names, not the area functions' (environmentSlug, tagFilters, id, inputs...)", async () => {
    const { sdk, emulator: e } = await sdkOn();
    const at = { projectId: PROJECT_ID, environmentSlug: "dev" };
    const dyn = { projectSlug: "shop", environmentSlug: "dev" };
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        "listSecrets",
        () => sdk.secrets.listSecrets({ projectId: PROJECT_ID, environmentSlug: "not a slug" }),
        "environmentSlug",
      ],
      [
        "listSecrets",
        () => sdk.secrets.listSecrets({ ...at, tagFilters: ["Not A Slug"] }),
        "tagFilters.0",
      ],
      [
        "updateSecretByName",
        () => sdk.secrets.updateSecretByName({ ...at, currentSecretName: "a:b", secretValue: "v" }),
        "currentSecretName",
      ],
      [
        "createSecretByName",
        () =>
          sdk.secrets.createSecretByName({
            ...at,
            secretName: "A",
            secretValue: "v",
            tagsIds: [""],
          }),
        "tagsIds.0",
      ],
      ["getFolderById", () => sdk.folders.getFolderById({ id: "../x" }), "id"],
      [
        "deleteFolder",
        () => sdk.folders.deleteFolder({ ...at, folderIdOrName: "../x" }),
        "folderIdOrName",
      ],
      [
        "deleteFolder by folderId",
        () => sdk.folders.deleteFolder({ ...at, folderId: "../x" }),
        "folderId",
      ],
      [
        "encryptData",
        () =>
          sdk.kms.encryptData({
            keyId: "6a1f0c2e-5d4b-4e3a-9f8c-0000000000ff",
            base64EncodedPlaintext: "%",
          }),
        "base64EncodedPlaintext",
      ],
      [
        "dynamicSecrets.create",
        () =>
          sdk.dynamicSecrets.create({
            ...dyn,
            name: "x",
            providerType: "redis",
            inputs: { host: "h", port: "6379" } as never,
            defaultTtl: "1h",
          }),
        "inputs.port",
      ],
      [
        "dynamicSecrets.create",
        () =>
          sdk.dynamicSecrets.create({
            ...dyn,
            name: "x",
            providerType: "oracle-magic" as never,
            inputs: {},
            defaultTtl: "1h",
          }),
        "providerType",
      ],
      [
        "dynamicSecrets.update",
        () => sdk.dynamicSecrets.update({ ...dyn, name: "x", defaultTtl: "1 fortnight" }),
        "defaultTtl",
      ],
      [
        "leases.get with environment",
        () =>
          sdk.dynamicSecrets.leases.get({
            projectSlug: "shop",
            environment: "not a slug",
            leaseId: "l",
          }),
        "environment",
      ],
    ];
    for (const [name, run, field] of cases) {
      const error = await run().catch((x: unknown) => x);
      expect(error, name).toBeInstanceOf(InfisicalValidationError);
      expect((error as InfisicalValidationError).field, name).toBe(field);
      expect((error as InfisicalValidationError).message, name).toContain(`Invalid ${field}`);
    }
    expect(e.requests).toHaveLength(0);
  });
});

describe("every method answers with a promise", () => {
  it("options that are missing or throw when read reject the call, before any request", async () => {
    const { sdk, emulator: e } = await sdkOn();
    const boom = new Error("getter failed");
    const hostile = new Proxy(
      {},
      {
        get() {
          throw boom;
        },
      },
    );
    const methods: [string, (o: unknown) => Promise<unknown>][] = [];
    const walk = (prefix: string, resource: object) => {
      for (const [name, value] of Object.entries(resource)) {
        if (typeof value === "function") methods.push([`${prefix}.${name}`, value]);
        else walk(`${prefix}.${name}`, value);
      }
    };
    for (const name of [
      "auth",
      "secrets",
      "dynamicSecrets",
      "kms",
      "folders",
      "tags",
      "secretImports",
    ]) {
      walk(name, sdk[name as keyof InfisicalSDKClient] as object);
    }
    expect(methods.length).toBeGreaterThan(40);
    for (const [name, method] of methods) {
      let call: Promise<unknown> | undefined;
      expect(() => {
        call = method(undefined);
      }, name).not.toThrow();
      const error = await call?.catch((x: unknown) => x);
      expect(error, name).toBeInstanceOf(InfisicalValidationError);
      expect(error, name).toMatchObject({ field: "options" });
      expect(() => {
        call = method(hostile);
      }, name).not.toThrow();
      await expect(call, name).rejects.toBeDefined();
    }
    expect(e.requests).toHaveLength(0);
  });
});

describe("options", () => {
  it("token and auth together are refused", async () => {
    const auth = universalAuth(credentials);
    expect(() => new InfisicalSDKClient({ token: "t", auth })).toThrow(InfisicalValidationError);
    expect(() => new InfisicalSDKClient({ token: "t", auth })).toThrow(/^Invalid token: /);
  });

  it("cacheTtl must be a number of seconds or null", () => {
    for (const bad of ["60", Number.NaN, {}, Number.POSITIVE_INFINITY, 315_360_001]) {
      const error = (() => {
        try {
          new InfisicalSDKClient({ cacheTtl: bad as number });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect((error as InfisicalValidationError).field).toBe("cacheTtl");
    }
  });

  it("reads are cached 60 s by default; cacheTtl 0 turns the cache off", async () => {
    const on = await connected();
    await on.sdk.secrets.getSecretByName(read);
    await on.sdk.secrets.getSecretByName(read);
    expect(reads(on.emulator)).toBe(1);
    const off = await connected({ cacheTtl: 0 });
    await off.sdk.secrets.getSecretByName(read);
    await off.sdk.secrets.getSecretByName(read);
    expect(reads(off.emulator)).toBe(2);
  });

  it("cacheTtl sets the ttl of a given cache storage, which login switches keep", async () => {
    const storage = memoryStorage();
    let now = Date.now();
    const { sdk, emulator: e } = await connected({
      cache: { storage },
      cacheTtl: 5,
      now: () => now,
    });
    await sdk.secrets.getSecretByName(read);
    expect((await storage.getKeys()).length).toBe(1);
    await sdk.auth.universalAuth.login(credentials); // a new core client, the same storage
    await sdk.secrets.getSecretByName(read);
    expect(reads(e)).toBe(1);
    now += 6_000;
    await sdk.secrets.getSecretByName(read);
    expect(reads(e)).toBe(2);
  });

  it("passes the core client's options through (headers, timeout, retry)", async () => {
    const e = await emulator();
    const seen: Headers[] = [];
    const sdk = new InfisicalSDKClient({
      siteUrl: `${SITE}/api/`,
      headers: { "x-app": "billing" },
      timeout: 2_000,
      retry: 0,
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return e.fetch(input, init);
      },
    });
    expect(sdk.client.siteUrl).toBe(SITE);
    await sdk.auth.universalAuth.login(credentials);
    await sdk.secrets.getSecretByName(read);
    expect(seen.map((h) => h.get("x-app"))).toEqual(["billing", "billing"]);
  });

  it("environment wins over environmentSlug", async () => {
    const { sdk, emulator: e } = await connected();
    await sdk.secrets.listSecrets({
      projectId: PROJECT_ID,
      environment: "staging",
      environmentSlug: "dev",
    });
    expect(e.requests.at(-1)?.query.environment).toBe("staging");
  });
});

describe("login switches the object's auth method", () => {
  it("from universal auth to AWS: later calls are made as the new identity", async () => {
    const { sdk, emulator: e } = await connected();
    expect((await sdk.secrets.getSecretByName(read)).secretValue).toBe("existing-value");
    await sdk.auth.awsAuth.login({
      identityId: ids.aws,
      credentials: { accessKeyId: aws.accessKeyId, secretAccessKey: aws.secretAccessKey },
    });
    const { secrets } = await sdk.secrets.listSecrets({
      projectId: MACHINE_PROJECT,
      environmentSlug: "dev",
    });
    expect(secrets.map((s) => s.secretKey)).toEqual(["K"]);
    // The AWS identity is no member of the first project.
    await expect(sdk.secrets.getSecretByName({ ...read, secretName: "DB_HOST" })).rejects.toThrow();
    expect(e.count({ path: "/api/v1/auth/aws-auth/login" })).toBe(1);
  });

  it("a refused login throws InfisicalAuthError and keeps the previous method", async () => {
    const { sdk, emulator: e } = await connected();
    const before = sdk.client;
    await expect(
      sdk.auth.universalAuth.login({ clientId: credentials.clientId, clientSecret: "wrong" }),
    ).rejects.toBeInstanceOf(InfisicalAuthError);
    expect(sdk.client).toBe(before);
    expect((await sdk.secrets.getSecretByName(read)).secretValue).toBe("existing-value");
    expect(e.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(2);
  });

  it("the session it starts renews the token before expiry instead of logging in again", async () => {
    let now = Date.now();
    const { sdk, emulator: e } = await sdkOn({ now: () => now, cacheTtl: null });
    const login = await sdk.auth.universalAuth.login(credentials);
    now += (login.expiresIn - 30) * 1000;
    e.advanceClock((login.expiresIn - 30) * 1000);
    await sdk.secrets.getSecretByName(read);
    expect(e.count({ path: "/api/v1/auth/token/renew" })).toBe(1);
    expect(e.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
  });

  it("tokenAuth switches without a request", async () => {
    const { sdk, emulator: e } = await sdkOn();
    await sdk.auth.tokenAuth.login({ token: e.issueToken(IDENTITY_ID) });
    await sdk.secrets.getSecretByName(read);
    expect(e.requests.map((r) => r.path)).toEqual(["/api/v4/secrets/EXISTING_SECRET"]);
  });

  it("with a token store holding another process's token, login still answers a login", async () => {
    const tokenStore = sealedTokenStore({ storage: memoryStorage(), secret: CLIENT_SECRET });
    const e = await emulator();
    const first = new InfisicalSDKClient({ host: SITE, fetch: e.fetch, tokenStore });
    await first.auth.universalAuth.login(credentials);
    const second = new InfisicalSDKClient({ host: SITE, fetch: e.fetch, tokenStore });
    const login = await second.auth.universalAuth.login(credentials);
    expect(Object.keys(login).sort()).toEqual([
      "accessToken",
      "accessTokenMaxTTL",
      "expiresIn",
      "tokenType",
    ]);
    expect(e.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(2);
    expect((await second.secrets.getSecretByName(read)).secretValue).toBe("existing-value");
  });

  it("client.client works with every modular function", async () => {
    const { sdk } = await connected();
    const env = await loadSecrets(sdk.client, { projectId: PROJECT_ID, environment: "dev" });
    expect(env.EXISTING_SECRET).toBe("existing-value");
    expect(env.FROM_STAGING).toBe("imported-value");
  });
});

describe("writes under a secret-approval policy", () => {
  it("throw InfisicalApprovalRequiredError with the approval, never the value", async () => {
    const e = await emulator();
    const sdk = new InfisicalSDKClient({
      host: SITE,
      fetch: async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (init?.method === "POST" && url.pathname === "/api/v4/secrets/GUARDED") {
          return Response.json({ approval: { id: "approval-1", status: "open" } });
        }
        return e.fetch(input, init);
      },
    });
    await sdk.auth.universalAuth.login(credentials);
    const error = await sdk.secrets
      .createSecretByName({ ...dev, secretName: "GUARDED", secretValue: "s3cr3t-value" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InfisicalApprovalRequiredError);
    expect((error as InfisicalApprovalRequiredError).approval).toMatchObject({ id: "approval-1" });
    expect(JSON.stringify(error) + String(error)).not.toContain("s3cr3t-value");
  });
});

describe("bundles", () => {
  it("no modular package depends on or imports @infisical-edge/sdk", () => {
    const packages = fileURLToPath(new URL("../../", import.meta.url));
    const offenders: string[] = [];
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) scan(path);
        else if (
          /\.ts$/.test(entry.name) &&
          readFileSync(path, "utf8").includes("@infisical-edge/sdk")
        ) {
          offenders.push(path);
        }
      }
    };
    for (const name of readdirSync(packages)) {
      if (name === "sdk") continue;
      const manifest = JSON.parse(readFileSync(`${packages}${name}/package.json`, "utf8"));
      const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
      if ("@infisical-edge/sdk" in deps) offenders.push(`${name}/package.json`);
      scan(`${packages}${name}/src`);
    }
    expect(offenders).toEqual([]);
  });
});
