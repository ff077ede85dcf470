// The SDK reference: TypeDoc over every package entry point, HTML with TypeDoc's own search.
// Generated methods come from mapped types, so TypeDoc shows them as members of each resource
// type (`@interface` on the `…Resource` aliases); this module adds to each member the link to its
// operation in the API reference, and answers where each method landed so the API reference can
// link back.
import path from 'node:path';
import { Application, Comment, Converter, ReflectionKind, Renderer } from 'typedoc';
import { entryPoints } from './docs-entries.mjs';
import { resourceType } from './docs-operations.mjs';

// The type maps of generated/schema.d.ts, with what they map.
const SPEC_TYPE_MAPS = new Map([
  ['paths', 'The types of every path of the spec, by path template: `paths["/{phone-number-id}/messages"]["post"]`.'],
  ['components', 'The types of the spec\'s components: `components["schemas"]["TextMessage"]`.'],
  ['webhooks', 'The types of the spec\'s webhooks, by field.'],
  ['operations', 'The types of every operation of the spec, by operationId: `operations["sendMessage"]`.'],
]);

// Type helpers that public signatures are built from but that are no API of their own: where one
// is used, TypeDoc shows its name and the reader sees the resolved shape on the member itself.
const INTERNAL_HELPER_TYPES = [
  // generic utilities
  'AtLeastOne', 'Awaitable', 'MaybePromise', 'DistributiveOmit', 'WithoutProduct', 'WithCallback', 'WithKnownReply', 'Listed',
  // the operation table's type side, which resource members resolve
  'OperationMethod', 'OperationMethods', 'OperationType', 'OperationTypes', 'ClientDefault', 'FlowsOperationTypes', 'QrCodesOperationTypes', 'ClientOperationId',
  // building blocks of documented types
  'Resources', 'Transport', 'GraphApiErrorInit', 'Dated', 'Points', 'BlockPoints', 'GroupEnvelope', 'UploadInput', 'FlowJsonForm', 'MessageVariantName', 'ItemsOf', 'PageFetcher',
  // spec shapes the testing kit, webhooks and flows entry points name locally
  'Schemas', 'InboundMessage', 'InboundStatus', 'WebhookCall', 'QueryLike', 'FlowSigner', 'ValidationIssue',
];

// Stands for the API reference page in links until each page knows its own depth.
const API_LINK = 'whatsapp-docs-api:';

/**
 * Where TypeDoc puts each method (`resource.method` → page and anchor relative to the reference),
 * known before it runs: the resource types are interfaces of the main entry point, and a member's
 * anchor is its name in lower case. buildSdkReference() answers where they really landed, and the
 * docs build fails if the two differ.
 */
export function expectedPages(methods, packageName) {
  return new Map(methods.map((method) => [`${method.resource}.${method.method}`, `interfaces/${packageName}.${resourceType(method.resource)}.html#${method.method.toLowerCase()}`]));
}

/**
 * Builds the SDK reference into `out`. `methods` come from documentedMethods(); `apiPage` is the
 * API reference page relative to `out` (`../api/index.html`). Resolves to the warnings TypeDoc
 * gave and, for each method (`resource.method`), its page and anchor relative to `out`.
 */
export async function buildSdkReference({ root, out, methods, apiPage }) {
  const entries = entryPoints(root);
  const names = new Map(entries.map((entry) => [path.resolve(entry.source), entry.name]));
  const app = await Application.bootstrapWithPlugins(
    {
      name: 'whatsapp-cloud-sdk',
      entryPoints: entries.map((entry) => entry.source),
      entryPointStrategy: 'resolve',
      tsconfig: path.join(root, 'tsconfig.build.json'),
      // Type errors are the build's and the type-check's business; the reference documents what is there.
      skipErrorChecking: true,
      readme: 'none',
      out,
      plugin: [],
      excludePrivate: true,
      excludeInternal: true,
      // No source links: the reference is read apart from any repository host.
      disableSources: true,
      sort: ['kind', 'alphabetical'],
      validation: { notExported: true, invalidLink: true, notDocumented: false },
      intentionallyNotExported: INTERNAL_HELPER_TYPES,
      logLevel: 'Warn',
    },
    [],
  );
  const warnings = [];
  const { logger } = app;
  const warn = logger.warn.bind(logger);
  logger.warn = (message, ...rest) => {
    warnings.push(String(message));
    return warn(message, ...rest);
  };

  // Entry modules are named after their import path, not their file.
  const specTypeMaps = [];
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile?.().fileName;
    if (!file) return;
    if (reflection.kind === ReflectionKind.Module && names.has(path.resolve(file))) reflection.name = names.get(path.resolve(file));
    if (reflection.kind === ReflectionKind.Interface && SPEC_TYPE_MAPS.has(reflection.name) && file.endsWith('generated/schema.d.ts')) specTypeMaps.push(reflection);
  });

  const missing = [];
  const members = new Map();
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    // The spec's own type maps (`paths`, `components`, `webhooks`) are exported for typing raw
    // calls; their thousands of members are what the API reference describes, so here they are
    // named and linked, not expanded (expanded, they were two thirds of the reference's size).
    for (const reflection of specTypeMaps) {
      for (const child of [...(reflection.children ?? [])]) context.project.removeReflection(child);
      reflection.comment = new Comment([{ kind: 'text', text: `${SPEC_TYPE_MAPS.get(reflection.name)} Each one is described in the [API reference](${API_LINK}).` }]);
    }
    const resources = new Map(context.project.getReflectionsByKind(ReflectionKind.Interface).map((reflection) => [reflection.name, reflection]));
    for (const method of methods) {
      const member = resources.get(resourceType(method.resource))?.getChildByName(method.method);
      if (!member) {
        missing.push(`${resourceType(method.resource)}.${method.method} (${method.operationId})`);
        continue;
      }
      members.set(`${method.resource}.${method.method}`, member);
      const link = `\n\nIn the API reference: [${method.summary} — \`${method.httpMethod} ${method.path}\` (${method.operationId})](${API_LINK}${method.hash})`;
      member.comment ??= new Comment([]);
      member.comment.summary.push({ kind: 'text', text: link });
    }
  });

  // The API page sits beside the reference: climb out of the page's folder first.
  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => {
    if (!page.contents?.includes(API_LINK)) return;
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(API_LINK, `${'../'.repeat(depth)}${apiPage}`);
  });

  // Where each method landed, read while the router that placed it is still there.
  const pages = new Map();
  app.renderer.on(Renderer.EVENT_BEGIN, () => {
    for (const [key, member] of members) pages.set(key, app.renderer.router.getFullUrl(member));
  });

  const project = await app.convert();
  if (!project) throw new Error(`TypeDoc could not convert the entry points:\n${warnings.join('\n')}`);
  if (missing.length) throw new Error(`the SDK reference lacks these generated methods (is the resource type tagged @interface?):\n  ${missing.join('\n  ')}`);
  app.validate(project);
  await app.generateDocs(project, out);
  if (logger.hasErrors()) throw new Error('TypeDoc reported errors (see above)');
  return { warnings, pages };
}
