// The webhook idempotency hook on Redis: every instance behind the load balancer asks the same
// server whether an event was handled, with one `SET key 1 NX EX ttl`, which checks and records
// in a single step, so two instances racing on one redelivery get one "new" between them.
import type { Redis } from 'ioredis';
import { WhatsAppConfigError } from '../core/config-error.js';
import type { SeenCheck } from '../webhooks/dedup.js';

/** Graph redelivers an unacknowledged delivery for up to seven days (in seconds). */
const SEVEN_DAYS_SECONDS = 604_800;

/** The default key lifetime: seven days and one more (in seconds), so the last redelivery is still caught. */
export const DEFAULT_SEEN_TTL_SECONDS = 691_200;

export interface RedisSeenOptions {
  /** Prefix of the keys. Default `wa:seen`. */
  prefix?: string;
  /** How long a key is kept (seconds), at least Graph's seven days of redelivery. Default 8 days. */
  ttlSeconds?: number;
}

/**
 * A `seen` store for `createWebhookHandler({ seen })` shared by every instance through Redis.
 * Each key costs about 160 bytes for its lifetime: an app receiving a million events a day keeps
 * about 1.3 GB with the default 8 days. When Redis fails the check rejects, so the delivery is
 * answered with an error and Graph delivers it again later: nothing is lost.
 */
export function redisSeen(redis: Redis, options: RedisSeenOptions = {}): SeenCheck {
  if (!redis || typeof (redis as { set?: unknown }).set !== 'function') throw new WhatsAppConfigError('redisSeen needs an ioredis client as its first argument');
  const prefix = options.prefix ?? 'wa:seen';
  const ttl = options.ttlSeconds ?? DEFAULT_SEEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < SEVEN_DAYS_SECONDS) {
    throw new WhatsAppConfigError(`redisSeen option ttlSeconds must be an integer of at least ${SEVEN_DAYS_SECONDS} (Graph redelivers for seven days), got ${String(ttl)}`);
  }
  return async (eventKey) => (await redis.set(`${prefix}:${eventKey}`, '1', 'EX', ttl, 'NX')) === null;
}
