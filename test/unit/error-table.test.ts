// The error table against an independent source, and the generator's check of openapi/errors.yaml.
// The codes, classes and retry advice come from the error table in graph-facts.md (Meta's
// documented codes, written down by hand), not from the YAML the generated table is built from:
// comparing the generated table with its own source would only prove the generator copies.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkErrorTable, loadErrorTable, readErrorTable } from '../../scripts/lib/error-table.mjs';
import { classifyGraphError, errorCategories, type ErrorCodeInfo, type RetryAction } from '../../src/index.js';

const factsPath = process.env.GRAPH_FACTS ?? fileURLToPath(new URL('../../../shared/reference/graph-facts.md', import.meta.url));
const facts = existsSync(factsPath) ? readFileSync(factsPath, 'utf8') : undefined;

interface FactRow {
  codes: number[];
  meaning: string;
  class: string;
  retry: string;
}

/** The rows of the `| code | meaning | class | retry |` table under "## Errors". */
function factRows(markdown: string): FactRow[] {
  const section = markdown.slice(markdown.indexOf('## Errors'));
  const rows: FactRow[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 4 || !/^\d/.test(cells[0]!)) continue;
    const [code, meaning, klass, retry] = cells as [string, string, string, string];
    const codes = code.split(',').flatMap((part) => {
      const range = part.trim().match(/^(\d+)\s*[–-]\s*(\d+)$/);
      // A range is checked at both ends and in the middle.
      if (range) return [Number(range[1]), Math.floor((Number(range[1]) + Number(range[2])) / 2), Number(range[2])];
      return [Number(part.trim())];
    });
    rows.push({ codes, meaning, class: klass, retry });
  }
  return rows;
}

/**
 * graph-facts names classes as our categories do, with one exception: "media/parameter" (131051,
 * an unsupported message type) may be either. Any other class must be a category of ours.
 */
function acceptedCategories(klass: string): string[] {
  if (klass === 'media/parameter') return ['media', 'parameter'];
  return [klass];
}

const RETRYABLE: RetryAction[] = ['retry', 'retry_with_backoff', 'retry_later'];
const NOT_RETRYABLE: RetryAction[] = ['do_not_retry', 'fix_and_retry', 'refresh_token'];

/** graph-facts' retry advice, in words, as the actions that honour it. */
function acceptedActions(retry: string): RetryAction[] {
  if (retry === 'no: refresh token') return ['refresh_token'];
  if (retry === 'no') return NOT_RETRYABLE;
  if (retry === 'deregister again') return ['fix_and_retry'];
  if (retry === 'maybe') return [...RETRYABLE, ...NOT_RETRYABLE];
  if (/^yes, backoff/.test(retry)) return ['retry_with_backoff'];
  if (retry === 'yes, shortly') return ['retry', 'retry_with_backoff'];
  if (/^yes, after/.test(retry)) return ['retry_later'];
  if (retry === 'yes') return ['retry', 'retry_with_backoff'];
  if (['later', 'not soon'].includes(retry) || /^(not before|after) /.test(retry)) return ['retry_later'];
  throw new Error(`graph-facts.md retry advice "${retry}" has no mapping in this test; add one`);
}

