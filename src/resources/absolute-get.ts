// GET of an absolute URL outside the Graph base — the media host, Meta's CDN for flow assets —
// with the call's timeout and signal, and the SDK's typed errors for every failure. These URLs
// are not Graph paths, so the transport (base URL, JSON, appsecret_proof) does not apply.
import { GraphAbortError, GraphApiError, GraphNetworkError, GraphTimeoutError, WhatsAppError, type RequestSummary } from '../core/errors.js';
import { parseMaybeJson, type Transport } from '../core/transport.js';

export interface AbsoluteGetOptions {
  /** Sent as they are; the access token only where the host needs it (the media host). */
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** 0 turns the timeout off. */
  timeoutMs: number;
}

/**
 * GETs `url` and hands the response to `read`. The timeout covers the wait for the response and
 * what `read` does with it: a `read` that returns the Response itself leaves the body's transfer
 * to the caller (a large download may stream for longer; the signal still cancels it).
 */
export async function getAbsolute<T>(transport: Transport, url: string, options: AbsoluteGetOptions, read: (response: Response) => Promise<T>): Promise<T> {
  const summary: RequestSummary = { method: 'GET', url: transport.redact(url) };
  const deadline = new AbortController();
  const timer = options.timeoutMs > 0 ? setTimeout(() => deadline.abort(), options.timeoutMs) : undefined;
  const caller = options.signal;
  const init: RequestInit = { method: 'GET', signal: caller ? AbortSignal.any([caller, deadline.signal]) : deadline.signal };
  if (options.headers) init.headers = options.headers;
  try {
    return await read(await transport.fetch(url, init));
  } catch (error) {
    if (error instanceof WhatsAppError) throw error;
    if (caller?.aborted) throw new GraphAbortError(summary, error);
    if (deadline.signal.aborted) throw new GraphTimeoutError(options.timeoutMs, summary, error);
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphNetworkError(transport.redact(`GET ${summary.url} failed: ${reason}`), summary, error);
  } finally {
    clearTimeout(timer);
  }
}

/** A failed response of an absolute URL as a GraphApiError, with its body (JSON or text). */
export async function absoluteResponseError(transport: Transport, url: string, response: Response): Promise<GraphApiError> {
  const text = await response.text().catch(() => '');
  return new GraphApiError({
    status: response.status,
    headers: response.headers,
    body: parseMaybeJson(text),
    request: { method: 'GET', url: transport.redact(url) },
    redact: transport.redact,
  });
}
