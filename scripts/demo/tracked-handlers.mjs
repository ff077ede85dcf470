// Wraps the bot's handlers so the demo knows which events they handled and how each ended. The
// webhook handler may answer 200 before its handlers finish (acknowledging fast is what Graph
// wants), so the demo waits on these records, not on the HTTP answer.

/**
 * `handlers`: the same handlers, each recording `{ type, error }` into `handled` when it settles
 * (and rethrowing, so the SDK's own failure reporting still sees the error); `onSettled` also
 * gets each record, and `keep: false` stops collecting them (a long-running bot).
 * `settled(count)`: resolves once `count` events in all have been handled, or rejects after
 * `limitMs` so a handler that never runs cannot hang the demo.
 */
export function trackHandlers(botHandlers, { limitMs = 20_000, onSettled, keep = true } = {}) {
  const handled = [];
  const waiters = [];
  const wake = () => {
    for (const waiter of waiters.splice(0)) {
      if (handled.length >= waiter.count) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  const handlers = {};
  for (const [type, handler] of Object.entries(botHandlers)) {
    handlers[type] = async (event) => {
      let error;
      try {
        return await handler(event);
      } catch (thrown) {
        error = thrown;
        throw thrown;
      } finally {
        const record = { type: event.type, error };
        onSettled?.(record);
        if (keep) {
          handled.push(record);
          wake();
        }
      }
    };
  }
  const settled = (count) =>
    new Promise((resolve, reject) => {
      if (handled.length >= count) return resolve();
      const timer = setTimeout(() => reject(new Error(`only ${handled.length} of ${count} events reached a handler within ${limitMs} ms`)), limitMs);
      waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  return { handlers, handled, settled };
}
