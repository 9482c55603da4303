import { normalizePath } from "../folders/paths.js";
import { findFolder } from "../folders/store.js";
import type { Runtime } from "../runtime.js";
import { findSecret } from "./store.js";

// `${...}` expansion as the server does it: `${KEY}` (same folder), `${env.KEY}` (env root),
// `${env.a.b.KEY}` (folder /a/b of env). Recursive to depth 10; a cycle or a missing target
// expands to "".

const REFERENCE = /\$\{([\w.-]+)\}/g;
const MAX_DEPTH = 10;

export interface ReferenceOrigin {
  projectId: string;
  environment: string;
  secretPath: string;
  secretKey: string;
}

interface Target {
  environment: string;
  secretPath: string;
  secretKey: string;
}

function parseReference(reference: string, origin: Target): Target {
  const parts = reference.split(".");
  if (parts.length === 1) return { ...origin, secretKey: reference };
  return {
    environment: parts[0] ?? "",
    secretPath: normalizePath(parts.slice(1, -1).join("/")),
    secretKey: parts[parts.length - 1] ?? "",
  };
}

const targetId = (target: Target) =>
  `${target.environment}\u0000${target.secretPath}\u0000${target.secretKey}`;

export function expandReferences(rt: Runtime, value: string, origin: ReferenceOrigin): string {
  const walk = (text: string, from: Target, depth: number, chain: ReadonlySet<string>): string =>
    text.replace(REFERENCE, (_match, reference: string) => {
      const target = parseReference(reference, from);
      const id = targetId(target);
      if (depth >= MAX_DEPTH || chain.has(id)) return "";
      const folder = findFolder(rt, origin.projectId, target.environment, target.secretPath);
      const secret = folder && findSecret(rt, folder.id, target.secretKey);
      if (!secret) return "";
      return walk(secret.secretValue, target, depth + 1, new Set([...chain, id]));
    });
  return walk(value, origin, 0, new Set([targetId(origin)]));
}
