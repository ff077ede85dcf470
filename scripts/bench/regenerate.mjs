// Regenerate: how long `node scripts/generate.mjs --check` takes (lint, bundle, every generated
// file rebuilt in memory and compared), the maintainer's loop after editing the spec.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median } from './measure.mjs';

const ROUNDS = 3;

export async function run({ root }) {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate.mjs'), '--check'], { cwd: root, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (child.status !== 0) throw new Error(`regenerate: generate.mjs --check exited with ${child.status}`);
  }
  const value = median(times);
  return [{ group: 'regenerate', name: `generate.mjs --check (median of ${ROUNDS})`, value: `${(value / 1000).toFixed(2)} s`, ms: value }];
}
