import { describe, expect, it } from 'vitest';
import { createWhatsApp, WhatsAppConfigError, type CommerceSettingsChanges } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('commerceSettings', () => {
  it('gets the settings as Graph lists them', async () => {
    const settings = { id: '527759822865714', is_cart_enabled: true, is_catalog_visible: false };
    const { fetch, calls } = stubFetch({ json: { data: [settings] } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.commerceSettings.get()).resolves.toEqual({ data: [settings] });
    expect(calls.map((c) => [c.method, c.url])).toEqual([['GET', `${GRAPH}/${PHONE}/whatsapp_commerce_settings`]]);
  });

  it('sends the settings in the query string, as Graph documents, with no body', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.commerceSettings.update({ is_cart_enabled: true, is_catalog_visible: false })).resolves.toEqual({ success: true });
    await wa.commerceSettings.update({ is_catalog_visible: true }, { phoneNumberId: '7' });
    expect(calls.map((c) => [c.method, c.url, c.body, c.headers['content-type']])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/whatsapp_commerce_settings?is_cart_enabled=true&is_catalog_visible=false`, undefined, undefined],
      ['POST', `${GRAPH}/7/whatsapp_commerce_settings?is_catalog_visible=true`, undefined, undefined],
    ]);
  });

  it('refuses an update without a phone number id, or with a dot for one, before sending', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const changes: CommerceSettingsChanges = { is_cart_enabled: true };
    await expect(wa.commerceSettings.update(changes)).rejects.toThrow(/commerceSettings.update: no phone number id/);
    await expect(wa.commerceSettings.update(changes, { phoneNumberId: '.' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(calls).toHaveLength(0);
  });
});
