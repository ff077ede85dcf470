// Exactly once per recipient: the claim that precedes every send, and the outcome that follows,
// as Lua scripts over the broadcast's state hash, so each step is atomic however many workers
// race. A recipient goes from nothing (or `claimed`, after a throttled attempt) to
// `sending|owner`, and from there to `sent`, `failed` or `ambiguous`. Only the owner of a
// `sending` state may record its outcome; a worker that finds another owner's `sending` (that
// worker died or stalled mid-send) records `ambiguous` and does not send.
import type { Redis } from 'ioredis';
import { runScript, type LuaScript } from '../script.js';
import type { BroadcastKeys } from './keys.js';

// KEYS: state, counts, ambiguous. ARGV: recipient, owner, resend ambiguous ('1' or '0').
// Answers 'go' (this owner now sends), or the recipient's settled status.
const BEGIN: LuaScript = { source: `
local current = redis.call('HGET', KEYS[1], ARGV[1])
local status, owner = nil, nil
if current then status, owner = string.match(current, '^(%a+)|([^|]*)') end
if (not current) or status == 'claimed' or (status == 'sending' and (owner == ARGV[2] or ARGV[3] == '1')) then
  redis.call('HSET', KEYS[1], ARGV[1], 'sending|' .. ARGV[2])
  return 'go'
end
if status == 'sending' then
  redis.call('HSET', KEYS[1], ARGV[1], 'ambiguous|' .. owner)
  redis.call('HINCRBY', KEYS[2], 'ambiguous', 1)
  redis.call('HINCRBY', KEYS[2], 'done', 1)
  redis.call('SADD', KEYS[3], ARGV[1])
  return 'ambiguous'
end
return status
` };

// KEYS: state. ARGV: recipient, owner. After an attempt Graph refused: back to claimed.
const RELEASE: LuaScript = { source: `
if redis.call('HGET', KEYS[1], ARGV[1]) == 'sending|' .. ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], 'claimed|' .. ARGV[2])
  return 1
end
return 0
` };

// KEYS: state, counts, ambiguous, failures. ARGV: recipient, owner, status, detail, category.
// Records the outcome when this owner holds the recipient: sending, or marked ambiguous by
// another worker while this one was still at it (the outcome then replaces the ambiguity).
const FINISH: LuaScript = { source: `
local current = redis.call('HGET', KEYS[1], ARGV[1])
local wasAmbiguous = current == 'ambiguous|' .. ARGV[2]
if current ~= 'sending|' .. ARGV[2] and not wasAmbiguous then return 0 end
if wasAmbiguous then
  if ARGV[3] == 'ambiguous' then return 1 end
  redis.call('HINCRBY', KEYS[2], 'ambiguous', -1)
  redis.call('SREM', KEYS[3], ARGV[1])
else
  redis.call('HINCRBY', KEYS[2], 'done', 1)
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3] .. '|' .. ARGV[2] .. '|' .. ARGV[4])
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
if ARGV[3] == 'failed' then
  redis.call('HINCRBY', KEYS[2], 'failed:' .. ARGV[5], 1)
  redis.call('HSET', KEYS[4], ARGV[1], ARGV[4])
elseif ARGV[3] == 'ambiguous' then
  redis.call('SADD', KEYS[3], ARGV[1])
end
return 1
` };

// KEYS: state, counts, ambiguous, failures. ARGV: recipient, detail. BullMQ gave the job up (its
// attempts or stalls ran out): a recipient nobody was sending to failed; one mid-send is ambiguous.
const ABANDON: LuaScript = { source: `
local current = redis.call('HGET', KEYS[1], ARGV[1])
local status, owner = nil, ''
if current then status, owner = string.match(current, '^(%a+)|([^|]*)') end
if current and status ~= 'claimed' and status ~= 'sending' then return 0 end
redis.call('HINCRBY', KEYS[2], 'done', 1)
if status == 'sending' then
  redis.call('HSET', KEYS[1], ARGV[1], 'ambiguous|' .. owner)
  redis.call('HINCRBY', KEYS[2], 'ambiguous', 1)
  redis.call('SADD', KEYS[3], ARGV[1])
  return 1
end
redis.call('HSET', KEYS[1], ARGV[1], 'failed|' .. owner .. '|' .. ARGV[2])
redis.call('HINCRBY', KEYS[2], 'failed', 1)
redis.call('HINCRBY', KEYS[2], 'failed:unknown', 1)
redis.call('HSET', KEYS[4], ARGV[1], ARGV[2])
return 1
` };

/** What `begin` found: this worker sends now, or the recipient is settled (or became ambiguous). */
export type BeginAnswer = 'go' | 'sent' | 'failed' | 'ambiguous';

export function beginSend(redis: Redis, keys: BroadcastKeys, recipient: string, owner: string, resendAmbiguous: boolean): Promise<BeginAnswer> {
  return runScript(redis, BEGIN, [keys.state, keys.counts, keys.ambiguous], [recipient, owner, resendAmbiguous ? '1' : '0']) as Promise<BeginAnswer>;
}

export async function releaseSend(redis: Redis, keys: BroadcastKeys, recipient: string, owner: string): Promise<boolean> {
  return (await runScript(redis, RELEASE, [keys.state], [recipient, owner])) === 1;
}

/** The final status of one recipient, with the wamid (sent) or the failure's JSON (failed). */
export type Outcome = { status: 'sent'; wamid: string } | { status: 'failed'; category: string; detail: string } | { status: 'ambiguous'; detail: string };

export async function finishSend(redis: Redis, keys: BroadcastKeys, recipient: string, owner: string, outcome: Outcome): Promise<boolean> {
  const detail = outcome.status === 'sent' ? outcome.wamid : outcome.detail;
  const category = outcome.status === 'failed' ? outcome.category : '';
  return (await runScript(redis, FINISH, [keys.state, keys.counts, keys.ambiguous, keys.failures], [recipient, owner, outcome.status, detail, category])) === 1;
}

/** Settles a recipient whose job BullMQ gave up, so the report still accounts for it. */
export async function abandonSend(redis: Redis, keys: BroadcastKeys, recipient: string, detail: string): Promise<boolean> {
  return (await runScript(redis, ABANDON, [keys.state, keys.counts, keys.ambiguous, keys.failures], [recipient, detail])) === 1;
}
