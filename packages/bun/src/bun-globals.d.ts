// The few Bun APIs this package uses, declared here so that type-checking does not need
// bun-types (whose globals clash with @types/node in the monorepo's single tsconfig).

declare module "bun:sqlite" {
  export interface Statement<Row> {
    get(...params: unknown[]): Row | null;
    all(...params: unknown[]): Row[];
    run(...params: unknown[]): unknown;
  }
  export class Database {
    constructor(filename?: string, options?: { create?: boolean; readonly?: boolean });
    query<Row = unknown>(sql: string): Statement<Row>;
    run(sql: string): unknown;
    close(): void;
  }
}

declare const Bun: { env: Record<string, string | undefined> };
