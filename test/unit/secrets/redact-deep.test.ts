// redactDeep takes a secret out of any value an error may carry, however deep and however it is
// built: nesting far past any fixed limit, cycles, Maps (keys and values), Sets, arrays, errors and
// class instances. What holds no secret keeps its identity; the original is never changed.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactDeep, secretRedactor } from '../../../src/core/redact.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCdeepSecretToken';
const PROOF = 'a'.repeat(24) + '0123456789abcdef0123456789abcdef01234567';
const redact = secretRedactor([TOKEN, PROOF]);

const shown = (value: unknown) => inspect(value, { depth: Infinity, showHidden: true });

describe('secretRedactor', () => {
  it('replaces every secret it was given, also URL- and JSON-escaped', () => {
    const token = 'EAAG|with/slash"quote';
    const both = secretRedactor([token, PROOF]);
    expect(both(`a ${token} b ${encodeURIComponent(token)} c ${JSON.stringify(token).slice(1, -1)} d ${PROOF}`)).toBe(
      'a [redacted] b [redacted] c [redacted] d [redacted]',
    );
  });
});

describe('redactDeep', () => {
  it('reaches a secret 10,000 levels down without overflowing the stack', () => {
    let nested: Record<string, unknown> = { note: `token ${TOKEN}` };
    for (let level = 0; level < 10_000; level++) nested = { level, next: nested };
    const redacted = redactDeep(nested, redact);
    let cursor = redacted as Record<string, unknown>;
    while (cursor.next) cursor = cursor.next as Record<string, unknown>;
    expect(cursor.note).toBe('token [redacted]');
    let original = nested;
    while (original.next) original = original.next as Record<string, unknown>;
    expect(original.note).toBe(`token ${TOKEN}`);
  });

  it('walks a cause chain 50 errors long', () => {
    let error = new Error(`innermost ${TOKEN}`);
    for (let level = 0; level < 50; level++) error = new Error(`level ${level}`, { cause: error });
    const redacted = redactDeep(error, redact);
    expect(shown(redacted)).not.toContain(TOKEN);
    let cursor: unknown = redacted;
    for (let level = 0; level < 50; level++) cursor = (cursor as Error).cause;
    expect((cursor as Error).message).toBe('innermost [redacted]');
  });

  it('walks Map keys and values, Sets, arrays and class instances', () => {
    class Holder {
      constructor(readonly secret: string, private readonly hidden: string[]) {}
      reveal() {
        return this.hidden;
      }
    }
    const value = {
      map: new Map<unknown, unknown>([
        [TOKEN, 'as a key'],
        ['as a value', { deeper: [TOKEN] }],
      ]),
      set: new Set([`proof ${PROOF}`, 1]),
      list: [[[`bearer ${TOKEN}`]]],
      holder: new Holder(TOKEN, [PROOF]),
      [Symbol('symbol key')]: TOKEN,
    };
    const redacted = redactDeep(value, redact);
    expect(shown(redacted)).not.toContain(TOKEN);
    expect(shown(redacted)).not.toContain(PROOF);
    expect([...redacted.map.keys()]).toEqual(['[redacted]', 'as a value']);
    expect(redacted.map.get('as a value')).toEqual({ deeper: ['[redacted]'] });
    expect(redacted.map).toBeInstanceOf(Map);
    expect([...redacted.set]).toEqual(['proof [redacted]', 1]);
    expect(redacted.list).toEqual([[['bearer [redacted]']]]);
    expect(redacted.holder).toBeInstanceOf(Holder);
    expect(redacted.holder.secret).toBe('[redacted]');
    expect(redacted.holder.reveal()).toEqual(['[redacted]']);
    // The original is left as it was.
    expect(value.holder.secret).toBe(TOKEN);
    expect(value.map.has(TOKEN)).toBe(true);
  });

  it('copies cycles as cycles: every path to the secret is redacted', () => {
    const a: Record<string, unknown> = { name: 'a' };
    const b: Record<string, unknown> = { name: 'b', a };
    const c: Record<string, unknown> = { name: 'c', secret: TOKEN, b };
    a.b = b;
    a.c = c;
    const map = new Map<string, unknown>([['self', null]]);
    map.set('self', map);
    map.set('a', a);
    const redacted = redactDeep({ root: a, map }, redact);
    expect(shown(redacted)).not.toContain(TOKEN);
    const root = redacted.root as Record<string, Record<string, unknown>>;
    // b only reaches the secret through the cycle back to a, and is copied all the same.
    expect(root.b).not.toBe(b);
    expect(root.b!.a).toBe(root);
    expect((root.c as Record<string, unknown>).secret).toBe('[redacted]');
    expect(redacted.map.get('self')).toBe(redacted.map);
  });

  it('returns what holds no secret as the same object, cycles and all', () => {
    const clean: Record<string, unknown> = { list: [1, 'two'], map: new Map([['k', 'v']]), error: new Error('fine') };
    clean.self = clean;
    expect(redactDeep(clean, redact)).toBe(clean);
  });

  it('leaves bytes, dates and other opaque values as they are', () => {
    const bytes = new TextEncoder().encode(TOKEN);
    const when = new Date(0);
    const value = { bytes, when, note: TOKEN };
    const redacted = redactDeep(value, redact);
    expect(redacted.bytes).toBe(bytes);
    expect(redacted.when).toBe(when);
    expect(redacted.note).toBe('[redacted]');
  });

  it('keeps an error redacted as an instance of its class, with its stack redacted too', () => {
    class CodedError extends Error {
      readonly code = 'E_CODED';
    }
    const error = new CodedError(`failed with ${TOKEN}`, { cause: new Map([['header', `Bearer ${TOKEN}`]]) });
    const redacted = redactDeep(error, redact);
    expect(redacted).toBeInstanceOf(CodedError);
    expect(redacted.code).toBe('E_CODED');
    expect(redacted.stack).not.toContain(TOKEN);
    expect(shown(redacted)).not.toContain(TOKEN);
    expect((redacted.cause as Map<string, string>).get('header')).toBe('Bearer [redacted]');
  });
});
