// whatsapp-cloud-sdk/pacing: keeps sends within Graph's per-number throughput and per-recipient
// pair rate, and backs off when Graph says a limit was hit. No dependencies; the schedule lives
// in memory here, and in Redis through whatsapp-cloud-sdk/redis.
export { createPacer, type Pacer, type PaceTarget, type PacedRunOptions, type CreatePacerOptions } from './pacer.js';
export { DEFAULT_MESSAGES_PER_SECOND, DEFAULT_PAIR_INTERVAL_MS, type PacerOptions } from './options.js';
export { memoryPacingStore, type PacingStore, type PaceRule, type Reservation } from './store.js';
export { isAmbiguousSend, throttleScope, PAIR_RATE_CODE, type ThrottleScope } from './outcome.js';
export { recipientKey } from './recipient-key.js';
