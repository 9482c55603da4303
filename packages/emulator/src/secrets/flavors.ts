import type { Checker } from "../http/validate.js";
import type { ProjectRef } from "../projects/lookup.js";

// v3 (`/api/v3/secrets/raw`, what the official SDKs call) and v4 (`/api/v4/secrets`) behave
// the same but select the project differently and have different defaults (contract §9).

export interface Flavor {
  name: "v3" | "v4";
  expandDefault: boolean;
  importsDefault: boolean;
  /** Query flag that includes imports: camelCase on v4, snake_case on v3. */
  importsParam: string;
  queryProject(query: Checker): ProjectRef;
  bodyProject(body: Checker): ProjectRef;
  /** v4 requires it (422); v3 accepts its absence and answers 400 later. */
  queryEnvironment(query: Checker): string | undefined;
  missingQueryProject: string;
  missingBodyProject: string;
}

export const v4: Flavor = {
  name: "v4",
  expandDefault: true,
  importsDefault: true,
  importsParam: "includeImports",
  queryProject: (query) => ({ id: query.string("projectId") }),
  bodyProject: (body) => ({ id: body.string("projectId") }),
  queryEnvironment: (query) => query.string("environment"),
  missingQueryProject: "Missing project id",
  missingBodyProject: "Missing project id",
};

export const v3: Flavor = {
  name: "v3",
  expandDefault: false,
  importsDefault: false,
  importsParam: "include_imports",
  queryProject: (query) => ({
    id: query.optionalString("workspaceId"),
    slug: query.optionalString("workspaceSlug"),
  }),
  bodyProject: (body) => ({
    id: body.optionalString("workspaceId"),
    slug: body.optionalString("projectSlug"),
  }),
  queryEnvironment: (query) => query.optionalString("environment"),
  missingQueryProject: "You must provide workspaceSlug or workspaceId",
  missingBodyProject: "You must provide projectSlug or workspaceId",
};
