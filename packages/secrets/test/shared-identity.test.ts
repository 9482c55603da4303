// Two clients on one shared store under one session-proof identity (built from public ids, as
// OIDC or LDAP identities are): one whose login the server refuses must not evict what the
// other cached, since its write never happened.

import { universalAuth } from "@infisical-edge/auth";
import {
  type AuthMethod,
  createClient,
  InfisicalAuthError,
  memoryStorage,
} from "@infisical-edge/core";
import { createEmulator } from "@infisical-edge/emulator";
import { describe, expect, it } from "vitest";
import { createSecret, createTag, getSecret } from "../src/index";
import { CLIENT_ID, CLIENT_SECRET, dev, PROJECT_ID, seed } from "./setup";

/** Universal auth with a label of public ids only, as a session-proof method has. */
const sessionProof = (clientSecret: string): AuthMethod => ({
  ...universalAuth({ clientId: CLIENT_ID, clientSecret }),
  identity: () => "shared-public-label",
  identityProof: "session",
});

describe("a refused login writes nothing and evicts nothing", () => {
  it("another client's cached reads under the same identity stay", async () => {
    const emulator = createEmulator({ seed });
    const storage = memoryStorage();
    const clientOf = (secret: string) =>
      createClient({
        siteUrl: "http://emulator.localhost",
        fetch: emulator.fetch,
        auth: sessionProof(secret),
        cache: { storage },
      });
    const good = clientOf(CLIENT_SECRET);
    const wrong = clientOf("not-the-secret");
    const read = { ...dev, secretName: "ROOT" };
    expect((await getSecret(good, read)).secretValue).toBe("root-value");
    const writes = [
      createSecret(wrong, { ...dev, secretName: "NEW", secretValue: "v" }),
      createTag(wrong, { projectId: PROJECT_ID, slug: "t", color: "#fff" }),
    ];
    for (const write of writes) await expect(write).rejects.toBeInstanceOf(InfisicalAuthError);
    emulator.clearRequests();
    // A new client of the good credential, so no warm memo answers: the shared store does.
    expect((await getSecret(clientOf(CLIENT_SECRET), read)).secretValue).toBe("root-value");
    expect(emulator.requests.filter((r) => r.path.startsWith("/api/v4/secrets"))).toEqual([]);
  });
});
