// Calls the handler for each event's type, in delivery order. A handler that throws, rejects or
// (with a time limit) runs too long is recorded in the outcome; the other events and handlers
// still run. Handlers of one delivery run one after another, so a user's messages are handled in
// the order they were sent; separate deliveries are dispatched independently of each other.
import { type SeenCheck, webhookEventKey } from './dedup.js';
import { WebhookHandlerTimeoutError } from './errors.js';
import type { InvalidEvent, WebhookEvent, WebhookEventOf, WebhookEventType } from './events.js';

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
  /**
   * Asked before the handlers of an event that has an identity (see `webhookEventKey`) run:
   * true skips the event as a redelivery (it is listed in `duplicates`). A `seen` that throws
   * or rejects is recorded as a failure, and the event is dispatched (better twice than never).
   */
  seen?: SeenCheck;
}

export interface HandlerFailure {
  event: WebhookEvent;
  /** The handler key that failed: the event type, `'*'`, or `'seen'` for the redelivery check. */
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
  /** Parts of the delivery that did not match the spec (also in `events`), handled or not. */
  invalid: InvalidEvent[];
  /** Events `seen` reported as already delivered; their handlers did not run. */
  duplicates: WebhookEvent[];
}

export async function dispatchWebhookEvents(events: WebhookEvent[], handlers: WebhookHandlers, options: DispatchOptions = {}): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { events, handled: 0, unhandled: [], failures: [], invalid: [], duplicates: [] };
  const all = handlers['*'];
  const limit = options.handlerTimeoutMs;
  const seen = options.seen;
  for (const event of events) {
    if (event.type === 'invalid') outcome.invalid.push(event);
    if (seen && (await isRedelivery(seen, event, outcome))) {
      outcome.duplicates.push(event);
      continue;
    }
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

async function isRedelivery(seen: SeenCheck, event: WebhookEvent, outcome: DispatchOutcome): Promise<boolean> {
  const key = webhookEventKey(event);
  if (key === undefined) return false;
  try {
    const answer = seen(key);
    return (isThenable(answer) ? await answer : answer) === true;
  } catch (error) {
    outcome.failures.push({ event, handler: 'seen', error });
    return false;
  }
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
