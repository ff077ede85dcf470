// 10,000 sends at concurrency 256 through the retry policy against a Graph stand-in that throttles,
// fails, resets and hangs in a seeded mix. Proves: every send ends once, with a result or a typed
// error; no message is accepted twice; every retry waited at least as long as the headers asked;
// memory stays bounded. Loopback only.
import { createServer as createNetServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, GraphNetworkError, GraphTimeoutError, WhatsAppError } from '../../src/index.js';
import { AMBIGUOUS_FAULTS, startFaultServer, THROTTLE_FAULTS, type FaultServer } from '../support/fault-server.js';

const PHONE = '106540352242922';
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const MIX = {
  ok: 55,
  slow: 5,
  'throttle-130429': 8,
  'throttle-131056': 5,
  'throttle-80007': 4,
  'throttle-4': 3,
  'html-502': 5,
  'json-500': 4,
  'reset-before-body': 4,
  'reset-after-body': 4,
  hang: 3,
} as const;

/** Runs `count` tasks, `concurrency` at a time; resolves with each one's settlement count and outcome. */
async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>) {
  const outcomes: { settled: number; value?: T; error?: unknown }[] = Array.from({ length: count }, () => ({ settled: 0 }));
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const outcome = outcomes[index]!;
      await task(index).then(
        (value) => {
          outcome.settled++;
          outcome.value = value;
        },
        (error: unknown) => {
          outcome.settled++;
          outcome.error = error;
        },
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

function trackPeakRss() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss());
  };
}

