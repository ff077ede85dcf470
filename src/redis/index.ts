// whatsapp-cloud-sdk/redis: the parts that let several processes work as one, on Redis (ioredis)
// and BullMQ, both optional peer dependencies: a pacer whose schedule every process shares,
// broadcasts sent by any number of workers exactly once per recipient, and a webhook `seen`
// store shared by every instance.
export { createRedisPacer, redisPacingStore, type RedisPacingOptions } from './pacing-store.js';
export { redisSeen, DEFAULT_SEEN_TTL_SECONDS, type RedisSeenOptions } from './seen.js';
export { RedisUnavailableError } from './errors.js';
export type { RedisConnection } from './connection.js';
export { createBroadcast, openBroadcast, type Broadcast, type CreateBroadcastOptions } from './broadcast/create.js';
export {
  startBroadcastWorker,
  type BroadcastWorker,
  type BroadcastWorkerOptions,
  type BroadcastWorkerExit,
  type BroadcastOutcomeEvent,
  type MessageSender,
} from './broadcast/worker.js';
export type { BroadcastReport, BroadcastFailure } from './broadcast/report.js';
export { DEFAULT_QUEUE_NAME } from './broadcast/keys.js';
