// npm run spec:diff: the operations a reference spec has and ours lacks, and the reverse. Checked
// on two small specs with known answers, then run against Meta's file when ../shared is present
// (the table is printed for whoever reads the test output).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/dist.js';

interface Operation {
  method: string;
  path: string;
}
interface Diff {
  matched: number;
  onlyInReference: Operation[];
  onlyInOurs: Operation[];
  byShape: { reference: Operation; ours: Operation }[];
}

const script = path.join(root, 'scripts', 'spec-diff.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
const brief = (ops: Operation[]) => ops.map((op) => `${op.method} ${op.path}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wa-spec-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Meta's spec lives next to the repository (../shared/reference/meta-openapi) in a full checkout.
function findReference(): string | undefined {
  for (let dir = root; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'shared', 'reference', 'meta-openapi', 'business-messaging-api_v23.0.yaml');
    if (existsSync(file)) return file;
  }
  return undefined;
}

describe('spec:diff', () => {
  it('lists what each side lacks, comparing paths by shape', () => {
    const reference = path.join(tmp, 'reference.yaml');
    const ours = path.join(tmp, 'ours.json');
    writeFileSync(
      reference,
      [
        'openapi: 3.1.0',
        'paths:',
        '  /{Version}/{Phone-Number-ID}/messages: { post: {}, parameters: [] }',
        '  /{Version}/{WhatsApp-Business-Account-ID}/message_templates: { get: {}, post: {} }',
        '  /{Version}/{Business-ID}/owned_whatsapp_business_accounts: { get: {} }',
        '  /{Version}/{QR-Code-ID}/image: { get: {} }',
        '  /{Version}/{Media-ID}: { get: {}, delete: {} }',
        '  /{Version}/{Flow-ID}: { get: {} }',
      ].join('\n'),
    );
    writeFileSync(
      ours,
      JSON.stringify({
        openapi: '3.1.0',
        paths: {
          '/{phone-number-id}/messages': { post: {} },
          '/{waba-id}/message_templates': { get: {} },
          '/{code}/image': { get: {} },
          '/{media-id}': { get: {} },
          '/{template-id}': { get: {} },
          '/{app-id}/uploads': { post: {} },
        },
      }),
    );
    const result = run(reference, '--ours', ours, '--json');
    expect(result.stderr).toBe('');
    const diff = JSON.parse(result.stdout) as Diff;
    expect(brief(diff.onlyInReference)).toEqual([
      'GET /{Business-ID}/owned_whatsapp_business_accounts',
      'GET /{Flow-ID}',
      'DELETE /{Media-ID}',
      'POST /{WhatsApp-Business-Account-ID}/message_templates',
    ]);
    expect(brief(diff.onlyInOurs)).toEqual(['POST /{app-id}/uploads', 'GET /{template-id}']);
    expect(diff.byShape.map((pair) => `${pair.reference.path} ~ ${pair.ours.path}`)).toEqual(['/{QR-Code-ID}/image ~ /{code}/image']);
    expect(diff.matched).toBe(4);
  });

  it('prints the table as text and explains its usage', () => {
    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run spec:diff -- <reference openapi file>/);
  });

  const reference = findReference();
  it.skipIf(!reference)("against Meta's reference spec", () => {
    const text = run(reference!);
    expect(text.status).toBe(0);
    console.log(`npm run spec:diff -- ${path.relative(root, reference!)}\n\n${text.stdout}`);
    // Sending messages is in both; anything we describe and Meta's file lacks is worth a look.
    const oursOnly = text.stdout.slice(text.stdout.indexOf('In openapi.json, missing from'));
    expect(oursOnly).not.toMatch(/POST +\/\{phone-number-id\}\/messages\n/);
    expect(text.stdout).toMatch(/Operations in both: [1-9]/);
  }, 120_000);
});
