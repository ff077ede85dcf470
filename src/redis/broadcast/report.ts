// A broadcast's report, read from Redis by any process while it runs: counts for a progress bar,
// the failures by category, and the recipients whose send is ambiguous.
import type { Redis } from 'ioredis';
import { sleep } from '../../pacing/sleep.js';
import type { BroadcastKeys } from './keys.js';

/** Where a broadcast stands. `done` counts every recipient with an outcome. */
export interface BroadcastReport {
  id: string;
  /** Distinct recipients of the broadcast (duplicates in the list count once). */
  total: number;
  /** Recipients enqueued so far (equal to `total` once `createBroadcast` has resolved). */
  enqueued: number;
  /** Entries of the list dropped because their recipient was already in it. */
  duplicates: number;
  /** Graph accepted the message. */
  sent: number;
  /** Graph refused the message for good; `failedByCategory` says why (`recipient`, `template`, `throttling`…). */
  failed: number;
  failedByCategory: Record<string, number>;
  /** The send may or may not have gone out (a worker died mid-send, a timeout): listed, never repeated. */
  ambiguous: number;
  /** Recipients with an outcome: sent + failed + ambiguous. */
  done: number;
  /** Recipients still waiting or being sent. */
  pending: number;
  /** True when every recipient has an outcome. */
  finished: boolean;
}

/** Why one recipient's send failed. */
export interface BroadcastFailure {
  recipient: string;
  category: string;
  code: number | undefined;
  message: string;
}

export async function readReport(redis: Redis, id: string, keys: BroadcastKeys): Promise<BroadcastReport> {
  const [meta, counts] = await Promise.all([redis.hgetall(keys.meta), redis.hgetall(keys.counts)]);
  const number = (value: string | undefined) => (value === undefined ? 0 : Number(value));
  const failedByCategory: Record<string, number> = {};
  for (const [field, value] of Object.entries(counts)) if (field.startsWith('failed:')) failedByCategory[field.slice('failed:'.length)] = Number(value);
  const total = number(meta.total);
  const done = number(counts.done);
  return {
    id,
    total,
    enqueued: number(meta.enqueued),
    duplicates: number(meta.duplicates),
    sent: number(counts.sent),
    failed: number(counts.failed),
    failedByCategory,
    ambiguous: number(counts.ambiguous),
    done,
    pending: Math.max(0, total - done),
    finished: meta.complete === '1' && done >= total,
  };
}

/** Reports every `intervalMs` until the broadcast is finished or `signal` fires (then it ends quietly). */
export async function* watchReport(read: () => Promise<BroadcastReport>, intervalMs: number, signal: AbortSignal | undefined): AsyncGenerator<BroadcastReport> {
  let last = '';
  for (;;) {
    if (signal?.aborted) return;
    const report = await read();
    const text = JSON.stringify(report);
    if (text !== last) {
      last = text;
      yield report;
    }
    if (report.finished) return;
    try {
      await sleep(intervalMs, signal);
    } catch {
      return;
    }
  }
}

export async function readFailures(redis: Redis, keys: BroadcastKeys): Promise<BroadcastFailure[]> {
  const entries = await redis.hgetall(keys.failures);
  return Object.entries(entries).map(([recipient, json]) => ({ recipient, ...(JSON.parse(json) as Omit<BroadcastFailure, 'recipient'>) }));
}
