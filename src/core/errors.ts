// The errors the SDK throws. Every failure of a call is one of these, never a bare TypeError.
import type { ErrorClass } from '../../generated/errors.js';
import type { components } from '../../generated/schema.js';
import { errorClassOf } from './classify.js';
import { redactDeep, type Redact } from './redact.js';
import { retryDelayFromHeaders } from './retry-delay.js';
import { WhatsAppError, type RequestSummary } from './whatsapp-error.js';

export { WhatsAppError, type RequestSummary };

type GraphErrorBody = components['schemas']['GraphError']['error'];

/**
 * Marks the final error of a retried call with the number of attempts made: `attempts`, and the
 * message (and the stack's first line) end with "after N attempts" when there was more than one.
 */
export function recordAttempts(error: WhatsAppError, attempts: number): void {
  Object.defineProperty(error, 'attempts', { value: attempts, enumerable: true, writable: false, configurable: true });
  if (attempts < 2) return;
  const before = error.message;
  const after = `${before} (after ${attempts} attempts)`;
  Object.defineProperty(error, 'message', { value: after, enumerable: false, writable: true, configurable: true });
  if (typeof error.stack === 'string' && error.stack.includes(before)) error.stack = error.stack.replace(before, after);
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
  /** The parsed `error` object, when the body was Graph's JSON. */
  readonly graphError: GraphErrorBody | undefined;
  /** The whole response body: parsed JSON, or the text when it was not JSON. */
  readonly body: unknown;
  /**
   * Where `retryAfterMs` came from: Graph's `Retry-After` / `X-Business-Use-Case-Usage` headers,
   * or the error table's documented minimum (which retrying grows per attempt for throttling).
   */
  readonly retryAfterSource: 'header' | 'table' | undefined;

  constructor(init: GraphApiErrorInit) {
    const redact = init.redact ?? ((text: string) => text);
    // Everything kept from the body is redacted once, here, so no field can show the token.
    const body: unknown = redactDeep(init.body, redact);
    const graphError = readGraphError(body);
    const code = graphError?.code;
    const info: ErrorClass = init.classification ?? errorClassOf(code, init.status);
    const details = graphError?.error_data?.details;
    const summary = init.problem ?? graphError?.message ?? describeNonGraphBody(body);
    const fromHeaders = retryDelayFromHeaders(init.headers);
    const fromTable = info.retryAfterSeconds === undefined ? undefined : info.retryAfterSeconds * 1000;
    super(
      redact(
        `Graph API error ${init.status}${code === undefined ? '' : ` code ${code}`} [${info.category}/${info.action}]: ${summary}` +
          (details ? ` (${details})` : ''),
      ),
      {
        category: info.category,
        action: info.action,
        retryAfterMs: fromHeaders ?? fromTable,
        ...(init.request ? { request: init.request } : {}),
      },
    );
    this.retryAfterSource = fromHeaders !== undefined ? 'header' : fromTable !== undefined ? 'table' : undefined;
    this.status = init.status;
    this.code = code;
    this.subcode = graphError?.error_subcode;
    this.type = graphError?.type;
    this.details = details;
    this.fbtraceId = graphError?.fbtrace_id ?? init.headers.get('x-fb-trace-id') ?? undefined;
    this.isTransient = graphError?.is_transient;
    this.graphError = graphError;
    this.body = body;
  }
}

export interface GraphApiErrorInit {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when it was not JSON, or undefined when empty. */
  body: unknown;
  request?: RequestSummary;
  /** Takes the access token out of a text; applied to the message and every string of the body. */
  redact?: Redact;
  /** Overrides the table's verdict, for failures the body's code does not describe. */
  classification?: Pick<ErrorClass, 'category' | 'action'>;
  /** Overrides the summary read from the body. */
  problem?: string;
}

/**
 * Graph answered with a 2xx status but not with the JSON object the operation documents: an
 * empty body, `null`, a bare string or number, an array, or text that is not JSON. The call may
 * have taken effect (a message may have gone out), so, like a 5xx, it is repeated only where a
 * repeat is harmless: reads, or sends with `allowDuplicateSends`.
 */
export class UnexpectedResponseError extends GraphApiError {
  constructor(init: Omit<GraphApiErrorInit, 'classification' | 'problem'> & { problem: string }) {
    super({ ...init, classification: { category: 'server', action: 'retry' } });
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
