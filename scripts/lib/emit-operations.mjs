// Emits generated/operations.ts: the table that turns every operation of the bundled spec into a
// client method. The naming rule lives here and nowhere else:
//   - the resource is the `x-sdk-resource` of the operation's first tag (openapi/openapi.yaml);
//   - the method is the operation's `x-sdk-method`;
//   - a path parameter marked `x-sdk-opaque` is a token Graph hands out: a `/` in it is sent
//     encoded rather than refused;
//   - a path parameter whose definition carries `x-sdk-default` (phone number, WABA, app,
//     business) is filled from that client option or the call's override of it; every other path
//     parameter is a positional argument, in path order;
//   - the argument after the ids is the request body when the operation has one, else the query
//     (required when a query parameter is), then the call options;
//   - a GET with an `after` query parameter is a cursor list, answered by the pager;
//   - an operation with its own `servers` (another of Meta's hosts) is sent there, unless the
//     client has a `baseUrl` of its own (a mock or a proxy then serves it too);
//   - a body whose schema requires `messaging_product: whatsapp` may leave it out: the client
//     adds it (and the types make it optional).
// For each resource the module exports the runtime rows (`<resource>Operations`, one const per
// resource so a bundler drops the ones an app never touches) and their types
// (`<Resource>OperationTypes`: arguments, defaults and result of each method, from `paths`).

const METHODS = ['get', 'post', 'delete', 'put', 'patch'];

/** The operations of the bundled spec, grouped by resource, checked for the naming rule. */
export function collectOperations(spec) {
  const resourceOfTag = new Map((spec.tags ?? []).filter((tag) => tag['x-sdk-resource']).map((tag) => [tag.name, tag['x-sdk-resource']]));
  const resources = new Map();
  const seen = new Set();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path} (${operation.operationId})`;
      const resource = resourceOfTag.get(operation.tags?.[0]);
      if (!resource) throw new Error(`${where}: its first tag has no x-sdk-resource`);
      const name = operation['x-sdk-method'];
      if (typeof name !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`${where}: x-sdk-method missing or not a camelCase name`);
      const key = `${resource}.${name}`;
      if (seen.has(key)) throw new Error(`${where}: ${key} names another operation too`);
      seen.add(key);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve(spec, parameter));
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map(([, paramName]) => {
        const definition = parameters.find((parameter) => parameter.in === 'path' && parameter.name === paramName);
        if (!definition) throw new Error(`${where}: path parameter ${paramName} is not defined`);
        return { name: paramName, label: camelCase(paramName), default: definition['x-sdk-default'] ?? null, opaque: definition['x-sdk-opaque'] === true };
      });
      const query = parameters.filter((parameter) => parameter.in === 'query');
      const body = operation.requestBody ? resolve(spec, operation.requestBody) : undefined;
      const contentTypes = body ? Object.keys(body.content ?? {}) : [];
      const product = body ? Object.values(body.content ?? {}).some((media) => requiresProduct(spec, media.schema)) : false;
      // A body that needs nothing but the product the client adds is optional.
      const onlyProduct = product && Object.values(body.content ?? {}).every((media) => requiredFields(spec, media.schema).every((field) => field === 'messaging_product'));
      const payload = body
        ? { kind: bodyKind(contentTypes, where), required: body.required === true && !onlyProduct }
        : query.length
          ? { kind: 'query', required: query.some((parameter) => parameter.required) }
          : { kind: 'none', required: false };
      const success = Object.keys(operation.responses ?? {}).find((status) => /^2\d\d$/.test(status));
      const response = success ? resolve(spec, operation.responses[success]) : undefined;
      if (!response?.content?.['application/json']) throw new Error(`${where}: no JSON success response`);
      // An operation on another host than Graph's (`servers` on the operation or its path).
      const server = (operation.servers ?? item.servers)?.[0]?.url;
      const entry = {
        server,
        product,
        id: operation.operationId,
        name,
        method: method.toUpperCase(),
        path,
        pathParams,
        query: query.map((parameter) => parameter.name),
        payload,
        bodyContentTypes: contentTypes,
        success,
        paged: method === 'get' && query.some((parameter) => parameter.name === 'after'),
        itemsAt: listItemsAt(spec, response.content['application/json'].schema, where),
        summary: operation.summary ?? '',
        description: (operation.description ?? '').trim(),
        deprecated: operation.deprecated === true,
      };
      if (!resources.has(resource)) resources.set(resource, []);
      resources.get(resource).push(entry);
    }
  }
  return resources;
}

/**
 * Where a list page keeps its items: `data` itself (undefined here) in Graph's usual lists, or the
 * one array inside `data` where Graph nests it a level deeper (`data.groups`).
 */
function listItemsAt(spec, node, where) {
  const data = resolve(spec, resolve(spec, node)?.properties?.data);
  if (!data || data.type === 'array') return undefined;
  const arrays = Object.entries(data.properties ?? {}).filter(([, property]) => resolve(spec, property)?.type === 'array');
  if (arrays.length !== 1) throw new Error(`${where}: a list whose \`data\` holds ${arrays.length} arrays; say which holds the items`);
  return arrays[0][0];
}

