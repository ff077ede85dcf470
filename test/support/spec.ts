// The bundled spec, and ajv (JSON Schema 2020-12, strict) compiled over its component schemas.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

export const spec = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));

const schemaId = 'spec';
// Compiled here at test time on purpose: this checks the spec independently of the generated validators.
const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS: its plugin is the default export's `default`.
addFormats.default(ajv);
const rewrite = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"spec#/$defs/'));
ajv.addSchema({ $id: schemaId, $defs: rewrite(spec.components?.schemas ?? {}) as object });

/** A validator for any schema object of the spec (inline or a component ref). */
export function schemaValidator(schema: unknown) {
  return ajv.compile(rewrite(schema) as object);
}
