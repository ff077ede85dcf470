// Calls the handler for each event's type, in delivery order. A handler that throws or rejects
// is recorded in the outcome; the other events and handlers still run.
import type { WebhookEvent, WebhookEventOf, WebhookEventType } from './events.js';

type MaybePromise<T> = T | Promise<T>;

/** One handler per event type, plus `'*'` for every event (it runs after the typed one). */
export type WebhookHandlers = {
  [T in WebhookEventType]?: (event: WebhookEventOf<T>) => MaybePromise<unknown>;
} & {
  '*'?: (event: WebhookEvent) => MaybePromise<unknown>;
};

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

export async function dispatchWebhookEvents(events: WebhookEvent[], handlers: WebhookHandlers): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { events, handled: 0, unhandled: [], failures: [] };
  const all = handlers['*'];
  for (const event of events) {
    const typed = handlers[event.type] as ((event: WebhookEvent) => MaybePromise<unknown>) | undefined;
    if (!typed && !all) {
      outcome.unhandled.push(event);
      continue;
    }
    outcome.handled++;
    if (typed) await run(typed, event, event.type, outcome);
    if (all) await run(all, event, '*', outcome);
  }
  return outcome;
}

async function run(handler: (event: WebhookEvent) => MaybePromise<unknown>, event: WebhookEvent, key: string, outcome: DispatchOutcome) {
  try {
    await handler(event);
  } catch (error) {
    outcome.failures.push({ event, handler: key, error });
  }
}
