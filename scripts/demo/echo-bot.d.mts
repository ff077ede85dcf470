export interface EchoBotOptions {
  template?: { name: string; language: string };
  answerCalls?: boolean;
}
export const DEFAULT_TEMPLATE: Readonly<{ name: string; language: string }>;
export const PLACEHOLDER_SDP_ANSWER: string;
/** The echo bot's webhook handlers (typed loosely: the demo is plain JavaScript over the SDK). */
export function echoBotHandlers(wa: unknown, say: (line: string) => void, options?: EchoBotOptions): Record<string, (event: any) => unknown>;
