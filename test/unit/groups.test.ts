// Exact requests of every Groups API operation, and messages to a group.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, MediaFileError, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const PHONE = '106540352242922';
const GROUP = 'Y2FwaV9ncm91cDoxNTU1MDc4Mzg4MToxMjAzNjMwMDAwMDAwMDAwMDEZD';
const changed = { json: { messaging_product: 'whatsapp', request_id: 'REQ-1' } };

function client(...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 'EAAG-token', phoneNumberId: PHONE, fetch: stub.fetch });
  return { wa, calls: stub.calls };
}

describe('groups: lifecycle requests', () => {
  it('create: POST /{phone-number-id}/groups with messaging_product and the group as given', async () => {
    const { wa, calls } = client({ json: { messaging_product: 'whatsapp', request_id: '5F2C9A7B31D04E6F8A1B2C3D4E5F6071' } });
    const created = await wa.groups.create({ subject: 'Bestellung 8812 – Rückfragen', description: 'Fragen 🚚', join_approval_mode: 'approval_required' });
    expect(created.request_id).toBe('5F2C9A7B31D04E6F8A1B2C3D4E5F6071');
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${BASE}/${PHONE}/groups`,
      body: { messaging_product: 'whatsapp', subject: 'Bestellung 8812 – Rückfragen', description: 'Fragen 🚚', join_approval_mode: 'approval_required' },
    });
    expect(calls[0]?.headers).toMatchObject({ authorization: 'Bearer EAAG-token', 'content-type': 'application/json' });
  });

  it('create takes another phone number per call', async () => {
    const { wa, calls } = client({ json: { request_id: 'R' } });
    await wa.groups.create({ subject: 'Order 8813' }, { phoneNumberId: '42' });
    expect(calls[0]).toMatchObject({ url: `${BASE}/42/groups`, body: { messaging_product: 'whatsapp', subject: 'Order 8813' } });
  });

  it('list: GET /{phone-number-id}/groups with limit and cursor, and nothing else in the query', async () => {
    const page = { data: { groups: [{ id: GROUP, subject: 'Order 8812', created_at: '1751292000' }] }, paging: { cursors: { after: 'A' } } };
    const { wa, calls } = client({ json: page });
    await expect(wa.groups.list({ limit: 10, after: 'QVFI' }, { signal: new AbortController().signal })).resolves.toEqual(page);
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/${PHONE}/groups?limit=10&after=QVFI` });
    expect(calls[0]?.rawBody).toBeUndefined();
  });

  it('list walks data.groups page after page under for await, while Graph says a next page exists', async () => {
    const { wa, calls } = client(
      { json: { data: { groups: [{ id: 'g1' }, { id: 'g2' }] }, paging: { cursors: { after: 'C1' }, next: `${BASE}/${PHONE}/groups?after=C1` } } },
      { json: { data: { groups: [{ id: 'g3' }] }, paging: { cursors: { after: 'C2' } } } },
    );
    const ids: string[] = [];
    for await (const group of wa.groups.list({ limit: 2 })) ids.push(group.id);
    expect(ids).toEqual(['g1', 'g2', 'g3']);
    expect(calls.map((call) => call.url)).toEqual([`${BASE}/${PHONE}/groups?limit=2`, `${BASE}/${PHONE}/groups?limit=2&after=C1`]);
  });

  it('get: GET /{group-id} with fields, the id encoded as one path segment', async () => {
    const { wa, calls } = client({ json: { id: GROUP, subject: 'Order 8812', total_participant_count: 2 } });
    await expect(wa.groups.get(GROUP, { fields: ['subject', 'participants', 'join_approval_mode'] })).resolves.toMatchObject({ total_participant_count: 2 });
    await wa.groups.get('Y2Fw+aQ==');
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/${GROUP}?fields=subject%2Cparticipants%2Cjoin_approval_mode` });
    expect(calls[1]?.url).toBe(`${BASE}/Y2Fw%2BaQ==`);
  });

  it('update: POST /{group-id} with the new subject and description', async () => {
    const { wa, calls } = client(changed);
    await expect(wa.groups.update(GROUP, { subject: 'Order 8812 – delivered', description: 'Ask about your invoice' })).resolves.toEqual(changed.json);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${BASE}/${GROUP}`,
      body: { messaging_product: 'whatsapp', subject: 'Order 8812 – delivered', description: 'Ask about your invoice' },
    });
  });

  it('setPicture: POST /{group-id} as multipart with messaging_product and the JPEG', async () => {
    const { wa, calls } = client(changed);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await wa.groups.setPicture(GROUP, new File([jpeg], 'logo.jpg', { type: 'image/jpeg' }));
    const call = calls[0];
    expect(call).toMatchObject({ method: 'POST', url: `${BASE}/${GROUP}` });
    expect(call?.headers['content-type']).toBeUndefined(); // fetch sets multipart with its boundary
    const form = call?.rawBody as FormData;
    expect(form.get('messaging_product')).toBe('whatsapp');
    const file = form.get('file') as File;
    expect(file.name).toBe('logo.jpg');
    expect(file.type).toBe('image/jpeg');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(jpeg);
  });

  it('setPicture takes bytes and streams as JPEG', async () => {
    const { wa, calls } = client(changed);
    await wa.groups.setPicture(GROUP, new Uint8Array([0xff, 0xd8, 9]));
    await wa.groups.setPicture(GROUP, new Blob([new Uint8Array([0xff, 0xd8, 7])]).stream());
    for (const call of calls) {
      const file = (call.rawBody as FormData).get('file') as File;
      expect(file.type).toBe('image/jpeg');
      expect(file.name).toBe('picture.jpg');
    }
  });

  it('setPicture refuses another type or an oversized picture with MediaFileError, sending nothing', async () => {
    const { wa, calls } = client(changed);
    const png = await wa.groups.setPicture(GROUP, new Blob([new Uint8Array(8)], { type: 'image/png' })).catch((e: unknown) => e);
    expect(png).toBeInstanceOf(MediaFileError);
    expect(png).toMatchObject({ reason: 'mime_type', mimeType: 'image/png', allowed: ['image/jpeg'] });
    const tooBig = await wa.groups.setPicture(GROUP, new Uint8Array(5 * 1024 * 1024 + 1)).catch((e: unknown) => e);
    expect(tooBig).toMatchObject({ name: 'MediaFileError', reason: 'size', limit: 5 * 1024 * 1024 });
    async function* endless() {
      for (;;) yield new Uint8Array(1024 * 1024);
    }
    const streamed = await wa.groups.setPicture(GROUP, endless()).catch((e: unknown) => e);
    expect(streamed).toMatchObject({ name: 'MediaFileError', reason: 'size' });
    expect(calls).toHaveLength(0);
  });

  it('delete: DELETE /{group-id} without a body', async () => {
    const { wa, calls } = client({ json: { success: true } });
    await expect(wa.groups.delete(GROUP)).resolves.toEqual({ success: true });
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: `${BASE}/${GROUP}` });
    expect(calls[0]?.rawBody).toBeUndefined();
  });

  it('inviteLink: POST /{group-id}/invite_link; resetInviteLink: DELETE, both with messaging_product', async () => {
    const { wa, calls } = client({ json: { messaging_product: 'whatsapp', invite_link: 'https://chat.whatsapp.com/AbC' } }, { json: { success: true } });
    await expect(wa.groups.inviteLink(GROUP)).resolves.toMatchObject({ invite_link: 'https://chat.whatsapp.com/AbC' });
    await expect(wa.groups.resetInviteLink(GROUP)).resolves.toEqual({ success: true });
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['POST', `${BASE}/${GROUP}/invite_link`, { messaging_product: 'whatsapp' }],
      ['DELETE', `${BASE}/${GROUP}/invite_link`, { messaging_product: 'whatsapp' }],
    ]);
  });
});

