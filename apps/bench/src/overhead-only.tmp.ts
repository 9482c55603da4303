import { measureCallOverhead } from "./call-overhead";
import { startEmulator } from "./server";
const emulator = await startEmulator();
try {
  const r = await measureCallOverhead(emulator.target, Number(process.env.BENCH_CALLS ?? 2000));
  for (const row of r.rows) console.log(row.measure, "|", row.subject, "|", row.value.toFixed(3), "|", row.ratio?.toFixed(3) ?? "");
} finally {
  await emulator.stop?.();
  process.exit(0);
}
