// GET of an absolute URL outside the Graph base (Meta's media host, its CDN), with the token taken
// from the transport's registered credentials, never from a field. Redirects are followed here, not by fetch
// (`redirect: 'manual'`), whichever fetch the client was given: the token goes only to a host
// the token-host check allows, and never across a redirect to another origin.
import { WhatsAppConfigError } from './config-error.js';
import { GraphApiError, WhatsAppError } from './errors.js';
import { credentialsOf } from './credentials.js';
import type { Redact } from './redact.js';
import { tokenHostCheck, type TokenHostCheck } from './token-hosts.js';
import type { Transport } from './transport.js';

/** Redirects followed before giving up; Meta's media host answers directly. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export interface AbsoluteRequest {
  /** Send the access token (the media host needs it). Refused for a host the check does not allow. */
  withToken: boolean;
  /** Headers of this request (e.g. a User-Agent). Only `user-agent` follows a redirect to another origin. */
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
}

/** Each transport's host check, made on its first absolute GET. */
const hostChecks = new WeakMap<Transport, TokenHostCheck>();

/** GETs `url` for the transport's client, following redirects itself. */
export async function fetchAbsolute(transport: Transport, url: string, request: AbsoluteRequest): Promise<Response> {
  const { fetch: fetchImpl, authorization, baseUrl, trustedHosts, allowInsecureHttp } = credentialsOf(transport);
  const redact = transport.redact;
  let mayGetToken = hostChecks.get(transport);
  if (!mayGetToken) hostChecks.set(transport, (mayGetToken = tokenHostCheck({ baseUrl, trustedHosts, allowInsecureHttp })));
  let target = parseAbsolute(url, redact);
  const origin = target.origin;
  if (request.withToken && !mayGetToken(target)) {
    throw new WhatsAppConfigError(
      `Refusing to send the access token to ${target.origin}: only Meta's hosts over https, the baseUrl's own origin ` +
        'and hosts named in the client option trustedHosts receive it',
    );
  }
  // Once a redirect leaves the first origin the token stays behind, also if a later hop comes back.
  let sameOrigin = true;
  for (let redirects = 0; ; redirects++) {
    sameOrigin &&= target.origin === origin;
    const headers: Record<string, string> = sameOrigin ? { ...request.headers } : crossOriginHeaders(request.headers);
    if (request.withToken && sameOrigin && mayGetToken(target)) headers.authorization = authorization;
    const init: RequestInit = { method: 'GET', headers, redirect: 'manual' };
    if (request.signal) init.signal = request.signal;
    const response = await fetchImpl(target.href, init);
    const summary = { method: 'GET', url: redact(target.href) };
    if (response.type === 'opaqueredirect') {
      throw redirectError(response, summary, redact, 'the host redirected, and this runtime hides where to, so the redirect cannot be followed safely');
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    if (redirects >= MAX_REDIRECTS) throw redirectError(response, summary, redact, `more than ${MAX_REDIRECTS} redirects`);
    target = parseAbsolute(new URL(location, target).href, redact);
  }
}

/** Across origins only the User-Agent goes along: the caller's other headers were meant for the first host. */
function crossOriginHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() === 'user-agent') kept[name] = value;
  return kept;
}

function parseAbsolute(url: string, redact: Redact): URL {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new WhatsAppError(`Not an http(s) URL: ${redact(String(url))}`, { category: 'server', action: 'do_not_retry' });
  }
  return parsed;
}

function redirectError(response: Response, request: { method: string; url: string }, redact: Redact, problem: string): GraphApiError {
  return new GraphApiError({
    status: response.status,
    headers: response.headers,
    body: undefined,
    request,
    redact,
    problem,
    classification: { category: 'server', action: 'do_not_retry' },
  });
}
