// The machine a run happened on, as printed in the report.
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverage: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]!.trim();
  } catch {
    // not Linux: fall back to what os.cpus() reports
  }
  return cpus()[0]?.model ?? "unknown CPU";
}

export function machine(): Machine {
  return {
    nproc: availableParallelism(),
    cpu: cpuModel(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
}
