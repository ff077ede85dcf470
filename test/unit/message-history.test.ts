import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const WAMID = 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA==';

describe('messageHistory', () => {
  it('lists delivery records filtered by wamid, with nested event fields', async () => {
    const page = { data: [{ id: '1234567890123456', message_id: WAMID, events: { data: [{ id: '2', delivery_status: 'READ', webhook_update_state: 'FAILED' }] } }] };
    const { fetch, calls } = stubFetch({ json: page });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.messageHistory.list({ message_id: WAMID, fields: ['id', 'events{delivery_status,webhook_update_state}'], limit: 100 })).resolves.toEqual(page);
    expect(calls.map((c) => [c.method, c.url, c.headers.authorization])).toEqual([
      [
        'GET',
        `${GRAPH}/${PHONE}/message_history?message_id=${encodeURIComponent(WAMID)}&fields=id%2Cevents%7Bdelivery_status%2Cwebhook_update_state%7D&limit=100`,
        'Bearer t',
      ],
    ]);
  });

  it('walks every page of records from the caller’s cursor, for another number', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: '1' }], paging: { cursors: { after: 'h1' }, next: `${GRAPH}/7/message_history?after=h1` } } },
      { json: { data: [{ id: '2' }], paging: { cursors: { after: 'h2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const ids: string[] = [];
    for await (const entry of wa.messageHistory.list({ after: 'h0' }, { phoneNumberId: '7' })) ids.push(entry.id);
    expect(ids).toEqual(['1', '2']);
    expect(calls.map((c) => c.url)).toEqual([`${GRAPH}/7/message_history?after=h0`, `${GRAPH}/7/message_history?after=h1`]);
  });

  it('lists one record’s status changes filtered by status, and walks them edge by edge', async () => {
    const edge = (id: string, status: string) => ({ cursor: `c${id}`, node: { id, delivery_status: status, occurrence_timestamp: 1750857390 } });
    const { fetch, calls } = stubFetch(
      { json: { data: [edge('1', 'FAILED')] } },
      { json: { data: [edge('1', 'SENT')], paging: { cursors: { after: 'c1' }, next: `${GRAPH}/1234567890123456/events?after=c1` } } },
      { json: { data: [edge('2', 'DELIVERED')] } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.messageHistory.listEvents('1234567890123456', { status_filter: 'FAILED', fields: ['cursor', 'node{id,delivery_status,error_description}'] })).resolves.toEqual({
      data: [edge('1', 'FAILED')],
    });
    const statuses: unknown[] = [];
    for await (const change of wa.messageHistory.listEvents('1234567890123456', { limit: 1 })) statuses.push(change.node.delivery_status);
    expect(statuses).toEqual(['SENT', 'DELIVERED']);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/1234567890123456/events?status_filter=FAILED&fields=cursor%2Cnode%7Bid%2Cdelivery_status%2Cerror_description%7D`],
      ['GET', `${GRAPH}/1234567890123456/events?limit=1`],
      ['GET', `${GRAPH}/1234567890123456/events?limit=1&after=c1`],
    ]);
  });

  it('refuses an empty history id and a missing phone number id before sending', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [] } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.messageHistory.listEvents('')).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.messageHistory.listEvents('').pages().next()).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.messageHistory.list()).rejects.toThrow(/no phone number id/);
    expect(calls).toHaveLength(0);
  });

  it('refuses an id that would leave its own path segment, naming the parameter', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [] } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.messageHistory.listEvents('../106540352242922/messages')).rejects.toThrow('messageHistory.listEvents: messageHistoryId contains "/"');
    await expect(wa.messageHistory.listEvents('..')).rejects.toThrow('messageHistory.listEvents: messageHistoryId is ".."');
    expect(calls).toHaveLength(0);
  });
});
