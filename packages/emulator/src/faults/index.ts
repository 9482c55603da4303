export { faultRoutes } from "./control-routes";
export { createFaults, type Faults } from "./inject";
export { isConnectionReset } from "./responses";
export type { Fault, FaultControl, FaultInfo, FaultKind, FaultRule } from "./types";
