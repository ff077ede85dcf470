import { describe, expect, it, vi } from 'vitest';
import { parseWebhook, WebhookPayloadError, type WebhookEvent } from '../../src/webhooks/index.js';
import { schemaValidator, spec } from '../support/spec.js';
import { envelope, fixtures, metaBytes } from './support.js';

const WABA = 'whatsapp_business_account';

/** The event types each fixture must produce, in order. */
const expected: Record<string, string[]> = {
  'messages-statuses': ['status', 'status', 'status', 'status', 'status'],
  'messages-errors': ['error'],
  'messages-interactive_nfm_reply': ['flow_completion'],
  calls: ['call'],
  'calls-terminate': ['call'],
  'calls-failed': ['call'],
  'calls-statuses': ['call_status', 'call_status', 'call_status'],
  smb_message_echoes: ['message_echo'],
  message_echoes: ['message_echo'],
  history: ['history'],
  smb_app_state_sync: ['app_state_sync'],
  user_preferences: ['user_preference'],
  'messages-username': ['message', 'message'],
  'messages-statuses-bsuid': ['status', 'status', 'status'],
  'calls-username': ['call'],
  'calls-recording': ['call', 'call'],
  'smb_message_echoes-bsuid': ['message_echo'],
  'messages-statuses-played': ['status'],
  'phone_number_quality_update-throughput': ['phone_number_quality_update'],
  'account_update-offboarded': ['account_update'],
  'message_template_status_update-unarchived': ['message_template_status_update'],
  user_id_update: ['user_id_update', 'user_id_update'],
  automatic_events: ['automatic_event', 'automatic_event'],
  group_lifecycle_update: ['group_update', 'group_update'],
  group_participants_update: ['group_update', 'group_update'],
  group_settings_update: ['group_update'],
  group_status_update: ['group_update'],
};
const notices = [
  'message_template_status_update', 'message_template_quality_update', 'message_template_components_update', 'template_category_update',
  'phone_number_name_update', 'phone_number_quality_update', 'account_update', 'account_alerts', 'account_review_update',
  'account_settings_update', 'business_capability_update', 'security', 'flows',
  'partner_solutions', 'payment_configuration_update', 'messaging_handovers', 'business_username_updates',
];
const typeOf = (name: string) => expected[name] ?? (notices.includes(name) ? [name] : name.startsWith('messages-') ? ['message'] : undefined);

const MESSAGE_TYPES = ['text', 'image', 'audio', 'video', 'document', 'sticker', 'location', 'contacts', 'reaction', 'button', 'interactive', 'order', 'system', 'unsupported', 'unknown', 'request_welcome', 'revoke', 'edit'];
const GROUP_FIELDS = ['group_lifecycle_update', 'group_participants_update', 'group_settings_update', 'group_status_update'];
const FIELDS = ['messages', 'calls', ...notices, 'user_preferences', 'history', 'smb_message_echoes', 'smb_app_state_sync', 'message_echoes', 'automatic_events', 'user_id_update', ...GROUP_FIELDS];

