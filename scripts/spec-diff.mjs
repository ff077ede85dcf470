#!/usr/bin/env node
// npm run spec:diff -- <reference.yaml|json> [--ours <file>] [--json]
//
// Compares the operations (method + path) of a reference OpenAPI file, e.g. Meta's for a new Graph
// version, with ours (generated/openapi.json), and prints what each has that the other lacks.
// Paths are compared by shape: a leading `/{Version}` or `/v23.0` segment is dropped, and
// parameter names are compared loosely (`{Phone-Number-ID}` = `{phone-number-id}`). Operations
// that line up only once parameter names are ignored (`/{QR-Code-ID}/image` vs
// `/{code}/image`) are listed separately so a person can confirm them; bare-id paths are only
// ever matched by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { bundledSpec } from './lib/paths.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of a spec: `{ method, path, named, shape }` (named/shape are comparison keys). */
export function operationsOf(spec) {
  const operations = [];
  for (const [rawPath, item] of Object.entries(spec.paths ?? {})) {
    const trimmed = rawPath.replace(/^\/(\{version\}|v\d+(\.\d+)?)(?=\/|$)/i, '') || '/';
    for (const method of METHODS) {
      if (!item?.[method]) continue;
      operations.push({
        method: method.toUpperCase(),
        path: trimmed,
        named: `${method.toUpperCase()} ${trimmed.replace(/\{([^}]+)\}/g, (_, name) => `{${parameterKey(name)}}`)}`,
        shape: `${method.toUpperCase()} ${trimmed.replace(/\{[^}]+\}/g, '{}')}`,
      });
    }
  }
  return operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

// `{Phone-Number-ID}`, `{phone_number_id}` and `{phone-number-id}` are one name; a few long forms
// Meta uses next to the short ones are folded too.
const ALIASES = { whatsappbusinessaccountid: 'wabaid', applicationid: 'appid' };
function parameterKey(name) {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return ALIASES[key] ?? key;
}

/** What the reference has that ours lacks, the reverse, and the pairs matched by shape only. */
export function diffOperations(reference, ours) {
  const theirs = operationsOf(reference);
  const mine = operationsOf(ours);
  const mineByName = new Set(mine.map((op) => op.named));
  const theirsByName = new Set(theirs.map((op) => op.named));
  let theirsLeft = theirs.filter((op) => !mineByName.has(op.named));
  let mineLeft = mine.filter((op) => !theirsByName.has(op.named));
  // Pair leftovers by shape only where the pairing is unambiguous: one operation of that shape
  // on each side (several bare-id GETs on one side prove nothing about which is which). Bare-id
  // paths (`/{Media-ID}`, `/{Flow-ID}` …) never pair by shape: the name is all that tells them apart.
  const byShape = [];
  for (const op of [...theirsLeft]) {
    if (/^\w+ \/\{\}$/.test(op.shape)) continue;
    const theirCandidates = theirsLeft.filter((o) => o.shape === op.shape);
    const myCandidates = mineLeft.filter((o) => o.shape === op.shape);
    if (theirCandidates.length !== 1 || myCandidates.length !== 1) continue;
    const partner = myCandidates[0];
    byShape.push({ reference: op, ours: partner });
    theirsLeft = theirsLeft.filter((o) => o !== op);
    mineLeft = mineLeft.filter((o) => o !== partner);
  }
  return {
    matched: theirs.length - theirsLeft.length,
    onlyInReference: theirsLeft,
    onlyInOurs: mineLeft,
    byShape,
  };
}

export function formatDiff(diff, { referenceName, oursName }) {
  const row = (op) => `  ${op.method.padEnd(7)}${op.path}`;
  const lines = [];
  lines.push(`In ${referenceName}, missing from ${oursName} (${diff.onlyInReference.length}):`);
  lines.push(...(diff.onlyInReference.length ? diff.onlyInReference.map(row) : ['  (none)']));
  lines.push('', `In ${oursName}, missing from ${referenceName} (${diff.onlyInOurs.length}):`);
  lines.push(...(diff.onlyInOurs.length ? diff.onlyInOurs.map(row) : ['  (none)']));
  if (diff.byShape.length) {
    lines.push('', `Matched by shape only; parameter names differ, check they name the same object (${diff.byShape.length}):`);
    for (const pair of diff.byShape) lines.push(`  ${pair.reference.method.padEnd(7)}${pair.reference.path}  ~  ${pair.ours.path}`);
  }
  lines.push('', `Operations in both: ${diff.matched}`);
  return lines.join('\n');
}

export function readSpec(file) {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
}

function main(argv) {
  const args = [...argv];
  const json = args.includes('--json');
  const oursFlag = args.indexOf('--ours');
  const oursFile = oursFlag >= 0 ? args[oursFlag + 1] : bundledSpec;
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (oursFlag < 0 || i !== oursFlag + 1));
  const [referenceFile] = positional;
  if (!referenceFile || !oursFile) {
    console.error('usage: npm run spec:diff -- <reference openapi file> [--ours <file>] [--json]');
    process.exit(2);
  }
  const diff = diffOperations(readSpec(referenceFile), readSpec(oursFile));
  if (json) console.log(JSON.stringify(diff, null, 2));
  else console.log(formatDiff(diff, { referenceName: path.basename(referenceFile), oursName: path.basename(oursFile) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
