// createBroadcast: builds every recipient's message, drops repeated recipients, and enqueues one
// BullMQ job per recipient. Everything is checked before anything is written, so bad input or an
// unreachable Redis leaves nothing behind.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { recipientKey } from '../../pacing/recipient-key.js';
import type { OutboundMessage } from '../../resources/messages/index.js';
import { openRedis, type RedisConnection } from './connection.js';
import { RedisUnavailableError } from '../errors.js';
import { SEND_JOB, type BroadcastJob } from './job.js';
import { broadcastKeys, DEFAULT_PREFIX, DEFAULT_QUEUE_NAME, jobIdOf } from './keys.js';
import { readFailures, readReport, watchReport, type BroadcastFailure, type BroadcastReport } from './report.js';

export interface CreateBroadcastOptions<Recipient> {
  /** Where Redis is: a `redis://` URL or ioredis options. */
  connection: RedisConnection;
  /** The business phone number every message is sent from. */
  phoneNumberId: string;
  /** Who gets the message: anything `message` can turn into one (phone numbers, rows of a table…). */
  recipients: Iterable<Recipient> | AsyncIterable<Recipient>;
  /**
   * The message for one recipient, in Graph's wire format (a template with this recipient's
   * parameters, a text…); its `to` (or `recipient`) says who gets it.
   */
  message: (recipient: Recipient, index: number) => OutboundMessage;
  /** The broadcast's id (letters, digits, `.`, `_`, `-`). Default: a random one. An id in use is refused. */
  id?: string;
  /** The BullMQ queue; the workers must read the same one. Default `whatsapp-broadcasts`. */
  queueName?: string;
  /** Prefix of the broadcast's own keys (its state and report). Default `wa:broadcast`. */
  prefix?: string;
}

/** A broadcast, from the process that made it or any other (`openBroadcast`). */
export interface Broadcast {
  readonly id: string;
  /** Where it stands now. */
  report(): Promise<BroadcastReport>;
  /**
   * Reports as they change, every `intervalMs` (default 500), until every recipient has an
   * outcome or `signal` fires: made for a progress bar.
   */
  progress(options?: { intervalMs?: number; signal?: AbortSignal }): AsyncIterable<BroadcastReport>;
  /** Recipients whose send is ambiguous: check these by hand (or with status webhooks) before sending again. */
  ambiguousRecipients(): Promise<string[]>;
  /** Why each failed recipient failed. */
  failures(): Promise<BroadcastFailure[]>;
  /** Deletes the broadcast's state and report from Redis (its jobs stay queued). */
  remove(): Promise<void>;
  /** Closes this handle's Redis connection; the broadcast goes on. */
  close(): Promise<void>;
}

/** How many jobs go to Redis in one round trip. */
const CHUNK = 500;

const ID = /^[\w.-]{1,100}$/;

/**
 * Enqueues one job per distinct recipient on BullMQ; workers started with
 * `startBroadcastWorker` (in any number of processes) send them through the pacer. A recipient
 * listed twice (however the number is written) gets one message. Rejects with a
 * WhatsAppConfigError for bad input and a RedisUnavailableError when Redis cannot be reached,
 * in both cases before anything is enqueued.
 */
export async function createBroadcast<Recipient>(options: CreateBroadcastOptions<Recipient>): Promise<Broadcast> {
  checkOptions(options);
  const id = options.id ?? randomId();
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const jobs: { name: string; data: BroadcastJob; opts: { jobId: string } }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let index = 0;
  for await (const recipient of options.recipients) {
    const message = buildMessage(options.message, recipient, index++);
    const key = recipientKey((message.to ?? message.recipient) as string);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    jobs.push({ name: SEND_JOB, data: { broadcast: id, prefix, phoneNumberId: options.phoneNumberId, recipient: key, message }, opts: { jobId: jobIdOf(id, key) } });
  }
  if (jobs.length === 0) throw new WhatsAppConfigError('createBroadcast option recipients is empty');

  const redis = await openRedis(options.connection, 'createBroadcast');
  const keys = broadcastKeys(prefix, id);
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  let queue: Queue | undefined;
  try {
    if ((await redis.hsetnx(keys.meta, 'created', new Date().toISOString())) === 0) {
      throw new WhatsAppConfigError(`createBroadcast option id: a broadcast ${JSON.stringify(id)} exists already`);
    }
    await redis.hset(keys.meta, { total: jobs.length, duplicates, enqueued: 0, phoneNumberId: options.phoneNumberId, queue: queueName });
    // The queue writes through this fast-failing connection, so losing Redis mid-enqueue rejects
    // instead of waiting for it forever.
    queue = new Queue(queueName, { connection: redis, defaultJobOptions: JOB_OPTIONS });
    queue.on('error', () => {});
    for (let start = 0; start < jobs.length; start += CHUNK) {
      const chunk = jobs.slice(start, start + CHUNK);
      await queue.addBulk(chunk);
      await redis.hincrby(keys.meta, 'enqueued', chunk.length);
    }
    await redis.hset(keys.meta, 'complete', '1');
  } catch (error) {
    redis.disconnect();
    if (error instanceof WhatsAppConfigError) throw error;
    throw new RedisUnavailableError(`createBroadcast ${id}: Redis failed while enqueuing: ${(error as Error).message}`, describe(redis), error);
  } finally {
    await queue?.close().catch(() => {});
  }
  return broadcastHandle(redis, id, prefix);
}

