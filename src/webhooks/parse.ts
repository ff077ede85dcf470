// Validate with the generated validators, then flatten every entry, change and item into events.
// Open schemas let new fields, types and enum values through; whatever the spec does not
// describe becomes an `unknown` event, so nothing in a delivery is dropped.
import * as v from '../../generated/validators.js';
import type { Validator } from '../../generated/validators.js';
import type { Schemas } from '../core/spec-types.js';
import { WebhookPayloadError } from './errors.js';
import type { InboundContactProfile, KnownInboundMessage, NoticeValues, PhoneNumberRouting, WebhookEvent, WebhookRouting } from './events.js';

type Reader = (value: never, routing: WebhookRouting, events: WebhookEvent[]) => void;
interface FieldReader {
  validate: Validator<unknown>;
  read: Reader;
}

const NOTICES: { [F in keyof NoticeValues]: Validator<NoticeValues[F]> } = {
  message_template_status_update: v.validateWebhookTemplateStatusValue,
  message_template_quality_update: v.validateWebhookTemplateQualityValue,
  message_template_components_update: v.validateWebhookTemplateComponentsValue,
  template_category_update: v.validateWebhookTemplateCategoryValue,
  phone_number_name_update: v.validateWebhookPhoneNumberNameValue,
  phone_number_quality_update: v.validateWebhookPhoneNumberQualityValue,
  account_update: v.validateWebhookAccountUpdateValue,
  account_alerts: v.validateWebhookAccountAlertsValue,
  account_review_update: v.validateWebhookAccountReviewValue,
  account_settings_update: v.validateWebhookAccountSettingsValue,
  business_capability_update: v.validateWebhookBusinessCapabilityValue,
  security: v.validateWebhookSecurityValue,
  flows: v.validateWebhookFlowsValue,
};

const readers = new Map<string, FieldReader>();
for (const [field, validate] of Object.entries(NOTICES)) {
  readers.set(field, { validate, read: (value: object, routing, events) => events.push({ ...routing, type: field, value } as WebhookEvent) });
}
const echoes: FieldReader = { validate: v.validateWebhookMessageEchoesValue, read: readEchoes as Reader };
readers.set('messages', { validate: v.validateWebhookMessagesValue, read: readMessages as Reader });
readers.set('calls', { validate: v.validateWebhookCallsValue, read: readCalls as Reader });
readers.set('smb_message_echoes', echoes);
readers.set('message_echoes', echoes);
readers.set('history', { validate: v.validateWebhookHistoryValue, read: readHistory as Reader });
readers.set('smb_app_state_sync', { validate: v.validateWebhookAppStateSyncValue, read: readAppStateSync as Reader });
readers.set('user_preferences', { validate: v.validateWebhookUserPreferencesValue, read: readUserPreferences as Reader });

/**
 * Turns a webhook body (the raw text or bytes, or the parsed JSON) into a flat list of events,
 * one per message, status, call, notice… across every entry and change, in delivery order.
 * Throws `WebhookPayloadError` when the body is not a webhook payload; never for content the
 * spec does not know. Verify the signature first (see `verifySignature`).
 */
export function parseWebhook(body: unknown): WebhookEvent[] {
  const payload = typeof body === 'string' ? parseJson(body) : body instanceof Uint8Array || body instanceof ArrayBuffer ? parseJson(new TextDecoder().decode(body)) : body;
  if (!v.validateWebhookEnvelope(payload)) throw invalid('The body is not a webhook payload', '', v.validateWebhookEnvelope);
  const events: WebhookEvent[] = [];
  const entries = payload.entry ?? [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    const changes = entry.changes ?? [];
    for (let c = 0; c < changes.length; c++) {
      const { field, value } = changes[c]!;
      const routing: WebhookRouting = { field, wabaId: entry.id, time: entry.time };
      const reader = readers.get(field);
      if (!reader) {
        events.push({ ...routing, type: 'unknown', reason: 'unknown_field', value });
        continue;
      }
      if (!reader.validate(value)) throw invalid(`The ${field} value is malformed`, `/entry/${e}/changes/${c}/value`, reader.validate);
      reader.read(value as never, routing, events);
    }
  }
  return events;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WebhookPayloadError(`The body is not JSON: ${(error as Error).message}`, '');
  }
}

function invalid(message: string, path: string, validate: Validator<unknown>): WebhookPayloadError {
  const issues = [...(validate.errors ?? [])];
  return new WebhookPayloadError(message, path + (issues[0]?.instancePath ?? ''), issues);
}

