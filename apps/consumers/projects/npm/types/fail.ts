// Must NOT compile: each line below is a type error only if the types are real (not `any`).
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";

const client = createClient({});
const secret = await getSecret(client, { projectId: "p", environment: "dev", secretName: "X" });
export const n: number = secret.secretValue; // TS2322
export const c: number = client; // TS2322
