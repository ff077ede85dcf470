// Cold import: fresh Node processes that import the built package, against processes that import
// openapi-fetch alone (the baseline a user of plain openapi-fetch pays) and empty processes (the
// floor). Processes alternate, so load on the machine hits every contender alike.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const ROUNDS = 15;

export async function run({ root }) {
  const entry = (...file) => JSON.stringify(pathToFileURL(path.join(root, 'dist', 'esm', 'src', ...file)).href);
  const contenders = {
    'empty node process': '',
    'import openapi-fetch': "await import('openapi-fetch')",
    'import the sdk': `await import(${entry('index.js')})`,
    // The webhook validators load with this entry point only, for apps that take webhooks.
    'import whatsapp-cloud-sdk/webhooks': `await import(${entry('webhooks', 'index.js')})`,
  };
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    for (const [name, code] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, stdio: 'ignore' });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`cold-import: "${name}" exited with ${child.status}`);
      if (round >= 0) samples[name].push(elapsed);
    }
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const baseline = ms['import openapi-fetch'];
  return Object.entries(ms).map(([name, value]) => ({
    group: 'cold import (fresh process, median ms)',
    name,
    value: `${value.toFixed(1)} ms`,
    ms: value,
    ...(name === 'import the sdk' ? { ratio: value / baseline } : {}),
  }));
}
