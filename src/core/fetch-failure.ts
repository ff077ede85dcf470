// Turns whatever a fetch (or the read of its body) threw into the SDK's typed error: the caller
// aborting, the timeout firing, or the network failing. Shared by the facade's transport and the
// raw openapi-fetch client, so both fail the same way.
import { GraphAbortError, GraphNetworkError, GraphTimeoutError, WhatsAppError, type RequestSummary } from './errors.js';
import { isDeadlineAbort } from './deadline.js';
import { redactDeep, type Redact } from './redact.js';

export interface FetchContext {
  readonly request: RequestSummary;
  /** The caller's own signal, if any. */
  readonly callerSignal: AbortSignal | undefined;
  /** The timeout's signal, if the call has a timeout. */
  readonly deadline: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly redact: Redact;
}

export function fetchFailure(error: unknown, context: FetchContext): WhatsAppError {
  if (error instanceof WhatsAppError) return error;
  // The cause is kept for debugging, but a fetch that rejected a malformed header quotes it.
  const cause = redactDeep(error, context.redact);
  if (context.callerSignal?.aborted) return new GraphAbortError(context.request, cause);
  if (isDeadlineAbort(context.deadline)) return new GraphTimeoutError(context.timeoutMs, context.request, cause);
  const reason = cause instanceof Error ? causeMessage(cause) : String(cause);
  const { method, url } = context.request;
  return new GraphNetworkError(context.redact(`${method} ${url} failed: ${reason}`), context.request, cause);
}

/** undici reports "fetch failed" and puts the real reason (ECONNREFUSED …) in `cause`. */
function causeMessage(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) return `${error.message} (${(cause as { code?: string }).code ?? cause.message})`;
  return error.message;
}
