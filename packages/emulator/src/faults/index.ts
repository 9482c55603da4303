export { faultRoutes } from "./control-routes.js";
export { createFaults, type Faults } from "./inject.js";
export { isConnectionReset } from "./responses.js";
export type { Fault, FaultControl, FaultInfo, FaultKind, FaultRule } from "./types.js";
