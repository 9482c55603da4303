// Turns a test world into the plain-string fixture the runtime cases take.

import type { LoginFixture } from "./runtime/cases";
import { alibaba, aws, ids, ldap, oci, PROJECT, type World } from "./world";

export async function loginFixture(world: World): Promise<LoginFixture> {
  return {
    ids: { ...ids },
    project: PROJECT,
    aws: {
      accessKeyId: aws.accessKeyId,
      secretAccessKey: aws.secretAccessKey,
      temporary: aws.temporary,
    },
    ldap,
    alibaba,
    oci: { ...oci, privateKeyPem: world.ociPrivateKeyPem },
    gcpServiceAccountKey: JSON.stringify(world.gcpServiceAccountKey),
    tokens: {
      oidc: await world.tokens.oidc(),
      jwt: await world.tokens.jwt(),
      kubernetes: await world.tokens.kubernetes(),
      gcpIdToken: await world.tokens.gcpIdToken(),
      azure: await world.tokens.azure(),
      spiffe: await world.tokens.spiffe(),
    },
  };
}
