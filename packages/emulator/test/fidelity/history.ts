import type { Emulator } from "../../src";
import { readRecording } from "./recordings";
import { replay } from "./replay";

// Earlier recorded exchanges, replayed in order before a recording: the real server's state came
// from these very requests (values, comments, versions, renames), so replaying them rebuilds it
// instead of approximating it. Each must answer the status it was recorded with.

export async function replayHistory(emulator: Emulator, token: string, files: string[] = []) {
  for (const file of files) {
    const step = readRecording(file);
    const answer = await replay({ emulator, token, body: step.request.body }, step.request);
    if (answer.status !== step.status) {
      throw new Error(`setup: replaying ${file} answered ${answer.status}: ${answer.text}`);
    }
  }
}
