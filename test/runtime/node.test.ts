// The smoke script on the Node that runs the tests (engines: >=20), from the built ESM.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertSmokePassed, parseResult, smokeFiles, type SmokeFiles } from './harness.js';

let files: SmokeFiles;
beforeAll(async () => {
  files = await smokeFiles();
});
afterAll(() => files?.remove());

it('runs the smoke script on Node', () => {
  const started = performance.now();
  const run = spawnSync(process.execPath, [files.cli], { encoding: 'utf8' });
  console.log(`node ${process.versions.node}: ${Math.round(performance.now() - started)} ms`);
  expect(run.stderr).toBe('');
  const result = parseResult(run.stdout);
  assertSmokePassed(result, /^node /);
  console.log(`passed on ${result.runtime}: ${result.passed.join('; ')}`);
});
