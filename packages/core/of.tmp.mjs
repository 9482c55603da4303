import { createFetch } from "ofetch";

const resp = () => new Response(null, { status: 204 });
const N = 20000;
const cfgs = [];
async function run(name, defaults, init, path = "/api/v4/secrets/DATABASE_URL") {
  cfgs.push({ name, defaults, init, path, best: Infinity, all: [] });
}
async function go() {
  for (const c of cfgs) {
    c.t0 = 0;
    c.total = 0;
    c.f = createFetch({
      fetch: async () => {
        c.total += performance.now() - c.t0;
        return resp();
      },
    }).create(c.defaults);
    for (let i = 0; i < 2000; i++) {
      c.t0 = performance.now();
      await c.f.raw(c.path, c.init());
    }
  }
  for (let r = 0; r < 12; r++)
    for (const c of cfgs) {
      c.total = 0;
      for (let i = 0; i < 1000; i++) {
        c.t0 = performance.now();
        await c.f.raw(c.path, c.init());
      }
      c.all.push(c.total);
    }
  for (const c of cfgs) {
    c.all.sort((a, b) => a - b);
    console.log(
      c.name.padEnd(20),
      "min",
      c.all[0].toFixed(1),
      "median",
      c.all[6].toFixed(1),
      "µs/call",
    );
  }
}
const q = () => ({
  projectId: "0b7c3e2a-1d4f-4a6b-9c8d-00000000be1c",
  environment: "prod",
  secretPath: "/",
  version: undefined,
  type: "shared",
  includeImports: "true",
  expandSecretReferences: "true",
  viewSecretValue: "true",
});
const hooks = {
  onRequest: [async () => {}],
  onRequestError: [() => {}],
  onResponse: [() => {}],
  onResponseError: [() => {}],
};
const base = {
  baseURL: "http://localhost:1",
  headers: { accept: "application/json" },
  redirect: "manual",
  responseType: "stream",
  retry: 2,
  retryDelay: 0,
  retryStatusCodes: [429, 500],
};
const tok = "Bearer " + "x".repeat(300);
const S = Symbol("c");
await run("full", { ...base, ...hooks }, () => ({
  method: "GET",
  headers: [["authorization", tok]],
  query: q(),
  body: undefined,
  [S]: {},
}));
await run("no symbol", { ...base, ...hooks }, () => ({
  method: "GET",
  headers: [["authorization", tok]],
  query: q(),
  body: undefined,
}));
await run("no query", { ...base, ...hooks }, () => ({
  method: "GET",
  headers: [["authorization", tok]],
  body: undefined,
  [S]: {},
}));
await run("no headers", { ...base, ...hooks }, () => ({
  method: "GET",
  query: q(),
  body: undefined,
  [S]: {},
}));
await run("no hooks", { ...base }, () => ({
  method: "GET",
  headers: [["authorization", tok]],
  query: q(),
  body: undefined,
  [S]: {},
}));
await run("sync onRequest", { ...base, ...hooks, onRequest: [() => {}] }, () => ({
  method: "GET",
  headers: [["authorization", tok]],
  query: q(),
  body: undefined,
  [S]: {},
}));
await run("bare", {}, () => ({}));

await go();
