// Type-checks the ```ts code blocks of a Markdown file against the package as a user imports it:
// `whatsapp-cloud-sdk` and each subpath of the exports map resolve to their src/ module through
// tsconfig `paths`. Each block is its own module (top-level await allowed); a block whose info
// string is `ts nocheck` is left out. Errors point at lines of the Markdown file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from '../support/dist.js';
import { exportedModules } from '../support/package.js';

export interface CodeBlock {
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number;
  /** What follows the language on the fence line (`quickstart`, …). */
  info: string;
  code: string;
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The ```ts / ```typescript blocks to check, without those marked `nocheck`. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
    if (!/\bnocheck\b/.test(open[4]!)) blocks.push({ line: start + 1, info: open[4]!.trim(), code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** tsc's complaints about the blocks, as `<label>:<line>:<col> TSxxxx message` lines. */
export function typeCheckBlocks(blocks: CodeBlock[], label: string): string[] {
  if (blocks.length === 0) return [];
  // Inside the repository, so @types/node, openapi-fetch and framework types resolve.
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.tmp', 'readme-'));
  try {
    const files = blocks.map((block, index) => {
      const file = path.join(dir, `block-${index + 1}.ts`);
      // `export {}` makes every block a module of its own (names never clash between blocks).
      writeFileSync(file, `${block.code}\nexport {};\n`);
      return file;
    });
    const paths: Record<string, string[]> = {};
    for (const [subpath, source] of Object.entries(exportedModules())) {
      paths[subpath === '.' ? 'whatsapp-cloud-sdk' : `whatsapp-cloud-sdk/${subpath.slice(2)}`] = [path.join(root, source)];
    }
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          paths,
        },
        files,
      }),
    );
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`.trim();
    if (run.status === 0 && out === '') return [];
    return out.split('\n').map((line) => {
      const match = /block-(\d+)\.ts\((\d+),(\d+)\): (.*)$/.exec(line);
      if (!match) return line;
      const block = blocks[Number(match[1]) - 1]!;
      return `${label}:${block.line + Number(match[2]) - 1}:${match[3]} ${match[4]}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
