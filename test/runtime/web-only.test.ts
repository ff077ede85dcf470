// src/ runs on Deno, Bun, workerd and browsers: no module may import a Node built-in or use
// Node-only globals, except the Node adapter (src/webhooks/node.ts), whose job that is. The smoke
// tests catch this for what they load; this scan covers every file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { root } from '../support/dist.js';

const NODE_ADAPTERS = new Set(['src/webhooks/node.ts']);
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

it('no module in src/ needs a Node-only API (the Node adapter aside)', () => {
  const offences: string[] = [];
  for (const file of sources(path.join(root, 'src'))) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (NODE_ADAPTERS.has(relative)) continue;
    // Comments may mention Node freely.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (builtins.has(match[1]!)) offences.push(`${relative}: imports ${match[1]}`);
    }
    for (const match of code.matchAll(/\b(Buffer|process|__dirname|__filename|require)\s*[.(]/g)) {
      offences.push(`${relative}: uses ${match[1]}`);
    }
  }
  expect(offences).toEqual([]);
});
