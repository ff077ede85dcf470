// The two ways a webhook delivery is rejected: it is not from Graph (signature), or it is not a
// webhook payload (structure). Unknown fields, types and enum values are never errors.
import type { ErrorCategory } from '../../generated/errors.js';
import type { ValidationIssue } from '../../generated/validation.js';
import { WhatsAppError } from '../core/whatsapp-error.js';
import type { SignatureCheck } from './verify-signature.js';

/**
 * Base of the webhook errors; a WhatsAppError like every failure of the SDK. None is worth
 * retrying as it is: the same bytes fail the same way.
 */
export class WebhookError extends WhatsAppError {
  constructor(message: string, category: ErrorCategory) {
    super(message, { category, action: 'do_not_retry' });
  }
}

const RAW_BODY_HINT =
  'Verify the raw request body exactly as received: a body that was parsed and serialised again (e.g. by express.json() or a framework body parser) has different bytes — Graph escapes non-ASCII as \\uXXXX and slashes as \\/ — so its signature cannot match.';

// A function rather than a table: bundled into one chunk with the signature check, a table with
// template strings would count as code with side effects and stay in apps that never throw it.
function reasonMessage(reason: Exclude<SignatureCheck, 'ok'> | 'reserialized_body'): string {
  switch (reason) {
    case 'missing_secret':
      return 'No app secret was given, so no webhook can be verified.';
    case 'missing_signature':
      return 'The request has no X-Hub-Signature-256 header.';
    case 'malformed_signature':
      return 'The X-Hub-Signature-256 header is not "sha256=" followed by 64 hex digits.';
    case 'body_too_large':
      return 'The body is larger than the size cap.';
    case 'not_raw_body':
      return `The body is not raw bytes or text; the raw body is needed. ${RAW_BODY_HINT}`;
    case 'mismatch':
      return `The signature does not match the body. Check the app secret. ${RAW_BODY_HINT}`;
    case 'reserialized_body':
      return `The signature does not match, and the body contains unescaped non-ASCII characters, which Graph never sends: the body was parsed and re-serialised, and the raw body is needed. ${RAW_BODY_HINT}`;
  }
}

/** The delivery's signature did not verify: treat the body as untrusted. */
export class WebhookSignatureError extends WebhookError {
  /** Why: `missing_secret`, `missing_signature`, `malformed_signature`, `body_too_large`, `not_raw_body`, `mismatch` or `reserialized_body`. */
  readonly reason: Exclude<SignatureCheck, 'ok'> | 'reserialized_body';

  constructor(reason: Exclude<SignatureCheck, 'ok'> | 'reserialized_body') {
    super(reasonMessage(reason), 'auth');
    this.reason = reason;
  }
}

/** The body is not a webhook payload Graph could have sent (no `entry` list, a change without `value`…). */
export class WebhookPayloadError extends WebhookError {
  /** JSON Pointer to the offending part of the body, e.g. `/entry/0/changes/1/value/messages/3`. */
  readonly path: string;
  /** The validator's findings, when a schema rejected the part. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, path: string, issues: readonly ValidationIssue[] = []) {
    super(`${message}${path ? ` (at ${path})` : ''}`, 'parameter');
    this.path = path;
    this.issues = issues;
  }
}

/** The body is larger than the size cap (answered with 413); Graph never sends more than 3 MB. */
export class WebhookBodyTooLargeError extends WebhookError {
  /** The cap, in bytes. */
  readonly limit: number;

  constructor(limit: number) {
    super(`The body is larger than ${limit} bytes.`, 'parameter');
    this.limit = limit;
  }
}

/** A handler did not settle within `handlerTimeoutMs`; the dispatcher went on without it. */
export class WebhookHandlerTimeoutError extends WebhookError {
  /** The handler key: an event type or `'*'`. */
  readonly handler: string;
  readonly timeoutMs: number;

  constructor(handler: string, timeoutMs: number) {
    super(`The ${handler} handler did not finish within ${timeoutMs} ms; the next handlers ran without waiting for it, and its result is ignored.`, 'timeout');
    this.handler = handler;
    this.timeoutMs = timeoutMs;
  }
}

/** The body did not arrive within `bodyTimeoutMs` (answered with 408): a stalled or very slow sender. */
export class WebhookBodyTimeoutError extends WebhookError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`The body did not arrive within ${timeoutMs} ms.`, 'timeout');
    this.timeoutMs = timeoutMs;
  }
}
