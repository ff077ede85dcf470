// waba: the WhatsApp Business Account. Its plain operations are generated; the helpers here read
// the account's analytics fields, which Graph takes as a field expansion with parameters rather
// than as query parameters: they take dates, build the expression and return the data points.
import { wabaOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { CallOptions } from '../../core/options.js';
import type { Schemas } from '../../core/spec-types.js';
import { analyticsField } from './analytics-field.js';
import type {
  CallAnalyticsDataPoint,
  CallAnalyticsQuery,
  ConversationAnalyticsDataPoint,
  ConversationAnalyticsQuery,
  MessagingAnalyticsDataPoint,
  MessagingAnalyticsQuery,
  PricingAnalyticsDataPoint,
  PricingAnalyticsQuery,
} from './types.js';

/** Call options of an account call: the WABA id defaults to the client's `wabaId`. */
export interface WabaCallOptions extends CallOptions {
  wabaId?: string;
}

type Account = Schemas['WhatsAppBusinessAccount'];
const NO_IDS: readonly string[] = [];

export function wabaHelpers(core: ClientCore) {
  const get = compileOperation(core, 'waba.get', wabaOperations.get);

  async function field<K extends 'analytics' | 'pricing_analytics' | 'conversation_analytics' | 'call_analytics'>(
    label: string,
    name: K,
    params: object,
    options: WabaCallOptions | undefined,
  ): Promise<Account[K]> {
    const fields = [analyticsField(label, name, params as Parameters<typeof analyticsField>[2])];
    const account = await get.call<Account>(NO_IDS, { fields }, options);
    return account[name];
  }

  return {
    /** Messages sent and delivered per time slot (the account's `analytics` field). */
    async messagingAnalytics(params: MessagingAnalyticsQuery, options?: WabaCallOptions): Promise<MessagingAnalyticsDataPoint[]> {
      return (await field('waba.messagingAnalytics', 'analytics', params, options))?.data_points ?? [];
    },
    /** Cost and volume of charged messages per time slot and dimension (`pricing_analytics`). */
    async pricingAnalytics(params: PricingAnalyticsQuery, options?: WabaCallOptions): Promise<PricingAnalyticsDataPoint[]> {
      const result = await field('waba.pricingAnalytics', 'pricing_analytics', params, options);
      return (result?.data ?? []).flatMap((block) => block.data_points ?? []);
    },
    /** Conversations and their cost under conversation-based pricing (`conversation_analytics`). */
    async conversationAnalytics(params: ConversationAnalyticsQuery, options?: WabaCallOptions): Promise<ConversationAnalyticsDataPoint[]> {
      const result = await field('waba.conversationAnalytics', 'conversation_analytics', params, options);
      return (result?.data ?? []).flatMap((block) => block.data_points ?? []);
    },
    /** Calls, their cost and average length per time slot (`call_analytics`). */
    async callAnalytics(params: CallAnalyticsQuery, options?: WabaCallOptions): Promise<CallAnalyticsDataPoint[]> {
      return (await field('waba.callAnalytics', 'call_analytics', params, options))?.data_points ?? [];
    },
  };
}
