// Reads a request the way Graph reads it (JSON body, multipart form, query string) and checks it
// against the spec's request schemas, with the validators generated from them. What is wrong is
// said as Graph says it: code 100 with `error_data.details` naming the parameter.
import type { OperationRow } from '../../generated/operations.js';
import { QUERY_KINDS, type ClientOperationId, type QueryKind } from '../../generated/mock-answers.js';
import { REQUEST_VALIDATORS } from '../../generated/request-validators.js';
import type { ValidationIssue, Validator } from '../../generated/validation.js';
import { issueMessage } from '../core/issue-message.js';

/** The query parameters the transport adds to every call; never part of an operation's own query. */
export const isCredential = (name: string) => name === 'access_token' || name === 'appsecret_proof';

/** The validator of an operation's JSON body or multipart form, when it has one. */
export function bodyValidator(row: OperationRow): Validator<unknown> | undefined {
  if (row.payload === 'json') return REQUEST_VALIDATORS[row.id]?.json;
  if (row.payload === 'form') return REQUEST_VALIDATORS[row.id]?.form;
  return undefined;
}

/** The request's body as the operation's validator sees it: parsed JSON, a form as an object, or the raw bytes. */
export async function readBody(request: Request): Promise<unknown> {
  if (request.body === null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('multipart/form-data')) {
    const form = await request.formData();
    const fields: Record<string, unknown> = {};
    for (const [name, value] of form) fields[name] = typeof value === 'string' ? formField(value) : value.name || 'blob';
    return fields;
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (type.includes('json') || (!type && bytes.length)) {
    const text = new TextDecoder().decode(bytes);
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return bytes;
}

/** A form field that holds JSON (the client sends objects in forms as JSON text) is read as JSON. */
function formField(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Query parameters without the credentials, each as sent. */
export function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) if (!isCredential(name)) query[name] = value;
  return query;
}

/** The operation's query read back into typed values, or what is wrong with it. */
export function readQuery(row: OperationRow, query: Readonly<Record<string, string>>): { value: Record<string, unknown> } | { problem: string } {
  const kinds: Readonly<Record<string, QueryKind>> = QUERY_KINDS[row.id as ClientOperationId] ?? {};
  const value: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const text = query[name];
    if (text === undefined) {
      if (kind.endsWith('!')) return { problem: `The parameter ${name} is required` };
      continue;
    }
    const read = readValue(kind.replace('!', ''), text);
    if (read === INVALID) return { problem: `Param ${name} must be ${KIND_NAMES[kind.replace('!', '')]}` };
    value[name] = read;
  }
  for (const [name, text] of Object.entries(query)) if (!(name in kinds)) value[name] = text;
  return { value };
}

// A value no query text reads as (compared by identity).
const INVALID = { invalid: true } as const;
const KIND_NAMES: Record<string, string> = { number: 'a number', numbers: 'a comma-separated list of numbers', boolean: 'true or false', json: 'JSON', list: 'a comma-separated list', string: 'text' };

function readValue(kind: string, text: string): unknown {
  switch (kind) {
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : INVALID;
    case 'numbers': {
      const items = text.split(',').map((item) => (item.trim() !== '' && Number.isFinite(Number(item)) ? Number(item) : INVALID));
      return items.includes(INVALID) ? INVALID : items;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : INVALID;
    case 'list':
      return text.split(',');
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        return INVALID;
      }
    default:
      return text;
  }
}

/**
 * What `issue` finds, worded after Graph's `Param …` details: the parameter by its path, then the
 * finding as the SDK words findings. A missing or unknown property is named itself.
 */
export function describeIssue(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  if (issue.keyword === 'required') return `Param ${paramPath(`${issue.instancePath}/${String(params.missingProperty)}`)} is required`;
  const unknown = params.additionalProperty ?? params.unevaluatedProperty;
  if (unknown !== undefined) return `Param ${paramPath(`${issue.instancePath}/${String(unknown)}`)} is not a known parameter here`;
  if (issue.keyword === 'discriminator') return `Param ${paramPath(`${issue.instancePath}/${String(params.tag)}`)} ${issueMessage({ ...issue, params })}`;
  return `Param ${paramPath(issue.instancePath)} ${issueMessage({ ...issue, params })}`;
}

/** `/interactive/action/buttons/3` → `interactive.action.buttons[3]`; the body itself is `(body)`. */
function paramPath(pointer: string): string {
  if (pointer === '') return '(body)';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`), '');
}
