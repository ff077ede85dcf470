import { describe, expect, it } from 'vitest';
import { checkSignature, verifyAndParseWebhook, verifySignature, WebhookSignatureError } from '../../src/webhooks/index.js';
import { fixtures, metaBytes, metaJson, SECRET, sign } from './support.js';

const payload = fixtures['messages-text']!;
const body = metaBytes(payload);
const header = sign(body);

describe('verifySignature', () => {
  it('accepts the signature Graph computes over the bytes it sends (escaped non-ASCII and slashes)', async () => {
    const text = metaJson(payload);
    expect(text).toContain('\\u00eb'); // ë of Zoë, escaped
    expect(text).toContain('\\ud83d\\ude9a'); // 🚚 as a surrogate pair
    expect(text).toContain('https:\\/\\/example.com');
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    expect(await verifySignature(body, header, SECRET)).toBe(true);
    expect(await verifySignature(body.buffer as ArrayBuffer, header, SECRET)).toBe(true);
    expect(await verifySignature(text, header, SECRET)).toBe(true);
  });

  it('accepts uppercase hex and surrounding whitespace in the header', async () => {
    expect(await verifySignature(body, `sha256=${header.slice(7).toUpperCase()}`, SECRET)).toBe(true);
    expect(await verifySignature(body, ` ${header} `, SECRET)).toBe(true);
  });

  it('rejects a tampered body', async () => {
    const tampered = body.slice();
    tampered[tampered.length - 5]! ^= 1;
    expect(await checkSignature(tampered, header, SECRET)).toBe('mismatch');
    expect(await verifySignature(new TextEncoder().encode(`${metaJson(payload)} `), header, SECRET)).toBe(false);
  });

  it('rejects a tampered signature, another secret, and a signature of other bytes', async () => {
    const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
    expect(await checkSignature(body, flipped, SECRET)).toBe('mismatch');
    expect(await checkSignature(body, header, 'another-secret')).toBe('mismatch');
    expect(await checkSignature(body, sign(new Uint8Array([1, 2, 3])), SECRET)).toBe('mismatch');
  });

  it.each([
    ['a wrong prefix', `sha1=${header.slice(7)}`, 'malformed_signature'],
    ['no prefix', header.slice(7), 'malformed_signature'],
    ['an empty header', '', 'missing_signature'],
    ['a missing header', undefined, 'missing_signature'],
    ['a null header', null, 'missing_signature'],
    ['a short digest', header.slice(0, -2), 'malformed_signature'],
    ['a long digest', `${header}00`, 'malformed_signature'],
    ['non-hex digits', `${header.slice(0, -1)}g`, 'malformed_signature'],
    ['a prefix only', 'sha256=', 'malformed_signature'],
  ] as const)('rejects %s', async (_name, value, reason) => {
    expect(await checkSignature(body, value, SECRET)).toBe(reason);
    expect(await verifySignature(body, value, SECRET)).toBe(false);
  });

  it('rejects when the secret is missing or empty', async () => {
    expect(await checkSignature(body, header, undefined)).toBe('missing_secret');
    expect(await checkSignature(body, header, '')).toBe('missing_secret');
    expect(await verifySignature(body, header, null)).toBe(false);
  });

  it('rejects a body over the size cap without hashing it, and a body that is not bytes or text', async () => {
    expect(await checkSignature(body, header, SECRET, { maxBodyBytes: body.length - 1 })).toBe('body_too_large');
    expect(await checkSignature(body, header, SECRET, { maxBodyBytes: body.length })).toBe('ok');
    expect(await checkSignature(payload as never, header, SECRET)).toBe('not_raw_body');
  });

  it('keeps working with several secrets in turn (the key cache)', async () => {
    for (let i = 0; i < 20; i++) {
      const secret = `secret-${i % 11}`;
      expect(await verifySignature(body, sign(body, secret), secret)).toBe(true);
      expect(await verifySignature(body, sign(body, secret), `${secret}x`)).toBe(false);
    }
  });
});

describe('verifyAndParseWebhook', () => {
  it('returns the events of a correctly signed body', async () => {
    const events = await verifyAndParseWebhook(body, header, SECRET);
    expect(events.map((e) => e.type)).toEqual(['message']);
  });

  it('says the raw body is needed when a parsed and re-serialised body fails verification', async () => {
    const reserialised = JSON.stringify(JSON.parse(new TextDecoder().decode(body)));
    expect(reserialised).not.toBe(metaJson(payload));
    const error = await verifyAndParseWebhook(reserialised, header, SECRET).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSignatureError);
    expect((error as WebhookSignatureError).reason).toBe('reserialized_body');
    expect((error as Error).message).toMatch(/raw body is needed/);
  });

  it('explains the raw body for an ASCII-only mismatch too, and for an object passed as the body', async () => {
    const ascii = metaBytes({ object: 'whatsapp_business_account', entry: [] });
    const mismatch = (await verifyAndParseWebhook(ascii, header, SECRET).catch((e: unknown) => e)) as WebhookSignatureError;
    expect(mismatch.reason).toBe('mismatch');
    expect(mismatch.message).toMatch(/raw request body/);
    const object = (await verifyAndParseWebhook(payload as never, header, SECRET).catch((e: unknown) => e)) as WebhookSignatureError;
    expect(object.reason).toBe('not_raw_body');
    expect(object.message).toMatch(/raw body is needed/);
  });
});
