// Validate with the generated validators, then flatten every entry, change and item into events.
// Events are written out field by field rather than spread from a routing object: spreading
// into an object literal with more keys was the slowest step of a batch (measured, V8).
// Open schemas let new fields, types and enum values through; whatever the spec does not
// describe becomes an `unknown` event, so nothing in a delivery is dropped.
import * as v from '../../generated/validators.js';
import type { Validator } from '../../generated/validators.js';
import type { Schemas } from '../core/spec-types.js';
import { WebhookPayloadError } from './errors.js';
import type { InboundContactProfile, KnownInboundMessage, KnownWebhookCall, KnownMessageType, NoticeValues, PhoneNumberRouting, WebhookEvent, WebhookRouting } from './events.js';

/** The `object` of every WhatsApp delivery; an app's other products (`page`, `instagram`…) send others. */
const WHATSAPP_OBJECT = 'whatsapp_business_account';

type Reader = (value: never, routing: WebhookRouting, events: WebhookEvent[], path: string) => void;
interface FieldReader {
  validate: Validator<unknown>;
  read: Reader;
}

// A plain object literal, built without top-level statements, so a bundler can drop the whole
// parser (and its validators) from an app that only verifies signatures.
const notice = (value: object, routing: WebhookRouting, events: WebhookEvent[]) => {
  events.push({ type: routing.field, field: routing.field, wabaId: routing.wabaId, time: routing.time, value } as WebhookEvent);
};
const echoes = (value: Schemas['WebhookMessageEchoesValue'], routing: WebhookRouting, events: WebhookEvent[]) => readEchoes(value, routing, events);
const groups = (value: Schemas['WebhookGroupsValue'], routing: WebhookRouting, events: WebhookEvent[]) => readGroups(value, routing, events);
const READERS: { [F in keyof NoticeValues]: { validate: Validator<NoticeValues[F]>; read: typeof notice } } & Record<string, FieldReader> = {
  message_template_status_update: { validate: v.validateWebhookTemplateStatusValue, read: notice },
  message_template_quality_update: { validate: v.validateWebhookTemplateQualityValue, read: notice },
  message_template_components_update: { validate: v.validateWebhookTemplateComponentsValue, read: notice },
  template_category_update: { validate: v.validateWebhookTemplateCategoryValue, read: notice },
  phone_number_name_update: { validate: v.validateWebhookPhoneNumberNameValue, read: notice },
  phone_number_quality_update: { validate: v.validateWebhookPhoneNumberQualityValue, read: notice },
  account_update: { validate: v.validateWebhookAccountUpdateValue, read: notice },
  account_alerts: { validate: v.validateWebhookAccountAlertsValue, read: notice },
  account_review_update: { validate: v.validateWebhookAccountReviewValue, read: notice },
  account_settings_update: { validate: v.validateWebhookAccountSettingsValue, read: notice },
  business_capability_update: { validate: v.validateWebhookBusinessCapabilityValue, read: notice },
  security: { validate: v.validateWebhookSecurityValue, read: notice },
  flows: { validate: v.validateWebhookFlowsValue, read: notice },
  partner_solutions: { validate: v.validateWebhookPartnerSolutionsValue, read: notice },
  payment_configuration_update: { validate: v.validateWebhookPaymentConfigurationValue, read: notice },
  messaging_handovers: { validate: v.validateWebhookMessagingHandoversValue, read: notice },
  // The outline checks each message's shared fields only; readMessages checks the rest with
  // the member for its type (one validator per message instead of trying every member).
  messages: { validate: v.validateWebhookMessagesOutline, read: readMessages as Reader },
  calls: { validate: v.validateWebhookCallsValue, read: readCalls as Reader },
  smb_message_echoes: { validate: v.validateWebhookMessageEchoesValue, read: echoes as Reader },
  message_echoes: { validate: v.validateWebhookMessageEchoesValue, read: echoes as Reader },
  history: { validate: v.validateWebhookHistoryValue, read: readHistory as Reader },
  smb_app_state_sync: { validate: v.validateWebhookAppStateSyncValue, read: readAppStateSync as Reader },
  user_preferences: { validate: v.validateWebhookUserPreferencesValue, read: readUserPreferences as Reader },
  automatic_events: { validate: v.validateWebhookAutomaticEventsValue, read: readAutomaticEvents as Reader },
  group_lifecycle_update: { validate: v.validateWebhookGroupsValue, read: groups as Reader },
  group_participants_update: { validate: v.validateWebhookGroupsValue, read: groups as Reader },
  group_settings_update: { validate: v.validateWebhookGroupsValue, read: groups as Reader },
  group_status_update: { validate: v.validateWebhookGroupsValue, read: groups as Reader },
};

/**
 * Turns a webhook body (the raw text or bytes, or the parsed JSON) into a flat list of events,
 * one per message, status, call, notice… across every entry and change, in delivery order.
 * Throws `WebhookPayloadError` when the body is not a webhook payload; never for content the
 * spec does not know. A delivery for another product on the same callback URL (`object: "page"`,
 * `"instagram"`…) is one `unknown` event (reason `unknown_object`) holding the whole body.
 * Verify the signature first (see `verifySignature`).
 */
