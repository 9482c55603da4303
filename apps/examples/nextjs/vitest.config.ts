import { defineProject } from "vitest/config";
import { sourceAliases } from "../../../vitest.shared.ts";

export default defineProject({
  // The test's own imports (the emulator) come from source; the app is built by `next build`.
  resolve: { alias: sourceAliases },
  test: {
    name: "example-nextjs",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // `next build` runs once per test run (and stale packages are built first).
    hookTimeout: 600_000,
  },
});
