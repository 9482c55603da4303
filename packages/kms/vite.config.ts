import { mergeConfig } from "vite";
import { libraryConfig } from "../../scripts/vite-lib.ts";

// One output file per source module: with `sideEffects: false`, a user's bundler then drops
// whole unused modules (and the valibot schemas they build at load time), not just functions.
export default mergeConfig(libraryConfig({ index: "src/index.ts" }, import.meta.url), {
  build: {
    rollupOptions: {
      output: { preserveModules: true, preserveModulesRoot: "src", entryFileNames: "[name].js" },
    },
  },
});
