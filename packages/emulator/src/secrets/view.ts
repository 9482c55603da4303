import type { Runtime } from "../runtime.js";
import type { FolderRecord } from "../state.js";
import { expandReferences } from "./references.js";
import { HIDDEN_VALUE, type SecretView } from "./serialize.js";

// What a reader sees of a value: masked when viewSecretValue=false, else expanded on request.

export interface ViewOptions {
  expand: boolean;
  viewValue: boolean;
}

export function viewValue(
  rt: Runtime,
  folder: FolderRecord,
  secret: { secretKey: string; secretValue: string },
  options: ViewOptions,
): SecretView {
  if (!options.viewValue) return { value: HIDDEN_VALUE, hidden: true };
  if (!options.expand) return { value: secret.secretValue, hidden: false };
  const value = expandReferences(rt, secret.secretValue, {
    projectId: folder.projectId,
    environment: folder.environment,
    secretPath: folder.path,
    secretKey: secret.secretKey,
  });
  return { value, hidden: false };
}
