// The README's Deno recipe, served by `deno serve` (the npm `deno` package, installed on first
// use as in test/runtime) from an app folder with the built package in node_modules.
import { runtimeFromNpm } from '../runtime/harness.js';
import { recipe, startServer, testRecipe } from './support.js';

testRecipe('deno', async (app) => {
  const file = app.write('server.ts', recipe('deno'));
  return startServer({
    command: runtimeFromNpm('deno', '2.9.6'),
    args: ['serve', '--no-lock', '--allow-env', '--port', '0', '--host', '127.0.0.1', file],
    cwd: app.dir,
    env: { DENO_NO_UPDATE_CHECK: '1' },
    path: '/webhook',
    port: /Listening on http:\/\/127\.0\.0\.1:(\d+)/,
  });
});
