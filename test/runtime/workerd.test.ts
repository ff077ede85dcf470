// The smoke script on workerd (Cloudflare's Workers runtime, through Miniflare): the built ESM
// bundled into a Worker whose fetch handler answers with the result.
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, it } from 'vitest';
import { assertSmokePassed, smokeBundle, smokeFiles, type SmokeFiles, type SmokeResult } from './harness.js';

let files: SmokeFiles;
beforeAll(async () => {
  files = await smokeFiles();
});
afterAll(() => files?.remove());

it('runs the smoke script on workerd', async () => {
  const started = performance.now();
  const mf = new Miniflare({ modules: true, script: await smokeBundle(files, 'worker'), compatibilityDate: '2025-01-01' });
  try {
    const response = await mf.dispatchFetch('http://smoke.test/');
    const result = (await response.json()) as SmokeResult;
    console.log(`workerd: ${Math.round(performance.now() - started)} ms`);
    assertSmokePassed(result, /^workerd$/);
    console.log(`passed on ${result.runtime}: ${result.passed.join('; ')}`);
  } finally {
    await mf.dispose();
  }
}, 120_000);
