import { readFile } from "node:fs/promises";
import type { EmulatorSeed } from "../seed.js";

/** Reads a seed JSON file (the `--seed` format). */
export async function loadSeed(path: string): Promise<EmulatorSeed> {
  const text = await readFile(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the mistake, and a seed holds credentials: only
    // the position is kept.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new Error(`Seed file ${path} is not valid JSON${at ? ` (at character ${at})` : ""}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`Seed file ${path} must hold a JSON object`);
  }
  for (const key of ["identities", "tokens", "projects"]) {
    const value = (parsed as Record<string, unknown>)[key];
    if (value !== undefined && !Array.isArray(value)) {
      throw new Error(`Seed file ${path}: "${key}" must be an array`);
    }
  }
  return parsed as EmulatorSeed;
}
