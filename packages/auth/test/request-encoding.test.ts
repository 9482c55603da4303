// What the logins put on the wire, checked field by field against the API contract.

import { describe, expect, it } from "vitest";
import { signAlibabaQuery } from "../src/alibaba-cloud-auth";
import { signCallerIdentity } from "../src/aws-iam-auth";

const decode = (b64: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

describe("AWS IAM login fields", () => {
  it("signs STS GetCallerIdentity and encodes it as the server expects", async () => {
    const signed = await signCallerIdentity(
      {
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: "tok",
      },
      "eu-central-1",
      "20150830T123600Z",
    );
    expect(signed.iamHttpRequestMethod).toBe("POST");
    expect(decode(signed.iamRequestBody)).toBe("Action=GetCallerIdentity&Version=2011-06-15");
    const headers = JSON.parse(decode(signed.iamRequestHeaders));
    expect(headers).toMatchObject({
      Host: "sts.eu-central-1.amazonaws.com",
      "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
      "X-Amz-Date": "20150830T123600Z",
      "X-Amz-Security-Token": "tok",
    });
    // The server takes the region from the credential scope; STS only accepts service "sts".
    expect(headers.Authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-central-1\/sts\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(Object.keys(signed)).not.toContain("iamRequestUrl");
  });
});

describe("Alibaba Cloud RPC signature", () => {
  it("matches Alibaba Cloud's documented example (testid / testsecret)", async () => {
    const signature = await signAlibabaQuery(
      {
        Timestamp: "2016-02-23T12:46:24Z",
        Format: "XML",
        AccessKeyId: "testid",
        Action: "DescribeRegions",
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        Version: "2014-05-26",
        SignatureVersion: "1.0",
      },
      "testsecret",
    );
    expect(signature).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  });
});
