// What a client sends, per operation: the JSON body and the multipart form as JSON Schemas the
// request validators compile (a body that is a bare $ref is validated by the schema it names;
// anything else gets a schema of its own, named after the operation), and its query parameters
// as a table: which are required, and how each one's text reads back (number, boolean, list).
// Query schemas are not compiled: they are flat scalars, and their compiled code would cost as
// much as a tenth of the bodies' for checks the table makes.

const pascal = (id) => id[0].toUpperCase() + id.slice(1);

/** Every operation of the spec, in path order: `{ id, method, path, operation }`. */
export function operationsOf(spec) {
  const out = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation && typeof operation === 'object' && operation.operationId) out.push({ id: operation.operationId, method: method.toUpperCase(), path, operation });
    }
  }
  return out;
}

function resolveParameter(spec, parameter) {
  if (!parameter.$ref) return parameter;
  return spec.components.parameters[parameter.$ref.slice('#/components/parameters/'.length)];
}

function resolveSchema(spec, schema) {
  return schema?.$ref?.startsWith('#/components/schemas/') ? spec.components.schemas[schema.$ref.slice('#/components/schemas/'.length)] : schema;
}

/** How a query parameter's text is read back into the value its schema describes. */
function queryKind(spec, schema) {
  const resolved = resolveSchema(spec, schema) ?? {};
  const type = resolved.type ?? (resolved.enum ? typeof resolved.enum[0] : undefined);
  if (type === 'array') {
    const item = resolveSchema(spec, resolved.items) ?? {};
    return item.type === 'integer' || item.type === 'number' ? 'numbers' : 'list';
  }
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'object') return 'json';
  return 'string';
}

/**
 * The request schemas of every operation: `defs` (extra $defs for bodies written inline),
 * `entries` (validator name, $ref it compiles, TypeScript type it guards, operationId, `json` or
 * `form`) and `queryKinds`
 * (operationId → parameter → kind, `!` when required).
 */
export function requestSchemas(spec) {
  const defs = {};
  const entries = [];
  const queryKinds = {};
  for (const { id, operation } of operationsOf(spec)) {
    const op = `operations[${JSON.stringify(id)}]`;
    const content = operation.requestBody?.content ?? {};
    for (const [mediaType, suffix, kind] of [
      ['application/json', 'Body', 'json'],
      ['multipart/form-data', 'Form', 'form'],
    ]) {
      const schema = content[mediaType]?.schema;
      if (!schema) continue;
      const named = typeof schema.$ref === 'string' && Object.keys(schema).length === 1 && schema.$ref.startsWith('#/components/schemas/');
      const defName = `${pascal(id)}${suffix}`;
      if (!named) defs[defName] = schema;
      entries.push({
        name: `validate${defName}`,
        ref: `#/$defs/${named ? schema.$ref.slice('#/components/schemas/'.length) : defName}`,
        type: `NonNullable<${op}['requestBody']>['content'][${JSON.stringify(mediaType)}]`,
        operation: id,
        kind,
      });
    }
    const query = (operation.parameters ?? []).map((parameter) => resolveParameter(spec, parameter)).filter((parameter) => parameter.in === 'query');
    // A required parameter's kind ends in `!`.
    if (query.length) queryKinds[id] = Object.fromEntries(query.map((parameter) => [parameter.name, `${queryKind(spec, parameter.schema)}${parameter.required ? '!' : ''}`]));
  }
  return { defs, entries, queryKinds };
}
