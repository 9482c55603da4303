import type { AuthMethod } from "@infisical-edge/core";
import { bytesToBase64, parseOptions, postLogin, utf8Encode } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { IdentityId, loginBody, OrganizationSlug } from "./login-options.js";
import {
  importRsaPrivateKey,
  keyIdentity,
  type RsaPrivateKey,
  RsaPrivateKeySchema,
  rsaSign,
} from "./rsa-private-key.js";

/** Options of {@link ociAuth}. */
export interface OciAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** The OCI user whose API key signs the request (`ocid1.user...`). */
  userOcid: string;
  /** The user's tenancy (`ocid1.tenancy...`). */
  tenancyOcid: string;
  /** The API key's fingerprint, `aa:bb:...` (16 hex pairs). */
  fingerprint: string;
  /** The API key's private key: PEM (PKCS#8 or PKCS#1, unencrypted) or a CryptoKey. */
  privateKey: RsaPrivateKey;
  /** The tenancy's home region, e.g. `us-ashburn-1`. */
  region: string;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  userOcid: v.pipe(v.string("a string"), v.regex(/^ocid1\.user\.[a-z0-9._-]+$/i, "a user OCID")),
  tenancyOcid: v.pipe(
    v.string("a string"),
    v.regex(/^ocid1\.tenancy\.[a-z0-9._-]+$/i, "a tenancy OCID"),
  ),
  fingerprint: v.pipe(
    v.string("a string"),
    v.regex(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/i, "a key fingerprint like aa:bb:...:ff"),
  ),
  privateKey: RsaPrivateKeySchema,
  // The server accepts only hosts of the form identity.<region>.oraclecloud.com.
  region: v.pipe(
    v.string("a string"),
    v.regex(/^[a-z]{2}-[a-z]+-[1-9]$/, "an OCI region like us-ashburn-1"),
  ),
  organizationSlug: OrganizationSlug,
});

/** The headers the signature covers, in the order OCI's GET signing uses. */
const SIGNED_HEADERS = "date (request-target) host";

/**
 * OCI Auth: signs `GET /20160918/users/<userOcid>` on the tenancy's identity endpoint with the
 * user's API key (RSA-SHA256 HTTP signature through Web Crypto). The server replays the
 * request to OCI and checks that the user belongs to the configured tenancy.
 */
export function ociAuth(options: OciAuthOptions): AuthMethod {
  const parsed = parseOptions(Options, options);
  const host = `identity.${parsed.region}.oraclecloud.com`;
  const target = `get /20160918/users/${parsed.userOcid}`;
  const keyId = `${parsed.tenancyOcid}/${parsed.userOcid}/${parsed.fingerprint.toLowerCase()}`;
  let signingKey: Promise<CryptoKey> | undefined;
  return {
    kind: "oci-auth",
    ...keyIdentity(
      `oci-auth:${parsed.identityId}:${parsed.organizationSlug ?? ""}:${keyId}`,
      parsed.privateKey,
    ),
    async login(context) {
      signingKey ??= importRsaPrivateKey(parsed.privateKey, "privateKey");
      const key = await signingKey.catch((error) => {
        signingKey = undefined;
        throw error;
      });
      const date = new Date().toUTCString();
      const signingString = `date: ${date}\n(request-target): ${target}\nhost: ${host}`;
      const signature = bytesToBase64(await rsaSign(key, utf8Encode(signingString)));
      const authorization =
        `Signature version="1",headers="${SIGNED_HEADERS}",keyId="${keyId}",` +
        `algorithm="rsa-sha256",signature="${signature}"`;
      const body = loginBody(parsed.identityId, parsed.organizationSlug, {
        userOcid: parsed.userOcid,
        headers: { authorization, host, date },
      });
      return postLogin(context, "/api/v1/auth/oci-auth/login", body, [signature]);
    },
  };
}
