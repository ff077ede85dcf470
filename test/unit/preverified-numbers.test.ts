import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BUSINESS = '1073428562041287';
const PARTNER = '506914307656634';
const NUMBER = '5745365898905902';
const GRAPH = 'https://graph.facebook.com/v27.0';
const ok = { json: { success: true } };

describe('preverifiedNumbers', () => {
  it('adds a number, requests and verifies its code, shares it and deletes it with the documented requests', async () => {
    const { fetch, calls } = stubFetch({ json: { id: NUMBER } }, ok);
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', businessId: BUSINESS, fetch });
    await expect(wa.preverifiedNumbers.add({ phone_number: '+16505550123' })).resolves.toEqual({ id: NUMBER });
    await wa.preverifiedNumbers.requestCode(NUMBER, { code_method: 'VOICE', language: 'pt_BR' });
    await wa.preverifiedNumbers.verifyCode(NUMBER, { code: '123456' });
    await wa.preverifiedNumbers.share({ preverified_id: NUMBER, partner_business_id: PARTNER });
    await expect(wa.preverifiedNumbers.delete(NUMBER)).resolves.toEqual({ success: true });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${BUSINESS}/add_phone_numbers`, { phone_number: '+16505550123' }],
      // The pre-verified number's own id, never the client's phone number id.
      ['POST', `${GRAPH}/${NUMBER}/request_code`, { code_method: 'VOICE', language: 'pt_BR' }],
      ['POST', `${GRAPH}/${NUMBER}/verify_code`, { code: '123456' }],
      ['POST', `${GRAPH}/${BUSINESS}/share_preverified_numbers`, { preverified_id: NUMBER, partner_business_id: PARTNER }],
      ['DELETE', `${GRAPH}/${NUMBER}`, undefined],
    ]);
    expect(calls[4]?.headers['content-type']).toBeUndefined();
  });

  it('lists numbers by verification state and walks the pages', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [{ id: 'n1', code_verification_status: 'NOT_VERIFIED' }], paging: { cursors: { after: 'k1' }, next: `${GRAPH}/${BUSINESS}/preverified_numbers?after=k1` } } },
      { json: { data: [{ id: 'n2', code_verification_status: 'EXPIRED' }] } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const statuses: string[] = [];
    for await (const number of wa.preverifiedNumbers.list({ code_verification_status: 'NOT_VERIFIED' }, { businessId: BUSINESS })) {
      statuses.push(String(number.code_verification_status));
    }
    expect(statuses).toEqual(['NOT_VERIFIED', 'EXPIRED']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${BUSINESS}/preverified_numbers?code_verification_status=NOT_VERIFIED`,
      `${GRAPH}/${BUSINESS}/preverified_numbers?code_verification_status=NOT_VERIFIED&after=k1`,
    ]);
  });

  it('gets a number with fields and lists its partners', async () => {
    const { fetch, calls } = stubFetch(
      { json: { id: NUMBER, phone_number: '+1 650-555-0123', verification_expiry_time: '2025-09-28T14:02:11+0000' } },
      { json: { data: [{ id: PARTNER, name: 'Lucky Shrub Inc.' }] } },
      { json: { data: [{ id: PARTNER }] } },
    );
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const number = await wa.preverifiedNumbers.get(NUMBER, { fields: ['phone_number', 'code_verification_status', 'verification_expiry_time'] });
    expect(number.verification_expiry_time).toBe('2025-09-28T14:02:11+0000');
    await expect(wa.preverifiedNumbers.listPartners(NUMBER, { limit: 5 })).resolves.toMatchObject({ data: [{ name: 'Lucky Shrub Inc.' }] });
    const partners: string[] = [];
    for await (const partner of wa.preverifiedNumbers.listPartners(NUMBER)) partners.push(partner.id);
    expect(partners).toEqual([PARTNER]);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${NUMBER}?fields=phone_number%2Ccode_verification_status%2Cverification_expiry_time`,
      `${GRAPH}/${NUMBER}/partners?limit=5`,
      `${GRAPH}/${NUMBER}/partners`,
    ]);
  });

  it('passes Graph errors through as GraphApiError and refuses empty ids before sending', async () => {
    const error = { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'Ab1' } };
    const { fetch, calls } = stubFetch({ status: 400, json: error });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.preverifiedNumbers.verifyCode(NUMBER, { code: '000000' })).rejects.toMatchObject({ name: 'GraphApiError', code: 100, status: 400 });
    await expect(wa.preverifiedNumbers.verifyCode(NUMBER, { code: '000000' })).rejects.toBeInstanceOf(GraphApiError);
    await expect(wa.preverifiedNumbers.get('')).rejects.toThrow(new WhatsAppConfigError('preverifiedNumbers.get: preVerifiedPhoneNumberId is empty'));
    await expect(wa.preverifiedNumbers.add({ phone_number: '+16505550123' }, { businessId: '' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(wa.preverifiedNumbers.add({ phone_number: '+16505550123' })).rejects.toThrow(/no business portfolio id/);
    expect(calls).toHaveLength(2);
  });
});
