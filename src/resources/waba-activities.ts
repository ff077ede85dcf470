// A WhatsApp Business Account's activity log: GET /{waba-id}/activities.
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { getPage, pagesFrom } from './graph-list.js';
import type { QueryOf, WabaCallOptions } from './request-options.js';
import type { wabaPath } from './waba-path.js';

export type WabaActivity = Schemas['WabaActivity'];
export type WabaActivityList = Schemas['WabaActivityList'];
/** Fields, page size, cursors and a `since` / `until` time range. */
export type WabaActivityListQuery = QueryOf<'listWabaActivities'>;

export function wabaActivitiesResource(transport: Transport, pathOf: ReturnType<typeof wabaPath>) {
  const list = async (query?: WabaActivityListQuery, options?: WabaCallOptions): Promise<WabaActivityList> =>
    getPage(transport, pathOf(options, 'activities'), query, options);
  const listPages = (query?: WabaActivityListQuery, options?: WabaCallOptions): AsyncGenerator<WabaActivityList, void, undefined> =>
    pagesFrom(query, (page) => list(page, options));

  return {
    /** One page of the log, newest first. */
    list,
    listPages,
    /** Every entry of the log, page after page. */
    listAll(query?: WabaActivityListQuery, options?: WabaCallOptions): AsyncGenerator<WabaActivity, void, undefined> {
      return items(listPages(query, options));
    },
  };
}

export type WabaActivitiesResource = ReturnType<typeof wabaActivitiesResource>;
