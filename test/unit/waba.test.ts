import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const WABA = '102290129340398';
const BUSINESS = '506914307656634';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('waba', () => {
  it('gets the account with fields, and the default fields without them', async () => {
    const health = { can_send_message: 'LIMITED', entities: [{ entity_type: 'PHONE_NUMBER', id: '1', can_send_message: 'LIMITED', errors: [{ error_code: 141006, error_description: 'x', possible_solution: 'y' }] }] };
    const { fetch, calls } = stubFetch({ json: { id: WABA, currency: 'USD', health_status: health } }, { json: { id: '7', name: 'Other' } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const account = await wa.waba.get({ fields: ['name', 'currency', 'timezone_id', 'health_status'] });
    expect(account.health_status?.entities?.[0]?.errors?.[0]?.error_code).toBe(141006);
    await expect(wa.waba.get(undefined, { wabaId: '7' })).resolves.toEqual({ id: '7', name: 'Other' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', `${GRAPH}/${WABA}?fields=name%2Ccurrency%2Ctimezone_id%2Chealth_status`, undefined],
      ['GET', `${GRAPH}/7`, undefined],
    ]);
    expect(calls[0]?.headers.authorization).toBe('Bearer t');
  });

  it('turns template analytics on with the documented body', async () => {
    const { fetch, calls } = stubFetch({ json: { id: WABA } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await expect(wa.waba.update({ is_enabled_for_insights: true })).resolves.toEqual({ id: WABA });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${GRAPH}/${WABA}`, body: { is_enabled_for_insights: true } });
    expect(calls[0]?.headers['content-type']).toBe('application/json');
  });

  it('lists the users of a business, walks the pages, assigns one with tasks and removes one', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: 'u1', tasks: ['MANAGE'] }], paging: { cursors: { after: 'c1' }, next: `${GRAPH}/${WABA}/assigned_users?after=c1` } } },
      { json: { data: [{ id: 'u2', user_type: 'SYSTEM_USER' }], paging: { cursors: { after: 'c2' } } } },
      { json: { success: true } },
    );
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const ids: string[] = [];
    for await (const user of wa.waba.listUsers({ business: BUSINESS, fields: ['name', 'tasks'] })) ids.push(user.id);
    expect(ids).toEqual(['u1', 'u2']);
    await wa.waba.assignUser({ user: '122101440998765432', tasks: ['MANAGE', 'DEVELOP'] });
    await wa.waba.removeUser({ user: '122101440998765432' }, { wabaId: '9' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', `${GRAPH}/${WABA}/assigned_users?business=${BUSINESS}&fields=name%2Ctasks`, undefined],
      ['GET', `${GRAPH}/${WABA}/assigned_users?business=${BUSINESS}&fields=name%2Ctasks&after=c1`, undefined],
      ['POST', `${GRAPH}/${WABA}/assigned_users`, { user: '122101440998765432', tasks: ['MANAGE', 'DEVELOP'] }],
      ['DELETE', `${GRAPH}/9/assigned_users?user=122101440998765432`, undefined],
    ]);
  });

  it('lists the activity log in a time range, from a cursor on', async () => {
    const firstPage = { json: { data: [{ id: 'a1', event_type: 'USER_ADDED', timestamp: 1751292000 }], paging: { cursors: { after: 'n1' }, next: `${GRAPH}/x?after=n1` } } };
    const { fetch, calls } = stubFetch(firstPage, firstPage, { json: { data: [] } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const page = await wa.waba.listActivities({ since: '1751241600', until: '1751328000', limit: 50 });
    expect(page.data[0]?.event_type).toBe('USER_ADDED');
    const seen: string[] = [];
    for await (const entry of wa.waba.listActivities({ after: 'start' })) seen.push(entry.id);
    expect(seen).toEqual(['a1']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${WABA}/activities?since=1751241600&until=1751328000&limit=50`,
      `${GRAPH}/${WABA}/activities?after=start`,
      `${GRAPH}/${WABA}/activities?after=n1`,
    ]);
  });

  it('needs a WABA id and sends nothing without one', async () => {
    const { fetch, calls } = stubFetch();
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.waba.get()).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.waba.listUsers({ business: BUSINESS })).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.waba.listActivities()).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(calls).toHaveLength(0);
  });
});
