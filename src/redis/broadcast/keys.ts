// Where a broadcast lives in Redis. Its keys share a hash tag (the broadcast id), so each
// script's keys sit on one shard of a cluster.

/** The BullMQ queue every broadcast uses unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'whatsapp-broadcasts';

/** The prefix of the broadcasts' own keys unless told otherwise. */
export const DEFAULT_PREFIX = 'wa:broadcast';

export interface BroadcastKeys {
  /** Hash: total, duplicates, enqueued, phone number, queue, created. */
  meta: string;
  /** Hash: recipient → its state (`claimed|owner`, `sending|owner`, `sent|owner|wamid`, `failed|…`, `ambiguous|owner`). */
  state: string;
  /** Hash: sent, ambiguous, failed, failed:<category>, done. */
  counts: string;
  /** Set: recipients whose send is ambiguous. */
  ambiguous: string;
  /** Hash: recipient → JSON of why its send failed. */
  failures: string;
}

export function broadcastKeys(prefix: string, id: string): BroadcastKeys {
  const base = `${prefix}:{${id}}`;
  return { meta: `${base}:meta`, state: `${base}:state`, counts: `${base}:counts`, ambiguous: `${base}:ambiguous`, failures: `${base}:failures` };
}

/** The BullMQ job id of one recipient of a broadcast: adding it twice adds one job. */
export function jobIdOf(broadcastId: string, recipient: string): string {
  // BullMQ refuses ':' in custom ids.
  return `${broadcastId}.${recipient}`.replace(/:/g, '_');
}
