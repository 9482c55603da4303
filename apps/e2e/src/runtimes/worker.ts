// Cloudflare Worker entry: runs the suite inside workerd and answers the results as JSON.
import { createContext, runAll } from "../suite";

export default {
  async fetch(_request: Request, env: { EMULATOR_URL: string }): Promise<Response> {
    return Response.json(await runAll(createContext(env.EMULATOR_URL)));
  },
};
