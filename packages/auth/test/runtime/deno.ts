// Deno entry: `deno test --allow-net=<host> --allow-env=AWS_... bundle.js -- <url> <fixture json>`.
import { environmentCase, type LoginFixture, methodCases, runCase } from "./cases";

declare const Deno: {
  args: string[];
  test(name: string, fn: () => Promise<void>): void;
};

const [url, json] = Deno.args as [string, string];
const fixture = JSON.parse(json) as LoginFixture;
for (const c of [...methodCases(fixture), environmentCase(fixture)]) {
  Deno.test(c.name, () => runCase(url, c, fixture));
}
