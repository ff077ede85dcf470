#!/usr/bin/env node
// npm run bench: builds dist/, runs every benchmark in scripts/bench/ (or those named on the
// command line), prints one table and writes dist/bench/results.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib/paths.mjs';

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const suites = ['send-path', 'webhook-intake', 'bundle-size', 'package-size', 'media-download', 'cold-import', 'regenerate', 'type-cost'];
// Run only when named (`npm run bench broadcast`): it sends 10,000 paced messages, over two minutes.
const namedOnly = ['broadcast'];
const sdk = await import(path.join(root, 'dist', 'esm', 'src', 'index.js'));
const rows = [];
for (const suite of [...suites, ...namedOnly.filter((suite) => only.includes(suite))]) {
  if (only.length && !only.includes(suite)) continue;
  const module = await import(`./bench/${suite}.mjs`);
  process.stdout.write(`running ${suite}…\n`);
  rows.push(...(await module.run({ sdk, root })));
}

const width = Math.max(...rows.map((row) => row.name.length));
let group;
for (const row of rows) {
  if (row.group !== group) console.log(`\n${(group = row.group)}`);
  const ratio = row.ratio === undefined ? '' : `  ${row.ratio.toFixed(2)}×`;
  const verdict = row.target === undefined ? '' : row.ratio <= row.target ? `  (target ≤ ${row.target}×: ok)` : `  (target ≤ ${row.target}×: MISSED)`;
  console.log(`  ${row.name.padEnd(width)}  ${String(row.value).padStart(12)}${ratio}${verdict}`);
}
mkdirSync(path.join(root, 'dist', 'bench'), { recursive: true });
const out = path.join(root, 'dist', 'bench', 'results.json');
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(root, out)}`);
