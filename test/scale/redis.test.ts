// The Redis parts against a real redis-server (one per file, on a free port): the shared webhook
// `seen` store, the pacer shared by several clients, and createBroadcast's checks: bad input and
// an unreachable Redis leave nothing enqueued, a repeated recipient gets one message.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { createRedisPacer, redisSeen, RedisUnavailableError } from '../../src/redis/index.js';
import { createBroadcast, openBroadcast, startBroadcastWorker, type BroadcastReport } from '../../src/redis/broadcast/index.js';
import { broadcastKeys } from '../../src/redis/broadcast/keys.js';
import { readReport } from '../../src/redis/broadcast/report.js';
import { beginSend, finishSend, releaseSend } from '../../src/redis/broadcast/state.js';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/bench/broadcast/graph-stand-in.mjs';
import { freePort, startRedisServer, type RedisServer } from '../support/redis.js';

const NUMBER = '106540352242922';
let server: RedisServer;
let redis: Redis;
let graph: GraphStandIn;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  graph = await startGraphStandIn({ limit: 30, undeliverable: (to) => to === '15557000404' });
});
afterAll(async () => {
  redis?.disconnect();
  await graph?.stop();
  await server?.stop();
});

const text = (to: string) => ({ messaging_product: 'whatsapp' as const, to, type: 'text' as const, text: { body: 'Hello' } });

describe('redisSeen', () => {
  it('answers false once per key across instances, and keeps keys for at least seven days', async () => {
    const other = new Redis(server.url);
    try {
      const seenHere = redisSeen(redis);
      const seenThere = redisSeen(other);
      const answers = await Promise.all([seenHere('message:wamid.A'), seenThere('message:wamid.A'), seenHere('message:wamid.A')]);
      expect(answers.filter((answer) => answer === false)).toHaveLength(1);
      expect(await seenThere('message:wamid.B')).toBe(false);
      expect(await redis.ttl('wa:seen:message:wamid.A')).toBeGreaterThanOrEqual(7 * 24 * 3600);
    } finally {
      other.disconnect();
    }
  });

  it('refuses a lifetime shorter than Graph redelivers', () => {
    expect(() => redisSeen(redis, { ttlSeconds: 3600 })).toThrow(WhatsAppConfigError);
    expect(() => redisSeen(redis, { ttlSeconds: 3600 })).toThrow(/ttlSeconds/);
  });
});

