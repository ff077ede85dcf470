// Names of the WhatsApp Business Account shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type WhatsAppBusinessAccount = Schemas['WhatsAppBusinessAccount'];
export type WabaHealthStatus = Schemas['WabaHealthStatus'];
export type WabaUpdateRequest = Schemas['WabaUpdateRequest'];
export type WabaUpdateResponse = Schemas['WabaUpdateResponse'];
export type WabaAssignedUser = Schemas['WabaAssignedUser'];
export type WabaAssignedUserList = Schemas['WabaAssignedUserList'];
export type WabaUserTask = Schemas['WabaUserTask'];
/** The business portfolio whose users to list (`business`, required), fields, page size and cursors. */
export type WabaAssignedUserListQuery = NonNullable<operations['listWabaAssignedUsers']['parameters']['query']>;
export type WabaActivity = Schemas['WabaActivity'];
export type WabaActivityList = Schemas['WabaActivityList'];
/** Fields, page size, cursors and a `since` / `until` time range of the activity log. */
export type WabaActivityListQuery = NonNullable<operations['listWabaActivities']['parameters']['query']>;

/** `wa.waba`: the account itself, its users (`listUsers`, `assignUser`, `removeUser`) and its activity log (`listActivities`). */
export type WabaResource = ResourceOperations<'waba'>;
