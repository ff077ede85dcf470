// whatsapp-cloud-sdk/redis/broadcast: broadcasts on BullMQ, sent by any number of workers exactly
// once per recipient. It loads bullmq and ioredis (optional peer dependencies), which is why it
// is an entry point of its own: the Redis pacer and webhook store (`whatsapp-cloud-sdk/redis`)
// do not need them.
export type { RedisConnection } from './connection.js';
export { createBroadcast, openBroadcast, type Broadcast, type CreateBroadcastOptions } from './create.js';
export {
  startBroadcastWorker,
  type BroadcastWorker,
  type BroadcastWorkerOptions,
  type BroadcastWorkerExit,
  type BroadcastOutcomeEvent,
  type MessageSender,
} from './worker.js';
export type { BroadcastReport, BroadcastFailure } from './report.js';
export { DEFAULT_QUEUE_NAME } from './keys.js';
// The error a broadcast rejects with when Redis cannot be reached (also in whatsapp-cloud-sdk/redis).
export { RedisUnavailableError } from '../errors.js';