describe('sends under faults', () => {
  it('10,000 sends at concurrency 256: each ends once, none accepted twice, waits honour the headers', async () => {
    const server = await startFaultServer({ seed: 9, mix: MIX, hangMs: 5000 });
    servers.push(server);
    const wa = createWhatsApp({
      accessToken: 'fault-token',
      phoneNumberId: PHONE,
      baseUrl: server.url,
      timeoutMs: 4000,
      retry: { maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 2000 },
    });
    const count = 10_000;
    const stopRss = trackPeakRss();
    const started = performance.now();
    const outcomes = await pool(count, 256, (index) =>
      wa.messages.sendText('16505551234', `message ${index}`, { bizOpaqueCallbackData: `m${index}` }),
    );
    const elapsedMs = performance.now() - started;
    const peakRss = stopRss();

    const errors = outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [outcome.error]));
    const retried = [...server.attempts.values()].filter((attempts) => attempts.length > 1).length;
    const rssMb = peakRss / 2 ** 20;
    const kinds = new Map<string, number>();
    for (const error of errors) {
      const kind = error instanceof GraphApiError ? `${error.status}${error.code === undefined ? '' : `/${error.code}`}` : (error as Error).name;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const succeeded = outcomes.length - errors.length;
    console.log(
      `faults: ${count} sends in ${(elapsedMs / 1000).toFixed(1)} s, ${succeeded} succeeded, ${errors.length} typed errors, ` +
        `${retried} retried, peak RSS ${rssMb.toFixed(0)} MB; ` +
        `errors: ${JSON.stringify(Object.fromEntries(kinds))}; ` +
        `faults served: ${JSON.stringify(Object.fromEntries(server.faultCounts))}`,
    );

    // Every send ended exactly once, with a response or one of the SDK's typed errors.
    expect(outcomes.filter((outcome) => outcome.settled !== 1)).toEqual([]);
    const untyped = outcomes.filter((outcome) => outcome.error !== undefined && !(outcome.error instanceof WhatsAppError));
    expect(untyped.map((outcome) => String(outcome.error))).toEqual([]);

    // No message was accepted twice, and every success was accepted exactly once.
    const duplicates = [...server.accepted].filter(([, times]) => times > 1);
    expect(duplicates).toEqual([]);
    outcomes.forEach((outcome, index) => {
      if (outcome.error === undefined) expect(server.accepted.get(`m${index}`), `m${index}`).toBe(1);
    });

    // No send was repeated after an ambiguous failure, and every retry came after the wait asked.
    let honoured = 0;
    for (const [marker, attempts] of server.attempts) {
      attempts.slice(0, -1).forEach((attempt, i) => {
        expect(AMBIGUOUS_FAULTS.has(attempt.fault), `${marker} retried after ${attempt.fault}`).toBe(false);
        const nextAttempt = attempts[i + 1]!;
        if (attempt.askedDelayMs !== undefined && attempt.answeredAt !== undefined) {
          // 1 ms of slack: timers and performance.now() round differently.
          expect(nextAttempt.arrivedAt - attempt.answeredAt, `${marker} attempt ${i + 2}`).toBeGreaterThanOrEqual(attempt.askedDelayMs - 1);
          honoured++;
        }
      });
    }
    expect(retried).toBeGreaterThan(1000);
    expect(honoured).toBeGreaterThan(1000);

    // Throttled sends that finally got through, and failures of each kind, all showed up.
    expect(errors.some((error) => error instanceof GraphApiError && error.status === 502)).toBe(true);
    expect(errors.some((error) => error instanceof GraphNetworkError)).toBe(true);
    expect(errors.some((error) => error instanceof GraphTimeoutError)).toBe(true);

    expect(rssMb).toBeLessThan(768);
  }, 120_000);

  it('with allowDuplicateSends, ambiguous failures are repeated and the log shows the duplicates', async () => {
    // The check above can fail: opting into duplicate sends makes the same log show them.
    const server = await startFaultServer({ seed: 3, mix: { ok: 1, 'html-502': 1, 'reset-after-body': 1 } });
    servers.push(server);
    const wa = createWhatsApp({
      accessToken: 'fault-token',
      phoneNumberId: PHONE,
      baseUrl: server.url,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 10, allowDuplicateSends: true },
    });
    const outcomes = await pool(300, 32, (index) => wa.messages.sendText('16505551234', 'hi', { bizOpaqueCallbackData: `d${index}` }));
    expect(outcomes.every((outcome) => outcome.settled === 1)).toBe(true);
    expect([...server.accepted.values()].filter((times) => times > 1).length).toBeGreaterThan(0);
  });

  it('reads are repeated after 5xx, resets and timeouts', async () => {
    const server = await startFaultServer({
      seed: 5,
      mix: { ok: 4, 'html-502': 1, 'json-500': 1, 'reset-after-body': 1, hang: 1, 'throttle-4': 1 },
      hangMs: 2500,
    });
    servers.push(server);
    const wa = createWhatsApp({
      accessToken: 'fault-token',
      baseUrl: server.url,
      timeoutMs: 2000,
      retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 20 },
    });
    const outcomes = await pool(400, 64, (index) => wa.transport.request<{ id: string }>('GET', '/object', { query: { marker: `r${index}` } }));
    expect(outcomes.every((outcome) => outcome.settled === 1)).toBe(true);
    const recovered = [...server.attempts.values()].filter(
      (attempts) => attempts.length > 1 && attempts.slice(0, -1).some((attempt) => AMBIGUOUS_FAULTS.has(attempt.fault)),
    );
    expect(recovered.length).toBeGreaterThan(0);
    // A read fails only once it has used every attempt; at these odds that is rare.
    outcomes.forEach((outcome, index) => {
      if (outcome.error === undefined) expect(outcome.value).toEqual({ id: `r${index}` });
      else expect(server.attempts.get(`r${index}`), String(outcome.error)).toHaveLength(8);
    });
    expect(outcomes.filter((outcome) => outcome.error === undefined).length).toBeGreaterThan(380);
  });

  it('a send is repeated when the connection was refused, and accepted once', async () => {
    const port = await freePort();
    let attempts = 0;
    let server: Promise<FaultServer> | undefined;
    const wa = createWhatsApp({
      accessToken: 'fault-token',
      phoneNumberId: PHONE,
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { maxAttempts: 10, baseDelayMs: 20, maxDelayMs: 100 },
      // Graph "comes up" after the first refused attempt.
      fetch: async (input, init) => {
        attempts++;
        try {
          return await fetch(input, init);
        } finally {
          server ??= startFaultServer({ seed: 1, mix: { ok: 1 } }, port).then((started) => (servers.push(started), started));
        }
      },
    });
    const response = await wa.messages.sendText('16505551234', 'hi', { bizOpaqueCallbackData: 'refused-1' });
    expect(response.messages[0]?.id).toBe('wamid.refused-1');
    expect(attempts).toBeGreaterThan(1);
    expect((await server!).accepted.get('refused-1')).toBe(1);
  });

  it('throttling is not retried when retry is off (the default)', async () => {
    const server = await startFaultServer({ seed: 2, mix: { 'throttle-130429': 1 } });
    servers.push(server);
    const wa = createWhatsApp({ accessToken: 'fault-token', phoneNumberId: PHONE, baseUrl: server.url });
    const error = await wa.messages.sendText('16505551234', 'hi', { bizOpaqueCallbackData: 'once' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).code).toBe(130429);
    expect(server.attempts.get('once')).toHaveLength(1);
    expect(THROTTLE_FAULTS.has(server.attempts.get('once')![0]!.fault)).toBe(true);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
