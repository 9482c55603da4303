import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Only the CLI entry is executable, so only it gets the shebang.
function cliShebang(): Plugin {
  return {
    name: "cli-shebang",
    renderChunk(code, chunk) {
      if (chunk.fileName !== "cli.js") return null;
      return { code: `#!/usr/bin/env node\n${code}`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [cliShebang()],
  build: {
    target: "es2022",
    minify: false,
    sourcemap: false,
    emptyOutDir: true,
    lib: {
      entry: {
        index: src("index.ts"),
        node: src("node/index.ts"),
        cli: src("node/cli.ts"),
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Node built-ins stay imports; the default entry never reaches them.
      external: [/^node:/],
    },
  },
});
