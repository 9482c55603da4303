import { CLIENT_ID, CLIENT_SECRET } from "../helpers";

// Fills the recordings' <PLACEHOLDERS> (credentials the recorder removed) with the fixture
// world's values.

const VALUES: Record<string, (token: string) => string> = {
  "<ACCESS_TOKEN_2>": (token) => token,
  "<ACCESS_TOKEN>": (token) => token,
  "<CLIENT_ID>": () => CLIENT_ID,
  "<CLIENT_SECRET>": () => CLIENT_SECRET,
  // A real base32 seed, so that TOTP leases can compute codes.
  "<TOTP_SEED>": () => "JBSWY3DPEHPK3PXP",
};

export function substitute<T>(value: T, token: string): T {
  if (value === null || value === undefined) return value;
  let text = JSON.stringify(value);
  for (const [placeholder, fill] of Object.entries(VALUES)) {
    text = text.replaceAll(placeholder, fill(token));
  }
  return JSON.parse(text);
}
