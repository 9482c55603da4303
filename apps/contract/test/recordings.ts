import { readdirSync, readFileSync } from "node:fs";

export interface Recording {
  file: string;
  request: {
    method: string;
    path: string;
    query: Record<string, unknown> | null;
    headers: Record<string, string>;
    body: unknown;
  };
  status: number;
  headers: Record<string, string>;
  body: any;
}

const dir = new URL("../../../fixtures/infisical-real/", import.meta.url);

export const recordings: Recording[] = readdirSync(dir)
  .filter((file) => file.endsWith(".json") && file !== "_meta.json")
  .sort()
  .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, dir), "utf8")) }));
