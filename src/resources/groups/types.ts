// Names of the Groups API shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { MessageOptions, OutboundMessage } from '../messages/index.js';
import type { groupsHelpers } from './index.js';

export type Group = Schemas['Group'];
export type GroupList = Schemas['GroupList'];
export type GroupSummary = Schemas['GroupSummary'];
export type GroupInviteLink = Schemas['GroupInviteLink'];
export type CreateGroupResponse = Schemas['CreateGroupResponse'];
export type GroupChangeResponse = Schemas['GroupChangeResponse'];
export type GroupJoinRequest = Schemas['GroupJoinRequest'];
export type GroupJoinRequestList = Schemas['GroupJoinRequestList'];
export type ApproveGroupJoinRequestsResponse = Schemas['ApproveGroupJoinRequestsResponse'];
export type RejectGroupJoinRequestsResponse = Schemas['RejectGroupJoinRequestsResponse'];

/** Page size and cursors of the active group list (`wa.groups.list(query)`). */
export type GroupListQuery = NonNullable<operations['listGroups']['parameters']['query']>;

/** A new group as `create` takes it: the request without `messaging_product`, which is always `whatsapp`. */
export type NewGroup = Omit<Schemas['CreateGroupRequest'], 'messaging_product'>;

/** At least one key of T, each as T types it. */
type AtLeastOne<T> = { [K in keyof T]-?: Required<Pick<T, K>> & Partial<T> }[keyof T];

/** A new subject, a new description, or both (an empty change does not compile). */
export type GroupSettingsChanges = AtLeastOne<Omit<Schemas['UpdateGroupRequest'], 'messaging_product'>>;

/** The envelope fields `send` fills in for a group. */
type GroupEnvelope = 'messaging_product' | 'recipient_type' | 'to' | 'recipient' | 'context' | 'biz_opaque_callback_data';

/**
 * A message to a group without its envelope: `{ type: 'text', text: { body } }`, media, a
 * template… Interactive messages are not delivered to groups, so they do not compile.
 */
export type GroupMessage = OutboundMessage extends infer M ? (M extends { type: infer T } ? (T extends 'interactive' ? never : Omit<M, GroupEnvelope>) : never) : never;

/** Options of a group message: the envelope options but the recipient type, which is `group`. */
export type GroupMessageOptions = Omit<MessageOptions, 'recipientType'>;

/**
 * `wa.groups`: every generated Groups API operation, and the helpers over them.
 * @interface
 */
export type GroupsResource = Omit<ResourceOperations<'groups'>, keyof ReturnType<typeof groupsHelpers>> & ReturnType<typeof groupsHelpers>;
