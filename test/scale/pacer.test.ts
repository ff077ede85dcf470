// The in-process pacer against the loopback Graph stand-in: paced sends stay within the
// number's throughput and the pair rate (the stand-in answers no 130429/131056), unpaced ones do
// not; throttling answers hold the number or the pair; an ambiguous send is never repeated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, GraphNetworkError, GraphTimeoutError, UnexpectedResponseError, WhatsAppConfigError } from '../../src/index.js';
import { createPacer, isAmbiguousSend, memoryPacingStore, recipientKey, throttleScope, type PacingStore } from '../../src/pacing/index.js';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/bench/broadcast/graph-stand-in.mjs';

const NUMBER = '106540352242922';
let graph: GraphStandIn;

beforeAll(async () => {
  graph = await startGraphStandIn({ limit: 20, pairIntervalMs: 300, hang: (to) => to === '15550009999' });
});
afterAll(() => graph?.stop());

function client(timeoutMs = 10_000) {
  return createWhatsApp({ accessToken: 'test-token', baseUrl: graph.baseUrl, phoneNumberId: NUMBER, timeoutMs });
}

function graphError(code: number, status = 400) {
  return new GraphApiError({ status, headers: new Headers(), body: { error: { message: 'limit', type: 'OAuthException', code } } });
}

