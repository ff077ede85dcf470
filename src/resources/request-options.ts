// Small helpers the management resources share.
import type { CallOptions } from '../core/options.js';
import type { RequestInput } from '../core/transport.js';
import type { operations } from '../../generated/schema.js';

/** The transport options of a call's own options (signal and timeout only). */
export function callInput(options: CallOptions | undefined): RequestInput {
  if (!options) return {};
  const input: RequestInput = {};
  if (options.signal) input.signal = options.signal;
  if (options.timeoutMs !== undefined) input.timeoutMs = options.timeoutMs;
  if (options.retry !== undefined) input.retry = options.retry;
  return input;
}

// Every key of the call options that is not a Graph query parameter. The type check below fails
// to compile when CallOptions gains a key not listed here, so no new option can slip into a URL.
const NOT_QUERY = ['signal', 'timeoutMs', 'retry', 'phoneNumberId', 'wabaId'] as const;
type NotQuery = (typeof NOT_QUERY)[number];
type ListedOnly<Missing extends never> = Missing;
/** Compiles only while every CallOptions key is in NOT_QUERY. */
export type EveryCallOptionIsListed = ListedOnly<Exclude<keyof CallOptions, NotQuery>>;

/**
 * The Graph query part of options that mix query parameters with call options (a list's
 * filters and cursors beside signal, timeout, retry and the id overrides).
 */
export function queryPart<O extends object>(options: O | undefined): Omit<O, NotQuery> {
  const query: Record<string, unknown> = {};
  if (!options) return query as Omit<O, NotQuery>;
  for (const [key, value] of Object.entries(options)) {
    if (!(NOT_QUERY as readonly string[]).includes(key)) query[key] = value;
  }
  return query as Omit<O, NotQuery>;
}

/** An id as one path segment. */
export const segment = (id: string): string => `/${encodeURIComponent(id)}`;

/** The query parameters of a spec operation, by operationId. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** Options of calls made on behalf of a WhatsApp Business Account. */
export interface WabaCallOptions extends CallOptions {
  /** Overrides the client's `wabaId` for this call. */
  wabaId?: string;
}

/** Options of calls that read selected fields. */
export interface FieldsOptions {
  /** Which fields Graph should return. */
  fields?: readonly string[];
}
