// The WABA analytics helpers: the exact field expression Graph is sent, the dates they accept and
// refuse, and the data points they return.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const WABA = '102290129340398';
const NOV_1 = 1761955200;
const NOV_8 = 1762560000;

function client(...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: WABA, fetch: stub.fetch });
  return { wa, calls: stub.calls };
}

/** The `fields` query of a recorded request, decoded. */
const fieldsOf = (url: string) => new URL(url).searchParams.get('fields');

describe('waba analytics helpers', () => {
  it('messagingAnalytics: GET /{waba-id}?fields=analytics.start(…).end(…)… from Dates, returns the data points', async () => {
    const points = [{ start: NOV_1, end: NOV_1 + 86400, sent: 10, delivered: 9 }];
    const { wa, calls } = client({ json: { id: WABA, analytics: { granularity: 'DAY', data_points: points } } });
    const result = await wa.waba.messagingAnalytics({
      start: new Date(NOV_1 * 1000 + 999),
      end: new Date(NOV_8 * 1000),
      granularity: 'DAY',
      phone_numbers: ['16505550111'],
      product_types: [0, 100],
    });
    expect(result).toEqual(points);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('GET');
    expect(calls[0]!.url.split('?')[0]).toBe(`${BASE}/${WABA}`);
    expect(fieldsOf(calls[0]!.url)).toBe(`analytics.start(${NOV_1}).end(${NOV_8}).granularity(DAY).phone_numbers(["16505550111"]).product_types([0,100])`);
    expect(calls[0]!.headers.authorization).toBe('Bearer EAAG-token');
  });

  it('pricingAnalytics: unix seconds, list parameters as JSON arrays, data points of every block', async () => {
    const { wa, calls } = client({
      json: {
        id: WABA,
        pricing_analytics: { data: [{ data_points: [{ start: NOV_1, end: NOV_8, pricing_category: 'MARKETING', volume: 3, cost: 0.27 }] }, { data_points: [{ start: NOV_1, end: NOV_8, pricing_category: 'MARKETING_LITE', volume: 1 }] }] },
      },
    });
    const result = await wa.waba.pricingAnalytics({ start: NOV_1, end: NOV_8, granularity: 'DAILY', dimensions: ['PRICING_CATEGORY', 'COUNTRY'], country_codes: ['US'] }, { wabaId: '104996122399160' });
    expect(result.map((point) => point.pricing_category)).toEqual(['MARKETING', 'MARKETING_LITE']);
    expect(calls[0]!.url.split('?')[0]).toBe(`${BASE}/104996122399160`);
    expect(fieldsOf(calls[0]!.url)).toBe(`pricing_analytics.start(${NOV_1}).end(${NOV_8}).granularity(DAILY).dimensions(["PRICING_CATEGORY","COUNTRY"]).country_codes(["US"])`);
  });

  it('conversationAnalytics and callAnalytics: their own field names; no data is an empty list', async () => {
    const { wa, calls } = client({ json: { id: WABA } }, { json: { id: WABA, call_analytics: { granularity: 'DAILY', data_points: [{ start: NOV_1, end: NOV_8, count: 4, average_duration: 61 }] } } });
    await expect(wa.waba.conversationAnalytics({ start: NOV_1, end: NOV_8, granularity: 'MONTHLY', metric_types: ['COST'] })).resolves.toEqual([]);
    const calls2 = await wa.waba.callAnalytics({ start: NOV_1, end: NOV_8, granularity: 'DAILY', directions: ['USER_INITIATED'] });
    expect(calls2[0]).toMatchObject({ count: 4, average_duration: 61 });
    expect(fieldsOf(calls[0]!.url)).toBe(`conversation_analytics.start(${NOV_1}).end(${NOV_8}).granularity(MONTHLY).metric_types(["COST"])`);
    expect(fieldsOf(calls[1]!.url)).toBe(`call_analytics.start(${NOV_1}).end(${NOV_8}).granularity(DAILY).directions(["USER_INITIATED"])`);
  });

  it('refuses bad dates before sending, naming the field', async () => {
    const { wa, calls } = client();
    await expect(wa.waba.messagingAnalytics({ start: new Date('nope'), end: NOV_8, granularity: 'DAY' })).rejects.toThrow(/waba\.messagingAnalytics: start is an invalid Date/);
    await expect(wa.waba.callAnalytics({ start: NOV_1, end: 1.5, granularity: 'DAILY' })).rejects.toThrow(/end must be a Date or Unix seconds/);
    await expect(wa.waba.pricingAnalytics({ start: NOV_8, end: NOV_1, granularity: 'DAILY' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    // A value that could break out of the expression is refused, not sent.
    await expect(wa.waba.callAnalytics({ start: NOV_1, end: NOV_8, granularity: 'DAILY).x(' as 'DAILY' })).rejects.toThrow(/granularity must be/);
    expect(calls).toHaveLength(0);
  });

  it('the waba id is checked like every id: an empty override is refused', async () => {
    const { wa, calls } = client();
    await expect(wa.waba.callAnalytics({ start: NOV_1, end: NOV_8, granularity: 'DAILY' }, { wabaId: '' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(calls).toHaveLength(0);
  });
});
