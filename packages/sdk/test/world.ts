// The tests' emulator world: this package's seed (./seed.ts) plus every machine-identity
// method of the auth package's test world (keys owned by the test).

import { createEmulator, type Emulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { createWorld, type World } from "../../auth/test/world";
import { InfisicalSDKClient, type InfisicalSDKClientOptions } from "../src/index";
import { credentials, ownSeed, SITE } from "./seed";

export * from "./seed";

let machines: Promise<World> | undefined;

/** The auth package's world of machine identities (key pairs generated once per file). */
export const machineWorld = (): Promise<World> => {
  machines ??= createWorld();
  return machines;
};

export async function seed(): Promise<EmulatorSeed> {
  const world = await machineWorld();
  return {
    projects: [...(ownSeed.projects ?? []), ...(world.seed.projects ?? [])],
    identities: [...(ownSeed.identities ?? []), ...(world.seed.identities ?? [])],
  };
}

/** A fresh emulator; a fixed clock and id seed make two of them answer identically. */
export async function emulator(clock?: () => number): Promise<Emulator> {
  return createEmulator({ seed: await seed(), ...(clock ? { clock } : {}) });
}

/** An SDK object on a fresh emulator, not logged in. */
export async function sdkOn(options: InfisicalSDKClientOptions = {}, em?: Emulator) {
  const e = em ?? (await emulator());
  const sdk = new InfisicalSDKClient({ host: SITE, fetch: e.fetch, ...options });
  return { emulator: e, sdk };
}

/** An SDK object logged in with universal auth, as the Python SDK's examples start. */
export async function connected(options: InfisicalSDKClientOptions = {}) {
  const { emulator: e, sdk } = await sdkOn(options);
  await sdk.auth.universalAuth.login(credentials);
  return { emulator: e, sdk };
}
