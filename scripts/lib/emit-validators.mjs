// Compiles every component schema into standalone validator code at build time (no `new Function`
// at run time, so the validators run where eval is banned, e.g. Cloudflare Workers), then bundles
// the few helpers they call (ours, in validator-runtime.mjs) so the output depends on nothing.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { root } from './paths.mjs';
import { treeShakeableValidators } from './tree-shakeable-validators.mjs';
import { compactValidators } from './compact-validators.mjs';
import { requestSchemas } from './request-schemas.mjs';

const SCHEMA_ID = 'whatsapp-cloud-api';

// Keywords that only annotate a schema. They never change what is valid, yet ajv copies whole
// schema objects into its output wherever an error can report them (every enum, for one), so
// they are dropped before compiling: the webhook intake bundle would otherwise carry every
// description of the spec that sits near an enum.
const DROPPED_ANNOTATIONS = new Set(['description', 'title', 'summary', 'examples', 'example', 'externalDocs', 'xml', 'deprecated']);
// Keywords whose value maps names to schemas: there a key is a name, never a keyword.
const NAMED_SCHEMAS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/**
 * Rewrites OpenAPI component refs to refs inside one JSON Schema document. A discriminator loses
 * its `mapping`, which ajv refuses (the members' `const` tags say the same), and states the
 * `type: object` its members share, which ajv's strict mode wants beside it. Annotations go.
 * With `openEnums`, an open enum (`anyOf: [{enum: [names]}, {type: string}]`) becomes the
 * `{type: string}` it is equivalent to: the listed names document the type, they never change
 * what is valid, and each one costs an error branch in the compiled code.
 */
function toDefs(value, openEnums = false) {
  if (Array.isArray(value)) return value.map((item) => toDefs(item, openEnums));
  if (value === null || typeof value !== 'object') return value;
  if (openEnums && isOpenEnum(value)) return { type: 'string' };
  const out = value.discriminator && value.type === undefined ? { type: 'object' } : {};
  for (const [key, inner] of Object.entries(value)) {
    if (DROPPED_ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    // Values, not schemas: kept exactly as written.
    if (key === 'enum' || key === 'const' || key === 'default') out[key] = inner;
    else if (key === '$ref' && typeof inner === 'string') out[key] = inner.replace('#/components/schemas/', '#/$defs/');
    else if (key === 'discriminator' && inner && typeof inner === 'object') out[key] = { propertyName: inner.propertyName };
    else if (NAMED_SCHEMAS.has(key) && inner && typeof inner === 'object') out[key] = namedSchemas(inner, openEnums);
    else out[key] = toDefs(inner, openEnums);
  }
  return out;
}

/** `anyOf` of string enums or consts and a bare `{type: string}`, and nothing else beside it but annotations. */
function isOpenEnum(schema) {
  const keys = Object.keys(schema).filter((key) => !DROPPED_ANNOTATIONS.has(key) && !key.startsWith('x-'));
  if (keys.length !== 1 || keys[0] !== 'anyOf' || !Array.isArray(schema.anyOf)) return false;
  const bare = (member) => Object.keys(member).filter((key) => !DROPPED_ANNOTATIONS.has(key));
  const isString = (member) => bare(member).length === 1 && member.type === 'string';
  const isNames = (member) =>
    (bare(member).length === 1 && Array.isArray(member.enum) && member.enum.every((name) => typeof name === 'string')) ||
    (bare(member).length === 1 && typeof member.const === 'string');
  return schema.anyOf.some(isString) && schema.anyOf.every((member) => isString(member) || isNames(member));
}

const namedSchemas = (byName, openEnums = false) => Object.fromEntries(Object.entries(byName).map(([name, schema]) => [name, toDefs(schema, openEnums)]));

// ajv's helpers and ajv-formats' checks, as the standalone code requires them → our ESM ones.
const RUNTIME = {
  'ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'ajv/dist/runtime/equal").default': 'deepEqual',
  'ajv-formats/dist/formats").fullFormats.date': 'dateFormat',
  'ajv-formats/dist/formats").fullFormats.uri': 'isUri',
};

/** Points the validators at validator-runtime.mjs instead of ajv's CommonJS helpers. */
function withOwnRuntime(source) {
  const code = source.replace(/const (\w+) = require\("([^;]+?);/g, (whole, local, required) => {
    const helper = RUNTIME[required];
    if (!helper) throw new Error(`generated validators need ${whole}: add it to scripts/lib/validator-runtime.mjs`);
    return `import { ${helper} as ${local} } from './scripts/lib/validator-runtime.mjs';`;
  });
  if (code.includes('require(')) throw new Error('generated validators still require a CommonJS helper');
  return code;
}

export const validatorName = (schemaName) => `validate${schemaName.replace(/[^A-Za-z0-9]/g, '')}`;

// What the package ships: the validators code runs at run time, one file per entry point that
// needs them, so `require('whatsapp-cloud-sdk/flows')` never loads the webhook validators and
// neither loads the ones for outbound requests (those check the spec's own examples in tests).
// validators.js keeps every validator, for the test suite; it is not part of the package.
const RUNTIME_SETS = {
  'webhook-validators': (name) => /^(Webhook|Inbound)/.test(name),
  'flow-validators': (name) => name.startsWith('FlowEndpoint'),
};

const pascal = (key) => key.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());

