// The request path of every facade call. It does only what a call needs: one string for the URL,
// headers built once per client, JSON in and out, and typed errors. (openapi-fetch builds a
// Request and two Headers objects per call; this path stays within a few percent of raw fetch.)
//
// The access token and the appsecret_proof live only in this function's closure: the object it
// returns has no field that holds them, so printing or serialising the client shows neither. What
// else sends with them (the raw client, media downloads) finds them through core/credentials.ts.
import { appSecretProof } from './appsecret-proof.js';
import { checkedBaseUrl } from './base-url.js';
import { checkOptions } from './check-options.js';
import { registerCredentials } from './credentials.js';
import { WhatsAppConfigError } from './config-error.js';
import { GraphApiError, UnexpectedResponseError, type RequestSummary } from './errors.js';
import type { CallOptions, FetchLike, WhatsAppOptions } from './options.js';
import { deadlineSignal } from './deadline.js';
import { fetchFailure } from './fetch-failure.js';
import { secretRedactor, type Redact } from './redact.js';
import { GRAPH_VERSION, SUPPORTED_GRAPH_VERSIONS } from '../../generated/version.js';
import { withRetry } from './retry.js';
import { resolveRetryPolicy } from './retry-policy.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

const SLASH = 0x2f;

export type QueryValue = string | number | boolean | readonly (string | number)[] | Record<string, unknown> | undefined;

export interface RequestInput extends CallOptions {
  query?: Record<string, QueryValue> | undefined;
  /** A JSON value, or a body fetch sends as is (FormData, Blob, bytes, a stream). */
  body?: unknown;
  /** Headers of this call only. */
  headers?: Record<string, string>;
  /** `json` (default), `text`, or `response` to get the Response itself. */
  parseAs?: 'json' | 'text' | 'response';
  /**
   * The base URL of this call when its operation lives on another of Meta's hosts (the spec's
   * per-operation `servers`). Set only from the generated operation table, never from user input.
   */
  base?: string;
  /**
   * How the token is sent: `bearer` (default, `Authorization: Bearer …`) or `oauth`
   * (`Authorization: OAuth …`, which the Resumable Upload API's session calls take).
   */
  auth?: 'bearer' | 'oauth';
}

export interface Transport {
  request<T>(method: string, path: string, input?: RequestInput): Promise<T>;
  readonly baseUrl: string;
  /** The client's timeout per call (ms); 0 means none. */
  readonly timeoutMs: number;
  /** Takes the token and the appsecret_proof out of a text. */
  readonly redact: Redact;
}

