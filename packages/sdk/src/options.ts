// The Python SDK's parameter conventions, mapped onto the area packages' option names:
// `environmentSlug` is an alias of `environment`, `None` (null) means "not given", and of
// projectId/projectSlug the id wins when both are given.

/** Give `projectId` or `projectSlug`; when both are given, `projectId` wins. */
export interface ProjectOptions {
  projectId?: string | null;
  projectSlug?: string | null;
}

/** The environment slug, as `environment` or `environmentSlug` (`environment` wins). */
export type EnvironmentOptions =
  | { environment: string; environmentSlug?: string | null }
  | { environmentSlug: string; environment?: string | null };

export interface SignalOption {
  signal?: AbortSignal;
}

/** Python's `None`: the parameter was not given. */
export const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function projectOf(o: ProjectOptions): { projectId: string } | { projectSlug?: string } {
  return o.projectId != null ? { projectId: o.projectId } : { projectSlug: given(o.projectSlug) };
}

export const environmentOf = (o: EnvironmentOptions): string =>
  (o.environment ?? o.environmentSlug) as string;
