// The pacer: waits for a slot of the sending number (its throughput) and of the recipient (the
// pair rate) before each send, and slows a number or a pair down when Graph says it is over a
// limit. The schedule lives in a PacingStore: this process's memory by default, Redis to share
// it between processes. The waiting and the back-off are the same code for both.
import { WhatsAppConfigError } from '../core/config-error.js';
import { recordAttempts, WhatsAppError } from '../core/errors.js';
import { isRetryable, resolveRetryPolicy, retryDelay, type RetryOptions } from '../core/retry-policy.js';
import { checkPacerOptions, ruleFor, type PacerOptions } from './options.js';
import { throttleScope, type ThrottleScope } from './outcome.js';
import { recipientKey } from './recipient-key.js';
import { sleep } from './sleep.js';
import { memoryPacingStore, type PacingStore } from './store.js';

/** Who sends to whom: the business phone number id and the user (phone number or business-scoped id). */
export interface PaceTarget {
  phoneNumberId: string;
  recipient: string;
}

/** Options of one `run`. */
export interface PacedRunOptions {
  /** Ends the wait for a slot (and the wait between attempts); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the pacer's `retry` for this send. */
  retry?: RetryOptions | boolean;
}

/**
 * Keeps sends within Graph's limits: per phone number its messages per second, per recipient
 * the pair rate. One interface, whatever holds the schedule:
 *
 * ```ts
 * const pacer = createPacer({ messagesPerSecond: 80 });
 * await pacer.run({ phoneNumberId, recipient: to }, () => wa.messages.sendText(to, 'Hello', { phoneNumberId }));
 * ```
 */
export interface Pacer {
  /**
   * Resolves when a message from `target.phoneNumberId` to `target.recipient` may go. Each call
   * books one slot; call it right before the send.
   */
  acquire(target: PaceTarget, signal?: AbortSignal): Promise<void>;
  /**
   * Reads a failed send: when it is Graph's throttling (130429 and the other throughput codes
   * for the number, 131056 for the pair), nothing more is booked for the number or the pair for
   * `waitMs` (default: the error's `retryAfterMs`, which comes from `Retry-After`,
   * `X-Business-Use-Case-Usage` or the error table). Resolves to the scope held, or undefined
   * when the failure is no throttling.
   */
  backOff(target: PaceTarget, error: unknown, waitMs?: number): Promise<ThrottleScope | undefined>;
  /**
   * `acquire`, then `send`; a failure that certainly did not send (throttling, a refused
   * connection) is read by `backOff` and sent again under the retry policy. An ambiguous failure
   * (see `isAmbiguousSend`) is thrown as it is, never repeated unless the policy has
   * `allowDuplicateSends`. Leave the client's own `retry` off for calls made through `run`, so
   * every attempt waits for its slot.
   */
  run<T>(target: PaceTarget, send: (attempt: number) => Promise<T>, options?: PacedRunOptions): Promise<T>;
  /** Releases the store (a Redis pacer closes its connection if it made it). */
  close(): Promise<void>;
}

/** Options of `createPacer`: the pace, and where the schedule is kept. */
export interface CreatePacerOptions extends PacerOptions {
  /** Where the schedule is kept. Default: this process's memory. */
  store?: PacingStore;
}

/** Default wait after a throttling answer that names none (ms). */
const FALLBACK_HOLD_MS = 1000;

/**
 * A pacer over `options.store`, by default in this process's memory: right for one process. For
 * several processes sending from the same numbers, use `createRedisPacer` from
 * `whatsapp-cloud-sdk/redis`, which shares one schedule.
 */
export function createPacer(options: CreatePacerOptions = {}): Pacer {
  checkPacerOptions(options);
  const store = options.store ?? memoryPacingStore();

  async function acquire(target: PaceTarget, signal?: AbortSignal): Promise<void> {
    const { phoneNumberId, recipient } = checkTarget(target);
    const rule = ruleFor(options, phoneNumberId);
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const answer = await store.reserve(phoneNumberId, recipient, rule);
      if ('waitMs' in answer) return sleep(answer.waitMs, signal);
      await sleep(answer.retryInMs, signal);
    }
  }

  async function backOff(target: PaceTarget, error: unknown, waitMs?: number): Promise<ThrottleScope | undefined> {
    const scope = throttleScope(error);
    if (!scope) return undefined;
    const { phoneNumberId, recipient } = checkTarget(target);
    const ms = waitMs ?? (error as WhatsAppError).retryAfterMs ?? FALLBACK_HOLD_MS;
    if (scope === 'pair') await store.holdPair(phoneNumberId, recipient, ms);
    else await store.holdNumber(phoneNumberId, ms);
    return scope;
  }

  async function run<T>(target: PaceTarget, send: (attempt: number) => Promise<T>, runOptions?: PacedRunOptions): Promise<T> {
    const policy = resolveRetryPolicy(options.retry ?? true, runOptions?.retry);
    const signal = runOptions?.signal;
    for (let attempt = 1; ; attempt++) {
      await acquire(target, signal);
      try {
        return await send(attempt);
      } catch (error) {
        const delay = policy && attempt < policy.maxAttempts && isRetryable(error, 'POST', policy) ? retryDelay(error, attempt, policy) : undefined;
        if (delay === undefined) {
          if (error instanceof WhatsAppError && attempt > 1) recordAttempts(error, attempt);
          throw error;
        }
        if (!(await backOff(target, error, delay))) await sleep(delay, signal);
      }
    }
  }

  return {
    acquire,
    backOff,
    run,
    close: async () => {
      await store.close?.();
    },
  };
}

/** The target with its recipient reduced to a key; a missing field is a WhatsAppConfigError naming it. */
function checkTarget(target: PaceTarget): PaceTarget {
  if (!target || typeof target.phoneNumberId !== 'string' || target.phoneNumberId.trim() === '') {
    throw new WhatsAppConfigError('pacer target phoneNumberId must be a non-empty string');
  }
  if (typeof target.recipient !== 'string' || target.recipient.trim() === '') {
    throw new WhatsAppConfigError('pacer target recipient must be a non-empty string (a phone number or a business-scoped user id)');
  }
  return { phoneNumberId: target.phoneNumberId, recipient: recipientKey(target.recipient) };
}
