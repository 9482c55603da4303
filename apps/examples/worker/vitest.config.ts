import { defineProject } from "vitest/config";
import { sourceAliases } from "../../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: "example-worker",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
