import { defineProject } from "vitest/config";
import { sourceAliases } from "../../../vitest.shared.ts";

export default defineProject({
  // The test's own imports (the emulator) come from source; the app is bundled by wrangler.
  resolve: { alias: sourceAliases },
  test: {
    name: "example-hono-worker",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // wrangler bundles once per run (and stale packages are built first).
    hookTimeout: 300_000,
  },
});
