// The user-initiated call path with typed objects end to end: a connect webhook → pre_accept and
// accept with the SDP answer → the terminate webhook that closes the call.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { parseWebhook, type WebhookEvent } from '../../src/webhooks/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url), 'utf8'));
const callEvents = (events: WebhookEvent[]) => events.flatMap((event) => (event.type === 'call' ? [event] : []));
const SDP_ANSWER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n';

describe('answering a user-initiated call', () => {
  it('goes from the connect webhook to pre_accept + accept to the terminate webhook', async () => {
    const [connect] = callEvents(parseWebhook(fixture('calls.json')));
    expect(connect?.call.event).toBe('connect');
    expect(connect?.call.direction).toBe('USER_INITIATED');
    expect(connect?.call.session?.sdp_type).toBe('offer');

    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await wa.calls.answerCall({ callId: connect!.call.id, sdpAnswer: SDP_ANSWER, phoneNumberId: connect!.phoneNumberId });

    expect(calls.map((c) => [c.url, c.body])).toEqual(
      ['pre_accept', 'accept'].map((action) => [
        'https://graph.facebook.com/v23.0/106540352242922/calls',
        { messaging_product: 'whatsapp', call_id: connect!.call.id, action, session: { sdp_type: 'answer', sdp: SDP_ANSWER } },
      ]),
    );

    const [terminate] = callEvents(parseWebhook(fixture('calls-terminate.json')));
    expect(terminate?.call.id).toBe(connect!.call.id);
    expect(terminate?.call).toMatchObject({ event: 'terminate', status: 'COMPLETED', duration: 95 });
    expect(terminate?.wabaId).toBe('102290129340398');
  });
});
