// The README's Fastify recipe: the fastifyWebhook plugin on a real Fastify 5 server, beside a
// route that still gets its JSON parsed (the plugin's raw-body parser stays inside its context).
import { expect, it } from 'vitest';
import { nodeRecipe, testRecipe } from './support.js';

testRecipe('fastify', (app) => nodeRecipe(app, 'fastify'), (running) => {
  it('leaves JSON parsing to Fastify everywhere else in the app', async () => {
    const response = await running().send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"order":42}' }, undefined, '/orders');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { order: 42 } });
  });
});
