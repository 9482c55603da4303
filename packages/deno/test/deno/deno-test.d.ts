// Deno.test for the monorepo's Node-side type-check (Deno has its own declarations).
declare namespace Deno {
  function test(name: string, fn: () => unknown): void;
}
