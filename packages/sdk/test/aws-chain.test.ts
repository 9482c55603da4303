// The object API's `auth.awsAuth.login` with boto3's chain on Node, as Python's `aws_auth`
// gets it: `credentials: awsCredentialChain()` from @infisical-edge/auth/node (here from a
// shared credentials file, with instance metadata off so nothing else is asked).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { awsCredentialChain } from "@infisical-edge/auth/node";
import { afterAll, describe, expect, it } from "vitest";
import { aws, ids, PROJECT as MACHINE_PROJECT } from "../../auth/test/world";
import { connected } from "./world";

const dir = mkdtempSync(join(tmpdir(), "sdk-aws-chain-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sdk.auth.awsAuth with the Node credential chain", () => {
  it("logs in with the profile's keys from the shared credentials file", async () => {
    const file = join(dir, "credentials");
    writeFileSync(
      file,
      `[ci]\naws_access_key_id = ${aws.accessKeyId}\naws_secret_access_key = ${aws.secretAccessKey}\n`,
    );
    const { sdk, emulator } = await connected();
    await sdk.auth.awsAuth.login({
      identityId: ids.aws,
      region: "eu-west-1",
      credentials: awsCredentialChain({
        env: {
          AWS_PROFILE: "ci",
          AWS_SHARED_CREDENTIALS_FILE: file,
          AWS_CONFIG_FILE: join(dir, "absent"),
          AWS_EC2_METADATA_DISABLED: "true",
        },
      }),
    });
    const { secrets } = await sdk.secrets.listSecrets({
      projectId: MACHINE_PROJECT,
      environmentSlug: "dev",
    });
    expect(secrets.map((s) => s.secretKey)).toEqual(["K"]);
    expect(emulator.count({ path: "/api/v1/auth/aws-auth/login" })).toBe(1);
  });
});
