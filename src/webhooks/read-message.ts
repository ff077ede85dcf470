// One received or echoed message → its event. The message's shared fields are already checked;
// here its `type` picks the one schema member to check it against (instead of trying every
// member). Echoes (messages the business sent from its app) share the schema, so they are sorted
// the same way, and a `message_echo` narrows on `type` like a `message` does.
import * as v from '../../generated/webhook-validators.js';
import type { Validator } from '../../generated/validation.js';
import type { FlowCompletionEvent, InboundError, KnownInboundMessage, KnownInteractiveReplyType, KnownMessageType } from './events.js';
import { invalidEvent, issuesOf } from './invalid.js';
import type { ValueContext } from './read-number-value.js';
import type { Schemas } from '../core/spec-types.js';

/** The schema member for each message type the spec lists (the compiler checks it has them all). */
const MESSAGE_MEMBERS: { [T in KnownMessageType]: Validator<unknown> } = {
  text: v.validateInboundTextMessage,
  interactive: v.validateInboundInteractiveMessage,
  image: v.validateInboundImageMessage,
  button: v.validateInboundButtonMessage,
  reaction: v.validateInboundReactionMessage,
  audio: v.validateInboundAudioMessage,
  video: v.validateInboundVideoMessage,
  document: v.validateInboundDocumentMessage,
  sticker: v.validateInboundStickerMessage,
  location: v.validateInboundLocationMessage,
  contacts: v.validateInboundContactsMessage,
  order: v.validateInboundOrderMessage,
  system: v.validateInboundSystemMessage,
  unsupported: v.validateInboundUnsupportedMessage,
  unknown: v.validateInboundUnsupportedMessage,
  request_welcome: v.validateInboundRequestWelcomeMessage,
  revoke: v.validateInboundRevokeMessage,
  edit: v.validateInboundEditMessage,
};

/** The interactive reply kinds the spec lists (the compiler checks it has them all); another kind is handed over as `unknown`. */
const REPLY_KINDS: { [T in KnownInteractiveReplyType]: true } = { button_reply: true, list_reply: true, nfm_reply: true, call_permission_reply: true };

type CheckedMessage = Schemas['InboundMessageBase'];

export function readMessage(message: CheckedMessage, context: ValueContext, index: number): void {
  read(message, context, index, false);
}

/** An echo names the user as its recipient (`to`, `to_user_id`) and has no flow completion: the business sent it. */
export function readEcho(message: CheckedMessage, context: ValueContext, index: number): void {
  read(message, context, index, true);
}

function read(message: CheckedMessage, context: ValueContext, index: number, echo: boolean): void {
  const { routing, events } = context;
  const type = message.type;
  const member = Object.hasOwn(MESSAGE_MEMBERS, type) ? MESSAGE_MEMBERS[type as KnownMessageType] : undefined;
  if (!member) {
    events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_message_type', value: message });
    return;
  }
  const userWaId = echo ? message.to : message.from;
  const userBsuid = echo ? message.to_user_id : message.from_user_id;
  const contact = context.contactOf(userWaId, userBsuid);
  const waId = userWaId ?? contact?.wa_id;
  const userId = userBsuid ?? contact?.user_id;
  // The phone number when there is one, else the business-scoped user id (see number-fields.ts).
  const contactId = waId ?? userId;
  if (!member(message as unknown)) {
    const errors = message.errors;
    if (errors && errors.length > 0) {
      // Graph could not render the content and says why: still a message (the user's, or on an
      // echo field the business's), kept out of `message` and `message_echo` so those keep their content.
      const unreadable = message as CheckedMessage & { errors: InboundError[] };
      events.push({ type: 'unreadable_message', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, waId, userId, message: unreadable, contact });
    } else {
      events.push(invalidEvent(routing, `${context.pointer}/${echo ? 'message_echoes' : 'messages'}/${index}`, message, issuesOf(member)));
    }
    return;
  }
  const known = message as KnownInboundMessage;
  if (known.type === 'interactive' && !Object.hasOwn(REPLY_KINDS, known.interactive.type)) {
    // A reply kind Meta added after this spec: valid, handed over as received, like a new message type.
    events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_message_type', value: message });
    return;
  }
  if (echo) {
    events.push({ type: 'message_echo', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, waId, userId, message: known });
  } else if (known.type === 'interactive' && known.interactive.type === 'nfm_reply') {
    const event = { type: 'flow_completion', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, waId, userId, message: known as FlowCompletionEvent['message'], contact } as FlowCompletionEvent;
    Object.defineProperty(event, 'response', LAZY_RESPONSE);
    events.push(event);
  } else {
    events.push({ type: 'message', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, waId, userId, message: known, contact });
  }
}

/**
 * A flow's answers are parsed when first read (or replaced when first written), then kept as a
 * plain field: parsing every response_json up front was an eighth of a batch's parse time, for a
 * field many apps never read. One descriptor for every event: a getter written in each event's
 * literal made V8 build a closure and take its slow path per event (measured: 0.55 µs each, more
 * than parsing the JSON), where defining this shared one costs about 0.15 µs.
 */
const LAZY_RESPONSE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: FlowCompletionEvent) {
    return settle(this, flowResponse(this.message.interactive.nfm_reply.response_json));
  },
  set(this: FlowCompletionEvent, value: FlowCompletionEvent['response']) {
    settle(this, value);
  },
};

function settle<T>(event: object, response: T): T {
  Object.defineProperty(event, 'response', { value: response, enumerable: true, writable: true, configurable: true });
  return response;
}

function flowResponse(json: string) {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
