// Builders of `messages` deliveries a user sends: the message content is typed from the spec's
// inbound schemas; the builder adds the id, sender, timestamp, the contacts entry and the envelope.
import type { components } from '../../generated/schema.js';
import { contactOf, envelope, metadataOf, unixSeconds, userPhone, type DeliveryOptions, type MessagesDelivery } from './envelope.js';

type Schemas = components['schemas'];
type InboundMessage = Schemas['InboundMessage'];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A received message without what the builder fills in (id, sender, timestamp); each may still be given. */
export type InboundMessageInput = DistributiveOmit<InboundMessage, 'id' | 'from' | 'from_user_id' | 'timestamp'> & Partial<Pick<Schemas['InboundMessageBase'], 'id' | 'timestamp'>>;

export interface MessageOptions extends DeliveryOptions {
  /** The message id (`wamid.…`). Default: a new id per built message, so deduplication sees two messages. */
  messageId?: string;
  /** The id of the business message this one answers (`context.id`), as when a user taps a reply button. */
  replyTo?: string;
}

type ReplyKind = 'button_reply' | 'list_reply' | 'nfm_reply';
/** The object of one kind of interactive reply, whether the reply type is one object or a union on `type`. */
type ReplyBody<K extends ReplyKind> = NonNullable<Schemas['InboundInteractiveReply'] extends infer R ? (R extends unknown ? (Required<R> extends { [P in K]: infer V } ? V : never) : never) : never>;
/** The message types whose content is a media object. */
export type MediaKind = 'image' | 'audio' | 'video' | 'document' | 'sticker';

let sequence = 0;
const nextMessageId = () => `wamid.TESTKIT${String(++sequence).padStart(8, '0')}`;

/** A `messages` delivery of one received message. */
export function messageDelivery(message: InboundMessageInput, options: MessageOptions = {}): MessagesDelivery {
  const from = userPhone(options);
  const built = {
    ...(from === undefined ? {} : { from }),
    ...(options.userId === undefined ? {} : { from_user_id: options.userId }),
    id: options.messageId ?? nextMessageId(),
    timestamp: unixSeconds(options.timestamp),
    ...(options.replyTo === undefined ? {} : { context: { id: options.replyTo, ...(from === undefined ? {} : { from: metadataOf(options).display_phone_number }) } }),
    ...message,
  } as InboundMessage;
  return envelope('messages', { messaging_product: 'whatsapp', metadata: metadataOf(options), contacts: [contactOf(options)], messages: [built] }, options);
}

/** A text message. */
export function textMessage(body: string, options?: MessageOptions): MessagesDelivery {
  return messageDelivery({ type: 'text', text: { body } }, options);
}

/** An image, audio, video, document or sticker; `media.id` is the media id to download it by. */
export function mediaMessage(kind: MediaKind, media: Partial<Schemas['InboundMedia']> = {}, options?: MessageOptions): MessagesDelivery {
  const content = { id: '1037543291543636', mime_type: DEFAULT_MIME[kind], sha256: 'u0ge0KQSjTDsV0TnkrP6DrBhB5mYqYxKZHzNBeeEV7A=', ...media };
  return messageDelivery({ type: kind, [kind]: content } as InboundMessageInput, options);
}

const DEFAULT_MIME: Record<MediaKind, string> = { image: 'image/jpeg', audio: 'audio/ogg; codecs=opus', video: 'video/mp4', document: 'application/pdf', sticker: 'image/webp' };

/** The user tapped a reply button of an interactive message. */
export function buttonReply(reply: ReplyBody<'button_reply'>, options?: MessageOptions): MessagesDelivery {
  return interactiveReply('button_reply', reply, options);
}

/** The user picked a row of a list message. */
export function listReply(reply: ReplyBody<'list_reply'>, options?: MessageOptions): MessagesDelivery {
  return interactiveReply('list_reply', reply, options);
}

/** The user completed a flow; `response` is what the flow sent back (an object is serialised to `response_json`). */
export function flowReply(response: object | string, options?: MessageOptions & { flowName?: string }): MessagesDelivery {
  const responseJson = typeof response === 'string' ? response : JSON.stringify(response);
  return interactiveReply('nfm_reply', { name: options?.flowName ?? 'flow', body: 'Sent', response_json: responseJson } as ReplyBody<'nfm_reply'>, options);
}

function interactiveReply<K extends ReplyKind>(kind: K, reply: ReplyBody<K>, options: MessageOptions | undefined): MessagesDelivery {
  return messageDelivery({ type: 'interactive', interactive: { type: kind, [kind]: reply } } as InboundMessageInput, options);
}

/** The user tapped a quick-reply button of a template (a `button` message: its text and payload). */
export function quickReply(text: string, payload: string = text, options?: MessageOptions): MessagesDelivery {
  return messageDelivery({ type: 'button', button: { text, payload } }, options);
}

/** A shared location. */
export function locationMessage(location: Schemas['InboundLocationMessage']['location'], options?: MessageOptions): MessagesDelivery {
  return messageDelivery({ type: 'location', location }, options);
}

/** A reaction to a message (an empty emoji removes the reaction). */
export function reactionMessage(messageId: string, emoji: string, options?: MessageOptions): MessagesDelivery {
  return messageDelivery({ type: 'reaction', reaction: { message_id: messageId, emoji } }, options);
}
