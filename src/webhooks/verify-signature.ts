// X-Hub-Signature-256 verification over the raw body bytes. Fails closed: every doubt is `false`.
import { importHmacKey } from '../core/hmac.js';

/** Graph caps webhook bodies at 3 MB; the default cap leaves a little room above that (3 MiB + 64 KiB, written as a literal so no module-level arithmetic is kept in bundles). */
export const DEFAULT_MAX_BODY_BYTES = 3_211_264;

/** The request body exactly as received. A string is taken as its UTF-8 bytes. */
export type RawBody = Uint8Array | ArrayBuffer | string;

export interface SignatureOptions {
  /** Bodies larger than this are rejected without hashing (default: a little over 3 MB). */
  maxBodyBytes?: number;
  /**
   * Another HMAC-SHA256 implementation to use instead of Web Crypto, e.g. the Node adapter's
   * node:crypto one (a Web Crypto call costs tens of microseconds on Node, more than the rest of
   * the intake). It must compare in constant time.
   */
  hmac?: HmacVerifier;
}

/** True when HMAC-SHA256(secret, body) equals `expected` (32 bytes), compared in constant time. */
export type HmacVerifier = (secret: string, body: Uint8Array, expected: Uint8Array) => boolean | Promise<boolean>;

/** Why a signature check failed; `ok` when it passed. */
export type SignatureCheck = 'ok' | 'missing_secret' | 'missing_signature' | 'malformed_signature' | 'body_too_large' | 'not_raw_body' | 'mismatch';

// Importing a key costs more than hashing a small body, so keys are kept per secret. Apps use
// one or two secrets; the cap only guards against a caller passing a new secret every time.
// A key already imported is used without an await, so the hash starts at once (in the same
// tick), which lets a caller parse the body while it is being computed.
const keys = new Map<string, CryptoKey | Promise<CryptoKey>>();
function keyFor(secret: string): CryptoKey | Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 8) keys.clear();
    const pending = importHmacKey(secret);
    keys.set(secret, pending);
    pending.then(
      (imported) => keys.get(secret) === pending && keys.set(secret, imported),
      () => keys.delete(secret),
    );
    key = pending;
  }
  return key;
}

/** `sha256=` + 64 hex digits → the 32 signature bytes, or undefined for anything else. */
function signatureBytes(header: string): Uint8Array | undefined {
  if (header.length !== 71 || !header.startsWith('sha256=')) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    const hi = hexValue(header.charCodeAt(7 + 2 * i));
    const lo = hexValue(header.charCodeAt(8 + 2 * i));
    if (hi < 0 || lo < 0) return undefined;
    bytes[i] = (hi << 4) | lo;
  }
  return bytes;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 97 && c <= 102) return c - 87; // a-f
  if (c >= 65 && c <= 70) return c - 55; // A-F
  return -1;
}

/**
 * The check itself. It answers synchronously when it can (a bad header, a missing secret, or a
 * synchronous `hmac` such as the Node adapter's), so the intake of a single message does not
 * pay for promise hops it doesn't need. Never throws and never rejects.
 */
export function startSignatureCheck(
  body: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string | null | undefined,
  options: SignatureOptions = {},
): SignatureCheck | Promise<SignatureCheck> {
  try {
    if (typeof appSecret !== 'string' || appSecret === '') return 'missing_secret';
    if (typeof signatureHeader !== 'string' || signatureHeader === '') return 'missing_signature';
    const expected = signatureBytes(signatureHeader.trim());
    if (!expected) return 'malformed_signature';
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body instanceof ArrayBuffer ? new Uint8Array(body) : body;
    if (!(bytes instanceof Uint8Array)) return 'not_raw_body';
    if (bytes.byteLength > (options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) return 'body_too_large';
    const verdict = options.hmac ? options.hmac(appSecret, bytes, expected) : webCryptoVerify(appSecret, bytes, expected);
    if (typeof verdict === 'boolean') return verdict ? 'ok' : 'mismatch';
    return verdict.then(
      (matched) => (matched ? 'ok' : 'mismatch'),
      () => 'mismatch',
    );
  } catch {
    return 'mismatch';
  }
}

function webCryptoVerify(secret: string, bytes: Uint8Array, expected: Uint8Array): Promise<boolean> {
  // subtle.verify compares in constant time.
  const verify = (key: CryptoKey) => crypto.subtle.verify('HMAC', key, expected as Uint8Array<ArrayBuffer>, bytes as Uint8Array<ArrayBuffer>);
  const key = keyFor(secret);
  return 'then' in key ? key.then(verify) : verify(key);
}

/** Checks the signature and says why it failed. Never throws. */
export async function checkSignature(
  body: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string | null | undefined,
  options?: SignatureOptions,
): Promise<SignatureCheck> {
  return startSignatureCheck(body, signatureHeader, appSecret, options);
}

/**
 * True when `signatureHeader` (the `X-Hub-Signature-256` header) is the HMAC-SHA256 of the raw
 * body bytes keyed with the app secret. False for a missing secret or header, a wrong prefix,
 * length or non-hex digits, a body over the size cap, or a body that is not raw bytes or text.
 */
export async function verifySignature(
  body: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string | null | undefined,
  options?: SignatureOptions,
): Promise<boolean> {
  return (await checkSignature(body, signatureHeader, appSecret, options)) === 'ok';
}
