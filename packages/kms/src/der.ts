// ECDSA signatures arrive DER-encoded (SEQUENCE { INTEGER r, INTEGER s }); Web Crypto
// verifies IEEE P1363 (r || s, each as long as the curve's field). Only strict, minimal DER
// is accepted, as OpenSSL (and so the server) accepts it: any other encoding of the same
// numbers (padding zeros, long-form lengths for short values, negative integers, trailing
// bytes) is not a valid signature.

/** Reads a DER length at `offset`: [length, offset of the content], or undefined. */
function readLength(der: Uint8Array, offset: number): [number, number] | undefined {
  const first = der[offset];
  if (first === undefined) return undefined;
  if (first < 0x80) return [first, offset + 1];
  // One length byte suffices for any ECDSA signature (P-521's are up to 139 bytes); it
  // is only allowed where the short form cannot say the length.
  const long = der[offset + 1];
  if (first !== 0x81 || long === undefined || long < 0x80) return undefined;
  return [long, offset + 2];
}

/** DER → r || s; undefined when the bytes are not such a minimal DER value for this size. */
export function derToP1363(der: Uint8Array, size: number): Uint8Array | undefined {
  if (der[0] !== 0x30) return undefined;
  const sequence = readLength(der, 1);
  if (!sequence) return undefined;
  let [length, offset] = sequence;
  if (offset + length !== der.length) return undefined;
  const out = new Uint8Array(size * 2);
  for (let part = 0; part < 2; part++) {
    if (der[offset] !== 0x02) return undefined;
    const integer = readLength(der, offset + 1);
    if (!integer) return undefined;
    [length, offset] = integer;
    const value = der.subarray(offset, offset + length);
    if (length === 0 || value.length !== length) return undefined;
    const [first = 0, second = 0] = value;
    if (first & 0x80) return undefined; // negative
    if (first === 0 && length > 1 && !(second & 0x80)) return undefined; // padded
    const digits = first === 0 && length > 1 ? value.subarray(1) : value;
    if (digits.length > size) return undefined;
    out.set(digits, part * size + size - digits.length);
    offset += length;
  }
  return offset === der.length ? out : undefined;
}
