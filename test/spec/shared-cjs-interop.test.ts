// The CommonJS build moves esbuild's interop helpers into one module: each file must keep working
// with the helpers it calls, and a helper that differs between files must stop the build.
import { transform } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interopCollector, splitInterop } from '../../scripts/lib/shared-cjs-interop.mjs';

const cjs = async (source: string) => (await transform(source, { format: 'cjs', target: 'es2022', loader: 'js', minifyWhitespace: true })).code;

describe('shared CommonJS interop helpers', () => {
  it('moves the helpers out, requires only those the file calls, and the files still run', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-interop-'));
    const collector = interopCollector();
    const a = collector.share(await cjs("export const twice = (n) => n * 2; export default 'a';"), './interop.js');
    const b = collector.share(await cjs("import * as path from 'node:path'; export { twice } from './a.js'; export const sep = path.sep;"), './interop.js');
    expect(a).toMatch(/^const\{[\w$,]+\}=require\("\.\/interop\.js"\);/);
    expect(a).not.toContain('var __defProp=');
    expect(a).not.toContain('__toESM'); // not called by this file, so not required
    writeFileSync(path.join(dir, 'a.js'), a);
    writeFileSync(path.join(dir, 'b.js'), b);
    writeFileSync(path.join(dir, 'interop.js'), collector.module());
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }');
    const load = createRequire(path.join(dir, 'index.js'));
    expect(load('./a.js')).toMatchObject({ twice: expect.any(Function), default: 'a' });
    expect(load('./b.js').twice(21)).toBe(42);
    expect(load('./b.js').sep).toBe(path.sep);
  });

  it('keeps a file without helpers as it is', () => {
    const code = '"use strict";module.exports=1;';
    expect(splitInterop(code).helpers.size).toBe(0);
    expect(interopCollector().share(code, './interop.js')).toBe(code);
  });

  it('takes a helper renamed only in its parameters as the same one, and refuses a different one', () => {
    const collector = interopCollector();
    collector.share('var __copy=(to,from)=>Object.assign(to,from);module.exports=__copy;', './interop.js');
    expect(() => collector.share('var __copy=(to2,from)=>Object.assign(to2,from);module.exports=__copy;', './interop.js')).not.toThrow();
    expect(() => collector.share('var __copy=(to,from)=>Object.assign(from,to);module.exports=__copy;', './interop.js')).toThrow(/__copy differs/);
  });
});
