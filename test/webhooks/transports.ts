// One webhook handler behind each way an app mounts it: the web handler called with Requests,
// the Node adapter on a real node:http server, on a real node:http2 (h2c) server, and in an
// Express 5 app. Tests send through `post`, `get` and `stall` and see what Graph would see.
import express from 'express';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, createServer as createHttp2Server, type Http2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createNodeWebhookHandler, createWebhookHandler, type NodeWebhookHandlerOptions } from '../../src/webhooks/index.js';

export const TRANSPORTS = ['web', 'node:http', 'node:http2', 'express'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export interface Answer {
  status: number;
  text: string;
}

export interface Served {
  post(body: Uint8Array | string, headers?: Record<string, string>): Promise<Answer>;
  get(query: string): Promise<Answer>;
  /** Sends the headers and the first `sent` bytes of a body declared `declared` bytes long, then nothing more. */
  stall(sent: Uint8Array, declared: number, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

const PATH = '/webhook';

export async function serve(transport: Transport, options: NodeWebhookHandlerOptions): Promise<Served> {
  if (transport === 'web') return serveWeb(options);
  if (transport === 'node:http2') return serveHttp2(options);
  const handler = createNodeWebhookHandler(options);
  let listener: Parameters<typeof createServer>[1] = handler;
  if (transport === 'express') {
    const app = express();
    app.get(PATH, handler);
    app.post(PATH, handler);
    listener = app;
  }
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}${PATH}`;
  return {
    post: async (body, headers = {}) => answer(await fetch(url, { method: 'POST', headers, body: body as Uint8Array<ArrayBuffer> })),
    get: async (query) => answer(await fetch(`${url}?${query}`)),
    stall: (sent, declared, headers = {}) =>
      new Promise((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: PATH, method: 'POST', headers: { ...headers, 'content-length': String(declared) } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.on('error', reject);
        });
        // The server ends the connection after its 408; the rest of the body is never sent.
        req.on('error', () => undefined);
        req.write(sent);
      }),
    close: () => closeServer(server),
  };
}

function serveWeb(options: NodeWebhookHandlerOptions): Served {
  const handler = createWebhookHandler(options);
  const url = `https://bot.example.com${PATH}`;
  return {
    post: async (body, headers = {}) => answer(await handler(new Request(url, { method: 'POST', headers, body: body as Uint8Array<ArrayBuffer> }))),
    get: async (query) => answer(await handler(new Request(`${url}?${query}`))),
    stall: async (sent, _declared, headers = {}) => {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(sent) });
      return answer(await handler(new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit)));
    },
    close: async () => undefined,
  };
}

async function serveHttp2(options: NodeWebhookHandlerOptions): Promise<Served> {
  const server = createHttp2Server(createNodeWebhookHandler(options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = connect(origin);
  session.on('error', () => undefined);
  const exchange = (headers: Record<string, string>, body: Uint8Array | string | undefined, end: boolean) =>
    new Promise<Answer>((resolve, reject) => {
      const stream = session.request(headers, { endStream: body === undefined && end });
      let status = 0;
      let text = '';
      stream.setEncoding('utf8');
      stream.on('response', (head) => (status = Number(head[':status'])));
      stream.on('data', (chunk: string) => (text += chunk));
      stream.on('end', () => resolve({ status, text }));
      stream.on('error', reject);
      if (body !== undefined) {
        if (end) stream.end(body);
        else stream.write(body);
      }
    });
  return {
    post: (body, headers = {}) => exchange({ ':method': 'POST', ':path': PATH, ...headers }, body, true),
    get: (query) => exchange({ ':method': 'GET', ':path': `${PATH}?${query}` }, undefined, true),
    stall: (sent, declared, headers = {}) => exchange({ ':method': 'POST', ':path': PATH, ...headers, 'content-length': String(declared) }, sent, false),
    close: async () => {
      session.destroy();
      await closeServer(server);
    },
  };
}

const answer = async (response: Response): Promise<Answer> => ({ status: response.status, text: await response.text() });

function closeServer(server: Server | Http2Server): Promise<void> {
  return new Promise((resolve) => {
    (server as Server).closeAllConnections?.();
    server.close(() => resolve());
  });
}
