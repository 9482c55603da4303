// The package stays tree-shakable: a Worker bundle that imports only universalAuth carries
// no SigV4, JWT/RSA signing or metadata code. Each bundle is built the way users build for
// workerd or browsers (esbuild, platform neutral) and its text is searched.

import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

async function bundle(names: string, from = "@infisical-edge/auth"): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${names} } from "${from}";\nexport default [${names}];`,
      resolveDir: packageDir,
      loader: "ts",
    },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** Strings only the signing and metadata code holds. */
const MARKERS = {
  sigv4: ["AWS4-HMAC-SHA256", "aws4_request", "X-Amz-Date"],
  rsa: ["RSASSA-PKCS1-v1_5", "PRIVATE KEY"],
  hmacSha1: ["HMAC-SHA1"],
  metadata: ["metadata.google.internal", "169.254.169.254", "Metadata-Flavor"],
};

describe("tree-shaking", () => {
  it("universalAuth alone carries no SigV4, JWT/RSA, HMAC-SHA1 or metadata code", async () => {
    const text = await bundle("universalAuth, renewToken, revokeToken, tokenInfo");
    for (const marker of Object.values(MARKERS).flat()) expect(text).not.toContain(marker);
    expect(text).not.toContain("aws4fetch");
  });

  // The controls prove the search finds the code when it is there.
  it("awsIamAuth brings SigV4", async () => {
    const text = await bundle("awsIamAuth");
    for (const marker of MARKERS.sigv4) expect(text).toContain(marker);
    for (const marker of MARKERS.rsa) expect(text).not.toContain(marker);
  });

  it("gcpIamAuth and ociAuth bring RSA signing, and not SigV4", async () => {
    const text = await bundle("gcpIamAuth, ociAuth");
    for (const marker of MARKERS.rsa) expect(text).toContain(marker);
    for (const marker of MARKERS.sigv4) expect(text).not.toContain(marker);
  });

  it("oidcAuth is only a login body: no signing code", async () => {
    const text = await bundle("oidcAuth");
    for (const marker of [...MARKERS.sigv4, ...MARKERS.rsa, ...MARKERS.metadata]) {
      expect(text).not.toContain(marker);
    }
  });

  it("the whole default entry builds for a neutral platform without Node built-ins", async () => {
    const text = await bundle("awsIamAuth, azureAuth, gcpIdTokenAuth, alibabaCloudAuth");
    expect(text).not.toMatch(/node:|require\(/);
    expect(text).toContain("HMAC-SHA1");
  });
});
