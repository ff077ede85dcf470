// marketingMessages: POST /{phone-number-id}/marketing_messages — marketing template messages
// through the Marketing Messages API (optimized delivery, click and conversion reporting). It
// takes templates only; everything else keeps going through `messages`, from the same number.
import type { PhoneNumberCallOptions } from '../core/options.js';
import { addressOf, type Recipient, type Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { callInput } from './request-options.js';
import { phoneNumberEdge } from './phone-number-path.js';

export type MarketingMessage = Schemas['MarketingMessageRequest'];
export type MarketingProductPolicy = Schemas['MarketingProductPolicy'];

/** Options of `sendTemplate`: the envelope extras a marketing message may carry. */
export interface MarketingMessageOptions extends PhoneNumberCallOptions {
  /** A string of yours that status webhooks echo back. */
  bizOpaqueCallbackData?: string;
  /** Whether Meta may use this message's activity to optimize delivery; left out, the portfolio's setting applies. */
  activitySharing?: boolean;
  /** `STRICT` fails a message the Marketing Messages API cannot take instead of sending it through the Cloud API. */
  productPolicy?: MarketingProductPolicy;
}

export function marketingMessagesResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('marketing_messages', defaultPhoneNumberId);

  /** Sends a marketing message exactly as given; Graph answers as it does for `messages.send`. */
  async function send(message: MarketingMessage, options?: PhoneNumberCallOptions): Promise<Schemas['SendMessageResponse']> {
    return transport.request('POST', path(options), { ...callInput(options), body: message });
  }

  return {
    send,

    /** A marketing template to one user: `{ name, language: { code }, components? }` as Graph takes it. */
    sendTemplate(to: Recipient, template: Schemas['TemplateMessageContent'], options?: MarketingMessageOptions) {
      const message: MarketingMessage = { messaging_product: 'whatsapp', recipient_type: 'individual', ...addressOf(to), type: 'template', template };
      if (options?.bizOpaqueCallbackData !== undefined) message.biz_opaque_callback_data = options.bizOpaqueCallbackData;
      if (options?.activitySharing !== undefined) message.message_activity_sharing = options.activitySharing;
      if (options?.productPolicy !== undefined) message.product_policy = options.productPolicy;
      return send(message, options);
    },
  };
}

export type MarketingMessagesResource = ReturnType<typeof marketingMessagesResource>;
