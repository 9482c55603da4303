import { defaultClientConditions, defineConfig } from "vite";

// `source`: in this monorepo, workspace packages resolve to their TypeScript sources.
export default defineConfig({
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: { target: "es2022" },
});
