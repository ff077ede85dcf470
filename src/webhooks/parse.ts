// Turns a delivery into a flat list of events: every entry, every change, every item. Each part
// is checked on its own against the generated validators, so a part that breaks the schema
// becomes one `invalid` event (raw part, pointer, issues) and everything else arrives typed as
// usual; a part the spec does not describe becomes an `unknown` event. Graph retries a refused
// delivery for days and then drops all of it, so only a body that is not a JSON envelope throws.
// Events are written out field by field rather than spread from a routing object: spreading
// into an object literal with more keys was the slowest step of a batch (measured, V8).
import * as v from '../../generated/webhook-validators.js';
import type { Validator } from '../../generated/validation.js';
import { WebhookPayloadError } from './errors.js';
import type { NoticeValues, WebhookEvent, WebhookRouting } from './events.js';
import { issue, invalidEvent, issuesOf } from './invalid.js';
import { APP_STATE_SYNC, AUTOMATIC_EVENTS, CALLS, ECHOES, GROUPS, HISTORY, MESSAGES, USER_ID_UPDATE, USER_PREFERENCES } from './number-fields.js';
import { readNumberValue, type NumberValueReader } from './read-number-value.js';

/** The `object` of every WhatsApp delivery; an app's other products (`page`, `instagram`…) send others. */
const WHATSAPP_OBJECT = 'whatsapp_business_account';

/** Fields whose whole value is one notice: checked as a whole, delivered as one event named after the field. */
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
  partner_solutions: v.validateWebhookPartnerSolutionsValue,
  payment_configuration_update: v.validateWebhookPaymentConfigurationValue,
  messaging_handovers: v.validateWebhookMessagingHandoversValue,
  business_username_updates: v.validateWebhookBusinessUsernameValue,
};

/** Fields about one business phone number, whose values hold lists of items. */
const NUMBER_FIELDS: Record<string, NumberValueReader> = {
  messages: MESSAGES,
  calls: CALLS,
  smb_message_echoes: ECHOES,
  message_echoes: ECHOES,
  history: HISTORY,
  smb_app_state_sync: APP_STATE_SYNC,
  user_preferences: USER_PREFERENCES,
  user_id_update: USER_ID_UPDATE,
  automatic_events: AUTOMATIC_EVENTS,
  group_lifecycle_update: GROUPS,
  group_participants_update: GROUPS,
  group_settings_update: GROUPS,
  group_status_update: GROUPS,
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Turns a webhook body (the raw text or bytes, or the parsed JSON) into a flat list of events,
 * one per message, status, call, notice… across every entry and change, in delivery order.
 * Throws `WebhookPayloadError` only when the body is not JSON or not an object with an `entry`
 * list. A part that does not match the spec is an `invalid` event; a part the spec does not know
 * is an `unknown` event. A delivery for another product on the same callback URL (`object:
 * "page"`, `"instagram"`…) is one `unknown` event (reason `unknown_object`) holding the whole body.
 * Verify the signature first (see `verifySignature`): this reads whatever it is given.
 */
export function parseWebhook(body: unknown): WebhookEvent[] {
  const payload = typeof body === 'string' ? parseJson(body) : body instanceof Uint8Array || body instanceof ArrayBuffer ? parseJson(utf8(body)) : body;
  if (!isObject(payload)) throw new WebhookPayloadError('The body is not a webhook delivery: it is not a JSON object', '');
  const entries = payload.entry;
  if (!Array.isArray(entries)) throw new WebhookPayloadError('The body is not a webhook delivery: it has no "entry" list', '/entry');
  const object = payload.object;
  // Another product's delivery: handed over whole. A missing `object` is read as WhatsApp's.
  if (typeof object === 'string' && object !== WHATSAPP_OBJECT) {
    return [{ type: 'unknown', reason: 'unknown_object', object, field: '', wabaId: undefined, time: undefined, value: payload }];
  }
  const events: WebhookEvent[] = [];
  for (let e = 0; e < entries.length; e++) readEntry(entries[e], e, events);
  return events;
}

function readEntry(entry: unknown, e: number, events: WebhookEvent[]) {
  const at = `/entry/${e}`;
  const changes = isObject(entry) ? entry.changes : undefined;
  const id = isObject(entry) ? entry.id : undefined;
  const time = isObject(entry) ? entry.time : undefined;
  const routing: WebhookRouting = { field: '', wabaId: typeof id === 'string' ? id : undefined, time: typeof time === 'number' ? time : undefined };
  if (!Array.isArray(changes)) {
    v.validateWebhookEntry(entry);
    events.push(invalidEvent(routing, at, entry, issuesOf(v.validateWebhookEntry)));
    return;
  }
  // A broken id or time loses only itself: the changes are still read, without it.
  if (id !== undefined && routing.wabaId === undefined) events.push(invalidEvent(routing, `${at}/id`, id, [issue('', 'type', 'must be string')]));
  if (time !== undefined && routing.time === undefined) events.push(invalidEvent(routing, `${at}/time`, time, [issue('', 'type', 'must be integer')]));
  for (let c = 0; c < changes.length; c++) readChange(changes[c], routing, `${at}/changes/${c}`, events);
}

function readChange(change: unknown, entry: WebhookRouting, at: string, events: WebhookEvent[]) {
  const field = isObject(change) ? change.field : undefined;
  const value = isObject(change) ? change.value : undefined;
  const routing: WebhookRouting = { field: typeof field === 'string' ? field : '', wabaId: entry.wabaId, time: entry.time };
  if (typeof field !== 'string' || !isObject(value)) {
    v.validateWebhookChange(change);
    events.push(invalidEvent(routing, at, change, issuesOf(v.validateWebhookChange)));
    return;
  }
  // Own keys only: a field named `constructor` or `__proto__` is just an unknown field.
  const number = Object.hasOwn(NUMBER_FIELDS, field) ? NUMBER_FIELDS[field] : undefined;
  if (number) return readNumberValue(number, value, routing, events, `${at}/value`);
  const notice = Object.hasOwn(NOTICES, field) ? (NOTICES as Record<string, Validator<unknown>>)[field] : undefined;
  if (!notice) {
    events.push({ type: 'unknown', reason: 'unknown_field', field, wabaId: routing.wabaId, time: routing.time, value });
  } else if (notice(value)) {
    events.push({ type: field, field, wabaId: routing.wabaId, time: routing.time, value } as WebhookEvent);
  } else {
    events.push(invalidEvent(routing, `${at}/value`, value, issuesOf(notice)));
  }
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
