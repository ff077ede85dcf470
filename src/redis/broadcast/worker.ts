// startBroadcastWorker: takes broadcast jobs from BullMQ and sends each through the pacer,
// exactly once per recipient. Per job: wait for a slot, claim the recipient (`begin`), send,
// record the outcome. A send that Graph refused for throttling (or that never left) is released
// and tried again under the retry policy; an ambiguous one is recorded as such and never
// repeated, unless the policy allows duplicate sends. When Redis goes away the worker stops
// claiming at once and reports what it could not record.
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { GraphApiError, WhatsAppError } from '../../core/errors.js';
import { WhatsAppConfigError } from '../../core/config-error.js';
import type { PhoneNumberCallOptions } from '../../core/options.js';
import { DEFAULT_RETRY, isRetryable, retryDelay, type RetryOptions, type RetryPolicy } from '../../core/retry-policy.js';
import { isAmbiguousSend } from '../../pacing/outcome.js';
import type { Pacer } from '../../pacing/pacer.js';
import { sleep } from '../../pacing/sleep.js';
import type { OutboundMessage, SendMessageResponse } from '../../resources/messages/index.js';
import { bullConnection, describeServer, openRedis, type RedisConnection } from './connection.js';
import { RedisUnavailableError } from '../errors.js';
import type { BroadcastJob } from './job.js';
import { broadcastKeys, DEFAULT_QUEUE_NAME } from './keys.js';
import { abandonSend, beginSend, finishSend, releaseSend, type Outcome } from './state.js';

/** What the worker needs of a client: `createWhatsApp(...)` fits. */
export interface MessageSender {
  messages: { send(message: OutboundMessage, options?: PhoneNumberCallOptions): Promise<SendMessageResponse> };
}

export interface BroadcastWorkerOptions {
  /** Where Redis is: the same server `createBroadcast` wrote to. */
  connection: RedisConnection;
  /** The client that sends (`createWhatsApp({ accessToken })`); its own `retry` is not used. */
  wa: MessageSender;
  /** The pacer every worker shares: `createRedisPacer(redis)` when workers run in several processes. */
  pacer: Pacer;
  /** The BullMQ queue. Default `whatsapp-broadcasts`. */
  queueName?: string;
  /**
   * Jobs handled at once. Most of them wait for their slot: together they book the number's
   * schedule ahead, so a worker held up for a moment does not leave it empty. Keep the total over
   * all workers under the number's messages per second (e.g. 24 each for 3 workers at 80/s):
   * sends that a paused process makes late then never exceed one second's worth. Default 16.
   */
  concurrency?: number;
  /**
   * Repeats of a send Graph certainly did not take (throttling, a refused connection), as the
   * client's retry options. Default 3 attempts. `allowDuplicateSends: true` also repeats ambiguous
   * sends, and takes over a send a dead worker left halfway: the user may get two messages.
   */
  retry?: RetryOptions;
  /**
   * How long a job stays locked to this worker without a heartbeat (ms); a job of a worker that
   * died is handed to another one after about this long. Default 30 000.
   */
  lockDurationMs?: number;
  /** Each recipient's outcome as this worker records it, for logs. */
  onOutcome?: (event: BroadcastOutcomeEvent) => void;
  /** Errors of BullMQ's own connections (they reconnect by themselves). Default: ignored. */
  onError?: (error: Error) => void;
}

/** One recipient's outcome, as `onOutcome` sees it. `skipped`: another attempt had settled it. */
export interface BroadcastOutcomeEvent {
  broadcast: string;
  recipient: string;
  status: 'sent' | 'failed' | 'ambiguous' | 'skipped';
  wamid?: string;
  error?: WhatsAppError | Error;
}

/** What a worker did, once it stopped. */
export interface BroadcastWorkerExit {
  /** `closed`: `close()` was called; `redis_lost`: Redis went away and the worker stopped claiming. */
  reason: 'closed' | 'redis_lost';
  /** Why Redis counts as lost. */
  error?: RedisUnavailableError;
  sent: number;
  failed: number;
  ambiguous: number;
  skipped: number;
  /**
   * Outcomes that happened but could not be written to Redis (it was gone): these sends went out
   * (or may have), and the broadcast's report will list them as ambiguous.
   */
  unrecorded: BroadcastOutcomeEvent[];
}