export function parseWebhook(body: unknown): WebhookEvent[] {
  const payload = typeof body === 'string' ? parseJson(body) : body instanceof Uint8Array || body instanceof ArrayBuffer ? parseJson(utf8(body)) : body;
  const other = otherObject(payload);
  if (other) return [other];
  if (!v.validateWebhookEnvelope(payload)) throw invalid('The body is not a webhook payload', '', v.validateWebhookEnvelope);
  const events: WebhookEvent[] = [];
  const entries = payload.entry ?? [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const changes = entry.changes ?? [];
    for (let c = 0; c < changes.length; c++) {
      const { field, value } = changes[c]!;
      const routing: WebhookRouting = { field, wabaId: entry.id, time: entry.time };
      // Own keys only: a field named `constructor` or `__proto__` is just an unknown field.
      const reader = Object.hasOwn(READERS, field) ? READERS[field] : undefined;
      if (!reader) {
        events.push({ type: 'unknown', reason: 'unknown_field', field, wabaId: routing.wabaId, time: routing.time, value });
        continue;
      }
      const path = `/entry/${e}/changes/${c}/value`;
      if (!reader.validate(value)) throw invalid(`The ${field} value is malformed`, path, reader.validate);
      reader.read(value as never, routing, events, path);
    }
  }
  return events;
}

// One decoder for every delivery, made on first use (not at import, so the module stays free of
// top-level work and a bundler can drop it).
let decoder: TextDecoder | undefined;
const utf8 = (bytes: Uint8Array | ArrayBuffer) => (decoder ??= new TextDecoder()).decode(bytes);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WebhookPayloadError(`The body is not JSON: ${(error as Error).message}`, '');
  }
}

/**
 * One app can subscribe the same callback URL to several products; a Page or Instagram delivery
 * is signed with the same secret but is not a WhatsApp payload. Reading it as one would produce
 * nonsense events, and refusing it would make Graph redeliver it for days, so it is handed over
 * whole, as an `unknown` event. A missing or non-string `object` is a malformed body.
 */
function otherObject(payload: unknown): WebhookEvent | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const object = (payload as { object?: unknown }).object;
  if (object === WHATSAPP_OBJECT) return undefined;
  if (typeof object !== 'string') {
    const found = object === undefined ? 'has no "object"' : `has an "object" of type ${typeof object}`;
    throw new WebhookPayloadError(`The body ${found}: it is not a webhook delivery (object "${WHATSAPP_OBJECT}" for WhatsApp)`, '/object');
  }
  return { type: 'unknown', reason: 'unknown_object', object, field: '', wabaId: undefined, time: undefined, value: payload };
}

function invalid(message: string, path: string, validate: Validator<unknown>): WebhookPayloadError {
  const issues = [...(validate.errors ?? [])];
  return new WebhookPayloadError(message, path + (issues[0]?.instancePath ?? ''), issues);
}

function numberRouting(routing: WebhookRouting, metadata: Schemas['WebhookMetadata']): PhoneNumberRouting {
  return { field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: metadata.phone_number_id, displayPhoneNumber: metadata.display_phone_number };
}

/** Keys of a value that no reader looks at become `unknown` events instead of vanishing. */
function unknownKeys(value: object, known: ReadonlySet<string>, routing: PhoneNumberRouting, events: WebhookEvent[]) {
  for (const key in value) {
    if (!known.has(key)) {
      events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_key', key, value: (value as Record<string, unknown>)[key] });
    }
  }
}

/** Finds the `value.contacts` entry of a user by WhatsApp id (`wa_id`) or business-scoped user id (`user_id`). */
type ContactOf = (waId: string | undefined, userId: string | undefined) => InboundContactProfile | undefined;
const noContact: ContactOf = () => undefined;

function contactFinder(contacts: InboundContactProfile[] | undefined): ContactOf {
  if (!contacts || contacts.length === 0) return noContact;
  if (contacts.length === 1) {
    // The usual case. The one contact is the user, unless an id present on both sides differs.
    const only = contacts[0]!;
    return (waId, userId) => {
      if (waId !== undefined && only.wa_id !== undefined) return only.wa_id === waId ? only : undefined;
      if (userId !== undefined && only.user_id !== undefined) return only.user_id === userId ? only : undefined;
      return only;
    };
  }
  // Several: only an id decides. A user known by username has no `wa_id` (and the message no
  // `from`), so position or a missing id must never pick someone else's profile.
  return (waId, userId) => {
    if (waId === undefined && userId === undefined) return undefined;
    for (let i = 0; i < contacts.length; i++) {
      const contact = contacts[i]!;
      if ((waId !== undefined && contact.wa_id === waId) || (userId !== undefined && contact.user_id === userId)) return contact;
    }
    return undefined;
  };
}

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

