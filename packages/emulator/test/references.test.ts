import { describe, expect, it } from "vitest";
import { createEmulator, type EmulatorSeed } from "../src";
import { call } from "./helpers";

// `${...}` expansion: same folder, other environment root, nested folder, missing, cycles, depth.

const PROJECT = "11111111-2222-4333-8444-555555555555";
const IDENTITY = "identity-refs";

const chain = Array.from({ length: 12 }, (_, i) => ({
  environment: "dev",
  key: `C${i}`,
  value: i === 11 ? "end" : `\${C${i + 1}}`,
}));

const seed: EmulatorSeed = {
  projects: [
    {
      id: PROJECT,
      slug: "refs",
      secrets: [
        { environment: "dev", key: "HOST", value: "dev-host" },
        { environment: "dev", key: "SAME", value: `http://\${HOST}` },
        { environment: "dev", key: "CROSS", value: `\${prod.HOST}` },
        {
          environment: "dev",
          key: "NESTED",
          value: `\${staging.app.api.TOKEN}/\${dev.app.api.TOKEN}`,
        },
        { environment: "dev", key: "MISSING", value: `[\${NOPE}][\${prod.NOPE}][\${qa.x.NOPE}]` },
        { environment: "dev", key: "TWO_HOPS", value: `\${SAME}/path` },
        { environment: "dev", key: "CYCLE_A", value: `a\${CYCLE_B}` },
        { environment: "dev", key: "CYCLE_B", value: `b\${CYCLE_A}` },
        { environment: "dev", key: "SELF", value: `me\${SELF}` },
        { environment: "dev", path: "/app/api", key: "TOKEN", value: "dev-token" },
        { environment: "dev", path: "/app/api", key: "LOCAL", value: `\${TOKEN}!` },
        { environment: "staging", path: "/app/api", key: "TOKEN", value: "staging-token" },
        { environment: "prod", key: "HOST", value: `prod-\${SUFFIX}` },
        { environment: "prod", key: "SUFFIX", value: "host" },
        ...chain,
      ],
    },
  ],
  identities: [{ id: IDENTITY, projects: [PROJECT] }],
};

async function expandedValue(key: string, secretPath = "/") {
  const emulator = createEmulator({ seed });
  const { body } = await call(emulator, "GET", `/api/v4/secrets/${key}`, {
    token: emulator.issueToken(IDENTITY),
    query: { projectId: PROJECT, environment: "dev", secretPath },
  });
  return body.secret.secretValue as string;
}

describe("secret references", () => {
  it("resolves the same folder, recursively", async () => {
    expect(await expandedValue("SAME")).toBe("http://dev-host");
    expect(await expandedValue("TWO_HOPS")).toBe("http://dev-host/path");
  });

  it("resolves another environment's root in that environment's context", async () => {
    expect(await expandedValue("CROSS")).toBe("prod-host");
  });

  it("resolves env.folder.sub.KEY paths and same-folder keys inside nested folders", async () => {
    expect(await expandedValue("NESTED")).toBe("staging-token/dev-token");
    expect(await expandedValue("LOCAL", "/app/api")).toBe("dev-token!");
  });

  it("expands missing targets to the empty string", async () => {
    expect(await expandedValue("MISSING")).toBe("[][][]");
  });

  it("cuts cycles and self references", async () => {
    expect(await expandedValue("CYCLE_A")).toBe("ab");
    expect(await expandedValue("CYCLE_B")).toBe("ba");
    expect(await expandedValue("SELF")).toBe("me");
  });

  it("stops after 10 levels", async () => {
    expect(await expandedValue("C1")).toBe("end"); // 10 hops
    expect(await expandedValue("C0")).toBe(""); // 11 hops
  });
});
