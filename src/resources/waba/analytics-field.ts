// Graph reads the WABA's analytics through field expansion, not query parameters:
// `fields=pricing_analytics.start(1761955200).end(1764547200).granularity(MONTHLY).dimensions(["COUNTRY"])`.
// This module turns a parameter object into that expression, checking the dates on the way.
import { WhatsAppConfigError } from '../../core/config-error.js';

/** A moment as a Date or as Unix seconds. */
export type AnalyticsTime = Date | number;

/** Unix seconds of a Date or of a number that already is one; anything else names the field. */
export function unixSeconds(label: string, field: string, value: unknown): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new WhatsAppConfigError(`${label}: ${field} is an invalid Date`);
    return Math.floor(ms / 1000);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new WhatsAppConfigError(`${label}: ${field} must be a Date or Unix seconds (a non-negative integer)`);
}

/**
 * `name.start(…).end(…).key(value)…` for one analytics field. Lists are written as JSON arrays,
 * scalars bare (Graph's enum values and numbers need no quotes). `start` and `end` come first,
 * the rest in the caller's order; undefined entries are left out.
 */
export function analyticsField(label: string, name: string, params: { start: AnalyticsTime; end: AnalyticsTime } & Record<string, unknown>): string {
  if (params === null || typeof params !== 'object') throw new WhatsAppConfigError(`${label}: the parameters must be an object with start, end and granularity`);
  const start = unixSeconds(label, 'start', params.start);
  const end = unixSeconds(label, 'end', params.end);
  if (end <= start) throw new WhatsAppConfigError(`${label}: end must be after start`);
  let expression = `${name}.start(${start}).end(${end})`;
  for (const [key, value] of Object.entries(params)) {
    if (key === 'start' || key === 'end' || value === undefined) continue;
    if (!/^[a-z_]+$/.test(key)) throw new WhatsAppConfigError(`${label}: ${key} is not a parameter of ${name}`);
    if (Array.isArray(value)) expression += `.${key}(${JSON.stringify(value)})`;
    else if (typeof value === 'string' && /^[A-Za-z0-9_]+$/.test(value)) expression += `.${key}(${value})`;
    else if (typeof value === 'number' && Number.isFinite(value)) expression += `.${key}(${value})`;
    else throw new WhatsAppConfigError(`${label}: ${key} must be a list, a number or an enum value`);
  }
  return expression;
}
