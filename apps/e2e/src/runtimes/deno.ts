// Deno entry: `deno test --allow-net=<emulator host> bundle.js -- <emulator url>`.
// The URL comes as an argument so that no --allow-env is needed.
import { cases, createContext } from "../suite";

declare const Deno: {
  args: string[];
  test(name: string, fn: () => Promise<void>): void;
};

const ctx = createContext(Deno.args[0] as string);
for (const c of cases) Deno.test(c.name, () => c.run(ctx));