describe('groups: a bad group id in a helper', () => {
  const bad = ['', ' ', '.', '..'];
  it.each(bad)('%j rejects with WhatsAppConfigError naming groupId and the method, before any request', async (groupId) => {
    const { wa, calls } = client();
    const jpeg = new Uint8Array([0xff, 0xd8, 1]);
    for (const [method, call] of [
      ['groups.update', () => wa.groups.update(groupId, { subject: 'x' })],
      ['groups.setPicture', () => wa.groups.setPicture(groupId, jpeg)],
      ['groups.inviteLink', () => wa.groups.inviteLink(groupId)],
      ['groups.resetInviteLink', () => wa.groups.resetInviteLink(groupId)],
      ['groups.send', () => wa.groups.send(groupId, { type: 'text', text: { body: 'x' } })],
    ] as const) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WhatsAppConfigError);
      expect((error as Error).message).toContain(`${method}: groupId`);
    }
    expect(calls).toHaveLength(0);
  });

  it('a group id with "/" would address another path: refused in the path, before any request', async () => {
    const { wa, calls } = client();
    await expect(wa.groups.update('a/b', { subject: 'x' })).rejects.toThrow(/groups\.update: groupId contains "\/"/);
    await expect(wa.groups.get('a/b')).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(calls).toHaveLength(0);
  });

  it('update refuses an empty change, naming it, before any request', async () => {
    const { wa, calls } = client();
    const error = await wa.groups.update(GROUP, {} as { subject: string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toContain('groups.update: changes');
    expect(calls).toHaveLength(0);
  });
});

