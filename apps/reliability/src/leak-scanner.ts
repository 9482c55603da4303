// A reusable secret-hygiene scanner. Tests register what must never show (secret values,
// access tokens, client secrets: given, or collected from an emulator's state), then feed
// it everything an error path produced: errors with their cause chains (as String, message,
// stack, JSON and util.inspect), console output, cache keys, URLs. Each value is looked for
// as is, JSON-escaped and URL-encoded, the forms an echo or a serialiser would give it.

import { inspect } from "node:util";
import type { Emulator } from "@infisical-edge/emulator";

export interface Leak {
  /** Where the text came from, e.g. `error: getSecret/503`. */
  where: string;
  /** The first four characters of the leaked value (never the whole of it). */
  value: string;
  /** Up to 80 characters of the text around the leak, the value itself masked. */
  context: string;
}

/** Values shorter than this are too common to scan for ("dev", "5432"); seeds use longer. */
const MIN_LENGTH = 6;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");

/** HTML-escaped as templates do it: named entities, or decimal / hex character references. */
function htmlForms(value: string): string[] {
  const named: Record<string, string> = {
    '"': "&quot;",
    "&": "&amp;",
    "'": "&#39;",
    "<": "&lt;",
    ">": "&gt;",
  };
  const special = /["&'<>]/g;
  return [
    value.replace(special, (c) => named[c] ?? c),
    value.replace(special, (c) => `&#${c.charCodeAt(0)};`),
    value.replace(special, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
    value.replace(special, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`),
    value.replace(/["&'<>]/g, (c) => (c === "'" ? "&#x27;" : (named[c] ?? c))),
  ];
}

/**
 * The forms a value takes when echoed or serialised: as is, JSON-escaped (also ASCII-only,
 * `\u00e4`, in lower and upper case hex), URL-encoded (also `+` for spaces), HTML-escaped,
 * and HTML-escaped JSON.
 */
function forms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${hex4(c)}`);
  const out = new Set([
    value,
    json,
    ascii,
    ascii.replace(/\\u[\da-f]{4}/g, (u) => `\\u${u.slice(2).toUpperCase()}`),
  ]);
  try {
    const url = encodeURIComponent(value);
    out
      .add(url)
      .add(url.replace(/%20/g, "+"))
      .add(url.replace(/%[\dA-F]{2}/g, (p) => p.toLowerCase()));
  } catch {}
  for (const base of [value, json, ascii]) for (const html of htmlForms(base)) out.add(html);
  return [...out];
}

/** Every text an error yields when printed, logged or serialised, down its cause chain. */
export function errorTexts(error: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  for (let e: any = error, depth = 0; e !== undefined && e !== null && depth < 10; depth++) {
    if (seen.has(e)) break;
    seen.add(e);
    out.push(String(e), inspect(e, { depth: 10, showHidden: true }));
    try {
      out.push(JSON.stringify(e) ?? "");
    } catch {}
    if (typeof e === "object") {
      out.push(String(e.message ?? ""), String(e.stack ?? ""));
      // Errors an AggregateError or a union carries.
      if (Array.isArray(e.errors)) for (const inner of e.errors) out.push(...errorTexts(inner));
    }
    e = typeof e === "object" ? e.cause : undefined;
  }
  return out;
}

function errorKey(error: unknown): string | undefined {
  const parts: string[] = [];
  for (let e: any = error, depth = 0; e && depth < 10; e = e.cause, depth++) {
    if (typeof e !== "object") return undefined;
    parts.push(`${e.constructor?.name}:${String(e.message)}:${Object.keys(e).join(",")}`);
  }
  return parts.join("|");
}

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">" };
const fromCode = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : "");

/**
 * The text with up to three layers of escaping undone (HTML character references, JSON
 * `\uXXXX` and `\"`, percent-encoding, `+` for space), for echoes escaped in ways no list
 * of forms foresees (every character as `&#x..;`, escaping applied twice).
 */
function unescapings(text: string): string[] {
  const out: string[] = [];
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = current
      .replace(/&#x([\da-f]{1,6});?/gi, (_, h: string) => fromCode(Number.parseInt(h, 16)))
      .replace(/&#(\d{1,7});?/g, (_, d: string) => fromCode(Number(d)))
      .replace(/&(quot|amp|apos|lt|gt);/gi, (_, n: string) => ENTITIES[n.toLowerCase()] ?? "")
      .replace(/\\u([\da-f]{4})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/\\(["\\/])/g, "$1")
      .replace(/(?:%[\da-f]{2})+/gi, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return run;
        }
      });
    if (next === current) break;
    out.push(next, next.replace(/\+/g, " "));
    current = next;
  }
  return out;
}

export function createLeakScanner() {
  const forbidden = new Map<string, string[]>();
  const findings: Leak[] = [];
  let scanned = 0;
  const logs: string[] = [];
  const seenErrors = new Set<string>();

  const scanner = {
    /** Registers values that must never appear. */
    forbid(...values: (string | undefined | null)[]) {
      for (const value of values) {
        if (typeof value === "string" && value.length >= MIN_LENGTH && !forbidden.has(value)) {
          forbidden.set(value, forms(value));
        }
      }
      return scanner;
    },
    /** Registers every token, client secret and secret value (all versions) an emulator holds. */
    forbidEmulator(emulator: Emulator) {
      scanner.forbid(...emulator.state.tokens.keys());
      for (const identity of emulator.state.identities.values())
        scanner.forbid(identity.clientSecret);
      for (const secret of emulator.state.secrets.values()) {
        scanner.forbid(secret.secretValue, ...secret.history.map((h) => h.secretValue));
      }
      return scanner;
    },
    scanText(where: string, text: string) {
      scanned++;
      const variants = /[&\\%]/.test(text) ? [text, ...unescapings(text)] : [text];
      for (const [value, valueForms] of forbidden) {
        found: for (const variant of variants) {
          for (const form of valueForms) {
            const at = variant.indexOf(form);
            if (at < 0) continue;
            const around = variant.slice(Math.max(0, at - 30), at + form.length + 30);
            findings.push({
              where,
              value: `${value.slice(0, 4)}…`,
              context: around.split(form).join("«leak»").slice(0, 80),
            });
            break found;
          }
        }
      }
    },
    /** Errors that print alike (message and causes) are scanned in full once. */
    scanError(where: string, error: unknown) {
      const key = errorKey(error);
      if (key !== undefined && seenErrors.has(key)) {
        scanned++;
        return;
      }
      if (key !== undefined) seenErrors.add(key);
      for (const text of errorTexts(error)) scanner.scanText(where, text);
    },
    scanKeys(where: string, keys: readonly string[]) {
      for (const key of keys) scanner.scanText(where, key);
    },
    /** Captures console output until the returned function is called; then scans it. */
    captureConsole(): () => void {
      const levels = ["log", "info", "warn", "error", "debug", "trace"] as const;
      const originals = levels.map((level) => console[level]);
      for (const level of levels) {
        console[level] = (...args: unknown[]) => {
          logs.push(
            args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 6 }))).join(" "),
          );
        };
      }
      return () => {
        levels.forEach((level, i) => {
          console[level] = originals[i] as (typeof console)[typeof level];
        });
        for (const line of logs.splice(0)) scanner.scanText("console", line);
      };
    },
    get findings(): readonly Leak[] {
      return findings;
    },
    /** How many texts were scanned (a scan of nothing proves nothing). */
    get scanned() {
      return scanned;
    },
    get forbiddenCount() {
      return forbidden.size;
    },
  };
  return scanner;
}

export type LeakScanner = ReturnType<typeof createLeakScanner>;
