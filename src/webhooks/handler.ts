// createWebhookHandler: one web-standard function, Request → Response, for Deno, Bun, Workers,
// Hono, Next.js route handlers and (through node.ts) node:http and Express.
//
// When the handlers run is the one real design choice here. Graph wants the 200 quickly (it
// redelivers a delivery that is not acknowledged in time, repeating every event in it), but on
// serverless platforms the instance may be frozen or ended as soon as the response is returned,
// cutting off work still running. So:
// - with `context.waitUntil` (Workers' ctx, Netlify's context, Vercel's `waitUntil`, Next.js'
//   `after`) the 200 goes out at once and the platform keeps the handlers alive;
// - without it, the 200 waits for the handlers, which is safe everywhere but slow if they are;
//   `ackTimeoutMs` caps that wait on runtimes that keep running after a response (Deno, Bun and
//   Node servers): the 200 goes out when the time is up and the handlers carry on;
// - the Node adapter (a long-lived process) answers first and runs the handlers afterwards.
import { memorySeen, type SeenCheck } from './dedup.js';
import { type DispatchOutcome, dispatchWebhookEvents, type WebhookHandlers } from './dispatch.js';
import { WebhookBodyTimeoutError, WebhookBodyTooLargeError, WebhookError, WebhookPayloadError, WebhookSignatureError } from './errors.js';
import { handshakeResponse } from './handshake.js';
import { checkWebhookOptions } from './options.js';
import { verifyAndParseWebhook } from './read.js';
import { DEFAULT_BODY_TIMEOUT_MS, readWebBody } from './read-body.js';
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
  /** The longest the body may take to arrive, in milliseconds (default 5,000); a slower one gets 408. */
  bodyTimeoutMs?: number;
  /**
   * Called once the handlers of a delivery have run, with what they did: failures, parts that
   * did not match the spec (`invalid`), skipped redeliveries. This is where failures surface
   * when the handlers ran after the 200. Without it, each failure is written to
   * `console.error` and each invalid part no handler took to `console.warn`, so none goes
   * unnoticed. A throwing `onOutcome` is caught and logged.
   */
  onOutcome?: (outcome: DispatchOutcome) => void;
  /**
   * Called when a delivery is rejected (401, 400, 408, 413), e.g. to log it. A throwing
   * `onRejected` is caught and logged; the status Graph gets stays the same.
   */
  onRejected?: (error: WebhookError, status: number) => void;
  /**
   * Skips redelivered events (see `webhookEventKey`): true from `seen(eventKey)` means "already
   * handled". Default: an in-memory store of the 10,000 most recent keys (`memorySeen()`), which
   * covers one process; pass a shared store when several instances take deliveries, or `false`
   * to dispatch every event every time.
   */
  seen?: SeenCheck | false;
  /** An HMAC implementation to use instead of Web Crypto (the Node adapter passes node:crypto's). */
  hmac?: HmacVerifier;
  /** The longest one handler may run before the next one starts (see `DispatchOptions`). */
  handlerTimeoutMs?: number;
  /**
   * When the platform gives no `waitUntil`: the longest the 200 waits for the handlers, in
   * milliseconds. After that the 200 is sent and the handlers keep running, which only works on
   * a runtime that keeps running after a response (Deno, Bun, a Node server) — on a serverless
   * platform that freezes after the response, pass its `waitUntil` instead. Unset: the 200 waits
   * for every handler.
   */
  ackTimeoutMs?: number;
}

/** Runtime hooks a platform passes along, e.g. a Workers `ExecutionContext`. */
export interface WebhookRequestContext {
  /**
   * When given, the 200 is sent at once and the handlers run after it, kept alive by the
   * platform: Workers' `ctx.waitUntil`, Netlify's `context.waitUntil`, `waitUntil` from
   * `@vercel/functions`, or Next.js' `after` from `next/server`.
   */
  waitUntil?: (promise: Promise<unknown>) => void;
}

export type WebhookRequestHandler = (request: Request, context?: WebhookRequestContext) => Promise<Response>;

/**
 * A request taken in: the response to send, and for an accepted delivery the handlers still to
 * run. `dispatch` never rejects; it reports through `onOutcome`.
 */
export interface AcceptedRequest {
  response: Response;
  dispatch?: () => Promise<void>;
}

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Handshake, method check, body cap, signature and payload checks: everything that decides the
 * response. Leaves running the handlers to the caller, who picks when (see the top of this file).
 */
