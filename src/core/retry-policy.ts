// Which failures a retry can safely repeat, and how long to wait first. A message send is
// repeated only where Graph certainly did not accept it: it answered with a throttling error, or
// the connection was refused before the request was written. After an ambiguous failure (a
// timeout, a reset mid-response, a 5xx) Graph may already have sent the message, so repeating it
// could deliver it twice; that needs `allowDuplicateSends`. Reads (GET, HEAD) are repeated more freely.
import { errorClassOf } from './classify.js';
import { GraphApiError, GraphNetworkError, GraphTimeoutError } from './errors.js';

/** The `retry` option of the client and of each call. */
export interface RetryOptions {
  /** Attempts in all, the first one included. Default 3; 1 turns retrying off. */
  maxAttempts?: number;
  /**
   * The first backoff delay (ms); each later one doubles, with jitter. Also the floor under a
   * wait Graph gives as zero (`Retry-After: 0`): between half and all of it. Default 500.
   */
  baseDelayMs?: number;
  /**
   * The longest wait before one retry (ms). When Graph asks for a longer wait (`Retry-After`,
   * `X-Business-Use-Case-Usage`, or the error table's minimum grown for this attempt), the call
   * fails at once with that error, whose `retryAfterMs` says how long to wait. Default 30 000.
   */
  maxDelayMs?: number;
  /**
   * Also repeat a non-idempotent call (a message send) after an ambiguous failure: a timeout, a
   * connection reset after the request was written, or a server error. Graph may have acted on
   * the first attempt, so the recipient can get the message twice. Default false.
   */
  allowDuplicateSends?: boolean;
}

/** A policy with every field decided. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly allowDuplicateSends: boolean;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 30_000, allowDuplicateSends: false };

/**
 * The policy of one call: the call's `retry` over the client's. `false` (or `maxAttempts` ≤ 1)
 * means no retrying; `true` means the defaults.
 */
export function resolveRetryPolicy(
  client: RetryOptions | boolean | undefined,
  call?: RetryOptions | boolean,
): RetryPolicy | undefined {
  const chosen = call === undefined ? client : call;
  if (chosen === undefined || chosen === false) return undefined;
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    ...(typeof client === 'object' ? definedOnly(client) : {}),
    ...(typeof call === 'object' ? definedOnly(call) : {}),
  };
  return policy.maxAttempts > 1 ? policy : undefined;
}

function definedOnly(options: RetryOptions): RetryOptions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out as RetryOptions;
}

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Error codes of a connection that never opened, so nothing of the request reached Graph. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when the error shows the request never left: the connection was refused or never made. */
export function failedBeforeSending(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    // Happy-eyeballs connects report every address they tried in an AggregateError.
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0 && errors.every(failedBeforeSending)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether this failure of this method may be repeated under the policy. */
export function isRetryable(error: unknown, method: string, policy: RetryPolicy): boolean {
  const free = policy.allowDuplicateSends || IDEMPOTENT_METHODS.has(method.toUpperCase());
  if (error instanceof GraphApiError) {
    // Throttled: Graph refused the call, it did nothing. Anything else from a send is either
    // final or ambiguous (a 5xx may come after the message went out).
    if (error.action === 'retry_with_backoff') return true;
    return free && error.action === 'retry';
  }
  if (error instanceof GraphNetworkError) return free || failedBeforeSending(error.cause);
  if (error instanceof GraphTimeoutError) return free;
  return false; // aborted by the caller, a config error, or not ours
}

/**
 * How long to wait before retry number `retry` (1 for the first), or undefined to give up now
 * because the wait needed is longer than the policy allows.
 *
 * - Graph's own delay (`Retry-After`, `X-Business-Use-Case-Usage`) is a minimum, used as given.
 * - Without one, a throttling code's documented minimum grows per attempt by the table's
 *   `backoffFactor` (default 2): 131056 waits 4 s, then 16 s, then 64 s, as Meta asks.
 * - Otherwise the exponential backoff carries "equal jitter" (between half and all of it), so
 *   many throttled callers do not come back together.
 * No wait is shorter than the jittered first backoff step, so `Retry-After: 0` cannot spin.
 */
export function retryDelay(error: unknown, retry: number, policy: RetryPolicy, random: () => number = Math.random): number | undefined {
  const asked = (error as { retryAfterMs?: unknown }).retryAfterMs;
  if (typeof asked !== 'number' || !Number.isFinite(asked) || asked < 0) {
    return equalJitter(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1)), random);
  }
  const minimum = asked * growthFor(error) ** (retry - 1);
  if (minimum > policy.maxDelayMs) return undefined;
  // A small upward jitter spreads callers told the same wait, without ever waiting less.
  const spread = minimum + random() * Math.min(minimum * 0.1, 1000);
  const floor = equalJitter(Math.min(policy.maxDelayMs, policy.baseDelayMs), random);
  return Math.min(policy.maxDelayMs, Math.max(spread, floor));
}

/** How much the table's minimum grows per attempt: only for throttling without Graph's own delay. */
function growthFor(error: unknown): number {
  if (!(error instanceof GraphApiError) || error.retryAfterSource !== 'table' || error.action !== 'retry_with_backoff') return 1;
  return errorClassOf(error.code, error.status).backoffFactor ?? 2;
}

function equalJitter(ms: number, random: () => number): number {
  return ms / 2 + (random() * ms) / 2;
}
