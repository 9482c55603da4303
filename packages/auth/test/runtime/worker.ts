// Cloudflare Worker entry: runs every login case inside workerd and answers the results.
import { type LoginFixture, runAll } from "./cases";

export default {
  async fetch(
    _request: Request,
    env: { EMULATOR_URL: string; FIXTURE: string },
  ): Promise<Response> {
    const fixture = JSON.parse(env.FIXTURE) as LoginFixture;
    return Response.json(await runAll(env.EMULATOR_URL, fixture));
  },
};
