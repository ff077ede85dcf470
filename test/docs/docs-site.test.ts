// `npm run docs` builds dist/docs/index.html; opened in headless Chromium with the network cut
// off, it shows the introduction, every tag (the error-code table included), every operation and
// every webhook of generated/openapi.json. The list comes from the bundle, so it grows with it.
// A screenshot is kept in test-results/docs.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { ensureChromium, launchChromium } from '../support/chromium.js';
import { root } from '../support/dist.js';

const missing = await ensureChromium();
if (missing) console.warn(`skipping the docs page test: ${missing}`);

interface Operation {
  summary?: string;
}
type PathItem = Record<string, Operation>;
interface Spec {
  info: { description?: string };
  tags?: { name: string }[];
  paths?: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every text the page must show, each with what it stands for. */
function expectedTexts(spec: Spec): { what: string; text: string }[] {
  const texts: { what: string; text: string }[] = [];
  for (const heading of (spec.info.description ?? '').matchAll(/^#{1,3} +(.+)$/gm)) {
    texts.push({ what: 'introduction heading', text: heading[1]!.trim() });
  }
  for (const tag of spec.tags ?? []) texts.push({ what: 'tag', text: tag.name });
  for (const [kind, items] of [['operation', spec.paths], ['webhook', spec.webhooks]] as const) {
    for (const [name, item] of Object.entries(items ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) texts.push({ what: `${kind} ${method.toUpperCase()} ${name}`, text: operation.summary ?? name });
      }
    }
  }
  return texts;
}

it.skipIf(missing)('the docs page shows the introduction, every tag, operation and webhook', async () => {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'docs'], { cwd: root, encoding: 'utf8' });
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  const built = Math.round(performance.now() - started);

  const spec = JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8')) as Spec;
  const expected = expectedTexts(spec);
  expect(expected.filter((t) => t.what === 'tag').map((t) => t.text)).toContain('Error codes');

  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    // The page must work offline: anything it tries to fetch from the network is refused.
    const blocked: string[] = [];
    await page.route(/^https?:/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(pathToFileURL(path.join(root, 'dist', 'docs', 'index.html')).href, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.body.textContent ?? '').includes('Error codes'), undefined, { timeout: 30_000 });

    const text = await page.evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' '));
    const normalize = (s: string) => s.replace(/[`*_]/g, '').replace(/\s+/g, ' ');
    const absent = expected.filter(({ text: t }) => !text.includes(normalize(t)));
    expect(absent).toEqual([]);
    expect(errors).toEqual([]);

    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-results', 'docs.png') });
    console.log(
      `docs: built in ${built} ms, checked ${expected.length} texts (${summary(expected)}) in ${Math.round(performance.now() - started - built)} ms; ` +
        `screenshot test-results/docs.png; network requests refused: ${blocked.length}`,
    );
  } finally {
    await browser.close();
  }
}, 180_000);

function summary(expected: { what: string }[]) {
  const counts = new Map<string, number>();
  for (const { what } of expected) {
    const kind = what.split(' ')[0]!;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}
