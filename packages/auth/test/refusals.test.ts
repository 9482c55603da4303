// Refused logins: each surfaces as InfisicalAuthError carrying the server's status and
// message, after exactly one login request per call (no retry storm), and no error text
// ever holds the credential that was refused.

import { type AuthMethod, createClient, InfisicalAuthError } from "@infisical-edge/core";
import type { Emulator } from "@infisical-edge/emulator";
import { beforeAll, describe, expect, it } from "vitest";
import {
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  gcpIamAuth,
  jwtAuth,
  kubernetesAuth,
  ldapAuth,
  ociAuth,
  oidcAuth,
  spiffeAuth,
} from "../src/index";
import { readSecret } from "./runtime/cases";
import {
  alibaba,
  aws,
  createWorld,
  emulatorFor,
  ids,
  ldap,
  oci,
  PROJECT,
  UNKNOWN_IDENTITY,
  type World,
} from "./world";

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

interface Refusal {
  status: number;
  error: string;
  message: string | RegExp;
  /** Strings that must not appear in the error (the refused credential). */
  secrets?: string[];
}

async function expectRefused(
  make: () => AuthMethod | Promise<AuthMethod>,
  path: string,
  refusal: Refusal,
  prepare?: (emulator: Emulator) => void,
) {
  const emulator = emulatorFor(world);
  prepare?.(emulator);
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth: await make(),
  });
  for (const attempt of [1, 2]) {
    const error = await readSecret(client, PROJECT).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.status).toBe(refusal.status);
    expect(error.error).toBe(refusal.error);
    if (typeof refusal.message === "string") expect(error.serverMessage).toBe(refusal.message);
    else expect(error.serverMessage).toMatch(refusal.message);
    expect(error.requestId).toMatch(/^req-/);
    expect(error.name).toBe("InfisicalAuthError");
    expect(error.method).toBe("POST");
    expect(error.path).toBe(path);
    expect(error.message).toContain(`POST ${path} failed: ${refusal.status}`);
    // One login request per call, and the secret is never asked for without a token.
    expect(emulator.count({ path })).toBe(attempt);
    expect(emulator.count({ path: "/api/v4/secrets/K" })).toBe(0);
    const text = `${String(error)} ${JSON.stringify(error)} ${error.stack}`;
    for (const secret of refusal.secrets ?? []) expect(text).not.toContain(secret);
  }
}

const AWS_PATH = "/api/v1/auth/aws-auth/login";
const OIDC_PATH = "/api/v1/auth/oidc-auth/login";

