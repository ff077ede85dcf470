// Verify, then parse: the two steps every webhook POST needs, with typed errors.
import { WebhookSignatureError } from './errors.js';
import type { WebhookEvent } from './events.js';
import { parseWebhook } from './parse.js';
import { startSignatureCheck, type RawBody, type SignatureCheck, type SignatureOptions } from './verify-signature.js';

/** True when the bytes hold a character above U+007F; Graph escapes all of those as \uXXXX. */
function hasRawNonAscii(body: RawBody): boolean {
  if (typeof body === 'string') return /[^\x00-\x7f]/.test(body);
  const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : body;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

/**
 * Verifies `X-Hub-Signature-256` over the raw body, then parses it into events. Throws
 * `WebhookSignatureError` (don't trust the body) or `WebhookPayloadError` (not a JSON envelope).
 * No byte of the body is parsed before the signature is known to be good: a forged body costs
 * one HMAC, never a JSON parse.
 */
export async function verifyAndParseWebhook(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string | null | undefined,
  options?: SignatureOptions,
): Promise<WebhookEvent[]> {
  const pending = startSignatureCheck(rawBody, signatureHeader, appSecret, options);
  // A verdict known at once (a bad header, or the Node adapter's synchronous HMAC) needs no
  // promise hop.
  const check = typeof pending === 'string' ? pending : await pending;
  if (check !== 'ok') throw signatureError(check, rawBody);
  return parseWebhook(rawBody);
}

function signatureError(check: Exclude<SignatureCheck, 'ok'>, rawBody: RawBody): WebhookSignatureError {
  return new WebhookSignatureError(check === 'mismatch' && hasRawNonAscii(rawBody) ? 'reserialized_body' : check);
}
