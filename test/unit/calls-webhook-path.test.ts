// The user-initiated call path with typed objects end to end: a connect webhook → pre_accept and
// accept with the SDP answer → the terminate webhook that closes the call. Then what the calls
// webhook requires of each event kind, and how a kind Meta adds later still arrives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWhatsApp, type Schemas } from '../../src/index.js';
import { parseWebhook, type WebhookEvent } from '../../src/webhooks/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url), 'utf8'));
const callEvents = (events: WebhookEvent[]) => events.flatMap((event) => (event.type === 'call' ? [event] : []));
const SDP_ANSWER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n';

describe('answering a user-initiated call', () => {
  it('goes from the connect webhook to pre_accept + accept to the terminate webhook', async () => {
    const [event] = callEvents(parseWebhook(fixture('calls.json')));
    if (event?.call.event !== 'connect') throw new Error('expected a connect event');
    // A validated connect always has the direction and the offer: its member of the union says so.
    const connect = { ...event, call: event.call as Extract<Schemas['WebhookCall'], { event: 'connect' }> };
    expect(connect.call.direction).toBe('USER_INITIATED');
    expect(connect.call.session.sdp_type).toBe('offer');
    expect(connect.call.session.sdp).toMatch(/^v=0\r\n/);

    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await wa.calls.answerCall({ callId: connect!.call.id, sdpAnswer: SDP_ANSWER, phoneNumberId: connect!.phoneNumberId });

    expect(calls.map((c) => [c.url, c.body])).toEqual(
      ['pre_accept', 'accept'].map((action) => [
        'https://graph.facebook.com/v27.0/106540352242922/calls',
        { messaging_product: 'whatsapp', call_id: connect!.call.id, action, session: { sdp_type: 'answer', sdp: SDP_ANSWER } },
      ]),
    );

    const [terminate] = callEvents(parseWebhook(fixture('calls-terminate.json')));
    expect(terminate?.call.id).toBe(connect!.call.id);
    expect(terminate?.call).toMatchObject({ event: 'terminate', status: 'COMPLETED', duration: 95 });
    expect(terminate?.wabaId).toBe('102290129340398');
  });
});

/** A calls delivery with these call events. */
const delivery = (...calls: object[]) => ({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [{ field: 'calls', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' }, calls } }],
    },
  ],
});
const CALL = { id: 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGBI2QjM4QzhENjE4QTMyRkU4QUEA', from: '16505551234', to: '15550783881', timestamp: '1751291200' };
const SESSION = { sdp_type: 'offer', sdp: SDP_ANSWER };

describe('the calls webhook, one member per event', () => {
  it.each([
    ['a connect without its SDP', { ...CALL, event: 'connect', direction: 'USER_INITIATED' }],
    ['a connect whose session has no SDP text', { ...CALL, event: 'connect', direction: 'USER_INITIATED', session: { sdp_type: 'offer' } }],
    ['a call event without an event', { ...CALL, direction: 'USER_INITIATED' }],
  ])('turns %s into an invalid event that points at the call', (_name, call) => {
    const [event, ...rest] = parseWebhook(delivery(call));
    expect(rest).toEqual([]);
    if (event?.type !== 'invalid') throw new Error(`expected an invalid event, got ${event?.type}`);
    expect(event.pointer).toBe('/entry/0/changes/0/value/calls/0');
    expect(event.value).toEqual(call);
  });

  it('reads a connect without a direction as a call: the session is what it is answered from', () => {
    const [event] = callEvents(parseWebhook(delivery({ ...CALL, event: 'connect', session: SESSION })));
    expect(event?.call.event === 'connect' && [event.call.direction, event.call.session.sdp_type]).toEqual([undefined, SESSION.sdp_type]);
  });

  it('reads a terminate without its outcome as a call: it still says the call ended', () => {
    const [event] = callEvents(parseWebhook(delivery({ ...CALL, event: 'terminate', direction: 'USER_INITIATED', duration: 12 })));
    expect(event?.call).toMatchObject({ event: 'terminate', duration: 12 });
    expect(event?.call.event === 'terminate' && event.call.status).toBeUndefined();
  });

  it('reads a business-initiated connect (the user picked up; the session is their answer)', () => {
    const call = { ...CALL, from: '15550783881', to: '16505551234', event: 'connect', direction: 'BUSINESS_INITIATED', session: { sdp_type: 'answer', sdp: SDP_ANSWER } };
    const [event] = callEvents(parseWebhook(delivery(call)));
    expect(event?.call).toEqual(call);
  });

  it('reads a failed terminate with its errors and no times', () => {
    const [event] = callEvents(parseWebhook(fixture('calls-failed.json')));
    expect(event?.call).toMatchObject({ event: 'terminate', status: 'FAILED', errors: [{ code: 138004 }] });
    expect(event?.call).not.toHaveProperty('duration');
  });

  it('passes an event kind Meta adds later on as an unknown event, exactly as sent, and an unknown status as a call', () => {
    const later = { ...CALL, event: 'transfer', direction: 'USER_INITIATED', transfer_target: '15550000000' };
    const laterOutcome = { ...CALL, event: 'terminate', direction: 'USER_INITIATED', status: 'MISSED_WHILE_BUSY' };
    const events = parseWebhook(delivery(later, laterOutcome));
    expect(events.map((event) => event.type)).toEqual(['unknown', 'call']);
    expect(events[0]).toMatchObject({ type: 'unknown', reason: 'unknown_call_event', value: later, phoneNumberId: '106540352242922' });
    expect(callEvents(events).map((event) => event.call)).toEqual([laterOutcome]);
  });

  it('narrows a connect event so its session needs no guard', () => {
    const [connect] = callEvents(parseWebhook(fixture('calls.json')));
    if (connect?.call.event !== 'connect') throw new Error('expected a connect event');
    const offer: string = connect.call.session.sdp;
    expect(offer).toMatch(/^v=0/);
  });
});