describe("a rejected signature", () => {
  it("AWS: a wrong secret key fails the signature check STS makes", async () => {
    const secretAccessKey = "wrongSecretKey/0123456789+abcdefghijklmn";
    await expectRefused(
      () =>
        awsIamAuth({
          identityId: ids.aws,
          credentials: { accessKeyId: aws.accessKeyId, secretAccessKey },
        }),
      AWS_PATH,
      {
        status: 401,
        error: "UnauthorizedError",
        message:
          "Access denied: AWS STS rejected GetCallerIdentity (SignatureDoesNotMatch): The request signature we calculated does not match the signature you provided.",
        secrets: [secretAccessKey],
      },
    );
  });

  it("AWS: an unknown access key and a missing session token are refused", async () => {
    await expectRefused(
      () =>
        awsIamAuth({
          identityId: ids.aws,
          credentials: {
            accessKeyId: "AKIAUNKNOWN000000000",
            secretAccessKey: aws.secretAccessKey,
          },
        }),
      AWS_PATH,
      { status: 401, error: "UnauthorizedError", message: /\(InvalidClientTokenId\)/ },
    );
    const { sessionToken: _omitted, ...withoutToken } = aws.temporary;
    await expectRefused(
      () => awsIamAuth({ identityId: ids.awsTemporary, credentials: withoutToken }),
      AWS_PATH,
      { status: 401, error: "UnauthorizedError", message: /\(InvalidClientTokenId\)/ },
    );
  });

  it("AWS: a signature older than 15 minutes (by the server's clock) is refused", async () => {
    await expectRefused(
      () => awsIamAuth({ identityId: ids.aws, credentials: aws }),
      AWS_PATH,
      { status: 401, error: "UnauthorizedError", message: /Signature expired/ },
      (emulator) => emulator.advanceClock(20 * 60_000),
    );
  });

  it("AWS: an account or principal outside the allowed lists is refused", async () => {
    const emulator = emulatorFor(world);
    emulator.state.identities.get(ids.aws)!.awsAuth!.allowedPrincipalArns = [
      "arn:aws:iam::111122223333:role/other",
    ];
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: awsIamAuth({ identityId: ids.aws, credentials: aws }),
    });
    const error = await readSecret(client, PROJECT).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.serverMessage).toBe(
      "Access denied: AWS principal ARN not allowed. [principal-arn=arn:aws:iam::111122223333:role/app-role]",
    );
  });

  it("OIDC: a token signed by a key the identity does not trust", async () => {
    const jwt = await world.tokens.forgedOidc();
    await expectRefused(() => oidcAuth({ identityId: ids.oidc, jwt }), OIDC_PATH, {
      status: 401,
      error: "UnauthorizedError",
      message: "Access denied: invalid signature",
      secrets: [jwt],
    });
  });

  it("GCP IAM: a JWT signed with another service-account key", async () => {
    const stranger = { ...world.gcpServiceAccountKey, private_key: world.keys.stranger.pkcs8Pem };
    await expectRefused(
      () => gcpIamAuth({ identityId: ids.gcpIam, serviceAccountKey: stranger }),
      "/api/v1/auth/gcp-auth/login",
      { status: 403, error: "TokenError", message: "invalid signature" },
    );
  });

  it("OCI: a request signed with another RSA key", async () => {
    await expectRefused(
      () => ociAuth({ identityId: ids.oci, ...oci, privateKey: world.keys.stranger.pkcs8Pem }),
      "/api/v1/auth/oci-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: /^Access denied: OCI rejected the signed request \(NotAuthenticated\)/,
      },
    );
  });

  it("Alibaba Cloud: a query signed with the wrong secret", async () => {
    const accessKeySecret = "not-the-alibaba-secret-0123";
    await expectRefused(
      () =>
        alibabaCloudAuth({
          identityId: ids.alibaba,
          accessKeyId: alibaba.accessKeyId,
          accessKeySecret,
        }),
      "/api/v1/auth/alicloud-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Access denied: Alibaba Cloud rejected the signed request (SignatureDoesNotMatch)",
        secrets: [accessKeySecret],
      },
    );
  });

  it("LDAP: a wrong password", async () => {
    const password = "not-the-ldap-password-42";
    await expectRefused(
      () => ldapAuth({ identityId: ids.ldap, username: ldap.username, password }),
      "/api/v1/auth/ldap-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Invalid credentials",
        secrets: [password],
      },
    );
  });
});

describe("an expired JWT", () => {
  const cases: [string, () => Promise<AuthMethod>, string, Refusal][] = [
    [
      "OIDC",
      async () => oidcAuth({ identityId: ids.oidc, jwt: await world.tokens.oidc({}, -60) }),
      OIDC_PATH,
      { status: 401, error: "UnauthorizedError", message: "Access denied: jwt expired" },
    ],
    [
      "JWT",
      async () => jwtAuth({ identityId: ids.jwt, jwt: await world.tokens.jwt({}, -60) }),
      "/api/v1/auth/jwt-auth/login",
      { status: 401, error: "UnauthorizedError", message: "Access denied: jwt expired" },
    ],
    [
      "Kubernetes",
      async () =>
        kubernetesAuth({
          identityId: ids.kubernetes,
          serviceAccountToken: await world.tokens.kubernetes({}, -60),
        }),
      "/api/v1/auth/kubernetes-auth/login",
      { status: 401, error: "UnauthorizedError", message: "Access denied: jwt expired" },
    ],
    [
      // The Azure route lets jsonwebtoken's error reach the error handler: 403 TokenError.
      "Azure",
      async () => azureAuth({ identityId: ids.azure, jwt: await world.tokens.azure({}, -60) }),
      "/api/v1/auth/azure-auth/login",
      {
        status: 403,
        error: "TokenError",
        message: "Your token has expired. Please re-authenticate.",
      },
    ],
    [
      "SPIFFE",
      async () => spiffeAuth({ identityId: ids.spiffe, jwt: await world.tokens.spiffe({}, -60) }),
      "/api/v1/auth/spiffe-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Access denied: JWT-SVID verification failed: jwt expired",
      },
    ],
  ];
  for (const [name, make, path, refusal] of cases) {
    it(name, () => expectRefused(make, path, refusal));
  }

  it("a token that expires later on the server's clock", async () => {
    await expectRefused(
      async () => oidcAuth({ identityId: ids.oidc, jwt: await world.tokens.oidc({}, 120) }),
      OIDC_PATH,
      { status: 401, error: "UnauthorizedError", message: "Access denied: jwt expired" },
      (emulator) => emulator.advanceClock(5 * 60_000),
    );
  });
});

