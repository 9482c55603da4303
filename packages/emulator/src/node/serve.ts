import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isConnectionReset } from "../faults/responses.js";
import type { Emulator } from "../types.js";

// Serves an emulator over node:http, converting IncomingMessage <-> Request/Response.

/** Options of {@link serve}. */
export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback by default: the emulator has no real security. */
  hostname?: string;
}

/** A server started by {@link serve}. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:54321` (the SDK's `siteUrl`). */
  url: string;
  /** The port listened on. */
  port: number;
  /** Stops the server. */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const joined = Buffer.concat(chunks);
  const body = new Uint8Array(joined.byteLength);
  body.set(joined);
  return body;
}

async function toRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  return new Request(new URL(req.url ?? "/", origin), { method, headers, body, signal });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  // Streamed, so a fault that stalls or cuts the body mid-way shows on the wire as such.
  res.flushHeaders();
  const reader = response.body.getReader();
  res.on("close", () => void reader.cancel().catch(() => {}));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}

/**
 * Serves an emulator over `node:http` on a loopback port (a free one by default).
 *
 * @returns The running server; `close()` it when done.
 */
export async function serve(
  emulator: Pick<Emulator, "handle">,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const hostname = options.hostname ?? "127.0.0.1";
  const host = hostname.includes(":") ? `[${hostname}]` : hostname;
  let origin = `http://${host}`;

  const server = createServer((req, res) => {
    // The client going away aborts the request, which ends a hung fault.
    const gone = new AbortController();
    res.on("close", () => gone.abort());
    toRequest(req, origin, gone.signal)
      .then((request) => emulator.handle(request))
      .then((response) => writeResponse(res, response))
      .catch((error: unknown) => {
        // An injected reset, or a body that failed mid-way: drop the connection.
        if (isConnectionReset(error) || res.headersSent) {
          res.destroy();
          return;
        }
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("emulator failure");
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host}:${port}`;

  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // keep-alive sockets would hold close() open
      }),
  };
}
