// What can go wrong at a flow data endpoint. Each error carries the HTTP status the endpoint
// answers with, so WhatsApp reacts the documented way (421: the request could not be decrypted,
// so fetch the public key again and retry;
// 427: the flow token is no longer valid; 432: the signature did not match).

import type { ErrorCategory } from '../../generated/errors.js';
import { WhatsAppError } from '../core/whatsapp-error.js';

export type FlowEndpointErrorCode =
  | 'signature_invalid'
  | 'key_mismatch'
  | 'payload_tampered'
  | 'bad_request'
  | 'body_too_large'
  | 'method_not_allowed'
  | 'flow_token_invalid'
  | 'unsupported_key'
  | 'handler_failed';

/** The category of each failure, for code that handles every WhatsAppError alike. */
function categoryOf(code: FlowEndpointErrorCode): ErrorCategory {
  switch (code) {
    case 'signature_invalid':
      return 'auth';
    case 'key_mismatch':
    case 'payload_tampered':
      return 'integrity';
    case 'handler_failed':
    case 'unsupported_key':
      return 'server';
    default:
      return 'parameter';
  }
}

/**
 * Base of every error the flow endpoint helpers throw or the handler reports; a WhatsAppError like
 * every failure of the SDK. What to do about one is in its HTTP status (WhatsApp acts on it), so
 * the SDK's own retry action is never to repeat the same request.
 */
export class FlowEndpointError extends WhatsAppError {
  /** The HTTP status the endpoint answers with. */
  readonly status: number;
  readonly code: FlowEndpointErrorCode;

  constructor(code: FlowEndpointErrorCode, status: number, message: string, cause?: unknown) {
    super(message, cause === undefined ? { category: categoryOf(code), action: 'do_not_retry' } : { category: categoryOf(code), action: 'do_not_retry', cause });
    this.code = code;
    this.status = status;
  }
}

/** `X-Hub-Signature-256` is missing or does not match the body (HTTP 432, as Meta documents). */
export class FlowSignatureError extends FlowEndpointError {
  constructor(message = 'The X-Hub-Signature-256 header does not match the request body') {
    super('signature_invalid', 432, message);
  }
}

/**
 * The AES key could not be decrypted with our private key: WhatsApp used another public key
 * (HTTP 421, which makes the client fetch the current public key and send again).
 */
export class FlowKeyMismatchError extends FlowEndpointError {
  constructor(cause?: unknown) {
    super('key_mismatch', 421, 'The AES key could not be decrypted with this private key; the public key on Graph may be a different one', cause);
  }
}

/**
 * The request could not be decrypted: the AES key, the IV or the ciphertext is unusable (not
 * base64, wrong length, truncated, or failing its GCM authentication). HTTP 421, like a key
 * mismatch: Meta documents 421 as the answer to any request that cannot be decrypted, and it
 * makes the WhatsApp client fetch the public key again and resend. On the client side
 * (`decryptFlowResponse`) it means the answer was altered or corrupted.
 */
export class FlowDecryptionError extends FlowEndpointError {
  constructor(cause?: unknown, reason = 'the data was altered, truncated or corrupted') {
    super('payload_tampered', 421, `The flow data could not be decrypted: ${reason}`, cause);
  }
}

/** The request is not what the data endpoint protocol describes (HTTP 400; 405 and 413 for method and size). */
export class FlowRequestError extends FlowEndpointError {
  constructor(message: string, code: 'bad_request' | 'body_too_large' | 'method_not_allowed' = 'bad_request') {
    super(code, code === 'body_too_large' ? 413 : code === 'method_not_allowed' ? 405 : 400, message);
  }
}

/**
 * Throw it from a flow handler when the flow token is unknown or expired: the endpoint answers
 * HTTP 427 with `{"error_msg": message}`; WhatsApp shows the message and disables the flow's button.
 */
export class FlowTokenError extends FlowEndpointError {
  constructor(message = 'The flow token is not valid any more') {
    super('flow_token_invalid', 427, message);
  }
}

/** The private key cannot be used with Web Crypto (encrypted PEM, wrong kind of key). HTTP 500. */
export class FlowKeyFormatError extends FlowEndpointError {
  constructor(message: string, cause?: unknown) {
    super('unsupported_key', 500, message, cause);
  }
}

/** A flow handler threw, is missing for the action, or returned an answer the protocol does not allow. HTTP 500. */
export class FlowHandlerError extends FlowEndpointError {
  constructor(message: string, cause?: unknown) {
    super('handler_failed', 500, message, cause);
  }
}
