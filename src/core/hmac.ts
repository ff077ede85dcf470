// HMAC-SHA256 with Web Crypto, available on Node, Deno, Bun, Workers and browsers.


/** Imports an HMAC-SHA256 key from a secret string (UTF-8), for signing and verifying. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function hmacSha256(secret: string, data: Uint8Array): Promise<Uint8Array> {
  const key = await importHmacKey(secret);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
}

export async function hmacSha256Hex(secret: string, data: Uint8Array): Promise<string> {
  const bytes = await hmacSha256(secret, data);
  let hex = '';
  for (const byte of bytes) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  return hex;
}
