// The options of the webhook handlers, checked once when a handler is made: a missing secret or
// a cap that is not a number is a mistake in the setup, and should fail at start-up, not turn
// every delivery into a 401 or a 500. Messages name the option, never its value (it may be a secret).
import { WhatsAppConfigError } from '../core/config-error.js';

const isNonEmptyString = (value: unknown) => typeof value === 'string' && value !== '';

/** A positive whole number (bytes, milliseconds), or absent. */
export function checkCount(who: string, name: string, value: unknown, allowZero = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new WhatsAppConfigError(`${who}: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} whole number, got ${typeof value === 'number' ? String(value) : typeof value}`);
  }
}

export function checkSecret(who: string, name: string, value: unknown): void {
  if (!isNonEmptyString(value)) throw new WhatsAppConfigError(`${who}: ${name} is required and must be a non-empty string`);
}

/** An optional string option that, when given, may not be empty (an empty verify token matches nothing). */
export function checkOptionalString(who: string, name: string, value: unknown): void {
  if (value !== undefined && !isNonEmptyString(value)) throw new WhatsAppConfigError(`${who}: ${name}, when given, must be a non-empty string`);
}

export function checkFunction(who: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function') throw new WhatsAppConfigError(`${who}: ${name} must be a function`);
}

export interface CheckedWebhookOptions {
  appSecret?: unknown;
  verifyToken?: unknown;
  maxBodyBytes?: unknown;
  bodyTimeoutMs?: unknown;
  handlerTimeoutMs?: unknown;
  ackTimeoutMs?: unknown;
  handlers?: unknown;
  onOutcome?: unknown;
  onRejected?: unknown;
  hmac?: unknown;
  seen?: unknown;
}

export function checkWebhookOptions(who: string, options: CheckedWebhookOptions | undefined): void {
  if (options === null || typeof options !== 'object') throw new WhatsAppConfigError(`${who}: options are required (at least appSecret)`);
  checkSecret(who, 'appSecret', options.appSecret);
  checkOptionalString(who, 'verifyToken', options.verifyToken);
  checkCount(who, 'maxBodyBytes', options.maxBodyBytes);
  checkCount(who, 'bodyTimeoutMs', options.bodyTimeoutMs);
  checkCount(who, 'handlerTimeoutMs', options.handlerTimeoutMs);
  checkCount(who, 'ackTimeoutMs', options.ackTimeoutMs, true);
  for (const name of ['onOutcome', 'onRejected', 'hmac'] as const) checkFunction(who, name, options[name]);
  if (options.seen !== undefined && options.seen !== false) checkFunction(who, 'seen', options.seen);
  const handlers = options.handlers;
  if (handlers === undefined) return;
  if (handlers === null || typeof handlers !== 'object') throw new WhatsAppConfigError(`${who}: handlers must be an object of functions by event type`);
  for (const [type, handler] of Object.entries(handlers)) checkFunction(who, `handlers.${type}`, handler);
}
