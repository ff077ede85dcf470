// Cold load: fresh Node processes that import (ESM) or require (CommonJS) each entry point of the
// built package, against empty processes (the floor) and processes that import openapi-fetch
// alone (what a user of plain openapi-fetch pays). Each optional peer dependency is loaded alone
// too, so an entry point built on one (msw, bullmq…) shows how much of its time is the peer's.
// Processes alternate, so load on the machine hits every contender alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './measure.mjs';

const ROUNDS = 15;
const BUDGET_MS = 150;

/** The file an exports target gives under one condition, walked in key order as Node does; undefined when none. */
function targetOf(target, condition) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map((t) => targetOf(t, condition)).find(Boolean);
  if (target === null || typeof target !== 'object') return undefined;
  for (const [key, value] of Object.entries(target)) {
    if (key === 'node' || key === 'default' || key === condition) {
      const file = targetOf(value, condition);
      if (file) return file;
    }
  }
  return undefined;
}

/**
 * Every entry point and the ways it can be loaded, read from package.json `exports`, so a new
 * entry point is measured without touching this file. Only JavaScript targets count (not
 * ./package.json); a pattern (`./*`) names no one file and is skipped.
 */
function entryPoints(pkg) {
  // `exports` may also be the root's target alone (a string, or conditions without subpaths).
  const isMap = pkg.exports && typeof pkg.exports === 'object' && Object.keys(pkg.exports).some((key) => key.startsWith('.'));
  const entries = [];
  for (const [subpath, target] of Object.entries(isMap ? pkg.exports : { '.': pkg.exports })) {
    if (subpath.includes('*')) continue;
    for (const condition of ['import', 'require']) {
      const file = targetOf(target, condition);
      if (file && /\.[cm]?js$/.test(file)) entries.push({ specifier: path.posix.join(pkg.name, subpath), condition });
    }
  }
  return entries;
}

export async function run({ root }) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const contenders = {
    'empty node process': '',
    'import openapi-fetch': "await import('openapi-fetch')",
  };
  for (const peer of Object.keys(pkg.peerDependencies ?? {}).sort()) {
    if (existsSync(path.join(root, 'node_modules', peer))) contenders[`import ${peer} (peer dependency)`] = `await import(${JSON.stringify(peer)})`;
  }
  // Loaded by the package's own name from its root (Node's self-reference), so the exports map
  // and its conditions are resolved the way a user's import or require resolves them.
  const budgeted = new Set();
  for (const { specifier, condition } of entryPoints(pkg)) {
    const quoted = JSON.stringify(specifier);
    budgeted.add(`${condition} ${specifier}`);
    contenders[`${condition} ${specifier}`] = condition === 'import' ? `await import(${quoted})` : `require(${quoted})`;
  }
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    for (const [name, code] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      const type = code.startsWith('require(') ? 'commonjs' : 'module';
      const child = spawnSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`cold-import: "${name}" exited with ${child.status}\n${child.stderr}`);
      if (round >= 0) samples[name].push(elapsed);
    }
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const floor = ms['empty node process'];
  // The figure per entry point is what loading it adds to an empty process, against the budget.
  return Object.entries(ms).map(([name, value]) => ({
    group: `cold import (fresh process, median ms; added over an empty process; budget ${BUDGET_MS} ms)`,
    name,
    value: name === 'empty node process' ? `${value.toFixed(1)} ms` : `+${(value - floor).toFixed(1)} ms`,
    ms: value,
    ...(budgeted.has(name) ? { ratio: (value - floor) / BUDGET_MS, target: 1 } : {}),
  }));
}
