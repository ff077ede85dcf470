// The smoke script in headless Chromium (Debian's package, driven by playwright-core): the built
// ESM bundled into a page served from a secure origin (Web Crypto needs one).
import { afterAll, beforeAll, it } from 'vitest';
import { ensureChromium, launchChromium } from '../support/chromium.js';
import { assertSmokePassed, smokeBundle, smokeFiles, type SmokeFiles, type SmokeResult } from './harness.js';

const missing = await ensureChromium();
if (missing) console.warn(`skipping the Chromium smoke test: ${missing}`);

let files: SmokeFiles;
beforeAll(async () => {
  files = await smokeFiles();
});
afterAll(() => files?.remove());

it.skipIf(missing)('runs the smoke script in headless Chromium', async () => {
  const started = performance.now();
  const script = await smokeBundle(files, 'browser');
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    // Nothing leaves the machine: the page and its script are answered here.
    await page.route('http://localhost/**', (route) =>
      route.fulfill(
        route.request().url().endsWith('/smoke.js')
          ? { contentType: 'text/javascript', body: script }
          : { contentType: 'text/html', body: '<!doctype html><title>smoke</title><script src="/smoke.js"></script>' },
      ),
    );
    await page.goto('http://localhost/');
    const result = (await page.evaluate(() => (globalThis as { __smoke?: Promise<unknown> }).__smoke)) as SmokeResult;
    console.log(`chromium: ${Math.round(performance.now() - started)} ms`);
    assertSmokePassed(result, /HeadlessChrome|Chrome/);
    console.log(`passed on ${result.runtime}: ${result.passed.join('; ')}`);
  } finally {
    await browser.close();
  }
}, 120_000);
