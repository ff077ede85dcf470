// Users known only by their business-scoped user id (BSUID): no phone number in the payload.
import { describe, expect, it } from 'vitest';
import { parseWebhook, type WebhookEvent } from '../../src/webhooks/index.js';
import { envelope, fixtures, metaBytes } from './support.js';

const ids = (e: WebhookEvent) => ('contactId' in e ? [e.contactId, e.waId, e.userId] : []);

describe('users known only by business-scoped user id', () => {
  it('routes a text from a user with no wa_id on the BSUID and keeps the profile', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-bsuid']));
    if (event?.type !== 'message' || event.message.type !== 'text') throw new Error(`unexpected ${event?.type}`);
    expect(ids(event)).toEqual(['ES.40417390218845107763', undefined, 'ES.40417390218845107763']);
    expect(event.message.from).toBeUndefined();
    expect(event.message.from_parent_user_id).toBe('ES.ENT.11815799212886844830');
    expect(event.contact?.profile?.username).toBe('ines.alvarez');
    expect(event.contact?.parent_user_id).toBe('ES.ENT.11815799212886844830');
    expect(event.message.text.body).toBe('¿Tienen talla 42? 👟');
  });

  it('routes statuses that carry only recipient_user_id, reading the older parent spelling too', () => {
    const events = parseWebhook(metaBytes(fixtures['messages-statuses-bsuid']));
    expect(events.map(ids)).toEqual([
      ['ES.40417390218845107763', undefined, 'ES.40417390218845107763'],
      ['ES.40417390218845107763', undefined, 'ES.40417390218845107763'],
      ['120363405028224990@g.us', '120363405028224990@g.us', undefined],
    ]);
    const [sent, read, group] = events;
    expect(sent?.type === 'status' && sent.status.recipient_parent_user_id).toBe('ES.ENT.11815799212886844830');
    expect(read?.type === 'status' && read.status.parent_recipient_user_id).toBe('ES.ENT.11815799212886844830');
    expect(group?.type === 'status' && group.status.recipient_participant_user_id).toBe('ES.40417390218845107763');
  });

  it('routes a call from a username-only user on from_user_id with their contact', () => {
    const [event] = parseWebhook(metaBytes(fixtures['calls-username']));
    if (event?.type !== 'call') throw new Error(`unexpected ${event?.type}`);
    expect(ids(event)).toEqual(['JP.88103746529103847562', undefined, 'JP.88103746529103847562']);
    expect(event.contact?.profile?.username).toBe('kenji_s');
    expect(event.call.event === 'connect' && event.call.session.sdp_type).toBe('offer');
  });

  it('routes an echo of a message the business sent to a BSUID-only user on to_user_id', () => {
    const [event] = parseWebhook(metaBytes(fixtures['smb_message_echoes-bsuid']));
    expect(event?.type).toBe('message_echo');
    expect(ids(event!)).toEqual(['JP.88103746529103847562', undefined, 'JP.88103746529103847562']);
    const [phone] = parseWebhook(metaBytes(fixtures['smb_message_echoes']));
    expect(ids(phone!)).toEqual(['16505551234', '16505551234', undefined]);
  });

  it('prefers the phone number when both ids are present, and keeps both', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-text']));
    expect(ids(event!)).toEqual(['16505551234', '16505551234', 'US.13491208655302741918']);
  });

  it('routes a business-initiated call, a call status and a preference on the callee BSUID', () => {
    const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
    const events = parseWebhook(
      envelope(
        { id: 'w', changes: [{ field: 'calls', value: { metadata, calls: [{ id: 'wacid.1', event: 'connect', direction: 'BUSINESS_INITIATED', from: '15550783881', to_user_id: 'US.1', session: { sdp_type: 'answer', sdp: 'v=0' } }], statuses: [{ id: 'wacid.1', status: 'RINGING', recipient_user_id: 'US.1' }] } }] },
        { id: 'w', changes: [{ field: 'user_preferences', value: { metadata, user_preferences: [{ user_id: 'US.2', category: 'marketing_messages', value: 'stop' }] } }] },
      ),
    );
    expect(events.map((e) => [e.type, ...ids(e)])).toEqual([
      ['call', 'US.1', undefined, 'US.1'],
      ['call_status', 'US.1', undefined, 'US.1'],
      ['user_preference', 'US.2', undefined, 'US.2'],
    ]);
  });
});

