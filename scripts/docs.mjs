// `npm run docs`: the docs site. dist/docs/ (or `--out <dir>`) gets
//   index.html  a landing page linking the two references,
//   sdk/        the SDK reference (TypeDoc) of every package entry point,
//   api/        the API reference (Redocly) of the bundled spec, each operation with its SDK call.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiReference, docsSpec } from './lib/docs-api.mjs';
import { landingPage } from './lib/docs-landing.mjs';
import { documentedMethods } from './lib/docs-operations.mjs';
import { buildSdkReference, expectedPages } from './lib/docs-sdk.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function outDir(args) {
  const at = args.indexOf('--out');
  if (at < 0) return path.join(root, 'dist', 'docs');
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--out needs a directory');
  return path.resolve(dir);
}

const out = outDir(process.argv.slice(2));
const started = performance.now();
const spec = JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const methods = documentedMethods(spec);

// Only what this script writes is replaced: `--out` may name a folder that holds other things.
for (const part of ['index.html', 'api', 'sdk']) rmSync(path.join(out, part), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

writeFileSync(
  path.join(out, 'index.html'),
  landingPage({ name: pkg.name, version: pkg.version, graphVersion: spec.info.version, api: 'api/index.html', sdk: 'sdk/index.html' }),
);

// Both references build side by side: the API reference links to where TypeDoc places each
// method, which is known beforehand and checked once TypeDoc is done.
const pages = expectedPages(methods, pkg.name);
const api = buildApiReference({ root, spec: docsSpec(spec, methods, pages, '../sdk/'), out: path.join(out, 'api') }).then(() =>
  console.log(`docs: api/ ready in ${((performance.now() - started) / 1000).toFixed(1)} s`),
);
// Handled here too, so a failure while TypeDoc still runs is not reported as unhandled; awaited below.
api.catch(() => {});
const sdk = await buildSdkReference({ root, out: path.join(out, 'sdk'), methods, apiPage: '../api/index.html' });
const misplaced = [...pages].filter(([key, page]) => sdk.pages.get(key) !== page).map(([key, page]) => `${key}: expected ${page}, TypeDoc put it at ${sdk.pages.get(key)}`);
if (misplaced.length) throw new Error(`the API reference links to SDK pages TypeDoc did not make:\n  ${misplaced.join('\n  ')}`);
await api;

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`docs: ${path.relative(process.cwd(), out) || '.'}/ (landing page, api/, sdk/) in ${seconds} s; ${methods.length} methods cross-linked; TypeDoc warnings: ${sdk.warnings.length}`);
