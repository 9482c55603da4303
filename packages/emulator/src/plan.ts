// Licensed features the emulator can switch off, to test code against a server whose plan lacks
// them. Everything is on by default, like the licensed server the recordings were made on.

/**
 * Licensed features the emulator can switch off (all on by default), to test code against a
 * server whose plan lacks them.
 */
export interface EmulatorPlan {
  /** Dynamic secrets: false refuses creating or updating one and creating or renewing a lease. */
  dynamicSecrets: boolean;
}

export function resolvePlan(plan: Partial<EmulatorPlan> = {}): EmulatorPlan {
  return { dynamicSecrets: plan.dynamicSecrets ?? true };
}
