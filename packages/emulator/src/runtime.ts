import type { IdSource } from "./ids.js";
import type { EmulatorPlan } from "./plan.js";
import type { EmulatorState } from "./state.js";

/** What every route handler gets: state, id source and clock. */
export interface Runtime {
  state: EmulatorState;
  ids: IdSource;
  now(): number;
  /** True: renew signs a fresh token string. False, as recorded: it extends the one sent. */
  renewReturnsNewToken: boolean;
  /** Licensed features; see EmulatorOptions.plan. */
  plan: EmulatorPlan;
}
