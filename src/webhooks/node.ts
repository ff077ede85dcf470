// The node:http / node:http2 / Express adapter. It reads the raw body bytes itself (or takes them from
// `express.raw()`), so the signature is checked on what Graph sent. A Node server is a long-lived
// process, so it answers 200 as soon as a delivery is verified and parsed, and runs the handlers
// after the response is out: slow handlers never make Graph wait or redeliver. It uses structural
// types only and imports nothing from Node, so bundling the webhooks entry for other runtimes works.
import { concatBytes } from '../core/read-capped.js';
import { WebhookBodyTimeoutError, WebhookBodyTooLargeError, WebhookSignatureError } from './errors.js';
import { createWebhookHandler, reportRejection, type WebhookHandlerOptions, webhookReceiver } from './handler.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { checkFunction, checkWebhookOptions } from './options.js';
import { DEFAULT_BODY_TIMEOUT_MS, deadline, isTimedOut } from './read-body.js';
import { DEFAULT_MAX_BODY_BYTES, type HmacVerifier } from './verify-signature.js';

/** What the adapter needs from a node:http `IncomingMessage`, a node:http2 `Http2ServerRequest` or an Express `Request`. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  /** 1 for HTTP/1.x, 2 for HTTP/2 (whose responses may not carry `connection`). */
  httpVersionMajor?: number;
  url?: string;
  /** Express keeps the full URL here when the handler is mounted under a path. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by body-parsing middleware: bytes from `express.raw()`, an object from `express.json()`. */
  body?: unknown;
  /** Some frameworks keep the raw bytes here. */
  rawBody?: unknown;
}

/** What the adapter needs from a node:http `ServerResponse`, a node:http2 `Http2ServerResponse` or an Express `Response`. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string | Uint8Array): unknown;
}

export interface NodeWebhookHandlerOptions extends WebhookHandlerOptions {
  /**
   * When the handlers run. `'after-response'` (the default) suits a server process: the 200 goes
   * out first and the outcome arrives later through `onOutcome`. `'before-response'` makes the
   * 200 wait for them (at most `ackTimeoutMs`), for Node hosts that freeze the process once the
   * response is sent and offer no `waitUntil`.
   */
  runHandlers?: 'after-response' | 'before-response';
  /**
   * A serverless host's `waitUntil` (e.g. from `@vercel/functions`): it receives the handlers'
   * promise after the response, so the host keeps them alive.
   */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** Resolves once the response is sent; with `'after-response'` the handlers may still be running. */
export type NodeWebhookHandler = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => Promise<void>;

/** The part of node:crypto the verifier uses. */
interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: string): { update(data: Uint8Array): { digest(): Uint8Array } };
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

/**
 * HMAC-SHA256 with node:crypto, where the runtime provides it (Node ≥ 20.16, Bun): synchronous
 * and several times faster than a Web Crypto call on Node. Undefined elsewhere, which leaves
 * Web Crypto in charge. Found at run time, so this module still bundles for any runtime.
 */
export function nodeHmacVerifier(): HmacVerifier | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeCrypto = runtime?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  if (!nodeCrypto?.createHmac || !nodeCrypto.timingSafeEqual) return undefined;
  return (secret, body, expected) => {
    const digest = nodeCrypto.createHmac('sha256', secret).update(body).digest();
    return digest.length === expected.length && nodeCrypto.timingSafeEqual(digest, expected);
  };
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/**
 * The body's bytes; `'too_large'` over the cap, `'timeout'` when it stalls. An oversized body is
 * still read to its end, and dropped as it arrives: answering while the client is still sending
 * would make the server close a socket with unread data, which resets the connection and loses
 * the 413. A stalled body is not waited for: its sender gets the 408 and the connection closes.
 */
async function readStream(req: NodeRequestLike, cap: number, timeoutMs: number): Promise<Uint8Array | 'too_large' | 'timeout'> {
  const declared = Number(req.headers['content-length']);
  let tooLarge = Number.isFinite(declared) && declared > cap;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const chunksOf = req[Symbol.asyncIterator]();
  const timer = deadline(timeoutMs);
  try {
    for (;;) {
      const next = chunksOf.next();
      const step = await Promise.race([next, timer.expired]);
      if (isTimedOut(step)) {
        // The read still pending fails when the connection closes; that is expected.
        next.catch(() => undefined);
        return 'timeout';
      }
      if (step.done) break;
      if (tooLarge) continue;
      const chunk = step.value;
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > cap) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(bytes);
    }
  } finally {
    timer.cancel();
  }
  return tooLarge ? 'too_large' : concatBytes(chunks, size);
}

