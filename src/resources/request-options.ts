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
