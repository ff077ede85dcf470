// messages: the generated `send` (sendMessage) with the limits the schema cannot state, and the
// sugar for every outbound message type and read receipts, all through that one operation.
import { messagesOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { CallOptions, MessageValidator, PhoneNumberCallOptions } from '../../core/options.js';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { addressOf, replyAddress, type Recipient, type Schemas } from '../../core/spec-types.js';
import { messageLimitProblem } from './limits.js';
import type { ReceivedMessageEvent, ReplyMessage } from './reply.js';

export type OutboundMessage = Schemas['OutboundMessage'];
export type SendMessageResponse = Schemas['SendMessageResponse'];

/** A reply button as the sugar takes it: the `reply` object of the wire format. */
export type ReplyButton = Schemas['InteractiveButton']['action']['buttons'][number]['reply'];
/** One to three reply buttons (a fourth does not compile). */
export type ReplyButtons = readonly [ReplyButton] | readonly [ReplyButton, ReplyButton] | readonly [ReplyButton, ReplyButton, ReplyButton];
export type ListSection = Schemas['InteractiveList']['action']['sections'][number];
export type FlowParameters = Schemas['InteractiveFlow']['action']['parameters'];
export type CtaUrlParameters = Schemas['CtaUrlAction']['parameters'];

const NO_IDS: readonly string[] = [];

/** The content object of a message type: `text` for `'text'`, `image` for `'image'`… */
type ContentOf<Type extends OutboundMessage['type']> = Extract<OutboundMessage, { type: Type }> extends infer Message ? (Type extends keyof Message ? Message[Type] : never) : never;

/** Options of `send` and `reply`. */
export interface SendOptions extends PhoneNumberCallOptions {
  /**
   * Check this message against the spec before sending it (`validateMessage` from
   * `whatsapp-cloud-sdk/validate`), or `false` to skip the client's `validate` for this call.
   */
  validate?: MessageValidator | false;
}

/** Envelope options the sugar methods accept next to their content. */
export interface MessageOptions extends SendOptions {
  /** Reply to this message (`context.message_id`). */
  replyTo?: string;
  /** A string of yours that status webhooks echo back. */
  bizOpaqueCallbackData?: string;
  /** `group` when the recipient is a group id. */
  recipientType?: 'individual' | 'group';
}

/** Options of the interactive sugar: a header (a string is a text header) and a footer line. */
export interface InteractiveOptions<Header = Schemas['InteractiveHeader']> extends MessageOptions {
  header?: string | Header;
  footer?: string;
}

/** The optional header and footer fields of an interactive object. */
function headerAndFooter<Header>(options: InteractiveOptions<Header> | undefined): { header?: Header | Schemas['InteractiveTextHeader']; footer?: Schemas['InteractiveFooter'] } {
  const parts: { header?: Header | Schemas['InteractiveTextHeader']; footer?: Schemas['InteractiveFooter'] } = {};
  if (options?.header !== undefined) parts.header = typeof options.header === 'string' ? { type: 'text', text: options.header } : options.header;
  if (options?.footer !== undefined) parts.footer = { text: options.footer };
  return parts;
}

export function messagesHelpers(core: ClientCore) {
  const operation = compileOperation(core, 'messages.send', messagesOperations.send);
  const post = <T>(body: unknown, options: PhoneNumberCallOptions | undefined): Promise<T> => operation.call<T>(NO_IDS, body, options);

  /**
   * Sends any message the spec describes, exactly as given. With `validate` (here or on the
   * client) a message that breaks the schema rejects with MessageValidationError, and a limit no
   * schema can state (a list's rows in all sections) rejects with MessageLimitError, before any
   * request.
   */
  function send(message: OutboundMessage, options?: SendOptions): Promise<SendMessageResponse> {
    const validate = options?.validate ?? core.validate;
    const problem = (validate ? validate(message) : undefined) ?? messageLimitProblem(message);
    if (problem) return Promise.reject(problem);
    return post<SendMessageResponse>(message, options);
  }

  /** The envelope of a message from the sugar methods' options. */
  function envelope(to: Recipient, options: MessageOptions | undefined): Schemas['MessageEnvelope'] {
    // Built field by field into one object: the send path allocates no intermediate copies.
    const message = { messaging_product: 'whatsapp', recipient_type: options?.recipientType ?? 'individual' } as Schemas['MessageEnvelope'];
    if (typeof to === 'string') message.to = to;
    else Object.assign(message, addressOf(to));
    if (options?.replyTo) message.context = { message_id: options.replyTo };
    if (options?.bizOpaqueCallbackData) message.biz_opaque_callback_data = options.bizOpaqueCallbackData;
    return message;
  }

  /** The envelope with the message's `type` and its content under that key. */
  function compose<Type extends OutboundMessage['type']>(to: Recipient, options: MessageOptions | undefined, type: Type, content: ContentOf<Type>): OutboundMessage {
    const message = envelope(to, options) as Record<string, unknown>;
    message.type = type;
    message[type] = content;
    return message as OutboundMessage;
  }

  return {
    send,
    envelope,

    /** A text message. `previewUrl` renders a preview of the first link in the body. */
    sendText(to: Recipient, body: string, options?: MessageOptions & { previewUrl?: boolean }): Promise<SendMessageResponse> {
      return send(compose(to, options, 'text', options?.previewUrl === undefined ? { body } : { preview_url: options.previewUrl, body }), options);
    },

    /** An image (JPEG/PNG) by uploaded `{ id }` or by `{ link }`, with an optional `caption`. */
    sendImage(to: Recipient, image: Schemas['CaptionedMedia'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'image', image), options);
    },

    /** An audio by `{ id }` or `{ link }`; with `voice: true` a voice note (OGG/Opus), which reports a `played` status. */
    sendAudio(to: Recipient, audio: Schemas['AudioMedia'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'audio', audio), options);
    },

    /** A video by `{ id }` or `{ link }`, with an optional `caption`. */
    sendVideo(to: Recipient, video: Schemas['CaptionedMedia'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'video', video), options);
    },

    /** A document by `{ id }` or `{ link }`, with an optional `caption` and `filename`. */
    sendDocument(to: Recipient, document: Schemas['DocumentMedia'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'document', document), options);
    },

    /** A sticker (WebP) by `{ id }` or `{ link }`. */
    sendSticker(to: Recipient, sticker: Schemas['MediaReference'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'sticker', sticker), options);
    },

    /** A location pin. */
    sendLocation(to: Recipient, location: Schemas['LocationContent'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'location', location), options);
    },

    /** One or more contact cards. */
    sendContacts(to: Recipient, contacts: readonly Schemas['ContactCard'][], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'contacts', [...contacts]), options);
    },

    /** Reacts to a message with an emoji (several code points are fine, e.g. 👍🏽). */
    react(to: Recipient, messageId: string, emoji: string, options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'reaction', { message_id: messageId, emoji }), options);
    },

    /** Removes the reaction sent to a message (an empty emoji). */
    unreact(to: Recipient, messageId: string, options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'reaction', { message_id: messageId, emoji: '' }), options);
    },

    /** A template message: `{ name, language: { code }, components? }` as Graph takes it. */
    sendTemplate(to: Recipient, template: Schemas['TemplateMessageContent'], options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'template', template), options);
    },

    /** Up to three reply buttons under a body text. */
    sendButtons(to: Recipient, body: string, buttons: ReplyButtons, options?: InteractiveOptions): Promise<SendMessageResponse> {
      const interactive = { type: 'button' as const, ...headerAndFooter(options), body: { text: body }, action: { buttons: buttons.map((reply) => ({ type: 'reply' as const, reply })) } };
      return send(compose(to, options, 'interactive', interactive), options);
    },

    /**
     * A list: `button` opens up to 10 rows in all, in up to 10 sections (more rows reject with
     * MessageLimitError before sending). The header, if any, is text.
     */
    sendList(to: Recipient, body: string, button: string, sections: readonly ListSection[], options?: InteractiveOptions<Schemas['InteractiveTextHeader']>): Promise<SendMessageResponse> {
      return send(compose(to, options, 'interactive', { type: 'list', ...headerAndFooter(options), body: { text: body }, action: { button, sections: [...sections] } }), options);
    },

    /** A button that opens a flow; `parameters` are the flow action parameters as Graph takes them. */
    sendFlow(to: Recipient, body: string, parameters: FlowParameters, options?: InteractiveOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'interactive', { type: 'flow', ...headerAndFooter(options), body: { text: body }, action: { name: 'flow', parameters } }), options);
    },

    /** A button that opens a URL. */
    sendCtaUrl(to: Recipient, body: string, parameters: CtaUrlParameters, options?: InteractiveOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'interactive', { type: 'cta_url', ...headerAndFooter(options), body: { text: body }, action: { name: 'cta_url', parameters } }), options);
    },

    /**
     * Asks a user known only by username to share their phone number; the answer arrives as a
     * `contacts` message with `origin: contact_request`.
     */
    requestContactInfo(to: Recipient, body: string, options?: MessageOptions): Promise<SendMessageResponse> {
      return send(compose(to, options, 'interactive', { type: 'request_contact_info', body: { text: body }, action: { name: 'request_contact_info' } }), options);
    },

    /**
     * Answers a received message: from the number that received it, to the user who sent it (their
     * phone number and, when known, business-scoped user id; the group for a group message), as a
     * reply to it (`context.message_id`). `message` is any outbound message without `to`.
     */
    reply(event: ReceivedMessageEvent, message: ReplyMessage, options?: CallOptions & Pick<SendOptions, 'validate'>): Promise<SendMessageResponse> {
      const group = event.message.group_id;
      const to = group ?? replyAddress(event);
      if (to === undefined) return Promise.reject(new WhatsAppConfigError(`reply: the event names no user to answer (no waId or userId on message ${event.message.id})`));
      // The envelope last: the event decides where the answer goes, whatever an untyped caller put in `message`.
      const body = { ...message, to: undefined, recipient: undefined, ...envelope(to, { replyTo: event.message.id, recipientType: group === undefined ? 'individual' : 'group' }) };
      return send(body as OutboundMessage, { ...options, phoneNumberId: event.phoneNumberId });
    },

    /**
     * Marks a received message as read, by its id or by its webhook event (then from the number
     * that received it, unless `phoneNumberId` says otherwise); with `typing` the user also sees a
     * typing indicator.
     */
    markAsRead(message: string | ReceivedMessageEvent, options?: PhoneNumberCallOptions & { typing?: boolean }): Promise<Schemas['MarkAsReadResponse']> {
      const event = typeof message === 'string' ? undefined : message;
      const body: Schemas['MarkAsReadRequest'] = { messaging_product: 'whatsapp', status: 'read', message_id: event ? event.message.id : (message as string) };
      if (options?.typing) body.typing_indicator = { type: 'text' };
      return post(body, event && options?.phoneNumberId === undefined ? { ...options, phoneNumberId: event.phoneNumberId } : options);
    },
  };
}

/**
 * `wa.messages`: the generated `send` (with the limit check) and the send sugar.
 * @interface
 */
export type MessagesResource = ReturnType<typeof messagesHelpers>;
