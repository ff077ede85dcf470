// WABA analytics through Prism: the paged template, template group and group analytics, and an
// analytics helper's field expression, each checked against the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const WABA = '102290129340398';
const window = { start: 1761955200, end: 1762560000, granularity: 'DAILY' as const };

describe('contract: WABA analytics', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({ barePath: '/{waba-id}' });
    wa = createWhatsApp({ accessToken: 'test-token', wabaId: WABA, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('listTemplateAnalytics, listTemplateGroupAnalytics, listGroupAnalytics', async () => {
    const templates = await wa.waba.listTemplateAnalytics({ ...window, template_ids: ['594425479261596'], metric_types: ['SENT', 'CLICKED'], product_type: 'CLOUD_API', after: 'MjQZD' });
    expect(templates.data[0]?.data_points.length).toBeGreaterThan(0);
    const groups = await wa.waba.listTemplateGroupAnalytics({ ...window, template_group_ids: ['9020555671393375'] });
    expect(Array.isArray(groups.data)).toBe(true);
    const group = await wa.waba.listGroupAnalytics({ ...window, group_ids: ['Y2FwaV9ncm91cDoxOTUwNTU1MDA3OTozOTg1NjcxMTQzMTM5NzU5'], metric_types: ['PARTICIPANTS_JOINED'] });
    expect(Array.isArray(group.data)).toBe(true);
  });

  it('Prism refuses a template analytics query without template ids', async () => {
    const response = await fetch(`${prism.baseUrl}/${WABA}/template_analytics?start=1&end=2&granularity=DAILY`, { headers: { authorization: 'Bearer test-token' } });
    expect(response.status).toBe(400);
  });

  it('pricingAnalytics: the account GET with the field expression is accepted', async () => {
    await expect(wa.waba.pricingAnalytics({ start: new Date(window.start * 1000), end: window.end, granularity: 'DAILY', dimensions: ['COUNTRY'] })).resolves.toEqual(expect.any(Array));
  });
});
