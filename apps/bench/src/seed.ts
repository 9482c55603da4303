// The emulator state every benchmark runs against: one identity, a `prod` environment holding
// the secret the tiny program reads, and a `large` environment of 10,000 secrets.
import type { EmulatorSeed, SeedSecret } from "@infisical-edge/emulator";

export const PROJECT_ID = "0b7c3e2a-1d4f-4a6b-9c8d-00000000be1c";
export const CLIENT_ID = "bench-client-id";
export const CLIENT_SECRET = "bench-client-secret-7f3a";
export const SECRET_NAME = "DATABASE_URL";
export const SECRET_VALUE = "postgres://bench:5432/app";
export const LARGE_ENV = "large";
export const LARGE_COUNT = 10_000;

function largeSecrets(): SeedSecret[] {
  const secrets: SeedSecret[] = [];
  for (let i = 0; i < LARGE_COUNT; i++) {
    const n = String(i).padStart(5, "0");
    secrets.push({
      environment: LARGE_ENV,
      key: `SECRET_${n}`,
      value: `value-${n}-${"x".repeat(24)}`,
      comment: i % 10 === 0 ? `comment ${n}` : undefined,
    });
  }
  return secrets;
}

export const benchSeed: EmulatorSeed = {
  identities: [
    {
      id: "0b7c3e2a-1d4f-4a6b-9c8d-00000000a11d",
      name: "bench",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      projects: [PROJECT_ID],
    },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: "bench",
      environments: [{ slug: "prod" }, { slug: LARGE_ENV }],
      secrets: [{ environment: "prod", key: SECRET_NAME, value: SECRET_VALUE }, ...largeSecrets()],
    },
  ],
};
