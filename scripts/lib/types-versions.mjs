// package.json's `typesVersions`, derived from its `exports` map. TypeScript's legacy
// `moduleResolution: node` (node10) cannot read `exports`: without this field an import of
// `whatsapp-cloud-sdk/webhooks` finds no types there. Each subpath maps to its CommonJS
// declarations, the format node10 projects load. The field is written from the exports map (never
// by hand), and the build refuses a package.json where the two disagree, so a new entry point
// cannot ship without it.
//
//   node scripts/lib/types-versions.mjs          rewrites the field in package.json
//   node scripts/lib/types-versions.mjs --check  exits 1 when it is stale
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './paths.mjs';

/** The `typesVersions` field that the `exports` map of `pkg` calls for. */
export function typesVersionsFor(pkg) {
  const map = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath === '.' || typeof target === 'string') continue; // the root has `types`; ./package.json has no types
    const types = target?.require?.types;
    if (typeof types !== 'string') throw new Error(`package.json exports["${subpath}"] has no require.types to map for node10`);
    map[subpath.replace(/^\.\//, '')] = [types];
  }
  return { '*': map };
}

/** The difference between package.json's `typesVersions` and what its exports call for, or ''. */
export function typesVersionsDrift(pkg) {
  const expected = JSON.stringify(typesVersionsFor(pkg));
  const actual = JSON.stringify(pkg.typesVersions ?? null);
  if (expected === actual) return '';
  return `package.json "typesVersions" does not match its "exports" (run \`node scripts/lib/types-versions.mjs\`):\n  expected ${expected}\n  found    ${actual}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'package.json');
  const text = readFileSync(file, 'utf8');
  const pkg = JSON.parse(text);
  const drift = typesVersionsDrift(pkg);
  if (process.argv.includes('--check')) {
    if (drift) {
      console.error(drift);
      process.exit(1);
    }
  } else if (drift) {
    // Only this field changes; its place is right after `exports`.
    const next = {};
    for (const [key, value] of Object.entries(pkg)) {
      if (key === 'typesVersions') continue;
      next[key] = value;
      if (key === 'exports') next.typesVersions = typesVersionsFor(pkg);
    }
    writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
    console.log('package.json: typesVersions written from exports');
  }
}
