// Runs the Redocly CLI that the project pins, quietly and without telemetry.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

export function redocly(args, { cwd } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  // The CLI prints a Node 20 deprecation banner on every run; keep only its findings.
  const output = `${result.stdout}${result.stderr}`.replace(/^[ \t]*[╔╚║].*\n?/gm, '').trim();
  return { ok: result.status === 0, output };
}
