// The Node-only entry: token and key files, and AWS credentials from the environment, the
// ECS/EKS container endpoint and EC2 instance metadata (IMDSv2), over an injected fetch.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, InfisicalAuthError, InfisicalValidationError } from "@infisical-edge/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  awsCredentialChain,
  awsIamAuth,
  containerCredentials,
  gcpIamAuth,
  instanceRegion,
  kubernetesAuth,
} from "../src/node/index";
import { readSecret } from "./runtime/cases";
import { aws, createWorld, emulatorFor, ids, PROJECT, type World } from "./world";

let world: World;
let dir: string;
beforeAll(async () => {
  world = await createWorld();
  dir = mkdtempSync(join(tmpdir(), "auth-node-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(auth: ReturnType<typeof kubernetesAuth>, wrap?: typeof fetch) {
  const emulator = emulatorFor(world);
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: wrap ?? emulator.fetch,
    auth,
  });
  return { emulator, client };
}

describe("kubernetesAuth (Node)", () => {
  it("reads the token file at each login (projected tokens rotate)", async () => {
    const file = join(dir, "token");
    writeFileSync(file, `${await world.tokens.kubernetes()}\n`);
    const { emulator, client } = setup(
      kubernetesAuth({ identityId: ids.kubernetes, serviceAccountTokenPath: file }),
    );
    expect(await readSecret(client, PROJECT)).toBe("v");
    writeFileSync(file, await world.tokens.kubernetes({ sub: "system:serviceaccount:other:api" }));
    await client.session.revoke();
    const error = await readSecret(client, PROJECT).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.serverMessage).toBe("Access denied: K8s namespace not allowed.");
    expect(emulator.count({ path: "/api/v1/auth/kubernetes-auth/login" })).toBe(2);
  });

  it("a missing file is a validation error before any request", async () => {
    const { emulator, client } = setup(
      kubernetesAuth({ identityId: ids.kubernetes, serviceAccountTokenPath: join(dir, "missing") }),
    );
    const error = await client.session.token().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.field).toBe("serviceAccountTokenPath");
    expect(error.reason).toContain("ENOENT");
    expect(emulator.requests).toHaveLength(0);
  });

  it("defaults to the mounted service-account token path", async () => {
    const { client } = setup(kubernetesAuth({ identityId: ids.kubernetes }));
    const error = await client.session.token().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.field).toBe("serviceAccountTokenPath");
  });
});

describe("gcpIamAuth (Node)", () => {
  it("reads the key file, from the option or GOOGLE_APPLICATION_CREDENTIALS", async () => {
    const file = join(dir, "sa.json");
    writeFileSync(file, JSON.stringify(world.gcpServiceAccountKey));
    expect(
      await readSecret(
        setup(gcpIamAuth({ identityId: ids.gcpIam, serviceAccountKeyFile: file })).client,
        PROJECT,
      ),
    ).toBe("v");
    process.env.GOOGLE_APPLICATION_CREDENTIALS = file;
    try {
      expect(await readSecret(setup(gcpIamAuth({ identityId: ids.gcpIam })).client, PROJECT)).toBe(
        "v",
      );
    } finally {
      delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    }
    expect(() =>
      gcpIamAuth({ identityId: ids.gcpIam, serviceAccountKeyFile: join(dir, "none.json") }),
    ).toThrow(InfisicalValidationError);
  });
});

/** Plays the container endpoint and IMDS; records what was asked. */
function awsMetadata(options: { expiresInMs?: number; region?: string } = {}) {
  const calls: string[] = [];
  const credentials = () =>
    Response.json({
      AccessKeyId: aws.temporary.accessKeyId,
      SecretAccessKey: aws.temporary.secretAccessKey,
      Token: aws.temporary.sessionToken,
      Expiration: new Date(Date.now() + (options.expiresInMs ?? 3_600_000)).toISOString(),
    });
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    calls.push(`${init.method ?? "GET"} ${url.host}${url.pathname}`);
    if (url.host === "169.254.170.2" || url.host === "169.254.170.23") {
      if (url.host === "169.254.170.23" && headers.get("authorization") !== "pod-identity-token") {
        return new Response("denied", { status: 401 });
      }
      return credentials();
    }
    if (url.pathname === "/latest/api/token") {
      if (
        init.method !== "PUT" ||
        headers.get("x-aws-ec2-metadata-token-ttl-seconds") !== "21600"
      ) {
        return new Response("", { status: 405 });
      }
      return new Response("imds-session-token");
    }
    if (headers.get("x-aws-ec2-metadata-token") !== "imds-session-token")
      return new Response("", { status: 401 });
    if (url.pathname === "/latest/meta-data/iam/security-credentials/")
      return new Response("app-role\n");
    if (url.pathname === "/latest/meta-data/iam/security-credentials/app-role")
      return credentials();
    if (url.pathname === "/latest/dynamic/instance-identity/document") {
      return Response.json({ region: options.region ?? "eu-west-2", accountId: "111122223333" });
    }
    return new Response("", { status: 404 });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** An emulator fetch that also records the STS host each AWS login signed for. */
function recordingEmulator() {
  const emulator = emulatorFor(world);
  const stsHosts: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === "/api/v1/auth/aws-auth/login") {
      const body = await request.clone().json();
      stsHosts.push(JSON.parse(atob(body.iamRequestHeaders)).Host);
    }
    return emulator.fetch(request);
  }) as typeof globalThis.fetch;
  return { emulator, stsHosts, fetch };
}

