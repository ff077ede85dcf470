// The validators the package ships are compiled differently from the full set the tests use
// (open enums as plain strings, no messages, findings built by helpers, pointer-only signatures,
// dead error-count snapshots removed: scripts/lib/compact-validators.mjs). They must accept and
// refuse exactly the same values. Every part of every webhook fixture, and seeded mutations of
// each, goes through both sets, validator by validator.
import { describe, expect, it } from 'vitest';
import * as full from '../../generated/validators.js';
import * as shipped from '../../generated/webhook-validators.js';
import * as flows from '../../generated/flow-validators.js';
import { mutator, prng, type Json } from '../webhooks/mutate.js';
import { fixtures } from '../webhooks/support.js';

type Check = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string }[] | null };
const fullSet = full as unknown as Record<string, Check>;

/** Every object and array inside a value, the value itself included. */
function parts(value: unknown, out: unknown[] = []): unknown[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) parts(child, out);
  }
  return out;
}

const mutate = mutator(prng(20261204));
const samples: unknown[] = [];
for (const fixture of Object.values(fixtures)) {
  for (const part of parts(fixture)) {
    samples.push(part);
    const damaged = mutate(structuredClone(part) as Json);
    if (typeof damaged === 'object') samples.push(damaged);
  }
}

describe.each([
  ['webhook', shipped as unknown as Record<string, Check>],
  ['flow', flows as unknown as Record<string, Check>],
])('the shipped %s validators', (_, set) => {
  const names = Object.keys(set).filter((name) => typeof set[name] === 'function' && typeof fullSet[name] === 'function');

  it('are all in the full set', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(set).filter((name) => typeof set[name] === 'function' && !names.includes(name))).toEqual([]);
  });

  it(`accept and refuse what the full set does, over ${samples.length} parts of fixtures and their mutations`, () => {
    let refused = 0;
    for (const name of names) {
      for (const sample of samples) {
        const expected = fullSet[name]!(sample);
        const actual = set[name]!(sample);
        if (actual !== expected) expect.fail(`${name} says ${actual}, the full set ${expected}, for ${JSON.stringify(sample).slice(0, 300)}`);
        if (!actual) {
          refused++;
          const finding = set[name]!.errors?.[0];
          expect(finding?.keyword, name).toEqual(expect.any(String));
          expect(finding?.instancePath, name).toEqual(expect.any(String));
        }
      }
    }
    // Both outcomes were exercised.
    expect(refused).toBeGreaterThan(names.length);
  });
});
