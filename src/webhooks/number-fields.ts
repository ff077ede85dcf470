// The fields about one business phone number: which lists each value holds, how each list's
// items are checked on their own, and the event each item becomes. Plain object literals, built
// without top-level statements, so a bundler can drop them from an app that only verifies.
// Events that concern a user carry `contactId`: the phone number when there is one, else the
// business-scoped user id (users who adopt a username may arrive with only that). The ids are
// written into each literal, not spread from a helper's object: spreading was a sixth of a
// batch's parse time (measured, V8).
import * as v from '../../generated/webhook-validators.js';
import type { Schemas } from '../core/spec-types.js';
import type { KnownWebhookCall } from './events.js';
import { readEcho, readMessage } from './read-message.js';
import type { NumberValueReader, ValueContext } from './read-number-value.js';

type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;

function readStatus(status: Schemas['InboundStatus'], { routing, events }: ValueContext) {
  events.push({ type: 'status', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: status.recipient_id ?? status.recipient_user_id, waId: status.recipient_id, userId: status.recipient_user_id, status });
}

function readError(error: Schemas['InboundError'], { routing, events }: ValueContext) {
  events.push({ type: 'error', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, error });
}

function readCall(item: Schemas['WebhookCall'], { routing, events, contactOf }: ValueContext) {
  if (item.event !== 'connect' && item.event !== 'terminate' && item.event !== 'call_recording_available' && item.event !== 'call_transcription_available') {
    events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_call_event', value: item });
    return;
  }
  const call = item as KnownWebhookCall;
  // The user's side of the call: the callee of a business-initiated connect, else the caller.
  const outgoing = call.event === 'connect' && call.direction === 'BUSINESS_INITIATED';
  const waId = outgoing ? call.to : call.from;
  const userId = outgoing ? call.to_user_id : call.from_user_id;
  const contact = contactOf(waId, userId);
  const user = waId ?? contact?.wa_id;
  const bsuid = userId ?? contact?.user_id;
  events.push({ type: 'call', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: user ?? bsuid, waId: user, userId: bsuid, call, contact });
}

function readCallStatus(status: Schemas['WebhookCallStatus'], { routing, events }: ValueContext) {
  events.push({ type: 'call_status', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: status.recipient_id ?? status.recipient_user_id, waId: status.recipient_id, userId: status.recipient_user_id, status });
}

function readHistory(chunk: Item<Schemas['WebhookHistoryValue']['history']>, { routing, events }: ValueContext) {
  events.push({ type: 'history', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, chunk });
}

function readSync(sync: Item<Schemas['WebhookAppStateSyncValue']['state_sync']>, { routing, events }: ValueContext) {
  events.push({ type: 'app_state_sync', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, sync });
}

function readPreference(preference: Item<Schemas['WebhookUserPreferencesValue']['user_preferences']>, { routing, events, contactOf }: ValueContext) {
  const contact = contactOf(preference.wa_id, preference.user_id);
  const waId = preference.wa_id ?? contact?.wa_id;
  const userId = preference.user_id ?? contact?.user_id;
  events.push({ type: 'user_preference', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: waId ?? userId, waId, userId, preference, contact });
}

function readIdUpdate(update: Item<Schemas['WebhookUserIdUpdateValue']['user_id_update']>, { routing, events, contactOf }: ValueContext) {
  // The contact entry may list the user by either id; the event routes on the new one.
  const contact = contactOf(update.wa_id, update.user_id.current) ?? contactOf(update.wa_id, update.user_id.previous);
  const waId = update.wa_id ?? contact?.wa_id;
  const userId = update.user_id.current;
  events.push({ type: 'user_id_update', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, contactId: waId ?? userId, waId, userId, update, contact });
}

function readAutomatic(event: Item<Schemas['WebhookAutomaticEventsValue']['automatic_events']>, { routing, events }: ValueContext) {
  events.push({ type: 'automatic_event', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, event });
}