describe('id and username changes', () => {
  it('user_id_update: one event per change, routed on the new BSUID, with the matching contact', () => {
    const events = parseWebhook(metaBytes(fixtures['user_id_update']));
    expect(events.map((e) => [e.type, ...ids(e)])).toEqual([
      ['user_id_update', '16505551234', '16505551234', 'US.80212937465501938271'],
      ['user_id_update', 'JP.50294810385710294857', undefined, 'JP.50294810385710294857'],
    ]);
    const [phone, bsuid] = events;
    if (phone?.type !== 'user_id_update' || bsuid?.type !== 'user_id_update') throw new Error('unexpected events');
    expect(phone.update.user_id.previous).toBe('US.13491208655302741918');
    expect(phone.contact?.profile?.name).toBe('Zoë Müller');
    expect(bsuid.contact?.profile?.username).toBe('kenji_s');
    expect(bsuid.update.parent_user_id?.current).toBe('JP.ENT.20948571638205716384');
  });

  it('business_username_updates: one notice with the entry time; a deleted name has no username', () => {
    const [event] = parseWebhook(metaBytes(fixtures['business_username_updates']));
    expect(event).toMatchObject({ type: 'business_username_updates', time: 1751292000, value: { username: 'lucky_shrub', status: 'approved' } });
    const deleted = envelope({ id: 'w', changes: [{ field: 'business_username_updates', value: { display_phone_number: '15550783881', status: 'deleted' } }] });
    expect(parseWebhook(deleted)).toMatchObject([{ type: 'business_username_updates', value: { status: 'deleted' } }]);
  });
});

describe('a user changed their business-scoped id (system message)', () => {
  it('is a message from the old BSUID that names the new one and no phone number', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-system-user_changed_user_id']));
    if (event?.type !== 'message' || event.message.type !== 'system') throw new Error(`unexpected ${event?.type}`);
    expect(ids(event)).toEqual(['JP.88103746529103847562', undefined, 'JP.88103746529103847562']);
    expect(event.message.system).toMatchObject({ type: 'user_changed_user_id', user_id: 'JP.50294810385710294857' });
    expect(event.message.system.wa_id).toBeUndefined();
  });
});

describe('group members known only by BSUID', () => {
  it('keeps the ids of a join request and of a member who left by themselves', () => {
    const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
    const group = 'Y2FwaV9ncm91cDoxNTU1MDc4Mzg4MToxMjAzNjMwMDAwMDAwMDAwMDEZD';
    const events = parseWebhook(
      envelope({
        id: 'w',
        changes: [
          {
            field: 'group_participants_update',
            value: {
              metadata,
              groups: [
                { type: 'group_join_request_created', group_id: group, timestamp: '1751292400', user_id: 'ES.40417390218845107763', username: 'ines.alvarez' },
                { type: 'group_participants_remove', group_id: group, timestamp: '1751292500', initiated_by: 'participant', removed_participants: [{ user_id: 'JP.88103746529103847562', username: 'kenji_s' }] },
              ],
            },
          },
        ],
      }),
    );
    expect(events.map((e) => e.type)).toEqual(['group_update', 'group_update']);
    const [join, left] = events;
    expect(join?.type === 'group_update' && [join.group.user_id, join.group.username, join.group.wa_id]).toEqual(['ES.40417390218845107763', 'ines.alvarez', undefined]);
    expect(left?.type === 'group_update' && left.group.removed_participants?.[0]?.user_id).toBe('JP.88103746529103847562');
  });
});

describe('history, app state sync and preferences of BSUID-only users', () => {
  const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
  it('read a thread, a synced contact and a preference that name the user by BSUID only', () => {
    const events = parseWebhook(
      envelope({
        id: 'w',
        changes: [
          {
            field: 'history',
            value: {
              metadata,
              history: [{ metadata: { phase: 0, chunk_order: 1, progress: 100 }, threads: [{ context: { user_id: 'JP.88103746529103847562', username: 'kenji_s' }, messages: [{ from_user_id: 'JP.88103746529103847562', id: 'wamid.H1', timestamp: '1751200000', type: 'text', text: { body: 'こんにちは' } }, { from: '15550783881', to_user_id: 'JP.88103746529103847562', id: 'wamid.H2', timestamp: '1751200060', type: 'text', text: { body: 'Hello!' } }] }] }],
            },
          },
          { field: 'smb_app_state_sync', value: { metadata, state_sync: [{ type: 'contact', contact: { full_name: 'Kenji Sato', user_id: 'JP.88103746529103847562', username: 'kenji_s' }, action: 'add', metadata: { timestamp: '1751200100' } }] } },
          { field: 'user_preferences', value: { metadata, contacts: [{ user_id: 'JP.88103746529103847562', profile: { name: 'Kenji Sato', username: 'kenji_s' } }], user_preferences: [{ user_id: 'JP.88103746529103847562', category: 'marketing_messages', value: 'stop', timestamp: 1751200200 }] } },
        ],
      }),
    );
    expect(events.map((e) => e.type)).toEqual(['history', 'app_state_sync', 'user_preference']);
    const [history, sync, preference] = events;
    expect(history?.type === 'history' && history.chunk.threads?.[0]?.context?.user_id).toBe('JP.88103746529103847562');
    expect(sync?.type === 'app_state_sync' && sync.sync.contact?.username).toBe('kenji_s');
    expect(preference?.type === 'user_preference' && [preference.contactId, preference.contact?.profile?.username]).toEqual(['JP.88103746529103847562', 'kenji_s']);
  });
});
