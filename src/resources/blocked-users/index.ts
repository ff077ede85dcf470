// blockedUsers: the number's block list, /{phone-number-id}/block_users. `list` is generated;
// `block` and `unblock` keep the generated signature and add two things Graph does not: the
// per-call limit is checked before sending (Graph answers a longer list with a throttling code
// that can never succeed on retry), and a partly failed call rejects with the per-user outcome.
import { blockedUsersOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { compileOperation, type Operation } from '../../core/operation-call.js';
import type { PhoneNumberCallOptions } from '../../core/options.js';
import { BLOCK_USERS_PER_CALL, BlockUsersLimitError, withBlockOutcome, type BlockUsersOperation } from './errors.js';
import type { BlockUsersRequest, BlockUsersResponse, UnblockUsersResponse } from './types.js';

const NO_IDS: readonly string[] = [];

export function blockedUsersHelpers(core: ClientCore) {
  const block = compileOperation(core, 'blockedUsers.block', blockedUsersOperations.block);
  const unblock = compileOperation(core, 'blockedUsers.unblock', blockedUsersOperations.unblock);

  return {
    /**
     * Blocks 1 to 1,000 users (phone numbers or WhatsApp ids) who wrote in the last 24 hours:
     * `block({ block_users: [{ user: '+16505551234' }] })`. When only some are blocked, rejects
     * with `BlockUsersError`, whose `succeeded` and `failed` say which.
     */
    block(request: BlockUsersRequest, options?: PhoneNumberCallOptions): Promise<BlockUsersResponse> {
      return change<BlockUsersResponse>(block, 'block', request, options);
    },

    /** Unblocks 1 to 1,000 users. When only some are unblocked, rejects with `BlockUsersError`. */
    unblock(request: BlockUsersRequest, options?: PhoneNumberCallOptions): Promise<UnblockUsersResponse> {
      return change<UnblockUsersResponse>(unblock, 'unblock', request, options);
    },
  };
}

async function change<T>(operation: Operation, name: BlockUsersOperation, request: BlockUsersRequest, options: PhoneNumberCallOptions | undefined): Promise<T> {
  const users: unknown = request?.block_users;
  if (!Array.isArray(users)) throw new WhatsAppConfigError(`blockedUsers.${name}: block_users must be a list of { user } (phone numbers or WhatsApp ids)`);
  if (users.length === 0 || users.length > BLOCK_USERS_PER_CALL) throw new BlockUsersLimitError(name, users.length);
  try {
    return await operation.call<T>(NO_IDS, request, options);
  } catch (error) {
    throw withBlockOutcome(name, error);
  }
}