export interface BroadcastWorker {
  /** Resolves when the worker has stopped, by `close()` or because Redis was lost. */
  readonly closed: Promise<BroadcastWorkerExit>;
  /** Stops taking jobs; jobs waiting for a slot go back to the queue for other workers. */
  close(): Promise<BroadcastWorkerExit>;
}

/** Raised inside a job when the worker stops: BullMQ hands the job to another worker later. */
class WorkerStopping extends Error {
  constructor() {
    super('the broadcast worker is stopping');
  }
}

/**
 * Starts a worker in this process. Run one per process, in as many processes as you like;
 * they share the pacer's schedule and the recipients' claims through Redis. Rejects with
 * RedisUnavailableError when Redis cannot be reached.
 */
export async function startBroadcastWorker(options: BroadcastWorkerOptions): Promise<BroadcastWorker> {
  const policy = checkOptions(options);
  const redis = await openRedis(options.connection, 'startBroadcastWorker');
  const workerId = Math.random().toString(36).slice(2, 10);
  const stopSignal = new AbortController();
  const exit: BroadcastWorkerExit = { reason: 'closed', sent: 0, failed: 0, ambiguous: 0, skipped: 0, unrecorded: [] };
  let stopping: Promise<BroadcastWorkerExit> | undefined;
  let resolveClosed!: (exit: BroadcastWorkerExit) => void;
  const closed = new Promise<BroadcastWorkerExit>((resolve) => (resolveClosed = resolve));

  const tell = (event: BroadcastOutcomeEvent) => {
    if (event.status === 'skipped') exit.skipped++;
    else exit[event.status]++;
    options.onOutcome?.(event);
  };

  /** A Redis step of a job; when it fails, Redis is lost: stop, and end the job unclaimed. */
  const redisStep = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (error) {
      void stop('redis_lost', error);
      throw new WorkerStopping();
    }
  };

  async function sendOne(job: Job<BroadcastJob>): Promise<string> {
    const { broadcast, prefix, phoneNumberId, recipient, message } = job.data;
    const keys = broadcastKeys(prefix, broadcast);
    const owner = `${workerId}.${job.attemptsStarted ?? 0}.${Math.random().toString(36).slice(2, 8)}`;
    const target = { phoneNumberId, recipient };
    for (let attempt = 1; ; attempt++) {
      if (stopSignal.signal.aborted) throw new WorkerStopping();
      try {
        await options.pacer.acquire(target, stopSignal.signal);
      } catch (error) {
        if (stopSignal.signal.aborted) throw new WorkerStopping();
        throw error;
      }
      const answer = await redisStep(beginSend(redis, keys, recipient, owner, policy.allowDuplicateSends));
      if (answer !== 'go') {
        tell({ broadcast, recipient, status: answer === 'ambiguous' ? 'ambiguous' : 'skipped' });
        return answer;
      }
      let outcome: Outcome;
      let failure: unknown;
      try {
        const response = await options.wa.messages.send(message, { phoneNumberId, retry: false });
        outcome = { status: 'sent', wamid: response?.messages?.[0]?.id ?? '' };
      } catch (error) {
        const delay = attempt < policy.maxAttempts && isRetryable(error, 'POST', policy) ? retryDelay(error, attempt, policy) : undefined;
        if (delay !== undefined) {
          await redisStep(releaseSend(redis, keys, recipient, owner));
          if (!(await options.pacer.backOff(target, error, delay))) await sleep(delay, stopSignal.signal).catch(() => {});
          continue;
        }
        failure = error;
        outcome = describeFailure(error);
      }
      const event: BroadcastOutcomeEvent = { broadcast, recipient, status: outcome.status, ...(outcome.status === 'sent' ? { wamid: outcome.wamid } : {}), ...(failure === undefined ? {} : { error: failure as Error }) };
      try {
        await finishSend(redis, keys, recipient, owner, outcome);
      } catch (error) {
        exit.unrecorded.push(event);
        void stop('redis_lost', error);
      }
      tell(event);
      return outcome.status;
    }
  }

  const worker = new Worker<BroadcastJob, string>(options.queueName ?? DEFAULT_QUEUE_NAME, sendOne, {
    connection: bullConnection(options.connection),
    concurrency: options.concurrency ?? 16,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.lockDurationMs ?? 30_000,
    // A job handed out again after its worker died is safe: the claim keeps it to one send.
    maxStalledCount: 25,
  });
  worker.on('error', (error) => options.onError?.(error));
  worker.on('failed', (job, error) => {
    // The last attempt failed (its attempts or stalls ran out): settle the recipient in the report.
    const final = job && (job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled more than/.test(error.message));
    if (!job || !final || stopping) return;
    const { broadcast, prefix, recipient } = job.data;
    const detail = JSON.stringify({ category: 'unknown', code: undefined, message: `the job was given up: ${error.message}` });
    abandonSend(redis, broadcastKeys(prefix, broadcast), recipient, detail).catch(() => {});
  });

  // This connection neither queues nor reconnects: when it ends, Redis is gone.
  redis.on('end', () => void stop('redis_lost', new Error('connection closed')));

  function stop(reason: BroadcastWorkerExit['reason'], cause?: unknown): Promise<BroadcastWorkerExit> {
    if (stopping) return stopping;
    exit.reason = reason;
    if (reason === 'redis_lost') {
      const server = describeServer(options.connection);
      exit.error = new RedisUnavailableError(`Redis at ${server} was lost; the worker stopped claiming: ${(cause as Error)?.message ?? String(cause)}`, server, cause);
    }
    stopSignal.abort(new WorkerStopping());
    stopping = (async () => {
      // Without Redis, BullMQ cannot hand jobs back: close without waiting for it.
      const closing = worker.close(reason === 'redis_lost');
      await (reason === 'redis_lost' ? Promise.race([closing.catch(() => {}), sleep(2_000)]) : closing.catch(() => {}));
      if (reason === 'redis_lost') void worker.disconnect().catch(() => {});
      redis.disconnect();
      resolveClosed(exit);
      return exit;
    })();
    return stopping;
  }

  return { closed, close: () => stop('closed') };
}

