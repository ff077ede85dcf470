// The README's Cloudflare Workers recipe, bundled as Wrangler would bundle it (esbuild, the
// workerd conditions) and run in workerd through Miniflare, with the secrets as bindings and the
// Worker's console captured.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { RECIPE_ENV, recipe, sendTo, testRecipe } from './support.js';

testRecipe('workers', async (app) => {
  const entry = app.write('worker.ts', recipe('workers'));
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
  });
  const lines: string[] = [];
  const mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
    bindings: RECIPE_ENV,
    handleStructuredLogs: ({ message }: { message: string }) => void lines.push(message),
  });
  await mf.ready;
  return {
    send: sendTo('https://bot.example.com', '/webhook', (url, init) => mf.dispatchFetch(url, init as never) as unknown as Promise<Response>),
    output: () => lines.join('\n'),
    close: () => mf.dispose(),
  };
});
