export { loadSeed } from "./load-seed.js";
export { runCli } from "./run-cli.js";
export { type RunningServer, type ServeOptions, serve } from "./serve.js";
