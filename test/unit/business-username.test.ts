import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('businessUsername', () => {
  it('claims, reads, lists suggestions and deletes on the number, with the exact requests', async () => {
    const { fetch, calls } = stubFetch(
      { json: { status: 'reserved' } },
      { json: { username: 'lucky_shrub', status: 'reserved' } },
      { json: { data: [{ username_suggestions: ['lucky_shrub', 'luckyshrub.plants'] }] } },
      { json: { success: true } },
      { json: { status: 'approved' } },
    );
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.businessUsername.claim({ username: 'lucky_shrub' })).resolves.toEqual({ status: 'reserved' });
    await expect(wa.businessUsername.get()).resolves.toEqual({ username: 'lucky_shrub', status: 'reserved' });
    await expect(wa.businessUsername.suggestions()).resolves.toEqual({ data: [{ username_suggestions: ['lucky_shrub', 'luckyshrub.plants'] }] });
    await expect(wa.businessUsername.delete()).resolves.toEqual({ success: true });
    await wa.businessUsername.claim({ username: 'lucky_shrub', transfer_action: 'force_transfer' }, { phoneNumberId: '7' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/username`, { username: 'lucky_shrub' }],
      ['GET', `${GRAPH}/${PHONE}/username`, undefined],
      ['GET', `${GRAPH}/${PHONE}/username_suggestions`, undefined],
      ['DELETE', `${GRAPH}/${PHONE}/username`, undefined],
      ['POST', `${GRAPH}/7/username`, { username: 'lucky_shrub', transfer_action: 'force_transfer' }],
    ]);
  });

  it('a name held by another number of the portfolio (147005) is a GraphApiError to fix and send again', async () => {
    const refusal = { error: { message: 'Username in use', type: 'OAuthException', code: 147005, fbtrace_id: 'AbC' } };
    const { fetch } = stubFetch({ status: 400, json: refusal });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const error = await wa.businessUsername.claim({ username: 'lucky_shrub' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 147005, category: 'parameter', action: 'fix_and_retry' });
  });
});
