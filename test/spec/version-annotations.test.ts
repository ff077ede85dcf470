// The changes Meta ties to a Graph version are data in the spec: `x-since` / `x-until` name a
// version, and that version must be one the server variable lists, or the docs and the
// `graphVersion` union would disagree about which versions exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spec } from '../support/spec.js';

interface Annotation {
  where: string;
  key: 'x-since' | 'x-until';
  value: unknown;
  node: Record<string, unknown>;
}

function collect(): Annotation[] {
  const found: Annotation[] = [];
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${where}/${i}`));
    const record = node as Record<string, unknown>;
    for (const key of ['x-since', 'x-until'] as const) {
      if (key in record) found.push({ where, key, value: record[key], node: record });
    }
    for (const [name, value] of Object.entries(record)) visit(value, `${where}/${name}`);
  };
  visit(spec, '#');
  return found;
}

const versions: string[] = spec.servers[0].variables.version.enum;
const annotations = collect();

describe('version annotations', () => {
  it('marks the changes Meta ties to v24.0', () => {
    const at = (where: string) => annotations.filter((a) => a.where === where).map((a) => `${a.key} ${String(a.value)}`);
    const schemas = '#/components/schemas';
    expect(at(`${schemas}/InboundStatus/properties/conversation`)).toEqual(['x-since v24.0']);
    expect(at(`${schemas}/WebhookBusinessCapabilityValue/properties/max_daily_conversations_per_business`)).toEqual(['x-since v24.0']);
    expect(at(`${schemas}/WebhookBusinessCapabilityValue/properties/max_daily_conversation_per_phone`)).toEqual(['x-until v23.0']);
    expect(at(`${schemas}/PhoneNumber/properties/messaging_limit_tier`)).toEqual(['x-since v24.0']);
    expect(at(`${schemas}/PhoneNumber/properties/whatsapp_business_manager_messaging_limit`)).toEqual(['x-since v24.0']);
    expect(at(`${schemas}/WhatsAppBusinessAccount/properties/whatsapp_business_manager_messaging_limit`)).toEqual(['x-since v24.0']);
  });

  it('deprecates what Meta deprecates', () => {
    const { PhoneNumber, WebhookBusinessCapabilityValue } = spec.components.schemas;
    expect(PhoneNumber.properties.messaging_limit_tier.deprecated).toBe(true);
    expect(WebhookBusinessCapabilityValue.properties.max_daily_conversation_per_phone.deprecated).toBe(true);
  });

  it.each(annotations.map((a) => [`${a.where} ${a.key}`, a]))('%s names a version of the server enum', (_name, a) => {
    expect(versions).toContain(a.value);
  });

  // The docs render `deprecated` but not `x-` keys, so the description has to say the version.
  it.each(annotations.map((a) => [`${a.where} ${a.key}`, a]))('%s is stated in the description', (_name, a) => {
    expect(String(a.node.description ?? '')).toContain(String(a.value));
  });
});

describe('the maintainer path', () => {
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

  it('has a changelog section for every version the spec covers', () => {
    const headings = read('CHANGELOG.md').split('\n').filter((line) => line.startsWith('## v')).map((line) => line.split(' ')[1]);
    expect([...headings].sort()).toEqual([...versions].sort());
    expect(headings[0]).toBe(spec.info.version);
  });

  it('links the upgrade guide and the changelog from the README', () => {
    const readme = read('README.md');
    expect(readme).toContain('](openapi/UPGRADING.md)');
    expect(readme).toContain('](CHANGELOG.md)');
    expect(read('openapi/UPGRADING.md')).toContain('npm run generate');
  });
});
