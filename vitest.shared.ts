import { fileURLToPath } from "node:url";
import type { AliasOptions } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// Tests run against package sources, not dist: `@infisical-edge/x` and its subpaths map to src.
export const sourceAliases: AliasOptions = [
  {
    find: /^@infisical-edge\/([a-z-]+)\/([a-z-]+)$/,
    replacement: `${root}packages/$1/src/$2/index.ts`,
  },
  { find: /^@infisical-edge\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
];
