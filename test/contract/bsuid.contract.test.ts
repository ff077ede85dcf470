// Sends to a user known only by business-scoped user id (BSUID) through Prism, which checks each
// request against the spec: `recipient` instead of `to`, and the contact-info request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const USER = { recipient: 'ES.40417390218845107763' };

describe('contract: sends by business-scoped user id', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('a text, a contact-info request and a marketing template through recipient', async () => {
    await expect(wa.messages.sendText(USER, '¿Tienen talla 42? Sí 👟')).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
    await expect(wa.messages.requestContactInfo(USER, 'Share your number so our courier can call you.')).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
    await expect(wa.marketingMessages.sendTemplate(USER, { name: 'spring_sale', language: { code: 'es' } })).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
  });

  it('Prism refuses a send with neither to nor recipient', async () => {
    const error = await wa.messages.send({ messaging_product: 'whatsapp', type: 'text', text: { body: 'x' } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
  });
});
