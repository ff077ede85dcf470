import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const application = {
  business_website_url: 'https://www.luckyshrub.com',
  primary_country_of_operation: 'India',
  primary_language: 'English',
  parent_business_or_brand: 'Lucky Shrub Holdings',
  supporting_links: [1, 2, 3, 4, 5].map((n) => `https://news.example.com/lucky-shrub-${n}`),
  additional_supporting_information: 'Featured in two national gardening magazines 🌿',
};

describe('officialBusinessAccount', () => {
  it('reads the status with fields', async () => {
    const status = { id: PHONE, oba_status: 'UNDER_REVIEW', status_message: 'Your request is being reviewed.' };
    const { fetch, calls } = stubFetch({ json: status }, { json: { id: '7', oba_status: 'NOT_STARTED' } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.officialBusinessAccount.status({ fields: ['oba_status', 'status_message'] })).resolves.toEqual(status);
    await expect(wa.officialBusinessAccount.status(undefined, { phoneNumberId: '7' })).resolves.toMatchObject({ oba_status: 'NOT_STARTED' });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${PHONE}/official_business_account?fields=oba_status%2Cstatus_message`],
      ['GET', `${GRAPH}/7/official_business_account`],
    ]);
  });

  it('submits a request as JSON, exactly as given', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.officialBusinessAccount.apply(application)).resolves.toEqual({ success: true });
    expect(calls.map((c) => [c.method, c.url, c.headers['content-type'], c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/official_business_account`, 'application/json', application],
    ]);
  });

  it('a refused request (e.g. too soon after a rejection) arrives as GraphApiError', async () => {
    const refusal = { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'AbC' } };
    const { fetch } = stubFetch({ status: 400, json: refusal });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.officialBusinessAccount.apply(application)).rejects.toMatchObject({ code: 100, status: 400, category: 'parameter' });
    await expect(wa.officialBusinessAccount.apply(application)).rejects.toBeInstanceOf(GraphApiError);
  });
});
