// Graph wants the 200 quickly and redelivers when it is late, so slow handlers must not hold it
// up. Each test gives the handler a latch that is opened only after the HTTP response has
// arrived: if the 200 waited for the handler, the response would never come and the test would
// fail on its timeout. The order of the log then shows the 200 came first.
import express from 'express';
import { Hono } from 'hono';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeWebhookHandler, createWebhookHandler, type DispatchOutcome, type WebhookHandlers } from '../../src/webhooks/index.js';
import { fixtures, metaBytes, SECRET, sign } from './support.js';

const body = metaBytes(fixtures['messages-text']);
const signed = { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body: body as Uint8Array<ArrayBuffer> };

/** A handler that finishes only when the test says so, a log of what happened, and the outcome. */
function slowDelivery() {
  const log: string[] = [];
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let report!: (outcome: DispatchOutcome) => void;
  const outcome = new Promise<DispatchOutcome>((resolve) => (report = resolve));
  const handlers: WebhookHandlers = {
    message: async ({ message }) => {
      log.push(`handler started ${message.type}`);
      await opened;
      log.push('handler finished');
    },
  };
  return { log, open, outcome, handlers, onOutcome: (o: DispatchOutcome) => report(o) };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}

describe('the Node adapter answers before its handlers finish', () => {
  it('on a node:http server', { timeout: 15_000 }, async () => {
    const slow = slowDelivery();
    const url = await listen(createNodeWebhookHandler({ appSecret: SECRET, handlers: slow.handlers, onOutcome: slow.onOutcome }));
    const response = await fetch(url, signed);
    slow.log.push(`response ${response.status} ${await response.text()}`);
    slow.open();
    const outcome = await slow.outcome;
    expect(outcome.handled).toBe(1);
    expect(outcome.failures).toEqual([]);
    expect(slow.log.at(-1)).toBe('handler finished');
    expect(slow.log.filter((line) => line !== 'handler started text')).toEqual(['response 200 OK', 'handler finished']);
  });

  it('in an Express 5 app, with express.raw() on the route and express.json() for the rest', { timeout: 15_000 }, async () => {
    const slow = slowDelivery();
    const app = express();
    app.post('/webhook', express.raw({ type: 'application/json' }), createNodeWebhookHandler({ appSecret: SECRET, handlers: slow.handlers, onOutcome: slow.onOutcome }));
    app.use(express.json());
    app.post('/orders', (req, res) => void res.json({ received: req.body }));
    const url = await listen(app);
    const response = await fetch(url, signed);
    slow.log.push(`response ${response.status}`);
    slow.open();
    await slow.outcome;
    expect(slow.log.filter((line) => line !== 'handler started text')).toEqual(['response 200', 'handler finished']);
    // The rest of the app keeps its JSON body parser.
    const orders = await fetch(url.replace('/webhook', '/orders'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":1}' });
    expect(await orders.json()).toEqual({ received: { id: 1 } });
  });

  it("hands the running handlers to a serverless host's waitUntil", { timeout: 15_000 }, async () => {
    const slow = slowDelivery();
    const kept: Promise<unknown>[] = [];
    const url = await listen(createNodeWebhookHandler({ appSecret: SECRET, handlers: slow.handlers, onOutcome: slow.onOutcome, waitUntil: (p) => void kept.push(p) }));
    expect((await fetch(url, signed)).status).toBe(200);
    expect(kept).toHaveLength(1);
    slow.open();
    await kept[0];
    expect(slow.log.at(-1)).toBe('handler finished');
  });

  it("runs the handlers first with runHandlers: 'before-response'", async () => {
    const log: string[] = [];
    const url = await listen(
      createNodeWebhookHandler({
        appSecret: SECRET,
        runHandlers: 'before-response',
        handlers: { message: async () => void log.push('handler finished') },
      }),
    );
    const response = await fetch(url, signed);
    log.push(`response ${response.status}`);
    expect(log).toEqual(['handler finished', 'response 200']);
  });
});

describe('the web handler in a Hono app', () => {
  it("answers at once and lets the platform's waitUntil keep the handlers running", { timeout: 15_000 }, async () => {
    const slow = slowDelivery();
    const webhook = createWebhookHandler({ appSecret: SECRET, handlers: slow.handlers, onOutcome: slow.onOutcome });
    const app = new Hono();
    app.all('/webhook', (c) => webhook(c.req.raw, c.executionCtx));
    const kept: Promise<unknown>[] = [];
    const executionCtx = { waitUntil: (p: Promise<unknown>) => void kept.push(p), passThroughOnException: () => {}, props: {} };
    const response = await app.fetch(new Request('https://bot.example.com/webhook', signed), {}, executionCtx);
    slow.log.push(`response ${response.status}`);
    expect(kept).toHaveLength(1);
    slow.open();
    await kept[0];
    expect(slow.log.filter((line) => line !== 'handler started text')).toEqual(['response 200', 'handler finished']);
    expect((await slow.outcome).handled).toBe(1);
  });

  it('without waitUntil, waits for the handlers (at most ackTimeoutMs when set)', { timeout: 15_000 }, async () => {
    const waiting = createWebhookHandler({ appSecret: SECRET, handlers: { message: async () => undefined } });
    const slow = slowDelivery();
    const bounded = createWebhookHandler({ appSecret: SECRET, ackTimeoutMs: 1, handlers: slow.handlers, onOutcome: slow.onOutcome });
    const app = new Hono();
    app.post('/waiting', (c) => waiting(c.req.raw));
    app.post('/bounded', (c) => bounded(c.req.raw));
    expect((await app.request('/waiting', signed)).status).toBe(200);
    const response = await app.request('/bounded', signed);
    slow.log.push(`response ${response.status}`);
    slow.open();
    await slow.outcome;
    expect(slow.log.filter((line) => line !== 'handler started text')).toEqual(['response 200', 'handler finished']);
  });
});
