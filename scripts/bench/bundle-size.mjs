// Bundle size: what an app ships for a feature — esbuild, minified, gzipped — against budgets.
// Each case is measured twice: on dist/ as built, and with dist/ files flagged side-effect free,
// which is what a consumer's bundler sees when the package.json nearest to them (dist/esm/
// package.json) carries the root's `"sideEffects": false`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const cases = [
  ['verifySignature alone', "export { verifySignature } from './dist/esm/src/webhooks/index.js';", 1024],
  ['web webhook handler (verify, validate, normalise, dispatch)', "export { createWebhookHandler } from './dist/esm/src/webhooks/index.js';", 20 * 1024],
  // An app that only sends: the messages resource on its own client.
  ['send a text (createMessagesClient().sendText)', "import { createMessagesClient } from './dist/esm/src/index.js';\nexport const send = (token, to, text) => createMessagesClient({ accessToken: token, phoneNumberId: '1' }).sendText(to, text);", 6 * 1024],
  // The whole client: every resource and the raw client, built on first use.
  ['createWhatsApp().messages.sendText', "import { createWhatsApp } from './dist/esm/src/index.js';\nexport const send = (token, to, text) => createWhatsApp({ accessToken: token, phoneNumberId: '1' }).messages.sendText(to, text);", undefined],
];

const sideEffectFree = (dist) => ({
  name: 'side-effect-free-dist',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      return file.startsWith(dist) ? { path: file, sideEffects: false } : undefined;
    });
  },
});

export async function run({ root }) {
  const flagged = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).sideEffects === false;
  const rows = [];
  for (const [name, contents, budget] of cases) {
    for (const variant of flagged ? ['as built', 'sideEffects: false'] : ['as built']) {
      const result = await build({
        stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'entry.mjs' },
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        target: 'es2022',
        logLevel: 'silent',
        plugins: variant === 'as built' ? [] : [sideEffectFree(path.join(root, 'dist'))],
      });
      const code = result.outputFiles[0].contents;
      const gzipped = gzipSync(code, { level: 9 }).length;
      const row = { group: 'bundle size (minified + gzip)', name: `${name} [${variant}]`, value: `${(gzipped / 1024).toFixed(2)} KB`, bytes: gzipped, minified: code.length };
      // As a share of the budget, so the table's "target ≤ 1×" reads as "within budget".
      if (budget) Object.assign(row, { name: `${name}, budget ${budget / 1024} KB [${variant}]`, ratio: gzipped / budget, target: 1 });
      rows.push(row);
    }
  }
  return rows;
}
