// The docs site, built by `npm run docs` (scripts/docs.mjs) into a temporary directory (never the
// developer's dist/docs), opened in headless Chromium with the network cut off. What the pages
// RENDER is checked, never the data they embed:
// - the API reference: the introduction's headings and every tag as headings; every operation and
//   webhook reachable from the navigation, each rendering its own heading when opened, each
//   operation of a client method with its link to the SDK reference; every row of the error-code
//   table (code, category, action and the full meaning);
// - the SDK reference: it loads, and its search finds `sendText`;
// - the cross-links, followed in the browser from the landing page: a method's entry links to its
//   operation, which renders with the method's call as its SDK sample and links back to the method.
// The lists come from generated/openapi.json and the operation table, so they grow with them. The
// API page renders sections lazily, so each one is opened the way a reader opens it: through its
// navigation link. A screenshot of each half is kept in test-results/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ErrorTableRow } from '../../scripts/lib/error-table.mjs';
import { ensureChromium, launchChromium } from '../support/chromium.js';
import { root } from '../support/dist.js';

const missing = await ensureChromium();
if (missing) console.warn(`skipping the docs site test: ${missing}`);

interface Operation {
  summary?: string;
  operationId?: string;
  tags?: string[];
}
type PathItem = Record<string, Operation>;
interface Spec {
  info: { description?: string };
  tags?: { name: string; 'x-sdk-resource'?: string }[];
  paths?: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  'x-graph-error-codes'?: ErrorTableRow[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const spec = JSON.parse(readFileSync(path.join(root, 'generated', 'openapi.json'), 'utf8')) as Spec;

/** Sections the page must render as headings: the introduction's and one per tag. */
function expectedSections(): { what: string; title: string }[] {
  const intro = [...(spec.info.description ?? '').matchAll(/^#{1,3} +(.+)$/gm)].map((heading) => ({ what: 'introduction', title: plain(heading[1]!) }));
  return [...intro, ...(spec.tags ?? []).map((tag) => ({ what: 'tag', title: tag.name }))];
}

/** Every operation and webhook, by the title the page gives it; `client` marks an operation with a client method. */
function expectedOperations(): { what: string; title: string; client: boolean }[] {
  const resources = new Set((spec.tags ?? []).filter((tag) => tag['x-sdk-resource']).map((tag) => tag.name));
  const operations: { what: string; title: string; client: boolean }[] = [];
  for (const [kind, items] of [['operation', spec.paths], ['webhook', spec.webhooks]] as const) {
    for (const [name, item] of Object.entries(items ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (operation) {
          const client = kind === 'operation' && resources.has(operation.tags?.[0] ?? '');
          operations.push({ what: `${kind} ${method.toUpperCase()} ${name}`, title: plain(operation.summary ?? name), client });
        }
      }
    }
  }
  return operations;
}

/** Markdown emphasis and code marks are not part of the rendered text. */
const plain = (markdown: string) => markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

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

/** A page that works offline: anything it tries to fetch from the network is refused and noted. */
async function offlinePage(context: BrowserContext, blocked: string[], errors: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.route(/^https?:/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1400, height: 1000 });
  // No smooth scrolling to each target: it costs a third of the time of opening every operation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

interface Target {
  what: string;
  title: string;
  /** An operation of a client method: it must link to the SDK reference. */
  client: boolean;
  hash: string | undefined;
}

/**
 * Opens each target by its hash inside the page and waits (15 s at most) for its heading. Answers
 * the failures and the SDK reference links each client operation showed.
 */
const openOperations = (page: Page, targets: Target[]) =>
  page.evaluate(async (list) => {
    const rendered = (title: string) => Array.from(document.querySelectorAll('h1, h2'), (h) => (h.textContent ?? '').trim()).some((h) => h === title || h === `${title}Webhook`);
    const failed: string[] = [];
    const sdkLinks: string[] = [];
    for (const { what, title, client, hash } of list) {
      if (!hash) {
        failed.push(`${what} "${title}": no navigation link`);
        continue;
      }
      location.hash = hash;
      const deadline = performance.now() + 15_000;
      while (!rendered(title) && performance.now() < deadline) await new Promise((resolve) => requestAnimationFrame(resolve));
      if (!rendered(title)) failed.push(`${what} "${title}" (${hash})`);
      else if (client) {
        // The link sits in the operation's description; the operation's block has the hash as its id.
        const link = document.getElementById(hash.slice(2))?.querySelector<HTMLAnchorElement>('a[href^="../sdk/"]');
        if (link && (link.textContent ?? '').startsWith('wa.')) sdkLinks.push(link.getAttribute('href')!);
        else failed.push(`${what} "${title}": no link to its method in the SDK reference`);
      }
    }
    return { failed, sdkLinks };
  }, targets);

// The three checks run side by side, each as soon as what it needs is built.
const check = missing ? it.skip : it.concurrent;

interface SiteBuild {
  /** Settles when the API reference is written (the SDK reference may still be building). */
  apiReady: Promise<void>;
  /** Settles when the build ends, with its exit status and output. */
  done: Promise<{ status: number | null; output: string }>;
}

/** Starts `node scripts/docs.mjs --out <out>` (what `npm run docs` runs, output moved). */
function buildSite(out: string): SiteBuild {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { docs: string } };
  const args = pkg.scripts.docs.split(/\s+/);
  if (args[0] !== 'node' || args[1] !== 'scripts/docs.mjs') throw new Error(`unexpected docs script: ${pkg.scripts.docs}`);
  const child = spawn(process.execPath, [...args.slice(1), '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let markReady: () => void;
  const apiReady = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (/^docs: api\/ ready/m.test(output)) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
  return {
    // A build that ends without the API reference fails the tests that wait for it, with its output.
    apiReady: Promise.race([apiReady, done.then(({ output: log }) => (/^docs: api\/ ready/m.test(log) ? undefined : Promise.reject(new Error(`the docs build wrote no API reference:\n${log}`))))]),
    done,
  };
}

const out = mkdtempSync(path.join(os.tmpdir(), 'wa-docs-'));
let browser: Awaited<ReturnType<typeof launchChromium>>;
let site: SiteBuild;

/** Waits for the whole build and checks it succeeded with every page written. */
async function builtSite(): Promise<string> {
  const { status, output } = await site.done;
  expect(status, output).toBe(0);
  for (const page of ['index.html', 'api/index.html', 'sdk/index.html']) expect(existsSync(path.join(out, page)), page).toBe(true);
  return output.split('\n').filter((line) => line.startsWith('docs:')).join('\n');
}

beforeAll(async () => {
  // The build runs while the browser starts and while the API reference is checked.
  site = buildSite(out);
  site.done.catch(() => {});
  site.apiReady.catch(() => {});
  if (!missing) browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await site?.done.catch(() => {});
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

check('the API reference renders the introduction, every tag, operation, webhook and error code, each operation of a method with its SDK link', async () => {
  await site.apiReady;
  const started = performance.now();
  const sections = expectedSections();
  const operations = expectedOperations();
  expect(sections.map((section) => section.title)).toContain('Error codes');
  const errorCodes = spec['x-graph-error-codes'] ?? [];
  // Codes the docs must never lose, with meanings that once came out cut short at a comma.
  for (const code of [131056, 130429, 138002]) {
    const entry = errorCodes.find((e) => e.code === code);
    expect(entry, `error code ${code}`).toBeDefined();
    expect(entry!.meaning).toMatch(/\.$/);
  }
  expect(errorCodes.find((e) => e.code === 138002)!.meaning).toMatch(/1,000 concurrent calls/);

  const blocked: string[] = [];
  const errors: string[] = [];
  const page = await offlinePage(browser.context, blocked, errors);
  await page.goto(pathToFileURL(path.join(out, 'api', 'index.html')).href, { waitUntil: 'load' });
  await page.waitForSelector('h1', { timeout: 60_000 });

  // Each section through its navigation link, as a reader opens it, inside the page (a round trip
  // per section costs more than its render). A tag's link also unfolds the tag's operations in the
  // navigation (folding the others): collect their links meanwhile.
  const { failed: missingSections, operationLinks } = await page.evaluate(async (list) => {
    const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    const rendered = (title: string) => Array.from(document.querySelectorAll('h1, h2'), (h) => (h.textContent ?? '').trim()).some((h) => h === title || h === `${title}Webhook`);
    const failed: string[] = [];
    const found: { href: string; text: string }[] = [];
    for (const { what, title } of list) {
      const isIntro = what === 'introduction';
      const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')).find((a) => text(a) === title && a.getAttribute('href')!.startsWith('/section/') === isIntro);
      // Where a reader's click lands: the entry inside the link, which also unfolds a tag.
      (link?.firstElementChild as HTMLElement | null | undefined)?.click() ?? link?.click();
      const deadline = performance.now() + 15_000;
      while (link && !rendered(title) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      if (!link || !rendered(title)) failed.push(`${what} "${title}"${link ? ` (${link.getAttribute('href')})` : ': no navigation link'}`);
      // The unfolded entries render on the next frames.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (const a of document.querySelectorAll('a[href^="#/"]')) if (text(a)) found.push({ href: a.getAttribute('href')!, text: text(a) });
    }
    return { failed, operationLinks: found };
  }, sections);
  expect(missingSections).toEqual([]);
  const sectionsDone = performance.now();

  // Every operation and webhook through its navigation link, opened inside the page one after the
  // other, each waiting for its own heading (a round trip per operation costs more than its
  // render). Each operation of a client method shows its link to the method in the SDK reference.
  const targets = operations.map(({ what, title, client }) => ({ what, title, client, hash: operationLinks.find((l) => l.text === title || l.text.startsWith(`${title} `))?.href }));
  const opened = await openOperations(page, targets);
  expect(opened.failed).toEqual([]);
  const sdkLinks = new Set(opened.sdkLinks);
  expect(sdkLinks.size).toBe(operations.filter((o) => o.client).length);
  const operationsDone = performance.now();

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
  await page.close();
  console.log(
    `${await builtSite()}\napi reference: ${sections.length} sections, ${operations.length} operations and webhooks opened, ${sdkLinks.size} SDK links, ` +
      `${errorCodes.length} error-code rows checked in ${Math.round(performance.now() - started)} ms ` +
      `(sections ${Math.round(sectionsDone - started)} ms, operations ${Math.round(operationsDone - sectionsDone)} ms); network requests refused: ${blocked.length}`,
  );
}, 120_000);

check('the SDK reference loads and its search finds sendText', async () => {
  await builtSite();
  const blocked: string[] = [];
  const errors: string[] = [];
  const page = await offlinePage(browser.context, blocked, errors);
  await page.goto(pathToFileURL(path.join(out, 'sdk', 'index.html')).href, { waitUntil: 'load' });
  await page.waitForSelector('h1', { timeout: 30_000 });
  // Every package entry point is a module of the reference.
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const entries = Object.keys(pkg.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
  const texts = (await links(page)).map((l) => l.text);
  expect(entries.filter((entry) => !texts.includes(entry))).toEqual([]);

  await page.locator('#tsd-search-trigger').click();
  await page.locator('#tsd-search-input').fill('sendText');
  const result = page.locator('#tsd-search-results li a', { hasText: 'sendText' }).first();
  await result.waitFor({ timeout: 30_000 });
  await result.click();
  await page.waitForURL(/#sendtext$/i, { timeout: 30_000 });
  expect(await page.locator('h3#sendtext').textContent()).toMatch(/^sendText/);
  await page.screenshot({ path: path.join(root, 'test-results', 'docs-sdk.png') });
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

check('a method links to its operation, whose SDK sample is the method call and links back to the method', async () => {
  await builtSite();
  const blocked: string[] = [];
  const errors: string[] = [];
  const page = await offlinePage(browser.context, blocked, errors);
  await page.goto(pathToFileURL(path.join(out, 'index.html')).href, { waitUntil: 'load' });

  // Landing page → SDK reference → the main module → the templates resource → its `list`.
  await page.getByRole('link', { name: 'SDK reference' }).click();
  await page.locator('#tsd-search-trigger').waitFor({ timeout: 30_000 });
  await page.locator('.col-content a', { hasText: /^whatsapp-cloud-sdk$/ }).first().click();
  await page.locator('.col-content a', { hasText: /^TemplatesResource$/ }).first().click();
  await page.waitForURL(/TemplatesResource\.html$/, { timeout: 30_000 });
  expect(await page.locator('h1').textContent()).toMatch(/TemplatesResource/);
  const member = page.locator('section.tsd-member', { has: page.locator('h3#list') });
  const toOperation = member.locator('a[href*="api/index.html#/"]');
  expect(await toOperation.textContent()).toMatch(/^List templates/);
  await toOperation.click();

  // The operation's page: its heading, the SDK sample of the method, and the link back.
  expect(await headingRenders(page, 'List templates')).toBe(true);
  await page.locator('pre', { hasText: 'wa.templates.list(query?, options?)' }).first().waitFor({ timeout: 15_000 });
  const back = page.locator('p', { hasText: /^SDK: / }).locator('a', { hasText: /^wa\.templates\.list\(query\?, options\?\)$/ }).first();
  await back.click();
  await page.waitForURL(/sdk\/.*TemplatesResource\.html#list$/, { timeout: 30_000 });
  await page.locator('h3#list').waitFor({ timeout: 15_000 });
  expect(await page.locator('h3#list').textContent()).toMatch(/^list/);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
