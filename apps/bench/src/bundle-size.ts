// Bundle size, minified and gzipped, of the same tiny program (universal-auth login + read one
// secret) per contender, and of each area package on its own. Ratios are to raw fetch.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  buildErrors,
  bundle,
  entryPath,
  gzipSize,
  hasObjectApi,
  repoRoot,
  type Target,
} from "./build";
import type { Row } from "./report";
import { ratio } from "./stats";

const WORKER = "bundle size, workerd/browser (min+gzip)";
const NODE = "bundle size, Node (min+gzip)";
const PACKAGE = "package alone (all its exports), workerd/browser (min+gzip)";

/** Area packages other engineers are adding; a missing one is reported, not measured. */
export const EXPECTED_PACKAGES = ["auth", "secrets", "folders", "dynamic-secrets", "kms", "sdk"];
const NOT_AREA = new Set(["emulator"]);
const RUNTIME_MODULES = ["bun:*", "cloudflare:*"];

async function size(target: Target, entry: string): Promise<number> {
  return gzipSize(await bundle({ entry, target }));
}

/** Measures a bundle; a build failure becomes a row without a value. */
async function tryRow(row: Omit<Row, "value">, measure: () => Promise<number>): Promise<Row> {
  try {
    return { ...row, value: await measure() };
  } catch (error) {
    const errors = [...new Set(buildErrors(error))];
    const shown = errors.slice(0, 2).join("; ");
    const more = errors.length > 2 ? ` (+${errors.length - 2} more)` : "";
    return { ...row, value: null, note: `does not build: ${shown}${more}` };
  }
}

/** Workspace packages with a `source` entry; those whose entry file is not written yet are `pending`. */
function areaPackages(): { found: { name: string; source: string }[]; pending: string[] } {
  const found: { name: string; source: string }[] = [];
  const pending: string[] = [];
  for (const dir of readdirSync(`${repoRoot}packages`).sort()) {
    const manifest = `${repoRoot}packages/${dir}/package.json`;
    if (NOT_AREA.has(dir) || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    const source = pkg.exports?.["."]?.source;
    if (typeof source !== "string") continue;
    const path = `${repoRoot}packages/${dir}/${source.replace(/^\.\//, "")}`;
    if (existsSync(path)) found.push({ name: pkg.name, source: path });
    else pending.push(pkg.name);
  }
  return { found, pending };
}

export async function measureBundleSizes(): Promise<{ rows: Row[]; missing: string[] }> {
  const raw = await size("workerd", entryPath("raw-fetch.ts"));
  const rawNode = await size("node", entryPath("raw-fetch.ts"));
  const vsRaw = (value: number | null, base = raw) => ({
    baseline: "raw fetch",
    ratio: ratio(value, base),
  });
  const rows: Row[] = [{ measure: WORKER, subject: "raw fetch", value: raw, unit: "B" }];

  const modular = await size("workerd", entryPath("worker-modular.ts"));
  rows.push({
    measure: WORKER,
    subject: "this SDK, modular",
    value: modular,
    unit: "B",
    ...vsRaw(modular),
  });

  // The object API's program is src/entries/worker-object.ts, written against the package.
  const sdkExists = existsSync(`${repoRoot}packages/sdk/package.json`);
  if (hasObjectApi()) {
    const object = await tryRow(
      { measure: WORKER, subject: "this SDK, object API", unit: "B" },
      () => size("workerd", entryPath("worker-object.ts")),
    );
    rows.push({ ...object, ...vsRaw(object.value) });
  } else {
    rows.push({
      measure: WORKER,
      subject: "this SDK, object API",
      value: null,
      unit: "B",
      note: sdkExists
        ? "not yet: no src/entries/worker-object.ts for @infisical-edge/sdk"
        : "not yet: @infisical-edge/sdk does not exist yet",
    });
  }

  const official = await tryRow({ measure: WORKER, subject: "official SDK", unit: "B" }, () =>
    size("workerd", entryPath("worker-official.ts")),
  );
  rows.push({ ...official, ...(official.value === null ? {} : vsRaw(official.value)) });

  rows.push({ measure: NODE, subject: "raw fetch", value: rawNode, unit: "B" });
  const modularNode = await size("node", entryPath("worker-modular.ts"));
  rows.push({
    measure: NODE,
    subject: "this SDK, modular",
    value: modularNode,
    unit: "B",
    ...vsRaw(modularNode, rawNode),
  });
  if (hasObjectApi()) {
    const objectNode = await size("node", entryPath("worker-object.ts"));
    rows.push({
      measure: NODE,
      subject: "this SDK, object API",
      value: objectNode,
      unit: "B",
      ...vsRaw(objectNode, rawNode),
    });
  }
  const officialNode = await size("node", entryPath("worker-official.ts"));
  rows.push({
    measure: NODE,
    subject: "official SDK",
    value: officialNode,
    unit: "B",
    ...vsRaw(officialNode, rawNode),
    note: "bundles only for Node (AWS SDK credential providers, Node built-ins)",
  });

  const { found, pending } = areaPackages();
  for (const pkg of found) {
    const row = await tryRow({ measure: PACKAGE, subject: pkg.name, unit: "B" }, async () => {
      const code = `export * from ${JSON.stringify(pkg.source)};`;
      // Runtime adapters import their runtime's own modules, which that runtime provides.
      return gzipSize(await bundle({ code, target: "workerd", external: RUNTIME_MODULES }));
    });
    rows.push({ ...row, ...(row.value === null ? {} : vsRaw(row.value)) });
  }
  const present = new Set(found.map((p) => p.name));
  const missing = [
    ...new Set([...EXPECTED_PACKAGES.map((n) => `@infisical-edge/${n}`), ...pending]),
  ].filter((n) => !present.has(n));
  if (missing.length > 0) {
    rows.push({
      measure: PACKAGE,
      subject: missing.join(", "),
      value: null,
      unit: "B",
      note: "not measured: these packages (or their sources) do not exist yet",
    });
  }
  return { rows, missing };
}
