// Next.js 16's proxy (formerly middleware): /internal/* needs the `x-api-key` header to equal
// the API_KEY secret kept in Infisical.
import { getSecret } from "@infisical-edge/secrets";
import { type NextRequest, NextResponse } from "next/server";
import { infisical, read } from "./infisical";

export const config = { matcher: "/internal/:path*" };

export async function proxy(request: NextRequest): Promise<Response> {
  const secret = await getSecret(infisical, {
    projectId: process.env.INFISICAL_PROJECT_ID!,
    ...read,
  });
  const given = request.headers.get("x-api-key") ?? "";
  if (!(await sameText(given, secret.secretValue))) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  return NextResponse.next();
}

/** Compares digests, so the time taken says nothing about the secret. */
async function sameText(a: string, b: string): Promise<boolean> {
  const digest = async (text: string) =>
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  return x.every((byte, i) => byte === y[i]);
}
