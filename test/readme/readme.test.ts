// Every ```ts block of README.md type-checks against the package (```ts nocheck opts out). The
// checker itself is exercised on a fixture with a good block, a bad one and an opted-out one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/dist.js';
import { codeBlocks, typeCheckBlocks } from './code-blocks.js';

const readme = path.join(root, 'README.md');

describe('README code blocks', () => {
  it('the checker finds the ts blocks, skips nocheck, and reports errors at Markdown lines', () => {
    const markdown = readFileSync(path.join(root, 'test', 'readme', 'fixtures', 'sample.md'), 'utf8');
    const blocks = codeBlocks(markdown);
    expect(blocks.map((block) => block.line)).toEqual([6, 15, 36]);
    const errors = typeCheckBlocks(blocks, 'sample.md');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^sample\.md:39:\d+ error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/);
  }, 180_000);

  it.skipIf(!existsSync(readme))('every ts block in README.md type-checks against the package', () => {
    const blocks = codeBlocks(readFileSync(readme, 'utf8'));
    console.log(`README.md: ${blocks.length} ts blocks checked`);
    expect(typeCheckBlocks(blocks, 'README.md')).toEqual([]);
  }, 180_000);
});
