import { parseArgs } from "node:util";
import { demoSeed } from "../demo-seed.js";
import { createEmulator } from "../emulator.js";
import { loadSeed } from "./load-seed.js";
import { type RunningServer, serve } from "./serve.js";

// The CLI's logic, separate from the entry file so tests can run it in-process.

export const USAGE = `Usage: infisical-emulator [--port 8790] [--host 127.0.0.1] [--allow-remote] [--seed seed.json] [--cors] [--id-seed text]

Serves an in-memory Infisical API. Without --seed it loads the demo seed
(project "demo-project", clientId "demo-client-id", clientSecret "demo-client-secret").
It listens on loopback only; --allow-remote lets --host be any address (anyone reaching the
port can then log in with the seed's credentials).`;

export interface CliResult {
  server?: RunningServer;
  /** Text to print (the listening line, or usage). */
  output: string;
}

/**
 * Runs the `infisical-emulator` CLI with these arguments (without `node` and the script):
 * starts a server on loopback, or answers the usage text.
 */
export async function runCli(argv: string[]): Promise<CliResult> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", short: "p", default: "8790" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string" },
      cors: { type: "boolean", default: false },
      "allow-remote": { type: "boolean", default: false },
      "id-seed": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { output: USAGE };
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid --port ${values.port}`);
  }
  const seed = values.seed ? await loadSeed(values.seed) : demoSeed;
  const emulator = createEmulator({ seed, cors: values.cors, idSeed: values["id-seed"] });
  const server = await serve(emulator, {
    port,
    hostname: values.host,
    allowRemote: values["allow-remote"],
  });
  return { server, output: `infisical-emulator listening on ${server.url}` };
}
