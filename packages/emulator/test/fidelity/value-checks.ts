import type { Recording } from "./recordings";

// Values the emulator can reproduce although they are not ids or timestamps: KMS results that
// do not depend on key material, the sizes of those that do, and lease lifetimes (which show
// that a renewal extends the current expiry rather than counting from now).

type Json = Record<string, any>;

const decodedLength = (base64: string): number => atob(base64).length;
const LEASE_SLACK_MS = 1000; // the real server stamps createdAt a few ms after computing expireAt

export function valueDiff(recording: Recording, actual: unknown): string[] {
  const want = recording.body as Json;
  const got = actual as Json;
  return [...kmsDiff(want, got), ...leaseDiff(want, got)];
}

function kmsDiff(r: Json, a: Json): string[] {
  const problems: string[] = [];
  const same = (key: string) => {
    if (key in r && JSON.stringify(a[key]) !== JSON.stringify(r[key])) {
      problems.push(`$.${key}: expected ${JSON.stringify(r[key])}, got ${JSON.stringify(a[key])}`);
    }
  };
  for (const key of ["signatureValid", "signingAlgorithms", "plaintext", "keyId"]) same(key);
  const sameLength = (key: string) => {
    if (typeof r[key] !== "string" || typeof a[key] !== "string") return;
    const [want, got] = [decodedLength(r[key]), decodedLength(a[key])];
    if (want !== got) problems.push(`$.${key}: expected ${want} bytes, got ${got}`);
  };
  // Same ciphertext layout (AES-GCM + IV + tag + "v01"), same public key and RSA signature sizes.
  sameLength("ciphertext");
  sameLength("publicKey");
  if (String(r.signingAlgorithm).startsWith("RSA")) sameLength("signature");
  if (r.key && a.key) {
    for (const [key, value] of Object.entries(r.key)) {
      if (["id", "orgId", "createdAt", "updatedAt"].includes(key)) continue;
      if (JSON.stringify(a.key[key]) !== JSON.stringify(value)) {
        problems.push(
          `$.key.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(a.key[key])}`,
        );
      }
    }
  }
  return problems;
}

const lifetime = (lease: Json): number => Date.parse(lease.expireAt) - Date.parse(lease.createdAt);

function leaseDiff(r: Json, a: Json): string[] {
  const pairs: [string, Json, Json][] = [];
  if (r.lease && a.lease) pairs.push(["$.lease", r.lease, a.lease]);
  if (Array.isArray(r.leases) && Array.isArray(a.leases)) {
    r.leases.forEach((lease: Json, i: number) => {
      if (a.leases[i]) pairs.push([`$.leases[${i}]`, lease, a.leases[i]]);
    });
  }
  return pairs
    .filter(([, want, got]) => Math.abs(lifetime(want) - lifetime(got)) > LEASE_SLACK_MS)
    .map(
      ([path, want, got]) =>
        `${path}: expected expireAt - createdAt of ${lifetime(want)} ms, got ${lifetime(got)} ms`,
    );
}
