// Child-process side of the per-Node call overhead: the same interleaved, random-order
// measure as the main run (call-overhead.ts), in the Node binary that runs this file, against
// the emulator of the main run. Prints one JSON line: the p50 per contender, in ms.

import { measureCallOverhead } from "./call-overhead";
import type { Target } from "./contenders/types";

const target = JSON.parse(process.env.BENCH_TARGET ?? "") as Target;
const { p50 } = await measureCallOverhead(target, Number(process.env.BENCH_CALLS ?? 3000));
console.log(JSON.stringify(p50));
