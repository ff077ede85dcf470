// The error that ends a retried call says how many attempts were made, in `attempts` and in its
// message, so a log line shows whether retrying happened at all.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphAbortError, GraphApiError, type WhatsAppError } from '../../../src/index.js';
import { withRetry, type RetryClock } from '../../../src/core/retry.js';
import { resolveRetryPolicy } from '../../../src/core/retry-policy.js';
import { stubFetch } from '../../support/fetch-stub.js';
import { rejectionOf } from '../../support/rejection.js';

const throttled = { status: 400, json: { error: { message: '(#4) Application request limit reached', code: 4 } } };
const instantClock: RetryClock = { sleep: async () => undefined, random: () => 0.5 };

describe('the final error of a retried call', () => {
  it('carries the number of attempts and says it', async () => {
    const policy = resolveRetryPolicy({ maxAttempts: 3 })!;
    const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCretry', fetch: stubFetch(throttled).fetch });
    const error = (await rejectionOf(withRetry(() => wa.transport.request('GET', '/1'), 'GET', policy, undefined, instantClock))) as WhatsAppError;
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.attempts).toBe(3);
    expect(error.message).toMatch(/\(after 3 attempts\)$/);
    expect(error.stack).toContain('(after 3 attempts)');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ attempts: 3 });
  });

  it('is 1 when the failure was not one to retry, and the message stays as it was', async () => {
    const policy = resolveRetryPolicy(true)!;
    const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCretry', fetch: stubFetch({ status: 400, json: { error: { message: 'bad', code: 100 } } }).fetch });
    const error = (await rejectionOf(withRetry(() => wa.transport.request('GET', '/1'), 'GET', policy, undefined, instantClock))) as WhatsAppError;
    expect(error.attempts).toBe(1);
    expect(error.message).not.toContain('attempts');
  });

  it('counts the attempts made before the caller aborted a wait', async () => {
    const policy = resolveRetryPolicy({ maxAttempts: 5 })!;
    const controller = new AbortController();
    const abortingClock: RetryClock = {
      sleep: async (_ms, _signal, request) => {
        throw new GraphAbortError(request, 'stop');
      },
      random: () => 0.5,
    };
    const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCretry', fetch: stubFetch(throttled).fetch });
    const error = (await rejectionOf(withRetry(() => wa.transport.request('GET', '/1'), 'GET', policy, controller.signal, abortingClock))) as WhatsAppError;
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(error.attempts).toBe(1);
  });

  it('is undefined for a call made without a retry policy', async () => {
    const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCretry', fetch: stubFetch(throttled).fetch });
    const error = (await rejectionOf(wa.transport.request('GET', '/1'))) as WhatsAppError;
    expect(error.attempts).toBeUndefined();
  });
});
