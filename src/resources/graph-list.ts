// Reading Graph objects and list edges the way the account-management resources do: one page
// with its query, every page from a cursor on, and a node with the fields asked for. Ids come
// from the caller, so an empty one is refused here instead of becoming a different path.
import type { CallOptions } from '../core/options.js';
import { pages, type CursorPage } from '../core/paging.js';
import type { QueryValue, Transport } from '../core/transport.js';
import { requireId } from './ids.js';
import { callInput, segment, type FieldsOptions } from './request-options.js';

/** The cursors every paged query may carry. */
export interface Cursors {
  after?: string;
  before?: string;
}

/** `/{id}` or `/{id}/{edge}`; `what` names the id in the error an empty one raises. */
export function objectPath(id: string, what: string, edge?: string): string {
  const path = segment(requireId(id, what));
  return edge ? `${path}/${edge}` : path;
}

/** One page of a list edge. Query values go out as Graph expects them (lists comma-joined). */
export function getPage<P>(transport: Transport, path: string, query: object | undefined, options: CallOptions | undefined): Promise<P> {
  const input = callInput(options);
  if (query && Object.keys(query).length > 0) input.query = query as Record<string, QueryValue>;
  return transport.request<P>('GET', path, input);
}

/** A node with the fields asked for (Graph's default few without `fields`). */
export function getNode<T>(transport: Transport, path: string, options: (CallOptions & FieldsOptions) | undefined): Promise<T> {
  return getPage<T>(transport, path, options?.fields ? { fields: options.fields } : undefined, options);
}

/**
 * Every page of a list, starting after the query's `after` cursor. `before` is dropped: walking
 * goes forward from there.
 */
export function pagesFrom<Q extends Cursors, P extends CursorPage<unknown>>(
  query: Q | undefined,
  fetchPage: (query: Q) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  const { after, before: _before, ...rest } = query ?? ({} as Q);
  return pages((cursor) => fetchPage((cursor === undefined ? rest : { ...rest, after: cursor }) as Q), after);
}
