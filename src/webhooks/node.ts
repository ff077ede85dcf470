// The node:http / Express adapter. It reads the raw body bytes itself (or takes them from
// `express.raw()`), so the signature is checked on what Graph sent. It uses structural types
// only and imports nothing from Node, so bundling the webhooks entry for other runtimes works.
import { concatBytes } from '../core/read-capped.js';
import { WebhookSignatureError } from './errors.js';
import { createWebhookHandler, type WebhookHandlerOptions } from './handler.js';
import { DEFAULT_MAX_BODY_BYTES, type HmacVerifier } from './verify-signature.js';

/** What the adapter needs from a node:http `IncomingMessage` (or an Express `Request`). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  /** Express keeps the full URL here when the handler is mounted under a path. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by body-parsing middleware: bytes from `express.raw()`, an object from `express.json()`. */
  body?: unknown;
  /** Some frameworks keep the raw bytes here. */
  rawBody?: unknown;
}

/** What the adapter needs from a node:http `ServerResponse` (or an Express `Response`). */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string | Uint8Array): unknown;
}

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

class TooLarge extends Error {}

async function readStream(req: NodeRequestLike, cap: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > cap) throw new TooLarge();
    chunks.push(bytes);
  }
  return concatBytes(chunks, size);
}

/**
 * `createWebhookHandler` for `node:http` and Express: `app.post('/webhook', handler)` or
 * `http.createServer(handler)`. Mount it before `express.json()`, or give its route
 * `express.raw({ type: 'application/json' })`: a body already parsed into an object gets 401
 * with an explanation, because its original bytes — the ones Graph signed — are gone.
 */
export function createNodeWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  const handle = createWebhookHandler({ hmac: nodeHmacVerifier(), ...options });
  const cap = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (req, res, next) => {
    try {
      const method = req.method ?? 'GET';
      const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: Uint8Array | undefined;
      if (method === 'POST') {
        if (isBytes(req.body)) body = req.body;
        else if (isBytes(req.rawBody)) body = req.rawBody;
        else if (typeof req.rawBody === 'string') body = new TextEncoder().encode(req.rawBody);
        else if (req.body !== undefined && typeof req.body !== 'string') {
          const error = new WebhookSignatureError('not_raw_body');
          options.onRejected?.(error, 401);
          return send(res, new Response(error.message, { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        } else if (typeof req.body === 'string') body = new TextEncoder().encode(req.body);
        else {
          try {
            body = await readStream(req, cap);
          } catch (error) {
            if (!(error instanceof TooLarge)) throw error;
            return send(res, new Response(`The body is larger than ${cap} bytes.`, { status: 413 }));
          }
        }
        headers.delete('content-length');
      }
      const request = new Request(url, { method, headers, body: body as Uint8Array<ArrayBuffer> | undefined });
      await send(res, await handle(request));
    } catch (error) {
      if (next) next(error);
      else send(res, new Response('Internal Server Error', { status: 500 })).catch(() => {});
    }
  };
}

async function send(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(new Uint8Array(await response.arrayBuffer()));
}