describe('fixtures', () => {
  it('cover every field and every message type', () => {
    const all = Object.values(fixtures).flatMap((f) => f.entry.flatMap((e) => e.changes));
    expect(new Set(all.map((c) => c.field))).toEqual(new Set(FIELDS));
    const types = new Set(all.flatMap((c) => ((c.value.messages ?? []) as { type: string }[]).map((m) => m.type)));
    expect([...types].sort()).toEqual([...MESSAGE_TYPES].sort());
    const replies = all.flatMap((c) => ((c.value.messages ?? []) as { interactive?: { type: string } }[]).map((m) => m.interactive?.type).filter(Boolean));
    expect(replies.sort()).toEqual(['button_reply', 'call_permission_reply', 'list_reply', 'nfm_reply']);
  });

  it.each(Object.keys(fixtures))('%s is valid against its webhook in the spec', (name) => {
    const fixture = fixtures[name]!;
    const field = fixture.entry[0]!.changes[0]!.field;
    const validate = schemaValidator(spec.webhooks[field].post.requestBody.content['application/json'].schema);
    expect(validate(fixture), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.keys(fixtures))('%s parses into the expected events, losing nothing', (name) => {
    const fixture = fixtures[name]!;
    const events = parseWebhook(metaBytes(fixture));
    expect(events.map((e) => e.type)).toEqual(typeOf(name));
    const change = fixture.entry[0]!.changes[0]!;
    for (const event of events) {
      expect(event.field).toBe(change.field);
      expect(event.wabaId).toBe(fixture.entry[0]!.id);
      if ('phoneNumberId' in event) expect(event.phoneNumberId).toBe('106540352242922');
    }
    // The parsed objects are the payload's own, unchanged.
    expect(JSON.stringify(parseWebhook(JSON.stringify(fixture)))).toBe(JSON.stringify(events));
  });
});

describe('parseWebhook', () => {
  it('reads a message with its sender and a text in the original characters', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-text']));
    if (event?.type !== 'message' || event.message.type !== 'text') throw new Error(`unexpected ${event?.type}`);
    expect(event.message.text.body).toBe('Hallo! Ist die Bestellung 8812 unterwegs? 🚚 https://example.com/a/b');
    expect(event.contact?.profile?.name).toBe('Zoë Müller');
    expect(event.displayPhoneNumber).toBe('15550783881');
  });

  it('parses the response_json of a flow completion', () => {
    const [event] = parseWebhook(fixtures['messages-interactive_nfm_reply']);
    if (event?.type !== 'flow_completion') throw new Error('expected a flow completion');
    expect(event.response).toEqual({ flow_token: 'booking-42', date: '2025-07-01', notes: 'Café au lait ☕' });
    expect(event.message.interactive.nfm_reply?.response_json).toContain('booking-42');
  });

  it('reads the flow response as a plain field: spread, serialised, cloned and reassigned like the rest', () => {
    const [event] = parseWebhook(fixtures['messages-interactive_nfm_reply']);
    if (event?.type !== 'flow_completion') throw new Error('expected a flow completion');
    const expected = { flow_token: 'booking-42', date: '2025-07-01', notes: 'Café au lait ☕' };
    expect(Object.keys(event)).toContain('response');
    expect(JSON.parse(JSON.stringify(event)).response).toEqual(expected);
    expect(structuredClone(event).response).toEqual(expected);
    expect({ ...event }.response).toEqual(expected);
    // Parsed once: the second read gives the same object.
    expect(event.response).toBe(event.response);
    event.response = { flow_token: 'changed' };
    expect(event.response).toEqual({ flow_token: 'changed' });
  });

  it('takes a new flow response written before the first read, without parsing the old one', () => {
    const [event] = parseWebhook(fixtures['messages-interactive_nfm_reply']);
    if (event?.type !== 'flow_completion') throw new Error('expected a flow completion');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      event.response = { flow_token: 'replaced' };
      expect(event.response).toEqual({ flow_token: 'replaced' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(Object.getOwnPropertyDescriptor(event, 'response')).toMatchObject({ value: { flow_token: 'replaced' }, enumerable: true, writable: true });
  });

  it('leaves the response undefined when response_json is not a JSON object', () => {
    const fixture = structuredClone(fixtures['messages-interactive_nfm_reply']!) as any;
    fixture.entry[0].changes[0].value.messages[0].interactive.nfm_reply.response_json = 'not json';
    const [event] = parseWebhook(fixture);
    expect(event?.type === 'flow_completion' && event.response).toBeUndefined();
  });

  it('delivers every item of a batch of 3 entries × 2 changes × 5 items, in order', () => {
    const text = fixtures['messages-text']!.entry[0]!.changes[0]!.value;
    const message = (text.messages as object[])[0]!;
    const entries = [0, 1, 2].map((e) => ({
      id: `waba-${e}`,
      changes: [0, 1].map((c) => ({
        field: 'messages',
        value: {
          ...text,
          metadata: { display_phone_number: '1555000000', phone_number_id: `phone-${e}-${c}` },
          messages: [0, 1, 2, 3, 4].map((i) => ({ ...message, id: `wamid.${e}.${c}.${i}` })),
        },
      })),
    }));
    const events = parseWebhook(metaBytes(envelope(...entries)));
    expect(events).toHaveLength(30);
    expect(events.map((e) => (e.type === 'message' ? `${e.wabaId}/${e.phoneNumberId}/${e.message.id}` : e.type))).toEqual(
      [0, 1, 2].flatMap((e) => [0, 1].flatMap((c) => [0, 1, 2, 3, 4].map((i) => `waba-${e}/phone-${e}-${c}/wamid.${e}.${c}.${i}`))),
    );
  });

  it('turns an unknown field into an unknown event with the raw value', () => {
    const value = { something: ['new'], nested: { deep: 1 } };
    const events = parseWebhook(envelope({ id: 'waba', changes: [{ field: 'brand_new_field', value }] }));
    expect(events).toEqual([{ type: 'unknown', reason: 'unknown_field', field: 'brand_new_field', wabaId: 'waba', time: undefined, value }]);
  });

  it('turns an unknown message type into an unknown event, keeping the known messages', () => {
    const base = fixtures['messages-text']!.entry[0]!.changes[0]!.value;
    const poll = { from: '16505551234', id: 'wamid.poll', timestamp: '1751291000', type: 'poll', poll: { question: '?' } };
    const events = parseWebhook(envelope({ id: 'waba', changes: [{ field: 'messages', value: { ...base, messages: [poll, ...(base.messages as object[])] } }] }));
    expect(events.map((e) => e.type)).toEqual(['unknown', 'message']);
    expect(events[0]).toMatchObject({ reason: 'unknown_message_type', phoneNumberId: '106540352242922', value: poll });
  });

  it('turns an unknown key of a known value into an unknown event, and accepts unknown properties and enum values', () => {
    const base = fixtures['messages-statuses']!.entry[0]!.changes[0]!.value;
    const statuses = [{ ...(base.statuses as object[])[0]!, status: 'teleported', brand_new: true }];
    const events = parseWebhook(envelope({ id: 'waba', changes: [{ field: 'messages', value: { ...base, statuses, reactions: [{ a: 1 }] } }] }));
    expect(events.map((e) => e.type)).toEqual(['status', 'unknown']);
    expect(events[0]).toMatchObject({ status: { status: 'teleported', brand_new: true } });
    expect(events[1]).toMatchObject({ reason: 'unknown_key', key: 'reactions', value: [{ a: 1 }] });
  });

  it.each([
    ['a body that is not JSON', '{"object":', ''],
    ['no entry list', { object: 'whatsapp_business_account' }, '/entry'],
    ['an entry list that is not a list', { object: WABA, entry: {} }, '/entry'],
    ['an array', [], ''],
    ['null', null, ''],
    ['a string', '"whatsapp"', ''],
  ])('throws WebhookPayloadError only for a body that is not an envelope: %s', (_name, input, path) => {
    let error: unknown;
    try {
      parseWebhook(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect((error as WebhookPayloadError).path).toBe(path);
  });

  it.each([
    ['an entry without changes', { object: WABA, entry: [{ id: 'w' }] }, '/entry/0', ''],
    ['a change without value', { object: WABA, entry: [{ id: 'w', changes: [{ field: 'messages' }] }] }, '/entry/0/changes/0', ''],
    ['a change without field', { object: WABA, entry: [{ id: 'w', changes: [{ value: {} }] }] }, '/entry/0/changes/0', ''],
    ['a value that is not an object', { object: WABA, entry: [{ id: 'w', changes: [{ field: 'x', value: 'text' }] }] }, '/entry/0/changes/0', '/value'],
    ['a message without id', 'no-id', '/entry/0/changes/0/value/messages/0', ''],
    ['a text message without text', 'no-text', '/entry/0/changes/0/value/messages/0', ''],
    ['a messages value without metadata', 'no-metadata', '/entry/0/changes/0/value', ''],
  ])('turns %s into one invalid event with its pointer, its issues and the raw part', (_name, input, pointer, issuePath) => {
    let body: unknown = input;
    if (typeof input === 'string') {
      const value = structuredClone(fixtures['messages-text']!.entry[0]!.changes[0]!.value) as any;
      if (input === 'no-id') delete value.messages[0].id;
      if (input === 'no-text') delete value.messages[0].text;
      if (input === 'no-metadata') delete value.metadata;
      body = envelope({ id: 'w', changes: [{ field: 'messages', value }] });
    }
    const events = parseWebhook(body);
    const invalid = events.filter((event) => event.type === 'invalid');
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    const [first] = invalid;
    if (first?.type !== 'invalid') throw new Error('expected an invalid event');
    expect(first.pointer).toBe(pointer);
    expect(first.wabaId).toBe('w');
    expect(first.issues[0]?.instancePath).toBe(issuePath);
    expect(first.message).toContain(pointer);
    expect(first.message).toContain(first.issues[0]!.message);
  });

  it('loses nothing of a batch of 18 changes when one smb_app_state_sync value is abbreviated', () => {
    const changes = Object.values(fixtures)
      .flatMap((fixture) => fixture.entry[0]!.changes)
      .slice(0, 17);
    const abbreviated = { field: 'smb_app_state_sync', value: { state_sync: [{ type: 'contact', action: 'add' }] } };
    const batch = envelope({ id: 'waba', changes: [...changes.slice(0, 9), abbreviated, ...changes.slice(9)] });
    const events = parseWebhook(metaBytes(batch));
    const invalid = events.filter((event) => event.type === 'invalid');
    // The value lacks its metadata: the value is reported, and its one item with it (it cannot be routed).
    expect(invalid.map((event) => event.type === 'invalid' && event.pointer)).toEqual(['/entry/0/changes/9/value', '/entry/0/changes/9/value/state_sync/0']);
    const expected = changes.flatMap((change) => parseWebhook(envelope({ id: 'waba', changes: [change] })).map((event) => event.type));
    expect(events.filter((event) => event.type !== 'invalid').map((event) => event.type)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(17);
  });

  it('reads a delivery without "object" as a WhatsApp delivery', () => {
    const events = parseWebhook({ entry: fixtures['messages-text']!.entry });
    expect(events.map((e) => e.type)).toEqual(['message']);
  });

  it('gives every event the routing ids of its own entry and change', () => {
    const a = fixtures['messages-text']!.entry[0]!;
    const b = fixtures.account_review_update!.entry[0]!;
    const events: WebhookEvent[] = parseWebhook(envelope({ ...a, id: 'waba-a' }, { ...b, id: 'waba-b', time: 1751291000 } as never));
    expect(events.map((e) => [e.type, e.wabaId, e.time])).toEqual([
      ['message', 'waba-a', undefined],
      ['account_review_update', 'waba-b', 1751291000],
    ]);
  });
});

describe('message types', () => {
  const known: string[] = spec.components.schemas.InboundOtherMessage.properties.type.not.enum;
  const base = { id: 'wamid.x', from: '16505551234', timestamp: '1751291000' };
  const withoutContent = ['request_welcome', 'unsupported', 'unknown'];
  it.each(known)('%s is checked against its own member', (type) => {
    const body = envelope({ id: 'w', changes: [{ field: 'messages', value: { metadata: { phone_number_id: 'p' }, messages: [{ ...base, type }] } }] });
    // The member for this type requires its content object, so the parser knows the type.
    expect(parseWebhook(body).map((e) => e.type)).toEqual([withoutContent.includes(type) ? 'message' : 'invalid']);
  });

  it('delivers as typed exactly what the full schema accepts, for every fixture message and its mutations', () => {
    const validate = schemaValidator({ $ref: '#/components/schemas/InboundMessage' });
    const messages = Object.values(fixtures).flatMap((f) => f.entry.flatMap((e) => e.changes.flatMap((c) => (c.value.messages ?? []) as Record<string, unknown>[])));
    const variants = messages.flatMap((m) => [m, { ...m, type: 'text' }, { ...m, type: 'image' }, { ...m, type: 'brand_new' }, { ...m, id: 7 }]);
    for (const message of variants) {
      const body = envelope({ id: 'w', changes: [{ field: 'messages', value: { metadata: { phone_number_id: 'p' }, messages: [message] } }] });
      const accepted = parseWebhook(body).every((event) => event.type !== 'invalid');
      expect(accepted, JSON.stringify(message)).toBe(validate(message));
    }
  });
});

describe('the object of a delivery', () => {
  it('hands a Page delivery over whole as one unknown event, without reading it as WhatsApp', () => {
    const page = { object: 'page', entry: [{ id: '1', time: 1751291000, messaging: [{ sender: { id: '2' }, message: { text: 'hi' } }] }] };
    expect(parseWebhook(page)).toEqual([{ type: 'unknown', reason: 'unknown_object', object: 'page', field: '', wabaId: undefined, time: undefined, value: page }]);
  });
});

describe('contact routing', () => {
  const text = fixtures['messages-text']!.entry[0]!.changes[0]!.value;
  const message = (text.messages as Record<string, unknown>[])[0]!;
  const messagesValue = (value: Record<string, unknown>) => envelope({ id: 'w', changes: [{ field: 'messages', value: { metadata: text.metadata, ...value } }] });
  const routed = (events: WebhookEvent[]) => events.map((e) => (e.type === 'message' ? [e.contactId, e.contact?.profile?.name] : [e.type]));

  it('matches users known only by username on their business-scoped id, never on position', () => {
    const events = parseWebhook(metaBytes(fixtures['messages-username']));
    expect(routed(events)).toEqual([
      ['JP.88103746529103847562', 'Kenji Sato'],
      ['DE.20571938466120398571', 'Zoë Müller'],
    ]);
    const [first] = events;
    expect(first?.type === 'message' && first.contact?.profile?.username).toBe('kenji_s');
  });

  it('matches on the WhatsApp id among several contacts', () => {
    const contacts = [
      { wa_id: '447700900123', profile: { name: 'Amara Okafor' } },
      { wa_id: '16505551234', user_id: 'US.13491208655302741918', profile: { name: 'Zoë Müller' } },
    ];
    const events = parseWebhook(messagesValue({ contacts, messages: [message, { ...message, id: 'wamid.2', from: '447700900123' }] }));
    expect(routed(events)).toEqual([
      ['16505551234', 'Zoë Müller'],
      ['447700900123', 'Amara Okafor'],
    ]);
  });

  it('gives no contact when several could match and the message names none, or names someone else', () => {
    const contacts = [
      { user_id: 'US.1', profile: { name: 'One', username: 'one' } },
      { user_id: 'US.2', profile: { name: 'Two', username: 'two' } },
    ];
    const { from: _from, ...anonymous } = message;
    const events = parseWebhook(messagesValue({ contacts, messages: [anonymous, { ...anonymous, id: 'wamid.3', from_user_id: 'US.3' }] }));
    expect(routed(events)).toEqual([
      [undefined, undefined],
      ['US.3', undefined],
    ]);
  });

  it('reports a broken contact as invalid and matches messages only against the valid ones', () => {
    const contacts = [{ wa_id: '447700900123', profile: 'Amara' }, { wa_id: '16505551234', profile: { name: 'Zoë Müller' } }];
    const events = parseWebhook(messagesValue({ contacts, messages: [message, { ...message, id: 'wamid.2', from: '447700900123' }] }));
    expect(events.map((e) => e.type)).toEqual(['invalid', 'message', 'message']);
    expect(events[0]).toMatchObject({ type: 'invalid', pointer: '/entry/0/changes/0/value/contacts/0', value: contacts[0] });
    expect(routed(events.slice(1))).toEqual([
      ['16505551234', 'Zoë Müller'],
      ['447700900123', undefined],
    ]);
  });

  it('takes the single contact unless an id on both sides differs', () => {
    const { from: _from, ...anonymous } = message;
    const only = [{ user_id: 'US.1', profile: { name: 'One' } }];
    expect(routed(parseWebhook(messagesValue({ contacts: only, messages: [anonymous] })))).toEqual([['US.1', 'One']]);
    expect(routed(parseWebhook(messagesValue({ contacts: only, messages: [{ ...anonymous, from_user_id: 'US.9' }] })))).toEqual([['US.9', undefined]]);
    expect(routed(parseWebhook(messagesValue({ contacts: [{ wa_id: '1', profile: { name: 'One' } }], messages: [message] })))).toEqual([['16505551234', undefined]]);
  });

  it('routes statuses and call statuses to their recipient', () => {
    const statuses = parseWebhook(fixtures['messages-statuses']).map((e) => e.type === 'status' && e.contactId);
    expect(statuses).toEqual(['16505551234', '16505551234', '16505551234', '16505551234', '16505551234']);
    const bsuidOnly = { id: 'wamid.s', status: 'delivered', recipient_user_id: 'US.13491208655302741918' };
    const [status] = parseWebhook(messagesValue({ statuses: [bsuidOnly] }));
    expect(status?.type === 'status' && status.contactId).toBe('US.13491208655302741918');
    const calls = parseWebhook(fixtures['calls-statuses']).map((e) => e.type === 'call_status' && e.contactId);
    expect(calls).toEqual(['16505551234', '16505551234', '16505551234']);
    const [call] = parseWebhook(fixtures.calls);
    expect(call?.type === 'call' && [call.contactId, call.contact?.profile?.name]).toEqual(['16505551234', 'Zoë Müller']);
  });
});

describe('more fields', () => {
  it('keeps the legacy `unknown` message type as a message with its error', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-unknown']));
    if (event?.type !== 'message' || event.message.type !== 'unknown') throw new Error(`unexpected ${event?.type}`);
    expect(event.message.errors?.[0]?.code).toBe(131051);
    expect(event.contact?.profile?.name).toBe('Zoë Müller');
  });

  it('gives each automatic event and group update its own event with the phone number', () => {
    const [purchase, lead] = parseWebhook(fixtures.automatic_events);
    if (purchase?.type !== 'automatic_event' || lead?.type !== 'automatic_event') throw new Error('expected automatic events');
    expect([purchase.event.event_name, purchase.event.custom_data?.value, lead.event.event_name]).toEqual(['Purchase', 42500, 'LeadSubmitted']);
    expect(purchase.phoneNumberId).toBe('106540352242922');
    const groups = GROUP_FIELDS.flatMap((field) => parseWebhook(fixtures[field]));
    expect(groups.map((e) => (e.type === 'group_update' ? `${e.field}:${e.group.type}` : e.type))).toEqual([
      'group_lifecycle_update:group_create',
      'group_lifecycle_update:group_create',
      'group_participants_update:group_participants_add',
      'group_participants_update:group_participants_remove',
      'group_settings_update:group_settings_update',
      'group_status_update:group_suspend',
    ]);
    const failed = groups[1];
    expect(failed?.type === 'group_update' && failed.group.errors?.[0]?.code).toBe(131009);
  });

  it('reads partner solutions, payment configurations and handovers as notices', () => {
    const [solution] = parseWebhook(fixtures.partner_solutions);
    expect(solution).toMatchObject({ type: 'partner_solutions', wabaId: '506914307656634', time: 1751293400, value: { solution_status: 'ACTIVE' } });
    const [payment] = parseWebhook(fixtures.payment_configuration_update);
    expect(payment?.type === 'payment_configuration_update' && payment.value.status).toBe('Active');
    const [handover] = parseWebhook(metaBytes(fixtures.messaging_handovers));
    expect(handover?.type === 'messaging_handovers' && handover.value.control_passed?.metadata).toBe('Kundin möchte mit einer Person sprechen (Bestellung 8812)');
  });

  it('passes a group update of a kind the spec does not list, and keeps fields without facts on the unknown path', () => {
    const value = { metadata: { phone_number_id: 'p' }, groups: [{ type: 'group_archived', group_id: 'g' }] };
    const [group] = parseWebhook(envelope({ id: 'w', changes: [{ field: 'group_status_update', value }] }));
    expect(group?.type === 'group_update' && group.group.type).toBe('group_archived');
    const [status] = parseWebhook(envelope({ id: 'w', changes: [{ field: 'business_status_update', value: { event: 'X' } }] }));
    expect(status).toMatchObject({ type: 'unknown', reason: 'unknown_field', value: { event: 'X' } });
  });
});
