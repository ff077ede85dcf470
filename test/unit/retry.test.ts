import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsApp, GraphAbortError, GraphApiError, GraphNetworkError } from '../../src/index.js';
import { failedBeforeSending, isRetryable, resolveRetryPolicy, retryDelay, DEFAULT_RETRY, type RetryPolicy } from '../../src/core/retry-policy.js';
import { withRetry, type RetryClock } from '../../src/core/retry.js';
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

/** A clock that records each wait instead of sleeping, with jitter fixed at its lowest. */
function recordingClock(random = 0): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, random: () => random, sleep: async (ms) => void waits.push(ms) };
}

function graphError(code: number, headers: Record<string, string> = {}) {
  return new GraphApiError({ status: 400, headers: new Headers(headers), body: { error: { message: 'throttled', code } } });
}

/** Runs `failures` failing attempts, then a success, under `policy`; returns the waits between them. */
async function waitsFor(errors: GraphApiError[], policy: Partial<RetryPolicy>, random = 0) {
  const clock = recordingClock(random);
  let attempt = 0;
  const result = await withRetry(
    async () => {
      const error = errors[attempt++];
      if (error) throw error;
      return 'done';
    },
    'POST',
    { ...DEFAULT_RETRY, maxAttempts: errors.length + 1, ...policy },
    undefined,
    clock,
  ).catch((error: unknown) => error);
  return { waits: clock.waits, result, attempts: attempt };
}

describe('throttling waits', () => {
  it('131056 without a header waits 4 s, 16 s, 64 s: the documented 4^n', async () => {
    const { waits, result } = await waitsFor([graphError(131056), graphError(131056), graphError(131056)], { maxDelayMs: 100_000 });
    expect(waits).toEqual([4000, 16_000, 64_000]);
    expect(result).toBe('done');
  });

  it('gives up when the grown wait passes maxDelayMs, instead of waiting less than documented', async () => {
    const errors = [graphError(131056), graphError(131056), graphError(131056)];
    const { waits, result, attempts } = await waitsFor(errors, { maxDelayMs: 30_000 });
    expect(waits).toEqual([4000, 16_000]);
    expect(attempts).toBe(3);
    expect(result).toBe(errors[2]);
  });

  it('a throttling minimum without a documented factor doubles (130429: 1 s, 2 s, 4 s)', async () => {
    const { waits } = await waitsFor([graphError(130429), graphError(130429), graphError(130429)], {});
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('jitter only ever adds to the documented minimum', async () => {
    const { waits } = await waitsFor([graphError(131056), graphError(131056)], {}, 0.999);
    expect(waits[0]).toBeGreaterThan(4000);
    expect(waits[0]).toBeLessThanOrEqual(4400);
    expect(waits[1]).toBeGreaterThan(16_000);
    expect(waits[1]).toBeLessThanOrEqual(17_000);
  });

  it("Graph's Retry-After is used as given on every attempt, not grown", async () => {
    const asked = () => graphError(131056, { 'retry-after': '5' });
    const { waits } = await waitsFor([asked(), asked(), asked()], {});
    expect(waits).toEqual([5000, 5000, 5000]);
  });

  it('X-Business-Use-Case-Usage is honoured the same way', async () => {
    const usage = JSON.stringify({ '1': [{ type: 'whatsapp', estimated_time_to_regain_access: 1 }] });
    const { waits } = await waitsFor([graphError(80007, { 'x-business-use-case-usage': usage })], { maxDelayMs: 120_000 });
    expect(waits).toEqual([60_000]);
  });

  it('Retry-After: 0 waits a small jittered floor, never zero', async () => {
    const now = () => graphError(4, { 'retry-after': '0' });
    const low = await waitsFor([now(), now(), now()], { baseDelayMs: 200 }, 0);
    expect(low.waits).toEqual([100, 100, 100]);
    const high = await waitsFor([now()], { baseDelayMs: 200 }, 0.999);
    expect(high.waits[0]).toBeGreaterThan(199);
    expect(high.waits[0]).toBeLessThanOrEqual(200);
  });

  it('codes without any minimum back off exponentially from baseDelayMs', async () => {
    const { waits } = await waitsFor([graphError(4), graphError(4), graphError(4)], { baseDelayMs: 100 }, 0);
    expect(waits).toEqual([50, 100, 200]);
  });
});

describe('retrying through the facade, on a fake clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Sends once, advancing the fake clock until it settles; returns the clock time of each request. */
  async function sendOnFakeClock(...replies: Parameters<typeof stubFetch>) {
    const stub = stubFetch(...replies);
    const times: number[] = [];
    const fetch: typeof stub.fetch = (input, init) => {
      times.push(Date.now());
      return stub.fetch(input, init);
    };
    const wa = createWhatsApp({ accessToken: 'token', phoneNumberId: '1', fetch, retry: { maxAttempts: 4, maxDelayMs: 60_000 } });
    let outcome: { value?: unknown; error?: unknown } | undefined;
    void wa.messages.sendText('1', 'hi').then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    while (!outcome) await vi.advanceTimersByTimeAsync(50);
    return { times, outcome };
  }

  it('131056 with no Retry-After waits 4 s, then 16 s, before each new attempt', async () => {
    vi.useFakeTimers({ now: 0 });
    const pair = { status: 400, json: { error: { message: 'pair rate limit', code: 131056 } } };
    const { times, outcome } = await sendOnFakeClock(pair, pair, sent);
    expect(outcome.value).toMatchObject({ messages: [{ id: 'wamid.A' }] });
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(4000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(16_000);
  });

  it('a Retry-After HTTP date is waited out before the next attempt', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-21T10:00:00Z') });
    const limited = { status: 429, json: { error: { message: 'limit', code: 80007 } }, headers: { 'retry-after': 'Sat, 21 Nov 2026 10:00:20 GMT' } };
    const { times, outcome } = await sendOnFakeClock(limited, sent);
    expect(outcome.value).toBeDefined();
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20_000);
  });

  it('Retry-After: 0 does not fire the next attempt at once', async () => {
    vi.useFakeTimers({ now: 0 });
    const now = { status: 400, json: { error: { message: 'limit', code: 4 } }, headers: { 'retry-after': '0' } };
    const { times } = await sendOnFakeClock(now, sent);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(DEFAULT_RETRY.baseDelayMs / 2);
  });
});
