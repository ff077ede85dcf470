// The typed openapi-fetch client over every operation of the spec, for calls the facade does not
// wrap. An entry point of its own (`whatsapp-cloud-sdk/raw`): openapi-fetch's declarations cost a
// consumer's type check about a second, which an app that never uses it should not pay. It shares
// the facade's base URL, token, headers, fetch, appsecret_proof and timeout, and fails the same
// typed way (GraphTimeoutError, GraphAbortError, GraphNetworkError) when no answer
// comes; an HTTP answer keeps openapi-fetch's `{data, error, response}` contract.
//
// The facade's own resources do not go through openapi-fetch. It builds a Request and its Headers
// on every call (measured 1.3× raw fetch over loopback, 2.8× with an instant stub), while the
// transport joins one URL string and reuses headers built once per client. For operations used
// rarely enough to need the raw client, that cost does not matter; for sends it does.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { credentialsOf, findCredentials, type Credentials } from '../core/credentials.js';
import { deadlineSignal } from '../core/deadline.js';
import { GraphAbortError, GraphTimeoutError, type RequestSummary } from '../core/errors.js';
import { fetchFailure } from '../core/fetch-failure.js';
import type { Transport } from '../core/transport.js';

export type RawClient = Client<paths>;

type RawFetch = (request: Request) => Promise<Response>;
type Init = { signal?: AbortSignal | null; fetch?: RawFetch } | undefined;
type Call = (fetch: RawFetch) => Promise<unknown>;

const VERBS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The typed openapi-fetch client over every operation of the spec, sharing `wa`'s base URL, token,
 * headers, fetch, appsecret_proof and timeout: `createRawClient(wa).GET('/{media-id}', …)`.
 */
export function createRawClient(wa: { readonly transport: Transport }): RawClient {
  const { transport, headers } = clientParts(wa);
  // No token here: openapi-fetch (and any middleware a caller adds with `use`) sees requests
  // without it; the transport adds the token and the appsecret_proof as it sends them.
  const client = createClient<paths>({ baseUrl: transport.baseUrl, ...(headers ? { headers: { ...headers } } : {}) });

  // Each call runs under its own timeout, which must also cover openapi-fetch reading the body,
  // so the whole call is wrapped and hands openapi-fetch a fetch bound to that call.
  const loose = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const guarded: Record<string, unknown> = { ...client };
  for (const verb of VERBS) {
    guarded[verb] = (url: unknown, init: Init) => withTimeout(transport, init?.signal, (fetch) => loose[verb]!(url, { ...init, fetch }));
  }
  guarded.request = (method: unknown, url: unknown, init: Init) =>
    withTimeout(transport, init?.signal, (fetch) => loose.request!(method, url, { ...init, fetch }));
  return guarded as unknown as RawClient;
}

/** The client's transport and its extra headers; anything but a client from createWhatsApp is refused by name. */
function clientParts(wa: unknown): { transport: Transport; headers: Credentials['headers'] } {
  const transport = (wa as { transport?: Transport } | null | undefined)?.transport;
  const credentials = transport ? findCredentials(transport) : undefined;
  if (!transport || !credentials) throw new WhatsAppConfigError('createRawClient: wa must be a client made by createWhatsApp');
  return { transport, headers: credentials.headers };
}

/**
 * Runs one raw call with the client's timeout and the caller's signal. Whether the abort comes
 * before the headers or while the body is read, the call rejects with GraphTimeoutError or
 * GraphAbortError; a fetch that fails on its own gives GraphNetworkError.
 */
async function withTimeout(transport: Transport, callerSignal: AbortSignal | null | undefined, call: Call): Promise<unknown> {
  const timeoutMs = transport.timeoutMs;
  const deadline = timeoutMs > 0 ? deadlineSignal(timeoutMs) : undefined;
  const controller = new AbortController();
  let stoppedBy: 'caller' | 'deadline' | undefined;
  let request: RequestSummary = { method: '', url: '' };
  const stop = (by: 'caller' | 'deadline') => () => {
    stoppedBy ??= by;
    controller.abort();
  };
  const onCallerAbort = stop('caller');
  const onDeadline = stop('deadline');
  const typedStop = () =>
    stoppedBy === 'caller' ? new GraphAbortError(request, callerSignal?.reason) : new GraphTimeoutError(timeoutMs, request, deadline?.reason);

  if (callerSignal?.aborted) onCallerAbort();
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  deadline?.addEventListener('abort', onDeadline, { once: true });

  const fetch: RawFetch = async (outgoing) => {
    request = { method: outgoing.method, url: transport.redact(outgoing.url) };
    if (stoppedBy) throw typedStop();
    try {
      // The caller's signal rides on the Request; ours replaces it and follows it.
      return await sendWithToken(transport, new Request(outgoing, { signal: controller.signal }));
    } catch (error) {
      if (stoppedBy) throw typedStop();
      throw fetchFailure(error, { request, callerSignal: undefined, deadline: undefined, timeoutMs, redact: transport.redact });
    }
  };

  try {
    return await call(fetch);
  } catch (error) {
    // openapi-fetch reads the body itself; an abort there surfaces as a plain AbortError.
    if (stoppedBy && !(error instanceof GraphAbortError || error instanceof GraphTimeoutError)) throw typedStop();
    throw error;
  } finally {
    callerSignal?.removeEventListener('abort', onCallerAbort);
    deadline?.removeEventListener('abort', onDeadline);
  }
}

/**
 * Sends a Request built for a Graph URL under the client's `baseUrl`, adding the token and the
 * appsecret_proof; a URL elsewhere (a middleware may have changed it) is refused before sending.
 */
async function sendWithToken(transport: Transport, outgoing: Request): Promise<Response> {
  const { fetch: fetchImpl, authorization, baseUrl, withProof, proofQuery } = credentialsOf(transport);
  const at = outgoing.url;
  if (at !== baseUrl && !at.startsWith(`${baseUrl}/`) && !at.startsWith(`${baseUrl}?`)) {
    throw new WhatsAppConfigError(`Refusing to send the access token to ${transport.redact(at)}: not under the baseUrl ${baseUrl}`);
  }
  let sent = outgoing;
  // Only a client with an app secret waits for the proof: without one the request leaves at once.
  if (withProof) {
    const proof = await proofQuery();
    const url = new URL(at);
    url.search = url.search ? `${url.search}&${proof}` : proof;
    sent = new Request(url.href, outgoing);
  }
  sent.headers.set('authorization', authorization);
  return fetchImpl(sent.url, sent);
}
