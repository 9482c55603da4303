import { compare } from "./compare";
import { prepare } from "./prepare";
import type { Recording } from "./recordings";
import { replay } from "./replay";

// One recording, end to end: seed, replay, compare. Results are memoised per file, so that the
// summary can report on every recording even when a filter ran only some of the cases.

export interface FidelityResult {
  file: string;
  problems: string[];
}

export async function checkRecording(recording: Recording): Promise<FidelityResult> {
  const prepared = await prepare(recording);
  const actual = await replay(prepared, recording.request);
  return { file: recording.file, problems: compare(recording, actual, prepared.token) };
}

const results = new Map<string, Promise<FidelityResult>>();

export function resultOf(recording: Recording): Promise<FidelityResult> {
  let result = results.get(recording.file);
  if (!result) {
    result = checkRecording(recording);
    results.set(recording.file, result);
  }
  return result;
}
