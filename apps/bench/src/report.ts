// The one results table: every row is an absolute figure plus, where a baseline was measured
// in the same run, its ratio to that baseline. Rendered as Markdown and written as JSON.

import { mkdirSync, writeFileSync } from "node:fs";
import { benchDir } from "./build";
import { chartSvg, headlineTable } from "./headline";
import type { Machine } from "./machine";

export interface Row {
  /** e.g. "bundle size (workerd, min+gzip)" */
  measure: string;
  subject: string;
  /** null when the subject could not be measured (see note). */
  value: number | null;
  unit: "B" | "ms" | "ops/s" | "MB" | "requests";
  /** Name of the baseline subject the ratio is against. */
  baseline?: string;
  ratio?: number | null;
  note?: string;
}

function formatValue(row: Row): string {
  if (row.value === null) return "n/a";
  const v = row.value;
  switch (row.unit) {
    case "B":
      return `${(v / 1024).toFixed(2)} KB`;
    case "ms":
      return `${v < 10 ? v.toFixed(3) : v.toFixed(1)} ms`;
    case "ops/s":
      return `${Math.round(v).toLocaleString("en-US")} ops/s`;
    case "MB":
      return `${v.toFixed(1)} MB`;
    case "requests":
      return `${v} requests`;
  }
}

function formatRatio(row: Row): string {
  const r = row.ratio;
  if (r === undefined || r === null) return "";
  if (r >= 10) return `${r.toFixed(0)}x`;
  return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}x`;
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    "| measure | subject | result | ratio | vs | notes |",
    "|---|---|---:|---:|---|---|",
  ];
  for (const r of rows) {
    const cells = [
      r.measure,
      r.subject,
      formatValue(r),
      formatRatio(r),
      r.baseline ?? "",
      r.note ?? "",
    ];
    lines.push(`| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`);
  }
  return lines.join("\n");
}

export interface Results {
  generatedAt: string;
  durationSeconds: number;
  machine: Machine;
  rows: Row[];
}

export function markdownReport(results: Results): string {
  const m = results.machine;
  return [
    `Run ${results.generatedAt} in ${results.durationSeconds.toFixed(0)} s on ${m.nproc} × ${m.cpu}, ` +
      `Node ${m.node} (${m.platform}), load average ${m.loadAverage} at the start. Ratios are against the baseline named in "vs", measured in the same run.`,
    "",
    markdownTable(results.rows),
    "",
  ].join("\n");
}

/** Writes results/latest.{json,md}, the README's summary.md and chart.svg; returns their paths. */
export function writeResults(results: Results): string[] {
  const dir = `${benchDir}results/`;
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ["latest.json", `${JSON.stringify(results, null, 2)}\n`],
    ["latest.md", markdownReport(results)],
    ["summary.md", `${headlineTable(results.rows)}\n`],
    ["chart.svg", chartSvg(results.rows)],
  ];
  for (const [name, text] of files) writeFileSync(`${dir}${name}`, text);
  return files.map(([name]) => `${dir}${name}`);
}