describe('groups: join requests and members', () => {
  it('listJoinRequests: GET /{group-id}/join_requests, with a cursor only when given', async () => {
    const page = { data: [{ join_request_id: 'J1', wa_id: '16505551234', creation_timestamp: 1751292100 }] };
    const { wa, calls } = client({ json: page });
    await expect(wa.groups.listJoinRequests(GROUP)).resolves.toEqual(page);
    await wa.groups.listJoinRequests(GROUP, { after: 'C1' });
    expect(calls.map((call) => [call.method, call.url])).toEqual([
      ['GET', `${BASE}/${GROUP}/join_requests`],
      ['GET', `${BASE}/${GROUP}/join_requests?after=C1`],
    ]);
  });

  it('listJoinRequests under for await follows the cursors', async () => {
    const { wa, calls } = client(
      { json: { data: [{ join_request_id: 'J1' }], paging: { cursors: { after: 'C1' }, next: `${BASE}/x?after=C1` } } },
      { json: { data: [{ join_request_id: 'J2' }] } },
    );
    const ids: string[] = [];
    for await (const request of wa.groups.listJoinRequests(GROUP)) ids.push(request.join_request_id);
    expect(ids).toEqual(['J1', 'J2']);
    expect(calls[1]?.url).toBe(`${BASE}/${GROUP}/join_requests?after=C1`);
  });

  it('approve: POST and reject: DELETE /{group-id}/join_requests with the ids', async () => {
    const { wa, calls } = client(
      { json: { messaging_product: 'whatsapp', approved_join_requests: ['J1'], failed_join_requests: [{ join_request_id: 'J2', errors: [{ code: 131009 }] }] } },
      { json: { messaging_product: 'whatsapp', rejected_join_requests: ['J3'] } },
    );
    const approved = await wa.groups.approveJoinRequests(GROUP, { join_requests: ['J1', 'J2'] });
    expect(approved.failed_join_requests?.[0]?.join_request_id).toBe('J2');
    await expect(wa.groups.rejectJoinRequests(GROUP, { join_requests: ['J3'] })).resolves.toMatchObject({ rejected_join_requests: ['J3'] });
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['POST', `${BASE}/${GROUP}/join_requests`, { messaging_product: 'whatsapp', join_requests: ['J1', 'J2'] }],
      ['DELETE', `${BASE}/${GROUP}/join_requests`, { messaging_product: 'whatsapp', join_requests: ['J3'] }],
    ]);
  });

  it('removeParticipants: DELETE /{group-id}/participants with one { user } per member', async () => {
    const { wa, calls } = client({ json: { success: true } });
    await wa.groups.removeParticipants(GROUP, { participants: [{ user: '16505551234' }, { user: '447700900123' }] });
    expect(calls[0]).toMatchObject({
      method: 'DELETE',
      url: `${BASE}/${GROUP}/participants`,
      body: { messaging_product: 'whatsapp', participants: [{ user: '16505551234' }, { user: '447700900123' }] },
    });
  });
});

describe('groups: messages to a group', () => {
  it('send: POST /{phone-number-id}/messages with recipient_type group and the group id as to', async () => {
    const { wa, calls } = client({ json: { messaging_product: 'whatsapp', messages: [{ id: 'wamid.G1' }] } });
    await wa.groups.send(GROUP, { type: 'text', text: { body: 'Eure Bestellung ist unterwegs 🚚' } }, { replyTo: 'wamid.IN', bizOpaqueCallbackData: 'order-8812' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${BASE}/${PHONE}/messages` });
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'group',
      to: GROUP,
      context: { message_id: 'wamid.IN' },
      biz_opaque_callback_data: 'order-8812',
      type: 'text',
      text: { body: 'Eure Bestellung ist unterwegs 🚚' },
    });
  });

  it('send takes media and templates, and another phone number per call', async () => {
    const { wa, calls } = client({ json: { messages: [{ id: 'wamid.G2' }] } });
    await wa.groups.send(GROUP, { type: 'image', image: { link: 'https://example.com/map.png', caption: 'Route' } }, { phoneNumberId: '42' });
    await wa.groups.send(GROUP, { type: 'template', template: { name: 'group_update', language: { code: 'en_US' } } });
    expect(calls[0]).toMatchObject({ url: `${BASE}/42/messages`, body: { recipient_type: 'group', to: GROUP, type: 'image' } });
    expect(calls[1]?.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'template', template: { name: 'group_update', language: { code: 'en_US' } } });
  });

  it('the messages sugar reaches a group the same way with recipientType', async () => {
    const { wa, calls } = client({ json: { messages: [{ id: 'wamid.G3' }] } });
    await wa.messages.sendText(GROUP, 'Hello all', { recipientType: 'group' });
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'text', text: { body: 'Hello all' } });
  });

  it('rejects (never throws) without a phone number id, and passes the signal through', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch, timeoutMs: 0 });
    await expect(wa.groups.list()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.groups.create({ subject: 'x' })).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.groups.send(GROUP, { type: 'text', text: { body: 'x' } })).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    const controller = new AbortController();
    await wa.groups.delete(GROUP, { signal: controller.signal });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.signal).toBe(controller.signal);
  });
});
