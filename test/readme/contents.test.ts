// README.md's table of contents lists every section, and every `#anchor` link in the README (the
// contents and the prose alike) lands on one of its headings, as GitHub names them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/dist.js';
import { headings, sectionBody } from './markdown.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const all = headings(readme);
const anchors = new Set(all.map((heading) => heading.anchor));
const contents = sectionBody(readme, 'Contents');
const linksIn = (markdown: string) => [...markdown.matchAll(/\]\(#([^)\s]+)\)/g)].map((match) => match[1]!);

describe('README contents', () => {
  it('has a table of contents', () => {
    expect(contents, 'a "## Contents" section').toBeDefined();
    expect(linksIn(contents ?? '').length).toBeGreaterThan(10);
  });

  it('lists every section', () => {
    const listed = new Set(linksIn(contents ?? ''));
    const sections = all.filter((heading) => heading.level === 2 && heading.text !== 'Contents');
    const missing = sections.filter((heading) => !listed.has(heading.anchor)).map((heading) => `- [${heading.text}](#${heading.anchor})`);
    expect(missing, 'sections missing from ## Contents (add these lines there)').toEqual([]);
  });

  it('lists the sections in the order they come', () => {
    const order = new Map(all.map((heading, index) => [heading.anchor, index]));
    const listed = linksIn(contents ?? '').map((anchor) => order.get(anchor) ?? -1);
    expect(listed, 'the ## Contents lines in the order of the headings').toEqual([...listed].sort((a, b) => a - b));
  });

  it('links only to headings that exist', () => {
    expect(linksIn(readme).filter((anchor) => !anchors.has(anchor)), 'links to no heading').toEqual([]);
  });

  it('names headings as GitHub does', () => {
    const sample = '## Quick start\n### Cloudflare Workers, Deno, Bun — any `Request → Response` runtime\n```sh\n# not a heading\n```\n### Next.js route handler (`app/api/whatsapp/route.ts`)\n### Settings\n## Settings\n';
    expect(headings(sample).map((heading) => heading.anchor)).toEqual([
      'quick-start',
      'cloudflare-workers-deno-bun--any-request--response-runtime',
      'nextjs-route-handler-appapiwhatsapproutets',
      'settings',
      'settings-1',
    ]);
  });
});
