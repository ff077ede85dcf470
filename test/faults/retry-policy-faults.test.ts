// The retry policy's other choices, each against the misbehaving Graph stand-in on loopback:
// duplicate sends only when asked for, reads repeated freely, a refused connection repeated, and
// no retrying at all unless the client opts in.
import { afterEach, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { unusedPort } from '../support/fault-port.js';
import { AMBIGUOUS_FAULTS, startFaultServer, THROTTLE_FAULTS, type FaultServer } from '../support/fault-server.js';

const PHONE = '106540352242922';
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Runs `count` tasks, `concurrency` at a time; each one's value or error, by index. */
async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>) {
  const outcomes: { value?: T; error?: unknown }[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      outcomes[index] = await task(index).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

describe('retry policy against a misbehaving Graph', () => {
  it('with allowDuplicateSends, ambiguous failures are repeated and the log shows the duplicates', async () => {
    // The main run's "never accepted twice" can fail: opting into duplicate sends makes the same log show them.
    const server = await startFaultServer({ seed: 3, mix: { ok: 1, 'html-502': 1, 'reset-after-body': 1 } });
    servers.push(server);
    const wa = createWhatsApp({
      accessToken: 'fault-token',
      phoneNumberId: PHONE,
      baseUrl: server.url,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 10, allowDuplicateSends: true },
    });
    await pool(300, 32, (index) => wa.messages.sendText('16505551234', 'hi', { bizOpaqueCallbackData: `d${index}` }));
    const repeatedAfterAmbiguous = [...server.attempts.values()].filter((attempts) =>
      attempts.slice(0, -1).some((attempt) => AMBIGUOUS_FAULTS.has(attempt.fault)),
    );
    expect(repeatedAfterAmbiguous.length).toBeGreaterThan(0);
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
    const port = await unusedPort();
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
