import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';
const GRAPH = 'https://graph.facebook.com/v27.0';
const ok = { json: { success: true } };

describe('phoneNumbers', () => {
  it('lists a WABA’s numbers with fields and walks the pages', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: '1' }], paging: { cursors: { after: 'a1' }, next: 'https://graph.facebook.com/v27.0/x?after=a1' } } },
      { json: { data: [{ id: '2' }], paging: { cursors: { after: 'a2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const ids: string[] = [];
    for await (const number of wa.phoneNumbers.list({ fields: ['id', 'quality_rating'] })) ids.push(number.id);
    expect(ids).toEqual(['1', '2']);
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${WABA}/phone_numbers?fields=id%2Cquality_rating`],
      ['GET', `${GRAPH}/${WABA}/phone_numbers?fields=id%2Cquality_rating&after=a1`],
    ]);
  });

  it('gets a number with fields', async () => {
    const { fetch, calls } = stubFetch({ json: { id: PHONE, quality_rating: 'GREEN', throughput: { level: 'STANDARD' } } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const number = await wa.phoneNumbers.get({ fields: ['throughput', 'quality_rating', 'verified_name', 'code_verification_status'] });
    expect(number.throughput?.level).toBe('STANDARD');
    expect(calls[0]).toMatchObject({
      method: 'GET',
      url: `${GRAPH}/${PHONE}?fields=throughput%2Cquality_rating%2Cverified_name%2Ccode_verification_status`,
    });
  });

  it('sends the documented bodies for the two-step PIN, request_code, verify_code, register and deregister', async () => {
    const { fetch, calls } = stubFetch(ok);
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await wa.phoneNumbers.setTwoStepPin({ pin: '520117' });
    await wa.phoneNumbers.requestCode({ code_method: 'SMS', language: 'en_US' });
    await wa.phoneNumbers.verifyCode({ code: '123456' });
    await wa.phoneNumbers.register({ pin: '520117' });
    await wa.phoneNumbers.register({ pin: '520117', data_localization_region: 'DE' }, { phoneNumberId: '7' });
    await expect(wa.phoneNumbers.deregister()).resolves.toEqual({ success: true });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}`, { pin: '520117' }],
      ['POST', `${GRAPH}/${PHONE}/request_code`, { code_method: 'SMS', language: 'en_US' }],
      ['POST', `${GRAPH}/${PHONE}/verify_code`, { code: '123456' }],
      ['POST', `${GRAPH}/${PHONE}/register`, { messaging_product: 'whatsapp', pin: '520117' }],
      ['POST', `${GRAPH}/7/register`, { messaging_product: 'whatsapp', pin: '520117', data_localization_region: 'DE' }],
      ['POST', `${GRAPH}/${PHONE}/deregister`, undefined],
    ]);
    expect(calls[5]?.headers['content-type']).toBeUndefined();
  });

  it('adds a new phone number to the account, and moves one from another account', async () => {
    const { fetch, calls } = stubFetch({ json: { id: PHONE } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const added = await wa.phoneNumbers.add({ cc: '1', phone_number: '6505550100', verified_name: 'Lucky Shrub' });
    expect(added.id).toBe(PHONE);
    await wa.phoneNumbers.add({ cc: '49', phone_number: '15123456789', migrate_phone_number: true }, { wabaId: '9' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${WABA}/phone_numbers`, { cc: '1', phone_number: '6505550100', verified_name: 'Lucky Shrub' }],
      ['POST', `${GRAPH}/9/phone_numbers`, { cc: '49', phone_number: '15123456789', migrate_phone_number: true }],
    ]);
  });

  it('needs a phone number id', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    await expect(wa.phoneNumbers.deregister()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });
});
