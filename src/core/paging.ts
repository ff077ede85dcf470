// Graph cursor paging. A list call returns one page; `pages()` walks the rest by asking for the
// page after `paging.cursors.after` while the page says a next one exists (`paging.next`).
// We follow the cursor through our own transport instead of fetching `paging.next` as is: that URL
// is absolute (it ignores a configured baseUrl) and would skip the client's auth, appsecret_proof
// and timeouts.
import type { Schemas } from './spec-types.js';

export interface CursorPage<T> {
  data: T[];
  paging?: Schemas['CursorPaging'];
}

/** The cursor of the page after `page`, or undefined when `page` is the last one. */
export function nextCursor(page: CursorPage<unknown>): string | undefined {
  const paging = page.paging;
  if (!paging?.next) return undefined;
  return paging.cursors?.after ?? cursorInUrl(paging.next);
}

/**
 * Every page, starting after `after` (or at the first page). A failed page (e.g. a cursor Graph
 * rejects) rejects that `next()` and ends the iteration; nothing is retried behind the caller's back.
 */
export async function* pages<P extends CursorPage<unknown>>(
  fetchPage: (after: string | undefined) => Promise<P>,
  after?: string,
): AsyncGenerator<P, void, undefined> {
  const seen = new Set<string>();
  let cursor = after;
  for (;;) {
    const page = await fetchPage(cursor);
    yield page;
    const next = nextCursor(page);
    // An empty page or a cursor we already followed would loop forever.
    if (next === undefined || page.data.length === 0 || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}

/** Every item of every page, in order. */
export async function* items<T>(pageIterator: AsyncIterable<CursorPage<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of pageIterator) yield* page.data;
}

function cursorInUrl(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('after') ?? undefined;
  } catch {
    return undefined;
  }
}