/**
 * A webhook value about one phone number (it requires `metadata`) holds lists of items, each of
 * which becomes its own event. The parser checks such a value item by item, so one bad item
 * costs only itself: it needs a validator per list item and one for the value without its
 * lists (its "shell"). Both are derived here from the value's schema, not written in the spec.
 */
function itemLists(schemas) {
  const out = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!/^Webhook\w+Value$/.test(name) || !schema.required?.includes('metadata')) continue;
    const lists = Object.entries(schema.properties ?? {}).filter(([, property]) => property.type === 'array' && property.items);
    if (lists.length) out.push({ name, lists: lists.map(([key]) => key) });
  }
  return out;
}

/** Every validator to compile: its export name, the ref it compiles, and the TypeScript type it guards. */
function validatorTable(schemas) {
  const table = Object.keys(schemas)
    .sort()
    .map((name) => ({ name: validatorName(name), ref: `#/$defs/${name}`, type: `components['schemas'][${JSON.stringify(name)}]` }));
  const shells = {};
  for (const { name, lists } of itemLists(schemas)) {
    const value = `components['schemas'][${JSON.stringify(name)}]`;
    for (const key of lists) {
      // An item that is a bare $ref is exported as the validator of the schema it names: ajv
      // would compile the schema a second time under the pointer's path.
      const target = schemas[name].properties[key].items.$ref;
      const named = typeof target === 'string' && target.startsWith('#/components/schemas/') && Object.keys(schemas[name].properties[key].items).length === 1;
      const ref = named ? `#/$defs/${target.slice('#/components/schemas/'.length)}` : `#/$defs/${name}/properties/${key}/items`;
      table.push({ name: `${validatorName(name)}${pascal(key)}Item`, ref, type: `NonNullable<${value}[${JSON.stringify(key)}]>[number]` });
    }
    const shell = toDefs(schemas[name]);
    for (const key of lists) shell.properties[key] = { type: 'array' };
    shells[`${name}Shell`] = shell;
    const omitted = lists.map((key) => JSON.stringify(key)).join(' | ');
    table.push({ name: `${validatorName(name)}Shell`, ref: `#/$defs/${name}Shell`, type: `Omit<${value}, ${omitted}> & { ${lists.map((key) => `${key}?: unknown[]`).join('; ')} }` });
  }
  return { table: table.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), shells };
}

/**
 * JSON Schema 2020-12 without the bookkeeping for `unevaluatedProperties` and `$dynamicRef`:
 * Ajv2020 turns both on for every schema, so each compiled function records which properties
 * its branches evaluated. The runtime sets use neither keyword (checked where they are
 * compiled), and that bookkeeping was a tenth of their code.
 */
class Ajv2020WithoutUnevaluated extends Ajv2020 {
  constructor(options) {
    super(options);
    this.opts.unevaluated = false;
    this.opts.dynamicRef = false;
  }
}

/** JSON Schema 2020-12 without `$dynamicRef`, which no schema of the spec uses. */
class Ajv2020WithoutDynamicRef extends Ajv2020 {
  constructor(options) {
    super(options);
    this.opts.dynamicRef = false;
  }
}

/**
 * An ajv instance holding every schema (and the derived shells) as $defs of one document.
 * `runtime` compiles for the package (open enums as plain strings). `unevaluated` keeps the
 * bookkeeping for `unevaluatedProperties`, which the outbound message schemas use to close their
 * unions; `messages: false` leaves out ajv's English sentences (a finding keeps its keyword and
 * params, from which a caller words its own).
 */
