import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { call, fixtureSeed, IDENTITY_ID, PROJECT_ID, START, v4 } from "./helpers";

// Approval policies hold back writes by users only; personal secrets belong to users. A
// machine identity writes through a policy and is refused personal secrets (as recorded).

const USER_ID = "0f6f2f0e-3333-4333-8333-000000000003";

function world() {
  const seed = fixtureSeed();
  seed.identities?.push({ id: USER_ID, name: "alice", actor: "user", projects: [PROJECT_ID] });
  const project = seed.projects?.[0];
  if (project) project.approvalPolicies = [{ environment: "dev", secretPath: "/app/**" }];
  let now = START;
  const emulator = createEmulator({ seed, clock: () => now++ });
  return {
    emulator,
    user: v4(emulator, emulator.issueToken(USER_ID)),
    machine: v4(emulator, emulator.issueToken(IDENTITY_ID)),
  };
}

describe("approval policies", () => {
  it("answers a user's write under a policy with { approval } and changes nothing", async () => {
    const { emulator, user } = world();
    const created = await user.create("HELD", { secretPath: "/app", secretValue: "x" });
    expect(created.status).toBe(200);
    expect(created.body.secret).toBeUndefined();
    expect(created.body.approval).toMatchObject({ status: "open", hasMerged: false });
    expect(typeof created.body.approval.id).toBe("string");
    expect((await user.get("HELD", { secretPath: "/app" })).status).toBe(404);

    const updated = await user.update("NESTED_KEY", { secretPath: "/app", secretValue: "y" });
    expect(Object.keys(updated.body)).toEqual(["approval"]);
    const removed = await user.remove("NESTED_KEY", { secretPath: "/app" });
    expect(Object.keys(removed.body)).toEqual(["approval"]);
    const batch = await user.batch("POST", {
      secretPath: "/app",
      secrets: [{ secretKey: "B1", secretValue: "1" }],
    });
    expect(Object.keys(batch.body)).toEqual(["approval"]);
    expect((await user.get("NESTED_KEY", { secretPath: "/app" })).body.secret.secretValue).toBe(
      "nested-value",
    );
    expect([...emulator.state.approvalRequests.values()].map((r) => r.operation)).toEqual([
      "create",
      "update",
      "delete",
      "create",
    ]);
  });

  it("lets a user write outside the policy and a machine identity write under it", async () => {
    const { user, machine } = world();
    expect((await user.create("FREE", { secretValue: "x" })).body.secret.secretKey).toBe("FREE");
    const written = await machine.create("MACHINE", { secretPath: "/app", secretValue: "m" });
    expect(written.body.secret.secretValue).toBe("m");
  });
});

describe("personal secrets", () => {
  it("refuses a machine identity as the server does", async () => {
    const { machine } = world();
    const create = await machine.create("DB_HOST", { secretValue: "mine", type: "personal" });
    expect(create.body).toMatchObject({
      statusCode: 400,
      message: "Must be user to create personal secret",
    });
    const update = await machine.update("DB_HOST", { secretValue: "mine", type: "personal" });
    expect(update.body.message).toBe("Must be user to create personal secret");
    const remove = await machine.remove("DB_HOST", { type: "personal" });
    expect(remove.body.message).toBe("Must be user to delete personal secret");
    expect((await machine.get("DB_HOST", { type: "personal" })).status).toBe(404);
  });

  it("lets a user override a shared secret with a personal one", async () => {
    const { emulator, user } = world();
    const created = await user.create("DB_HOST", { secretValue: "mine", type: "personal" });
    expect(created.body.secret).toMatchObject({ type: "personal", secretValue: "mine" });
    expect((await user.get("DB_HOST", { type: "personal" })).body.secret.secretValue).toBe("mine");
    expect((await user.get("DB_HOST")).body.secret.secretValue).toBe("localhost");
    const removed = await call(emulator, "DELETE", "/api/v4/secrets/DB_HOST", {
      token: user.token,
      body: { projectId: PROJECT_ID, environment: "dev", type: "personal" },
    });
    expect(removed.status).toBe(200);
  });
});
