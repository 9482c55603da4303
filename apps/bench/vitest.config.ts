import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared.ts";

// Checks what the benchmarks count and report (no timings are asserted: benchmarks are
// scripts, run with `pnpm bench`).
export default defineProject({
  resolve: { alias: sourceAliases },
  test: { name: "bench", include: ["test/**/*.test.ts"], testTimeout: 30_000 },
});
