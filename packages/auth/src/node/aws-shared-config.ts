// The AWS shared files: `~/.aws/credentials` (sections named after the profile) and
// `~/.aws/config` (`[default]` and `[profile name]`), or the files AWS_SHARED_CREDENTIALS_FILE
// and AWS_CONFIG_FILE name. The format is the AWS dialect of INI (indented lines continue a
// nested setting), which generic INI parsers read differently, hence this small reader.

import { homedir } from "node:os";
import { join } from "node:path";
import { InfisicalValidationError } from "@infisical-edge/core";
import { readSmallFile } from "./small-file.js";

export type Env = Record<string, string | undefined>;
export type Profile = Record<string, string>;

export interface SharedFiles {
  /** Profiles of the credentials file, by name. */
  credentials: Record<string, Profile>;
  /** Profiles of the config file, by name (`[profile x]` read as `x`). */
  config: Record<string, Profile>;
}

/**
 * A record without a prototype: a section or key named `__proto__` or `constructor` is one of
 * its own, never a write to (or a read from) `Object.prototype`.
 */
const bare = <T>(): Record<string, T> => Object.create(null);

/** Parses AWS INI text into sections; `configFile` strips the `profile ` prefix. */
export function parseAwsIni(text: string, configFile: boolean): Record<string, Profile> {
  const sections = bare<Profile>();
  let current: Profile | undefined;
  let lastKey: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
    const header = /^\[\s*([^\]]+?)\s*\]/.exec(trimmed);
    if (header && !/^\s/.test(line)) {
      const name = header[1] ?? "";
      const match = configFile ? /^profile\s+(.+)$/.exec(name) : null;
      // In the config file only `default` may go without the `profile ` prefix.
      const profile = match ? match[1]?.trim() : !configFile || name === "default" ? name : null;
      if (profile) sections[profile] ??= bare<string>();
      current = profile ? sections[profile] : undefined;
      lastKey = undefined;
      continue;
    }
    if (!current) continue;
    if (/^\s/.test(line) && lastKey) continue; // a nested setting (e.g. `s3 =`): not credentials
    const eq = trimmed.indexOf("=");
    if (eq <= 0) continue;
    lastKey = trimmed.slice(0, eq).trim().toLowerCase();
    current[lastKey] = trimmed.slice(eq + 1).trim();
  }
  return sections;
}

function home(env: Env, injected: boolean): string | undefined {
  // An injected environment without HOME reads no default files (tests stay hermetic).
  return env.HOME || env.USERPROFILE || (injected ? undefined : homedir());
}

function expand(path: string, env: Env, injected: boolean): string | undefined {
  if (path === "~" || path.startsWith("~/")) {
    const dir = home(env, injected);
    return dir ? join(dir, path.slice(1)) : undefined;
  }
  return path;
}

async function readOptional(path: string | undefined, variable: string): Promise<string> {
  if (!path) return "";
  try {
    return await readSmallFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    if (code === "ENOENT") return "";
    throw new InfisicalValidationError([
      { field: variable, reason: `expected a readable AWS shared file (${code})` },
    ]);
  }
}

/** Reads both files; a missing file reads as empty, as in boto3. */
export async function loadSharedFiles(env: Env, injected: boolean): Promise<SharedFiles> {
  const credentialsPath = expand(
    env.AWS_SHARED_CREDENTIALS_FILE || "~/.aws/credentials",
    env,
    injected,
  );
  const configPath = expand(env.AWS_CONFIG_FILE || "~/.aws/config", env, injected);
  const [credentials, config] = await Promise.all([
    readOptional(credentialsPath, "AWS_SHARED_CREDENTIALS_FILE"),
    readOptional(configPath, "AWS_CONFIG_FILE"),
  ]);
  return { credentials: parseAwsIni(credentials, false), config: parseAwsIni(config, true) };
}

/** The profile's settings from both files, the credentials file winning, as boto3 merges them. */
export function mergedProfile(files: SharedFiles, name: string): Profile | undefined {
  const fromConfig = files.config[name];
  const fromCredentials = files.credentials[name];
  if (!fromConfig && !fromCredentials) return undefined;
  return { ...fromConfig, ...fromCredentials };
}
