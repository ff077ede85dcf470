// Answering a received message: the address comes from the event, so the caller never has to
// choose between the sender's phone number and their business-scoped user id.
import { WhatsAppConfigError } from '../../core/config-error.js';
import { replyAddress } from '../../core/spec-types.js';
import type { FlowCompletionEvent, MessageEvent, UnreadableMessageEvent } from '../../webhooks/events.js';
import type { OutboundMessage } from './index.js';

/** A webhook event about a message a user sent: what `reply` and `markAsRead` take. */
export type ReceivedMessageEvent = MessageEvent | FlowCompletionEvent | UnreadableMessageEvent;

/**
 * Any outbound message without the fields `reply` fills from the event: the recipient (`to`,
 * `recipient`) and the reply `context`. `messaging_product` may be left out.
 */
export type ReplyMessage = OutboundMessage extends infer Message
  ? Message extends unknown
    ? Omit<Message, 'to' | 'recipient' | 'context' | 'messaging_product'> & { messaging_product?: 'whatsapp' }
    : never
  : never;

/**
 * The message to send in answer to `event`: to the group when the message came from one, else to
 * the sender (phone number and, when known, business-scoped user id), quoting their message.
 */
export function replyBody(event: ReceivedMessageEvent, message: ReplyMessage): OutboundMessage {
  const group = event.message.group_id;
  const address = group !== undefined ? { to: group } : replyAddress(event);
  if (!address) throw new WhatsAppConfigError(`reply: the event names no user to answer (no waId or userId on message ${event.message.id})`);
  const body: Record<string, unknown> = { messaging_product: 'whatsapp', recipient_type: 'individual', ...message };
  // The event decides where the answer goes: a stray `to` or `recipient` from an untyped caller
  // must not redirect it.
  delete body.to;
  delete body.recipient;
  if (group !== undefined) body.recipient_type = 'group';
  Object.assign(body, address);
  body.context = { message_id: event.message.id };
  return body as OutboundMessage;
}
