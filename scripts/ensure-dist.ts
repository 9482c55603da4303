// Example apps built by their real tools (next build, wrangler) import the packages as users
// do, through `dist`. Tests call this first: it builds a package whose dist is missing or
// older than its sources (after `pnpm build` in CI it builds nothing), one builder at a time.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function stale(dir: string): boolean {
  const built = join(dir, "dist", "index.js");
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(dir, "src")), statSync(join(dir, "package.json")).mtimeMs);
  return sources > statSync(built).mtimeMs;
}

async function withLock<T>(run: () => T): Promise<T> {
  const lock = join(root, ".tmp", "ensure-dist.lock");
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`ensure-dist: ${lock} is held; remove it`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the named packages (in the order given: dependencies first) when stale. */
export async function ensureDist(packages: string[]): Promise<string[]> {
  return withLock(() => {
    const built: string[] = [];
    for (const name of packages) {
      const dir = join(root, "packages", name);
      if (!stale(dir)) continue;
      const run = (bin: string, args: string[]) =>
        execFileSync(process.execPath, [join(root, "node_modules", bin), ...args], {
          cwd: dir,
          stdio: "pipe",
        });
      run("vite/bin/vite.js", ["build", "--logLevel", "warn"]);
      run("typescript/bin/tsc", ["-p", "tsconfig.build.json"]);
      built.push(name);
    }
    return built;
  });
}
