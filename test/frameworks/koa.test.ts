// The README's Koa recipe: the koaWebhook middleware on a real Koa 3 server, in front of the rest
// of the app.
import { expect, it } from 'vitest';
import { nodeRecipe, testRecipe } from './support.js';

testRecipe('koa', (app) => nodeRecipe(app, 'koa'), (running) => {
  it('passes other paths on to the rest of the app', async () => {
    const response = await running().send({ method: 'GET' }, undefined, '/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('the rest of your app');
  });
});