describe.runIf(facts)(`the error table agrees with ${factsPath}`, () => {
  const rows = factRows(facts ?? '');

  it('has the documented rows to compare with', () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows.flatMap((row) => row.codes.map((code) => [code, row] as const)))('code %i: %j', (code, row) => {
    const info = classifyGraphError(code, 400);
    expect(errorCategories, `class "${row.class}"`).toEqual(expect.arrayContaining(acceptedCategories(row.class)));
    expect(acceptedCategories(row.class), `code ${code} (${row.meaning})`).toContain(info.category);
    expect(acceptedActions(row.retry), `code ${code} (${row.retry})`).toContain(info.action);
    expect(info.meaning, `code ${code} has a meaning`).toMatch(/\.$/);
  });

  it('a documented "backoff 4^n s" is a 4 s minimum that grows fourfold', () => {
    for (const row of rows.filter((r) => /4\^n/.test(r.retry))) {
      for (const code of row.codes) {
        expect(classifyGraphError(code, 400)).toMatchObject({ retryAfterSeconds: 4, backoffFactor: 4 });
      }
    }
  });

  it('carries the HTTP statuses Meta documents', () => {
    const line = facts!.slice(facts!.indexOf('- HTTP status, where Meta documented it:')).split('\n- ')[0]!.replace(/\s+/g, ' ');
    const documented = [...line.matchAll(/((?:\d+(?:–\d+)?(?:, | and )?)+) → (\d{3})/g)];
    expect(documented.length).toBeGreaterThan(3);
    for (const [, list, status] of documented) {
      for (const part of list!.split(/, | and /).filter(Boolean)) {
        const code = Number(part.split('–')[0]);
        const info: ErrorCodeInfo = classifyGraphError(code, undefined);
        expect(info.httpStatus, `code ${code}`).toBe(Number(status));
      }
    }
  });
});

if (!facts) {
  console.warn(`error-table.test: ${factsPath} not found; the comparison with Meta's documented codes is skipped`);
  describe('the error table against graph-facts.md', () => {
    it.skip(`needs ${factsPath} (set GRAPH_FACTS to its path)`, () => undefined);
  });
}

describe('the generator refuses a table that does not hold up', () => {
  const header = `categories:\n  server: Graph failed.\n  unknown: Nothing to go on.\nhttpStatusFallback:\n  - { from: 500, to: 599, category: server, action: retry }\nunknownCode: { category: unknown, action: do_not_retry }\n`;

  it('accepts the committed openapi/errors.yaml', () => {
    const table = loadErrorTable();
    expect(table.codes.length).toBeGreaterThan(80);
  });

  it('names the stray key and the cut-off meaning an unquoted comma leaves behind', () => {
    const text = `${header}codes:\n  - { code: 138002, category: server, action: retry, meaning: The limit of 1,000 concurrent calls is reached. }\n`;
    expect(() => readErrorTable(text)).toThrow(/code 138002\) has an unexpected key "000 concurrent calls is reached\."/);
    expect(() => readErrorTable(text)).toThrow(/meaning is not a whole sentence: "The limit of 1"/);
  });

  it('lists every missing category, action and meaning', () => {
    const problems = checkErrorTable({
      categories: { server: 'x' },
      codes: [{ code: 1 }, { code: 2, category: 'nope', action: 'wait', meaning: 'Fine.' }],
      httpStatusFallback: [{ status: 500 }],
      unknownCode: {},
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'codes[0] (code 1) has no category',
        'codes[0] (code 1) has no action',
        'codes[0] (code 1) has no meaning',
        'codes[1] (code 2) has an unknown category "nope"',
        'codes[1] (code 2) has an unknown action "wait"',
        'httpStatusFallback[0] has no category',
        'unknownCode has no action',
      ]),
    );
  });

  it('rejects unknown top-level keys, duplicates, overlaps and a misplaced backoffFactor', () => {
    const problems = checkErrorTable({
      categories: { server: 'x' },
      codes: [
        { code: 250, category: 'server', action: 'retry', meaning: 'A.' },
        { from: 200, to: 299, category: 'server', action: 'retry', meaning: 'B.' },
        { code: 7, category: 'server', action: 'retry', backoffFactor: 3, meaning: 'C.' },
      ],
      httpStatusFallback: [],
      unknownCode: { category: 'server', action: 'retry' },
      extra: true,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'the top level has an unexpected key "extra" (a comma in an unquoted value?)',
        'code 250 is listed twice (overlaps 200–299)',
        'codes[2] (code 7) backoffFactor only applies to retry_with_backoff',
      ]),
    );
  });

  it('rejects a key written twice in the YAML', () => {
    expect(() => readErrorTable(`${header}codes: []\ncodes: []\n`)).toThrow(/does not hold up/);
  });
});
