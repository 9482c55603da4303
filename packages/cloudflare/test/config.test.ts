// Configuration errors surface before any request, naming the binding to fix.
import { InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { createWorkersClient } from "../src/index";

const noFetch = () => {
  throw new Error("no request expected");
};

function fails(env: object, options = {}): InfisicalValidationError {
  try {
    createWorkersClient(env, undefined, { fetch: noFetch, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(InfisicalValidationError);
    return error as InfisicalValidationError;
  }
  throw new Error("expected createWorkersClient to throw");
}

describe("createWorkersClient configuration", () => {
  it("names the missing credentials", () => {
    expect(fails({}).field).toBe("INFISICAL_CLIENT_ID");
    expect(fails({ INFISICAL_CLIENT_ID: "id" }).field).toBe("INFISICAL_CLIENT_SECRET");
    expect(fails({ INFISICAL_CLIENT_SECRET: "cs-value-123" }).field).toBe("INFISICAL_CLIENT_ID");
  });

  it("never quotes a credential in the error", () => {
    const error = fails({ INFISICAL_CLIENT_SECRET: "cs-value-123" });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain("cs-value-123");
  });

  it("rejects a KV binding name that is not bound to a namespace", () => {
    const env = { INFISICAL_TOKEN: "t", NOT_KV: "text" };
    expect(fails(env, { kv: "NOT_KV" })).toMatchObject({ field: "kv" });
    expect(fails(env, { kv: "MISSING" })).toMatchObject({ field: "kv" });
  });

  it("reuses one client per env and gives each call its own cache view", () => {
    const env = { INFISICAL_TOKEN: "t" };
    const a = createWorkersClient(env, undefined, { fetch: noFetch });
    const b = createWorkersClient(env, undefined, { fetch: noFetch });
    expect(a.session).toBe(b.session);
    expect(a.cache).not.toBe(b.cache);
    expect(a.cache.storage).toBe(b.cache.storage);
  });
});
