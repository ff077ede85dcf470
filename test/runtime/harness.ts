// Runs test/runtime/smoke.mjs against the built ESM in each runtime. An entry module imports the
// SDK's entry points from the build (the root, webhooks and flows) and hands them to the smoke
// script; Node, Deno and Bun run it from files, workerd and Chromium get an esbuild bundle of the
// same entry.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtDist, root } from '../support/dist.js';
import { exportedModules } from '../support/package.js';

export interface SmokeResult {
  runtime: string;
  /** The entry points the smoke script received (`sdk`, `webhooks`, `flows`). */
  modules: string[];
  passed: string[];
  failed: { name: string; error: string }[];
}

export interface SmokeFiles {
  dir: string;
  /** A module that runs the smoke script and prints its result as JSON. */
  cli: string;
  remove(): void;
}

// Entry points the smoke script receives, by subpath of the exports map.
const SMOKE_MODULES = { sdk: '.', webhooks: './webhooks', flows: './flows' } as const;

export async function smokeFiles(): Promise<SmokeFiles> {
  const dist = await builtDist();
  // Inside the repository so Deno and Bun resolve `openapi-fetch` from its node_modules.
  const dir = mkdtempSync(path.join(root, '.tmp', 'runtime-'));
  const modules = exportedModules();
  const imports: string[] = [];
  const names: string[] = [];
  for (const [name, subpath] of Object.entries(SMOKE_MODULES)) {
    const built = path.join(dist, 'esm', modules[subpath]!.replace(/\.ts$/, '.js'));
    if (!existsSync(built)) throw new Error(`the build has no ${subpath} entry point (${built})`);
    imports.push(`import * as ${name} from ${JSON.stringify(relative(dir, built))};`);
    names.push(name);
  }
  const smoke = relative(dir, path.join(root, 'test', 'runtime', 'smoke.mjs'));
  writeFileSync(
    path.join(dir, 'entry.mjs'),
    `${imports.join('\n')}\nimport { runSmoke } from ${JSON.stringify(smoke)};\nexport const run = () => runSmoke({ ${names.join(', ')} });\n`,
  );
  writeFileSync(path.join(dir, 'cli.mjs'), `import { run } from './entry.mjs';\nconsole.log(JSON.stringify(await run()));\n`);
  return { dir, cli: path.join(dir, 'cli.mjs'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The entry bundled for a Worker (an ES module with a fetch handler) or a page (a script). */
export async function smokeBundle(files: SmokeFiles, target: 'worker' | 'browser'): Promise<string> {
  const contents =
    target === 'worker'
      ? `import { run } from './entry.mjs';\nexport default { async fetch() { return Response.json(await run()); } };\n`
      : `import { run } from './entry.mjs';\nglobalThis.__smoke = run();\n`;
  const result = await build({
    stdin: { contents, resolveDir: files.dir, sourcefile: `${target}.mjs` },
    bundle: true,
    write: false,
    format: target === 'worker' ? 'esm' : 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: target === 'worker' ? ['workerd', 'worker', 'browser'] : ['browser'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function parseResult(stdout: string): SmokeResult {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as SmokeResult;
}

// A relative specifier: file URLs are not understood by every resolver (esbuild's, for one).
function relative(from: string, to: string) {
  return `./${path.relative(from, to).split(path.sep).join('/')}`.replace(/^\.\/\.\.\//, '../');
}

/** Every check passed, and the checks that must always run did. */
export function assertSmokePassed(result: SmokeResult, runtime: RegExp) {
  if (result.failed.length) throw new Error(`${result.runtime}: ${result.failed.map((f) => `${f.name}: ${f.error}`).join('\n')}`);
  if (!runtime.test(result.runtime)) throw new Error(`ran on ${result.runtime}, expected ${runtime}`);
  const required = [...ALWAYS, ...Object.entries(PER_MODULE).flatMap(([module, names]) => (result.modules.includes(module) ? names : []))];
  for (const name of required) if (!result.passed.includes(name)) throw new Error(`${result.runtime}: check "${name}" did not run`);
}

const ALWAYS = ['facade sends the exact text JSON with appsecret_proof', 'facade turns a Graph error body into GraphApiError'];

/** The checks each entry point must pass once it is in the build (named as in smoke.mjs). */
const PER_MODULE: Record<string, string[]> = {
  webhooks: ['webhook: verifyAndParseWebhook on the raw signed bytes', 'webhook: createWebhookHandler on web Requests'],
  flows: ['flows: crypto helpers round trip', 'flows: createFlowEndpointHandler on web Requests'],
};

/** Runs a binary from node_modules/.bin (installed by npm from package.json). */
export const localBin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/**
 * A runtime from the npm registry, installed on first use into .tmp/runtimes/. Deno is not a
 * devDependency: its npm package lists an optional binary per platform, and a lock file that
 * holds only the ones this registry carries makes `npm ci` refuse to install.
 */
export function runtimeFromNpm(name: string, version: string): string {
  const prefix = path.join(root, '.tmp', 'runtimes', `${name}-${version}`);
  const bin = path.join(prefix, 'node_modules', '.bin', name);
  if (existsSync(bin)) return bin;
  mkdirSync(prefix, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `${name}@${version}`], {
    encoding: 'utf8',
  });
  if (install.status !== 0 || !existsSync(bin)) throw new Error(`could not install ${name}@${version} from npm:\n${install.stderr}`);
  return bin;
}
