// Throttling answered without any header saying how long to wait: the retry policy waits the
// error table's minimum for the code and grows it per retry (130429: 1 s, then 2 s, then 4 s;
// 131056: 4 s, then 16 s, as Meta documents 4^n), and gives up at once when the grown wait is
// longer than its cap. The table's waits are whole seconds and cannot be scaled down, so this
// runs a few sends against the stand-in in real time, the cases side by side.
import { describe, it } from 'vitest';
import { createWhatsApp, GraphApiError, type RetryOptions } from '../../src/index.js';
import { startFaultServer, type Attempt, type Fault } from '../support/fault-server.js';

const SENDS = 3;

async function throttledSends(fault: Fault, retry: RetryOptions, onFinished: (close: () => Promise<void>) => void) {
  const server = await startFaultServer({ seed: 4, mix: { [fault]: 1 } });
  onFinished(() => server.close());
  const wa = createWhatsApp({ accessToken: 'fault-token', phoneNumberId: '106540352242922', baseUrl: server.url, retry });
  const errors = await Promise.all(
    Array.from({ length: SENDS }, (_, index) =>
      wa.messages.sendText('16505551234', 'hi', { bizOpaqueCallbackData: `g${index}` }).then(
        () => undefined,
        (error: unknown) => error,
      ),
    ),
  );
  const logs = Array.from({ length: SENDS }, (_, index) => server.attempts.get(`g${index}`) ?? []);
  return { server, errors, logs };
}

/** For each retry, the time from the answer that refused the attempt before to its arrival. */
function waits(log: Attempt[]): number[] {
  return log.slice(1).map((attempt, index) => attempt.arrivedAt - log[index]!.answeredAt!);
}

describe.concurrent('throttling without a wait header', () => {
  it('131056 waits 4 s, then 16 s', async ({ expect, onTestFinished }) => {
    const { server, errors, logs } = await throttledSends(
      'throttle-131056-no-header',
      { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 20_000 },
      onTestFinished,
    );
    for (const log of logs) {
      expect(log).toHaveLength(3);
      const [first, second] = waits(log);
      // 1 ms of slack: timers and performance.now() round differently.
      expect(first).toBeGreaterThanOrEqual(4000 - 1);
      expect(second).toBeGreaterThanOrEqual(16_000 - 1);
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(GraphApiError);
      expect(error).toMatchObject({ status: 400, code: 131056, retryAfterSource: 'table' });
    }
    expect(server.accepted.size).toBe(0);
  }, 40_000);

  it('130429 waits 1 s, then 2 s, then 4 s', async ({ expect, onTestFinished }) => {
    const { errors, logs } = await throttledSends(
      'throttle-130429-no-header',
      { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 20_000 },
      onTestFinished,
    );
    for (const log of logs) {
      expect(log).toHaveLength(4);
      const [first, second, third] = waits(log);
      expect(first).toBeGreaterThanOrEqual(1000 - 1);
      expect(second).toBeGreaterThanOrEqual(2000 - 1);
      expect(third).toBeGreaterThanOrEqual(4000 - 1);
    }
    for (const error of errors) expect(error).toMatchObject({ status: 400, code: 130429 });
  }, 40_000);

  it('131056 gives up at once when the grown wait (16 s) is over the cap (10 s)', async ({ expect, onTestFinished }) => {
    const { errors, logs } = await throttledSends(
      'throttle-131056-no-header',
      { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 10_000 },
      onTestFinished,
    );
    for (const log of logs) {
      // Attempts were left, but the second refusal asked for more than the policy may wait.
      expect(log).toHaveLength(2);
      expect(waits(log)[0]).toBeGreaterThanOrEqual(4000 - 1);
    }
    for (const error of errors) expect(error).toMatchObject({ status: 400, code: 131056, retryAfterMs: 4000 });
  }, 40_000);
});
