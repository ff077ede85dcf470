// whatsapp-cloud-sdk/webhooks/fastify: the webhook as a Fastify plugin. Fastify reads and parses
// a JSON body before any route handler runs, and the bytes Graph signed are gone by then. Inside
// the plugin's own (encapsulated) context, one content-type parser takes every type and reads
// nothing, so the Node adapter receives the untouched request stream and does what it does on
// node:http: cap the size, time the upload, check the signature, and only then parse. The rest
// of the app keeps its parsers. Only types come from fastify: it is an optional peer dependency.
import type { FastifyPluginAsync } from 'fastify';
import { createNodeWebhookHandler, type NodeWebhookHandlerOptions } from './node.js';
import { checkWebhookOptions } from './options.js';
import { WhatsAppConfigError } from '../core/config-error.js';

export interface FastifyWebhookOptions extends NodeWebhookHandlerOptions {
  /** Where Graph posts, relative to the plugin's `prefix` (default `/webhook`). */
  path?: string;
}

/**
 * `app.register(fastifyWebhook, { appSecret, verifyToken, handlers })` answers GET handshakes and
 * POSTed deliveries at `path`, exactly as `createNodeWebhookHandler` does on node:http (401 for
 * a bad signature, 413 over `maxBodyBytes`, 200 before the handlers run…). Options are checked
 * when the plugin is registered, so a missing `appSecret` fails `app.ready()`, not every request.
 */
export const fastifyWebhook: FastifyPluginAsync<FastifyWebhookOptions> = async (fastify, options) => {
  const who = 'fastifyWebhook';
  checkWebhookOptions(who, options);
  const path = options.path ?? '/webhook';
  if (typeof path !== 'string' || !path.startsWith('/')) throw new WhatsAppConfigError(`${who}: path must be a string starting with "/"`);
  const handle = createNodeWebhookHandler(options);

  // Leaves the body unread for every content type, a missing one included.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));

  fastify.route({
    method: ['GET', 'POST'],
    url: path,
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      // The adapter writes the response to the raw socket; Fastify stays out of it.
      reply.hijack();
      await handle(request.raw, reply.raw);
    },
  });
};