function ajvFor(schemas, shells, { runtime = false, unevaluated = !runtime, messages = true } = {}) {
  const Compiler = unevaluated ? (runtime ? Ajv2020WithoutDynamicRef : Ajv2020) : Ajv2020WithoutUnevaluated;
  const ajv = new Compiler({
    messages,
    strict: true,
    // `anyOf: [{required: [to]}, {required: [recipient]}]` names properties declared beside it.
    strictRequired: false,
    allErrors: false,
    allowUnionTypes: true,
    // A oneOf with a discriminator validates only the member its tag picks, so the first error
    // is that member's (e.g. "image is required" for `type: image`), not one from every member.
    discriminator: true,
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  addFormats(ajv);
  const shellDefs = Object.fromEntries(Object.entries(shells).map(([name, shell]) => [name, runtime ? toDefs(shell, true) : shell]));
  ajv.addSchema({ $id: SCHEMA_ID, $defs: { ...namedSchemas(schemas, runtime), ...shellDefs } });
  return ajv;
}

/** Schema names in an order where each comes after the schemas it refers to (cycles broken anywhere). */
function leavesFirst(schemas) {
  const order = [];
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !schemas[name]) return;
    seen.add(name);
    for (const target of refsIn(schemas[name])) visit(target);
    order.push(name);
  };
  Object.keys(schemas).sort().forEach(visit);
  return order;
}

/** The component names a schema refers to directly. */
function refsIn(value, out = []) {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) out.push(inner.slice('#/components/schemas/'.length));
      else refsIn(inner, out);
    }
  }
  return out;
}

/** Names of the schemas `names` reach through $ref, themselves included. */
function reachable(schemas, names) {
  const seen = new Set();
  const add = (name) => {
    if (seen.has(name) || !schemas[name]) return;
    seen.add(name);
    refsIn(schemas[name]).forEach(add);
  };
  names.forEach(add);
  return seen;
}

