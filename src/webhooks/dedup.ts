// Graph redelivers a delivery it did not see acknowledged in time, repeating every event in it.
// The dispatcher asks `seen(eventKey)` before it runs the handlers of an event that has an
// identity (a message, a status change, a call event), and skips the event when the answer is
// true. The default store is in memory and bounded; an app that runs several instances plugs a
// shared store (Redis `SET key 1 NX EX …` answers exactly this question).
import type { WebhookEvent } from './events.js';

/**
 * True when `eventKey` was seen before (the event is a redelivery); false when it is new, in
 * which case the store records it. It must check and record in one step, so two deliveries of
 * the same event racing each other get one false between them.
 */
export type SeenCheck = (eventKey: string) => boolean | Promise<boolean>;

/**
 * The identity of an event across redeliveries, or undefined for events without one (notices,
 * errors, unknown and invalid parts), which are always dispatched. A status is keyed by its
 * message id and status (`sent`, `delivered` and `read` of one message are three events); a call
 * event by the call id and the event (`connect` and `terminate` of one call are two).
 */
export function webhookEventKey(event: WebhookEvent): string | undefined {
  switch (event.type) {
    case 'message':
    case 'flow_completion':
    case 'unreadable_message':
      return `message:${event.message.id}`;
    case 'status':
      return `status:${event.status.id}:${event.status.status}`;
    case 'call':
      return `call:${event.call.id}:${event.call.event}`;
    case 'call_status':
      return `call_status:${event.status.id}:${event.status.status}`;
    case 'message_echo':
      return `echo:${event.message.id}`;
    default:
      return undefined;
  }
}

/** The default when none is given: the 10,000 most recent keys. */
export const DEFAULT_SEEN_CAPACITY = 10_000;

/**
 * An in-memory `seen` store that remembers the `capacity` most recent keys (oldest forgotten
 * first). It covers one process; several instances behind a load balancer need a shared store.
 */
export function memorySeen(capacity = DEFAULT_SEEN_CAPACITY): SeenCheck {
  const keys = new Set<string>();
  return (eventKey) => {
    if (keys.has(eventKey)) return true;
    keys.add(eventKey);
    // A Set iterates in insertion order, so the first key is the oldest.
    if (keys.size > capacity) keys.delete(keys.values().next().value as string);
    return false;
  };
}
