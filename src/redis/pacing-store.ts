// The pacer's schedule in Redis, shared by every process: the same rules as the in-memory store,
// each decision one Lua script (atomic), on Redis's own clock (`TIME`) so processes on different
// hosts agree. A number's keys carry a hash tag, so a cluster keeps them on one shard.
import type { Redis } from 'ioredis';
import { createPacer, type Pacer } from '../pacing/pacer.js';
import type { PacerOptions } from '../pacing/options.js';
import type { PacingStore } from '../pacing/store.js';
import { runScript, type LuaScript } from './script.js';


// KEYS: the number's schedule, its hold, the pair. ARGV: interval, burst, pair interval (ms).
// Answers {1, wait} when a slot was booked, {0, retry} when the pair still rests.
const RESERVE: LuaScript = { source: `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local pairInterval = tonumber(ARGV[3])
local due = tonumber(redis.call('GET', KEYS[1]) or now)
if due < now then due = now end
local slot = math.max(now, due - (burst - 1) * interval, tonumber(redis.call('GET', KEYS[2]) or 0))
local pairFree = tonumber(redis.call('GET', KEYS[3]) or 0)
if pairFree > slot then return {0, math.ceil(pairFree - now)} end
local nextDue = math.max(due, slot) + interval
redis.call('SET', KEYS[1], string.format('%.3f', nextDue), 'PX', math.ceil(nextDue - now) + 1000)
if pairInterval > 0 then
  redis.call('SET', KEYS[3], string.format('%.3f', slot + pairInterval), 'PX', math.ceil(slot + pairInterval - now) + 1)
end
return {1, math.ceil(slot - now)}
` };

// KEYS: the hold. ARGV: ms. Pushes the hold out, never in.
const HOLD: LuaScript = { source: `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if now + ms > current then redis.call('SET', KEYS[1], string.format('%.3f', now + ms), 'PX', math.ceil(ms) + 1) end
return 1
` };

export interface RedisPacingOptions {
  /** Prefix of the keys. Default `wa:pace`. */
  prefix?: string;
}

/** A PacingStore in Redis. Every process that paces the same numbers must use the same prefix. */
export function redisPacingStore(redis: Redis, options: RedisPacingOptions = {}): PacingStore {
  const prefix = options.prefix ?? 'wa:pace';
  const numberKey = (phoneNumberId: string) => `${prefix}:{${phoneNumberId}}`;
  return {
    async reserve(phoneNumberId, recipient, rule) {
      const base = numberKey(phoneNumberId);
      const [booked, ms] = (await runScript(redis, RESERVE, [`${base}:due`, `${base}:hold`, `${base}:pair:${recipient}`], [rule.intervalMs, rule.burst, rule.pairIntervalMs])) as [number, number];
      return booked === 1 ? { waitMs: Math.max(0, ms) } : { retryInMs: Math.max(1, ms) };
    },
    async holdNumber(phoneNumberId, ms) {
      await runScript(redis, HOLD, [`${numberKey(phoneNumberId)}:hold`], [ms]);
    },
    async holdPair(phoneNumberId, recipient, ms) {
      await runScript(redis, HOLD, [`${numberKey(phoneNumberId)}:pair:${recipient}`], [ms]);
    },
  };
}

/**
 * A pacer whose schedule every process shares through Redis: run as many senders as you like
 * against one number, and together they stay within its throughput and pair rate. The client
 * stays the caller's: `close()` does not quit it.
 */
export function createRedisPacer(redis: Redis, options: PacerOptions & RedisPacingOptions = {}): Pacer {
  return createPacer({ ...options, store: redisPacingStore(redis, options) });
}
