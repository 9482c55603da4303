export { loadSeed } from "./load-seed";
export { runCli } from "./run-cli";
export { type RunningServer, type ServeOptions, serve } from "./serve";
