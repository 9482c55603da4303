// The one function of bun:test this entry uses (bun-types would clash with @types/node).
declare module "bun:test" {
  export function test(name: string, fn: () => unknown, timeout?: number): void;
}
