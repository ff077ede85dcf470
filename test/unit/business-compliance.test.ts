import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const officer = { name: 'Chandravati P.', email: 'chandravati@luckyshrub.com', mobile_number: '+913854559033' };
const care = { email: 'support@luckyshrub.com', landline_number: '+913857614343' };

describe('businessCompliance', () => {
  it('gets the details with fields, as Graph lists them (an empty list while none are set)', async () => {
    const info = { entity_name: 'Lucky Shrub', entity_type: 'Partnership', is_registered: true, messaging_product: 'whatsapp' };
    const { fetch, calls } = stubFetch({ json: { data: [info] } }, { json: { data: [] } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.businessCompliance.get({ fields: ['entity_name', 'entity_type', 'is_registered'] })).resolves.toEqual({ data: [info] });
    await expect(wa.businessCompliance.get(undefined, { phoneNumberId: '7' })).resolves.toEqual({ data: [] });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${PHONE}/business_compliance_info?fields=entity_name%2Centity_type%2Cis_registered`],
      ['GET', `${GRAPH}/7/business_compliance_info`],
    ]);
  });

  it('sets the details of each kind of business as JSON, adding messaging_product', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const partnership = { entity_name: 'Lucky Shrub', entity_type: 'PARTNERSHIP', is_registered: true, grievance_officer_details: officer, customer_care_details: care } as const;
    const other = { ...partnership, entity_type: 'OTHER', entity_type_custom: "Farmers' cooperative society", is_registered: false } as const;
    const company = { entity_name: 'Lucky Shrub Private Limited', entity_type: 'PRIVATE_COMPANY', grievance_officer_details: officer, customer_care_details: care } as const;
    await expect(wa.businessCompliance.update(partnership)).resolves.toEqual({ success: true });
    await wa.businessCompliance.update(other);
    await wa.businessCompliance.update(company, { phoneNumberId: '7' });
    expect(calls.map((c) => [c.method, c.url, c.headers['content-type'], c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/business_compliance_info`, 'application/json', { ...partnership, messaging_product: 'whatsapp' }],
      ['POST', `${GRAPH}/${PHONE}/business_compliance_info`, 'application/json', { ...other, messaging_product: 'whatsapp' }],
      ['POST', `${GRAPH}/7/business_compliance_info`, 'application/json', { ...company, messaging_product: 'whatsapp' }],
    ]);
  });
});