function readGroup(group: Schemas['WebhookGroupUpdate'], { routing, events }: ValueContext) {
  events.push({ type: 'group_update', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, group });
}

type Read = NumberValueReader['lists'][number]['read'];

export const MESSAGES: NumberValueReader = {
  shell: v.validateWebhookMessagesValueShell,
  contact: v.validateWebhookMessagesValueContactsItem,
  lists: [
    // The shared fields here; readMessage checks the rest with the member for the message's type
    // (one validator per message instead of trying every member).
    { key: 'messages', check: v.validateInboundMessageBase, read: readMessage as Read },
    { key: 'statuses', check: v.validateWebhookMessagesValueStatusesItem, read: readStatus as Read },
    { key: 'errors', check: v.validateWebhookMessagesValueErrorsItem, read: readError as Read },
  ],
  known: ['contacts', 'messages', 'statuses', 'errors'],
};

export const CALLS: NumberValueReader = {
  shell: v.validateWebhookCallsValueShell,
  contact: v.validateWebhookCallsValueContactsItem,
  lists: [
    { key: 'calls', check: v.validateWebhookCallsValueCallsItem, read: readCall as Read },
    { key: 'statuses', check: v.validateWebhookCallsValueStatusesItem, read: readCallStatus as Read },
    { key: 'errors', check: v.validateWebhookCallsValueErrorsItem, read: readError as Read },
  ],
  known: ['contacts', 'calls', 'statuses', 'errors'],
};

export const ECHOES: NumberValueReader = {
  shell: v.validateWebhookMessageEchoesValueShell,
  // Echoes share the received messages' schema, so they are checked and sorted the same way.
  lists: [{ key: 'message_echoes', check: v.validateInboundMessageBase, read: readEcho as Read }],
  known: ['message_echoes'],
};

export const HISTORY: NumberValueReader = {
  shell: v.validateWebhookHistoryValueShell,
  lists: [
    { key: 'history', check: v.validateWebhookHistoryValueHistoryItem, read: readHistory as Read },
    { key: 'errors', check: v.validateWebhookHistoryValueErrorsItem, read: readError as Read },
  ],
  known: ['history', 'errors'],
};

export const APP_STATE_SYNC: NumberValueReader = {
  shell: v.validateWebhookAppStateSyncValueShell,
  lists: [{ key: 'state_sync', check: v.validateWebhookAppStateSyncValueStateSyncItem, read: readSync as Read }],
  known: ['state_sync'],
};

export const USER_PREFERENCES: NumberValueReader = {
  shell: v.validateWebhookUserPreferencesValueShell,
  contact: v.validateWebhookUserPreferencesValueContactsItem,
  lists: [{ key: 'user_preferences', check: v.validateWebhookUserPreferencesValueUserPreferencesItem, read: readPreference as Read }],
  known: ['contacts', 'user_preferences'],
};

export const USER_ID_UPDATE: NumberValueReader = {
  shell: v.validateWebhookUserIdUpdateValueShell,
  contact: v.validateWebhookUserIdUpdateValueContactsItem,
  lists: [{ key: 'user_id_update', check: v.validateWebhookUserIdUpdateValueUserIdUpdateItem, read: readIdUpdate as Read }],
  known: ['contacts', 'user_id_update'],
};

export const AUTOMATIC_EVENTS: NumberValueReader = {
  shell: v.validateWebhookAutomaticEventsValueShell,
  lists: [{ key: 'automatic_events', check: v.validateWebhookAutomaticEventsValueAutomaticEventsItem, read: readAutomatic as Read }],
  known: ['automatic_events'],
};

export const GROUPS: NumberValueReader = {
  shell: v.validateWebhookGroupsValueShell,
  lists: [{ key: 'groups', check: v.validateWebhookGroupsValueGroupsItem, read: readGroup as Read }],
  known: ['groups'],
};
