// Runs one call under a retry policy: repeats it while the failure is safe to repeat and attempts
// remain, waiting as Graph asks (or with backoff) in between. The caller's signal ends a wait.
import { GraphAbortError, recordAttempts, WhatsAppError, type RequestSummary } from './errors.js';
import { isRetryable, retryDelay, type RetryPolicy } from './retry-policy.js';

/** How the loop waits and draws jitter; tests pass their own to run on a fake clock. */
export interface RetryClock {
  sleep(ms: number, signal: AbortSignal | undefined, request: RequestSummary): Promise<void>;
  random(): number;
}

export const realClock: RetryClock = { sleep, random: Math.random };

export async function withRetry<T>(
  attempt: () => Promise<T>,
  method: string,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  clock: RetryClock = realClock,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt();
    } catch (error) {
      if (attemptNumber >= policy.maxAttempts || !isRetryable(error, method, policy)) throw final(error, attemptNumber);
      const delay = retryDelay(error, attemptNumber, policy, clock.random);
      if (delay === undefined) throw final(error, attemptNumber);
      try {
        await clock.sleep(delay, signal, (error as { request?: RequestSummary }).request ?? { method, url: '' });
      } catch (aborted) {
        throw final(aborted, attemptNumber);
      }
    }
  }
}

/** The error that ends the call, saying how many attempts were made. */
function final(error: unknown, attempts: number): unknown {
  if (error instanceof WhatsAppError) recordAttempts(error, attempts);
  return error;
}

/** Waits `ms`, or rejects with `GraphAbortError` as soon as the caller's signal fires. */
function sleep(ms: number, signal: AbortSignal | undefined, request: RequestSummary): Promise<void> {
  if (signal?.aborted) return Promise.reject(new GraphAbortError(request, signal.reason));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new GraphAbortError(request, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
