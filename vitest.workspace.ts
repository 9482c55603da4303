// The test projects of the monorepo: one per package or app that has tests.
// vitest.config.ts hands this list to Vitest 4 (`test.projects`).
export default ["packages/*", "apps/*", "apps/examples/*"];
