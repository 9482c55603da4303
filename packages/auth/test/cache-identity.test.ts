// Two clients share one cache storage. The second knows the first one's public ids (client
// id, identity id, key ids) but holds a wrong secret, key or token: it must never be served
// the first one's cached entries, for every auth method. A second client with the right
// credential still reads the shared entry without asking for the secret again.

import {
  type AuthMethod,
  createClient,
  InfisicalAuthError,
  type InfisicalClient,
  memoryStorage,
  type StorageLike,
} from "@infisical-edge/core";
import { entryKey } from "@infisical-edge/core/internal";
import type { Emulator } from "@infisical-edge/emulator";
import { beforeAll, describe, expect, it } from "vitest";
import {
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  gcpIamAuth,
  gcpIdTokenAuth,
  jwtAuth,
  kubernetesAuth,
  ldapAuth,
  ociAuth,
  oidcAuth,
  spiffeAuth,
} from "../src/index";
import { loginFixture } from "./fixture";
import { type LoginFixture, methodCases, readSecret } from "./runtime/cases";
import { createWorld, emulatorFor, type World } from "./world";

let world: World;
let fixture: LoginFixture;
beforeAll(async () => {
  world = await createWorld();
  fixture = await loginFixture(world);
}, 60_000); // RSA key generation on a busy machine

/** A JWT whose signature no longer verifies (same header and claims). */
const tampered = (jwt: string) => {
  const [header, payload, signature = ""] = jwt.split(".");
  const first = signature.startsWith("A") ? "B" : "A";
  return `${header}.${payload}.${first}${signature.slice(1)}`;
};

/** The same public ids as the method case of that name, with a wrong credential. */
function impostor(name: string): AuthMethod {
  const f = fixture;
  const id = (key: string) => f.ids[key] as string;
  const strangerPem = world.keys.stranger.pkcs8Pem;
  switch (name) {
    case "awsIamAuth":
      return awsIamAuth({
        identityId: id("aws"),
        credentials: { accessKeyId: f.aws.accessKeyId, secretAccessKey: "wrong-aws-secret-0000" },
        region: "eu-west-1",
      });
    case "awsIamAuth (temporary credentials)":
      return awsIamAuth({
        identityId: id("awsTemporary"),
        credentials: async () => ({ ...f.aws.temporary, secretAccessKey: "wrong-aws-secret-0000" }),
      });
    case "oidcAuth":
      return oidcAuth({ identityId: id("oidc"), jwt: tampered(f.tokens.oidc) });
    case "jwtAuth":
      return jwtAuth({ identityId: id("jwt"), jwt: async () => tampered(f.tokens.jwt) });
    case "kubernetesAuth":
      return kubernetesAuth({
        identityId: id("kubernetes"),
        serviceAccountToken: tampered(f.tokens.kubernetes),
      });
    case "gcpIdTokenAuth":
      return gcpIdTokenAuth({ identityId: id("gcpIdToken"), jwt: tampered(f.tokens.gcpIdToken) });
    case "gcpIamAuth":
      return gcpIamAuth({
        identityId: id("gcpIam"),
        serviceAccountKey: { ...world.gcpServiceAccountKey, private_key: strangerPem },
      });
    case "azureAuth":
      return azureAuth({ identityId: id("azure"), jwt: tampered(f.tokens.azure) });
    case "ldapAuth":
      return ldapAuth({ identityId: id("ldap"), username: f.ldap.username, password: "wrong" });
    case "spiffeAuth":
      return spiffeAuth({ identityId: id("spiffe"), jwt: () => tampered(f.tokens.spiffe) });
    case "ociAuth":
      return ociAuth({
        identityId: id("oci"),
        userOcid: f.oci.userOcid,
        tenancyOcid: f.oci.tenancyOcid,
        fingerprint: f.oci.fingerprint,
        privateKey: strangerPem,
        region: f.oci.region,
      });
    case "alibabaCloudAuth":
      return alibabaCloudAuth({
        identityId: id("alibaba"),
        accessKeyId: f.alibaba.accessKeyId,
        accessKeySecret: "wrong-alibaba-secret",
      });
    default:
      throw new Error(`no impostor for ${name}`);
  }
}

/** What getSecret does: the entry key from the client's scope, read through its cache. */
async function cachedRead(client: InfisicalClient): Promise<string> {
  const scope = await client.keyScope(fixture.project);
  const key = entryKey(scope, {
    wide: false,
    environment: "dev",
    path: "/",
    kind: "s.K",
    options: "",
  });
  return client.cache.read(key, () => readSecret(client, fixture.project));
}

const clientOn = (emulator: Emulator, storage: StorageLike, auth: AuthMethod) =>
  createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth,
    cache: { storage },
  });

describe("a wrong credential never reads another client's cached entries", () => {
  const names = methodCases({ ids: {}, tokens: {} } as unknown as LoginFixture).map((c) => c.name);
  for (const name of names) {
    it(name, async () => {
      const c = methodCases(fixture).find((candidate) => candidate.name === name)!;
      const emulator = emulatorFor(world);
      const storage = memoryStorage();
      const reads = () => emulator.count({ path: "/api/v4/secrets/K" });

      expect(await cachedRead(clientOn(emulator, storage, c.auth()))).toBe("v");
      expect(reads()).toBe(1);

      const stranger = clientOn(emulator, storage, impostor(name));
      await expect(cachedRead(stranger)).rejects.toBeInstanceOf(InfisicalAuthError);
      expect(reads()).toBe(1);

      // The rightful holder, in another client, is served from the shared entry.
      expect(await cachedRead(clientOn(emulator, storage, c.auth()))).toBe("v");
      expect(reads()).toBe(1);
    });
  }
});
