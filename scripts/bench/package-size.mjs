// Package size: what `npm pack` would ship (the files of package.json's `files`, dist/ built), and
// how much of it each part takes. Budget: 2.5 MB unpacked.
import { spawnSync } from 'node:child_process';

const BUDGET = 2.5 * 1024 * 1024;

export async function run({ root }) {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`package-size: npm pack failed: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout);
  const largest = [...info.files].sort((a, b) => b.size - a.size).slice(0, 3);
  return [
    { group: 'package size', name: `unpacked, budget 2.5 MB (${info.entryCount} files)`, value: `${(info.unpackedSize / 1024 / 1024).toFixed(2)} MB`, bytes: info.unpackedSize, ratio: info.unpackedSize / BUDGET, target: 1 },
    { group: 'package size', name: 'packed (gzip tarball)', value: `${(info.size / 1024).toFixed(0)} KB`, bytes: info.size },
    ...largest.map((file) => ({ group: 'package size', name: `largest: ${file.path}`, value: `${(file.size / 1024).toFixed(0)} KB`, bytes: file.size })),
  ];
}
