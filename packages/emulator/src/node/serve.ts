import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isConnectionReset } from "../faults/responses.js";
import type { Emulator } from "../types.js";

// Serves an emulator over node:http, converting IncomingMessage <-> Request/Response.

/** Options of {@link serve}. */
export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * A loopback address (default `127.0.0.1`; `::1` and `localhost` too). The emulator has no
   * real security: anything else is refused unless `allowRemote` is set.
   */
  hostname?: string;
  /**
   * Listen beyond loopback and answer any `Host` (a container's tests reaching it by name).
   * Anyone who reaches the port can log in with the seed's credentials. Default false.
   */
  allowRemote?: boolean;
}

/** Request bodies past this are refused (413): the SDK's own answers stop at 32 MiB too. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** 127.0.0.0/8, ::1, localhost and *.localhost: the names that reach this machine only. */
const isLoopbackName = (name: string) =>
  /^(127(\.\d{1,3}){3}|::1|\[::1\]|(.+\.)?localhost)$/i.test(name);

/** The Host header's name, without its port. */
const hostName = (header: string | undefined) => (header ?? "").replace(/:\d+$/, "");

class TooLarge extends Error {}

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
  let size = 0;
  // Past the cap the rest is read and dropped, so the client sees the 413 instead of a reset.
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new TooLarge();
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
  const remote = options.allowRemote === true;
  if (!remote && !isLoopbackName(hostname)) {
    throw new Error(
      `serve: hostname must be a loopback address (127.0.0.1, ::1, localhost) unless allowRemote is set`,
    );
  }
  const host = hostname.includes(":") ? `[${hostname}]` : hostname;
  let origin = `http://${host}`;

  const server = createServer((req, res) => {
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) sends its Host.
    if (!remote && !isLoopbackName(hostName(req.headers.host))) {
      res.writeHead(421, { "content-type": "text/plain" });
      res.end("the emulator answers loopback hosts only");
      return;
    }
    // The client going away aborts the request, which ends a hung fault.
    const gone = new AbortController();
    res.on("close", () => gone.abort());
    toRequest(req, origin, gone.signal)
      .then((request) => emulator.handle(request))
      .then((response) => writeResponse(res, response))
      .catch((error: unknown) => {
        if (error instanceof TooLarge) {
          res.writeHead(413, { "content-type": "text/plain" });
          res.end("request body too large");
          return;
        }
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
