// Where a pacer keeps its schedule: per phone number the time its next message may go (a token
// bucket written as a "generic cell rate" schedule, so one value per number is the whole state),
// and per (number, recipient) pair the time the pair may be written to again. The in-process
// store is a Map; the Redis store (whatsapp-cloud-sdk/redis) runs the same rules in one script,
// so every process shares one schedule.

/** The rule a reservation follows, decided per phone number by the pacer's options. */
export interface PaceRule {
  /** Milliseconds between two messages of the number: 1000 / messages per second. */
  intervalMs: number;
  /** How many messages may go back to back after a quiet spell (the bucket's size), at least 1. */
  burst: number;
  /** Milliseconds a (number, recipient) pair waits between two messages. */
  pairIntervalMs: number;
}

/**
 * The state behind a pacer. `reserve` books the next slot of a number for one message, in one
 * step, so concurrent callers (threads of one process or many processes) get distinct slots.
 */
export interface PacingStore {
  /**
   * Books a slot for a message from `phoneNumberId` to `recipient` and resolves to how long to
   * wait (ms) before sending it; 0 means at once. When the pair is still resting, nothing is
   * booked and the result is `{ retryInMs }`: ask again after that long.
   */
  reserve(phoneNumberId: string, recipient: string, rule: PaceRule): Promise<Reservation> | Reservation;
  /** Books nothing for `phoneNumberId` until `ms` from now (Graph said it is over its throughput). */
  holdNumber(phoneNumberId: string, ms: number): Promise<void> | void;
  /** Books nothing for the pair until `ms` from now (Graph said the pair is over its rate). */
  holdPair(phoneNumberId: string, recipient: string, ms: number): Promise<void> | void;
  /** Releases what the store holds (connections, timers). */
  close?(): Promise<void> | void;
}

/** What `PacingStore.reserve` answers. */
export type Reservation = { waitMs: number } | { retryInMs: number };

/**
 * The schedule in this process's memory: right for one process, and the default. Pair entries
 * are forgotten once their rest is over, so memory follows the recipients of the last seconds.
 */
export function memoryPacingStore(now: () => number = Date.now): PacingStore {
  /** Per number: the theoretical time of its next message, past the end of its bucket. */
  const schedules = new Map<string, number>();
  /** Per number: nothing goes before this time (Graph's 130429). */
  const holds = new Map<string, number>();
  /** Per pair: nothing goes to the pair before this time. */
  const pairs = new Map<string, number>();
  let nextSweep = 0;

  const sweep = (time: number) => {
    if (time < nextSweep) return;
    nextSweep = time + 10_000;
    for (const map of [pairs, holds]) for (const [key, until] of map) if (until <= time) map.delete(key);
  };

  return {
    reserve(phoneNumberId, recipient, rule) {
      const time = now();
      sweep(time);
      const pairKey = `${phoneNumberId}\u0000${recipient}`;
      const due = Math.max(schedules.get(phoneNumberId) ?? time, time);
      const slot = Math.max(time, due - (rule.burst - 1) * rule.intervalMs, holds.get(phoneNumberId) ?? 0);
      const pairFree = pairs.get(pairKey) ?? 0;
      if (pairFree > slot) return { retryInMs: pairFree - time };
      schedules.set(phoneNumberId, Math.max(due, slot) + rule.intervalMs);
      pairs.set(pairKey, slot + rule.pairIntervalMs);
      return { waitMs: slot - time };
    },
    holdNumber(phoneNumberId, ms) {
      const until = now() + ms;
      if ((holds.get(phoneNumberId) ?? 0) < until) holds.set(phoneNumberId, until);
    },
    holdPair(phoneNumberId, recipient, ms) {
      const key = `${phoneNumberId}\u0000${recipient}`;
      const until = now() + ms;
      if ((pairs.get(key) ?? 0) < until) pairs.set(key, until);
    },
  };
}
