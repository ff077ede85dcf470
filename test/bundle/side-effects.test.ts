// Every entry point of the built package can be imported without keeping any code: an app that
// imports `verifySignature` ships that function, not the validators beside it in a shared chunk.
// This is what bundlers rely on to drop unused code, and minified bundles have no pure
// annotations left to help them, so it is checked on the build itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { assertSideEffectFree } from '../../scripts/lib/side-effect-free.mjs';
import { builtDist, root } from '../support/dist.js';

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { import?: { default?: string } } | string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const entries = Object.entries(pkg.exports).flatMap(([name, target]) => (typeof target === 'object' && target.import?.default ? [[name, target.import.default] as const] : []));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

it.each(entries)('importing %s keeps no code', async (_, file) => {
  const dist = await builtDist();
  await expect(assertSideEffectFree([path.join(dist, path.relative('./dist', file))], { external })).resolves.toBeUndefined();
});

it('finds module-level code when there is some', async () => {
  const dir = path.join(root, '.tmp', 'side-effect-probe');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'probe.js'), 'export const table = /* @__PURE__ */ Array.from({ length: 4 }, (_, i) => i);\n');
  await expect(assertSideEffectFree([path.join(dir, 'probe.js')])).rejects.toThrow(/runs code at module level[\s\S]*Array\.from/);
});
