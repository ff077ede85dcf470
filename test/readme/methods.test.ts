// The README names only methods that exist, and its method table is the operation table's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { withMethodTable } from '../../scripts/lib/readme-methods.mjs';
import { createWhatsApp } from '../../src/index.js';
import { root } from '../support/dist.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const wa = createWhatsApp({ accessToken: 'token-of-the-readme-test' }) as unknown as Record<string, Record<string, unknown>>;

describe('README methods', () => {
  const named = [...new Set([...readme.matchAll(/\bwa\.([a-zA-Z]+)\.([a-zA-Z]+)\b/g)].map((match) => `${match[1]}.${match[2]}`))];

  it('names methods', () => {
    expect(named.length).toBeGreaterThan(98);
  });

  it.each(named.filter((name) => !name.startsWith('raw.')))('wa.%s exists', (name) => {
    const [resource, method] = name.split('.') as [string, string];
    expect(typeof wa[resource]?.[method], `wa.${name}`).toBe('function');
  });

  it('carries the method table of the current operation table', () => {
    expect(withMethodTable(readme, spec)).toBe(readme);
  });
});
