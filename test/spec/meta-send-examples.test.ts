// Every request example of Meta's sendMessage operation, checked against our request schema.
// Meta's file is a checklist: what it shows as a valid request must pass here. The few it gets
// wrong are listed below with the reason, and the test fails if one of them starts to pass (so
// the list stays true) or if any other example is rejected.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateSendMessageRequest } from '../../generated/validators.js';
import { schemaValidator, spec } from '../support/spec.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The reference sits beside the repository; META_OPENAPI points elsewhere (e.g. from a worktree).
const metaFile =
  process.env.META_OPENAPI ??
  path.join(repoRoot, '..', 'shared', 'reference', 'meta-openapi', 'business-messaging-api_v23.0.yaml');

type Json = Record<string, any>;

/**
 * Meta's examples we reject on purpose: why, the field the generated validator's first error names,
 * and (where the example is a mistake) the smallest correction, which must then pass — proof that
 * the reason given is the only one.
 */
const rejected: Record<string, { reason: string; field: string; corrected?: (example: Json) => void }> = {
  'Send Text Message with Preview URL': {
    reason:
      'no `type`. Graph treats a message without one as text, but the outbound union is closed: its member is picked by `type`, ' +
      'so every member requires it (a discriminator tag must be required), and a request without it is refused rather than guessed',
    field: '/type',
    corrected: (example) => (example.type = 'text'),
  },
  'Send Reply to List Message': {
    reason: 'no `type: interactive` at the top level',
    field: '/type',
    corrected: (example) => (example.type = 'interactive'),
  },
  'Send Multi-Product Message': {
    reason: 'header `type` is the placeholder "<HEADER_TYPE>"; a product_list header is `text`',
    field: '/interactive/header/type',
    corrected: (example) => (example.interactive.header.type = 'text'),
  },
  'Send Sample Issue Resolution Template': {
    reason: 'quick-reply parameters `{"type":"text","text":true}`: a boolean where a string belongs (quick replies take `payload`)',
    field: '/template/components/1/parameters/0/text',
    corrected: (example) => {
      for (const component of example.template.components.slice(1)) component.parameters = [{ type: 'payload', payload: String(component.parameters[0].text) }];
    },
  },
  'Send Order Status Message': {
    reason: '`reference_id` "unique-reference-id-from-order-details-msg" is 42 characters; Graph allows 35',
    field: '/interactive/action/parameters/reference_id',
    corrected: (example) => (example.interactive.action.parameters.reference_id = 'unique-reference-id'),
  },
};

const present = existsSync(metaFile);
if (!present) console.warn(`meta-send-examples: skipped, Meta's OpenAPI file is not at ${metaFile} (set META_OPENAPI to its path)`);

function metaExamples(): [string, unknown][] {
  const doc = parse(readFileSync(metaFile, 'utf8'));
  const operation = doc.paths['/{Version}/{Phone-Number-ID}/messages'].post;
  expect(operation.operationId).toBe('sendMessage');
  const examples = operation.requestBody.content['application/json'].examples as Record<string, { value: unknown }>;
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
}

describe.skipIf(!present)("Meta's sendMessage examples against our request schema", () => {
  const examples = present ? metaExamples() : [];
  const requestSchema = spec.paths['/{phone-number-id}/messages'].post.requestBody.content['application/json'].schema;
  const validate = schemaValidator(requestSchema);

  it('reads all 50 examples, and every rejected name is one of them', () => {
    expect(examples).toHaveLength(50);
    const names = new Set(examples.map(([name]) => name));
    for (const name of Object.keys(rejected)) expect(names.has(name), name).toBe(true);
  });

  const accepted = examples.filter(([name]) => !(name in rejected));
  it.each(accepted)('accepts "%s"', (_name, value) => {
    const ok = validate(value);
    expect(validate.errors ?? [], JSON.stringify(value).slice(0, 300)).toEqual([]);
    expect(ok).toBe(true);
    // The generated validator (built with the discriminator) agrees.
    expect(validateSendMessageRequest(value), JSON.stringify(validateSendMessageRequest.errors)).toBe(true);
  });

  const refused = examples.filter(([name]) => name in rejected);
  it.each(refused)('rejects "%s" (listed with its reason)', (name, value) => {
    const { reason, field, corrected } = rejected[name]!;
    expect(validate(value), reason).toBe(false);
    expect(validateSendMessageRequest(value), reason).toBe(false);
    const first = validateSendMessageRequest.errors?.[0];
    const named = first?.keyword === 'discriminator' ? `${first.instancePath}/${String(first.params.tag)}` : first?.instancePath;
    expect(named, JSON.stringify(first)).toBe(field);
    if (!corrected) return;
    const fixed = structuredClone(value) as Json;
    corrected(fixed);
    const ok = validate(fixed);
    expect(validate.errors ?? [], `corrected: ${reason}`).toEqual([]);
    expect(ok).toBe(true);
  });
});
