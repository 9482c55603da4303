import { InfisicalError } from "@infisical-edge/core";

/** Why an envelope could not be opened ({@link InfisicalEnvelopeError.reason}). */
export type EnvelopeFailure =
  /** Not an envelope, or cut short. */
  | "malformed"
  /** Written by a newer SDK. */
  | "unsupported-version"
  /** Sealed under another key than the `keyId` the caller expected. */
  | "wrong-key"
  /** KMS could not decrypt the wrapped data key. */
  | "unwrap-failed"
  /** The header or ciphertext was modified (AES-GCM authentication failed). */
  | "tampered";

/** An envelope could not be opened. Carries no key material and no plaintext. */
export class InfisicalEnvelopeError extends InfisicalError {
  /** Always `"InfisicalEnvelopeError"`. */
  override name = "InfisicalEnvelopeError";
  /** Why the envelope could not be opened. */
  readonly reason: EnvelopeFailure;

  constructor(reason: EnvelopeFailure, message: string, options?: { cause?: unknown }) {
    super(`Cannot open envelope: ${message}`, options);
    this.reason = reason;
  }
}
