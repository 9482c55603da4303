// The README's view of a run: a short table of headline ratios and an SVG chart (bundle size
// per contender, call overhead and cache hits side by side), both drawn from the result rows.
// Rows a run did not produce are left out, so the summary never shows a stale figure.

import type { Row } from "./report";

const find = (rows: readonly Row[], measure: RegExp, subject: RegExp) =>
  rows.find((r) => measure.test(r.measure) && subject.test(r.subject) && r.value !== null);

const kb = (r: Row | undefined) => (r?.value == null ? undefined : r.value / 1024);
const x = (r: number | null | undefined) =>
  r == null ? "" : `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}x`;
const fixed = (v: number | undefined, digits: number, unit: string) =>
  v === undefined ? "" : `${v.toFixed(digits)} ${unit}`;

/** Markdown: one line per headline figure, with the baseline it is compared to. */
export function headlineTable(rows: readonly Row[]): string {
  const lines: string[][] = [];
  const add = (what: string, row: Row | undefined, value: string, vs: string) => {
    if (row) lines.push([what, value, vs]);
  };
  const worker = find(rows, /^bundle size, workerd/, /^this SDK, modular$/);
  add(
    "Worker bundle (login + one secret, min+gzip)",
    worker,
    fixed(kb(worker), 2, "KB"),
    "official SDK: does not bundle for workerd",
  );
  const node = find(rows, /^bundle size, Node/, /^this SDK, modular$/);
  const officialNode = find(rows, /^bundle size, Node/, /^official SDK$/);
  add(
    "Node bundle (min+gzip)",
    node,
    fixed(kb(node), 2, "KB"),
    officialNode ? `official SDK ${fixed(kb(officialNode), 1, "KB")}` : "",
  );
  for (const r of rows.filter((r) => /ofetch/i.test(r.subject) && /bundle|size/i.test(r.measure))) {
    add(`${r.subject} (${r.measure})`, r, fixed(kb(r), 2, "KB"), r.note ?? "");
  }
  // What a cache-off ratio is read against: raw fetch, and the official SDK's ratio to its own.
  const versus = (official?: Row) =>
    `raw fetch${official ? `; official SDK ${x(official.ratio)} of raw fetch (v3 route)` : ""}`;
  // One line per Node when the run measured each (the main run's Node, then 22 and 24 in
  // child processes); the main run's figure alone otherwise.
  const perNode = rows.filter(
    (r) => /^call overhead by Node version/.test(r.measure) && /^this SDK, Node /.test(r.subject),
  );
  for (const r of perNode) {
    const version = r.subject.replace(/^this SDK, /, "");
    const theirs = rows.find(
      (o) => o.measure === r.measure && o.subject === `official SDK, ${version}`,
    );
    add(`getSecret, cache off, p50 (loopback), ${version}`, r, x(r.ratio), versus(theirs));
  }
  const overhead = find(rows, /^call overhead: .*p50/, /^this SDK$/);
  const official = find(rows, /^call overhead: .*p50/, /^official SDK$/);
  if (perNode.length === 0) {
    add("getSecret, cache off, p50 (loopback)", overhead, x(overhead?.ratio), versus(official));
  }
  const hits = find(rows, /^cache hits/, /built-in memory cache$/);
  const perSecond = (r?: Row) =>
    r?.value == null ? "" : `${Math.round(r.value).toLocaleString("en-US")} /s`;
  const handMap = find(rows, /^cache hits/, /^hand-written Map/);
  add(
    "cache hits, built-in memory store",
    hits,
    perSecond(hits),
    `${x(hits?.ratio)} uncached requests/s${handMap ? `; hand-written Map ${perSecond(handMap)}` : ""}`,
  );
  for (const [label, measure] of [
    ["listSecrets of 10,000: first call", /^large response: .*first call/],
    ["listSecrets of 10,000: warm call", /^large response: .*warm call/],
    ["listSecrets of 10,000: heap held by the result", /^large response: .*heap held/],
  ] as const) {
    const r = find(rows, measure, /^this SDK$/);
    add(label, r, x(r?.ratio), "raw fetch");
  }
  const cold = find(rows, /^concurrency: .*upstream requests/, /cache on/);
  add("1,000 concurrent cold reads", cold, `${cold?.value} requests`, "raw fetch: 1,001");
  for (const what of ["getSecret", "listSecrets"]) {
    const time = find(rows, new RegExp(`^ETag revalidation: ${what}.*time`), /with ETag/);
    const bytes = find(rows, new RegExp(`^ETag revalidation: ${what}.*bytes`), /without ETag/);
    add(
      `ETag revalidation, ${time?.measure.replace(/^ETag revalidation: (.*?), expired.*$/, "$1")}, unchanged`,
      time,
      x(time?.ratio),
      `time of a full reload; ${bytes?.value == null ? "" : `${Math.round(bytes.value).toLocaleString("en-US")} body bytes saved`}`,
    );
  }
  return [
    "| figure | this SDK | compared with |",
    "|---|---:|---|",
    ...lines.map((l) => `| ${l.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`),
  ].join("\n");
}

