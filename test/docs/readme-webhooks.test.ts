// The README's webhook snippets compile against the package as users import it
// ('whatsapp-cloud-sdk', 'whatsapp-cloud-sdk/webhooks'), mapped onto src/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const markdown = readFileSync(path.join(root, 'docs-src', 'README-webhooks.md'), 'utf8');
const snippets = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README webhook snippets', () => {
  it('has the Express, Hono, Workers and Next.js examples', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    for (const name of ["from 'express'", "from 'hono'", 'waitUntil', 'export const POST']) expect(markdown).toContain(name);
  });

  it('type-check', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-webhooks-'));
    try {
      const files = snippets.map((code, i) => {
        const file = path.join(dir, `snippet-${i}.mts`);
        writeFileSync(file, code);
        return file;
      });
      const base = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
      const config = {
        compilerOptions: {
          ...base,
          noEmit: true,
          typeRoots: [path.join(root, 'node_modules', '@types')],
          paths: {
            'whatsapp-cloud-sdk': [path.join(root, 'src', 'index.ts')],
            'whatsapp-cloud-sdk/webhooks': [path.join(root, 'src', 'webhooks', 'index.ts')],
          },
        },
        files: [...files, path.join(root, 'test', 'docs', 'stubs.d.ts')],
      };
      writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
      const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
