// Exact requests of the Marketing Messages API send.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const PHONE = '106540352242922';
const accepted = { json: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.M1', message_status: 'accepted' }] } };
const template = { name: 'spring_sale', language: { code: 'de' }, components: [{ type: 'body' as const, parameters: [{ type: 'text' as const, text: 'Jürgen' }] }] };

function client(...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 'EAAG-token', phoneNumberId: PHONE, fetch: stub.fetch });
  return { wa, calls: stub.calls };
}

describe('marketing messages requests', () => {
  it('sendTemplate: POST /{phone-number-id}/marketing_messages with the template envelope', async () => {
    const { wa, calls } = client(accepted);
    const sent = await wa.marketingMessages.sendTemplate('16505551234', template);
    expect(sent.messages[0]).toEqual({ id: 'wamid.M1', message_status: 'accepted' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${BASE}/${PHONE}/marketing_messages` });
    expect(calls[0]?.headers).toMatchObject({ authorization: 'Bearer EAAG-token', 'content-type': 'application/json' });
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'template', template });
  });

  it('sendTemplate: the options become callback data, activity sharing and the product policy', async () => {
    const { wa, calls } = client(accepted);
    await wa.marketingMessages.sendTemplate({ recipient: 'US.13491208655302741918' }, template, {
      phoneNumberId: '42',
      bizOpaqueCallbackData: 'campaign-7',
      activitySharing: false,
      productPolicy: 'STRICT',
    });
    expect(calls[0]?.url).toBe(`${BASE}/42/marketing_messages`);
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      recipient: 'US.13491208655302741918',
      type: 'template',
      template,
      biz_opaque_callback_data: 'campaign-7',
      message_activity_sharing: false,
      product_policy: 'STRICT',
    });
  });

  it('send: the message exactly as given', async () => {
    const { wa, calls } = client(accepted);
    const message = { messaging_product: 'whatsapp' as const, to: '447700900123', type: 'template' as const, template, message_activity_sharing: true };
    await wa.marketingMessages.send(message);
    expect(calls[0]?.body).toEqual(message);
  });

  it('a refusal is a GraphApiError; without a phone number id the call rejects before sending', async () => {
    const { wa } = client({ status: 400, json: { error: { message: 'Marketing templates only', type: 'OAuthException', code: 131009, fbtrace_id: 'AbC' } } });
    const error = await wa.marketingMessages.sendTemplate('16505551234', template).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 131009, category: 'parameter' });

    const { fetch, calls } = stubFetch(accepted);
    const noNumber = createWhatsApp({ accessToken: 't', fetch });
    await expect(noNumber.marketingMessages.sendTemplate('16505551234', template)).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    expect(calls).toHaveLength(0);
  });
});
