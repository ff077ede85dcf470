import { describe, expect, it, vi } from 'vitest';
import {
  createNodeWebhookHandler,
  createWebhookHandler,
  dispatchWebhookEvents,
  handshakeResponse,
  parseWebhook,
  verifyHandshake,
  type DispatchOutcome,
  type NodeRequestLike,
  type WebhookEvent,
  WebhookHandlerTimeoutError,
} from '../../src/webhooks/index.js';
import { fixtures, metaBytes, SECRET, sign } from './support.js';

const URL_BASE = 'https://example.com/webhook';
const batch = {
  object: 'whatsapp_business_account',
  entry: [...fixtures['messages-text']!.entry, ...fixtures['messages-statuses']!.entry, ...fixtures.calls!.entry],
};
const body = metaBytes(batch);
const post = (bytes: Uint8Array, headers: Record<string, string> = { 'x-hub-signature-256': sign(bytes) }) =>
  new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: bytes as Uint8Array<ArrayBuffer> });

describe('handshake', () => {
  const query = 'hub.mode=subscribe&hub.verify_token=tok-123&hub.challenge=1158201444';
  it('echoes the challenge for the right token', async () => {
    expect(verifyHandshake(new URLSearchParams(query), 'tok-123')).toEqual({ ok: true, challenge: '1158201444' });
    expect(verifyHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'tok-123', 'hub.challenge': 'c' }, 'tok-123')).toEqual({ ok: true, challenge: 'c' });
    const response = handshakeResponse(`${URL_BASE}?${query}`, 'tok-123');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it('answers 403 for a wrong token, no token configured, or a request that is not a handshake', () => {
    expect(verifyHandshake(`/webhook?${query}`, 'other')).toEqual({ ok: false, reason: 'token_mismatch' });
    expect(verifyHandshake(`/webhook?${query}`, undefined)).toEqual({ ok: false, reason: 'token_mismatch' });
    expect(verifyHandshake('/webhook?hub.mode=unsubscribe&hub.verify_token=tok-123&hub.challenge=1', 'tok-123')).toEqual({ ok: false, reason: 'not_a_handshake' });
    expect(handshakeResponse(`${URL_BASE}?${query}`, 'wrong').status).toBe(403);
  });
});

describe('dispatchWebhookEvents', () => {
  it('runs the handler of each type in order; a failing handler is reported and does not stop the others', async () => {
    const events = parseWebhook(batch);
    const seen: string[] = [];
    const outcome = await dispatchWebhookEvents(events, {
      message: async (event) => {
        seen.push(`message:${event.message.id}`);
      },
      status: (event) => {
        seen.push(`status:${event.status.status}`);
        if (event.status.status === 'read') throw new Error('database down');
      },
    });
    expect(seen).toEqual(['message:' + (batch.entry[0]!.changes[0]!.value.messages as { id: string }[])[0]!.id, 'status:sent', 'status:delivered', 'status:read', 'status:played', 'status:failed']);
    expect(outcome.handled).toBe(6);
    expect(outcome.unhandled.map((e) => e.type)).toEqual(['call']);
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatchObject({ handler: 'status', error: new Error('database down') });
  });

  it("calls '*' for every event", async () => {
    const all = vi.fn();
    const outcome = await dispatchWebhookEvents(parseWebhook(batch), { '*': all });
    expect(all).toHaveBeenCalledTimes(7);
    expect(outcome.unhandled).toEqual([]);
  });
});

