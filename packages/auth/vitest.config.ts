import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: sourceAliases },
  // The test worlds generate RSA and EC key pairs in beforeAll: slow on a busy machine.
  test: { name: "auth", include: ["test/**/*.test.ts"], hookTimeout: 60_000 },
});
