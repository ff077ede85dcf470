import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const GRAPH = 'https://graph.facebook.com/v27.0';
const APP = '1581203058692316';
const WABA = '102290129340398';
const SOLUTION = '795033096057724';
const solution = { id: SOLUTION, name: 'Social OVD with Lucky Shrub', status: 'ACTIVE', status_for_pending_request: 'NONE' };

describe('solutions', () => {
  it('gets a solution with nested fields', async () => {
    const { fetch, calls } = stubFetch({ json: solution });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.solutions.get(SOLUTION, { fields: ['name', 'owner_permissions', 'partners{partner_app,partner_permissions}'] })).resolves.toEqual(solution);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${SOLUTION}?fields=name%2Cowner_permissions%2Cpartners%7Bpartner_app%2Cpartner_permissions%7D`],
    ]);
  });

  it('answers solution and deactivation requests with bodiless POSTs', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.solutions.accept(SOLUTION)).resolves.toEqual({ success: true });
    await wa.solutions.reject(SOLUTION);
    await wa.solutions.requestDeactivation(SOLUTION);
    await wa.solutions.acceptDeactivation(SOLUTION);
    await wa.solutions.rejectDeactivation(SOLUTION);
    expect(calls.map((c) => [c.method, c.url, c.body, c.headers['content-type']])).toEqual(
      ['accept', 'reject', 'send_deactivation_request', 'accept_deactivation_request', 'reject_deactivation_request'].map((edge) => [
        'POST',
        `${GRAPH}/${SOLUTION}/${edge}`,
        undefined,
        undefined,
      ]),
    );
  });

  it('creates a solution under the client’s app or the call’s', async () => {
    const { fetch, calls } = stubFetch({ json: { solution_id: SOLUTION } });
    const wa = createWhatsApp({ accessToken: 't', appId: APP, fetch });
    const request = { solution_name: 'Social OVD with Lucky Shrub', partner_app_id: '637576208107267', owner_permissions: [], partner_permissions: ['MESSAGING' as const] };
    await expect(wa.solutions.create(request)).resolves.toEqual({ solution_id: SOLUTION });
    await wa.solutions.create({ ...request, owner_permissions: ['MESSAGING'], partner_permissions: [] }, { appId: '9' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${APP}/whatsapp_business_solution`, request],
      ['POST', `${GRAPH}/9/whatsapp_business_solution`, { ...request, owner_permissions: ['MESSAGING'], partner_permissions: [] }],
    ]);
  });

  it('gets a customer’s business token, in either documented form, as Graph answers it', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ access_token: 'EAAG-customer' }] } },
      { json: { access_token: 'EAAG-customer', expires_at: 1767225600 } },
      { json: { data: [] } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const query = { business_id: '2729063490586005' };
    await expect(wa.solutions.getAccessToken(SOLUTION, query)).resolves.toEqual({ data: [{ access_token: 'EAAG-customer' }] });
    await expect(wa.solutions.getAccessToken(SOLUTION, query)).resolves.toEqual({ access_token: 'EAAG-customer', expires_at: 1767225600 });
    await expect(wa.solutions.getAccessToken(SOLUTION, query)).resolves.toEqual({ data: [] });
    expect(calls.map((c) => [c.method, c.url])).toEqual(Array(3).fill(['GET', `${GRAPH}/${SOLUTION}/access_token?business_id=2729063490586005`]));
  });

  it('lists the app’s solutions by role and walks every page', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [solution], paging: { cursors: { after: 's1' }, next: `${GRAPH}/${APP}/whatsapp_business_solutions?after=s1` } } },
      { json: { data: [{ ...solution, id: '19702253086782' }] } },
    );
    const wa = createWhatsApp({ accessToken: 't', appId: APP, fetch });
    const ids: string[] = [];
    for await (const each of wa.solutions.list({ role: 'PARTNER', limit: 50 })) ids.push(each.id);
    expect(ids).toEqual([SOLUTION, '19702253086782']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${APP}/whatsapp_business_solutions?role=PARTNER&limit=50`,
      `${GRAPH}/${APP}/whatsapp_business_solutions?role=PARTNER&limit=50&after=s1`,
    ]);
  });

  it('lists the solutions that onboarded a WABA', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [solution] } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await expect(wa.solutions.listForWaba({ fields: ['name', 'status'] })).resolves.toEqual({ data: [solution] });
    await wa.solutions.listForWaba(undefined, { wabaId: '5' });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${WABA}/solutions?fields=name%2Cstatus`],
      ['GET', `${GRAPH}/5/solutions`],
    ]);
  });

  it('refuses empty ids and a missing app or WABA id before sending', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const refused = [
      () => wa.solutions.get(''),
      () => wa.solutions.accept(''),
      () => wa.solutions.getAccessToken('', { business_id: '2729063490586005' }),
      () => wa.solutions.create({ solution_name: 'Social OVD', partner_app_id: '1', owner_permissions: ['MESSAGING'], partner_permissions: [] }),
      () => wa.solutions.list(),
      () => wa.solutions.listForWaba(),
      () => wa.solutions.listClientBusinesses(),
    ];
    for (const call of refused) await expect(call()).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.solutions.list()).rejects.toThrow(/solutions.list: no app id/);
    expect(calls).toHaveLength(0);
  });
});

describe('solutions.listClientBusinesses', () => {
  it('lists the app’s connected client businesses, every page', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: '2729063490586005', name: 'Lucky Shrub' }], paging: { cursors: { after: 'b1' }, next: `${GRAPH}/${APP}/connected_client_businesses?after=b1` } } },
      { json: { data: [{ id: '6143763655652543', name: 'Social Brew' }] } },
    );
    const wa = createWhatsApp({ accessToken: 't', appId: APP, fetch });
    const names: (string | undefined)[] = [];
    for await (const business of wa.solutions.listClientBusinesses({ fields: ['id', 'name'] })) names.push(business.name);
    expect(names).toEqual(['Lucky Shrub', 'Social Brew']);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${APP}/connected_client_businesses?fields=id%2Cname`],
      ['GET', `${GRAPH}/${APP}/connected_client_businesses?fields=id%2Cname&after=b1`],
    ]);
  });
});
