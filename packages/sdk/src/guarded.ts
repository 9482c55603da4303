// Every method of the SDK object answers with a promise, as the area functions do: options that
// are not an object, or that throw when read, reject the call (never a synchronous throw that
// skips the caller's `.catch()`). A validation error names the option as the caller spelled
// it: the area functions take some under other names (`environment` for `environmentSlug`...).

import { InfisicalValidationError } from "@infisical-edge/core";

type Method = (...args: never[]) => Promise<unknown>;

/** Per method, the area function's option names the method takes under another name. */
export type FieldNames = { [method: string]: Record<string, string> | FieldNames };

/** `field` under the caller's name, unless the caller used the area's name itself. */
function callersName(field: string, names: Record<string, string>, options: object): string {
  // Longest first: `provider.inputs` before `provider`.
  for (const from of Object.keys(names).sort((a, b) => b.length - a.length)) {
    if (field !== from && !field.startsWith(`${from}.`)) continue;
    if (Object.hasOwn(options, from.split(".")[0] as string)) return field;
    return `${names[from]}${field.slice(from.length)}`;
  }
  return field;
}

function renamed(error: unknown, names: Record<string, string>, options: object): unknown {
  if (!(error instanceof InfisicalValidationError)) return error;
  try {
    const issues = error.issues.map((issue) => ({
      ...issue,
      field: callersName(issue.field, names, options),
    }));
    const same = issues.every((issue, i) => issue.field === error.issues[i]?.field);
    return same ? error : new InfisicalValidationError(issues);
  } catch {
    return error; // options that throw when inspected (a proxy): the area's names
  }
}

function guard(method: Method, names: Record<string, string> = {}): Method {
  return (...args) =>
    new Promise((resolve) => {
      const options: unknown = args[0];
      if (options === null || typeof options !== "object") {
        throw new InfisicalValidationError([{ field: "options", reason: "expected an object" }]);
      }
      resolve(
        method(...args).catch((error: unknown) => {
          throw renamed(error, names, options);
        }),
      );
    });
}

/** The resource with each method (nested resources too) guarded, errors in its own names. */
export function guarded<T extends object>(resource: T, names: FieldNames = {}): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(resource)) {
    out[name] =
      typeof value === "function"
        ? guard(value as Method, names[name] as Record<string, string> | undefined)
        : guarded(value as object, names[name] as FieldNames | undefined);
  }
  return out as T;
}
