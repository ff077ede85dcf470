// Lints the multi-file spec (any problem fails the run) and bundles it into one JSON document.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redocly } from './redocly.mjs';
import { root, specRoot } from './paths.mjs';

export function lintSpec() {
  const { ok, output } = redocly(['lint', '--format=stylish', '--max-problems=200'], { cwd: root });
  // recommended-strict turns every rule into an error, so a warning cannot slip through either.
  if (!ok || /warning/i.test(output.replace(/Node\.js 20/g, ''))) {
    throw new Error(`redocly lint found problems:\n${output}`);
  }
}

export function bundleSpec() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-bundle-'));
  try {
    const out = path.join(dir, 'openapi.json');
    const { ok, output } = redocly(['bundle', specRoot, '--output', out, '--ext', 'json'], { cwd: root });
    if (!ok) throw new Error(`redocly bundle failed:\n${output}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
