// Tokens fetched from a cloud's metadata service (GCP metadata server, Azure IMDS), over an
// injected fetch that plays the service and checks what a real one requires.

import { createClient, InfisicalAuthError } from "@infisical-edge/core";
import { beforeAll, describe, expect, it } from "vitest";
import { azureAuth, gcpIdTokenAuth, InfisicalMetadataError } from "../src/index";
import { readSecret } from "./runtime/cases";
import { createWorld, emulatorFor, ids, PROJECT, type World } from "./world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

function metadataService(handler: Handler) {
  const calls: URL[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push(url);
    return handler(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe("gcpIdTokenAuth without a token", () => {
  it("asks the metadata server for an ID token with the identity id as audience, at each login", async () => {
    const service = metadataService(async (url, init) => {
      if (header(init, "metadata-flavor") !== "Google")
        return new Response("missing header", { status: 403 });
      expect(url.pathname).toBe("/computeMetadata/v1/instance/service-accounts/default/identity");
      return new Response(
        await world.tokens.gcpIdToken({ aud: url.searchParams.get("audience") ?? "" }),
      );
    });
    const emulator = emulatorFor(world);
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: gcpIdTokenAuth({ identityId: ids.gcpIdToken, fetch: service.fetch }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(service.calls).toHaveLength(1);
    expect(service.calls[0]?.origin).toBe("http://metadata.google.internal");
    expect(service.calls[0]?.searchParams.get("audience")).toBe(ids.gcpIdToken);
    expect(service.calls[0]?.searchParams.get("format")).toBe("full");
    await client.session.revoke();
    await readSecret(client, PROJECT);
    expect(service.calls).toHaveLength(2);
  });

  it("a refusal of the metadata server is an InfisicalMetadataError; Infisical is not called", async () => {
    const service = metadataService(() => new Response("no", { status: 404 }));
    const emulator = emulatorFor(world);
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: gcpIdTokenAuth({
        identityId: ids.gcpIdToken,
        fetch: service.fetch,
        metadataUrl: "http://127.0.0.1:9",
      }),
    });
    const error = await readSecret(client, PROJECT).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalMetadataError);
    expect(error.status).toBe(404);
    expect(error.message).toBe(
      "GCP metadata server: GET 127.0.0.1:9/computeMetadata/v1/instance/service-accounts/default/identity failed: 404",
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it("an unreachable metadata server is named without its query", async () => {
    const service = metadataService(() => {
      throw new TypeError("fetch failed");
    });
    const auth = gcpIdTokenAuth({ identityId: ids.gcpIdToken, fetch: service.fetch });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulatorFor(world).fetch,
      auth,
    });
    const error = await client.session.token().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalMetadataError);
    expect(error.message).toMatch(/unreachable \(TypeError\)$/);
    expect(error.message).not.toContain("audience");
  });
});

describe("azureAuth without a token", () => {
  it("requests a managed-identity token from IMDS for the resource (and client id)", async () => {
    const service = metadataService(async (url, init) => {
      if (header(init, "metadata") !== "true") return new Response("{}", { status: 400 });
      expect(url.pathname).toBe("/metadata/identity/oauth2/token");
      expect(url.searchParams.get("api-version")).toBe("2018-02-01");
      const aud = url.searchParams.get("resource") ?? "";
      return Response.json({
        access_token: await world.tokens.azure({ aud }),
        token_type: "Bearer",
      });
    });
    const emulator = emulatorFor(world);
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: azureAuth({
        identityId: ids.azure,
        clientId: "0000-user-assigned",
        fetch: service.fetch,
      }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(service.calls[0]?.origin).toBe("http://169.254.169.254");
    expect(service.calls[0]?.searchParams.get("resource")).toBe("https://management.azure.com/");
    expect(service.calls[0]?.searchParams.get("client_id")).toBe("0000-user-assigned");
  });

  it("a token for another resource is refused by the server, as an InfisicalAuthError", async () => {
    const service = metadataService(async (url) =>
      Response.json({
        access_token: await world.tokens.azure({ aud: url.searchParams.get("resource") ?? "" }),
      }),
    );
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulatorFor(world).fetch,
      auth: azureAuth({
        identityId: ids.azure,
        resource: "https://vault.azure.net",
        fetch: service.fetch,
      }),
    });
    const error = await readSecret(client, PROJECT).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.serverMessage).toMatch(/^jwt audience invalid/);
  });

  it("an answer without access_token is an InfisicalMetadataError that does not quote it", async () => {
    const service = metadataService(() =>
      Response.json({ error: "identity_not_found", token: "sekrit-123" }),
    );
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulatorFor(world).fetch,
      auth: azureAuth({ identityId: ids.azure, fetch: service.fetch }),
    });
    const error = await client.session.token().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalMetadataError);
    expect(error.message).toBe("Azure IMDS: the answer lacks the expected fields");
  });
});
