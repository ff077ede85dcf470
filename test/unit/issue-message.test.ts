// The sentences made for findings of validators compiled without messages are ajv's own: each
// keyword is checked against what ajv says when it keeps its messages.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../src/core/issue-message.js';

const cases: [string, object, unknown][] = [
  ['type', { type: 'string' }, 1],
  ['union type', { type: ['string', 'integer'] }, true],
  ['required', { type: 'object', required: ['to'] }, {}],
  ['const', { const: 'text' }, 'image'],
  ['enum', { enum: ['a', 'b'] }, 'c'],
  ['additionalProperties', { type: 'object', additionalProperties: false }, { x: 1 }],
  ['unevaluatedProperties', { type: 'object', unevaluatedProperties: false }, { x: 1 }],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'number' }] }, true],
  ['oneOf', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1],
  ['not', { not: { type: 'string' } }, 'x'],
  ['minLength', { type: 'string', minLength: 2 }, 'a'],
  ['maxLength', { type: 'string', maxLength: 1 }, 'ab'],
  ['minItems', { type: 'array', minItems: 1 }, []],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2]],
  ['minProperties', { type: 'object', minProperties: 1 }, {}],
  ['maxProperties', { type: 'object', maxProperties: 0 }, { a: 1 }],
  ['minimum', { type: 'number', minimum: 1 }, 0],
  ['maximum', { type: 'number', maximum: 1 }, 2],
  ['exclusiveMinimum', { type: 'number', exclusiveMinimum: 1 }, 1],
  ['exclusiveMaximum', { type: 'number', exclusiveMaximum: 1 }, 1],
  ['multipleOf', { type: 'number', multipleOf: 2 }, 3],
  ['pattern', { type: 'string', pattern: '^a+$' }, 'b'],
  ['format', { type: 'string', format: 'date' }, 'x'],
  ['uniqueItems', { type: 'array', uniqueItems: true }, [1, 1]],
  ['propertyNames', { type: 'object', propertyNames: { maxLength: 1 } }, { ab: 1 }],
  ['false schema', { type: 'object', properties: { a: false } }, { a: 1 }],
  ['discriminator tag', { type: 'object', discriminator: { propertyName: 't' }, required: ['t'], oneOf: [{ properties: { t: { const: 'a' } } }] }, { t: 1 }],
  ['discriminator mapping', { type: 'object', discriminator: { propertyName: 't' }, required: ['t'], oneOf: [{ properties: { t: { const: 'a' } } }] }, { t: 'b' }],
];

function compiled(messages: boolean) {
  const ajv = new Ajv2020({ allErrors: false, messages, discriminator: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

describe('issueMessage', () => {
  const worded = compiled(true);
  const bare = compiled(false);
  it.each(cases)('words a %s finding as ajv does', (_, schema, data) => {
    const withMessages = worded.compile(schema);
    const without = bare.compile(schema);
    expect(withMessages(data)).toBe(false);
    expect(without(data)).toBe(false);
    const finding = without.errors![0]!;
    expect(finding.message).toBeUndefined();
    expect(issueMessage(finding)).toBe(withMessages.errors![0]!.message);
  });

  it('keeps a message a finding already has, and names an unknown keyword', () => {
    expect(issueMessage({ keyword: 'type', params: {}, message: 'said before' })).toBe('said before');
    expect(issueMessage({ keyword: 'x-custom', params: {} })).toBe('must pass "x-custom" keyword validation');
  });
});
