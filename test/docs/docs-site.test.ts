// The docs site, built the way `npm run docs` builds it but into a temporary directory (never the
// developer's dist/docs), opened in headless Chromium with the network cut off. What the page
// RENDERS is checked, never the spec it embeds: the introduction's headings and every tag as
// headings; every operation and webhook reachable from the navigation, each rendering its own
// heading when opened; and every row of the error-code table (code, category, action and the full
// meaning). The lists come from generated/openapi.json, so they grow with it. The page renders
// sections lazily, so each one is opened the way a reader opens it: through its navigation link.
// A screenshot is kept in test-results/docs.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ErrorTableRow } from '../../scripts/lib/error-table.mjs';
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
  'x-graph-error-codes'?: ErrorTableRow[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Sections the page must render as headings: the introduction's and one per tag. */
function expectedSections(spec: Spec): { what: string; title: string }[] {
  const intro = [...(spec.info.description ?? '').matchAll(/^#{1,3} +(.+)$/gm)].map((heading) => ({ what: 'introduction', title: plain(heading[1]!) }));
  return [...intro, ...(spec.tags ?? []).map((tag) => ({ what: 'tag', title: tag.name }))];
}

/** Every operation and webhook, by the title the page gives it. */
function expectedOperations(spec: Spec): { what: string; title: string }[] {
  const operations: { what: string; title: string }[] = [];
  for (const [kind, items] of [['operation', spec.paths], ['webhook', spec.webhooks]] as const) {
    for (const [name, item] of Object.entries(items ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) operations.push({ what: `${kind} ${method.toUpperCase()} ${name}`, title: plain(operation.summary ?? name) });
      }
    }
  }
  return operations;
}

/** Markdown emphasis and code marks are not part of the rendered text. */
const plain = (markdown: string) => markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/** The `npm run docs` command line with its output moved to `output`. */
function docsCommand(output: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { docs: string } };
  const args = pkg.scripts.docs.split(/\s+/);
  const at = args.indexOf('--output');
  if (args[0] !== 'redocly' || at < 0) throw new Error(`unexpected docs script: ${pkg.scripts.docs}`);
  args.splice(at + 1, 1, output);
  return args.slice(1);
}

/** The cells of a table row as the page should show it. */
function errorRow(entry: ErrorTableRow): string[] {
  const code = entry.code !== undefined ? String(entry.code) : `${entry.from}–${entry.to}`;
  return [code, entry.category, entry.action, entry.meaning];
}

interface Link {
  href: string;
  /** The link text, a method badge included (e.g. "Send a message POST"). */
  text: string;
}

const links = (page: Page): Promise<Link[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href]'), (a) => ({
      href: a.getAttribute('href') ?? '',
      text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    })).filter((link) => link.text !== ''),
  );

/** Resolves to whether a heading with this title renders (webhook headings end in a "Webhook" badge). */
const headingRenders = (page: Page, title: string) =>
  page
    .waitForFunction((t) => Array.from(document.querySelectorAll('h1, h2'), (h) => (h.textContent ?? '').trim()).some((h) => h === t || h === `${t}Webhook`), title, {
      timeout: 15_000,
    })
    .then(
      () => true,
      () => false,
    );

it.skipIf(missing)('the docs page renders the introduction, every tag, operation, webhook and error code', async () => {
  const started = performance.now();
  const out = mkdtempSync(path.join(os.tmpdir(), 'wa-docs-'));
  const html = path.join(out, 'index.html');
  const redocly = path.join(root, 'node_modules', '.bin', 'redocly');
  const build = spawnSync(redocly, docsCommand(html), {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  const built = Math.round(performance.now() - started);

  const spec = JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8')) as Spec;
  const sections = expectedSections(spec);
  const operations = expectedOperations(spec);
  expect(sections.map((section) => section.title)).toContain('Error codes');
  const errorCodes = spec['x-graph-error-codes'] ?? [];
  // Codes the docs must never lose, with meanings that once came out cut short at a comma.
  for (const code of [131056, 130429, 138002]) {
    const entry = errorCodes.find((e) => e.code === code);
    expect(entry, `error code ${code}`).toBeDefined();
    expect(entry!.meaning).toMatch(/\.$/);
  }
  expect(errorCodes.find((e) => e.code === 138002)!.meaning).toMatch(/1,000 concurrent calls/);

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
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await page.waitForSelector('h1', { timeout: 60_000 });

    // Each section through its navigation link, as a reader opens it. A tag's link also unfolds
    // the tag's operations in the navigation (folding the others): collect their links meanwhile.
    const missingSections: string[] = [];
    const operationLinks: Link[] = [];
    for (const { what, title } of sections) {
      const isIntro = what === 'introduction';
      const link = (await links(page)).find((l) => l.text === title && l.href.startsWith('/') && l.href.startsWith('/section/') === isIntro);
      if (link) await page.locator(`a[href="${link.href}"]`).first().click();
      if (!link || !(await headingRenders(page, title))) missingSections.push(`${what} "${title}"${link ? ` (${link.href})` : ': no navigation link'}`);
      operationLinks.push(...(await links(page)).filter((l) => l.href.startsWith('#/')));
    }
    expect(missingSections).toEqual([]);

    // Every operation and webhook through its navigation link.
    const missingOperations: string[] = [];
    for (const { what, title } of operations) {
      const link = operationLinks.find((l) => l.text === title || l.text.startsWith(`${title} `));
      if (link) await page.evaluate((hash) => (location.hash = hash), link.href);
      if (!link || !(await headingRenders(page, title))) missingOperations.push(`${what} "${title}"${link ? ` (${link.href})` : ': no navigation link'}`);
    }
    expect(missingOperations).toEqual([]);

    // Every row of the error-code table, cell by cell.
    await page.locator('a[href="/error-codes"]').first().click();
    await page.waitForFunction((count) => document.querySelectorAll('tr').length >= count, errorCodes.length, { timeout: 30_000 });
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tr'), (row) => Array.from((row as HTMLTableRowElement).cells, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
    const shownRows = new Set(rows.map((cells) => JSON.stringify(cells)));
    expect(errorCodes.map(errorRow).filter((row) => !shownRows.has(JSON.stringify(row)))).toEqual([]);
    expect(errors).toEqual([]);

    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-results', 'docs.png') });
    console.log(
      `docs: built in ${built} ms; ${sections.length} sections, ${operations.length} operations and webhooks opened, ` +
        `${errorCodes.length} error-code rows checked in ${Math.round(performance.now() - started - built)} ms; ` +
        `screenshot test-results/docs.png; network requests refused: ${blocked.length}`,
    );
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 300_000);
