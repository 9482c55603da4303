// Every method of the SDK object answers with a promise, as the area functions do: options that
// are not an object, or that throw when read, reject the call (never a synchronous throw that
// skips the caller's `.catch()`).

import { InfisicalValidationError } from "@infisical-edge/core";

type Method = (...args: never[]) => Promise<unknown>;

function guard(method: Method): Method {
  return (...args) =>
    new Promise((resolve) => {
      const options: unknown = args[0];
      if (options === null || typeof options !== "object") {
        throw new InfisicalValidationError([{ field: "options", reason: "expected an object" }]);
      }
      resolve(method(...args));
    });
}

/** The resource with each method (nested resources too) guarded. */
export function guarded<T extends object>(resource: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(resource)) {
    out[name] = typeof value === "function" ? guard(value as Method) : guarded(value as object);
  }
  return out as T;
}
