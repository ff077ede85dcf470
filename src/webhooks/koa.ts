// whatsapp-cloud-sdk/webhooks/koa: the webhook as a Koa middleware. Koa itself reads no body, so
// the Node adapter could take `ctx.req` as it is; the glue is what is easy to get wrong by hand:
// Koa must be told that the response is written elsewhere (`ctx.respond = false`), and a body
// parser mounted earlier (@koa/bodyparser, koa-body) has already drained the stream, leaving
// only its copy of the raw text, if it kept one. Only types come from koa: it is an optional
// peer dependency.
import type { Middleware } from 'koa';
import { createNodeWebhookHandler, type NodeRequestLike, type NodeWebhookHandlerOptions } from './node.js';
import { checkWebhookOptions } from './options.js';
import { WhatsAppConfigError } from '../core/config-error.js';

export interface KoaWebhookOptions extends NodeWebhookHandlerOptions {
  /** Answer only at this path and pass other requests on; unset, every request that reaches the middleware is a webhook request (mount it on a router). */
  path?: string;
}

/** What body parsers leave on `ctx.request`: the parsed body and, when asked to keep it, the raw text. */
interface ParsedRequest {
  body?: unknown;
  rawBody?: unknown;
}

/**
 * `app.use(koaWebhook({ appSecret, verifyToken, handlers, path: '/webhook' }))`, or
 * `router.all('/webhook', koaWebhook({ … }))`: GET handshakes and POSTed deliveries, answered as
 * `createNodeWebhookHandler` answers them. Put it before any body parser. Behind one, it works
 * when the parser keeps the raw text (`ctx.request.rawBody`); a body that was only parsed gets
 * 401 with an explanation, because the bytes Graph signed are gone.
 */
export function koaWebhook(options: KoaWebhookOptions): Middleware {
  const who = 'koaWebhook';
  checkWebhookOptions(who, options);
  const path = options.path;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) throw new WhatsAppConfigError(`${who}: path, when given, must be a string starting with "/"`);
  const handle = createNodeWebhookHandler(options);

  return async (ctx, next) => {
    if (path !== undefined && ctx.path !== path) return next();
    const parsed = ctx.request as ParsedRequest;
    const req: NodeRequestLike =
      parsed.body === undefined && parsed.rawBody === undefined
        ? ctx.req
        : {
            method: ctx.req.method,
            httpVersionMajor: ctx.req.httpVersionMajor,
            url: ctx.originalUrl,
            headers: ctx.req.headers,
            body: parsed.body,
            rawBody: parsed.rawBody,
            [Symbol.asyncIterator]: () => ctx.req[Symbol.asyncIterator](),
          };
    // The adapter writes the response itself; Koa must not write one after it.
    ctx.respond = false;
    await handle(req, ctx.res);
  };
}
