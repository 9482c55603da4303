import { runCli } from "./run-cli.js";

// Entry of the `infisical-emulator` bin: serve until SIGINT/SIGTERM.

try {
  const { server, output } = await runCli(process.argv.slice(2));
  console.log(output);
  if (server) {
    const stop = () => {
      server.close().finally(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
} catch (error) {
  console.error(`infisical-emulator: ${(error as Error).message}`);
  process.exit(1);
}
