// The SDK reference documents what the package exports: one TypeDoc entry point per subpath of
// package.json `exports`, found from the built types path it names (dist/esm/src/x.d.ts is the
// build of src/x.ts). A new subpath therefore joins the reference without touching the docs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every exported subpath with its source file: `{ name: 'whatsapp-cloud-sdk/webhooks', source: '/…/src/webhooks/index.ts' }`. */
export function entryPoints(root) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const types = typesPath(target);
    if (!types) continue; // ./package.json and other non-code exports
    const match = /^\.\/dist\/[^/]+\/(.+)\.d\.ts$/.exec(types);
    if (!match) throw new Error(`package.json exports["${subpath}"]: types at ${types} are not a dist/<format>/<file>.d.ts build`);
    const source = path.join(root, `${match[1]}.ts`);
    if (!existsSync(source)) throw new Error(`package.json exports["${subpath}"]: its source ${path.relative(root, source)} is missing`);
    entries.push({ name: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, source });
  }
  if (entries.length === 0) throw new Error('package.json exports names no entry point with types');
  return entries;
}

/** The `types` file of an exports target, whichever condition holds it first. */
function typesPath(target) {
  if (typeof target === 'string') return target.endsWith('.d.ts') ? target : undefined;
  if (!target || typeof target !== 'object') return undefined;
  if (typeof target.types === 'string') return target.types;
  for (const value of Object.values(target)) {
    const found = typesPath(value);
    if (found) return found;
  }
  return undefined;
}
