// The smoke script on Deno (the npm `deno` package), from the built ESM. No permissions granted:
// the SDK needs none to build requests, sign and verify.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertSmokePassed, parseResult, runtimeFromNpm, smokeFiles, type SmokeFiles } from './harness.js';

let files: SmokeFiles;
let deno: string;
beforeAll(async () => {
  files = await smokeFiles();
  deno = runtimeFromNpm('deno', '2.9.6');
});
afterAll(() => files?.remove());

it('runs the smoke script on Deno', () => {
  const started = performance.now();
  const run = spawnSync(deno, ['run', '--no-lock', '--quiet', '--no-prompt', files.cli], {
    encoding: 'utf8',
    env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
  });
  console.log(`deno: ${Math.round(performance.now() - started)} ms`);
  expect(run.stderr).toBe('');
  const result = parseResult(run.stdout);
  assertSmokePassed(result, /^deno /);
  console.log(`passed on ${result.runtime}: ${result.passed.join('; ')}`);
});
