// marketingMessages: marketing template messages through the Marketing Messages API (optimized
// delivery, click and conversion reporting). The generated `send` posts any such message to
// /{phone-number-id}/marketing_messages as given; `sendTemplate` builds one from a recipient and
// a template. It takes templates only; everything else keeps going through `messages`.
import { marketingMessagesOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { PhoneNumberCallOptions } from '../../core/options.js';
import { addressOf, type Recipient, type Schemas } from '../../core/spec-types.js';
import type { MarketingMessage, MarketingProductPolicy } from './types.js';

/** Options of `sendTemplate`: the envelope extras a marketing message may carry. */
export interface MarketingMessageOptions extends PhoneNumberCallOptions {
  /** A string of yours that status webhooks echo back. */
  bizOpaqueCallbackData?: string;
  /** Whether Meta may use this message's activity to optimize delivery; left out, the portfolio's setting applies. */
  activitySharing?: boolean;
  /** `STRICT` fails a message the Marketing Messages API cannot take instead of sending it through the Cloud API. */
  productPolicy?: MarketingProductPolicy;
}

const NO_IDS: readonly string[] = [];

export function marketingMessagesHelpers(core: ClientCore) {
  const send = compileOperation(core, 'marketingMessages.send', marketingMessagesOperations.send);

  return {
    /** A marketing template to one user: `{ name, language: { code }, components? }` as Graph takes it. */
    sendTemplate(to: Recipient, template: Schemas['TemplateMessageContent'], options?: MarketingMessageOptions): Promise<Schemas['SendMessageResponse']> {
      const message: MarketingMessage = { messaging_product: 'whatsapp', recipient_type: 'individual', ...addressOf(to), type: 'template', template };
      if (options?.bizOpaqueCallbackData !== undefined) message.biz_opaque_callback_data = options.bizOpaqueCallbackData;
      if (options?.activitySharing !== undefined) message.message_activity_sharing = options.activitySharing;
      if (options?.productPolicy !== undefined) message.product_policy = options.productPolicy;
      return send.call(NO_IDS, message, options);
    },
  };
}
