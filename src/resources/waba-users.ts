// Who may manage a WhatsApp Business Account: GET, POST and DELETE /{waba-id}/assigned_users.
// Graph lists the users of one business portfolio at a time, so listing needs its id.
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { getPage, pagesFrom } from './graph-list.js';
import { requireId } from './ids.js';
import { callInput, type QueryOf, type WabaCallOptions } from './request-options.js';
import type { wabaPath } from './waba-path.js';

export type WabaAssignedUser = Schemas['WabaAssignedUser'];
export type WabaAssignedUserList = Schemas['WabaAssignedUserList'];
export type WabaUserTask = Schemas['WabaUserTask'];
/** The business portfolio whose users to list (`business`, required), fields, page size and cursors. */
export type WabaAssignedUserListQuery = QueryOf<'listWabaAssignedUsers'>;
type ChangeResponse = Schemas['WabaUserChangeResponse'];

export function wabaUsersResource(transport: Transport, pathOf: ReturnType<typeof wabaPath>) {
  const list = async (query: WabaAssignedUserListQuery, options?: WabaCallOptions): Promise<WabaAssignedUserList> =>
    getPage(transport, pathOf(options, 'assigned_users'), query, options);
  const listPages = (query: WabaAssignedUserListQuery, options?: WabaCallOptions): AsyncGenerator<WabaAssignedUserList, void, undefined> =>
    pagesFrom(query, (page) => list(page, options));

  return {
    /** One page of the users of `query.business` with access to the account, with their tasks. */
    list,
    listPages,
    /** Every such user, page after page. */
    listAll(query: WabaAssignedUserListQuery, options?: WabaCallOptions): AsyncGenerator<WabaAssignedUser, void, undefined> {
      return items(listPages(query, options));
    },

    /**
     * Gives a business user or system user access with these permissions (at least one; they
     * replace what the user had on this account).
     */
    async assign(userId: string, tasks: readonly [WabaUserTask, ...WabaUserTask[]], options?: WabaCallOptions): Promise<ChangeResponse> {
      // A call without tasks would grant nothing; Graph refuses it, so it is not sent.
      if (!Array.isArray(tasks) || tasks.length === 0) throw new WhatsAppConfigError('No tasks: assign at least one, e.g. MANAGE');
      const body: Schemas['AssignWabaUserRequest'] = { user: requireId(userId, 'user id'), tasks: [...tasks] };
      return transport.request('POST', pathOf(options, 'assigned_users'), { ...callInput(options), body });
    },

    /** Takes all of the user's permissions on the account away. */
    async remove(userId: string, options?: WabaCallOptions): Promise<ChangeResponse> {
      const query: QueryOf<'removeWabaUser'> = { user: requireId(userId, 'user id') };
      return transport.request('DELETE', pathOf(options, 'assigned_users'), { ...callInput(options), query });
    },
  };
}

export type WabaUsersResource = ReturnType<typeof wabaUsersResource>;
