// Checks that importing an entry point of the package runs nothing a bundler must keep: an app
// that imports one function must not ship the rest. Each ESM entry is bundled for its side
// effects alone (`import "…"`); whatever survives minification is code that runs at import
// time. Pure annotations do not help here: the published bundles are minified, and minifiers
// drop them, so module-level values must be literals and functions, never calls.
import { build } from 'esbuild';

/** Throws, naming the entry and the code kept, when importing an entry keeps any code. */
export async function assertSideEffectFree(entries, { external = [] } = {}) {
  for (const entry of entries) {
    const result = await build({
      stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      external,
      // Neither pure annotations nor the package's `sideEffects: false` may hide module-level
      // code: annotations are gone once minified, and the flag drops whole modules only, never
      // the unused part of a chunk that an app imports something else from.
      ignoreAnnotations: true,
      logLevel: 'silent',
    });
    // Imports of the package's own dependencies stay as bare imports; anything else is kept code.
    const kept = result.outputFiles[0].text.replace(/import(?:[\w$\s{},*]+from)?\s*"[^"]*";/g, '').trim();
    if (kept) throw new Error(`importing ${entry} runs code at module level, which every app that imports it must ship:\n${kept.slice(0, 400)}`);
  }
}
