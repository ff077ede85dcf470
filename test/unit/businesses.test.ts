import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BUSINESS = '506914307656634';
const USER = '122101440998765432';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('businesses', () => {
  it('gets a business portfolio with fields', async () => {
    const { fetch, calls } = stubFetch({ json: { id: BUSINESS, name: 'Lucky Shrub Inc.', verification_status: 'verified' } });
    const wa = createWhatsApp({ accessToken: 't', businessId: BUSINESS, fetch });
    const business = await wa.businesses.get({ fields: ['name', 'verification_status'] });
    expect(business.verification_status).toBe('verified');
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${GRAPH}/${BUSINESS}?fields=name%2Cverification_status` });
  });

  it('lists owned, client and user-assigned accounts on their own edges', async () => {
    const page = { json: { data: [{ id: '102290129340398', name: 'Lucky Shrub', tasks: ['MANAGE'] }] } };
    const { fetch, calls } = stubFetch(page);
    const wa = createWhatsApp({ accessToken: 't', businessId: BUSINESS, fetch });
    await wa.businesses.listOwnedWabas({ fields: ['name', 'currency'], limit: 10 });
    await wa.businesses.listClientWabas(undefined, { businessId: '7' });
    const listed = await wa.businesses.listUserWabas(USER, { after: 'QVFI' });
    expect(listed.data[0]?.tasks).toEqual(['MANAGE']);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${BUSINESS}/owned_whatsapp_business_accounts?fields=name%2Ccurrency&limit=10`],
      ['GET', `${GRAPH}/7/client_whatsapp_business_accounts`],
      ['GET', `${GRAPH}/${USER}/assigned_whatsapp_business_accounts?after=QVFI`],
    ]);
  });

  it('walks every page of client accounts and stops at the last one', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: '1' }, { id: '2' }], paging: { cursors: { after: 'p1' }, next: `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?after=p1` } } },
      { json: { data: [{ id: '3' }], paging: { cursors: { before: 'p1', after: 'p2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', businessId: BUSINESS, fetch });
    const ids: string[] = [];
    for await (const account of wa.businesses.listClientWabas({ limit: 2 })) ids.push(account.id);
    expect(ids).toEqual(['1', '2', '3']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?limit=2`,
      `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?limit=2&after=p1`,
    ]);
  });

  it('refuses a missing or empty business id and an empty user id before sending', async () => {
    const { fetch, calls } = stubFetch();
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.businesses.get()).rejects.toThrow(new WhatsAppConfigError('businesses.get: no business portfolio id; pass businessId to createWhatsApp or in this call\'s options'));
    await expect(wa.businesses.listOwnedWabas(undefined, { businessId: ' ' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.businesses.listUserWabas('')[Symbol.asyncIterator]().next()).rejects.toThrow(/listUserWabas: userId is empty/);
    expect(calls).toHaveLength(0);
  });
});
