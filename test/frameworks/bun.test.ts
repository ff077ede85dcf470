// The README's Bun recipe, served by `bun run` (Bun serves a default export that has `fetch`) on
// the port Bun picks for PORT=0.
import { localBin } from '../runtime/harness.js';
import { recipe, startServer, testRecipe } from './support.js';

testRecipe('bun', async (app) => {
  const file = app.write('server.ts', recipe('bun'));
  return startServer({
    command: localBin('bun'),
    args: ['run', file],
    cwd: app.dir,
    env: { PORT: '0' },
    path: '/webhook',
    port: /Started (?:development )?server: http:\/\/[^:]+:(\d+)/,
  });
});
