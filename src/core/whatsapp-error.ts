// The base class of every error the SDK throws, client, webhooks and flow endpoint alike, in a
// module of its own so an entry point that needs only the base (webhooks) does not carry the
// Graph errors with it.
import type { ErrorCategory, RetryAction } from '../../generated/errors.js';

/** What a failed call was, for messages and logs. The URL never carries the access token. */
export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

const RETRYABLE: ReadonlySet<RetryAction> = new Set(['retry', 'retry_with_backoff', 'retry_later']);

/** Base class of every error the SDK throws. */
export class WhatsAppError extends Error {
  /** What kind of failure this is (from the error table). */
  readonly category: ErrorCategory;
  /** What a client should do about it. */
  readonly action: RetryAction;
  /** How long to wait before retrying, when known (ms). */
  readonly retryAfterMs: number | undefined;
  readonly request: RequestSummary | undefined;
  /**
   * How many times the call was sent before this error, when a retry policy was in force (the
   * message then ends with it too); undefined for a call made once without one.
   */
  declare readonly attempts: number | undefined;

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

  /**
   * What `JSON.stringify` and JSON loggers print: the message and every field, with the cause
   * as its name and message. An Error's own `message` is not enumerable, so without this the
   * JSON would say nothing about what went wrong.
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message, retryable: this.retryable };
    for (const [key, value] of Object.entries(this)) json[key] = value;
    const cause = this.cause;
    if (cause instanceof Error) json.cause = { name: cause.name, message: cause.message };
    return json;
  }
}

