// The Python SDK's parameter conventions, mapped onto the area packages' option names:
// `environmentSlug` is an alias of `environment`, `None` (null) means "not given", and of
// projectId/projectSlug the id wins when both are given.

/** Give `projectId` or `projectSlug`; when both are given, `projectId` wins. */
export interface ProjectOptions {
  /** The project's id. */
  projectId?: string | null;
  /** The project's slug, resolved to its id once per client. */
  projectSlug?: string | null;
}

/** The environment slug, as `environment` or `environmentSlug` (`environment` wins). */
export type EnvironmentOptions =
  | {
      /** The environment's slug, e.g. `dev`. */
      environment: string;
      /** Alias of `environment` (ignored when `environment` is given). */
      environmentSlug?: string | null;
    }
  | {
      /** The environment's slug, e.g. `dev`. */
      environmentSlug: string;
      /** Alias of `environmentSlug`; wins when given. */
      environment?: string | null;
    };

/** An abort signal for the call. */
export interface SignalOption {
  /** Aborts the call (its login and retries included). */
  signal?: AbortSignal;
}

/** Python's `None`: the parameter was not given. */
export const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export function projectOf(o: ProjectOptions): { projectId: string } | { projectSlug?: string } {
  return o.projectId != null ? { projectId: o.projectId } : { projectSlug: given(o.projectSlug) };
}

export const environmentOf = (o: EnvironmentOptions): string =>
  (o.environment ?? o.environmentSlug) as string;

/**
 * For the guard's renaming: the area functions of secrets, folders and imports take the
 * environment as `environment`, which the caller may have given as `environmentSlug`.
 */
export const environmentName = { environment: "environmentSlug" };
