// Child-process entry: serves the bench emulator on a loopback port and prints its URL, so
// the server's work runs on its own core instead of the measured client's event loop.
import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { benchSeed } from "./seed";

const server = await serve(createEmulator({ seed: benchSeed }), { port: 0 });
console.log(JSON.stringify({ url: server.url }));
process.once("SIGTERM", () => {
  server.close().finally(() => process.exit(0));
});
