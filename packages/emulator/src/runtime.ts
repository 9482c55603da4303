import type { IdSource } from "./ids.js";
import type { EmulatorPlan } from "./plan.js";
import type { EmulatorState } from "./state.js";

/** What every route handler gets: state, id source and clock. */
export interface Runtime {
  state: EmulatorState;
  ids: IdSource;
  now(): number;
  /** Renew hands out a fresh token string instead of extending the one sent (the recorded way). */
  renewReturnsNewToken: boolean;
  /** Licensed features; see EmulatorOptions.plan. */
  plan: EmulatorPlan;
}
