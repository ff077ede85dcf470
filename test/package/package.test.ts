// The published package: publint and arethetypeswrong find nothing, and the `npm pack` tarball
// installed into a fresh TypeScript project compiles the quick start (moduleResolution nodenext
// and bundler), runs it against the package's own createGraphMock() and against Prism, and loads
// from CommonJS too.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks } from '../readme/code-blocks.js';
import { root } from '../support/dist.js';
import { exportedModules, stagePackage, type StagedPackage } from '../support/package.js';
import { typesVersionsDrift } from '../../scripts/lib/types-versions.mjs';
import { startPrism, type PrismServer } from '../support/prism.js';

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const output = (run: SpawnSyncReturns<string>) => `${run.stdout}${run.stderr}`;

let pkg: StagedPackage;
let consumer: string;

beforeAll(async () => {
  pkg = await stagePackage();
  if (pkg.pending.length) console.log(`exports not checked yet (source module missing): ${pkg.pending.join(', ')}`);
  consumer = path.join(pkg.dir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = spawnSync('npm', ['install', pkg.tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], {
    cwd: consumer,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${output(install)}`);
  // The optional peer dependencies (msw for whatsapp-cloud-sdk/testing/msw…), as an app that uses
  // those entry points has them: linked from this repository's install.
  const peers = Object.keys(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).peerDependencies ?? {});
  for (const peer of peers) {
    const target = path.join(consumer, 'node_modules', peer);
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', peer), target, 'dir');
  }
  const quickStart = readmeQuickStart();
  console.log(`quick start: ${quickStart.from}`);
  writeFileSync(path.join(consumer, 'quick-start.ts'), quickStart.code);
}, 180_000);
afterAll(() => pkg?.remove());

describe('package', () => {
  it('ships only dist/ and the package metadata', () => {
    const run = spawnSync('tar', ['-tzf', pkg.tarball], { encoding: 'utf8' });
    const files = run.stdout.trim().split('\n');
    expect(files.filter((file) => !/^package\/(dist\/(esm|cjs)\/|package\.json$|README\.md$|LICENSE$)/.test(file))).toEqual([]);
    expect(files).toContain('package/dist/esm/src/index.js');
    expect(files).toContain('package/dist/cjs/src/index.js');
  });

  it('publint finds nothing (strict)', () => {
    const run = spawnSync(bin('publint'), ['run', pkg.tarball, '--strict'], { encoding: 'utf8' });
    expect(output(run)).toMatch(/All good!/);
    expect(run.status).toBe(0);
  }, 120_000);

  // Every resolution, node10 included: TypeScript's legacy `moduleResolution: node` cannot read
  // the exports map and finds each subpath's types through `typesVersions` instead.
  it('arethetypeswrong finds no problem for any entry point under any resolution', () => {
    const run = spawnSync(bin('attw'), [pkg.tarball, '--format', 'ascii', '--no-color'], { encoding: 'utf8' });
    // One line per entry point and resolution mode; each must be green.
    const verdicts = output(run)
      .split('\n')
      .filter((line) => /^(node10|node16|bundler)\b/.test(line));
    expect(verdicts.filter((line) => !line.includes('🟢'))).toEqual([]);
    expect(run.status, output(run)).toBe(0);
    for (const subpath of pkg.subpaths) {
      const name = subpath === '.' ? '"whatsapp-cloud-sdk"' : `"whatsapp-cloud-sdk/${subpath.slice(2)}"`;
      const section = output(run).split(name)[1]?.split('***')[0] ?? '';
      for (const resolution of ['node10', 'node16 (from CJS)', 'node16 (from ESM)', 'bundler']) {
        expect(section, `${name} under ${resolution}`).toContain(`${resolution}: 🟢`);
      }
    }
  }, 120_000);

  it('typesVersions maps every exported subpath to its CommonJS declarations', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(typesVersionsDrift(manifest)).toBe('');
    const mapped = Object.keys(manifest.typesVersions['*']).map((key) => `./${key}`);
    expect(mapped.sort()).toEqual(Object.keys(exportedModules()).filter((subpath) => subpath !== '.').sort());
  });

  // The nodenext build is emitted (and run against Prism below) and checks the package's .d.ts
  // files in full; the bundler check skips library files, already checked once.
  it('the quick start compiles in a fresh project (moduleResolution nodenext)', () => {
    const run = compileQuickStart(['--module', 'nodenext', '--moduleResolution', 'nodenext', '--outDir', 'out']);
    expect(output(run)).toBe('');
    expect(run.status).toBe(0);
  }, 240_000);

  it('the quick start compiles in a fresh project (moduleResolution bundler)', () => {
    const run = compileQuickStart(['--module', 'esnext', '--moduleResolution', 'bundler', '--noEmit', '--skipLibCheck']);
    expect(output(run)).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  // The CommonJS declarations take the spec's types (and other declarations of types only) from the
  // ESM ones (one copy in the package): a CommonJS TypeScript project still sees them, with library
  // files checked in full, and the classes it imports are the ones methods return.
  it('a CommonJS TypeScript project gets the spec types from the package (.cts, node16)', () => {
    writeFileSync(
      path.join(consumer, 'types-check.cts'),
      [
        "import { createWhatsApp, PagePromise, type components, type CursorPage, type OutboundMessage, type Template } from 'whatsapp-cloud-sdk';",
        "import { createWebhookHandler, type WebhookEvent } from 'whatsapp-cloud-sdk/webhooks';",
        "const text: OutboundMessage = { messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'hi' } };",
        "// @ts-expect-error a text message's type is 'text'",
        "const wrong: components['schemas']['TextMessage']['type'] = 'image';",
        // A class (nominal: private members) met through shared declarations must be the class the
        // project imports, or a page promise would not be assignable to PagePromise.
        "const wa = createWhatsApp({ accessToken: 'token', wabaId: '1' });",
        'const page: PagePromise<CursorPage & { data?: Template[] }, Template> = wa.templates.list();',
        "const handler = createWebhookHandler({ appSecret: 'secret', handlers: { message: (event) => { const seen: WebhookEvent = event; void seen; } } });",
        'export { text, wrong, page, handler };',
      ].join('\n'),
    );
    const types = ['--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types')];
    const run = spawnSync(process.execPath, [tsc, 'types-check.cts', '--noEmit', '--target', 'es2022', '--strict', '--module', 'node16', '--moduleResolution', 'node16', ...types], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(output(run)).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('every exported subpath loads from ESM and from CommonJS', () => {
    for (const subpath of pkg.subpaths) {
      const specifier = subpath === '.' ? 'whatsapp-cloud-sdk' : `whatsapp-cloud-sdk/${subpath.slice(2)}`;
      const esm = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length)`], {
        cwd: consumer,
        encoding: 'utf8',
      });
      const cjs = spawnSync(process.execPath, ['--input-type=commonjs', '-e', `console.log(Object.keys(require(${JSON.stringify(specifier)})).length)`], {
        cwd: consumer,
        encoding: 'utf8',
      });
      expect(esm.stderr, specifier).toBe('');
      expect(cjs.stderr, specifier).toBe('');
      expect(Number(esm.stdout)).toBeGreaterThan(0);
      expect(Number(cjs.stdout)).toBe(Number(esm.stdout));
    }
  });

  // The same compiled quick start with the package's own mock Graph as fetch: no server at all.
  it('the compiled quick start runs against createGraphMock() from whatsapp-cloud-sdk/testing', () => {
    const log = path.join(consumer, 'graph-mock.log');
    copyFileSync(path.join(root, 'test', 'package', 'fixtures', 'graph-mock-preload.mjs'), path.join(consumer, 'graph-mock-preload.mjs'));
    const run = spawnSync(process.execPath, ['--import', './graph-mock-preload.mjs', 'out/quick-start.js'], {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, WHATSAPP_ACCESS_TOKEN: 'test-token', WHATSAPP_PHONE_NUMBER_ID: '106540352242922', GRAPH_LOG: log },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((line) => !line.endsWith(' ok'))).toEqual([]);
  });

  describe('against Prism', () => {
    let prism: PrismServer;
    beforeAll(async () => {
      prism = await startPrism();
    });
    afterAll(() => prism?.stop());

    // Runs what the nodenext test emitted (tests in a file run in order), unchanged: a preload
    // sends its graph.facebook.com calls to Prism, which validates each one.
    it('the compiled quick start runs, and Prism accepts every call it makes', () => {
      const log = path.join(consumer, 'graph.log');
      const run = spawnSync(process.execPath, ['--import', path.join(root, 'test', 'package', 'fixtures', 'redirect-graph.mjs'), 'out/quick-start.js'], {
        cwd: consumer,
        encoding: 'utf8',
        env: {
          ...process.env,
          WHATSAPP_ACCESS_TOKEN: 'test-token',
          WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
          GRAPH_REDIRECT: prism.baseUrl,
          GRAPH_LOG: log,
        },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((line) => !/ 2\d\d$/.test(line))).toEqual([]);
    });
  });
});

function compileQuickStart(options: string[]) {
  const types = ['--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types')];
  return spawnSync(process.execPath, [tsc, 'quick-start.ts', '--target', 'es2022', '--strict', ...types, ...options], {
    cwd: consumer,
    encoding: 'utf8',
  });
}

// README.md's block marked ```ts quickstart when there is one, else the fixture.
function readmeQuickStart(): { from: string; code: string } {
  const readme = path.join(root, 'README.md');
  const block = existsSync(readme) ? codeBlocks(readFileSync(readme, 'utf8')).find((b) => /\bquickstart\b/.test(b.info)) : undefined;
  if (block) return { from: `README.md line ${block.line}`, code: block.code };
  return { from: 'test/package/fixtures/quick-start.ts', code: readFileSync(path.join(root, 'test', 'package', 'fixtures', 'quick-start.ts'), 'utf8') };
}
