// AWS Signature Version 4 through aws4fetch's signer (Web Crypto only, no aws-sdk).

import { AwsV4Signer } from "aws4fetch";
import type { AwsCredentials } from "./aws-credentials.js";

export interface SigV4Request {
  method: string;
  url: string;
  /** Headers to sign, all of them, besides host, x-amz-date and x-amz-security-token. */
  headers?: Record<string, string>;
  body?: string;
  region: string;
  service: string;
  credentials: AwsCredentials;
  /** `YYYYMMDDTHHMMSSZ`; default now. Tests pin it to check published vectors. */
  datetime?: string;
}

/** Returns the request's headers plus `x-amz-date`, `authorization` and the session token. */
export async function signSigV4(request: SigV4Request): Promise<Headers> {
  const signed = await new AwsV4Signer({
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    accessKeyId: request.credentials.accessKeyId,
    secretAccessKey: request.credentials.secretAccessKey,
    sessionToken: request.credentials.sessionToken,
    region: request.region,
    service: request.service,
    datetime: request.datetime,
    // Sign every header given (aws4fetch skips content-type by default); callers pass only
    // headers that belong in the signature.
    allHeaders: true,
  }).sign();
  return signed.headers;
}
