// Shared Vite library-mode config: ESM only, unminified (users' bundlers minify),
// every dependency and node: built-in left external so nothing is bundled twice, and one
// output file per source module: with `sideEffects: false` a user's bundler then drops whole
// unused modules (and the valibot schemas they build at load time), not just functions.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vite";

export function libraryConfig(
  entries: Record<string, string>,
  packageUrl: string,
  options: { banner?: Record<string, string> } = {},
): UserConfig {
  const dir = fileURLToPath(new URL(".", packageUrl));
  const pkg = JSON.parse(readFileSync(`${dir}package.json`, "utf8"));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const external = (id: string) =>
    id.startsWith("node:") ||
    id.startsWith("bun:") ||
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return defineConfig({
    root: dir,
    build: {
      target: "es2022",
      minify: false,
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, `${dir}${v}`])),
        formats: ["es"],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: "src",
          entryFileNames: "[name].js",
          banner: (chunk) => options.banner?.[chunk.name] ?? "",
        },
      },
    },
  });
}