export async function validatorsModule(spec) {
  const schemas = spec.components?.schemas ?? {};
  const { table, shells } = validatorTable(schemas);
  const all = ajvFor(schemas, shells);
  const order = leavesFirst(schemas);
  const compile = (ajv, entries, runtime, minify = 'none', extra = []) => {
    // ajv compiles a schema once per way it is first reached: exported before a schema that
    // refers to it, it is compiled again for that reference. Compiling leaves first lets every
    // reference find the compiled one (a duplicate of a sixth of the webhook validators otherwise).
    const rank = new Map(order.map((name, i) => [name, i]));
    const sorted = [...entries].sort((a, b) => (rank.get(a.ref.split('/')[2]) ?? order.length) - (rank.get(b.ref.split('/')[2]) ?? order.length));
    for (const { ref } of sorted) ajv.getSchema(`${SCHEMA_ID}${ref}`);
    // One export per schema (ajv would emit a schema's code once per name); the rest are aliases.
    const first = new Map();
    const aliases = [];
    for (const { name, ref } of entries) {
      if (first.has(ref)) aliases.push(`export const ${name} = ${first.get(ref)};`);
      else first.set(ref, name);
    }
    return standaloneModule(ajv, Object.fromEntries([...first].map(([ref, name]) => [name, `${SCHEMA_ID}${ref}`])), [...aliases, ...extra], runtime, minify);
  };

  const runtimeFiles = {};
  for (const [file, wanted] of Object.entries(RUNTIME_SETS)) {
    const entries = table.filter(({ ref }) => wanted(ref.split('/')[2]));
    const used = reachable(schemas, entries.map(({ ref }) => ref.split('/')[2].replace(/Shell$/, '')));
    const unevaluated = [...used].filter((name) => /"(unevaluated|\$dynamicRef)/.test(JSON.stringify(schemas[name])));
    if (unevaluated.length) throw new Error(`${file}: ${unevaluated.join(', ')} use unevaluated* or $dynamicRef, which the runtime validators are compiled without`);
    // Without ajv's sentences: src/core/issue-message.ts words a finding when someone reads it.
    // Short local names only: esbuild's syntax minification of ajv's code made the web webhook
    // handler's bundle larger after the app's own bundler had minified it again (measured, 0.5 KB).
    runtimeFiles[`${file}.js`] = await compile(ajvFor(schemas, shells, { runtime: true, messages: false }), entries, true, 'names');
    runtimeFiles[`${file}.d.ts`] = declarations(entries);
  }

  // The requests a client sends (bodies, forms, query objects), for the testing kit's mock Graph.
  // Their size is ajv's code for the outbound message union; it is kept down by leaving out the
  // messages and by shortening the local names already here (the package build only strips
  // whitespace).
  const requests = requestSchemas(spec);
  const requestAjv = ajvFor({ ...schemas, ...requests.defs }, {}, { runtime: true, unevaluated: true, messages: false });
  // Also as one table by operationId, an object literal (no code runs when the module loads).
  const byOperation = {};
  for (const { name, operation, kind } of requests.entries) (byOperation[operation] ??= []).push(`${kind}: ${name}`);
  const lookup = `export const REQUEST_VALIDATORS = {\n${Object.entries(byOperation).map(([id, kinds]) => `  ${id}: { ${kinds.join(', ')} },`).join('\n')}\n};`;
  runtimeFiles['request-validators.js'] = await compile(requestAjv, requests.entries, true, 'all', [lookup]);
  runtimeFiles['request-validators.d.ts'] = `${declarations(requests.entries, 'operations')}
/** The body validators of each operation that takes a body: \`json\` for a JSON body, \`form\` for a multipart form. */
export declare const REQUEST_VALIDATORS: { readonly [operationId: string]: { readonly json?: Validator<unknown>; readonly form?: Validator<unknown> } | undefined };
`;
  return { code: await compile(all, table, false), names: table, runtimeFiles, queryKinds: requests.queryKinds };
}

/**
 * ajv standalone code for these exports, made tree-shakeable and bundled with our runtime helpers.
 * `minify`: 'none', 'names' (short local names) or 'all' (names and syntax).
 */
async function standaloneModule(ajv, exports, aliases = [], runtime = false, minify = 'none') {
  let standalone = withOwnRuntime(standaloneCode(ajv, exports));
  // Where in the schema a check sits means something only beside the schema, which the package
  // does not carry; in the shipped validators each finding keeps its pointer into the data, its
  // keyword, params and message. (A tenth of the webhook handler's bundle.)
  if (runtime) standalone = compactValidators(standalone.replace(/schemaPath:"#[^"]*",/g, ''));
  const source = `${treeShakeableValidators(standalone)}${aliases.join('\n')}\n`;
  // Resolve from the project root so esbuild finds the ajv runtime helpers in node_modules.
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'validators.mjs', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    minifyIdentifiers: minify !== 'none',
    minifySyntax: minify === 'all',
    // node_modules may be a symlink (git worktrees share one install): keep the path as seen
    // from the project, so the module comments in the output are the same in every checkout.
    preserveSymlinks: true,
  });
  // esbuild names each inlined module by its path; keep that path the same on every checkout
  // (a symlinked node_modules would otherwise show up as ../../elsewhere/node_modules).
  const code = result.outputFiles[0].text.replace(/(?:\.\.\/)+(?:[\w.-]+\/)*?node_modules\//g, 'node_modules/');
  return '// Generated by scripts/generate.mjs from generated/openapi.json with ajv standalone. Do not edit.\n' + code;
}

export function validatorsDeclarations(_spec, table) {
  return declarations(table);
}

/**
 * The types every validator file shares, in a module of their own: the public types that mention a
 * validation issue then lead to this small file instead of a validator file's long declarations.
 */
export function validationTypesModule() {
  return `// Generated by scripts/generate.mjs (scripts/lib/emit-validators.mjs). Do not edit.

/** One reason a value failed validation (the shape ajv reports). */
export interface ValidationIssue {
  /** JSON Pointer to the offending value, e.g. \`/interactive/action/buttons/3\`. */
  instancePath: string;
  /** Where the check sits in the schema; absent in the validators the package ships. */
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A build-time compiled validator: a type guard that keeps the first failure in \`errors\`. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: ValidationIssue[] | null;
}
`;
}

function declarations(table, types = 'components') {
  return `// Generated by scripts/generate.mjs. Do not edit.
import type { ${types} } from './schema.js';
import type { Validator } from './validation.js';

export type { ValidationIssue, Validator } from './validation.js';

${table.map(({ name, type }) => `export declare const ${name}: Validator<${type}>;`).join('\n')}
`;
}

/**
 * A checker of values against any schema of the spec (a component $ref or an inline schema), for
 * generator steps that must prove what they emit is valid. Returns ajv's first issue, or undefined.
 */
export function specChecker(spec) {
  const ajv = ajvFor(spec.components?.schemas ?? {}, {});
  return (schema, value) => {
    // Refs inside the document are made absolute, so an inline schema compiles on its own.
    const absolute = JSON.parse(JSON.stringify(toDefs(schema)).replaceAll('"#/$defs/', `"${SCHEMA_ID}#/$defs/`));
    const validate = ajv.compile(absolute);
    return validate(value) ? undefined : validate.errors?.[0];
  };
}
