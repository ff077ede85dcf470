// Names of the block list shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { blockedUsersHelpers } from './index.js';

export type BlockedUser = Schemas['BlockedUser'];
export type BlockedUserList = Schemas['BlockedUserList'];
/** Page size and cursors of the block list (`wa.blockedUsers.list(query)`). */
export type BlockedUserListQuery = NonNullable<operations['listBlockedUsers']['parameters']['query']>;
/** The users to block or unblock, as `block` and `unblock` take them: `{ block_users: [{ user }] }`. */
export type BlockUsersRequest = Omit<Schemas['BlockUsersRequest'], 'messaging_product'> & { messaging_product?: 'whatsapp' };
export type BlockUsersResponse = Schemas['BlockUsersResponse'];
export type UnblockUsersResponse = Schemas['UnblockUsersResponse'];

/**
 * `wa.blockedUsers`: the generated `list`, and `block`/`unblock` with their limit and partial-failure errors.
 * @interface
 */
export type BlockedUsersResource = Omit<ResourceOperations<'blockedUsers'>, keyof ReturnType<typeof blockedUsersHelpers>> & ReturnType<typeof blockedUsersHelpers>;
