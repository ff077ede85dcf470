export interface PrismServer {
  /** The mock's base URL (no Graph version in it: the spec's paths are relative to the version). */
  baseUrl: string;
  /** Everything Prism printed, for failure messages. */
  log(): string;
  /** Everything Prism printed, once it matches `pattern` (or after `timeoutMs`, default 5 s). */
  logged(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}
export function startPrism(options?: { barePath?: string; port?: number }): Promise<PrismServer>;
export function freePort(): Promise<number>;
