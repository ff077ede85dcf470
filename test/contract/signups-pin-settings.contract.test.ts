// In-app signups, group message pinning and the newer calling settings keys through Prism: each
// request must satisfy the spec, and each answer comes from its examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';
const GROUP = 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OTozOTg1NjcxMTQzMTM5NzU5';
const WAMID = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';

describe('contract: signups, pinning, calling settings', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, wabaId: WABA, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('createSignup, listSignups, getSignup, updateSignup', async () => {
    const created = await wa.waba.createSignup({
      signup_message: 'Get our weekly offers on WhatsApp.',
      confirmation_message: 'Welcome! Your code: {{promo_code}}',
      privacy_policy_url: 'https://www.luckyshrub.com/privacy',
      promo_code: 'SPRING10',
      policy: { tos: 'https://www.facebook.com/legal/ads-manager-marketing-messages-terms', accepted: true },
    });
    expect(created.id).toEqual(expect.any(String));
    const page = await wa.waba.listSignups({ limit: 5, after: 'MjQZD' });
    expect(Array.isArray(page.data)).toBe(true);
    await expect(wa.waba.getSignup('1297452248812345', { fields: ['status'] })).resolves.toMatchObject({ id: expect.any(String) });
    await expect(wa.waba.updateSignup('1297452248812345', { status: 'DISABLED' })).resolves.toMatchObject({ success: true });
  });

  it('Prism refuses a signup whose promo code is not letters and digits', async () => {
    const response = await fetch(`${prism.baseUrl}/${WABA}/signups`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ signup_message: 'a', confirmation_message: 'b', privacy_policy_url: 'https://example.com/p', promo_code: 'TEN %' }),
    });
    expect(response.status).toBe(400);
  });

  it('pin and unpin a group message', async () => {
    await expect(wa.messages.send({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'pin', pin: { type: 'pin', message_id: WAMID, expiration_days: 7 } })).resolves.toMatchObject({ messages: expect.any(Array) });
    await expect(wa.messages.send({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'pin', pin: { type: 'unpin', message_id: WAMID } })).resolves.toMatchObject({ messages: expect.any(Array) });
  });

  it('calling settings: voicemail, video and the SRTP key exchange', async () => {
    await expect(wa.settings.update({ calling: { voicemail: { status: 'ENABLED' }, video: { status: 'DISABLED' }, srtp_key_exchange_protocol: 'DTLS' } })).resolves.toMatchObject({ success: true });
  });
});
