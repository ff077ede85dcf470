// Bundles the SDK's sources (the client, the pacer, the Redis parts and broadcasts) into one ES
// module for the worker processes of the broadcast benchmark and tests, so they run the current
// sources without a full build. bullmq and ioredis stay external: the project's own copies.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from '../../lib/paths.mjs';

const ENTRY = `export { createWhatsApp } from './src/index.ts';
export * from './src/pacing/index.ts';
export * from './src/redis/index.ts';
export * from './src/redis/broadcast/index.ts';
`;

/** The path of the bundle for the current sources, built when missing. */
export async function bundleBroadcastSdk() {
  const hash = sourcesHash();
  const dir = path.join(root, '.tmp', 'broadcast-sdk');
  const file = path.join(dir, `sdk-${hash}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial.mjs`;
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: partial,
    external: ['bullmq', 'ioredis'],
    logLevel: 'warning',
  });
  // Renamed into place whole, so a process running beside this one never reads half a file.
  renameSync(partial, file);
  return file;
}

function sourcesHash() {
  const hash = createHash('sha256');
  for (const dir of ['src', 'generated']) {
    for (const file of walk(path.join(root, dir))) {
      if (!/\.(ts|js)$/.test(file)) continue;
      hash.update(file);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}
