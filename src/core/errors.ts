// The errors the SDK throws. Every failure of a call is one of these, never a bare TypeError.
import type { ErrorCategory, RetryAction } from '../../generated/errors.js';
import type { components } from '../../generated/schema.js';
import { classifyGraphError } from './classify.js';
import { retryDelayFromHeaders } from './retry-delay.js';

type GraphErrorBody = components['schemas']['GraphError']['error'];

const RETRYABLE: ReadonlySet<RetryAction> = new Set(['retry', 'retry_with_backoff', 'retry_later']);

/** What a failed call was, for messages and logs. The URL never carries the access token. */
export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

/** Base class of every error the SDK throws. */
export class WhatsAppError extends Error {
  /** What kind of failure this is (from the error table). */
  readonly category: ErrorCategory;
  /** What a client should do about it. */
  readonly action: RetryAction;
  /** How long to wait before retrying, when known (ms). */
  readonly retryAfterMs: number | undefined;
  readonly request: RequestSummary | undefined;

  constructor(
    message: string,
    init: { category: ErrorCategory; action: RetryAction; retryAfterMs?: number; request?: RequestSummary; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.category = init.category;
    this.action = init.action;
    this.retryAfterMs = init.retryAfterMs;
    this.request = init.request;
  }

  /** True when the action says retrying can succeed (soon, with backoff, or later). */
  get retryable(): boolean {
    return RETRYABLE.has(this.action);
  }
}

/** Graph answered with an error status. */
export class GraphApiError extends WhatsAppError {
  /** HTTP status of the response. */
  readonly status: number;
  /** Graph error code, when the body carried one. */
  readonly code: number | undefined;
  readonly subcode: number | undefined;
  /** Graph's exception type, e.g. `OAuthException`. */
  readonly type: string | undefined;
  /** `error_data.details`: what exactly was wrong. */
  readonly details: string | undefined;
  /** Give this to Meta support. From the body or the `x-fb-trace-id` header. */
  readonly fbtraceId: string | undefined;
  /** Graph's own `is_transient` flag, when it sent one. */
  readonly isTransient: boolean | undefined;
  /** One line on what the code means, from the error table. */
  readonly meaning: string | undefined;
  /** The parsed `error` object, when the body was Graph's JSON. */
  readonly graphError: GraphErrorBody | undefined;
  /** The whole response body: parsed JSON, or the text when it was not JSON. */
  readonly body: unknown;

  constructor(init: {
    status: number;
    headers: Headers;
    body: unknown;
    request?: RequestSummary;
    redact?: (text: string) => string;
  }) {
    const graphError = readGraphError(init.body);
    const code = graphError?.code;
    const info = classifyGraphError(code, init.status);
    const details = graphError?.error_data?.details;
    const redact = init.redact ?? ((text: string) => text);
    const summary = graphError?.message ?? describeNonGraphBody(init.body);
    super(
      redact(
        `Graph API error ${init.status}${code === undefined ? '' : ` code ${code}`} [${info.category}/${info.action}]: ${summary}` +
          (details ? ` (${details})` : ''),
      ),
      {
        category: info.category,
        action: info.action,
        retryAfterMs:
          retryDelayFromHeaders(init.headers) ??
          (info.retryAfterSeconds === undefined ? undefined : info.retryAfterSeconds * 1000),
        ...(init.request ? { request: init.request } : {}),
      },
    );
    this.status = init.status;
    this.code = code;
    this.subcode = graphError?.error_subcode;
    this.type = graphError?.type;
    this.details = details;
    this.fbtraceId = graphError?.fbtrace_id ?? init.headers.get('x-fb-trace-id') ?? undefined;
    this.isTransient = graphError?.is_transient;
    this.meaning = info.meaning;
    this.graphError = graphError;
    this.body = typeof init.body === 'string' ? redact(init.body) : init.body;
  }
}

/** No HTTP answer came back: DNS, connection refused or reset, TLS failure. */
export class GraphNetworkError extends WhatsAppError {
  constructor(message: string, request: RequestSummary, cause: unknown) {
    super(message, { category: 'network', action: 'retry', request, cause });
  }
}

/** The call took longer than `timeoutMs`. Graph may or may not have acted on it. */
export class GraphTimeoutError extends WhatsAppError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number, request: RequestSummary, cause: unknown) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`, {
      category: 'timeout',
      action: 'retry',
      request,
      cause,
    });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired. */
export class GraphAbortError extends WhatsAppError {
  constructor(request: RequestSummary, cause: unknown) {
    super(`${request.method} ${request.url} was aborted by the caller`, {
      category: 'aborted',
      action: 'do_not_retry',
      request,
      cause,
    });
  }
}

/** The `error` object of a Graph error body, when the body is one. */
function readGraphError(body: unknown): GraphErrorBody | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const error = (body as { error?: unknown }).error;
  if (!error || typeof error !== 'object') return undefined;
  const candidate = error as Record<string, unknown>;
  const code = typeof candidate.code === 'number' ? candidate.code : toInteger(candidate.code);
  const subcode = typeof candidate.error_subcode === 'number' ? candidate.error_subcode : toInteger(candidate.error_subcode);
  return {
    ...candidate,
    message: typeof candidate.message === 'string' ? candidate.message : 'Graph returned an error without a message',
    code: code as number,
    ...(subcode === undefined ? {} : { error_subcode: subcode }),
    error_data:
      candidate.error_data && typeof candidate.error_data === 'object'
        ? (candidate.error_data as GraphErrorBody['error_data'])
        : undefined,
  } as GraphErrorBody;
}

function toInteger(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function describeNonGraphBody(body: unknown): string {
  if (body === undefined || body === '') return 'empty response body';
  if (typeof body === 'string') {
    const text = body.replace(/\s+/g, ' ').trim();
    return `non-JSON response body: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
  }
  return `unexpected response body: ${safeJson(body).slice(0, 200)}`;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