interface Bar {
  label: string;
  /** Drawn in the highlight colour. */
  ours?: boolean;
  value: number;
  text: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One panel of horizontal bars, scaled to its largest value. */
function panel(title: string, bars: Bar[], left: number, width: number): string {
  const max = Math.max(...bars.map((b) => b.value), Number.MIN_VALUE);
  const labelW = 160;
  const barW = width - labelW - 70;
  const out = [`<text x="${left}" y="24" class="t">${esc(title)}</text>`];
  bars.forEach((b, i) => {
    const y = 44 + i * 30;
    const w = Math.max(1, (b.value / max) * barW);
    const ours = b.ours ?? /this SDK/.test(b.label);
    out.push(
      `<text x="${left}" y="${y + 14}" class="l">${esc(b.label)}</text>`,
      `<rect x="${left + labelW}" y="${y}" width="${w.toFixed(1)}" height="20" rx="2" class="${ours ? "o" : "b"}"/>`,
      `<text x="${left + labelW + w + 6}" y="${y + 14}" class="l">${esc(b.text)}</text>`,
    );
  });
  return out.join("\n");
}

/** SVG: bundle size per contender, call overhead (p50 vs raw fetch), cache hits per second. */
export function chartSvg(rows: readonly Row[]): string {
  const sizes: Bar[] = [];
  for (const [label, measure, subject] of [
    ["raw fetch", /^bundle size, workerd/, /^raw fetch$/],
    ["this SDK, modular", /^bundle size, workerd/, /^this SDK, modular$/],
    ["this SDK, object API", /^bundle size, workerd/, /^this SDK, object API$/],
    ["official SDK (Node)", /^bundle size, Node/, /^official SDK$/],
  ] as const) {
    const r = find(rows, measure, subject);
    if (r?.value != null)
      sizes.push({ label, value: r.value, text: `${(r.value / 1024).toFixed(1)} KB` });
  }
  // Each SDK against the raw fetch of its own loop (see call-overhead.ts), so bars of ratios:
  // the two SDKs' absolute times come from loops run at different moments.
  const overhead: Bar[] = [];
  const p50 = (subject: RegExp) => find(rows, /^call overhead: .*p50/, subject);
  if (p50(/^raw fetch$/)?.value != null)
    overhead.push({ label: "raw fetch", value: 1, text: "1.00x" });
  for (const [label, subject] of [
    ["this SDK", /^this SDK$/],
    ["official SDK", /^official SDK$/],
  ] as const) {
    const ratio = p50(subject)?.ratio;
    if (ratio != null) overhead.push({ label, value: ratio, text: `${ratio.toFixed(2)}x` });
  }
  const hits: Bar[] = [];
  for (const r of rows.filter((r) => /^cache hits/.test(r.measure) && r.value !== null)) {
    const label = r.subject.startsWith("raw fetch")
      ? "raw fetch (uncached)"
      : r.subject
          .replace(/^this SDK, /, "")
          .replace(/ \(.*\)$/, "")
          .replace("built-in ", "")
          .replace("memory cache with entry encryption", "memory + encryption");
    hits.push({
      label,
      ours: r.subject.startsWith("this SDK"),
      value: r.value as number,
      text: `${Math.round((r.value as number) / 1000)}k/s`,
    });
  }
  const height = 60 + 30 * Math.max(sizes.length, overhead.length, hits.length, 1);
  const panels = [
    panel("Bundle size, min+gzip (smaller is better)", sizes, 10, 400),
    panel("getSecret p50 vs raw fetch (smaller is better)", overhead, 420, 400),
    panel("getSecret cache hits per second (larger is better)", hits, 830, 420),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1260" height="${height}" viewBox="0 0 1260 ${height}" font-family="system-ui, sans-serif">`,
    "<style>.t{font-size:14px;font-weight:600;fill:#222}.l{font-size:12px;fill:#333}.o{fill:#2f6fdf}.b{fill:#9aa5b1}</style>",
    `<rect width="1260" height="${height}" fill="#fff"/>`,
    ...panels,
    "</svg>",
    "",
  ].join("\n");
}
