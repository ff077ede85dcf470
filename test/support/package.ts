// The package as npm would publish it: package.json, README, LICENSE and the built dist, packed
// with `npm pack`. Subpaths of the `exports` map whose source module is not written yet (e.g.
// `./webhooks` before src/webhooks/index.ts exists) are left out and listed as `pending`; they are
// checked automatically as soon as the module exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { typesVersionsFor } from '../../scripts/lib/types-versions.mjs';
import { builtDist, root } from './dist.js';

export interface StagedPackage {
  /** A directory laid out like the published package. */
  dir: string;
  /** The `npm pack` tarball of `dir`. */
  tarball: string;
  /** Subpaths checked (`.`, `./webhooks`, …). */
  subpaths: string[];
  /** Subpaths whose source module does not exist yet. */
  pending: string[];
  /** Subpath → module file under src/ (e.g. `./flows` → `src/flows/index.ts`). */
  sources: Record<string, string>;
  remove(): void;
}

type Conditions = { import: { default: string } };

/** The exports map of package.json, each subpath with the src/ module it is built from. */
export function exportedModules(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const modules: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports as Record<string, Conditions | string>)) {
    if (typeof target === 'string') continue; // ./package.json
    const built = target.import.default; // ./dist/esm/src/<module>.js
    modules[subpath] = built.replace(/^\.\/dist\/esm\//, '').replace(/\.js$/, '.ts');
  }
  return modules;
}

export async function stagePackage(): Promise<StagedPackage> {
  const dist = await builtDist();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-package-'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const sources = exportedModules();
  const pending = Object.keys(sources).filter((subpath) => !existsSync(path.join(root, sources[subpath]!)));
  for (const subpath of pending) delete pkg.exports[subpath];
  if (pending.length) pkg.typesVersions = typesVersionsFor(pkg);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const extra of ['README.md', 'LICENSE']) {
    if (existsSync(path.join(root, extra))) cpSync(path.join(root, extra), path.join(dir, extra));
  }
  cpSync(path.join(dist, 'esm'), path.join(dir, 'dist', 'esm'), { recursive: true });
  cpSync(path.join(dist, 'cjs'), path.join(dir, 'dist', 'cjs'), { recursive: true });
  const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: dir, encoding: 'utf8' });
  const [info] = JSON.parse(packed) as { filename: string }[];
  return {
    dir,
    tarball: path.join(dir, info!.filename),
    subpaths: Object.keys(sources).filter((subpath) => !pending.includes(subpath)),
    pending,
    sources,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
