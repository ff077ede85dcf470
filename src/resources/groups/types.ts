// Who is in a group: its open join requests (GET, POST to approve, DELETE to reject
// /{group-id}/join_requests) and the removal of members (DELETE /{group-id}/participants).
// Nobody is added directly: users join by the invite link.
import type { CallOptions } from '../core/options.js';
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { callInput, type QueryOf } from './request-options.js';
import { objectPath, pagesFrom } from './graph-list.js';

export type GroupJoinRequest = Schemas['GroupJoinRequest'];
export type GroupJoinRequestList = Schemas['GroupJoinRequestList'];
export type ApproveGroupJoinRequestsResponse = Schemas['ApproveGroupJoinRequestsResponse'];
export type RejectGroupJoinRequestsResponse = Schemas['RejectGroupJoinRequestsResponse'];
export type GroupChangeResponse = Schemas['GroupChangeResponse'];

/** The cursors of a join request list and the call's options. */
export type GroupJoinRequestListOptions = QueryOf<'listGroupJoinRequests'> & CallOptions;

export function groupMembersResource(transport: Transport) {
  const joinRequests = (groupId: string) => `${objectPath(groupId, 'group id')}/join_requests`;

  /** The body of an approval or a rejection (the same schema for both). */
  const decision = (joinRequestIds: readonly string[]): Schemas['GroupJoinRequestsDecision'] => ({
    messaging_product: 'whatsapp',
    join_requests: [...joinRequestIds],
  });

  const resource = {
    /** One page of a group's open join requests. `iterateJoinRequests` walks all pages. */
    async listJoinRequests(groupId: string, options?: GroupJoinRequestListOptions): Promise<GroupJoinRequestList> {
      const input = callInput(options);
      const query: QueryOf<'listGroupJoinRequests'> = {};
      if (options?.after !== undefined) query.after = options.after;
      if (options?.before !== undefined) query.before = options.before;
      if (Object.keys(query).length > 0) input.query = query;
      return transport.request('GET', joinRequests(groupId), input);
    },

    /** Every open join request of a group, page after page. */
    iterateJoinRequests(groupId: string, options?: CallOptions): AsyncGenerator<GroupJoinRequest, void, undefined> {
      return items(pagesFrom<GroupJoinRequestListOptions, GroupJoinRequestList>(options, (pageOptions) => resource.listJoinRequests(groupId, pageOptions)));
    },

    /** Lets the users behind these join requests in. Graph lists the ids it could not approve. */
    async approveJoinRequests(groupId: string, joinRequestIds: readonly string[], options?: CallOptions): Promise<ApproveGroupJoinRequestsResponse> {
      return transport.request('POST', joinRequests(groupId), { ...callInput(options), body: decision(joinRequestIds) });
    },

    /** Turns these join requests down. Graph lists the ids it could not reject. */
    async rejectJoinRequests(groupId: string, joinRequestIds: readonly string[], options?: CallOptions): Promise<RejectGroupJoinRequestsResponse> {
      return transport.request('DELETE', joinRequests(groupId), { ...callInput(options), body: decision(joinRequestIds) });
    },

    /**
     * Removes members (up to 8 per call) by phone number or WhatsApp id. The
     * `group_participants_update` webhook reports each one as removed or failed.
     */
    async removeParticipants(groupId: string, users: readonly string[], options?: CallOptions): Promise<GroupChangeResponse> {
      const body: Schemas['RemoveGroupParticipantsRequest'] = { messaging_product: 'whatsapp', participants: users.map((user) => ({ user })) };
      return transport.request('DELETE', `${objectPath(groupId, 'group id')}/participants`, { ...callInput(options), body });
    },
  };
  return resource;
}
