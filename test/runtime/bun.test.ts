// The smoke script on Bun (the npm `bun` package), from the built ESM.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertSmokePassed, localBin, parseResult, smokeFiles, type SmokeFiles } from './harness.js';

let files: SmokeFiles;
beforeAll(async () => {
  files = await smokeFiles();
});
afterAll(() => files?.remove());

it('runs the smoke script on Bun', () => {
  const started = performance.now();
  const run = spawnSync(localBin('bun'), ['run', files.cli], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  console.log(`bun: ${Math.round(performance.now() - started)} ms`);
  expect(run.stderr).toBe('');
  const result = parseResult(run.stdout);
  assertSmokePassed(result, /^bun /);
  console.log(`passed on ${result.runtime}: ${result.passed.join('; ')}`);
});
