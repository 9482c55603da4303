// Hostile inputs for the secrets writes: see src/secrets-property-suite.ts.
import { secretsPropertySuite } from "../src/secrets-property-suite";

secretsPropertySuite([
  "createSecret",
  "updateSecret",
  "createSecrets",
  "updateSecrets",
  "deleteSecrets",
]);
