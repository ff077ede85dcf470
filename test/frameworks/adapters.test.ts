// The glue of the Fastify and Koa entry points, in process on the real frameworks: options fail
// at start-up naming the entry point, and Koa behind a body parser takes the raw text the parser
// kept, or explains why it cannot check a body that was only parsed.
import Fastify from 'fastify';
import Koa from 'koa';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WhatsAppConfigError } from '../../src/core/config-error.js';
import { fastifyWebhook } from '../../src/webhooks/fastify.js';
import { koaWebhook } from '../../src/webhooks/koa.js';
import { fixtures, metaBytes, SECRET, sign } from '../webhooks/support.js';

const body = metaBytes(fixtures['messages-text']);
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('fastifyWebhook', () => {
  it('fails registration, naming itself, when appSecret is missing', async () => {
    const app = Fastify();
    await expect(app.register(fastifyWebhook, { appSecret: '' })).rejects.toThrow(new WhatsAppConfigError('fastifyWebhook: appSecret is required and must be a non-empty string'));
    await app.close();
  });

  it('refuses a path that does not start with a slash', async () => {
    const app = Fastify();
    await expect(app.register(fastifyWebhook, { appSecret: SECRET, path: 'webhook' })).rejects.toThrow(WhatsAppConfigError);
    await app.close();
  });
});

/** A body parser as @koa/bodyparser behaves: it drains the stream, parses JSON, and keeps the text when told to. */
const bodyParser = (keepRawText: boolean): Koa.Middleware => async (ctx, next) => {
  let text = '';
  for await (const chunk of ctx.req) text += String(chunk);
  const request = ctx.request as { body?: unknown; rawBody?: string };
  request.body = JSON.parse(text);
  if (keepRawText) request.rawBody = text;
  await next();
};

async function serveKoa(...middleware: Koa.Middleware[]): Promise<string> {
  const app = new Koa();
  for (const layer of middleware) app.use(layer);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}

describe('koaWebhook', () => {
  it('fails at once, naming itself, when appSecret is missing', () => {
    expect(() => koaWebhook({ appSecret: '' })).toThrow(new WhatsAppConfigError('koaWebhook: appSecret is required and must be a non-empty string'));
  });

  it('checks the raw text a body parser kept', async () => {
    const seen: string[] = [];
    const url = await serveKoa(bodyParser(true), koaWebhook({ appSecret: SECRET, handlers: { message: ({ message }) => void seen.push(message.id) } }));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body });
    expect(response.status).toBe(200);
    await expect.poll(() => seen.length).toBe(1);
  });

  it('answers 401 with the reason when a body parser kept only the parsed object', async () => {
    const url = await serveKoa(bodyParser(false), koaWebhook({ appSecret: SECRET }));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/raw body is needed/);
  });
});
