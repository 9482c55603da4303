// Bun entry: `INFISICAL_E2E_URL=<emulator url> bun test bundle.test.js`.
import { test } from "bun:test";
import { cases, createContext } from "../suite";

declare const Bun: { env: Record<string, string | undefined> };

const ctx = createContext(Bun.env.INFISICAL_E2E_URL as string);
for (const c of cases) test(c.name, () => c.run(ctx), 30_000);
