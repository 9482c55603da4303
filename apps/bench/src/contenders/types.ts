// What every contender (this SDK, the official SDK, raw fetch) offers the benchmarks, so each
// measurement runs the same calls through each of them.

export interface Target {
  siteUrl: string;
  clientId: string;
  clientSecret: string;
  projectId: string;
}

export interface Session {
  getSecret(environment: string, secretName: string): Promise<string>;
  /** Resolves to the parsed list, kept so peak memory covers what a caller holds. */
  listSecrets(environment: string): Promise<unknown[]>;
}

export interface ConnectOptions {
  cache?: boolean;
  /**
   * Log in now, as raw fetch and the official SDK do, so that a measure of the first call
   * counts that call only (not a login, nor compiling the transport it goes through).
   */
  login?: boolean;
}

export interface Contender {
  name: string;
  /**
   * A ready client. This SDK logs in lazily on the first call unless `login` is set; the
   * official SDK and raw fetch must log in first, so their login happens here.
   */
  connect(target: Target, options?: ConnectOptions): Promise<Session>;
}
