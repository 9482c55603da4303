// Large responses: listSecrets of 10,000 secrets, one fresh process per contender (see
// large-response-child.ts): parse + validation time and peak memory, ratios to raw fetch.

import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { bundleToFile, tmpDir } from "./build";
import type { Target } from "./contenders/types";
import type { LargeResult } from "./large-response-child";
import type { Row } from "./report";
import { LARGE_COUNT, LARGE_ENV } from "./seed";
import { ratio } from "./stats";

const contenders = [
  { subject: "raw fetch", module: "raw-fetch", name: "rawFetch" },
  { subject: "this SDK", module: "ours", name: "ours" },
  { subject: "official SDK", module: "official", name: "official" },
];

/** Records the real emulator's login and list answers (v3 and v4) for the stub to replay. */
async function recordBodies(target: Target): Promise<string> {
  const dir = `${tmpDir}large`;
  mkdirSync(dir, { recursive: true });
  const login = await fetch(`${target.siteUrl}/api/v1/auth/universal-auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ clientId: target.clientId, clientSecret: target.clientSecret }),
  });
  const loginText = await login.text();
  const headers = { authorization: `Bearer ${JSON.parse(loginText).accessToken}` };
  const common = { environment: LARGE_ENV, secretPath: "/", expandSecretReferences: "true" };
  const v4 = new URLSearchParams({ ...common, projectId: target.projectId });
  const v3 = new URLSearchParams({ ...common, workspaceId: target.projectId });
  const get = async (url: string) => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`list failed: ${response.status}`);
    return response.text();
  };
  writeFileSync(`${dir}/login.json`, loginText);
  writeFileSync(`${dir}/list-v4.json`, await get(`${target.siteUrl}/api/v4/secrets?${v4}`));
  writeFileSync(`${dir}/list-v3.json`, await get(`${target.siteUrl}/api/v3/secrets/raw?${v3}`));
  return dir;
}

export async function measureLargeResponses(target: Target): Promise<Row[]> {
  const dir = await recordBodies(target);
  const results: LargeResult[] = [];
  for (const c of contenders) {
    const file = await bundleToFile(`large-${c.module}`, {
      code: `import { run } from "./large-response-child";\nimport { ${c.name} } from "./contenders/${c.module}";\nawait run(${c.name});\n`,
      target: "node",
    });
    const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", file], {
      env: { PATH: process.env.PATH ?? "", LARGE_BODIES_DIR: dir, PROJECT_ID: target.projectId },
    });
    const result = JSON.parse(stdout) as LargeResult;
    if (result.count !== LARGE_COUNT)
      throw new Error(`${c.subject} listed ${result.count} secrets`);
    results.push(result);
  }
  const base = results[0]!;
  const rows: Row[] = [];
  const metrics = [
    ["first call (parse + validation)", "ms", (r: LargeResult) => r.firstMs],
    ["warm call, median of 5", "ms", (r: LargeResult) => r.medianMs],
    ["peak RSS growth during the first call", "MB", (r: LargeResult) => r.peakRssDelta / 2 ** 20],
    ["heap held by the result", "MB", (r: LargeResult) => r.heapHeld / 2 ** 20],
  ] as const;
  for (const [what, unit, pick] of metrics) {
    contenders.forEach((c, i) => {
      const value = pick(results[i]!);
      rows.push({
        measure: `large response: listSecrets of ${LARGE_COUNT.toLocaleString("en-US")}, ${what}`,
        subject: c.subject,
        value,
        unit,
        ...(i === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, pick(base)) }),
      });
    });
  }
  return rows;
}
