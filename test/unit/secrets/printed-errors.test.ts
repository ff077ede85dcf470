// No error the client throws shows the token or the appsecret_proof, in any rendering, down its
// whole cause chain: Graph errors (which may echo either), 2xx answers that are not JSON, network
// failures whose cause quotes the header or the URL, timeouts, aborts, the raw client's errors,
// media-host errors, and the final error of a retried call.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createWhatsApp,
  GraphAbortError,
  GraphApiError,
  GraphNetworkError,
  GraphTimeoutError,
  UnexpectedResponseError,
  type FetchLike,
} from '../../../src/index.js';
import { createRawClient } from '../../../src/raw/index.js';
import { rejectionOf } from '../../support/rejection.js';
import { stubFetch, type StubReply } from '../../support/fetch-stub.js';
import { expectNoSecrets } from './renderings.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCprintedErrorToken';
const APP_SECRET = 'app-secret-of-the-printed-errors';
const PROOF = createHmac('sha256', APP_SECRET).update(TOKEN).digest('hex');
const SECRETS = { token: TOKEN, proof: PROOF };
const MEDIA_URL = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037';

function client(fetch: FetchLike, extra: { timeoutMs?: number; retry?: { maxAttempts: number; baseDelayMs: number } } = {}) {
  return createWhatsApp({ accessToken: TOKEN, appSecret: APP_SECRET, phoneNumberId: '1', fetch, ...extra });
}

const stub = (...replies: StubReply[]) => stubFetch(...replies).fetch;

/** A cause chain 12 errors deep, its innermost error holding the header and the URL in a Map, a Set and a class instance. */
function deepCause(url: string): Error {
  class SocketInfo {
    constructor(readonly header: string, readonly url: string) {}
  }
  let cause: Error = Object.assign(new Error(`socket said Bearer ${TOKEN}`), {
    code: 'ECONNRESET',
    details: new Map([['request', new SocketInfo(`Bearer ${TOKEN}`, url)]]),
    urls: new Set([url]),
  });
  for (let level = 0; level < 12; level++) cause = new Error(`layer ${level}`, { cause });
  return new TypeError('fetch failed', { cause });
}

describe('errors from Graph calls', () => {
  it('GraphApiError: a body echoing the token and the proof', async () => {
    const echo = { error: { message: `Invalid token ${TOKEN} for proof ${PROOF}`, code: 190, error_data: { details: [`${TOKEN}`] } } };
    const error = await rejectionOf(client(stub({ status: 401, json: echo })).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).request?.url).toContain('appsecret_proof=[redacted]');
    expectNoSecrets(error, SECRETS);
  });

  it('UnexpectedResponseError: a 2xx text body quoting the URL', async () => {
    const fetch: FetchLike = async (url) => new Response(`<html>moved: ${url} Bearer ${TOKEN}</html>`, { status: 200 });
    const error = await rejectionOf(client(fetch).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expectNoSecrets(error, SECRETS);
  });

  it('GraphNetworkError: a cause chain that quotes the header and the URL, at any depth', async () => {
    const fetch: FetchLike = async (url) => {
      throw deepCause(url);
    };
    const error = await rejectionOf(client(fetch).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphNetworkError);
    expectNoSecrets(error, SECRETS);
    let depth = 0;
    for (let cause = (error as Error).cause; cause instanceof Error; cause = cause.cause) depth++;
    expect(depth).toBe(14);
  });

  it('GraphTimeoutError and GraphAbortError: their URL and the reason they carry', async () => {
    const hang: FetchLike = (url, init) =>
      new Promise((_resolve, reject) => {
        const fail = () => reject(Object.assign(new Error(`aborted ${url}`), { url }));
        // Like fetch, a signal that fired before the call rejects it at once.
        if (init.signal?.aborted) fail();
        init.signal?.addEventListener('abort', fail);
      });
    const timeout = await rejectionOf(client(hang, { timeoutMs: 5 }).messages.sendText('2', 'x'));
    expect(timeout).toBeInstanceOf(GraphTimeoutError);
    expectNoSecrets(timeout, SECRETS);

    const controller = new AbortController();
    const pending = client(hang, { timeoutMs: 0 }).messages.sendText('2', 'x', { signal: controller.signal });
    controller.abort();
    const aborted = await rejectionOf(pending);
    expect(aborted).toBeInstanceOf(GraphAbortError);
    expectNoSecrets(aborted, SECRETS);
  });

  it('the final error of a retried call', async () => {
    const throttled = { status: 400, json: { error: { message: `(#4) rate limit, proof ${PROOF}`, code: 4 } }, headers: { 'retry-after': '0' } };
    const error = await rejectionOf(client(stub(throttled), { retry: { maxAttempts: 2, baseDelayMs: 1 } }).media.get('1037'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).attempts).toBe(2);
    expectNoSecrets(error, SECRETS);
  });
});

describe('errors from the raw client', () => {
  it('a network failure and a timeout show neither secret', async () => {
    const failing: FetchLike = async (url) => {
      throw deepCause(url);
    };
    const media = { params: { path: { 'media-id': '42' } } } as const;
    const network = await rejectionOf(createRawClient(client(failing)).GET('/{media-id}', media));
    expect(network).toBeInstanceOf(GraphNetworkError);
    expectNoSecrets(network, SECRETS);

    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        // Like fetch, a signal that fired before the call rejects it at once.
        if (init.signal?.aborted) reject(init.signal.reason);
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const timeout = await rejectionOf(createRawClient(client(hang, { timeoutMs: 5 })).GET('/{media-id}', media));
    expect(timeout).toBeInstanceOf(GraphTimeoutError);
    expectNoSecrets(timeout, SECRETS);
  });
});

describe('errors from the media host', () => {
  const metadata = { json: { messaging_product: 'whatsapp', url: MEDIA_URL, mime_type: 'image/jpeg', file_size: 4, id: '1037' } };

  it('an error status whose body quotes the token', async () => {
    const error = await rejectionOf(client(stub(metadata, { status: 500, text: `upstream got Bearer ${TOKEN}` })).media.download('1037'));
    expect(error).toBeInstanceOf(GraphApiError);
    expectNoSecrets(error, SECRETS);
  });

  it('a failure while the body streams in', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(deepCause(MEDIA_URL));
      },
    });
    const error = await rejectionOf(client(stub(metadata, () => new Response(broken))).media.download('1037'));
    expect(error).toBeInstanceOf(GraphNetworkError);
    expectNoSecrets(error, SECRETS);
  });
});
