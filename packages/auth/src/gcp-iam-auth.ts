import { type AuthMethod, InfisicalValidationError } from "@infisical-edge/core";
import { parseOptions, postLogin } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { signJwtRs256 } from "./jws.js";
import { IdentityId, loginBody, OrganizationSlug } from "./login-options.js";
import { importRsaPrivateKey, keyIdentity, RsaPrivateKeySchema } from "./rsa-private-key.js";

/** The fields of a service-account key file that signing needs (the JSON has more). */
export interface GcpServiceAccountKey {
  /** The service account's email; the issuer and subject of the signed JWT. */
  client_email: string;
  /** The PEM private key (PKCS #8) that signs the JWT; never sent. */
  private_key: string;
  /** The key's id, sent as the JWT's `kid`. */
  private_key_id: string;
}

/** Options of {@link gcpIamAuth}. */
export interface GcpIamAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** The service-account key: the key file's JSON text or its parsed object. */
  serviceAccountKey: string | GcpServiceAccountKey;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
  /** Seconds the signed JWT is valid. Default 900; at most 3600. */
  lifetime?: number;
}

const Key = v.looseObject({
  client_email: v.pipe(
    v.string("a string"),
    v.regex(/^[^@\s]+@[^@\s]+\.iam\.gserviceaccount\.com$/, "a service-account email"),
  ),
  private_key: RsaPrivateKeySchema,
  private_key_id: v.pipe(v.string("a string"), v.regex(/^[A-Za-z0-9_-]{1,128}$/, "a key id")),
});

const Options = v.object({
  identityId: IdentityId,
  serviceAccountKey: v.union([v.string(), v.looseObject({})], "a service-account key (JSON)"),
  organizationSlug: OrganizationSlug,
  lifetime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(3600))),
});

function parseKey(input: string | object): v.InferOutput<typeof Key> {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new InfisicalValidationError([
        { field: "serviceAccountKey", reason: "expected the key file's JSON" },
      ]);
    }
  }
  return parseOptions(v.object({ serviceAccountKey: Key }), { serviceAccountKey: value })
    .serviceAccountKey;
}

/**
 * GCP IAM Auth: a JWT `{ sub: client_email, aud: identityId }` signed RS256 with the
 * service account's own key through Web Crypto (the server checks it against the account's
 * published public keys by `kid`). No call to Google is needed.
 */
export function gcpIamAuth(options: GcpIamAuthOptions): AuthMethod {
  const parsed = parseOptions(Options, options);
  const key = parseKey(parsed.serviceAccountKey);
  const lifetime = parsed.lifetime ?? 900;
  let signingKey: Promise<CryptoKey> | undefined;
  return {
    kind: "gcp-iam-auth",
    ...keyIdentity(
      `gcp-iam-auth:${parsed.identityId}:${parsed.organizationSlug ?? ""}`,
      key.private_key,
    ),
    async login(context) {
      signingKey ??= importRsaPrivateKey(key.private_key, "serviceAccountKey.private_key");
      const cryptoKey = await signingKey.catch((error) => {
        signingKey = undefined;
        throw error;
      });
      const iat = Math.floor(Date.now() / 1000);
      const jwt = await signJwtRs256(
        cryptoKey,
        { kid: key.private_key_id },
        {
          iss: key.client_email,
          sub: key.client_email,
          aud: parsed.identityId,
          iat,
          exp: iat + lifetime,
        },
      );
      const body = loginBody(parsed.identityId, parsed.organizationSlug, { jwt });
      return postLogin(context, "/api/v1/auth/gcp-auth/login", body);
    },
  };
}
