// Starts the bench emulator in its own process (bundled, run by plain node) and stops it.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { bundleToFile } from "./build";
import type { Target } from "./contenders/types";
import { CLIENT_ID, CLIENT_SECRET, PROJECT_ID } from "./seed";

export interface EmulatorProcess {
  target: Target;
  /** Requests the emulator received since the last `clear()` (control routes excluded). */
  count(): Promise<number>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEmulator(): Promise<EmulatorProcess> {
  const file = await bundleToFile("emulator-server", {
    entry: new URL("./emulator-server.ts", import.meta.url).pathname,
    target: "node",
  });
  const child = spawn(process.execPath, [file], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
    lines.once("line", (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  const control = (path: string, init?: RequestInit) => fetch(`${url}/__emulator/${path}`, init);
  return {
    target: {
      siteUrl: url,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      projectId: PROJECT_ID,
    },
    async count() {
      const body = (await (await control("requests")).json()) as { requests: unknown[] };
      return body.requests.length;
    },
    async clear() {
      await (await control("requests/clear", { method: "POST" })).arrayBuffer();
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
