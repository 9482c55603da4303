import { toBase64, toBase64Url, utf8 } from "../encoding.js";

// Turns a handler's reply into a Response. Like the server, every JSON body gets an ETag
// (Fastify's is a quoted base64 SHA-1; the secret list route uses base64url SHA-256), and a
// GET (or HEAD) whose If-None-Match matches is answered 304 with no body; HEAD answers a GET
// route's headers (content-length included) without the body, as Fastify does.

export interface Reply {
  status?: number;
  body: unknown;
  etag?: "sha1" | "sha256";
}

export interface ReplyOptions {
  method: string;
  requestId: string;
  ifNoneMatch: string | null;
}

export async function etagOf(text: string, algorithm: "sha1" | "sha256"): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest(algorithm === "sha1" ? "SHA-1" : "SHA-256", utf8(text)),
  );
  return `"${algorithm === "sha1" ? toBase64(digest) : toBase64Url(digest)}"`;
}

export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((part) => part.trim().replace(/^W\//, ""))
    .some((candidate) => candidate === "*" || candidate === etag);
}

export async function toResponse(reply: Reply, options: ReplyOptions): Promise<Response> {
  const status = reply.status ?? 200;
  const text = JSON.stringify(reply.body);
  const etag = await etagOf(text, reply.etag ?? "sha1");
  const headers = new Headers({ etag, "x-request-id": options.requestId });
  const read = options.method === "GET" || options.method === "HEAD";
  if (read && status === 200 && etagMatches(options.ifNoneMatch, etag)) {
    // Recorded: @fastify/etag's 304s keep the content type; the secret list's own check,
    // which answers before one is set, only matches the exact strong tag (a W/ one falls
    // through to @fastify/etag).
    if (reply.etag !== "sha256" || options.ifNoneMatch?.trim() !== etag) {
      headers.set("content-type", "application/json; charset=utf-8");
    }
    headers.set("content-length", "0");
    return new Response(null, { status: 304, headers });
  }
  headers.set("content-type", "application/json; charset=utf-8");
  if (options.method === "HEAD") {
    headers.set("content-length", String(utf8(text).byteLength));
    return new Response(null, { status, headers });
  }
  return new Response(text, { status, headers });
}
