// The one pager, for every cursor list Graph has. A list call returns a PagePromise:
//   await wa.templates.list()                      → one page (`data`, `paging`)
//   for await (const t of wa.templates.list())     → every item of every page
//   for await (const p of wa.templates.list().pages()) → every page
// Walking starts from the caller's own `after` cursor, if the query has one, and asks for the page
// after `paging.cursors.after` while the page says a next one exists (`paging.next`). The cursor
// goes through our own transport rather than fetching `paging.next` as is: that URL is absolute
// (it ignores a configured baseUrl) and would skip the client's auth, appsecret_proof and timeouts.
import type { Schemas } from './spec-types.js';

/** What every Graph list page has: its items (in `data`, or nested one level in it) and cursors. */
export interface CursorPage<T = unknown> {
  data?: T[] | Record<string, unknown>;
  paging?: Schemas['CursorPaging'];
}

/** The items of one page; a page without them (Graph may leave `data` out of an empty one) has none. */
export type ItemsOf = (page: CursorPage) => readonly unknown[];

/** Items in `data` itself, Graph's usual list. */
export const itemsInData: ItemsOf = (page) => (Array.isArray(page.data) ? page.data : []);

/** Fetches the page after `after` (the first page, or the caller's cursor, when undefined). */
export type PageFetcher<P> = (after: string | undefined) => Promise<P>;

/**
 * One page when awaited, every item under `for await`, every page from `.pages()`. Nothing is sent
 * until one of them is used; the first page is fetched once however it is used first.
 */
export class PagePromise<P extends CursorPage, Item = unknown> implements PromiseLike<P>, AsyncIterable<Item> {
  readonly #fetchPage: PageFetcher<P>;
  readonly #after: string | undefined;
  readonly #itemsOf: ItemsOf;
  #first: Promise<P> | undefined;

  constructor(fetchPage: PageFetcher<P>, after?: string, itemsOf: ItemsOf = itemsInData) {
    this.#fetchPage = fetchPage;
    this.#after = after;
    this.#itemsOf = itemsOf;
  }

  then<A = P, B = never>(onFulfilled?: ((page: P) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<P | B> {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<P> {
    return this.#firstPage().finally(onFinally);
  }

  /**
   * Every page, in order. A failed page (e.g. a cursor Graph rejects) rejects that step and ends
   * the walk; nothing is retried behind the caller's back beyond the client's retry policy.
   */
  async *pages(): AsyncGenerator<P, void, undefined> {
    const followed = new Set<string>();
    let page = await this.#firstPage();
    for (;;) {
      yield page;
      const next = nextCursor(page);
      // An empty page, or a cursor already followed, would loop forever.
      if (next === undefined || this.#itemsOf(page).length === 0 || followed.has(next)) return;
      followed.add(next);
      page = await this.#fetchPage(next);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* this.#itemsOf(page) as Item[];
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }

  #firstPage(): Promise<P> {
    return (this.#first ??= this.#fetchPage(this.#after));
  }
}

/** The cursor of the page after `page`, or undefined when `page` is the last one. */
export function nextCursor(page: CursorPage): string | undefined {
  const paging = page.paging;
  if (!paging?.next) return undefined;
  return paging.cursors?.after ?? cursorInUrl(paging.next);
}

function cursorInUrl(url: string): string | undefined {
  try {
    return new URL(url).searchParams.get('after') ?? undefined;
  } catch {
    return undefined;
  }
}
