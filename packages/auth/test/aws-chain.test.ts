// boto3's default chain in @infisical-edge/auth/node, against a stand-in STS / IMDS /
// container endpoint: a real HTTP server on loopback. Every fetch in this file goes through a
// guard that fails on any other destination, so no test can reach 169.254.169.254.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, InfisicalValidationError } from "@infisical-edge/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InfisicalMetadataError } from "../src/index";
import {
  awsCredentialChain,
  awsIamAuth,
  gcpIamAuth,
  parseAwsIni,
  stsEndpoint,
} from "../src/node/index";
import { readSecret } from "./runtime/cases";
import { aws, createWorld, emulatorFor, ids, PROJECT, type World } from "./world";

interface Seen {
  method: string;
  path: string;
  search: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const WEB_TOKEN = "eyJ.web-identity-token.sig";
let world: World;
let dir: string;
let server: Server;
let base: string;
let seen: Seen[] = [];
/** Destinations the guard refused (anything but the stand-in and the emulator). */
let refused: string[] = [];
let stsAnswer: { status: number; expiresInMs: number } = { status: 200, expiresInMs: 3_600_000 };
const realFetch = globalThis.fetch;

function credentialsXml(expiresInMs: number): string {
  const expiration = new Date(Date.now() + expiresInMs).toISOString();
  return `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>system:serviceaccount:app:web</SubjectFromWebIdentityToken>
    <AssumedRoleUser><Arn>${aws.arn}</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>
    <Credentials>
      <SessionToken>${aws.temporary.sessionToken}</SessionToken>
      <SecretAccessKey>${aws.temporary.secretAccessKey}</SecretAccessKey>
      <Expiration>${expiration}</Expiration>
      <AccessKeyId>${aws.temporary.accessKeyId}</AccessKeyId>
    </Credentials>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
}

const metadataJson = () =>
  JSON.stringify({
    AccessKeyId: aws.temporary.accessKeyId,
    SecretAccessKey: aws.temporary.secretAccessKey,
    Token: aws.temporary.sessionToken,
    Expiration: new Date(Date.now() + 3_600_000).toISOString(),
  });

/** A fetch that only reaches the stand-in; anything else is recorded and refused. */
const guard = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.origin !== base) {
    refused.push(url.host);
    throw new TypeError(`test guard: unexpected destination ${url.host}`);
  }
  return realFetch(input, init);
}) as typeof globalThis.fetch;

beforeAll(async () => {
  world = await createWorld();
  dir = mkdtempSync(join(tmpdir(), "aws-chain-"));
  writeFileSync(join(dir, "web-token"), `${WEB_TOKEN}\n`);
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      seen.push({
        method: req.method ?? "",
        path: url.pathname,
        search: url.search,
        headers: req.headers,
        body,
      });
      const send = (status: number, text: string) => res.writeHead(status).end(text);
      if (req.method === "POST" && url.pathname === "/") {
        if (stsAnswer.status !== 200) {
          return send(
            stsAnswer.status,
            `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken</Code><Message>bad ${WEB_TOKEN}</Message></Error></ErrorResponse>`,
          );
        }
        return send(200, credentialsXml(stsAnswer.expiresInMs));
      }
      if (req.method === "PUT" && url.pathname === "/latest/api/token") return send(200, "imds-t");
      if (url.pathname === "/latest/meta-data/iam/security-credentials/")
        return send(200, "app-role\n");
      if (url.pathname === "/latest/meta-data/iam/security-credentials/app-role")
        return send(200, metadataJson());
      if (url.pathname === "/container/creds") return send(200, metadataJson());
      // An endpoint gone wrong: a body without end.
      if (url.pathname === "/endless") {
        res.writeHead(200);
        const chunk = "x".repeat(64 * 1024);
        const more = () => {
          while (res.write(chunk)) if (res.destroyed) return;
          if (!res.destroyed) res.once("drain", more);
        };
        res.on("close", () => res.removeAllListeners("drain"));
        return more();
      }
      send(404, "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Code paths that do not take the injected fetch are caught too.
  globalThis.fetch = guard;
});

afterEach(() => {
  seen = [];
  stsAnswer = { status: 200, expiresInMs: 3_600_000 };
  // No test may have tried a destination other than the stand-in.
  expect(refused).toEqual([]);
  refused = [];
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** An environment that can only reach the stand-in, whatever the chain falls through to. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_EC2_METADATA_SERVICE_ENDPOINT: base,
    AWS_SHARED_CREDENTIALS_FILE: join(dir, "absent-credentials"),
    AWS_CONFIG_FILE: join(dir, "absent-config"),
    ...extra,
  };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const webIdentityEnv = () =>
  env({
    AWS_WEB_IDENTITY_TOKEN_FILE: join(dir, "web-token"),
    AWS_ROLE_ARN: "arn:aws:iam::111122223333:role/app-role",
    AWS_ROLE_SESSION_NAME: "app-session",
    AWS_ENDPOINT_URL_STS: base,
  });

describe("environment variables", () => {
  it("come first, before web identity and the shared files", async () => {
    const credentials = file(
      "env-first",
      "[default]\naws_access_key_id=AKIAFILE\naws_secret_access_key=f\n",
    );
    const chain = awsCredentialChain({
      fetch: guard,
      env: {
        ...webIdentityEnv(),
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        AWS_ACCESS_KEY_ID: aws.accessKeyId,
        AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      },
    });
    expect(await chain()).toEqual({
      accessKeyId: aws.accessKeyId,
      secretAccessKey: aws.secretAccessKey,
    });
    expect(seen).toEqual([]);
  });

  it("a key id without its secret names the missing variable", async () => {
    const chain = awsCredentialChain({ fetch: guard, env: env({ AWS_ACCESS_KEY_ID: "AKIAX" }) });
    const error = await chain().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.issues[0].field).toBe("AWS_SECRET_ACCESS_KEY");
  });
});

describe("web identity (AssumeRoleWithWebIdentity)", () => {
  it("posts the token unsigned in the body, parses the XML, caches until near expiry", async () => {
    const chain = awsCredentialChain({ fetch: guard, env: webIdentityEnv() });
    expect(await chain()).toEqual(aws.temporary);
    expect(await chain()).toEqual(aws.temporary);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("POST");
    expect(request?.search).toBe("");
    expect(request?.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      Action: "AssumeRoleWithWebIdentity",
      Version: "2011-06-15",
      RoleArn: "arn:aws:iam::111122223333:role/app-role",
      RoleSessionName: "app-session",
      WebIdentityToken: WEB_TOKEN,
    });
  });

  it("a token file that is a FIFO, a device or over 1 MiB is refused at once, unread", async () => {
    const fifo = join(dir, "token-fifo");
    execFileSync("mkfifo", [fifo]);
    const big = join(dir, "token-big");
    writeFileSync(big, "x".repeat(2 * 1024 * 1024));
    const cases: [string, string][] = [
      [fifo, "not a regular file"],
      ["/dev/zero", "not a regular file"],
      [big, "larger than 1 MiB"],
    ];
    for (const [file, reason] of cases) {
      const chain = awsCredentialChain({
        fetch: guard,
        env: { ...webIdentityEnv(), AWS_WEB_IDENTITY_TOKEN_FILE: file },
      });
      await expect(chain(), file).rejects.toMatchObject({
        field: "AWS_WEB_IDENTITY_TOKEN_FILE",
        reason: `expected a readable token file (${reason})`,
      });
    }
    expect(() => gcpIamAuth({ identityId: "id", serviceAccountKeyFile: fifo })).toThrow(
      /not a regular file/,
    );
    expect(seen).toEqual([]);
  });

  it("credentials inside the refresh margin are fetched again", async () => {
    stsAnswer = { status: 200, expiresInMs: 60_000 };
    const chain = awsCredentialChain({ fetch: guard, env: webIdentityEnv() });
    await chain();
    await chain();
    expect(seen).toHaveLength(2);
  });

  it("logs into Infisical with the role's credentials", async () => {
    const emulator = emulatorFor(world);
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: awsIamAuth({
        identityId: ids.awsTemporary,
        chain: { fetch: guard, env: { ...webIdentityEnv(), AWS_REGION: "eu-west-1" } },
      }),
    });
    expect(await readSecret(client, PROJECT)).toBe("v");
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(["POST /"]);
  });

  it("comes before the shared files; AWS_ENDPOINT_URL serves when no STS endpoint is set", async () => {
    const credentials = file(
      "wi-first",
      "[default]\naws_access_key_id=AKIAFILE\naws_secret_access_key=f\n",
    );
    const { AWS_ENDPOINT_URL_STS: _, ...rest } = webIdentityEnv();
    const chain = awsCredentialChain({
      fetch: guard,
      env: { ...rest, AWS_ENDPOINT_URL: base, AWS_SHARED_CREDENTIALS_FILE: credentials },
    });
    expect(await chain()).toEqual(aws.temporary);
    expect(seen).toHaveLength(1);
  });

  it("reads web_identity_token_file and role_arn from the profile", async () => {
    const config = file(
      "wi-config",
      `[profile irsa]\nweb_identity_token_file = ${join(dir, "web-token")}\nrole_arn = arn:aws:iam::111122223333:role/p\n`,
    );
    const chain = awsCredentialChain({
      fetch: guard,
      env: env({ AWS_CONFIG_FILE: config, AWS_PROFILE: "irsa", AWS_ENDPOINT_URL_STS: base }),
    });
    expect(await chain()).toEqual(aws.temporary);
    const params = new URLSearchParams(seen[0]?.body);
    expect(params.get("RoleArn")).toBe("arn:aws:iam::111122223333:role/p");
    expect(params.get("RoleSessionName")).toMatch(/^infisical-edge-\d+$/);
  });

  it("an STS refusal names the error code, never the token or the message", async () => {
    stsAnswer = { status: 400, expiresInMs: 0 };
    const chain = awsCredentialChain({ fetch: guard, env: webIdentityEnv() });
    const error = await chain().catch((e) => e);
    expect(error.name).toBe("InfisicalMetadataError");
    expect(error.message).toBe(
      `AWS STS AssumeRoleWithWebIdentity: POST ${new URL(base).host}/ failed: 400 (InvalidIdentityToken)`,
    );
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(WEB_TOKEN);
  });

  it("a token file without a role ARN is refused before any request", async () => {
    const { AWS_ROLE_ARN: _, ...rest } = webIdentityEnv();
    const error = await awsCredentialChain({ fetch: guard, env: rest })().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.issues[0].field).toBe("AWS_ROLE_ARN");
    expect(seen).toEqual([]);
  });

  it("the STS endpoint follows the region and AWS_STS_REGIONAL_ENDPOINTS", () => {
    expect(stsEndpoint({}, undefined)).toBe("https://sts.amazonaws.com");
    expect(stsEndpoint({ AWS_REGION: "eu-west-1" }, undefined)).toBe(
      "https://sts.eu-west-1.amazonaws.com",
    );
    expect(stsEndpoint({ AWS_DEFAULT_REGION: "us-east-1" }, undefined)).toBe(
      "https://sts.us-east-1.amazonaws.com",
    );
    expect(stsEndpoint({}, { region: "ap-south-1" })).toBe("https://sts.ap-south-1.amazonaws.com");
    expect(stsEndpoint({ AWS_REGION: "cn-north-1" }, undefined)).toBe(
      "https://sts.cn-north-1.amazonaws.com.cn",
    );
    const legacy = { AWS_STS_REGIONAL_ENDPOINTS: "legacy" };
    expect(stsEndpoint({ ...legacy, AWS_REGION: "us-east-1" }, undefined)).toBe(
      "https://sts.amazonaws.com",
    );
    expect(stsEndpoint({ ...legacy, AWS_REGION: "af-south-1" }, undefined)).toBe(
      "https://sts.af-south-1.amazonaws.com",
    );
    expect(stsEndpoint({ AWS_REGION: "eu-west-1" }, { sts_regional_endpoints: "legacy" })).toBe(
      "https://sts.amazonaws.com",
    );
    expect(
      stsEndpoint({ AWS_ENDPOINT_URL_STS: "http://127.0.0.1:9/", AWS_REGION: "x" }, undefined),
    ).toBe("http://127.0.0.1:9");
    expect(() =>
      stsEndpoint({ AWS_STS_REGIONAL_ENDPOINTS: "global", AWS_REGION: "eu-west-1" }, undefined),
    ).toThrow(InfisicalValidationError);
    expect(() => stsEndpoint({ AWS_ENDPOINT_URL_STS: "not a url" }, undefined)).toThrow(
      /AWS_ENDPOINT_URL_STS/,
    );
  });
});

describe("shared files", () => {
  it("parses the AWS INI dialect: profile sections, comments, nested settings", () => {
    const text =
      "# comment\n[default]\nregion = eu-west-1\n[profile dev]\n; note\naws_access_key_id = AKIADEV\ns3 =\n  max_concurrent_requests = 2\naws_secret_access_key = s=1\n[sso-session x]\nsso_region = us-east-1\n";
    expect(parseAwsIni(text, true)).toEqual({
      default: { region: "eu-west-1" },
      dev: { aws_access_key_id: "AKIADEV", s3: "", aws_secret_access_key: "s=1" },
    });
    expect(parseAwsIni("[dev]\naws_access_key_id=A\n", false)).toEqual({
      dev: { aws_access_key_id: "A" },
    });
  });

  it("a [__proto__] or [constructor] section is a profile of its own, never Object.prototype's", () => {
    const text =
      "[__proto__]\ncredential_process = echo pwned\n[constructor]\nrole_arn = x\n[dev]\n__proto__ = y\n";
    const sections = parseAwsIni(text, false);
    expect(({} as Record<string, unknown>).credential_process).toBeUndefined();
    expect(({} as Record<string, unknown>).role_arn).toBeUndefined();
    expect(Object.keys(sections)).toEqual(["__proto__", "constructor", "dev"]);
    const protoName = "__proto__";
    expect(sections[protoName]?.credential_process).toBe("echo pwned");
    expect(Object.keys(sections.dev ?? {})).toEqual(["__proto__"]);
    // A profile that is not in the file is absent, whatever its name.
    expect(parseAwsIni("[dev]\nregion = x\n", false).toString).toBeUndefined();
  });

  it("reads ~/.aws/credentials of AWS_PROFILE, with a session token", async () => {
    const home = join(dir, "home");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(home, ".aws"), { recursive: true });
    writeFileSync(
      join(home, ".aws", "credentials"),
      `[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = d\n\n[dev]\naws_access_key_id = ${aws.temporary.accessKeyId}\naws_secret_access_key = ${aws.temporary.secretAccessKey}\naws_session_token = ${aws.temporary.sessionToken}\n`,
    );
    const chain = awsCredentialChain({
      fetch: guard,
      env: { HOME: home, AWS_PROFILE: "dev", AWS_EC2_METADATA_SERVICE_ENDPOINT: base },
    });
    expect(await chain()).toEqual(aws.temporary);
    const byDefault = awsCredentialChain({ fetch: guard, env: { HOME: home } });
    expect(await byDefault()).toEqual({ accessKeyId: "AKIADEFAULT", secretAccessKey: "d" });
    expect(seen).toEqual([]);
  });

  it("the credentials file wins over credential_process, which wins over config keys", async () => {
    const script = file(
      "process.cjs",
      `process.stdout.write(JSON.stringify({ Version: 1, AccessKeyId: "${aws.temporary.accessKeyId}", SecretAccessKey: "${aws.temporary.secretAccessKey}", SessionToken: "${aws.temporary.sessionToken}", Expiration: new Date(Date.now() + 3600000).toISOString() }));\nrequire("node:fs").appendFileSync(__filename + ".runs", "x");`,
    );
    const config = file(
      "order-config",
      `[profile app]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = c\ncredential_process = "${process.execPath}" "${script}"\n[profile keys]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = c\n`,
    );
    const credentials = file(
      "order-credentials",
      "[file-wins]\naws_access_key_id = AKIACREDS\naws_secret_access_key = k\n",
    );
    const both = { AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
    const fromProcess = awsCredentialChain({
      fetch: guard,
      env: env({ ...both, AWS_PROFILE: "app" }),
    });
    expect(await fromProcess()).toEqual(aws.temporary);
    expect(await fromProcess()).toEqual(aws.temporary);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(`${script}.runs`, "utf8")).toBe("x"); // cached until near expiry
    const fromConfig = awsCredentialChain({
      fetch: guard,
      env: env({ ...both, AWS_PROFILE: "keys" }),
    });
    expect(await fromConfig()).toEqual({ accessKeyId: "AKIACONFIG", secretAccessKey: "c" });
    writeFileSync(
      config,
      "[profile file-wins]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = c\n",
    );
    const fromCredentials = awsCredentialChain({
      fetch: guard,
      env: env({ ...both, AWS_PROFILE: "file-wins" }),
    });
    expect(await fromCredentials()).toEqual({ accessKeyId: "AKIACREDS", secretAccessKey: "k" });
    expect(seen).toEqual([]);
  });

  it("credential_process output other than Version 1, or a failing command, is refused", async () => {
    const v2 = file(
      "v2.cjs",
      'process.stdout.write(JSON.stringify({ Version: 2, AccessKeyId: "A", SecretAccessKey: "S" }))',
    );
    const fails = file("fails.cjs", 'process.stderr.write("secret-ish stderr"); process.exit(3)');
    const config = file(
      "process-bad",
      `[profile v2]\ncredential_process = "${process.execPath}" "${v2}"\n[profile fails]\ncredential_process = "${process.execPath}" "${fails}"\n`,
    );
    const wrong = await awsCredentialChain({
      env: env({ AWS_CONFIG_FILE: config, AWS_PROFILE: "v2" }),
    })().catch((e) => e);
    expect(wrong).toBeInstanceOf(InfisicalValidationError);
    expect(wrong.message).toContain("Version 1");
    const failed = await awsCredentialChain({
      env: env({ AWS_CONFIG_FILE: config, AWS_PROFILE: "fails" }),
    })().catch((e) => e);
    expect(failed.message).toBe("AWS credential_process: the command exited with code 3");
  });

  it("an explicit profile skips environment keys, as boto3's profile_name does", async () => {
    const credentials = file(
      "explicit",
      "[ci]\naws_access_key_id = AKIACI\naws_secret_access_key = ci\n",
    );
    const chain = awsCredentialChain({
      fetch: guard,
      profile: "ci",
      env: env({
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        AWS_ACCESS_KEY_ID: "AKIAENV",
        AWS_SECRET_ACCESS_KEY: "e",
      }),
    });
    expect(await chain()).toEqual({ accessKeyId: "AKIACI", secretAccessKey: "ci" });
  });

  it("an empty profile option is refused at creation", () => {
    expect(() => awsCredentialChain({ profile: "" })).toThrow(/profile: expected a profile name/);
  });

  it("refuses clearly what it does not support, and unknown profiles", async () => {
    const config = file(
      "unsupported",
      "[profile assume]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\n[profile sso]\nsso_session = corp\nsso_account_id = 1\n",
    );
    const run = (profile: string) =>
      awsCredentialChain({
        fetch: guard,
        env: env({ AWS_CONFIG_FILE: config, AWS_PROFILE: profile }),
      })().catch((e) => e);
    const assume = await run("assume");
    expect(assume).toBeInstanceOf(InfisicalValidationError);
    expect(assume.issues[0].field).toBe("profile assume: role_arn");
    expect(assume.message).toContain("source_profile or credential_source is not supported");
    const sso = await run("sso");
    expect(sso.issues[0].field).toBe("profile sso: sso_session");
    const missing = await run("nope");
    expect(missing.issues[0]).toEqual({
      field: "AWS_PROFILE",
      reason: 'no AWS profile named "nope"',
    });
    expect(seen).toEqual([]);
  });
});

describe("container endpoint and EC2 metadata", () => {
  it("the container endpoint comes after the shared files", async () => {
    const chain = awsCredentialChain({
      fetch: guard,
      env: env({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${base}/container/creds` }),
    });
    expect(await chain()).toEqual(aws.temporary);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(["GET /container/creds"]);
  });

  it("the container endpoint's token goes over http only to loopback or the AWS link-local hosts", async () => {
    const refusedUrls: [string, string][] = [
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://203.0.113.9/creds"],
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://user:SECRET@[bad/creds"],
      ["AWS_CONTAINER_CREDENTIALS_FULL_URI", "file:///etc/passwd"],
      ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "@203.0.113.9/creds"],
    ];
    for (const [variable, value] of refusedUrls) {
      const chain = awsCredentialChain({
        fetch: guard,
        env: env({
          [variable as string]: value,
          AWS_CONTAINER_AUTHORIZATION_TOKEN: "pod-token-SECRET",
        }),
      });
      const error = await chain().catch((e: unknown) => e);
      expect(error, value).toBeInstanceOf(InfisicalValidationError);
      expect(error).toMatchObject({ field: variable });
      expect(JSON.stringify(error) + String(error)).not.toContain("SECRET");
    }
    expect(seen).toEqual([]);
    expect(refused).toEqual([]);
  });

  it("an answer past 1 MiB, a bad URL or a bad timeout ends the read with a typed error", async () => {
    const endless = awsCredentialChain({
      fetch: guard,
      env: env({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${base}/endless` }),
      container: { timeout: 10_000 },
    });
    const big = await endless().catch((e: unknown) => e);
    expect(big).toBeInstanceOf(InfisicalMetadataError);
    expect(String(big)).toContain("answered more than 1048576 bytes");
    for (const timeout of [-1, Number.NaN, "5" as never, Number.POSITIVE_INFINITY]) {
      const chain = awsCredentialChain({
        fetch: guard,
        env: env({ AWS_CONTAINER_CREDENTIALS_FULL_URI: `${base}/container/creds` }),
        container: { timeout },
      });
      await expect(chain()).rejects.toMatchObject({ field: "container.timeout" });
    }
    const badImds = awsCredentialChain({
      fetch: guard,
      env: env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: "http://user:SECRET@[bad" }),
    });
    const error = await badImds().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalMetadataError);
    expect(JSON.stringify(error) + String(error)).not.toContain("SECRET");
  });

  it("IMDSv2 last, at AWS_EC2_METADATA_SERVICE_ENDPOINT", async () => {
    const chain = awsCredentialChain({ fetch: guard, env: env() });
    expect(await chain()).toEqual(aws.temporary);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      "PUT /latest/api/token",
      "GET /latest/meta-data/iam/security-credentials/",
      "GET /latest/meta-data/iam/security-credentials/app-role",
    ]);
  });

  it("AWS_EC2_METADATA_DISABLED=true: no metadata request, a clear error", async () => {
    // No endpoint override: were IMDS asked, the guard would see 169.254.169.254.
    const chain = awsCredentialChain({
      env: {
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_SHARED_CREDENTIALS_FILE: join(dir, "absent"),
        AWS_CONFIG_FILE: join(dir, "absent"),
      },
    });
    const error = await chain().catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.issues[0].field).toBe("credentials");
    expect(error.message).toContain("AWS_EC2_METADATA_DISABLED");
    expect(seen).toEqual([]);
  });

  it("the region comes from the profile, and never from IMDS when it is disabled", async () => {
    const emulator = emulatorFor(world);
    const stsHosts: string[] = [];
    const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname === "/api/v1/auth/aws-auth/login") {
        const body = await request.clone().json();
        stsHosts.push(JSON.parse(atob(body.iamRequestHeaders)).Host);
      }
      return emulator.fetch(request);
    }) as typeof globalThis.fetch;
    const credentials = file(
      "region-credentials",
      `[default]\naws_access_key_id = ${aws.accessKeyId}\naws_secret_access_key = ${aws.secretAccessKey}\n`,
    );
    const login = async (config: string) => {
      const client = createClient({
        siteUrl: "http://emulator.localhost",
        fetch: recording,
        auth: awsIamAuth({
          identityId: ids.aws,
          chain: {
            env: {
              AWS_EC2_METADATA_DISABLED: "true",
              AWS_SHARED_CREDENTIALS_FILE: credentials,
              AWS_CONFIG_FILE: file("region-config", config),
            },
          },
        }),
      });
      return readSecret(client, PROJECT);
    };
    expect(await login("[default]\nregion = ap-southeast-2\n")).toBe("v");
    expect(await login("")).toBe("v");
    expect(stsHosts).toEqual(["sts.ap-southeast-2.amazonaws.com", "sts.us-east-1.amazonaws.com"]);
  });
});
