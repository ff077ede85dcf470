import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const accepted = { json: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.A' }] } };

describe('messages.sendText', () => {
  it('sends the documented JSON to the versioned Graph URL with a bearer token', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const wa = createWhatsApp({ accessToken: 'EAAG-token', phoneNumberId: '106540352242922', fetch });
    const response = await wa.messages.sendText('16505551234', 'Hello ✓ — olá', { previewUrl: true });

    expect(response.messages[0]?.id).toBe('wamid.A');
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('POST');
    expect(call?.url).toBe('https://graph.facebook.com/v27.0/106540352242922/messages');
    expect(call?.headers.authorization).toBe('Bearer EAAG-token');
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'text',
      text: { preview_url: true, body: 'Hello ✓ — olá' },
    });
  });

  it('uses graphVersion, baseUrl, extra headers and per-call phone number ids', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const wa = createWhatsApp({ accessToken: 't', graphVersion: 'v24.0', fetch, headers: { 'user-agent': 'my-bot/1.0' } });
    await wa.messages.sendText({ recipient: 'US.1349' }, 'hi', { phoneNumberId: '42', replyTo: 'wamid.X', bizOpaqueCallbackData: 'order-7' });
    expect(calls[0]?.url).toBe('https://graph.facebook.com/v24.0/42/messages');
    expect(calls[0]?.headers['user-agent']).toBe('my-bot/1.0');
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      recipient: 'US.1349',
      context: { message_id: 'wamid.X' },
      biz_opaque_callback_data: 'order-7',
      type: 'text',
      text: { body: 'hi' },
    });

    const local = createWhatsApp({ accessToken: 't', baseUrl: 'http://127.0.0.1:4010/', fetch, phoneNumberId: '1' });
    await local.messages.sendText('2', 'x');
    expect(calls[1]?.url).toBe('http://127.0.0.1:4010/1/messages');
  });

  it('adds appsecret_proof (HMAC-SHA256 of the token keyed with the app secret)', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const wa = createWhatsApp({ accessToken: 'token', appSecret: 'secret', phoneNumberId: '1', fetch });
    await wa.messages.sendText('2', 'x');
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', 'secret').update('token').digest('hex');
    expect(calls[0]?.url).toBe(`https://graph.facebook.com/v27.0/1/messages?appsecret_proof=${expected}`);
  });

  it('passes the caller signal through to fetch', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', fetch, timeoutMs: 0 });
    const controller = new AbortController();
    await wa.messages.sendText('2', 'x', { signal: controller.signal });
    expect(calls[0]?.signal).toBe(controller.signal);
  });

  it('marks a message as read with a typing indicator', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', fetch });
    await expect(wa.messages.markAsRead('wamid.Y', { typing: true })).resolves.toEqual({ success: true });
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.Y', typing_indicator: { type: 'text' } });
  });

  it('rejects (does not throw synchronously) when no phone number id is known', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    const pending = wa.messages.sendText('2', 'x');
    await expect(pending).rejects.toMatchObject({ name: 'WhatsAppConfigError', category: 'parameter' });
  });

  it('keeps the raw typed openapi-fetch client reachable', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const wa = createWhatsApp({ accessToken: 't', appSecret: 's', fetch });
    const { data } = await createRawClient(wa).POST('/{phone-number-id}/messages', {
      params: { path: { 'phone-number-id': '77' } },
      body: { messaging_product: 'whatsapp', to: '1', type: 'text', text: { body: 'raw' } },
    });
    expect(data).toMatchObject({ messages: [{ id: 'wamid.A' }] });
    expect(calls[0]?.url).toMatch(/^https:\/\/graph\.facebook\.com\/v27\.0\/77\/messages\?appsecret_proof=[0-9a-f]{64}$/);
    expect(calls[0]?.headers.authorization).toBe('Bearer t');
  });
});

describe('per-call retry on message sends', () => {
  const throttled = { status: 400, json: { error: { message: 'rate limit', code: 4 } }, headers: { 'retry-after': '0' } };

  it('a call can turn retrying on for a throttled send', async () => {
    const { fetch, calls } = stubFetch(throttled, accepted);
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', fetch });
    await expect(wa.messages.sendText('2', 'x', { retry: { baseDelayMs: 1 } })).resolves.toMatchObject({ messages: [{ id: 'wamid.A' }] });
    expect(calls).toHaveLength(2);
  });

  it('a call can turn the client retry policy off', async () => {
    const { fetch, calls } = stubFetch(throttled, accepted);
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', fetch, retry: { baseDelayMs: 1 } });
    await expect(wa.messages.sendText('2', 'x', { retry: false })).rejects.toMatchObject({ code: 4, category: 'throttling' });
    expect(calls).toHaveLength(1);
  });
});
