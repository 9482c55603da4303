// The machine-identity login routes, at the HTTP level: body validation (422 with zod-shaped
// issues), the 404 for an identity without the method, and the checks made before any
// signature work (AWS region, OCI host), with the server's status, error name and message.

import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { call } from "./helpers";

const ID = "7a7a0000-0000-4000-8000-000000000001";
const b64 = (text: string) => btoa(text);

function emulator() {
  return createEmulator({
    seed: {
      identities: [
        {
          id: ID,
          awsAuth: { accessKeyId: "AKIAEMULATOR00000001", secretAccessKey: "secret" },
          ldapAuth: { users: [{ username: "u", password: "p" }] },
          ociAuth: { tenancyOcid: "ocid1.tenancy.oc1..t", users: [] },
          alibabaCloudAuth: { accessKeyId: "LTAI1", accessKeySecret: "s" },
        },
      ],
    },
  });
}

describe("machine-identity login routes", () => {
  it("a missing field is a 422 ValidationFailure with zod-shaped issues", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/oidc-auth/login", {
      body: { identityId: ID },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe("ValidationFailure");
    expect(res.body.message).toEqual([
      {
        code: "invalid_type",
        expected: "string",
        received: "undefined",
        path: ["jwt"],
        message: "Required",
      },
    ]);
  });

  it("an identity without the method is a 404 with the server's wording", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/kubernetes-auth/login", {
      body: { identityId: ID, jwt: "a.b.c" },
    });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      statusCode: 404,
      error: "NotFound",
      message: "Kubernetes auth method not found for identity, did you configure Kubernetes auth?",
    });
    expect(res.body.reqId).toMatch(/^req-/);
  });

  it("AWS: a credential scope without a valid region is a 400 'Invalid AWS region'", async () => {
    const headers = {
      Authorization:
        "AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000001/20260101/US_EAST/sts/aws4_request",
    };
    const res = await call(emulator(), "POST", "/api/v1/auth/aws-auth/login", {
      body: {
        identityId: ID,
        iamHttpRequestMethod: "POST",
        iamRequestBody: b64("Action=GetCallerIdentity&Version=2011-06-15"),
        iamRequestHeaders: b64(JSON.stringify(headers)),
      },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "BadRequest", message: "Invalid AWS region" });
  });

  it("AWS: headers that are not base64 JSON are a 500, as on the server", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/aws-auth/login", {
      body: { identityId: ID, iamRequestBody: "", iamRequestHeaders: "not base64 json!" },
    });
    expect(res.status).toBe(500);
  });

  it("OCI: a host that is not identity.<region>.oraclecloud.com is a 400", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/oci-auth/login", {
      body: {
        identityId: ID,
        userOcid: "ocid1.user.oc1..u",
        headers: {
          authorization: "Signature x",
          host: "evil.example.com",
          date: new Date().toUTCString(),
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      "Invalid OCI host format. Expected format: identity.<region>.oraclecloud.com",
    );
  });

  it("OCI: neither date nor x-date is a 422", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/oci-auth/login", {
      body: { identityId: ID, userOcid: "u", headers: { authorization: "a", host: "h" } },
    });
    expect(res.status).toBe(422);
    expect(res.body.message[0].message).toBe("Either date or x-date must be provided");
  });

  it("Alibaba Cloud: the route's field rules give 422s", async () => {
    const res = await call(emulator(), "POST", "/api/v1/auth/alicloud-auth/login", {
      body: {
        identityId: ID,
        Action: "GetCallerIdentity",
        Format: "XML",
        Version: "2015-04-01",
        AccessKeyId: "LTAI1",
        SignatureMethod: "HMAC-SHA1",
        Timestamp: "2026-01-01T00:00:00Z",
        SignatureVersion: "1.0",
        SignatureNonce: "n-1",
        Signature: "abc=",
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toEqual([
      { code: "custom", message: "Invalid enum value. Expected 'JSON'", path: ["Format"] },
    ]);
  });

  it("LDAP: the seeded directory decides", async () => {
    const em = emulator();
    const ok = await call(em, "POST", "/api/v1/auth/ldap-auth/login", {
      body: { identityId: ID, username: "u", password: "p" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ tokenType: "Bearer", expiresIn: 2592000 });
    const bad = await call(em, "POST", "/api/v1/auth/ldap-auth/login", {
      body: { identityId: ID, username: "u", password: "x" },
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ error: "UnauthorizedError", message: "Invalid credentials" });
  });
});
