// The cross-links of the docs site, from the operation table: for every generated method, its call
// shape (the README's rendering), the resource type that documents it in the SDK reference, and
// the anchor of its operation in the API reference.
import { collectOperations } from './emit-operations.mjs';
import { methodCall } from './readme-methods.mjs';

/**
 * The anchor of a tag in the API reference. Redocly makes it from the tag's name: lower case,
 * every run of other characters one hyphen (`Pre-verified phone numbers` → `pre-verified-phone-numbers`).
 * The build checks each one against the navigation of the built page.
 */
export const tagSlug = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Where an operation opens in the API reference page: `#/templates/listtemplates`. */
export const operationHash = (tag, operationId) => `#/${tagSlug(tag)}/${operationId.toLowerCase()}`;

/** The exported type that documents a resource: `phoneNumbers` → `PhoneNumbersResource`. */
export const resourceType = (resource) => `${resource[0].toUpperCase()}${resource.slice(1)}Resource`;

/**
 * One row per generated method: `{ resource, method, call, paged, fills, operationId, tag, hash, httpMethod, path, summary }`.
 * The tag is the operation's first, the one that names its resource.
 */
export function documentedMethods(spec) {
  const tagOf = new Map();
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) if (operation?.operationId) tagOf.set(operation.operationId, operation.tags?.[0]);
  }
  const methods = [];
  for (const [resource, entries] of collectOperations(spec)) {
    for (const entry of entries) {
      const tag = tagOf.get(entry.id);
      methods.push({
        resource,
        method: entry.name,
        call: methodCall(resource, entry),
        paged: entry.paged,
        // Path ids the client fills from its options: [['waba-id', 'wabaId']].
        fills: entry.pathParams.filter((param) => param.default).map((param) => [param.name, param.default]),
        operationId: entry.id,
        tag,
        hash: operationHash(tag, entry.id),
        httpMethod: entry.method,
        path: entry.path,
        summary: entry.summary,
      });
    }
  }
  return methods;
}
