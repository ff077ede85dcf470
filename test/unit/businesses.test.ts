import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BUSINESS = '506914307656634';
const USER = '122101440998765432';
const GRAPH = 'https://graph.facebook.com/v23.0';

describe('businesses', () => {
  it('gets a business portfolio with fields', async () => {
    const { fetch, calls } = stubFetch({ json: { id: BUSINESS, name: 'Lucky Shrub Inc.', verification_status: 'verified' } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const business = await wa.businesses.get(BUSINESS, { fields: ['name', 'verification_status'] });
    expect(business.verification_status).toBe('verified');
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${GRAPH}/${BUSINESS}?fields=name%2Cverification_status` });
  });

  it('lists owned, client and user-assigned accounts on their own edges', async () => {
    const page = { json: { data: [{ id: '102290129340398', name: 'Lucky Shrub', tasks: ['MANAGE'] }] } };
    const { fetch, calls } = stubFetch(page);
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await wa.businesses.ownedWabas.list(BUSINESS, { fields: ['name', 'currency'], limit: 10 });
    await wa.businesses.clientWabas.list(BUSINESS);
    const listed = await wa.businesses.userWabas.list(USER, { after: 'QVFI' });
    expect(listed.data[0]?.tasks).toEqual(['MANAGE']);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${BUSINESS}/owned_whatsapp_business_accounts?fields=name%2Ccurrency&limit=10`],
      ['GET', `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts`],
      ['GET', `${GRAPH}/${USER}/assigned_whatsapp_business_accounts?after=QVFI`],
    ]);
  });

  it('walks every page of client accounts and stops at the last one', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: '1' }, { id: '2' }], paging: { cursors: { after: 'p1' }, next: `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?after=p1` } } },
      { json: { data: [{ id: '3' }], paging: { cursors: { before: 'p1', after: 'p2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const ids: string[] = [];
    for await (const account of wa.businesses.clientWabas.listAll(BUSINESS, { limit: 2 })) ids.push(account.id);
    expect(ids).toEqual(['1', '2', '3']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?limit=2`,
      `${GRAPH}/${BUSINESS}/client_whatsapp_business_accounts?limit=2&after=p1`,
    ]);
  });

  it('refuses an empty business or user id before sending', async () => {
    const { fetch, calls } = stubFetch();
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.businesses.get('')).rejects.toThrow(new WhatsAppConfigError('No business id: pass it to the call'));
    await expect(wa.businesses.ownedWabas.list(' ')).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.businesses.userWabas.listAll('').next()).rejects.toThrow(/No user id/);
    expect(calls).toHaveLength(0);
  });
});
