// The flow endpoint handler end to end: keys made here, requests encrypted and signed the way
// WhatsApp does, answers decrypted the way WhatsApp does. Every failure is a status, never a throw.
import { constants, createHmac, publicEncrypt } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  createFlowEndpointHandler,
  decryptFlowResponse,
  encryptFlowRequest,
  FlowEndpointError,
  FlowTokenError,
  type FlowEndpointOptions,
} from '../../../src/flows/index.js';
import { WhatsAppConfigError } from '../../../src/core/config-error.js';
import { rsaKeyPair } from './keys.js';

const keys = rsaKeyPair();
const other = rsaKeyPair();
const appSecret = 'app-secret-ü';
const URL = 'https://flows.example.com/endpoint';

function sign(body: string, secret = appSecret) {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

async function call(handler: (r: Request) => Promise<Response>, payload: object, init: { publicPem?: string; mutate?: (body: Record<string, string>) => object; signature?: string | null | ((text: string) => string) } = {}) {
  const sent = await encryptFlowRequest(payload, init.publicPem ?? keys.publicPem);
  const text = JSON.stringify(init.mutate ? init.mutate({ ...sent.body }) : sent.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature = init.signature === undefined ? sign(text) : typeof init.signature === 'function' ? init.signature(text) : init.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  const response = await handler(new Request(URL, { method: 'POST', headers, body: text }));
  const body = await response.text();
  return { status: response.status, body, answer: response.status === 200 ? await decryptFlowResponse(body, sent) : undefined, response };
}

function endpoint(overrides: Partial<FlowEndpointOptions> = {}) {
  const errors: FlowEndpointError[] = [];
  const handler = createFlowEndpointHandler({
    privateKey: keys.privatePem,
    appSecret,
    onInit: (request) => ({ screen: 'WELCOME', data: { token: request.flow_token } }),
    onDataExchange: (request) =>
      request.screen === 'CONFIRM'
        ? { screen: 'SUCCESS', data: { extension_message_response: { params: { flow_token: request.flow_token, booking: 'B-17' } } } }
        : { screen: 'CONFIRM', data: { echo: request.data ?? {} } },
    onBack: (request) => ({ screen: request.screen ?? 'WELCOME', data: { back: true } }),
    onError: (error) => errors.push(error),
    ...overrides,
  });
  return { handler, errors };
}

describe('createFlowEndpointHandler', () => {
  it('answers ping with status active, encrypted under the flipped IV, as text', async () => {
    const { handler } = endpoint();
    const result = await call(handler, { version: '3.0', action: 'ping' });
    expect(result.status).toBe(200);
    expect(result.response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(result.body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(result.answer).toEqual({ data: { status: 'active' } });
  });

  it('routes INIT, data_exchange (next screen and completion) and BACK to their handlers', async () => {
    const { handler } = endpoint();
    expect((await call(handler, { version: '3.0', action: 'INIT', flow_token: 't-1' })).answer).toEqual({ screen: 'WELCOME', data: { token: 't-1' } });
    expect((await call(handler, { version: '3.0', action: 'data_exchange', flow_token: 't-1', screen: 'PICK', data: { note: 'Olá 🍕' } })).answer).toEqual({
      screen: 'CONFIRM',
      data: { echo: { note: 'Olá 🍕' } },
    });
    expect((await call(handler, { version: '3.0', action: 'data_exchange', flow_token: 't-1', screen: 'CONFIRM', data: {} })).answer).toEqual({
      screen: 'SUCCESS',
      data: { extension_message_response: { params: { flow_token: 't-1', booking: 'B-17' } } },
    });
    expect((await call(handler, { version: '3.0', action: 'BACK', flow_token: 't-1', screen: 'PICK' })).answer).toEqual({ screen: 'PICK', data: { back: true } });
  });

  it('acknowledges error notifications and passes them on', async () => {
    const onErrorNotification = vi.fn();
    const onDataExchange = vi.fn();
    const { handler } = endpoint({ onErrorNotification, onDataExchange });
    const notification = { version: '3.0', action: 'data_exchange', flow_token: 't-1', screen: 'PICK', data: { error: 'invalid-screen', error_message: 'No such screen' } };
    const result = await call(handler, notification);
    expect(result.answer).toEqual({ data: { acknowledged: true } });
    expect(onErrorNotification).toHaveBeenCalledWith(notification);
    expect(onDataExchange).not.toHaveBeenCalled();
  });

  it('answers 432 to a missing, malformed or wrong signature, before decrypting', async () => {
    const { handler, errors } = endpoint();
    const ping = { version: '3.0', action: 'ping' };
    for (const signature of [null, 'sha256=abc', `sha1=${'0'.repeat(40)}`, sign('other body'), (text: string) => sign(text, 'wrong-secret'), (text: string) => sign(text).toUpperCase()]) {
      const result = await call(handler, ping, { signature });
      expect(result.status, String(signature)).toBe(432);
    }
    expect(errors.every((e) => e.code === 'signature_invalid')).toBe(true);
    // The signature covers the exact bytes: a body changed after signing fails.
    const sent = await encryptFlowRequest(ping, keys.publicPem);
    const text = JSON.stringify(sent.body);
    const response = await handler(new Request(URL, { method: 'POST', headers: { 'x-hub-signature-256': sign(text) }, body: `${text} ` }));
    expect(response.status).toBe(432);
  });

  it('skips the signature only when told to, and needs the app secret otherwise', async () => {
    const handler = createFlowEndpointHandler({ privateKey: keys.privatePem, verifySignature: false });
    expect((await call(handler, { version: '3.0', action: 'ping' }, { signature: null })).status).toBe(200);
  });

  it.each([
    ['no app secret', { privateKey: keys.privatePem }, /appSecret/],
    ['an empty app secret', { privateKey: keys.privatePem, appSecret: '' }, /appSecret/],
    ['no private key', { appSecret }, /privateKey/],
    ['an empty private key', { privateKey: ' ', appSecret }, /privateKey/],
    ['a NaN body cap', { privateKey: keys.privatePem, appSecret, maxBodyBytes: Number.NaN }, /maxBodyBytes/],
    ['a negative body cap', { privateKey: keys.privatePem, appSecret, maxBodyBytes: -1 }, /maxBodyBytes/],
    ['a fractional body cap', { privateKey: keys.privatePem, appSecret, maxBodyBytes: 1.5 }, /maxBodyBytes/],
    ['a handler that is not a function', { privateKey: keys.privatePem, appSecret, onInit: 'screen' }, /onInit/],
  ])('refuses %s with a WhatsAppConfigError when the handler is made', (_name, options, named) => {
    let error: unknown;
    try {
      createFlowEndpointHandler(options as FlowEndpointOptions);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toMatch(named);
    // The message names the option, never a secret's value.
    expect((error as Error).message).not.toContain(appSecret);
  });

  it('answers 421 when the request was encrypted for another key', async () => {
    const { handler, errors } = endpoint();
    const result = await call(handler, { version: '3.0', action: 'ping' }, { publicPem: other.publicPem });
    expect(result.status).toBe(421);
    expect(errors[0]).toMatchObject({ name: 'FlowKeyMismatchError', code: 'key_mismatch' });
  });

  it('answers 421 to every request it cannot decrypt: altered or truncated ciphertext, bad IV, bad base64, wrong AES key length', async () => {
    const { handler, errors } = endpoint();
    const ping = { version: '3.0', action: 'ping' };
    const bytesOf = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const base64Of = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const tamper = (body: Record<string, string>) => {
      const bytes = bytesOf(body.encrypted_flow_data!);
      bytes[0] = bytes[0]! ^ 0x80;
      return { ...body, encrypted_flow_data: base64Of(bytes) };
    };
    const cases: [string, (body: Record<string, string>) => object][] = [
      ['altered ciphertext', tamper],
      ['truncated ciphertext (tag cut off)', (body) => ({ ...body, encrypted_flow_data: base64Of(bytesOf(body.encrypted_flow_data!).subarray(0, -4)) })],
      ['ciphertext shorter than the tag', (body) => ({ ...body, encrypted_flow_data: 'AAAA' })],
      ['IV of another length', (body) => ({ ...body, initial_vector: base64Of(bytesOf(body.initial_vector!).subarray(0, 12)) })],
      ['one-byte IV', (body) => ({ ...body, initial_vector: 'AA==' })],
      ['IV not base64', (body) => ({ ...body, initial_vector: '%%%' })],
      ['AES key not base64', (body) => ({ ...body, encrypted_aes_key: 'not base64!' })],
      ['AES key truncated', (body) => ({ ...body, encrypted_aes_key: base64Of(bytesOf(body.encrypted_aes_key!).subarray(0, 100)) })],
    ];
    for (const [name, mutate] of cases) {
      const result = await call(handler, ping, { mutate });
      expect(result.status, name).toBe(421);
      expect(errors.at(-1)?.status, name).toBe(421);
    }
    // An AES key of 20 bytes, sealed for the right RSA key: RSA succeeds, AES cannot start.
    const sealedKey = publicEncrypt({ key: keys.publicPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, new Uint8Array(20));
    const { body: valid } = await encryptFlowRequest(ping, keys.publicPem);
    const text = JSON.stringify({ ...valid, encrypted_aes_key: sealedKey.toString('base64') });
    const response = await handler(new Request(URL, { method: 'POST', headers: { 'x-hub-signature-256': sign(text) }, body: text }));
    expect(response.status).toBe(421);
    expect(errors.at(-1)?.message).toMatch(/AES key is 20 bytes/);
  });

  it('answers 432, not 421, to a bad signature over a body it could not decrypt either', async () => {
    const { handler } = endpoint();
    expect((await call(handler, { version: '3.0', action: 'ping' }, { mutate: (body) => ({ ...body, encrypted_flow_data: 'AAAA' }), signature: (text) => sign(text, 'other') })).status).toBe(432);
  });

  it('answers 400 to a body that is not an encrypted flow request, and to a decrypted payload off the protocol', async () => {
    const { handler, errors } = endpoint();
    const ping = { version: '3.0', action: 'ping' };
    expect((await call(handler, ping, { mutate: ({ encrypted_aes_key: _drop, ...rest }) => rest })).status).toBe(400);
    expect(errors.at(-1)?.message).toMatch(/encrypted_aes_key/);
    // The protocol's fields are never empty: an empty one is a malformed request, not one for another key.
    expect((await call(handler, ping, { mutate: (body) => ({ ...body, initial_vector: '' }) })).status).toBe(400);
    expect((await call(handler, { version: '3.0', action: 'INIT' })).status).toBe(400);
    expect((await call(handler, { version: '3.0', action: 'SOMETHING_NEW', flow_token: 't' })).status).toBe(400);

    const notJson = await handler(new Request(URL, { method: 'POST', headers: { 'x-hub-signature-256': sign('{nope') }, body: '{nope' }));
    expect(notJson.status).toBe(400);
  });

  it('answers 405 to other methods and 413 to oversized bodies', async () => {
    const { handler } = endpoint({ maxBodyBytes: 64 });
    expect((await handler(new Request(URL))).status).toBe(405);
    const big = 'x'.repeat(65);
    expect((await handler(new Request(URL, { method: 'POST', body: big, headers: { 'x-hub-signature-256': sign(big) } }))).status).toBe(413);
    // Without a content-length header (a stream) the limit still holds.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = new Request(URL, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
  });

  it('answers 427 when a handler throws FlowTokenError, 500 when it throws anything else or answers wrongly', async () => {
    const init = { version: '3.0', action: 'INIT', flow_token: 'expired' };
    const token = endpoint({ onInit: () => Promise.reject(new FlowTokenError('This order was already placed')) });
    const expired = await call(token.handler, init);
    expect(expired.status).toBe(427);
    expect(expired.response.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(expired.body)).toEqual({ error_msg: 'This order was already placed' });

    const boom = endpoint({ onInit: () => { throw new Error('database down: secret details'); } });
    const failed = await call(boom.handler, init);
    expect(failed.status).toBe(500);
    expect(failed.body).not.toMatch(/secret details/);
    expect(boom.errors[0]).toMatchObject({ name: 'FlowHandlerError', cause: expect.objectContaining({ message: 'database down: secret details' }) });

    // @ts-expect-error deliberately off the protocol: no screen
    const wrong = endpoint({ onInit: () => ({ data: {} }) });
    expect((await call(wrong.handler, init)).status).toBe(500);
    expect(wrong.errors[0]?.message).toMatch(/neither/);

    const missing = endpoint({ onBack: undefined });
    expect((await call(missing.handler, { version: '3.0', action: 'BACK', flow_token: 't' })).status).toBe(500);
  });

  it('reports an unusable private key as 500 and lets a failing onError pass', async () => {
    const handler = createFlowEndpointHandler({
      privateKey: keys.encryptedPem,
      appSecret,
      onError: () => {
        throw new Error('logger broke');
      },
    });
    const result = await call(handler, { version: '3.0', action: 'ping' });
    expect(result.status).toBe(500);
    expect(result.body).toBe('Internal error');
  });

  it('accepts a PKCS#1 PEM and an encrypted PKCS#8 PEM with its passphrase', async () => {
    const { handler } = endpoint({ privateKey: keys.pkcs1Pem });
    expect((await call(handler, { version: '3.0', action: 'ping' })).answer).toEqual({ data: { status: 'active' } });
    const encrypted = endpoint({ privateKey: keys.encryptedPem, passphrase: 'pw' });
    expect((await call(encrypted.handler, { version: '3.0', action: 'ping' })).answer).toEqual({ data: { status: 'active' } });
  });

  it('answers every malformed body with a 4xx status and never rejects', async () => {
    const { handler } = endpoint();
    const bodies = ['', 'null', '[]', '42', '"text"', '{}', '{"encrypted_flow_data":1,"encrypted_aes_key":[],"initial_vector":{}}', '\u0000\uffff', '{"a":'.repeat(1000)];
    for (const body of bodies) {
      const response = await handler(new Request(URL, { method: 'POST', body, headers: { 'x-hub-signature-256': sign(body) } }));
      expect(response.status, body.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(response.status, body.slice(0, 40)).toBeLessThan(500);
    }
  });
});
