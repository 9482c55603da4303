import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: sourceAliases },
  // Key generation in createWorld is slow on a loaded 2-core machine.
  test: { name: "auth", include: ["test/**/*.test.ts"], hookTimeout: 60_000 },
});
