import { afterAll, beforeAll, describe, it } from "vitest";
import { cases, createContext, type SuiteContext } from "../src/suite";
import { startEmulator } from "./harness";

describe("end-to-end in Node", () => {
  let server: Awaited<ReturnType<typeof startEmulator>>;
  let ctx: SuiteContext;
  beforeAll(async () => {
    server = await startEmulator();
    ctx = createContext(server.url);
  });
  afterAll(() => server.close());
  for (const c of cases) it(c.name, () => c.run(ctx));
});
