// Checks a URL the SDK sent: same origin as the site, no path normalisation possible (the
// raw path is the parsed path), only known routes, one decoded segment per parameter with
// no traversal, and a `secretPath` query that is a clean folder path.

import { SITE } from "./world";

const ROUTES: RegExp[] = [
  /^\/api\/v1\/auth\/universal-auth\/login$/,
  /^\/api\/v1\/auth\/token\/(renew|revoke)$/,
  /^\/api\/v2\/workspace\/[^/]+$/,
  /^\/api\/v4\/secrets$/,
  /^\/api\/v4\/secrets\/batch$/,
  /^\/api\/v4\/secrets\/[^/]+$/,
];

const CLEAN_PATH = /^\/([A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*)?$/;

/** Problems with one URL; empty when it stays where it belongs. */
export function auditUrl(raw: string, routes: RegExp[] = ROUTES): string[] {
  const problems: string[] = [];
  if (!raw.startsWith(`${SITE}/`)) return [`left the site: ${raw.slice(0, 80)}`];
  const url = new URL(raw);
  const rawPath = raw.slice(SITE.length).split(/[?#]/)[0] ?? "";
  if (url.origin !== new URL(SITE).origin) problems.push("origin changed");
  if (url.pathname !== rawPath) problems.push(`path normalised: ${rawPath.slice(0, 80)}`);
  if (url.hash) problems.push("fragment in URL");
  if (!routes.some((route) => route.test(url.pathname))) {
    problems.push(`unexpected route: ${url.pathname.slice(0, 80)}`);
  }
  for (const segment of url.pathname.split("/").slice(1)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      problems.push("undecodable segment");
      continue;
    }
    if (decoded === "." || decoded === "..") problems.push("dot segment");
    // A name may hold no slash (validation refuses it); one here would be a new level. A
    // backslash is a legal name character on the server, and sent as %5C it is no separator.
    if (decoded.includes("/")) {
      problems.push(`slash inside a segment: ${segment.slice(0, 40)}`);
    }
  }
  const secretPath = url.searchParams.get("secretPath");
  if (
    secretPath !== null &&
    (!CLEAN_PATH.test(secretPath) || /(^|\/)\.\.?(\/|$)/.test(secretPath))
  ) {
    problems.push(`secretPath escapes: ${secretPath.slice(0, 60)}`);
  }
  return problems;
}
