// The README's Hono recipe: the app's own `fetch`, called with real web Requests, which is how
// Hono runs on Workers, Bun and Deno (@hono/node-server is not a dependency of this project).
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { RECIPE_ENV, recipe, sendTo, testRecipe } from './support.js';

testRecipe('hono', async (app) => {
  const file = app.write('server.ts', recipe('hono'));
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  // The recipe reads its secrets when the module loads; they are set only for that moment.
  const saved = Object.keys(RECIPE_ENV).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, RECIPE_ENV);
  try {
    const { default: hono } = (await import(pathToFileURL(file).href)) as { default: { fetch(request: Request): Response | Promise<Response> } };
    return {
      send: sendTo('https://bot.example.com', '/webhook', async (url, init) => hono.fetch(new Request(url, init))),
      output: () => lines.join('\n'),
      close: async () => log.mockRestore(),
    };
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