/** The recorded outcome of a send that will not be repeated. */
function describeFailure(error: unknown): Outcome {
  const code = error instanceof GraphApiError ? error.code : undefined;
  const category = error instanceof WhatsAppError ? error.category : 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  const detail = JSON.stringify({ category, code, message });
  return isAmbiguousSend(error) ? { status: 'ambiguous', detail } : { status: 'failed', category, detail };
}

function checkOptions(options: BroadcastWorkerOptions): RetryPolicy {
  if (!options || typeof options !== 'object') throw new WhatsAppConfigError('startBroadcastWorker needs an options object');
  if (options.connection === undefined || options.connection === null) throw new WhatsAppConfigError('startBroadcastWorker option connection is required (a redis:// URL or ioredis options)');
  if (typeof options.wa?.messages?.send !== 'function') throw new WhatsAppConfigError('startBroadcastWorker option wa must be a client made by createWhatsApp');
  if (typeof options.pacer?.acquire !== 'function' || typeof options.pacer.backOff !== 'function') throw new WhatsAppConfigError('startBroadcastWorker option pacer must be a Pacer (createRedisPacer)');
  if (options.concurrency !== undefined && !(Number.isInteger(options.concurrency) && options.concurrency >= 1)) {
    throw new WhatsAppConfigError(`startBroadcastWorker option concurrency must be an integer ≥ 1, got ${String(options.concurrency)}`);
  }
  if (options.lockDurationMs !== undefined && !(Number.isInteger(options.lockDurationMs) && options.lockDurationMs >= 1000)) {
    throw new WhatsAppConfigError(`startBroadcastWorker option lockDurationMs must be an integer ≥ 1000, got ${String(options.lockDurationMs)}`);
  }
  const retry = options.retry ?? {};
  const policy: RetryPolicy = {
    maxAttempts: retry.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
    baseDelayMs: retry.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: retry.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    allowDuplicateSends: retry.allowDuplicateSends ?? false,
  };
  if (!(Number.isInteger(policy.maxAttempts) && policy.maxAttempts >= 1)) throw new WhatsAppConfigError(`startBroadcastWorker option retry.maxAttempts must be an integer ≥ 1, got ${String(policy.maxAttempts)}`);
  return policy;
}
