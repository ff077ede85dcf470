import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the pipeline', () => {
  it('lints the spec with zero problems and generated/ is what the generator would write', () => {
    // --check lints (any error or warning fails), bundles and emits everything in memory, then
    // compares it byte for byte with the committed files.
    const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toContain('generated/ is up to date');
    expect(run.status).toBe(0);
  });
});
