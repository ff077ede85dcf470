// Cold load: fresh Node processes that import (ESM) or require (CommonJS) each entry point of the
// built package, against empty processes (the floor) and processes that import openapi-fetch
// alone (what a user of plain openapi-fetch pays). Processes alternate, so load on the machine
// hits every contender alike.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.mjs';

const ROUNDS = 15;

export async function run({ root }) {
  const esm = (...file) => JSON.stringify(pathToFileURL(path.join(root, 'dist', 'esm', 'src', ...file)).href);
  const cjs = (...file) => JSON.stringify(path.join(root, 'dist', 'cjs', 'src', ...file));
  const entries = { '.': ['index.js'], '/webhooks': ['webhooks', 'index.js'], '/webhooks/node': ['webhooks', 'node.js'], '/flows': ['flows', 'index.js'] };
  const contenders = {
    'empty node process': '',
    'import openapi-fetch': "await import('openapi-fetch')",
  };
  // Each entry point both ways: ESM import (bundled per entry) and CommonJS require (one file per module).
  for (const [entry, file] of Object.entries(entries)) {
    contenders[`import whatsapp-cloud-sdk${entry === '.' ? '' : entry}`] = `await import(${esm(...file)})`;
    contenders[`require whatsapp-cloud-sdk${entry === '.' ? '' : entry}`] = `require(${cjs(...file)})`;
  }
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    for (const [name, code] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      const type = code.startsWith('require(') ? 'commonjs' : 'module';
      const child = spawnSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, stdio: 'ignore' });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`cold-import: "${name}" exited with ${child.status}`);
      if (round >= 0) samples[name].push(elapsed);
    }
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const floor = ms['empty node process'];
  // The figure per entry point is what loading it adds to an empty process; the budget is 150 ms.
  return Object.entries(ms).map(([name, value]) => ({
    group: 'cold import (fresh process, median ms; added over an empty process)',
    name,
    value: name === 'empty node process' ? `${value.toFixed(1)} ms` : `+${(value - floor).toFixed(1)} ms`,
    ms: value,
    ...(name.includes('whatsapp-cloud-sdk') ? { ratio: (value - floor) / 150, target: 1 } : {}),
  }));
}
