import { badRequest } from "../http/errors.js";
import type { Runtime } from "../runtime.js";

// The server's licence check on dynamic secrets (after the project and permission checks,
// before the folder lookup). Each refused action names itself; the advice is always the same.

export type GatedAction =
  | "create dynamic secret"
  | "update dynamic secret"
  | "create lease"
  | "renew lease";

export function requireDynamicSecretPlan(rt: Runtime, action: GatedAction): void {
  if (rt.plan.dynamicSecrets) return;
  throw badRequest(
    `Failed to ${action} due to plan restriction. Upgrade plan to create dynamic secret.`,
  );
}
