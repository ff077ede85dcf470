// Calls the handler for each event's type, in delivery order. A handler that throws, rejects or
// (with a time limit) runs too long is recorded in the outcome; the other events and handlers
// still run. Handlers of one delivery run one after another, so a user's messages are handled in
// the order they were sent; separate deliveries are dispatched independently of each other.
import { WebhookHandlerTimeoutError } from './errors.js';
import type { WebhookEvent, WebhookEventOf, WebhookEventType } from './events.js';

type MaybePromise<T> = T | Promise<T>;
type AnyHandler = (event: WebhookEvent) => MaybePromise<unknown>;

/** One handler per event type, plus `'*'` for every event (it runs after the typed one). */
export type WebhookHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventOf<T>) => MaybePromise<unknown>;
} & {
  '*'?: (event: WebhookEvent) => MaybePromise<unknown>;
};

export interface DispatchOptions {
  /**
   * The longest one handler may take, in milliseconds. A handler still running then is recorded
   * as a `WebhookHandlerTimeoutError` failure and the next one starts. JavaScript cannot stop the
   * late handler: it keeps running, and whatever it returns or throws afterwards is ignored.
   * Without a limit, a handler that never settles holds up the rest of its delivery.
   */
  handlerTimeoutMs?: number;
}

export interface HandlerFailure {
  event: WebhookEvent;
  /** The handler key that failed: the event type or `'*'`. */
  handler: string;
  error: unknown;
}

export interface DispatchOutcome {
  /** Every event of the delivery, in order. */
  events: WebhookEvent[];
  /** How many events at least one handler saw. */
  handled: number;
  /** Events no handler was registered for. */
  unhandled: WebhookEvent[];
  failures: HandlerFailure[];
}

export async function dispatchWebhookEvents(events: WebhookEvent[], handlers: WebhookHandlers, options: DispatchOptions = {}): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { events, handled: 0, unhandled: [], failures: [] };
  const all = handlers['*'];
  const limit = options.handlerTimeoutMs;
  for (const event of events) {
    const typed = handlers[event.type] as AnyHandler | undefined;
    if (!typed && !all) {
      outcome.unhandled.push(event);
      continue;
    }
    outcome.handled++;
    if (typed) await run(typed, event, event.type, outcome, limit);
    if (all) await run(all, event, '*', outcome, limit);
  }
  return outcome;
}

async function run(handler: AnyHandler, event: WebhookEvent, key: string, outcome: DispatchOutcome, limit: number | undefined) {
  try {
    const result = handler(event);
    // A synchronous handler needs no timer (nothing to wait for).
    if (isThenable(result)) await (limit === undefined ? result : settleWithin(result, limit, key));
  } catch (error) {
    outcome.failures.push({ event, handler: key, error });
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';

/** The handler's own result, or a timeout error once `ms` have passed; the timer never outlives it. */
function settleWithin(pending: PromiseLike<unknown>, ms: number, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new WebhookHandlerTimeoutError(key, ms)), ms);
    // Both callbacks are attached, so a late rejection is never an unhandled one.
    pending.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