/** The fields a body schema requires, its composed parts included. */
function requiredFields(spec, node, depth = 0) {
  const schema = resolve(spec, node);
  if (!schema || depth > 6) return [];
  const own = schema.required ?? [];
  const composed = ['allOf', 'oneOf', 'anyOf'].flatMap((key) => (schema[key] ?? []).flatMap((branch) => requiredFields(spec, branch, depth + 1)));
  return [...own, ...composed];
}

/** Whether a body schema (or any branch of it) requires `messaging_product: "whatsapp"`. */
function requiresProduct(spec, node, depth = 0) {
  const schema = resolve(spec, node);
  if (!schema || depth > 6) return false;
  const product = schema.properties?.messaging_product && resolve(spec, schema.properties.messaging_product);
  if (product && (product.const === 'whatsapp' || (product.enum?.length === 1 && product.enum[0] === 'whatsapp')) && schema.required?.includes('messaging_product')) return true;
  return ['allOf', 'oneOf', 'anyOf'].some((key) => (schema[key] ?? []).some((branch) => requiresProduct(spec, branch, depth + 1)));
}

/** The TypeScript module for the table. */
export function operationsModule(spec) {
  const resources = collectOperations(spec);
  const parts = [
    `// Generated by scripts/generate.mjs (scripts/lib/emit-operations.mjs) from the bundled spec. Do not edit.
// One row per operation: how the client calls it (method, path, which client option fills each
// path id, what the argument after the ids is, whether it is a cursor list) and, in the
// *OperationTypes interfaces, the types of its arguments and result from \`paths\`.

import type { operations } from './schema.js';

type Op = operations;
/** The JSON (or form) body of an operation. */
type Body<K extends keyof Op> = Op[K] extends { requestBody?: { content: infer C } } ? C[keyof C] : never;
/** A body whose \`messaging_product\` the client fills in. */
type WithProduct<B> = B extends object ? Omit<B, 'messaging_product'> & { messaging_product?: 'whatsapp' } : B;
/** The query parameters of an operation. */
type Query<K extends keyof Op> = Op[K] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The JSON body of an operation's success response. */
type Ok<K extends keyof Op, S extends keyof Op[K]['responses']> = Op[K]['responses'][S] extends { content: { 'application/json': infer R } } ? R : never;

/** The item type of a list's array. */
type Items<L> = L extends readonly (infer T)[] ? T : never;

/** What the argument after the path ids is: a JSON body, a form, raw bytes, a query, or nothing. */
export type PayloadKind = 'json' | 'form' | 'bytes' | 'query' | 'none';

/** A client option that fills a path id when the call does not name one. */
export type ClientDefault = 'phoneNumberId' | 'wabaId' | 'appId' | 'businessId';

export interface OperationRow {
  /** The spec's operationId. */
  readonly id: keyof Op;
  readonly method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';
  /** The path template, relative to the Graph base URL. */
  readonly path: string;
  /** The path parameters in order, each with the client option that fills it (null: an argument). */
  readonly params: readonly (readonly [name: string, fill: ClientDefault | null])[];
  readonly query: readonly string[];
  readonly payload: PayloadKind;
  /** A cursor list: the call answers with a page promise. */
  readonly paged: boolean;
  /** The operation's own server when it is not Graph's (\`{version}\` stands for the client's version). */
  readonly server?: string;
  /** Path parameters that are opaque tokens from Graph (\`x-sdk-opaque\`): a \`/\` in them is sent encoded, not refused. */
  readonly opaque?: readonly string[];
  /** Where Graph nests a list's items inside \`data\` (\`data.groups\`); absent: \`data\` is the list. */
  readonly itemsAt?: string;
  /** The body needs \`messaging_product: "whatsapp"\`; the client adds it when missing. */
  readonly product?: true;
}

/** The type side of a row: positional arguments, the defaults it can override, its result. */
export interface OperationType {
  readonly args: readonly unknown[];
  readonly defaults: ClientDefault;
  readonly result: unknown;
  /** The item type of a cursor list (never for other operations). */
  readonly item: unknown;
  readonly paged: boolean;
}

/**
 * The rows of one resource, typed only as rows: the literal types of each row would repeat, in
 * the published declarations, what its *OperationTypes interface already says.
 */
export type OperationRows<Types> = { readonly [Name in keyof Types]: OperationRow };
`,
  ];
  const names = [...resources.keys()];
  for (const resource of names) {
    const entries = resources.get(resource);
    parts.push(`export const ${resource}Operations: OperationRows<${typeName(resource)}> = {`);
    for (const entry of entries) {
      const params = entry.pathParams.map((param) => `[${q(param.name)}, ${param.default ? q(param.default) : 'null'}]`).join(', ');
      parts.push(
        `  ${entry.name}: { id: ${q(entry.id)}, method: ${q(entry.method)}, path: ${q(entry.path)}, params: [${params}], query: [${entry.query.map(q).join(', ')}], payload: ${q(entry.payload.kind)}, paged: ${entry.paged}${entry.paged && entry.itemsAt ? `, itemsAt: ${q(entry.itemsAt)}` : ''}${entry.product ? ', product: true' : ''}${entry.pathParams.some((param) => param.opaque) ? `, opaque: [${entry.pathParams.filter((param) => param.opaque).map((param) => q(param.name)).join(', ')}]` : ''}${entry.server ? `, server: ${q(entry.server)}` : ''} },`,
      );
    }
    parts.push(`};\n`);

    parts.push(`export interface ${typeName(resource)} {`);
    for (const entry of entries) {
      parts.push(doc(entry));
      const args = entry.pathParams.filter((param) => !param.default).map((param) => `${param.label}: string`);
      if (entry.payload.kind === 'query') args.push(`query${entry.payload.required ? '' : '?'}: Query<${q(entry.id)}>`);
      else if (entry.payload.kind !== 'none') args.push(`body${entry.payload.required ? '' : '?'}: ${entry.product ? `WithProduct<Body<${q(entry.id)}>>` : `Body<${q(entry.id)}>`}`);
      const defaults = entry.pathParams.filter((param) => param.default).map((param) => q(param.default));
      const result = `Ok<${q(entry.id)}, ${entry.success}>`;
      const item = !entry.paged ? 'never' : entry.itemsAt ? `Items<NonNullable<${result}['data']>[${q(entry.itemsAt)}]>` : `Items<${result}['data']>`;
      parts.push(
        `  ${entry.name}: { args: [${args.join(', ')}]; defaults: ${defaults.length ? defaults.join(' | ') : 'never'}; result: ${result}; item: ${item}; paged: ${entry.paged} };`,
      );
    }
    parts.push(`}\n`);
  }
  parts.push(`/** Every resource's rows, by resource. */
export const operationTable = {
${names.map((resource) => `  ${resource}: ${resource}Operations,`).join('\n')}
} as const;

/** Every resource's method types, by resource. */
export interface OperationTypes {
${names.map((resource) => `  ${resource}: ${typeName(resource)};`).join('\n')}
}
`);
  return parts.join('\n');
}

function bodyKind(contentTypes, where) {
  if (contentTypes.includes('application/json')) return 'json';
  if (contentTypes.includes('multipart/form-data')) return 'form';
  if (contentTypes.includes('application/octet-stream')) return 'bytes';
  throw new Error(`${where}: request body of a type the client cannot send (${contentTypes.join(', ')})`);
}

function doc(entry) {
  const lines = [entry.summary.replace(/\.?$/, '.'), ...(entry.description ? ['', ...entry.description.split('\n')] : []), '', `\`${entry.method} ${entry.path}\` (${entry.id})`];
  if (entry.deprecated) lines.push('@deprecated Meta has deprecated this operation.');
  return `  /**\n${lines.map((line) => `   *${line ? ` ${line.replace(/\*\//g, '*\\/')}` : ''}`).join('\n')}\n   */`;
}

function resolve(spec, node) {
  let current = node;
  while (current && current.$ref) {
    const segments = current.$ref.replace(/^#\//, '').split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = segments.reduce((at, segment) => at?.[segment], spec);
  }
  return current;
}

const camelCase = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const typeName = (resource) => `${resource[0].toUpperCase()}${resource.slice(1)}OperationTypes`;
const q = (value) => JSON.stringify(value);
