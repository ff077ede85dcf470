// The built package for tests: `scripts/build.mjs --out .tmp/dist-<hash of the sources>`, built
// once however many suites ask for it at the same time (a directory lock), reused while the
// sources are unchanged. Tests never read or write the developer's own dist/.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = path.join(root, '.tmp');

/** Absolute path of a built dist directory (with `esm/` and `cjs/`) for the current sources. */
export async function builtDist(): Promise<string> {
  const key = sourceHash();
  const dir = path.join(tmp, `dist-${key}`);
  const done = path.join(dir, '.done');
  if (existsSync(done)) return dir;
  mkdirSync(tmp, { recursive: true });
  const lock = `${dir}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    // Another suite is building the same sources: wait for it.
    for (let waited = 0; waited < 120_000; waited += 200) {
      if (existsSync(done)) return dir;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${lock} (remove it if no test run is active)`);
  }
  try {
    removeStaleBuilds(dir);
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--out', dir], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}${run.stderr}`);
    writeFileSync(done, '');
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = ['src', 'generated', 'scripts/build.mjs', 'tsconfig.build.json', 'tsconfig.json'];
  for (const input of inputs) {
    for (const file of walk(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function* walk(target: string): Generator<string> {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    yield target;
    return;
  }
  for (const name of readdirSync(target).sort()) yield* walk(path.join(target, name));
}

// Builds of older sources, unless they are less than ten minutes old (another run may use them).
function removeStaleBuilds(keep: string) {
  for (const name of readdirSync(tmp)) {
    const full = path.join(tmp, name);
    if (!/^dist-[0-9a-f]+$/.test(name) || full === keep) continue;
    if (Date.now() - statSync(full).mtimeMs > 10 * 60_000) rmSync(full, { recursive: true, force: true });
  }
}
