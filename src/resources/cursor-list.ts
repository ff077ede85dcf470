// A Graph list edge as the facade offers it: one page (`list`), every page (`listPages`) and every
// item (`listAll`), walking `paging.cursors.after` from the caller's own `after`, if any.
import { items, type CursorPage } from '../core/paging.js';
import { pagesFrom, type Cursors } from './graph-list.js';

export function cursorList<Q extends Cursors, O, P extends CursorPage<unknown>>(fetchPage: (query: Q | undefined, options: O | undefined) => Promise<P>) {
  function listPages(query?: Q, options?: O): AsyncGenerator<P, void, undefined> {
    return pagesFrom(query, (pageQuery) => fetchPage(pageQuery, options));
  }

  return {
    // async, so a missing id found while building the path rejects rather than throws.
    async list(query?: Q, options?: O): Promise<P> {
      return fetchPage(query, options);
    },
    listPages,
    listAll(query?: Q, options?: O): AsyncGenerator<P['data'][number], void, undefined> {
      return items(listPages(query, options) as AsyncIterable<CursorPage<P['data'][number]>>);
    },
  };
}
