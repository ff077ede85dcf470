import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphAbortError, GraphApiError, GraphNetworkError } from '../../src/index.js';
import { failedBeforeSending, isRetryable, resolveRetryPolicy, retryDelay, DEFAULT_RETRY } from '../../src/core/retry-policy.js';
import { stubFetch } from '../support/fetch-stub.js';

const throttled = (code: number, headers: Record<string, string> = { 'retry-after': '0.001' }) => ({
  status: 400,
  json: { error: { message: 'throttled', type: 'OAuthException', code } },
  headers,
});
const sent = { json: { messaging_product: 'whatsapp', contacts: [], messages: [{ id: 'wamid.A' }] } };
const FAST = { baseDelayMs: 1, maxDelayMs: 50 };

function client(retry: Parameters<typeof createWhatsApp>[0]['retry'], ...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  return { wa: createWhatsApp({ accessToken: 'token', phoneNumberId: '1', fetch: stub.fetch, retry }), calls: stub.calls };
}

describe('retry policy', () => {
  it('is off by default: a throttled send fails after one attempt', async () => {
    const { wa, calls } = client(undefined, throttled(130429), sent);
    await expect(wa.messages.sendText('1', 'hi')).rejects.toMatchObject({ code: 130429 });
    expect(calls).toHaveLength(1);
  });

  it.each([130429, 131056, 80007, 4])('repeats a send throttled with code %i, the same request each time', async (code) => {
    const { wa, calls } = client(FAST, throttled(code), throttled(code), sent);
    await expect(wa.messages.sendText('1', 'hi')).resolves.toMatchObject({ messages: [{ id: 'wamid.A' }] });
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ url: calls[0]!.url, method: 'POST', body: calls[0]!.body });
  });

  it('never repeats a send after a 5xx unless allowDuplicateSends is set', async () => {
    const html = { status: 502, text: '<html>Bad Gateway</html>' };
    const plain = client(FAST, html, sent);
    await expect(plain.wa.messages.sendText('1', 'hi')).rejects.toBeInstanceOf(GraphApiError);
    expect(plain.calls).toHaveLength(1);
    const opted = client({ ...FAST, allowDuplicateSends: true }, html, sent);
    await expect(opted.wa.messages.sendText('1', 'hi')).resolves.toBeDefined();
    expect(opted.calls).toHaveLength(2);
  });

  it('repeats a read after a 5xx', async () => {
    const { wa, calls } = client(FAST, { status: 500, json: { error: { message: 'x', code: 131000 } } }, { json: { id: 'm' } });
    await expect(wa.transport.request('GET', '/m')).resolves.toEqual({ id: 'm' });
    expect(calls).toHaveLength(2);
  });

  it('stops after maxAttempts and rethrows the last error', async () => {
    const { wa, calls } = client({ ...FAST, maxAttempts: 2 }, throttled(130429));
    await expect(wa.messages.sendText('1', 'hi')).rejects.toMatchObject({ code: 130429 });
    expect(calls).toHaveLength(2);
  });

  it('fails at once when Graph asks for a longer wait than maxDelayMs', async () => {
    const { wa, calls } = client(FAST, throttled(130429, { 'retry-after': '60' }), sent);
    const error = await wa.messages.sendText('1', 'hi').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 130429, retryAfterMs: 60_000 });
    expect(calls).toHaveLength(1);
  });

  it('a per-call retry overrides the client: false turns it off, an object turns it on', async () => {
    const off = client(FAST, throttled(4), sent);
    await expect(off.wa.transport.request('POST', '/1/messages', { body: {}, retry: false })).rejects.toMatchObject({ code: 4 });
    expect(off.calls).toHaveLength(1);
    const on = client(undefined, throttled(4), sent);
    await expect(on.wa.transport.request('POST', '/1/messages', { body: {}, retry: FAST })).resolves.toBeDefined();
    expect(on.calls).toHaveLength(2);
  });

  it("the caller's signal ends the wait with GraphAbortError", async () => {
    const controller = new AbortController();
    const { wa, calls } = client({ maxDelayMs: 60_000 }, throttled(130429, { 'retry-after': '30' }), sent);
    const pending = wa.messages.sendText('1', 'hi', { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toBeInstanceOf(GraphAbortError);
    expect(calls).toHaveLength(1);
  });

  it('repeats a send whose connection was refused, not one reset mid-response', () => {
    const request = { method: 'POST', url: 'u' };
    const refused = new GraphNetworkError('x', request, Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }));
    const reset = new GraphNetworkError('x', request, Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }));
    const happyEyeballs = Object.assign(new AggregateError([Object.assign(new Error(), { code: 'ECONNREFUSED' }), Object.assign(new Error(), { code: 'ENETUNREACH' })]), {});
    expect(isRetryable(refused, 'POST', DEFAULT_RETRY)).toBe(true);
    expect(isRetryable(reset, 'POST', DEFAULT_RETRY)).toBe(false);
    expect(isRetryable(reset, 'GET', DEFAULT_RETRY)).toBe(true);
    expect(failedBeforeSending({ cause: happyEyeballs })).toBe(true);
  });

  it('waits at least what Graph asks, and otherwise backs off exponentially with jitter', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelay({ retryAfterMs: 250 }, 1, policy, () => 0)).toBe(250);
    expect(retryDelay({ retryAfterMs: 250 }, 1, policy, () => 0.999)).toBeGreaterThanOrEqual(250);
    expect(retryDelay({ retryAfterMs: 5000 }, 1, policy)).toBeUndefined();
    expect(retryDelay({}, 1, policy, () => 0)).toBe(50);
    expect(retryDelay({}, 3, policy, () => 1)).toBe(400);
    expect(retryDelay({}, 10, policy, () => 1)).toBe(1000);
  });

  it('resolves options: call over client over defaults; maxAttempts 1 or false is off', () => {
    expect(resolveRetryPolicy(undefined)).toBeUndefined();
    expect(resolveRetryPolicy(true)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryPolicy({ maxAttempts: 1 })).toBeUndefined();
    expect(resolveRetryPolicy({ maxAttempts: 5 }, { baseDelayMs: 9 })).toEqual({ ...DEFAULT_RETRY, maxAttempts: 5, baseDelayMs: 9 });
    expect(resolveRetryPolicy({ maxAttempts: 5 }, false)).toBeUndefined();
  });
});
