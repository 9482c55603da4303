// RFC 6238 TOTP (RFC 4226 HOTP over a time counter) with Web Crypto HMAC, so the emulator
// issues the same codes an authenticator app would for the configured secret.

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

const HASH: Record<TotpAlgorithm, string> = {
  sha1: "SHA-1",
  sha256: "SHA-256",
  sha512: "SHA-512",
};

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 (what authenticator secrets use); spaces, padding and case are ignored. */
export function base32Decode(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}

export interface TotpOptions {
  algorithm?: TotpAlgorithm;
  digits?: number;
  /** Seconds per code. */
  period?: number;
}

/** The code for `key` at `epochSeconds`, zero-padded to `digits`. */
export async function totpCode(
  key: Uint8Array<ArrayBuffer>,
  epochSeconds: number,
  options: TotpOptions = {},
): Promise<string> {
  const { algorithm = "sha1", digits = 6, period = 30 } = options;
  const counter = Math.floor(epochSeconds / period);
  const message = new Uint8Array(8);
  // 64-bit big-endian counter; counters stay far below 2^53.
  new DataView(message.buffer).setUint32(0, Math.floor(counter / 2 ** 32));
  new DataView(message.buffer).setUint32(4, counter >>> 0);
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key,
    { name: "HMAC", hash: HASH[algorithm] },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** Seconds until the current code changes. */
export const secondsRemaining = (epochSeconds: number, period = 30): number =>
  period - (Math.floor(epochSeconds) % period);
