// messages: POST /{phone-number-id}/messages — every outbound message type and read receipts.
import type { PhoneNumberCallOptions } from '../core/options.js';
import { addressOf, type Recipient, type Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { requirePhoneNumberId } from './ids.js';

export type OutboundMessage = Schemas['OutboundMessage'];
export type SendMessageResponse = Schemas['SendMessageResponse'];

/** Envelope options the sugar methods accept next to their content. */
export interface MessageOptions extends PhoneNumberCallOptions {
  /** Reply to this message (`context.message_id`). */
  replyTo?: string;
  /** A string of yours that status webhooks echo back. */
  bizOpaqueCallbackData?: string;
  /** `group` when the recipient is a group id. */
  recipientType?: 'individual' | 'group';
}

export function messagesResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = (options?: PhoneNumberCallOptions) =>
    `/${encodeURIComponent(requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId))}/messages`;

  /** Sends any message the spec describes, exactly as given. */
  async function send(message: OutboundMessage, options?: PhoneNumberCallOptions): Promise<SendMessageResponse> {
    return transport.request<SendMessageResponse>('POST', path(options), {
      body: message,
      signal: options?.signal,
      timeoutMs: options?.timeoutMs,
    });
  }

  /** The envelope of a message from the sugar methods' options. */
  function envelope(to: Recipient, options: MessageOptions | undefined) {
    return {
      messaging_product: 'whatsapp' as const,
      recipient_type: options?.recipientType ?? ('individual' as const),
      ...addressOf(to),
      ...(options?.replyTo ? { context: { message_id: options.replyTo } } : {}),
      ...(options?.bizOpaqueCallbackData ? { biz_opaque_callback_data: options.bizOpaqueCallbackData } : {}),
    };
  }

  return {
    send,
    envelope,

    /** A text message. `previewUrl` renders a preview of the first link in the body. */
    sendText(to: Recipient, body: string, options?: MessageOptions & { previewUrl?: boolean }) {
      return send(
        {
          ...envelope(to, options),
          type: 'text',
          text: options?.previewUrl === undefined ? { body } : { preview_url: options.previewUrl, body },
        },
        options,
      );
    },

    /** Marks a received message as read; with `typing` the user also sees a typing indicator. */
    async markAsRead(messageId: string, options?: PhoneNumberCallOptions & { typing?: boolean }): Promise<Schemas["MarkAsReadResponse"]> {
      const body: Schemas['MarkAsReadRequest'] = {
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: messageId,
        ...(options?.typing ? { typing_indicator: { type: 'text' as const } } : {}),
      };
      return transport.request('POST', path(options), { body, signal: options?.signal, timeoutMs: options?.timeoutMs });
    },
  };
}

export type MessagesResource = ReturnType<typeof messagesResource>;