/** The raw body from body-parsing middleware, when it kept one; `'parsed'` when it did not. */
function bodyFromMiddleware(req: NodeRequestLike): Uint8Array | 'parsed' | undefined {
  if (isBytes(req.body)) return req.body;
  if (isBytes(req.rawBody)) return req.rawBody;
  if (typeof req.rawBody === 'string') return new TextEncoder().encode(req.rawBody);
  if (typeof req.body === 'string') return new TextEncoder().encode(req.body);
  return req.body === undefined ? undefined : 'parsed';
}

// Handlers start on the next turn of the event loop, once the response bytes are on their way.
// setImmediate is looked up at run time: the package's types do not assume Node's globals.
const timers = globalThis as { setImmediate?: (callback: () => void) => unknown };
const afterResponse = (start: () => void) => (timers.setImmediate ? timers.setImmediate(start) : setTimeout(start, 0));

/**
 * `createWebhookHandler` for `node:http` and Express: `app.post('/webhook', handler)` or
 * `http.createServer(handler)`. Mount it before `express.json()`, or give its route
 * `express.raw({ type: 'application/json' })`: a body already parsed into an object gets 401
 * with an explanation, because its original bytes — the ones Graph signed — are gone.
 *
 * The 200 goes out before the handlers run (see `runHandlers`); their outcome, failures
 * included, arrives through `onOutcome`. Handlers of one delivery run in order; two deliveries
 * may be handled at the same time.
 */
export function createNodeWebhookHandler(options: NodeWebhookHandlerOptions): NodeWebhookHandler {
  const who = 'createNodeWebhookHandler';
  checkWebhookOptions(who, options);
  checkFunction(who, 'waitUntil', options.waitUntil);
  if (options.runHandlers !== undefined && options.runHandlers !== 'after-response' && options.runHandlers !== 'before-response') {
    throw new WhatsAppConfigError(`${who}: runHandlers must be 'after-response' or 'before-response'`);
  }
  const settings = { hmac: nodeHmacVerifier(), ...options };
  const handleBeforeResponse = options.runHandlers === 'before-response' ? createWebhookHandler(settings) : undefined;
  const receive = handleBeforeResponse ? undefined : webhookReceiver(settings, who);
  const cap = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const reject = (req: NodeRequestLike, res: NodeResponseLike, error: WebhookSignatureError | WebhookBodyTooLargeError | WebhookBodyTimeoutError, status: number) => {
    reportRejection(options.onRejected, error, status);
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
    // The rest of a stalled body may never come: end the connection instead of waiting for it.
    // HTTP/2 has no such header (the stream ends with the response).
    if (status === 408 && req.httpVersionMajor !== 2) headers.connection = 'close';
    return send(res, new Response(error.message, { status, headers }));
  };

  return async (req, res, next) => {
    try {
      const method = req.method ?? 'GET';
      const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
      const headers = new Headers();
      for (const name in req.headers) {
        // HTTP/2 pseudo-headers (`:method`, `:path`…) are not header names a Headers object takes.
        if (name.charCodeAt(0) === 58 /* : */) continue;
        const value = req.headers[name];
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: Uint8Array | undefined;
      if (method === 'POST') {
        const kept = bodyFromMiddleware(req);
        if (kept === 'parsed') return await reject(req, res, new WebhookSignatureError('not_raw_body'), 401);
        const read = kept ?? (await readStream(req, cap, bodyTimeoutMs));
        if (read === 'too_large') return await reject(req, res, new WebhookBodyTooLargeError(cap), 413);
        if (read === 'timeout') return await reject(req, res, new WebhookBodyTimeoutError(bodyTimeoutMs), 408);
        body = read;
        headers.delete('content-length');
      }
      const request = new Request(url, { method, headers, body: body as Uint8Array<ArrayBuffer> | undefined });
      if (handleBeforeResponse) return await send(res, await handleBeforeResponse(request));
      const { response, dispatch } = await receive!(request);
      await send(res, response);
      if (dispatch) {
        const running = new Promise<void>((resolve) => afterResponse(() => void dispatch().then(resolve)));
        if (options.waitUntil) handOver(options.waitUntil, running);
      }
    } catch (error) {
      if (next) next(error);
      else send(res, new Response('Internal Server Error', { status: 500 })).catch(() => {});
    }
  };
}

/** A throwing `waitUntil` must not turn into a 500 after the 200 went out; the handlers run regardless. */
function handOver(waitUntil: (promise: Promise<unknown>) => void, running: Promise<void>) {
  try {
    waitUntil(running);
  } catch (error) {
    console.error('WhatsApp webhook: waitUntil threw', error);
  }
}

async function send(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(new Uint8Array(await response.arrayBuffer()));
}
