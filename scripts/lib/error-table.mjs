// Reads openapi/errors.yaml and checks it, so code and docs are built from a table that holds up.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { errorTableSource } from './paths.mjs';

const ACTIONS = ['retry', 'retry_with_backoff', 'retry_later', 'refresh_token', 'fix_and_retry', 'do_not_retry'];

export function loadErrorTable() {
  const table = parse(readFileSync(errorTableSource, 'utf8'));
  const categories = Object.keys(table.categories);
  const seen = new Set();
  for (const row of [...table.codes, ...table.httpStatusFallback, table.unknownCode]) {
    if (!categories.includes(row.category)) throw new Error(`errors.yaml: unknown category ${row.category}`);
    if (!ACTIONS.includes(row.action)) throw new Error(`errors.yaml: unknown action ${row.action}`);
  }
  for (const row of table.codes) {
    if (!row.meaning) throw new Error(`errors.yaml: code ${row.code ?? row.from} has no meaning`);
    const key = row.code ?? `${row.from}-${row.to}`;
    if (seen.has(key)) throw new Error(`errors.yaml: code ${key} is listed twice`);
    seen.add(key);
  }
  return { ...table, actions: ACTIONS };
}

/** The table as Markdown, for the docs' "Error codes" section. */
export function errorTableMarkdown(table) {
  const lines = [
    'Every Graph error code this SDK knows, with its category and what a client should do.',
    'A code that is not listed falls back to the HTTP status, then to `unknown`.',
    '',
    '| Code | Category | Action | Meaning |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of table.codes) {
    const code = row.code ?? `${row.from}–${row.to}`;
    lines.push(`| ${code} | ${row.category} | \`${row.action}\` | ${row.meaning} |`);
  }
  lines.push('', '| Category | Meaning |', '| --- | --- |');
  for (const [name, meaning] of Object.entries(table.categories)) lines.push(`| ${name} | ${meaning} |`);
  return lines.join('\n');
}
