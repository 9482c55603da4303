// What changes for a user's token (tokenAuth): personal secrets, and writes held back by an
// approval policy. The emulator answers as the real server does; a machine identity is
// refused personal secrets and writes straight through the policy.

import { tokenAuth, universalAuth } from "@infisical-edge/auth";
import { type AuthMethod, createClient, InfisicalApiError } from "@infisical-edge/core";
import { createEmulator } from "@infisical-edge/emulator";
import { describe, expect, it } from "vitest";
import { createSecret, createSecrets, deleteSecret, getSecret, updateSecret } from "../src/index";
import { CLIENT_ID, CLIENT_SECRET, dev, PROJECT_ID, seed } from "./setup";

const USER_TOKEN = "user-personal-token-for-tests";

function world() {
  const project = seed.projects?.[0];
  const emulator = createEmulator({
    seed: {
      ...seed,
      projects: [{ ...project!, approvalPolicies: [{ environment: "prod", secretPath: "/**" }] }],
      identities: [
        ...(seed.identities ?? []),
        { id: "user-1", name: "alice", actor: "user", projects: [PROJECT_ID] },
      ],
      tokens: [{ token: USER_TOKEN, identityId: "user-1" }],
    },
  });
  const client = (auth: AuthMethod) =>
    createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth,
      cache: false,
    });
  return {
    emulator,
    user: client(tokenAuth(USER_TOKEN)),
    machine: client(universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })),
  };
}

describe("a user's token", () => {
  it("keeps personal overrides of shared secrets", async () => {
    const { user } = world();
    const personal = { ...dev, secretName: "ROOT", type: "personal" as const };
    await createSecret(user, { ...personal, secretValue: "mine" });
    expect((await getSecret(user, personal)).secretValue).toBe("mine");
    expect((await getSecret(user, { ...dev, secretName: "ROOT" })).secretValue).toBe("root-value");
    await updateSecret(user, { ...personal, secretValue: "mine-2" });
    expect((await getSecret(user, personal)).secretValue).toBe("mine-2");
    await deleteSecret(user, personal);
    expect(await getSecret(user, personal).catch((e) => e.status)).toBe(404);
  });

  it("gets { approval } for writes under a policy; nothing changes", async () => {
    const { user, emulator } = world();
    const prod = { projectId: PROJECT_ID, environment: "prod" };
    const created = await createSecret(user, { ...prod, secretName: "HELD", secretValue: "x" });
    expect(created.secret).toBeUndefined();
    expect(created.approval?.id).toEqual(expect.any(String));
    const batch = await createSecrets(user, {
      ...prod,
      secrets: [{ secretKey: "HELD_2", secretValue: "y" }],
    });
    expect(batch.approval?.id).toEqual(expect.any(String));
    expect(emulator.state.approvalRequests.size).toBe(2);
    expect(await getSecret(user, { ...prod, secretName: "HELD" }).catch((e) => e.status)).toBe(404);
  });
});

describe("a machine identity", () => {
  it("is refused personal secrets as the server refuses it", async () => {
    const { machine } = world();
    const error = await createSecret(machine, {
      ...dev,
      secretName: "ROOT",
      secretValue: "mine",
      type: "personal",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalApiError);
    expect(error).toMatchObject({
      status: 400,
      serverMessage: "Must be user to create personal secret",
    });
  });

  it("writes straight through an approval policy", async () => {
    const { machine } = world();
    const prod = { projectId: PROJECT_ID, environment: "prod" };
    const created = await createSecret(machine, {
      ...prod,
      secretName: "DIRECT",
      secretValue: "d",
    });
    expect(created.secret?.secretValue).toBe("d");
  });
});
