export interface AcceptedMessage {
  at: number;
  number: string;
  to: string;
  wamid: string;
}
export interface GraphStandIn {
  /** `http://127.0.0.1:<port>/v23.0`: the client's `baseUrl`. */
  baseUrl: string;
  accepted: AcceptedMessage[];
  throttled: { 130429: number; 131056: number };
  count(expected: readonly string[]): { duplicates: string[]; missed: string[] };
  stop(): Promise<void>;
}
export function startGraphStandIn(options?: { limit?: number; pairIntervalMs?: number; latencyMs?: number; hang?: (to: string) => boolean; undeliverable?: (to: string) => boolean }): Promise<GraphStandIn>;
