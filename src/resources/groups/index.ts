// groups: the Groups API — create and list a phone number's groups (/{phone-number-id}/groups),
// read, change and delete one (/{group-id}), its invite link, and (group-members.ts) its join
// requests and members — plus `send`, a message addressed to a group.
// Creation and most changes finish in the background: the group_* webhooks report the outcome,
// carrying the `request_id` these calls return.
import type { CallOptions, PhoneNumberCallOptions } from '../core/options.js';
import { items, type CursorPage } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { groupMembersResource, type GroupChangeResponse } from './group-members.js';
import { groupPictureForm, type GroupPictureInput } from './group-picture.js';
import { messagesResource, type MessageOptions, type OutboundMessage, type SendMessageResponse } from './messages/index.js';
import type { ClientCore } from '../core/client-core.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, queryPart, type FieldsOptions, type QueryOf } from './request-options.js';
import { objectPath, pagesFrom } from './graph-list.js';

export type Group = Schemas['Group'];
export type GroupList = Schemas['GroupList'];
export type GroupSummary = Schemas['GroupSummary'];
export type GroupInviteLink = Schemas['GroupInviteLink'];
export type CreateGroupResponse = Schemas['CreateGroupResponse'];

/** A new group as `create` takes it: the request without `messaging_product`, which is always `whatsapp`. */
export type NewGroup = Omit<Schemas['CreateGroupRequest'], 'messaging_product'>;

/** At least one key of T, each as T types it. */
type AtLeastOne<T> = { [K in keyof T]-?: Required<Pick<T, K>> & Partial<T> }[keyof T];

/** A new subject, a new description, or both (an empty change does not compile). */
export type GroupSettingsChanges = AtLeastOne<Omit<Schemas['UpdateGroupRequest'], 'messaging_product'>>;

/** Page size and cursors of the active group list, and the call's options. */
export type GroupListOptions = QueryOf<'listGroups'> & PhoneNumberCallOptions;

/** The envelope fields `send` fills in for a group. */
type GroupEnvelope = 'messaging_product' | 'recipient_type' | 'to' | 'recipient' | 'context' | 'biz_opaque_callback_data';

/**
 * A message to a group without its envelope: `{ type: 'text', text: { body } }`, media, a
 * template… Interactive messages are not delivered to groups, so they do not compile.
 */
export type GroupMessage = OutboundMessage extends infer M ? (M extends { type: infer T } ? (T extends 'interactive' ? never : Omit<M, GroupEnvelope>) : never) : never;

/** Options of a group message: the envelope options but the recipient type, which is `group`. */
export type GroupMessageOptions = Omit<MessageOptions, 'recipientType'>;

export function groupsResource(core: ClientCore) {
  const transport: Transport = core.transport;
  const groupsOf = phoneNumberEdge('groups', core.defaults.phoneNumberId);
  const messages = messagesResource(core);
  const inviteLinkOf = (groupId: string) => `${objectPath(groupId, 'group id')}/invite_link`;
  const inviteLinkBody: Schemas['GroupInviteLinkRequest'] = { messaging_product: 'whatsapp' };

  const resource = {
    /**
     * Asks Graph to create a group. The answer holds only a `request_id`: the group's id and
     * invite link arrive on the `group_lifecycle_update` webhook with that id.
     */
    async create(group: NewGroup, options?: PhoneNumberCallOptions): Promise<CreateGroupResponse> {
      const body: Schemas['CreateGroupRequest'] = { messaging_product: 'whatsapp', ...group };
      return transport.request('POST', groupsOf(options), { ...callInput(options), body });
    },

    /** One page of the phone number's active groups (in `data.groups`). `iterate` walks all pages. */
    async list(options?: GroupListOptions): Promise<GroupList> {
      const query = queryPart(options);
      const input = callInput(options);
      if (Object.keys(query).length > 0) input.query = query;
      return transport.request('GET', groupsOf(options), input);
    },

    /** Every active group, page after page (Graph cursor paging). */
    iterate(options?: Omit<GroupListOptions, 'after' | 'before'>): AsyncGenerator<GroupSummary, void, undefined> {
      return items(
        pagesFrom<GroupListOptions, CursorPage<GroupSummary>>(options, async (pageOptions) => {
          const page = await resource.list(pageOptions);
          // Graph nests this list one level deeper than its other lists; an empty page may lack it.
          return { data: page.data?.groups ?? [], paging: page.paging };
        }),
      );
    },

    /** A group's details; `fields` picks them (subject, description, participants, join_approval_mode, …). */
    async get(groupId: string, options?: CallOptions & FieldsOptions): Promise<Group> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      return transport.request('GET', objectPath(groupId, 'group id'), input);
    },

    /** Changes the subject, the description, or both. */
    async update(groupId: string, changes: GroupSettingsChanges, options?: CallOptions): Promise<GroupChangeResponse> {
      const body: Schemas['UpdateGroupRequest'] = { messaging_product: 'whatsapp', ...changes };
      return transport.request('POST', objectPath(groupId, 'group id'), { ...callInput(options), body });
    },

    /**
     * Sets the group's picture: a square JPEG (at least 192 × 192) of at most 5 MB. Another type or
     * a larger file rejects with MediaFileError before anything is sent.
     */
    async setPicture(groupId: string, picture: GroupPictureInput, options?: CallOptions & { mimeType?: string }): Promise<GroupChangeResponse> {
      const form = await groupPictureForm(picture, options?.mimeType);
      return transport.request('POST', objectPath(groupId, 'group id'), { ...callInput(options), body: form });
    },

    /** Deletes the group: every member, the business included, is removed. */
    async delete(groupId: string, options?: CallOptions): Promise<GroupChangeResponse> {
      return transport.request('DELETE', objectPath(groupId, 'group id'), callInput(options));
    },

    /** The link users open to join the group. */
    async inviteLink(groupId: string, options?: CallOptions): Promise<GroupInviteLink> {
      return transport.request('POST', inviteLinkOf(groupId), { ...callInput(options), body: inviteLinkBody });
    },

    /** Revokes the current invite link; `inviteLink` then gives its replacement. */
    async resetInviteLink(groupId: string, options?: CallOptions): Promise<GroupChangeResponse> {
      return transport.request('DELETE', inviteLinkOf(groupId), { ...callInput(options), body: inviteLinkBody });
    },

    ...groupMembersResource(transport),

    /**
     * Sends a message to a group: `recipient_type: group` with the group id as `to`.
     * `wa.groups.send(groupId, { type: 'text', text: { body: 'Hello all' } })`.
     */
    send(groupId: string, message: GroupMessage, options?: GroupMessageOptions): Promise<SendMessageResponse> {
      const envelope = messages.envelope(groupId, { ...options, recipientType: 'group' });
      return messages.send({ ...message, ...envelope } as OutboundMessage, options);
    },
  };
  return resource;
}

export type GroupsResource = ReturnType<typeof groupsResource>;
