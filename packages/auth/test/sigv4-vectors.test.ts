// The signer against the official AWS SigV4 test suite (credentials AKIDEXAMPLE, 2015-08-30
// 12:36:00Z, us-east-1, service "service"): a known request, key and date give a known
// Authorization header.

import { describe, expect, it } from "vitest";
import { signSigV4 } from "../src/sigv4";

const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};
const SESSION_TOKEN =
  "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
const SCOPE = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

interface Vector {
  name: string;
  method: string;
  url?: string;
  headers?: Record<string, string>;
  body?: string;
  sessionToken?: string;
  signedHeaders: string;
  signature: string;
}

const vectors: Vector[] = [
  {
    name: "get-vanilla",
    method: "GET",
    signedHeaders: "host;x-amz-date",
    signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
  },
  {
    name: "post-vanilla",
    method: "POST",
    signedHeaders: "host;x-amz-date",
    signature: "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
  },
  {
    name: "get-vanilla-query-order-key-case",
    method: "GET",
    url: "https://example.amazonaws.com/?Param2=value2&Param1=value1",
    signedHeaders: "host;x-amz-date",
    signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
  },
  {
    // Header ordering: the repeated My-Header1 values keep their order (joined by commas).
    name: "get-header-value-order",
    method: "GET",
    headers: { "My-Header1": "value4,value1,value3,value2" },
    signedHeaders: "host;my-header1;x-amz-date",
    signature: "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01",
  },
  {
    // Header ordering: signed headers are sorted by name whatever order they come in.
    name: "post-header-key-sort",
    method: "POST",
    headers: { "My-Header1": "value1" },
    signedHeaders: "host;my-header1;x-amz-date",
    signature: "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c",
  },
  {
    name: "get-header-value-trim",
    method: "GET",
    headers: { "My-Header1": " value1", "My-Header2": '"a   b   c"' },
    signedHeaders: "host;my-header1;my-header2;x-amz-date",
    signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736",
  },
  {
    name: "post-x-www-form-urlencoded",
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "Param1=value1",
    signedHeaders: "content-type;host;x-amz-date",
    signature: "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
  },
  {
    // Session token: the token is a signed header.
    name: "post-sts-header-before",
    method: "POST",
    sessionToken: SESSION_TOKEN,
    signedHeaders: "host;x-amz-date;x-amz-security-token",
    signature: "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead",
  },
];

describe("SigV4 matches the AWS test suite", () => {
  for (const vector of vectors) {
    it(vector.name, async () => {
      const headers = await signSigV4({
        method: vector.method,
        url: vector.url ?? "https://example.amazonaws.com/",
        headers: vector.headers,
        body: vector.body,
        region: "us-east-1",
        service: "service",
        credentials: vector.sessionToken
          ? { ...credentials, sessionToken: vector.sessionToken }
          : credentials,
        datetime: "20150830T123600Z",
      });
      expect(headers.get("authorization")).toBe(
        `AWS4-HMAC-SHA256 Credential=${SCOPE}, SignedHeaders=${vector.signedHeaders}, Signature=${vector.signature}`,
      );
      expect(headers.get("x-amz-date")).toBe("20150830T123600Z");
      if (vector.sessionToken)
        expect(headers.get("x-amz-security-token")).toBe(vector.sessionToken);
    });
  }

  it("a different secret key gives a different signature", async () => {
    const headers = await signSigV4({
      method: "GET",
      url: "https://example.amazonaws.com/",
      region: "us-east-1",
      service: "service",
      credentials: { ...credentials, secretAccessKey: `${credentials.secretAccessKey}x` },
      datetime: "20150830T123600Z",
    });
    expect(headers.get("authorization")).not.toContain(vectors[0]!.signature);
  });
});