function numberRouting(routing: WebhookRouting, metadata: Schemas['WebhookMetadata']): PhoneNumberRouting {
  return { ...routing, phoneNumberId: metadata.phone_number_id, displayPhoneNumber: metadata.display_phone_number };
}

/** Keys of a value that no reader looks at become `unknown` events instead of vanishing. */
function unknownKeys(value: object, known: ReadonlySet<string>, routing: PhoneNumberRouting, events: WebhookEvent[]) {
  for (const key in value) {
    if (!known.has(key)) {
      events.push({ ...routing, type: 'unknown', reason: 'unknown_key', key, value: (value as Record<string, unknown>)[key] });
    }
  }
}

/** The contacts entry for a user id; with one contact (the usual case) no lookup is needed. */
function contactFinder(contacts: InboundContactProfile[] | undefined) {
  if (!contacts || contacts.length === 0) return () => undefined;
  if (contacts.length === 1) {
    const only = contacts[0]!;
    return (id: string | undefined) => (id === undefined || only.wa_id === undefined || only.wa_id === id ? only : undefined);
  }
  return (id: string | undefined) => contacts.find((contact) => contact.wa_id === id);
}

const MESSAGES_KEYS = new Set(['messaging_product', 'metadata', 'contacts', 'messages', 'statuses', 'errors']);
function readMessages(value: Schemas['WebhookMessagesValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  const contactOf = contactFinder(value.contacts);
  for (const message of value.messages ?? []) {
    if (v.validateInboundOtherMessage(message)) {
      events.push({ ...routing, type: 'unknown', reason: 'unknown_message_type', value: message });
      continue;
    }
    const known = message as KnownInboundMessage;
    const contact = contactOf(known.from);
    if (known.type === 'interactive' && known.interactive.nfm_reply) {
      events.push({ ...routing, type: 'flow_completion', message: known, contact, response: flowResponse(known.interactive.nfm_reply.response_json) });
    } else {
      events.push({ ...routing, type: 'message', message: known, contact });
    }
  }
  for (const status of value.statuses ?? []) events.push({ ...routing, type: 'status', status });
  for (const error of value.errors ?? []) events.push({ ...routing, type: 'error', error });
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
  for (const call of value.calls ?? []) events.push({ ...routing, type: 'call', call, contact: contactOf(call.event === 'connect' && call.direction === 'BUSINESS_INITIATED' ? call.to : call.from) });
  for (const status of value.statuses ?? []) events.push({ ...routing, type: 'call_status', status });
  for (const error of value.errors ?? []) events.push({ ...routing, type: 'error', error });
  unknownKeys(value, CALLS_KEYS, routing, events);
}

const ECHO_KEYS = new Set(['messaging_product', 'metadata', 'message_echoes']);
function readEchoes(value: Schemas['WebhookMessageEchoesValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const message of value.message_echoes ?? []) events.push({ ...routing, type: 'message_echo', message });
  unknownKeys(value, ECHO_KEYS, routing, events);
}

const HISTORY_KEYS = new Set(['messaging_product', 'metadata', 'history', 'errors']);
function readHistory(value: Schemas['WebhookHistoryValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const chunk of value.history ?? []) events.push({ ...routing, type: 'history', chunk });
  for (const error of value.errors ?? []) events.push({ ...routing, type: 'error', error });
  unknownKeys(value, HISTORY_KEYS, routing, events);
}

const SYNC_KEYS = new Set(['messaging_product', 'metadata', 'state_sync']);
function readAppStateSync(value: Schemas['WebhookAppStateSyncValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  for (const sync of value.state_sync ?? []) events.push({ ...routing, type: 'app_state_sync', sync });
  unknownKeys(value, SYNC_KEYS, routing, events);
}

const PREFERENCE_KEYS = new Set(['messaging_product', 'metadata', 'contacts', 'user_preferences']);
function readUserPreferences(value: Schemas['WebhookUserPreferencesValue'], base: WebhookRouting, events: WebhookEvent[]) {
  const routing = numberRouting(base, value.metadata);
  const contactOf = contactFinder(value.contacts);
  for (const preference of value.user_preferences ?? []) events.push({ ...routing, type: 'user_preference', preference, contact: contactOf(preference.wa_id) });
  unknownKeys(value, PREFERENCE_KEYS, routing, events);
}
