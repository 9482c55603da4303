// ECDSA signatures: Web Crypto speaks IEEE P1363 (r || s), the server answers DER
// (SEQUENCE { INTEGER r, INTEGER s }), as Node's crypto.sign and OpenSSL do.

function integer(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  // A set high bit would read as negative: prefix a zero byte.
  const pad = (trimmed[0] ?? 0) & 0x80 ? 1 : 0;
  const out = new Uint8Array(2 + pad + trimmed.length);
  out[0] = 0x02;
  out[1] = pad + trimmed.length;
  out.set(trimmed, 2 + pad);
  return out;
}

/** r || s (each `size` bytes) → DER. Only short-form lengths occur for P-256. */
export function p1363ToDer(signature: Uint8Array): Uint8Array<ArrayBuffer> {
  const half = signature.length / 2;
  const r = integer(signature.subarray(0, half));
  const s = integer(signature.subarray(half));
  const out = new Uint8Array(2 + r.length + s.length);
  out[0] = 0x30;
  out[1] = r.length + s.length;
  out.set(r, 2);
  out.set(s, 2 + r.length);
  return out;
}

/** DER → r || s (each `size` bytes); undefined when the bytes are not such a DER value. */
export function derToP1363(der: Uint8Array, size: number): Uint8Array<ArrayBuffer> | undefined {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const out = new Uint8Array(size * 2);
  let offset = 2;
  for (let part = 0; part < 2; part++) {
    if (der[offset] !== 0x02) return undefined;
    const length = der[offset + 1] ?? 0;
    const value = der.subarray(offset + 2, offset + 2 + length);
    if (length === 0 || value.length !== length) return undefined;
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    const digits = value.subarray(start);
    if (digits.length > size) return undefined;
    out.set(digits, part * size + size - digits.length);
    offset += 2 + length;
  }
  return offset === der.length ? out : undefined;
}
