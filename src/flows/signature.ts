// X-Hub-Signature-256 on flow endpoint requests: `sha256=` + hex HMAC-SHA256 of the raw body keyed
// with the app secret. Compared in constant time; anything malformed is simply "not valid".
import { hmacSha256 } from '../core/hmac.js';

/** Signs with a key imported once per handler instead of once per request. */
export type FlowSigner = (data: Uint8Array) => Promise<Uint8Array>;

export function flowSigner(appSecret: string): FlowSigner {
  let key: Promise<CryptoKey> | undefined;
  return async (data) => {
    key ??= crypto.subtle.importKey('raw', new TextEncoder().encode(appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', await key, data as Uint8Array<ArrayBuffer>));
  };
}

const HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** True only when the header is present, well formed and matches the body. Never throws. */
export async function verifyFlowSignature(
  rawBody: Uint8Array,
  header: string | null | undefined,
  appSecret: string | FlowSigner,
): Promise<boolean> {
  if (!appSecret || !header) return false;
  const match = HEADER.exec(header.trim());
  if (!match?.[1]) return false;
  const given = hexToBytes(match[1]);
  let expected: Uint8Array;
  try {
    expected = typeof appSecret === 'string' ? await hmacSha256(appSecret, rawBody) : await appSecret(rawBody);
  } catch {
    return false;
  }
  return constantTimeEqual(given, expected);
}

/** Compares every byte whatever the first difference is, so timing does not reveal the prefix that matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
