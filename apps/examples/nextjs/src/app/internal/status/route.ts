// Reached only through the proxy, which checks the caller's key first.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
