// A webhook delivery signed as Graph signs it: HMAC-SHA256 of the exact body bytes, keyed with
// the app secret, in `X-Hub-Signature-256`. Uses the same HMAC code as verifySignature.
import { WhatsAppConfigError } from '../core/config-error.js';
import { hmacSha256Hex } from '../core/hmac.js';
import { graphJson } from './graph-json.js';

/** A signed delivery: the bytes Graph would POST and the headers it would send with them. */
export interface SignedWebhook {
  /** The body bytes the signature covers. */
  readonly body: Uint8Array<ArrayBuffer>;
  /** The same body as text. */
  readonly text: string;
  /** `sha256=` and 64 hex digits: the `X-Hub-Signature-256` header's value. */
  readonly signature: string;
  /** `content-type` and `x-hub-signature-256`, as Graph sends them. */
  readonly headers: { readonly 'content-type': 'application/json'; readonly 'x-hub-signature-256': string };
  /** A POST of this delivery to `url`, for handlers built on the web `Request`. */
  request(url: string | URL): Request;
}

/**
 * Signs a webhook body with the app secret. An object is serialised as Graph serialises it
 * (non-ASCII characters as `\uXXXX`, `/` as `\/`); a string or bytes are signed as given.
 */
export async function signWebhook(body: object | string | Uint8Array, appSecret: string): Promise<SignedWebhook> {
  if (typeof appSecret !== 'string' || appSecret === '') throw new WhatsAppConfigError('signWebhook: appSecret must be a non-empty string');
  let bytes: Uint8Array<ArrayBuffer>;
  let text: string;
  if (body instanceof Uint8Array) {
    bytes = new Uint8Array(body);
    text = new TextDecoder().decode(bytes);
  } else if (typeof body === 'string' || (typeof body === 'object' && body !== null)) {
    text = typeof body === 'string' ? body : graphJson(body);
    bytes = new TextEncoder().encode(text);
  } else {
    throw new WhatsAppConfigError(`signWebhook: body must be an object, a string or a Uint8Array, got ${body === null ? 'null' : typeof body}`);
  }
  const signature = `sha256=${await hmacSha256Hex(appSecret, bytes)}`;
  const headers = { 'content-type': 'application/json', 'x-hub-signature-256': signature } as const;
  return {
    body: bytes,
    text,
    signature,
    headers,
    request: (url) => new Request(url, { method: 'POST', headers, body: bytes }),
  };
}