/** Job options of every send: BullMQ may hand a job out again (a worker stopped or died); the claim keeps it to one send. */
const JOB_OPTIONS = { attempts: 25, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: true, removeOnFail: 1000 } as const;

/** A handle on a broadcast made elsewhere, to read its report from another process. */
export async function openBroadcast(options: { connection: RedisConnection; id: string; prefix?: string }): Promise<Broadcast> {
  if (!options || typeof options.id !== 'string' || !ID.test(options.id)) throw new WhatsAppConfigError('openBroadcast option id must be a broadcast id');
  const redis = await openRedis(options.connection, 'openBroadcast');
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if ((await redis.exists(broadcastKeys(prefix, options.id).meta)) === 0) {
    redis.disconnect();
    throw new WhatsAppConfigError(`openBroadcast option id: no broadcast ${JSON.stringify(options.id)}`);
  }
  return broadcastHandle(redis, options.id, prefix);
}

function broadcastHandle(redis: Redis, id: string, prefix: string): Broadcast {
  const keys = broadcastKeys(prefix, id);
  const report = () => readReport(redis, id, keys);
  return {
    id,
    report,
    progress: (options) => watchReport(report, options?.intervalMs ?? 500, options?.signal),
    ambiguousRecipients: async () => (await redis.smembers(keys.ambiguous)).sort(),
    failures: () => readFailures(redis, keys),
    remove: async () => {
      await redis.del(keys.meta, keys.state, keys.counts, keys.ambiguous, keys.failures);
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function checkOptions<Recipient>(options: CreateBroadcastOptions<Recipient>): void {
  if (!options || typeof options !== 'object') throw new WhatsAppConfigError('createBroadcast needs an options object');
  if (options.connection === undefined || options.connection === null) throw new WhatsAppConfigError('createBroadcast option connection is required (a redis:// URL or ioredis options)');
  if (typeof options.phoneNumberId !== 'string' || options.phoneNumberId.trim() === '') throw new WhatsAppConfigError('createBroadcast option phoneNumberId must be a non-empty string');
  const recipients = options.recipients as unknown as Record<symbol, unknown> | null | undefined;
  if (!recipients || (typeof recipients[Symbol.iterator] !== 'function' && typeof recipients[Symbol.asyncIterator] !== 'function')) {
    throw new WhatsAppConfigError('createBroadcast option recipients must be an iterable (an array, a generator…)');
  }
  if (typeof options.message !== 'function') throw new WhatsAppConfigError('createBroadcast option message must be a function from a recipient to its message');
  if (options.id !== undefined && (typeof options.id !== 'string' || !ID.test(options.id))) {
    throw new WhatsAppConfigError('createBroadcast option id must be 1 to 100 letters, digits, ".", "_" or "-"');
  }
}

function buildMessage<Recipient>(build: (recipient: Recipient, index: number) => OutboundMessage, recipient: Recipient, index: number): OutboundMessage {
  let message: OutboundMessage;
  try {
    message = build(recipient, index);
  } catch (error) {
    throw new WhatsAppConfigError(`createBroadcast option message threw for recipients[${index}]: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  const address = message && typeof message === 'object' ? (message.to ?? message.recipient) : undefined;
  if (typeof address !== 'string' || address.trim() === '') {
    throw new WhatsAppConfigError(`createBroadcast option message returned no recipient for recipients[${index}]: the message needs a "to" (or "recipient")`);
  }
  return message;
}

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function describe(redis: Redis): string {
  return `${redis.options.host ?? '127.0.0.1'}:${redis.options.port ?? 6379}`;
}
