// Hostile inputs for the secrets reads (and delete): see src/secrets-property-suite.ts.
import { secretsPropertySuite } from "../src/secrets-property-suite";

secretsPropertySuite(["listSecrets", "loadSecrets", "getSecret", "deleteSecret"]);
