// The Node adapter behind a real node:http server (and Express): oversized bodies get a 413 the
// client can actually read, whether their length is declared or streamed, and the connection
// stays usable; a body a framework already parsed gets the 401 that explains why.
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeWebhookHandler, type DispatchOutcome, type WebhookError, WebhookBodyTooLargeError } from '../../src/webhooks/index.js';
import { fixtures, metaBytes, SECRET, sign } from './support.js';

const CAP = 1024;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function start(listener: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}

function adapter() {
  const rejected: [WebhookError, number][] = [];
  const handled: string[] = [];
  let report!: (outcome: DispatchOutcome) => void;
  const outcome = new Promise<DispatchOutcome>((resolve) => (report = resolve));
  const handler = createNodeWebhookHandler({
    appSecret: SECRET,
    maxBodyBytes: CAP,
    handlers: { '*': (event) => void handled.push(event.type) },
    onRejected: (error, status) => void rejected.push([error, status]),
    onOutcome: (o) => report(o),
  });
  return { handler, rejected, handled, outcome };
}

/** A body of `size` bytes sent in `parts` chunks with no declared length (chunked encoding). */
const streamed = (size: number, parts: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < parts; i++) controller.enqueue(new Uint8Array(size / parts).fill(0x7b));
      controller.close();
    },
  });

describe('the Node adapter on a real server', () => {
  it('answers 413 to a body whose declared length is over the cap, and reports it', async () => {
    const { handler, rejected, handled } = adapter();
    const url = await start(handler);
    const big = new Uint8Array(64 * 1024).fill(0x20);
    const response = await fetch(url, { method: 'POST', headers: { 'x-hub-signature-256': sign(big) }, body: big });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(`The body is larger than ${CAP} bytes.`);
    expect(rejected.map(([error, status]) => [error.constructor, status])).toEqual([[WebhookBodyTooLargeError, 413]]);
    expect(handled).toEqual([]);
  });

  it('answers 413 to a streamed body that grows past the cap, every time, and still serves the next delivery', async () => {
    const { handler, rejected, handled, outcome } = adapter();
    const url = await start(handler);
    for (let round = 0; round < 5; round++) {
      const response = await fetch(url, { method: 'POST', headers: { 'x-hub-signature-256': sign('x') }, body: streamed(256 * 1024, 64), duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.text()).toMatch(/larger than 1024 bytes/);
    }
    expect(rejected).toHaveLength(5);
    const small = metaBytes(fixtures['messages-reaction']);
    expect(small.byteLength).toBeLessThanOrEqual(CAP);
    const ok = await fetch(url, { method: 'POST', headers: { 'x-hub-signature-256': sign(small) }, body: small });
    expect(ok.status).toBe(200);
    // The handlers run after the 200.
    expect((await outcome).handled).toBe(1);
    expect(handled).toEqual(['message']);
  });

  it('answers 401 with the raw-body explanation when express.json() parsed the body first', async () => {
    const { handler, rejected } = adapter();
    const app = express();
    app.use(express.json());
    app.post('/webhook', handler);
    const url = await start(app);
    const small = metaBytes(fixtures['messages-reaction']);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(small) }, body: small });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/raw body is needed/);
    expect(rejected.map(([, status]) => status)).toEqual([401]);
  });
});
