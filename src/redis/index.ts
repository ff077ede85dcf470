// whatsapp-cloud-sdk/redis: the parts that let several processes share state through Redis, on
// the app's own ioredis client: a pacer whose schedule every process shares, and a webhook `seen`
// store shared by every instance. Nothing here loads ioredis or BullMQ (the client is passed in),
// so importing this entry point costs no peer dependency; broadcasts, which open their own
// connections and queue on BullMQ, are `whatsapp-cloud-sdk/redis/broadcast`.
export { createRedisPacer, redisPacingStore, type RedisPacingOptions } from './pacing-store.js';
export { redisSeen, DEFAULT_SEEN_TTL_SECONDS, type RedisSeenOptions } from './seen.js';
export { RedisUnavailableError } from './errors.js';
