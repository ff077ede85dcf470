import { describe, expect, it } from 'vitest';
import { BlockUsersError, BlockUsersLimitError, createWhatsApp, GraphApiError, WhatsAppConfigError, type BlockUsersRequest } from '../../src/index.js';
import { BLOCK_USERS_PER_CALL } from '../../src/resources/blocked-users/errors.js';
import { stubFetch } from '../support/fetch-stub.js';
import { spec } from '../support/spec.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const users = (...numbers: string[]): BlockUsersRequest => ({ block_users: numbers.map((user) => ({ user })) });

const notMessagedRecently = {
  input: '+15550100199',
  errors: [{ message: 'Re-engagement message', code: 131047, error_data: { details: 'No message from this user in 24 hours' } }],
};
const partialFailure = (outcome: Record<string, unknown>) => ({
  status: 400,
  headers: { 'x-fb-trace-id': 'AoE8W4Nl3FwT' },
  json: {
    messaging_product: 'whatsapp',
    block_users: outcome,
    error: { message: '(#139100) Failed to block/unblock users', type: 'OAuthException', code: 139100 },
  },
});

describe('blockedUsers', () => {
  it('lists one page with a limit and walks every page', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ messaging_product: 'whatsapp', wa_id: '1' }], paging: { cursors: { after: 'c1' }, next: `${GRAPH}/${PHONE}/block_users?after=c1` } } },
      { json: { data: [{ messaging_product: 'whatsapp', wa_id: '2' }], paging: { cursors: { after: 'c2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const ids: string[] = [];
    for await (const user of wa.blockedUsers.list({ limit: 50 })) ids.push(user.wa_id ?? user.user_id ?? '');
    expect(ids).toEqual(['1', '2']);
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', `${GRAPH}/${PHONE}/block_users?limit=50`, undefined],
      ['GET', `${GRAPH}/${PHONE}/block_users?limit=50&after=c1`, undefined],
    ]);
  });

  it('blocks with POST and unblocks with DELETE, each user as {user}', async () => {
    const { fetch, calls } = stubFetch(
      { json: { messaging_product: 'whatsapp', block_users: { added_users: [{ input: '+16505551234', wa_id: '16505551234' }] } } },
      { json: { messaging_product: 'whatsapp', block_users: { removed_users: [{ input: '5511987654321', wa_id: '5511987654321' }] } } },
    );
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const blocked = await wa.blockedUsers.block({ block_users: [{ user: '+16505551234' }] });
    const unblocked = await wa.blockedUsers.unblock({ block_users: [{ user: '5511987654321' }] }, { phoneNumberId: '7' });
    expect(blocked.block_users.added_users).toEqual([{ input: '+16505551234', wa_id: '16505551234' }]);
    expect(unblocked.block_users.removed_users?.[0]?.wa_id).toBe('5511987654321');
    expect(calls.map((c) => [c.method, c.url, c.body, c.headers['content-type']])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/block_users`, { messaging_product: 'whatsapp', block_users: [{ user: '+16505551234' }] }, 'application/json'],
      ['DELETE', `${GRAPH}/7/block_users`, { messaging_product: 'whatsapp', block_users: [{ user: '5511987654321' }] }, 'application/json'],
    ]);
  });

  it('a partly failed block rejects with BlockUsersError, keeping who was blocked and why the others were not', async () => {
    const { fetch } = stubFetch(partialFailure({ added_users: [{ input: '+16505551234', wa_id: '16505551234' }], failed_users: [notMessagedRecently] }));
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const error = await wa.blockedUsers.block(users('+16505551234', '+15550100199')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockUsersError);
    expect(error).toBeInstanceOf(GraphApiError);
    const failure = error as BlockUsersError;
    expect(failure).toMatchObject({ name: 'BlockUsersError', operation: 'block', status: 400, code: 139100, fbtraceId: 'AoE8W4Nl3FwT' });
    expect(failure.succeeded).toEqual([{ input: '+16505551234', wa_id: '16505551234' }]);
    expect(failure.failed).toEqual([notMessagedRecently]);
    expect(failure.message).toContain('blocked 1 of 2 users; not blocked: +15550100199 (131047)');
    expect(failure.category).toBe('recipient');
    expect(failure.retryable).toBe(false);
    expect(failure.request).toEqual({ method: 'POST', url: `${GRAPH}/${PHONE}/block_users` });
    expect((failure.body as { block_users: unknown }).block_users).toEqual({ added_users: [expect.any(Object)], failed_users: [notMessagedRecently] });
  });

  it('a partly failed unblock reports removed_users as succeeded', async () => {
    const { fetch } = stubFetch(partialFailure({ removed_users: [{ input: '1', wa_id: '1' }], failed_users: [{ ...notMessagedRecently, errors: [] }] }));
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const error = (await wa.blockedUsers.unblock(users('1', '+15550100199')).catch((e: unknown) => e)) as BlockUsersError;
    expect(error).toMatchObject({ operation: 'unblock', succeeded: [{ input: '1', wa_id: '1' }], failed: [{ input: '+15550100199', errors: [] }] });
    expect(error.message).toContain('unblocked 1 of 2 users; not unblocked: +15550100199 (no reason given)');
  });

  it('an error without a per-user outcome (a full block list) stays a plain GraphApiError', async () => {
    const { fetch } = stubFetch({ status: 400, json: { error: { message: 'Blocklist limit reached', type: 'OAuthException', code: 139101 } } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const error = await wa.blockedUsers.block(users('+16505551234')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).not.toBeInstanceOf(BlockUsersError);
    expect(error).toMatchObject({ code: 139101, category: 'account', action: 'fix_and_retry' });
  });

  it('a 200 that lists failed users is returned as is', async () => {
    const body = { messaging_product: 'whatsapp', block_users: { added_users: [], failed_users: [notMessagedRecently] } };
    const { fetch } = stubFetch({ json: body });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.blockedUsers.block(users('+15550100199'))).resolves.toEqual(body);
  });

  it('refuses no users and more than one call takes, before sending anything', async () => {
    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', block_users: { added_users: [] } } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const tooMany = Array.from({ length: BLOCK_USERS_PER_CALL + 1 }, (_, i) => `+1555010${String(i).padStart(4, '0')}`);
    const error = await wa.blockedUsers.block(users(...tooMany)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockUsersLimitError);
    expect(error).toMatchObject({ operation: 'block', limit: 1000, actual: 1001, category: 'parameter' });
    expect((error as Error).message).toMatch(/block_users has 1001; Graph takes at most 1000, so split the list/);
    await expect(wa.blockedUsers.unblock({ block_users: [] })).rejects.toMatchObject({ name: 'BlockUsersLimitError', operation: 'unblock', actual: 0 });
    // An untyped caller passing one number instead of the request.
    await expect(wa.blockedUsers.block('+16505551234' as unknown as BlockUsersRequest)).rejects.toThrow(/blockedUsers\.block: block_users must be a list/);
    await expect(wa.blockedUsers.unblock({ block_users: { user: '1' } } as unknown as BlockUsersRequest)).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(calls).toHaveLength(0);
    await wa.blockedUsers.block(users(...tooMany.slice(1)));
    expect((calls[0]?.body as { block_users: unknown[] }).block_users).toHaveLength(1000);
  });

  it('checks the same per-call limit the spec states', () => {
    expect(spec.components.schemas.BlockUsersRequest.properties.block_users.maxItems).toBe(BLOCK_USERS_PER_CALL);
  });

  it('needs a phone number id', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    await expect(wa.blockedUsers.list()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });
});
