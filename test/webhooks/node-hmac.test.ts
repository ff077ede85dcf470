// The Node adapter's node:crypto HMAC gives the same verdicts as the Web Crypto path.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSignature, nodeHmacVerifier, verifyAndParseWebhook, WebhookPayloadError, WebhookSignatureError, type HmacVerifier } from '../../src/webhooks/index.js';

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

describe('verifyAndParseWebhook with a custom verifier', () => {
  const hmac = nodeHmacVerifier()!;
  const asyncHmac: HmacVerifier = async (key, bytes, expected) => hmac(key, bytes, expected);
  const notJson = new TextEncoder().encode('{"object": not json');

  it.each([
    ['synchronous', hmac],
    ['asynchronous', asyncHmac],
  ] as const)('%s: parses a good body and gives the signature error, not a payload error, for a forged one', async (_kind, verifier) => {
    await expect(verifyAndParseWebhook(body, sign(body), secret, { hmac: verifier })).resolves.toEqual([]);
    await expect(verifyAndParseWebhook(notJson, sign(body), secret, { hmac: verifier })).rejects.toMatchObject({ name: 'WebhookSignatureError', reason: 'mismatch' });
    await expect(verifyAndParseWebhook(notJson, sign(notJson), secret, { hmac: verifier })).rejects.toBeInstanceOf(WebhookPayloadError);
  });

  it('turns a verifier that throws or rejects into a mismatch', async () => {
    const throwing: HmacVerifier = () => {
      throw new Error('boom');
    };
    const rejecting: HmacVerifier = () => Promise.reject(new Error('boom'));
    for (const verifier of [throwing, rejecting]) {
      await expect(checkSignature(body, sign(body), secret, { hmac: verifier })).resolves.toBe('mismatch');
      await expect(verifyAndParseWebhook(body, sign(body), secret, { hmac: verifier })).rejects.toBeInstanceOf(WebhookSignatureError);
    }
  });
});
