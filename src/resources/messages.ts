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
  const defaultPath = defaultPhoneNumberId ? `/${encodeURIComponent(defaultPhoneNumberId)}/messages` : undefined;
  const path = (options?: PhoneNumberCallOptions) =>
    options?.phoneNumberId ? `/${encodeURIComponent(options.phoneNumberId)}/messages` : (defaultPath ?? `/${requirePhoneNumberId(undefined)}`);

  /** POSTs a body to the messages endpoint; a missing phone number id rejects, never throws. */
  function post<T>(body: unknown, options: PhoneNumberCallOptions | undefined): Promise<T> {
    let target: string;
    try {
      target = path(options);
    } catch (error) {
      return Promise.reject(error);
    }
    return transport.request<T>('POST', target, options ? { body, signal: options.signal, timeoutMs: options.timeoutMs } : { body });
  }

  /** Sends any message the spec describes, exactly as given. */
  function send(message: OutboundMessage, options?: PhoneNumberCallOptions): Promise<SendMessageResponse> {
    return post<SendMessageResponse>(message, options);
  }

  /** The envelope of a message from the sugar methods' options. */
  function envelope(to: Recipient, options: MessageOptions | undefined): Schemas['MessageEnvelope'] {
    const message: Schemas['MessageEnvelope'] = {
      messaging_product: 'whatsapp',
      recipient_type: options?.recipientType ?? 'individual',
      ...addressOf(to),
    };
    if (options?.replyTo) message.context = { message_id: options.replyTo };
    if (options?.bizOpaqueCallbackData) message.biz_opaque_callback_data = options.bizOpaqueCallbackData;
    return message;
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
    markAsRead(messageId: string, options?: PhoneNumberCallOptions & { typing?: boolean }): Promise<Schemas['MarkAsReadResponse']> {
      const body: Schemas['MarkAsReadRequest'] = { messaging_product: 'whatsapp', status: 'read', message_id: messageId };
      if (options?.typing) body.typing_indicator = { type: 'text' };
      return post(body, options);
    },
  };
}

export type MessagesResource = ReturnType<typeof messagesResource>;
