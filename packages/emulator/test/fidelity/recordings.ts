import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The real-server recordings committed with the repo; `_meta.json` there says how the real
// instance was set up. Read relative to this file, so the suite runs wherever the repo is cloned.

const DIR = fileURLToPath(new URL("../../../../fixtures/infisical-real/", import.meta.url));

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | number> | null;
  headers: Record<string, string>;
  /** JSON, or a string sent as is (the malformed-JSON recording). */
  body: unknown;
}

export interface Recording {
  file: string;
  request: RecordedRequest;
  status: number;
  headers: Record<string, string>;
  body: any;
}

export function readRecording(file: string): Recording {
  return { file, ...JSON.parse(readFileSync(`${DIR}${file}`, "utf8")) };
}

/** Every recording in the directory, sorted by file name. */
export function loadRecordings(): Recording[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith(".json") && file !== "_meta.json")
    .sort()
    .map(readRecording);
}

/** The files `_meta.json` lists as recorded. */
export function listedFiles(): string[] {
  return JSON.parse(readFileSync(`${DIR}_meta.json`, "utf8")).files;
}

/** The files of the later recorded batches (their own project: see t2-prepare.ts). */
export function batchFiles(): Set<string> {
  const meta = JSON.parse(readFileSync(`${DIR}_meta.json`, "utf8"));
  return new Set((meta.batches ?? []).flatMap((batch: { files: string[] }) => batch.files));
}

/** KMS recordings need keys, made in the KMS project (see kms-prepare.ts). */
export const isKmsRecording = (file: string): boolean =>
  file.startsWith("kms-") || /^error-\d+-kms-/.test(file);