describe("a wrong audience", () => {
  const cases: [string, () => Promise<AuthMethod>, string, Refusal][] = [
    [
      "OIDC",
      async () =>
        oidcAuth({ identityId: ids.oidc, jwt: await world.tokens.oidc({ aud: "someone-else" }) }),
      OIDC_PATH,
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Access denied: OIDC audience not allowed.",
      },
    ],
    [
      "JWT",
      async () =>
        jwtAuth({ identityId: ids.jwt, jwt: await world.tokens.jwt({ aud: "someone-else" }) }),
      "/api/v1/auth/jwt-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Access denied: token audience not allowed",
      },
    ],
    [
      "Azure",
      async () =>
        azureAuth({
          identityId: ids.azure,
          jwt: await world.tokens.azure({ aud: "https://vault.azure.net" }),
        }),
      "/api/v1/auth/azure-auth/login",
      {
        status: 403,
        error: "TokenError",
        message:
          "jwt audience invalid. expected: https://management.azure.com/ or https://management.azure.com",
      },
    ],
    [
      "GCP ID token",
      async () =>
        (await import("../src/index")).gcpIdTokenAuth({
          identityId: ids.gcpIdToken,
          jwt: await world.tokens.gcpIdToken({ aud: "another-identity" }),
        }),
      "/api/v1/auth/gcp-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: `Access denied: jwt audience invalid. expected: ${ids.gcpIdToken}`,
      },
    ],
    [
      "SPIFFE",
      async () =>
        spiffeAuth({ identityId: ids.spiffe, jwt: await world.tokens.spiffe({ aud: "other" }) }),
      "/api/v1/auth/spiffe-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message:
          "Access denied: JWT-SVID verification failed: jwt audience invalid. expected: infisical",
      },
    ],
  ];
  for (const [name, make, path, refusal] of cases) {
    it(name, () => expectRefused(make, path, refusal));
  }
});

describe("other bound claims", () => {
  it("OIDC: a subject outside the bound pattern is a 403", async () => {
    await expectRefused(
      async () =>
        oidcAuth({ identityId: ids.oidc, jwt: await world.tokens.oidc({ sub: "repo:evil/api" }) }),
      OIDC_PATH,
      {
        status: 403,
        error: "ForbiddenRequestError",
        message: "Access denied: OIDC subject not allowed.",
      },
    );
  });

  it("Kubernetes: a service account of another namespace", async () => {
    await expectRefused(
      async () =>
        kubernetesAuth({
          identityId: ids.kubernetes,
          serviceAccountToken: await world.tokens.kubernetes({
            sub: "system:serviceaccount:kube-system:api",
          }),
        }),
      "/api/v1/auth/kubernetes-auth/login",
      {
        status: 401,
        error: "UnauthorizedError",
        message: "Access denied: K8s namespace not allowed.",
      },
    );
  });
});

describe("an unknown identity", () => {
  const cases: [string, (identityId: string) => AuthMethod, string, string][] = [
    [
      "AWS",
      (identityId) => awsIamAuth({ identityId, credentials: aws }),
      AWS_PATH,
      "AWS auth method not found for identity, did you configure AWS auth?",
    ],
    [
      "OIDC",
      (identityId) => oidcAuth({ identityId, jwt: () => world.tokens.oidc() }),
      OIDC_PATH,
      "OIDC auth method not found for identity, did you configure OIDC auth?",
    ],
    [
      "LDAP",
      (identityId) => ldapAuth({ identityId, ...ldap }),
      "/api/v1/auth/ldap-auth/login",
      "LDAP auth method not found for identity, did you configure LDAP auth?",
    ],
    [
      "Alibaba Cloud",
      (identityId) => alibabaCloudAuth({ identityId, ...alibaba }),
      "/api/v1/auth/alicloud-auth/login",
      "Alibaba Cloud auth method not found for identity, did you configure Alibaba Cloud auth?",
    ],
  ];
  for (const [name, make, path, message] of cases) {
    it(`${name}: no such identity, and an identity without that method, are a 404`, async () => {
      for (const identityId of [UNKNOWN_IDENTITY, ids.bare]) {
        await expectRefused(() => make(identityId), path, {
          status: 404,
          error: "NotFound",
          message,
        });
      }
    });
  }
});

describe("a token source function", () => {
  it("is called at every login, so a rotated token is used", async () => {
    const emulator = emulatorFor(world);
    const issued: string[] = [];
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: oidcAuth({
        identityId: ids.oidc,
        jwt: async () => {
          const token = await world.tokens.oidc({ jti: String(issued.length) });
          issued.push(token);
          return token;
        },
      }),
    });
    await readSecret(client, PROJECT);
    await (await import("../src/index")).revokeToken(client);
    await readSecret(client, PROJECT);
    expect(issued).toHaveLength(2);
    expect(issued[0]).not.toBe(issued[1]);
    expect(emulator.count({ path: OIDC_PATH })).toBe(2);
  });
});