describe('createRedisPacer', () => {
  it('keeps two clients pacing one number within its throughput together', async () => {
    const clients = [new Redis(server.url), new Redis(server.url)];
    try {
      const wa = createWhatsApp({ accessToken: 'test-token', baseUrl: graph.baseUrl, phoneNumberId: NUMBER });
      const pacers = clients.map((client) => createRedisPacer(client, { messagesPerSecond: 30, prefix: 'pace-test' }));
      const before = { ...graph.throttled };
      const sends = Array.from({ length: 60 }, (_, i) => {
        const to = `1555600${String(i).padStart(4, '0')}`;
        return pacers[i % 2]!.run({ phoneNumberId: NUMBER, recipient: to }, () => wa.messages.sendText(to, 'hi', { retry: false }), { retry: false });
      });
      await Promise.all(sends);
      expect(graph.throttled).toEqual(before);
      expect(graph.count(Array.from({ length: 60 }, (_, i) => `1555600${String(i).padStart(4, '0')}`)).missed).toEqual([]);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});

describe('createBroadcast', () => {
  it('rejects with RedisUnavailableError naming the server when Redis is unreachable, and enqueues nothing', async () => {
    const port = await freePort();
    const error = await createBroadcast({ connection: `redis://user:secret@127.0.0.1:${port}`, phoneNumberId: NUMBER, recipients: ['15550000001'], message: text }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).not.toContain('secret');
    const worker = await startBroadcastWorker({ connection: { port, host: '127.0.0.1' }, wa: createWhatsApp({ accessToken: 't' }), pacer: createRedisPacer(redis) }).catch((failure: unknown) => failure);
    expect(worker).toBeInstanceOf(RedisUnavailableError);
  });

  it('refuses bad input before writing anything', async () => {
    const keysBefore = await redis.dbsize();
    const base = { connection: server.url, phoneNumberId: NUMBER, message: text };
    await expect(createBroadcast({ ...base, recipients: [] })).rejects.toThrow(/recipients is empty/);
    await expect(createBroadcast({ ...base, recipients: ['1555'], phoneNumberId: '' })).rejects.toThrow(/phoneNumberId/);
    await expect(createBroadcast({ ...base, recipients: 5 as unknown as string[] })).rejects.toThrow(/recipients must be an iterable/);
    await expect(createBroadcast({ ...base, id: 'a:b', recipients: ['1555'] })).rejects.toThrow(/option id/);
    await expect(
      createBroadcast({
        ...base,
        recipients: ['15550000001', '15550000002', 'boom'],
        message: (to) => {
          if (to === 'boom') throw new Error('no template for this row');
          return text(to);
        },
      }),
    ).rejects.toThrow(/recipients\[2\]: no template for this row/);
    await expect(createBroadcast({ ...base, recipients: ['1555'], message: () => ({ type: 'text' }) as never })).rejects.toThrow(/needs a "to"/);
    expect(await redis.dbsize()).toBe(keysBefore);
  });

  it('sends one message to a recipient listed several times, and reports the repeats and the failures by category', async () => {
    const recipients = ['+1 555 700 0001', '15557000001', '+1 (555) 700-0002', '1 555 700 0002', '15557000003', '+1 555 700 0404'];
    const broadcast = await createBroadcast({ connection: server.url, id: 'dupes', queueName: 'dupes', phoneNumberId: NUMBER, recipients, message: text });
    await expect(createBroadcast({ connection: server.url, id: 'dupes', queueName: 'dupes', phoneNumberId: NUMBER, recipients, message: text })).rejects.toThrow(/exists already/);
    const pacerClient = new Redis(server.url);
    const worker = await startBroadcastWorker({
      connection: server.url,
      queueName: 'dupes',
      wa: createWhatsApp({ accessToken: 'test-token', baseUrl: graph.baseUrl }),
      pacer: createRedisPacer(pacerClient, { messagesPerSecond: 30 }),
    });
    const reports: BroadcastReport[] = [];
    for await (const report of broadcast.progress({ intervalMs: 50 })) reports.push(report);
    const exit = await worker.close();
    pacerClient.disconnect();
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ id: 'dupes', total: 4, enqueued: 4, duplicates: 2, sent: 3, failed: 1, failedByCategory: { recipient: 1 }, ambiguous: 0, done: 4, pending: 0, finished: true });
    expect(reports.every((report, index) => index === 0 || report.done >= reports[index - 1]!.done)).toBe(true);
    expect(exit).toMatchObject({ reason: 'closed', sent: 3, failed: 1 });
    expect(await broadcast.failures()).toEqual([{ recipient: '15557000404', category: 'recipient', code: 131026, message: expect.stringContaining('131026') }]);
    expect(graph.count(['15557000001', '15557000002', '15557000003'])).toEqual({ duplicates: [], missed: [] });
    const elsewhere = await openBroadcast({ connection: server.url, id: 'dupes' });
    expect(await elsewhere.report()).toEqual(last);
    await elsewhere.close();
    await broadcast.remove();
    expect(await redis.exists('wa:broadcast:{dupes}:meta', 'wa:broadcast:{dupes}:state', 'wa:broadcast:{dupes}:counts')).toBe(0);
    await broadcast.close();
  });
});

describe('the claim of a recipient', () => {
  it('lets one owner send, turns a send left halfway into ambiguous, and lets the live sender settle it', async () => {
    const keys = broadcastKeys('claims', 'one');
    await redis.hset(keys.meta, { total: 3, complete: '1' });
    // A claims and sends; B gets the same job again (A looked dead): B does not send.
    expect(await beginSend(redis, keys, 'r1', 'A', false)).toBe('go');
    expect(await beginSend(redis, keys, 'r1', 'B', false)).toBe('ambiguous');
    expect(await readReport(redis, 'one', keys)).toMatchObject({ ambiguous: 1, done: 1 });
    // A was alive after all: its outcome replaces the ambiguity, and is counted once.
    expect(await finishSend(redis, keys, 'r1', 'A', { status: 'sent', wamid: 'wamid.1' })).toBe(true);
    expect(await beginSend(redis, keys, 'r1', 'C', false)).toBe('sent');
    expect(await readReport(redis, 'one', keys)).toMatchObject({ sent: 1, ambiguous: 0, done: 1 });
    expect(await redis.smembers(keys.ambiguous)).toEqual([]);

    // Graph refused A's attempt (throttled): released, another worker may take the recipient over,
    // and A, coming back, finds it taken.
    expect(await beginSend(redis, keys, 'r2', 'A', false)).toBe('go');
    expect(await releaseSend(redis, keys, 'r2', 'A')).toBe(true);
    expect(await beginSend(redis, keys, 'r2', 'B', false)).toBe('go');
    expect(await finishSend(redis, keys, 'r2', 'A', { status: 'sent', wamid: 'wamid.2' })).toBe(false);
    expect(await finishSend(redis, keys, 'r2', 'B', { status: 'failed', category: 'recipient', detail: '{"category":"recipient","message":"undeliverable"}' })).toBe(true);

    // Opted in to duplicates: a send left halfway is taken over and sent again.
    expect(await beginSend(redis, keys, 'r3', 'A', true)).toBe('go');
    expect(await beginSend(redis, keys, 'r3', 'B', true)).toBe('go');
    expect(await finishSend(redis, keys, 'r3', 'B', { status: 'sent', wamid: 'wamid.3' })).toBe(true);
    expect(await readReport(redis, 'one', keys)).toMatchObject({ sent: 2, failed: 1, failedByCategory: { recipient: 1 }, ambiguous: 0, done: 3, finished: true });
  });
});
