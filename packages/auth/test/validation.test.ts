// Bad options raise InfisicalValidationError naming the field, before any request is sent;
// the message never quotes the bad value.

import { type AuthMethod, createClient, InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import {
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  gcpIamAuth,
  gcpIdTokenAuth,
  jwtAuth,
  kubernetesAuth,
  ldapAuth,
  ociAuth,
  oidcAuth,
  spiffeAuth,
  universalAuth,
} from "../src/index";

const ID = "5b0d3c1e-0000-4000-8000-00000000a001";
const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
const OCI = {
  identityId: ID,
  userOcid: "ocid1.user.oc1..aaaa",
  tenancyOcid: "ocid1.tenancy.oc1..bbbb",
  fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0",
  privateKey: "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
  region: "us-ashburn-1",
};

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InfisicalValidationError);
    return (error as InfisicalValidationError).field;
  }
  return undefined;
}

describe("options are checked when the method is created", () => {
  const cases: [string, () => unknown, string][] = [
    ["aws: identityId", () => awsIamAuth({ identityId: "" }), "identityId"],
    ["aws: region", () => awsIamAuth({ identityId: ID, region: "EU West" }), "region"],
    [
      "aws: credentials",
      () => awsIamAuth({ identityId: ID, credentials: { accessKeyId: "AKIA1" } as never }),
      "credentials.secretAccessKey",
    ],
    [
      "aws: organizationSlug",
      () => awsIamAuth({ identityId: ID, organizationSlug: "Not A Slug" }),
      "organizationSlug",
    ],
    [
      "universal: organizationSlug, by the rule every login method follows",
      () => universalAuth({ clientId: "id", clientSecret: "secret", organizationSlug: "My Org" }),
      "organizationSlug",
    ],
    ["oidc: jwt", () => oidcAuth({ identityId: ID, jwt: "" }), "jwt"],
    ["oidc: identityId", () => oidcAuth({ identityId: "a/b", jwt: JWT }), "identityId"],
    ["jwt: jwt", () => jwtAuth({ identityId: ID, jwt: 42 as never }), "jwt"],
    [
      "kubernetes: serviceAccountToken",
      () => kubernetesAuth({ identityId: ID } as never),
      "serviceAccountToken",
    ],
    ["spiffe: jwt", () => spiffeAuth({ identityId: ID, jwt: undefined as never }), "jwt"],
    [
      "gcp id token: metadataUrl",
      () => gcpIdTokenAuth({ identityId: ID, metadataUrl: "not a url" }),
      "metadataUrl",
    ],
    [
      "gcp id token: metadataUrl of another scheme",
      () => gcpIdTokenAuth({ identityId: ID, metadataUrl: "file:///etc/passwd" }),
      "metadataUrl",
    ],
    [
      "azure: metadataUrl of another scheme",
      () => azureAuth({ identityId: ID, metadataUrl: "data:text/plain,x" }),
      "metadataUrl",
    ],
    [
      "gcp iam: key JSON",
      () => gcpIamAuth({ identityId: ID, serviceAccountKey: "{not json" }),
      "serviceAccountKey",
    ],
    [
      "gcp iam: client_email",
      () =>
        gcpIamAuth({
          identityId: ID,
          serviceAccountKey: { client_email: "x", private_key: "", private_key_id: "k" },
        }),
      "serviceAccountKey.client_email",
    ],
    [
      "gcp iam: private_key",
      () =>
        gcpIamAuth({
          identityId: ID,
          serviceAccountKey: {
            client_email: "a@b.iam.gserviceaccount.com",
            private_key: "secret-ish",
            private_key_id: "k",
          },
        }),
      "serviceAccountKey.private_key",
    ],
    [
      "gcp iam: lifetime",
      () => gcpIamAuth({ identityId: ID, serviceAccountKey: "{}", lifetime: 1 }),
      "lifetime",
    ],
    ["azure: clientId", () => azureAuth({ identityId: ID, clientId: "a b" }), "clientId"],
    ["ldap: password", () => ldapAuth({ identityId: ID, username: "u", password: "" }), "password"],
    ["ldap: username", () => ldapAuth({ identityId: ID, username: "", password: "p" }), "username"],
    ["oci: userOcid", () => ociAuth({ ...OCI, userOcid: "user" }), "userOcid"],
    ["oci: fingerprint", () => ociAuth({ ...OCI, fingerprint: "12:34" }), "fingerprint"],
    ["oci: region", () => ociAuth({ ...OCI, region: "ashburn" }), "region"],
    ["oci: privateKey", () => ociAuth({ ...OCI, privateKey: "ssh-rsa AAAA" }), "privateKey"],
    [
      "alibaba: accessKeyId",
      () => alibabaCloudAuth({ identityId: ID, accessKeyId: "a-b", accessKeySecret: "s" }),
      "accessKeyId",
    ],
    [
      "alibaba: accessKeySecret",
      () => alibabaCloudAuth({ identityId: ID, accessKeyId: "LTAI", accessKeySecret: "" }),
      "accessKeySecret",
    ],
  ];
  for (const [name, run, field] of cases) {
    it(name, () => expect(fieldOf(run)).toBe(field));
  }

  it("never quotes the value it refused", () => {
    const secret = "super-secret-value-123";
    const runs = [
      () => ociAuth({ ...OCI, privateKey: secret }),
      () =>
        alibabaCloudAuth({
          identityId: ID,
          accessKeyId: secret.replace(/-/g, "/"),
          accessKeySecret: "s",
        }),
      () =>
        awsIamAuth({
          identityId: ID,
          credentials: { accessKeyId: "AKIA0", secretAccessKey: 7 as never },
        }),
    ];
    for (const run of runs) {
      const error = (() => {
        try {
          run();
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect(JSON.stringify(error) + String(error)).not.toContain("super");
    }
  });
});

describe("what is only known at login is checked before the request", () => {
  async function loginError(auth: AuthMethod) {
    let requests = 0;
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      auth,
      fetch: async () => {
        requests++;
        return new Response("{}", { status: 500 });
      },
    });
    const error = await client.session.token().catch((e) => e);
    expect(requests).toBe(0);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    return error as InfisicalValidationError;
  }

  it("a jwt function returning something that is not a JWT", async () => {
    const error = await loginError(oidcAuth({ identityId: ID, jwt: () => "not-a-jwt" }));
    expect(error.field).toBe("jwt");
    expect(String(error)).not.toContain("not-a-jwt");
  });

  it("a jwt function that throws (its message is not copied: it may quote a token)", async () => {
    const error = await loginError(
      jwtAuth({
        identityId: ID,
        jwt: () => {
          throw new Error("cannot parse eyJhbGciOi.secret");
        },
      }),
    );
    expect(error.field).toBe("jwt");
    expect(String(error)).not.toContain("eyJhbGciOi");
  });

  it("AWS without credentials anywhere", async () => {
    const saved = { ...process.env };
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      const error = await loginError(awsIamAuth({ identityId: ID }));
      expect(error.field).toBe("credentials");
    } finally {
      process.env = saved;
    }
  });

  it("AWS credentials returned by a function are checked", async () => {
    const error = await loginError(
      awsIamAuth({
        identityId: ID,
        credentials: async () => ({ accessKeyId: "AKIA0000", secretAccessKey: "" }),
      }),
    );
    expect(error.field).toBe("credentials.secretAccessKey");
  });

  it("a PEM that Web Crypto cannot import", async () => {
    const error = await loginError(ociAuth(OCI));
    expect(error.field).toBe("privateKey");
  });
});
