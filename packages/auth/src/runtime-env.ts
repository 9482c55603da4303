// Reads an environment variable where the runtime has one, without importing anything:
// Node and Bun expose the environment on `process`, Deno on `Deno.env` (which throws without --allow-env),
// Workers and browsers neither. Any failure reads as "not set".

interface EnvHost {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get(name: string): string | undefined } };
}

export function readEnv(name: string): string | undefined {
  const host = globalThis as EnvHost;
  try {
    const value = host.process?.env?.[name];
    if (value) return value;
  } catch {
    // A sandbox that forbids reading the environment.
  }
  try {
    const value = host.Deno?.env?.get(name);
    if (value) return value;
  } catch {
    // Deno without --allow-env for this variable.
  }
  return undefined;
}
