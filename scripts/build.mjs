#!/usr/bin/env node
// dist/esm: tsc output (ESM + declarations) plus the generated JS and .d.ts files tsc does not
// copy; dist/cjs: the same modules transformed to CommonJS, with the same declarations.
// `--out <dir>` builds somewhere else than dist/ (tests build into .tmp/ so parallel suites never
// see a half-written dist/).
import { transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './lib/paths.mjs';

const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');
const esm = path.join(dist, 'esm');
const cjs = path.join(dist, 'cjs');
rmSync(esm, { recursive: true, force: true });
rmSync(cjs, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', esm], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

for (const name of readdirSync(path.join(root, 'generated'))) {
  if (name.endsWith('.d.ts') || name.endsWith('.js')) {
    copyFileSync(path.join(root, 'generated', name), path.join(esm, 'generated', name));
  }
}

for (const file of walk(esm)) {
  const target = path.join(cjs, path.relative(esm, file));
  mkdirSync(path.dirname(target), { recursive: true });
  if (file.endsWith('.js')) {
    const { code } = await transform(readFileSync(file, 'utf8'), { format: 'cjs', target: 'es2022', loader: 'js' });
    writeFileSync(target, code);
  } else if (file.endsWith('.d.ts')) {
    copyFileSync(file, target);
  }
}
// These files set the module format; they also hide the root sideEffects flag from bundlers, so repeat it.
writeFileSync(path.join(cjs, "package.json"), `{ "type": "commonjs", "sideEffects": false }\n`);
writeFileSync(path.join(esm, "package.json"), `{ "type": "module", "sideEffects": false }\n`);
console.log(`built ${path.relative(root, esm)} and ${path.relative(root, cjs)}`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}
