// The package can be published to JSR as is: jsr.json exports the source entry, and every
// import in src/ is either relative with its `.ts` extension (no sloppy imports on JSR) or
// a bare specifier that jsr.json maps to a pinned npm package.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../", import.meta.url);
const jsr = JSON.parse(readFileSync(new URL("jsr.json", dir), "utf8"));
const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
const sources = readdirSync(new URL("src/", dir)).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".d.ts"),
);
const specifiers = sources.flatMap((file) => {
  const text = readFileSync(new URL(`src/${file}`, dir), "utf8");
  return [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1] as string);
});

describe("jsr.json", () => {
  it("names the package and exports its source entry, at the package.json version", () => {
    expect(jsr).toMatchObject({ name: pkg.name, version: pkg.version, exports: "./src/index.ts" });
  });

  it("relative imports carry their .ts extension", () => {
    const relative = specifiers.filter((s) => s.startsWith("."));
    expect(relative.length).toBeGreaterThan(0);
    for (const specifier of relative) expect(specifier).toMatch(/\.ts$/);
  });

  it("maps every bare import to a versioned npm: specifier", () => {
    for (const specifier of specifiers.filter((s) => !s.startsWith("."))) {
      expect(jsr.imports[specifier], specifier).toMatch(/^npm:[^@]*@?[^@]+@[\d^~]/);
    }
  });
});
