import { defineConfig } from "vitest/config";
import projects from "./vitest.workspace.ts";

export default defineConfig({
  test: {
    projects,
    // Vitest's default on 2 cores is 1 worker (cores - 1), which leaves a core idle while a
    // file waits on its children (workerd, Deno, Bun, next build, Chromium). Two files at a
    // time keep both cores busy without piling up more runtime children than cores.
    maxWorkers: 2,
  },
});
