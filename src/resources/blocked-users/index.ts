// blockedUsers: GET|POST|DELETE /{phone-number-id}/block_users — the number's block list.
import { WhatsAppConfigError } from '../core/config-error.js';
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { BLOCK_USERS_PER_CALL, BlockUsersLimitError, withBlockOutcome, type BlockUsersOperation } from './block-users-errors.js';
import { cursorList } from './cursor-list.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, type QueryOf } from './request-options.js';

export type BlockedUser = Schemas['BlockedUser'];
export type BlockedUserList = Schemas['BlockedUserList'];
export type BlockedUserListQuery = QueryOf<'listBlockedUsers'>;
export type BlockUsersResponse = Schemas['BlockUsersResponse'];
export type UnblockUsersResponse = Schemas['UnblockUsersResponse'];

export function blockedUsersResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('block_users', defaultPhoneNumberId);

  const blockList = cursorList((query: BlockedUserListQuery | undefined, options: PhoneNumberCallOptions | undefined) =>
    transport.request<BlockedUserList>('GET', path(options), query ? { ...callInput(options), query } : callInput(options)),
  );

  async function change<T>(operation: BlockUsersOperation, users: readonly string[], options: PhoneNumberCallOptions | undefined): Promise<T> {
    if (!Array.isArray(users)) throw new WhatsAppConfigError(`To ${operation} users, pass a list of phone numbers or WhatsApp ids`);
    if (users.length === 0 || users.length > BLOCK_USERS_PER_CALL) throw new BlockUsersLimitError(operation, users.length);
    const body: Schemas['BlockUsersRequest'] = { messaging_product: 'whatsapp', block_users: users.map((user) => ({ user })) };
    try {
      return await transport.request<T>(operation === 'block' ? 'POST' : 'DELETE', path(options), { ...callInput(options), body });
    } catch (error) {
      throw withBlockOutcome(operation, error);
    }
  }

  return {
    /** One page of blocked users. Pass `after` (a page's `paging.cursors.after`) for the next one. */
    list: blockList.list,
    listPages: blockList.listPages,
    /** Every blocked user of every page. Graph answers 139102 if the list changes meanwhile: start again. */
    listAll: blockList.listAll,

    /**
     * Blocks 1 to 1,000 users (phone numbers or WhatsApp ids) who wrote in the last 24 hours.
     * When only some are blocked, rejects with `BlockUsersError`, whose `succeeded` and `failed`
     * say which.
     */
    async block(users: readonly string[], options?: PhoneNumberCallOptions): Promise<BlockUsersResponse> {
      return change<BlockUsersResponse>('block', users, options);
    },

    /** Unblocks 1 to 1,000 users. When only some are unblocked, rejects with `BlockUsersError`. */
    async unblock(users: readonly string[], options?: PhoneNumberCallOptions): Promise<UnblockUsersResponse> {
      return change<UnblockUsersResponse>('unblock', users, options);
    },
  };
}

export type BlockedUsersResource = ReturnType<typeof blockedUsersResource>;
