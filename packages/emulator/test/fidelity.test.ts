import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KMS_PREPARATIONS } from "./fidelity/kms-prepare";
import { KNOWN_DIFFERENCES } from "./fidelity/known-differences";
import { PREPARATIONS } from "./fidelity/preparations";
import { listedFiles, loadRecordings } from "./fidelity/recordings";
import { fidelityReport, UPDATE_COMMAND } from "./fidelity/report";
import { resultOf } from "./fidelity/run";
import { T2_PREPARATIONS } from "./fidelity/t2-prepare";

// The emulator held to every exchange recorded from a real Infisical server: each recording is
// replayed against an emulator seeded with the state it needs, and compared (fidelity/compare.ts).
// The last test prints the report and checks that the committed FIDELITY.md says the same.

const REPORT = fileURLToPath(new URL("../FIDELITY.md", import.meta.url));
const recordings = loadRecordings();

describe("fidelity to a real server's recordings", () => {
  it("covers every recording that _meta.json lists", () => {
    expect(recordings.map((recording) => recording.file)).toEqual([...listedFiles()].sort());
    expect(recordings).toHaveLength(176);
  });

  it("prepares only recordings that exist", () => {
    const files = recordings.map((recording) => recording.file);
    for (const file of Object.keys({ ...PREPARATIONS, ...KMS_PREPARATIONS, ...T2_PREPARATIONS })) {
      expect(files).toContain(file);
    }
  });

  it("lists at most 5 known differences, each of a real recording", () => {
    const files = Object.keys(KNOWN_DIFFERENCES);
    expect(files.length).toBeLessThanOrEqual(5);
    for (const file of files) expect(recordings.map((r) => r.file)).toContain(file);
  });

  it.each(recordings.map((recording) => [recording.file, recording] as const))(
    "%s",
    async (file, recording) => {
      const { problems } = await resultOf(recording);
      // A known difference must still differ: once fixed, it comes off the list.
      if (KNOWN_DIFFERENCES[file]) expect(problems).not.toEqual([]);
      else expect(problems).toEqual([]);
    },
    60_000, // generous: RSA-4096 key generation can take seconds on a busy machine
  );

  it("reports on every recording, as the committed FIDELITY.md does", async () => {
    const results = await Promise.all(recordings.map(resultOf));
    const report = fidelityReport(recordings, results);
    console.log(report);
    if (process.env.UPDATE_FIDELITY) writeFileSync(REPORT, report);
    const committed = readFileSync(REPORT, "utf8");
    expect(committed, `FIDELITY.md is out of date: run ${UPDATE_COMMAND}`).toBe(report);
  }, 60_000);
});
