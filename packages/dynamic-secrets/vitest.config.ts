import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: "dynamic-secrets",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    include: ["test/**/*.test.ts"],
  },
});
