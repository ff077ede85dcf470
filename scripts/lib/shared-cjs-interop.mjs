// esbuild's CommonJS transform starts every file with its own copy of the interop helpers
// (__defProp, __export, __toCommonJS…): about 600 bytes in each of some 150 modules, a sixth of
// dist/cjs. The build moves them into one module that every file requires instead, the way
// TypeScript's `importHelpers` shares tslib. Only the text esbuild wrote is moved, never rewritten.
import ts from 'typescript';

/** The module every CommonJS file takes its helpers from, relative to dist/cjs. */
export const INTEROP_MODULE = 'interop.js';

/**
 * Splits one esbuild CommonJS module into its leading helper declarations (`var __name=…;`, by
 * name) and the rest of its code.
 */
export function splitInterop(code) {
  const source = ts.createSourceFile('module.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const helpers = new Map();
  let end = 0;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) break;
    const [declaration, ...more] = statement.declarationList.declarations;
    if (more.length || !ts.isIdentifier(declaration.name) || !declaration.name.text.startsWith('__')) break;
    helpers.set(declaration.name.text, code.slice(statement.getStart(source), statement.end));
    end = statement.end;
  }
  return { helpers, rest: code.slice(end) };
}

// esbuild renames a helper's parameters where they would shadow a name of the module (`to` → `to2`):
// the same helper, spelled apart only by such digits.
const unrenamed = (text) => text.replace(/\b([A-Za-z_$][\w$]*?)\d+\b/g, '$1');

/** Collects helpers across files, and refuses two different helpers under one name. */
export function interopCollector() {
  const all = new Map();
  return {
    /** The module's code with its helpers required from `specifier` instead of declared. */
    share(code, specifier) {
      const { helpers, rest } = splitInterop(code);
      if (!helpers.size) return code;
      for (const [name, text] of helpers) {
        if (all.has(name) && unrenamed(all.get(name)) !== unrenamed(text)) throw new Error(`esbuild helper ${name} differs between modules; cannot share it:\n${all.get(name)}\n${text}`);
        if (!all.has(name)) all.set(name, text);
      }
      // Only the helpers this module calls itself; they reach the others inside the shared module.
      const used = [...helpers.keys()].filter((name) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(rest));
      return `const{${used.join(',')}}=require(${JSON.stringify(specifier)});${rest}`;
    },
    /** The shared module: every helper once, then their export. */
    module() {
      return `${[...all.values()].join('')}module.exports={${[...all.keys()].join(',')}};\n`;
    },
  };
}
