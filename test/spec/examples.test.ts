// Every example in the spec validates against the schema it illustrates (Redocly's own example
// check is off; see redocly.yaml for why).
import { describe, expect, it } from 'vitest';
import { schemaValidator, spec } from '../support/spec.js';

interface Case {
  where: string;
  schema: unknown;
  value: unknown;
}

function collect(): Case[] {
  const cases: Case[] = [];
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${where}/${i}`));
    const record = node as Record<string, unknown>;
    // A media type, parameter or header with a schema and examples.
    if (record.schema && (record.example !== undefined || record.examples)) {
      if (record.example !== undefined) cases.push({ where, schema: record.schema, value: record.example });
      for (const [name, example] of Object.entries((record.examples ?? {}) as Record<string, { value?: unknown }>)) {
        if (example && 'value' in example) cases.push({ where: `${where}/examples/${name}`, schema: record.schema, value: example.value });
      }
    }
    for (const [key, value] of Object.entries(record)) visit(value, `${where}/${key}`);
  };
  visit(spec.paths, '#/paths');
  visit(spec.webhooks, '#/webhooks');
  visit(spec.components?.responses, '#/components/responses');
  visit(spec.components?.parameters, '#/components/parameters');
  for (const [name, schema] of Object.entries((spec.components?.schemas ?? {}) as Record<string, { examples?: unknown[] }>)) {
    (schema.examples ?? []).forEach((value, i) =>
      cases.push({ where: `#/components/schemas/${name}/examples/${i}`, schema: { $ref: `#/components/schemas/${name}` }, value }),
    );
  }
  return cases;
}

const cases = collect();

describe('spec examples', () => {
  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.where, c]))('%s is valid', (_where, c) => {
    const validate = schemaValidator(c.schema);
    const ok = validate(c.value);
    expect(validate.errors ?? [], JSON.stringify(c.value).slice(0, 300)).toEqual([]);
    expect(ok).toBe(true);
  });
});
