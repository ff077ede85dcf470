// The README's Next.js route handler (App Router, `after` from next/server) in a one-route app:
// type-checked as a Next.js project checks it (moduleResolution bundler), built with `next build`
// and served by `next start`, the way it runs in production. The route is written as JavaScript
// (types stripped) so Next sees no TypeScript project: it would otherwise try to install
// @types/react from the network; the types are checked by tsc just before.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localBin } from '../runtime/harness.js';
import { root } from '../support/dist.js';
import { recipe, recipeAsJavaScript, startServer, testRecipe } from './support.js';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

testRecipe('next', async (app) => {
  const typed = app.write('typecheck/route.ts', recipe('next'));
  const check = spawnSync(
    process.execPath,
    [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types'), typed],
    { cwd: app.dir, encoding: 'utf8' },
  );
  if (check.status !== 0) throw new Error(`the Next.js recipe does not type-check:\n${check.stdout}${check.stderr}`);
  app.write('app/api/whatsapp/route.js', await recipeAsJavaScript('next'));
  // CI=1: Next never installs anything on its own; NEXT_TELEMETRY_DISABLED: no network.
  const env = { ...process.env, CI: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const built = spawnSync(localBin('next'), ['build'], { cwd: app.dir, env, encoding: 'utf8' });
  console.log(`next build: ${Math.round(performance.now() - started)} ms`);
  if (built.status !== 0) throw new Error(`next build failed:\n${built.stdout}${built.stderr}`);
  return startServer({
    command: localBin('next'),
    args: ['start', '--port', '0', '--hostname', '127.0.0.1'],
    cwd: app.dir,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    path: '/api/whatsapp',
    port: /Local:\s+http:\/\/127\.0\.0\.1:(\d+)/,
  });
});
