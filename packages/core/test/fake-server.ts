// A scripted fetch for transport/session tests: each call is recorded and answered by
// the handler, so tests can count requests and shape failures precisely.

export interface Call {
  method: string;
  path: string;
  headers: Headers;
  body: any;
}

export type Handler = (call: Call, index: number) => Response | Promise<Response>;

export function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === "GET" ? "" : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname + url.search,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    if (init?.signal?.aborted) throw init.signal.reason;
    return handler(call, calls.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

export const loginBody = (token: string, expiresIn = 3600, accessTokenMaxTTL = 86400) => ({
  accessToken: token,
  expiresIn,
  accessTokenMaxTTL,
  tokenType: "Bearer",
});

export const errorBody = (statusCode: number, error: string, message: unknown) => ({
  reqId: "req-test123",
  statusCode,
  message,
  error,
});
