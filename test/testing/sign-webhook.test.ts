import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphJson, signWebhook, textMessage } from '../../src/testing/index.js';
import { WhatsAppConfigError } from '../../src/core/config-error.js';
import { createWebhookHandler, verifySignature } from '../../src/webhooks/index.js';

const SECRET = 'test-app-secret';
const nodeSignature = (bytes: Uint8Array | string) => `sha256=${createHmac('sha256', SECRET).update(bytes).digest('hex')}`;

describe('graphJson', () => {
  it('escapes non-ASCII characters as lower-case UTF-16 \\u escapes and / as \\/, as Graph does', () => {
    const text = graphJson({ body: 'Zoë – 👍 see https://example.com/a', ascii: 'plain~text\u007f' });
    expect(text).toBe('{"body":"Zo\\u00eb \\u2013 \\ud83d\\udc4d see https:\\/\\/example.com\\/a","ascii":"plain~text\u007f"}');
    // Still JSON that means the same.
    expect(JSON.parse(text)).toEqual({ body: 'Zoë – 👍 see https://example.com/a', ascii: 'plain~text\u007f' });
  });

  it('escapes keys too, and leaves JSON escapes of control characters and quotes as JSON.stringify writes them', () => {
    expect(graphJson({ 'ä/b': 'line\n"q"' })).toBe('{"\\u00e4\\/b":"line\\n\\"q\\""}');
  });
});

describe('signWebhook', () => {
  it('signs the Graph-escaped bytes of an object with HMAC-SHA256 of the app secret', async () => {
    const delivery = textMessage('Grüße 🙂 / hello');
    const signed = await signWebhook(delivery, SECRET);
    expect(signed.text).toBe(graphJson(delivery));
    expect(signed.text).toContain('Gr\\u00fc\\u00dfe \\ud83d\\ude42 \\/ hello');
    expect(new TextDecoder().decode(signed.body)).toBe(signed.text);
    expect(signed.signature).toBe(nodeSignature(signed.body));
    expect(signed.headers).toEqual({ 'content-type': 'application/json', 'x-hub-signature-256': signed.signature });
    expect(await verifySignature(signed.body, signed.signature, SECRET)).toBe(true);
    // The same delivery as JSON.stringify writes it is other bytes, so that signature does not match.
    expect(await verifySignature(JSON.stringify(delivery), signed.signature, SECRET)).toBe(false);
  });

  it('signs a string or bytes exactly as given', async () => {
    const text = '{"object":"whatsapp_business_account","entry":[]}';
    expect((await signWebhook(text, SECRET)).signature).toBe(nodeSignature(text));
    const bytes = new TextEncoder().encode('{"a":"é"}');
    const signed = await signWebhook(bytes, SECRET);
    expect(signed.signature).toBe(nodeSignature(bytes));
    expect([...signed.body]).toEqual([...bytes]);
  });

  it('builds a Request the web handler accepts, and keeps the secret out of what it returns', async () => {
    const signed = await signWebhook(textMessage('hi'), SECRET);
    const seen: string[] = [];
    const handler = createWebhookHandler({ appSecret: SECRET, seen: false, handlers: { '*': (event) => void seen.push(event.type) } });
    const response = await handler(signed.request('https://bot.example/webhook'));
    expect(response.status).toBe(200);
    expect(seen).toEqual(['message']);
    expect(JSON.stringify(signed)).not.toContain(SECRET);
  });

  it('refuses a missing secret and a body that is no JSON text, object or bytes', async () => {
    await expect(signWebhook({}, '')).rejects.toThrow(WhatsAppConfigError);
    await expect(signWebhook(42 as unknown as string, SECRET)).rejects.toThrow(/body must be an object, a string or a Uint8Array, got number/);
  });
});
