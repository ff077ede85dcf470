// GET of an absolute URL outside the Graph base — the media host, Meta's CDN for flow assets —
// with the call's timeout and signal, and the SDK's typed errors for every failure. These URLs
// are not Graph paths, so the transport's JSON and appsecret_proof do not apply; the requests still
// go through the transport, which decides whether the token goes along (core/token-hosts.ts).
import { GraphApiError, type RequestSummary } from './errors.js';
import { fetchFailure } from './fetch-failure.js';
import { fetchAbsolute } from './absolute-fetch.js';
import { parseMaybeJson, type Transport } from './transport.js';

export interface AbsoluteGetOptions {
  /** Send the access token: only the media host needs it, and only a trusted host gets it. */
  withToken?: boolean;
  /** Sent as they are to the URL's origin (e.g. a User-Agent, which some media hosts want). */
  headers?: Record<string, string> | undefined;
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
  // A timer of its own, cleared once `read` returns: a download streamed after that must not be
  // cut off by the timeout (the shared deadline signals of Graph calls would be).
  const timer = new AbortController();
  const timeout = options.timeoutMs > 0 ? setTimeout(() => timer.abort(new DOMException('The call timed out', 'TimeoutError')), options.timeoutMs) : undefined;
  const deadline = timeout === undefined ? undefined : timer.signal;
  const caller = options.signal;
  const signal = deadline && caller ? AbortSignal.any([caller, deadline]) : (deadline ?? caller);
  try {
    return await read(await fetchAbsolute(transport, url, { withToken: options.withToken === true, headers: options.headers, signal }));
  } catch (error) {
    // The same typed errors as every Graph call, with the token kept out of the cause too: the
    // media host gets the bearer header, and a fetch that rejects a header quotes it. The
    // transport's own refusals are WhatsAppErrors already and pass through as they are.
    throw fetchFailure(error, { request: summary, callerSignal: caller, deadline, timeoutMs: options.timeoutMs, redact: transport.redact });
  } finally {
    clearTimeout(timeout);
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