describe('createWebhookHandler', () => {
  const setup = (extra: Partial<Parameters<typeof createWebhookHandler>[0]> = {}) => {
    const events: WebhookEvent[] = [];
    const rejected: number[] = [];
    const handler = createWebhookHandler({
      appSecret: SECRET,
      verifyToken: 'tok-123',
      handlers: { '*': (event) => void events.push(event) },
      onRejected: (_error, status) => void rejected.push(status),
      ...extra,
    });
    return { handler, events, rejected };
  };

  it('answers the GET handshake', async () => {
    const { handler } = setup();
    const response = await handler(new Request(`${URL_BASE}?hub.mode=subscribe&hub.verify_token=tok-123&hub.challenge=42`));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('42');
    expect((await handler(new Request(`${URL_BASE}?hub.mode=subscribe&hub.verify_token=no&hub.challenge=42`))).status).toBe(403);
  });

  it('verifies, parses and dispatches a POST, then answers 200', async () => {
    const { handler, events } = setup();
    const response = await handler(post(body));
    expect(response.status).toBe(200);
    expect(events.map((e) => e.type)).toEqual(['message', 'status', 'status', 'status', 'status', 'status', 'call']);
  });

  it('answers 401 for a bad or missing signature without running handlers', async () => {
    const { handler, events, rejected } = setup();
    expect((await handler(post(body, { 'x-hub-signature-256': sign(body, 'wrong') }))).status).toBe(401);
    expect((await handler(post(body, {}))).status).toBe(401);
    expect(events).toEqual([]);
    expect(rejected).toEqual([401, 401]);
  });

  it('answers 401 with the raw-body explanation for a re-serialised body', async () => {
    const { handler } = setup();
    const reserialised = new TextEncoder().encode(JSON.stringify(batch));
    const response = await handler(post(reserialised, { 'x-hub-signature-256': sign(body) }));
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/raw body is needed/);
  });

  it('answers 400 for a signed body that is not a webhook envelope', async () => {
    const { handler, rejected } = setup();
    const bad = metaBytes({ object: 'whatsapp_business_account', entries: [] });
    const response = await handler(post(bad));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/no "entry" list/);
    expect(rejected).toEqual([400]);
  });

  it('answers 200 for a signed delivery with a broken change, and hands that change over as invalid', async () => {
    const { handler, events, rejected } = setup();
    const bad = metaBytes({ object: 'whatsapp_business_account', entry: [{ id: 'w', changes: [{ field: 'messages' }] }] });
    const response = await handler(post(bad));
    expect(response.status).toBe(200);
    expect(events).toMatchObject([{ type: 'invalid', pointer: '/entry/0/changes/0', wabaId: 'w', field: 'messages' }]);
    expect(rejected).toEqual([]);
  });

  it('answers 200 to a signed delivery for another object (a Page webhook on the same URL) and hands it over as unknown', async () => {
    const { handler, events } = setup();
    const page = metaBytes({ object: 'page', entry: [{ id: '1', time: 1751291000, changes: [{ field: 'feed', value: { item: 'status' } }] }] });
    const response = await handler(post(page));
    expect(response.status).toBe(200);
    expect(events).toMatchObject([{ type: 'unknown', reason: 'unknown_object', object: 'page' }]);
  });

  it('answers 413 over the cap, by declared length and by streamed length', async () => {
    const { handler } = setup({ maxBodyBytes: 100 });
    expect((await handler(post(body))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(body.subarray(i * 20, i * 20 + 20));
        controller.close();
      },
    });
    const chunked = new Request(URL_BASE, { method: 'POST', headers: { 'x-hub-signature-256': sign(body) }, body: stream, duplex: 'half' } as RequestInit);
    expect((await handler(chunked)).status).toBe(413);
  });

  it('answers 200 when a handler fails, and reports the failure', async () => {
    const onOutcome = vi.fn();
    const handler = createWebhookHandler({ appSecret: SECRET, handlers: { message: () => Promise.reject(new Error('boom')) }, onOutcome });
    expect((await handler(post(body))).status).toBe(200);
    expect(onOutcome.mock.calls[0]![0].failures[0].error).toEqual(new Error('boom'));
  });

  it('hands the dispatch to waitUntil when the platform offers it', async () => {
    const pending: Promise<unknown>[] = [];
    const { handler, events } = setup();
    const response = await handler(post(body), { waitUntil: (p) => void pending.push(p) });
    expect(response.status).toBe(200);
    expect(pending).toHaveLength(1);
    await pending[0];
    expect(events).toHaveLength(7);
  });

  it('answers 405 to other methods', async () => {
    const { handler } = setup();
    expect((await handler(new Request(URL_BASE, { method: 'PUT' }))).status).toBe(405);
  });
});

