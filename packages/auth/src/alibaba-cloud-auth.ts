import type { AuthMethod } from "@infisical-edge/core";
import {
  bytesToBase64,
  bytesToHex,
  credentialIdentity,
  hmac,
  parseOptions,
  postLogin,
  randomBytes,
  schemas,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { IdentityId } from "./login-options.js";

/** Options of {@link alibabaCloudAuth}. */
export interface AlibabaCloudAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** A RAM user's AccessKey id (the server's schema has no field for STS security tokens). */
  accessKeyId: string;
  /** The AccessKey secret; it signs the request and is never sent. */
  accessKeySecret: string;
}

const Options = v.object({
  identityId: IdentityId,
  accessKeyId: v.pipe(
    v.string("a string"),
    v.regex(/^[A-Za-z0-9]{1,128}$/, "an alphanumeric AccessKey id"),
  ),
  accessKeySecret: schemas.NonEmpty,
});

/** RFC 3986 encoding as Alibaba Cloud's RPC signature (version 1.0) wants it. */
export const percentEncode = (text: string): string =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Signs RPC query parameters: HMAC-SHA1 over `GET&%2F&<canonical query>`, key = secret + "&". */
export async function signAlibabaQuery(
  params: Record<string, string>,
  accessKeySecret: string,
  method = "GET",
): Promise<string> {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? "")}`)
    .join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  return bytesToBase64(await hmac("SHA-1", `${accessKeySecret}&`, stringToSign));
}

/**
 * Alibaba Cloud Auth: a signed STS `GetCallerIdentity` query (HMAC-SHA1 through Web Crypto);
 * the server sends it to Alibaba Cloud and checks the caller's ARN.
 */
export function alibabaCloudAuth(options: AlibabaCloudAuthOptions): AuthMethod {
  const parsed = parseOptions(Options, options);
  return {
    kind: "alibaba-cloud-auth",
    identity: () =>
      credentialIdentity(
        `alibaba-cloud-auth:${parsed.identityId}:${parsed.accessKeyId}`,
        parsed.accessKeySecret,
      ),
    identityProof: "credential",
    async login(context) {
      const params: Record<string, string> = {
        Action: "GetCallerIdentity",
        Format: "JSON",
        Version: "2015-04-01",
        AccessKeyId: parsed.accessKeyId,
        SignatureMethod: "HMAC-SHA1",
        SignatureVersion: "1.0",
        SignatureNonce: bytesToHex(randomBytes(16)),
        Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      };
      const Signature = await signAlibabaQuery(params, parsed.accessKeySecret);
      // No organizationSlug: the server forwards every field but identityId to Alibaba Cloud,
      // so an extra field would break the signature.
      const body = { identityId: parsed.identityId, ...params, Signature };
      return postLogin(context, "/api/v1/auth/alicloud-auth/login", body, [Signature]);
    },
  };
}
