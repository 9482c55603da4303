import { defineProject } from "vitest/config";
import { sourceAliases } from "../../vitest.shared.ts";

export default defineProject({
  resolve: { alias: sourceAliases },
  // RSA-4096 key generation and the 10 MiB envelopes take seconds, not milliseconds.
  test: { name: "kms", include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
