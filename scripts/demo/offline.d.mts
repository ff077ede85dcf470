import type { EchoBotOptions } from './echo-bot.mjs';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  status: number;
  /** Prism's `sl-violations` header, when it sent one. */
  violations: string | null;
}
export interface OfflineDemoResult {
  problems: string[];
  deliveries: { label: string; requests: RecordedRequest[] }[];
}
export function runOfflineDemo(options: {
  /** The root entry point (`whatsapp-cloud-sdk`). */
  sdk: unknown;
  /** `whatsapp-cloud-sdk/webhooks/node`. */
  node: unknown;
  log?: (line: string) => void;
  bot?: EchoBotOptions;
  handlersFor?: (wa: any, say: (line: string) => void, bot: EchoBotOptions) => Record<string, (event: any) => unknown>;
}): Promise<OfflineDemoResult>;