const MESSAGES_KEYS = new Set(['messaging_product', 'metadata', 'contacts', 'messages', 'statuses', 'errors']);
function readMessages(value: Schemas['WebhookMessagesOutline'], base: WebhookRouting, events: WebhookEvent[], path: string) {
  const routing = numberRouting(base, value.metadata);
  const contactOf = contactFinder(value.contacts);
  const messages = value.messages ?? [];
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const type = message.type;
    const member = Object.hasOwn(MESSAGE_MEMBERS, type) ? MESSAGE_MEMBERS[type as KnownMessageType] : undefined;
    if (!member) {
      events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_message_type', value: message });
      continue;
    }
    if (!member(message)) throw invalid(`The ${type} message is malformed`, `${path}/messages/${i}`, member);
    const known = message as KnownInboundMessage;
    const contact = contactOf(known.from, known.from_user_id);
    const contactId = known.from ?? known.from_user_id ?? contact?.wa_id ?? contact?.user_id;
    if (known.type === 'interactive' && known.interactive.nfm_reply) {
      events.push({ type: 'flow_completion', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, message: known, contact, response: flowResponse(known.interactive.nfm_reply.response_json) });
    } else {
      events.push({ type: 'message', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId, message: known, contact });
    }
  }
  for (const status of value.statuses ?? []) events.push({ type: 'status', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: status.recipient_id ?? status.recipient_user_id, status });
  for (const error of value.errors ?? []) events.push({ type: 'error', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, error });
  unknownKeys(value, MESSAGES_KEYS, routing, events);
}

function flowResponse(json: string) {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const CALLS_KEYS = new Set(['messaging_product', 'metadata', 'contacts', 'calls', 'statuses', 'errors']);
function readCalls(value: Schemas['WebhookCallsValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  const contactOf = contactFinder(value.contacts);
  for (const item of value.calls ?? []) {
    if (item.event !== 'connect' && item.event !== 'terminate') {
      events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_call_event', value: item });
      continue;
    }
    const call = item as KnownWebhookCall;
    // The user's side of the call: the callee of a business-initiated connect, else the caller.
    const user = call.event === 'connect' && call.direction === 'BUSINESS_INITIATED' ? call.to : call.from;
    const contact = contactOf(user, undefined);
    events.push({ type: 'call', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: user ?? contact?.wa_id ?? contact?.user_id, call, contact });
  }
  for (const status of value.statuses ?? []) events.push({ type: 'call_status', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: status.recipient_id, status });
  for (const error of value.errors ?? []) events.push({ type: 'error', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, error });
  unknownKeys(value, CALLS_KEYS, routing, events);
}

const ECHO_KEYS = new Set(['messaging_product', 'metadata', 'message_echoes']);
function readEchoes(value: Schemas['WebhookMessageEchoesValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const message of value.message_echoes ?? []) events.push({ type: 'message_echo', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, message });
  unknownKeys(value, ECHO_KEYS, routing, events);
}

const HISTORY_KEYS = new Set(['messaging_product', 'metadata', 'history', 'errors']);
function readHistory(value: Schemas['WebhookHistoryValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const chunk of value.history ?? []) events.push({ type: 'history', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, chunk });
  for (const error of value.errors ?? []) events.push({ type: 'error', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, error });
  unknownKeys(value, HISTORY_KEYS, routing, events);
}

const SYNC_KEYS = new Set(['messaging_product', 'metadata', 'state_sync']);
function readAppStateSync(value: Schemas['WebhookAppStateSyncValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const sync of value.state_sync ?? []) events.push({ type: 'app_state_sync', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, sync });
  unknownKeys(value, SYNC_KEYS, routing, events);
}

const PREFERENCE_KEYS = new Set(['messaging_product', 'metadata', 'contacts', 'user_preferences']);
function readUserPreferences(value: Schemas['WebhookUserPreferencesValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  const contactOf = contactFinder(value.contacts);
  for (const preference of value.user_preferences ?? []) {
    const contact = contactOf(preference.wa_id, undefined);
    events.push({ type: 'user_preference', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: preference.wa_id ?? contact?.wa_id ?? contact?.user_id, preference, contact });
  }
  unknownKeys(value, PREFERENCE_KEYS, routing, events);
}

const AUTOMATIC_KEYS = new Set(['messaging_product', 'metadata', 'automatic_events']);
function readAutomaticEvents(value: Schemas['WebhookAutomaticEventsValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const event of value.automatic_events ?? []) events.push({ type: 'automatic_event', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, event });
  unknownKeys(value, AUTOMATIC_KEYS, routing, events);
}

const GROUP_KEYS = new Set(['messaging_product', 'metadata', 'groups']);
function readGroups(value: Schemas['WebhookGroupsValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const group of value.groups ?? []) events.push({ type: 'group_update', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, group });
  unknownKeys(value, GROUP_KEYS, routing, events);
}
