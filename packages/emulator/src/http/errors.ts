// Errors carry the status and Infisical's `error` name; the dispatcher turns them into
// `{ reqId, statusCode, message, error }` bodies like the real server's error handler.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    readonly detail: unknown,
  ) {
    super(typeof detail === "string" ? detail : errorName);
    this.name = "ApiError";
  }
}

export const badRequest = (message: string) => new ApiError(400, "BadRequest", message);

export const notFound = (message: string) => new ApiError(404, "NotFound", message);

export const unauthorized = (message: string) => new ApiError(401, "UnauthorizedError", message);

export const tokenMalformed = () =>
  new ApiError(
    403,
    "TokenError",
    "The provided access token is malformed. Please use a valid token or generate a new one and try again.",
  );

export const tokenExpired = () =>
  new ApiError(403, "TokenError", "Your token has expired. Please re-authenticate.");

export const validationFailure = (issues: unknown[]) =>
  new ApiError(422, "ValidationFailure", issues);

export const internalError = () => new ApiError(500, "InternalServerError", "Something went wrong");

export const secretPathNotFound = (path: string, environment: string) =>
  new ApiError(
    404,
    "SecretPathNotFound",
    `Folder with path '${path}' in environment '${environment}' was not found. Please ensure the environment slug and secret path is correct.`,
  );

export const membershipNotFound = (projectId: string) =>
  new ApiError(
    403,
    "ProjectMembershipNotFound",
    `You are not a member of this project with ID ${projectId}. Please assign this identity to the project with the appropriate permissions, then try again.`,
  );
