// Users known only by business-scoped id in the REST surface: the block list and group members
// take and return `user_id` (reference: Meta's BSUID rollout, "Other APIs touched").
import { describe, expect, it } from 'vitest';
import { validateBlockedUser, validateBlockUsersRequest, validateGroup, validateGroupJoinRequest, validateRemoveGroupParticipantsRequest } from '../../generated/validators.js';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BSUID = 'US.13491208655302741918';

describe('BSUIDs in the block list and groups', () => {
  it('blocks a user by business-scoped id, and refuses an item with neither id or an unknown key', async () => {
    expect(validateBlockUsersRequest({ messaging_product: 'whatsapp', block_users: [{ user_id: BSUID }, { user: '+16505551234' }] })).toBe(true);
    expect(validateBlockUsersRequest({ messaging_product: 'whatsapp', block_users: [{}] })).toBe(false);
    expect(validateBlockUsersRequest({ messaging_product: 'whatsapp', block_users: [{ parent_user_id: BSUID }] })).toBe(false);
    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', block_users: { added_users: [{ input: BSUID, user_id: BSUID }] } } });
    await createWhatsApp({ accessToken: 'token-of-the-bsuid-test', phoneNumberId: '1061', fetch }).blockedUsers.block({ block_users: [{ user_id: BSUID }] });
    expect(calls[0]!.body).toEqual({ messaging_product: 'whatsapp', block_users: [{ user_id: BSUID }] });
  });

  it('reads blocked users, members and join requests that have no phone number', () => {
    expect(validateBlockedUser({ messaging_product: 'whatsapp', user_id: BSUID, parent_user_id: 'US.ENT.1' })).toBe(true);
    expect(validateGroup({ id: 'g1', participants: [{ user_id: BSUID, username: 'bookshop.fan' }, { wa_id: '16505551234', user_id: BSUID }] })).toBe(true);
    expect(validateGroupJoinRequest({ join_request_id: 'j1', user_id: BSUID, username: 'bookshop.fan' })).toBe(true);
  });

  it('removes a group member by business-scoped id, never by both ids at once', () => {
    expect(validateRemoveGroupParticipantsRequest({ messaging_product: 'whatsapp', participants: [{ user_id: BSUID }, { user: '16505551234' }] })).toBe(true);
    expect(validateRemoveGroupParticipantsRequest({ messaging_product: 'whatsapp', participants: [{ user: '16505551234', user_id: BSUID }] })).toBe(false);
  });
});
