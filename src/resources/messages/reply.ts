// What `reply` and `markAsRead` take: the address comes from the event, so the caller never has
// to choose between the sender's phone number and their business-scoped user id.
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
