// Runs test Workers in workerd (miniflare) against the emulator. The emulator stays in Node:
// a Worker reaches it through a service binding (a Node function here) or over loopback
// HTTP, so every request can be counted at the emulator.

import { fileURLToPath } from "node:url";
import { createEmulator, DEMO_PROJECT_ID, demoSeed, type Emulator } from "@infisical-edge/emulator";
import { build } from "esbuild";
import { Response as MfResponse, Miniflare } from "miniflare";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

export const LOGIN = "/api/v1/auth/universal-auth/login";
export const API_KEY = "/api/v4/secrets/API_KEY";

/** Bundles a fixture Worker into one ES module (package sources via the `source` condition). */
export async function bundleWorker(entry = "worker.ts"): Promise<string> {
  const result = await build({
    entryPoints: [`${fixtures}${entry}`],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "workerd", "worker", "browser", "import"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** The emulator behind a switch: while `down`, every API call answers 503. */
export function upstream() {
  const emulator: Emulator = createEmulator({ seed: demoSeed });
  const state = { down: false };
  const binding = async (request: Request): Promise<Response> => {
    const forwarded = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.method === "GET" ? undefined : await request.arrayBuffer(),
    });
    const response = state.down
      ? Response.json(
          { statusCode: 503, message: "down", error: "ServiceUnavailable" },
          { status: 503 },
        )
      : await emulator.handle(forwarded);
    // A 304 (an ETag revalidation) has no body: a Response with one cannot be built.
    const body = response.status === 304 ? null : await response.arrayBuffer();
    return new MfResponse(body, {
      status: response.status,
      headers: Object.fromEntries(response.headers),
    }) as never;
  };
  return { emulator, state, binding };
}

export const credentials = {
  INFISICAL_SITE_URL: "https://infisical.internal",
  INFISICAL_CLIENT_ID: "demo-client-id",
  INFISICAL_CLIENT_SECRET: "demo-client-secret",
  INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
};

export interface WorkerOptions {
  script: string;
  bindings?: Record<string, string>;
  /** A Node function answering the Worker's `env.INFISICAL` service binding. */
  service?: (request: Request) => Promise<Response>;
}

export function startWorker(options: WorkerOptions): Miniflare {
  return new Miniflare({
    modules: true,
    script: options.script,
    compatibilityDate: "2025-01-01",
    kvNamespaces: ["INFISICAL_CACHE"],
    bindings: { ...credentials, ...options.bindings },
    serviceBindings: options.service ? { INFISICAL: options.service as never } : {},
  });
}

/**
 * Two Workers (two isolates, each with its own module state) in one workerd, bound to one
 * KV namespace, as two instances of a deployment would be.
 */
export function startTwoWorkers(script: string, bindings: Record<string, string>): Miniflare {
  const worker = (name: string) => ({
    name,
    modules: true,
    script,
    compatibilityDate: "2025-01-01",
    kvNamespaces: { INFISICAL_CACHE: "shared-namespace" },
    bindings: { ...credentials, ...bindings },
  });
  return new Miniflare({ workers: [worker("first"), worker("second")] });
}
