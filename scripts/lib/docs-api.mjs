// The API reference: Redocly's page of the bundled spec, built from a docs-only copy in which every
// operation that has a client method shows that call as its SDK code sample and links to the
// method in the SDK reference. openapi/ and generated/ are never touched.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tagSlug } from './docs-operations.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

// Build-docs settings of the docs site: the SDK sample first, then Redocly's request payload.
const REDOCLY_DOCS_CONFIG = `openapi:
  codeSamples:
    languages:
      - lang: TypeScript
        label: SDK
      - lang: Payload
`;

/** The sample of one method: its call shape by the signature rule, and where its path ids come from. */
export function sdkSample(method) {
  const lines = method.fills.map(([param, option]) => `// {${param}}: the client's \`${option}\` option, or \`{ ${option} }\` in the call options`);
  if (method.paged) lines.push(`const page = await ${method.call};`, `for await (const item of ${method.call}) { /* every item of every page */ }`);
  else lines.push(`const result = await ${method.call};`);
  return lines.join('\n');
}

/**
 * A copy of the spec with an SDK code sample and a link to the SDK reference on each operation
 * that has a method. `sdkPages` maps `resource.method` to its page (and anchor) under `sdkBase`.
 */
export function docsSpec(spec, methods, sdkPages, sdkBase) {
  const copy = structuredClone(spec);
  const byId = new Map();
  for (const item of Object.values(copy.paths ?? {})) {
    for (const verb of HTTP_METHODS) if (item[verb]?.operationId) byId.set(item[verb].operationId, item[verb]);
  }
  for (const method of methods) {
    const operation = byId.get(method.operationId);
    const page = sdkPages.get(`${method.resource}.${method.method}`);
    if (!operation || !page) throw new Error(`${method.call}: no ${operation ? 'SDK reference page' : `operation ${method.operationId}`}`);
    operation['x-codeSamples'] = [{ lang: 'TypeScript', label: 'SDK', source: sdkSample(method) }];
    const link = `SDK: [\`${method.call}\`](${sdkBase}${page})`;
    operation.description = operation.description ? `${link}\n\n${operation.description}` : link;
  }
  return copy;
}

/** Builds the page into `out/index.html` with Redocly, scripts inlined so it works offline. */
export async function buildApiReference({ root, spec, out }) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'wa-docs-api-'));
  try {
    const specFile = path.join(work, 'openapi.json');
    const configFile = path.join(work, 'redocly.yaml');
    writeFileSync(specFile, JSON.stringify(spec));
    writeFileSync(configFile, REDOCLY_DOCS_CONFIG);
    mkdirSync(out, { recursive: true });
    const html = path.join(out, 'index.html');
    const redocly = path.join(root, 'node_modules', '.bin', 'redocly');
    const run = await runQuietly(redocly, ['build-docs', specFile, '--config', configFile, '--output', html, '--inlineBundle'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    if (run.status !== 0) throw new Error(`redocly build-docs failed:\n${run.output}`);
    checkTagAnchors(readFileSync(html, 'utf8'), spec);
    return html;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a command (asynchronously: the SDK reference renders meanwhile), its output kept for a failure. */
function runQuietly(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The SDK reference links to `#/<tag>/<operation>`: each tag must be where the page's navigation puts it. */
function checkTagAnchors(html, spec) {
  const missing = (spec.tags ?? []).map((tag) => tag.name).filter((name) => !html.includes(`href="/${tagSlug(name)}"`));
  if (missing.length) throw new Error(`the API reference page has no navigation entry at the expected anchor for tags: ${missing.join(', ')}`);
}
