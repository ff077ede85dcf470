// The pacer's options, checked once when it is made.
import { WhatsAppConfigError } from '../core/config-error.js';
import type { RetryOptions } from '../core/retry-policy.js';
import type { PaceRule } from './store.js';

/** Graph's default throughput per business phone number. */
export const DEFAULT_MESSAGES_PER_SECOND = 80;

/**
 * Graph allows about one message per 6 s to the same user; the default keeps half a second more,
 * so jitter between a slot and the request reaching Graph does not cross the limit.
 */
export const DEFAULT_PAIR_INTERVAL_MS = 6_500;

export interface PacerOptions {
  /**
   * Messages per second per business phone number: Graph's default is 80, up to 1,000 after
   * Meta's automatic upgrade, and 20 for a number shared with the WhatsApp Business app. A
   * function gives each number its own. Default 80.
   */
  messagesPerSecond?: number | ((phoneNumberId: string) => number);
  /**
   * How many messages of a number may go back to back after a quiet spell. Default 1: evenly
   * spaced, which keeps any window of Graph's within the limit.
   */
  burst?: number;
  /** Milliseconds between two messages to the same recipient from the same number. Default 6 500. */
  pairIntervalMs?: number;
  /**
   * How `run` repeats a send that certainly did not go out (throttled, connection refused); the
   * client's retry policy options. Default: 3 attempts. `false` runs each send once.
   */
  retry?: RetryOptions | boolean;
}

/** Checks the options; a wrong one is a WhatsAppConfigError naming it. */
export function checkPacerOptions(options: PacerOptions): void {
  if (options === null || typeof options !== 'object') throw new WhatsAppConfigError('pacer options must be an object');
  const rate = options.messagesPerSecond;
  if (rate !== undefined && typeof rate !== 'function') checkRate(rate, 'messagesPerSecond');
  if (options.burst !== undefined && !(Number.isInteger(options.burst) && options.burst >= 1)) {
    throw new WhatsAppConfigError(`pacer option burst must be an integer ≥ 1, got ${String(options.burst)}`);
  }
  if (options.pairIntervalMs !== undefined && !(typeof options.pairIntervalMs === 'number' && Number.isFinite(options.pairIntervalMs) && options.pairIntervalMs >= 0)) {
    throw new WhatsAppConfigError(`pacer option pairIntervalMs must be a finite number ≥ 0, got ${String(options.pairIntervalMs)}`);
  }
}

/** The rule for one number, its rate read (and checked) from the options. */
export function ruleFor(options: PacerOptions, phoneNumberId: string): PaceRule {
  const rate = typeof options.messagesPerSecond === 'function' ? options.messagesPerSecond(phoneNumberId) : options.messagesPerSecond ?? DEFAULT_MESSAGES_PER_SECOND;
  checkRate(rate, `messagesPerSecond(${JSON.stringify(phoneNumberId)})`);
  return { intervalMs: 1000 / rate, burst: options.burst ?? 1, pairIntervalMs: options.pairIntervalMs ?? DEFAULT_PAIR_INTERVAL_MS };
}

function checkRate(rate: unknown, name: string): void {
  if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > 0)) {
    throw new WhatsAppConfigError(`pacer option ${name} must be a finite number of messages per second > 0, got ${String(rate)}`);
  }
}