export function webhookReceiver(options: WebhookHandlerOptions, who = 'createWebhookHandler'): (request: Request) => Promise<AcceptedRequest> {
  checkWebhookOptions(who, options);
  const cap = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const handlers = options.handlers ?? {};
  const dispatchOptions = { handlerTimeoutMs: options.handlerTimeoutMs, seen: options.seen === false ? undefined : (options.seen ?? memorySeen()) };
  const reject = (error: WebhookError, status: number): AcceptedRequest => {
    reportRejection(options.onRejected, error, status);
    return { response: text(error.message, status) };
  };

  return async (request) => {
    if (request.method === 'GET') return { response: handshakeResponse(request, options.verifyToken) };
    if (request.method !== 'POST') return { response: new Response('Method Not Allowed', { status: 405, headers: { allow: 'GET, POST' } }) };
    let events;
    try {
      const body = await readWebBody(request, cap, bodyTimeoutMs);
      events = await verifyAndParseWebhook(body, request.headers.get('x-hub-signature-256'), options.appSecret, { maxBodyBytes: cap, hmac: options.hmac });
    } catch (error) {
      if (error instanceof WebhookBodyTooLargeError) return reject(error, 413);
      if (error instanceof WebhookBodyTimeoutError) return reject(error, 408);
      if (error instanceof WebhookSignatureError) return reject(error, error.reason === 'body_too_large' ? 413 : 401);
      if (error instanceof WebhookPayloadError) return reject(error, 400);
      throw error;
    }
    const accepted = events;
    return {
      response: text('OK', 200),
      dispatch: () =>
        dispatchWebhookEvents(accepted, handlers, dispatchOptions).then(
          (outcome) => report(outcome, options.onOutcome, handlers),
          (error: unknown) => console.error('WhatsApp webhook: dispatch failed', error),
        ),
    };
  };
}

/** Tells the app about a rejection; a throwing callback changes neither the status nor the flow. */
export function reportRejection(onRejected: WebhookHandlerOptions['onRejected'], error: WebhookError, status: number): void {
  try {
    onRejected?.(error, status);
  } catch (thrown) {
    console.error('WhatsApp webhook: onRejected threw', thrown);
  }
}

/** Hands the outcome over; a throwing callback must not become an unhandled rejection. */
function report(outcome: DispatchOutcome, onOutcome: WebhookHandlerOptions['onOutcome'], handlers: WebhookHandlers) {
  try {
    if (onOutcome) return onOutcome(outcome);
    for (const failure of outcome.failures) console.error(`WhatsApp webhook: the ${failure.handler} handler failed on a ${failure.event.type} event`, failure.error);
    if (!handlers.invalid && !handlers['*']) for (const part of outcome.invalid) console.warn(`WhatsApp webhook: ${part.message}`);
  } catch (error) {
    console.error('WhatsApp webhook: onOutcome threw', error);
  }
}

/**
 * GET: the subscription handshake. POST: verify the signature over the raw body, parse, run
 * the handlers, answer 200. A bad signature gets 401, a body that is not a JSON webhook
 * envelope 400, an oversized body 413, a body that stalls 408. A part of the delivery that does
 * not match the spec is an `invalid` event, not a 400: Graph would redeliver the whole batch
 * for days and then drop it. Options are checked here: a missing `appSecret`, an empty
 * `verifyToken` or a `maxBodyBytes` that is not a positive whole number throws
 * `WhatsAppConfigError` at once. A failing handler does not change the 200: Graph would
 * redeliver the whole batch, repeating the events that succeeded; the failure goes to
 * `onOutcome` instead. Handlers run after the 200 when `context.waitUntil` is given; otherwise
 * the 200 waits for them, at most `ackTimeoutMs` when that is set.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookRequestHandler {
  const receive = webhookReceiver(options);
  const ackTimeoutMs = options.ackTimeoutMs;
  return async (request, context) => {
    const { response, dispatch } = await receive(request);
    if (!dispatch) return response;
    const running = dispatch();
    if (context?.waitUntil && handedOver(context.waitUntil, running)) return response;
    if (ackTimeoutMs === undefined) await running;
    else await settledOrElapsed(running, ackTimeoutMs);
    return response;
  };
}

/** Gives the platform the running handlers; false when its `waitUntil` threw (then the 200 waits for them). */
function handedOver(waitUntil: (promise: Promise<unknown>) => void, running: Promise<void>): boolean {
  try {
    waitUntil(running);
    return true;
  } catch (error) {
    console.error('WhatsApp webhook: waitUntil threw; the response waits for the handlers instead', error);
    return false;
  }
}

/** Resolves when `work` settles or `ms` have passed, whichever is first; the timer never outlives it. */
function settledOrElapsed(work: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.then(() => (clearTimeout(timer), resolve()));
  });
}