describe('createNodeWebhookHandler', () => {
  function nodeRequest(init: { method?: string; url?: string; headers?: Record<string, string>; chunks?: Uint8Array[]; body?: unknown }): NodeRequestLike {
    return {
      method: init.method ?? 'POST',
      url: init.url ?? '/webhook',
      headers: init.headers ?? {},
      body: init.body,
      async *[Symbol.asyncIterator]() {
        for (const chunk of init.chunks ?? []) yield chunk;
      },
    };
  }
  function nodeResponse() {
    const res = { statusCode: 0, headers: {} as Record<string, string>, body: '', setHeader: (n: string, v: string) => void (res.headers[n] = v), end: (b?: string | Uint8Array) => void (res.body = typeof b === 'string' ? b : new TextDecoder().decode(b)) };
    return res;
  }
  const setup = () => {
    const events: WebhookEvent[] = [];
    let dispatched!: (outcome: DispatchOutcome) => void;
    // The adapter answers before the handlers run; their outcome arrives through onOutcome.
    const outcome = new Promise<DispatchOutcome>((resolve) => (dispatched = resolve));
    const handler = createNodeWebhookHandler({ appSecret: SECRET, verifyToken: 'tok', handlers: { '*': (e) => void events.push(e) }, onOutcome: (o) => dispatched(o) });
    return { events, handler, outcome };
  };

  it('reads the raw body from the stream (several chunks) and dispatches', async () => {
    const { handler, events, outcome } = setup();
    const res = nodeResponse();
    await handler(nodeRequest({ headers: { 'x-hub-signature-256': sign(body), 'content-length': String(body.length) }, chunks: [body.subarray(0, 100), body.subarray(100)] }), res);
    expect(res.statusCode).toBe(200);
    expect((await outcome).handled).toBe(7);
    expect(events).toHaveLength(7);
  });

  it('takes the bytes of express.raw() from req.body', async () => {
    const { handler, events, outcome } = setup();
    const res = nodeResponse();
    await handler(nodeRequest({ headers: { 'x-hub-signature-256': sign(body) }, body: Buffer.from(body) }), res);
    expect(res.statusCode).toBe(200);
    await outcome;
    expect(events).toHaveLength(7);
  });

  it('answers 401 saying the raw body is needed when express.json() already parsed it', async () => {
    const { handler, events } = setup();
    const res = nodeResponse();
    await handler(nodeRequest({ headers: { 'x-hub-signature-256': sign(body) }, body: batch }), res);
    expect(res.statusCode).toBe(401);
    expect(res.body).toMatch(/raw body is needed/);
    expect(events).toEqual([]);
  });

  it('answers the handshake from the query string (Express originalUrl included)', async () => {
    const { handler } = setup();
    const res = nodeResponse();
    await handler({ ...nodeRequest({ method: 'GET', url: '/' }), originalUrl: '/hooks/wa?hub.mode=subscribe&hub.verify_token=tok&hub.challenge=99' }, res);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('99');
  });
});

describe('handler time and failure reporting', () => {
  it('moves on from a handler that outlives handlerTimeoutMs, recording it as a timeout', async () => {
    const seen: string[] = [];
    const outcome = await dispatchWebhookEvents(
      parseWebhook(batch),
      {
        message: () => new Promise(() => {}), // never settles
        status: (event) => void seen.push(event.status.status),
      },
      { handlerTimeoutMs: 1 },
    );
    expect(seen).toEqual(['sent', 'delivered', 'read', 'played', 'failed']);
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]!.handler).toBe('message');
    expect(outcome.failures[0]!.error).toBeInstanceOf(WebhookHandlerTimeoutError);
  });

  it('answers after ackTimeoutMs while a handler is still running, and reports the outcome when it ends', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reported!: (outcome: DispatchOutcome) => void;
    const outcome = new Promise<DispatchOutcome>((resolve) => (reported = resolve));
    const finished: string[] = [];
    const handler = createWebhookHandler({
      appSecret: SECRET,
      ackTimeoutMs: 1,
      handlers: { message: async () => (await released, void finished.push('message')) },
      onOutcome: (o) => reported(o),
    });
    // The handler cannot finish before the response is in: it waits for a release that only
    // happens after the response arrived. Had the 200 waited for it, this would never resolve.
    const response = await handler(post(body));
    expect(response.status).toBe(200);
    expect(finished).toEqual([]);
    release();
    expect((await outcome).failures).toEqual([]);
    expect(finished).toEqual(['message']);
  });

  it('writes handler failures to console.error when no onOutcome is given, and survives a throwing onOutcome', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const failing = createWebhookHandler({ appSecret: SECRET, handlers: { call: () => Promise.reject(new Error('no line free')) } });
      expect((await failing(post(body))).status).toBe(200);
      expect(logged).toHaveBeenCalledWith('WhatsApp webhook: the call handler failed on a call event', new Error('no line free'));
      const throwing = createWebhookHandler({
        appSecret: SECRET,
        onOutcome: () => {
          throw new Error('logger down');
        },
      });
      expect((await throwing(post(body))).status).toBe(200);
      expect(logged).toHaveBeenLastCalledWith('WhatsApp webhook: onOutcome threw', new Error('logger down'));
    } finally {
      logged.mockRestore();
    }
  });
});
