// Reads openapi/errors.yaml and checks it, so code and docs are built from a table that holds up.
// The check is strict on purpose: a key it does not know is a mistake (a comma in an unquoted
// one-line value splits it into a cut-off value and a stray key), and a row without category,
// action or meaning would reach users as a silent hole. Every problem is listed, then the
// generator stops.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { errorTableSource } from './paths.mjs';

const ACTIONS = ['retry', 'retry_with_backoff', 'retry_later', 'refresh_token', 'fix_and_retry', 'do_not_retry'];
const TOP_LEVEL = ['categories', 'codes', 'httpStatusFallback', 'unknownCode'];
const CODE_KEYS = ['code', 'from', 'to', 'category', 'action', 'httpStatus', 'retryAfterSeconds', 'backoffFactor', 'meaning'];
const FALLBACK_KEYS = ['status', 'from', 'to', 'category', 'action'];
const UNKNOWN_KEYS = ['category', 'action'];

export function loadErrorTable(file = errorTableSource) {
  return readErrorTable(readFileSync(file, 'utf8'), file);
}

/** Parses the YAML text of the table and checks it; throws one error listing every problem. */
export function readErrorTable(text, source = 'errors.yaml') {
  const document = parseDocument(text, { uniqueKeys: true });
  const syntax = [...document.errors, ...document.warnings].map((issue) => issue.message);
  if (syntax.length) throw tableError(source, syntax);
  const table = document.toJS();
  const problems = checkErrorTable(table);
  if (problems.length) throw tableError(source, problems);
  return { ...table, actions: ACTIONS };
}

/** Every problem in a parsed table, as one line each; empty when the table holds up. */
export function checkErrorTable(table) {
  const problems = [];
  if (!isObject(table)) return ['the file is not a mapping'];
  unexpectedKeys(table, TOP_LEVEL, 'the top level', problems);
  for (const key of TOP_LEVEL) if (table[key] === undefined) problems.push(`the top level has no "${key}"`);

  const categories = isObject(table.categories) ? Object.keys(table.categories) : [];
  if (table.categories !== undefined && !isObject(table.categories)) problems.push('"categories" is not a mapping');
  for (const name of categories) {
    if (!isText(table.categories[name])) problems.push(`category ${name} has no one-line meaning`);
  }

  const codes = listOf(table.codes, 'codes', problems);
  codes.forEach((row, index) => checkCodeRow(row, `codes[${index}]`, categories, problems));
  checkOverlaps(codes, problems);

  const fallback = listOf(table.httpStatusFallback, 'httpStatusFallback', problems);
  fallback.forEach((row, index) => {
    const where = `httpStatusFallback[${index}]`;
    if (!isObject(row)) return problems.push(`${where} is not a mapping`);
    unexpectedKeys(row, FALLBACK_KEYS, where, problems);
    checkCodeOrRange(row, 'status', where, problems, { min: 100, max: 599 });
    checkClassification(row, where, categories, problems);
  });

  if (table.unknownCode !== undefined) {
    if (!isObject(table.unknownCode)) problems.push('"unknownCode" is not a mapping');
    else {
      unexpectedKeys(table.unknownCode, UNKNOWN_KEYS, 'unknownCode', problems);
      checkClassification(table.unknownCode, 'unknownCode', categories, problems);
    }
  }
  return problems;
}

function checkCodeRow(row, where, categories, problems) {
  if (!isObject(row)) return problems.push(`${where} is not a mapping`);
  const name = row.code !== undefined ? `code ${row.code}` : `codes ${row.from}–${row.to}`;
  unexpectedKeys(row, CODE_KEYS, `${where} (${name})`, problems);
  checkCodeOrRange(row, 'code', `${where} (${name})`, problems, { min: 0, max: Number.MAX_SAFE_INTEGER });
  checkClassification(row, `${where} (${name})`, categories, problems);
  // A full sentence: a value cut short by an unquoted comma no longer ends with a period.
  if (!isText(row.meaning)) problems.push(`${where} (${name}) has no meaning`);
  else if (!/[.!?]$/.test(row.meaning.trim())) problems.push(`${where} (${name}) meaning is not a whole sentence: "${row.meaning}"`);
  if (row.retryAfterSeconds !== undefined && !(typeof row.retryAfterSeconds === 'number' && row.retryAfterSeconds > 0)) {
    problems.push(`${where} (${name}) retryAfterSeconds must be a positive number`);
  }
  if (row.backoffFactor !== undefined) {
    if (!(typeof row.backoffFactor === 'number' && row.backoffFactor > 1)) problems.push(`${where} (${name}) backoffFactor must be a number above 1`);
    if (row.action !== 'retry_with_backoff') problems.push(`${where} (${name}) backoffFactor only applies to retry_with_backoff`);
  }
  if (row.httpStatus !== undefined && !(Number.isInteger(row.httpStatus) && row.httpStatus >= 100 && row.httpStatus <= 599)) {
    problems.push(`${where} (${name}) httpStatus must be an HTTP status`);
  }
}

function checkClassification(row, where, categories, problems) {
  if (row.category === undefined) problems.push(`${where} has no category`);
  else if (!categories.includes(row.category)) problems.push(`${where} has an unknown category "${row.category}"`);
  if (row.action === undefined) problems.push(`${where} has no action`);
  else if (!ACTIONS.includes(row.action)) problems.push(`${where} has an unknown action "${row.action}"`);
}

/** Either `single` (a code or a status) or a `from`–`to` range, never both. */
function checkCodeOrRange(row, single, where, problems, bounds) {
  const inBounds = (value) => Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
  if (row[single] !== undefined) {
    if (row.from !== undefined || row.to !== undefined) problems.push(`${where} has both ${single} and from/to`);
    if (!inBounds(row[single])) problems.push(`${where} ${single} must be an integer`);
    return;
  }
  if (row.from === undefined || row.to === undefined) return problems.push(`${where} needs ${single}, or from and to`);
  if (!inBounds(row.from) || !inBounds(row.to) || row.from > row.to) problems.push(`${where} from/to is not a range`);
}

/** A code listed twice, or inside a range, would make the lookup depend on order. */
function checkOverlaps(codes, problems) {
  const spans = codes
    .filter(isObject)
    .map((row) => (row.code !== undefined ? [row.code, row.code] : [row.from, row.to]))
    .filter(([from, to]) => Number.isInteger(from) && Number.isInteger(to))
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    const [from, to] = spans[i];
    const [lastFrom, lastTo] = spans[i - 1];
    if (from <= lastTo) problems.push(`code ${from === to ? from : `${from}–${to}`} is listed twice (overlaps ${lastFrom === lastTo ? lastFrom : `${lastFrom}–${lastTo}`})`);
  }
}

function unexpectedKeys(row, allowed, where, problems) {
  for (const key of Object.keys(row)) {
    if (!allowed.includes(key)) problems.push(`${where} has an unexpected key "${key}" (a comma in an unquoted value?)`);
  }
}

function listOf(value, name, problems) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${name}" is not a list`);
    return [];
  }
  return value;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

function tableError(source, problems) {
  return new Error(`${source}: the error table does not hold up:\n  - ${problems.join('\n  - ')}`);
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
