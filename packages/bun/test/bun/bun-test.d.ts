// Just enough of bun:test for the root type-check (bun-types would clash with @types/node).
declare module "bun:test" {
  type Matchers = {
    toBe(expected: unknown): void;
    toEqual(expected: unknown): void;
    toMatchObject(expected: object): void;
    toBeNull(): void;
    toContain(expected: unknown): void;
    toBeInstanceOf(expected: abstract new (...args: never[]) => unknown): void;
    toThrow(expected?: unknown): void;
    not: Matchers;
  };
  export function test(name: string, fn: () => unknown, timeout?: number): void;
  export function afterEach(fn: () => unknown): void;
  export function expect(value: unknown): Matchers;
}
