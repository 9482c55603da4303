// ECDSA signatures arrive DER-encoded (SEQUENCE { INTEGER r, INTEGER s }); Web Crypto
// verifies IEEE P1363 (r || s, each as long as the curve's field).

/** DER → r || s; undefined when the bytes are not such a DER value for this size. */
export function derToP1363(der: Uint8Array, size: number): Uint8Array | undefined {
  // SEQUENCE with a short or one-byte long length (P-521 signatures exceed 127 bytes).
  if (der[0] !== 0x30) return undefined;
  let offset = 2;
  let length = der[1] ?? 0;
  if (length === 0x81) {
    length = der[2] ?? 0;
    offset = 3;
  } else if (length > 0x80) {
    return undefined;
  }
  if (offset + length !== der.length) return undefined;
  const out = new Uint8Array(size * 2);
  for (let part = 0; part < 2; part++) {
    if (der[offset] !== 0x02) return undefined;
    const intLength = der[offset + 1] ?? 0;
    if (intLength === 0 || intLength > 0x7f) return undefined;
    const value = der.subarray(offset + 2, offset + 2 + intLength);
    if (value.length !== intLength) return undefined;
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    const digits = value.subarray(start);
    if (digits.length > size) return undefined;
    out.set(digits, part * size + size - digits.length);
    offset += 2 + intLength;
  }
  return offset === der.length ? out : undefined;
}
