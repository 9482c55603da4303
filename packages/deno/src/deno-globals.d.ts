// The few Deno APIs this package uses, for the monorepo's Node-side type-check. Deno itself
// (and JSR, which does not publish this file) uses its own, complete declarations.

declare namespace Deno {
  interface Kv {
    close(): void;
  }
  const env: { get(name: string): string | undefined };
  function openKv(path?: string): Promise<Kv>;
}
