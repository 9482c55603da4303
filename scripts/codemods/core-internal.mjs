#!/usr/bin/env node
// Codemod (idempotent): the names exported by packages/core/src/internal/index.ts are plumbing.
// 1. drops them from the public entry, packages/core/src/index.ts;
// 2. rewrites every import or re-export of them from "@infisical-edge/core" (or a relative path
//    to core's src/index) in packages/ and apps/ to "@infisical-edge/core/internal";
// 3. formats the touched files with Biome.
// Run from the repository root: node scripts/codemods/core-internal.mjs
// Re-run it after merging branches that import plumbing from the main entry.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(dirname(new URL(import.meta.url).pathname), "../..");
const coreSrc = join(root, "packages/core/src");
const publicEntry = join(coreSrc, "index.ts");
const internalEntry = join(coreSrc, "internal/index.ts");
const PUBLIC = "@infisical-edge/core";
const INTERNAL = "@infisical-edge/core/internal";

const parse = (file) =>
  ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

// Exported names of the internal entry.
const internalNames = new Set();
for (const stmt of parse(internalEntry).statements) {
  if (!ts.isExportDeclaration(stmt) || !stmt.exportClause) continue;
  if (ts.isNamespaceExport(stmt.exportClause)) internalNames.add(stmt.exportClause.name.text);
  else for (const el of stmt.exportClause.elements) internalNames.add(el.name.text);
}

const specText = (el, declTypeOnly) =>
  `${el.isTypeOnly && !declTypeOnly ? "type " : ""}${el.propertyName ? `${el.propertyName.text} as ` : ""}${el.name.text}`;

// Applies [start, end, text] edits from the end of the file backwards.
function applyEdits(text, edits) {
  let out = text;
  for (const [start, end, insert] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + insert + out.slice(end);
  }
  return out;
}

const touched = [];

// 1. The public entry keeps only what users call.
{
  const sf = parse(publicEntry);
  const edits = [];
  for (const stmt of sf.statements) {
    if (!ts.isExportDeclaration(stmt) || !stmt.exportClause || !stmt.moduleSpecifier) continue;
    const from = stmt.moduleSpecifier.getText(sf);
    const kw = stmt.isTypeOnly ? "export type" : "export";
    if (ts.isNamespaceExport(stmt.exportClause)) {
      if (internalNames.has(stmt.exportClause.name.text))
        edits.push([stmt.getFullStart(), stmt.getEnd(), ""]);
      continue;
    }
    const keep = stmt.exportClause.elements.filter((el) => !internalNames.has(el.name.text));
    if (keep.length === stmt.exportClause.elements.length) continue;
    const replacement = keep.length
      ? `\n${kw} { ${keep.map((el) => specText(el, stmt.isTypeOnly)).join(", ")} } from ${from};`
      : "";
    edits.push([stmt.getFullStart(), stmt.getEnd(), replacement]);
  }
  if (edits.length) {
    writeFileSync(publicEntry, applyEdits(sf.text, edits).replace(/^\n+/, ""));
    touched.push(publicEntry);
  }
}

// 2. Imports and re-exports of plumbing move to the internal subpath.
function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", ".tmp", "results"].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (/\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

const publicEntryPaths = new Set(
  ["index", "index.ts", "index.js", ""].map((f) => join(coreSrc, f).replace(/\/$/, "")),
);

function targetOf(file, spec) {
  if (spec === PUBLIC) return INTERNAL;
  if (spec.startsWith(".") && publicEntryPaths.has(resolve(dirname(file), spec))) {
    let rel = relative(dirname(file), internalEntry);
    if (!rel.startsWith(".")) rel = `./${rel}`;
    // Keep the file's own style: .ts, .js or no extension.
    if (spec.endsWith(".ts")) return rel;
    return rel.replace(/\.ts$/, spec.endsWith(".js") ? ".js" : "");
  }
  return undefined;
}

for (const base of ["packages", "apps"]) {
  for (const file of tsFiles(join(root, base))) {
    if (file.startsWith(`${coreSrc}/`)) continue;
    const text = readFileSync(file, "utf8");
    if (!text.includes("@infisical-edge/core") && !text.includes("src")) continue;
    const sf = parse(file);
    const edits = [];
    for (const stmt of sf.statements) {
      const isImport = ts.isImportDeclaration(stmt);
      const isExport = ts.isExportDeclaration(stmt);
      if ((!isImport && !isExport) || !stmt.moduleSpecifier) continue;
      const spec = stmt.moduleSpecifier.text;
      const target = targetOf(file, spec);
      if (!target) continue;
      const clause = isImport ? stmt.importClause : stmt;
      const named = isImport ? clause?.namedBindings : stmt.exportClause;
      // Namespace imports (`* as core`) cannot be split; typecheck flags any that need plumbing.
      if (!named || !("elements" in named)) continue;
      const typeOnly = isImport ? clause.isTypeOnly : stmt.isTypeOnly;
      const nameOf = (el) => (el.propertyName ?? el.name).text;
      const moved = named.elements.filter((el) => internalNames.has(nameOf(el)));
      if (!moved.length) continue;
      const kept = named.elements.filter((el) => !internalNames.has(nameOf(el)));
      const kw = isImport ? "import" : "export";
      const t = typeOnly ? " type" : "";
      const line = (els, from) =>
        `${kw}${t} { ${els.map((el) => specText(el, typeOnly)).join(", ")} } from "${from}";`;
      const defaultPart =
        isImport && clause.name ? `import${t} ${clause.name.text} from "${spec}";\n` : "";
      const parts = [];
      if (defaultPart) parts.push(defaultPart.trimEnd());
      if (kept.length) parts.push(line(kept, spec));
      parts.push(line(moved, target));
      edits.push([stmt.getStart(sf), stmt.getEnd(), parts.join("\n")]);
    }
    if (edits.length) {
      writeFileSync(file, applyEdits(text, edits));
      touched.push(file);
    }
  }
}

// 3. Format (import order, line wrapping) the files this run changed.
if (touched.length) {
  execFileSync(
    join(root, "node_modules/.bin/biome"),
    ["check", "--write", ...touched.map((f) => relative(root, f))],
    { cwd: root, stdio: "inherit" },
  );
}
console.log(`core-internal: ${touched.length} file(s) rewritten`);