describe('createPacer', () => {
  it('keeps a burst of sends within the number throughput, where the same burst unpaced is throttled', async () => {
    const wa = client();
    const unpaced = Array.from({ length: 30 }, (_, i) => wa.messages.sendText(`+1 555 100 ${String(i).padStart(4, '0')}`, 'hi').then(() => 'ok', (error: GraphApiError) => error.code));
    const codes = await Promise.all(unpaced);
    expect(codes.filter((code) => code === 130429).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the stand-in's bucket refills

    const before = { ...graph.throttled };
    const pacer = createPacer({ messagesPerSecond: 20 });
    const paced = Array.from({ length: 30 }, (_, i) => {
      const to = `+1 555 200 ${String(i).padStart(4, '0')}`;
      return pacer.run({ phoneNumberId: NUMBER, recipient: to }, () => wa.messages.sendText(to, 'hi', { retry: false }), { retry: false });
    });
    const results = await Promise.all(paced);
    expect(results.every((result) => result.messages[0]?.id.startsWith('wamid.'))).toBe(true);
    expect(graph.throttled).toEqual(before);
  });

  it('spaces messages to the same recipient by the pair interval, however the number is written', async () => {
    const wa = client();
    const before = { ...graph.throttled };
    const pacer = createPacer({ messagesPerSecond: 20, pairIntervalMs: 400 });
    const forms = ['+1 555 300 0001', '15553000001', '+1 (555) 300-0001'];
    await Promise.all(forms.map((to) => pacer.run({ phoneNumberId: NUMBER, recipient: to }, () => wa.messages.sendText(to, 'hi', { retry: false }), { retry: false })));
    expect(graph.accepted.filter((message) => message.to === '15553000001')).toHaveLength(3);
    expect(graph.throttled).toEqual(before);
  });

  it('holds the number on 130429 and the pair on 131056, for the wait the error carries (X-Business-Use-Case-Usage, Retry-After, the error table)', async () => {
    const holds: string[] = [];
    const memory = memoryPacingStore();
    const store: PacingStore = {
      reserve: memory.reserve,
      holdNumber: (number, ms) => void holds.push(`number ${number} ${ms}`),
      holdPair: (number, recipient, ms) => void holds.push(`pair ${number} ${recipient} ${ms}`),
    };
    const pacer = createPacer({ store });
    const target = { phoneNumberId: NUMBER, recipient: '+1 555 400 0001' };
    expect(await pacer.backOff(target, graphError(130429))).toBe('number');
    expect(await pacer.backOff(target, graphError(131056))).toBe('pair');
    expect(await pacer.backOff(target, graphError(80007), 2_500)).toBe('number');
    expect(await pacer.backOff(target, graphError(131026))).toBeUndefined();
    const usage = new Headers({ 'x-business-use-case-usage': JSON.stringify({ '102': [{ type: 'whatsapp', call_count: 100, estimated_time_to_regain_access: 2 }] }) });
    const withUsage = new GraphApiError({ status: 400, headers: usage, body: { error: { message: 'limit', code: 130429 } } });
    expect(await pacer.backOff(target, withUsage)).toBe('number');
    expect(holds).toEqual([`number ${NUMBER} 1000`, `pair ${NUMBER} 15554000001 4000`, `number ${NUMBER} 2500`, `number ${NUMBER} 120000`]);
  });

  it('sends a throttled message again after the hold, and an ambiguous one never', async () => {
    // No pair rest here: the attempt Graph refused books the pair too, which is the cautious side.
    const pacer = createPacer({ messagesPerSecond: 50, pairIntervalMs: 0, retry: { baseDelayMs: 10 } });
    const target = { phoneNumberId: NUMBER, recipient: '15554000002' };
    let calls = 0;
    const result = await pacer.run(target, async () => {
      calls++;
      if (calls === 1) throw new GraphApiError({ status: 400, headers: new Headers({ 'retry-after': '0' }), body: { error: { message: 'limit', code: 130429 } } });
      return 'sent';
    });
    expect(result).toBe('sent');
    expect(calls).toBe(2);

    const wa = client(400);
    const accepted = graph.accepted.length;
    const error = await pacer
      .run({ phoneNumberId: NUMBER, recipient: '15550009999' }, () => wa.messages.sendText('15550009999', 'hi', { retry: false }))
      .catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(isAmbiguousSend(error)).toBe(true);
    expect(graph.accepted.length).toBe(accepted + 1);
  });

  it('refuses bad options and targets with a WhatsAppConfigError naming them', async () => {
    expect(() => createPacer({ messagesPerSecond: 0 })).toThrow(/messagesPerSecond/);
    expect(() => createPacer({ burst: 0.5 })).toThrow(WhatsAppConfigError);
    expect(() => createPacer({ pairIntervalMs: -1 })).toThrow(/pairIntervalMs/);
    const pacer = createPacer({ messagesPerSecond: () => Number.NaN });
    await expect(pacer.acquire({ phoneNumberId: NUMBER, recipient: '1555' })).rejects.toThrow(/messagesPerSecond\("106540352242922"\)/);
    await expect(createPacer().acquire({ phoneNumberId: '', recipient: '1555' })).rejects.toThrow(/phoneNumberId/);
    await expect(createPacer().acquire({ phoneNumberId: NUMBER, recipient: ' ' })).rejects.toThrow(/recipient/);
  });

  it('ends a wait for a slot when the signal fires', async () => {
    const pacer = createPacer({ messagesPerSecond: 1 });
    const target = { phoneNumberId: 'slow-number', recipient: '15554000003' };
    await pacer.acquire(target);
    const controller = new AbortController();
    const waiting = pacer.acquire({ ...target, recipient: '15554000004' }, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});

describe('send outcomes', () => {
  it('tells a send that certainly did not go out from an ambiguous one', () => {
    const request = { method: 'POST', url: 'https://graph.facebook.com/v23.0/1/messages' };
    const refused = new GraphNetworkError('refused', request, Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
    const reset = new GraphNetworkError('reset', request, Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } }));
    expect(isAmbiguousSend(graphError(131026))).toBe(false);
    expect(isAmbiguousSend(graphError(130429))).toBe(false);
    expect(isAmbiguousSend(graphError(131000, 500))).toBe(true);
    expect(isAmbiguousSend(new UnexpectedResponseError({ status: 200, headers: new Headers(), body: '', problem: 'empty' }))).toBe(true);
    expect(isAmbiguousSend(refused)).toBe(false);
    expect(isAmbiguousSend(reset)).toBe(true);
    expect(isAmbiguousSend(new GraphTimeoutError(1000, request, undefined))).toBe(true);
    expect(isAmbiguousSend(new WhatsAppConfigError('bad'))).toBe(false);
    expect(throttleScope(graphError(131048))).toBeUndefined();
  });

  it('keys a phone number by its digits and anything else as given', () => {
    expect(recipientKey('+1 (555) 010-2030')).toBe('15550102030');
    expect(recipientKey(' US.13491208655302741918 ')).toBe('US.13491208655302741918');
  });
});
