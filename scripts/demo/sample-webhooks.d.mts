export interface ExpectedRequest {
  method: string;
  /** Relative to the Graph base URL, without the query string. */
  path: string;
  /** Fields the JSON body must have. */
  body: Record<string, unknown>;
}
export interface SampleDelivery {
  label: string;
  /** The exact bytes posted, as Meta would send them. */
  body: string;
  /** Event types the bot's handlers must see, in order. */
  events: string[];
  /** Graph requests the bot must send in answer, in order. */
  requests: ExpectedRequest[];
}
export function sampleDeliveries(phoneNumberId: string, bot?: { template?: { name: string; language: string }; answerCalls?: boolean }): SampleDelivery[];
export function metaBytes(payload: unknown): string;
export function sign(body: string, appSecret: string): string;
