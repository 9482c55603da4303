// The test projects of the monorepo: every package or app with a vitest.config.ts.
// vitest.config.ts hands this list to Vitest 4 (`test.projects`).
export default [
  "packages/*/vitest.config.ts",
  "apps/*/vitest.config.ts",
  "apps/examples/*/vitest.config.ts",
];
