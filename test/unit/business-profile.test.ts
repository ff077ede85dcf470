import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('businessProfile', () => {
  it('gets the profile with fields and unwraps data[0]', async () => {
    const profile = { messaging_product: 'whatsapp', about: 'Plants 🌱', vertical: 'RETAIL' };
    const { fetch, calls } = stubFetch({ json: { data: [profile] } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.businessProfile.get({ fields: ['about', 'vertical'] })).resolves.toEqual(profile);
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${GRAPH}/${PHONE}/whatsapp_business_profile?fields=about%2Cvertical` });
  });

  it('updates the profile, adding messaging_product', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await wa.businessProfile.update({ about: 'Same-day plants', websites: ['https://luckyshrub.example/'], vertical: 'RETAIL', profile_picture_handle: '4::aW1h:AR' });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${GRAPH}/${PHONE}/whatsapp_business_profile`,
      body: { about: 'Same-day plants', websites: ['https://luckyshrub.example/'], vertical: 'RETAIL', profile_picture_handle: '4::aW1h:AR', messaging_product: 'whatsapp' },
    });
  });
});

describe('subscriptions', () => {
  it('lists, subscribes (plain and with an override callback) and unsubscribes', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [{ whatsapp_business_api_data: { id: '1', name: 'App' } }] } }, { json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await expect(wa.subscriptions.list()).resolves.toMatchObject({ data: [{ whatsapp_business_api_data: { id: '1' } }] });
    await wa.subscriptions.subscribe();
    await wa.subscriptions.subscribe({ override_callback_uri: 'https://hooks.example/wa', verify_token: 'vt' }, { wabaId: '5' });
    await wa.subscriptions.unsubscribe();
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['GET', `${GRAPH}/${WABA}/subscribed_apps`, undefined],
      ['POST', `${GRAPH}/${WABA}/subscribed_apps`, undefined],
      ['POST', `${GRAPH}/5/subscribed_apps`, { override_callback_uri: 'https://hooks.example/wa', verify_token: 'vt' }],
      ['DELETE', `${GRAPH}/${WABA}/subscribed_apps`, undefined],
    ]);
  });
});
