// Secret paths as the server normalises them: leading slash, no empty segments, no trailing slash.

export function pathSegments(path: string): string[] {
  return path.split("/").filter((segment) => segment.trim().length > 0);
}

export function normalizePath(path: string): string {
  return `/${pathSegments(path).join("/")}`;
}

export function joinPath(parent: string, name: string): string {
  return normalizePath(`${parent}/${name}`);
}

/** `path` seen from `base` ("/billing/stripe" from "/billing" is "/stripe"). */
export function relativePath(base: string, path: string): string {
  if (base === "/") return path;
  return normalizePath(path.slice(base.length));
}

export function isInside(base: string, path: string): boolean {
  return base === "/" ? path !== "/" : path.startsWith(`${base}/`);
}
