// The Node adapter's node:crypto HMAC gives the same verdicts as the Web Crypto path.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, nodeHmacVerifier } from '../../src/webhooks/index.js';

const secret = 'app-secret';
const body = new TextEncoder().encode('{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[]}],"note":"ol\\u00e1 \\/"}');
const sign = (bytes: Uint8Array, key = secret) => `sha256=${createHmac('sha256', key).update(bytes).digest('hex')}`;

describe('nodeHmacVerifier', () => {
  const hmac = nodeHmacVerifier();

  it('is available on Node', () => {
    expect(hmac).toBeTypeOf('function');
  });

  it.each([
    ['a good signature', body, sign(body), secret, 'ok'],
    ['a tampered body', new TextEncoder().encode('{"object":"x"}'), sign(body), secret, 'mismatch'],
    ['another secret', body, sign(body, 'other'), secret, 'mismatch'],
    ['a wrong prefix', body, sign(body).replace('sha256=', 'sha1='), secret, 'malformed_signature'],
    ['non-hex digits', body, `sha256=${'z'.repeat(64)}`, secret, 'malformed_signature'],
    ['a missing secret', body, sign(body), '', 'missing_secret'],
  ] as const)('%s: same verdict as Web Crypto', async (_name, bytes, header, key, verdict) => {
    expect(await checkSignature(bytes, header, key)).toBe(verdict);
    expect(await checkSignature(bytes, header, key, { hmac })).toBe(verdict);
  });
});