export function createTransport(options: WhatsAppOptions): Transport {
  checkOptions(options);
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const allowInsecureHttp = options.allowInsecureHttp === true;
  const graphVersion = options.graphVersion ?? GRAPH_VERSION;
  if (!(SUPPORTED_GRAPH_VERSIONS as readonly string[]).includes(graphVersion)) {
    (options.warn ?? console.warn)(
      `createWhatsApp: graphVersion "${graphVersion}" is not one this SDK describes (${SUPPORTED_GRAPH_VERSIONS.join(', ')}); calls go to it as asked, but Graph's shapes there may differ from the types`,
    );
  }
  const baseUrl = checkedBaseUrl(options.baseUrl ?? `https://graph.facebook.com/${graphVersion}`, allowInsecureHttp);
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const token = options.accessToken;
  const authorization = `Bearer ${token}`;
  const jsonHeaders: Record<string, string> = { ...options.headers, authorization, 'content-type': 'application/json' };
  const plainHeaders: Record<string, string> = { ...options.headers, authorization };
  const oauthHeaders = (json: boolean): Record<string, string> => ({ ...(json ? jsonHeaders : plainHeaders), authorization: `OAuth ${token}` });

  // The proof is known only once computed; from then on it is redacted too.
  const redactToken = secretRedactor(token);
  let redactProof: Redact | undefined;
  const redact: Redact = (text) => (redactProof ? redactProof(redactToken(text)) : redactToken(text));

  let proof: string | undefined;
  let proofPending: Promise<string> | undefined;
  const appSecret = options.appSecret;
  const proofQuery = async (): Promise<string> => {
    if (!appSecret) return '';
    if (proof === undefined) {
      const computed = await (proofPending ??= appSecretProof(token, appSecret));
      redactProof ??= secretRedactor(computed);
      proof = computed;
    }
    return `appsecret_proof=${proof}`;
  };

  async function url(root: string, path: string, query?: Record<string, QueryValue>): Promise<string> {
    let search = query ? serializeQuery(query) : '';
    if (appSecret) search = search ? `${search}&${await proofQuery()}` : await proofQuery();
    return search ? `${root}${path}?${search}` : `${root}${path}`;
  }

  // Retrying is opt-in: without a policy a call goes straight to a single attempt.
  const clientRetry = options.retry;
  const clientPolicy = resolveRetryPolicy(clientRetry);
  function request<T>(method: string, path: string, input: RequestInput = {}): Promise<T> {
    // Joined to the base URL as text, a path not starting with '/' would extend its host
    // (`.attacker.example/x`) and take the token there.
    if (path.charCodeAt(0) !== SLASH) return Promise.reject(new WhatsAppConfigError(`transport.request: the path must start with "/", got ${JSON.stringify(redact(path))}`));
    const policy = input.retry === undefined ? clientPolicy : resolveRetryPolicy(clientRetry, input.retry);
    // A stream body is consumed by the first attempt, so it cannot be sent again.
    if (!policy || (!isJsonValue(input.body) && isStream(input.body))) return attempt<T>(method, path, input);
    return withRetry(() => attempt<T>(method, path, input), method, policy, input.signal);
  }

  async function attempt<T>(method: string, path: string, input: RequestInput): Promise<T> {
    const root = input.base ?? baseUrl;
    const target = appSecret || input.query ? await url(root, path, input.query) : root + path;
    const timeoutMs = input.timeoutMs ?? defaultTimeout;
    const callerSignal = input.signal;
    const deadline = timeoutMs > 0 ? deadlineSignal(timeoutMs) : undefined;
    // Only a call with its own signal pays for combining the two.
    const signal = deadline && callerSignal ? AbortSignal.any([callerSignal, deadline]) : (deadline ?? callerSignal);
    // Built only when a call fails: the send path allocates nothing it does not use.
    const summary = (): RequestSummary => ({ method, url: redact(target) });
    const fail = (error: unknown) => fetchFailure(error, { request: summary(), callerSignal, deadline, timeoutMs, redact });

    const body = input.body;
    // Plain objects (every JSON body the facade builds) skip the checks for files and streams.
    const plain = isJsonValue(body);
    const json = body !== undefined && (plain || !isRawBody(body));
    let headers = json ? jsonHeaders : plainHeaders;
    if (input.auth === 'oauth') headers = oauthHeaders(json);
    if (input.headers) headers = { ...headers, ...input.headers };
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers,
      body: json ? JSON.stringify(body) : (body as BodyInit | undefined),
      signal,
    };
    // Streams as request bodies need half-duplex in fetch implementations that support them.
    if (!plain && isStream(body)) init.duplex = 'half';

    let response: Response;
    try {
      response = await fetchImpl(target, init);
    } catch (error) {
      throw fail(error);
    }
    if (input.parseAs === 'response' && response.ok) {
      // The caller reads the body; keep the timeout running until the status arrived only.
      return response as T;
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw fail(error);
    }
    if (!response.ok) {
      throw new GraphApiError({ status: response.status, headers: response.headers, body: parseMaybeJson(text), request: summary(), redact });
    }
    if (input.parseAs === 'text') return text as T;
    // 204/205 carry no body by definition, and a HEAD answer never has one.
    if (response.status === 204 || response.status === 205 || method === 'HEAD') return undefined as T;
    return readJsonObject<T>(text, response, () => summary(), redact);
  }

  const transport: Transport = { request, baseUrl, timeoutMs: defaultTimeout, redact };
  // For the raw client and absolute GETs (media downloads), which send with the token elsewhere.
  registerCredentials(transport, { fetch: fetchImpl, authorization, baseUrl, withProof: !!appSecret, proofQuery, trustedHosts: options.trustedHosts, allowInsecureHttp, headers: options.headers });
  return transport;
}

/**
 * The body of a 2xx answer. Every JSON operation Graph documents answers with an object (DELETE
 * and the action endpoints with `{success: true}`), so anything else would reach the caller as
 * the typed response and crash on first use: it becomes an `UnexpectedResponseError` instead.
 * Graph's error object under a 2xx status is still Graph's error.
 */
function readJsonObject<T>(text: string, response: Response, request: () => RequestSummary, redact: Redact): T {
  const fail = (body: unknown, problem: string) =>
    new UnexpectedResponseError({ status: response.status, headers: response.headers, body, request: request(), redact, problem });
  const empty = 'empty response body where a JSON object was expected';
  if (text === '') throw fail(undefined, empty);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const shown = text.replace(/\s+/g, ' ').trim();
    if (shown === '') throw fail(undefined, empty);
    throw fail(text, `response body is not JSON: ${shown.length > 200 ? `${shown.slice(0, 200)}…` : shown}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw fail(body, `response body is ${describeJson(body)} where a JSON object was expected`);
  }
  const error = (body as { error?: unknown }).error;
  if (error !== null && typeof error === 'object' && ('code' in error || 'message' in error)) {
    throw new GraphApiError({ status: response.status, headers: response.headers, body, request: request(), redact });
  }
  return body as T;
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a bare ${typeof value}`;
}

/** A body as JSON when it is JSON, else the text itself (undefined when empty). */
export function parseMaybeJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A plain object or array: JSON, never a file, form or stream. */
function isJsonValue(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const proto = Object.getPrototypeOf(body) as unknown;
  return proto === Object.prototype || proto === null || Array.isArray(body);
}

function isStream(body: unknown): boolean {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

function isRawBody(body: unknown): boolean {
  return (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof Uint8Array ||
    body instanceof ArrayBuffer ||
    isStream(body)
  );
}

/** Graph's query style: lists joined by commas, objects as JSON, everything URL-encoded. */
export function serializeQuery(query: Record<string, QueryValue>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}