describe("awsIamAuth (Node)", () => {
  it("uses the environment's keys and region first", async () => {
    const { stsHosts, fetch } = recordingEmulator();
    const metadata = awsMetadata();
    const env = {
      AWS_ACCESS_KEY_ID: aws.accessKeyId,
      AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      AWS_REGION: "ap-south-1",
    };
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch,
      auth: awsIamAuth({ identityId: ids.aws, chain: { env, fetch: metadata.fetch } }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(stsHosts).toEqual(["sts.ap-south-1.amazonaws.com"]);
    expect(metadata.calls).toEqual([]);
  });

  it("ECS: the relative URI at 169.254.170.2; credentials cached until near expiry", async () => {
    const { fetch } = recordingEmulator();
    const metadata = awsMetadata();
    const env = {
      AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/v2/credentials/task-1",
      AWS_REGION: "us-east-2",
    };
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch,
      auth: awsIamAuth({ identityId: ids.awsTemporary, chain: { env, fetch: metadata.fetch } }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    await client.session.revoke();
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(metadata.calls).toEqual(["GET 169.254.170.2/v2/credentials/task-1"]);
  });

  it("EKS Pod Identity: the full URI with the token file as Authorization", async () => {
    const tokenFile = join(dir, "eks-token");
    writeFileSync(tokenFile, "pod-identity-token\n");
    const metadata = awsMetadata({ expiresInMs: 60_000 }); // inside the refresh margin
    const source = containerCredentials({
      fetch: metadata.fetch,
      env: {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://169.254.170.23/v1/credentials",
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile,
      },
    });
    expect(await source()).toEqual(aws.temporary);
    const chain = awsCredentialChain({
      fetch: metadata.fetch,
      env: {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: "http://169.254.170.23/v1/credentials",
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile,
      },
    });
    await chain();
    await chain();
    // Credentials about to expire are fetched again rather than reused.
    expect(metadata.calls.filter((c) => c.includes("169.254.170.23"))).toHaveLength(3);
  });

  it("EC2: IMDSv2 credentials and the instance's region", async () => {
    const { stsHosts, fetch } = recordingEmulator();
    const metadata = awsMetadata({ region: "eu-west-2" });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch,
      auth: awsIamAuth({ identityId: ids.awsTemporary, chain: { env: {}, fetch: metadata.fetch } }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(stsHosts).toEqual(["sts.eu-west-2.amazonaws.com"]);
    expect(metadata.calls).toContain("PUT 169.254.169.254/latest/api/token");
    expect(metadata.calls).toContain(
      "GET 169.254.169.254/latest/meta-data/iam/security-credentials/app-role",
    );
    expect(await instanceRegion({ fetch: metadata.fetch })).toBe("eu-west-2");
  });

  it("off AWS, the metadata failure is reported and Infisical is not called", async () => {
    const { emulator, fetch } = recordingEmulator();
    const unreachable = (async () => {
      throw new TypeError("connect EHOSTUNREACH");
    }) as typeof globalThis.fetch;
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch,
      auth: awsIamAuth({ identityId: ids.aws, chain: { env: {}, fetch: unreachable } }),
    });
    const error = await client.session.token().catch((e) => e);
    expect(error.name).toBe("InfisicalMetadataError");
    expect(error.message).toBe(
      "EC2 instance metadata: PUT 169.254.169.254/latest/api/token unreachable (TypeError)",
    );
    expect(emulator.requests).toHaveLength(0);
  });
});
