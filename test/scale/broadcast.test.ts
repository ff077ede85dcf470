// Broadcasts across real processes: worker processes (child_process) take the jobs from a real
// redis-server and send through the shared Redis pacer to the loopback Graph stand-in, which
// enforces the number's throughput and the pair rate. One worker is killed mid-run; Redis is
// killed under another run. The stand-in's own log is the ground truth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcast } from '../../src/redis/broadcast/index.js';
import { bundleBroadcastSdk } from '../../scripts/bench/broadcast/bundle.mjs';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/bench/broadcast/graph-stand-in.mjs';
import { startWorkerProcess, type WorkerProcess } from '../../scripts/bench/broadcast/workers.mjs';
import { startRedisServer, type RedisServer } from '../support/redis.js';

/** This recipient's message reaches the stand-in, but its answer never comes back. */
const LOST_ANSWER = '15550009999';
const text = (to: string) => ({ messaging_product: 'whatsapp' as const, to, type: 'text' as const, text: { body: `Hello ${to}` } });
const phones = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `+1 555 ${prefix}${String(i).padStart(4, '0')}`);

let sdk: string;
let graph: GraphStandIn;
const servers: RedisServer[] = [];
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  [sdk, graph] = await Promise.all([bundleBroadcastSdk(), startGraphStandIn({ limit: 50, hang: (to) => to === LOST_ANSWER })]);
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await graph?.stop();
  for (const server of servers) await server.stop();
});

async function startWorkers(server: RedisServer, count: number, extra: Record<string, unknown> = {}): Promise<WorkerProcess[]> {
  const started = Array.from({ length: count }, () =>
    startWorkerProcess({ sdk, redisUrl: server.url, baseUrl: graph.baseUrl, messagesPerSecond: 50, concurrency: 8, lockDurationMs: 1_500, timeoutMs: 1_000, log: true, ...extra }),
  );
  workers.push(...started);
  await Promise.all(started.map((worker) => worker.ready));
  return started;
}

describe('broadcast workers', () => {
  it('send each recipient exactly once with one worker killed mid-run, listing the ambiguous send instead of repeating it', async () => {
    const server = await startRedisServer();
    servers.push(server);
    const [victim, ...survivors] = await startWorkers(server, 3);
    const distinct = [...phones('100', 150), LOST_ANSWER];
    const recipients = [...distinct, ...distinct.slice(0, 20).map((to) => to.replace(/\D/g, ''))];
    const broadcast = await createBroadcast({ connection: server.url, phoneNumberId: 'number-one', recipients, message: text });

    let killedAt: number | undefined;
    let last;
    for await (const report of broadcast.progress({ intervalMs: 100 })) {
      last = report;
      if (killedAt === undefined && report.done >= 50) {
        victim!.kill('SIGKILL');
        killedAt = report.done;
      }
    }
    expect(killedAt).toBeDefined();
    expect(last).toMatchObject({ total: 151, duplicates: 20, finished: true, failed: 0 });
    expect(last!.sent + last!.ambiguous).toBe(151);

    const ambiguous = await broadcast.ambiguousRecipients();
    expect(ambiguous).toContain(LOST_ANSWER);
    const { duplicates, missed } = graph.count(distinct);
    expect(duplicates).toEqual([]);
    // A recipient without a message is one the report lists as ambiguous: listed, not lost.
    expect(missed.filter((to) => !ambiguous.includes(to))).toEqual([]);
    expect(graph.accepted.filter((message) => message.to === LOST_ANSWER)).toHaveLength(1);
    expect(graph.throttled).toEqual({ 130429: 0, 131056: 0 });

    await broadcast.close();
    for (const worker of survivors) worker.kill('SIGTERM');
    const exits = await Promise.all(survivors.map((worker) => worker.exited));
    for (const exit of exits) expect(exit).toMatchObject({ type: 'exit', reason: 'closed', unrecorded: [] });
    expect(await victim!.exited).toBeUndefined();
  });

  it('stop claiming and report when Redis is lost mid-run; nothing is sent after that', async () => {
    const server = await startRedisServer();
    servers.push(server);
    const started = await startWorkers(server, 2, { messagesPerSecond: 20 });
    const distinct = phones('200', 200);
    const broadcast = await createBroadcast({ connection: server.url, phoneNumberId: 'number-two', recipients: distinct, message: text });
    const acceptedHere = () => graph.accepted.filter((message) => message.number === 'number-two').length;
    for await (const report of broadcast.progress({ intervalMs: 100 })) if (report.done >= 20) break;
    await broadcast.close();

    await server.kill();
    const atKill = acceptedHere();
    const exits = await Promise.all(started.map((worker) => worker.exited));
    for (const exit of exits) {
      expect(exit).toMatchObject({ type: 'exit', reason: 'redis_lost', error: { name: 'RedisUnavailableError' } });
      expect(Array.isArray(exit!.unrecorded)).toBe(true);
    }
    const atExit = acceptedHere();
    // Only sends already claimed when Redis went (at most one per job in hand) can still land.
    expect(atExit - atKill).toBeLessThanOrEqual(2 * 8);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(acceptedHere()).toBe(atExit);
    expect(atExit).toBeLessThan(distinct.length);
    expect(graph.count(distinct).duplicates).toEqual([]);
  });
});
