// `createRawClient(wa)` runs under the client's timeout and the caller's signal, and fails with the same typed
// errors as the facade when no answer comes, while an HTTP answer keeps openapi-fetch's
// `{data, error, response}` contract.
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsApp, GraphAbortError, GraphNetworkError, GraphTimeoutError } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCrawclient';
const media = { params: { path: { 'media-id': '42' } } } as const;

/** A fetch that never answers, but rejects with the signal's reason when it fires. */
const hang = (_url: string, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init.signal!;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('raw client timeouts and aborts', () => {
  it("honours the client's timeoutMs with a GraphTimeoutError", async () => {
    vi.useFakeTimers();
    const wa = createWhatsApp({ accessToken: TOKEN, fetch: hang, timeoutMs: 5000 });
    const pending = createRawClient(wa).GET('/{media-id}', media).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(6000);
    const error = await pending;
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error).toMatchObject({ category: 'timeout', timeoutMs: 5000, request: { method: 'GET', url: 'https://graph.facebook.com/v27.0/42' } });
  });

  it('has no timeout with timeoutMs 0', async () => {
    vi.useFakeTimers();
    const wa = createWhatsApp({ accessToken: TOKEN, fetch: hang, timeoutMs: 0 });
    let settled = false;
    void createRawClient(wa).GET('/{media-id}', media).finally(() => (settled = true)).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBe(false);
  });

  it('times out while the body is still coming, not only before the headers', async () => {
    const server = await listen((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":'); // and never more
    });
    try {
      const wa = createWhatsApp({ accessToken: TOKEN, baseUrl: server.url, timeoutMs: 200 });
      const error = await createRawClient(wa).GET('/{media-id}', media).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphTimeoutError);
      expect(error).toMatchObject({ timeoutMs: 200, request: { method: 'GET', url: `${server.url}/42` } });
    } finally {
      await server.close();
    }
  });

  it("the caller's signal ends the call with a GraphAbortError", async () => {
    const wa = createWhatsApp({ accessToken: TOKEN, fetch: hang });
    const controller = new AbortController();
    const pending = createRawClient(wa).GET('/{media-id}', { ...media, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new Error('user left'));
    const error = await pending;
    expect(error).toBeInstanceOf(GraphAbortError);
    expect((error as Error).cause).toEqual(new Error('user left'));
  });

  it('an already aborted signal fails before anything is sent', async () => {
    const { fetch, calls } = stubFetch({ json: {} });
    const wa = createWhatsApp({ accessToken: TOKEN, fetch });
    const error = await createRawClient(wa).GET('/{media-id}', { ...media, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(calls).toHaveLength(0);
  });

  it('a refused connection is a GraphNetworkError', async () => {
    const wa = createWhatsApp({ accessToken: TOKEN, baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const error = await createRawClient(wa).GET('/{media-id}', media).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });
});

describe('createRawClient arguments', () => {
  it('refuses anything but a client from createWhatsApp, before any request', () => {
    for (const wa of [undefined, null, {}, { transport: {} }]) {
      expect(() => createRawClient(wa as never)).toThrowError(expect.objectContaining({ name: 'WhatsAppConfigError', message: expect.stringContaining('createWhatsApp') }));
    }
  });
});

describe('raw client answers', () => {
  it('keeps the {data, error, response} contract', async () => {
    const { fetch, calls } = stubFetch(
      { json: { id: '42', url: 'https://lookaside.example/42' } },
      { status: 400, json: { error: { message: 'bad', code: 100 } } },
    );
    const wa = createWhatsApp({ accessToken: TOKEN, fetch, headers: { 'x-app': 'demo' } });
    const ok = await createRawClient(wa).GET('/{media-id}', media);
    expect(ok.data).toEqual({ id: '42', url: 'https://lookaside.example/42' });
    expect(ok.response.status).toBe(200);
    const failed = await createRawClient(wa).DELETE('/{media-id}', media);
    expect(failed.error).toEqual({ error: { message: 'bad', code: 100 } });
    expect(failed.response.status).toBe(400);
    expect(calls[0]).toMatchObject({ method: 'GET', url: 'https://graph.facebook.com/v27.0/42' });
    expect(calls[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-app': 'demo' });
    expect(calls[1]).toMatchObject({ method: 'DELETE' });
  });

  it('sends bodies through the generic request method too', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: TOKEN, fetch });
    const { data } = await createRawClient(wa).request('post', '/{phone-number-id}/messages', {
      params: { path: { 'phone-number-id': '7' } },
      body: { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.X' },
    });
    expect(data).toEqual({ success: true });
    expect(calls[0]).toMatchObject({ method: 'POST', url: 'https://graph.facebook.com/v27.0/7/messages' });
    await expect(new Response(calls[0]!.rawBody as BodyInit).json()).resolves.toEqual({
      messaging_product: 'whatsapp',
      status: 'read',
      message_id: 'wamid.X',
    });
  });
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createTcpServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      server.close(() => resolve(address.port));
    });
  });
}
