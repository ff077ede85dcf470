// createWebhookHandler: one web-standard function, Request → Response, for Deno, Bun, Workers,
// Hono, Next.js route handlers and (through node.ts) node:http and Express.
import { readCappedBody } from '../core/read-capped.js';
import { type DispatchOutcome, dispatchWebhookEvents, type WebhookHandlers } from './dispatch.js';
import { WebhookError, WebhookPayloadError, WebhookSignatureError } from './errors.js';
import { handshakeResponse } from './handshake.js';
import { verifyAndParseWebhook } from './read.js';
import { DEFAULT_MAX_BODY_BYTES, type HmacVerifier } from './verify-signature.js';

export interface WebhookHandlerOptions {
  /** The app secret Graph signs deliveries with. */
  appSecret: string;
  /** The token you entered when configuring the callback URL; without it GET handshakes get 403. */
  verifyToken?: string;
  /** Handlers per event type. */
  handlers?: WebhookHandlers;
  /** Largest body accepted (default: a little over Graph's 3 MB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Called after the handlers ran, with what they did (failures included). */
  onOutcome?: (outcome: DispatchOutcome) => void;
  /** Called when a delivery is rejected (401, 400, 413), e.g. to log it. */
  onRejected?: (error: WebhookError, status: number) => void;
  /** An HMAC implementation to use instead of Web Crypto (the Node adapter passes node:crypto's). */
  hmac?: HmacVerifier;
}

/** Runtime hooks a platform passes along, e.g. a Workers `ExecutionContext`. */
export interface WebhookRequestContext {
  /** When given, handlers run after the 200 is sent, kept alive by the platform. */
  waitUntil?: (promise: Promise<unknown>) => void;
}

export type WebhookRequestHandler = (request: Request, context?: WebhookRequestContext) => Promise<Response>;

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

class BodyTooLargeError extends WebhookError {}

/** Reads the body, stopping as soon as it passes the cap. */
const readCapped = (request: Request, cap: number) =>
  readCappedBody(request, cap, () => new BodyTooLargeError(`The body is larger than ${cap} bytes.`));

/**
 * GET: the subscription handshake. POST: verify the signature over the raw body, parse, run
 * the handlers, answer 200. A bad signature gets 401, a body that is not a webhook payload 400,
 * an oversized body 413. A failing handler does not change the 200: Graph would redeliver the
 * whole batch, repeating the events that succeeded; the failure is in `onOutcome` instead.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookRequestHandler {
  const cap = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const handlers = options.handlers ?? {};
  const reject = (error: WebhookError, status: number) => {
    options.onRejected?.(error, status);
    return text(error.message, status);
  };

  return async (request, context) => {
    if (request.method === 'GET') return handshakeResponse(request, options.verifyToken);
    if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, POST' } });
    let events;
    try {
      const body = await readCapped(request, cap);
      events = await verifyAndParseWebhook(body, request.headers.get('x-hub-signature-256'), options.appSecret, { maxBodyBytes: cap, hmac: options.hmac });
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reject(error, 413);
      if (error instanceof WebhookSignatureError) return reject(error, error.reason === 'body_too_large' ? 413 : 401);
      if (error instanceof WebhookPayloadError) return reject(error, 400);
      throw error;
    }
    // A throwing onOutcome must not turn a received delivery into a 500 (Graph would resend it).
    const dispatched = dispatchWebhookEvents(events, handlers).then((outcome) => {
      try {
        options.onOutcome?.(outcome);
      } catch {}
    });
    if (context?.waitUntil) context.waitUntil(dispatched);
    else await dispatched;
    return text('OK', 200);
  };
}
