#!/usr/bin/env node
// dist/esm: the ESM entry points bundled by esbuild (shared code in chunks), beside tsc's
// declarations; dist/cjs: tsc's modules transformed to CommonJS, one file each, with the same
// declarations. Why bundle the ESM side: an ESM import pays per file (resolve, read, compile,
// link), and with one file per module a cold start spent more time loading the SDK than
// running it. Chunks keep each class in one place, so `instanceof` holds across entry points.
// CommonJS cannot share chunks between bundles, so it stays one file per module.
// `--out <dir>` builds somewhere else than dist/ (tests build into .tmp/ so parallel suites never
// see a half-written dist/).
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './lib/paths.mjs';
import { INTEROP_MODULE, interopCollector } from './lib/shared-cjs-interop.mjs';
import { typesVersionsDrift } from './lib/types-versions.mjs';

// node10 projects find a subpath's types only through `typesVersions`: a package.json whose
// field lags behind its exports map would ship an entry point without types there.
const drift = typesVersionsDrift(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
if (drift) {
  console.error(drift);
  process.exit(1);
}

const outFlag = process.argv.indexOf('--out');
const dist = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');
const esm = path.join(dist, 'esm');
const cjs = path.join(dist, 'cjs');
rmSync(esm, { recursive: true, force: true });
rmSync(cjs, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', esm], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

copyGeneratedModules();

/**
 * Declaration files shared by both module formats: the spec's types, and the operation table,
 * whose declarations other declaration files only ever read types from (no entry point
 * re-exports its values).
 */
const SHARED_DECLARATIONS = /generated[\\/](schema|operations)\.d\.ts$/;

/** A module of types only: tsc leaves nothing of it but `export {};`. */
const typesOnly = (declarationFile) => {
  const js = declarationFile.replace(/\.d\.ts$/, '.js');
  return existsSync(js) && readFileSync(js, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s/g, '') === 'export{};';
};

/** The declaration files a declaration file reads types from (relative imports only). */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
const declarationImports = (file) => [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)].map(([, specifier]) => path.join(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')));

/**
 * The declarations both formats share: the spec's and the operation table's, and those of modules
 * of types only whose types never lead to a class or an enum. Those are nominal (a class with
 * private members is only assignable to itself), so a CommonJS project that met the ESM
 * declaration of one through a shared file would see two different `PagePromise`s: the CommonJS
 * one it imports and the ESM one a method returns.
 */
function sharedDeclarations() {
  const declarations = [...walk(esm)].filter((file) => file.endsWith('.d.ts'));
  const declaresNoNominalType = (file) => !/\b(class|enum)\s+\w/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''));
  // Start from every file without a class or enum of its own, then drop, until nothing changes,
  // each file that reads types from a file outside the set.
  const free = new Set(declarations.filter(declaresNoNominalType));
  for (let changed = true; changed; ) {
    changed = false;
    for (const file of free) {
      if (declarationImports(file).every((imported) => free.has(imported))) continue;
      free.delete(file);
      changed = true;
    }
  }
  return new Set(declarations.filter((file) => SHARED_DECLARATIONS.test(file) || (typesOnly(file) && free.has(file))));
}

const shared = sharedDeclarations();

const interop = interopCollector();
for (const file of walk(esm)) {
  const target = path.join(cjs, path.relative(esm, file));
  mkdirSync(path.dirname(target), { recursive: true });
  if (file.endsWith('.js')) {
    // Whitespace and comments go, as in the ESM bundles: names stay, so stack traces still read,
    // and the comments live on in the declarations, where editors show them. The generated
    // validators shrink by 40% and load faster with require().
    // `import()` of a dependency becomes a `require` inside a promise: CommonJS callers that cannot
    // run dynamic imports (Jest without --experimental-vm-modules) still load it when it is needed.
    const { code } = await transform(readFileSync(file, 'utf8'), { format: 'cjs', target: 'es2022', loader: 'js', minifyWhitespace: true, legalComments: 'none', supported: { 'dynamic-import': false } });
    const specifier = path.relative(path.dirname(target), path.join(cjs, INTEROP_MODULE)).replace(/\\/g, '/');
    writeFileSync(target, interop.share(code, specifier.startsWith('.') ? specifier : `./${specifier}`));
  } else if (shared.has(file)) {
    // Read for types only: the CommonJS side re-exports the ESM declarations instead of
    // shipping a second copy of the largest files in the package. `resolution-mode` lets a
    // CommonJS declaration take types from an ES module (TypeScript 5.3 and later).
    const esmFile = path.relative(path.dirname(target), file).replace(/\\/g, '/').replace(/\.d\.ts$/, '.js');
    writeFileSync(target, `export type * from '${esmFile}' with { 'resolution-mode': 'import' };\n`);
  } else if (file.endsWith('.d.ts')) {
    copyFileSync(file, target);
  }
}
writeFileSync(path.join(cjs, INTEROP_MODULE), interop.module());
await bundleEsmEntries();
removeUnreachableDeclarations();

// These files set the module format; they also hide the root sideEffects flag from bundlers, so repeat it.
writeFileSync(path.join(cjs, "package.json"), `{ "type": "commonjs", "sideEffects": false }\n`);
writeFileSync(path.join(esm, "package.json"), `{ "type": "module", "sideEffects": false }\n`);
// stderr: `npm pack --json` runs this as prepack, and its stdout must stay JSON.
console.error(`built ${path.relative(root, esm)} and ${path.relative(root, cjs)}`);

/**
 * Copies the generated .js modules (and their .d.ts) that the compiled code imports, and what
 * those import in turn. Only those: generated/validators.js holds every validator of the spec
 * for the test suite (about 3 MB) and has no place in the package.
 */
function copyGeneratedModules() {
  const generated = path.join(root, 'generated');
  const referenced = (text) => [...text.matchAll(/["'](?:\.\.\/)*(?:generated\/|\.\/)([\w-]+)\.js["']/g)].map((match) => match[1]);
  const pending = [...walk(esm)].filter((file) => file.endsWith('.js') || file.endsWith('.d.ts')).flatMap((file) => referenced(readFileSync(file, 'utf8')));
  const copied = new Set();
  while (pending.length) {
    const name = pending.pop();
    if (copied.has(name)) continue;
    copied.add(name);
    for (const file of [`${name}.js`, `${name}.d.ts`]) {
      const source = path.join(generated, file);
      if (!existsSync(source) || existsSync(path.join(esm, 'generated', file))) continue;
      copyFileSync(source, path.join(esm, 'generated', file));
      pending.push(...referenced(readFileSync(source, 'utf8')));
    }
  }
}

/** Replaces tsc's ESM modules by one bundle per entry point of package.json's exports map. */
async function bundleEsmEntries() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const entries = Object.values(pkg.exports)
    .map((target) => target?.import?.default)
    .filter((file) => typeof file === 'string')
    .map((file) => path.join(esm, path.relative('./dist/esm', file)));
  const bundled = path.join(dist, '.esm-bundle');
  rmSync(bundled, { recursive: true, force: true });
  await build({
    entryPoints: entries,
    // Paths in the bundle's module comments are relative to this, the same wherever dist/ is.
    absWorkingDir: esm,
    outbase: esm,
    outdir: bundled,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // Peer dependencies (msw for the testing kit's handlers) are the app's own copy, never bundled.
    external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    // Whitespace only: names stay, so stack traces still read; the validators' chunk alone is
    // ~40% smaller on disk.
    minifyWhitespace: true,
    logLevel: 'warning',
  });
  for (const file of walk(esm)) if (file.endsWith('.js')) rmSync(file);
  for (const file of walk(bundled)) {
    const target = path.join(esm, path.relative(bundled, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  rmSync(bundled, { recursive: true, force: true });
}

/**
 * Deletes the declaration files no entry point's types lead to (those of internal modules the
 * public types never mention): nothing can import them, since the exports map opens no deep path.
 */
function removeUnreachableDeclarations() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const pending = Object.values(pkg.exports)
    .flatMap((target) => [target?.import?.types, target?.require?.types])
    .filter((file) => typeof file === 'string')
    .map((file) => path.join(dist, path.relative('./dist', file)));
  const reachable = new Set();
  while (pending.length) {
    const file = pending.pop();
    if (reachable.has(file) || !existsSync(file)) continue;
    reachable.add(file);
    pending.push(...declarationImports(file));
  }
  for (const file of [...walk(esm), ...walk(cjs)]) if (file.endsWith('.d.ts') && !reachable.has(file)) rmSync(file);
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}
