// ECDSA over NIST P-256 on a precomputed digest, in affine coordinates with BigInt.

import { fromBase64Url, mod, modInverse, toBigInt } from "./bigint.js";

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const A = P - 3n;
export const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const G: Point = {
  x: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
  y: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
};

interface Point {
  x: bigint;
  y: bigint;
}

function add(p: Point | null, q: Point | null): Point | null {
  if (!p) return q;
  if (!q) return p;
  if (p.x === q.x && mod(p.y + q.y, P) === 0n) return null;
  const slope =
    p.x === q.x
      ? mod((3n * p.x * p.x + A) * modInverse(2n * p.y, P), P)
      : mod((q.y - p.y) * modInverse(q.x - p.x, P), P);
  const x = mod(slope * slope - p.x - q.x, P);
  return { x, y: mod(slope * (p.x - x) - p.y, P) };
}

function multiply(k: bigint, point: Point): Point | null {
  let result: Point | null = null;
  let addend: Point | null = point;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(result, addend);
    addend = add(addend, addend);
  }
  return result;
}

/** The digest as an integer, cut to the curve's 256 bits (SHA-384/512 digests are longer). */
const digestInteger = (digest: Uint8Array) => toBigInt(digest.subarray(0, 32));

function randomScalar(): bigint {
  for (;;) {
    const k = toBigInt(globalThis.crypto.getRandomValues(new Uint8Array(32)));
    if (k > 0n && k < N) return k;
  }
}

export function signDigest(jwk: JsonWebKey, digest: Uint8Array): { r: bigint; s: bigint } {
  const d = fromBase64Url(jwk.d ?? "");
  const z = digestInteger(digest);
  for (;;) {
    const k = randomScalar();
    const point = multiply(k, G);
    const r = point ? mod(point.x, N) : 0n;
    const s = mod(modInverse(k, N) * (z + r * d), N);
    if (r !== 0n && s !== 0n) return { r, s };
  }
}

export function verifyDigest(jwk: JsonWebKey, digest: Uint8Array, r: bigint, s: bigint): boolean {
  if (r <= 0n || r >= N || s <= 0n || s >= N) return false;
  const q = { x: fromBase64Url(jwk.x ?? ""), y: fromBase64Url(jwk.y ?? "") };
  const w = modInverse(s, N);
  const point = add(multiply(mod(digestInteger(digest) * w, N), G), multiply(mod(r * w, N), q));
  return point !== null && mod(point.x, N) === r;
}
